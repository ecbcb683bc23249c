//! Trigger words of meetings in a sentence ("met", "held talks with", "hosted", "talks
//! between", "their last encounter", "spoke by phone"...) with their kind (verb, "X with
//! Y", "between X and Y", a reference to a meeting told elsewhere), and the words around
//! them that make a meeting planned or speculated (not held), negated, or only recalled.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use crate::extract::occasions::find_occasions;
use crate::extract::people::Analysis;
use crate::model::MeetingKind;

/// Words whose presence makes a sentence worth the full analysis.
pub(crate) const TRIGGER_WORDS: &[&str] = &[
    "met",
    "meet",
    "talks",
    "summit",
    "hosted",
    "hosts",
    "hosting",
    "received",
    "receiv",
    "welcom",
    "visit",
    "called on",
    "calls on",
    "sat down",
    "sits down",
    "spoke",
    "speaks",
    "talked",
    "hands",
    "encounter",
    "interaction",
    "engagement",
    "sidelines",
    "call",
];

pub(crate) static PREFILTER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(TRIGGER_WORDS)
        .expect("static patterns")
});

pub(crate) static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(met|meets?|meeting|meetings|hosted|hosts|hosting|received|receives|receiving|welcomed|welcomes|welcoming|visited|visits|called on|calls on|sat down|sits down|spoke|speaks|talked|talks|shook hands|shake hands|shakes hands|summit|summits|encounter|interaction|engagement|on the sidelines of|(?:phone|telephone|video) call|call)\b",
    )
    .expect("static regex")
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

pub(crate) const DETERMINERS: &[&str] = &[
    "the", "their", "this", "that", "his", "her", "our", "its", "last", "previous", "first",
    "second", "third", "maiden", "earlier", "prior", "latest", "recent", "same",
];

pub(crate) fn find_triggers(a: &Analysis) -> Vec<Trigger> {
    let text = a.text;
    let mut out = Vec::new();
    let occasions = find_occasions(a);
    for m in TRIGGER.find_iter(text) {
        let w = m.as_str().to_lowercase();
        let after = words_after(text, m.end(), 4);
        let before = words_before(text, m.start(), 4);
        let n1 = after.first().map(String::as_str).unwrap_or("");
        let p1 = before.first().map(String::as_str).unwrap_or("");
        let in_occasion = occasions
            .iter()
            .any(|o| m.start() >= o.start && m.start() < o.end);
        // "talked with X over the telephone": talk verbs look further for the medium.
        let reach = if matches!(w.as_str(), "spoke" | "speaks" | "talked" | "talks") {
            12
        } else {
            4
        };
        let phone = words_after(text, m.end(), reach).iter().any(|x| {
            matches!(
                x.as_str(),
                "phone" | "telephone" | "video" | "videoconference"
            )
        }) || w.contains("call");
        // "did not meet", "refused to meet", "cancelled the meeting": no meeting.
        if before.iter().take(3).any(|x| {
            matches!(
                x.as_str(),
                "not"
                    | "never"
                    | "didn't"
                    | "won't"
                    | "refused"
                    | "declined"
                    | "cancelled"
                    | "canceled"
                    | "postponed"
                    | "scrapped"
                    | "snubbed"
                    | "avoided"
                    | "rejected"
                    | "without"
                    | "no"
            )
        }) {
            continue;
        }
        let mut t = Trigger {
            start: m.start(),
            end: m.end(),
            kind: TKind::Verb,
            mkind: if phone {
                MeetingKind::Call
            } else {
                MeetingKind::Meeting
            },
            needs_object: false,
        };
        match w.as_str() {
            "met" | "meet" | "meets" => {
                if NOT_MEETING.is_match(&text[m.end()..]) || n1 == "by" {
                    continue;
                }
                if n1 == "with" {
                    t.end = m.end() + text[m.end()..].find("with").map_or(0, |i| i + 4);
                }
            }
            "meeting" | "meetings" | "talks" | "summit" | "summits" | "encounter"
            | "interaction" | "engagement" | "call" | "phone call" | "telephone call"
            | "video call" => {
                if w.starts_with("summit") {
                    t.mkind = MeetingKind::Summit;
                }
                if in_occasion {
                    continue;
                }
                if matches!(
                    n1,
                    "room" | "rooms" | "point" | "place" | "hall" | "venue" | "minutes"
                ) {
                    continue;
                }
                if w.ends_with("call") && !matches!(n1, "with" | "between" | "from") {
                    continue;
                }
                if n1 == "with" || w.ends_with("call") && n1 == "from" {
                    // "a phone call from X": the receiver is the subject.
                    t.kind = TKind::NounWith;
                    t.end = m.end() + text[m.end()..].find(n1).map_or(0, |i| i + n1.len());
                } else if matches!(n1, "between" | "of") {
                    t.kind = TKind::Between;
                } else if w == "meeting"
                    && matches!(
                        p1,
                        "while" | "after" | "before" | "when" | "by" | "upon" | "on"
                    )
                    || matches!(p1, "held" | "hold" | "holds" | "holding" | "had" | "have")
                    || before
                        .iter()
                        .take(3)
                        .any(|x| matches!(x.as_str(), "held" | "hold" | "holds" | "holding"))
                {
                    t.kind = TKind::Verb;
                } else if before
                    .iter()
                    .take(3)
                    .any(|x| DETERMINERS.contains(&x.as_str()))
                {
                    t.kind = TKind::Reference;
                } else if matches!(p1, "a" | "an") {
                    // "during a meeting": only with two subjects.
                    t.kind = TKind::Sidelines;
                } else {
                    continue;
                }
            }
            "hosted" | "hosts" | "hosting" | "received" | "receives" | "receiving" | "welcomed"
            | "welcomes" | "welcoming" | "visited" | "visits" | "called on" | "calls on" => {
                // Passives ("was hosted by the family") name no meeting of two people;
                // "calls on X to ..." is a demand, not a visit.
                if n1 == "by" || w == "calls on" {
                    continue;
                }
                if w == "called on" && words_after(text, m.end(), 7).iter().any(|x| x == "to") {
                    continue;
                }
                t.needs_object = true;
                if w.starts_with("visit") || w.starts_with("call") {
                    t.mkind = MeetingKind::Visit;
                }
            }
            "spoke" | "speaks" | "talked" => {
                if !matches!(n1, "with" | "to" | "by" | "over" | "on" | "via") {
                    continue;
                }
                if !phone && !matches!(n1, "with" | "to") {
                    continue;
                }
                t.needs_object = !phone;
            }
            "sat down" | "sits down" | "shook hands" | "shake hands" | "shakes hands" => {}
            "on the sidelines of" => t.kind = TKind::Sidelines,
            _ => continue,
        }
        out.push(t);
    }
    // "on the sidelines of" is a trigger only when nothing else in the sentence is.
    if out.iter().any(|t| t.kind != TKind::Sidelines) {
        out.retain(|t| t.kind != TKind::Sidelines);
    }
    out
}

pub(crate) const PLANNED_NEAR: &[&str] = &[
    "will", "would", "could", "may", "might", "shall", "to", "'ll", "cannot", "can",
];
pub(crate) const PLANNED_FAR: &[&str] = &[
    "expected",
    "due",
    "scheduled",
    "plans",
    "planned",
    "planning",
    "hopes",
    "hoping",
    "likely",
    "upcoming",
    "speculation",
    "if",
    "proposed",
    "possible",
    "potential",
    "ahead",
    "set",
    "intends",
    "wants",
    "invited",
    "invitation",
    "forthcoming",
    "future",
    "next",
    "arrange",
    "arranging",
    "trying",
    "seeking",
    "sought",
    "requested",
    "request",
    "aims",
    "aiming",
    "hoped",
];
pub(crate) const RECALL_NEAR: &[&str] = &[
    "last", "previous", "earlier", "prior", "past", "maiden", "former",
];
pub(crate) const RECALL_LINKS: &[&str] = &["after", "since", "following", "before"];

pub(crate) fn is_planned(text: &str, t: &Trigger) -> bool {
    let before = words_before(text, t.start, 8);
    let modal = |w: &String| {
        matches!(
            w.as_str(),
            "will" | "would" | "could" | "may" | "might" | "shall" | "'ll"
        )
    };
    if before
        .first()
        .is_some_and(|w| PLANNED_NEAR.contains(&w.as_str()))
        || before.iter().any(modal)
    {
        // "had to meet" is still past; "used to meet" is habitual, not planned.
        return !before.get(1).is_some_and(|w| w == "had" || w == "used");
    }
    if before.iter().any(|w| PLANNED_FAR.contains(&w.as_str())) {
        return true;
    }
    let lower = text.to_lowercase();
    [
        "next week",
        "next month",
        "later this",
        "tomorrow",
        "next year",
    ]
    .iter()
    .any(|p| lower.contains(p))
        && !before.first().is_some_and(|w| {
            w.ends_with("ed") || matches!(w.as_str(), "met" | "held" | "spoke" | "sat")
        })
        && !text[t.start..].to_lowercase().starts_with("met")
}

pub(crate) fn recall_word_near(text: &str, t: &Trigger) -> bool {
    words_before(text, t.start, 3)
        .iter()
        .any(|w| RECALL_NEAR.contains(&w.as_str()))
}

pub(crate) fn is_recalled(text: &str, t: &Trigger) -> bool {
    let before = words_before(text, t.start, 8);
    if before
        .iter()
        .take(3)
        .any(|w| RECALL_NEAR.contains(&w.as_str()))
    {
        return true;
    }
    // "following ... the meeting of", "after their maiden interaction", "since their".
    if matches!(t.kind, TKind::Reference | TKind::NounWith | TKind::Between) {
        let linked = before.iter().take(8).enumerate().any(|(i, w)| {
            w == "following"
                || RECALL_LINKS.contains(&w.as_str())
                    && i > 0
                    && matches!(before[i - 1].as_str(), "their" | "his" | "her" | "our")
        });
        if linked {
            return true;
        }
    }
    before.first().is_some_and(|w| w == "had")
        || before.iter().take(3).any(|w| w == "when") && text[t.start..].starts_with("met")
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
