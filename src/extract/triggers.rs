//! Trigger words of meetings in a sentence ("met", "held talks with", "hosted", "talks
//! between", "their last encounter", "spoke by phone"...) with their kind (verb, "X with
//! Y", "between X and Y", a reference to a meeting told elsewhere), and the words around
//! them that make a meeting planned or speculated (not held), negated, or only recalled.
//!
//! The trigger forms are the word lists `trigger_*.txt` of the lexicon; each list is one
//! kind of trigger with its own rule in [`find_triggers`].

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::{Match, Regex};

use crate::extract::occasions::find_occasions;
use crate::extract::people::Analysis;
use crate::lexicon::lists::{
    CALL_MEDIA, HOLD_VERBS, MEETING_COMPOUNDS, MEETING_DETERMINERS, MEETING_GERUND_BEFORE,
    MEETING_NEGATIONS, PAST_MEETING_VERBS, PLANNED_FAR, PLANNED_MODALS, PLANNED_NEAR,
    PLANNED_TIME_PHRASES, RECALL_LINKS, RECALL_NEAR, TALK_LINKS, TRIGGER_CONTACT_PHRASES,
    TRIGGER_HOST_VERBS, TRIGGER_MEET_VERBS, TRIGGER_NOUNS, TRIGGER_PREFILTER, TRIGGER_TALK_VERBS,
};
use crate::model::{Channel, MeetingKind};

/// The one trigger that is not a word list: a meeting on the sidelines of an occasion.
const SIDELINES: &str = "on the sidelines of";

/// Words read on each side of a trigger to classify it ("held talks with").
const CONTEXT_WORDS: usize = 4;
/// Words a talk verb looks ahead for the medium: "talked with X over the telephone".
const TALK_MEDIUM_REACH: usize = 12;
/// Words before a trigger that still bear on it directly, a short phrase: "did not meet",
/// "held bilateral talks", "their last encounter".
const NEAR_WORDS: usize = 3;
/// Words after "called on" that may hold the "to" of a demand ("called on X to ...").
const DEMAND_REACH: usize = 7;
/// Words before a trigger read for plans and recalls: a clause's worth.
const CLAUSE_WORDS: usize = 8;

pub(crate) static PREFILTER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(TRIGGER_PREFILTER.iter())
        .expect("static patterns")
});

/// Every trigger form of the word lists, whole words, any case.
pub(crate) static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    let forms: Vec<String> = [
        &TRIGGER_MEET_VERBS,
        &TRIGGER_NOUNS,
        &TRIGGER_HOST_VERBS,
        &TRIGGER_TALK_VERBS,
        &TRIGGER_CONTACT_PHRASES,
    ]
    .into_iter()
    .flat_map(|list| list.iter())
    .chain([&SIDELINES])
    .map(|f| regex::escape(f))
    .collect();
    Regex::new(&format!(r"(?i)\b(?:{})\b", forms.join("|"))).expect("trigger forms compile")
});

/// Phrases after "met"/"meet" that are not meetings.
pub(crate) static NOT_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:with\s+)?(?:a\s+|the\s+|its\s+|their\s+|his\s+|her\s+|all\s+|market\s+)?(?:expectations?|deadline|target|targets|goal|goals|requirements?|criteria|needs?|demands?|standards?|criticism|protests?|opposition|resistance|skepticism|scepticism|approval|silence|anger|outrage|derision|dismay|condemnation|backlash|applause|disapproval|obligations?|conditions?|quota|forecasts?|estimates?|costs?|challenge|(?:a\s+)?(?:\w+\s+)?(?:reception|response|reaction|success|failure|fate|end|death|resistance|fierce))\b",
    )
    .expect("static regex")
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TKind {
    /// Subject meets object(s); symmetric when there is no object.
    Verb,
    /// "meeting with", "talks with": like a verb.
    NounWith,
    /// "talks between X and Y", "meeting of X and Y".
    Between,
    /// "the meeting", "their last encounter": refers to a meeting told elsewhere.
    Reference,
    /// "X and Y ... on the sidelines of": only with two or more subjects.
    Sidelines,
}

#[derive(Debug, Clone)]
pub(crate) struct Trigger {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: TKind,
    pub(crate) mkind: MeetingKind,
    /// In person, or the medium of a call.
    pub(crate) channel: Channel,
    /// Verbs that need an object right after them (hosted, received, visited...).
    pub(crate) needs_object: bool,
}

pub(crate) fn words_before(text: &str, at: usize, n: usize) -> Vec<String> {
    text[..at]
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .rev()
        .take(n)
        .map(|w| w.to_lowercase())
        .collect()
}

pub(crate) fn words_between(text: &str, a: usize, b: usize) -> Vec<&str> {
    if a >= b {
        return Vec::new();
    }
    text[a..b]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

pub(crate) fn words_after(text: &str, at: usize, n: usize) -> Vec<String> {
    text[at..]
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .take(n)
        .map(|w| w.to_lowercase())
        .collect()
}

/// The words around one trigger match.
struct Around {
    /// The trigger as written, lower case.
    w: String,
    /// Lower-case words before it, nearest first.
    before: Vec<String>,
    /// The word right before it ("" at the start).
    p1: String,
    /// The word right after it ("" at the end).
    n1: String,
    /// How the contact was made: a call medium follows ("spoke by phone", "talked over
    /// video"), or the trigger is a call; else in person.
    channel: Channel,
}

impl Around {
    fn new(text: &str, m: &Match<'_>) -> Around {
        let w = m.as_str().to_lowercase();
        let before = words_before(text, m.start(), CONTEXT_WORDS);
        let after = words_after(text, m.end(), CONTEXT_WORDS);
        // "talked with X over the telephone": talk verbs look further for the medium.
        let reach = if TRIGGER_TALK_VERBS.contains(&w.as_str()) || w == "talks" {
            TALK_MEDIUM_REACH
        } else {
            CONTEXT_WORDS
        };
        let medium = words_after(text, m.end(), reach)
            .into_iter()
            .find(|x| CALL_MEDIA.has(x));
        let channel = match medium.as_deref() {
            Some(m) if m.starts_with("video") => Channel::Video,
            Some(_) => Channel::Phone,
            None if w.contains("video") => Channel::Video,
            None if w.contains("call") => Channel::Phone,
            None => Channel::InPerson,
        };
        Around {
            p1: before.first().cloned().unwrap_or_default(),
            n1: after.first().cloned().unwrap_or_default(),
            w,
            before,
            channel,
        }
    }

    /// One of `list` among the `reach` words before the trigger.
    fn preceded_by(&self, list: &[&str], reach: usize) -> bool {
        self.before
            .iter()
            .take(reach)
            .any(|x| list.contains(&x.as_str()))
    }
}

pub(crate) fn find_triggers(a: &Analysis) -> Vec<Trigger> {
    let text = a.text;
    let occasions = find_occasions(a);
    let mut out: Vec<Trigger> = TRIGGER
        .find_iter(text)
        .filter_map(|m| {
            let in_occasion = occasions
                .iter()
                .any(|o| m.start() >= o.start && m.start() < o.end);
            classify(text, &m, in_occasion)
        })
        .collect();
    // "on the sidelines of" is a trigger only when nothing else in the sentence is.
    if out.iter().any(|t| t.kind != TKind::Sidelines) {
        out.retain(|t| t.kind != TKind::Sidelines);
    }
    out
}

/// The trigger a match is, by the rule of its kind, or `None` when the words around it
/// say it is no meeting.
fn classify(text: &str, m: &Match<'_>, in_occasion: bool) -> Option<Trigger> {
    let cx = Around::new(text, m);
    // "did not meet", "refused to meet", "cancelled the meeting": no meeting.
    if cx.preceded_by(&MEETING_NEGATIONS, NEAR_WORDS) {
        return None;
    }
    let mut t = Trigger {
        start: m.start(),
        end: m.end(),
        kind: TKind::Verb,
        mkind: MeetingKind::Meeting,
        channel: cx.channel,
        needs_object: false,
    };
    let w = cx.w.as_str();
    if TRIGGER_MEET_VERBS.contains(&w) {
        meet_verb(text, &cx, &mut t)?;
    } else if TRIGGER_NOUNS.contains(&w) {
        meeting_noun(text, &cx, in_occasion, &mut t)?;
    } else if TRIGGER_HOST_VERBS.contains(&w) {
        host_verb(text, &cx, &mut t)?;
    } else if TRIGGER_TALK_VERBS.contains(&w) {
        talk_verb(&cx, &mut t)?;
    } else if w == SIDELINES {
        t.kind = TKind::Sidelines;
    } else if !TRIGGER_CONTACT_PHRASES.contains(&w) {
        return None;
    }
    Some(t)
}

/// "met", "meet": not "met expectations", not "was met by"; "met with" ends at "with".
fn meet_verb(text: &str, cx: &Around, t: &mut Trigger) -> Option<()> {
    if NOT_MEETING.is_match(&text[t.end..]) || cx.n1 == "by" {
        return None;
    }
    if cx.n1 == "with" {
        t.end += text[t.end..].find("with").map_or(0, |i| i + 4);
    }
    Some(())
}

/// "talks with X", "talks between X and Y", "held a meeting", "the meeting", "a phone call
/// from X": the words around the noun give its kind.
fn meeting_noun(text: &str, cx: &Around, in_occasion: bool, t: &mut Trigger) -> Option<()> {
    let (w, n1, p1) = (cx.w.as_str(), cx.n1.as_str(), cx.p1.as_str());
    if w.starts_with("summit") {
        t.mkind = MeetingKind::Summit;
    }
    if in_occasion || MEETING_COMPOUNDS.has(n1) {
        return None;
    }
    let call = w.ends_with("call");
    if call && !matches!(n1, "with" | "between" | "from") {
        return None;
    }
    t.kind = if n1 == "with" || call && n1 == "from" {
        // "a phone call from X": the receiver is the subject.
        t.end += text[t.end..].find(n1).map_or(0, |i| i + n1.len());
        TKind::NounWith
    } else if matches!(n1, "between" | "of") {
        TKind::Between
    } else if w == "meeting" && MEETING_GERUND_BEFORE.has(p1)
        || HOLD_VERBS.has(p1)
        || matches!(p1, "had" | "have")
        || cx.preceded_by(&HOLD_VERBS, NEAR_WORDS)
    {
        TKind::Verb
    } else if cx.preceded_by(&MEETING_DETERMINERS, NEAR_WORDS) {
        TKind::Reference
    } else if matches!(p1, "a" | "an") {
        // "during a meeting": only with two subjects.
        TKind::Sidelines
    } else {
        return None;
    };
    Some(())
}

/// "hosted X", "visited X", "called on X": need an object; passives ("was hosted by the
/// family") name no meeting of two people, and "calls on X to ..." is a demand.
fn host_verb(text: &str, cx: &Around, t: &mut Trigger) -> Option<()> {
    let w = cx.w.as_str();
    if cx.n1 == "by" || w == "calls on" {
        return None;
    }
    if w == "called on"
        && words_after(text, t.end, DEMAND_REACH)
            .iter()
            .any(|x| x == "to")
    {
        return None;
    }
    t.needs_object = true;
    if w.starts_with("visit") || w.starts_with("call") {
        t.mkind = MeetingKind::Visit;
    }
    Some(())
}

/// "spoke with X", "talked by phone": a talk verb is a meeting only with its link word.
fn talk_verb(cx: &Around, t: &mut Trigger) -> Option<()> {
    let n1 = cx.n1.as_str();
    let remote = cx.channel.is_remote();
    if !TALK_LINKS.has(n1) || !remote && !matches!(n1, "with" | "to") {
        return None;
    }
    t.needs_object = !remote;
    Some(())
}

pub(crate) fn is_planned(text: &str, t: &Trigger) -> bool {
    let before = words_before(text, t.start, CLAUSE_WORDS);
    if before.first().is_some_and(|w| PLANNED_NEAR.has(w))
        || before.iter().any(|w| PLANNED_MODALS.has(w))
    {
        // "had to meet" is still past; "used to meet" is habitual, not planned.
        return !before.get(1).is_some_and(|w| w == "had" || w == "used");
    }
    if before.iter().any(|w| PLANNED_FAR.has(w)) {
        return true;
    }
    let lower = text.to_lowercase();
    PLANNED_TIME_PHRASES.iter().any(|p| lower.contains(p))
        && !before
            .first()
            .is_some_and(|w| w.ends_with("ed") || PAST_MEETING_VERBS.has(w))
        && !text[t.start..].to_lowercase().starts_with("met")
}

pub(crate) fn recall_word_near(text: &str, t: &Trigger) -> bool {
    words_before(text, t.start, NEAR_WORDS)
        .iter()
        .any(|w| RECALL_NEAR.has(w))
}

pub(crate) fn is_recalled(text: &str, t: &Trigger) -> bool {
    let before = words_before(text, t.start, CLAUSE_WORDS);
    if before.iter().take(NEAR_WORDS).any(|w| RECALL_NEAR.has(w)) {
        return true;
    }
    // "following ... the meeting of", "after their maiden interaction", "since their".
    if matches!(t.kind, TKind::Reference | TKind::NounWith | TKind::Between) {
        let linked = before.iter().enumerate().any(|(i, w)| {
            w == "following"
                || RECALL_LINKS.has(w)
                    && i > 0
                    && matches!(before[i - 1].as_str(), "their" | "his" | "her" | "our")
        });
        if linked {
            return true;
        }
    }
    before.first().is_some_and(|w| w == "had")
        || before.iter().take(NEAR_WORDS).any(|w| w == "when") && text[t.start..].starts_with("met")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_meetings_are_not_triggers() {
        for s in [
            "Sales met expectations this quarter.",
            "The plan met with criticism from unions.",
            "Delegates gathered in the meeting room.",
        ] {
            let a = Analysis::new(s);
            assert!(find_triggers(&a).is_empty(), "{s}");
        }
    }

    #[test]
    fn arranging_or_requesting_a_meeting_is_not_holding_it() {
        for s in [
            "The envoy is said to be trying to arrange a meeting with President Dara Velk.",
            "Opposition leaders requested a meeting with the governor.",
        ] {
            let a = Analysis::new(s);
            let t = find_triggers(&a);
            assert!(!t.is_empty(), "{s}");
            assert!(is_planned(s, &t[0]), "{s}");
        }
    }

    #[test]
    fn planned_and_recalled_markers() {
        let s = "The two leaders will meet next week.";
        let a = Analysis::new(s);
        let t = &find_triggers(&a)[0];
        assert!(is_planned(s, t));
        let s = "It was a year since their last encounter in Quito.";
        let a = Analysis::new(s);
        let t = &find_triggers(&a)[0];
        assert!(is_recalled(s, t));
        assert!(!is_planned(s, t));
    }
}
