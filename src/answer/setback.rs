//! Yes/no questions a stock phrase of the reports answers: "Did they get anywhere?" is a
//! no by a sentence that says the talks made no progress ("no progress had been made in
//! talks with Japan"), "Did Lund show up for the hearing?" by one that says the one asked
//! stayed away ("Lund's failure to attend the hearing"), "Was it unanimous?" by one that
//! tells dissent ("they were outvoted") and a yes by "unanimously"; "Did he get the finish
//! he wanted?" is a yes by a wish granted ("has been granted his wish"); "Were they
//! happy?" is answered by the first reaction told ("claimed the support did not go far
//! enough"); "Is everything settled now?" is a no by something still to be settled ("have
//! yet to finalise details"); "Has Lund had talks with Berg?" is a yes by a sentence
//! naming both that says talks took place ("Berg admits talks have taken place"); "Had a
//! date been set?" is a no by "no date has been set"; "Did they settle the dispute?" is a
//! no by "the two sides failed to come to an agreement". The words are data (`question_progress_phrases.txt`, `no_progress_phrases.txt`,
//! `question_attendance_verbs.txt`, `absence_phrases.txt`,
//! `question_unanimity_words.txt`, `dissent_phrases.txt`, `question_wish_phrases.txt`,
//! `granted_wish_phrases.txt`, `question_reaction_words.txt`, `reaction_phrases.txt`,
//! `question_settled_words.txt`, `unsettled_phrases.txt`, `talks_held_phrases.txt`,
//! `question_date_set_phrases.txt`, `unset_date_phrases.txt`, `unset_after_date.txt`,
//! `question_outcome_phrases.txt`, `failed_outcome_phrases.txt`).

use crate::lexicon::lists::{
    ABSENCE_PHRASES, ANSWER_NEGATIONS, BE_FORMS, DISSENT_PHRASES, FAILED_OUTCOME_PHRASES,
    GRANTED_WISH_PHRASES, NO_PROGRESS_PHRASES, ONGOING_TALK_WORDS, QUESTION_ATTENDANCE_VERBS,
    QUESTION_DATE_SET_PHRASES, QUESTION_OUTCOME_PHRASES, QUESTION_PROGRESS_PHRASES,
    QUESTION_REACTION_WORDS, QUESTION_SETTLED_WORDS, QUESTION_UNANIMITY_WORDS,
    QUESTION_WISH_PHRASES, REACTION_PHRASES, TALKS_HELD_PHRASES, UNSET_AFTER_DATE,
    UNSET_DATE_PHRASES, UNSETTLED_PHRASES,
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
    /// The answer to a yes/no that a stock phrase answers (progress, all settled, all
    /// agreed, a wish granted, a reaction, talks held, being there) when `found` gave no
    /// yes or no: the first sentence of its reports and the conversation's that holds the
    /// phrase, with its verdict.
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
        if text::has_phrase(&asked, &QUESTION_SETTLED_WORDS) {
            let (_, q) = self.first_in_reports(found, |s| unsettled(s).then_some(()))?;
            return Some(super::refusal::said("No", q));
        }
        if asks_outcome(&asked) {
            // "the International Finance Facility" is a name no fact knows: its words are
            // what was asked about too.
            let mut keywords = self.q.keywords.clone();
            keywords.extend(self.q.unknown.iter().flat_map(|u| text::norm_words(u)));
            let of_it = |s: &str| {
                outcome_failed(s) && (of_the_sides(s) || templates::holds_half(s, &keywords))
            };
            if let Some((_, q)) = self.first_in_reports(found, |s| of_it(s).then_some(())) {
                return Some(super::refusal::said("No", q));
            }
        }
        if text::has_phrase(&asked, &QUESTION_DATE_SET_PHRASES) {
            let (_, q) = self.first_in_reports(found, |s| date_unset(s).then_some(()))?;
            return Some(super::refusal::said("No", q));
        }
        if text::has_phrase(&asked, &QUESTION_UNANIMITY_WORDS) {
            let (verdict, q) = self.first_in_reports(found, unanimity)?;
            return Some(super::refusal::said(verdict, q));
        }
        if text::has_phrase(&asked, &QUESTION_WISH_PHRASES) {
            return self.wish_granted(found);
        }
        if let Some(liking) = reaction_asked(&asked) {
            let (liked, q) = self.first_in_reports(found, reaction)?;
            return Some(super::refusal::said(
                if liked == liking { "Yes" } else { "No" },
                q,
            ));
        }
        if let Some(yes) = self.talks_held(found) {
            return Some(yes);
        }
        if asks_stay_to_end(&asked) {
            let surnames = self.asked_surnames();
            let (_, q) =
                self.first_in_reports(found, |s| left_early(s, &surnames).then_some(()))?;
            return Some(super::refusal::said("No", q));
        }
        self.stayed_away(found, &asked)
    }

    /// The yes for "Has Lund had talks with Berg?": the first sentence of the reports
    /// found and the conversation's that names both and says talks were held, with no
    /// partner after the phrase ("Berg admits talks have taken place").
    fn talks_held(&self, found: &Answer) -> Option<Answer> {
        let surnames = self.asked_surnames();
        if surnames.len() < 2 || self.q.planned || !self.asks_of_meeting() {
            return None;
        }
        let (_, q) = self.first_in_reports(found, |s| {
            let words = text::norm_words(s);
            let named = surnames.iter().all(|n| words.contains(n));
            (named && unnegated(&words, &TALKS_HELD_PHRASES)).then_some(())
        })?;
        Some(super::refusal::said("Yes", q))
    }

    /// The no for "Did Tessaro show up for the hearing?" or "Was the finance minister at
    /// it too?" (`asked`, its folded words): the first sentence of the reports found and
    /// the conversation's in which the one asked stayed away.
    fn stayed_away(&self, found: &Answer, asked: &[String]) -> Option<Answer> {
        // "Was the finance minister at it too?": a form of "be" first and "at" or "there".
        let was_at = (asked.first()).is_some_and(|w| BE_FORMS.has(w))
            && asked.iter().any(|w| w == "at" || w == "there");
        if !was_at && !text::has_phrase(asked, &QUESTION_ATTENDANCE_VERBS) {
            return None;
        }
        // No one named: asked of someone by role, not of the conversation's people.
        if self.q.people.is_empty() && (self.q.unknown_people.is_empty() || self.q.carried_names) {
            return self.role_absent(found);
        }
        let surnames = self.asked_surnames();
        // What they were to be at: at least half the question's other words.
        let words: Vec<String> = (self.q.keywords.iter())
            .filter(|k| !surnames.contains(k) && !QUESTION_ATTENDANCE_VERBS.has(k))
            .cloned()
            .collect();
        let about = |s: &str| templates::keyword_hits(s, &words) >= words.len().div_ceil(2);
        let (_, q) =
            self.first_in_reports(found, |s| (absent(s, &surnames) && about(s)).then_some(()))?;
        Some(super::refusal::said("No", q))
    }

    /// The no for "Was the finance minister at it too?", asked of someone by role: the
    /// first sentence of the reports found and the conversation's that holds every word of
    /// the question besides the words of asking, before a phrase of absence ("Finance
    /// Minister Funaro ... had not been invited").
    fn role_absent(&self, found: &Answer) -> Option<Answer> {
        let role: Vec<String> = (self.q.keywords.iter())
            .filter(|k| !matches!(k.as_str(), "too" | "also" | "either" | "there"))
            .cloned()
            .collect();
        if role.is_empty() {
            return None;
        }
        let (_, q) = self.first_in_reports(found, |s| {
            let words = text::norm_words(s);
            let at = (split_phrases(&ABSENCE_PHRASES).iter())
                .find_map(|p| text::find_words(&words, p))?;
            role.iter().all(|r| words[..at].contains(r)).then_some(())
        })?;
        Some(super::refusal::said("No", q))
    }

    /// The yes for "Did he get the finish he wanted?": the first sentence of the reports
    /// found and the conversation's that tells a wish granted with no negation before it,
    /// naming one of the people asked (any, when the question only points to them).
    fn wish_granted(&self, found: &Answer) -> Option<Answer> {
        let surnames = self.asked_surnames();
        let (_, q) = self.first_in_reports(found, |s| {
            let words = text::norm_words(s);
            let named = surnames.is_empty() || words.iter().any(|w| surnames.contains(w));
            (named && granted(&words)).then_some(())
        })?;
        Some(super::refusal::said("Yes", q))
    }
}

/// The words of each phrase of `list` (space separated).
fn split_phrases(list: &[&'static str]) -> Vec<Vec<&'static str>> {
    list.iter().map(|p| p.split(' ').collect()).collect()
}

/// Most words before a stock phrase that a negation turns ("did not get his wish", "was
/// never granted his wish", "denied talks had taken place").
const NEGATION_REACH: usize = 3;

/// Verbs of denial that turn a phrase after them as a negation does.
const DENIALS: [&str; 3] = ["denied", "denies", "deny"];

/// True when the folded `words` hold a phrase of `list` that no negation just before
/// turns.
fn unnegated(words: &[String], list: &[&'static str]) -> bool {
    split_phrases(list).iter().any(|p| {
        (0..words.len()).any(|at| {
            text::starts_with_words(&words[at..], p)
                && !words[at.saturating_sub(NEGATION_REACH)..at]
                    .iter()
                    .any(|w| ANSWER_NEGATIONS.has(w) || DENIALS.contains(&w.as_str()))
        })
    })
}

/// True when the folded `words` tell a wish granted that no negation turns.
fn granted(words: &[String]) -> bool {
    unnegated(words, &GRANTED_WISH_PHRASES)
}

/// Whether a question asks if someone liked something (`true`: "Were they happy?") or did
/// not (`false`: "Were they disappointed?"); `None` when it asks of no reaction.
fn reaction_asked(asked: &[String]) -> Option<bool> {
    QUESTION_REACTION_WORDS.iter().find_map(|e| {
        let (liking, w) = e.strip_prefix("- ").map_or((true, *e), |w| (false, w));
        asked.iter().any(|a| a == w).then_some(liking)
    })
}

/// The reaction `sentence` tells: `true` a good one ("welcomed the move"), `false` a bad
/// one ("did not go far enough"); `None` for none.
fn reaction(sentence: &str) -> Option<bool> {
    let words = text::norm_words(sentence);
    REACTION_PHRASES.iter().find_map(|e| {
        let (good, p) = (e.strip_prefix("+ ").map(|p| (true, p)))
            .or_else(|| e.strip_prefix("- ").map(|p| (false, p)))?;
        text::has_phrase(&words, &[p]).then_some(good)
    })
}

/// The verdict `sentence` gives on whether all agreed: "No" when it tells dissent ("they
/// were outvoted"), "Yes" when it says "unanimously" (not "not unanimous").
fn unanimity(sentence: &str) -> Option<&'static str> {
    let words = text::norm_words(sentence);
    if text::has_phrase(&words, &DISSENT_PHRASES) {
        return Some("No");
    }
    let agreed = (words.iter().enumerate()).any(|(i, w)| {
        matches!(w.as_str(), "unanimous" | "unanimously")
            && (i == 0 || !ANSWER_NEGATIONS.has(&words[i - 1]))
    });
    agreed.then_some("Yes")
}

/// True when `sentence` says talks got nowhere: a phrase of no progress and a word of
/// talks ("no progress had been made in talks with Japan").
fn no_progress(sentence: &str) -> bool {
    let words = text::norm_words(sentence);
    let of_talks =
        (words.iter()).any(|w| ONGOING_TALK_WORDS.has(w) || TALK_WORDS.contains(&w.as_str()));
    of_talks && text::has_phrase(&words, &NO_PROGRESS_PHRASES)
}

/// True when `sentence` says something is still to be settled ("we have yet to finalise
/// details", "terms are still to be worked out").
fn unsettled(sentence: &str) -> bool {
    text::has_phrase(&text::norm_words(sentence), &UNSETTLED_PHRASES)
}

/// True when a yes/no asks whether talks came to an outcome ("Did they settle the
/// dispute?", "Did they sign off on the fund?"), not whether they failed to ("Did they
/// fail to agree?").
fn asks_outcome(asked: &[String]) -> bool {
    text::has_phrase(asked, &QUESTION_OUTCOME_PHRASES)
        && !asked.iter().any(|w| w.starts_with("fail"))
}

/// True when `sentence` says talks came to no outcome ("failed to reach any decision",
/// "have not been agreed").
fn outcome_failed(sentence: &str) -> bool {
    text::has_phrase(&text::norm_words(sentence), &FAILED_OUTCOME_PHRASES)
}

/// Phrases of a sentence that point to the two sides of talks a question names ("the two
/// sides failed to come to an agreement").
const SIDES: [&str; 3] = ["two sides", "both sides", "the parties"];

/// True when `sentence` speaks of the two sides of the talks.
fn of_the_sides(sentence: &str) -> bool {
    text::has_phrase(&text::norm_words(sentence), &SIDES)
}

/// Words after "date" the phrase that says it is not fixed must lie within ("a date for
/// the talks with the banks' steering committee had yet to be fixed": eleven).
const DATE_UNSET_REACH: usize = 12;

/// True when a sentence says no date is fixed yet ("no date has been set for the meeting",
/// "have yet to fix a date", "a date for the talks had yet to be fixed").
fn date_unset(sentence: &str) -> bool {
    let words = text::norm_words(sentence);
    text::has_phrase(&words, &UNSET_DATE_PHRASES)
        || (words.iter().enumerate()).any(|(i, w)| {
            (w == "date" || w == "dates")
                && text::has_phrase(
                    &words[i + 1..(i + 1 + DATE_UNSET_REACH).min(words.len())],
                    &UNSET_AFTER_DATE,
                )
        })
}

/// Words of a yes/no about staying to the end besides "stay" ("Did she stay until the
/// end of the talks?", "stay through the summit").
const TO_THE_END: [&str; 5] = ["end", "until", "till", "through", "throughout"];

/// True when a yes/no asks whether someone stayed to the end of something.
fn asks_stay_to_end(asked: &[String]) -> bool {
    asked.iter().any(|w| w.starts_with("stay"))
        && asked.iter().any(|w| TO_THE_END.contains(&w.as_str()))
}

/// Words that tell leaving ("had to leave the talks early").
const LEAVING: [&str; 5] = ["leave", "left", "leaving", "leaves", "quit"];

/// Most words from the word of leaving to "early" ("had to leave monetary talks in
/// Washington last month early": six).
const EARLY_REACH: usize = 8;

/// True when `sentence` names one of `surnames` before a word of leaving that "early"
/// follows within [`EARLY_REACH`] ("Stoltenberg had to leave the talks early"; not "he
/// left for the talks early in the morning" of someone else).
fn left_early(sentence: &str, surnames: &[String]) -> bool {
    let words = text::norm_words(sentence);
    let Some(named) = words.iter().position(|w| surnames.contains(w)) else {
        return false;
    };
    (named + 1..words.len()).any(|i| {
        LEAVING.contains(&words[i].as_str())
            && (words[i + 1..(i + 1 + EARLY_REACH).min(words.len())].iter()).any(|w| w == "early")
    })
}

/// True when one of `surnames` stands just before a phrase of absence in `sentence`
/// ("Mourinho's failure to attend"; not "Lund criticised Berg's failure to attend").
fn absent(sentence: &str, surnames: &[String]) -> bool {
    let words = text::norm_words(sentence);
    let phrases = split_phrases(&ABSENCE_PHRASES);
    let opens = |from: usize| {
        (words.get(from..)).is_some_and(|ws| phrases.iter().any(|p| text::starts_with_words(ws, p)))
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
    fn talks_said_to_have_taken_place_are_held_unless_denied() {
        let held = |s: &str| unnegated(&text::norm_words(s), &TALKS_HELD_PHRASES);
        // Must handle: talks that took place, and talks held with no partner named.
        assert!(held(
            "Lund split from his coach, and Berg admits talks have taken place."
        ));
        assert!(held("Officials said talks were held in private last week."));
        // Must not: talks denied.
        assert!(!held("Berg denied talks had taken place."));
        assert!(!held("No talks have been held since May."));
    }

    #[test]
    fn a_matter_still_to_be_worked_out_is_not_settled() {
        // Must handle: details yet to be finalised, terms still to be worked out.
        assert!(unsettled(
            "The two ministries have yet to finalise the timetable, an official said."
        ));
        assert!(unsettled(
            "Details of the payments are still to be worked out."
        ));
        // Must not: a matter settled.
        assert!(!unsettled("The details were finalised on Friday."));
    }

    #[test]
    fn talks_that_came_to_nothing_answer_a_question_of_an_outcome() {
        let asks = |q: &str| asks_outcome(&text::norm_words(q));
        // Must handle: settling, agreeing, signing off.
        assert!(asks("Did the union and the board settle the pay dispute?"));
        assert!(asks("Did the ministers manage to agree on quotas?"));
        assert!(asks("Did they sign off on the new fund?"));
        // Must not: a question of failing, or of meeting.
        assert!(!asks("Did they fail to agree on quotas?"));
        assert!(!asks("Did Lund meet Berg in Oslo?"));
        assert!(outcome_failed(
            "The meeting with growers failed to reach any decision on the support price."
        ));
        assert!(outcome_failed(
            "Plans for a new development fund have not been agreed, officials said."
        ));
        assert!(of_the_sides(
            "It comes after the two sides failed to come to an agreement."
        ));
        // Must not: talks that came to a deal.
        assert!(!outcome_failed(
            "The two sides reached agreement on the fund after a day of talks."
        ));
    }

    #[test]
    fn a_date_not_yet_fixed_is_told_by_its_phrase() {
        // Must handle: no date fixed, a date still to be agreed.
        assert!(date_unset(
            "Officials said no date had yet been fixed for the talks."
        ));
        assert!(date_unset(
            "The two sides have yet to set a date for the next round."
        ));
        assert!(date_unset(
            "A date for the talks with the steering committee had yet to be fixed."
        ));
        // Must not: a date set, or a "not" far after it.
        assert!(!date_unset(
            "The date of the meeting has been set for 4 May."
        ));
        assert!(!date_unset(
            "The date was set for May, when the board meets the bank's new chief, who has not yet been named."
        ));
        let asked = |q: &str| text::has_phrase(&text::norm_words(q), &QUESTION_DATE_SET_PHRASES);
        assert!(asked("Had a firm date been set by then?"));
        assert!(asked("Have they fixed a date yet?"));
        assert!(!asked("Was the meeting set up by the ministry?"));
    }

    #[test]
    fn dissent_denies_and_unanimously_affirms_that_all_agreed() {
        assert_eq!(
            unanimity("Two states opposed the plan but were outvoted by the others."),
            Some("No")
        );
        assert_eq!(
            unanimity("The board voted unanimously to back it."),
            Some("Yes")
        );
        assert_eq!(
            unanimity("The vote was not unanimous, aides said."),
            Some("No")
        );
        // Must not: a sentence saying nothing of the vote.
        assert_eq!(unanimity("The ministers met in Oslo on Monday."), None);
    }

    #[test]
    fn a_reaction_told_answers_how_it_was_taken() {
        let asked = |q: &str| reaction_asked(&text::norm_words(q));
        assert_eq!(asked("Were the growers happy?"), Some(true));
        assert_eq!(asked("Was she disappointed with it?"), Some(false));
        assert_eq!(asked("Did they meet in Oslo?"), None);
        assert_eq!(
            reaction("Growers, however, said the aid did not go far enough."),
            Some(false)
        );
        assert_eq!(
            reaction("The unions welcomed the move on Friday."),
            Some(true)
        );
        // Must not: a sentence of no reaction.
        assert_eq!(
            reaction("The aid was announced after talks in Paris."),
            None
        );
    }

    #[test]
    fn a_wish_granted_with_no_negation_before_it_is_a_yes() {
        let w = |s: &str| granted(&text::norm_words(s));
        assert!(w("Coach Lind has been granted his wish for a home final."));
        assert!(w("The manager got his wish to avoid a long trip."));
        // Must not: a wish not granted.
        assert!(!w("Lind never got his wish for a home final."));
    }

    #[test]
    fn a_phrase_is_found_where_it_first_stands() {
        let w = text::norm_words("The finance minister had not been invited to the dinner.");
        assert_eq!(text::find_words(&w, &["not", "been", "invited"]), Some(4));
        assert_eq!(text::find_words(&w, &["failed", "to", "attend"]), None);
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

    #[test]
    fn one_named_who_had_to_leave_early_did_not_stay_to_the_end() {
        let asked = names(&["osterberg"]);
        // Must handle: "early" after what was left, and after the verb itself.
        assert!(left_early(
            "Osterberg had to leave the budget talks in Lisbon early to deal with a strike.",
            &asked
        ));
        assert!(left_early("Osterberg left early, aides said.", &asked));
        // Must not: someone else left early.
        assert!(!left_early(
            "Aides said the Danish delegates left early, Osterberg reported.",
            &asked
        ));
        assert!(asks_stay_to_end(&text::norm_words(
            "Did he stay until the end?"
        )));
        assert!(!asks_stay_to_end(&text::norm_words("Where did he stay?")));
    }
}
