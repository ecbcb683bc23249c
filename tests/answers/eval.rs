//! `attache eval` through the binary: a small corpus and question file of our own in a temp
//! dir (pass/fail lines, exit codes, --json, a bad regex), and — when ../shared exists — the
//! seed question file.

use std::path::Path;
use std::process::{Command, Output};

use crate::common::bin;

const ARTICLE: &str = "---
title: Coastal ministers agree on fishing patrols
url: https://example.org/news/coastal-patrols
published: 2021-03-04
---
Marine Minister Mira Okafor of Tamsinia met her Velorian counterpart Jonas Brandt in Port Halden on 3 March 2021 for talks on fishing rights.

The two ministers agreed to run joint patrols against illegal trawlers from the summer.

Okafor handed Brandt a letter from her prime minister inviting him to Tamsinia.

Brandt described the talks as \"frank and long overdue\".
";

fn run(corpus: &Path, index: &Path, args: &[&str]) -> Output {
    Command::new(bin())
        .arg("--corpus")
        .arg(corpus)
        .arg("--index")
        .arg(index)
        .args(args)
        .output()
        .expect("run attache")
}

fn setup(questions: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(corpus.join("patrols.txt"), ARTICLE).unwrap();
    let q = dir.path().join("q.jsonl");
    std::fs::write(&q, questions).unwrap();
    (dir, q)
}

const QUESTIONS: &str = r#"{"id": "own-1", "conversation": "a", "question": "What did Okafor hand Brandt?", "expect": ["(?i)letter"], "forbid": []}
{"id": "own-2", "conversation": "b", "question": "What is the capital of Peru?", "expect": ["(?i)couldn't find|don't"], "forbid": ["(?i)lima"]}
{"id": "own-3", "conversation": "c", "question": "When did Mira Okafor meet Jonas Brandt?", "expect": ["(?i)march", "2021"], "forbid": []}
{"id": "own-4", "conversation": "c", "question": "this one must fail", "expect": ["(?i)zebra crossing"], "forbid": []}
"#;

#[test]
fn eval_reports_failures_and_counts() {
    let (dir, q) = setup(QUESTIONS);
    let corpus = dir.path().join("corpus");
    let index = dir.path().join("index");
    let out = run(
        &corpus,
        &index,
        &["eval", q.to_str().unwrap(), "--min-pass-rate", "0.7"],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stdout.trim_end().ends_with("3 passed, 1 failed"),
        "{stdout}\n{stderr}"
    );
    assert!(stdout.contains("FAIL own-4"), "{stdout}");
    assert!(stdout.contains("zebra crossing"), "{stdout}");
    assert!(!stdout.contains("FAIL own-1"), "{stdout}");
    assert_eq!(out.status.code(), Some(0), "3/4 >= 0.7");

    // Default: all must pass.
    let out = run(&corpus, &index, &["eval", q.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));

    // JSON: one object with every result.
    let out = run(
        &corpus,
        &index,
        &[
            "eval",
            q.to_str().unwrap(),
            "--json",
            "--min-pass-rate",
            "0.5",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json output");
    assert_eq!(v["passed"], 3);
    assert_eq!(v["failed"], 1);
    assert_eq!(v["results"].as_array().map(Vec::len), Some(4));
    assert_eq!(v["results"][3]["failures"][0]["rule"], "expect");
}

#[test]
fn eval_rejects_a_bad_regex_naming_the_line() {
    let (dir, q) = setup(
        "{\"id\": \"x\", \"question\": \"When?\"}\n{\"id\": \"y\", \"question\": \"When?\", \"forbid\": [\"(oops\"]}\n",
    );
    let out = run(
        &dir.path().join("corpus"),
        &dir.path().join("index"),
        &["eval", q.to_str().unwrap()],
    );
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(":2") && stderr.contains("forbid"),
        "{stderr}"
    );
}

#[test]
fn seed_question_file_passes() {
    let corpus = Path::new("../shared/corpus/seed");
    let questions = Path::new("../shared/qa/seed.jsonl");
    if !corpus.is_dir() || !questions.is_file() {
        eprintln!("skipped: ../shared is absent");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let out = run(
        corpus,
        &dir.path().join("index"),
        &["eval", questions.to_str().unwrap()],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let last = stdout.lines().last().unwrap_or_default();
    assert_eq!(last, "22 passed, 0 failed", "{stdout}");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn dev_question_file_reaches_ninety_percent() {
    let seed = Path::new("../shared/corpus/seed");
    let dev = Path::new("../shared/corpus/dev");
    let questions = Path::new("../shared/qa/dev.jsonl");
    if !seed.is_dir() || !dev.is_dir() || !questions.is_file() {
        eprintln!("skipped: ../shared is absent");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let out = Command::new(bin())
        .arg("--corpus")
        .arg(seed)
        .arg("--corpus")
        .arg(dev)
        .arg("--index")
        .arg(dir.path().join("index"))
        .args([
            "eval",
            questions.to_str().unwrap(),
            "--min-pass-rate",
            "0.9",
        ])
        .output()
        .expect("run attache");
    let stdout = String::from_utf8_lossy(&out.stdout);
    eprintln!("dev: {}", stdout.lines().last().unwrap_or_default());
    assert_eq!(out.status.code(), Some(0), "{stdout}");
}

#[test]
fn failed_fact_answers_count_as_confidently_wrong() {
    // own-x fails on a templated fact (a wrong expectation of the year); own-y fails on a
    // "not found" answer, which is not stated with confidence.
    let questions = r#"{"id": "own-x", "question": "When did Ada Lind meet Kofi Mensah?", "expect": ["1999"], "forbid": []}
{"id": "own-y", "question": "What is the capital of Peru?", "expect": ["(?i)lima"], "forbid": []}
"#;
    let (dir, q) = setup(questions);
    let corpus = dir.path().join("corpus");
    std::fs::write(
        corpus.join("accra.txt"),
        "German Foreign Minister Ada Lind met Ghana's Foreign Minister Kofi Mensah in Accra on 3 March 2021.\n",
    )
    .unwrap();
    let out = run(
        &corpus,
        &dir.path().join("index"),
        &["eval", q.to_str().unwrap(), "--min-pass-rate", "0"],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.trim_end().lines().collect();
    assert_eq!(
        lines[lines.len() - 2..],
        ["1 confidently wrong", "0 passed, 2 failed"],
        "{stdout}"
    );
    assert!(
        stdout.contains("FAIL own-x (confidently wrong)"),
        "{stdout}"
    );
    assert!(stdout.contains("FAIL own-y: "), "{stdout}");
}
