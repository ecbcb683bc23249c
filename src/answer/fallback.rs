//! The fallback answer: quote the best-matching sentences with their sources, or, below
//! the relevance floor, say plainly that the indexed articles don't cover the question.

use crate::config::AnswerConfig;
use crate::model::Source;

use super::{Answer, AnswerKind, Retriever};

/// Quotes the best sentence(s) of the best paragraphs, or says nothing relevant was found.
pub fn quote_best(retriever: &dyn Retriever, cfg: &AnswerConfig, question: &str) -> Answer {
    let hits = retriever.search(question, cfg.max_sources.max(1) * 2);
    let best = hits.first().map(|h| h.score).unwrap_or(0.0);
    if hits.is_empty() || best < cfg.min_score {
        return not_found(retriever.article_count());
    }
    let words = question_words(question);
    let mut quoted: Vec<(f32, String, Source)> = Vec::new();
    for hit in hits.iter().filter(|h| h.score >= best * 0.6) {
        for sentence in split_sentences(&hit.text) {
            let overlap = overlap(&words, sentence);
            if overlap > 0.0 {
                quoted.push((
                    overlap * hit.score,
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
    quoted.truncate(cfg.max_quoted_sentences.max(1));
    if quoted.is_empty() {
        return not_found(retriever.article_count());
    }
    let mut body = String::from("The articles don't state that directly. The closest passage");
    body.push_str(if quoted.len() > 1 { "s say:" } else { " says:" });
    let mut sources: Vec<Source> = Vec::new();
    for (_, sentence, source) in quoted {
        body.push_str(&format!("\n> {sentence}"));
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    sources.truncate(cfg.max_sources);
    Answer {
        body,
        sources,
        kind: AnswerKind::Quote,
    }
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

fn question_words(q: &str) -> Vec<String> {
    q.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 3)
        .map(str::to_lowercase)
        .collect()
}

fn overlap(words: &[String], sentence: &str) -> f32 {
    let lower = sentence.to_lowercase();
    let n = words.iter().filter(|w| lower.contains(w.as_str())).count();
    n as f32 / (words.len().max(1) as f32)
}

/// A plain sentence splitter for quoting (the extractor has the abbreviation-aware one).
fn split_sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let next = bytes.get(i + 1).copied();
            if next.is_none() || next == Some(b' ') {
                let s = text[start..=i].trim();
                if !s.is_empty() {
                    out.push(s);
                }
                start = i + 1;
            }
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}
