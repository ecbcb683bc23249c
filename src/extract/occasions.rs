//! Named occasions in a sentence: summits, ministers' meetings and forums with their
//! ordinals, acronyms and possessives ("the 11th ASEAN Defence Ministers' Meeting Plus
//! (PILM Plus)", "G20 summit", "the 5th PILM-Plus").

use crate::extract::people::Analysis;
use crate::lexicon::gazetteer::{GazKind, OrgKind, gazetteer};
use crate::lexicon::lists::{
    CAPITALISED_FUNCTION_WORDS, COMMON_WORDS, DAY_WORDS, DETERMINERS, OCCASION_CONNECTORS,
    OCCASION_HEADS, OCCASION_OTHER_EVENT_BEFORE, POSSESSIVE_DETERMINERS,
};

/// A named occasion: "the 5th Pacific Islands Leaders' Meeting Plus (PILM Plus)",
/// "G20 summit", "NATO Defence Ministers' meeting", "the 5th PILM-Plus".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Occasion {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) text: String,
    /// Told as an event the sentence's meeting comes before or after ("ahead of the G20
    /// summit"): no occasion of that meeting, though a recalled one may be at it.
    pub(crate) other_event: bool,
}

fn is_ordinal(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_alphabetic());
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th")
}

/// How far after an occasion's head its acronym in brackets may close ("Meeting Plus
/// (PILM Plus)"): an acronym of a few words.
const ACRONYM_TOKENS: usize = 6;

/// Named occasions in a sentence.
pub(crate) fn find_occasions(a: &Analysis) -> Vec<Occasion> {
    let toks = &a.toks;
    crate::extract::work::read(toks.len());
    let mut out: Vec<Occasion> = Vec::new();
    for h in 0..toks.len() {
        let Some((s, e)) = occasion_at(a, h) else {
            continue;
        };
        let (start, end) = (toks[s].start, toks[e - 1].end);
        // A longer occasion already found covers this one; this one covers shorter ones.
        if !out.iter().any(|o| o.start <= start && o.end >= end) {
            out.retain(|o| !(o.start >= start && o.end <= end));
            out.push(Occasion {
                start,
                end,
                text: a.text[start..end].to_string(),
                other_event: other_event_before(&a.text[..start]),
            });
        }
    }
    out
}

/// The text before an occasion ends with a phrase of [`OCCASION_OTHER_EVENT_BEFORE`],
/// and "the" ("ahead of the").
fn other_event_before(before: &str) -> bool {
    let lower = before.to_lowercase();
    let lower = lower.trim_end();
    let lower = lower.strip_suffix(" the").map_or(lower, str::trim_end);
    OCCASION_OTHER_EVENT_BEFORE.iter().any(|p| {
        lower
            .strip_suffix(p)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric()))
    })
}

/// The token span of the occasion whose head ("summit", or an occasion the gazetteer
/// knows) is token `h`, if it is one.
fn occasion_at(a: &Analysis, h: usize) -> Option<(usize, usize)> {
    let toks = &a.toks;
    if !toks[h].word {
        return None;
    }
    let org_occasion = a.tok_gaz[h].is_some_and(|g| {
        a.gaz[g].kind == GazKind::Organisation
            && gazetteer()
                .organisation(&a.gaz[g].name)
                .is_some_and(|o| o.kind == OrgKind::Occasion)
    });
    if !OCCASION_HEADS.has(&toks[h].lower()) && !org_occasion {
        return None;
    }
    let (mut k, caps) = name_before(a, h);
    if !org_occasion && (caps == 0 || k == h) {
        return None;
    }
    // Skip leading connectors/punctuation.
    while k < h && (!toks[k].word || OCCASION_CONNECTORS.has(&toks[k].lower())) {
        k += 1;
    }
    let end = head_end(a, h);
    (!officer_after(a, end)).then_some((k, end))
}

/// "African Trade Congress president Ana Ruiz": a lower-case office and a name right after
/// the words make them a body someone holds office in, not an occasion ("At the G20
/// summit, President Lee said" and "the G20 summit President Lee attended" keep theirs).
fn officer_after(a: &Analysis, end: usize) -> bool {
    let toks = &a.toks;
    let office = toks
        .get(end)
        .is_some_and(|t| t.word && !t.is_cap() && crate::extract::people::is_person_noun(t.text));
    office && toks.get(end + 1).is_some_and(|t| t.word && t.is_cap())
}

/// Walks back from the head `h` over capitalised words, ordinals, possessive marks and
/// connectors: the first token reached and the number of capitalised words.
fn name_before(a: &Analysis, h: usize) -> (usize, usize) {
    let toks = &a.toks;
    let mut k = h;
    let mut caps = 0;
    while k > 0 {
        let p = &toks[k - 1];
        let pl = p.lower();
        let determiner = DETERMINERS.has(&pl) || POSSESSIVE_DETERMINERS.has(&pl);
        // "Today's meeting", "Friday's talks", "In March summit": days and function
        // words name no occasion.
        let day_or_function =
            CAPITALISED_FUNCTION_WORDS.has(p.bare()) || COMMON_WORDS.has(p.bare());
        if day_or_function {
            break;
        }
        if p.word && (p.is_cap() || is_ordinal(p.text)) && !determiner {
            // "Today's meeting", "Friday's summit": a day names no occasion.
            let day = DAY_WORDS.has(&p.bare().to_lowercase())
                || CAPITALISED_FUNCTION_WORDS.contains(&p.bare());
            if p.is_cap() && !day {
                caps += 1;
            }
            k -= 1;
        } else if p.text == ")"
            && let Some(open) = (k.saturating_sub(ACRONYM_TOKENS)..k - 1)
                .rev()
                .find(|&i| toks[i].text == "(")
            && open > 0
            && toks[open - 1].is_cap()
        {
            // "Shanghai Cooperation Organisation (SCO) meeting": the acronym in brackets.
            k = open;
        } else if !p.word && matches!(p.text, "’" | "'")
            || p.word && OCCASION_CONNECTORS.has(&pl) && k >= 2 && toks[k - 2].is_cap()
        {
            k -= 1;
        } else {
            break;
        }
    }
    (k, caps)
}

/// The end of an occasion after its head `h`: the rest of a gazetteer hit the head is part
/// of, a "Plus", an acronym in brackets ("(PILM Plus)").
fn head_end(a: &Analysis, h: usize) -> usize {
    let toks = &a.toks;
    let mut e = h + 1;
    while e < toks.len() && a.tok_gaz[e].is_some() && a.tok_gaz[e] == a.tok_gaz[h] {
        e += 1;
    }
    if e < toks.len() && toks[e].text == "Plus" {
        e += 1;
    }
    if e + 2 < toks.len()
        && toks[e].text == "("
        && toks[e + 1].is_cap()
        && let Some(close) =
            (e + 1..toks.len().min(e + ACRONYM_TOKENS)).find(|&i| toks[i].text == ")")
    {
        e = close + 1;
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn occasions(s: &str) -> Vec<String> {
        find_occasions(&Analysis::new(s))
            .into_iter()
            .map(|o| o.text)
            .collect()
    }

    #[test]
    fn named_occasions() {
        assert_eq!(
            occasions(
                "She flew in for the 5th Pacific Islands Leaders' Meeting Plus (PILM Plus) on Monday."
            ),
            ["5th Pacific Islands Leaders' Meeting Plus (PILM Plus)"]
        );
        assert_eq!(
            occasions("on the sidelines of the G20 summit in Rome"),
            ["G20 summit"]
        );
        assert!(occasions("They left the meeting early.").is_empty());
        assert_eq!(
            occasions("He met her in Delhi during the Pacific Trade Council (PTC) meeting."),
            ["Pacific Trade Council (PTC) meeting"]
        );
        for s in [
            "Today's meeting followed a call in May.",
            "Friday's summit was short.",
        ] {
            assert!(occasions(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn a_body_with_an_officer_named_is_no_occasion() {
        for s in [
            "Lind agreed to meet African Trade Congress president Ana Ruiz in Lome.",
            "Okafor met Coastal Forum chairman Tom Oduya on Monday.",
        ] {
            assert!(occasions(s).is_empty(), "{s}: {:?}", occasions(s));
        }
        // Must not: an occasion before a capitalised title keeps its name.
        assert_eq!(
            occasions("At the G20 summit President Lee met Okafor."),
            ["G20 summit"]
        );
    }

    #[test]
    fn days_are_no_occasions() {
        for s in [
            "Today's meeting was cordial.",
            "Tuesday's summit in Lima ended early.",
            "The March conference was postponed.",
        ] {
            assert!(occasions(s).is_empty(), "{s}: {:?}", occasions(s));
        }
        // Must not: a named occasion after a day keeps its name.
        assert_eq!(occasions("Monday's G20 summit opened."), ["G20 summit"]);
    }
}
