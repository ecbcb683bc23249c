//! What else a sentence says about the meeting in focus: outcomes ("agreed to ..."),
//! notes on its tone ("cordial", "for the first time") and quotations with their speaker.

use std::sync::LazyLock;

use regex::Regex;

use super::{Resolved, Scan, in_quotes};
use crate::extract::people::RefKind;
use crate::extract::quotes::QuoteSpan;
use crate::model::{Claim, Evidence, FuzzyDate, Quote};

/// Words that tell what a meeting did or decided ("agreed", "signed", "discussed"), or a
/// view one side gave the other ("expressed satisfaction at the rescheduling").
static OUTCOME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(agreed|agree to|agreeing|signed|discussed|discussing|reached (?:an )?(?:agreement|understanding|consensus)|deliberated|deliberate on|pledged|decided|committed to|reiterated|condemned|exchanged views|exchanged|vowed|affirmed|reaffirmed|underscored|called for|on the agenda|focused on|covering issues|covered|talked about|expressed (?:satisfaction|concern|support|hope|appreciation|regret|gratitude))\b",
    )
    .expect("static regex")
});

/// Words that tell how a meeting went or what made it notable ("cordial", "for the
/// first time").
static NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(productive|constructive|frank|cordial|warm|candid|friendly|fruitful|positive|tense|frosty|handshake|namaste|hug|significant|useful|substantive|in-depth|wide-ranging|historic|one-on-one|closed-door|long-awaited|first (?:meeting|visit|summit)|second (?:meeting|summit)|for the first time|shuttle diplomacy)\b",
    )
    .expect("static regex")
});

/// Paragraphs after a meeting's last mention whose sentences may still add outcomes,
/// notes and quotes to it: the account of a meeting rarely runs further.
const ATTACH_PARAGRAPHS: usize = 2;

/// Most words before a date that still leads its sentence ("In February, ...").
const LEADING_WORDS: usize = 1;

/// True when `d` is a month (or year) before `meeting`, both with their year.
fn dated_before(d: &FuzzyDate, meeting: &FuzzyDate) -> bool {
    match (d.year, meeting.year) {
        (Some(y), Some(my)) if y != my => y < my,
        (Some(_), Some(_)) => matches!((d.month, meeting.month), (Some(m), Some(mm)) if m < mm),
        _ => false,
    }
}

impl Scan<'_> {
    /// Outcomes, notes and quotes of a sentence go to the meeting in focus when the
    /// sentence is about it.
    pub(super) fn attach(
        &mut self,
        si: usize,
        resolved: &Resolved,
        quotes: &[QuoteSpan],
        touched: &[usize],
    ) {
        let Some(f) = touched.first().copied().or(self.focus) else {
            return;
        };
        let a = &self.analyses[si];
        let para = self.sents[si].para;
        let m = &self.facts.meetings[f];
        if para > m.last_para + ATTACH_PARAGRAPHS {
            return;
        }
        // A sentence led by someone outside the meeting is about something else.
        let outsider = a
            .refs
            .iter()
            .enumerate()
            .filter(|(_, r)| !in_quotes(quotes, r))
            .find(|(_, r)| !matches!(r.kind, RefKind::Pronoun | RefKind::PluralPronoun))
            .is_some_and(|(i, _)| {
                !resolved[i].is_empty() && !resolved[i].iter().any(|p| m.participants.contains(p))
            });
        // "In February, X and Y agreed ..." beside an April meeting tells an earlier event:
        // a date leading the sentence sets its time ("... agreed to open a route in May"
        // only dates what was agreed).
        let earlier = m.date.is_some_and(|md| {
            self.cache.dates(si).iter().any(|d| {
                a.text[..d.start].split_whitespace().count() <= LEADING_WORDS
                    && dated_before(&d.date, &md)
            })
        });
        let ev = self.evidence(si);
        let text = a.text.trim().to_string();
        let m = &mut self.facts.meetings[f];
        if (!outsider || touched.contains(&f)) && !earlier {
            if OUTCOME.is_match(a.text) && !m.outcomes.iter().any(|c| c.text == text) {
                m.outcomes.push(Claim {
                    text: text.clone(),
                    evidence: ev.clone(),
                });
            }
            if NOTE.is_match(a.text) && !m.notes.iter().any(|c| c.text == text) {
                m.notes.push(Claim {
                    text: text.clone(),
                    evidence: ev.clone(),
                });
            }
        }
        // Quotes without a speaker go to the meeting in focus unless an outsider leads.
        let fallback = (!outsider).then_some(f);
        self.attach_quotes(si, resolved, quotes, fallback, &ev);
    }

    /// Each quotation goes to the latest meeting near here of its speaker (and addressee),
    /// a quotation without a speaker to `fallback`; the meeting it goes to takes the focus.
    fn attach_quotes(
        &mut self,
        si: usize,
        resolved: &Resolved,
        quotes: &[QuoteSpan],
        fallback: Option<usize>,
        ev: &Evidence,
    ) {
        let para = self.sents[si].para;
        for q in quotes {
            let speaker = q.speaker.and_then(|r| resolved[r].first().copied());
            let addressee = q.addressee.and_then(|r| resolved[r].first().copied());
            let target = self
                .facts
                .meetings
                .iter()
                .rposition(|mm| {
                    speaker.is_some_and(|s| mm.participants.contains(&s))
                        && addressee.is_none_or(|ad| mm.participants.contains(&ad))
                        && para <= mm.last_para + ATTACH_PARAGRAPHS
                })
                .or(if speaker.is_none() { fallback } else { None });
            let Some(tg) = target else { continue };
            let ents = &self.facts.entities;
            let name = |id: Option<usize>| id.and_then(|i| ents.list.get(i)).map(|e| e.key());
            let quote = Quote {
                speaker: name(speaker),
                addressee: name(addressee),
                text: q.text.clone(),
                evidence: ev.clone(),
            };
            let mm = &mut self.facts.meetings[tg];
            if !mm.quotes.iter().any(|x| x.text == quote.text) {
                mm.quotes.push(quote);
            }
            self.focus = Some(tg);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_given_at_the_meeting_is_an_outcome() {
        // Must handle: satisfaction, concern expressed at the meeting.
        assert!(OUTCOME.is_match(
            "Lind said Berg expressed satisfaction at the rescheduling during a meeting here."
        ));
        assert!(OUTCOME.is_match("Berg expressed concern over the quota at the talks."));
        // Must not: "expressed" of something else.
        assert!(!OUTCOME.is_match("Berg expressed no view at the talks on Monday."));
    }
}
