//! "Where did Mamman address the informal GATT meeting?": a where- or when-question about
//! an occasion that names people only as its guests. Their reports tell the occasion
//! ("the GATT talks in the New Zealand resort of Taupo") in sentences that need not name
//! them: sentences telling a meeting, with the mark of the kind and a word of the
//! question's own, in the articles that name one of them.

use super::Turn;
use super::fallback::Passage;
use super::parse::is_meet_word;
use super::reader::{self, Ask, Cue};

/// Paragraphs searched for the occasion.
const OCCASION_HITS: usize = 12;

/// Articles naming the people read whole for it: the best two (a wire story and its
/// copy, or two reports of the same days).
const OCCASION_ARTICLES: usize = 2;

impl Turn<'_> {
    /// The sentences this module is about, for `ask` (the question's own reading, whose
    /// people they need not name); `None` for other kinds, for a question of no meeting
    /// or no one, or when no such sentence is found.
    pub(super) fn occasion_passage(&self, ask: &Ask) -> Option<Passage> {
        let kind_fits = ask.cue == Cue::Place || ask.cue.is_time();
        if !kind_fits || !ask.meeting_asked || ask.people.is_empty() {
            return None;
        }
        let words: Vec<String> = (ask.words.iter())
            .filter(|w| !is_meet_word(w))
            .cloned()
            .collect();
        if words.is_empty() {
            return None;
        }
        let mut articles: Vec<String> = Vec::new();
        for h in self.retriever.search_any(self.text, OCCASION_HITS) {
            if articles.len() < OCCASION_ARTICLES
                && !articles.contains(&h.article)
                && self.names_one_of(&h.article, &ask.people)
            {
                articles.push(h.article);
            }
        }
        let paragraphs: Vec<_> = (articles.iter())
            .flat_map(|a| self.retriever.article(a))
            .collect();
        let occasion = Ask {
            people: Vec::new(),
            people_required: false,
            all_people: false,
            words,
            min_words: 1,
            ..ask.clone()
        };
        let limit = self.cfg.max_quoted_sentences.max(1);
        let mut sentences =
            reader::read(&paragraphs, &occasion, limit, self.cfg.max_scored_sentences);
        sentences.retain(|q| reader::tells_meeting(&q.sentence));
        (!sentences.is_empty()).then_some(Passage { sentences })
    }

    /// True when some paragraph of `article` names one of `people` (any of their forms).
    fn names_one_of(&self, article: &str, people: &[Vec<String>]) -> bool {
        let texts: Vec<String> = (self.retriever.article(article).into_iter())
            .map(|h| h.text)
            .collect();
        let joined = texts.join(" ");
        let test = super::fallback::phrase_test(&joined);
        people.iter().flatten().any(|f| test(f))
    }
}
