//! What a question asks: one rule per kind, tried in order of precedence ("how many
//! times" before "when", "why" before "where", ...); the first that applies decides.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::lists::{
    BE_FORMS, KIND_AGREED, KIND_DECLARATIVE_VERBS, KIND_DESCRIBED, KIND_HAPPENED, KIND_HOW_MANY,
    KIND_SAID_AUXILIARIES, KIND_SAID_OPENERS, KIND_SAID_PRONOUNS, KIND_WH_WORDS, KIND_WHAT_ABOUT,
    KIND_WHEN, KIND_WHEN_ASKING_VERBS, KIND_WHICH_PERSON, KIND_WHO_IS, KIND_WHO_SIGNING,
    KIND_WHO_TAKING_PART, KIND_WHY, KIND_YES_NO, OCCASION_HEADS, QUESTION_DATE_SET_PHRASES,
    QUESTION_END_PREPOSITIONS, QUESTION_ROLE_HEADS, QUESTION_SAY_VERBS,
    QUESTION_SUBJECT_AUXILIARIES, QUESTION_TAKING_PART_PHRASES, QUESTION_TOPIC_WORDS,
    READER_DURATION_UNITS,
};

use super::super::countries::country_at;
use super::super::question::{Kind, Question};
use super::super::text::{self, name_token_eq};
use super::{Scan, is_meet_word, is_place_noun};

/// Longest "What about X?" read as an elliptic follow-up, in words.
const MAX_WHAT_ABOUT_WORDS: usize = 6;

/// Question words proper (not the auxiliaries [`KIND_WH_WORDS`] also holds): a statement
/// asked as a question has none.
pub(crate) const WH_WORDS: [&str; 8] = [
    "what", "which", "who", "whom", "how", "why", "where", "when",
];

/// A rule: the kind when it applies. It may note the speaker of a "what did X say".
type Rule = fn(&Scan, &mut Question) -> Option<Kind>;

/// The rules, in order of precedence.
const RULES: [Rule; 15] = [
    how_many,
    how_long,
    why,
    who_is,
    date_set,
    when,
    where_,
    described,
    said,
    what_about,
    agreed,
    who,
    yes_no,
    declarative,
    keyword_style,
];

/// The kind of the question (`Other` when no rule applies).
pub(super) fn classify(s: &Scan, q: &mut Question) -> Kind {
    RULES
        .iter()
        .find_map(|rule| rule(s, q))
        .unwrap_or(Kind::Other)
}

fn any_meet(s: &Scan) -> bool {
    s.norm.iter().any(|w| is_meet_word(w))
}

fn how_many(s: &Scan, _: &mut Question) -> Option<Kind> {
    s.cue(&KIND_HOW_MANY).then_some(Kind::HowMany)
}

/// "How long did they talk?", "How long was the call?", "How many days did she spend
/// there?" (a count of a unit of time is a length).
fn how_long(s: &Scan, _: &mut Question) -> Option<Kind> {
    let second = s.norm.get(1).map(String::as_str);
    let unit = s
        .norm
        .get(2)
        .is_some_and(|w| READER_DURATION_UNITS.has(w.strip_suffix('s').unwrap_or(w)));
    (s.first() == "how" && (second == Some("long") || second == Some("many") && unit))
        .then_some(Kind::HowLong)
}

/// "Why ...?", "What brought him here?", and what someone is after: "What's she after?",
/// "What does he want?" (the aim, told as a reason or purpose).
fn why(s: &Scan, _: &mut Question) -> Option<Kind> {
    let last = s.norm.last().map(String::as_str);
    let aim = s.first() == "what" && matches!(last, Some("after" | "want" | "wants"));
    (s.cue(&KIND_WHY) || aim || what_caused(&s.norm)).then_some(Kind::Why)
}

/// Verbs of bringing something about, after "what" and a noun: the noun is the cause
/// asked for ("What meeting had brought him to the UK?", "What dispute prompted the
/// talks?").
const CAUSE_VERBS: [&str; 8] = [
    "brought", "brings", "prompted", "prompts", "caused", "causes", "led", "drove",
];

/// "What meeting had brought him to the UK?": "what", a noun (no auxiliary: "What did
/// he bring?" asks a thing), perhaps "had" or "has", and a verb of [`CAUSE_VERBS`].
fn what_caused(words: &[String]) -> bool {
    cause_verb(words).is_some()
}

/// The verb of [`what_caused`], a word of the asking, not of what is asked.
pub(super) fn cause_verb(words: &[String]) -> Option<&'static str> {
    let [what, noun, rest @ ..] = words else {
        return None;
    };
    let rest = match rest {
        [aux, rest @ ..] if matches!(aux.as_str(), "had" | "has" | "have") => rest,
        _ => rest,
    };
    if what != "what" || QUESTION_SUBJECT_AUXILIARIES.has(noun) || BE_FORMS.has(noun) {
        return None;
    }
    let verb = rest.first()?;
    CAUSE_VERBS.iter().copied().find(|v| v == verb)
}

/// "Who is X?" about one known person, not about whom they met, nor whom they are doing
/// something with ("Who is X co-chairing the session with?").
fn who_is(s: &Scan, q: &mut Question) -> Option<Kind> {
    let doing = (s.norm.iter().skip(2)).any(|w| w.len() > MIN_ING_VERB && w.ends_with("ing"))
        || s.norm
            .last()
            .is_some_and(|w| QUESTION_END_PREPOSITIONS.has(w));
    (s.opens_with(&KIND_WHO_IS) && !any_meet(s) && !doing && q.people.len() == 1)
        .then_some(Kind::WhoIs)
}

/// Shortest word read as a verb in "-ing" ("bring" and "king" are none).
const MIN_ING_VERB: usize = 5;

/// "when" opens the question, or follows a preamble ("According to X, when ..."); in
/// "What was on the agenda when they met?" it is only a clause.
fn when(s: &Scan, _: &mut Question) -> Option<Kind> {
    let at = s.norm.iter().position(|w| w == "when");
    let when_asked = at.is_some_and(|k| !KIND_WH_WORDS.has(s.first()) && !when_clause(s, k));
    (when_asked || s.cue(&KIND_WHEN)).then_some(Kind::When)
}

/// True when the question speaks of the time, as its kind or besides it: "Where and when
/// did they meet?", "What day ...", and "What was said when they met?" too (the date of
/// the report a passage comes from is worth giving with it).
pub(super) fn asks_time(s: &Scan) -> bool {
    s.has("when") || s.cue(&KIND_WHEN)
}

/// A second question after "and" asks what was discussed or agreed: "Who did X meet, and
/// what did they discuss?", "When did they meet and what was agreed?".
pub(super) fn asks_topic(s: &Scan) -> bool {
    s.norm.windows(2).enumerate().any(|(i, w)| {
        w[0] == "and"
            && w[1] == "what"
            && s.norm[i + 2..]
                .iter()
                .any(|x| QUESTION_TOPIC_WORDS.has(x) || KIND_AGREED.has(x))
    })
}

/// The kind of a second question after "and": "..., and how long was it?", "..., and
/// when?", "and where did they go next?". `None` for one question, or one that goes on
/// with "and" otherwise ("Where did Lind and Berg meet?").
pub(super) fn second_kind(s: &Scan) -> Option<Kind> {
    let mut ands = (0..s.norm.len()).filter(|&k| s.norm[k] == "and");
    ands.find_map(|at| match &s.norm[at + 1..] {
        [how, long, ..] if how == "how" && long == "long" => Some(Kind::HowLong),
        [w, ..] if w == "when" => Some(Kind::When),
        [w, ..] if w == "where" => Some(Kind::Where),
        _ => None,
    })
}

/// Words after an occasion's name in which its head may come ("the Bergen fisheries
/// summit").
const OCCASION_HEAD_REACH: usize = 3;

/// "When is the G-7 meeting ...?", "When was the Bergen fisheries summit?": the capitalised
/// words (one to four) naming the occasion a when-question asks the time of, when a head
/// of [`OCCASION_HEADS`] follows within [`OCCASION_HEAD_REACH`] words.
pub(super) fn named_occasion(text: &str) -> Option<String> {
    static NAMED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?i:\s*when\s+(?:is|was|will|does|did|are|were)\s+the\s+)((?:\d{4}\s+)?[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})",
        )
        .expect("static regex")
    });
    let name = NAMED.captures(text)?.get(1)?;
    let headed = text[name.end()..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(OCCASION_HEAD_REACH)
        .any(|w| OCCASION_HEADS.has(&w.to_lowercase()));
    headed.then(|| name.as_str().to_string())
}

/// After a yes/no opener, "when" at `k` opens a clause: "Had they met when the report came
/// out?" and "Did she pledge support when she met him?" ask yes or no. A verb of asking
/// before it ("Do you know when they met?") and a closing "Did they meet, and when?" still
/// ask when.
fn when_clause(s: &Scan, k: usize) -> bool {
    let asking = (0..k).any(|i| {
        KIND_WHEN_ASKING_VERBS.has(&s.norm[i])
            && !s
                .norm
                .get(i + 1)
                .is_some_and(|o| SAID_OBJECTS.contains(&o.as_str()))
    });
    KIND_YES_NO.has(s.first()) && k + 1 < s.norm.len() && !asking
}

/// Objects of a verb of saying that make it ask what was said, not when: "Did she say
/// anything when she came out?" asks for her words ("Did she say when?" asks the time).
const SAID_OBJECTS: [&str; 3] = ["anything", "something", "much"];

/// "Where ...", or "which"/"what" before a noun of place ("In which town did they meet?"),
/// unless a person is asked after it ("Which country's minister did she meet?").
fn where_(s: &Scan, _: &mut Question) -> Option<Kind> {
    let which_place = s.norm.iter().enumerate().any(|(k, w)| {
        // "which city", "which German city"
        let noun = (k + 1..=k + 2).find(|&n| s.norm.get(n).is_some_and(|x| is_place_noun(x)));
        matches!(w.as_str(), "which" | "what")
            && noun.is_some_and(|n| {
                // "Which areas of trade ...?" asks of no place.
                let of = s.norm.get(n + 1).is_some_and(|x| x == "of");
                !of && !s.norm[n + 1..]
                    .iter()
                    .take(2)
                    .any(|x| QUESTION_ROLE_HEADS.has(x))
            })
    });
    (asks_where(s) || which_place).then_some(Kind::Where)
}

/// "Where ...?", "When and where ...?": a "where" that asks. One after a noun of a question
/// that another question word opens ("Who hosted the dinner where Blair said ...?") opens
/// a relative clause.
fn asks_where(s: &Scan) -> bool {
    let Some(k) = s.norm.iter().position(|w| w == "where") else {
        return false;
    };
    let asked_before = s.norm[..k]
        .iter()
        .any(|w| w != "where" && WH_WORDS.contains(&w.as_str()));
    let joined = k > 0 && matches!(s.norm[k - 1].as_str(), "and" | "or");
    !asked_before || joined
}

/// "How did X describe the talks?": X, when one person is named, is whose words count.
fn described(s: &Scan, q: &mut Question) -> Option<Kind> {
    if !s.cue(&KIND_DESCRIBED) {
        return None;
    }
    if let [one] = q.people.as_slice() {
        q.speaker = Some(one.clone());
    }
    Some(Kind::Described)
}

/// "what did X say/tell": the subject between "did" and the verb is a person or pronoun.
fn said(s: &Scan, q: &mut Question) -> Option<Kind> {
    let norm = &s.norm;
    let v = norm.iter().position(|w| QUESTION_SAY_VERBS.has(w))?;
    let opener = KIND_SAID_OPENERS.has(s.first());
    let Some(a) = norm[..v].iter().rposition(|w| KIND_SAID_AUXILIARIES.has(w)) else {
        return (opener && s.lower.contains("was said")).then_some(Kind::Said);
    };
    let between = &norm[a + 1..v];
    // "Did the ministry say anything?", "And has she said anything about it?": a yes/no
    // asking for what was said, which the words said (or "declined to comment") answer.
    let anything = norm
        .get(v + 1)
        .is_some_and(|w| w == "anything" || w == "something");
    let opener = opener || anything && norm[..a].iter().all(|w| w == "and" || w == "so");
    let pronoun = between.iter().any(|w| KIND_SAID_PRONOUNS.has(w));
    let named = q.people.iter().find(|k| {
        let kw = text::norm_words(k);
        between
            .iter()
            .any(|w| kw.iter().any(|t| name_token_eq(t, w)))
    });
    // A name the articles' facts don't know may still be the speaker ("What did Lind say?").
    let unknown = q
        .unknown
        .iter()
        .find(|u| text::norm_words(u).iter().any(|t| between.contains(t)))
        .cloned();
    // "What did Japan's foreign minister tell Straw?": an office is a speaker too ("Which
    // issue did officials say would dominate?" asks a thing).
    let office = s.first() == "what" && between.iter().any(|w| QUESTION_ROLE_HEADS.has(w));
    if opener
        && (named.is_some()
            || pronoun
            || unknown.is_some()
            || office
            || between.is_empty()
            || anything)
    {
        q.speaker = named.cloned();
        if named.is_none() {
            q.unknown_speaker = unknown;
        }
        return Some(Kind::Said);
    }
    None
}

/// "What about X?" repeats the last question about X (the conversation decides).
fn what_about(s: &Scan, _: &mut Question) -> Option<Kind> {
    (s.opens_with(&KIND_WHAT_ABOUT) && s.norm.len() <= MAX_WHAT_ABOUT_WORDS).then_some(Kind::Other)
}

/// "What happened ...", "What did they agree / discuss / sign".
fn agreed(s: &Scan, _: &mut Question) -> Option<Kind> {
    let first = s.first();
    // Whole words: "came of" is in "What came of it?", not in "What became of it?".
    if first == "what" && text::has_phrase(&s.norm, &KIND_HAPPENED) {
        return Some(Kind::Agreed);
    }
    let asks = (first == "what" || first == "which")
        && s.norm.iter().any(|w| KIND_AGREED.has(w))
        && (first == "what" || s.has("agree") || s.has("agreed"));
    asks.then_some(Kind::Agreed)
}

/// "Who/whom ..." or "which X" where X is a nationality or a role: about people met.
fn who(s: &Scan, _: &mut Question) -> Option<Kind> {
    let at = s.after_preamble();
    let first = s.norm.get(at).map(String::as_str).unwrap_or("");
    let which_person = first == "which"
        && s.norm.get(at + 1).is_some_and(|w| {
            country_at(&s.norm, at + 1).is_some()
                || QUESTION_ROLE_HEADS.has(w)
                || KIND_WHICH_PERSON.has(w)
        });
    if !(first == "who" || first == "whom" || which_person) {
        return None;
    }
    // "Who signed the loan accord?" asks for the people who signed.
    let signing = s.norm.iter().any(|w| KIND_WHO_SIGNING.has(w));
    if any_meet(s) || s.has("with") || takes_part(&s.norm) || signing {
        Some(Kind::Who)
    } else {
        Some(Kind::Other)
    }
}

/// "Who took part?", "Who attended?", "Who negotiated it?": a verb of taking part asks who
/// was at the meeting, though no word of meeting is said.
pub(crate) fn takes_part(words: &[String]) -> bool {
    text::has_phrase(words, &KIND_WHO_TAKING_PART)
        || text::has_phrase(words, &QUESTION_TAKING_PART_PHRASES)
}

/// True for a word of a phrase of taking part ("part" of "took part"): it asks who was
/// there and is no word of what the meeting was about.
pub(crate) fn taking_part_word(w: &str) -> bool {
    (KIND_WHO_TAKING_PART.iter())
        .chain(QUESTION_TAKING_PART_PHRASES.iter())
        .any(|p| p.split(' ').any(|x| x == w))
}

/// "Had a date been set?", "Is there a date for the talks?": a yes/no about whether a date
/// is fixed, not a when-question for its word "date".
fn date_set(s: &Scan, _: &mut Question) -> Option<Kind> {
    (KIND_YES_NO.has(s.first()) && text::has_phrase(&s.norm, &QUESTION_DATE_SET_PHRASES))
        .then_some(Kind::YesNo)
}

fn yes_no(s: &Scan, _: &mut Question) -> Option<Kind> {
    KIND_YES_NO.has(s.first()).then_some(Kind::YesNo)
}

/// "So he pressed them for changes?", "Okonkwo agreed to the plan?": a statement asked as
/// yes or no, a subject (a pronoun or a known name) then a verb, with no question word.
fn declarative(s: &Scan, _: &mut Question) -> Option<Kind> {
    if !s.text.trim_end().ends_with('?') || s.norm.iter().any(|w| WH_WORDS.contains(&w.as_str())) {
        return None;
    }
    let mut k = 0;
    if s.norm.first().is_some_and(|w| KIND_SAID_PRONOUNS.has(w)) {
        k = 1;
    } else {
        while k < s.norm.len() && s.used[k] {
            k += 1;
        }
    }
    let verb = s.norm.get(k).filter(|_| k > 0)?;
    (verb.ends_with("ed") || KIND_DECLARATIVE_VERBS.has(verb)).then_some(Kind::YesNo)
}

/// Keyword style: "Singh Okafor meeting". Not a question word after a preposition: "At
/// what sort of meeting did X criticise the EC?" asks what the meeting was.
fn keyword_style(s: &Scan, q: &mut Question) -> Option<Kind> {
    let wh_second = s
        .norm
        .get(1)
        .is_some_and(|w| WH_WORDS.contains(&w.as_str()));
    (!KIND_WH_WORDS.has(s.first())
        && !wh_second
        && any_meet(s)
        && (!q.people.is_empty() || q.pronoun.is_some()))
    .then_some(Kind::When)
}
