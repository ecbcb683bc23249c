//! attache briefs people on meetings between public figures, from a folder of news articles.
//!
//! One pipeline and thin shells around it:
//! `article -> clean -> paragraphs -> facts -> index` (`ingest`, `extract`, `index`) and
//! `question -> parse -> resolve -> retrieve -> select facts -> template -> render`
//! (`answer`), over the language knowledge of `lexicon`. [`engine::Engine`] is the one API:
//! the command line ([`cli`]) and the Discord bot (`discord`) are shells over it and use
//! nothing else of the library but [`config`].

pub mod cli;
pub mod config;
pub mod engine;

pub(crate) mod answer;
pub(crate) mod discord;
pub(crate) mod extract;
pub(crate) mod gaps;
pub(crate) mod growth;
pub(crate) mod index;
pub(crate) mod ingest;
pub(crate) mod lexicon;
pub(crate) mod model;
pub(crate) mod progress;
pub(crate) mod roster;
pub(crate) mod timeline;

#[doc(hidden)]
pub mod testing;
