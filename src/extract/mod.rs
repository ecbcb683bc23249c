//! Extraction: turns cleaned articles into meeting facts (who met whom, when, where, at
//! which occasion, with what outcome), resolved and merged across the corpus. Runs at index
//! time; answering reads the stored [`FactStore`].

use crate::model::{Article, FactStore};

/// Extracts and merges the meeting facts of a whole corpus.
pub fn extract(articles: &[Article]) -> FactStore {
    let _ = articles;
    FactStore::default()
}

pub mod dates;
pub mod gazetteer;
