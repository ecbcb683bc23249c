//! Extraction speed on the bulk corpus (../shared/corpus/bulk, 21k articles): prints the
//! time of ingest and of extraction. Ignored by default (run with `--ignored --release`);
//! skipped when ../shared is absent.

use std::path::PathBuf;
use std::time::Instant;

use attache::config::IngestConfig;
use attache::extract::extract;
use attache::ingest::{self, IngestReport};

#[test]
#[ignore = "measurement on the bulk corpus; run with --release --ignored"]
fn bulk_extraction_speed() {
    let dir = PathBuf::from("../shared/corpus/bulk");
    if !dir.is_dir() {
        eprintln!("skipped: ../shared/corpus/bulk is absent");
        return;
    }
    let t0 = Instant::now();
    let mut report = IngestReport::default();
    let cfg = IngestConfig::default();
    let articles: Vec<_> = ingest::walk(&[dir], &mut report)
        .iter()
        .flat_map(|f| ingest::read(f, &cfg, &mut report))
        .collect();
    let ingest_time = t0.elapsed();
    let t1 = Instant::now();
    let store = extract(&articles);
    let extract_time = t1.elapsed();
    println!(
        "{} articles: ingest {:.2}s, extract {:.2}s ({} facts, {} people)",
        articles.len(),
        ingest_time.as_secs_f64(),
        extract_time.as_secs_f64(),
        store.facts.len(),
        store.people.len()
    );
    assert!(!store.facts.is_empty());
}
