//! Reading the articles for what the facts don't hold: every sentence of some paragraphs
//! (a meeting's own articles, or what a search finds) is weighed against what the
//! question asks — its people, its words, and the mark of its kind: a date for "when", a
//! place for "where" (and a setting of speech for "where did he say that?"), a length of
//! time for "how long", a count for "how many", a reason for "why", an outcome for "what
//! did they agree", words said for "what did X say" — and the best are quoted with their
//! sources.
//!
//! A sentence that lacks the mark its kind needs is never quoted for it: "How long did
//! they talk?" is not answered by a sentence without a length of time.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::extract::dates::find_dates;
use crate::extract::{meet_in_other_sense, names_person};
use crate::index::Hit;
use crate::lexicon::calendar::{month_number, weekday_named};
use crate::lexicon::gazetteer::{GazKind, gazetteer};
use crate::lexicon::lists::{
    ANSWER_NEGATIONS, DAY_WORDS, DETERMINERS, INITIATIVE_QUESTION_PHRASES, KIND_YES_NO,
    NEGOTIATION_NOUNS, NOT_PLACES_AFTER_IN, NUMBER_WORDS, PASSAGE_DESCRIBED, PASSAGE_SAID,
    PERSON_NOUNS, PLACE_PREPOSITIONS, PLACE_VENUE_NOUNS, POSSESSIVE_DETERMINERS,
    QUESTION_AIM_PHRASES, QUESTION_BODY_NOUNS, QUESTION_CONDITION_WORDS, QUESTION_CONTACT_ASKS,
    QUESTION_COUNTRY_NOUN, QUESTION_COUNTRY_NOUNS, QUESTION_GROUP_NOUNS,
    QUESTION_MEETING_TIME_WORDS, QUESTION_OBSTACLE_PHRASES, QUESTION_PLANNED_WORDS,
    QUESTION_RESPONSE_WORDS, QUESTION_ROLE_HEADS, QUESTION_SAY_VERBS, QUESTION_TOPIC_WORDS,
    READER_AIM_MARKERS, READER_ATTENDANCE_WORDS, READER_AUDIENCE_HEADS, READER_BACKREF_NOUNS,
    READER_BODY_HEADS, READER_BODY_POINTERS, READER_CAUSAL_SINCE, READER_CONDITION_WORDS,
    READER_CONTACT_WORDS, READER_COUNT_WORDS, READER_COUNTED_NOUNS, READER_DEPARTURE_WORDS,
    READER_DURATION_UNITS, READER_DURATION_WORDS, READER_FREQUENCY_WORDS, READER_HAPPENING_PHRASES,
    READER_HOLD_NOT_MEETING, READER_HOLD_VERBS, READER_INITIATIVE_WORDS, READER_JUDGEMENT_VERBS,
    READER_LARGER_NUMBERS, READER_MEETING_END_WORDS, READER_OBSTACLE_WORDS, READER_ORDINALS,
    READER_OUTCOME_WORDS, READER_PERIODICAL_NOUNS, READER_PROGRESS_WORDS, READER_REASON_MARKERS,
    READER_RECALL_MARKERS, READER_RESPONSE_MARKERS, READER_ROLE_POINTERS, READER_SPEECH_TO_COME,
    READER_TOPIC_WORDS, READER_TRAVEL_VERBS, READER_UNNAMING_MODIFIERS, READER_VAGUE_LENGTHS,
    READER_VENUE_WORDS, REGION_ADJECTIVES, SAY_VERBS, SPEECH_SETTINGS, TRIGGER_NOUNS, VENUE_HEADS,
    WordList,
};
use crate::lexicon::sentences::split_ranges;
use crate::model::{FuzzyDate, Source};

use super::acronym;
use super::countries::countries_named;
use super::fallback::{Quoted, lazy_phrase_test, phrase_test};
use super::here;
use super::parse::{WH_WORDS, is_gazetteer_place, is_meet_word};
use super::question::Kind;
use super::sequel;
use super::templates::keyword_hits;
use super::text::{self, is_stop};

/// Score of a sentence that names a person of the question, and of each further one: the
/// first name says the sentence is about them, more names add less.
const NAME_WEIGHT: f32 = 2.0;
const MORE_NAMES_WEIGHT: f32 = 0.5;

/// Score of a sentence that names none of the people but points to them ("the two").
const POINTER_WEIGHT: f32 = 1.0;

/// Score of each of the question's words a sentence holds.
const WORD_WEIGHT: f32 = 1.2;

/// Score of a sentence that shows the mark of the question's kind.
const CUE_WEIGHT: f32 = 2.0;

/// Score of a sentence of a paragraph that reports the meeting itself, and of one next to
/// it: the detail asked for is usually told around the meeting.
const EVIDENCE_WEIGHT: f32 = 0.8;
const NEIGHBOUR_WEIGHT: f32 = 0.4;

/// The number of a report's first paragraph, its lede.
const LEDE: usize = 1;

/// Sentences this close to the best are quoted with it.
const NEAR_BEST: f32 = 1.5;

/// Score of a sentence whose article (the paragraphs of it that were found, and its title)
/// holds everything the question names and says; a share of it for a share. A sentence
/// that matches a few words in a report about something else loses to one of the report
/// about what was asked.
const ARTICLE_WEIGHT: f32 = 2.0;

/// Most paragraphs whose articles' shares are measured: what a search finds and the
/// paragraphs around its best hits (two searches of 12 and their neighbours).
const COVERAGE_MAX_PARAGRAPHS: usize = 40;

/// "Speaking to reporters on Monday, he said", "Addressing the assembly, she told": a
/// sentence that opens with a clause of speaking and goes on with a pronoun continues
/// the statement told before it.
static CONTINUES_STATEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Speaking|Addressing|Talking|Writing|Testifying)\b[^.;]*?,\s+(?:he|she|they)\s+(?:said|told|added|says|tells)\b")
        .expect("static statement regex")
});

/// Words that point back to people named earlier ("the two", "both leaders", "he" of one
/// of a pair named around the sentence; "the companies" of two firms), or to their
/// meeting the report told ("Today's meeting, set for 1500 EST").
static POINTERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(the two|both|they|their|them|the pair|neither side|either side|each side|the leaders|the ministers|the companies|the firms|the talks|the meeting|the call|he|she|his|her|(?:today|yesterday|tomorrow)['’]s (?:meeting|talks|session|call)|this (?:meeting|session))\b",
    )
        .expect("static pointer regex")
});

/// True when `sentence` points back to people named before: [`POINTERS`], or "the" and
/// an office or occupation, with at most one word between ("The film-maker will meet
/// ...", "the prime minister and chancellor faced ..."). Only where one of the people
/// asked about is named in the sentence or around it: alone, "the minister" may be
/// anyone.
pub(crate) fn points_to_people(sentence: &str) -> bool {
    POINTERS.is_match(sentence) || ROLE_POINTER.is_match(sentence)
}

/// "the film-maker", "the prime minister": "the", at most one word, and an office or an
/// occupation (`person_nouns.txt`, `reader_role_pointers.txt`), as one regex: it is
/// tried on many sentences.
static ROLE_POINTER: LazyLock<Regex> = LazyLock::new(|| {
    let nouns: Vec<String> = (PERSON_NOUNS.iter().chain(READER_ROLE_POINTERS.iter()))
        .map(|w| regex::escape(w))
        .collect();
    Regex::new(&format!(
        r"(?i)\bthe (?:[a-z]+[ -])?(?:{})\b",
        nouns.join("|")
    ))
    .expect("role-pointer regex from word lists")
});

/// "the company", "the firm": "the" and a body (`reader_body_pointers.txt`), pointing
/// back to a company or organisation named around the sentence.
static BODY_POINTER: LazyLock<Regex> = LazyLock::new(|| {
    let nouns: Vec<String> = READER_BODY_POINTERS
        .iter()
        .map(|w| regex::escape(w))
        .collect();
    Regex::new(&format!(r"(?i)\bthe (?:{})\b", nouns.join("|"))).expect("body-pointer regex")
});

/// True when a sentence naming `named` of the `asked` parties points back to the others:
/// [`points_to_people`], or a body ("But the company said it has not held talks with
/// Dunmore") when it names one of them itself or one alone is asked about ("The company
/// is to hold an emergency meeting" of Yili).
fn points_to_parties(sentence: &str, named: usize, asked: usize) -> bool {
    points_to_people(sentence) || (named > 0 || asked == 1) && BODY_POINTER.is_match(sentence)
}

/// "40-minute", "two hours", "an hour": a number (or "an") before a unit of time; or a
/// unit made a length ("hour-long talks", "a day-long visit"). "Long" alone is no length
/// ("a long-term deal", "his record is long"). After "for", a length without a number
/// ("for some time", "for weeks"; not "for the first time").
static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    let units = READER_DURATION_UNITS.join("|");
    let numbers = NUMBER_WORDS.join("|");
    let larger = READER_LARGER_NUMBERS.join("|");
    let vague = READER_VAGUE_LENGTHS.join("|");
    Regex::new(&format!(
        r#"(?i)\b(\d+|an?|(?:{larger})(?:-(?:{numbers}))?|{numbers}|half an|several|few)(?:[- ]and[- ]a[- ]half)?[- ]({units})s?\b|\b({units})s?[- ]long\b|\bfor ["“']?(({vague})|({units})s)\b"#
    ))
    .expect("duration regex from word lists")
});

/// Words on either side of a length of time where a word of meeting or of the question
/// makes it the length asked about ("nine hours of talks", "talked for 90 minutes",
/// "shuttle diplomacy ... for the first time in 12 years"), not another one ("aid over
/// the next four years").
const DURATION_REACH: usize = 8;

/// The first words of a sentence, where its subject ("Talks", "The talks") stands.
const SUBJECT_WORDS: usize = 2;

/// "The talks are due to last until March 20": a meeting told with the date it runs
/// until tells how long it goes on.
fn talks_until(sentence: &str, words: &[String]) -> bool {
    let about_talks = words
        .iter()
        .any(|w| is_meet_word(w) || TRIGGER_NOUNS.has(w));
    about_talks
        && UNTIL
            .find_iter(sentence)
            .any(|m| !find_dates(&sentence[m.end()..], None).is_empty())
}

/// "by end-May", "in early-June", "at the end of May": a part of a month named.
fn part_of_month(sentence: &str) -> bool {
    PART_OF_MONTH
        .captures_iter(sentence)
        .any(|c| month_number(&c[1]).is_some())
}

/// A word of a month's part joined to the next word, or "end of" before it (the month is
/// checked apart: "the end of talks" names none).
static PART_OF_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:end|early|late|start)-|end of )([a-z]+)\b")
        .expect("static part-of-month regex")
});

/// "until", "till": what follows is when something ends.
static UNTIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(until|till)\s").expect("static until regex"));

/// True when a length of time stands near a word of meeting or one of the `asked` words,
/// or the sentence is about talks from its first words ("Talks aimed at averting the
/// strike have ended without agreement after 90 minutes").
fn asked_length(sentence: &str, asked: &[String]) -> bool {
    let about_talks = text::norm_words(sentence)
        .iter()
        .take(SUBJECT_WORDS)
        .any(|w| is_meet_word(w) || TRIGGER_NOUNS.has(w));
    DURATION.find_iter(sentence).any(|m| {
        if about_talks {
            return true;
        }
        let before = text::norm_words(&sentence[..m.start()]);
        let after = text::norm_words(&sentence[m.end()..]);
        let near: Vec<&String> = before
            .iter()
            .rev()
            .take(DURATION_REACH)
            .chain(after.iter().take(DURATION_REACH))
            .collect();
        let window = near
            .iter()
            .map(|w| w.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        near.iter()
            .any(|w| is_meet_word(w) || TRIGGER_NOUNS.has(w) || READER_MEETING_END_WORDS.has(w))
            || keyword_hits(&window, asked) > 0
    })
}

/// "the third meeting", "the second face-to-face encounter", "twice", "three times": a
/// count of occasions, not any ordinal ("the first Australian leader").
static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    let ordinals = READER_ORDINALS.join("|");
    let nouns = READER_COUNTED_NOUNS.join("|");
    let counts = READER_COUNT_WORDS.join("|");
    let numbers = NUMBER_WORDS.join("|");
    Regex::new(&format!(
        r"(?i)\b({ordinals}|\d+(st|nd|rd|th))\s+([\w-]+\s+){{0,2}}({nouns})\b|\b({counts})\b|\b(\d+|{numbers})\s+(times|occasions)\b"
    ))
    .expect("count regex from word lists")
});

/// "was in Cairo to prepare ...", "in Vienna for a seminar": a stated purpose of being
/// somewhere.
static PURPOSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:in|at|to) (?:the )?\p{Lu}[\w'’-]*(?: \p{Lu}[\w'’-]*)* (?:to|for) [a-z]+")
        .expect("static purpose regex")
});

/// "to talk about fishing quotas", "talked over the budget": what a meeting was about
/// ("talks on Monday" is not).
static TALK_ABOUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\btalk(?:s|ed|ing)?\s+(?:about|over)\b").expect("static talk-about regex")
});

/// "part of his negotiations with the exchange were about where to base the board", "the
/// talks are mainly about pay": talks said to be about something (the topic follows).
static TALKS_WERE_ABOUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:talks|negotiations|discussions|meetings?)\b[^.;]{0,60}?\b(?:were|was|are|is|will be)\s+(?:\w+ly\s+)?about\s+(\w+)",
    )
    .expect("static talks-were-about regex")
});

/// "holding talks in Brussels on how to revive the economy", "discussions on ways to end
/// the strike": talks on a way or a question (the topic follows), not "talks on Monday".
static TALKS_ON_HOW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:talks|negotiations|discussions|meetings?)\b[^.;]{0,40}?\bon (?:how|ways? to|whether|measures|plans? (?:to|for))\b",
    )
    .expect("static talks-on-how regex")
});

/// "According to the paper, what were the talks about?", "What were the talks about,
/// according to the paper?": the question without the source it cites.
fn without_attribution(text: &str) -> &str {
    static LEADING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*according to [^,?]{1,60},\s*").expect("leading attribution regex")
    });
    static TRAILING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i),?\s*according to [^,?]{1,60}\?*\s*$").expect("trailing attribution regex")
    });
    let text = LEADING.find(text).map_or(text, |m| &text[m.end()..]);
    let text = after_statement(text);
    TRAILING.find(text).map_or(text, |m| &text[..m.start()])
}

/// "Reagan said he'd raise it - when is he meeting them?": the question after a dash that
/// ends a statement, when a question word opens it; else the whole text.
fn after_statement(text: &str) -> &str {
    let Some(rest) = text::last_spaced_dash(text).map(|(_, end)| &text[end..]) else {
        return text;
    };
    let first = text::norm_words(rest)
        .into_iter()
        .next()
        .unwrap_or_default();
    let asks = KIND_YES_NO.has(&first) || WH_WORDS.contains(&first.as_str());
    if asks { rest } else { text }
}

/// "holding talks with the Soviet Union to explore opening stores", "in negotiations
/// with the union to end the strike": talks with someone and what they are for (a verb in
/// lower case after "to"; not "to be held", nor "to the capital").
static TALKS_WITH_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:\b(?:talks|negotiations|discussions)\s+with\b[^.;]{0,60}?\bto)\s+([a-z]+)")
        .expect("static talks-with-to regex")
});

/// True when `sentence` tells what talks were about: "talked about", "talks over", talks
/// said to be about something ("... were about pay"; not "was about to begin"), or talks
/// with someone to do something.
fn tells_talk_topic(sentence: &str) -> bool {
    TALK_ABOUT.is_match(sentence)
        || TALKS_ON_HOW.is_match(sentence)
        || TALKS_WERE_ABOUT
            .captures_iter(sentence)
            .any(|c| !c[1].eq_ignore_ascii_case("to"))
        || TALKS_WITH_TO
            .captures_iter(sentence)
            .any(|c| !is_stop(&c[1]))
}

/// "next week", "will meet", "ahead of", "later this month": a time still to come.
/// True when `sentence` tells something still to come ("will visit", "is due to meet").
pub(crate) fn to_come(sentence: &str) -> bool {
    TO_COME.is_match(sentence)
}

static TO_COME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:next (?:week|month|year|spring|summer|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|will (?:meet|hold|host|visit|travel|gather|attend)|ahead of|later (?:this|in the)|due to (?:meet|hold|visit|attend)|(?:likely|hopes?|hoping|agreed|expects?) to (?:meet|hold|resume|visit)|would (?:meet|resume) again|is (?:scheduled|expected|set) to|are (?:scheduled|expected|set) to|upcoming|forthcoming|in preparation for|to prepare for|preparing for)\b",
    )
    .expect("static to-come regex")
});

/// "is to hold", "plans to appeal", "will ask", "intends to sell", "a delegation would
/// leave for Washington": what someone means to do (a form of "be" before "to" and a
/// verb, a verb of intent, or a reported "would" of going or of meeting).
static PLAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:is|are) (?:now |also )?(?:set |due |expected |going |planning |preparing )?to [a-z]+|plans? to|intends? to|aims? to|will [a-z]+|would (?:leave|go|travel|return|meet|hold|resume|continue|ask|seek|sign)|may now)\b",
    )
    .expect("static plan regex")
});

/// "What is Yili planning to do ...?", "What are they going to do now?": "what" and a
/// word of intent before "to do"; "What's the next step?", "What happens next?".
fn asks_plan(words: &[String]) -> bool {
    let intent = words.windows(3).any(|w| {
        matches!(
            w[0].as_str(),
            "planning" | "going" | "set" | "intending" | "preparing" | "due" | "expected"
        ) && w[1] == "to"
            && w[2] == "do"
    });
    let next = text::has_phrase(
        words,
        &[
            "next step",
            "next steps",
            "happens next",
            "happen next",
            "comes next",
        ],
    );
    words.first().is_some_and(|w| w.starts_with("what")) && (intent || next)
}

/// "later this month", "early next year", "in the coming weeks": a time still to come that
/// [`RELATIVE_DAY`] does not tell.
static TO_COME_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:later|early|late) (?:this|next) (?:week|month|year)|next year|in the (?:coming|next few) (?:days|weeks|months)|soon|shortly)\b",
    )
    .expect("static time-to-come regex")
});

/// A time told relative to the report ("last night", "this morning", "next week"): no
/// date without the report's, but a time all the same ("today" and the like are
/// `day_words.txt`).
static RELATIVE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:last|this|next) (?:night|morning|afternoon|evening|week|weekend|month)\b")
        .expect("static relative-day regex")
});

/// "last year", "earlier this month": a period before the report, which dates a meeting
/// held to the week, month or year without a date finder's anchor. Not "next month" nor
/// "later this month": a time to come is no time of a meeting asked about, and beside
/// a dated one it is another meeting's.
static RELATIVE_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:last|earlier this) (?:week|month|year)\b")
        .expect("static relative-period regex")
});

/// A time of day: "at 3 p.m.", "10:30 am", "1500 EST (2000 gmt)", "0900 hrs".
static CLOCK_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b[0-2]\d[0-5]\d\s*(?:gmt|utc|est|edt|cst|pst|bst|cet|hrs|hours|local time)\b",
    )
    .expect("valid regex")
});

/// "three days before he is due to meet", "met Baker in the last two weeks", "two weeks
/// after the vote": a time told as a span from another moment, which no date finder dates.
static RELATIVE_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    let count = format!(r"(?:\d+|an?|a few|several|{})", NUMBER_WORDS.join("|"));
    Regex::new(&format!(
        r"(?i)\b(?:{count} (?:days?|weeks?|months?|years?) (?:before|after|earlier|later|from now)|(?:in|within|over) the (?:last|past|next) (?:{count} )?(?:days?|weeks?|months?|years?|fortnight))\b"
    ))
    .expect("relative-span regex from a word list")
});

/// Score of a sentence that states a purpose of being somewhere, for "why" questions.
const PURPOSE_WEIGHT: f32 = 1.5;

/// Score of a sentence that names someone other than the people asked about right after
/// a word of meeting, for "Who did X meet?": it tells whom, which outweighs two of the
/// question's words of topic ("about the loan talks") that such a sentence may not repeat.
const COUNTERPART_WEIGHT: f32 = 3.0;

/// How many words after a word of meeting the one met is looked for ("met Iran's chargé
/// d'affaires in Paris, Haddadi").
const COUNTERPART_REACH: usize = 8;

/// True when a capitalised word that is no place, month, weekday or name of the people
/// asked about stands within [`COUNTERPART_REACH`] words after a word of meeting.
fn names_counterpart(sentence: &str, ask: &Ask) -> bool {
    let asked: HashSet<String> = ask
        .people
        .iter()
        .flatten()
        .flat_map(|f| text::norm_words(f))
        .collect();
    let places = gazetteer().find(sentence);
    let ws = text::words(sentence);
    ws.iter().enumerate().any(|(i, w)| {
        (is_meet_word(&w.norm) || TRIGGER_NOUNS.has(&w.norm))
            && (ws[i + 1..].iter().take(COUNTERPART_REACH).any(|n| {
                n.capital
                    && !asked.contains(&n.norm)
                    && !places.iter().any(|m| (m.start..m.end).contains(&n.start))
                    && month_number(&n.norm).is_none()
                    && weekday_named(&n.norm).is_none()
            }) || with_a_role(&ws[i + 1..]))
    })
}

/// Words of time or manner that may stand between a word of meeting and its "with" ("met
/// today with", "met privately with").
const BEFORE_WITH: usize = 2;

/// "... talks with finance ministers of the bloc", "met with union officials", "met today
/// with officials of the ministry": right after a word of meeting (and at most
/// [`BEFORE_WITH`] words of time or manner), "with" and a group or office described, not
/// named.
fn with_a_role(after: &[text::Word]) -> bool {
    let adverb = |w: &text::Word| DAY_WORDS.has(&w.norm) || w.norm.ends_with("ly");
    let skip = after
        .iter()
        .take(BEFORE_WITH)
        .take_while(|w| adverb(w))
        .count();
    let after = &after[skip..];
    after.first().is_some_and(|w| w.norm == "with")
        && (after[1..].iter().take(COUNTERPART_REACH))
            .any(|n| QUESTION_ROLE_HEADS.has(&n.norm) || QUESTION_GROUP_NOUNS.has(&n.norm))
}

/// True when a word of meeting is followed by a group or office it was held with
/// ([`with_a_role`]): "members of the mission met today with officials from the finance
/// ministry" names whom, though no name.
fn met_a_role(sentence: &str) -> bool {
    let ws = text::words(sentence);
    (ws.iter().enumerate()).any(|(i, w)| {
        (is_meet_word(&w.norm) || TRIGGER_NOUNS.has(&w.norm)) && with_a_role(&ws[i + 1..])
    })
}

/// Words between an asked person's name and a word of saying after it ("Mr Sullivan
/// repeatedly told") or before it ("said French finance minister Herve Gaymard").
const SPEAKER_REACH_AFTER: usize = 3;
const SPEAKER_REACH_BEFORE: usize = 5;

/// Score of a sentence in which an asked person is the one saying, for "what did X say":
/// it outweighs a sentence that only names X beside someone else's words.
const SPEAKER_WEIGHT: f32 = 1.5;

/// An asked person is the subject of a word of saying in `sentence`.
fn speaks(sentence: &str, ask: &Ask) -> bool {
    let asked: HashSet<String> = ask
        .people
        .iter()
        .flatten()
        .filter_map(|f| text::norm_words(f).pop())
        .collect();
    let ws = text::words(sentence);
    let says = |w: &text::Word| SAID_WORDS.contains(&w.norm);
    ws.iter().enumerate().any(|(i, w)| {
        // '"...," said Culture Secretary Okafor': the word of saying opens its clause and
        // only the name and its title follow it; in "Lind said Mr Okafor was wrong" Lind
        // speaks.
        let from = i.saturating_sub(SPEAKER_REACH_BEFORE);
        let said_before = (from..i).any(|j| {
            says(&ws[j]) && (j == 0 || !ws[j].joined) && ws[j + 1..i].iter().all(|x| x.capital)
        });
        asked.contains(&w.norm)
            && (ws[i + 1..].iter().take(SPEAKER_REACH_AFTER).any(says) || said_before)
    })
}

/// How far before a word of saying "will" makes it a speech to come ("will also say").
const TO_COME_REACH: usize = 2;

/// True when every word of saying in `words` is still to be said ("Lind will tell
/// delegates ...", "she is expected to say ..."): what someone will say is not what they
/// said.
fn speech_to_come(words: &[String]) -> bool {
    let says = |w: &String| SAID_WORDS.iter().any(|s| w.starts_with(s.as_str()));
    let mut said = words.iter().enumerate().filter(|(_, w)| says(w)).peekable();
    said.peek().is_some()
        && said.all(|(i, _)| {
            // "is to tell", "expected to say"; not "declined to comment", "is said to
            // have told".
            (i > 1 && words[i - 1] == "to" && READER_SPEECH_TO_COME.has(&words[i - 2]))
                || words[i.saturating_sub(TO_COME_REACH)..i]
                    .iter()
                    .any(|w| w == "will")
        })
}

/// How many words before a word of meeting a negation denies it ("had never met").
const DENIAL_REACH: usize = 3;

/// What a sentence must show, besides the question's people and words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    /// Only the words.
    Words,
    /// A date or a time ("in June", "on Monday", "a year ago").
    Time,
    /// A time of day, for "What time ...?" ("at 1500 EST", "3 p.m.").
    ClockTime,
    /// A time, or one told from the report's day ("this week", "tomorrow", "later this
    /// month"), for a when-question about a meeting to come ("When is X meeting Y?").
    TimeToCome,
    /// An earlier meeting with its time ("the two last met in July", "the first since
    /// June").
    RecallTime,
    /// An earlier meeting with its place ("the last time they met was in Delhi").
    RecallPlace,
    /// A place the gazetteer knows.
    Place,
    /// A place and a setting of speech ("told a news conference here [in Paris]", "said
    /// in an interview in Lima"): "Where did he say that?".
    SpeechPlace,
    /// A length of time ("a 40-minute call", "lasted two hours").
    Duration,
    /// A count of occasions ("the third meeting", "twice").
    Count,
    /// A reason or a purpose ("to attend", "because", "caused by").
    Reason,
    /// An agreement, a decision, something signed or launched.
    Outcome,
    /// What a meeting is about ("to discuss trade", "the agenda").
    Topic,
    /// Words someone said.
    Speech,
    /// How something was described ("productive", "frank").
    Description,
    /// Someone else at the meeting ("also attended", "accompanied by").
    Attendance,
    /// A meeting denied: a negation just before a word of meeting ("had never met or
    /// spoken to", "did not meet").
    Denial,
    /// A word of meeting ("met", "talks", "a visit"): whom someone met.
    Meeting,
    /// A word of meeting in a sentence not telling it as still to come: whom someone met,
    /// asked in the past ("Which ministers did he see?" is not told by "he will meet").
    HeldMeeting,
    /// The meeting itself, for "At what sort of meeting did X speak?": a word of meeting,
    /// with no weight for whom it was with (that is not what is asked).
    Occasion,
    /// A meeting still to come ("ahead of a meeting of the G7 next week", "will meet").
    Upcoming,
    /// How someone got in touch ("rang her", "a letter", "met up").
    Contact,
    /// Whose idea a meeting was ("at the request of the exporters", "at Oslo's
    /// invitation", "Lind proposed the talks").
    Initiative,
    /// A person named ("Trade Minister Lena Holm"): who did what a who-question that
    /// names nobody asks about ("Who held the talks that led to the accord?").
    Person,
    /// A meeting and who took part, a person or a body ("a meeting between officials and
    /// the Film Board"): a who-question naming nobody about a meeting ("Who was at the
    /// meeting on ...?", "Which firms held talks with ...?"). A sentence may hold none of
    /// the question's words when the text around it does.
    Participants,
    /// Two or more countries named ("Ministers from Peru, Chile and Bolivia attended"):
    /// "Which countries took part?".
    Countries,
    /// A body named ("the House Budget Committee", "the assembly's environment
    /// committee"): "Which congressional panel did she warn?".
    Body,
    /// Something someone means to do ("is to hold an emergency meeting", "plans to
    /// appeal", "will ask"): "What is Yili planning to do?".
    Plan,
    /// How far talks have got ("at an advanced stage", "ended in deadlock"): "How far
    /// along are the talks?", "How did the talks end?".
    Progress,
    /// What stands in the way ("the main sticking points", "remain at odds over"):
    /// "What's holding up an agreement?".
    Obstacle,
    /// What someone wants or presses for ("wanted to convey", "his main demand"): "What
    /// do the growers want to get across?", "What's he going to push for?".
    Aim,
    /// How someone took what was put to them ("rejected the request", "welcomed the
    /// offer"): "How did Kato respond?".
    Response,
    /// A trip on to a place ("leaves today for Ottawa", "flies to Brussels"): "Where was
    /// he heading after Washington?".
    NextStop,
    /// A country named anywhere ("after Japan finally signed up"): "Which country was
    /// the last to sign up?".
    Country,
    /// What happens on a condition ("if he fails in the talks, he will seek ..."): "And if
    /// he gets nowhere?".
    Condition,
    /// How often ("in almost daily telephone contact", "meet every month", "twice a
    /// week"), or a count as [`Cue::Count`] reads it: "How often did they speak?".
    Frequency,
}

impl Ask {
    /// For a kind whose mark a sentence may lack and still answer ("Why did X stay in
    /// Kyiv?" answered by "X stayed in Kyiv after drone attacks"): the same, with the
    /// question's words instead of the mark — at least half of them.
    pub(crate) fn without_mark(&self) -> Option<Ask> {
        let soft = matches!(
            self.cue,
            Cue::Reason
                | Cue::Outcome
                | Cue::Topic
                | Cue::Description
                | Cue::Attendance
                | Cue::Person
                | Cue::Participants
                | Cue::Obstacle
                | Cue::Aim
                | Cue::Response
        );
        (soft && !self.words.is_empty()).then(|| Ask {
            cue: Cue::Words,
            min_words: self.words.len().div_ceil(2),
            ..self.clone()
        })
    }
}

/// "Where did he say that?", "Where did she give the speech?": a word of saying or of a
/// setting of speech in the question; "Where was she when she said it?" asks where she
/// was, told by any place of hers.
fn asks_speech(words: &[String]) -> bool {
    !words.iter().any(|w| w == "when")
        && words
            .iter()
            .any(|w| QUESTION_SAY_VERBS.has(w) || SPEECH_SETTINGS.has(w))
}

/// Shortest word of a question read as something asked about.
const MIN_ASKED_WORD: usize = 3;

/// "Were the talks expected to head off sanctions?": a question about a plan that asks
/// more than whether the meeting is to come (a word in lower case that is no word of
/// meeting, of plan or of asking); not "Is another meeting planned?".
fn asks_beyond_plan(text: &str) -> bool {
    text::words(text).iter().any(|w| {
        !w.capital
            && w.norm.chars().count() >= MIN_ASKED_WORD
            && !is_stop(&w.norm)
            && !is_meet_word(&w.norm)
            && !QUESTION_PLANNED_WORDS.has(&w.norm)
            // "going to meet" plans (a question of "going" elsewhere is no yes/no of it).
            && w.norm != "going"
            && !QUESTION_MEETING_TIME_WORDS.has(&w.norm)
            && !KIND_YES_NO.has(&w.norm)
    })
}

/// "Who did he see?": a question asked in the past ("did", "had"), of nothing planned.
pub(crate) fn asked_in_past(text: &str) -> bool {
    let ws = text::norm_words(text);
    ws.iter().any(|w| w == "did" || w == "had") && !ws.iter().any(|w| QUESTION_PLANNED_WORDS.has(w))
}

/// Words that put a question in the past ("Who did she meet ...?", "Who was he to see?").
const PAST_AUXILIARIES: [&str; 4] = ["did", "had", "was", "were"];

/// "Who will X meet?", "Who is she due to see?": a word of plan and no verb of the past
/// ("Who did she meet to prepare the talks?" asks of a meeting held).
pub(crate) fn asked_of_future(text: &str) -> bool {
    let ws = text::norm_words(text);
    ws.iter().any(|w| QUESTION_PLANNED_WORDS.has(w))
        && !ws.iter().any(|w| PAST_AUXILIARIES.contains(&w.as_str()))
}

impl Cue {
    /// True for the marks of when: a date or time, or a time of day.
    pub(crate) fn is_time(self) -> bool {
        matches!(self, Cue::Time | Cue::ClockTime | Cue::TimeToCome)
    }

    /// The mark a question of `kind` needs.
    pub(crate) fn of(kind: Kind) -> Cue {
        match kind {
            Kind::When => Cue::Time,
            Kind::Where => Cue::Place,
            Kind::HowLong => Cue::Duration,
            Kind::HowMany => Cue::Count,
            Kind::Why => Cue::Reason,
            Kind::Agreed => Cue::Outcome,
            Kind::Said => Cue::Speech,
            Kind::Described => Cue::Description,
            _ => Cue::Words,
        }
    }

    /// The mark a question of `kind` typed as `text` needs: "What will they talk about?"
    /// asks what a meeting is about, not what it decided.
    pub(crate) fn of_question(kind: Kind, text: &str) -> Cue {
        let ws = text::norm_words(without_attribution(text));
        let topic = ws.iter().any(|w| QUESTION_TOPIC_WORDS.has(w));
        let meeting = ws.iter().any(|w| is_meet_word(w));
        // "Are they going to meet again?" asks about a meeting to come too.
        let going = ws
            .windows(3)
            .any(|w| w[0] == "going" && w[1] == "to" && is_meet_word(&w[2]));
        // "What were the deputies getting ready for when they met?": what comes after.
        let readying = ws
            .windows(2)
            .any(|w| w[1] == "for" && QUESTION_PLANNED_WORDS.has(&w[0]));
        let to_come = meeting
            && (readying
                || (going || ws.iter().any(|w| QUESTION_PLANNED_WORDS.has(w)))
                    && !asks_beyond_plan(text));
        let past = asked_in_past(text);
        // "What was that meeting supposed to be about?", "What were the talks about?".
        let what_about =
            ws.first().is_some_and(|w| w == "what") && ws.last().is_some_and(|w| w == "about");
        // "How did he get in touch with her?", "How did she contact him?".
        let contact = ws.first().is_some_and(|w| w == "how")
            && ws.iter().any(|w| QUESTION_CONTACT_ASKS.has(w));
        // "Whose idea was the meeting?", "Who asked for the talks?".
        let whose = ws.first().is_some_and(|w| w == "whose" || w == "who")
            && (ws.iter().any(|w| w == "idea")
                || text::has_phrase(&ws, &INITIATIVE_QUESTION_PHRASES));
        // "At what sort of meeting did X criticise the EC?": the meeting itself.
        let sort_of_meeting = ws.windows(3).any(|w| {
            matches!(w[0].as_str(), "sort" | "kind" | "type") && w[1] == "of" && is_meet_word(&w[2])
        });
        match kind {
            // "How often were they in touch?": a frequency, not a count of meetings.
            Kind::HowMany if ws.iter().any(|w| w == "often") => Cue::Frequency,
            // "Where did he say that?", "Where did she give the speech?": where it was said.
            Kind::Where if !meeting && asks_speech(&ws) => Cue::SpeechPlace,
            Kind::Other if meeting && asks_how_went(&ws) => Cue::Description,
            Kind::Other | Kind::HowLong if meeting && asks_progress(&ws) => Cue::Progress,
            // "And if he gets nowhere?": what happens on a condition.
            Kind::Other if ws.iter().any(|w| QUESTION_CONDITION_WORDS.has(w)) => Cue::Condition,
            Kind::Other | Kind::Agreed
                if text::has_phrase(&ws, &QUESTION_OBSTACLE_PHRASES) || holds_up(&ws) =>
            {
                Cue::Obstacle
            }
            Kind::Other | Kind::Who if asks_countries(&ws) => Cue::Countries,
            Kind::Other | Kind::Who | Kind::Where
                if !meeting && asked_noun_at(&ws, &QUESTION_COUNTRY_NOUN).is_some() =>
            {
                Cue::Country
            }
            Kind::Other | Kind::Who if asks_body(&ws) => Cue::Body,
            Kind::Other if asks_plan(&ws) => Cue::Plan,
            Kind::Other if text::has_phrase(&ws, &QUESTION_AIM_PHRASES) => Cue::Aim,
            Kind::Other | Kind::Said if ws.iter().any(|w| QUESTION_RESPONSE_WORDS.has(w)) => {
                Cue::Response
            }
            Kind::Other if sort_of_meeting => Cue::Occasion,
            // "What time is he meeting them?": a time of day, not any date.
            Kind::When if text::has_phrase(&ws, &["what time"]) => Cue::ClockTime,
            Kind::When if asks_time_to_come(&ws) => Cue::TimeToCome,
            // "How did he talk to her?": the channel, not what they talked about.
            Kind::Other if contact => Cue::Contact,
            Kind::Agreed | Kind::Other if topic || what_about => Cue::Topic,
            // "What's the noteholders' meeting supposed to decide?": what it is for.
            Kind::Agreed if meeting && ws.iter().any(|w| QUESTION_PLANNED_WORDS.has(w)) => {
                Cue::Topic
            }
            // "Is another meeting coming up?": a meeting still to come.
            Kind::YesNo | Kind::Other if to_come => Cue::Upcoming,
            Kind::Other | Kind::Who if whose => Cue::Initiative,
            // "Who did X meet?" is told by a sentence of meeting; "Who accompanied X on
            // the visit?" by one of attending, which need not say "met".
            Kind::Who if keyword_hits(text, &ATTENDANCE_WORDS) == 0 && meeting && past => {
                Cue::HeldMeeting
            }
            Kind::Who if keyword_hits(text, &ATTENDANCE_WORDS) == 0 && meeting => Cue::Meeting,
            _ => Cue::of(kind),
        }
    }

    /// The mark of an earlier meeting for a question of `kind`: its place for "where", else
    /// its time.
    pub(crate) fn recall(kind: Kind) -> Cue {
        if kind == Kind::Where {
            Cue::RecallPlace
        } else {
            Cue::RecallTime
        }
    }

    /// True when `sentence` shows this mark; `asked` are the question's words (a length of
    /// time must stand near one of them or a word of meeting).
    pub(crate) fn shown_by(self, sentence: &str, asked: &[String]) -> bool {
        let words = text::norm_words(sentence);
        let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
        match self {
            Cue::Words => true,
            Cue::Time => {
                !find_dates(sentence, None).is_empty()
                    || CLOCK_TIME.is_match(sentence)
                    || has(&["ago"])
                    || since_of_time(&words)
                    || RELATIVE_SPAN.is_match(sentence)
                    || RELATIVE_PERIOD.is_match(sentence)
                    || done_yesterday(&words)
                    || on_weekday(&words)
                    || part_of_month(sentence)
            }
            Cue::ClockTime => CLOCK_TIME.is_match(sentence),
            Cue::TimeToCome => {
                Cue::Time.shown_by(sentence, asked)
                    || done_near_day(&words)
                    || RELATIVE_DAY.is_match(sentence)
                    || TO_COME_TIME.is_match(sentence)
            }
            Cue::RecallTime => {
                text::has_phrase(&words, &READER_RECALL_MARKERS)
                    && Cue::Time.shown_by(sentence, asked)
            }
            Cue::RecallPlace => {
                text::has_phrase(&words, &READER_RECALL_MARKERS)
                    && Cue::Place.shown_by(sentence, asked)
            }
            Cue::Place => has_place(sentence),
            Cue::SpeechPlace => {
                words
                    .iter()
                    .any(|w| SPEECH_SETTINGS.has(w) && w != "said" && w != "says")
                    && has_place(sentence)
                    || told_gathering(&words)
            }
            Cue::Duration => {
                lasted(&words) || asked_length(sentence, asked) || talks_until(sentence, &words)
            }
            Cue::Count => COUNT.is_match(sentence),
            // A count tells how often too ("three or four times", "regular meetings").
            Cue::Frequency => tells_frequency(&words) || COUNT.is_match(sentence),
            Cue::Reason => {
                text::has_phrase(&words, &READER_REASON_MARKERS)
                    || since_of_cause_in(&words)
                    || after_an_event(&words)
                    || following_a_cause(&words)
                    || PURPOSE.is_match(sentence)
                    || state_with_cause(&words, asked)
                    || judged_for(&words)
            }
            Cue::Outcome => keyword_hits(sentence, &OUTCOME_WORDS) > 0,
            // What they discussed, or what came of it.
            Cue::Topic => {
                keyword_hits(sentence, &TOPIC_WORDS) > 0
                    || tells_talk_topic(sentence)
                    || keyword_hits(sentence, &OUTCOME_WORDS) > 0
            }
            Cue::Speech => {
                sentence.contains('"')
                    || sentence.contains('“')
                    || keyword_hits(sentence, &SAID_WORDS) > 0
            }
            Cue::Description => keyword_hits(sentence, &DESCRIBED_WORDS) > 0,
            Cue::Attendance => keyword_hits(sentence, &ATTENDANCE_WORDS) > 0,
            Cue::Meeting | Cue::Occasion => tells_meeting(sentence),
            Cue::HeldMeeting => tells_meeting(sentence) && !TO_COME.is_match(sentence),
            Cue::Upcoming => tells_meeting(sentence) && TO_COME.is_match(sentence),
            Cue::Contact => keyword_hits(sentence, &CONTACT_WORDS) > 0,
            Cue::Initiative => keyword_hits(sentence, &INITIATIVE_WORDS) > 0,
            // Who is named is asked of the best sentences only, after scoring (see
            // [`read`]): the analysis of names is the costliest test.
            Cue::Person => true,
            // "The talks were attended by X and Y": attending tells who was there too.
            Cue::Participants => {
                (tells_meeting(sentence) || keyword_hits(sentence, &ATTENDANCE_WORDS) > 0)
                    && names_party(sentence)
            }
            Cue::Countries => {
                let named = countries_named(sentence, |_| false);
                named.iter().collect::<HashSet<_>>().len() >= 2
            }
            Cue::Body => names_body(&words),
            Cue::Plan => PLAN.is_match(sentence),
            Cue::Progress => words.iter().any(|w| READER_PROGRESS_WORDS.has(w)),
            Cue::Obstacle => text::has_phrase(&words, &READER_OBSTACLE_WORDS),
            Cue::Aim => text::has_phrase(&words, &READER_AIM_MARKERS),
            Cue::Response => text::has_phrase(&words, &READER_RESPONSE_MARKERS),
            Cue::NextStop => goes_on_to(sentence, &[]),
            Cue::Country => !countries_named(sentence, |_| false).is_empty(),
            Cue::Condition => words.iter().any(|w| READER_CONDITION_WORDS.has(w)),
            Cue::Denial => denies_meeting(sentence),
        }
    }
}

/// "had never met or spoken to", "did not see him": a negation just before a word of
/// meeting. "See" is of a person only before a name or a pronoun ("I don't see the dollar
/// rising" denies no meeting).
fn denies_meeting(sentence: &str) -> bool {
    let ws = text::words(sentence);
    ws.iter().enumerate().any(|(i, w)| {
        let of_person = || {
            ws.get(i + 1).is_some_and(|n| {
                n.capital || matches!(n.norm.as_str(), "him" | "her" | "them" | "each")
            })
        };
        is_meet_word(&w.norm)
            && (!text::SEE_FORMS.contains(&w.norm.as_str()) || of_person())
            && ws[i.saturating_sub(DENIAL_REACH)..i]
                .iter()
                .any(|n| ANSWER_NEGATIONS.has(&n.norm))
    })
}

/// "Which countries took part?", "What nations sent ministers?", "Which European
/// countries ...?": "which" or "what" and a noun of [`QUESTION_COUNTRY_NOUNS`].
fn asks_countries(words: &[String]) -> bool {
    country_noun_at(words).is_some()
}

/// Where the noun of [`asks_countries`] stands.
pub(crate) fn country_noun_at(words: &[String]) -> Option<usize> {
    asked_noun_at(words, &QUESTION_COUNTRY_NOUNS)
}

/// "Which congressional panel ...?", "What committee ...?": "which" or "what" and a noun
/// of [`QUESTION_BODY_NOUNS`].
fn asks_body(words: &[String]) -> bool {
    asked_noun_at(words, &QUESTION_BODY_NOUNS).is_some()
}

/// Where a noun of `nouns` stands right after "which" or "what", or one word on ("Which
/// European countries", "Which congressional panel").
fn asked_noun_at(words: &[String], nouns: &WordList) -> Option<usize> {
    (0..words.len()).find_map(|i| {
        if !matches!(words[i].as_str(), "which" | "what") {
            return None;
        }
        (i + 1..words.len().min(i + 3)).find(|&k| nouns.has(&words[k]))
    })
}

/// "the House Budget Committee", "its environment committee": a body's head after a word
/// that names it, not a determiner or a word like "same" ("told the committee"), nor
/// before an office ("Port authority chief Rana Brennholt" names her office's body).
fn names_body(words: &[String]) -> bool {
    (1..words.len()).any(|i| {
        let (before, head) = (&words[i - 1], &words[i]);
        READER_BODY_HEADS.has(head)
            && !DETERMINERS.has(before)
            && !POSSESSIVE_DETERMINERS.has(before)
            && !READER_UNNAMING_MODIFIERS.has(before)
            && !words.get(i + 1).is_some_and(|w| PERSON_NOUNS.has(w))
    })
}

/// Words after a state that introduce its cause ("frustrated with the pace", "worried
/// about the cost").
const CAUSE_LINKS: [&str; 4] = ["with", "about", "over", "at"];

/// "Why is Seifert frustrated with the LSE?": a word of the question that is no word of
/// meeting, followed by a word that introduces its cause ("increasingly frustrated with
/// the pace of negotiations") tells why.
fn state_with_cause(words: &[String], asked: &[String]) -> bool {
    let is_asked = |w: &str| asked.iter().any(|a| text::stem(a) == text::stem(w));
    words.windows(2).enumerate().any(|(i, w)| {
        CAUSE_LINKS.contains(&w[1].as_str())
            && !is_meet_word(&w[0])
            && is_asked(&w[0])
            && !repeats_the_question(&words[i + 2..], is_asked)
    })
}

/// Content words after a link of cause that are read: "over European Union beef tariffs".
const CAUSE_WORDS_READ: usize = 4;

/// "a complaint with the WTO over European Union beef tariffs" for "Why did they go to
/// the WTO over the beef tariffs?": the words after the link are mostly the question's
/// own (half or more), so they tell no cause it did not already state.
fn repeats_the_question(after: &[String], is_asked: impl Fn(&str) -> bool) -> bool {
    let content: Vec<&String> = (after.iter())
        .filter(|w| !is_stop(w))
        .take(CAUSE_WORDS_READ)
        .collect();
    let asked = content.iter().filter(|w| is_asked(w)).count();
    !content.is_empty() && asked * 2 >= content.len()
}

/// Words a verb of holding may stand before its "up" ("holding the Baltic pay talks up").
const HOLD_UP_REACH: usize = 6;

/// "What has been holding the pay talks up?": a form of "hold" with "up" a few words on
/// asks what stands in the way ("held up" and "holding up" together are in
/// `question_obstacle_phrases.txt`); not "hold up a sign" with nothing between.
fn holds_up(ws: &[String]) -> bool {
    ws.iter().enumerate().any(|(i, w)| {
        matches!(w.as_str(), "holding" | "held" | "holds" | "hold")
            && (ws[i + 1..].iter().take(HOLD_UP_REACH).skip(1)).any(|v| v == "up")
    })
}

/// Verbs of a question asking how talks ended ("How did the talks end?").
const ENDING_VERBS: [&str; 3] = ["end", "finish", "conclude"];

/// "How far along are the talks?", "How far have the negotiations got?", "What stage
/// are the talks at?", "How did the talks end?", "How did the talks go?": how far talks
/// have got (not "How far is Lima?"), or where they stopped.
fn asks_progress(ws: &[String]) -> bool {
    let how = ws.first().is_some_and(|w| w == "how");
    let how_far = how && ws.get(1).is_some_and(|w| w == "far");
    let how_ended = how
        && ws
            .last()
            .is_some_and(|w| ENDING_VERBS.contains(&w.as_str()));
    how_far || how_ended || text::has_phrase(ws, &["what stage", "which stage"])
}

/// "How did the talks with the union go?", "How are the talks going?": how a meeting
/// went, told as it was described ("inconclusive", "little progress"); a verb of going
/// after the word of meeting (not "How did she go to the talks?"), or "come out of" it.
fn asks_how_went(ws: &[String]) -> bool {
    let meeting = ws.iter().position(|w| is_meet_word(w));
    ws.first().is_some_and(|w| w == "how")
        && meeting.is_some_and(|m| {
            ws[m + 1..]
                .iter()
                .any(|w| GOING_VERBS.contains(&w.as_str()))
                || text::has_phrase(ws, &COMING_OUT)
        })
}

/// Verbs asking how talks went, after their word ("How did the talks go?").
const GOING_VERBS: [&str; 4] = ["go", "going", "went", "gone"];

/// "How did Lund come out of the talks?": how someone left a meeting, told as it is
/// described ("visibly angered").
const COMING_OUT: [&str; 4] = ["come out of", "came out of", "emerge from", "emerged from"];

/// Most words between a verb of judging and the "for" of its reason ("criticised the
/// recent European Community farm ministers' meeting for failing").
const JUDGED_REACH: usize = 10;

/// "criticised the meeting for failing to agree", "praised the envoys for not giving up",
/// "accused him of misleading": a verb of judging, then within [`JUDGED_REACH`] words
/// "for" or "of" and a verb in -ing (after "not" or "never"), the reason judged.
fn judged_for(words: &[String]) -> bool {
    let gerund = |w: &str| w.len() > 5 && w.ends_with("ing");
    (words.iter().enumerate())
        .filter(|(_, w)| READER_JUDGEMENT_VERBS.has(w))
        .any(|(i, _)| {
            let after = &words[i + 1..];
            (after.iter().enumerate().take(JUDGED_REACH)).any(|(k, w)| {
                let rest = &after[k + 1..];
                let next = rest.iter().find(|n| !matches!(n.as_str(), "not" | "never"));
                matches!(w.as_str(), "for" | "of") && next.is_some_and(|n| gerund(n))
            })
        })
}

/// "When will they meet?", "When is X sitting down with Y?", "When are the talks due?",
/// "When do those talks start?": a when-question about something still to come (a
/// future, a present "is ...ing", a present "do"/"does", or a word of plan).
fn asks_time_to_come(ws: &[String]) -> bool {
    // "When and where is he meeting them?": the verb after the question words.
    let at = (ws.iter().skip(1))
        .position(|w| w != "and" && !WH_WORDS.contains(&w.as_str()))
        .map_or(1, |k| k + 1);
    let progressive = ws.len() > at + 1
        && matches!(ws[at].as_str(), "is" | "are")
        && ws[at + 1..]
            .iter()
            .any(|w| w.len() > 4 && w.ends_with("ing") && w != "during");
    let present = ws.len() > at + 1 && matches!(ws[at].as_str(), "do" | "does");
    ws.first().is_some_and(|w| w == "when")
        && (progressive || present || ws.iter().any(|w| QUESTION_PLANNED_WORDS.has(w)))
}

/// True when `sentence` tells an event taking place ("is scheduled to take place", "will
/// be held"), whatever it calls the event.
fn tells_happening(sentence: &str) -> bool {
    text::has_phrase(&text::norm_words(sentence), &READER_HAPPENING_PHRASES)
}

/// True when `sentence` tells a time, a date or one relative to the report ("arrived
/// last night", "is due tomorrow").
pub(crate) fn tells_time(sentence: &str) -> bool {
    let words = text::norm_words(sentence);
    Cue::Time.shown_by(sentence, &[])
        || words.iter().any(|w| DAY_WORDS.has(w))
        || RELATIVE_DAY.is_match(sentence)
}

/// Weight of a day named in a sentence asked for a time, over a month or a period: about
/// one word of the question, so that a day told decides between sentences that hold the
/// question's words alike.
const DAY_WEIGHT: f32 = 1.0;

/// "on May 11", "the May 11-13 meeting", "11 March", "on Monday": a day named, which tells
/// more of when than a month ("in May") or a period ("next month").
fn names_a_day(sentence: &str) -> bool {
    let ws = text::norm_words(sentence);
    let day = |w: &str| (1..=2).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit());
    let month = |w: &str| month_number(w).is_some();
    ws.windows(2)
        .any(|w| month(&w[0]) && day(&w[1]) || day(&w[0]) && month(&w[1]))
        || on_weekday(&ws)
}

/// Weight of a named venue in a sentence asked for a place, over a city or country alone:
/// as [`DAY_WEIGHT`] for a time.
const VENUE_WEIGHT: f32 = 1.0;

/// "at the Granita restaurant", "in the Elysee Palace", "Old Billingsgate Fish Market": a
/// head of a venue right after a capitalised word (a named one; "the ministry said" is
/// none).
pub(crate) fn names_a_venue(sentence: &str) -> bool {
    let ws = text::words(sentence);
    ws.windows(2).any(|w| {
        let head = &w[1].norm;
        w[0].capital
            && !is_stop(&w[0].norm)
            && (VENUE_HEADS.has(head)
                || PLACE_VENUE_NOUNS.has(head)
                || READER_VENUE_WORDS.has(head))
    })
}

/// "on thursday": a weekday after "on", in whatever case (a lower-case wire writes
/// "will meet creditors in london on thursday", which the date finder reads only
/// capitalised).
fn on_weekday(words: &[String]) -> bool {
    words
        .windows(2)
        .any(|w| w[0] == "on" && weekday_named(&w[1]).is_some())
}

/// "not met since the summit", "since they met in June": a "since" of time, not of cause
/// ("since most of them are US-based", "since it is costly").
fn since_of_time(words: &[String]) -> bool {
    (words.iter().enumerate()).any(|(i, w)| w == "since" && !since_of_cause(words, i))
}

/// Words after "after" within which a verb in the past makes it an event that led to
/// what the sentence tells ("after the paper published a recording").
const AFTER_EVENT_REACH: usize = 5;

/// "The talks lasted three hours", "a meeting lasting two days": a word of lasting, not
/// "a lasting solution" (after a determiner it describes a thing).
fn lasted(words: &[String]) -> bool {
    (words.iter().enumerate())
        .any(|(i, w)| READER_DURATION_WORDS.has(w) && !(i > 0 && DETERMINERS.has(&words[i - 1])))
}

/// "dismissed him after the paper published the call", "resigned after he was accused":
/// "after" opening a clause with a verb in the past tells why, as news writes causes; not
/// "after the summit", a time.
fn after_an_event(words: &[String]) -> bool {
    (words.iter().enumerate()).any(|(i, w)| {
        w == "after"
            && words[i + 1..]
                .iter()
                .take(AFTER_EVENT_REACH)
                .any(|v| v.len() > 4 && v.ends_with("ed") || v == "was" || v == "were")
    })
}

/// Nouns of time after "following" that make it a time, no cause ("the following day",
/// "following months of talks").
const FOLLOWING_TIMES: [&str; 9] = [
    "day", "days", "week", "weeks", "month", "months", "year", "years", "morning",
];

/// "changed his mind following intervention from allies", "was delayed following protests
/// by farmers": "following" with no determiner before it and no time after it tells why,
/// as news writes causes; not "the following day".
fn following_a_cause(words: &[String]) -> bool {
    (words.iter().enumerate()).any(|(i, w)| {
        w == "following"
            && !(i > 0 && (DETERMINERS.has(&words[i - 1]) || words[i - 1] == "a"))
            && words
                .get(i + 1)
                .is_some_and(|n| !FOLLOWING_TIMES.contains(&n.as_str()) && !NUMBER_WORDS.has(n))
    })
}

/// Units of time a frequency counts by ("every month", "twice a week").
const FREQUENCY_UNITS: [&str; 5] = ["day", "week", "month", "year", "fortnight"];

/// "in almost daily telephone contact", "they meet every month", "twice a week": a word
/// of how often (`reader_frequency_words.txt`), not a paper's ("the daily newspaper",
/// `reader_periodical_nouns.txt`), or "every", "once a", "twice a", "N times a" before a
/// unit of time.
fn tells_frequency(words: &[String]) -> bool {
    let unit = |k: usize| {
        words
            .get(k)
            .is_some_and(|u| FREQUENCY_UNITS.contains(&u.trim_end_matches('s')))
    };
    words.iter().enumerate().any(|(i, w)| {
        let periodical = words
            .get(i + 1)
            .is_some_and(|n| READER_PERIODICAL_NOUNS.has(n));
        READER_FREQUENCY_WORDS.has(w) && !periodical
            || w == "every" && unit(i + 1)
            || matches!(w.as_str(), "once" | "twice" | "times")
                && words.get(i + 1).is_some_and(|a| a == "a" || a == "per")
                && unit(i + 2)
    })
}

/// "since it is costly": a "since" of cause, which tells why.
fn since_of_cause_in(words: &[String]) -> bool {
    (words.iter().enumerate()).any(|(i, w)| w == "since" && since_of_cause(words, i))
}

/// True when the "since" at `i` opens a cause: a quantifier or a subject with a verb in the
/// present after it (`reader_causal_since.txt`).
fn since_of_cause(words: &[String], i: usize) -> bool {
    let next: Vec<&str> = words[i + 1..].iter().take(2).map(String::as_str).collect();
    let after = format!(" {} ", next.join(" "));
    READER_CAUSAL_SINCE
        .iter()
        .any(|p| after.starts_with(&format!(" {p} ")))
}

/// "met yesterday with the governor": a day before the report's, the time of what was
/// done; not "said yesterday", the time of the telling.
fn done_yesterday(words: &[String]) -> bool {
    done_on_day(words, |w| w == "yesterday")
}

/// "will meet Volcker here tomorrow", "talks tonight": a day named from the report's
/// (`day_words.txt`), the time of what is done; not "said today", the time of the telling.
fn done_near_day(words: &[String]) -> bool {
    done_on_day(words, |w| DAY_WORDS.has(w))
}

/// A word `day` accepts that no verb of saying stands right before.
fn done_on_day(words: &[String], day: impl Fn(&str) -> bool) -> bool {
    (words.iter().enumerate()).any(|(i, w)| day(w) && !(i > 0 && SAY_VERBS.has(&words[i - 1])))
}

/// True when `sentence` names a day, month or year (not only a span: "18 months ago").
pub(crate) fn tells_date(sentence: &str) -> bool {
    !find_dates(sentence, None).is_empty()
}

/// The first `limit` of `found` (best first) that name someone, for a who-question that
/// names nobody; the rest are not analysed.
fn naming_someone(found: Vec<Quoted>, limit: usize) -> Vec<Quoted> {
    let mut kept = Vec::new();
    for q in found {
        if kept.len() >= limit {
            break;
        }
        if names_person(&q.sentence) {
            kept.push(q);
        }
    }
    kept
}

/// True when `sentence` names someone or a body: a person's name, a capitalised word past
/// its first ("officials and the British Board of Film Classification"), or a group met
/// ([`met_a_role`]).
fn names_party(sentence: &str) -> bool {
    let calendar = |w: &str| month_number(w).is_some() || weekday_named(w).is_some();
    let later_capital = text::words(sentence)
        .iter()
        .skip(1)
        .any(|w| w.capital && !is_stop(&w.norm) && !calendar(&w.norm));
    later_capital || names_person(sentence) || met_a_role(sentence)
}

/// Words after "see" that open a clause: what is seen is no one ("to see how much",
/// "saw that the vote was lost").
const SEE_CLAUSE: [&str; 9] = [
    "how", "what", "whether", "if", "why", "where", "when", "that", "which",
];

/// True when `sentence` holds a word of meeting ("met", "talks", "discussions", "a
/// visit"); "hold" and "held" not in another sense ("rates will hold steady", "held up
/// the deal").
pub(crate) fn tells_meeting(sentence: &str) -> bool {
    let words = text::norm_words(sentence);
    words.iter().enumerate().any(|(i, w)| {
        if READER_HOLD_VERBS.has(w) {
            return !words
                .get(i + 1)
                .is_some_and(|n| READER_HOLD_NOT_MEETING.has(n));
        }
        // "we have to meet the deadline", "met expectations": "meet" in another sense.
        if matches!(w.as_str(), "meet" | "meets" | "met") {
            return !meet_in_other_sense(&words[i + 1..].join(" "));
        }
        // "checking to see how much support he has": "see" of a clause, no one seen.
        if text::SEE_FORMS.contains(&w.as_str())
            && words
                .get(i + 1)
                .is_some_and(|n| SEE_CLAUSE.contains(&n.as_str()))
        {
            return false;
        }
        is_meet_word(w) || TRIGGER_NOUNS.has(w) || NEGOTIATION_NOUNS.has(w)
    })
}

fn owned(list: &[&str]) -> Vec<String> {
    list.iter().map(|w| w.to_string()).collect()
}

/// The stem lists of the marks, as the stem matcher takes them (built once).
static OUTCOME_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| owned(&READER_OUTCOME_WORDS));

/// True for a word the mark of an outcome holds ("decided", "agreement", "signed"): in a
/// question of what was agreed it asks for that mark, no word the answer must repeat.
pub(crate) fn is_outcome_word(w: &str) -> bool {
    keyword_hits(w, &OUTCOME_WORDS) > 0
}

/// True for a word of a phrase asking or telling what someone wants ("push" of "push
/// for"): in a question of an aim it asks for that mark, no word the answer must repeat.
pub(crate) fn is_aim_word(w: &str) -> bool {
    let first = |p: &&str| p.split(' ').next() == Some(w);
    QUESTION_AIM_PHRASES.iter().any(first) || READER_AIM_MARKERS.iter().any(first)
}

/// True for a word of a question asking a response ("respond"): it asks for the mark of
/// one, no word the answer must repeat.
pub(crate) fn is_response_word(w: &str) -> bool {
    QUESTION_RESPONSE_WORDS.has(w)
}
static TOPIC_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| owned(&READER_TOPIC_WORDS));
static SAID_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| owned(&PASSAGE_SAID));
static DESCRIBED_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| owned(&PASSAGE_DESCRIBED));
static ATTENDANCE_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| owned(&READER_ATTENDANCE_WORDS));
static CONTACT_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| owned(&READER_CONTACT_WORDS));
static INITIATIVE_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| owned(&READER_INITIATIVE_WORDS));

/// A city, region or venue the gazetteer knows, or a country said as a place ("in
/// Laos", not "Turkey's bid"); demonyms and organisations are not places.
/// Words that tell speaking to a gathering ("told the annual conference").
const TOLD: [&str; 5] = ["told", "tells", "telling", "addressed", "addressing"];

/// Most words from the determiner to the head of the gathering ("the annual conference":
/// two; "a closed session of the": the second determiner ends the search).
const GATHERING_REACH: usize = 4;

/// True when the folded `words` tell speaking to a gathering, the answer to where
/// something was said that names no place ("Guillaume told the annual conference of the
/// farm union", "told the Commons"; not "told reporters the meeting had gone well").
fn told_gathering(words: &[String]) -> bool {
    (words.iter().enumerate()).any(|(i, w)| {
        TOLD.contains(&w.as_str())
            && (words.get(i + 1)).is_some_and(|d| DETERMINERS.has(d))
            && (words[i + 2..].iter())
                .take(GATHERING_REACH)
                .take_while(|w| !DETERMINERS.has(w))
                .any(|w| READER_AUDIENCE_HEADS.has(w))
    })
}

fn has_place(sentence: &str) -> bool {
    unlisted_place(sentence)
        || destination(sentence)
        || lower_case_place(sentence)
        || gazetteer().find(sentence).iter().any(|m| match m.kind {
            GazKind::City | GazKind::Region => !government_met(&sentence[..m.start]),
            GazKind::Venue => true,
            GazKind::Country => after_place_preposition(&sentence[..m.start]),
            GazKind::Organisation => at_a_body(&sentence[..m.start]),
            _ => false,
        })
}

/// True when `before` ends with "with": a capital after it is the government met or
/// dealt with ("talks with Ankara", "relations with Moscow"), not where anything was.
fn government_met(before: &str) -> bool {
    before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.eq_ignore_ascii_case("with"))
}

/// True when `before` ends with "at" or "at the": a body after it is where something
/// happened ("the deal, struck at the European Council", "agreed at the G7"), not one
/// met ("talks with the IMF") or spoken of.
fn at_a_body(before: &str) -> bool {
    let mut words = before.split_whitespace().rev().map(str::to_lowercase);
    let mut last = match words.next() {
        Some(w) if w == "the" => words.next(),
        w => w,
    };
    // "met at the offices of the IMF": a building of the body is where they met.
    if last.as_deref() == Some("of") {
        let head = words.next().unwrap_or_default();
        let one = head.strip_suffix('s').unwrap_or(&head);
        if !(VENUE_HEADS.has(&head) || VENUE_HEADS.has(one)) {
            return false;
        }
        last = match words.next() {
            Some(w) if w == "the" || w == "its" => words.next(),
            w => w,
        };
    }
    last.is_some_and(|w| w == "at")
}

/// True when `before` ends with a preposition of place ("met in"), or with one and a
/// region's word ("talks in central", "a summit in northern"): a country after it is
/// where something happened.
fn after_place_preposition(before: &str) -> bool {
    let mut words = before.split_whitespace().rev().map(str::to_lowercase);
    match words.next() {
        Some(w) if REGION_ADJECTIVES.has(&w) => words.next(),
        w => w,
    }
    .is_some_and(|w| PLACE_PREPOSITIONS.has(&w))
}

/// A town or venue, listed or after a preposition of place: a continent or a country
/// alone ("Asia should engage") tells no meeting's place; a city-state, a country whose
/// capital has its name ("resume talks in Luxembourg"), is a town.
pub(super) fn names_a_town(sentence: &str) -> bool {
    let g = gazetteer();
    unlisted_place(sentence)
        || g.find(sentence).iter().any(|m| match m.kind {
            GazKind::City | GazKind::Venue => true,
            GazKind::Country => g.city(&sentence[m.start..m.end]).is_some(),
            _ => false,
        })
}

/// "at the conference in Gateshead": a capitalised word right after a preposition of
/// place that is no month, weekday, demonym or language, a town the gazetteer may not list.
fn unlisted_place(sentence: &str) -> bool {
    PLACE_AFTER_PREPOSITION.captures_iter(sentence).any(|c| {
        let w = &c[1];
        let lower = w.to_lowercase();
        !is_owner(w)
            && month_number(&lower).is_none()
            && weekday_named(&lower).is_none()
            && !gazetteer()
                .find(w)
                .iter()
                .any(|m| !matches!(m.kind, GazKind::City | GazKind::Region | GazKind::Venue))
            && !NOT_PLACES_AFTER_IN.has(&lower)
    })
}

/// A run of capitalised words, captured: a place named after a word of travel ("to
/// Buenos Aires"), matched in its case even inside a case-blind pattern.
const CAPITALISED_RUN: &str = r"(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)";

/// Most words between a word of travel and the "to"/"for" of its destination ("leaves
/// today for Ottawa", "will this week visit").
const TRIP_GAP: usize = 2;

/// A sentence telling a trip to a city or country not among `origins`: a word of setting
/// off or travel, then (a word or two on) "to"/"for" and the place, or "visit" and it.
pub(crate) fn goes_on_to(sentence: &str, origins: &[String]) -> bool {
    static TRIP: LazyLock<Regex> = LazyLock::new(|| {
        let verbs: Vec<&str> = (READER_DEPARTURE_WORDS.iter())
            .chain(READER_TRAVEL_VERBS.iter())
            .copied()
            .collect();
        Regex::new(&format!(
            r"(?i:\b(?:{})\b(?:\s+[\p{{L}}]+){{0,{TRIP_GAP}}}?\s+(?:(?:to|for)\s+)?(?:the\s+)?){CAPITALISED_RUN}",
            verbs.join("|")
        ))
        .expect("trip regex from word lists")
    });
    TRIP.captures_iter(sentence).any(|c| {
        let place = &c[1];
        // "flew in from Tokyo": where the trip began, no destination.
        let lead = &sentence[c.get(0).map_or(0, |m| m.start())..c.get(1).map_or(0, |m| m.start())];
        if text::norm_words(lead).iter().any(|w| w == "from") {
            return false;
        }
        let origin = origins
            .iter()
            .any(|o| text::fold(place).contains(&text::fold(o)));
        !origin
            && gazetteer().find(place).first().is_some_and(|m| {
                m.start == 0 && matches!(m.kind, GazKind::City | GazKind::Country | GazKind::Region)
            })
    })
}

/// "will visit Carlisle", "is travelling to America", "headed for Lima": capitalised
/// words after a word of travel (and "to" or "for") that hold no person's title
/// ("visiting Agriculture Secretary Lyng") and are no month, weekday, owner or people,
/// and that the gazetteer, if it knows them, calls a place.
fn destination(sentence: &str) -> bool {
    static AFTER_TRAVEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i:\b(?:{})\s+(?:to\s+|for\s+)?(?:the\s+)?){CAPITALISED_RUN}",
            READER_TRAVEL_VERBS.join("|")
        ))
        .expect("travel regex from a word list")
    });
    AFTER_TRAVEL.captures_iter(sentence).any(|c| {
        let w = &c[1];
        let lower = w.to_lowercase();
        !is_owner(w)
            && !text::norm_words(w).iter().any(|n| PERSON_NOUNS.has(n))
            && month_number(&lower).is_none()
            && weekday_named(&lower).is_none()
            && !NOT_PLACES_AFTER_IN.has(&lower)
            && gazetteer().find(w).iter().all(|m| {
                matches!(
                    m.kind,
                    GazKind::City | GazKind::Region | GazKind::Venue | GazKind::Country
                )
            })
    })
}

/// True when a capitalised word is an owner ("at Labour's spring conference"): what
/// follows it is the place, if any, not the word.
fn is_owner(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// "in Gateshead", "at the Hague", "near Morpeth": the capitalised word after "in", "at",
/// "near" or "outside" (a "the" between allowed).
/// Capitals a sentence of a lower-case wire may have (its first letter, an "I").
const LOWER_CASE_WIRE_CAPITALS: usize = 1;

/// "will meet with bank creditors in new york on monday": in a sentence typed in lower
/// case, one or two words after a preposition of place that the gazetteer names, once
/// capitalised. A sentence with capitals has its places found by them.
fn lower_case_place(sentence: &str) -> bool {
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:in|at|near|outside)\s+(?:the\s+)?(\p{Ll}+)(?:\s+(\p{Ll}+))?")
            .expect("valid regex")
    });
    let capitals = sentence.chars().filter(|c| c.is_uppercase()).count();
    if capitals > LOWER_CASE_WIRE_CAPITALS {
        return false;
    }
    AFTER.captures_iter(sentence).any(|c| {
        let one = text::capitalised(&c[1]);
        let two = c
            .get(2)
            .map(|w| format!("{one} {}", text::capitalised(w.as_str())));
        two.iter().chain([&one]).any(|p| is_gazetteer_place(p))
    })
}

static PLACE_AFTER_PREPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    // "in the port city of Vallemora", "near the town of Ostra": the name after the noun.
    Regex::new(
        r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:\p{Ll}+\s+)?(?:city|town|village|port)\s+of\s+)?(\p{Lu}[\p{L}'’-]+)",
    )
    .expect("valid regex")
});

/// What the reader looks for in a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Ask {
    /// Name forms (folded) of each person the question is about.
    pub(crate) people: Vec<Vec<String>>,
    /// A sentence must name one of them (or point to them); otherwise naming them only
    /// counts in its favour (in a meeting's own articles, "The talks lasted two hours" is
    /// about them).
    pub(crate) people_required: bool,
    /// Every one of them must be named in the sentence, or named around it when the
    /// sentence points to them ("the two"): a passage about a pair names the pair.
    pub(crate) all_people: bool,
    /// Proper names (folded) that must be in the sentence or around it.
    pub(crate) proper: Vec<String>,
    /// The question's other content words (folded; matched by stem).
    pub(crate) words: Vec<String>,
    /// How many of them a sentence must hold.
    pub(crate) min_words: usize,
    /// The mark of the question's kind.
    pub(crate) cue: Cue,
    /// Sentences not to quote (already told by the answer).
    pub(crate) skip: Vec<String>,
    /// Paragraphs that report the meeting asked about: (article, paragraph).
    pub(crate) evidence: Vec<(String, usize)>,
    /// The verb a who-question asks about ("chaired"): when some sentence holds a form of
    /// it, only those answer, however many of the other words the rest hold.
    pub(crate) verb: Option<String>,
    /// True when the paragraphs are the report the conversation is on: a sentence there
    /// that names what a which-question asks for (two countries) answers it without the
    /// question's other words.
    pub(crate) in_report: bool,
    /// The question speaks of a meeting ("When are the creditors meeting?"): of the
    /// sentences with the time asked, those telling a meeting answer when any does
    /// ([`meetings_first`]).
    pub(crate) meeting_asked: bool,
    /// The time the question asks about ("in October 1987"): a report published then, or
    /// in the month after, tells of it more likely than one of another time.
    pub(crate) period: Option<FuzzyDate>,
}

/// The best sentences of `paragraphs` for `ask`, best first, at most `limit`, weighing at
/// most `max_scored` sentences (`answer.max_scored_sentences`): the rest is not read.
pub(crate) fn read(paragraphs: &[Hit], ask: &Ask, limit: usize, max_scored: usize) -> Vec<Quoted> {
    let found = read_marked(paragraphs, ask, limit, max_scored);
    // "What's holding up the merger?" may be told in words of no obstacle ("regulators
    // want more time"): with no sentence of obstacle, the question's words decide.
    if found.is_empty() && ask.cue == Cue::Obstacle {
        let plain = Ask {
            cue: Cue::Words,
            ..ask.clone()
        };
        return read_marked(paragraphs, &plain, limit, max_scored);
    }
    found
}

/// [`read`] with the mark of the ask's kind.
fn read_marked(paragraphs: &[Hit], ask: &Ask, limit: usize, max_scored: usize) -> Vec<Quoted> {
    tracing::trace!(?ask, paragraphs = paragraphs.len(), "reading");
    let best_bm25 = paragraphs
        .iter()
        .map(|h| h.score)
        .fold(0.0_f32, f32::max)
        .max(1e-3);
    let mut found: Vec<Quoted> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut budget = max_scored;
    let mut coverage = Coverage::new(paragraphs, ask);
    let required = Required::of(ask);
    // Who "the two" are may be said in the paragraph before: the first of each place.
    let mut by_place: HashMap<(&str, usize), &str> = HashMap::new();
    // The acronyms each article defines ("the Nordic Fisheries Council (NFC)").
    let mut acronyms: HashMap<&str, Vec<(String, String)>> = HashMap::new();
    for p in paragraphs {
        by_place
            .entry((p.article.as_str(), p.paragraph))
            .or_insert(p.text.as_str());
        let defs = acronym::defined(&p.text);
        if !defs.is_empty() {
            acronyms.entry(p.article.as_str()).or_default().extend(defs);
        }
    }
    for hit in paragraphs {
        if budget == 0 {
            break;
        }
        let before = hit
            .paragraph
            .checked_sub(1)
            .and_then(|p| by_place.get(&(hit.article.as_str(), p)).copied())
            .unwrap_or("");
        let dateline = hit.dateline.as_deref().unwrap_or("");
        // The report's lede names what it is about ("May Department Stores Co said ..."
        // before "Also at the annual meeting, shareholders voted ..."): for the names of
        // things asked, not people (whose given names a lede may share).
        let lede = (hit.paragraph > LEDE + 1 && !ask.proper.is_empty())
            .then(|| by_place.get(&(hit.article.as_str(), LEDE)).copied())
            .flatten()
            .unwrap_or("");
        let context = format!("{} {dateline} {lede} {before} {}", hit.title, hit.text);
        let sentences = split_ranges(&hit.text);
        if !acronyms.contains_key(hit.article.as_str()) && required.lacked_by(&context) {
            // No sentence of it could be weighed: spent as if each had been.
            budget = budget.saturating_sub(sentences.len());
            continue;
        }
        let around = lazy_phrase_test(&context);
        let period = period_weight(hit, ask);
        // "A meeting here" under "MIAMI, March 23 -": the place is the dateline's.
        let here_city = matches!(ask.cue, Cue::Place | Cue::SpeechPlace)
            .then(|| here::dateline_city(dateline))
            .flatten();
        for (start, end) in sentences {
            if budget == 0 {
                break;
            }
            budget -= 1;
            let sentence = hit.text[start..end].trim();
            if ask.skip.iter().any(|s| s == sentence) || seen.contains(sentence) {
                continue;
            }
            let spelt = (acronyms.get(hit.article.as_str()))
                .and_then(|defs| acronym::spelt_out(sentence, defs));
            let here = (here_city.as_deref())
                .and_then(|city| here::placed_in(sentence, city))
                .filter(|_| !has_place(sentence));
            let read = here.as_deref().or(spelt.as_deref()).unwrap_or(sentence);
            let Some(score) = score(read, &around, ask) else {
                continue;
            };
            seen.insert(sentence.to_string());
            let covered = coverage.of(&hit.article);
            let score = score
                + hit.score / best_bm25
                + place_weight(hit, ask)
                + period
                + ARTICLE_WEIGHT * covered;
            found.push(Quoted {
                score,
                sentence: here.unwrap_or_else(|| sentence.to_string()),
                source: source(hit),
            });
        }
    }
    // "Who did Kite ask?": a sentence without the verb, however many words of topic it
    // holds, tells of something else; unless none has it (it may be said otherwise).
    if let Some(v) = &ask.verb
        && found.iter().any(|q| has_verb(&q.sentence, v))
    {
        found.retain(|q| has_verb(&q.sentence, v));
    }
    meetings_first(&mut found, ask);
    found.sort_by(|a, b| b.score.total_cmp(&a.score));
    if ask.cue == Cue::Person {
        found = naming_someone(found, limit);
    }
    if let Some(top) = found.first().map(|q| q.score) {
        found.retain(|q| q.score >= top - NEAR_BEST);
    }
    found.truncate(limit);
    tracing::trace!(found = ?found.iter().map(|q| (&q.sentence, q.score)).collect::<Vec<_>>(), "read");
    let found = with_antecedents(found, paragraphs);
    match ask.cue {
        c if c.is_time() => sequel::with_dated_sequel(found, paragraphs, limit.max(2)),
        Cue::Words | Cue::Person | Cue::Participants | Cue::Body | Cue::Countries => {
            sequel::with_members(found, paragraphs, limit.max(2))
        }
        _ => found,
    }
}

/// The first sentence of `paragraphs`, in order, for which `test` says something, with
/// what it says and the sentence as a quote.
pub(crate) fn first_sentence<T>(
    paragraphs: &[Hit],
    test: impl Fn(&str) -> Option<T>,
) -> Option<(T, Quoted)> {
    for hit in paragraphs {
        for (start, end) in split_ranges(&hit.text) {
            let sentence = hit.text[start..end].trim();
            if let Some(t) = test(sentence) {
                let quoted = Quoted {
                    score: 0.0,
                    sentence: sentence.to_string(),
                    source: source(hit),
                };
                return Some((t, quoted));
            }
        }
    }
    None
}

/// "Abe made the recommendation at a meeting with Nakasone": "the", "this" or "that"
/// before a noun that points back, and the word after it, if any.
static BACKREF: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = READER_BACKREF_NOUNS.join("|");
    Regex::new(&format!(
        r"(?i)\b(?:the|this|that)\s+(?:\w+['’]s\s+)?(?:{nouns})\b(?:\s+(\w+))?"
    ))
    .expect("back-reference regex from a word list")
});

/// Words after such a noun that say what it is ("the offer of talks", "the request to
/// meet"): then it points nowhere.
const SPECIFIERS: [&str; 9] = [
    "to", "of", "for", "that", "on", "from", "by", "which", "about",
];

/// True when `sentence` refers to something told just before it ("made the
/// recommendation at a meeting").
fn points_back(sentence: &str) -> bool {
    CONTINUES_STATEMENT.is_match(sentence)
        || BACKREF.captures_iter(sentence).any(|c| {
            !c.get(1)
                .is_some_and(|w| SPECIFIERS.contains(&w.as_str().to_lowercase().as_str()))
        })
}

/// `found` with, before each sentence that points back, the sentence before it (in its
/// paragraph, or the last of the paragraph before), unless already quoted.
fn with_antecedents(found: Vec<Quoted>, paragraphs: &[Hit]) -> Vec<Quoted> {
    let quoted: HashSet<String> = found.iter().map(|q| q.sentence.clone()).collect();
    let mut out: Vec<Quoted> = Vec::with_capacity(found.len());
    for q in found {
        if points_back(&q.sentence)
            && let Some(prev) = sentence_before(&q, paragraphs)
            && !quoted.contains(&prev.sentence)
            && !out.iter().any(|o| o.sentence == prev.sentence)
        {
            out.push(prev);
        }
        out.push(q);
    }
    out
}

/// The sentence before quoted sentence `q` among `paragraphs`, with its source.
fn sentence_before(q: &Quoted, paragraphs: &[Hit]) -> Option<Quoted> {
    sentence_beside(q, paragraphs, -1)
}

/// The sentence right before (`step` -1) or after (`step` 1) quoted sentence `q` among
/// `paragraphs`, in its paragraph or the one beside it, with its source.
pub(super) fn sentence_beside(q: &Quoted, paragraphs: &[Hit], step: isize) -> Option<Quoted> {
    let at = |p: usize| {
        paragraphs
            .iter()
            .find(|h| h.article == q.source.article && h.paragraph == p)
    };
    let hit = at(q.source.paragraph)?;
    let ranges = split_ranges(&hit.text);
    let i = ranges
        .iter()
        .position(|&(s, e)| hit.text[s..e].trim() == q.sentence)?;
    let (from, (s, e)) = match i.checked_add_signed(step) {
        Some(j) if j < ranges.len() => (hit, ranges[j]),
        _ => {
            let other = at(q.source.paragraph.checked_add_signed(step)?)?;
            let ranges = split_ranges(&other.text);
            let r = if step < 0 {
                ranges.last()
            } else {
                ranges.first()
            };
            (other, *r?)
        }
    };
    Some(Quoted {
        score: q.score,
        sentence: from.text[s..e].trim().to_string(),
        source: source(from),
    })
}

/// Where a paragraph's sentence comes from.
pub(crate) fn source(hit: &Hit) -> Source {
    Source {
        article: hit.article.clone(),
        title: hit.title.clone(),
        url: hit.url.clone(),
        paragraph: hit.paragraph,
    }
}

/// The share of the question's people, proper names and words that an article's found
/// paragraphs and title hold, measured for an article only when one of its sentences is a
/// candidate (most are not), once.
struct Coverage<'a> {
    paragraphs: &'a [Hit],
    ask: &'a Ask,
    /// Nothing to measure: one article alone (a meeting's own, the conversation's) has
    /// the same share for every sentence, and many articles read whole are a meeting's
    /// own, each about the people already. What a search found is measured.
    off: bool,
    known: HashMap<&'a str, f32>,
}

impl<'a> Coverage<'a> {
    fn new(paragraphs: &'a [Hit], ask: &'a Ask) -> Coverage<'a> {
        let first = paragraphs.first().map(|h| h.article.as_str());
        let off = ask.people.len() + ask.proper.len() + ask.words.len() == 0
            || paragraphs.len() > COVERAGE_MAX_PARAGRAPHS
            || paragraphs.iter().all(|h| Some(h.article.as_str()) == first);
        Coverage {
            paragraphs,
            ask,
            off,
            known: HashMap::new(),
        }
    }

    /// The share for `article` (0 when not measured).
    fn of(&mut self, article: &'a str) -> f32 {
        if self.off {
            return 0.0;
        }
        if let Some(c) = self.known.get(article) {
            return *c;
        }
        let mut t = String::new();
        for h in self.paragraphs.iter().filter(|h| h.article == article) {
            if t.is_empty() {
                t.push_str(&h.title);
            }
            t.push(' ');
            t.push_str(&h.text);
        }
        let ask = self.ask;
        let has = phrase_test(&t);
        let people = ask
            .people
            .iter()
            .filter(|forms| forms.iter().any(|f| has(f)))
            .count();
        let proper = ask.proper.iter().filter(|p| has(p)).count();
        let words = keyword_hits(&t, &ask.words);
        let total = ask.people.len() + ask.proper.len() + ask.words.len();
        let c = (people + proper + words) as f32 / total as f32;
        self.known.insert(article, c);
        c
    }
}

/// The weight of where a paragraph stands: one that reports the meeting, one next to it.
fn place_weight(hit: &Hit, ask: &Ask) -> f32 {
    let near = |d: usize| {
        ask.evidence
            .iter()
            .any(|(a, p)| *a == hit.article && p.abs_diff(hit.paragraph) == d)
    };
    if near(0) {
        EVIDENCE_WEIGHT
    } else if near(1) {
        NEIGHBOUR_WEIGHT
    } else {
        0.0
    }
}

/// Weight of a sentence of a report published in the time the question asks about, or in
/// the month after: about one word of the question ("in October 1987" is told by October's
/// reports, not by March's of the same people).
const PERIOD_WEIGHT: f32 = 1.0;

/// [`PERIOD_WEIGHT`] when `hit`'s report was published in the asked period or the month
/// after it; nothing for an undated report or a question with no year.
fn period_weight(hit: &Hit, ask: &Ask) -> f32 {
    let (Some(p), Some(d)) = (ask.period, hit.published) else {
        return 0.0;
    };
    let month_of = |d: jiff::civil::Date| FuzzyDate::month(d.year(), d.month());
    let month_before = d.checked_sub(jiff::Span::new().months(1)).ok();
    let fits =
        p.compatible(&month_of(d)) || month_before.is_some_and(|b| p.compatible(&month_of(b)));
    if p.year.is_some() && fits {
        PERIOD_WEIGHT
    } else {
        0.0
    }
}

/// How well one sentence answers; `None` when it can't (no person of the question, a
/// proper name missing, no word of the question, or without the mark of its kind).
/// `around` tests a phrase in the text around the sentence (its paragraph, the one before,
/// the title). The cheap tests come first; the mark of the kind is looked for last.
pub(crate) fn score(sentence: &str, around: &dyn Fn(&str) -> bool, ask: &Ask) -> Option<f32> {
    let in_sentence = phrase_test(sentence);
    if !ask.proper.iter().all(|p| in_sentence(p) || around(p)) {
        return None;
    }
    let named = ask
        .people
        .iter()
        .filter(|forms| forms.iter().any(|f| in_sentence(f)))
        .count();
    if ask.all_people && named < ask.people.len() {
        let pointed = points_to_parties(sentence, named, ask.people.len())
            && ask
                .people
                .iter()
                .all(|forms| forms.iter().any(|f| in_sentence(f) || around(f)));
        if !pointed {
            return None;
        }
    }
    let people = if ask.people.is_empty() {
        0.0
    } else if named > 0 && !ask.people_required {
        // In a meeting's own articles every sentence is about them: a name is only a
        // pointer, the mark of the kind decides.
        POINTER_WEIGHT
    } else if named > 0 {
        NAME_WEIGHT + (named - 1) as f32 * MORE_NAMES_WEIGHT
    } else if points_to_parties(sentence, 0, ask.people.len())
        && ask
            .people
            .iter()
            .any(|forms| forms.iter().any(|f| around(f)))
    {
        POINTER_WEIGHT
    } else if ask.people_required {
        return None;
    } else {
        0.0
    };
    let mut words = keyword_hits(sentence, &ask.words);
    // "What's holding up an agreement?" is told by "the main sticking points in the
    // talks", which need not repeat what is held up.
    // So is "And if he gets nowhere?" by "if the talks fail, he will ...".
    let marked =
        matches!(ask.cue, Cue::Obstacle | Cue::Condition) && ask.cue.shown_by(sentence, &[]);
    if words < ask.min_words && !marked {
        return None;
    }
    // "Speaking last night at the congress, he said ...": the statement the paragraph
    // before told, now placed and timed; its words are this sentence's.
    if named == 0 && ask.cue.is_time() && CONTINUES_STATEMENT.is_match(sentence) {
        words = words.max(ask.words.iter().filter(|w| around(w)).count());
    }
    // "The company's move came after its offer was rejected": why the act told just
    // before was done; that sentence's words are this one's.
    if named == 0 && ask.cue == Cue::Reason && points_back(sentence) {
        words = words.max(ask.words.iter().filter(|w| around(w)).count());
    }
    let proper = ask.proper.iter().filter(|p| in_sentence(p)).count();
    // With no kind to mark it, a sentence must hold something of the question itself: one
    // of its words when it has any, else a name or a place it asks about.
    // The verb a who-question asks about is of the question itself too.
    let verb = ask.verb.as_ref().is_some_and(|v| has_verb(sentence, v));
    if needs_question_word(ask)
        && words == 0
        && !verb
        && !meeting_for_meeting(sentence, ask, named)
        && (!ask.words.is_empty() || named + proper == 0)
    {
        return None;
    }
    // A sentence telling who met need not repeat what the meeting was about; its
    // paragraph or title must.
    // A follow-up asking no words ("Who else was at that meeting?") has nothing to repeat.
    if ask.cue == Cue::Participants
        && !ask.words.is_empty()
        && words == 0
        && !ask.words.iter().any(|w| around(w))
    {
        return None;
    }
    // "How long will the committee spend in Scotland?": the place asked about beside a
    // length of time ("a two-day mission to Scotland") marks it as the one asked.
    let asked = if ask.cue == Cue::Duration {
        Cow::Owned([&ask.words[..], &ask.proper[..]].concat())
    } else {
        Cow::Borrowed(&ask.words[..])
    };
    if !ask.cue.shown_by(sentence, &asked) {
        return None;
    }
    let cue = match ask.cue {
        Cue::Words => 0.0,
        Cue::Meeting | Cue::HeldMeeting if names_counterpart(sentence, ask) => {
            CUE_WEIGHT + COUNTERPART_WEIGHT
        }
        Cue::Reason if PURPOSE.is_match(sentence) => CUE_WEIGHT + PURPOSE_WEIGHT,
        // What someone will say is no mark of what was said: only the words count.
        Cue::Speech if speech_to_come(&text::norm_words(sentence)) => 0.0,
        Cue::Speech if speaks(sentence, ask) => CUE_WEIGHT + SPEAKER_WEIGHT,
        _ => CUE_WEIGHT,
    };
    // "When is the OECD meeting?": "the May 11-13 ministerial meeting" tells more than "in
    // May".
    let day = if ask.cue.is_time() && names_a_day(sentence) {
        DAY_WEIGHT
    } else {
        0.0
    };
    // "Where did they meet?": "at the Granita restaurant in Islington" tells more than "in
    // London".
    let venue = if matches!(ask.cue, Cue::Place | Cue::RecallPlace) && names_a_venue(sentence) {
        VENUE_WEIGHT
    } else {
        0.0
    };
    Some(people + words as f32 * WORD_WEIGHT + proper as f32 + cue + day + venue)
}

/// "When are the creditors meeting?" is not told by the day they offered a freeze,
/// however many of the question's words that sentence holds, when a sentence tells a
/// meeting (or an event taking place) and shares a name or a word with the question ("The
/// Paris Club of 19 creditors meets on 12 January"): those are kept. One sharing nothing
/// but a pointer ("One of them holds its annual meeting") may tell someone else's.
fn meetings_first(found: &mut Vec<Quoted>, ask: &Ask) {
    if !(ask.meeting_asked && ask.cue.is_time()) {
        return;
    }
    let tells_theirs = |q: &Quoted| {
        let named = phrase_test(&q.sentence);
        (tells_meeting(&q.sentence) || tells_happening(&q.sentence))
            && ((ask.people.iter().flatten().chain(&ask.proper)).any(|p| named(p))
                || keyword_hits(&q.sentence, &ask.words) > 0)
    };
    if found.iter().any(tells_theirs) {
        found.retain(tells_theirs);
    }
}

/// The names a reading requires, as their folded words, worked out once for all its
/// paragraphs ([`Required::lacked_by`]). A phrase that names a country holds no words: it
/// may be told by another of the country's names ("Britain", "UK").
struct Required {
    proper: Vec<Option<Vec<String>>>,
    people: Vec<Vec<Option<Vec<String>>>>,
    all_people: bool,
    people_required: bool,
}

impl Required {
    fn of(ask: &Ask) -> Required {
        let words = |phrase: &String| {
            (super::countries::country_key(phrase).is_none()
                && text::proper_family(phrase).is_empty())
            .then(|| text::norm_words(phrase))
        };
        Required {
            proper: ask.proper.iter().map(words).collect(),
            people: (ask.people.iter())
                .map(|forms| forms.iter().map(words).collect())
                .collect(),
            all_people: ask.all_people,
            people_required: ask.people_required,
        }
    }

    /// True when no sentence of a paragraph can answer, seen from the paragraph and the
    /// text around it (`context`) alone: a proper name, a person every sentence must name,
    /// or all the people one of them must name, have a word the folded text does not hold.
    /// A test on the raw text, so that paragraphs about others are not split into words
    /// sentence by sentence ([`score`] asks each of these of a sentence or its context).
    fn lacked_by(&self, context: &str) -> bool {
        let folded = text::fold(context);
        let may_hold = |phrase: &Option<Vec<String>>| {
            (phrase.as_ref()).is_none_or(|ws| ws.iter().all(|w| folded.contains(w.as_str())))
        };
        let person_may_be = |forms: &Vec<Option<Vec<String>>>| forms.iter().any(may_hold);
        !self.proper.iter().all(may_hold)
            || self.all_people && !self.people.iter().all(person_may_be)
            || self.people_required
                && !self.people.is_empty()
                && !self.people.iter().any(person_may_be)
    }
}

/// True when a sentence with no word of the question may answer only by the question's
/// verb, a name or a place: for a kind with no mark of its own, and for "which countries"
/// outside the report a conversation is on (there any two countries would do: "Which
/// countries are at the Oslo talks?" is not told by a meeting of two ministers in Oslo).
fn needs_question_word(ask: &Ask) -> bool {
    match ask.cue {
        Cue::Words | Cue::Person => true,
        Cue::Countries => !ask.in_report,
        Cue::Body => true,
        _ => false,
    }
}

/// "Who did he have to see?": for a who-question naming nobody, any word of meeting
/// stands for the one it asks with ("summoned to confer with X"); so it does for a
/// question of two or more people that all `named` of the sentence are ("Is Okafor
/// going to see Lind?" of "before visiting Lind, Okafor will ...").
fn meeting_for_meeting(sentence: &str, ask: &Ask, named: usize) -> bool {
    let all_named = ask.people.len() >= 2 && named == ask.people.len();
    (ask.cue == Cue::Person || ask.cue == Cue::Words && all_named)
        && ask.words.iter().any(|w| is_meet_word(w))
        && tells_meeting(sentence)
}

/// Endings of a regular verb's forms ("ask", "asks", "asked", "asking"; "chaired"), of
/// the office held in doing it ("under the chairmanship of X" tells who chaired; a
/// "chairman" is a title, of any body) and of the act ("made no commitment" tells whether
/// he committed).
const VERB_ENDINGS: [&str; 9] = ["", "s", "es", "d", "ed", "ing", "manship", "ment", "ments"];

/// Endings cut from a verb as typed to find its stem ("chaired" -> "chair").
const VERB_SUFFIXES: [&str; 4] = ["ing", "ed", "es", "s"];

/// True when `sentence` holds a form of the regular verb `verb` (as typed in a question:
/// "chaired" finds "chairing"), or a word of its family ("led" finds "headed").
pub(crate) fn has_verb(sentence: &str, verb: &str) -> bool {
    // "sign up": the verb's forms right before the particle ("finally signed up to it").
    let (verb, particle) = verb.split_once(' ').unwrap_or((verb, ""));
    let base = VERB_SUFFIXES
        .iter()
        .find_map(|e| verb.strip_suffix(e).filter(|b| b.chars().count() >= 3))
        .unwrap_or(verb);
    // "Who led the delegation?" is told by "headed by" too: a word of its family.
    let family = text::family(&text::stem(verb));
    let words = text::norm_words(sentence);
    words.iter().enumerate().any(|(i, w)| {
        let form = w
            .strip_prefix(base)
            .is_some_and(|rest| VERB_ENDINGS.contains(&rest))
            || family.is_some() && text::family(&text::stem(w)) == family;
        form && (particle.is_empty() || words.get(i + 1).is_some_and(|n| n == particle))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`score`] with the text around the sentence given as a string.
    fn score_in(sentence: &str, context: &str, ask: &Ask) -> Option<f32> {
        score(sentence, &phrase_test(context), ask)
    }

    fn ask(cue: Cue, people: &[&str], words: &[&str]) -> Ask {
        Ask {
            people: people.iter().map(|p| vec![p.to_string()]).collect(),
            people_required: true,
            all_people: false,
            proper: Vec::new(),
            words: words.iter().map(|w| w.to_string()).collect(),
            min_words: 0,
            cue,
            skip: Vec::new(),
            evidence: Vec::new(),
            verb: None,
            in_report: false,
            meeting_asked: false,
            period: None,
        }
    }

    #[test]
    fn a_group_met_after_with_names_a_party() {
        assert!(names_party(
            "members of the delegation met yesterday with officials of the central bank's debt office."
        ));
        assert!(names_party(
            "the inspectors held talks separately with representatives of the port."
        ));
        assert!(!names_party("the inspectors met yesterday in the capital."));
    }

    #[test]
    fn judged_for_something_done_is_a_reason() {
        let judged = |t: &str| judged_for(&text::norm_words(t));
        assert!(judged(
            "The union criticised the ministers' meeting for failing to agree on prices."
        ));
        assert!(judged(
            "Analysts praised the central bank for not raising rates."
        ));
        assert!(judged(
            "The opposition accused the envoy of misleading parliament."
        ));
        assert!(!judged(
            "The union criticised the ministers for the second time this year."
        ));
        assert!(!judged(
            "The ministers met for talks on Monday, officials said."
        ));
    }

    #[test]
    fn see_of_a_clause_tells_no_meeting() {
        assert!(!tells_meeting(
            "Aides are checking to see how much support the bill has."
        ));
        assert!(!tells_meeting("She saw that the vote was lost."));
        assert!(tells_meeting(
            "The envoy will see the prime minister on Friday."
        ));
    }

    #[test]
    fn the_next_step_asks_a_plan() {
        let ws = |t: &str| text::norm_words(t);
        assert!(asks_plan(&ws("What's the next step?")));
        assert!(asks_plan(&ws("What happens next in the dispute?")));
        assert!(!asks_plan(&ws("What was the first step?")));
        assert!(PLAN.is_match("A delegation would leave for Lusaka in three weeks."));
        assert!(!PLAN.is_match("Growers would suffer from the failure of the talks."));
    }

    #[test]
    fn how_far_along_asks_the_stage_of_talks() {
        let ws = |t: &str| text::norm_words(t);
        assert!(asks_progress(&ws("How far along are the talks?")));
        assert!(asks_progress(&ws("What stage are the negotiations at?")));
        assert!(!asks_progress(&ws("How long did the talks last?")));
        assert!(asks_progress(&ws(
            "How did the talks between Lund and the dockers end?"
        )));
        assert!(asks_progress(&ws("How did the Riga summit finish?")));
        assert!(!asks_progress(&ws("How did the talks in Riga start?")));
        // How talks went: the verb of going after the word of meeting.
        assert!(asks_how_went(&ws(
            "How did the talks between the dockers and the port go last night?"
        )));
        assert!(asks_how_went(&ws("How are the Riga talks going?")));
        assert!(!asks_how_went(&ws("How did she go to the talks in Riga?")));
        assert!(asks_how_went(&ws(
            "How did Lund come out of the Riga talks?"
        )));
        assert!(!asks_how_went(&ws("How did Lund come out of the crisis?")));
        let a = ask(Cue::Progress, &[], &[]);
        let at = |t: &str| score(t, &|_| false, &a).is_some();
        assert!(at(
            "Contract negotiations are at an advanced stage, reports say."
        ));
        assert!(at("The talks ended in deadlock on Friday."));
        assert!(at("The summit concluded with a joint statement on energy."));
        assert!(at("Talks on the port strike have ended without agreement."));
        assert!(!at("The talks will resume on Friday."));
    }

    #[test]
    fn a_present_do_asks_a_time_to_come() {
        let ws = |t: &str| text::norm_words(t);
        assert!(asks_time_to_come(&ws("when do those talks start?")));
        assert!(asks_time_to_come(&ws("When does the hearing open?")));
        assert!(!asks_time_to_come(&ws("When did the talks begin?")));
        let a = ask(Cue::TimeToCome, &[], &["start"]);
        let at = |t: &str| score(t, &|_| false, &a).is_some();
        assert!(at("Talks with the lenders will begin shortly."));
        assert!(!at("Talks with the lenders began in a hurry."));
    }

    #[test]
    fn an_event_taking_place_is_told_whatever_it_is_called() {
        assert!(tells_happening(
            "The forum is scheduled to take place in Klaipeda."
        ));
        assert!(tells_happening("The vote will be held on 3 May."));
        assert!(!tells_happening("He took his place at the table."));
        assert!(!tells_happening("He held the post for a year."));
    }

    #[test]
    fn a_paragraph_lacking_the_people_required_is_passed_over() {
        let one = ask(Cue::Meeting, &["okafor"], &[]);
        let mut pair = ask(Cue::Meeting, &["lind", "Mária Okafor"], &[]);
        pair.all_people = true;
        let mut uk = ask(Cue::Words, &[], &["talks"]);
        uk.proper = vec!["britain".to_string()];
        let mut council = ask(Cue::Words, &[], &["talks"]);
        council.proper = vec!["nordic council".to_string()];
        let cases = [
            ("Lind met the trade envoy. The talks ran late.", &one, true),
            ("Ms Okafor's talks with Lind ran late.", &one, false),
            ("Lind met the envoy. They will meet again.", &pair, true),
            ("Lind met Maria Okafor in Oslo.", &pair, false),
            ("The UK delegation held talks in Oslo.", &uk, false),
            ("The French delegation held talks in Oslo.", &council, true),
            ("The Nordic Council held talks in Oslo.", &council, false),
        ];
        for (context, a, lacks) in cases {
            assert_eq!(Required::of(a).lacked_by(context), lacks, "{context}");
            // Never a paragraph with a sentence the reader would weigh.
            if lacks {
                let test = phrase_test(context);
                for (start, end) in split_ranges(context) {
                    assert!(score(&context[start..end], &test, a).is_none(), "{context}");
                }
            }
        }
    }

    #[test]
    fn which_countries_is_told_by_two_countries_named() {
        let cue = |q: &str| Cue::of_question(Kind::Other, q);
        assert_eq!(cue("Which countries took part?"), Cue::Countries);
        assert_eq!(
            cue("What nations sent ministers to the talks?"),
            Cue::Countries
        );
        assert_eq!(
            cue("Which European countries did she visit?"),
            Cue::Countries
        );
        assert_ne!(cue("What did the countries agree?"), Cue::Countries);
        assert_ne!(cue("What did the two countries agree?"), Cue::Countries);
        let shown = |s: &str| Cue::Countries.shown_by(s, &[]);
        assert!(shown(
            "Ministers from Peru, Chile and Ecuador are attending."
        ));
        assert!(shown("Norwegian and Danish officials joined the talks."));
        // Counted, or one country only: not named.
        assert!(!shown("Some 30 countries are taking part in the talks."));
        assert!(!shown("Peru's minister opened the meeting in Lima."));
    }

    #[test]
    fn following_with_no_determiner_and_no_time_tells_a_cause() {
        let w = |s: &str| text::norm_words(s);
        // Must handle: a change of mind, a delay, following what caused it.
        assert!(following_a_cause(&w(
            "He changed his mind following intervention from allies."
        )));
        assert!(following_a_cause(&w(
            "The talks were delayed following protests by farmers."
        )));
        // Must not: a time.
        assert!(!following_a_cause(&w("The following day he met Lind.")));
        assert!(!following_a_cause(&w(
            "Following months of talks, they met."
        )));
    }

    #[test]
    fn what_a_meeting_to_come_is_to_decide_is_what_it_is_for() {
        let cue = |q: &str| Cue::of_question(Kind::Agreed, q);
        assert_eq!(
            cue("What's the lenders' meeting supposed to decide?"),
            Cue::Topic
        );
        assert_eq!(cue("What is the summit expected to agree?"), Cue::Topic);
        // Must not: what a meeting held agreed.
        assert_eq!(cue("What did the summit agree?"), Cue::Outcome);
        assert!(Cue::Topic.shown_by(
            "The purpose of the meeting will be to consider a new payment plan.",
            &[]
        ));
    }

    #[test]
    fn where_something_was_said_is_told_by_a_setting_of_speech_and_a_place() {
        let cue = |q: &str| Cue::of_question(Kind::Where, q);
        assert_eq!(cue("Where did he say that?"), Cue::SpeechPlace);
        assert_eq!(cue("Where did Lind give the speech?"), Cue::SpeechPlace);
        assert_eq!(cue("Where did he make the announcement?"), Cue::SpeechPlace);
        // Must not: where a meeting was, or where someone was at the time.
        assert_eq!(cue("Where did they meet after he said it?"), Cue::Place);
        assert_eq!(cue("Where was Lind when she said it?"), Cue::Place);
        let shown = |s: &str| Cue::SpeechPlace.shown_by(s, &[]);
        assert!(shown("Lind told reporters in Lima the deal was close."));
        // Must handle: a gathering spoken to, with no place.
        assert!(shown(
            "Okafor told the annual congress of the miners' union he would resign."
        ));
        assert!(shown(
            "The minister told the Commons on Tuesday the men would be freed."
        ));
        assert!(!shown("Okafor told reporters the meeting had gone well."));
        assert!(!shown(
            "Okafor told the press the summit had been a success."
        ));
        assert!(shown("Speaking in Oslo, Okafor said the levy would stay."));
        // Must not: a place with no setting of speech, or a plain "said".
        assert!(!shown("Lind arrived in Lima on Monday."));
        assert!(!shown("Lind said prices in Lima had risen."));
    }

    #[test]
    fn which_country_is_told_by_a_country_named_anywhere() {
        assert_eq!(
            Cue::of_question(Kind::Where, "Which country was the last to sign up?"),
            Cue::Country
        );
        assert_eq!(
            Cue::of_question(Kind::Who, "What nation backed the plan first?"),
            Cue::Country
        );
        // Must not: the country of a meeting, which is a place.
        assert_eq!(
            Cue::of_question(Kind::Where, "Which country did they meet in?"),
            Cue::Place
        );
        let shown = |s: &str| Cue::Country.shown_by(s, &[]);
        assert!(shown("The deal came after Peru finally signed up to it."));
        assert!(!shown("The deal came after the last lender signed up."));
    }

    #[test]
    fn a_who_question_is_answered_by_a_sentence_with_its_verb() {
        let ask = Ask {
            people_required: false,
            verb: Some("asked".into()),
            ..ask(Cue::Words, &["kite"], &["happen", "boy", "family", "left"])
        };
        let other = "Kite said a friend called after the boy and his family left the farm.";
        let asked = "Kite said she later asked the firm's lawyer what had happened.";
        let hit = |text: &str| Hit {
            article: "a".into(),
            title: "t".into(),
            url: None,
            paragraph: 1,
            text: text.into(),
            published: None,
            dateline: None,
            score: 1.0,
            facts: Vec::new(),
            coverage: 0.0,
            article_coverage: 0.0,
        };
        let read_one = |ask: &Ask| read(&[hit(&format!("{other} {asked}"))], ask, 1, 100);
        assert_eq!(read_one(&ask)[0].sentence, asked);
        // Without a verb asked, more words of topic win.
        assert_eq!(
            read_one(&Ask {
                verb: None,
                ..ask.clone()
            })[0]
                .sentence,
            other
        );
        // "chaired" finds "chairing", not "chairman".
        assert!(has_verb("after chairing the talks", "chaired"));
        assert!(!has_verb("the chairman spoke", "chaired"));
    }

    #[test]
    fn hold_tells_a_meeting_but_in_its_other_senses() {
        assert!(tells_meeting("The two ministers held discussions in Oslo."));
        assert!(tells_meeting(
            "Ruiz will hold two days of talks with the envoy."
        ));
        assert!(tells_meeting("Ruiz met the envoy."));
        assert!(tells_meeting("Discussions will resume next week."));
        assert!(tells_meeting("Ruiz held a working lunch with the envoy."));
        assert!(!tells_meeting(
            "Prices will hold steady through the summer, Ruiz said."
        ));
        assert!(!tells_meeting("The strike held up the deal for a week."));
    }

    #[test]
    fn a_span_from_another_moment_tells_a_time() {
        let time = |s: &str| Cue::Time.shown_by(s, &[]);
        assert!(time("The vote comes two days after Okafor met the envoy."));
        assert!(time("Okafor said he saw Lind in the past fortnight."));
        assert!(time("She met the mayor in the last 3 weeks."));
        // A length of time is no time: "for three days", "a two-day visit".
        assert!(!time(
            "Okafor spent three days in talks on a two-day visit."
        ));
    }

    #[test]
    fn an_end_or_start_of_a_month_tells_a_time() {
        let time = |s: &str| Cue::Time.shown_by(s, &[]);
        assert!(time(
            "A meeting of all the lenders could be held by end-May."
        ));
        assert!(time("The envoys hope to meet again in early-June."));
        assert!(time("The envoys hope to meet again at the end of June."));
        // Must not: a word that only ends a phrase.
        assert!(!time("The envoys hope to end the dispute."));
        assert!(!time("They want an end-user licence by the end of talks."));
    }

    #[test]
    fn what_someone_wants_is_told_by_a_sentence_of_wanting() {
        let cue = |q: &str| Cue::of_question(Kind::Other, q);
        assert_eq!(
            cue("What do the fishermen want to get across to her?"),
            Cue::Aim
        );
        assert_eq!(cue("What's Lind going to push for in Oslo?"), Cue::Aim);
        let aim = |s: &str| Cue::Aim.shown_by(s, &[]);
        assert!(aim(
            "The union wanted to convey to Okafor how much the quota mattered."
        ));
        assert!(aim("Lind's main demand will be an end to the levy."));
        // Must not: a question of something else, a sentence telling no wish.
        assert_ne!(cue("What did the fishermen discuss with her?"), Cue::Aim);
        assert!(!aim("Okafor convened the talks in Oslo."));
    }

    #[test]
    fn how_someone_responded_is_told_by_a_sentence_of_response() {
        let cue = |q: &str| Cue::of_question(Kind::Other, q);
        assert_eq!(cue("How did Okafor respond?"), Cue::Response);
        assert_eq!(
            cue("What was the union's reaction to the offer?"),
            Cue::Response
        );
        let told = |s: &str| Cue::Response.shown_by(s, &[]);
        assert!(told("Lind said he was sorry Okafor rejected the plan."));
        assert!(told("The union turned down the offer on Friday."));
        // Must not: a question of another kind, a sentence telling no response.
        assert_ne!(cue("What did Okafor propose?"), Cue::Response);
        assert!(!told("Okafor put the plan to the union on Friday."));
    }

    #[test]
    fn a_length_counted_in_words_past_twelve_is_a_length() {
        let long = |s: &str| Cue::Duration.shown_by(s, &[]);
        assert!(long("Lind met for forty minutes with the envoy on Monday."));
        assert!(long("Their twenty-five-minute talk ended at noon."));
        // Must not: a count of people or things beside talks.
        assert!(!long("Forty delegates met for talks on Monday."));
    }

    #[test]
    fn talks_running_until_a_date_tell_how_long() {
        let long = |s: &str| Cue::Duration.shown_by(s, &[]);
        assert!(long("The talks are due to last until March 20."));
        assert!(long(
            "Negotiators will meet daily until 4 June, the agency said."
        ));
        // Must not: a date that is no end, or an end of something else.
        assert!(!long("The talks opened on March 20."));
        assert!(!long("The levy stays in force until March 20."));
    }

    #[test]
    fn a_reason_is_told_by_the_connectives_of_cause_and_aim() {
        let why = |s: &str| Cue::Reason.shown_by(s, &[]);
        assert!(why("Lind walked out of the talks in protest at the vote."));
        assert!(why("The talks were suspended amid a row over quotas."));
        assert!(why("Okafor flew to Lome in a bid to save the accord."));
        // A state or an unwillingness behind a refusal.
        assert!(why(
            "Lind, troubled by a knee injury, did not want to tour again."
        ));
        assert!(why("Okafor was reluctant to leave her club mid-season."));
        // Must not: a sentence that gives no cause or aim.
        assert!(!why("Lind walked out of the talks early on Monday."));
    }

    #[test]
    fn a_clause_of_speaking_continues_the_statement_before() {
        let is = |s: &str| CONTINUES_STATEMENT.is_match(s);
        assert!(is(
            "Speaking last night at a new session of congress, he said the deal held."
        ));
        assert!(is(
            "Addressing the assembly in Oslo on Monday, she told delegates to wait."
        ));
        // Must not: a clause of speaking about someone else, or no clause at all.
        assert!(!is(
            "Speaking rights were granted to Okafor, the chair said."
        ));
        assert!(!is("He said last night that the deal held."));
    }

    #[test]
    fn the_aim_of_a_delay_tells_why() {
        let why = |s: &str| Cue::Reason.shown_by(s, &[]);
        assert!(why(
            "The vote was put back a week to give members time to read it."
        ));
        assert!(why(
            "Talks were delayed to allow the lawyers to review the draft."
        ));
        // Must not: giving without an aim.
        assert!(!why("Okafor will give her reply on Friday, Lind said."));
    }

    #[test]
    fn a_gesture_or_a_design_tells_why() {
        let why = |s: &str| Cue::Reason.shown_by(s, &[]);
        // Must handle: a move made as a gesture, a strike designed to embarrass.
        assert!(why(
            "Vestria bought 200,000 tonnes of barley, ostensibly as a goodwill gesture before the talks."
        ));
        assert!(why(
            "The union said the stoppage was designed to embarrass the minister during the visit."
        ));
        // Must not: a plain account of the purchase.
        assert!(!why("Vestria bought 200,000 tonnes of barley last week."));
    }

    #[test]
    fn an_event_after_after_tells_why() {
        let why = |s: &str| Cue::Reason.shown_by(s, &[]);
        assert!(why(
            "Okafor dismissed Lind after the paper published a recording of the call."
        ));
        assert!(why("The minister resigned after he was accused of lying."));
        // Must not: "after" and a time or an occasion.
        assert!(!why("Okafor met Lind after the summit in Accra."));
    }

    #[test]
    fn since_tells_a_time_but_as_a_cause() {
        let time = |s: &str| Cue::Time.shown_by(s, &[]);
        assert!(time("The two have not spoken since the Accra summit."));
        assert!(time("It is their first meeting since they met in Lome."));
        // Must not: "since" giving a reason.
        assert!(!time(
            "The plan is popular with miners, since most of them are paid in cash."
        ));
        assert!(!time(
            "Lind opposed the levy since it is costly to collect."
        ));
        // The cause tells why.
        let why = |s: &str| Cue::Reason.shown_by(s, &[]);
        assert!(why("Lind opposed the levy since it is costly to collect."));
        assert!(!why("Lind has opposed the levy since the summit."));
    }

    #[test]
    fn a_word_of_plan_without_a_past_asks_of_the_future() {
        assert!(asked_of_future("Who will she meet there?"));
        assert!(asked_of_future("Who is Okafor due to see in Accra?"));
        // Must not: a meeting held to prepare something.
        assert!(!asked_of_future("Who did she meet to prepare the talks?"));
    }

    #[test]
    fn an_office_or_occupation_after_the_points_to_people() {
        assert!(points_to_people(
            "The film-maker will meet executives of Accra Films this week."
        ));
        assert!(points_to_people(
            "The prime minister and chancellor faced MPs on Monday."
        ));
        // "neither side", "either side": the parties of a bid or talks.
        assert!(points_to_people(
            "However, neither side has made a formal offer for the exchange."
        ));
        // Must not: a body or a thing after "the".
        assert!(!points_to_people(
            "The ministry said exports rose on Monday."
        ));
        assert!(!points_to_people("Neither figure was confirmed on Monday."));
    }

    #[test]
    fn a_body_points_back_to_a_company_beside_a_party_named() {
        let mut a = ask(Cue::Words, &["hallmark stores", "dunmore"], &["talks"]);
        a.people[0].push("hallmark".into());
        a.all_people = true;
        let context = "Hallmark Stores bought shares of Dunmore Inc.";
        // Must handle: "the company", "the firm" beside the other party named.
        for s in [
            "But the company said it has not held talks with Dunmore.",
            "The firm has held no talks with Dunmore, a spokesman said.",
        ] {
            assert!(score_in(s, context, &a).is_some(), "{s}");
        }
        // Must not: a body naming neither party, or the company not named around.
        assert!(score_in("The company said talks were held.", context, &a).is_none());
        let elsewhere = "Shares of Dunmore Inc rose.";
        assert!(
            score_in(
                "But the company said it held talks with Dunmore.",
                elsewhere,
                &a
            )
            .is_none()
        );
    }

    #[test]
    fn the_companies_point_back_to_two_firms_and_cited_gives_a_reason() {
        let mut a = ask(Cue::Reason, &["larch mills", "osprey corp"], &[]);
        a.all_people = true;
        let context = "Larch Mills and Osprey Corp said they had suspended merger talks.";
        // Must handle: the plural body as a pointer, "cited" as the mark of a reason.
        let s = "The companies cited weak markets and unsettled terms of the merger.";
        assert!(score_in(s, context, &a).is_some());
        assert!(Cue::Reason.shown_by("The firms blamed the strike.", &[]));
        // Must not: a sentence with no mark of a reason.
        assert!(score_in("The companies ended the talks on Friday.", context, &a).is_none());
    }

    #[test]
    fn seeing_is_denied_only_of_a_person() {
        assert!(denies_meeting(
            "The two had never met or spoken to each other."
        ));
        assert!(denies_meeting("Okafor did not see Lind during the visit."));
        assert!(denies_meeting("He said he would not see them before May."));
        assert!(!denies_meeting(
            "Unless the talks surprise, I don't see the dollar getting above 142 yen."
        ));
    }

    #[test]
    fn a_capital_dealt_with_is_no_place_and_a_body_met_at_is_one() {
        assert!(!has_place(
            "The deal to open talks with Ankara came despite a demand."
        ));
        assert!(!has_place("Relations with Moscow have cooled."));
        assert!(has_place(
            "The ministers met in Ankara with Turkish officials."
        ));
        assert!(has_place(
            "The deal, struck at the European Council last week, held."
        ));
        assert!(has_place("The accord was sealed at the G7 on Friday."));
        assert!(has_place(
            "The deputies met at the offices of the International Monetary Fund (IMF)."
        ));
        assert!(has_place("They met at the headquarters of NATO on Monday."));
        assert!(!has_place(
            "They criticised the offices of the IMF on Monday."
        ));
        assert!(!has_place(
            "The minister held talks with the European Council."
        ));
    }

    #[test]
    fn an_owner_after_a_preposition_is_no_place() {
        // Must handle: a town after the preposition, listed or not.
        assert!(has_place(
            "The party meets at the conference venue in Gateshead."
        ));
        assert!(has_place("They met at Chequers on Sunday."));
        // Must not: an owner, whose conference or office is no town.
        assert!(!has_place(
            "Pro-hunt supporters will protest at Labour's spring conference."
        ));
        assert!(!has_place("They met at Hallmark’s offices."));
    }

    #[test]
    fn a_lasting_thing_is_no_length_of_time() {
        // Must handle: talks lasting, a meeting that lasted.
        assert!(
            Cue::Duration.shown_by("The talks, lasting most of the night, ended at dawn.", &[])
        );
        assert!(Cue::Duration.shown_by("Their meeting lasted well into the evening.", &[]));
        // Must not: a lasting settlement.
        assert!(!Cue::Duration.shown_by("A lasting settlement of the debt seems no nearer.", &[]));
    }

    #[test]
    fn what_holds_up_a_deal_is_told_by_a_word_of_obstacle() {
        for q in [
            "What's holding up an agreement?",
            "What is the main sticking point in the talks?",
            "What had been holding the talks up?",
            "What has been holding the Nordic ferry pay talks up?",
            "Why are the negotiations dragging on?",
        ] {
            assert_eq!(Cue::of_question(Kind::Other, q), Cue::Obstacle, "{q}");
            assert_eq!(Cue::of_question(Kind::Agreed, q), Cue::Obstacle, "{q}");
        }
        assert_ne!(
            Cue::of_question(Kind::Other, "What did they agree on?"),
            Cue::Obstacle
        );
        let told = [
            "The rate of interest and the length of the grace period have been the main sticking points.",
            "The two sides remain at odds over fishing rights.",
            "The talks have dragged on because of the banks' reluctance to take bonds.",
            "The accord was delayed by a row over landing rights.",
        ];
        for s in told {
            assert!(Cue::Obstacle.shown_by(s, &[]), "{s}");
        }
        // Must not: talks told with no word of what blocks them.
        assert!(!Cue::Obstacle.shown_by("The talks will resume on Saturday.", &[]));
        // With no sentence of obstacle, the question's words decide.
        let asked = ask(Cue::Obstacle, &[], &["merger"]);
        let paragraphs = [hit_in(
            "a",
            "Merger delayed",
            2,
            "Regulators want more time to study the merger, the company said.",
        )];
        assert_eq!(read(&paragraphs, &asked, 3, 100).len(), 1);
    }

    #[test]
    fn the_members_of_a_group_counted_are_quoted_after_it() {
        let asked = ask(Cue::Words, &[], &["groups", "negotiate", "order"]);
        let read_of = |second: &str| {
            let paragraphs = [
                hit_in(
                    "a",
                    "Norland to share out rail order",
                    1,
                    "Norland is to negotiate with three consortia on sharing out a rail order.",
                ),
                hit_in("a", "Norland to share out rail order", 2, second),
            ];
            read(&paragraphs, &asked, 3, 100)
        };
        // Must handle: "The three consortia are", "The consortia include".
        for second in [
            "The three consortia are Halvard Works and Brenn Rail; and Ostmark AG.",
            "The consortia include Halvard Works, a unit of Brenn Holdings.",
        ] {
            let found = read_of(second);
            assert!(found.iter().any(|q| q.sentence == second), "{found:?}");
        }
        // Must not: another noun listed, or the group told of, not listed.
        for second in [
            "The three bidders are said to be nervous.",
            "The deal is worth about 50 billion crowns to the three consortia.",
        ] {
            assert!(!read_of(second).iter().any(|q| q.sentence == second));
        }
    }

    #[test]
    fn a_day_named_tells_more_of_when_than_a_month() {
        assert!(names_a_day(
            "The May 11-13 ministerial meeting of the council opens."
        ));
        assert!(names_a_day("They meet on 4 June in Oslo."));
        assert!(names_a_day("The talks resume on Monday."));
        // Must not: a month or a period alone, or a number that is no day.
        assert!(!names_a_day("The ministers meet in Paris during May."));
        assert!(!names_a_day(
            "Exports rose 12 pct in May, the council said."
        ));
        let asked = ask(Cue::TimeToCome, &[], &["council", "ministerial"]);
        let paragraphs = [hit_in(
            "a",
            "Council to meet",
            2,
            "The council's ministerial meeting in Paris takes place during May. The May 11-13 ministerial meeting of the council will be its first.",
        )];
        let found = read(&paragraphs, &asked, 1, 100);
        assert!(found[0].sentence.contains("11-13"), "{found:?}");
    }

    #[test]
    fn a_named_venue_tells_more_of_where_than_a_city() {
        assert!(names_a_venue(
            "They dined at the Granita restaurant in Islington."
        ));
        assert!(names_a_venue(
            "The event was at Old Billingsgate Fish Market."
        ));
        assert!(names_a_venue("They met in the Elysee Palace."));
        // Must not: a city alone, or a venue word with no name before it.
        assert!(!names_a_venue("They met in London on Tuesday."));
        assert!(!names_a_venue("The ministry said they met in London."));
        let asked = ask(Cue::Place, &["lind"], &["agree"]);
        let paragraphs = [hit_in(
            "a",
            "Lind deal",
            2,
            "Lind agreed the deal in London, aides said. Lind agreed the deal over dinner at the Granita restaurant in Islington.",
        )];
        let found = read(&paragraphs, &asked, 1, 100);
        assert!(found[0].sentence.contains("Granita"), "{found:?}");
    }

    #[test]
    fn a_dated_sentence_about_the_talks_follows_an_undated_one() {
        let asked = ask(Cue::TimeToCome, &[], &["growers", "ministry"]);
        let read_of = |second: &str| {
            let paragraphs = [hit_in(
                "a",
                "Growers to meet ministry",
                4,
                &format!(
                    "The growers will meet ministry officials for talks sometime in the coming weeks. {second}"
                ),
            )];
            read(&paragraphs, &asked, 3, 100)
        };
        // Must handle: "the talks", "the meeting" then a date, after an undated sentence.
        for second in [
            "Officials said the talks are likely to be held in April or June.",
            "A spokesman said the meeting was set for 4 May.",
        ] {
            let found = read_of(second);
            assert!(found.iter().any(|q| q.sentence == second), "{found:?}");
        }
        // Must not: an earlier round recalled, even with "the talks".
        let recalled = "The talks last met in March, a spokesman said.";
        assert!(!read_of(recalled).iter().any(|q| q.sentence == recalled));
    }

    #[test]
    fn a_thing_the_lede_names_is_what_the_report_is_about() {
        let paragraphs = [
            hit_in(
                "a",
                "Sales up again",
                1,
                "Harlow Stores Co said its sales rose 8 pct.",
            ),
            hit_in(
                "a",
                "Sales up again",
                2,
                "The chairman said the outlook was good.",
            ),
            hit_in(
                "a",
                "Sales up again",
                3,
                "Also at the annual meeting, shareholders voted to approve a stock split.",
            ),
        ];
        let mut asked = ask(Cue::Words, &[], &["shareholders", "vote"]);
        asked.proper = vec!["harlow stores".into()];
        // Must handle: a thing named by the lede only, for a later paragraph's sentence.
        let found = read(&paragraphs, &asked, 1, 100);
        assert!(
            found
                .first()
                .is_some_and(|q| q.sentence.contains("stock split")),
            "{found:?}"
        );
        // Must not: a report whose lede names something else.
        let other = [
            hit_in(
                "b",
                "Sales up again",
                1,
                "Corby Mills Inc said its sales rose 8 pct.",
            ),
            paragraphs[1].clone(),
            paragraphs[2].clone(),
        ]
        .map(|mut h| {
            h.article = "b".into();
            h
        });
        assert!(read(&other, &asked, 1, 100).is_empty());
    }

    #[test]
    fn a_city_state_is_a_town() {
        // Must handle: a country whose capital has its name; a city.
        assert!(names_a_town(
            "Farm ministers resume talks in Luxembourg tomorrow."
        ));
        assert!(names_a_town(
            "Farm ministers resume talks in Lisbon tomorrow."
        ));
        // Must not: a country alone.
        assert!(!names_a_town(
            "Farm ministers resume talks in Portugal tomorrow."
        ));
    }

    #[test]
    fn talks_said_to_be_about_something_tell_their_topic() {
        // Must handle: talks, negotiations said to be about something.
        for s in [
            "A paper said part of Ms Holt's negotiations with the union were about where to base the fund.",
            "Officials said the talks are mainly about grain prices.",
        ] {
            assert!(Cue::Topic.shown_by(s, &[]), "{s}");
        }
        for q in [
            "According to the Herald, what were Holt's talks with the union partly about?",
            "What were Holt's talks with the union about, according to the Herald?",
        ] {
            assert_eq!(Cue::of_question(Kind::Agreed, q), Cue::Topic, "{q}");
        }
        // Must not: a meeting about to begin.
        assert!(!Cue::Topic.shown_by(
            "The meeting was about to begin when the lights failed.",
            &[]
        ));
        // Must handle: talks on how to do something, or on ways to.
        for s in [
            "Ministers are holding talks in Lisbon on how to revive the fishing fleet.",
            "Envoys held discussions on ways to end the strike.",
        ] {
            assert!(tells_talk_topic(s), "{s}");
        }
        // Must not: talks on a day.
        assert!(!tells_talk_topic(
            "Ministers are holding talks in Lisbon on Monday."
        ));
        // Must handle: talks with someone to do something.
        for s in [
            "Larchmont is holding talks with the Polish government to explore opening 40 shops.",
            "The firm is in negotiations with the union to end the strike.",
        ] {
            assert!(tells_talk_topic(s), "{s}");
        }
        // Must not: talks with someone to be held, or a trip to a place.
        assert!(!tells_talk_topic(
            "Talks with the union to be held next week were postponed."
        ));
        assert!(!tells_talk_topic("After talks with Lind he flew to Oslo."));
    }

    #[test]
    fn a_place_after_a_word_of_travel_is_where_someone_goes() {
        // Must handle: a town the gazetteer may not list after "visit", a country after
        // "travelling to".
        assert!(has_place(
            "On Thursday Ms Marchetti will visit Carlisle, where the party won a seat."
        ));
        assert!(has_place(
            "The chancellor is travelling to America next week."
        ));
        assert!(has_place("She was headed for Tallinn when the news broke."));
        // Must not: a person visited, an owner's event, a month.
        assert!(!has_place("She will visit President Okoro on Friday."));
        assert!(!has_place(
            "He flies home before visiting Farm Secretary Ruud."
        ));
        assert!(!has_place("He is going to Labour's spring rally."));
        assert!(!has_place("The visit was set for March."));
    }

    #[test]
    fn which_panel_is_told_by_a_body_named() {
        let cue = |q: &str| Cue::of_question(Kind::Other, q);
        assert_eq!(
            cue("Which congressional panel did Okafor address?"),
            Cue::Body
        );
        assert_eq!(cue("What committee heard the experts?"), Cue::Body);
        assert_eq!(cue("Which councils went to lobby her?"), Cue::Body);
        assert_eq!(cue("Which lawyer questioned him?"), Cue::Words);
        // Must handle: a head after a word naming it, capitalised or not.
        let shown = |s: &str| Cue::Body.shown_by(s, &[]);
        assert!(shown(
            "Okafor told the Senate Finance Committee on Tuesday that rates would rise."
        ));
        assert!(shown(
            "Experts gave evidence to the assembly's health committee."
        ));
        // Must not: a body called only by its head.
        assert!(!shown("Okafor told the committee that rates would rise."));
        assert!(!shown("He said the same panel would meet again."));
        assert!(!shown(
            "Port authority chief Rana Brennholt warned of a deficit."
        ));
    }

    #[test]
    fn what_someone_plans_is_told_by_a_plan() {
        assert_eq!(
            Cue::of_question(
                Kind::Other,
                "What is Larchmont planning to do after the raid?"
            ),
            Cue::Plan
        );
        assert_eq!(
            Cue::of_question(Kind::Other, "What did Larchmont do after the raid?"),
            Cue::Words
        );
        let a = ask(Cue::Plan, &["larchmont"], &["raid"]);
        let context = "Police raided Larchmont's offices on Monday.";
        // Must handle: the company pointed back to, with "is to"; "plans to".
        for s in [
            "The company is to hold an emergency meeting after the raid.",
            "After the raid, Larchmont plans to appeal.",
        ] {
            assert!(score_in(s, context, &a).is_some(), "{s}");
        }
        // Must not: what was done, not meant.
        assert!(score_in("The company held a meeting after the raid.", context, &a).is_none());
        // Talks said to go on, in reported speech, are what comes next.
        let on = Cue::Plan;
        assert!(on.shown_by(
            "Lind said the talks would continue at the official level.",
            &[]
        ));
        assert!(!on.shown_by("Lind said the talks continued until late.", &[]));
    }

    #[test]
    fn what_sort_of_meeting_asks_the_meeting_itself() {
        let other = |q: &str| Cue::of_question(Kind::Other, q);
        assert_eq!(
            other("At what sort of meeting did Lind speak?"),
            Cue::Occasion
        );
        assert_eq!(other("What kind of talks were they?"), Cue::Occasion);
        assert_ne!(other("What sort of deal did Lind want?"), Cue::Occasion);
        // Whom the meeting was with weighs nothing for the meeting itself.
        let gathering = "Arnesen, speaking at an informal meeting of fisheries ministers, spoke.";
        let with_someone = "Arnesen met commissioner Jens Ravnkilde in Oslo.";
        let weigh = |cue: Cue, s: &str| score_in(s, s, &ask(cue, &["arnesen"], &[])).unwrap();
        assert!(weigh(Cue::Meeting, with_someone) > weigh(Cue::Meeting, gathering));
        assert_eq!(
            weigh(Cue::Occasion, with_someone),
            weigh(Cue::Occasion, gathering)
        );
    }

    #[test]
    fn a_condition_asked_is_told_by_a_sentence_of_condition() {
        for q in [
            "And if he gets nowhere?",
            "And if Oslo couldn't manage that?",
        ] {
            assert_eq!(Cue::of_question(Kind::Other, q), Cue::Condition, "{q}");
        }
        assert_ne!(
            Cue::of_question(Kind::Other, "And what did he say?"),
            Cue::Condition
        );
        let shown = |s: &str| Cue::Condition.shown_by(s, &[]);
        assert!(shown(
            "He said if the talks fail he will ask the minister to step in."
        ));
        assert!(shown(
            "Unless Oslo opens its market, tariffs follow in May."
        ));
        // Must not: a sentence of no condition.
        assert!(!shown("He will meet the minister on Friday."));
    }

    #[test]
    fn a_time_to_come_answers_when_a_meeting_to_come_is() {
        let cue = |q: &str| Cue::of_question(Kind::When, q);
        assert_eq!(
            cue("When is Okafor sitting down with Lind?"),
            Cue::TimeToCome
        );
        assert_eq!(cue("When will the envoys meet again?"), Cue::TimeToCome);
        assert_eq!(
            cue("Okafor said he'd raise the levy - when and where is he meeting them?"),
            Cue::TimeToCome
        );
        // Must not: a meeting asked in the past.
        assert_eq!(cue("When did Okafor meet Lind?"), Cue::Time);
        assert_eq!(
            cue("Okafor raised the levy - when and where did he meet them?"),
            Cue::Time
        );
        let to_come = |s: &str| Cue::TimeToCome.shown_by(s, &[]);
        assert!(to_come(
            "Okafor will meet executives of Accra Films this week."
        ));
        assert!(to_come("The envoys are to meet again later this month."));
        assert!(to_come("Okafor cancelled a trip to Lome tomorrow."));
        // The day of the telling is not the meeting's.
        assert!(!to_come(
            "Okafor will meet executives, the firm said today."
        ));
        // Must not: a sentence that tells no time.
        assert!(!to_come("Okafor will meet executives of Accra Films."));
        // A held meeting's time is not told by them.
        assert!(!Cue::Time.shown_by("Okafor will meet them this week.", &[]));
    }

    #[test]
    fn a_meeting_hoped_for_or_agreed_again_is_to_come() {
        assert!(to_come(
            "Okafor said Ghana was likely to meet the lenders again in May."
        ));
        assert!(to_come(
            "The two sides agreed to resume talks after Easter."
        ));
        assert!(to_come(
            "Lind said they would meet again once figures were ready."
        ));
        // Must not: a meeting again that was held.
        assert!(!to_come("Lind and Okafor met again on Tuesday in Accra."));
    }

    #[test]
    fn a_period_told_from_the_report_tells_a_time() {
        let time = |s: &str| Cue::Time.shown_by(s, &[]);
        assert!(time(
            "Okafor raised the levy with Lind on a trip to Accra last year."
        ));
        assert!(time("The envoys sat down again earlier this month."));
        assert!(time(
            "Okafor met yesterday with the governor of the central bank."
        ));
        assert!(!time(
            "The bank heads met in Accra, the paper said yesterday."
        ));
        assert!(time(
            "accra power will meet its creditors in london on thursday."
        ));
        assert!(!time("accra power said thursday's figures were weak."));
        // Must not: a period that is a length, or one still to come.
        assert!(!time("The envoys will sit down again later this month."));
        assert!(!time("Okafor is due in Accra next month, officials said."));
        assert!(!time("Okafor has led the ministry for a year and a month."));
        assert!(!time("Output rose by a third in the year."));
    }

    #[test]
    fn in_a_meetings_own_articles_the_mark_outweighs_the_names() {
        let agreed = Ask {
            people_required: false,
            ..ask(Cue::Outcome, &["okafor", "lind"], &["agree"])
        };
        let context = "Okafor met with Lind.";
        let named = "Okafor and Lind signed up for the festival, Okafor said.";
        let told = "They had agreed to play two concerts each.";
        let (a, b) = (
            score_in(told, context, &agreed),
            score_in(named, context, &agreed),
        );
        assert!(a > b, "{a:?} {b:?}");
        // Must not: where the people must be named (a search of the corpus), names weigh.
        let searched = ask(Cue::Outcome, &["okafor", "lind"], &["agree"]);
        let (a, b) = (
            score_in(told, context, &searched),
            score_in(named, context, &searched),
        );
        assert!(b > a, "{a:?} {b:?}");
    }

    #[test]
    fn a_sentence_that_points_back_needs_the_one_before() {
        assert!(points_back(
            "Osei made the recommendation at a meeting with Lind."
        ));
        assert!(points_back(
            "She repeated this offer during talks in Accra."
        ));
        // Must not: the noun says what it is.
        assert!(!points_back("They discussed the proposal to build a dam."));
        assert!(points_back(
            "Speaking in Oslo on Monday, she said the plan stood."
        ));
        assert!(!points_back("Lind welcomed the offer of talks."));
        // An outcome told before: "announced the decision in Oslo", "the move follows".
        assert!(points_back(
            "Iversen announced the decision in Hammerfest on Monday after a cabinet meeting."
        ));
        assert!(points_back(
            "The move follows a long meeting of the party's MPs."
        ));
        assert!(!points_back(
            "The decision to close the yard was taken in May."
        ));
        // An owner before the noun: "the company's move".
        assert!(points_back(
            "The company's move came after its offer was rejected."
        ));
        assert!(!points_back(
            "The union's decision to strike was taken in May."
        ));
    }

    #[test]
    fn why_an_act_told_just_before_was_done_takes_its_words() {
        let asked = ask(Cue::Reason, &[], &["break", "talks", "dockers"]);
        let paragraphs = [hit_in(
            "a",
            "Port owners break off talks",
            2,
            "The port company said it broke off talks with the dockers on Monday. The company's move came after its latest pay offer was rejected by union negotiators. The dockers want talks on pay because of rising costs, a union official said.",
        )];
        let found = read(&paragraphs, &asked, 3, 100);
        // Must handle: the move pointing back to the talks broken off.
        assert!(
            found.iter().any(|q| q.sentence.contains("was rejected")),
            "{found:?}"
        );
    }

    #[test]
    fn how_a_meeting_was_described_is_told_by_words_of_judging_it() {
        let how = ask(Cue::Description, &["vos"], &["summit"]);
        for s in [
            "Ms Vos said the summit would be remembered as a turning point for the fleet.",
            "Vos hailed the summit as historic.",
        ] {
            assert!(score_in(s, "", &how).is_some(), "{s}");
        }
        // Must not: what was said of something else than how it went.
        assert!(score_in("Vos said the summit would resume on Monday.", "", &how).is_none());
    }

    #[test]
    fn whom_someone_met_is_told_by_a_sentence_of_meeting() {
        let who = ask(Cue::Meeting, &["okafor"], &[]);
        assert!(
            score_in(
                "Okafor saw the fund's director, Ayo Brecht, in Mirna.",
                "",
                &who
            )
            .is_some()
        );
        assert!(score_in("Okafor held talks with union leaders.", "", &who).is_some());
        // Must not: a sentence of the person without a word of meeting.
        assert!(score_in("Okafor said the debt would be rescheduled.", "", &who).is_none());
        // The one that names whom, after the word of meeting, weighs more than one that
        // holds the question's words.
        let loan = ask(Cue::Meeting, &["okafor"], &["loan", "talks"]);
        let whom = "Okafor met Ghana's finance minister, Kwame Asante, in Accra.";
        let topic = "Loan talks between Ghana and the fund made progress, Okafor said.";
        let (a, b) = (score_in(whom, "", &loan), score_in(topic, "", &loan));
        assert!(a > b, "{a:?} {b:?}");
        assert!(!names_counterpart(topic, &loan) && names_counterpart(whom, &loan));
        // A group met told by its role, not its name, tells whom too; people met
        // by no office do not.
        let relief = ask(Cue::Meeting, &["okafor"], &["flood", "relief"]);
        for whom in [
            "Ms Okafor has been locked in talks with the bloc's finance ministers, which Norway now chairs.",
            "Okafor met with union officials in the capital.",
        ] {
            assert!(names_counterpart(whom, &relief), "{whom}");
        }
        assert!(!names_counterpart(
            "Okafor met with reporters in the capital.",
            &relief
        ));
        assert_eq!(
            Cue::of_question(Kind::Who, "Who will Okafor meet in Mirna?"),
            Cue::Meeting
        );
        assert_eq!(
            Cue::of_question(Kind::YesNo, "Are they going to meet again?"),
            Cue::Upcoming
        );
        // Asked in the past: a meeting still to come does not tell it.
        for q in [
            "Who did Okafor meet in Mirna?",
            "Which ministers did he see?",
        ] {
            assert_eq!(Cue::of_question(Kind::Who, q), Cue::HeldMeeting, "{q}");
        }
        let held = ask(Cue::HeldMeeting, &["okafor"], &["ministers"]);
        assert!(
            score_in(
                "In meetings with the trade and finance ministers, Okafor said he voiced concern.",
                "",
                &held
            )
            .is_some()
        );
        assert!(
            score_in(
                "During the trip Okafor will meet the central bank and Mining Minister Ada Vos.",
                "",
                &held
            )
            .is_none()
        );
        // "Who accompanied X on the visit?" is told by a sentence of attending.
        assert_eq!(
            Cue::of_question(Kind::Who, "Who will accompany Okafor on his visit?"),
            Cue::Words
        );
    }

    #[test]
    fn a_time_of_day_tells_when() {
        let at = ask(Cue::Time, &["okafor"], &[]);
        assert!(score_in("Okafor's talks open at 1500 GMT in the hall.", "", &at).is_some());
        assert!(score_in("Okafor will meet them at 3 p.m.", "", &at).is_some());
        // Must not: a number that is no time.
        assert!(score_in("Okafor's 1500 workers will meet them.", "", &at).is_none());
    }

    #[test]
    fn a_place_in_a_lower_case_sentence_is_found_after_its_preposition() {
        // Must handle: a lower-case wire's city, of one word or two.
        assert!(has_place(
            "the board will meet its creditors in new york on monday."
        ));
        assert!(has_place(
            "talks resume in geneva next week, a spokesman said."
        ));
        // Must not: a word after "in" that is no place, nor a lower-case town among capitals.
        assert!(!has_place("the firm is in talks with its lenders."));
        assert!(!has_place("The Board said Ms Lind was in paris mood."));
    }

    #[test]
    fn how_often_is_told_by_a_word_of_frequency() {
        assert_eq!(
            Cue::of_question(Kind::HowMany, "How often was Lind in touch with Okafor?"),
            Cue::Frequency
        );
        // Must not: how many times they met counts meetings.
        assert_eq!(
            Cue::of_question(Kind::HowMany, "How many times did Lind meet Okafor?"),
            Cue::Count
        );
        let often = |s: &str| Cue::Frequency.shown_by(s, &[]);
        // Must handle: a frequency told by an adverb or by "every" and "a".
        assert!(often(
            "He said he had been in almost daily telephone contact with Okafor."
        ));
        assert!(often("The two ministers meet every month in Brussels."));
        assert!(often(
            "Lind and Okafor spoke twice a week during the strike."
        ));
        // Must not: a daily paper, or "every" before no unit of time.
        assert!(!often("The daily newspaper said Lind met Okafor."));
        assert!(!often("Lind met every minister in the cabinet."));
    }

    #[test]
    fn a_state_asked_why_is_told_by_its_cause() {
        let why = ask(Cue::Reason, &["okafor"], &["frustrated"]);
        // Must handle: the state asked about, then what it is with or about.
        let told = "Okafor was increasingly \"frustrated\" with the pace of the talks.";
        assert!(score_in(told, "", &why).is_some());
        let worried = ask(Cue::Reason, &["lind"], &["worried"]);
        assert!(score_in("Lind is worried about the cost of the plan.", "", &worried).is_some());
        // Must not: a word of meeting before "with", nor the state without its cause.
        let met = ask(Cue::Reason, &["okafor"], &["met"]);
        assert!(score_in("Okafor met with Lind on Friday.", "", &met).is_none());
        assert!(score_in("Okafor is frustrated, aides said.", "", &why).is_none());
    }

    #[test]
    fn a_state_with_the_questions_own_words_after_it_tells_no_cause() {
        let words = |s: &str| text::norm_words(s);
        let asked = words("wto beef tariffs");
        // Must handle: the question's own words after "over" are no cause.
        assert!(!state_with_cause(
            &words("The union filed a complaint with the WTO over European Union beef tariffs."),
            &asked
        ));
        let asked = words("angry ferry fares");
        assert!(!state_with_cause(
            &words("Lind was angry over the ferry fares again."),
            &asked
        ));
        // Must not: a cause the question does not hold.
        assert!(state_with_cause(
            &words("Lind was angry over the delay to the new ferry."),
            &asked
        ));
    }

    #[test]
    fn what_they_were_getting_ready_for_is_what_comes_after() {
        // Must handle: "ready for", "preparing for", whatever else the question names.
        for q in [
            "What were the Andean deputies getting ready for when they met in Lima?",
            "What was Okafor preparing for at the Accra talks last week?",
        ] {
            assert_eq!(Cue::of_question(Kind::Other, q), Cue::Upcoming, "{q}");
        }
        let up = ask(Cue::Upcoming, &[], &["deputies"]);
        let told = "The officials met in Lima in preparation for the bank's meeting in May.";
        assert!(score_in(told, "", &up).is_some());
        // Must not: what they prepared, with no "for".
        assert_ne!(
            Cue::of_question(
                Kind::Other,
                "What did the deputies prepare at the Lima talks?"
            ),
            Cue::Upcoming
        );
    }

    #[test]
    fn a_verb_is_told_by_its_forms_office_act_and_family() {
        // Must handle: the office of the verb asked about, after its noun or alone.
        assert!(has_verb(
            "The board met under the chairmanship of Ana Ruiz.",
            "chaired"
        ));
        assert!(has_verb(
            "Chairmanship of the talks passed to Ivo Kral.",
            "chair"
        ));
        // Must not: the title, or another word that starts the same.
        assert!(!has_verb(
            "The chairperson of the bank spoke first.",
            "chaired"
        ));
        assert!(!has_verb("Leadership contests were postponed.", "leading"));
        // The act ("made no commitment"), a word of the verb's family ("headed by").
        assert!(has_verb("He made no commitment to Lind.", "commit"));
        assert!(has_verb("A delegation headed by Ivo Kral arrived.", "led"));
        // An opponent is faced or played: "Who will she play?" told by "will now face".
        assert!(has_verb(
            "Ruiz will now face Kral in the semi-finals.",
            "play"
        ));
        // Must not: a defeat suffered is no win ("suffered a defeat to Ruiz").
        assert!(!has_verb("Kral suffered a defeat to Ruiz.", "beat"));
        assert!(!has_verb(
            "Kral will watch Ruiz in the semi-finals.",
            "play"
        ));
        // A phrasal verb whole: "signed up", not "turned into".
        assert!(has_verb("Ghana finally signed up to it.", "sign up"));
        assert!(!has_verb(
            "Pledges have to be turned into action.",
            "turn up"
        ));
    }

    #[test]
    fn a_part_of_a_country_after_a_preposition_is_a_place() {
        // Must handle: a region's word between the preposition and the country.
        assert!(has_place(
            "He spoke after two days of talks in central Portugal."
        ));
        assert!(has_place(
            "The envoys gathered at a lodge in northern Chile."
        ));
        // Must not: the country after such a word with no preposition before it.
        assert!(!has_place(
            "Eastern Nigeria's governors said talks had stalled."
        ));
    }

    #[test]
    fn a_length_beside_the_place_asked_is_the_one_asked() {
        let mut stay = ask(Cue::Duration, &[], &["committee", "fishing"]);
        stay.people_required = false;
        stay.proper = vec!["norland".into()];
        let mission = "Six MPs begin a two-day fact-finding mission to Norland.";
        assert!(score_in(mission, "", &stay).is_some());
        let tour = "The panel starts a three-week tour of Norland on Monday.";
        assert!(score_in(tour, "", &stay).is_some());
        // A length far from the place is another one.
        let far = "Norland's committee on farming, which reported in March, wants a ten-year plan.";
        assert!(score_in(far, "", &stay).is_none());
    }

    #[test]
    fn a_kind_needs_its_mark() {
        let long = ask(Cue::Duration, &["okafor"], &[]);
        assert!(score_in("Okafor and Lind talked for 90 minutes.", "", &long).is_some());
        assert!(score_in("The hour-long talks with Okafor ended late.", "", &long).is_some());
        assert!(score_in("Okafor and Lind talked about fishing.", "", &long).is_none());
        assert!(score_in("Their day-long talks with Okafor ended.", "", &long).is_some());
        assert!(score_in("Okafor's record is long and strong.", "", &long).is_none());
        assert!(score_in("Okafor signed a long-term deal.", "", &long).is_none());
        assert!(score_in("Okafor had nine hours of talks with Lind.", "", &long).is_some());
        let aid = "Okafor said aid over the next four years would rise.";
        assert!(score_in(aid, "", &long).is_none());
        let ended = "Talks aimed at averting the strike Okafor called have ended after 90 minutes.";
        assert!(score_in(ended, "", &long).is_some());
        let vague = "Okafor said the firms had been in talks with Lind for \"some time\".";
        assert!(score_in(vague, "", &long).is_some());
        let weeks = "Okafor had held talks with the union for weeks.";
        assert!(score_in(weeks, "", &long).is_some());
        let first = "Okafor met Lind for the first time at the talks.";
        assert!(score_in(first, "", &long).is_none());
        let gap = ask(Cue::Duration, &["okafor"], &["ferry", "suspended"]);
        let ferry = "Okafor reopened the ferry service, for the first time in nine years.";
        assert!(score_in(ferry, "", &gap).is_some());
        let count = ask(Cue::Count, &["okafor"], &[]);
        assert!(
            score_in(
                "It was the fourth meeting between Okafor and Lind.",
                "",
                &count
            )
            .is_some()
        );
        assert!(score_in("Okafor has met Lind twice.", "", &count).is_some());
        assert!(score_in("Okafor met Lind in Accra.", "", &count).is_none());
        let first_leader = "Okafor is the first Ghanaian leader to visit in years.";
        assert!(score_in(first_leader, "", &count).is_none());
        assert!(score_in("Okafor and Lind have met three times.", "", &count).is_some());
        let why = ask(Cue::Reason, &["okafor"], &[]);
        assert!(score_in("Okafor was in Lima to attend a forum.", "", &why).is_some());
        assert!(score_in("The delay was caused by floods, Okafor said.", "", &why).is_some());
        assert!(score_in("Okafor was in Lima on Monday.", "", &why).is_none());
        let topic = ask(Cue::Topic, &["okafor"], &[]);
        let plan = "Okafor will meet Lind to discuss fishing quotas and port fees.";
        assert!(score_in(plan, "", &topic).is_some());
        let talk = "Okafor met Lind in Halden to talk about fishing quotas.";
        assert!(score_in(talk, "", &topic).is_some());
        let dominated = "Okafor said the talks would be dominated by the row over port fees.";
        assert!(score_in(dominated, "", &topic).is_some());
        assert!(score_in("Okafor held talks on Monday.", "", &topic).is_none());
        let aside = "Okafor said it was wrong to impose the tariffs.";
        assert!(score_in(aside, "", &topic).is_none());
        assert_eq!(
            Cue::of_question(Kind::Agreed, "What will they talk about?"),
            Cue::Topic
        );
        assert_eq!(
            Cue::of_question(Kind::Agreed, "What did they agree?"),
            Cue::Outcome
        );
        assert_eq!(
            Cue::of_question(
                Kind::Agreed,
                "What were the Halden talks meant to be about?"
            ),
            Cue::Topic
        );
        assert_eq!(
            Cue::of_question(Kind::Other, "What was the visit like?"),
            Cue::Words
        );
        assert_eq!(
            Cue::of_question(Kind::Other, "How did Okafor get in touch with Lind?"),
            Cue::Contact
        );
        // "How did X talk to Y?" asks the channel, not what they talked about.
        assert_eq!(
            Cue::of_question(Kind::Other, "How did Okafor talk to the Danish premier?"),
            Cue::Contact
        );
        assert_eq!(
            Cue::of_question(Kind::Other, "how did Lind and Okafor speak last month?"),
            Cue::Contact
        );
        assert_eq!(
            Cue::of_question(Kind::Other, "What did Okafor talk to Lind about?"),
            Cue::Topic
        );
        let phone = "Okafor had recently spoken by telephone with the Danish premier.";
        assert!(score_in(phone, "", &ask(Cue::Contact, &["okafor"], &[])).is_some());
        assert_eq!(
            Cue::of_question(Kind::Other, "whose idea was the meeting?"),
            Cue::Initiative
        );
        let idea = ask(Cue::Initiative, &["okafor"], &[]);
        let asked = "The talks with Okafor were held at the request of the exporters.";
        assert!(score_in(asked, "", &idea).is_some());
        let own = "Okafor said the summit had been Lind's idea.";
        assert!(score_in(own, "", &idea).is_some());
        assert!(score_in("Okafor met Lind in Accra.", "", &idea).is_none());
        let contact = ask(Cue::Contact, &["okafor"], &[]);
        let rang = "Okafor rang Lind as soon as her letter came.";
        assert!(score_in(rang, "", &contact).is_some());
        let aside = "Okafor said the touch of the new coach was light.";
        assert!(score_in(aside, "", &contact).is_none());
        // A trip for meetings tells its purpose.
        let trip = "Okafor will fly to Oslo next week for meetings with shipping firms.";
        assert!(score_in(trip, "", &why).is_some());
        let place = ask(Cue::Place, &["okafor"], &[]);
        // A town no gazetteer lists, after a preposition of place.
        let town = "Unions met Okafor at the spring conference in Gateshead.";
        assert!(score_in(town, "", &place).is_some());
        assert!(score_in("Okafor held talks near Morpeth.", "", &place).is_some());
        assert!(score_in("Okafor met Lind in March.", "", &place).is_none());
        assert!(score_in("Okafor spoke in English at Christmas.", "", &place).is_none());
        // "Is another meeting coming up?": a meeting still to come, not one held.
        assert_eq!(
            Cue::of_question(Kind::YesNo, "Is another meeting coming up?"),
            Cue::Upcoming
        );
        assert_eq!(
            Cue::of_question(Kind::YesNo, "Did they meet in Oslo?"),
            Cue::Words
        );
        let next = ask(Cue::Upcoming, &["okafor"], &[]);
        let ahead = "Okafor spoke ahead of a meeting of Nordic ministers next week.";
        assert!(score_in(ahead, "", &next).is_some());
        assert!(score_in("Okafor will meet Lind in Oslo.", "", &next).is_some());
        assert!(score_in("Okafor met Lind in Oslo last week.", "", &next).is_none());
        // "What did Okafor say?": a sentence where Okafor says it outweighs one where
        // someone else speaks of Okafor; not a sentence where he is only spoken to.
        let speech = ask(Cue::Speech, &["okafor"], &[]);
        let his = score_in("Mr Okafor repeatedly told jurors he met Lind.", "", &speech);
        let of_him = score_in("Lind said Mr Okafor was key to the case.", "", &speech);
        assert!(his > of_him, "{his:?} {of_him:?}");
        let after = score_in(
            "\"It is over,\" said Trade Minister Okafor after it.",
            "",
            &speech,
        );
        assert!(after > of_him);
        // What someone will say ranks below what was said (it is no mark of speech).
        let said = score_in("Okafor said the fund is safe.", "", &speech);
        let will = score_in(
            "Mr Okafor will tell delegates the fund is safe.",
            "",
            &speech,
        );
        let expected = score_in("Okafor is expected to say the fund is safe.", "", &speech);
        let declined = score_in("Okafor declined to comment on the fund.", "", &speech);
        assert!(
            will < said && expected < said,
            "{said:?} {will:?} {expected:?}"
        );
        assert_eq!(declined, said);
        // A town tells where a meeting was; a continent or a country alone does not.
        assert!(names_a_town("Okafor met Lind in Lisbon on Monday."));
        assert!(names_a_town("They talked at the town hall in Gateshead."));
        assert!(!names_a_town(
            "\"Asia should act,\" Okafor said after meeting Lind."
        ));
        let when = ask(Cue::Time, &["okafor"], &[]);
        assert!(score_in("Okafor first met Lind in February.", "", &when).is_some());
        assert!(score_in("Okafor met Lind at the forum.", "", &when).is_none());
    }

    #[test]
    fn the_people_or_a_pointer_to_them() {
        let a = ask(Cue::Words, &["okafor", "lind"], &["cables"]);
        assert!(score_in("Okafor spoke of cables.", "", &a).is_some());
        // "the two" points back to people the paragraph names.
        let ctx = "Okafor met Lind. The two agreed on cables.";
        assert!(score_in("The two agreed on cables.", ctx, &a).is_some());
        assert!(score_in("The two agreed on cables.", "Nobody else.", &a).is_none());
        let pair = Ask {
            all_people: true,
            ..a.clone()
        };
        assert!(score_in("Okafor spoke of cables.", "", &pair).is_none());
        assert!(score_in("Okafor told Lind about cables.", "", &pair).is_some());
        assert!(score_in("The two agreed on cables.", ctx, &pair).is_some());
        // "He" or "his" points to the one the paragraph names ("He described his meeting
        // with Lind as frank", Okafor named just before); not to someone it does not name.
        let his = "He described his talks with Lind on cables as frank.";
        assert!(score_in(his, "Okafor visited Oslo in May.", &pair).is_some());
        assert!(score_in(his, "Nobody else.", &pair).is_none());
        // Words of the question are needed when no kind is marked.
        assert!(score_in("Okafor met Lind.", "", &a).is_none());
    }

    fn hit_in(article: &str, title: &str, paragraph: usize, text: &str) -> Hit {
        Hit {
            article: article.into(),
            title: title.into(),
            url: None,
            paragraph,
            text: text.into(),
            published: None,
            dateline: None,
            score: 1.0,
            facts: Vec::new(),
            coverage: 0.0,
            article_coverage: 0.0,
        }
    }

    /// "What did Lind ask for in October 1987?": of two reports saying as much, the one
    /// published then is read first.
    #[test]
    fn a_report_of_the_asked_period_is_read_first() {
        let dated = |article: &str, y: i16, m: i8, text: &str| Hit {
            published: jiff::civil::Date::new(y, m, 12).ok(),
            ..hit_in(article, "Lind", 1, text)
        };
        let paragraphs = [
            dated(
                "march",
                1987,
                3,
                "Lind will ask Oslo for lower grain tariffs.",
            ),
            dated(
                "october",
                1987,
                10,
                "Lind will ask Oslo for lower fish tariffs.",
            ),
        ];
        let mut a = ask(Cue::Words, &["lind"], &["ask", "tariffs"]);
        let first = |a: &Ask| read(&paragraphs, a, 1, 100)[0].sentence.clone();
        // Must not: with no time asked, the order of the search stands.
        assert!(first(&a).contains("grain"));
        // Must handle: the asked month, or the month after it.
        for period in [FuzzyDate::month(1987, 10), FuzzyDate::month(1987, 9)] {
            a.period = Some(period);
            assert!(first(&a).contains("fish"), "{period:?}");
        }
        a.period = Some(FuzzyDate::month(1987, 6));
        assert!(first(&a).contains("grain"));
    }

    #[test]
    fn a_who_question_naming_nobody_takes_any_word_of_meeting_for_its_own() {
        let ask = ask(Cue::Person, &[], &["see"]);
        // Must handle: another word of meeting than the one asked with.
        let s = "The envoy was summoned yesterday to confer with Undersecretary Hana Rausch.";
        assert!(score_in(s, "", &ask).is_some());
        let s = "He held talks with Defence Minister Ilse Brandt on Monday.";
        assert!(score_in(s, "", &ask).is_some());
        // Must not: a sentence with no word of meeting.
        let s = "The envoy was summoned by Undersecretary Hana Rausch yesterday.";
        assert!(score_in(s, "", &ask).is_none());
    }

    #[test]
    fn a_who_question_naming_nobody_is_told_by_a_sentence_naming_someone() {
        // Must handle: "Who held the talks that set up the board?" and "Which minister
        // opposed the levy?" are told by the sentence that names who did.
        let board = [
            "Norland and Estavia agreed to set up a joint fisheries board.",
            "The board was agreed in talks between Fisheries Minister Arvid Tolle and envoy Mara Vesk.",
        ];
        let a = ask(Cue::Person, &[], &["board", "talks", "set"]);
        let read_one = |text: &str| read(&[hit_in("a", "t", 1, text)], &a, 1, 100);
        assert_eq!(read_one(&board.join(" "))[0].sentence, board[1]);
        let levy = "The levy was opposed by Farm Minister Odile Braak at the meeting.";
        let b = ask(Cue::Person, &[], &["opposed", "levy"]);
        let text = format!("Ministers opposed the levy, officials said. {levy}");
        assert_eq!(
            read(&[hit_in("a", "t", 1, &text)], &b, 1, 100)[0].sentence,
            levy
        );
        // Must not: a sentence that names nobody is no answer to "who".
        assert!(read_one(board[0]).is_empty());
    }

    #[test]
    fn meet_in_another_sense_tells_no_meeting() {
        // Must: "meet the deadline", "met its targets" are no meetings.
        assert!(!tells_meeting(
            "We have to meet the deadline, Aronsen told the growers."
        ));
        assert!(!tells_meeting("The mill met its export targets this year."));
        // Must not: a meeting with people, or with a body.
        assert!(tells_meeting("Aronsen met the growers in Tromso."));
        assert!(tells_meeting("He will meet market regulators on Friday."));
    }

    #[test]
    fn who_was_at_a_meeting_is_told_by_the_sentence_of_meeting_naming_its_parties() {
        // "Who was at the meeting about warning labels on toys?"
        let a = ask(Cue::Participants, &[], &["warning", "labels", "toys"]);
        let around = "Ministers want warning labels on toys.";
        // Must handle: bodies rather than people, and a sentence that repeats none of the
        // question's words when its paragraph does.
        let s =
            "It was discussed at a meeting between ministry officials and the Toy Safety Council.";
        assert!(score_in(s, around, &a).is_some());
        let s = "Trade Secretary Nils Aronsen held talks with toy makers on Monday.";
        assert!(score_in(s, "", &a).is_none());
        assert!(score_in(s, around, &a).is_some());
        // Must not: a meeting naming no one ("met on Monday"), nor a sentence naming
        // someone with no meeting.
        assert!(score_in("The two sides met on Monday about toys.", around, &a).is_none());
        let s = "Toy labels were praised by Trade Secretary Nils Aronsen.";
        assert!(score_in(s, around, &a).is_none());
        // A follow-up asking no words: the sentence of meeting naming its parties.
        let a = Ask {
            people_required: false,
            ..ask(Cue::Participants, &[], &[])
        };
        let s = "The senators, two mayors and toy makers met Trade Secretary Nils Aronsen.";
        assert!(score_in(s, "", &a).is_some());
        assert!(score_in("The senators said toys were unsafe.", "", &a).is_none());
    }

    #[test]
    fn a_town_after_its_noun_is_a_place_the_gazetteer_may_lack() {
        // Must handle: "the port city of X", "the town of X".
        assert!(unlisted_place(
            "The plant would be set up in the port city of Vallemora on the east coast."
        ));
        assert!(unlisted_place("They met near the town of Ostrava-Jih."));
        // Must not: a city of something named by no capital.
        assert!(!unlisted_place(
            "The plant would be set up in the city of its founders."
        ));
    }

    #[test]
    fn who_took_part_is_told_by_a_sentence_of_attending_naming_them() {
        // Must handle: attending with no word of meeting, and a delegation led by someone.
        let s = "The dinner was attended by Premier Lena Voss and Mayor Tom Arkell.";
        assert!(Cue::Participants.shown_by(s, &[]));
        let s = "The accord was concluded by a visiting delegation led by Nils Aronsen.";
        assert!(Cue::Participants.shown_by(s, &[]));
        // Must not: attending that names no one.
        assert!(!Cue::Participants.shown_by("The dinner was well attended.", &[]));
    }

    #[test]
    fn a_sentence_of_the_report_about_what_was_asked_comes_first() {
        // Must handle: two sentences that hold as much of the question, one in a report
        // that is about all of it (its title and other paragraph hold the rest): that one.
        let a = Ask {
            proper: vec!["estavia".into()],
            ..ask(Cue::Words, &[], &["fisheries", "board", "quota"])
        };
        let other = hit_in("x", "Estavia budget", 1, "Estavia plans a new board.");
        let about = hit_in(
            "y",
            "Estavia fisheries talks",
            2,
            "Estavia will set up a board.",
        );
        let before = hit_in(
            "y",
            "Estavia fisheries talks",
            1,
            "The quota was cut again.",
        );
        let found = read(&[other.clone(), about.clone(), before.clone()], &a, 1, 100);
        assert_eq!(found[0].source.article, "y");
        let found = read(&[about, before, other], &a, 1, 100);
        assert_eq!(found[0].source.article, "y");
    }

    #[test]
    fn a_time_of_day_of_the_meeting_told_is_its_time() {
        // Must handle: "What time is Okafor meeting the exporters?" told by a sentence
        // pointing at the meeting the paragraph before names him in.
        let a = ask(Cue::ClockTime, &["okafor"], &["exporters"]);
        let set = "Today's meeting, set to begin at 1500 EST, was asked for by the exporters.";
        assert!(score_in(set, "Okafor will meet the exporters today.", &a).is_some());
        // Must not: a time of day with no pointer to him or his meeting, or no time.
        let other = "Trading in grain opens at 1500 EST, exporters said.";
        assert!(score_in(other, "Okafor will meet the exporters today.", &a).is_none());
        let untimed = "Today's meeting was asked for by the exporters.";
        assert!(score_in(untimed, "Okafor will meet the exporters today.", &a).is_none());
        assert_eq!(
            Cue::of_question(Kind::When, "What time is Okafor meeting them?"),
            Cue::ClockTime
        );
    }

    #[test]
    fn a_meeting_of_everyone_asked_answers_in_its_own_words() {
        // Must handle: "see" asked, "visiting" and "talks with" told, both people named.
        let a = ask(Cue::Words, &["okafor", "lind"], &["see", "trip"]);
        let visit = "Tomorrow Okafor is to meet bankers before visiting Lind.";
        assert!(score_in(visit, "", &a).is_some());
        let talks = "Lind will hold talks with Okafor in Accra.";
        assert!(score_in(talks, "", &a).is_some());
        // Must not: only one of them named, with a meeting.
        let one = "Tomorrow Okafor is to meet bankers in Accra.";
        assert!(score_in(one, "", &a).is_none());
    }

    #[test]
    fn a_body_named_by_its_acronym_is_the_body_asked_about() {
        // Must handle: a later sentence of the article that uses the acronym it defined.
        let a = Ask {
            proper: vec!["fisheries council".into()],
            ..ask(Cue::Time, &[], &["board"])
        };
        let defined = hit_in(
            "y",
            "Quota row",
            1,
            "Quotas are set by the Nordic Fisheries Council (NFC), a joint body.",
        );
        let used = hit_in(
            "y",
            "Quota row",
            3,
            "An NFC board meeting on Friday cut them.",
        );
        let found = read(&[defined.clone(), used.clone()], &a, 1, 100);
        assert_eq!(
            found[0].sentence,
            "An NFC board meeting on Friday cut them."
        );
        // Must not: the same letters in a report that defines no such body.
        let other = hit_in("z", "Ports", 3, "An NFC board meeting on Friday cut them.");
        assert!(read(&[other], &a, 1, 100).is_empty());
    }

    #[test]
    fn a_length_of_time_beside_the_end_of_a_meeting_is_its_length() {
        // Must handle: how long a meeting went on, told by when someone came out of it.
        for s in [
            "Okafor emerged after three hours at the ministry but said nothing.",
            "The session adjourned after 40 minutes without a vote.",
        ] {
            assert!(asked_length(s, &[]), "{s}");
        }
        // Must not: a length of time of something else.
        assert!(!asked_length("The flight to Lagos took three hours.", &[]));
    }

    #[test]
    fn a_length_and_a_half_is_a_length() {
        // Must handle: "three and a half hours", "a two-and-a-half-hour session".
        for s in [
            "The meeting of the ministers ended after nearly three and a half hours.",
            "Their talks ran for two and a half hours on Monday.",
            "Okafor came out of a two-and-a-half-hour meeting with the unions.",
        ] {
            assert!(asked_length(s, &[]), "{s}");
        }
        // Must not: a half of something that is no length of time.
        assert!(!asked_length(
            "The meeting heard output would rise by three and a half percent.",
            &[]
        ));
    }
}
