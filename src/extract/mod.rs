//! Extraction: turns cleaned articles into meeting facts (who met whom, when, where, at
//! which occasion, with what outcome), resolved and merged across the corpus. Runs at index
//! time; answering reads the stored [`FactStore`].
//!
//! Pipeline (rule-based, no model): [`sentences`] -> [`people`] (names, titles,
//! descriptions) -> [`coref`] (who is who in an article) -> [`meetings`] ([`triggers`],
//! participants, date via [`dates`], place via [`gazetteer`], [`occasions`], outcomes,
//! [`quotes`]) -> [`merge`] (one person one entity, one meeting one fact, across
//! articles). Articles are analysed in parallel; articles without any trigger word are
//! skipped cheaply. The words every stage compares against are the lexicon's word lists
//! ([`crate::lexicon::lists`]).
//!
//! [`sentences`]: crate::lexicon::sentences
//! [`gazetteer`]: crate::lexicon::gazetteer

use crate::model::{Article, FactStore};

/// Extracts and merges the meeting facts of a whole corpus.
pub fn extract(articles: &[Article]) -> FactStore {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 8);
    let per_article: Vec<meetings::ArticleFacts> = if threads == 1 || articles.len() < 64 {
        articles.iter().map(meetings::article_meetings).collect()
    } else {
        let chunk = articles.len().div_ceil(threads);
        std::thread::scope(|s| {
            let handles: Vec<_> = articles
                .chunks(chunk)
                .map(|c| {
                    s.spawn(move || c.iter().map(meetings::article_meetings).collect::<Vec<_>>())
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| match h.join() {
                    Ok(v) => v,
                    Err(e) => std::panic::resume_unwind(e),
                })
                .collect()
        })
    };
    merge::merge(per_article)
}

mod coref;
pub(crate) mod dates;
mod meetings;
mod merge;
mod occasions;
mod people;
mod quotes;
pub(crate) mod text;
mod triggers;
mod work;
