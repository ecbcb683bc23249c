//! Answering latency, warm, over an index of the bulk corpus (plus the seed and dev
//! articles, so that fact lookups have meetings to find). Target: p99 <= 5 ms a question.
//!
//! `cargo bench --bench answer` (builds the index once into `target/bench-index-answer`;
//! set `BENCH_REBUILD=1` to rebuild it).

#[path = "common/mod.rs"]
mod common;

use std::sync::atomic::AtomicBool;
use std::time::Instant;

use attache::engine::{Engine, NoProgress, ReindexOptions};

const ROUNDS: usize = 20;

fn main() {
    let Some(shared) = common::shared_corpus() else {
        eprintln!("answer bench: ../shared/corpus not found; nothing to measure");
        return;
    };
    let index = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-index-answer");
    let cfg = common::config(
        vec![shared.join("bulk"), shared.join("seed"), shared.join("dev")],
        &index,
    );
    let engine = Engine::open(cfg).expect("engine opens");
    if !engine.has_index() || std::env::var_os("BENCH_REBUILD").is_some() {
        let t = Instant::now();
        let r = engine
            .reindex(
                &ReindexOptions::default(),
                &NoProgress,
                &AtomicBool::new(false),
            )
            .expect("bulk index builds");
        eprintln!(
            "built the index: {} articles, {} facts in {:.1}s",
            r.ingest.articles,
            r.facts,
            t.elapsed().as_secs_f64()
        );
    }
    let mut questions: Vec<String> = Vec::new();
    for file in ["seed.jsonl", "dev.jsonl"] {
        let path = shared.join("../qa").join(file);
        if let Ok(text) = std::fs::read_to_string(&path) {
            for line in text.lines() {
                if let Ok(v) = serde_json::from_str::<serde_json::Value>(line)
                    && let Some(q) = v["question"].as_str()
                {
                    questions.push(q.to_string());
                }
            }
        }
    }
    questions.extend(
        [
            "When did the finance ministers meet?",
            "What did the Bank of England decide about interest rates?",
            "Who did Tony Blair meet in Washington?",
            "When did OPEC ministers last meet?",
            "What did the G7 agree?",
            "Where was that?",
        ]
        .map(String::from),
    );
    // Warm up: every question once.
    let mut conv = engine.conversation();
    for q in &questions {
        engine.ask(&mut conv, q);
    }
    let mut times = Vec::with_capacity(questions.len() * ROUNDS);
    let mut slowest = vec![std::time::Duration::ZERO; questions.len()];
    for _ in 0..ROUNDS {
        let mut conv = engine.conversation();
        for (i, q) in questions.iter().enumerate() {
            let t = Instant::now();
            std::hint::black_box(engine.ask(&mut conv, q));
            let d = t.elapsed();
            slowest[i] = slowest[i].max(d);
            times.push(d);
        }
    }
    times.sort();
    let p50 = common::quantile(&times, 0.50);
    let p99 = common::quantile(&times, 0.99);
    let stats = engine.stats().unwrap_or_default();
    println!(
        "answer latency over {} articles ({} paragraphs, {} facts), {} questions x {} rounds:",
        stats.articles,
        stats.paragraphs,
        stats.facts,
        questions.len(),
        ROUNDS
    );
    println!(
        "  p50 {}  p99 {}  max {}",
        common::ms(p50),
        common::ms(p99),
        common::ms(*times.last().unwrap())
    );
    let mut order: Vec<usize> = (0..questions.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(slowest[i]));
    for &i in order.iter().take(3) {
        println!("  slowest: {} {:?}", common::ms(slowest[i]), questions[i]);
    }
    let target = std::time::Duration::from_millis(5);
    println!(
        "  target p99 <= {}: {}",
        common::ms(target),
        if p99 <= target { "met" } else { "MISSED" }
    );
    if p99 > target {
        std::process::exit(1);
    }
}
