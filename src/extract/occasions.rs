//! Named occasions in a sentence: summits, ministers' meetings and forums with their
//! ordinals, acronyms and possessives ("the 11th ASEAN Defence Ministers' Meeting Plus
//! (PILM Plus)", "G20 summit", "the 5th PILM-Plus").

use crate::extract::people::Analysis;
use crate::lexicon::gazetteer::{GazKind, OrgKind, gazetteer};

/// A named occasion: "the 5th Pacific Islands Leaders' Meeting Plus (PILM Plus)",
/// "G20 summit", "NATO Defence Ministers' meeting", "the 5th PILM-Plus".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occasion {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

const OCCASION_HEADS: &[&str] = &[
    "summit",
    "meeting",
    "meetings",
    "forum",
    "conference",
    "dialogue",
    "assembly",
    "congress",
    "meeting-plus",
    "summits",
    "games",
    "retreat",
];

fn is_ordinal(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_alphabetic());
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th")
}

/// Named occasions in a sentence.
pub fn find_occasions(a: &Analysis) -> Vec<Occasion> {
    let toks = &a.toks;
    let mut out: Vec<Occasion> = Vec::new();
    let mut push = |s: usize, e: usize| {
        let text = a.text[toks[s].start..toks[e - 1].end].to_string();
        if !out
            .iter()
            .any(|o| o.start <= toks[s].start && o.end >= toks[e - 1].end)
        {
            out.retain(|o| !(o.start >= toks[s].start && o.end <= toks[e - 1].end));
            out.push(Occasion {
                start: toks[s].start,
                end: toks[e - 1].end,
                text,
            });
        }
    };
    for h in 0..toks.len() {
        let t = &toks[h];
        if !t.word {
            continue;
        }
        let lw = t.lower();
        let org_occasion = a.tok_gaz[h].is_some_and(|g| {
            a.gaz[g].kind == GazKind::Organisation
                && gazetteer()
                    .organisation(&a.gaz[g].name)
                    .is_some_and(|o| o.kind == OrgKind::Occasion)
        });
        if !OCCASION_HEADS.contains(&lw.as_str()) && !org_occasion {
            continue;
        }
        // Walk back over capitalised words, ordinals, possessive marks and connectors.
        let mut k = h;
        let mut caps = 0;
        while k > 0 {
            let p = &toks[k - 1];
            let pl = p.lower();
            if p.word
                && (p.is_cap() || is_ordinal(p.text))
                && !matches!(
                    pl.as_str(),
                    "the" | "a" | "an" | "this" | "that" | "their" | "his" | "her" | "its" | "our"
                )
            {
                if p.is_cap() {
                    caps += 1;
                }
                k -= 1;
            } else if !p.word && matches!(p.text, "’" | "'")
                || p.word
                    && matches!(pl.as_str(), "of" | "or" | "and" | "for" | "on")
                    && k >= 2
                    && toks[k - 2].is_cap()
            {
                k -= 1;
            } else {
                break;
            }
        }
        if org_occasion {
            caps += 1;
        }
        if caps == 0 || k == h && !org_occasion {
            continue;
        }
        // Skip leading connectors/punctuation.
        while k < h
            && (!toks[k].word
                || matches!(toks[k].lower().as_str(), "of" | "or" | "and" | "for" | "on"))
        {
            k += 1;
        }
        let mut e = h + 1;
        // A head that is itself part of the gazetteer hit: extend to the hit's end.
        while e < toks.len() && a.tok_gaz[e].is_some() && a.tok_gaz[e] == a.tok_gaz[h] {
            e += 1;
        }
        if e < toks.len() && toks[e].text == "Plus" {
            e += 1;
        }
        // "(PILM Plus)"
        if e + 2 < toks.len()
            && toks[e].text == "("
            && toks[e + 1].is_cap()
            && let Some(close) = (e + 1..toks.len().min(e + 6)).find(|&i| toks[i].text == ")")
        {
            e = close + 1;
        }
        push(k, e);
    }
    out
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
    }
}
