//! The whole `ask` path on a small fixed index (the seed article and one invented one, built
//! once per process in a temporary folder): each input is a conversation of questions, one
//! a line. No panic; every answer non-empty and bounded.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use attache::config::{Config, Overrides};
use attache::engine::{Engine, NoProgress};
use libfuzzer_sys::fuzz_target;

/// Questions asked per input: a few follow-ups exercise the conversation.
const MAX_QUESTIONS: usize = 4;

/// The largest answer the two-article index can give without repeating itself.
const MAX_ANSWER_CHARS: usize = 12_000;

fn build(dir: &Path) -> Engine {
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    let seed = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../index/articles/rajnath-singh-dong-jun-vientiane.txt");
    std::fs::copy(seed, corpus.join("seed.txt")).unwrap();
    std::fs::write(
        corpus.join("accra.txt"),
        "Brandt and Mensah meet in Accra\n\nAccra, 12 March 2021 - German Foreign Minister \
         Ada Brandt met Ghana's Foreign Minister Kofi Mensah in Accra on Friday. They agreed \
         to expand trade.\n\nBrandt said: \"We will meet again next year.\"\n",
    )
    .unwrap();
    let overrides = Overrides {
        corpus_dirs: vec![corpus],
        index_dir: Some(dir.join("index")),
    };
    let mut cfg = Config::load(None, &overrides).unwrap();
    cfg.index.writer_memory_mb = 20;
    let engine = Engine::open(cfg).unwrap();
    engine
        .reindex(&Default::default(), &NoProgress, &Default::default())
        .unwrap();
    engine
}

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let dir: PathBuf =
            std::env::temp_dir().join(format!("attache-fuzz-ask-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        build(&dir)
    })
}

fuzz_target!(|input: &str| {
    let engine = engine();
    let mut conv = engine.conversation();
    for q in input.lines().take(MAX_QUESTIONS) {
        let text = engine.ask(&mut conv, q).text();
        assert!(!text.trim().is_empty(), "empty answer to {q:?}");
        assert!(
            text.chars().count() <= MAX_ANSWER_CHARS,
            "answer to {q:?} too long"
        );
    }
});
