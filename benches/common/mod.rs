//! Shared by the benchmarks: locating `../shared`, configs, percentiles.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use attache::config::{Config, Overrides};

/// `../shared/corpus`, or `None` (the benchmark then says it cannot run).
pub fn shared_corpus() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    p.is_dir().then_some(p)
}

/// A config over the given corpus folders with its index in `index`.
pub fn config(corpus: Vec<PathBuf>, index: &Path) -> Config {
    let overrides = Overrides {
        corpus_dirs: corpus,
        index_dir: Some(index.to_path_buf()),
    };
    Config::load(None, &overrides).expect("config loads")
}

/// The `q`-quantile (0..=1) of sorted durations.
pub fn quantile(sorted: &[Duration], q: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() - 1) as f64 * q).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// Milliseconds with three decimals.
pub fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}
