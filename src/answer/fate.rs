//! "Is the committee still meeting tomorrow?", "Was the summit postponed?": a yes/no about
//! whether a meeting goes ahead that no fact answered, told by the first sentence of the
//! reports found (and the conversation's) that puts off or calls off what the question
//! names. It answers "No" to whether the meeting goes ahead, and to a question of what
//! became of it "Yes" when the sentence tells that (postponed, called off) and "No" when
//! it tells the other. The words are data (`meeting_postponements.txt`,
//! `meeting_cancellations.txt`, `fate_phrases.txt`).

use std::sync::LazyLock;

use crate::lexicon::lists::{
    FATE_PHRASES, MEETING_CANCELLATIONS, MEETING_POSTPONEMENTS, QUESTION_FATE_WORDS,
    READER_TRAVEL_VERBS,
};

use super::question::Kind;
use super::{Answer, AnswerKind, Turn, reader, templates, text};
use crate::model::Status;

/// The phrases of [`FATE_PHRASES`] that put a meeting off ("put off", "pushed back"),
/// read once: every sentence of the reports is tried against them.
static POSTPONING: LazyLock<Vec<&'static str>> = LazyLock::new(|| phrases_of("postponed"));

/// The phrases of [`FATE_PHRASES`] that call a meeting off ("called off").
static CANCELLING: LazyLock<Vec<&'static str>> = LazyLock::new(|| phrases_of("cancelled"));

/// The phrases of [`FATE_PHRASES`] under `key`.
fn phrases_of(key: &str) -> Vec<&'static str> {
    (FATE_PHRASES.iter())
        .filter_map(|l| l.split_once(':'))
        .filter(|(k, _)| k.trim() == key)
        .map(|(_, p)| p.trim())
        .collect()
}

impl Turn<'_> {
    /// The yes or no for whether a meeting goes ahead, or was put or called off, when
    /// `found` gave none; `None` when no sentence of the reports names what was asked
    /// and tells its fate.
    pub(super) fn fate(&self, found: &Answer) -> Option<Answer> {
        let q = &self.q;
        // "Did Greenspan go ahead with his trip to Dallas?" answered "No: the articles
        // don't report him meeting anyone in Dallas": a sentence telling the trip's fate
        // says more.
        let not_there = found.body.starts_with(templates::NOT_THERE);
        let yes_no = found.body.starts_with("Yes") || found.body.starts_with("No");
        if q.kind() != Kind::YesNo || (found.kind == AnswerKind::Fact || yes_no) && !not_there {
            return None;
        }
        // "Did he go ahead with his trip?": a trip's fate is told as a meeting's is.
        let travel = text::norm_words(self.text)
            .iter()
            .any(|w| READER_TRAVEL_VERBS.has(w));
        if !self.asks_of_meeting() && !not_there && !travel {
            return None;
        }
        let asked = fate_of(&text::norm_words(self.text));
        let names = self.names_asked();
        // "Was it called off?": the words of the fate are the sentence's to tell.
        let keywords: Vec<String> = (q.keywords.iter())
            .filter(|k| !QUESTION_FATE_WORDS.has(k) && fate_of(std::slice::from_ref(k)).is_none())
            .cloned()
            .collect();
        let test = |sentence: &str| {
            let words = text::norm_words(sentence);
            let fate = fate_of(&words)?;
            let named = names
                .iter()
                .all(|n| text::has_phrase(&words, &[n.as_str()]));
            let enough = templates::keyword_hits(sentence, &keywords)
                >= templates::asked_content(&keywords).div_ceil(2);
            (named && enough).then_some(fate)
        };
        // The no of another place cites another meeting's report: the paragraphs that
        // best match the question may tell the trip's fate.
        let (told, quoted) = self.first_in_reports(found, test).or_else(|| {
            not_there
                .then(|| reader::first_sentence(self.question_hits(), test))
                .flatten()
        })?;
        let word = if asked == Some(told) { "Yes" } else { "No" };
        Some(Answer {
            body: format!("{word}, according to the articles:\n> {}", quoted.sentence),
            sources: vec![quoted.source],
            kind: AnswerKind::Quote,
        })
    }

    /// The names a sentence about the asked meeting must hold, folded: the people's
    /// surnames and the names no fact knows.
    fn names_asked(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .r
            .people
            .iter()
            .filter_map(|k| self.surname(k))
            .collect();
        names.extend(self.q.unknown.iter().map(|u| text::norm_words(u).join(" ")));
        names
    }
}

/// What became of a meeting that folded `words` (a sentence's, or a question's keywords)
/// tell, postponement first: a word of putting off or calling off, or a phrase ("called
/// off", "put off", "pushed back"); `None` when they tell neither.
pub(super) fn fate_of(words: &[String]) -> Option<Status> {
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    if has(&MEETING_POSTPONEMENTS) || text::has_phrase(words, &POSTPONING) {
        Some(Status::Postponed)
    } else if has(&MEETING_CANCELLATIONS) || text::has_phrase(words, &CANCELLING) {
        Some(Status::Cancelled)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::{Status, fate_of};
    use crate::answer::text::norm_words;

    #[test]
    fn a_trip_cut_short_did_not_go_ahead() {
        let fate = |s: &str| fate_of(&norm_words(s));
        assert_eq!(
            fate("The governor cut short a scheduled trip to Bergen."),
            Some(Status::Cancelled)
        );
        assert_eq!(fate("Spending was cut sharply in the short term."), None);
    }

    #[test]
    fn a_sentence_tells_a_meeting_put_off_or_called_off() {
        let fate = |s: &str| fate_of(&norm_words(s));
        assert_eq!(
            fate("The finance committee has postponed its Friday session."),
            Some(Status::Postponed)
        );
        assert_eq!(
            fate("Talks with the union were put off until May."),
            Some(Status::Postponed)
        );
        assert_eq!(
            fate("The summit in Oslo was called off after the vote."),
            Some(Status::Cancelled)
        );
        // Must not: a meeting that goes ahead, or "off" of another verb.
        assert_eq!(fate("The committee will meet on Friday as planned."), None);
        assert_eq!(fate("The minister set off for Oslo on Friday."), None);
    }
}
