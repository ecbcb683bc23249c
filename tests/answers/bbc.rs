//! Retrieval at scale: questions of our own about meetings told in the BBC 2004-05 corpus
//! (../shared/corpus/bulk/bbc, 2,225 articles; the questions are in
//! tests/fixtures/bbc/questions.jsonl, no article text). The people asked about appear in
//! a few articles among thousands, and the articles carry no dates: a year is never
//! invented. Skipped when ../shared is absent.

use std::path::Path;
use std::process::Command;

use crate::common;

/// Questions that must pass (of 15).
const FLOOR: usize = 12;

#[test]
fn questions_about_meetings_in_thousands_of_articles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bbc = root.join("../shared/corpus/bulk/bbc");
    if !bbc.exists() {
        eprintln!("../shared/corpus/bulk/bbc not found: skipped");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let out = Command::new(common::bin())
        .arg("--corpus")
        .arg(&bbc)
        .arg("--index")
        .arg(tmp.path().join("idx"))
        .args(["eval", "--min-pass-rate", "0"])
        .arg(root.join("tests/fixtures/bbc/questions.jsonl"))
        .env("ATTACHE_LOG__LEVEL", "warn")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    let passed: usize = stdout
        .lines()
        .last()
        .and_then(|l| l.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_default();
    assert!(passed >= FLOOR, "{passed} < {FLOOR}:\n{stdout}");
}
