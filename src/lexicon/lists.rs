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
word_lists! {}

// Lists of ingest and the index (cleaning, HTML, search queries).
word_lists! {
    /// Function words and reporting verbs that scraping glues to the next word
    /// ("inVientiane"); cleaning splits them off. File order is the regex alternation's.
    GLUE_WORDS = "glue_words.txt";
    /// HTML elements dropped with their whole subtree (scripts, navigation, forms).
    HTML_DROPPED_ELEMENTS = "html_dropped_elements.txt";
    /// HTML elements whose text is one paragraph.
    HTML_PARAGRAPH_ELEMENTS = "html_paragraph_elements.txt";
    /// HTML elements that separate loose text into blocks.
    HTML_CONTAINER_ELEMENTS = "html_container_elements.txt";
    /// `<meta>` keys that give an HTML article's published date.
    HTML_DATE_META_KEYS = "html_date_meta_keys.txt";
    /// Separators between a story's title and the site's name ("Story | Site").
    TITLE_SITE_SEPARATORS = "title_site_separators.txt";
    /// Stop words left out of search queries (the index's query building).
    SEARCH_STOP_WORDS = "search_stop_words.txt";
}

// Lists of extraction (people, triggers, dates, quotes, occasions).
word_lists! {}

// Lists of answering (question parsing, selection, templates).
word_lists! {
    /// Stop words of questions: not names, not keywords, not search terms.
    QUESTION_STOP_WORDS = "question_stop_words.txt";
    /// Suffixes the answer stemmer strips, in order.
    ANSWER_STEM_SUFFIXES = "answer_stem_suffixes.txt";
    /// Verbs and nouns of meeting in a question ("met", "talks").
    QUESTION_MEET_WORDS = "question_meet_words.txt";
    /// Verbs of saying in a "what did X say" question.
    QUESTION_SAY_VERBS = "question_say_verbs.txt";
    /// Heads of a described participant ("minister", "officials").
    QUESTION_ROLE_HEADS = "question_role_heads.txt";
    /// Words between a demonym and the head of a described participant ("foreign").
    QUESTION_COUNTERPART_ROLE_WORDS = "question_counterpart_role_words.txt";
    /// Words inside a described participant that say nothing of the role ("top").
    QUESTION_COUNTERPART_FILLERS = "question_counterpart_fillers.txt";
    /// Heads of a described participant that fit any role ("official").
    QUESTION_COUNTERPART_GENERIC_HEADS = "question_counterpart_generic_heads.txt";
    /// Words before a name that leave the person out ("besides").
    QUESTION_EXCLUDING = "question_excluding.txt";
    /// Words before a name that make the person the source ("according to").
    QUESTION_ATTRIBUTING = "question_attributing.txt";
    /// Words before an unknown capitalised phrase that make it a person ("meet").
    UNKNOWN_PERSON_BEFORE = "unknown_person_before.txt";
    /// Words after an unknown capitalised phrase that make it a person ("met").
    UNKNOWN_PERSON_AFTER = "unknown_person_after.txt";
    /// Words that open or frame questions; never names.
    QUESTION_OPENERS = "question_openers.txt";
    /// Everyday words that are also names; not names in lower case.
    QUESTION_COMMON_LOWER = "question_common_lower.txt";
    /// Words of occasion names that do not identify the occasion ("Summit").
    QUESTION_GENERIC_OCCASION_WORDS = "question_generic_occasion_words.txt";
    /// Words and phrases that point at several people ("they", "the two").
    QUESTION_THEY = "question_they.txt";
    /// Pronouns that point at one person ("he").
    QUESTION_SINGLE = "question_single.txt";
    /// Possessives that point at one person when the question names nobody.
    QUESTION_SINGLE_POSSESSIVE = "question_single_possessive.txt";
    /// Words and phrases that refer back to the last meeting ("that", "the talks").
    QUESTION_BACK_REFERENCES = "question_back_references.txt";
    /// Words and phrases that ask for the latest meeting.
    QUESTION_LAST = "question_last.txt";
    /// Words that ask for the first meeting.
    QUESTION_FIRST = "question_first.txt";
    /// Words and phrases that ask for an earlier meeting ("before that").
    QUESTION_PREVIOUS = "question_previous.txt";
    /// Words before a question date that make it an upper bound ("before").
    QUESTION_DATE_BEFORE = "question_date_before.txt";
    /// Words before a question date that make it a lower bound ("since").
    QUESTION_DATE_AFTER = "question_date_after.txt";
    /// Phrases of a how-many question.
    KIND_HOW_MANY = "kind_how_many.txt";
    /// Words and phrases of a why question.
    KIND_WHY = "kind_why.txt";
    /// Openings of a who-is question.
    KIND_WHO_IS = "kind_who_is.txt";
    /// Words and phrases of a when question (besides a leading "when").
    KIND_WHEN = "kind_when.txt";
    /// Words and phrases of a how-was-it-described question.
    KIND_DESCRIBED = "kind_described.txt";
    /// Openings of an elliptic follow-up ("what about").
    KIND_WHAT_ABOUT = "kind_what_about.txt";
    /// Words of a what-happened question.
    KIND_HAPPENED = "kind_happened.txt";
    /// Words of a what-did-they-agree question.
    KIND_AGREED = "kind_agreed.txt";
    /// Words after "which" that make it a question about people.
    KIND_WHICH_PERSON = "kind_which_person.txt";
    /// Auxiliaries that open a yes/no question.
    KIND_YES_NO = "kind_yes_no.txt";
    /// Question words ("what", "where").
    KIND_WH_WORDS = "kind_wh_words.txt";
    /// First words of a what-did-X-say question.
    KIND_SAID_OPENERS = "kind_said_openers.txt";
    /// Auxiliaries before the speaker of a what-did-X-say question.
    KIND_SAID_AUXILIARIES = "kind_said_auxiliaries.txt";
    /// Pronouns that may stand for the speaker of a what-did-X-say question.
    KIND_SAID_PRONOUNS = "kind_said_pronouns.txt";
    /// Words that mark what was agreed in a quoted sentence.
    PASSAGE_AGREED = "passage_agreed.txt";
    /// Words that mark how a meeting was described in a quoted sentence.
    PASSAGE_DESCRIBED = "passage_described.txt";
    /// Words that mark what someone said in a quoted sentence.
    PASSAGE_SAID = "passage_said.txt";
    /// Words that mark why someone was somewhere in a quoted sentence.
    PASSAGE_WHY = "passage_why.txt";
    /// Words that stay lower case in a place name written for display ("de").
    TITLE_CASE_SMALL_WORDS = "title_case_small_words.txt";
    /// Last words of a precise venue worth adding to a where-answer ("Guesthouse").
    PRECISE_VENUE_HEADS = "precise_venue_heads.txt";
    /// Last words of a place name said "at the ..." ("house").
    AT_PLACE_VENUE_HEADS = "at_place_venue_heads.txt";
    /// Words that turn a yes into a no just before the asked-about word.
    ANSWER_NEGATIONS = "answer_negations.txt";
    /// Words of a role that name an office ("foreign", "minister").
    SIMILAR_COUNTERPART_OFFICES = "similar_counterpart_offices.txt";
    /// Words that make a capitalised phrase an institution, not a name ("Council").
    UNKNOWN_INSTITUTION_WORDS = "unknown_institution_words.txt";
}

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
