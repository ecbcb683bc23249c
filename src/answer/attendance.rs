//! "Was X at the G7 meeting in London?", "Did X attend the summit?": a yes/no question
//! whether one person was at an occasion, not whether two people met, is answered "Yes" by
//! a sentence that names the person with a word of attending and the occasion's head
//! ("Mr X is attending the G7 meeting as part of the G20 group"); with none, the meeting
//! path answers as before. One office of one country ("Is India's finance minister going
//! to ...?") is told by such a sentence in a paragraph that names the office. "Is X taking
//! part?", naming no occasion, is read in the conversation's report: "Yes" with a
//! sentence naming him attending, "No" with one naming him absent. "Was anyone else
//! there?" right after a quote that no meeting of the facts answered is the quoted
//! sentence of meeting that names someone beside those asked. Talks are an occasion too
//! ("Did Noir go to the informal GATT talks?"); with no sentence of attending, one naming
//! the person with a phrase of staying out ("had pulled out of the talks",
//! `reader_staying_out_phrases.txt`) answers "No". The words are data
//! (`question_attendance_phrases.txt`, `reader_attendance_words.txt`, `occasion_heads.txt`,
//! `question_taking_part_phrases.txt`, `reader_absence_words.txt`).

use crate::lexicon::lists::{
    ATTENDANCE_EVENT_HEADS, BE_FORMS, OCCASION_HEADS, ONGOING_TALK_WORDS,
    QUESTION_ATTENDANCE_PHRASES, QUESTION_TAKING_PART_PHRASES, READER_ABSENCE_WORDS,
    READER_ATTENDANCE_WORDS, READER_NOT_ATTENDING,
};

use super::fallback::{Passage, phrase_test};
use super::parse::is_gazetteer_place;
use super::question::Kind;
use super::reader::{Ask, Cue, tells_meeting};
use super::{Answer, Turn, text};

/// Words after the phrase of attending in which the occasion's head may come ("at the
/// annual G7 finance ministers' meeting").
const HEAD_REACH: usize = 6;

/// The occasion's head a question asks attendance at, if it asks that.
fn asked_occasion(question: &str) -> Option<String> {
    let words = text::norm_words(question);
    let joined = format!(" {} ", words.join(" "));
    // "at the" asks whether someone was there only after a form of "be" ("Was X at the
    // G7 meeting?", "Will she be at the summit?"), not in "Did he do what he agreed to at
    // the meeting?".
    let be_asked = words.iter().any(|w| BE_FORMS.contains(&w.as_str()));
    QUESTION_ATTENDANCE_PHRASES.iter().find_map(|p| {
        if (*p == "at the" || *p == "at") && !be_asked {
            return None;
        }
        let at = joined.find(&format!(" {p} "))?;
        let after = joined[at + p.len() + 2..]
            .split(' ')
            .filter(|w| !w.is_empty());
        after
            .take(HEAD_REACH)
            .find(|w| {
                OCCASION_HEADS.has(w)
                    || ATTENDANCE_EVENT_HEADS.has(w)
                    || (*w != "talking" && ONGOING_TALK_WORDS.has(w))
            })
            .map(str::to_string)
    })
}

/// True when the occasion asked about is someone's ("at President Okafor's weekend
/// meeting"): a possessive between "at" and the occasion's head.
fn owner_named(question: &str) -> bool {
    let lower = question.to_lowercase().replace('\u{2019}', "'");
    lower.split(" at ").skip(1).any(|after| {
        let words: Vec<&str> = after.split_whitespace().take(HEAD_REACH).collect();
        let head = words
            .iter()
            .position(|w| OCCASION_HEADS.has(w.trim_end_matches(|c: char| !c.is_alphanumeric())));
        head.is_some_and(|h| words[..h].iter().any(|w| w.ends_with("'s")))
    })
}

/// A sentence that tells someone at an occasion, neither denied nor still to come ("is
/// attending", not "did not attend" or "will attend").
fn attends(sentence: &str) -> bool {
    !contracted_not(sentence)
        && !text::norm_words(sentence)
            .iter()
            .any(|w| READER_NOT_ATTENDING.has(w))
}

/// "Yes" keeping the sentences that tell someone attending, else "No" keeping those that
/// `denied` reads as his absence (none left: nothing to answer).
fn yes_or_no(p: &mut Passage, denied: fn(&str) -> bool) -> &'static str {
    if p.sentences.iter().any(|q| attends(&q.sentence)) {
        p.sentences.retain(|q| attends(&q.sentence));
        "Yes. The relevant passage"
    } else {
        p.sentences.retain(|q| denied(&q.sentence));
        "No. The relevant passage"
    }
}

/// True when the sentence holds a "not" contracted ("didn't", "isn’t").
fn contracted_not(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    lower.contains("n't") || lower.contains("n\u{2019}t")
}

/// Words of a denial that must stand this close before a word of attending ("was not
/// present", "did not attend", "had not been invited to join").
const DENIAL_REACH: usize = 3;

/// A sentence that denies someone was at an occasion: a word of absence ("was absent",
/// "skipped"), or a negation shortly before a word of attending ("was not present at",
/// "didn't attend"), not a "not" elsewhere ("who did not comment, attended the talks").
fn denies_attending(sentence: &str) -> bool {
    let lower = sentence.to_lowercase().replace('\u{2019}', "'");
    let words: Vec<String> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    let negation = |w: &str| w == "not" || w == "never" || w == "no" || w.ends_with("n't");
    words.iter().enumerate().any(|(i, w)| {
        let absence = READER_ABSENCE_WORDS.has(w) && !negation(w);
        let attending = READER_ATTENDANCE_WORDS.iter().any(|a| w.starts_with(a));
        absence
            || attending
                && words[i.saturating_sub(DENIAL_REACH)..i]
                    .iter()
                    .any(|v| negation(v))
    })
}

/// True when a question asks whether someone takes part, naming no occasion ("Is Ortiz
/// taking part?"): the occasion is the conversation's.
fn asks_taking_part(question: &str) -> bool {
    text::has_phrase(&text::norm_words(question), &QUESTION_TAKING_PART_PHRASES)
}

/// A sentence that tells someone is not there ("is not attending the talks in Lima").
fn absent(sentence: &str) -> bool {
    contracted_not(sentence)
        || text::norm_words(sentence)
            .iter()
            .any(|w| READER_ABSENCE_WORDS.has(w))
}

impl Turn<'_> {
    /// "Yes" and the sentences saying the one person asked about attended the occasion
    /// asked; `None` when the question asks something else or no sentence says so.
    pub(super) fn attended(&self) -> Option<Answer> {
        let named = self.r.people.len() + self.q.unknown_people.len();
        // "Is India's finance minister going to ...?": one office of one country, the
        // country named around the sentence.
        let office = (named == 0 && self.q.counterparts.len() == 1)
            .then(|| self.q.counterparts[0].country)
            .flatten();
        // "Was X at Y's weekend meeting?": Y owns the occasion; X is the one asked about.
        let owned = named == 2 && owner_named(self.text);
        if self.q.kind() != Kind::YesNo || named != 1 && office.is_none() && !owned {
            return None;
        }
        let head = asked_occasion(self.text)?;
        let mut ask = self.ask();
        if owned {
            ask.people.truncate(1);
        }
        let ask = Ask {
            cue: Cue::Attendance,
            proper: office.iter().map(|c| c.to_string()).collect(),
            words: vec![head],
            min_words: 1,
            ..ask
        };
        let attended = self.read_corpus(&ask).and_then(|mut p| {
            if office.is_some() {
                p.sentences.retain(|q| self.office_around(q));
            }
            // "Funaro, who was not present at yesterday's meeting": a denial of attending
            // answers "No"; a "not" elsewhere in the sentence tells nothing.
            let intro = yes_or_no(&mut p, denies_attending);
            (!p.sentences.is_empty()).then(|| p.answer(intro, self.cfg))
        });
        attended.or_else(|| {
            self.stayed_out_of_occasion(Ask {
                cue: Cue::Words,
                ..ask
            })
        })
    }

    /// "No" and the sentences that name one asked with the occasion's head and a phrase of
    /// staying out ("Noir had pulled out of the informal trade talks"); `None` when none
    /// does. `ask` searches the occasion's head with the people asked.
    fn stayed_out_of_occasion(&self, ask: Ask) -> Option<Answer> {
        let surnames = self.asked_surnames();
        let mut p = self.read_corpus(&ask)?;
        p.sentences
            .retain(|q| super::refusal::stays_out_of(&q.sentence, &surnames));
        (!p.sentences.is_empty()).then(|| p.answer("No. The relevant passage", self.cfg))
    }

    /// True when the sentence's paragraph names the office asked about ("India's finance
    /// minister"): the country attending is not its minister.
    fn office_around(&self, q: &super::fallback::Quoted) -> bool {
        let Some(role) = self.q.counterparts.first().map(|c| &c.role) else {
            return false;
        };
        let paragraphs = self.paragraphs_of([q.source.article.as_str()]);
        let around = paragraphs
            .iter()
            .find(|h| h.paragraph == q.source.paragraph);
        around.is_some_and(|h| {
            let words = text::norm_words(&format!("{} {}", q.sentence, h.text));
            role.iter().all(|r| words.contains(r))
        })
    }

    /// "Is Ortiz taking part?" in a conversation on a report: "Yes" with its sentences
    /// that tell him attending, else "No" with those that tell him absent; `None` when
    /// none of its sentences names him with a word of attending.
    pub(super) fn takes_part_in_report(&self) -> Option<Answer> {
        let one = self.r.people.len() + self.q.unknown_people.len() == 1;
        if self.q.kind() != Kind::YesNo
            || !one
            || self.r.articles.is_empty()
            || !asks_taking_part(self.text)
            || asked_occasion(self.text).is_some()
        {
            return None;
        }
        let paragraphs = self.paragraphs_of(self.r.articles.iter().map(String::as_str));
        let ask = Ask {
            cue: Cue::Attendance,
            proper: Vec::new(),
            words: Vec::new(),
            min_words: 0,
            in_report: true,
            ..self.ask()
        };
        let mut p = self.passage_in(&paragraphs, &ask)?;
        // Another's attending, beside his name in the paragraph, tells nothing of him.
        p.sentences.retain(|q| {
            let has = phrase_test(&q.sentence);
            ask.people.iter().flatten().any(|form| has(form))
        });
        let intro = yes_or_no(&mut p, absent);
        (!p.sentences.is_empty()).then(|| p.answer(intro, self.cfg))
    }
}

/// Fewest capitalised words in a row that make someone's name beside the one asked
/// about ("First Minister Jack McConnell"; one word may open the sentence).
const NAMED_RUN: usize = 2;

/// True when `sentence` names, in a run of capitalised words after its first word, someone
/// none of whose words is one of `asked` (folded name forms) and who is no place: "Ms
/// Jamieson and First Minister Jack McConnell met ..." for Jamieson names McConnell.
fn names_another(sentence: &str, asked: &[String]) -> bool {
    let words: Vec<&str> = sentence.split_whitespace().skip(1).collect();
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let asked_word = |w: &str| {
        let folded = text::fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
        asked.iter().any(|a| a.split(' ').any(|t| t == folded))
    };
    words
        .split(|w| !capital(w))
        .filter(|run| run.len() >= NAMED_RUN)
        .any(|run| {
            let name = run.join(" ");
            !run.iter().any(|w| asked_word(w))
                && !is_gazetteer_place(name.trim_end_matches(['.', ',']))
        })
}

impl Turn<'_> {
    /// "Was anyone else there?", "Who else was there?" right after a quote: the quoted
    /// sentence that tells a meeting and names someone beside the people asked about,
    /// quoted as what the report says of who was there; `None` for any other question.
    pub(super) fn others_in_quoted(&self) -> Option<Answer> {
        let q = &self.q;
        let points_back = q.refers_back || q.it || q.pronoun.is_some();
        // A meeting the facts told is the one "else" is asked of: its others are theirs.
        let fact_told = self.r.anchor.is_some() || !self.r.recent.is_empty();
        if !q.others
            || !points_back
            || fact_told
            || !q.people.is_empty()
            || !matches!(q.kind(), Kind::YesNo | Kind::Who)
        {
            return None;
        }
        let known = (self.r.people.iter().chain(&q.excluded)).map(|k| self.facts.name(k));
        let asked: Vec<String> = (known.chain(q.unknown_people.iter().map(String::as_str)))
            .flat_map(text::norm_words)
            .collect();
        let sentence =
            (self.r.quoted.iter()).find(|s| tells_meeting(s) && names_another(s, &asked))?;
        Some(Answer {
            body: format!("The report quoted tells who was at that meeting:\n> {sentence}"),
            sources: vec![self.source_of_quoted(sentence)?],
            kind: super::AnswerKind::Quote,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn someone_beside_the_one_asked_is_named_by_a_run_of_capitals() {
        let asked = vec!["ines".to_string(), "okafor".to_string()];
        assert!(names_another(
            "Last week Ms Okafor and First Minister Tom Reid met fans' groups.",
            &asked
        ));
        assert!(names_another(
            "Okafor met union leaders with Deputy Mayor Lena Holt on Monday.",
            &asked
        ));
        // Must not: only the one asked, and places.
        assert!(!names_another(
            "On Monday Ms Okafor met fans' groups in Buenos Aires.",
            &asked
        ));
    }

    #[test]
    fn a_denial_of_attending_is_read_near_its_word() {
        assert!(denies_attending(
            "The minister most opposed, Lena Berg, who was not present at the weekend meeting, said nothing."
        ));
        assert!(denies_attending("Ms Okafor didn't attend the Oslo summit."));
        assert!(denies_attending("Okafor was absent from the summit."));
        // Must not: a "not" that denies something else.
        assert!(!denies_attending(
            "Berg, who did not comment on the plan, attended the summit in Oslo."
        ));
    }

    #[test]
    fn attendance_at_an_owned_occasion_is_asked() {
        assert_eq!(
            asked_occasion("Was Berg at President Okafor's weekend meeting with farmers?")
                .as_deref(),
            Some("meeting")
        );
        assert_eq!(asked_occasion("Was Berg at odds with Okafor?"), None);
        assert!(owner_named(
            "Was Berg at President Okafor's weekend meeting?"
        ));
        assert!(!owner_named("Was Berg at the summit with Okafor?"));
        assert_eq!(asked_occasion("Did Berg meet Okafor at his summit?"), None);
    }

    #[test]
    fn attendance_at_an_occasion_is_asked() {
        assert_eq!(
            asked_occasion("Was Ortiz at the G7 meeting in London?").as_deref(),
            Some("meeting")
        );
        assert_eq!(
            asked_occasion("Did Kone attend the Andean summit?").as_deref(),
            Some("summit")
        );
        assert!(attends(
            "Mr Ortiz is attending the G7 meeting as part of the G20 group."
        ));
        assert!(!attends("Mr Ortiz did not attend the G7 meeting."));
        assert!(!attends("Ortiz will attend the summit next week."));
        assert!(!attends("Ortiz didn't attend the summit."));
        // Must not: a meeting of two people asked.
        assert_eq!(asked_occasion("Did Kone meet Berg at the hotel?"), None);
        assert_eq!(asked_occasion("Was Kone at home?"), None);
        // Nor something done there: "at the" asks attendance only after a form of "be".
        assert_eq!(
            asked_occasion("Did he do what he agreed to at the meeting?"),
            None
        );
        assert_eq!(
            asked_occasion("Will Ortiz be at the summit?").as_deref(),
            Some("summit")
        );
        assert_eq!(
            asked_occasion("Is Ortiz going to the G7 meeting?").as_deref(),
            Some("meeting")
        );
        // Must not: going to meet someone.
        assert_eq!(asked_occasion("Is Ortiz going to meet Kone?"), None);
        // Talks are an occasion one goes to, or takes part in.
        assert_eq!(
            asked_occasion("Did Kone go to the informal trade talks in Arusha?").as_deref(),
            Some("talks")
        );
        assert_eq!(
            asked_occasion("Did Kone take part in the negotiations?").as_deref(),
            Some("negotiations")
        );
        // Must not: talking about something at the time.
        assert_eq!(
            asked_occasion("Was Kone at the time talking to Ortiz?"),
            None
        );
    }

    #[test]
    fn attendance_at_an_event_that_is_no_meeting_is_asked() {
        // Must handle: a premiere or a ceremony one makes it to, or turns up at.
        assert_eq!(
            asked_occasion("Did Kone make it to the charity premiere in Lisbon?").as_deref(),
            Some("premiere")
        );
        assert_eq!(
            asked_occasion("Did Ortiz turn up at the awards ceremony?").as_deref(),
            Some("ceremony")
        );
        // Must not: making it to a place.
        assert_eq!(asked_occasion("Did Kone make it to Lisbon in time?"), None);
        // A cancelled appearance there is staying out; an attendance despite an earlier
        // cancellation is read first as attending.
        let names = ["kone".to_string()];
        assert!(super::super::refusal::stays_out_of(
            "Kone cancelled her appearance at the charity premiere, saying she was ill.",
            &names
        ));
        assert!(attends(
            "Kone attended the gala, which organisers had cancelled a year before."
        ));
    }

    #[test]
    fn taking_part_is_asked_without_an_occasion() {
        assert!(asks_taking_part("Is Ortiz taking part?"));
        assert!(asks_taking_part("Will Kone be there?"));
        // Must not: a meeting of two asked.
        assert!(!asks_taking_part("Did Kone meet Ortiz there?"));
        assert!(absent("Ortiz is not attending the talks in Lima."));
        assert!(absent("Kone skipped the session."));
        assert!(!absent("Ortiz is attending them with two aides."));
    }
}
