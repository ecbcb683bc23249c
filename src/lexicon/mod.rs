//! The lexicon: the language knowledge that ingest, extraction and answering share, each
//! kind in one place. Word lists and gazetteer tables are data files in `data/`, compiled
//! into the binary and loaded once; code reads them through this module and keeps no
//! private copy.
//!
//! - [`fold`]: the one folding filter (diacritics, typographic quotes and dashes).
//! - [`calendar`]: month and weekday names.
//! - [`lists`]: word lists (titles, verbs, stop words, ...), one file each.
//! - [`gazetteer`]: countries, demonyms, cities, regions, venues, organisations.
//! - [`sentences`]: the one sentence splitter.

pub(crate) mod calendar;
pub(crate) mod fold;
pub(crate) mod gazetteer;
pub(crate) mod lists;
pub(crate) mod sentences;

pub use fold::{fold, fold_lower};
