//! Helpers shared by the integration tests: temporary corpora and engines, reading folders
//! through ingest, and (in submodules) the invented articles the answerer is asked about
//! with their hand-made facts and a word-overlap retriever.

#![allow(dead_code)]

pub mod invented;
pub mod retriever;
pub mod web;

use std::path::{Path, PathBuf};

use attache::config::{Config, IngestConfig, Overrides};
use attache::engine::{Engine, NoProgress, ReindexOptions, ReindexReport};
use attache::testing::{self as ingest, Article, IngestReport};

/// The seed article shipped with the repository.
pub fn seed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("index/articles")
}

/// A temporary working folder with a copy of the seed corpus under `articles/`.
pub fn seed_workdir() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let articles = tmp.path().join("articles");
    std::fs::create_dir_all(&articles).unwrap();
    for e in std::fs::read_dir(seed_dir()).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, articles.join(p.file_name().unwrap())).unwrap();
    }
    tmp
}

/// A config over `corpus` with its index in `index`, ignoring config files and the
/// environment's defaults except what the test sets.
pub fn config(corpus: &[&Path], index: &Path) -> Config {
    let overrides = Overrides {
        corpus_dirs: corpus.iter().map(|p| p.to_path_buf()).collect(),
        index_dir: Some(index.to_path_buf()),
    };
    let mut cfg = Config::load(None, &overrides).expect("config loads");
    cfg.index.writer_memory_mb = 20;
    cfg
}

/// An engine over `corpus`, indexed.
pub fn indexed_engine(corpus: &[&Path], index: &Path) -> Engine {
    let engine = Engine::open(config(corpus, index)).expect("engine opens");
    engine
        .reindex(&Default::default(), &NoProgress, &Default::default())
        .expect("reindex succeeds");
    engine
}

/// Reads `dirs` through ingest as a reindex does (walk, then read each file), with `cfg`.
pub fn ingest_with(dirs: &[PathBuf], cfg: &IngestConfig) -> (Vec<Article>, IngestReport) {
    let mut report = IngestReport::default();
    let articles = ingest::walk(dirs, &mut report)
        .iter()
        .flat_map(|f| ingest::read(f, cfg, &mut report))
        .collect();
    (articles, report)
}

/// The articles of `dirs`, read with the default limits.
pub fn read_articles(dirs: &[PathBuf]) -> Vec<Article> {
    ingest_with(dirs, &IngestConfig::default()).0
}

/// Writes `n` small synthetic articles (distinct words per article) under `dir`.
pub fn synthetic_corpus(dir: &Path, n: usize, paragraphs: usize) {
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..n {
        let mut text = format!("---\ntitle: Synthetic report {i}\n---\n");
        for p in 0..paragraphs {
            text.push_str(&format!(
                "Paragraph {p} of report {i} mentions the harbour of Quillmarsh and \
                 token{i}x{p} among ordinary words about weather, trade and rivers.\n\n"
            ));
        }
        std::fs::write(dir.join(format!("report-{i:05}.txt")), text).unwrap();
    }
}

/// Path of the built `attache` binary.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_attache")
}

/// The generation folders under an index root.
pub fn generations(index: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(index)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with("gen-"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// What `CURRENT` names.
pub fn current(index: &Path) -> Option<String> {
    std::fs::read_to_string(index.join("CURRENT"))
        .ok()
        .map(|s| s.trim().to_string())
}

/// A plain reindex of `engine`: default options, no progress, never cancelled.
pub fn reindex(engine: &Engine) -> anyhow::Result<ReindexReport> {
    engine.reindex(
        &ReindexOptions::default(),
        &NoProgress,
        &std::sync::atomic::AtomicBool::new(false),
    )
}
