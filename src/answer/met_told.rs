//! "Did Gingrich sit down with Eastern Airlines workers?", "Has Bastian met with Cosmo?":
//! a yes/no of whether two sides met that no fact answered (firms, groups, people the
//! facts don't hold), told by the first sentence of the reports found that names one side
//! before a verb of a held meeting and the other after it ("Gingrich has met with groups
//! of dissident Eastern employees": yes), or before a wish for a meeting ("Bastian said it
//! intends to request a meeting with Cosmo representatives": no, not yet). The words are
//! data (`held_meeting_phrases.txt`, `proposed_far.txt`).

use crate::lexicon::lists::{ANSWER_NEGATIONS, HELD_MEETING_PHRASES, PLANNED_MODALS, PROPOSED_FAR};

use super::parse::is_meet_word;
use super::question::Kind;
use super::{Answer, Turn, text};

/// Most words from the first side's name to the verb of meeting ("Gingrich, a Georgia
/// Republican, has met with": five).
const SUBJECT_REACH: usize = 8;

/// Most words from the verb of meeting to the other side's name ("has met with groups of
/// dissident Eastern employees": four).
const OBJECT_REACH: usize = 6;

/// Words just before the verb that leave the meeting not held ("will", "not", "to").
const UNHELD_REACH: usize = 3;

/// Words of a name too common to tell a side by ("the", "corp"): shorter than this.
const MIN_NAME_WORD: usize = 3;

/// Words of a meeting a wish comes just before ("request a meeting", "seeks talks").
const MEETING_NOUNS: [&str; 4] = ["meeting", "meet", "talks", "discussions"];

/// Most words from the word of wishing to the meeting noun ("intends to request a
/// meeting": request, a, meeting).
const WISH_REACH: usize = 3;

impl Turn<'_> {
    /// The yes or no for a yes/no of whether two sides met, when `found` gave neither:
    /// a sentence that tells them met (yes), else one that tells a meeting only sought
    /// (no). `None` for a question with a time or place to check, or of other than two
    /// sides.
    pub(super) fn met_told(&self, found: &Answer) -> Option<Answer> {
        let q = &self.q;
        if q.kind() != Kind::YesNo || found.body.starts_with("No") || found.body.starts_with("Yes")
        {
            return None;
        }
        let asked = text::norm_words(self.text);
        let past = (asked.first()).is_some_and(|w| matches!(w.as_str(), "did" | "has" | "have"));
        if !past
            || q.planned
            || q.on.is_some()
            || q.before.is_some()
            || q.after.is_some()
            || !q.places.is_empty()
            || !q.unknown_places.is_empty()
            || !q.unknown_settings.is_empty()
        {
            return None;
        }
        // The sides only for a yes/no that may be answered: every turn passes here.
        let sides = self.sides();
        if sides.len() != 2 || !meeting_asked(&asked, &sides) {
            return None;
        }
        if let Some((_, held)) = self.first_in_reports(found, |s| met_in(s, &sides).then_some(())) {
            return Some(super::refusal::said("Yes", held));
        }
        let (_, sought) = self.first_in_reports(found, |s| sought_in(s, &sides).then_some(()))?;
        Some(super::refusal::said("No", sought))
    }

    /// The words each side asked is told by: a known person's surname, the words of a
    /// name no fact knows ("Eastern Airlines": eastern, airlines); known people first.
    fn sides(&self) -> Vec<Vec<String>> {
        let known = (self.r.people.iter()).filter_map(|k| self.surname(k).map(|s| vec![s]));
        // "with Eastern Airlines workers": a firm's name that qualifies its people is a
        // side too, as is any name that is not where.
        let q = &self.q;
        let unknown = (q.unknown.iter())
            .filter(|u| !q.unknown_places.contains(u) && !q.unknown_settings.contains(u))
            .map(|u| {
                (text::norm_words(u).into_iter())
                    .filter(|w| w.chars().count() >= MIN_NAME_WORD)
                    .collect::<Vec<_>>()
            });
        known.chain(unknown).filter(|s| !s.is_empty()).collect()
    }
}

/// Words between the first word of a yes/no and its verb that ask nothing ("Did Lund
/// actually sit down with ...").
const EMPTY_ADVERBS: [&str; 5] = ["actually", "ever", "already", "really", "also"];

/// "Did they sit down with ...": a verb of meeting with "down", which the question's
/// words of meeting hold only in the past ("sat").
const SIT: &str = "sit";

/// True when the verb a yes/no asks of, the first word after its auxiliary besides the
/// sides' names and empty adverbs, is one of meeting ("Has Bastian met with Cosmo?"; not
/// "Did Ceban pledge support when he met Berzina?").
fn meeting_asked(asked: &[String], sides: &[Vec<String>]) -> bool {
    (asked.iter().skip(1))
        .find(|w| !sides.iter().any(|s| s.contains(w)) && !EMPTY_ADVERBS.contains(&w.as_str()))
        .is_some_and(|w| is_meet_word(w) || w == SIT)
}

/// The position of the first word of a side's name in `words[from..to]`.
fn side_at(words: &[String], side: &[String], from: usize, to: usize) -> Option<usize> {
    (from..to.min(words.len())).find(|&i| side.contains(&words[i]))
}

/// True when no negation, modal or "to" stands just before `at` ("will meet", "did not
/// meet", "plans to meet").
fn held_at(words: &[String], at: usize) -> bool {
    !(words[at.saturating_sub(UNHELD_REACH)..at].iter())
        .any(|w| ANSWER_NEGATIONS.has(w) || PLANNED_MODALS.has(w) || w == "to")
}

/// True when `sentence` names one side a few words before a verb of a held meeting and
/// the other a few words after it, nothing before the verb leaving it unheld.
fn met_in(sentence: &str, sides: &[Vec<String>]) -> bool {
    let words = text::norm_words(sentence);
    let phrases: Vec<Vec<&str>> = HELD_MEETING_PHRASES
        .iter()
        .map(|p| p.split(' ').collect())
        .collect();
    (0..words.len()).any(|at| {
        let Some(p) = phrases
            .iter()
            .find(|p| text::starts_with_words(&words[at..], p))
        else {
            return false;
        };
        let after = at + p.len();
        held_at(&words, at)
            && [(0, 1), (1, 0)].iter().any(|&(a, b)| {
                side_at(&words, &sides[a], at.saturating_sub(SUBJECT_REACH), at).is_some()
                    && side_at(&words, &sides[b], after, after + OBJECT_REACH).is_some()
            })
    })
}

/// True when `sentence` names one side before a wish for a meeting and the other after
/// the meeting noun ("Bastian said it intends to request a meeting with Cosmo").
fn sought_in(sentence: &str, sides: &[Vec<String>]) -> bool {
    let words = text::norm_words(sentence);
    (0..words.len()).any(|at| {
        if !MEETING_NOUNS.contains(&words[at].as_str()) {
            return false;
        }
        let wished = (at.saturating_sub(WISH_REACH)..at).any(|j| PROPOSED_FAR.has(&words[j]));
        wished
            && [(0, 1), (1, 0)].iter().any(|&(a, b)| {
                side_at(&words, &sides[a], 0, at).is_some()
                    && side_at(&words, &sides[b], at + 1, at + 1 + OBJECT_REACH).is_some()
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sides(a: &[&str], b: &[&str]) -> Vec<Vec<String>> {
        [a, b]
            .iter()
            .map(|s| s.iter().map(|w| w.to_string()).collect())
            .collect()
    }

    #[test]
    fn one_side_before_a_held_verb_and_the_other_after_it_met() {
        let s = sides(&["varnell"], &["ostrava", "steelworks"]);
        // Must handle: a held verb with an apposition before it, a group of the other.
        assert!(met_in(
            "Senator Varnell, a Texas Democrat, has met with striking Ostrava workers twice.",
            &s
        ));
        assert!(met_in(
            "Officials of Ostrava Steelworks held talks with Varnell on Monday.",
            &s
        ));
        // Must not: a meeting to come, or one denied.
        assert!(!met_in("Varnell will meet Ostrava managers next week.", &s));
        assert!(!met_in("Varnell has not met with Ostrava workers.", &s));
    }

    #[test]
    fn the_verb_asked_of_is_the_first_after_the_names() {
        let s = sides(&["varnell"], &["ostrava", "steelworks"]);
        let w = |q: &str| text::norm_words(q);
        // Must handle: an adverb before the verb, a perfect.
        assert!(meeting_asked(
            &w("Did Varnell actually sit down with Ostrava workers?"),
            &s
        ));
        assert!(meeting_asked(
            &w("Has Ostrava Steelworks met with Varnell?"),
            &s
        ));
        // Must not: a meeting only as the time of what is asked.
        assert!(!meeting_asked(
            &w("Did Varnell pledge support when he met Ostrava?"),
            &s
        ));
    }

    #[test]
    fn a_wish_for_a_meeting_with_the_other_side_is_one_only_sought() {
        let s = sides(&["kestrel"], &["dunmore"]);
        // Must handle: a request and a wish for talks.
        assert!(sought_in(
            "Kestrel said it intends to request a meeting with Dunmore directors.",
            &s
        ));
        assert!(sought_in(
            "Kestrel wants talks with Dunmore on the stake.",
            &s
        ));
        // Must not: a meeting held, with no wish before it.
        assert!(!sought_in(
            "Kestrel held a meeting with Dunmore directors.",
            &s
        ));
    }
}
