//! Yes/no questions a sentence of setback answers with a no: "Did they get anywhere?" by
//! one that says the talks made no progress ("no progress had been made in talks with
//! Japan"), "Did Lund show up for the hearing?" by one that says the one asked stayed
//! away ("Lund's failure to attend the hearing"). The words are data
//! (`question_progress_phrases.txt`, `no_progress_phrases.txt`,
//! `question_attendance_verbs.txt`, `absence_phrases.txt`).

use crate::lexicon::lists::{
    ABSENCE_PHRASES, NO_PROGRESS_PHRASES, ONGOING_TALK_WORDS, QUESTION_ATTENDANCE_VERBS,
    QUESTION_PROGRESS_PHRASES,
};

use super::question::Kind;
use super::{Answer, Turn, templates, text};

/// Most words between the name of the one asked and the phrase of absence after it
/// ("Mourinho's failure to attend": the possessive is one word).
const ABSENT_REACH: usize = 2;

/// Words of talks a sentence of no progress must hold besides [`ONGOING_TALK_WORDS`]: a
/// meeting that "ended in deadlock" is talks too.
const TALK_WORDS: [&str; 3] = ["meeting", "session", "conference"];

impl Turn<'_> {
    /// The no for a yes/no about progress or about being there that `found` did not
    /// answer with a yes or no: the first sentence of its reports and the conversation's
    /// that tells the setback.
    pub(super) fn setback(&self, found: &Answer) -> Option<Answer> {
        if self.q.kind() != Kind::YesNo
            || found.body.starts_with("No")
            || found.body.starts_with("Yes")
        {
            return None;
        }
        let asked = text::norm_words(self.text);
        if text::has_phrase(&asked, &QUESTION_PROGRESS_PHRASES) {
            let (_, q) = self.first_in_reports(found, |s| no_progress(s).then_some(()))?;
            return Some(super::refusal::said("No", q));
        }
        if !text::has_phrase(&asked, &QUESTION_ATTENDANCE_VERBS) {
            return None;
        }
        let surnames = self.asked_surnames();
        // What they were to be at: at least half the question's other words.
        let words: Vec<String> = (self.q.keywords.iter())
            .filter(|k| {
                !surnames.contains(k)
                    && !text::has_phrase(&[(*k).clone()], &QUESTION_ATTENDANCE_VERBS)
            })
            .cloned()
            .collect();
        let about = |s: &str| templates::keyword_hits(s, &words) >= words.len().div_ceil(2);
        let (_, q) =
            self.first_in_reports(found, |s| (absent(s, &surnames) && about(s)).then_some(()))?;
        Some(super::refusal::said("No", q))
    }
}

/// True when `sentence` says talks got nowhere: a phrase of no progress and a word of
/// talks ("no progress had been made in talks with Japan").
fn no_progress(sentence: &str) -> bool {
    let words = text::norm_words(sentence);
    let of_talks =
        (words.iter()).any(|w| ONGOING_TALK_WORDS.has(w) || TALK_WORDS.contains(&w.as_str()));
    of_talks && text::has_phrase(&words, &NO_PROGRESS_PHRASES)
}

/// True when one of `surnames` stands just before a phrase of absence in `sentence`
/// ("Mourinho's failure to attend"; not "Lund criticised Berg's failure to attend").
fn absent(sentence: &str, surnames: &[String]) -> bool {
    let words = text::norm_words(sentence);
    let opens = |from: usize| {
        ABSENCE_PHRASES.iter().any(|p| {
            let p: Vec<&str> = p.split(' ').collect();
            (words.get(from..from + p.len()))
                .is_some_and(|ws| ws.iter().zip(&p).all(|(w, p)| w == p))
        })
    };
    (words.iter().enumerate())
        .filter(|(_, w)| surnames.contains(w))
        .any(|(at, _)| (1..=ABSENT_REACH).any(|gap| opens(at + gap)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(n: &[&str]) -> Vec<String> {
        n.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_sentence_of_talks_getting_nowhere_tells_no_progress() {
        assert!(no_progress(
            "Officials said no progress was made at the talks on Friday."
        ));
        assert!(no_progress(
            "The two-day meeting ended in deadlock over the quota."
        ));
        // Must not: no progress of something other than talks.
        assert!(!no_progress(
            "No progress has been made on the new stadium."
        ));
    }

    #[test]
    fn the_one_asked_before_a_phrase_of_absence_stayed_away() {
        let lund = names(&["lund"]);
        assert!(absent(
            "Lund's failure to attend the hearing angered MPs.",
            &lund
        ));
        assert!(absent("Lund skipped the dinner, aides said.", &lund));
        assert!(absent("But Lund didn't attend the dinner.", &lund));
        // Must not: another's absence, or the one asked there while another stayed away.
        assert!(!absent("Lund criticised Berg's failure to attend.", &lund));
        assert!(!absent("Lund attended, although Berg skipped it.", &lund));
    }
}
