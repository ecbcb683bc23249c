//! What follows the best sentence a reading found: the next sentence of its report that
//! dates the talks it left undated ("... sometime in the next few months. Officials said
//! the talks are likely in April or June."), and the sentence that lists the members of a
//! group it counts ("three consortia" ... "The three consortia are ..."). Read by
//! [`super::reader::read`].

use std::sync::LazyLock;

use regex::Regex;

use crate::index::Hit;
use crate::lexicon::lists::{NUMBER_WORDS, READER_MEETING_BACKREF_NOUNS, READER_RECALL_MARKERS};
use crate::lexicon::sentences::split_ranges;

use super::fallback::Quoted;
use super::reader::{self, source, tells_date};
use super::text;

/// A number and the word after it ("three consortia", "2 firms"): a group counted.
static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    let numbers = NUMBER_WORDS.join("|");
    Regex::new(&format!(r"(?i)\b(?:{numbers}|\d+)\s+([a-z]{{3,}})\b"))
        .expect("counted group regex from a word list")
});

/// "Belgium will negotiate with three consortia. ... The three consortia are Bell, ...":
/// when the best sentence counts a group without naming its members, the sentence of its
/// report that lists them ("The three consortia are", "The other candidates include")
/// is quoted after it.
pub(super) fn with_members(found: Vec<Quoted>, paragraphs: &[Hit], limit: usize) -> Vec<Quoted> {
    let Some(top) = found.first() else {
        return found;
    };
    let Some(noun) = COUNTED.captures(&top.sentence).map(|c| c[1].to_lowercase()) else {
        return found;
    };
    let report = paragraphs
        .iter()
        .filter(|h| h.article == top.source.article);
    let listing = report.flat_map(|h| {
        split_ranges(&h.text)
            .into_iter()
            .map(move |(s, e)| (h, h.text[s..e].trim()))
    });
    let mut members = listing.filter(|(_, sentence)| lists_members(sentence, &noun));
    let Some((hit, sentence)) = members.next() else {
        return found;
    };
    let q = Quoted {
        score: top.score,
        sentence: sentence.to_string(),
        source: source(hit),
    };
    second(found, q, limit)
}

/// Verbs after a group's noun that list its members ("The three consortia are ...").
const MEMBER_VERBS: [&str; 5] = ["are", "were", "include", "included", "comprise"];

/// True when `sentence` opens "The [word] <noun> are/include ...": it lists the members of
/// the group `noun` (lower case) counts. Read from its first words, with no pattern built
/// per group.
fn lists_members(sentence: &str, noun: &str) -> bool {
    let ws: Vec<String> = (sentence.split_whitespace().take(4))
        .map(str::to_lowercase)
        .collect();
    let at = |i: usize| ws.get(i).map(String::as_str);
    let verb = |i: usize| {
        at(i).is_some_and(|w| {
            MEMBER_VERBS.contains(&w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        })
    };
    let word = |i: usize| at(i).is_some_and(|w| w.chars().all(|c| c.is_alphanumeric() || c == '_'));
    at(0) == Some("the")
        && (at(1) == Some(noun) && verb(2) || word(1) && at(2) == Some(noun) && verb(3))
}

/// "The" (or "those", "such") before a noun of meeting, with nothing between: the
/// meeting told just before ("Ministry sources said the talks are likely in April").
static MEETING_BACKREF: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = READER_MEETING_BACKREF_NOUNS.join("|");
    Regex::new(&format!(
        r"(?i)\b(?:the|those|these|such|that|this)\s+(?:{nouns})\b"
    ))
    .expect("meeting back-reference regex from a word list")
});

/// "The bankers will meet ministry officials sometime in the next few months. Ministry
/// sources said the talks are likely in April or June.": when the best sentence for a
/// time tells no date, the sentence right after it that points back to the meeting and
/// names one is quoted after it (not one that recalls an earlier meeting).
pub(super) fn with_dated_sequel(
    found: Vec<Quoted>,
    paragraphs: &[Hit],
    limit: usize,
) -> Vec<Quoted> {
    let Some(top) = found.first() else {
        return found;
    };
    if tells_date(&top.sentence) {
        return found;
    }
    let Some(next) = reader::sentence_beside(top, paragraphs, 1) else {
        return found;
    };
    let recalls = text::has_phrase(&text::norm_words(&next.sentence), &READER_RECALL_MARKERS);
    if MEETING_BACKREF.is_match(&next.sentence) && tells_date(&next.sentence) && !recalls {
        return second(found, next, limit);
    }
    found
}

/// `found` with `q` quoted right after the best sentence, unless already quoted, cut to
/// `limit`.
fn second(mut found: Vec<Quoted>, q: Quoted, limit: usize) -> Vec<Quoted> {
    if !found.iter().any(|f| f.sentence == q.sentence) {
        found.insert(1, q);
        found.truncate(limit);
    }
    found
}
