//! Templates: one plain-English answer per question kind, built only from what the facts
//! hold, each kind beside its template (`when`, `place`, `who`, `talk`, `yes_no`). Dates
//! are written with [`FuzzyDate::human`](crate::model::FuzzyDate::human) and never made
//! more precise than the articles; a missing detail is said ("the article doesn't give the
//! date"), never guessed. Every draft carries the sources it used.

mod phrases;
mod place;
mod talk;
mod when;
mod who;
mod yes_no;

#[cfg(test)]
mod tests;

use crate::model::{Evidence, FactStore, MeetingFact, Source};

use super::conversation::Resolved;
use super::question::{Kind, Question};
use super::select::Selection;

pub(crate) use phrases::{at_place, date_phrase};
pub(crate) use phrases::{describe_meeting, join_names, keyword_hits, names};
pub(crate) use when::{stated_count, when_answer};
pub(crate) use who::who_is;
pub(crate) use yes_no::{
    NOT_THERE, asked_content, denied_in_quote, denies, firm_plan_in_quote, holds_half,
    other_contact, planned_in_quote, together_in_quote, written_in_quote,
};

/// An answer body with its sources, before the conversation is updated.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Draft {
    pub(crate) body: String,
    pub(crate) sources: Vec<Source>,
}

impl Draft {
    /// A body without sources yet.
    pub(crate) fn new(body: String) -> Draft {
        Draft {
            body,
            sources: Vec::new(),
        }
    }

    /// Cites one piece of evidence (once).
    pub(crate) fn cite(&mut self, e: &Evidence) {
        let s = Source::from(e);
        if !self.sources.contains(&s) {
            self.sources.push(s);
        }
    }

    /// Cites sources after those it has, each once (a passage quoted after the answer).
    pub(crate) fn cite_sources(&mut self, sources: Vec<Source>) {
        for s in sources {
            if !self.sources.contains(&s) {
                self.sources.push(s);
            }
        }
    }

    /// Cites the first evidence of a meeting.
    fn cite_fact(&mut self, f: &MeetingFact) {
        if let Some(e) = f.evidence.first() {
            self.cite(e);
        }
    }
}

/// A meeting question with the facts chosen for it: what a template tells.
struct Tell<'a> {
    facts: &'a FactStore,
    q: &'a Question,
    r: &'a Resolved,
    sel: &'a Selection<'a>,
    /// The first chosen meeting.
    f: &'a MeetingFact,
}

/// Renders the answer to a meeting question, or `None` when the facts can't answer it (the
/// caller then quotes the best passages).
pub(crate) fn render(
    facts: &FactStore,
    q: &Question,
    r: &Resolved,
    sel: &Selection,
) -> Option<Draft> {
    let t = Tell {
        facts,
        q,
        r,
        sel,
        f: sel.facts.first().copied()?,
    };
    let draft = match q.kind() {
        Kind::When => Some(when::when(&t)),
        Kind::HowMany => Some(when::how_many(&t)),
        Kind::Where => Some(place::where_(&t)),
        Kind::Why if r.people.len() != 1 => place::occasion(&t),
        Kind::Why => place::why(&t),
        Kind::Who => Some(who::who(&t)),
        Kind::Agreed => talk::agreed(&t),
        Kind::Said => talk::said(&t),
        Kind::Described => talk::described(&t),
        Kind::YesNo => yes_no::yes_no(&t),
        Kind::HowLong | Kind::WhoIs | Kind::Other => None,
    };
    let second = q.asks_topic && !matches!(q.kind(), Kind::Agreed | Kind::Said);
    draft.map(|d| if second { talk::topic_after(&t, d) } else { d })
}
