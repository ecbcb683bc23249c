//! Invented articles for the answerer (invented people, places and date styles): six
//! paragraphs of two articles, the facts a good extractor finds in them (hand-made with
//! `StoreBuilder`), and a word-overlap retriever over them. The answer and conversation
//! tests ask their questions here.

use std::time::Duration;

use attache::config::AnswerConfig;
use attache::testing::{
    Answer, Conversation, Evidence, FactStore, FuzzyDate, Status, StoreBuilder,
};

use super::retriever::{Paragraph, WordOverlap};

/// The paragraphs: (article, text).
pub const PARAGRAPHS: &[(&str, &str)] = &[
    (
        "harbour.txt",
        "Fisheries Minister Mira Okafor of Tamsinia met her Velorian counterpart Jonas Brandt in Port Halden on Tuesday, 3 March 2021, at the North Sea Fisheries Forum.",
    ),
    (
        "harbour.txt",
        "The two ministers agreed to run joint patrols against illegal trawlers from the summer.",
    ),
    (
        "harbour.txt",
        "\"We have turned a page,\" Okafor told Brandt after the talks.",
    ),
    (
        "harbour.txt",
        "Their previous meeting, in Lindqvist in June 2019, ended without a joint statement, and the two did not shake hands.",
    ),
    (
        "summit.txt",
        "Okafor is expected to meet Velorian President Ana Sorel in Kestrel next spring, officials said.",
    ),
    (
        "summit.txt",
        "Okafor and Brandt also met at the Coral Bay summit, the ministry said, without giving a date.",
    ),
];

/// Paragraph `i` (0-based) as evidence.
fn ev(i: usize) -> Evidence {
    let (article, text) = PARAGRAPHS[i];
    Evidence {
        article: article.into(),
        title: format!("News: {article}"),
        url: Some(format!("https://example.org/{article}")),
        paragraph: i + 1,
        sentence: text.into(),
    }
}

/// The facts of the paragraphs.
pub fn store() -> FactStore {
    StoreBuilder::new()
        .person("Mira Okafor")
        .role("Fisheries Minister")
        .country("Tamsinia")
        .alias("Okafor")
        .person("Jonas Brandt")
        .role("Fisheries Minister")
        .country("Veloria")
        .alias("Brandt")
        .person("Ana Sorel")
        .role("President")
        .country("Veloria")
        .meeting(&["mira okafor", "jonas brandt"])
        .with_evidence(ev(0))
        .date(FuzzyDate::day(jiff::civil::date(2021, 3, 2)))
        .place_in("Port Halden", "Tamsinia")
        .occasion("North Sea Fisheries Forum")
        .outcome_with(PARAGRAPHS[1].1, ev(1))
        .quote(
            "mira okafor",
            "jonas brandt",
            "We have turned a page",
            ev(2),
        )
        .meeting(&["mira okafor", "jonas brandt"])
        .with_evidence(ev(3))
        .date(FuzzyDate::month(2019, 6))
        .place("Lindqvist")
        .note_with(PARAGRAPHS[3].1, ev(3))
        .recalled()
        .meeting(&["mira okafor", "ana sorel"])
        .with_evidence(ev(4))
        .status(Status::Planned)
        .place("Kestrel")
        .meeting(&["mira okafor", "jonas brandt"])
        .with_evidence(ev(5))
        .place("Coral Bay")
        .occasion("Coral Bay summit")
        .build()
}

/// The retriever over the paragraphs (two articles).
pub fn retriever() -> WordOverlap {
    WordOverlap {
        paragraphs: PARAGRAPHS
            .iter()
            .map(|(article, text)| Paragraph {
                article: article.to_string(),
                title: format!("News: {article}"),
                text: text.to_string(),
            })
            .collect(),
        articles: 2,
    }
}

/// Asks `q` in `conv`, over the facts and paragraphs.
pub fn ask(conv: &mut Conversation, q: &str) -> Answer {
    attache::testing::answer(&store(), &retriever(), &AnswerConfig::default(), conv, q)
}

/// A fresh conversation that forgets after ten minutes.
pub fn conv() -> Conversation {
    Conversation::new(Duration::from_secs(600))
}
