//! The time of another event a meeting's report tells: "When did she join the company?"
//! after a meeting whose paragraph goes on "She joined the company in January 2003" is
//! told by that sentence, not by the meeting's date.

use crate::lexicon::lists::READER_HOLD_VERBS;
use crate::model::MeetingFact;

use super::question::Kind;
use super::reader::{self, Ask};
use super::templates::keyword_hits;
use super::{Answer, Turn};

impl Turn<'_> {
    /// For a when-question whose event the meeting's own sentences don't tell: the
    /// sentences of its reports that tell it with a time, quoted. `None` when the
    /// meeting's sentences tell it ("When did they agree the ferry deal?" of "met on
    /// Tuesday and agreed a new ferry deal"), or no other sentence tells it with a time.
    pub(super) fn time_of_other_event(&self, fact: &MeetingFact) -> Option<Answer> {
        let words = self.detail_words();
        // "When will they meet to discuss oil prices?" asks the meeting's time, whatever
        // its other words: only a question with no word of meeting asks another event's.
        if self.q.kind() != Kind::When || words.is_empty() || self.asks_of_meeting() {
            return None;
        }
        // The question's first own word is the event it asks the time of ("join" in "When
        // did she join the company?", "step" in "When did he step down as port chief?"):
        // a sentence tells it when it holds that word and half of the others.
        let needed = words.len().div_ceil(2);
        let head = words[..1].to_vec();
        if READER_HOLD_VERBS.has(&head[0]) {
            return None;
        }
        let tells = |t: &str| keyword_hits(t, &head) == 1 && keyword_hits(t, &words) >= needed;
        let told: Vec<String> = fact.evidence.iter().map(|e| e.sentence.clone()).collect();
        if tells(&told.join(" ")) {
            return None;
        }
        let mut articles: Vec<&str> = fact.evidence.iter().map(|e| e.article.as_str()).collect();
        articles.dedup();
        let paragraphs = self.paragraphs_of(articles);
        let ask = Ask {
            words: words.clone(),
            min_words: needed,
            people_required: false,
            all_people: false,
            skip: told,
            ..self.ask()
        };
        let mut p = self.passage_in(&paragraphs, &ask)?;
        // A sentence that tells a meeting tells the one asked about in other words
        // ("When did they hold talks?" of "held talks on Monday"): the facts have it.
        p.sentences.retain(|q| {
            tells(&q.sentence)
                && reader::tells_time(&q.sentence)
                && !reader::tells_meeting(&q.sentence)
        });
        if p.sentences.is_empty() {
            return None;
        }
        let intro = self.intro_for(&ask, &p);
        Some(p.answer(&intro, self.cfg))
    }
}
