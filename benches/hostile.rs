//! Indexing and answering over hostile text, beside normal news: 1 MB and 20 MB
//! one-paragraph articles (time per MB), an article of 100,000 tiny paragraphs (time per
//! paragraph), lines of words of 2 and 20 MB without punctuation or line break (time per
//! MB), and a fallback question over the 20 MB article. Normal news is the bulk
//! corpus of `../shared` when it exists, else generated articles of ordinary paragraphs.
//! Everything hostile is generated in a temporary folder at run time.
//! Targets: per MB and per paragraph within 2x of normal news; the 20 MB line of words
//! within 1.5x the time per MB of the 2 MB one; the fallback question under 50 ms.
//!
//! `cargo bench --bench hostile`

#[path = "common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use attache::engine::{Engine, NoProgress, ReindexOptions};

/// Words of ordinary news sentences, cycled.
const WORDS: &[&str] = &[
    "the",
    "committee",
    "said",
    "fishing",
    "quotas",
    "would",
    "be",
    "cut",
    "after",
    "talks",
    "in",
    "Brussels",
    "on",
    "Monday",
    "officials",
    "from",
    "Norway",
    "met",
    "last",
    "year",
    "discussed",
    "catches",
    "boats",
    "harbour",
    "fleet",
    "agreed",
    "plan",
    "review",
    "will",
    "meet",
    "again",
    "May",
    "2019",
    "spokesman",
    "council",
    "members",
    "voted",
    "proposal",
];

/// The question asked of the hostile index: no fact answers it, so the fallback reads.
const QUESTION: &str = "What did the committee say about fishing quotas?";

/// Rounds of the question; the median is reported.
const ROUNDS: usize = 20;

/// About `bytes` of sentences in one paragraph.
fn sentences(bytes: usize, seed: usize) -> String {
    let mut text = String::with_capacity(bytes + 200);
    let mut i = seed;
    while text.len() < bytes {
        let len = 8 + i % 11;
        let words: Vec<&str> = (0..len)
            .map(|k| WORDS[(i * 7 + k * 3) % WORDS.len()])
            .collect();
        let sentence = words.join(" ");
        let mut chars = sentence.chars();
        text.push_str(&chars.next().unwrap().to_uppercase().to_string());
        text.push_str(chars.as_str());
        text.push_str(". ");
        i += 1;
    }
    text.trim_end().to_string()
}

/// About `bytes` of words in one line: no punctuation, no line break (ingest splits it at
/// word boundaries, and each piece is one sentence of 20,000 characters).
fn line_of_words(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 20);
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(WORDS[(i * 7 + i / WORDS.len() * 3) % WORDS.len()]);
        text.push(' ');
        i += 1;
    }
    text.trim_end().to_string()
}

fn write_article(dir: &Path, name: &str, paragraphs: &[String]) {
    std::fs::create_dir_all(dir).unwrap();
    let body = paragraphs.join("\n\n");
    let text = format!("---\ntitle: {name}\npublished: 2024-03-04\n---\n\n{body}\n");
    std::fs::write(dir.join(format!("{name}.txt")), text).unwrap();
}

/// A corpus folder under `root` and the bytes of its paragraphs.
fn generate(root: &Path, case: &str) -> (PathBuf, usize) {
    let dir = root.join(case);
    let paragraphs: Vec<String> = match case {
        "one-paragraph-1mb" => vec![sentences(1 << 20, 0)],
        "one-paragraph-20mb" => vec![sentences(20 << 20, 0)],
        "line-of-words-2mb" => vec![line_of_words(2 << 20)],
        "line-of-words-20mb" => vec![line_of_words(20 << 20)],
        "tiny-paragraphs" => (0..100_000)
            .map(|i| format!("Item {i} of the list."))
            .collect(),
        _ => {
            // 2,000 articles of 8 ordinary paragraphs.
            for a in 0..2_000 {
                let ps: Vec<String> = (0..8).map(|p| sentences(400, a * 8 + p)).collect();
                write_article(&dir, &format!("a{a}"), &ps);
            }
            return (dir.clone(), 2_000 * 8 * 400);
        }
    };
    let bytes = paragraphs.iter().map(String::len).sum();
    write_article(&dir, case, &paragraphs);
    (dir, bytes)
}

/// Index time, paragraphs indexed, and the engine over the index.
fn index(corpus: PathBuf, index: &Path) -> (Duration, usize, Engine) {
    let engine = Engine::open(common::config(vec![corpus], index)).unwrap();
    let t = Instant::now();
    let report = engine
        .reindex(
            &ReindexOptions::default(),
            &NoProgress,
            &AtomicBool::new(false),
        )
        .expect("index builds");
    (t.elapsed(), report.ingest.paragraphs, engine)
}

fn per_mb(d: Duration, bytes: usize) -> f64 {
    d.as_secs_f64() / (bytes as f64 / (1 << 20) as f64)
}

fn per_paragraph_us(d: Duration, paragraphs: usize) -> f64 {
    d.as_secs_f64() * 1e6 / paragraphs.max(1) as f64
}

fn verdict(ok: bool) -> &'static str {
    if ok { "met" } else { "MISSED" }
}

/// The normal-news reference: (seconds per MB, microseconds per paragraph, what it is).
fn normal(root: &Path) -> (f64, f64, String) {
    let (corpus, bytes, what) = match common::shared_corpus() {
        Some(shared) => {
            let bulk = shared.join("bulk");
            let bytes = dir_bytes(&bulk);
            (bulk, bytes, "the bulk news corpus".to_string())
        }
        None => {
            let (dir, bytes) = generate(root, "normal");
            (
                dir,
                bytes,
                "2,000 generated articles of 8 paragraphs".to_string(),
            )
        }
    };
    let (t, paragraphs, _) = index(corpus, &root.join("idx-normal"));
    let what = format!(
        "{what}: {:.1} MB, {paragraphs} paragraphs in {:.2} s",
        bytes as f64 / 1e6,
        t.as_secs_f64()
    );
    (per_mb(t, bytes), per_paragraph_us(t, paragraphs), what)
}

fn dir_bytes(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| match e.metadata() {
                    Ok(m) if m.is_dir() => dir_bytes(&e.path()),
                    Ok(m) => m.len() as usize,
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}

/// The median time of the fallback question over `engine`, with the answer's length.
fn ask(engine: &Engine) -> (Duration, usize) {
    let mut times = Vec::new();
    let mut len = 0;
    for _ in 0..ROUNDS {
        let t = Instant::now();
        let answer = engine.ask(&mut engine.conversation(), QUESTION);
        times.push(t.elapsed());
        len = answer.text().chars().count();
    }
    times.sort();
    (common::quantile(&times, 0.5), len)
}

/// A line of words 10 times longer takes at most this much more time per MB: time
/// proportional to the text, with a margin for the machine's noise.
const LINE_PER_MB_GROWTH: f64 = 1.5;

/// Lines of words of 2 and 20 MB (no punctuation, no line break): the time per MB of the
/// longer within [`LINE_PER_MB_GROWTH`] of the shorter's. True when met.
fn lines_of_words(root: &Path, normal_mb: f64) -> bool {
    let mut per = Vec::new();
    for case in ["line-of-words-2mb", "line-of-words-20mb"] {
        let (corpus, bytes) = generate(root, case);
        let (t, paragraphs, _) = index(corpus, &root.join(format!("idx-{case}")));
        let mb = per_mb(t, bytes);
        println!(
            "{case}: {:.2} s ({paragraphs} paragraphs after splitting), {mb:.3} s/MB, {:.1}x normal",
            t.as_secs_f64(),
            mb / normal_mb
        );
        per.push(mb);
    }
    let growth = per[1] / per[0];
    let met = growth <= LINE_PER_MB_GROWTH;
    println!(
        "line of words, 20 MB against 2 MB: {growth:.2}x the time per MB (target <= {LINE_PER_MB_GROWTH}x: {})",
        verdict(met)
    );
    met
}

fn main() {
    let root = std::env::temp_dir().join(format!("attache-bench-hostile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let (normal_mb, normal_par, what) = normal(&root);
    println!("normal news ({what}): {normal_mb:.3} s/MB, {normal_par:.1} us/paragraph");
    let mut ok = true;
    let mut big = None;
    for case in ["one-paragraph-1mb", "one-paragraph-20mb"] {
        let (corpus, bytes) = generate(&root, case);
        let (t, paragraphs, engine) = index(corpus, &root.join(format!("idx-{case}")));
        let mb = per_mb(t, bytes);
        let met = mb <= 2.0 * normal_mb;
        ok &= met;
        println!(
            "{case}: {:.2} s ({paragraphs} paragraphs after splitting), {mb:.3} s/MB, {:.1}x normal (target <= 2x: {})",
            t.as_secs_f64(),
            mb / normal_mb,
            verdict(met)
        );
        big = Some(engine);
    }
    ok &= lines_of_words(&root, normal_mb);
    let (corpus, _) = generate(&root, "tiny-paragraphs");
    let (t, paragraphs, _) = index(corpus, &root.join("idx-tiny"));
    let par = per_paragraph_us(t, paragraphs);
    let met = par <= 2.0 * normal_par;
    ok &= met;
    println!(
        "100,000 tiny paragraphs: {:.2} s, {par:.1} us/paragraph, {:.1}x normal (target <= 2x: {})",
        t.as_secs_f64(),
        par / normal_par,
        verdict(met)
    );
    let engine = big.expect("the 20 MB index");
    let (median, len) = ask(&engine);
    let met = median <= Duration::from_millis(50);
    ok &= met;
    println!(
        "fallback question over the 20 MB article: median {} of {ROUNDS}, answer {len} chars (target < 50 ms: {})",
        common::ms(median),
        verdict(met)
    );
    drop(engine);
    let _ = std::fs::remove_dir_all(&root);
    if !ok {
        std::process::exit(1);
    }
}
