//! Participants described by country and role: "a Chinese defence minister", "the Japanese
//! minister", "Indian and Chinese defence ministers" (one counterpart per country, sharing
//! the role).

use crate::lexicon::lists::{
    QUESTION_COUNTERPART_FILLERS, QUESTION_COUNTERPART_GENERIC_HEADS,
    QUESTION_COUNTERPART_ROLE_WORDS, QUESTION_ROLE_HEADS,
};

use super::super::countries::country_at;
use super::super::question::{Counterpart, Question};
use super::Scan;

/// Most words a role may take after the demonym: enough for "'s top defence official".
const ROLE_WINDOW: usize = 4;

/// A demonym (or two joined by "and"/"or") found at a word: country keys with their word
/// spans, and the index of the word after them.
struct Demonyms {
    countries: Vec<(&'static str, usize, usize)>,
    next: usize,
}

/// A role after demonyms: its words and the index of the word after its head.
struct Role {
    words: Vec<String>,
    end: usize,
}

/// Finds the counterparts and marks their words used.
pub(super) fn parse_counterparts(s: &mut Scan, q: &mut Question) {
    let mut i = 0;
    while i < s.norm.len() {
        if s.used[i] {
            i += 1;
            continue;
        }
        let Some(d) = demonyms_at(s, i) else {
            i += 1;
            continue;
        };
        let Some(role) = role_after(s, d.next) else {
            i = d.next;
            continue;
        };
        if names_follow(s, role.end) {
            // "Peruvian President Alan Garcia": the title of someone named, no counterpart.
            s.mark(i, role.end - i);
            i = role.end;
            continue;
        }
        for (key, start, len) in d.countries {
            s.mark(start, len);
            q.counterparts.push(Counterpart {
                country: Some(key),
                role: role.words.clone(),
            });
        }
        s.mark(d.next, role.end - d.next);
        i = role.end;
    }
}

/// A country word at `i`, and a second one after "and"/"or" ("Indian and Chinese").
fn demonyms_at(s: &Scan, i: usize) -> Option<Demonyms> {
    let norm = &s.norm;
    let (key, len) = country_at(norm, i)?;
    let mut d = Demonyms {
        countries: vec![(key, i, len)],
        next: i + len,
    };
    let j = d.next;
    if j + 1 < norm.len()
        && (norm[j] == "and" || norm[j] == "or")
        && let Some((k2, l2)) = country_at(norm, j + 1)
    {
        d.countries.push((k2, j + 1, l2));
        d.next = j + 1 + l2;
    }
    Some(d)
}

/// Role words from `j` up to the last role head within [`ROLE_WINDOW`] words; `None`
/// without a head ("Chinese President" has one, "Chinese trade" none).
fn role_after(s: &Scan, j: usize) -> Option<Role> {
    let mut words = Vec::new();
    let mut end = None;
    for k in j..s.norm.len().min(j + ROLE_WINDOW) {
        let w = s.norm[k].as_str();
        let head = QUESTION_ROLE_HEADS.has(w);
        if !head && !QUESTION_COUNTERPART_ROLE_WORDS.has(w) {
            break;
        }
        if !QUESTION_COUNTERPART_FILLERS.has(w) {
            let w = singular(if w == "defense" { "defence" } else { w });
            if !QUESTION_COUNTERPART_GENERIC_HEADS.has(w) {
                words.push(w.to_string());
            }
        }
        if head {
            end = Some(k + 1);
        }
    }
    end.map(|end| Role { words, end })
}

/// True when a name stands at `k`, right after a role: a known person's (its words used
/// already) or a capitalised word.
fn names_follow(s: &Scan, k: usize) -> bool {
    k < s.norm.len() && (s.used[k] || s.ws[k].capital)
}

/// "ministers" -> "minister", "presidents" -> "president", "officials" -> "official".
fn singular(w: &str) -> &str {
    w.strip_suffix('s')
        .filter(|_| w.ends_with("ers") || w.ends_with("nts") || w.ends_with("als"))
        .unwrap_or(w)
}
