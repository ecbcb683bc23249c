//! The fallback: the sentences that best meet what a question needs, as a [`Passage`] the
//! caller introduces and composes; or, when no sentence is relevant, the plain statement
//! that the indexed articles don't cover the question.
//!
//! Relevance is judged per sentence (sentences as [`crate::lexicon::sentences`] splits
//! them), not only by the paragraph's BM25 score: a sentence must contain every proper
//! name the question uses (people, places, countries — a demonym counts for its country),
//! and at least a third of the question's other content words. BM25 (`cfg.min_score`)
//! only orders and floors the paragraphs.

use crate::config::AnswerConfig;
use crate::index::Hit;
use crate::lexicon::sentences::split_ranges;
use crate::model::Source;

use super::countries::{country_at, country_key};
use super::templates::keyword_hits;
use super::text;
use super::{Answer, AnswerKind, Retriever};

/// Paragraphs retrieved per source an answer may cite: enough candidates for the best
/// sentences to be among them.
const PARAGRAPHS_PER_SOURCE: usize = 4;

/// Fewest paragraphs retrieved, however few sources are cited.
const MIN_PARAGRAPHS: usize = 8;

/// A sentence must hold at least one in this many of the question's content words.
const KEYWORD_SHARE: usize = 3;

/// Sentences score within this of the best are quoted with it; weaker ones are noise.
const NEAR_BEST: f32 = 1.5;

/// Score of each person named (outside the meeting's own articles).
const NAME_WEIGHT: f32 = 2.0;

/// Score of each person named within the meeting's own articles, where the names are
/// expected and the asked-about words matter more.
const NAME_WEIGHT_OWN_ARTICLES: f32 = 0.5;

/// Score of each word that makes a sentence better (`Need::boost`): these are the
/// question's own words.
const BOOST_WEIGHT: f32 = 3.0;

/// Score of each marker word (`Need::any_of`), counted up to [`ANY_OF_COUNTED`].
const ANY_OF_WEIGHT: f32 = 0.5;
const ANY_OF_COUNTED: usize = 2;

/// The intro of a passage quoted for a question the facts don't answer.
pub(crate) const NOT_DIRECTLY: &str = "The articles don't state that directly.";

/// The intro of the best passage.
pub(crate) const CLOSEST: &str = "The closest passage";

/// What a quoted sentence must contain.
#[derive(Debug, Clone, Default)]
pub(crate) struct Need {
    /// Name forms of the people involved; with `all_names`, each group needs one form.
    pub(crate) names: Vec<Vec<String>>,
    /// Every group must match (otherwise one is enough).
    pub(crate) all_names: bool,
    /// Places, countries and other proper nouns (folded); all must appear.
    pub(crate) proper: Vec<String>,
    /// Other content words (folded); at least a third must appear.
    pub(crate) keywords: Vec<String>,
    /// When not empty, at least one of these words must appear.
    pub(crate) any_of: Vec<String>,
    /// When not empty, only sentences of these articles count.
    pub(crate) articles: Vec<String>,
    /// Words that make a sentence better (not required).
    pub(crate) boost: Vec<String>,
}

/// One relevant sentence with its source.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Quoted {
    /// How well it meets the need, plus its paragraph's share of the best BM25 score.
    pub(crate) score: f32,
    pub(crate) sentence: String,
    pub(crate) source: Source,
}

/// The best relevant sentences, best first; never empty.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Passage {
    pub(crate) sentences: Vec<Quoted>,
}

impl Passage {
    /// "{intro} says:\n> ..." for one sentence, "{intro}s say:\n> ...\n> ..." for several.
    pub(crate) fn quote(&self, intro: &str) -> String {
        let mut body = intro.to_string();
        body.push_str(if self.sentences.len() > 1 {
            "s say:"
        } else {
            " says:"
        });
        for q in &self.sentences {
            body.push_str(&format!("\n> {}", q.sentence));
        }
        body
    }

    /// The distinct sources of the sentences, in order, at most `max`.
    pub(crate) fn sources(&self, max: usize) -> Vec<Source> {
        let mut sources: Vec<Source> = Vec::new();
        for q in &self.sentences {
            if !sources.contains(&q.source) {
                sources.push(q.source.clone());
            }
        }
        sources.truncate(max);
        sources
    }

    /// The passage quoted as an answer, after `intro` ("About their meeting, the passage").
    pub(crate) fn answer(&self, intro: &str, cfg: &AnswerConfig) -> Answer {
        Answer {
            body: self.quote(intro),
            sources: self.sources(cfg.max_sources),
            kind: AnswerKind::Quote,
        }
    }
}

/// The sentences that best meet `need` among the paragraphs `query` retrieves; `None` when
/// no sentence is relevant.
pub(crate) fn passage(
    retriever: &dyn Retriever,
    cfg: &AnswerConfig,
    query: &str,
    need: &Need,
) -> Option<Passage> {
    let sentences = best_sentences(retriever, cfg, query, need, cfg.max_quoted_sentences.max(1));
    (!sentences.is_empty()).then_some(Passage { sentences })
}

/// The closest passage, said to be indirect: "The articles don't state that directly. The
/// closest passage says: ...".
pub(crate) fn quote_relevant(
    retriever: &dyn Retriever,
    cfg: &AnswerConfig,
    query: &str,
    need: &Need,
) -> Option<Answer> {
    passage(retriever, cfg, query, need)
        .map(|p| p.answer(&format!("{NOT_DIRECTLY} {CLOSEST}"), cfg))
}

/// The `limit` best relevant sentences with their sources, best first.
pub(crate) fn best_sentences(
    retriever: &dyn Retriever,
    cfg: &AnswerConfig,
    query: &str,
    need: &Need,
    limit: usize,
) -> Vec<Quoted> {
    let wanted = (cfg.max_sources.max(1) * PARAGRAPHS_PER_SOURCE).max(MIN_PARAGRAPHS);
    let hits = retriever.search(query, wanted);
    let best = hits.first().map(|h| h.score).unwrap_or(0.0);
    if hits.is_empty() || best < cfg.min_score {
        return Vec::new();
    }
    let mut quoted: Vec<Quoted> = Vec::new();
    for hit in &hits {
        if need.articles.is_empty() || need.articles.contains(&hit.article) {
            relevant_sentences(hit, best, need, &mut quoted);
        }
    }
    quoted.sort_by(|a, b| b.score.total_cmp(&a.score));
    if let Some(top) = quoted.first().map(|q| q.score) {
        quoted.retain(|q| q.score >= top - NEAR_BEST);
    }
    quoted.truncate(limit);
    quoted
}

/// Adds the relevant sentences of one paragraph (not quoted yet).
fn relevant_sentences(hit: &Hit, best: f32, need: &Need, quoted: &mut Vec<Quoted>) {
    let context = format!("{} {}", hit.title, hit.text);
    for (start, end) in split_ranges(&hit.text) {
        let sentence = &hit.text[start..end];
        let Some(s) = sentence_score(sentence, &context, need) else {
            continue;
        };
        if quoted.iter().any(|q| q.sentence == sentence) {
            continue;
        }
        quoted.push(Quoted {
            score: s + hit.score / best.max(1e-3),
            sentence: sentence.to_string(),
            source: Source {
                article: hit.article.clone(),
                title: hit.title.clone(),
                url: hit.url.clone(),
                paragraph: hit.paragraph,
            },
        });
    }
}

/// A test for phrases in a text: as words, or as a country its words name.
pub(crate) fn phrase_test(text_: &str) -> impl Fn(&str) -> bool {
    let words = text::norm_words(text_);
    let joined = format!(" {} ", words.join(" "));
    let countries: Vec<&'static str> = (0..words.len())
        .filter_map(|i| country_at(&words, i).map(|c| c.0))
        .collect();
    move |p: &str| {
        let p = text::norm_words(p).join(" ");
        !p.is_empty()
            && (joined.contains(&format!(" {p} "))
                || country_key(&p).is_some_and(|k| countries.contains(&k)))
    }
}

/// Scores one sentence against the need; `None` when it is not relevant.
/// `context` is the text around the sentence (its paragraph and the article title): the
/// proper nouns may be there rather than in the sentence itself.
pub(crate) fn sentence_score(sentence: &str, context: &str, need: &Need) -> Option<f32> {
    let has_phrase = phrase_test(sentence);
    let around = phrase_test(context);
    let name_hits = need
        .names
        .iter()
        .filter(|forms| forms.iter().any(|f| has_phrase(f)))
        .count();
    if !need.names.is_empty()
        && (name_hits == 0 || (need.all_names && name_hits < need.names.len()))
    {
        return None;
    }
    if !need.proper.iter().all(|p| has_phrase(p) || around(p)) {
        return None;
    }
    let kw = keyword_hits(sentence, &need.keywords);
    if !need.keywords.is_empty() && (kw == 0 || kw * KEYWORD_SHARE < need.keywords.len()) {
        return None;
    }
    let any = keyword_hits(sentence, &need.any_of);
    if !need.any_of.is_empty() && any == 0 {
        return None;
    }
    if need.names.is_empty() && need.proper.is_empty() && kw == 0 {
        return None;
    }
    let boost = keyword_hits(sentence, &need.boost);
    let name_weight = if need.articles.is_empty() {
        NAME_WEIGHT
    } else {
        NAME_WEIGHT_OWN_ARTICLES
    };
    Some(
        name_hits as f32 * name_weight
            + need.proper.iter().filter(|p| has_phrase(p)).count() as f32
            + kw as f32
            + any.min(ANY_OF_COUNTED) as f32 * ANY_OF_WEIGHT
            + boost as f32 * BOOST_WEIGHT,
    )
}

/// "I couldn't find anything about that in the N indexed articles."
pub(crate) fn not_found(articles: usize) -> Answer {
    let noun = if articles == 1 { "article" } else { "articles" };
    Answer {
        body: format!("I couldn't find anything about that in the {articles} indexed {noun}."),
        sources: Vec::new(),
        kind: AnswerKind::NotFound,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proper_names_are_required() {
        let need = Need {
            proper: vec!["peru".into()],
            keywords: vec!["capital".into()],
            ..Default::default()
        };
        assert!(
            sentence_score("Tamsin, the capital of Nordland, hosted them.", "", &need).is_none()
        );
        assert!(sentence_score("Lima, the capital of Peru, hosted them.", "", &need).is_some());
        // A demonym counts for its country.
        let need = Need {
            proper: vec!["japan".into()],
            keywords: vec!["ties".into()],
            ..Default::default()
        };
        assert!(sentence_score("Japanese ties improved.", "", &need).is_some());
    }

    #[test]
    fn names_and_a_third_of_the_keywords() {
        let need = Need {
            names: vec![vec!["okafor".into()]],
            keywords: vec!["handed".into(), "letter".into(), "visit".into()],
            ..Default::default()
        };
        assert!(sentence_score("Okafor handed him a letter.", "", &need).is_some());
        assert!(sentence_score("Okafor smiled.", "", &need).is_none());
        let need = Need {
            names: vec![vec!["okafor".into()]],
            any_of: vec!["agree".into(), "discuss".into()],
            ..Default::default()
        };
        assert!(sentence_score("Okafor discussed fishing.", "", &need).is_some());
        assert!(sentence_score("Okafor went home.", "", &need).is_none());
        assert!(sentence_score("Someone handed a letter.", "", &need).is_none());
    }

    #[test]
    fn a_passage_says_or_say() {
        let quoted = |s: &str, article: &str| Quoted {
            score: 1.0,
            sentence: s.into(),
            source: Source {
                article: article.into(),
                title: article.into(),
                url: None,
                paragraph: 1,
            },
        };
        let one = Passage {
            sentences: vec![quoted("They met.", "a")],
        };
        assert_eq!(one.quote(CLOSEST), "The closest passage says:\n> They met.");
        let two = Passage {
            sentences: vec![quoted("They met.", "a"), quoted("They left.", "a")],
        };
        assert_eq!(
            two.quote("The passage"),
            "The passages say:\n> They met.\n> They left."
        );
        assert_eq!(two.sources(5).len(), 1);
    }
}
