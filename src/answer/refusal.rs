//! "Did he take the job?", "Did Herron agree with him?": a yes/no about accepting, joining
//! or agreeing is answered "No" by the sentence of the conversation's reports in which the
//! person asked about turned it down ("Strachan has rejected the chance to become the
//! club's new boss", "Herron said he was not convinced by Mallon's arguments"); "Are they
//! still in talks?" by one that says the talks ended ("the duo have cut off talks with
//! Glazer"). Any other yes/no no fact answered is a no by a sentence that negates most of
//! its words ("So he promised new lending?" -> "he made no firm commitment on loans"). The
//! words are data (`acceptance_verbs.txt`, `refusal_phrases.txt`,
//! `ongoing_talk_words.txt`, `talks_ended_phrases.txt`).

use crate::lexicon::lists::{
    ACCEPTANCE_VERBS, NO_CONTACT_PHRASES, ONGOING_TALK_WORDS, QUESTION_TOUCH_VERBS,
    REFUSAL_PHRASES, TALKS_ENDED_PHRASES, WITHHELD_PHRASES,
};

use super::question::Kind;
use super::{Answer, AnswerKind, Turn, templates, text};

impl Turn<'_> {
    /// The no for a yes/no about accepting that `found` did not answer with a yes or no:
    /// the first sentence of its articles and the conversation's in which one of the
    /// people asked about turns something down.
    pub(super) fn refusal(&self, found: &Answer) -> Option<Answer> {
        let asked = text::norm_words(self.text);
        let accepting = asked.iter().any(|w| ACCEPTANCE_VERBS.has(w));
        let ongoing =
            asked.iter().any(|w| w == STILL) && asked.iter().any(|w| ONGOING_TALK_WORDS.has(w));
        if self.q.kind() != Kind::YesNo
            || found.body.starts_with("No")
            || found.body.starts_with("Yes")
        {
            return None;
        }
        if !(accepting || ongoing) {
            return self.no_contact(found).or_else(|| self.denial(found));
        }
        // Names no fact knows count by their last word too ("the Belmont brothers"); "he"
        // may be either of the conversation's meeting's people.
        let mut surnames = self.asked_surnames();
        let meeting = self.r.anchor.or(self.r.recent.first().copied());
        if self.q.people.is_empty()
            && let Some(f) = meeting.and_then(|i| self.facts.fact(i))
        {
            surnames.extend(f.participants.iter().filter_map(|k| self.surname(k)));
        }
        let refused = self.first_in_reports(found, |sentence| {
            let no = if ongoing {
                talks_ended(sentence, &surnames)
            } else {
                // "declined to comment" turns down a question, not what was asked.
                refused_by(sentence, &surnames) && !withholding(sentence)
            };
            no.then_some(())
        });
        // No one turned it down: what was asked may still be denied or withheld.
        let Some((_, q)) = refused else {
            return self.denial(found);
        };
        Some(Answer {
            body: format!("No, according to the articles:\n> {}", q.sentence),
            sources: vec![q.source],
            kind: AnswerKind::Quote,
        })
    }

    /// "Has Moyes been contacted by Real?", "Did the chairman ring her?": a yes/no about
    /// getting in touch is a no by the first sentence of the reports found and the
    /// conversation's that says there was none ("There's been no contact").
    fn no_contact(&self, found: &Answer) -> Option<Answer> {
        let asked = text::norm_words(self.text);
        if !asked.iter().any(|w| QUESTION_TOUCH_VERBS.has(w)) {
            return None;
        }
        let (_, q) = self.first_in_reports(found, |s| says_no_contact(s).then_some(()))?;
        Some(Answer {
            body: format!("No, according to the articles:\n> {}", q.sentence),
            sources: vec![q.source],
            kind: AnswerKind::Quote,
        })
    }

    /// "So he promised Japan would resume lending?" that no fact answered: the first
    /// sentence of the reports found and the conversation's that negates at least half
    /// of the question's words ("he did not make firm commitments about loans"), a no.
    fn denial(&self, found: &Answer) -> Option<Answer> {
        let keywords = &self.q.keywords;
        if found.kind == AnswerKind::Fact || templates::asked_content(keywords) < MIN_DENIED_WORDS {
            return None;
        }
        // "Is anyone going to Tokyo on farm trade?" is not denied by "no new farm
        // subsidies": a no must name the places asked.
        let placed = |s: &str| {
            let named = super::fallback::phrase_test(s);
            self.q.places.iter().all(|p| named(p))
        };
        let (withheld, q) = self.first_in_reports(found, |s| {
            if !placed(s) {
                None
            } else if templates::denies(s, keywords) {
                Some(false)
            } else {
                withholds(s, keywords).then_some(true)
            }
        })?;
        let intro = if withheld {
            "The articles don't say; the report withholds it"
        } else {
            "No, according to the articles"
        };
        Some(Answer {
            body: format!("{intro}:\n> {}", q.sentence),
            sources: vec![q.source],
            kind: AnswerKind::Quote,
        })
    }
}

/// True when `sentence` holds at least half the asked words and a phrase of withholding
/// ("He declined to comment on whether concerted action to shore up the dollar arose").
fn withholds(sentence: &str, keywords: &[String]) -> bool {
    let enough = templates::keyword_hits(sentence, keywords)
        >= templates::asked_content(keywords).max(1).div_ceil(2);
    enough && withholding(sentence)
}

/// True when `sentence` holds a phrase of withholding ([`WITHHELD_PHRASES`]).
pub(crate) fn withholding(sentence: &str) -> bool {
    text::has_phrase(&text::norm_words(sentence), &WITHHELD_PHRASES)
}

/// Fewest words, besides generic verbs, a yes/no must ask about to be denied by a
/// sentence: one word negated says too little of what was asked.
const MIN_DENIED_WORDS: usize = 2;

/// The word that asks whether talks go on ("Are they still in talks?").
const STILL: &str = "still";

/// True when `sentence` names one of `surnames` and says talks ended ("the Irish duo have
/// cut off talks with Glazer").
fn talks_ended(sentence: &str, surnames: &[String]) -> bool {
    let words = text::norm_words(sentence);
    words.iter().any(|w| surnames.contains(w)) && text::has_phrase(&words, &TALKS_ENDED_PHRASES)
}

/// True when `sentence` says no one got in touch ([`NO_CONTACT_PHRASES`]).
fn says_no_contact(sentence: &str) -> bool {
    // "hasn't" reads "has not".
    let spelt = sentence
        .replace("n't", " not")
        .replace("n\u{2019}t", " not");
    text::has_phrase(&text::norm_words(&spelt), &NO_CONTACT_PHRASES)
}

/// True when one of `surnames` stands before a phrase of refusal in `sentence`: the one
/// named turned it down ("The board rejected Lund's demands" is a refusal of Lund's, not by
/// him).
fn refused_by(sentence: &str, surnames: &[String]) -> bool {
    let words = text::norm_words(sentence);
    let first_name_at = words.iter().position(|w| surnames.contains(w));
    let Some(named) = first_name_at else {
        return false;
    };
    text::has_phrase(&words[named + 1..], &REFUSAL_PHRASES)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(n: &[&str]) -> Vec<String> {
        n.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn a_sentence_says_no_one_got_in_touch() {
        // Must handle: no contact said outright, or as a phone not picked up.
        assert!(says_no_contact(
            "\"There has been no contact from Lyon,\" Brannigan said."
        ));
        assert!(says_no_contact(
            "I am disappointed the Dunmore chairman hasn't picked up the phone."
        ));
        // Must not: contact that was made, or a contact of another sort.
        assert!(!says_no_contact("Lyon contacted Brannigan on Monday."));
        assert!(!says_no_contact("The contact group met in Oslo."));
    }

    #[test]
    fn a_refusal_counts_after_the_person_who_refused() {
        let asked = names(&["lindqvist", "ortega"]);
        // Must handle: a phrase of turning down; disagreement said of oneself.
        assert!(refused_by(
            "Former coach Sven Lindqvist has turned down the offer to manage the club.",
            &asked
        ));
        assert!(refused_by(
            "But Mr Ortega said he was not convinced by her arguments.",
            &asked
        ));
        // Must not: a refusal by someone else, of the person's demands.
        assert!(!refused_by(
            "The board rejected Lindqvist's demands for a longer contract.",
            &asked
        ));
        assert!(!refused_by("Lindqvist said he would take the job.", &asked));
    }

    #[test]
    fn a_sentence_withholds_what_it_declines_to_comment_on() {
        let asked = names(&["agree", "joint", "action", "prop", "krona"]);
        // Must handle: a phrase of withholding beside most of the asked words.
        assert!(withholds(
            "He declined to comment on whether joint action to prop up the krona was discussed.",
            &asked
        ));
        // Must not: the phrase about something else, or the words without it.
        assert!(!withholds("He declined to comment on the budget.", &asked));
        assert!(!withholds(
            "They agreed on joint action to prop up the krona.",
            &asked
        ));
    }

    #[test]
    fn talks_end_in_a_sentence_naming_one_of_the_people() {
        let asked = names(&["tveitane", "belmont"]);
        // Must handle: the people on either side of the phrase.
        assert!(talks_ended(
            "Tveitane broke off talks with the union on Friday.",
            &asked
        ));
        assert!(talks_ended(
            "But the two owners have cut off talks with Belmont over the sale.",
            &asked
        ));
        // Must not: talks said to go on.
        assert!(!talks_ended(
            "Tveitane said talks with the union were continuing.",
            &asked
        ));
    }
}
