//! Indexing wall time over the bulk corpus, with and without meeting-fact extraction.
//! Target: extraction adds at most 50% to the wall time.
//!
//! `cargo bench --bench index`

#[path = "common/mod.rs"]
mod common;

use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use attache::engine::{Engine, NoProgress, ReindexOptions};

fn run(extract: bool) -> (Duration, usize, usize) {
    let shared = common::shared_corpus().expect("checked");
    let tmp = std::env::temp_dir().join(format!("attache-bench-index-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let engine = Engine::open(common::config(vec![shared.join("bulk")], &tmp)).unwrap();
    let t = Instant::now();
    let report = engine
        .reindex(
            &ReindexOptions {
                extract,
                full: true,
            },
            &NoProgress,
            &AtomicBool::new(false),
        )
        .expect("bulk index builds");
    let elapsed = t.elapsed();
    drop(engine);
    let _ = std::fs::remove_dir_all(&tmp);
    (elapsed, report.ingest.articles, report.facts)
}

fn main() {
    if common::shared_corpus().is_none() {
        eprintln!("index bench: ../shared/corpus not found; nothing to measure");
        return;
    }
    // Warm the file cache once, then measure each mode twice and keep the best.
    run(false);
    let mut without = Duration::MAX;
    let mut with = Duration::MAX;
    let (mut articles, mut facts) = (0, 0);
    for _ in 0..2 {
        without = without.min(run(false).0);
        let (t, a, f) = run(true);
        with = with.min(t);
        articles = a;
        facts = f;
    }
    let added = with.as_secs_f64() / without.as_secs_f64() - 1.0;
    println!("indexing {articles} bulk articles:");
    println!("  without extraction: {:.2}s", without.as_secs_f64());
    println!(
        "  with extraction:    {:.2}s ({facts} facts)",
        with.as_secs_f64()
    );
    println!(
        "  extraction adds {:.0}% (target <= 50%: {})",
        added * 100.0,
        if added <= 0.5 { "met" } else { "MISSED" }
    );
    if added > 0.5 {
        std::process::exit(1);
    }
}
