//! A question typed all in lower case may misspell a name, but not with a word the corpus
//! uses every day: over a corpus that says "banks" in many paragraphs, "the banks" names no
//! Hanks, while a typo the corpus never uses still does.

use attache::engine::{AnswerKind, Engine};

use crate::common;

/// Reports that use the everyday word: more than the engine's threshold of paragraphs.
const EVERYDAY_REPORTS: usize = 24;

#[test]
fn an_everyday_word_of_the_corpus_is_no_misspelt_name() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    let report = |title: &str, text: &str| {
        format!("---\ntitle: {title}\npublished: 2024-05-04\n---\n\n{text}\n")
    };
    std::fs::write(
        corpus.join("visit.txt"),
        report(
            "Producer in Lome",
            "Harbour Minister Mira Okonkwo met the film producer Arlo Hanks in Lome on 3 May 2024.",
        ),
    )
    .unwrap();
    for i in 0..EVERYDAY_REPORTS {
        let text = format!("The banks of lagoon {i} flooded again, the port authority said.");
        std::fs::write(
            corpus.join(format!("flood{i}.txt")),
            report("Floods", &text),
        )
        .unwrap();
    }
    let engine = Engine::open(common::config(&[&corpus], &tmp.path().join("idx"))).unwrap();
    common::reindex(&engine).unwrap();
    let ask = |q: &str| engine.ask(&mut engine.conversation(), q);
    let a = ask("when did the banks of the lagoon flood?");
    assert_ne!(a.kind, AnswerKind::Fact, "{}", a.text());
    // Must still: a typo no report uses names him.
    let a = ask("when did hankks come to lome?");
    assert_eq!(a.kind, AnswerKind::Fact, "{}", a.text());
    assert!(a.text().contains("Arlo Hanks"), "{}", a.text());
}
