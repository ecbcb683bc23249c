//! `attache gaps`: questions `ask` and `chat` could not answer are kept in the index folder
//! (question, "command line", time) and listed most recent and most frequent first;
//! answered questions and `eval` keep nothing.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use crate::common::*;

/// A question the seed article cannot answer.
const UNKNOWN: &str = "When did Zorblax Quint meet Ulla Varnhagen?";

fn attache(dir: &Path, args: &[&str], input: Option<&str>) -> Output {
    let mut child = Command::new(bin())
        .current_dir(dir)
        .args(["--corpus", "articles", "--index", "idx"])
        .args(args)
        .env_remove("RUST_LOG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input.unwrap_or("").as_bytes()).unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn gaps_json(dir: &Path) -> serde_json::Value {
    let out = attache(dir, &["gaps", "--json"], None);
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn unanswered_questions_of_ask_and_chat_are_listed_and_answered_ones_are_not() {
    let tmp = seed_workdir();
    let dir = tmp.path();
    let out = attache(dir, &["ask", "--json", UNKNOWN], None);
    let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(answer["kind"], "not_found", "{answer}");
    let answered = attache(dir, &["ask", "--json", "When did they last meet?"], None);
    let answered: serde_json::Value = serde_json::from_slice(&answered.stdout).unwrap();
    assert_ne!(answered["kind"], "not_found", "{answered}");
    attache(
        dir,
        &["chat"],
        Some(&format!("{}\n\n???\n", UNKNOWN.to_lowercase())),
    );

    let report = gaps_json(dir);
    assert_eq!(report["total"], 2, "{report}");
    let recent = report["recent"].as_array().unwrap();
    assert_eq!(recent[0]["question"], UNKNOWN.to_lowercase());
    assert_eq!(recent[1]["question"], UNKNOWN);
    assert_eq!(recent[0]["asked_in"], "command line");
    assert!(recent[0]["at"].as_str().unwrap().ends_with('Z'), "{report}");
    assert_eq!(report["frequent"][0]["count"], 2, "{report}");

    let text = String::from_utf8(attache(dir, &["gaps"], None).stdout).unwrap();
    assert!(text.contains("Unanswered questions: 2 kept."), "{text}");
    assert!(
        text.contains(&format!("(command line): {UNKNOWN}")),
        "{text}"
    );
    assert!(
        text.contains(&format!("2x: {}", UNKNOWN.to_lowercase())),
        "{text}"
    );
    assert!(dir.join("idx/gaps.jsonl").is_file());
}

#[test]
fn eval_records_nothing_and_max_entries_bounds_the_store() {
    let tmp = seed_workdir();
    let dir = tmp.path();
    let case = serde_json::json!({"id": "x", "question": UNKNOWN, "expect": [], "forbid": []});
    std::fs::write(dir.join("q.jsonl"), format!("{case}\n")).unwrap();
    attache(dir, &["eval", "q.jsonl"], None);
    assert_eq!(gaps_json(dir)["total"], 0);
    let text = String::from_utf8(attache(dir, &["gaps"], None).stdout).unwrap();
    assert_eq!(text.trim(), "No unanswered questions are recorded.");

    std::fs::write(dir.join("two.toml"), "[gaps]\nmax_entries = 2\n").unwrap();
    let questions: String = (1..=3).map(|i| format!("{UNKNOWN} ({i})\n")).collect();
    attache(dir, &["--config", "two.toml", "chat"], Some(&questions));
    let report = gaps_json(dir);
    assert_eq!(report["total"], 2, "{report}");
    assert_eq!(report["recent"][1]["question"], format!("{UNKNOWN} (2)"));
}
