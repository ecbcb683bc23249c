//! End to end on news reports written for these tests, one or more per failure class of
//! answers on unseen news (tests/fixtures/news/: postponed meetings and calls, recalled
//! meetings and counts, datelines and undated reports, people who share a given name,
//! detail questions, yes/no, conversations that keep their people). Each question line
//! carries its `class`. The floor rises as the classes are fixed; every answer that fails
//! is printed.

use std::path::Path;
use std::process::Command;

use crate::common;

/// Questions that must pass (all of them).
const FLOOR: usize = 215;

#[test]
fn questions_of_every_class_on_news_of_our_own() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news");
    let tmp = tempfile::tempdir().unwrap();
    let out = Command::new(common::bin())
        .arg("--corpus")
        .arg(root.join("articles"))
        .arg("--index")
        .arg(tmp.path().join("idx"))
        .arg("eval")
        .arg("--min-pass-rate")
        .arg("0")
        .arg(root.join("questions.jsonl"))
        .env("ATTACHE_LOG__LEVEL", "warn")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "eval failed:\n{stdout}\n{stderr}");
    let last = stdout.lines().last().unwrap_or_default();
    let passed: usize = last
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_default();
    assert!(passed >= FLOOR, "{passed} < {FLOOR}:\n{stdout}");
}
