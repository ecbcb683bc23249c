//! Quotations in a sentence with their speaker ("..., Berg said", "X said: ...") and
//! addressee ("Berg told Ruiz").

use crate::extract::people::Analysis;
use crate::extract::triggers::{words_after, words_before};
use crate::lexicon::lists::SAY_VERBS;

/// A quotation in a sentence with its speaker and addressee refs.
#[derive(Debug, Clone)]
pub(crate) struct QuoteSpan {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) text: String,
    pub(crate) speaker: Option<usize>,
    pub(crate) addressee: Option<usize>,
}

/// Fewer words in quotation marks are a term or a title ("so-called \"red lines\""), not a
/// quotation.
const MIN_QUOTE_WORDS: usize = 3;
/// Words after a quotation read for its verb of saying ("..., the minister later said").
const SAY_AFTER_WORDS: usize = 8;
/// The verb of saying after a quotation must come within this many words of it.
const SAY_AFTER_MAX: usize = 5;
/// Words before a quotation read for its verb of saying ("Berg said on Monday: ...").
const SAY_BEFORE_WORDS: usize = 6;

pub(crate) fn find_quotes(a: &Analysis) -> Vec<QuoteSpan> {
    quoted_spans(a.text)
        .into_iter()
        .filter(|(_, _, q)| q.split_whitespace().count() >= MIN_QUOTE_WORDS)
        .map(|(start, end, text)| {
            let (speaker, addressee) = attribution(a, start, end);
            QuoteSpan {
                start,
                end,
                text,
                speaker,
                addressee,
            }
        })
        .collect()
}

/// Spans in straight or curly quotation marks, as (start, end, text inside).
fn quoted_spans(text: &str) -> Vec<(usize, usize, String)> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let Some(off) = text[i..].find(['"', '“']) else {
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
    spans
}

/// The speaker and addressee refs of the quotation over `start..end`: after it ("...,
/// Berg said", "... said Berg", "..., Berg told Ruiz") or before it ("Berg said: ...").
fn attribution(a: &Analysis, start: usize, end: usize) -> (Option<usize>, Option<usize>) {
    let text = a.text;
    let after_words = words_after(text, end, SAY_AFTER_WORDS);
    let say_after = after_words
        .iter()
        .position(|w| SAY_VERBS.has(w))
        .filter(|&p| p <= SAY_AFTER_MAX);
    if let Some(pos) = say_after {
        let mut refs_after = (0..a.refs.len()).filter(|&r| a.refs[r].start >= end);
        let speaker = refs_after.next();
        // "X told Y": Y is the ref after X.
        let addressee = if matches!(after_words[pos].as_str(), "told" | "tells") {
            refs_after.next()
        } else {
            None
        };
        return (speaker, addressee);
    }
    let say_before = words_before(text, start, SAY_BEFORE_WORDS)
        .iter()
        .any(|w| SAY_VERBS.has(w));
    let speaker = say_before
        .then(|| (0..a.refs.len()).rev().find(|&r| a.refs[r].end <= start))
        .flatten();
    (speaker, None)
}
