//! Quotations in a sentence with their speaker ("..., Berg said", "X said: ...") and
//! addressee ("Berg told Ruiz").

use crate::extract::people::Analysis;
use crate::extract::triggers::{words_after, words_before};

/// A quotation in a sentence with its speaker and addressee refs.
#[derive(Debug, Clone)]
pub(crate) struct QuoteSpan {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) text: String,
    pub(crate) speaker: Option<usize>,
    pub(crate) addressee: Option<usize>,
}

pub(crate) const SAY_VERBS: &[&str] = &[
    "said",
    "says",
    "wrote",
    "writes",
    "told",
    "tells",
    "added",
    "stressed",
    "argued",
    "noted",
    "stated",
    "remarked",
    "replied",
    "asked",
    "declared",
    "insisted",
    "emphasised",
    "emphasized",
    "explained",
    "posted",
    "tweeted",
];

pub(crate) fn find_quotes(a: &Analysis) -> Vec<QuoteSpan> {
    let text = a.text;
    let mut spans = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let Some(off) = rest.find(['"', '“']) else {
            break;
        };
        let open = i + off;
        let oc = text[open..].chars().next().unwrap_or('"');
        let body = open + oc.len_utf8();
        let close_rel = if oc == '“' {
            text[body..].find(['”', '"'])
        } else {
            text[body..].find(['"', '”'])
        };
        let Some(cr) = close_rel else { break };
        let close = body + cr;
        let cc = text[close..].chars().next().unwrap_or('"');
        spans.push((open, close + cc.len_utf8(), text[body..close].to_string()));
        i = close + cc.len_utf8();
    }
    let mut out = Vec::new();
    for (s, e, q) in spans {
        if q.split_whitespace().count() < 3 {
            continue;
        }
        // Speaker after the quote ("..., Berg said", "... said Berg") or before it.
        let refs_after: Vec<usize> = (0..a.refs.len())
            .filter(|&r| a.refs[r].start >= e)
            .collect();
        let after_words = words_after(text, e, 8);
        let say_after = after_words
            .iter()
            .position(|w| SAY_VERBS.contains(&w.as_str()));
        let mut speaker = None;
        let mut addressee = None;
        if let Some(pos) = say_after.filter(|&p| p <= 5) {
            speaker = refs_after.first().copied();
            if after_words[pos] == "told" || after_words[pos] == "tells" {
                // "X told Y": Y is the ref after X.
                addressee = refs_after.get(1).copied();
            }
        } else {
            let before = &text[..s];
            let say_before = words_before(text, s, 6)
                .iter()
                .any(|w| SAY_VERBS.contains(&w.as_str()));
            if say_before {
                speaker = (0..a.refs.len())
                    .rev()
                    .find(|&r| a.refs[r].end <= before.len());
            }
        }
        out.push(QuoteSpan {
            start: s,
            end: e,
            text: q,
            speaker,
            addressee,
        });
    }
    out
}
