//! "When did they meet?" and "How many times did they meet?".

use crate::model::{ConflictField, FactStore, MeetingFact, Precision};

use super::super::conversation::Resolved;
use super::super::question::{Kind, Order, Question};
use super::super::select::Selection;
use super::super::text;
use super::phrases::{
    conflicts, date_phrase, describe_meeting, join_names, names, not_held, place_phrase,
    when_sentence,
};
use super::{Draft, Tell, render};

/// The meeting with its date, place and occasion; what it came before, for "before that";
/// other same-day reports; conflicting dates.
pub(super) fn when(t: &Tell) -> Draft {
    let (facts, q, r, f) = (t.facts, t.q, t.r, t.f);
    let mut d = Draft::default();
    if t.sel.planned_only {
        d.body = not_held(facts, f, q, r);
        if let Some(s) = vague_plan(f) {
            d.body.push_str(&format!(" The report says:\n> {s}"));
        }
    } else {
        d.body = when_sentence(facts, f, q, r, true);
        if let Some(a) = t.sel.anchor {
            d.body.push_str(&format!(
                " That was {} the meeting {}.",
                if t.sel.later { "after" } else { "before" },
                describe_meeting(a)
            ));
            if q.order == Order::Last
                && !t.sel.later
                && let Some(g) = other_last_claim(facts, f, a)
            {
                d.body.push_str(&format!(
                    " But another report of that meeting says the last time before it was {}.",
                    [g.date.as_ref().map(date_phrase), place_phrase(g)]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
                d.cite_fact(g);
            }
        }
    }
    d.cite_fact(f);
    conflicts(f, ConflictField::Date, &mut d);
    for other in t.sel.facts.iter().skip(1) {
        d.body.push_str(&format!(
            " Another report of the same day: {}",
            when_sentence(facts, other, q, r, true)
        ));
        d.cite_fact(other);
    }
    d
}

/// A meeting of `f`'s people, dated otherwise, that a report of `anchor` recalls as their
/// last ("The last time Modi interacted with Xi was in 2019"): the reports disagree on
/// which meeting came last before the anchor, and the answer says both.
fn other_last_claim<'a>(
    facts: &'a FactStore,
    f: &MeetingFact,
    anchor: &MeetingFact,
) -> Option<&'a MeetingFact> {
    let same_people = |g: &MeetingFact| {
        g.participants.len() == f.participants.len()
            && g.participants.iter().all(|p| f.participants.contains(p))
    };
    let anchor_reports = |article: &str| anchor.evidence.iter().any(|e| e.article == article);
    let says_last = |sentence: &str| text::norm_words(sentence).iter().any(|w| w == "last");
    facts.facts.iter().find(|g| {
        g.id != f.id
            && g.recalled
            && g.status.is_held()
            && same_people(g)
            && g.date.is_some_and(|d| d.year.is_some())
            && g.date != f.date
            && (g.evidence.iter()).any(|e| anchor_reports(&e.article) && says_last(&e.sentence))
    })
}

/// The sentence telling a meeting not yet held whose date is known to less than the day
/// ("sometime in late April or early May", "next week; the dates have yet to be set"):
/// the plan's own words say when better than a month or a year drawn from them.
fn vague_plan(f: &MeetingFact) -> Option<&str> {
    let exact = f
        .date
        .as_ref()
        .is_some_and(|d| d.precision() == Precision::Day);
    (!exact && !f.status.is_held())
        .then(|| f.evidence.first().map(|e| e.sentence.as_str()))
        .flatten()
}

/// A count an article states for one of the chosen meetings ("the third meeting between
/// the two leaders this year"), the latest first: it answers "how many times" better than
/// the meetings the articles happen to report.
pub(crate) fn stated_count(sel: &Selection) -> Option<Draft> {
    let f = sel.facts.iter().rev().find(|f| f.count.is_some())?;
    let c = f.count.as_ref()?;
    let mut d = Draft::new(format!(
        "According to the articles, the meeting {} was the {}.",
        describe_meeting(f),
        c.text
            .trim()
            .trim_start_matches("the ")
            .trim_end_matches('.')
    ));
    d.cite(&c.evidence);
    Some(d)
}

/// "The articles record N meetings of A and B:" and one line per meeting.
pub(super) fn how_many(t: &Tell) -> Draft {
    let mut d = Draft::default();
    let n = t.sel.facts.len();
    let who = join_names(&names(t.facts, &t.r.people));
    d.body = format!(
        "The articles record {n} meeting{} {}:",
        if n == 1 { "" } else { "s" },
        if who.is_empty() {
            String::new()
        } else {
            format!("of {who}")
        }
    );
    for f in &t.sel.facts {
        d.body.push_str(&format!(
            "\n- {}",
            when_sentence(t.facts, f, t.q, t.r, true)
        ));
        d.cite_fact(f);
    }
    d
}

/// One meeting told as the answer to "when did they meet?", for `people`.
pub(crate) fn when_answer(
    facts: &FactStore,
    people: &[String],
    fact: &MeetingFact,
) -> Option<Draft> {
    let q = Question {
        kind: Some(Kind::When),
        ..Default::default()
    };
    let r = Resolved {
        people: people.to_vec(),
        ..Default::default()
    };
    render(facts, &q, &r, &Selection::one(fact))
}
