//! "Is the committee still meeting tomorrow?", "Was the summit postponed?": a yes/no about
//! whether a meeting goes ahead that no fact answered, told by the first sentence of the
//! reports found (and the conversation's) that puts off or calls off what the question
//! names. It answers "No" to whether the meeting goes ahead, and to a question of what
//! became of it "Yes" when the sentence tells that (postponed, called off) and "No" when
//! it tells the other. The words are data (`meeting_postponements.txt`,
//! `meeting_cancellations.txt`, `fate_phrases.txt`).

use crate::lexicon::lists::{
    FATE_PHRASES, MEETING_CANCELLATIONS, MEETING_POSTPONEMENTS, QUESTION_FATE_WORDS,
};

use super::question::Kind;
use super::{Answer, AnswerKind, Turn, templates, text};
use crate::model::Status;

impl Turn<'_> {
    /// The yes or no for whether a meeting goes ahead, or was put or called off, when
    /// `found` gave none; `None` when no sentence of the reports names what was asked
    /// and tells its fate.
    pub(super) fn fate(&self, found: &Answer) -> Option<Answer> {
        let q = &self.q;
        let yes_no = found.body.starts_with("Yes") || found.body.starts_with("No");
        if q.kind() != Kind::YesNo || found.kind == AnswerKind::Fact || yes_no {
            return None;
        }
        if !self.asks_of_meeting() {
            return None;
        }
        let asked = fate_of(&text::norm_words(self.text));
        let names = self.names_asked();
        // "Was it called off?": the words of the fate are the sentence's to tell.
        let keywords: Vec<String> = (q.keywords.iter())
            .filter(|k| !QUESTION_FATE_WORDS.has(k) && fate_of(std::slice::from_ref(k)).is_none())
            .cloned()
            .collect();
        let (told, quoted) = self.first_in_reports(found, |sentence| {
            let words = text::norm_words(sentence);
            let fate = fate_of(&words)?;
            let named = names
                .iter()
                .all(|n| text::has_phrase(&words, &[n.as_str()]));
            let enough = templates::keyword_hits(sentence, &keywords)
                >= templates::asked_content(&keywords).div_ceil(2);
            (named && enough).then_some(fate)
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
    let phrase = |key: &str| {
        let phrases: Vec<String> = (FATE_PHRASES.keyed().into_iter())
            .filter(|(k, _)| *k == key)
            .map(|(_, p)| p.join(" "))
            .collect();
        let phrases: Vec<&str> = phrases.iter().map(String::as_str).collect();
        text::has_phrase(words, &phrases)
    };
    if has(&MEETING_POSTPONEMENTS) || phrase("postponed") {
        Some(Status::Postponed)
    } else if has(&MEETING_CANCELLATIONS) || phrase("cancelled") {
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
