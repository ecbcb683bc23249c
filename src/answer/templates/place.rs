//! "Where did they meet?" and "Why was X in Y?" (the occasion that brought them).

use crate::model::{ConflictField, Status};

use super::phrases::{
    at_place, conflicts, date_phrase, join_names, names, occasion_phrase, subject, verb,
    when_sentence,
};
use super::{Draft, Tell};

/// The place (with the occasion and date), or what the articles don't say; conflicting
/// places.
pub(super) fn where_(t: &Tell) -> Draft {
    let (facts, r, f) = (t.facts, t.r, t.f);
    let mut d = Draft::new(match (&f.place, occasion_phrase(f)) {
        (Some(p), occ) => {
            let mut s = format!("{} {} {}", subject(facts, f, r), verb(f), at_place(p));
            if let Some(o) = occ {
                s.push_str(&format!(", {o}"));
            }
            match f.date {
                Some(dt) => s.push_str(&format!(", {}.", date_phrase(&dt))),
                // "Where and when was it?" of a dateless meeting: the date is not left unsaid.
                None if t.q.asks_time => s.push_str("; the articles don't say when."),
                None => s.push('.'),
            }
            s
        }
        (None, Some(o)) => format!(
            "{} {} {o}; the articles don't name the place.",
            subject(facts, f, r),
            verb(f)
        ),
        (None, None) => format!(
            "The articles report that {} {}, but don't say where.",
            subject(facts, f, r),
            verb(f)
        ),
    });
    if t.sel.planned_only {
        d.body.push_str(&format!(
            " The articles only report it as {}, not that it happened.",
            status_word(f.status)
        ));
    }
    d.cite_fact(f);
    conflicts(f, ConflictField::Place, &mut d);
    d
}

/// The occasion of a meeting of several people: the meeting told with its occasion.
pub(super) fn occasion(t: &Tell) -> Option<Draft> {
    occasion_phrase(t.f)?;
    let mut d = Draft::new(when_sentence(t.facts, t.f, t.q, t.r, true));
    d.cite_fact(t.f);
    Some(d)
}

/// Why one person was somewhere: "X was in Y to attend Z, and met W there."
pub(super) fn why(t: &Tell) -> Option<Draft> {
    let (facts, r, f) = (t.facts, t.r, t.f);
    let o = occasion_phrase(f)?;
    let asked = &r.people[..r.people.len().min(1)];
    let who = join_names(&names(facts, asked));
    let place = f
        .place
        .as_ref()
        .map(|p| format!(" {}", at_place(p)))
        .unwrap_or_default();
    let others: Vec<String> = f
        .participants
        .iter()
        .filter(|p| !asked.contains(p))
        .cloned()
        .collect();
    let mut d = Draft::new(format!(
        "{who} was{place} {}{}.",
        o.replacen("at ", "to attend ", 1),
        if others.is_empty() {
            String::new()
        } else {
            format!(", and met {} there", join_names(&names(facts, &others)))
        }
    ));
    d.cite_fact(f);
    Some(d)
}

/// How the articles report a meeting not held, in a word: "reported" for a rumour.
fn status_word(s: Status) -> &'static str {
    match s {
        Status::Planned => "planned",
        Status::Proposed => "proposed",
        Status::Postponed => "postponed",
        Status::Cancelled => "called off",
        Status::Uncertain | Status::Held => "reported",
    }
}
