//! "Was it face to face?", "Was that by phone?" right after a quoted answer: the channel
//! the quoted sentences tell. A sentence telling a call ("said in a telephone
//! conversation", "spoke by video link") answers "No" to in person and "Yes" to a call,
//! quoted; a passage that tells no call is left to the other readers (a sentence saying
//! "met" may still have been a call). The words are data (`call_media.txt`,
//! `call_contact_words.txt`).

use crate::lexicon::lists::{
    CALL_CONTACT_WORDS, CALL_MEDIA, QUESTION_CALL_WORDS, QUESTION_IN_PERSON_PHRASES,
};

use super::question::Kind;
use super::reader;
use super::{Answer, AnswerKind, Turn, text};

/// Which channel a yes/no question asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Asked {
    /// "in person", "face to face".
    InPerson,
    /// "by phone", "a video call", "did they call".
    Remote,
}

/// The channel a question asks about, if it asks one ("in person", "face to face"; "by
/// phone", "a call"), by the lists the question's contact is read with.
fn asked_channel(question: &str) -> Option<Asked> {
    let words = text::norm_words(question);
    if text::has_phrase(&words, &QUESTION_IN_PERSON_PHRASES) {
        Some(Asked::InPerson)
    } else if (words.iter()).any(|w| CALL_MEDIA.has(w) || QUESTION_CALL_WORDS.has(w)) {
        Some(Asked::Remote)
    } else {
        None
    }
}

/// True when `sentence` tells a contact by a medium of calls: a medium and a word of
/// contact ("a telephone conversation", "spoke by phone"), not "a phone maker".
pub(crate) fn tells_call(sentence: &str) -> bool {
    let words = text::norm_words(sentence);
    words.iter().any(|w| CALL_MEDIA.has(w)) && words.iter().any(|w| CALL_CONTACT_WORDS.has(w))
}

impl Turn<'_> {
    /// The yes or no to a channel asked of the passage just quoted, with the sentence that
    /// tells the call; `None` when the question asks no channel, points at nothing quoted,
    /// or no quoted sentence tells a call.
    pub(super) fn channel_of_passage(&self) -> Option<Answer> {
        if self.q.kind() != Kind::YesNo || !self.points_into_passage() {
            return None;
        }
        let asked = asked_channel(self.text)?;
        let sentence = self.r.quoted.iter().find(|s| tells_call(s))?;
        let hit = self
            .passage_hits()
            .into_iter()
            .find(|h| h.text.contains(sentence.as_str()))?;
        let intro = match asked {
            Asked::InPerson => "No, it was a call, not a meeting in person. The report says:",
            Asked::Remote => "Yes, it was a call. The report says:",
        };
        Some(Answer {
            body: format!("{intro}\n> {sentence}"),
            sources: vec![reader::source(&hit)],
            kind: AnswerKind::Quote,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_channel_asked() {
        // Must handle: in person asked two ways, a call asked two ways.
        assert_eq!(asked_channel("was it face to face?"), Some(Asked::InPerson));
        assert_eq!(
            asked_channel("Did they meet in person?"),
            Some(Asked::InPerson)
        );
        assert_eq!(asked_channel("Was that by phone?"), Some(Asked::Remote));
        assert_eq!(asked_channel("was it a video call?"), Some(Asked::Remote));
        // Must not: a question of another detail.
        assert_eq!(asked_channel("Was it a long meeting?"), None);
        assert_eq!(asked_channel("Did the person who met her resign?"), None);
    }

    #[test]
    fn a_sentence_telling_a_call() {
        // Must handle: the medium beside a word of contact, either order.
        assert!(tells_call(
            "Okafor said in a telephone conversation on Tuesday that trade came first."
        ));
        assert!(tells_call(
            "The two leaders spoke by video link for an hour."
        ));
        // Must not: a medium in another sense, nor a meeting.
        assert!(!tells_call("Nordtel, the phone maker, said sales rose."));
        assert!(!tells_call("The two leaders met in Oslo on Tuesday."));
    }
}
