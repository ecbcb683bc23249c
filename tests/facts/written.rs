//! Helpers for the tests over short articles written for them: an article, the sorted
//! names of a fact's people, and the facts of one pair.

use attache::testing::{Article, FactStore, MeetingFact};

/// An article of `paragraphs`, titled by its id.
pub fn article(id: &str, published: Option<jiff::civil::Date>, paragraphs: &[&str]) -> Article {
    Article {
        id: id.to_string(),
        title: id.to_string(),
        url: None,
        published,
        meta: Default::default(),
        paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
    }
}

/// The names of a fact's people, sorted.
pub fn names<'a>(store: &'a FactStore, f: &'a MeetingFact) -> Vec<&'a str> {
    let mut v: Vec<&str> = f.participants.iter().map(|k| store.name(k)).collect();
    v.sort();
    v
}

/// The facts of exactly the pair `a`, `b`.
pub fn find<'a>(store: &'a FactStore, a: &str, b: &str) -> Vec<&'a MeetingFact> {
    let mut want = vec![a, b];
    want.sort();
    store
        .facts
        .iter()
        .filter(|f| names(store, f) == want)
        .collect()
}
