//! A second question after "and" of another kind ("Where did X go, and how long was the
//! visit?"): when the meeting told lacks what it asks, the closest sentence that tells
//! it follows the answer to the first, said to be a passage, not a fact.

use super::Turn;
use super::question::Kind;
use super::reader::{Ask, Cue};
use super::templates::Draft;
use crate::model::MeetingFact;

impl Turn<'_> {
    /// Adds to `d` the closest passage on the second question, when `first` lacks it.
    pub(super) fn second_part(&self, first: &MeetingFact, d: &mut Draft) {
        let Some(kind) = self.q.second else {
            return;
        };
        let (told, what) = match kind {
            Kind::HowLong => (false, "how long"),
            Kind::When => (first.date.is_some(), "when"),
            Kind::Where => (first.place.is_some(), "where"),
            _ => return,
        };
        if told {
            return;
        }
        let ask = Ask {
            cue: Cue::of_question(kind, self.text),
            ..self.ask()
        };
        let Some(p) = self.read_corpus(&ask) else {
            return;
        };
        let intro = format!("On {what}, the closest passage");
        d.body.push_str(&format!("\n{}", p.quote(&intro)));
        d.cite_sources(p.sources(self.cfg.max_sources));
    }
}
