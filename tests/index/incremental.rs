//! Incremental reindex: after files are added, changed and removed, a reindex reads,
//! extracts and indexes only what changed, and gives the facts, search hits and answers of
//! a full build of the same corpus; `full` and a cache made by another extractor version
//! rebuild everything; a build killed with SIGKILL leaves the previous index answering.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use attache::engine::{BuildMode, Changes, Engine, ReindexOptions, ReindexReport};
use serde_json::Value;

use crate::common::*;

fn fixtures(set: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(set)
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
    std::fs::copy(from, to).unwrap();
}

fn build(engine: &Engine, full: bool) -> ReindexReport {
    let opts = ReindexOptions {
        full,
        ..ReindexOptions::default()
    };
    engine
        .reindex(&opts, &attache::engine::NoProgress, &Default::default())
        .expect("reindex")
}

/// BM25 scores within a thousandth of each other: an incremental generation keeps the
/// statistics of the documents it deleted until its segments merge, so the same hit
/// scores a little differently than in a full build.
fn same_score(a: f32, b: f32) -> bool {
    (a - b).abs() <= 1e-3 * a.abs().max(b.abs()).max(1.0)
}

/// Every question of the answer and news sets, asked conversation by conversation: each
/// answer's text and kind.
fn answers(engine: &Engine) -> Vec<String> {
    let mut out = Vec::new();
    for set in ["answers", "news"] {
        let text = std::fs::read_to_string(fixtures(set).join("questions.jsonl")).unwrap();
        let mut conv = engine.conversation();
        let mut current = String::new();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let q: Value = serde_json::from_str(line).unwrap();
            let conversation = q["conversation"].as_str().unwrap_or_default().to_string();
            if conversation != current || conversation.is_empty() {
                conv = engine.conversation();
                current = conversation;
            }
            let a = engine.ask(&mut conv, q["question"].as_str().unwrap());
            out.push(format!("{:?} {}", a.kind, a.text()));
        }
    }
    out
}

/// The corpus before: the answer set's articles and the first half of the news set's.
fn first_corpus(corpus: &Path) -> Vec<String> {
    for e in std::fs::read_dir(fixtures("answers").join("articles")).unwrap() {
        let p = e.unwrap().path();
        copy(&p, &corpus.join("answers").join(p.file_name().unwrap()));
    }
    let mut news: Vec<PathBuf> = std::fs::read_dir(fixtures("news").join("articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    news.sort();
    let (first, rest) = news.split_at(news.len() / 2);
    for p in first {
        copy(p, &corpus.join("news").join(p.file_name().unwrap()));
    }
    rest.iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect()
}

/// Adds the rest of the news set, changes a text file and one article of a JSONL file
/// (two articles changed), and removes an HTML file (one article removed).
fn change_corpus(corpus: &Path, rest: &[String]) {
    for p in rest {
        let p = Path::new(p);
        copy(p, &corpus.join("news").join(p.file_name().unwrap()));
    }
    let nordic = corpus.join("answers/nordic-canada-oslo.txt");
    let text = std::fs::read_to_string(&nordic).unwrap();
    std::fs::write(
        &nordic,
        text.replacen("in Oslo on Tuesday", "in Bergen on Tuesday", 1),
    )
    .unwrap();
    let wires = corpus.join("answers/wires.jsonl");
    let text = std::fs::read_to_string(&wires).unwrap();
    let changed = text.replacen("in Athens", "in Thessaloniki", 1);
    assert_ne!(changed, text);
    std::fs::write(&wires, changed).unwrap();
    std::fs::remove_file(corpus.join("answers/kenya-tanzania-arusha.html")).unwrap();
}

#[test]
fn an_incremental_build_gives_the_facts_and_answers_of_a_full_one() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    let rest = first_corpus(&corpus);
    let engine = Engine::open(config(&[&corpus], &tmp.path().join("inc"))).unwrap();
    let first = build(&engine, false);
    assert_eq!(
        first.changes.mode,
        BuildMode::Full,
        "no previous generation"
    );
    let before = first.ingest.articles;

    change_corpus(&corpus, &rest);
    let report = build(&engine, false);
    let c = &report.changes;
    assert_eq!(c.mode, BuildMode::Incremental, "{c:?}");
    assert_eq!((c.changed, c.removed), (2, 1), "{c:?}");
    assert_eq!(c.unchanged, before - 3, "{c:?}");
    assert_eq!(c.added + c.changed + c.unchanged, report.ingest.articles);
    assert!(report.summary().contains(&format!(
        "Incremental: {} added, 2 changed, 1 removed, {} unchanged (skipped).",
        c.added, c.unchanged
    )));

    let full = Engine::open(config(&[&corpus], &tmp.path().join("full"))).unwrap();
    let full_report = build(&full, true);
    assert_eq!(full_report.changes.mode, BuildMode::Full);
    assert_eq!(report.ingest, full_report.ingest, "the same ingest report");
    assert_eq!(*engine.facts(), *full.facts(), "the same facts");
    assert!(!full.facts().facts.is_empty());
    let (a, b) = (engine.stats().unwrap(), full.stats().unwrap());
    assert_eq!(
        (a.articles, a.paragraphs, a.facts),
        (b.articles, b.paragraphs, b.facts)
    );
    for q in [
        "Bergen talks",
        "Thessaloniki grain corridor",
        "Arusha",
        "met in Vienna",
    ] {
        // Each hit's place and text, in order, and its score nearly alike.
        let (inc, whole) = (engine.search(q, 10), full.search(q, 10));
        assert_eq!(inc.len(), whole.len(), "hits for {q}");
        for (a, b) in inc.iter().zip(&whole) {
            let (x, y) = (
                (&a.article, a.paragraph, &a.text),
                (&b.article, b.paragraph, &b.text),
            );
            assert_eq!(x, y, "hits for {q}");
            assert!(
                same_score(a.score, b.score),
                "{q}: {} vs {}",
                a.score,
                b.score
            );
        }
    }
    assert!(
        engine.search("Arusha", 10).is_empty(),
        "removed article gone"
    );
    assert_eq!(answers(&engine), answers(&full), "the same answers");
}

#[test]
fn full_and_another_extractor_version_rebuild_everything() {
    let tmp = tempfile::tempdir().unwrap();
    let idx = tmp.path().join("idx");
    let engine = Engine::open(config(&[&seed_dir()], &idx)).unwrap();
    build(&engine, false);
    let again = build(&engine, false);
    assert_eq!(
        again.changes,
        Changes {
            mode: BuildMode::Incremental,
            unchanged: 1,
            ..Changes::default()
        }
    );
    assert_eq!(build(&engine, true).changes.mode, BuildMode::Full);

    // A cache written by another version of the extractor is not used.
    let sources = idx.join(current(&idx).unwrap()).join("sources.json");
    let text = std::fs::read_to_string(&sources).unwrap();
    assert!(text.contains("extractor "), "{text}");
    std::fs::write(&sources, text.replacen("extractor ", "extractor 999", 1)).unwrap();
    let report = build(&engine, false);
    assert_eq!(report.changes.mode, BuildMode::Full);
    assert!(
        report.summary().contains("\nFull build."),
        "{}",
        report.summary()
    );
}

#[test]
fn an_incremental_build_killed_with_sigkill_leaves_the_old_index_answering() {
    let tmp = tempfile::tempdir().unwrap();
    let idx = tmp.path().join("idx");
    let corpus = tmp.path().join("corpus");
    synthetic_corpus(&corpus, 10, 3);
    let run = |args: &[&str]| {
        let out = Command::new(bin())
            .arg("--corpus")
            .arg(&corpus)
            .arg("--index")
            .arg(&idx)
            .args(args)
            .env("ATTACHE_LOG__LEVEL", "error")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    run(&["index", "--no-extract"]);
    let old = current(&idx).unwrap();

    // Many new articles: an incremental build long enough to be caught in the middle.
    synthetic_corpus(&corpus.join("more"), 4000, 6);
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
    while Instant::now() < deadline && child.try_wait().unwrap().is_none() {
        if generations(&idx).iter().any(|g| *g != old) {
            caught = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
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

    let answer = run(&["ask", "--json", "harbour of Quillmarsh token3x1"]);
    assert!(
        answer.contains("token3x1"),
        "old index still answers: {answer}"
    );

    // The next incremental build cleans up and serves the whole corpus.
    let out = run(&["index", "--no-extract"]);
    assert!(
        out.contains("Incremental: 4000 added, 0 changed, 0 removed, 10 unchanged"),
        "{out}"
    );
    assert_eq!(generations(&idx).len(), 1);
    let answer = run(&["ask", "--json", "harbour of Quillmarsh token3999x1"]);
    assert!(answer.contains("token3999x1"), "{answer}");
}

/// Line `i` of a JSON Lines file of wire stories, each about a meeting in `city`.
fn wire(id: &str, i: usize, city: &str) -> String {
    let names = [
        ("Anika Strand", "Bruno Kessel"),
        ("Carla Moreau", "Dmitri Volkan"),
        ("Elif Arslan", "Farid Nasser"),
        ("Greta Lund", "Hugo Ferraz"),
        ("Ines Duarte", "Jonas Berg"),
        ("Kemal Ozan", "Lidia Varga"),
        ("Marta Kowal", "Nils Aho"),
    ];
    let (a, b) = names[i % names.len()];
    format!(
        "{{\"id\": \"{id}\", \"title\": \"{a} meets {b}\", \"published\": \"2024-0{}-1{}\", \
         \"text\": \"Foreign Minister {a} met Trade Minister {b} in {city} on Tuesday.\\n\\n\
         They discussed ports and grain in {city}.\"}}\n",
        1 + i % 9,
        i % 10
    )
}

/// A full build of `corpus` in a fresh index gives what `engine`'s incremental one gave.
fn same_as_full(engine: &Engine, report: &ReindexReport, corpus: &Path, index: &Path) {
    let full = Engine::open(config(&[corpus], index)).unwrap();
    let full_report = build(&full, true);
    assert_eq!(report.ingest, full_report.ingest, "the same ingest report");
    assert_eq!(*engine.facts(), *full.facts(), "the same facts");
    assert!(!full.facts().facts.is_empty());
    for q in ["Strand Kessel", "Lisbon ports", "Varga grain", "Tuesday"] {
        assert_eq!(engine.search(q, 20), full.search(q, 20), "hits for {q}");
    }
}

#[test]
fn a_changed_json_lines_file_reuses_its_unchanged_lines_and_equals_a_full_build() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    let cities = ["Oslo", "Porto", "Riga", "Lyon", "Turku", "Graz"];
    let lines: Vec<String> = cities
        .iter()
        .enumerate()
        .map(|(i, c)| wire(&format!("w{i}"), i, c))
        .collect();
    let jsonl = corpus.join("wires.jsonl");
    std::fs::write(&jsonl, lines.concat()).unwrap();
    let engine = Engine::open(config(&[&corpus], &tmp.path().join("inc"))).unwrap();
    build(&engine, false);

    // One story changed in place: only it is read again.
    let mut changed = lines.clone();
    changed[2] = wire("w2", 2, "Lisbon");
    std::fs::write(&jsonl, changed.concat()).unwrap();
    let report = build(&engine, false);
    let c = &report.changes;
    assert_eq!(
        (c.added, c.changed, c.removed, c.unchanged),
        (0, 1, 0, 5),
        "{c:?}"
    );
    same_as_full(&engine, &report, &corpus, &tmp.path().join("full1"));

    // A story inserted on top with an id a later line has, and a bad line: the numbers
    // move, ids are renamed and a line is skipped, exactly as a full build does it.
    let mut moved = vec![wire("w4", 6, "Lisbon"), "{broken\n".to_string()];
    moved.extend(changed);
    std::fs::write(&jsonl, moved.concat()).unwrap();
    let report = build(&engine, false);
    assert_eq!(report.changes.mode, BuildMode::Incremental);
    assert_eq!(report.ingest.skipped.len(), 1, "{:?}", report.ingest);
    assert!(
        !report.ingest.notices.is_empty(),
        "the repeated id is noted"
    );
    same_as_full(&engine, &report, &corpus, &tmp.path().join("full2"));

    // The bad line goes: every later line moves up by one, and is read again.
    moved.remove(1);
    std::fs::write(&jsonl, moved.concat()).unwrap();
    let report = build(&engine, false);
    same_as_full(&engine, &report, &corpus, &tmp.path().join("full3"));
}

/// Writes `text` to `path` and gives it modification time `mtime`.
fn write_at(path: &Path, text: &str, mtime: std::time::SystemTime) {
    std::fs::write(path, text).unwrap();
    let f = std::fs::File::options().write(true).open(path).unwrap();
    f.set_modified(mtime).unwrap();
}

fn talks(city: &str) -> String {
    format!(
        "---\ntitle: Talks in {city}\npublished: 2024-02-16\n---\n\
         Foreign Minister Paulo Teixeira met Foreign Minister Anna Berg in {city} on Friday.\n"
    )
}

/// Hashing is skipped for a file whose size and modification time are those of the
/// previous build (so a same-size edit that put the time back is not seen, as with git),
/// but not for one modified within two seconds before that build started ("racy").
#[test]
fn a_file_is_hashed_again_only_when_its_size_or_modification_time_changed() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    let file = corpus.join("talks.txt");
    let now = std::time::SystemTime::now();
    let ago = |minutes: u64| now - Duration::from_secs(minutes * 60);
    write_at(&file, &talks("Bergen"), ago(60));
    std::fs::write(corpus.join("other.txt"), talks("Geneva")).unwrap();
    let engine = Engine::open(config(&[&corpus], &tmp.path().join("idx"))).unwrap();
    build(&engine, false);
    let unchanged = |r: &ReindexReport| (r.changes.changed, r.changes.unchanged);

    // Touched only: hashed again, found unchanged, its new time recorded.
    write_at(&file, &talks("Bergen"), ago(50));
    assert_eq!(unchanged(&build(&engine, false)), (0, 2));
    // Same size and time as recorded: not read (the stale text stays).
    write_at(&file, &talks("Narvik"), ago(50));
    assert_eq!(unchanged(&build(&engine, false)), (0, 2));
    assert!(engine.search("Narvik", 10).is_empty());
    // Same size, new time: read, changed.
    write_at(&file, &talks("Narvik"), ago(40));
    assert_eq!(unchanged(&build(&engine, false)), (1, 1));
    assert!(!engine.search("Narvik", 10).is_empty());

    // Racy: modified less than two seconds before a build started (here: after it), then
    // again with the same size and time.
    let racy = std::time::SystemTime::now() + Duration::from_secs(60);
    write_at(&file, &talks("Tromso"), racy);
    assert_eq!(unchanged(&build(&engine, false)), (1, 1));
    write_at(&file, &talks("Alesun"), racy);
    assert_eq!(unchanged(&build(&engine, false)), (1, 1));
    assert!(!engine.search("Alesun", 10).is_empty());
}
