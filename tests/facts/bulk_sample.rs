//! Extraction precision and recall on general news nobody tuned for: 80 sentences with a
//! meeting cue drawn at random from the bulk corpus (BBC 2004-05, Reuters 1987) by
//! `tools/sample_bulk_meetings.py` (seed 2026), annotated by hand in
//! tests/fixtures/facts/bulk_sample.json (ids, offsets and hashes only: the text is read
//! from ../shared, and the test skips when it is absent).
//!
//! Each sampled article is extracted alone. The facts of a sentence are those whose
//! evidence is that sentence (the same words, allowing for a different sentence split). A
//! fact matches an annotated meeting when the participants are the same people (by
//! surname; a person annotated by office and country matches a participant of that
//! country); it matches fully when the date (to its precision) and the place agree too.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use attache::testing::{Article, FactStore, MeetingFact, extract, fold};
use serde_json::Value;

use crate::common::read_articles;

/// Floors under the measured figures (see README, "Meeting facts"): a drop below them is
/// a regression on general news.
const MIN_PARTICIPANT_PRECISION: f64 = 0.88;
const MIN_PARTICIPANT_RECALL: f64 = 0.55;

/// Share of the shorter sentence's words the other must contain to be the same sentence.
const SAME_SENTENCE_OVERLAP: f64 = 0.6;

fn bulk() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/bulk")
}

/// Lower-case ASCII letters and digits, words joined by one space (as the sampler).
fn loose(s: &str) -> String {
    fold(s)
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn fnv1a(s: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The raw paragraphs of a sampled article, split as the sampler splits them.
fn raw_paragraphs(id: &str) -> Vec<String> {
    let split = |t: &str| -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = String::new();
        for line in t.split('\n') {
            if line.trim().is_empty() {
                if !cur.trim().is_empty() {
                    out.push(cur.trim().to_string());
                }
                cur.clear();
            } else {
                cur.push_str(line);
                cur.push('\n');
            }
        }
        if !cur.trim().is_empty() {
            out.push(cur.trim().to_string());
        }
        out
    };
    if let Some(rid) = id.strip_prefix("reuters-21578.jsonl#") {
        let text = std::fs::read_to_string(bulk().join("reuters-21578.jsonl")).unwrap();
        let line = text
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap())
            .find(|o| o["id"] == rid)
            .expect("sampled Reuters story");
        return split(line["text"].as_str().unwrap_or_default());
    }
    let bytes = std::fs::read(bulk().join(id)).unwrap();
    let text = String::from_utf8_lossy(&bytes).replace('\r', "");
    split(&text).into_iter().skip(1).collect()
}

fn sentence_of(item: &Value) -> String {
    let paras = raw_paragraphs(item["article"].as_str().unwrap());
    let p = &paras[item["paragraph"].as_u64().unwrap() as usize - 1];
    let (s, e) = (
        item["start"].as_u64().unwrap() as usize,
        item["end"].as_u64().unwrap() as usize,
    );
    let sent: String = p.chars().skip(s).take(e - s).collect();
    assert_eq!(fnv1a(&loose(&sent)), item["hash"], "{item}");
    sent
}

fn same_sentence(a: &str, b: &str) -> bool {
    let a: HashSet<&str> = a.split(' ').collect();
    let b: HashSet<&str> = b.split(' ').collect();
    let shorter = a.len().min(b.len()).max(1) as f64;
    a.intersection(&b).count() as f64 / shorter >= SAME_SENTENCE_OVERLAP
}

/// True when the annotated participants are exactly the fact's people.
fn same_people(gold: &[Value], store: &FactStore, f: &MeetingFact) -> bool {
    let names: Vec<String> = f
        .participants
        .iter()
        .map(|k| loose(store.name(k)))
        .collect();
    if names.len() != gold.len() {
        return false;
    }
    let mut used = vec![false; names.len()];
    gold.iter().all(|g| {
        let fits = |n: &String| match g.as_str() {
            Some(name) => loose(name)
                .split(' ')
                .next_back()
                .is_some_and(|surname| n.split(' ').any(|w| w == surname)),
            None => {
                let country = loose(g["country"].as_str().unwrap_or_default());
                let first = country.split(' ').next().unwrap_or_default();
                !first.is_empty() && n.contains(first)
            }
        };
        match (0..names.len()).find(|&i| !used[i] && fits(&names[i])) {
            Some(i) => {
                used[i] = true;
                true
            }
            None => false,
        }
    })
}

fn same_details(gold: &Value, f: &MeetingFact) -> bool {
    let date_ok = gold["date"].as_str().map(str::to_string) == f.date.and_then(|d| d.iso());
    let place = loose(gold["place"].as_str().unwrap_or_default());
    let place_ok = match &f.place {
        None => place.is_empty(),
        Some(p) => {
            !place.is_empty()
                && (loose(&p.name) == place || p.country.as_deref().map(loose) == Some(place))
        }
    };
    date_ok && place_ok
}

#[derive(Default, Debug)]
struct Score {
    system: usize,
    gold: usize,
    people: usize,
    full: usize,
    status: usize,
}

fn score_item(item: &Value, article: &Article, score: &mut Score) {
    let sentence = loose(&sentence_of(item));
    let store = extract(std::slice::from_ref(article));
    let facts: Vec<&MeetingFact> = store
        .facts
        .iter()
        .filter(|f| {
            f.evidence
                .iter()
                .any(|e| same_sentence(&loose(&e.sentence), &sentence))
        })
        .collect();
    let gold = item["meetings"].as_array().unwrap();
    score.system += facts.len();
    score.gold += gold.len();
    let mut matched = vec![false; gold.len()];
    for f in facts {
        let hit = (0..gold.len()).find(|&i| {
            !matched[i] && same_people(gold[i]["participants"].as_array().unwrap(), &store, f)
        });
        let Some(i) = hit else {
            eprintln!("  extra: {} {:?}", item["article"], f.participants);
            continue;
        };
        matched[i] = true;
        score.people += 1;
        score.full += usize::from(same_details(&gold[i], f));
        let status = serde_json::to_value(f.status).unwrap();
        score.status += usize::from(status == gold[i]["status"]);
    }
    for (i, g) in gold.iter().enumerate() {
        if !matched[i] {
            eprintln!("  missed: {} {}", item["article"], g["participants"]);
        }
    }
}

#[test]
fn meeting_facts_on_a_random_sample_of_general_news() {
    if !bulk().exists() {
        eprintln!("../shared/corpus/bulk not found: skipped");
        return;
    }
    let fixture: Value =
        serde_json::from_str(include_str!("../fixtures/facts/bulk_sample.json")).unwrap();
    let items = fixture["items"].as_array().unwrap();
    let wanted: HashSet<&str> = items.iter().filter_map(|i| i["article"].as_str()).collect();
    let articles: HashMap<String, Article> = read_articles(&[bulk()])
        .into_iter()
        .filter(|a| wanted.contains(a.id.as_str()))
        .map(|a| (a.id.clone(), a))
        .collect();
    let mut score = Score::default();
    for item in items {
        let id = item["article"].as_str().unwrap();
        score_item(item, &articles[id], &mut score);
    }
    let ratio = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    let (p, r) = (
        ratio(score.people, score.system),
        ratio(score.people, score.gold),
    );
    eprintln!(
        "bulk sample: {} facts, {} annotated meetings; participants P {:.2} R {:.2}; \
         with date and place P {:.2} R {:.2}; status right {}/{}",
        score.system,
        score.gold,
        p,
        r,
        ratio(score.full, score.system),
        ratio(score.full, score.gold),
        score.status,
        score.people
    );
    assert!(p >= MIN_PARTICIPANT_PRECISION, "{score:?}");
    assert!(r >= MIN_PARTICIPANT_RECALL, "{score:?}");
}
