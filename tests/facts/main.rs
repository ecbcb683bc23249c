//! Meeting facts: what extraction finds in articles. The seed article through ingest and
//! extraction (`seed`), short articles written for these tests showing the rules are
//! general (`general`), and precision and recall on the dev articles against a hand-written
//! reading (`dev`, when ../shared exists).

#[path = "../common/mod.rs"]
mod common;

mod bulk_sample;
mod dev;
mod general;
mod people;
mod seed;
mod status;
mod written;
