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

    /// The entries of a keyed list ("open: private closed"): each key with its values;
    /// entries without a colon are skipped.
    pub(crate) fn keyed(&self) -> Vec<(&'static str, Vec<&'static str>)> {
        self.entries
            .iter()
            .filter_map(|e| e.split_once(':'))
            .map(|(k, v)| (k.trim(), v.split_whitespace().collect()))
            .collect()
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
    /// Two-word phrases after an office inside one title ("without portfolio").
    TITLE_TAILS = "title_tails.txt";
    /// Nouns of family before a name in apposition ("his wife, X").
    KIN_NOUNS = "kin_nouns.txt";
    /// Lower-case words of the body an office is of ("central", "bank").
    OFFICE_BODY_WORDS = "office_body_words.txt";
    /// Ranks and honorifics that stand apart from an office ("admiral", "dr", "shri").
    RANKS = "ranks.txt";
    /// Forms of address, not offices ("mr", "dr", "sir").
    HONORIFICS = "honorifics.txt";
    /// Offices of a head of state or government ("president", "crown prince").
    LEADER_OFFICES = "leader_offices.txt";
    /// Offices written as acronyms before a name ("MP", "CEO").
    OFFICE_ACRONYMS = "office_acronyms.txt";
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
    /// Demonyms of regions and peoples that are no country's ("Welsh", "Basque"): typed
    /// as meant, never a misspelt surname.
    REGIONAL_DEMONYMS = "regional_demonyms.txt";
    // Quotations and sentences.
    /// Verbs of saying that attribute a quotation ("said", "told", "tweeted").
    SAY_VERBS = "say_verbs.txt";
    /// Abbreviations whose full stop ends no sentence ("mr", "nov", "calif").
    ABBREVIATIONS = "abbreviations.txt";
}

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
    /// Keys of a JSON article read into its own fields ("title", "text").
    JSON_ARTICLE_FIELDS = "json_article_fields.txt";
    /// Stop words left out of search queries (the index's query building).
    SEARCH_STOP_WORDS = "search_stop_words.txt";
}

// Lists of extraction (people, triggers, dates, quotes, occasions).
word_lists! {
    /// Words before "the" and a meeting noun that make it an earlier verb's setting.
    MEETING_SETTING_BEFORE = "meeting_setting_before.txt";
    // Names of people (extract/people.rs).
    /// Capitalised words that are never part of a person's name ("Ministry", "Summit").
    NON_NAME_WORDS = "non_name_words.txt";
    /// Posts held "to" a place ("ambassador to Athens"): where an envoy serves, not where
    /// a meeting was.
    ENVOY_NOUNS = "envoy_nouns.txt";
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
    /// Ranks that are also given names in one country, "rank Country" ("gen Japan").
    RANK_GIVEN_NAMES = "rank_given_names.txt";
    /// Words of sport play that make "meet" a fixture ("seed", "scored", "quarter-final").
    SPORT_PLAY_WORDS = "sport_play_words.txt";
    /// Phrases of sport play that make "meet" a fixture ("second round", "last eight").
    SPORT_PLAY_PHRASES = "sport_play_phrases.txt";
    /// Words after "her" that make it an object, not a possessive ("with her yesterday").
    OBJECT_FOLLOWERS = "object_followers.txt";
    /// Countries whose names are written family name first ("China", "South Korea").
    SURNAME_FIRST_COUNTRIES = "surname_first_countries.txt";
    /// Words that open another clause, whose subject may differ ("and", "when", "said").
    CLAUSE_BREAKS = "clause_breaks.txt";
    /// Lower-case words that end the description of a body before a title after "with".
    DESCRIPTOR_GAP_BREAKS = "descriptor_gap_breaks.txt";
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
    /// Trigger forms of written contact ("wrote to", "letter").
    TRIGGER_WRITTEN = "trigger_written.txt";
    /// Trigger verbs of calling someone ("phoned", "called").
    TRIGGER_PHONE_VERBS = "trigger_phone_verbs.txt";
    /// Trigger verbs of inviting someone ("invited"): a proposed meeting.
    TRIGGER_INVITE_VERBS = "trigger_invite_verbs.txt";
    /// Words after "to"/"for" that make an invitation one to a meeting ("visit").
    INVITATION_PURPOSES = "invitation_purposes.txt";
    /// Media of a call ("phone", "video").
    CALL_MEDIA = "call_media.txt";
    /// Words that beside a medium tell a contact by call ("conversation", "spoke", "by").
    CALL_CONTACT_WORDS = "call_contact_words.txt";
    /// Words right after "called" that make it no call ("for", "off", "it").
    NOT_PHONE_OBJECTS = "not_phone_objects.txt";
    /// Forms of "be" ("was", "been").
    BE_FORMS = "be_forms.txt";
    /// Stages of a competition ("second round", "last eight"): "meet X in the final" is a game.
    SPORT_ROUNDS = "sport_rounds.txt";
    /// Nouns of negotiating ("talks"): "the final round of talks" is no game.
    NEGOTIATION_NOUNS = "negotiation_nouns.txt";
    /// Words right before a meeting noun that make it a video meeting ("virtual").
    VIDEO_BEFORE = "video_before.txt";
    /// Nouns after "which" that ask for countries ("countries", "nations").
    QUESTION_COUNTRY_NOUNS = "question_country_nouns.txt";
    /// Words of a question asking whether talks ended ("over").
    QUESTION_TALKS_OVER_WORDS = "question_talks_over_words.txt";
    /// Phrases of a question asking whether someone is in talks ("part of").
    QUESTION_PART_OF_PHRASES = "question_part_of_phrases.txt";
    /// Phrases saying someone stays out of talks ("no interest").
    READER_STAYING_OUT_PHRASES = "reader_staying_out_phrases.txt";
    /// Words saying talks go on ("continue").
    TALKS_GO_ON_WORDS = "talks_go_on_words.txt";
    /// Forms of address before a given name alone ("Dame Julie").
    HONORIFICS_BEFORE_GIVEN_NAME = "honorifics_before_given_name.txt";
    /// Nouns after "which" asking for one country ("Which country ...?").
    QUESTION_COUNTRY_NOUN = "question_country_noun.txt";
    /// Contact nouns of "first ... since" silent on the medium ("conversation", "talks").
    SINCE_NEUTRAL_NOUNS = "since_neutral_nouns.txt";
    /// Words that deny a meeting ("not", "never", "without").
    MEETING_NEGATIONS = "meeting_negations.txt";
    /// Words before a trigger that refuse the meeting ("refused", "declined").
    MEETING_REFUSALS = "meeting_refusals.txt";
    /// Words before a trigger that call the meeting off ("cancelled", "scrapped").
    MEETING_CANCELLATIONS = "meeting_cancellations.txt";
    /// Words before a trigger that put the meeting off ("postponed", "delayed").
    MEETING_POSTPONEMENTS = "meeting_postponements.txt";
    /// Phrases that say a meeting was expected ("as planned", "was due to").
    MEETING_EXPECTATIONS = "meeting_expectations.txt";
    /// Phrases after a meeting noun and "be" that postpone it ("put on hold").
    STATUS_AFTER_POSTPONED = "status_after_postponed.txt";
    /// Phrases after a meeting noun and "be" that call it off ("called off").
    STATUS_AFTER_CANCELLED = "status_after_cancelled.txt";
    /// Phrases after a meeting noun that say it never took place ("fell through").
    STATUS_AFTER_FAILED = "status_after_failed.txt";
    /// Phrases after a meeting noun and "be" that make it planned ("scheduled for").
    STATUS_AFTER_PLANNED = "status_after_planned.txt";
    /// Heads of an occasion that "the" refers back to when the article names one ("the
    /// summit" after "the Andean Community Summit").
    DEFINITE_OCCASION_HEADS = "definite_occasion_heads.txt";
    /// Words that name an occasion without its kind ("the conclave"): any occasion the
    /// article names.
    GENERIC_OCCASION_WORDS = "generic_occasion_words.txt";
    /// Host verbs whose passive names a meeting with the person after "by" ("was received
    /// by President X").
    PASSIVE_HOST_VERBS = "passive_host_verbs.txt";
    /// Kinds of place written after a place's name ("Cabo Delgado province"): the name
    /// before them is no person.
    PLACE_NOUNS_AFTER_NAME = "place_nouns_after_name.txt";
    /// Phrases after a meeting noun that make it planned with no "be" ("coming up").
    STATUS_AFTER_PLANNED_BARE = "status_after_planned_bare.txt";
    /// Bare verbs of a meeting that take the tense of a verb they are joined to ("hold").
    BARE_MEETING_VERBS = "bare_meeting_verbs.txt";
    /// Present-tense verbs of arriving that tell a coming visit in a clause of time
    /// ("when she arrives for talks").
    ARRIVAL_VERBS = "arrival_verbs.txt";
    /// Words that open a clause of time ("when", "once", "before").
    TIME_SUBORDINATORS = "time_subordinators.txt";
    /// Present-tense verbs of meeting that tell a meeting to come in a clause of time
    /// ("when they meet").
    PRESENT_MEETING_VERBS = "present_meeting_verbs.txt";
    /// Verbs of telling someone something at a meeting ("X said Y promised ... during a
    /// meeting"): the reporter was told, so took part.
    REPORTED_SPEECH_VERBS = "reported_speech_verbs.txt";
    /// Words in the clause before a trigger that make it only proposed ("hopes", "invited").
    PROPOSED_FAR = "proposed_far.txt";
    /// Words just before a trigger that leave it unconfirmed ("may", "reportedly").
    UNCERTAIN_NEAR = "uncertain_near.txt";
    /// Words in the clause before a trigger that leave it speculated ("speculation", "if").
    UNCERTAIN_FAR = "uncertain_far.txt";
    /// Words right before a meeting noun that leave it unconfirmed ("reported", "possible").
    UNCERTAIN_BEFORE_NOUN = "uncertain_before_noun.txt";
    /// Phrases anywhere in a sentence that leave its meeting unconfirmed ("no official word").
    UNCERTAIN_PHRASES = "uncertain_phrases.txt";
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
    /// Words in the clause before a trigger that make it planned ("expected", "scheduled").
    PLANNED_FAR = "planned_far.txt";
    /// Words of a settled plan before a word of meeting ("will", "scheduled"; not "likely").
    FIRM_PLAN_WORDS = "firm_plan_words.txt";
    /// Modal verbs that make a meeting planned ("will", "would").
    PLANNED_MODALS = "planned_modals.txt";
    /// Phrases that place a meeting in the future ("next week").
    PLANNED_TIME_PHRASES = "planned_time_phrases.txt";
    /// Past meeting verbs not ending in "-ed" ("met", "held").
    PAST_MEETING_VERBS = "past_meeting_verbs.txt";
    /// Words right before a trigger that make it recalled ("last", "previous").
    RECALL_NEAR = "recall_near.txt";
    /// Words that recall an earlier meeting before a possessive ("since", "after").
    RECALL_LINKS = "recall_links.txt";
    // A meeting's history (extract/meetings/history.rs).
    /// Ordinal words in order ("first", "second"): the position is the value.
    ORDINALS = "ordinals.txt";
    /// Nouns after an ordinal that make it a meeting's rank ("meeting", "time").
    COUNT_NOUNS = "count_nouns.txt";
    /// Words between an ordinal and its noun that keep it a rank ("in-person", "such").
    COUNT_MODIFIERS = "count_modifiers.txt";
    /// Words that end the scope of a meeting's rank ("and", "which").
    COUNT_SCOPE_ENDS = "count_scope_ends.txt";
    /// Words after "first ... meeting" that make it the first of a stretch ("since").
    COUNT_BREAKERS = "count_breakers.txt";
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
    /// Words naming a day relative to the report ("today"): "Today's meeting" is no occasion.
    DAY_WORDS = "day_words.txt";
    /// Nouns that end an occasion's name ("summit", "dialogue").
    OCCASION_HEADS = "occasion_heads.txt";
    /// Words that join the words of an occasion's name ("of", "for").
    OCCASION_CONNECTORS = "occasion_connectors.txt";
    OCCASION_OTHER_EVENT_BEFORE = "occasion_other_event_before.txt";
    QUESTION_ATTENDANCE_PHRASES = "question_attendance_phrases.txt";
    READER_NOT_ATTENDING = "reader_not_attending.txt";
    /// Phrases asking whether one person takes part, naming no occasion ("taking part").
    QUESTION_TAKING_PART_PHRASES = "question_taking_part_phrases.txt";
    /// Words telling someone is not at a meeting ("not", "absent").
    READER_ABSENCE_WORDS = "reader_absence_words.txt";
    /// Country names written with "the" ("Philippines").
    COUNTRIES_WITH_THE = "countries_with_the.txt";
    /// Prepositions before a meeting's place ("in", "at", "outside").
    /// Phrases of coming back from somewhere ("returning from", "back from").
    RETURN_PHRASES = "return_phrases.txt";
    PLACE_PREPOSITIONS = "place_prepositions.txt";
    /// Words of a part of a country after a preposition ("in central Japan").
    REGION_ADJECTIVES = "region_adjectives.txt";
}

// Lists of answering (question parsing, selection, templates).
word_lists! {
    /// Capitalised words after "in" or "at" that are no place ("English", "Christmas").
    NOT_PLACES_AFTER_IN = "not_places_after_in.txt";
    /// Stems of verbs that attribute a description ("describ", "call").
    DESCRIBING_VERBS = "describing_verbs.txt";
    /// Stems that tell who else was at a meeting ("attend", "accompan").
    READER_ATTENDANCE_WORDS = "reader_attendance_words.txt";
    /// Nouns an ordinal counts when it counts meetings ("time", "meeting").
    READER_COUNTED_NOUNS = "reader_counted_nouns.txt";
    /// Yes/no verbs that only say the meeting talked about something ("discuss").
    YES_NO_GENERIC_VERBS = "yes_no_generic_verbs.txt";
    /// Words that tell of an earlier meeting ("last met", "since").
    READER_RECALL_MARKERS = "reader_recall_markers.txt";
    /// Occupations that, after "the", point back to someone named ("the film-maker").
    READER_ROLE_POINTERS = "reader_role_pointers.txt";
    /// Words of travel before a destination ("will visit", "travelling to", "a trip to").
    READER_TRAVEL_VERBS = "reader_travel_verbs.txt";
    READER_JUDGEMENT_VERBS = "reader_judgement_verbs.txt";
    READER_PROGRESS_WORDS = "reader_progress_words.txt";
    /// Nouns of a meeting that point back after "the" ("the talks are likely in April").
    READER_MEETING_BACKREF_NOUNS = "reader_meeting_backref_nouns.txt";
    /// Heads of a named venue besides the venue heads ("the Granita restaurant").
    READER_VENUE_WORDS = "reader_venue_words.txt";
    /// Words that tell what stands in the way ("the main sticking points").
    READER_OBSTACLE_WORDS = "reader_obstacle_words.txt";
    /// Words of a question about what happens on a condition ("if", "fallback").
    QUESTION_CONDITION_WORDS = "question_condition_words.txt";
    /// Words of a sentence telling what happens on a condition ("if", "unless").
    READER_CONDITION_WORDS = "reader_condition_words.txt";
    /// Phrases of a question that asks what stands in the way ("What's holding up ...?").
    QUESTION_OBSTACLE_PHRASES = "question_obstacle_phrases.txt";
    /// Bodies that, after "the", point back to a company named ("the company").
    READER_BODY_POINTERS = "reader_body_pointers.txt";
    /// Nouns after "which" that ask for a body ("Which congressional panel ...?").
    QUESTION_BODY_NOUNS = "question_body_nouns.txt";
    /// Heads of a body's name after a naming word ("the Budget Committee").
    READER_BODY_HEADS = "reader_body_heads.txt";
    /// Words before a body's head that do not name it ("the same committee").
    READER_UNNAMING_MODIFIERS = "reader_unnaming_modifiers.txt";
    /// Question verbs of any contact, calls included ("speak", "talked").
    QUESTION_SPEAK_WORDS = "question_speak_words.txt";
    /// Adverbs after a verb of meeting that are no name ("together", "alone").
    QUESTION_MEET_ADVERBS = "question_meet_adverbs.txt";
    /// Plural nouns of groups of people met ("officials", "delegates").
    QUESTION_GROUP_NOUNS = "question_group_nouns.txt";
    /// Prepositions a question ends with, its object asked ("Who is she working with?").
    QUESTION_END_PREPOSITIONS = "question_end_prepositions.txt";
    /// Plural nouns of states and bodies a question's "they" may point back to ("nations").
    QUESTION_ACTING_GROUPS = "question_acting_groups.txt";
    /// Stop words before a group met ("the", "its").
    QUESTION_GROUP_DETERMINERS = "question_group_determiners.txt";
    /// Words that join a body's name to a place in it ("Bank of Japan").
    QUESTION_NAME_LINKS = "question_name_links.txt";
    /// Endings of agent nouns ("-er", "-or").
    QUESTION_AGENT_SUFFIXES = "question_agent_suffixes.txt";
    /// Question words that ask for an in-person meeting ("person", "face").
    QUESTION_IN_PERSON_WORDS = "question_in_person_words.txt";
    /// Phrases asking whether a contact was in person ("face to face").
    QUESTION_IN_PERSON_PHRASES = "question_in_person_phrases.txt";
    /// Words before "else" that ask about other people ("who else", "anyone else").
    QUESTION_OTHERS_BEFORE_ELSE = "question_others_before_else.txt";
    /// Question words that ask about a meeting not yet held ("expected", "scheduled").
    QUESTION_PLANNED_WORDS = "question_planned_words.txt";
    /// Spots named after their town ("Sunderland station"): a "where" answer quotes the
    /// sentence that names one.
    PLACE_VENUE_NOUNS = "place_venue_nouns.txt";
    /// Words of a question that ask about calls only ("phoned", "call").
    QUESTION_CALL_WORDS = "question_call_words.txt";
    /// Verbs of a question that asks whether people met or spoke at all ("did they ever
    /// meet?"), which a sentence denying it answers.
    QUESTION_CONTACT_VERBS = "question_contact_verbs.txt";
    /// Words of a question about what became of a meeting ("called off", "postponed"):
    /// a denial of meeting is no answer to it.
    QUESTION_FATE_WORDS = "question_fate_words.txt";
    /// Phrasal verbs of questions with the plain verb articles use ("pushed back:
    /// postponed"), keyed.
    QUESTION_PHRASAL_PLAIN = "question_phrasal_plain.txt";
    /// Words after such a phrase that give it another sense ("pushed back: against"),
    /// keyed.
    QUESTION_PHRASAL_BLOCKERS = "question_phrasal_blockers.txt";
    /// A negative auxiliary opening a question with the auxiliary it asks by ("didn't:
    /// did"), keyed.
    QUESTION_NEGATIVE_OPENERS = "question_negative_openers.txt";
    /// Stop words that are names when capitalised inside a question ("Federated and May").
    QUESTION_STOP_NAMES = "question_stop_names.txt";
    /// Phrases of a sentence telling a meeting was put off or called off ("postponed: put
    /// off"), keyed by the fate.
    FATE_PHRASES = "fate_phrases.txt";
    /// Phrases that give a reason or a purpose ("to attend", "caused by").
    READER_REASON_MARKERS = "reader_reason_markers.txt";
    /// Nouns that point back to the sentence before ("made the recommendation").
    READER_BACKREF_NOUNS = "reader_backref_nouns.txt";
    /// Units of a length of time ("minute", "hour").
    READER_DURATION_UNITS = "reader_duration_units.txt";
    /// Words that say how long without a number ("lasted").
    READER_DURATION_WORDS = "reader_duration_words.txt";
    /// Phrases of a question asking what someone wants ("push for").
    QUESTION_AIM_PHRASES = "question_aim_phrases.txt";
    /// Phrases of a sentence telling what someone wants ("wanted to convey").
    READER_AIM_MARKERS = "reader_aim_markers.txt";
    /// Phrases of a yes/no asking whether someone goes to a place ("going to").
    QUESTION_TRIP_PHRASES = "question_trip_phrases.txt";
    /// Words that leave a trip unsettled ("proposed", "no date").
    READER_TRIP_HEDGES = "reader_trip_hedges.txt";
    /// Phrases leaving open whether something happens, before "if" ("unclear").
    READER_LEFT_OPEN_PHRASES = "reader_left_open_phrases.txt";
    /// Words of how often ("daily", "regularly").
    READER_FREQUENCY_WORDS = "reader_frequency_words.txt";
    /// Nouns after "daily" that make it a paper's ("newspaper").
    READER_PERIODICAL_NOUNS = "reader_periodical_nouns.txt";
    /// First words of a yes/no asked of what is to come ("will").
    QUESTION_FUTURE_OPENERS = "question_future_openers.txt";
    /// Phrases of a where-question asking the next stop ("heading", "going after").
    QUESTION_NEXT_STOP_PHRASES = "question_next_stop_phrases.txt";
    /// Words of a question asking a response ("respond").
    QUESTION_RESPONSE_WORDS = "question_response_words.txt";
    /// Words of a sentence telling a response ("rejected").
    READER_RESPONSE_MARKERS = "reader_response_markers.txt";
    /// Words of a sentence telling an acceptance ("agrees"): a yes to "Did he accept?".
    READER_ASSENT_MARKERS = "reader_assent_markers.txt";
    /// Number words past twelve ("forty minutes").
    READER_LARGER_NUMBERS = "reader_larger_numbers.txt";
    /// "for some time": a length without a number.
    READER_VAGUE_LENGTHS = "reader_vague_lengths.txt";
    /// Ordinals that count meetings ("third").
    READER_ORDINALS = "reader_ordinals.txt";
    /// Words that count occasions ("twice").
    READER_COUNT_WORDS = "reader_count_words.txt";
    /// Stems of words that tell an outcome ("agree", "launch").
    READER_OUTCOME_WORDS = "reader_outcome_words.txt";
    /// Stems marking what a meeting is about ("to discuss", "agenda").
    READER_TOPIC_WORDS = "reader_topic_words.txt";
    /// Words that tell how someone got in touch (a call, a letter, a meeting).
    READER_CONTACT_WORDS = "reader_contact_words.txt";
    /// Words of a how-question that ask how someone got in touch ("get in touch").
    QUESTION_CONTACT_ASKS = "question_contact_asks.txt";
    /// Words of a question that ask what a meeting is about ("talk", "discuss").
    QUESTION_TOPIC_WORDS = "question_topic_words.txt";
    /// Words of manner between a question's subject and its verb ("Did X ever sign?").
    QUESTION_VERB_ADVERBS = "question_verb_adverbs.txt";
    /// Particles that make a phrasal verb of a yes or no's verb ("turn up", "show up").
    QUESTION_VERB_PARTICLES = "question_verb_particles.txt";
    /// Words of a question that only place a meeting in time ("another", "soon").
    QUESTION_MEETING_TIME_WORDS = "question_meeting_time_words.txt";
    /// Words before "to" that put a word of saying still to come ("is to", "expected to").
    READER_SPEECH_TO_COME = "reader_speech_to_come.txt";
    /// Verbs of meeting but in their other senses ("held talks", not "held up").
    READER_HOLD_VERBS = "reader_hold_verbs.txt";
    /// Words after "hold" that give it another sense than meeting ("hold steady").
    READER_HOLD_NOT_MEETING = "reader_hold_not_meeting.txt";
    /// Phrases of an event taking place ("take place", "will be held").
    READER_HAPPENING_PHRASES = "reader_happening_phrases.txt";
    /// Auxiliaries and modals that make a country next to them the one acting ("Has New
    /// Zealand held talks?"), not a place asked about.
    QUESTION_SUBJECT_AUXILIARIES = "question_subject_auxiliaries.txt";
    /// Phrases of a question about someone's arrival or trip ("get to", "due in").
    QUESTION_ARRIVAL_PHRASES = "question_arrival_phrases.txt";
    /// Words of a sentence that tell an arrival or a trip ("arrived", "trip").
    READER_ARRIVAL_WORDS = "reader_arrival_words.txt";
    /// Phrases of a question about someone setting off on a trip ("leave for").
    QUESTION_DEPARTURE_PHRASES = "question_departure_phrases.txt";
    /// Phrases of a where-question about where someone came from ("come from").
    QUESTION_ORIGIN_PHRASES = "question_origin_phrases.txt";
    /// Words of a sentence that tell someone setting off ("leaves", "flew").
    READER_DEPARTURE_WORDS = "reader_departure_words.txt";
    /// Words that tell a meeting ended ("emerged after two hours").
    READER_MEETING_END_WORDS = "reader_meeting_end_words.txt";
    /// Openings of a clause after "since" that make it a cause ("since most of them are").
    READER_CAUSAL_SINCE = "reader_causal_since.txt";
    /// Stop words of questions: not names, not keywords, not search terms.
    QUESTION_STOP_WORDS = "question_stop_words.txt";
    /// Suffixes the answer stemmer strips, in order.
    ANSWER_STEM_SUFFIXES = "answer_stem_suffixes.txt";
    /// Families of words a question and an article swap ("lend lending loan loans").
    ANSWER_WORD_FAMILIES = "answer_word_families.txt";
    /// Families of names a question and an article swap for one body, and what its
    /// members are called ("commons | house of commons | westminster: mps").
    PROPER_NAME_FAMILIES = "proper_name_families.txt";
    /// Heads of an organisation's name after a one-word name ("World Bank").
    QUESTION_ORGANISATION_HEADS = "question_organisation_heads.txt";
    /// Last words of a company's name whose first word alone names it ("Allied Stores").
    ORGANISATION_TAILS = "organisation_tails.txt";
    /// Nouns after a demonym that make it a state's side ("the Indian government").
    QUESTION_STATE_NOUNS = "question_state_nouns.txt";
    /// Phrases of a report that withholds an answer ("declined to comment").
    WITHHELD_PHRASES = "withheld_phrases.txt";
    /// Forms of one given name ("robert: bob bobby rob").
    GIVEN_NAME_FORMS = "given_name_forms.txt";
    /// Verbs and nouns of meeting in a question ("met", "talks").
    QUESTION_MEET_WORDS = "question_meet_words.txt";
    /// Words of a setting of speech ("news conference", "interview", "told").
    SPEECH_SETTINGS = "speech_settings.txt";
    /// Heads of a gathering someone speaks to ("conference", "Commons").
    READER_AUDIENCE_HEADS = "reader_audience_heads.txt";
    /// Verbs of saying in a "what did X say" question.
    QUESTION_SAY_VERBS = "question_say_verbs.txt";
    /// Stop words that are still the verb a who-question asks about ("Who did she ask?").
    QUESTION_ASKED_VERBS = "question_asked_verbs.txt";
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
    /// First words of a preamble setting the time or scene ("After the crash, who ...").
    QUESTION_SETTING_OPENERS = "question_setting_openers.txt";
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
    /// "it", "its": what the conversation was about.
    QUESTION_IT = "question_it.txt";
    /// Words that open a follow-up before the question proper ("And", "So").
    QUESTION_FOLLOW_UP_OPENERS = "question_follow_up_openers.txt";
    /// Words and phrases that ask for the latest meeting.
    QUESTION_LAST = "question_last.txt";
    /// Words that ask for the first meeting.
    QUESTION_FIRST = "question_first.txt";
    /// Phrases in which "first" asks for no first meeting ("in the first place").
    QUESTION_FIRST_IDIOMS = "question_first_idioms.txt";
    /// Words and phrases that ask for an earlier meeting ("before that").
    QUESTION_PREVIOUS = "question_previous.txt";
    /// Phrases that ask for the next meeting after the conversation's ("after that").
    QUESTION_FOLLOWING = "question_following.txt";
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
    /// Words of a yes/no asking whether all is settled.
    QUESTION_SETTLED_WORDS = "question_settled_words.txt";
    /// Phrases saying something is still to be settled.
    UNSETTLED_PHRASES = "unsettled_phrases.txt";
    /// Nouns of an occasion attended together, after "at a" ("at a dinner").
    SHARED_OCCASION_NOUNS = "shared_occasion_nouns.txt";
    /// Verbs of signing that make "who ...?" ask for the signers ("Who signed it?").
    KIND_WHO_SIGNING = "kind_who_signing.txt";
    /// Phrases of a yes/no asking whether talks came to an outcome ("Did they settle?").
    QUESTION_OUTCOME_PHRASES = "question_outcome_phrases.txt";
    /// Phrases saying talks came to no outcome ("failed to reach any decision").
    FAILED_OUTCOME_PHRASES = "failed_outcome_phrases.txt";
    /// Heads of an event attended that is no meeting ("the premiere", "the ceremony").
    ATTENDANCE_EVENT_HEADS = "attendance_event_heads.txt";
    /// Phrases of a yes/no asking whether a date is set ("Had a date been set?").
    QUESTION_DATE_SET_PHRASES = "question_date_set_phrases.txt";
    /// Phrases saying no date is set yet ("no date has been set").
    UNSET_DATE_PHRASES = "unset_date_phrases.txt";
    /// Phrases a few words after "date" saying it is not fixed ("had yet to be fixed").
    UNSET_AFTER_DATE = "unset_after_date.txt";
    /// Phrases saying talks were held, with no partner after them.
    TALKS_HELD_PHRASES = "talks_held_phrases.txt";
    /// Words of taking part that make "who ...?" ask who was at a meeting.
    KIND_WHO_TAKING_PART = "kind_who_taking_part.txt";
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
    /// Verbs after the subject of a statement asked as a question ("So he told them?").
    KIND_DECLARATIVE_VERBS = "kind_declarative_verbs.txt";
    /// Nouns of a place after "which" or "what": a where question.
    KIND_WHERE_NOUNS = "kind_where_nouns.txt";
    /// Verbs before "when" that make a yes/no opener ask when ("Do you know when").
    KIND_WHEN_ASKING_VERBS = "kind_when_asking_verbs.txt";
    /// Words after "which" that make it a question about people.
    KIND_WHICH_PERSON = "kind_which_person.txt";
    /// Auxiliaries that open a yes/no question.
    KIND_YES_NO = "kind_yes_no.txt";
    /// Nouns of a trip that set a question's occasion after a pointer ("that visit").
    QUESTION_TRIP_NOUNS = "question_trip_nouns.txt";
    /// Words of a contact by writing ("in a letter", "wrote to").
    READER_WRITTEN_CONTACT = "reader_written_contact.txt";
    /// Question words ("what", "where").
    KIND_WH_WORDS = "kind_wh_words.txt";
    /// Words that open each question of one asking two ("When did they meet, and why?").
    QUESTION_CLAUSE_OPENERS = "question_clause_openers.txt";
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
    /// Last words of a venue name ("house", "hall"): said "at the ...", and more precise
    /// than a city.
    VENUE_HEADS = "venue_heads.txt";
    /// Words that turn a yes into a no just before the asked-about word.
    ANSWER_NEGATIONS = "answer_negations.txt";
    /// Verbs of a yes/no about accepting or agreeing ("Did he take the job?").
    ACCEPTANCE_VERBS = "acceptance_verbs.txt";
    /// Phrases of turning down or disagreeing ("rejected", "not convinced").
    REFUSAL_PHRASES = "refusal_phrases.txt";
    /// Passive phrases of backing withheld ("not being promoted" by someone).
    SUPPORT_WITHHELD_PASSIVES = "support_withheld_passives.txt";
    /// Words of a question about talks going on ("still in talks").
    ONGOING_TALK_WORDS = "ongoing_talk_words.txt";
    /// Phrases that say talks ended ("broke off talks", "talks collapsed").
    TALKS_ENDED_PHRASES = "talks_ended_phrases.txt";
    /// Verbs of a meeting held, between the names of its two sides ("met with").
    HELD_MEETING_PHRASES = "held_meeting_phrases.txt";
    /// Words that end talks named a few words before them ("talks ... have been
    /// terminated").
    TALKS_END_WORDS = "talks_end_words.txt";
    /// Phrases that say no one got in touch ("no contact", "not picked up the phone").
    NO_CONTACT_PHRASES = "no_contact_phrases.txt";
    /// Phrases of a yes/no about talks getting somewhere ("get anywhere", "any headway").
    QUESTION_PROGRESS_PHRASES = "question_progress_phrases.txt";
    /// Phrases that say talks got nowhere ("no progress", "ended in deadlock").
    NO_PROGRESS_PHRASES = "no_progress_phrases.txt";
    /// Phrases of a yes/no about being somewhere ("show up", "attend").
    QUESTION_ATTENDANCE_VERBS = "question_attendance_verbs.txt";
    /// Phrases that say someone stayed away ("failure to attend", "skipped").
    ABSENCE_PHRASES = "absence_phrases.txt";
    /// Phrases of a yes/no about all agreeing ("unanimous", "everyone agree").
    QUESTION_UNANIMITY_WORDS = "question_unanimity_words.txt";
    /// Phrases that say not all agreed ("outvoted", "voted against").
    DISSENT_PHRASES = "dissent_phrases.txt";
    /// Phrases of a yes/no about getting what one wanted ("he wanted", "his wish").
    QUESTION_WISH_PHRASES = "question_wish_phrases.txt";
    /// Phrases that say someone got what they wanted ("granted his wish").
    GRANTED_WISH_PHRASES = "granted_wish_phrases.txt";
    /// Words of a yes/no about how someone took something ("happy", "- disappointed").
    QUESTION_REACTION_WORDS = "question_reaction_words.txt";
    /// Phrases of a reaction, good ("+ welcomed") or bad ("- did not go far enough").
    REACTION_PHRASES = "reaction_phrases.txt";
    /// Words of a yes/no about getting in touch ("contacted", "ring").
    QUESTION_TOUCH_VERBS = "question_touch_verbs.txt";
    /// Phrases of a question about who asked for a meeting ("asked for", "requested").
    INITIATIVE_QUESTION_PHRASES = "initiative_question_phrases.txt";
    /// Words of a sentence telling whose idea a meeting was ("request", "invitation").
    READER_INITIATIVE_WORDS = "reader_initiative_words.txt";
    /// Words of a role that name an office ("foreign", "minister").
    SIMILAR_COUNTERPART_OFFICES = "similar_counterpart_offices.txt";
    /// Words that make a capitalised phrase an institution, not a name ("Council").
    UNKNOWN_INSTITUTION_WORDS = "unknown_institution_words.txt";
    /// Kinds of meeting a yes/no may ask about and their contrasts ("open: private ...").
    ATTRIBUTE_CONTRASTS = "attribute_contrasts.txt";
    /// Nouns of a meeting a word of its kind stands before ("visit", "hearing").
    ATTRIBUTE_NOUNS = "attribute_nouns.txt";
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
        let k = WordList::parse("k.txt", "open: private closed\nplain\n");
        assert_eq!(k.keyed(), [("open", vec!["private", "closed"])]);
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
