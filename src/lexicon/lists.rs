//! Word lists as data: one file per list in `src/lexicon/data/words/`, one entry a line
//! (a word or a phrase, written as the code compares it), `#` starting a comment line.
//! The files are compiled into the binary and parsed once, on first use.
//!
//! A list is declared once, here, with [`word_lists!`]; code reads it as a slice of
//! `&'static str` in file order (`TITLES.contains(&w)`, `TITLES.iter()`), or through
//! [`WordList::has`] for a hashed look-up.

use std::collections::HashSet;
use std::ops::Deref;
#[allow(unused_imports)] // used by the lists the macro declares
use std::sync::LazyLock;

/// A parsed word list: its entries in file order plus a set for look-ups.
#[derive(Debug)]
#[allow(dead_code)] // until the first list is declared
pub(crate) struct WordList {
    /// The file name, for messages and tests.
    pub(crate) file: &'static str,
    entries: Vec<&'static str>,
    set: HashSet<&'static str>,
}

#[allow(dead_code)]
impl WordList {
    /// Parses a list file: trimmed non-empty lines that do not start with `#`.
    pub(crate) fn parse(file: &'static str, text: &'static str) -> WordList {
        let entries: Vec<&'static str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        let set = entries.iter().copied().collect();
        WordList { file, entries, set }
    }

    /// True when `w` is an entry, exactly as written (hashed).
    pub(crate) fn has(&self, w: &str) -> bool {
        self.set.contains(w)
    }

    /// Entries that appear twice (a data-file mistake the tests catch).
    pub(crate) fn duplicates(&self) -> Vec<&'static str> {
        let mut seen = HashSet::new();
        self.entries
            .iter()
            .copied()
            .filter(|e| !seen.insert(*e))
            .collect()
    }
}

impl Deref for WordList {
    type Target = [&'static str];
    fn deref(&self) -> &[&'static str] {
        &self.entries
    }
}

/// Declares word lists: `NAME = "file.txt";` reads `data/words/file.txt`.
macro_rules! word_lists {
    ($($(#[$doc:meta])* $name:ident = $file:literal;)*) => {
        $(
            $(#[$doc])*
            pub(crate) static $name: LazyLock<WordList> = LazyLock::new(|| {
                WordList::parse($file, include_str!(concat!("data/words/", $file)))
            });
        )*
    };
}

// Lists that several stages share.
word_lists! {
    // People: offices, ranks, forms of address, pronouns.
    /// Nouns naming a person by office, rank or status ("minister", "admiral", "guest").
    PERSON_NOUNS = "person_nouns.txt";
    /// Words of a title that name no one alone ("defence", "deputy", "prime").
    TITLE_MODIFIERS = "title_modifiers.txt";
    /// Ranks and honorifics that stand apart from an office ("admiral", "dr", "shri").
    RANKS = "ranks.txt";
    /// Forms of address, not offices ("mr", "dr", "sir").
    HONORIFICS = "honorifics.txt";
    /// Offices of a head of state or government ("president", "crown prince").
    LEADER_OFFICES = "leader_offices.txt";
    /// Pronouns for one person ("he", "her").
    SINGULAR_PRONOUNS = "singular_pronouns.txt";
    /// Pronouns for several people ("they", "our").
    PLURAL_PRONOUNS = "plural_pronouns.txt";
    // Function words.
    /// Possessive determiners ("his", "their").
    POSSESSIVE_DETERMINERS = "possessive_determiners.txt";
    /// Articles and demonstratives ("the", "this").
    DETERMINERS = "determiners.txt";
    /// Number words from "zero" to "twelve", in order (the position is the value).
    NUMBER_WORDS = "number_words.txt";
    // The gazetteer's matching rules.
    /// Place names that are also personal names ("Jordan", "Chad").
    NAME_LIKE_PLACES = "name_like_places.txt";
    /// Capitalised function words, weekdays and months ("In", "And", "Friday").
    CAPITALISED_FUNCTION_WORDS = "capitalised_function_words.txt";
    /// Capitalised title words that follow a country's name ("King", "Minister").
    TITLES_AFTER_PLACE = "titles_after_place.txt";
    /// Endings of demonyms that take no plural "-s" ("ese", "sh", "i-Kiribati").
    UNINFLECTED_DEMONYMS = "uninflected_demonyms.txt";
    // Quotations and sentences.
    /// Verbs of saying that attribute a quotation ("said", "told", "tweeted").
    SAY_VERBS = "say_verbs.txt";
    /// Abbreviations whose full stop ends no sentence ("mr", "nov", "calif").
    ABBREVIATIONS = "abbreviations.txt";
}

// Lists of ingest (cleaning, HTML).
word_lists! {}

// Lists of extraction (people, triggers, dates, quotes, occasions).
word_lists! {
    // Names of people (extract/people.rs).
    /// Capitalised words that are never part of a person's name ("Ministry", "Summit").
    NON_NAME_WORDS = "non_name_words.txt";
    /// Capitalised function and common words that are never names ("The", "Meets").
    COMMON_WORDS = "common_words.txt";
    /// Nouns a name can modify, so the name is no person ("award", "administration").
    MODIFIED_NOUNS = "modified_nouns.txt";
    /// Words after which an untitled name is a thing ("the", "bank", "band").
    THING_NOUNS = "thing_nouns.txt";
    /// Particles inside a name ("dos", "bin", "van").
    NAME_PARTICLES = "name_particles.txt";
    /// Plural nouns of a group after "the two"/"both" ("ministers", "sides").
    GROUP_NOUNS = "group_nouns.txt";
    /// Words after "the two" that make it a group alone ("met", "will").
    GROUP_NEXT_WORDS = "group_next_words.txt";
    /// Arabic articles joined to a name ("al-", "el-").
    JOINED_ARTICLES = "joined_articles.txt";
    // Meeting triggers and their context (extract/triggers.rs).
    /// Substrings a sentence needs to be searched for triggers ("met", "receiv").
    TRIGGER_PREFILTER = "trigger_prefilter.txt";
    /// Trigger forms of "meet" ("met", "meets").
    TRIGGER_MEET_VERBS = "trigger_meet_verbs.txt";
    /// Trigger nouns ("talks", "summit", "phone call").
    TRIGGER_NOUNS = "trigger_nouns.txt";
    /// Trigger verbs of receiving or visiting someone ("hosted", "called on").
    TRIGGER_HOST_VERBS = "trigger_host_verbs.txt";
    /// Trigger verbs of talking ("spoke", "talked").
    TRIGGER_TALK_VERBS = "trigger_talk_verbs.txt";
    /// Trigger phrases of meeting in person ("sat down", "shook hands").
    TRIGGER_CONTACT_PHRASES = "trigger_contact_phrases.txt";
    /// Media of a call ("phone", "video").
    CALL_MEDIA = "call_media.txt";
    /// Words that negate a meeting ("not", "cancelled").
    MEETING_NEGATIONS = "meeting_negations.txt";
    /// Words after a meeting noun that make a compound ("room", "minutes").
    MEETING_COMPOUNDS = "meeting_compounds.txt";
    /// Words before "meeting" that make it a verb ("while", "after").
    MEETING_GERUND_BEFORE = "meeting_gerund_before.txt";
    /// Forms of "hold" ("held talks").
    HOLD_VERBS = "hold_verbs.txt";
    /// Words after a talk verb that make it a meeting or call ("with", "by").
    TALK_LINKS = "talk_links.txt";
    /// Words before a meeting noun that refer to a meeting told elsewhere ("the", "last").
    MEETING_DETERMINERS = "meeting_determiners.txt";
    /// Words right before a trigger that make it planned ("will", "to").
    PLANNED_NEAR = "planned_near.txt";
    /// Words in the clause before a trigger that make it planned ("expected", "hopes").
    PLANNED_FAR = "planned_far.txt";
    /// Modal verbs that make a meeting planned ("will", "might").
    PLANNED_MODALS = "planned_modals.txt";
    /// Phrases that place a meeting in the future ("next week").
    PLANNED_TIME_PHRASES = "planned_time_phrases.txt";
    /// Past meeting verbs not ending in "-ed" ("met", "held").
    PAST_MEETING_VERBS = "past_meeting_verbs.txt";
    /// Words right before a trigger that make it recalled ("last", "previous").
    RECALL_NEAR = "recall_near.txt";
    /// Words that recall an earlier meeting before a possessive ("since", "after").
    RECALL_LINKS = "recall_links.txt";
    // Dates (extract/dates).
    /// Substrings of which a text without digits needs one to hold a date ("may", "ago").
    DATE_KEYWORDS = "date_keywords.txt";
    /// Words before a weekday that make it part of a name ("black", "good").
    WEEKDAY_NAME_BEFORE = "weekday_name_before.txt";
    /// Capitalised words after a weekday that make it a newspaper ("times", "mail").
    WEEKDAY_NAME_AFTER = "weekday_name_after.txt";
    /// Words after a weekday that make it a weekly habit ("prayers", "mass").
    WEEKDAY_HABIT_AFTER = "weekday_habit_after.txt";
    /// Words before a weekday or month that make it a habit ("every", "each").
    NOT_ONE_DAY = "not_one_day.txt";
    /// Words before a bare month name that make it a date ("in", "since").
    MONTH_CONTEXT = "month_context.txt";
    /// Words that link a month name to a month before it ("and", "to").
    MONTH_LINKS = "month_links.txt";
    /// Words before a number that make it no year ("section", "some").
    NOT_YEAR_BEFORE = "not_year_before.txt";
    /// Words after a number that make it no year ("troops", "gmt").
    NOT_YEAR_AFTER = "not_year_after.txt";
    /// Words before a date that make it future ("will", "upcoming").
    FUTURE_MARKERS = "future_markers.txt";
    /// Words of a plan that make a date future ("scheduled", "due").
    FUTURE_PLANNED = "future_planned.txt";
    /// Auxiliaries that put a plan in the past ("was", "had").
    PAST_AUX = "past_aux.txt";
    /// Openings of link lists, page furniture ("also read", "related:").
    LINK_HEADERS = "link_headers.txt";
    /// Openings of sharing fragments, page furniture ("share", "follow us").
    SHARE_OPENINGS = "share_openings.txt";
    /// Words before a weekday or month that say which one ("last", "next", "this").
    DATE_MODIFIERS = "date_modifiers.txt";
    /// Prepositions that make a date a bound, not the date of an event ("since", "by").
    DATE_BOUNDS = "date_bounds.txt";
    // Occasions, places and countries (extract/occasions.rs, meetings, coref).
    /// Nouns that end an occasion's name ("summit", "dialogue").
    OCCASION_HEADS = "occasion_heads.txt";
    /// Words that join the words of an occasion's name ("of", "for").
    OCCASION_CONNECTORS = "occasion_connectors.txt";
    /// Country names written with "the" ("Philippines").
    COUNTRIES_WITH_THE = "countries_with_the.txt";
    /// Prepositions before a meeting's place ("in", "at", "outside").
    PLACE_PREPOSITIONS = "place_prepositions.txt";
}

// Lists of answering (question parsing, selection, templates).
word_lists! {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_entries_in_order_without_comments() {
        let l = WordList::parse("t.txt", "# comment\nalpha\n\n  beta gamma  \nalpha\n");
        assert_eq!(&l[..], ["alpha", "beta gamma", "alpha"]);
        assert!(l.has("beta gamma"));
        assert!(!l.has("beta"));
        assert!(l.contains(&"alpha"));
        assert_eq!(l.duplicates(), ["alpha"]);
    }

    /// Every file in `data/words/` is a non-empty list without duplicates, and declared
    /// in this module.
    #[test]
    fn every_list_file_is_declared_non_empty_without_duplicates() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lexicon/data/words");
        let this = include_str!("lists.rs");
        for entry in std::fs::read_dir(&dir).expect("data/words exists") {
            let path = entry.expect("dir entry").path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if !name.ends_with(".txt") {
                continue;
            }
            let text: &'static str = String::leak(std::fs::read_to_string(&path).unwrap());
            let l = WordList::parse("test", text);
            assert!(!l.is_empty(), "{name} is empty");
            assert!(l.duplicates().is_empty(), "{name}: {:?}", l.duplicates());
            assert!(
                this.contains(&format!("= \"{name}\";")),
                "{name} is not declared"
            );
        }
    }
}
