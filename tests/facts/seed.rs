//! The seed article (index/articles) through ingest and extraction: the three held
//! meetings the project was specified from, with their dates, places, occasions, outcomes,
//! notes and quotes, and nothing else held.

use std::path::PathBuf;

use attache::testing::extract;
use attache::testing::{FactStore, MeetingFact, Status};

use crate::common::read_articles;

fn seed() -> FactStore {
    let articles = read_articles(&[PathBuf::from("index/articles")]);
    assert!(!articles.is_empty(), "seed article not found");
    extract(&articles)
}

fn between<'a>(store: &'a FactStore, a: &str, b: &str) -> Vec<&'a MeetingFact> {
    store
        .facts
        .iter()
        .filter(|f| {
            let names: Vec<&str> = f.participants.iter().map(|k| store.name(k)).collect();
            names.len() == 2 && names.contains(&a) && names.contains(&b)
        })
        .collect()
}

#[test]
fn singh_and_dong_jun_in_vientiane() {
    let store = seed();
    let m = between(&store, "Rajnath Singh", "Dong Jun");
    assert_eq!(m.len(), 1, "{:#?}", store.facts);
    let f = m[0];
    assert_eq!(f.status, Status::Held);
    assert!(!f.recalled);
    assert_eq!(f.date.and_then(|d| d.iso()).as_deref(), Some("2024-11-20"));
    let place = f.place.as_ref().expect("place");
    assert_eq!(place.name, "Vientiane");
    assert_eq!(place.country.as_deref(), Some("Laos"));
    let occasion = f.occasion.as_deref().expect("occasion");
    assert!(
        occasion.contains("11th") && occasion.contains("ADMM"),
        "{occasion}"
    );
    assert!(f.outcomes.iter().any(|c| {
        c.text
            .contains("roadmap for rebuilding mutual trust and understanding")
    }));
    assert!(
        f.notes
            .iter()
            .any(|c| c.text.contains("extremely productive"))
    );
    let q = f
        .quotes
        .iter()
        .find(|q| q.text.contains("cooperation rather than conflict"))
        .expect("quote");
    assert_eq!(
        q.speaker.as_deref().map(|k| store.name(k)),
        Some("Rajnath Singh")
    );
    assert_eq!(
        q.addressee.as_deref().map(|k| store.name(k)),
        Some("Dong Jun")
    );
    // Every sentence reporting the meeting is evidence, first paragraph included.
    assert!(f.evidence.iter().any(|e| e.paragraph == 1));
    assert!(f.evidence.len() >= 4);
}

#[test]
fn singh_and_li_shangfu_in_april_2023() {
    let store = seed();
    let m = between(&store, "Rajnath Singh", "Li Shangfu");
    assert_eq!(m.len(), 1, "{:#?}", store.facts);
    let f = m[0];
    assert_eq!(f.status, Status::Held);
    assert!(f.recalled);
    assert_eq!(f.date.and_then(|d| d.iso()).as_deref(), Some("2023-04"));
    let place = f.place.as_ref().expect("place");
    assert!(
        place.name.contains("Delhi") || place.name == "India",
        "{place}"
    );
    assert_eq!(place.country.as_deref(), Some("India"));
    assert!(f.occasion.as_deref().is_some_and(|o| o.contains("SCO")));
    assert!(f.notes.iter().any(|c| c.text.contains("no handshake")));
}

#[test]
fn modi_and_xi_in_kazan_without_a_date() {
    let store = seed();
    let m = between(&store, "Narendra Modi", "Xi Jinping");
    assert_eq!(m.len(), 1, "{:#?}", store.facts);
    let f = m[0];
    assert_eq!(f.status, Status::Held);
    assert!(f.recalled);
    assert!(f.date.is_none_or(|d| d.year.is_none() && d.month.is_none()));
    let place = f.place.as_ref().expect("place");
    assert_eq!(
        (place.name.as_str(), place.country.as_deref()),
        ("Kazan", Some("Russia"))
    );
    assert!(f.occasion.as_deref().is_some_and(|o| o.contains("BRICS")));
}

#[test]
fn nothing_else_is_a_held_meeting() {
    let store = seed();
    let held = store
        .facts
        .iter()
        .filter(|f| f.status == Status::Held)
        .count();
    assert_eq!(held, 3, "{:#?}", store.facts);
    // The people are resolved once each, with their roles and countries.
    let dong = store
        .people
        .iter()
        .find(|p| p.name == "Dong Jun")
        .expect("Dong Jun");
    assert_eq!(dong.country.as_deref(), Some("China"));
    assert!(
        dong.roles
            .iter()
            .any(|r| r.contains("Defence Minister") || r == "Admiral")
    );
    let singh = store
        .people
        .iter()
        .find(|p| p.name == "Rajnath Singh")
        .expect("Singh");
    assert_eq!(singh.country.as_deref(), Some("India"));
    assert!(singh.aliases.iter().any(|a| a == "Singh"));
}
