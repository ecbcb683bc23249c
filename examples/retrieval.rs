//! Retrieval recall of a question set: for each question with an `article`, the rank of
//! that article's first paragraph among the paragraphs the whole question finds.
//!
//! `cargo run --release --example retrieval -- INDEX_DIR QUESTIONS.jsonl [CORPUS_DIR...]`
//! prints one JSON line per question (`id`, `conversation`, `article`, `rank`: 1-based,
//! 0 when not in the first [`DEPTH`]; `best`: the text of the first paragraph found, the
//! quote-the-best-paragraph baseline); `tools/retrieval_halves.py` sums them by half.

use attache::config::{Config, Overrides};
use attache::engine::Engine;

/// Paragraphs looked at per question.
const DEPTH: usize = 50;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [index, questions, corpus @ ..] = args.as_slice() else {
        anyhow::bail!("usage: retrieval INDEX_DIR QUESTIONS.jsonl [CORPUS_DIR...]");
    };
    let overrides = Overrides {
        corpus_dirs: corpus.iter().map(Into::into).collect(),
        index_dir: Some(index.into()),
    };
    let engine = Engine::open(Config::load(None, &overrides)?)?;
    for line in std::fs::read_to_string(questions)?.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let (Some(q), Some(article)) = (v["question"].as_str(), v["article"].as_str()) else {
            continue;
        };
        let hits = engine.search(q, DEPTH);
        let rank = hits
            .iter()
            .position(|h| h.article == article)
            .map_or(0, |i| i + 1);
        let out = serde_json::json!({
            "id": v["id"], "conversation": v["conversation"], "article": article, "rank": rank,
            "best": hits.first().map(|h| h.text.as_str()),
        });
        println!("{out}");
    }
    Ok(())
}
