//! "Did he take the job?", "Did Herron agree with him?": a yes/no about accepting, joining
//! or agreeing is answered "No" by the sentence of the conversation's reports in which the
//! person asked about turned it down ("Strachan has rejected the chance to become the
//! club's new boss", "Herron said he was not convinced by Mallon's arguments"); "Are they
//! still in talks?" by one that says the talks ended ("the duo have cut off talks with
//! Glazer"), "Are his talks with them over?" by one that says they go on ("talks will
//! continue this week"), "Is El Paso part of those talks?" by one naming them staying out
//! ("has expressed no interest"); "Did Airbus confirm the reports?" by one in which they
//! withheld comment. A question about accepting is a yes by a sentence in which the person
//! took it up ("Byrd, a Democrat, said he agrees"). Any other yes/no no fact answered is a
//! no by a sentence that negates most of its words ("So he promised new lending?" -> "he
//! made no firm commitment on loans"). The words are data (`acceptance_verbs.txt`,
//! `refusal_phrases.txt`, `reader_assent_markers.txt`, `ongoing_talk_words.txt`,
//! `talks_ended_phrases.txt`, `question_talks_over_words.txt`, `talks_go_on_words.txt`,
//! `question_part_of_phrases.txt`, `reader_staying_out_phrases.txt`).

use crate::lexicon::lists::{
    ACCEPTANCE_VERBS, ANSWER_NEGATIONS, NO_CONTACT_PHRASES, ONGOING_TALK_WORDS,
    QUESTION_PART_OF_PHRASES, QUESTION_TALKS_OVER_WORDS, QUESTION_TOUCH_VERBS,
    READER_ASSENT_MARKERS, READER_STAYING_OUT_PHRASES, REFUSAL_PHRASES, SUPPORT_WITHHELD_PASSIVES,
    TALKS_END_WORDS, TALKS_ENDED_PHRASES, TALKS_GO_ON_WORDS, WITHHELD_PHRASES,
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
        let of_talks = asked.iter().any(|w| ONGOING_TALK_WORDS.has(w));
        let ongoing = of_talks && asked.iter().any(|w| w == STILL);
        // "Are his talks with Cable and Wireless over?"
        let over = of_talks && asked.iter().any(|w| QUESTION_TALKS_OVER_WORDS.has(w));
        // "Is El Paso part of those talks?"
        let part_of = of_talks && text::has_phrase(&asked, &QUESTION_PART_OF_PHRASES);
        if self.q.kind() != Kind::YesNo
            || found.body.starts_with("No")
            || found.body.starts_with("Yes")
        {
            return None;
        }
        if part_of && let Some(a) = self.stays_out(found) {
            return Some(a);
        }
        if !(accepting || ongoing || over) {
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
        // "Is Brazil backing Cuba's call?" asks of a name no fact knows as a person.
        if surnames.is_empty() {
            surnames.extend((self.q.unknown.iter()).filter_map(|u| text::norm_words(u).pop()));
        }
        // "Did Airbus confirm the reports?": a comment withheld confirms nothing.
        let confirming = asked.iter().any(|w| CONFIRMING.contains(&w.as_str()));
        let refused = self.first_in_reports(found, |sentence| {
            let no = if over {
                talks_go_on(sentence, &surnames)
            } else if ongoing {
                talks_ended(sentence, &surnames)
            } else {
                // "declined to comment" turns down a question, not what was asked.
                refused_by(sentence, &surnames) && !withholding(sentence)
                    || confirming && withheld_by(sentence, &surnames)
            };
            no.then_some(())
        });
        // No one turned it down: one may have taken it up ("Byrd said he agrees"); what
        // was asked may still be denied or withheld.
        let Some((_, q)) = refused else {
            let taking_part = asked.windows(2).any(|w| w[1] == "part");
            return (accepting && !taking_part)
                .then(|| self.assented(found, &asked, &surnames))
                .flatten()
                .or_else(|| self.denial(found));
        };
        Some(said("No", q))
    }

    /// The no for "Is El Paso part of those talks?": the first sentence of the reports
    /// found and the conversation's that names one of the question's names (known or not,
    /// by its last word) and says they stay out ("has expressed no interest").
    fn stays_out(&self, found: &Answer) -> Option<Answer> {
        let mut names = self.asked_surnames();
        names.extend((self.q.unknown.iter()).filter_map(|u| text::norm_words(u).pop()));
        let (_, q) = self.first_in_reports(found, |s| stays_out_of(s, &names).then_some(()))?;
        Some(said("No", q))
    }

    /// The yes for a yes/no about accepting: the first sentence of the reports found and
    /// the conversation's in which the one asked about first (of `surnames`, those typed
    /// in the question) takes it up ([`assented_by`]) and which holds at least half the
    /// question's other words ("the Baltic Port Charter"); a question of no other words
    /// must point back ("Did Byrd go along with that?"). `asked` are the question's words,
    /// read once by the caller.
    fn assented(&self, found: &Answer, asked: &[String], surnames: &[String]) -> Option<Answer> {
        let typed_first = (surnames.iter())
            .filter_map(|s| asked.iter().position(|w| w == s).map(|at| (at, s)))
            .min()
            .map(|(_, s)| vec![s.clone()]);
        let subject = typed_first.unwrap_or_else(|| surnames.to_vec());
        let words: Vec<String> = (self.q.keywords.iter())
            .filter(|k| !ACCEPTANCE_VERBS.has(k) && !surnames.contains(k))
            .cloned()
            .collect();
        let points_back = self.q.refers_back || self.q.it || self.q.pronoun.is_some();
        if words.is_empty() && !points_back {
            return None;
        }
        let about = |s: &str| templates::keyword_hits(s, &words) >= words.len().div_ceil(2);
        let (_, q) = self.first_in_reports(found, |s| {
            (assented_by(s, &subject) && about(s)).then_some(())
        })?;
        Some(said("Yes", q))
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
        // "Is Velloso taking part in the debt talks in Coimbra?": a place no fact knows is
        // asked about as its other words are, and the no must name it too.
        let mut keywords = self.q.keywords.clone();
        keywords.extend(
            self.q
                .unknown_places
                .iter()
                .flat_map(|p| text::norm_words(p)),
        );
        let keywords = &keywords;
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
    templates::holds_half(sentence, keywords) && withholding(sentence)
}

/// True when `sentence` holds a phrase of withholding ([`WITHHELD_PHRASES`]).
pub(crate) fn withholding(sentence: &str) -> bool {
    text::has_phrase(&text::norm_words(sentence), &WITHHELD_PHRASES)
}

/// A yes or no told by the quoted sentence.
pub(super) fn said(verdict: &str, q: super::fallback::Quoted) -> Answer {
    Answer {
        body: format!("{verdict}, according to the articles:\n> {}", q.sentence),
        sources: vec![q.source],
        kind: AnswerKind::Quote,
    }
}

/// The words asking whether something was confirmed, which a comment withheld denies.
const CONFIRMING: [&str; 2] = ["confirm", "confirmed"];

/// Most words from the name of the one asked about to their word of acceptance ("Byrd, a
/// Democrat, said he agrees").
const ASSENT_REACH: usize = 6;

/// Most words from a negation to the word of acceptance it turns ("did not accept").
const ASSENT_NEGATION_REACH: usize = 3;

/// True when one of `surnames` stands a few words before a word of acceptance that no
/// negation turns, in a sentence that tells no refusal ("Byrd, a Democrat, said he
/// agrees"; not "Byrd did not accept it", nor "the board accepted Byrd's offer").
fn assented_by(sentence: &str, surnames: &[String]) -> bool {
    let words = text::norm_words(sentence);
    let Some(named) = words.iter().position(|w| surnames.contains(w)) else {
        return false;
    };
    let Some(at) = (named + 1..words.len().min(named + 1 + ASSENT_REACH))
        .find(|&i| READER_ASSENT_MARKERS.has(&words[i]))
    else {
        return false;
    };
    let negated = words[at.saturating_sub(ASSENT_NEGATION_REACH)..at]
        .iter()
        .any(|w| ANSWER_NEGATIONS.has(w));
    !negated && !text::has_phrase(&words, &REFUSAL_PHRASES)
}

/// True when one of `surnames` stands before a phrase of withholding ("Airbus said it had
/// no comment on the reports").
fn withheld_by(sentence: &str, surnames: &[String]) -> bool {
    let words = text::norm_words(sentence);
    words
        .iter()
        .position(|w| surnames.contains(w))
        .is_some_and(|named| text::has_phrase(&words[named + 1..], &WITHHELD_PHRASES))
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
    words.iter().any(|w| surnames.contains(w))
        && (text::has_phrase(&words, &TALKS_ENDED_PHRASES) || ended_after_talks(&words))
}

/// Most words from a word of talks to the word that ends them: the talks' partner and
/// subject may stand between ("its talks with Corvex Shipping Inc on a possible merger of
/// their ferry operations, including the Hullston route, have been terminated": twenty).
const ENDED_REACH: usize = 24;

/// True when a word that ends talks ([`TALKS_END_WORDS`]) follows a word of talks within
/// [`ENDED_REACH`], no negation just before it ("the negotiations ... were suspended"; not
/// "talks have not ended").
fn ended_after_talks(words: &[String]) -> bool {
    (words.iter().enumerate()).any(|(i, w)| {
        TALKS_END_WORDS.has(w)
            && (i.saturating_sub(ENDED_REACH)..i).any(|j| ONGOING_TALK_WORDS.has(&words[j]))
            && !(i.saturating_sub(2)..i).any(|j| ANSWER_NEGATIONS.has(&words[j]))
    })
}

/// Most words between a word of talks and the word that says they go on ("talks with
/// Fairbanks on sharing a maintenance hangar would continue").
const GO_ON_REACH: usize = 10;

/// True when `sentence` names one of `surnames` and says talks go on, no negation before
/// the word that says so ("He said talks with Cable & Wireless will continue this week").
fn talks_go_on(sentence: &str, surnames: &[String]) -> bool {
    let words = text::norm_words(sentence);
    let go_on = words.iter().enumerate().any(|(i, w)| {
        TALKS_GO_ON_WORDS.has(w)
            && (i.saturating_sub(GO_ON_REACH)..i).any(|j| ONGOING_TALK_WORDS.has(&words[j]))
            && !(i.saturating_sub(2)..i).any(|j| ANSWER_NEGATIONS.has(&words[j]))
    });
    go_on && words.iter().any(|w| surnames.contains(w))
}

/// True when one of `names` stands before a phrase of staying out in `sentence` ("A third,
/// El Paso Gas, has expressed no interest").
pub(super) fn stays_out_of(sentence: &str, names: &[String]) -> bool {
    let words = text::norm_words(sentence);
    (words.iter())
        .position(|w| names.contains(w))
        .is_some_and(|at| text::has_phrase(&words[at + 1..], &READER_STAYING_OUT_PHRASES))
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
    // "was rebuffed by Norcros": the one named after "by" turned it down.
    let by = (words.windows(2)).position(|w| w[0] == "by" && surnames.contains(&w[1]));
    if let Some(at) = by {
        let before = &words[at.saturating_sub(PASSIVE_REACH)..at];
        // "is not being promoted by Brazil": backing withheld, three words before "by".
        let withheld = &words[at.saturating_sub(WITHHELD_REACH)..at];
        if text::has_phrase(before, &REFUSAL_PHRASES)
            || text::has_phrase(withheld, &SUPPORT_WITHHELD_PASSIVES)
        {
            return true;
        }
    }
    let first_name_at = words.iter().position(|w| surnames.contains(w));
    let Some(named) = first_name_at else {
        return false;
    };
    // "X proposed talks but was rebuffed by Lund": refused by the one after "by" (not "X
    // was not convinced by her arguments", which is X's own refusal).
    let after = &words[named + 1..];
    let passive = (REFUSAL_PHRASES.iter()).any(|p| {
        let of_oneself = p.starts_with("not ") || p.starts_with("un");
        !of_oneself
            && ["was", "were", "been"]
                .iter()
                .any(|be| text::has_phrase(after, &[&format!("{be} {p} by")]))
    });
    !passive && text::has_phrase(after, &REFUSAL_PHRASES)
}

/// Most words of a refusal before the "by" that names who refused ("was rebuffed by").
const PASSIVE_REACH: usize = 2;

/// Most words of backing withheld before the "by" that names who withholds it ("not being
/// promoted by").
const WITHHELD_REACH: usize = 3;

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
    fn a_refusal_told_in_the_passive_is_by_the_one_after_by() {
        let asked = names(&["norberg"]);
        assert!(refused_by(
            "Lund proposed a merger but was rebuffed by Norberg in March.",
            &asked
        ));
        assert!(refused_by(
            "Norberg said it has no intention of pursuing the talks.",
            &asked
        ));
        // Must not: a refusal of the one named, by someone else.
        assert!(!refused_by(
            "Norberg proposed a merger but was rebuffed by Lund.",
            &asked
        ));
    }

    #[test]
    fn backing_withheld_in_the_passive_is_by_the_one_after_by() {
        let asked = names(&["norberg"]);
        assert!(refused_by(
            "The plan for a joint front is not being promoted by Norberg.",
            &asked
        ));
        assert!(refused_by(
            "Lund's bid was not backed by Norberg or Berg.",
            &asked
        ));
        // Must not: backing withheld by someone else.
        assert!(!refused_by(
            "Norberg's plan was not backed by Lund, officials said.",
            &asked
        ));
    }

    #[test]
    fn an_acceptance_follows_the_one_who_accepted() {
        let asked = names(&["okafor"]);
        assert!(assented_by(
            "Okafor, a Liberal, said he agrees but others may want changes.",
            &asked
        ));
        assert!(assented_by("Okafor accepted the offer on Monday.", &asked));
        // Must not: an acceptance negated, or by someone else of theirs.
        assert!(!assented_by("Okafor did not accept the offer.", &asked));
        assert!(!assented_by("The board accepted Okafor's offer.", &asked));
    }

    #[test]
    fn a_comment_withheld_by_the_one_asked_confirms_nothing() {
        let asked = names(&["airbus"]);
        assert!(withheld_by(
            "Airbus said it had no comment on press reports of talks.",
            &asked
        ));
        assert!(withheld_by(
            "A spokesman for Airbus declined to comment on the reports.",
            &asked
        ));
        // Must not: a comment withheld by someone else.
        assert!(!withheld_by(
            "The ministry declined to comment on Airbus.",
            &asked
        ));
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
    fn talks_go_on_in_a_sentence_naming_one_of_the_people() {
        let asked = names(&["tveitane", "belmont"]);
        assert!(talks_go_on(
            "He said talks with Belmont will continue this week.",
            &asked
        ));
        assert!(talks_go_on(
            "Tveitane said negotiations would resume on Monday.",
            &asked
        ));
        // Must not: talks that will not go on, or others' talks.
        assert!(!talks_go_on(
            "Tveitane said talks would not continue.",
            &asked
        ));
        assert!(!talks_go_on("Talks with the union will continue.", &asked));
    }

    #[test]
    fn one_named_before_a_phrase_of_staying_out_stays_out() {
        let asked = names(&["paso", "tveitane"]);
        assert!(stays_out_of(
            "A third, El Paso Gas, a former customer, has expressed no interest.",
            &asked
        ));
        assert!(stays_out_of(
            "Tveitane pulled out of the negotiations last month.",
            &asked
        ));
        // Must not: someone else staying out, or the one asked taking part.
        assert!(!stays_out_of(
            "Tveitane is negotiating with two buyers; a third pulled out.",
            &names(&["paso"])
        ));
        assert!(!stays_out_of(
            "Tveitane joined the talks on Monday.",
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

    #[test]
    fn a_word_that_ends_talks_may_come_a_few_words_after_them() {
        let asked = names(&["halvorsen", "keldar"]);
        // Must handle: the end told after the talks and their subject.
        assert!(talks_ended(
            "Halvorsen said its talks with Keldar Mining on a joint smelter have been terminated.",
            &asked
        ));
        assert!(talks_ended(
            "Keldar's negotiations with the port authority were suspended last week.",
            &asked
        ));
        // Must not: the end negated.
        assert!(!talks_ended(
            "Halvorsen said the talks on the smelter had not been suspended.",
            &asked
        ));
    }
}
