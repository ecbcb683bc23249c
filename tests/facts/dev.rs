//! Precision and recall of held meetings on the dev articles (../shared/corpus/dev) against
//! the hand-written reading in tests/fixtures/facts/dev_meetings.json. Each article is
//! extracted alone. A predicted meeting matches an expected one when the participants are
//! the same people, the date has exactly the parts the reader wrote (a weekday must agree
//! when both give one), and the place is absent or one of the acceptable names (same
//! country for a country-level place). Skipped when ../shared is absent.

use std::path::PathBuf;

use attache::testing::extract;
use attache::testing::name_tokens;
use attache::testing::{Article, FactStore, FuzzyDate, MeetingFact, Status};
use serde_json::Value;

use crate::common::read_articles;

fn same_person(expected: &str, name: &str) -> bool {
    let e = name_tokens(expected);
    let n = name_tokens(name);
    !e.is_empty() && e.iter().all(|t| n.contains(t))
}

fn date_matches(expected: &Value, got: Option<FuzzyDate>) -> bool {
    let part = |k: &str| expected.get(k).and_then(Value::as_i64);
    let Some(d) = got else {
        return expected.is_null();
    };
    if expected.is_null() {
        return d.year.is_none() && d.month.is_none() && d.day.is_none() && d.weekday.is_none();
    }
    let wd_ok = match (expected.get("weekday").and_then(Value::as_str), d.weekday) {
        (Some(w), Some(g)) => format!("{g:?}") == w,
        (Some(_), None) => false,
        _ => true,
    };
    part("year") == d.year.map(i64::from)
        && part("month") == d.month.map(i64::from)
        && part("day") == d.day.map(i64::from)
        && wd_ok
}

fn place_matches(expected: &Value, f: &MeetingFact) -> bool {
    let Some(p) = &f.place else { return true };
    let Some(names) = expected.as_array() else {
        return false;
    };
    names.iter().filter_map(Value::as_str).any(|n| {
        let n = name_tokens(n).join(" ");
        let got = name_tokens(&p.name).join(" ");
        got.contains(&n)
            || n.contains(&got)
            || p.name == p.country.clone().unwrap_or_default()
                && attache::testing::gazetteer()
                    .city(names[0].as_str().unwrap_or(""))
                    .is_some_and(|c| Some(&c.country) == p.country.as_ref())
    })
}

fn matches(store: &FactStore, e: &Value, f: &MeetingFact) -> bool {
    let want: Vec<&str> = e["participants"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let names: Vec<&str> = f.participants.iter().map(|k| store.name(k)).collect();
    want.len() == names.len()
        && want.iter().all(|w| names.iter().any(|n| same_person(w, n)))
        && date_matches(&e["date"], f.date)
        && place_matches(&e["place"], f)
}

#[test]
fn dev_precision_and_recall() {
    let dir = PathBuf::from("../shared/corpus/dev");
    if !dir.is_dir() {
        eprintln!("skipped: ../shared/corpus/dev is absent");
        return;
    }
    let fixture: Value = serde_json::from_str(
        &std::fs::read_to_string("tests/fixtures/facts/dev_meetings.json").expect("fixture"),
    )
    .expect("fixture JSON");
    let articles = read_articles(std::slice::from_ref(&dir));
    let (mut tp, mut predicted, mut expected_n) = (0usize, 0usize, 0usize);
    for (id, expected) in fixture["articles"].as_object().expect("articles") {
        let article: Vec<Article> = articles.iter().filter(|a| a.id == *id).cloned().collect();
        assert_eq!(article.len(), 1, "dev article {id} not ingested");
        let store = extract(&article);
        let held: Vec<&MeetingFact> = store
            .facts
            .iter()
            .filter(|f| f.status == Status::Held)
            .collect();
        let expected = expected.as_array().expect("list");
        let mut used = vec![false; held.len()];
        for e in expected {
            match (0..held.len()).find(|&i| !used[i] && matches(&store, e, held[i])) {
                Some(i) => {
                    used[i] = true;
                    tp += 1;
                }
                None => eprintln!("MISSED {id}: {e}"),
            }
        }
        for (i, f) in held.iter().enumerate() {
            if !used[i] {
                let names: Vec<&str> = f.participants.iter().map(|k| store.name(k)).collect();
                eprintln!(
                    "EXTRA  {id}: {names:?} {:?} {:?}",
                    f.date.map(|d| d.human()),
                    f.place.as_ref().map(|p| p.to_string())
                );
            }
        }
        predicted += held.len();
        expected_n += expected.len();
    }
    let precision = tp as f64 / predicted.max(1) as f64;
    let recall = tp as f64 / expected_n.max(1) as f64;
    println!(
        "dev held meetings: precision {precision:.3} ({tp}/{predicted}), recall {recall:.3} ({tp}/{expected_n})"
    );
    eprintln!(
        "dev held meetings: precision {precision:.3} ({tp}/{predicted}), recall {recall:.3} ({tp}/{expected_n})"
    );
    assert!(precision >= 0.9, "precision {precision:.3}");
    assert!(recall >= 0.8, "recall {recall:.3}");
}
