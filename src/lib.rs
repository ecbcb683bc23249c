//! attache briefs people on meetings between public figures, from a folder of news articles.
//!
//! One pipeline and thin shells around it:
//! `article -> clean -> paragraphs -> facts -> index` ([`ingest`], [`extract`], [`index`]) and
//! `question -> parse -> resolve -> retrieve -> select facts -> template -> render`
//! ([`answer`]). [`engine::Engine`] is the one API; the command line ([`cli`]) and the
//! Discord bot ([`discord`]) are shells over it.

pub mod answer;
pub mod cli;
pub mod config;
pub mod discord;
pub mod engine;
pub mod extract;
pub mod index;
pub mod ingest;
pub mod model;
pub mod progress;
