//! What was said at a meeting: "What did they agree?", "What did X tell Y?", "How did X
//! describe the meeting?". Each gives `None` when the facts hold nothing fitting (the
//! caller then quotes the articles).

use std::cmp::Reverse;

use crate::lexicon::lists::DESCRIBING_VERBS;
use crate::model::Quote;

use super::super::refusal::withholding;

use super::phrases::{at_place, date_phrase, keyword_hits, quote_text, ranked, subject};
use super::{Draft, Tell};

/// Most outcomes listed for "what did they agree".
const MAX_OUTCOMES: usize = 4;

/// Most notes quoted for "how was it described".
const MAX_NOTES: usize = 2;

/// The outcomes best matching the question's words. A sentence that withholds them
/// ("declined to comment on what they discussed") tells none: with no other, the caller
/// quotes the articles, which don't say.
pub(super) fn agreed(t: &Tell) -> Option<Draft> {
    let f = t.f;
    if f.outcomes.iter().all(|c| withholding(&c.text)) {
        return None;
    }
    let mut at = String::from("at their meeting");
    if let Some(p) = &f.place {
        at.push_str(&format!(" {}", at_place(p)));
    }
    if let Some(dt) = f.date {
        at.push_str(&format!(" {}", date_phrase(&dt)));
    }
    let mut d = Draft::new(format!(
        "What {} agreed or discussed {at}, according to the articles:",
        subject(t.facts, f, t.r)
    ));
    list_outcomes(t, &mut d, MAX_OUTCOMES);
    Some(d)
}

/// Most outcomes added for a second question of what was discussed ("Who did X meet, and
/// what did they discuss?"): the answer to the first stays the lead.
const MAX_SECOND_OUTCOMES: usize = 2;

/// `d` with what the meeting's reports say was discussed or agreed, for a question that
/// asks that too; `d` as it is for a meeting of no outcomes or several meetings.
pub(super) fn topic_after(t: &Tell, mut d: Draft) -> Draft {
    if t.sel.facts.len() != 1 || t.f.outcomes.iter().all(|c| withholding(&c.text)) {
        return d;
    }
    d.body
        .push_str("\nWhat they discussed or agreed, according to the articles:");
    list_outcomes(t, &mut d, MAX_SECOND_OUTCOMES);
    d
}

/// The `most` outcomes of the meeting best matching the question's words, one line each,
/// cited.
fn list_outcomes(t: &Tell, d: &mut Draft, most: usize) {
    let told = ranked(&t.f.outcomes, &t.q.keywords).into_iter();
    for c in told.filter(|c| !withholding(&c.text)).take(most) {
        d.body.push_str(&format!("\n- {}", c.text.trim()));
        d.cite(&c.evidence);
    }
}

/// The speaker's quote best matching the question's words (to the addressee first), and
/// one more.
pub(super) fn said(t: &Tell) -> Option<Draft> {
    let (q, r) = (t.q, t.r);
    // "What did Euronext say?" is not answered by a participant's words.
    if q.unknown_speaker.is_some() {
        return None;
    }
    let speaker = q.speaker.clone().or_else(|| r.people.first().cloned());
    let addressee = r
        .people
        .iter()
        .find(|p| Some(*p) != speaker.as_ref())
        .cloned();
    let mut quotes: Vec<&Quote> =
        t.f.quotes
            .iter()
            .filter(|qt| speaker.is_none() || qt.speaker == speaker)
            .collect();
    quotes.sort_by_key(|qt| {
        (
            Reverse(keyword_hits(&qt.text, &q.keywords)),
            qt.addressee.is_none() || qt.addressee != addressee,
        )
    });
    let best = *quotes.first()?;
    if !q.keywords.is_empty() && keyword_hits(&best.text, &q.keywords) == 0 {
        return None;
    }
    let who = best
        .speaker
        .as_deref()
        .map(|k| t.facts.name(k).to_string())
        .unwrap_or_else(|| "One participant".into());
    let mut d = Draft::new(match &best.addressee {
        Some(a) => format!("{who} told {}: {}", t.facts.name(a), quote_text(&best.text)),
        None => format!("{who} said: {}", quote_text(&best.text)),
    });
    d.cite(&best.evidence);
    for qt in quotes.iter().skip(1).take(1) {
        d.body
            .push_str(&format!("\nAlso: {}", quote_text(&qt.text)));
        d.cite(&qt.evidence);
    }
    Some(d)
}

/// The words that attribute a description ("described", "called", "said").
fn describing() -> Vec<String> {
    DESCRIBING_VERBS.iter().map(|w| w.to_string()).collect()
}

/// The notes on the meeting best matching the question's words, else a quote of the
/// speaker.
pub(super) fn described(t: &Tell) -> Option<Draft> {
    let f = t.f;
    let speaker = t.q.speaker.clone().or_else(|| t.r.people.first().cloned());
    let mut d = Draft::default();
    let mut lines: Vec<String> = Vec::new();
    // "How did X describe it?": only what X is said to have called it ("X described the
    // talks as ...", "X called it ...").
    let by_speaker = |text: &str| match &t.q.speaker {
        Some(k) => {
            let surname = t.facts.name(k).split_whitespace().next_back();
            surname.is_some_and(|s| text.contains(s)) && keyword_hits(text, &describing()) > 0
        }
        None => true,
    };
    for c in ranked(&f.notes, &t.q.keywords)
        .into_iter()
        .filter(|c| by_speaker(&c.text))
        .take(MAX_NOTES)
    {
        lines.push(c.text.trim().to_string());
        d.cite(&c.evidence);
    }
    if lines.is_empty()
        && let Some(qt) = f
            .quotes
            .iter()
            .find(|qt| speaker.is_none() || qt.speaker == speaker)
    {
        lines.push(quote_text(&qt.text));
        d.cite(&qt.evidence);
    }
    if lines.is_empty() {
        return None;
    }
    d.body = match &f.place {
        Some(p) => format!("How the meeting in {} was described:", p.name),
        None => "How the meeting was described:".to_string(),
    };
    for l in lines {
        d.body.push_str(&format!("\n- {l}"));
    }
    Some(d)
}
