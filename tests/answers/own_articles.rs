//! End to end on articles written for this test (our own sentences, names, places and date
//! styles, in the three corpus formats): the same kinds of questions the acceptance sets
//! ask, through `attache eval`, so the rules are shown to hold beyond the seed and dev sets.

use std::path::Path;
use std::process::Command;

use crate::common;

#[test]
fn questions_about_articles_of_our_own_are_answered() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/answers");
    let tmp = tempfile::tempdir().unwrap();
    let out = Command::new(common::bin())
        .arg("--corpus")
        .arg(root.join("articles"))
        .arg("--index")
        .arg(tmp.path().join("idx"))
        .arg("eval")
        .arg(root.join("questions.jsonl"))
        .env("ATTACHE_LOG__LEVEL", "warn")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "eval failed:\n{stdout}\n{stderr}");
    assert!(stdout.contains("12 passed, 0 failed"), "{stdout}\n{stderr}");
}
