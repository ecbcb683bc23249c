//! Retrieval at scale: questions of our own about meetings told in the bulk corpus
//! (../shared/corpus/bulk: the BBC 2004-05 folder, 2,225 undated articles, and the Reuters
//! 1987 file, 19,043 stories). The people asked about appear in a few articles among
//! thousands; BBC articles carry no dates, so a year is never invented. The questions are
//! in tests/fixtures/{bbc,reuters}/questions.jsonl (no article text). Skipped when
//! ../shared is absent.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common;

fn bulk() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/bulk")
}

/// Runs `attache eval` over `corpus` and returns how many questions passed, with the
/// report.
fn passed(corpus: &Path, questions: &str) -> (usize, String) {
    let tmp = tempfile::tempdir().unwrap();
    let out = Command::new(common::bin())
        .arg("--corpus")
        .arg(corpus)
        .arg("--index")
        .arg(tmp.path().join("idx"))
        .args(["eval", "--min-pass-rate", "0"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join(questions))
        .env("ATTACHE_LOG__LEVEL", "warn")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{stdout}");
    let n = stdout
        .lines()
        .last()
        .and_then(|l| l.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_default();
    (n, stdout)
}

#[test]
fn questions_about_meetings_among_thousands_of_bbc_articles() {
    /// Questions that must pass (of 15).
    const FLOOR: usize = 15;
    let bbc = bulk().join("bbc");
    if !bbc.exists() {
        eprintln!("../shared/corpus/bulk/bbc not found: skipped");
        return;
    }
    let (n, report) = passed(&bbc, "tests/fixtures/bbc/questions.jsonl");
    assert!(n >= FLOOR, "{n} < {FLOOR}:\n{report}");
}

#[test]
fn questions_about_meetings_among_thousands_of_reuters_stories() {
    /// Questions that must pass (of 15).
    const FLOOR: usize = 15;
    let file = bulk().join("reuters-21578.jsonl");
    if !file.exists() {
        eprintln!("../shared/corpus/bulk/reuters-21578.jsonl not found: skipped");
        return;
    }
    // The corpus is a folder: one with just the Reuters file.
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(&file, dir.path().join("reuters-21578.jsonl")).unwrap();
    let (n, report) = passed(dir.path(), "tests/fixtures/reuters/questions.jsonl");
    assert!(n >= FLOOR, "{n} < {FLOOR}:\n{report}");
}
