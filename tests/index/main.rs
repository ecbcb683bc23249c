//! The index generations: crash safety, zero-downtime swaps, and robust querying; the
//! index folder attache owns (`folder`); bounded work on hostile text (`hostile`).

#[path = "../common/mod.rs"]
mod common;

mod folder;
mod hostile;
mod incremental;

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use attache::engine::{Engine, NoProgress, Progress, ReindexOptions, Stage};
use common::*;

/// Cancels the reindex as soon as the index-writing stage starts.
struct CancelAtIndex<'a>(&'a AtomicBool);

impl Progress for CancelAtIndex<'_> {
    fn start(&self, stage: Stage, _total: u64) {
        if stage == Stage::Index {
            self.0.store(true, Ordering::SeqCst);
        }
    }
}

#[test]
fn a_reindex_that_fails_midway_leaves_the_old_index_serving() {
    let tmp = tempfile::tempdir().unwrap();
    let idx = tmp.path().join("idx");
    let seed = seed_dir();
    let engine = indexed_engine(&[&seed], &idx);
    let before = current(&idx).expect("CURRENT written");
    let mut conv = engine.conversation();
    let first = engine.ask(&mut conv, "Where did Rajnath Singh meet Dong Jun?");
    assert!(!first.sources.is_empty(), "{}", first.text());

    let cancel = AtomicBool::new(false);
    let err = engine
        .reindex(&ReindexOptions::default(), &CancelAtIndex(&cancel), &cancel)
        .expect_err("cancelled reindex fails");
    assert!(err.to_string().contains("cancel"), "{err}");

    assert_eq!(current(&idx).as_deref(), Some(before.as_str()));
    assert_eq!(
        generations(&idx),
        vec![before.clone()],
        "half-built generation removed"
    );
    let again = engine.ask(
        &mut engine.conversation(),
        "Where did Rajnath Singh meet Dong Jun?",
    );
    assert_eq!(first.text(), again.text());

    // A fresh process (engine) starts on the old generation, and the next reindex works.
    let reopened = Engine::open(config(&[&seed], &idx)).unwrap();
    assert_eq!(reopened.stats().unwrap().articles, 1);
    common::reindex(&reopened).unwrap();
    assert_ne!(current(&idx).as_deref(), Some(before.as_str()));
    assert_eq!(
        generations(&idx).len(),
        1,
        "old generation removed after the swap"
    );
}

#[test]
fn a_reindex_with_no_readable_article_keeps_the_previous_index() {
    let tmp = tempfile::tempdir().unwrap();
    let idx = tmp.path().join("idx");
    let corpus = tmp.path().join("corpus");
    synthetic_corpus(&corpus, 3, 2);
    let engine = indexed_engine(&[&corpus], &idx);
    let before = current(&idx).unwrap();
    for e in std::fs::read_dir(&corpus).unwrap() {
        std::fs::remove_file(e.unwrap().path()).unwrap();
    }
    let err = common::reindex(&engine).expect_err("nothing to index");
    assert!(err.to_string().contains("no article"), "{err}");
    assert_eq!(current(&idx), Some(before));
    assert_eq!(engine.stats().unwrap().articles, 3);
}

#[test]
fn a_reindex_killed_with_sigkill_leaves_the_old_index_answering() {
    let tmp = tempfile::tempdir().unwrap();
    let idx = tmp.path().join("idx");
    let corpus = tmp.path().join("corpus");
    synthetic_corpus(&corpus, 10, 3);
    let run = |args: &[&str]| {
        Command::new(bin())
            .arg("--corpus")
            .arg(&corpus)
            .arg("--index")
            .arg(&idx)
            .args(args)
            .env("ATTACHE_LOG__LEVEL", "error")
            .output()
            .unwrap()
    };
    let out = run(&["index"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let old = current(&idx).unwrap();

    // Make the next build long enough to be caught in the middle.
    synthetic_corpus(&corpus, 4000, 6);
    let mut child = Command::new(bin())
        .arg("--corpus")
        .arg(&corpus)
        .arg("--index")
        .arg(&idx)
        .args(["index", "--no-extract"])
        .env("ATTACHE_LOG__LEVEL", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut caught = false;
    while Instant::now() < deadline {
        if generations(&idx).iter().any(|g| *g != old) {
            caught = true;
            break;
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    // Let it write some segment files before the kill.
    std::thread::sleep(Duration::from_millis(150));
    child.kill().unwrap(); // SIGKILL
    let status = child.wait().unwrap();
    assert!(caught, "the build never started a new generation");
    assert!(!status.success(), "the build was killed before finishing");

    assert_eq!(
        current(&idx).as_deref(),
        Some(old.as_str()),
        "CURRENT untouched"
    );
    assert!(
        generations(&idx).len() >= 2,
        "the killed build left its folder"
    );
    let out = run(&["ask", "--json", "harbour of Quillmarsh token3x1"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        answer["answer"].as_str().unwrap().contains("token3x1"),
        "old index still answers: {answer}"
    );

    // The next build cleans up after the killed one and serves the new corpus.
    let out = run(&["index", "--no-extract"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let gens = generations(&idx);
    assert_eq!(gens.len(), 1, "{gens:?}");
    assert_ne!(gens[0], old);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Indexed 4000 articles"));
}

#[test]
fn questions_are_answered_while_a_reindex_runs() {
    let tmp = tempfile::tempdir().unwrap();
    let idx = tmp.path().join("idx");
    let corpus = tmp.path().join("corpus");
    synthetic_corpus(&corpus, 5, 2);
    let engine = Arc::new(indexed_engine(&[&corpus], &idx));
    let old = current(&idx).unwrap();
    synthetic_corpus(&corpus.join("more"), 1500, 4);

    let builder = {
        let engine = engine.clone();
        std::thread::spawn(move || {
            engine.reindex(
                &ReindexOptions {
                    extract: false,
                    ..ReindexOptions::default()
                },
                &NoProgress,
                &AtomicBool::new(false),
            )
        })
    };
    // The big corpus lands in a subfolder only now, so the build below is a long one.
    let mut answered_during = 0;
    while !builder.is_finished() {
        if engine.is_reindexing() {
            let a = engine.ask(&mut engine.conversation(), "Quillmarsh harbour token2x1");
            assert!(a.text().contains("token2x1"), "{}", a.text());
            answered_during += 1;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let report = builder.join().unwrap().unwrap();
    assert!(
        answered_during > 0,
        "no question was asked during the reindex"
    );
    assert_eq!(report.ingest.articles, 1505);
    assert_ne!(current(&idx).unwrap(), old);
    assert_eq!(engine.stats().unwrap().articles, 1505);
    let a = engine.ask(&mut engine.conversation(), "token7x2 Quillmarsh");
    assert!(
        a.text().contains("token7x2"),
        "new generation serves: {}",
        a.text()
    );
}

#[test]
fn a_second_reindex_is_refused_while_one_runs() {
    let tmp = tempfile::tempdir().unwrap();
    let idx = tmp.path().join("idx");
    let corpus = tmp.path().join("corpus");
    synthetic_corpus(&corpus, 800, 4);
    let engine = Arc::new(Engine::open(config(&[&corpus], &idx)).unwrap());
    let builder = {
        let engine = engine.clone();
        std::thread::spawn(move || {
            engine.reindex(
                &ReindexOptions {
                    extract: false,
                    ..ReindexOptions::default()
                },
                &NoProgress,
                &AtomicBool::new(false),
            )
        })
    };
    let mut refused = false;
    while !builder.is_finished() {
        if engine.is_reindexing() {
            let err = common::reindex(&engine).expect_err("second reindex refused");
            assert!(err.to_string().contains("already running"), "{err}");
            refused = true;
            break;
        }
        std::thread::yield_now();
    }
    builder.join().unwrap().unwrap();
    assert!(refused, "never saw the first reindex running");
}

#[test]
fn hostile_questions_are_answered_without_error() {
    let tmp = tempfile::tempdir().unwrap();
    let idx = tmp.path().join("idx");
    let engine = indexed_engine(&[&seed_dir()], &idx);
    let long = "meeting ".repeat(500);
    let questions = [
        "title:x AND (\" OR * ~ ^",
        "title:foo AND (\"unbalanced OR * ~~ ^^",
        "",
        "   ",
        &long[..4000],
        "🤝🇮🇳🇨🇳 when did they meet? 🙏",
        "متى التقى الوزيران؟",
        "מתי הם נפגשו",
        "\u{202e}reversed\u{202c} text",
        "-- ; DROP TABLE articles; --",
        "+Singh -Dong ~Vientiane^2 \"Nov. 20\"~3",
        "\0\u{1}\u{7f}",
    ];
    for q in questions {
        let mut conv = engine.conversation();
        let a = engine.ask(&mut conv, q);
        let text = a.text();
        assert!(!text.trim().is_empty(), "empty answer for {q:?}");
        let lower = text.to_lowercase();
        for bad in [
            "syntax error",
            "query parser",
            "panicked",
            "stack backtrace",
        ] {
            assert!(!lower.contains(bad), "{q:?} gave {text}");
        }
    }
}

#[test]
fn search_terms_never_carry_query_syntax() {
    let tmp = tempfile::tempdir().unwrap();
    let idx = tmp.path().join("idx");
    let engine = indexed_engine(&[&seed_dir()], &idx);
    let hits = engine.search("title:Vientiane AND (\"Singh OR *", 5);
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h.score.is_finite()));
    assert!(engine.search("*** ((( ~~~", 5).is_empty());
}
