//! Property tests over hostile input (the `cargo test` half of fuzzing; `fuzz/` holds the
//! cargo-fuzz targets): every ingest format's parser on arbitrary bytes and text, the cleaner
//! (bounded and idempotent), the date finder with and without an anchor, the question parser
//! and the whole `ask` path on a small fixed index. None may panic; every output is bounded
//! by its input.

use std::path::Path;
use std::sync::OnceLock;

use attache::config::{Config, Overrides};
use attache::engine::{Engine, NoProgress};
use attache::testing::{self, StoreBuilder, clean, decode, find_dates, parse_format};
use jiff::civil::Date;
use proptest::prelude::*;
use proptest::test_runner::{Config as RunConfig, TestRunner};

/// Cases per property: enough to reach the odd corners on every run while keeping each
/// property to about a second in a debug build (the fuzz targets go much further).
const CASES: u32 = 256;

/// The formats ingest reads, by extension.
const FORMATS: [&str; 5] = ["txt", "md", "html", "json", "jsonl"];

/// Output bytes allowed per input byte: decoding Latin-1 or UTF-16 at most doubles or
/// triples a byte, cleaning turns a 3-byte dash into " - " and splits glued words with a
/// space, so four per byte is a generous ceiling that still catches runaway output.
const GROWTH: usize = 4;

/// Slack on top of [`GROWTH`] for tiny inputs.
const SLACK: usize = 64;

/// The largest answer allowed from the fixed two-article index: all of its text quoted
/// with its sources stays well under this, so a bigger answer would repeat itself.
const MAX_ANSWER_CHARS: usize = 12_000;

fn run_config() -> RunConfig {
    RunConfig {
        cases: CASES,
        failure_persistence: None,
        ..RunConfig::default()
    }
}

/// Total bytes of what a parser returned.
fn output_bytes(articles: &[(Option<String>, Vec<String>)]) -> usize {
    articles
        .iter()
        .map(|(t, ps)| {
            t.as_ref().map_or(0, String::len) + ps.iter().map(String::len).sum::<usize>()
        })
        .sum()
}

/// Text that looks like each format: tags, entities, JSON punctuation, markdown marks,
/// dashes, quotes and the Unicode spaces the cleaner rewrites, among plain words.
fn format_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-zA-Z0-9 .,]{0,12}",
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<title>".to_string()),
        Just("<h1>".to_string()),
        Just("<script>".to_string()),
        Just("<!--".to_string()),
        Just("&amp;".to_string()),
        Just("&#x2014;".to_string()),
        Just("{\"title\":\"".to_string()),
        Just("\",\"body\":\"".to_string()),
        Just("\",\"paragraphs\":[\"".to_string()),
        Just("\"]}".to_string()),
        Just("\\u00a0".to_string()),
        Just("# ".to_string()),
        Just("\n\n".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        "[\u{2013}\u{2014}\u{2019}\u{201C}\u{00A0}\u{200B}\u{00AD}\u{2026}\t]",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

#[test]
fn every_format_parses_arbitrary_bytes_with_bounded_output() {
    let mut runner = TestRunner::new(run_config());
    let bytes = prop::collection::vec(any::<u8>(), 0..600);
    runner
        .run(&bytes, |bytes| {
            if let Some(text) = decode(&bytes) {
                prop_assert!(text.len() <= GROWTH * bytes.len() + SLACK);
                for ext in FORMATS {
                    let out = parse_format(ext, &text);
                    prop_assert!(output_bytes(&out) <= GROWTH * text.len() + SLACK, "{ext}");
                }
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn every_format_parses_format_like_text_with_bounded_output() {
    let mut runner = TestRunner::new(run_config());
    runner
        .run(&format_like(), |text| {
            for ext in FORMATS {
                let out = parse_format(ext, &text);
                prop_assert!(output_bytes(&out) <= GROWTH * text.len() + SLACK, "{ext}");
                for (title, paragraphs) in &out {
                    for p in title.iter().chain(paragraphs) {
                        prop_assert_eq!(&clean(p), p, "{} output is clean", ext);
                    }
                }
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn cleaning_is_bounded_and_idempotent() {
    let mut runner = TestRunner::new(run_config());
    let text = prop_oneof![any::<String>(), format_like()];
    runner
        .run(&text, |text| {
            let once = clean(&text);
            prop_assert!(once.len() <= GROWTH * text.len() + SLACK);
            prop_assert_eq!(clean(&once), once.clone());
            prop_assert_eq!(once.trim(), once.as_str());
            prop_assert!(!once.contains("  "));
            Ok(())
        })
        .unwrap();
}

/// Text with the pieces dates are made of: numbers, month and weekday names, relative words.
fn date_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9]{1,5}",
        "[a-z .,/-]{0,6}",
        prop::sample::select(vec![
            "Nov.",
            "November",
            "Feb 29",
            "Friday",
            "on Monday",
            "last month",
            "next year",
            "yesterday",
            "in 2019",
            "2023-13-45",
            "31/02/2020",
            "(Nov. 20)",
            "mid-",
            "early",
            "late",
            "the 11th",
            "this week",
            "ago",
            "–",
            "9999",
            "0000",
        ])
        .prop_map(str::to_string),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|v| v.join(" "))
}

fn anchor() -> impl Strategy<Value = Option<Date>> {
    prop::option::of((1i16..=9999, 1i8..=12, 1i8..=31))
        .prop_map(|d| d.and_then(|(y, m, day)| Date::new(y, m, day).ok()))
}

#[test]
fn the_date_finder_returns_spans_of_its_text() {
    let mut runner = TestRunner::new(run_config());
    let text = prop_oneof![any::<String>(), date_like()];
    runner
        .run(&(text, anchor()), |(text, anchor)| {
            let found = find_dates(&text, anchor);
            prop_assert!(found.len() <= text.len());
            for m in &found {
                prop_assert!(m.start < m.end && m.end <= text.len());
                prop_assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()));
            }
            Ok(())
        })
        .unwrap();
}

/// Questions made of the words the answerer reads (names of the fixed index, question and
/// time words) and of arbitrary text.
fn question() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[a-zA-Z0-9'?,.]{0,10}",
        prop::sample::select(vec![
            "Rajnath",
            "Singh",
            "Dong",
            "Jun",
            "Vientiane",
            "Laos",
            "Ada",
            "Brandt",
            "when",
            "where",
            "did",
            "meet",
            "met",
            "who",
            "what",
            "how",
            "many",
            "times",
            "after",
            "that",
            "before",
            "last",
            "first",
            "next",
            "2024",
            "November",
            "in",
            "with",
            "and",
            "he",
            "she",
            "they",
            "there",
            "said",
            "agreed",
            "quote",
            "?",
            "the",
            "his",
        ])
        .prop_map(str::to_string),
    ];
    prop_oneof![
        any::<String>(),
        prop::collection::vec(word, 0..14).prop_map(|v| v.join(" ")),
    ]
}

#[test]
fn the_question_parser_takes_anything() {
    let facts = StoreBuilder::new()
        .person("Ada Brandt")
        .role("Foreign Minister")
        .person("Kofi Mensah")
        .meeting(&["ada brandt", "kofi mensah"])
        .place("Accra")
        .build();
    let mut runner = TestRunner::new(run_config());
    runner
        .run(&question(), |q| {
            let parsed = testing::parse_question(&facts, &q);
            prop_assert!(!parsed.is_empty());
            Ok(())
        })
        .unwrap();
}

/// The engine over the seed article and one invented one, indexed once for every case.
fn engine() -> &'static Engine {
    static ENGINE: OnceLock<(tempfile::TempDir, Engine)> = OnceLock::new();
    &ENGINE
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("temp dir");
            let corpus = dir.path().join("corpus");
            std::fs::create_dir_all(&corpus).unwrap();
            let seed = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("index/articles/rajnath-singh-dong-jun-vientiane.txt");
            std::fs::copy(seed, corpus.join("seed.txt")).unwrap();
            std::fs::write(
                corpus.join("accra.txt"),
                "Brandt and Mensah meet in Accra\n\nAccra, 12 March 2021 - German Foreign \
                 Minister Ada Brandt met Ghana's Foreign Minister Kofi Mensah in Accra on \
                 Friday. They agreed to expand trade.\n\nBrandt said: \"We will meet again \
                 next year.\"\n",
            )
            .unwrap();
            let overrides = Overrides {
                corpus_dirs: vec![corpus],
                index_dir: Some(dir.path().join("index")),
            };
            let mut cfg = Config::load(None, &overrides).expect("config loads");
            cfg.index.writer_memory_mb = 20;
            let engine = Engine::open(cfg).expect("engine opens");
            engine
                .reindex(&Default::default(), &NoProgress, &Default::default())
                .expect("reindex succeeds");
            (dir, engine)
        })
        .1
}

#[test]
fn every_question_gets_a_bounded_answer() {
    let engine = engine();
    let mut runner = TestRunner::new(RunConfig {
        cases: CASES / 4,
        ..run_config()
    });
    let conversation = prop::collection::vec(question(), 1..4);
    runner
        .run(&conversation, |questions| {
            let mut conv = engine.conversation();
            for q in &questions {
                let text = engine.ask(&mut conv, q).text();
                prop_assert!(!text.trim().is_empty(), "empty answer to {:?}", q);
                prop_assert!(text.chars().count() <= MAX_ANSWER_CHARS, "{:?}", q);
            }
            Ok(())
        })
        .unwrap();
}
