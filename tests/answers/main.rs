//! Answers: the answerer on the seed questions over hand-made seed facts (`seed`), on the
//! invented articles (`invented`), `attache eval` through the binary (`eval`), and end to
//! end on articles and questions written for the tests (`own_articles`). Follow-ups are in
//! the conversation tests.

#[path = "../common/mod.rs"]
mod common;

mod bulk;
mod eval;
mod everyday_words;
mod invented;
mod news_classes;
mod own_articles;
mod reading;
mod seed;
