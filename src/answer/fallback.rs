//! The fallback answer: quote the best-matching sentences with their sources, or, when no
//! sentence is relevant, say plainly that the indexed articles don't cover the question.
//!
//! Relevance is judged per sentence, not only by the paragraph's BM25 score: a sentence
//! must contain every proper name the question uses (people, places, countries — a
//! demonym counts for its country), and at least half of the question's other content
//! words. BM25 (`cfg.min_score`) only orders and floors the paragraphs.

use crate::config::AnswerConfig;
use crate::model::Source;

use super::text::{self, country_at};
use super::{Answer, AnswerKind, Retriever};

/// What a quoted sentence must contain.
#[derive(Debug, Clone, Default)]
pub struct Need {
    /// Name forms of the people involved; with `all_names`, each group needs one form.
    pub names: Vec<Vec<String>>,
    /// Every group must match (otherwise one is enough).
    pub all_names: bool,
    /// Places, countries and other proper nouns (folded); all must appear.
    pub proper: Vec<String>,
    /// Other content words (folded); at least a third must appear.
    pub keywords: Vec<String>,
    /// When not empty, at least one of these words must appear.
    pub any_of: Vec<String>,
    /// When not empty, only sentences of these articles count.
    pub articles: Vec<String>,
    /// Words that make a sentence better (not required).
    pub boost: Vec<String>,
}

/// Scores one sentence against the need; `None` when it is not relevant.
/// `context` is the text around the sentence (its paragraph and the article title): the
/// proper nouns may be there rather than in the sentence itself.
pub fn sentence_score(sentence: &str, context: &str, need: &Need) -> Option<f32> {
    let phrase_test = |text_: &str| {
        let words = text::norm_words(text_);
        let joined = format!(" {} ", words.join(" "));
        let countries: Vec<&'static str> = (0..words.len())
            .filter_map(|i| country_at(&words, i).map(|c| c.0))
            .collect();
        move |p: &str| {
            let p = text::norm_words(p).join(" ");
            !p.is_empty()
                && (joined.contains(&format!(" {p} "))
                    || text::country_key(&p).is_some_and(|k| countries.contains(&k)))
        }
    };
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
    let kw = super::templates::keyword_hits(sentence, &need.keywords);
    if !need.keywords.is_empty() && (kw == 0 || kw * 3 < need.keywords.len()) {
        return None;
    }
    let any = super::templates::keyword_hits(sentence, &need.any_of);
    if !need.any_of.is_empty() && any == 0 {
        return None;
    }
    if need.names.is_empty() && need.proper.is_empty() && kw == 0 {
        return None;
    }
    let boost = super::templates::keyword_hits(sentence, &need.boost);
    // Within the meeting's own articles, names matter less than the asked-about words.
    let name_weight = if need.articles.is_empty() { 2.0 } else { 0.5 };
    Some(
        name_hits as f32 * name_weight
            + need.proper.iter().filter(|p| has_phrase(p)).count() as f32
            + kw as f32
            + any.min(2) as f32 * 0.5
            + boost as f32 * 3.0,
    )
}

/// Quotes the sentences that best meet `need` among the paragraphs `query` retrieves;
/// `None` when no sentence is relevant.
pub fn quote_relevant(
    retriever: &dyn Retriever,
    cfg: &AnswerConfig,
    query: &str,
    need: &Need,
) -> Option<Answer> {
    let intro = "The articles don't state that directly. The closest passage";
    quote_with_intro(retriever, cfg, query, need, intro)
}

/// Like [`quote_relevant`], with the body's opening words given ("About their meeting,
/// the passage"); "says:" or "s say:" is appended.
pub fn quote_with_intro(
    retriever: &dyn Retriever,
    cfg: &AnswerConfig,
    query: &str,
    need: &Need,
    intro: &str,
) -> Option<Answer> {
    let quoted = best_sentences(retriever, cfg, query, need, cfg.max_quoted_sentences.max(1));
    if quoted.is_empty() {
        return None;
    }
    let mut body = intro.to_string();
    body.push_str(if quoted.len() > 1 { "s say:" } else { " says:" });
    let mut sources: Vec<Source> = Vec::new();
    for (_, sentence, source) in quoted {
        body.push_str(&format!("\n> {sentence}"));
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    sources.truncate(cfg.max_sources);
    Some(Answer {
        body,
        sources,
        kind: AnswerKind::Quote,
    })
}

/// The `limit` best relevant sentences with their sources, best first.
pub fn best_sentences(
    retriever: &dyn Retriever,
    cfg: &AnswerConfig,
    query: &str,
    need: &Need,
    limit: usize,
) -> Vec<(f32, String, Source)> {
    let hits = retriever.search(query, (cfg.max_sources.max(1) * 4).max(8));
    let best = hits.first().map(|h| h.score).unwrap_or(0.0);
    if hits.is_empty() || best < cfg.min_score {
        return Vec::new();
    }
    let mut quoted: Vec<(f32, String, Source)> = Vec::new();
    for hit in &hits {
        if !need.articles.is_empty() && !need.articles.contains(&hit.article) {
            continue;
        }
        for sentence in text::sentences(&hit.text) {
            let context = format!("{} {}", hit.title, hit.text);
            if let Some(s) = sentence_score(sentence, &context, need) {
                if quoted.iter().any(|q| q.1 == sentence) {
                    continue;
                }
                quoted.push((
                    s + hit.score / best.max(1e-3),
                    sentence.to_string(),
                    Source {
                        article: hit.article.clone(),
                        title: hit.title.clone(),
                        url: hit.url.clone(),
                        paragraph: hit.paragraph,
                    },
                ));
            }
        }
    }
    quoted.sort_by(|a, b| b.0.total_cmp(&a.0));
    // Keep only sentences nearly as good as the best.
    if let Some(top) = quoted.first().map(|q| q.0) {
        quoted.retain(|q| q.0 >= top - 1.5);
    }
    quoted.truncate(limit);
    quoted
}

/// "I couldn't find anything about that in the N indexed articles."
pub fn not_found(articles: usize) -> Answer {
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
    fn names_and_half_the_keywords() {
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
}
