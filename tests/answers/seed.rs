//! The answerer on the seed questions, over a hand-built FactStore shaped like what the
//! extractor should find in the seed article, and a small word-overlap retriever over its
//! paragraphs. Shows that, given good facts, the answer side passes ../shared/qa/seed.jsonl.
//! Skipped (with a note) when ../shared is absent.

use std::collections::HashMap;
use std::time::Duration;

use attache::config::AnswerConfig;
use attache::testing::Hit;
use attache::testing::{
    Claim, Evidence, FactStore, FuzzyDate, MeetingFact, MeetingKind, Person, Place, Quote, Status,
};
use attache::testing::{Conversation, Retriever, answer};

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

fn claim(paras: &[String], p: usize, text: &str) -> Claim {
    Claim {
        text: text.into(),
        evidence: ev(paras, p, &text[..12.min(text.len())]),
    }
}

fn person(name: &str, roles: &[&str], country: &str, aliases: &[&str]) -> Person {
    Person {
        key: name.to_lowercase(),
        name: name.into(),
        roles: roles.iter().map(|s| s.to_string()).collect(),
        country: Some(country.into()),
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
    }
}

fn seed_facts(paras: &[String]) -> FactStore {
    let people = vec![
        person(
            "Rajnath Singh",
            &["Defence Minister"],
            "India",
            &["Singh", "Rajnath"],
        ),
        person("Dong Jun", &["Defence Minister", "Admiral"], "China", &[]),
        person("Li Shangfu", &["Defence Minister"], "China", &[]),
        person("Narendra Modi", &["Prime Minister"], "India", &["Modi"]),
        person("Xi Jinping", &["President"], "China", &["Xi"]),
    ];
    let base = |id, who: &[&str]| MeetingFact {
        id,
        participants: who.iter().map(|s| s.to_string()).collect(),
        kind: MeetingKind::Meeting,
        status: Status::Held,
        date: None,
        place: None,
        occasion: None,
        outcomes: vec![],
        notes: vec![],
        quotes: vec![],
        evidence: vec![],
        conflicts: vec![],
        recalled: false,
    };
    let mut f0 = base(0, &["rajnath singh", "dong jun"]);
    f0.date = Some(FuzzyDate::day(jiff::civil::date(2024, 11, 20)));
    f0.place = Some(Place {
        name: "Vientiane".into(),
        country: Some("Laos".into()),
    });
    f0.occasion = Some("11th ASEAN Defence Ministers’ Meeting Plus (ADMM Plus)".into());
    f0.evidence = vec![ev(paras, 1, "Indian Defence Minister")];
    f0.outcomes = vec![claim(
        paras,
        8,
        "Both sides agreed to work together towards a roadmap for rebuilding mutual trust and understanding",
    )];
    f0.notes = vec![claim(
        paras,
        2,
        "Describing his meeting withAdmiral Dong Jun as \"extremely productive\", Rajnath Singh wrote on X that they discussed rebuilding mutual trust and understanding between the two nations.",
    )];
    f0.quotes = vec![Quote {
        speaker: Some("rajnath singh".into()),
        addressee: Some("dong jun".into()),
        text: "We need to focus on cooperation rather than conflict".into(),
        evidence: ev(paras, 7, "cooperation"),
    }];
    let mut f1 = base(1, &["narendra modi", "xi jinping"]);
    f1.place = Some(Place {
        name: "Kazan".into(),
        country: Some("Russia".into()),
    });
    f1.occasion = Some("sidelines of the BRICS summit".into());
    f1.evidence = vec![ev(paras, 6, "Indian defence ministry")];
    f1.recalled = true;
    let mut f2 = base(2, &["rajnath singh", "li shangfu"]);
    f2.date = Some(FuzzyDate::month(2023, 4));
    f2.place = Some(Place {
        name: "Delhi".into(),
        country: Some("India".into()),
    });
    f2.occasion = Some("Shanghai Cooperation Organisation (SCO) Defence Ministers' meeting".into());
    f2.evidence = vec![ev(paras, 9, "The last meeting")];
    f2.notes = vec![claim(
        paras,
        10,
        "The meeting was significant, especially in the visual domain, since no handshake happened between the two ministers.",
    )];
    f2.recalled = true;
    FactStore {
        people,
        facts: vec![f0, f1, f2],
    }
}

/// Scores paragraphs by the share of the query's content words they contain.
struct Paragraphs(Vec<String>);

impl Retriever for Paragraphs {
    fn search(&self, text: &str, limit: usize) -> Vec<Hit> {
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() > 3)
            .map(str::to_lowercase)
            .collect();
        let mut hits: Vec<Hit> = self
            .0
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let lower = p.to_lowercase();
                let n = words.iter().filter(|w| lower.contains(w.as_str())).count();
                (n > 0).then(|| Hit {
                    article: ARTICLE.into(),
                    title: TITLE.into(),
                    url: None,
                    paragraph: i + 1,
                    text: p.clone(),
                    score: n as f32 * 2.0,
                    facts: vec![],
                    coverage: n as f32 / words.len().max(1) as f32,
                })
            })
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score));
        hits.truncate(limit);
        hits
    }

    fn article_count(&self) -> usize {
        1
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
    let retriever = Paragraphs(paras);
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
