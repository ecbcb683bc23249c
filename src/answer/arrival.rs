//! "When did the oil minister get to Abu Dhabi?", "When is the envoy due in Tokyo?": a
//! question about someone's arrival or trip, not a meeting, is answered by the sentences
//! that name them with a word of arrival and a time ("Sadeghi arrived last night after a
//! stopover in Muscat"), before any meeting of theirs (which tells when they met, not when
//! they came). The words are data (`question_arrival_phrases.txt`,
//! `reader_arrival_words.txt`).

use std::sync::LazyLock;

use crate::lexicon::lists::{QUESTION_ARRIVAL_PHRASES, READER_ARRIVAL_WORDS};
use crate::model::FuzzyDate;

use super::conversation::Topic;
use super::parse::is_meet_word;
use super::question::Kind;
use super::reader::{self, Ask, Cue};
use super::templates::keyword_hits;
use super::told::tells_year;
use super::{Answer, AnswerKind, Reply, Turn, text};

/// How an answer read this way opens.
const ARRIVAL_INTRO: &str = "The articles tell of the arrival";

impl Turn<'_> {
    /// The sentences telling when the person asked about arrives, for a when-question
    /// about an arrival; `None` for any other question, when no sentence tells it, or when
    /// `found` tells a dated meeting whose sentence tells the arrival.
    pub(super) fn arrival(&self, found: &Reply) -> Option<Answer> {
        if self.q.kind() != Kind::When || !asks_arrival(self.text) || dated_arrival(found) {
            return None;
        }
        let ask = self.ask();
        if ask.people.is_empty() {
            return None;
        }
        let ask = Ask {
            cue: Cue::Words,
            words: ARRIVAL_WORDS.clone(),
            min_words: 1,
            ..ask
        };
        let mut p = self.read_corpus(&ask)?;
        p.sentences.retain(|q| reader::tells_time(&q.sentence));
        let first = p.sentences.first()?;
        // "arrived last night": the night before the report, whose date is said.
        let dated = (!p.sentences.iter().any(|q| tells_year(&q.sentence)))
            .then(|| self.published(&first.source.article, first.source.paragraph))
            .flatten();
        let intro = match dated {
            Some(d) => format!(
                "{ARRIVAL_INTRO}; the report it comes from is dated {}. The relevant passage",
                FuzzyDate::day(d).human()
            ),
            None => format!("{ARRIVAL_INTRO}; the relevant passage"),
        };
        Some(p.answer(&intro, self.cfg))
    }
}

/// True when `found` tells a dated meeting whose own sentence tells the arrival ("arrived
/// in Rabat on Monday and met ..."): its date is the arrival's.
fn dated_arrival(found: &Reply) -> bool {
    let Topic::Meetings(told) = &found.topic else {
        return false;
    };
    found.answer.kind == AnswerKind::Fact
        && told.first().is_some_and(|f| {
            f.date.is_some()
                && f.evidence
                    .iter()
                    .any(|e| keyword_hits(&e.sentence, &ARRIVAL_WORDS) > 0)
        })
}

/// The words of arrival, as the stem matcher takes them.
static ARRIVAL_WORDS: LazyLock<Vec<String>> =
    LazyLock::new(|| READER_ARRIVAL_WORDS.iter().map(|w| w.to_string()).collect());

/// True when `question` asks about an arrival ("get to", "due in") and names no meeting.
fn asks_arrival(question: &str) -> bool {
    let words = text::norm_words(question);
    let joined = format!(" {} ", words.join(" "));
    QUESTION_ARRIVAL_PHRASES
        .iter()
        .any(|p| joined.contains(&format!(" {p} ")))
        && !words.iter().any(|w| is_meet_word(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_of_arrival_names_no_meeting() {
        // Must handle: arrivals asked in other words.
        assert!(asks_arrival("When did Sadeghi get to Doha?"));
        assert!(asks_arrival("When is the envoy due in Lima?"));
        // Must not: a question about a meeting, or about something else got.
        assert!(!asks_arrival(
            "When did Sadeghi arrive for talks with Vahedi?"
        ));
        assert!(!asks_arrival("When did Sadeghi get the call?"));
    }
}
