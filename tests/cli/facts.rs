//! `attache facts` and `attache meetings` on the seed article: JSON shape (names, ISO
//! dates cut to precision), date order, and a clear failure for an unknown person.

use std::process::Command;

use serde_json::Value;

use crate::common::bin;

fn attache(index: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(bin())
        .args(["--corpus", "index/articles", "--index"])
        .arg(index)
        .args(args)
        .env("RUST_LOG", "error")
        .output()
        .expect("run attache")
}

#[test]
fn meetings_of_a_person_in_date_order_as_json() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = attache(dir.path(), &["meetings", "--json", "Singh"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let facts = v.as_array().expect("array");
    assert_eq!(facts.len(), 2, "{v:#}");
    assert_eq!(facts[0]["date"], "2023-04");
    assert_eq!(facts[1]["date"], "2024-11-20");
    assert_eq!(facts[1]["place"], "Vientiane");
    assert_eq!(facts[1]["country"], "Laos");
    let names: Vec<&str> = facts[1]["participants"]
        .as_array()
        .expect("participants")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(names.contains(&"Dong Jun") && names.contains(&"Rajnath Singh"));
    assert!(facts[1]["sources"][0]["paragraph"].as_u64().is_some());
}

#[test]
fn undated_meeting_has_a_null_date_and_a_human_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = attache(dir.path(), &["facts", "--json", "--person", "Modi"]);
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v[0]["date"], Value::Null);
    assert_eq!(v[0]["date_text"], "date not stated");
    assert_eq!(v[0]["occasion"], "BRICS summit");
}

#[test]
fn unknown_person_fails_with_suggestions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = attache(dir.path(), &["meetings", "Rajnat", "Sing"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Did you mean: Rajnath Singh"), "{err}");
    let text = attache(dir.path(), &["facts"]);
    assert!(text.status.success());
    assert!(String::from_utf8_lossy(&text.stdout).contains("Place: Vientiane, Laos"));
}

#[test]
fn meetings_png_writes_the_timeline_picture() {
    let dir = tempfile::tempdir().expect("tempdir");
    let picture = dir.path().join("singh.png");
    let out = attache(
        &dir.path().join("index"),
        &["meetings", "Singh", "--png", picture.to_str().unwrap()],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The list still goes to stdout; the note about the file to stderr.
    assert!(String::from_utf8_lossy(&out.stdout).contains("Dong Jun"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("timeline of 2 meetings written to"),
        "{stderr}"
    );
    let bytes = std::fs::read(&picture).expect("the PNG was written");
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let info = decoder.read_info().expect("a PNG").info().clone();
    assert_eq!(
        (info.width, info.height),
        attache::testing::timeline_size(2, 0)
    );
}
