//! Incremental reindex over the bulk corpus: a full build, then one changed article, in a
//! BBC text file and inside the Reuters JSONL file (19,000 articles in one file, whose
//! unchanged lines are reused). Target: an incremental run that changes one article takes
//! well under a tenth of a full build.
//!
//! `cargo bench --bench incremental`

#[path = "common/mod.rs"]
mod common;

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use attache::engine::{BuildMode, Engine, NoProgress, ReindexOptions, ReindexReport};

/// The target: an incremental run within this share of a full build.
const TARGET_SHARE: f64 = 0.1;

fn reindex(engine: &Engine, full: bool) -> (Duration, ReindexReport) {
    let opts = ReindexOptions {
        full,
        ..ReindexOptions::default()
    };
    let t = Instant::now();
    let report = engine
        .reindex(&opts, &NoProgress, &AtomicBool::new(false))
        .expect("bulk index builds");
    (t.elapsed(), report)
}

/// Copies the bulk corpus (files only, recursively) into `to`.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let (src, dst) = (e.path(), to.join(e.file_name()));
        if src.is_dir() {
            copy_tree(&src, &dst);
        } else {
            std::fs::copy(&src, &dst).unwrap();
        }
    }
}

/// Changes one BBC article: a sentence added to its last paragraph.
fn change_bbc(corpus: &Path, round: usize) {
    let path = corpus.join("bbc/politics/001.txt");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str(&format!(" Officials met again on day {round}."));
    std::fs::write(&path, text).unwrap();
}

/// Changes one article inside the Reuters JSONL file: a word of its first line.
fn change_reuters(corpus: &Path, round: usize) {
    let path = corpus.join("reuters-21578.jsonl");
    let text = std::fs::read_to_string(&path).unwrap();
    let (first, rest) = text.split_once('\n').unwrap();
    let changed = first.replacen("\"text\": \"", &format!("\"text\": \"Round {round}. "), 1);
    assert_ne!(changed, first, "the first Reuters line has a text");
    std::fs::write(&path, format!("{changed}\n{rest}")).unwrap();
}

fn main() {
    let Some(shared) = common::shared_corpus() else {
        eprintln!("incremental bench: ../shared/corpus not found; nothing to measure");
        return;
    };
    let tmp = std::env::temp_dir().join(format!("attache-bench-incr-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let corpus = tmp.join("bulk");
    copy_tree(&shared.join("bulk"), &corpus);
    let engine = Engine::open(common::config(vec![corpus.clone()], &tmp.join("index"))).unwrap();
    let mut full = Duration::MAX;
    let mut articles = 0;
    for _ in 0..2 {
        let (t, r) = reindex(&engine, true);
        full = full.min(t);
        articles = r.ingest.articles;
    }
    println!(
        "bulk corpus, {articles} articles: full build {:.2}s (best of 2)",
        full.as_secs_f64()
    );
    for (what, change) in [
        ("one BBC file", change_bbc as fn(&Path, usize)),
        ("one article of the Reuters JSONL", change_reuters),
    ] {
        // The first change after a full build merges the large segment that held the
        // article; later ones find it in the small segment of the previous change.
        for round in 0..3 {
            change(&corpus, round);
            let (t, r) = reindex(&engine, false);
            assert_eq!(r.changes.mode, BuildMode::Incremental);
            assert_eq!(r.changes.changed, 1, "{:?}", r.changes);
            let share = t.as_secs_f64() / full.as_secs_f64();
            println!(
                "  {what} changed, run {}: {:.3}s, {:.1}% of a full build (target < {:.0}%: {})",
                round + 1,
                t.as_secs_f64(),
                share * 100.0,
                TARGET_SHARE * 100.0,
                if share < TARGET_SHARE {
                    "met"
                } else {
                    "MISSED"
                }
            );
        }
    }
    drop(engine);
    let _ = std::fs::remove_dir_all(&tmp);
}
