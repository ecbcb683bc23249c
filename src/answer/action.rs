//! A yes or no about what someone did besides meeting ("Did Straw sign anything on his
//! visit to Beijing?"): the sentences that tell that verb, quoted, before any status of
//! the visit. A meeting's being held or planned does not answer it.

use super::question::Kind;
use super::{Answer, Turn, reader, text};

/// The intro of sentences that tell the asked verb: they answer the question in the
/// articles' words, neither "yes" nor "not stated" ("Chelsea have yet to confirm or deny").
const RELEVANT: &str = "The relevant passage";

impl Turn<'_> {
    /// The passage that tells the verb a yes or no asks about, from the reports the
    /// conversation cited or the corpus; `None` when the question asks no such verb or no
    /// sentence read holds it.
    pub(super) fn action(&self) -> Option<Answer> {
        let verb = self
            .q
            .verb
            .as_ref()
            .filter(|_| self.q.kind() == Kind::YesNo)?;
        let mut ask = self.ask();
        // "Did Japan sign up to Gordon Brown's debt freeze?": the owner of the matter is
        // not who acted; a sentence need not name him.
        let owner = |k: &String| {
            let name = self.facts.name(k);
            let surname = self.surname(k).map(|s| text::capitalised(&s));
            super::quote::owner_in(self.text, name)
                || surname.is_some_and(|s| super::quote::owner_in(self.text, &s))
        };
        let owners = !self.r.people.is_empty() && self.r.people.iter().all(owner);
        ask.people_required = !ask.people.is_empty() && !owners;
        ask.all_people &= ask.people_required;
        let p = self
            .read_conversation_articles(&ask)
            .or_else(|| self.read_corpus(&ask))?;
        // What the verb is done to ("agree to the Finance Facility") must be in its
        // sentence; a place of the visit may be told around it.
        let q = &self.q;
        let objects: Vec<String> = (q.unknown.iter())
            .filter(|u| !q.unknown_places.contains(u) && !q.unknown_people.contains(u))
            .map(|u| u.to_lowercase())
            .collect();
        let tells = |s: &str| {
            let lower = s.to_lowercase();
            reader::has_verb(s, verb) && objects.iter().all(|o| lower.contains(o.as_str()))
        };
        if !p.sentences.iter().any(|q| tells(&q.sentence)) {
            return None;
        }
        Some(p.answer(RELEVANT, self.cfg))
    }
}
