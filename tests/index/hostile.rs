//! Hostile text: a one-paragraph article of 1 MB is indexed in pieces within
//! `ingest.max_paragraph_chars`, and a fallback question over it gets a bounded answer.

use attache::engine::Engine;

use crate::common::config;

/// Words of ordinary news sentences, cycled to make a long paragraph.
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
    "officials",
    "from",
    "Norway",
    "discussed",
    "catches",
    "boats",
    "harbour",
    "fleet",
    "agreed",
    "plan",
    "review",
    "spokesman",
    "council",
    "members",
    "voted",
    "proposal",
];

/// About `bytes` of sentences in one paragraph, without a line break.
fn long_paragraph(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 200);
    let mut i = 0;
    while text.len() < bytes {
        let len = 8 + i % 11;
        let words: Vec<&str> = (0..len)
            .map(|k| WORDS[(i * 7 + k * 3) % WORDS.len()])
            .collect();
        let sentence = words.join(" ");
        let mut chars = sentence.chars();
        let first = chars.next().unwrap().to_uppercase().to_string();
        text.push_str(&first);
        text.push_str(chars.as_str());
        text.push_str(". ");
        i += 1;
    }
    text
}

#[test]
fn a_one_megabyte_paragraph_is_split_and_a_fallback_answer_stays_bounded() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    let text = long_paragraph(1_000_000);
    std::fs::write(
        corpus.join("long.txt"),
        format!("---\ntitle: Quota talks\npublished: 2024-03-04\n---\n\n{text}\n"),
    )
    .unwrap();
    let cfg = config(&[&corpus], &tmp.path().join("idx"));
    let max_paragraph = cfg.ingest.max_paragraph_chars;
    let max_answer = cfg.answer.max_answer_chars;
    let engine = Engine::open(cfg).unwrap();
    let report = crate::common::reindex(&engine).unwrap();
    assert_eq!(report.ingest.long_paragraphs_split, 1);
    assert!(
        report.ingest.paragraphs >= 1_000_000 / max_paragraph,
        "{} paragraphs",
        report.ingest.paragraphs
    );
    assert!(
        report.summary().contains("ingest.max_paragraph_chars"),
        "{}",
        report.summary()
    );

    let answer = engine.ask(
        &mut engine.conversation(),
        "What did the committee say about fishing quotas?",
    );
    assert!(!answer.sources.is_empty(), "{}", answer.text());
    assert!(
        answer.text().chars().count() <= max_answer,
        "{}",
        answer.text().len()
    );
}
