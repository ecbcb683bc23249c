//! The answerer on the seed questions, over a hand-built FactStore shaped like what the
//! extractor should find in the seed article, and a small word-overlap retriever over its
//! paragraphs. Shows that, given good facts, the answer side passes ../shared/qa/seed.jsonl.
//! Skipped (with a note) when ../shared is absent.

use std::collections::HashMap;
use std::time::Duration;

use attache::config::AnswerConfig;
use attache::testing::{Conversation, answer};
use attache::testing::{Evidence, FactStore, FuzzyDate, StoreBuilder};

use crate::common::retriever::{Paragraph, WordOverlap};

const ARTICLE: &str = "seed.txt";
const TITLE: &str = "Indian and Chinese defence ministers meet";

fn seed_paragraphs() -> Option<Vec<String>> {
    let text =
        std::fs::read_to_string("../shared/corpus/seed/rajnath-singh-dong-jun-vientiane.txt")
            .ok()?;
    Some(text.lines().map(str::to_string).collect())
}

fn ev(paras: &[String], p: usize, needle: &str) -> Evidence {
    let para = &paras[p - 1];
    let sentence = para
        .split_inclusive(". ")
        .find(|s| s.contains(needle))
        .unwrap_or(para)
        .trim()
        .to_string();
    Evidence {
        article: ARTICLE.into(),
        title: TITLE.into(),
        url: None,
        paragraph: p,
        sentence,
    }
}

/// Evidence for a claim: the sentence of paragraph `p` holding the claim's opening words.
fn claim_ev(paras: &[String], p: usize, text: &str) -> Evidence {
    ev(paras, p, &text[..12.min(text.len())])
}

fn seed_facts(paras: &[String]) -> FactStore {
    let outcome = "Both sides agreed to work together towards a roadmap for rebuilding mutual trust and understanding";
    let note = "Describing his meeting withAdmiral Dong Jun as \"extremely productive\", Rajnath Singh wrote on X that they discussed rebuilding mutual trust and understanding between the two nations.";
    let handshake = "The meeting was significant, especially in the visual domain, since no handshake happened between the two ministers.";
    StoreBuilder::new()
        .person("Rajnath Singh")
        .role("Defence Minister")
        .country("India")
        .alias("Singh")
        .alias("Rajnath")
        .person("Dong Jun")
        .role("Defence Minister")
        .role("Admiral")
        .country("China")
        .person("Li Shangfu")
        .role("Defence Minister")
        .country("China")
        .person("Narendra Modi")
        .role("Prime Minister")
        .country("India")
        .alias("Modi")
        .person("Xi Jinping")
        .role("President")
        .country("China")
        .alias("Xi")
        .meeting(&["rajnath singh", "dong jun"])
        .date(FuzzyDate::day(jiff::civil::date(2024, 11, 20)))
        .place_in("Vientiane", "Laos")
        .occasion("11th ASEAN Defence Ministers’ Meeting Plus (ADMM Plus)")
        .with_evidence(ev(paras, 1, "Indian Defence Minister"))
        .outcome_with(outcome, claim_ev(paras, 8, outcome))
        .note_with(note, claim_ev(paras, 2, note))
        .quote(
            "rajnath singh",
            "dong jun",
            "We need to focus on cooperation rather than conflict",
            ev(paras, 7, "cooperation"),
        )
        .meeting(&["narendra modi", "xi jinping"])
        .place_in("Kazan", "Russia")
        .occasion("sidelines of the BRICS summit")
        .with_evidence(ev(paras, 6, "Indian defence ministry"))
        .recalled()
        .meeting(&["rajnath singh", "li shangfu"])
        .date(FuzzyDate::month(2023, 4))
        .place_in("Delhi", "India")
        .occasion("Shanghai Cooperation Organisation (SCO) Defence Ministers' meeting")
        .with_evidence(ev(paras, 9, "The last meeting"))
        .note_with(handshake, claim_ev(paras, 10, handshake))
        .recalled()
        .build()
}

/// The seed paragraphs as the retriever's, all of one article.
fn retriever(paras: Vec<String>) -> WordOverlap {
    WordOverlap {
        paragraphs: paras
            .into_iter()
            .map(|text| Paragraph {
                article: ARTICLE.into(),
                title: TITLE.into(),
                text,
            })
            .collect(),
        articles: 1,
    }
}

#[derive(serde::Deserialize)]
struct Line {
    id: String,
    conversation: String,
    question: String,
    expect: Vec<String>,
    forbid: Vec<String>,
}

#[test]
fn seed_questions_pass_on_good_facts() {
    let Some(paras) = seed_paragraphs() else {
        eprintln!("skipped: ../shared is absent");
        return;
    };
    let Ok(qa) = std::fs::read_to_string("../shared/qa/seed.jsonl") else {
        eprintln!("skipped: ../shared/qa/seed.jsonl is absent");
        return;
    };
    let facts = seed_facts(&paras);
    let retriever = retriever(paras);
    let cfg = AnswerConfig::default();
    let mut convs: HashMap<String, Conversation> = HashMap::new();
    let mut failures = Vec::new();
    for raw in qa.lines().filter(|l| !l.trim().is_empty()) {
        let line: Line = serde_json::from_str(raw).expect("valid question line");
        let conv = convs
            .entry(line.conversation.clone())
            .or_insert_with(|| Conversation::new(Duration::from_secs(600)));
        let text = answer(&facts, &retriever, &cfg, conv, &line.question).text();
        eprintln!("[{}] {}\n{text}\n", line.id, line.question);
        for p in &line.expect {
            if !regex::Regex::new(p).expect("regex").is_match(&text) {
                failures.push(format!(
                    "{} {:?}: expected {p}\n{text}",
                    line.id, line.question
                ));
            }
        }
        for p in &line.forbid {
            if regex::Regex::new(p).expect("regex").is_match(&text) {
                failures.push(format!(
                    "{} {:?}: forbidden {p}\n{text}",
                    line.id, line.question
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
