//! "Whom did X meet?" (one line per meeting, the asked-about people left out) and "Who
//! is X?" (roles and country, with their latest meeting).

use crate::lexicon::lists::QUESTION_GROUP_NOUNS;
use crate::model::{FactStore, MeetingFact, Person, Status};

use super::super::conversation::Resolved;
use super::super::question::Question;
use super::super::text::{fold, norm_words};
use super::phrases::{
    date_phrase, join_names, names, occasion_phrase, place_phrase, when_sentence,
};
use super::{Draft, Tell};

/// One listed meeting: who took part besides the asked-about people, and when, where and
/// at what.
struct Line {
    people: String,
    /// "on 3 May 2023, in Accra, at the Forum"; `None` when nothing is known.
    details: Option<String>,
}

impl Line {
    fn text(&self) -> String {
        match &self.details {
            Some(d) => format!("{} — {d}", self.people),
            None => self.people.clone(),
        }
    }
}

/// Who took part: one line per meeting, the asked-about people left out.
pub(super) fn who(t: &Tell) -> Draft {
    let (facts, r) = (t.facts, t.r);
    let mut d = Draft::default();
    let lines: Vec<Line> = t
        .sel
        .facts
        .iter()
        .map(|f| {
            d.cite_fact(f);
            line(facts, t.q, r, f)
        })
        .collect();
    let who = join_names(&names(facts, &r.people));
    let covered = match t.sel.facts.as_slice() {
        [f] => f.participants.iter().all(|p| r.people.contains(p)),
        _ => false,
    };
    d.body = if covered {
        let all: Vec<String> =
            t.f.participants
                .iter()
                .map(|k| describe(facts, k))
                .collect();
        match &lines[0].details {
            Some(details) => format!("The meeting {details} was between {}.", join_names(&all)),
            None => format!("The meeting was between {}.", join_names(&all)),
        }
    } else if lines.len() == 1 && !who.is_empty() {
        let mut body = format!("{who} {} {}.", met(&t.sel.facts), lines[0].text());
        if let Some(s) = unlisted_met(facts, &t.sel.facts) {
            body.push_str(&format!(" The report says:\n> {s}"));
        }
        body
    } else if lines.len() == 1 {
        format!("The meeting was between {}.", lines[0].text())
    } else {
        let mut body = list(&who, met(&t.sel.facts), &lines, t.sel.more);
        if let Some(s) = unlisted_met(facts, &t.sel.facts) {
            body.push_str(&format!("\nThe report says:\n> {s}"));
        }
        body
    };
    d
}

/// The sentence of the meetings told that names others than those listed: a group the
/// facts name no one of ("will meet the Senate Agriculture members and Allen Wallis"), or
/// a known person no line lists ("a day of meetings with Vice President George Bush,
/// ..."), to quote after the lines: the people listed are not all who were met. `None`
/// when no sentence does.
fn unlisted_met<'f>(facts: &FactStore, told: &[&'f MeetingFact]) -> Option<&'f str> {
    let listed: Vec<&String> = told.iter().flat_map(|f| &f.participants).collect();
    let surnames: Vec<String> = (facts.people.iter())
        .filter(|p| !listed.contains(&&p.key))
        .filter_map(|p| norm_words(&p.name).pop())
        .filter(|s| s.chars().count() >= MIN_UNLISTED_SURNAME)
        .collect();
    let names_others = |s: &str| {
        let words = norm_words(s);
        words.iter().any(|w| QUESTION_GROUP_NOUNS.has(w))
            || words.iter().any(|w| surnames.contains(w))
    };
    (told.iter())
        .flat_map(|f| &f.evidence)
        .find(|e| names_others(&e.sentence))
        .map(|e| e.sentence.as_str())
}

/// Shortest surname of a known person taken as naming them in a who-answer's sentence:
/// shorter ones ("Li", "Ng") are too often a part of something else.
const MIN_UNLISTED_SURNAME: usize = 4;

/// "met", or "was expected to meet" when none of the meetings was held (each line then
/// says what became of it).
fn met(facts: &[&MeetingFact]) -> &'static str {
    if facts.iter().any(|f| f.status.is_held()) {
        "met"
    } else {
        "was expected to meet"
    }
}

/// Several meetings: a heading, one line each, and how many were left out.
fn list(who: &str, met: &str, lines: &[Line], more: usize) -> String {
    let mut body = if who.is_empty() {
        "The articles record these meetings:".to_string()
    } else {
        format!("{who} {met}, according to the articles:")
    };
    for l in lines {
        body.push_str(&format!("\n- {}", l.text()));
    }
    if more > 0 {
        body.push_str(&format!(
            "\n(and {more} earlier or undated meeting{})",
            if more == 1 { "" } else { "s" }
        ));
    }
    body
}

/// One meeting's line.
fn line(facts: &FactStore, q: &Question, r: &Resolved, f: &MeetingFact) -> Line {
    let others: Vec<String> = f
        .participants
        .iter()
        .filter(|p| !r.people.contains(p) && !q.excluded.contains(p))
        .map(|k| describe(facts, k))
        .collect();
    let mut people = join_names(&others);
    if people.is_empty() {
        people = join_names(&names(facts, &f.participants));
    }
    let mut details: Vec<String> = Vec::new();
    if let Some(dt) = f.date {
        details.push(date_phrase(&dt));
    }
    details.extend(place_phrase(f));
    details.extend(occasion_phrase(f));
    match f.status {
        Status::Held => {}
        Status::Planned => details.push("planned, not confirmed".into()),
        other => details.push(other.describe().into()),
    }
    Line {
        people,
        details: (!details.is_empty()).then(|| details.join(", ")),
    }
}

/// "Dong Jun (Defence Minister, China)": a person with first role and country.
fn describe(facts: &FactStore, k: &str) -> String {
    let Some(p) = facts.person(k) else {
        return k.to_string();
    };
    let mut extra: Vec<String> = Vec::new();
    if let Some(role) = p.roles.first() {
        extra.push(role.clone());
    }
    if let Some(c) = &p.country {
        extra.push(c.clone());
    }
    if extra.is_empty() {
        p.name.clone()
    } else {
        format!("{} ({})", p.name, extra.join(", "))
    }
}

/// "Who is X?": roles and country, plus their latest meeting.
pub(crate) fn who_is(facts: &FactStore, key: &str) -> Option<Draft> {
    let p = facts.person(key)?;
    let mut d = Draft {
        body: identity(p),
        ..Default::default()
    };
    let mut met: Vec<&MeetingFact> = facts
        .facts
        .iter()
        .filter(|f| f.participants.iter().any(|k| k == key))
        .collect();
    met.sort_by_key(|f| std::cmp::Reverse(f.date.map(|d| d.sort_key())));
    if let Some(f) = met.first() {
        d.body.push(' ');
        let r = Resolved {
            people: vec![key.to_string()],
            ..Default::default()
        };
        d.body
            .push_str(&when_sentence(facts, f, &Question::default(), &r, true));
        d.cite_fact(f);
    }
    Some(d)
}

/// "X is the Defence Minister (Admiral) of China, according to the articles."
fn identity(p: &Person) -> String {
    let desc = roles(p);
    match (desc.is_empty(), &p.country) {
        (false, Some(c)) => format!(
            "{} is {} of {c}, according to the articles.",
            p.name,
            article_for(&desc)
        ),
        (false, None) => format!(
            "{} is {}, according to the articles.",
            p.name,
            article_for(&desc)
        ),
        (true, Some(c)) => format!(
            "{} represents {c}, according to the articles; they don't give a title.",
            p.name
        ),
        (true, None) => format!(
            "The articles mention {} but don't say who they are.",
            p.name
        ),
    }
}

/// The first role, with further roles it does not already say in brackets.
fn roles(p: &Person) -> String {
    let mut desc = String::new();
    if let Some(role) = p.roles.first() {
        desc.push_str(role);
    }
    let first = p.roles.first().map(|r| fold(r)).unwrap_or_default();
    let more: Vec<&str> = p
        .roles
        .iter()
        .skip(1)
        .filter(|r| !first.contains(&fold(r)))
        .map(String::as_str)
        .collect();
    if !more.is_empty() {
        desc.push_str(&format!(" ({})", more.join(", ")));
    }
    desc
}

fn article_for(role: &str) -> String {
    if fold(role).starts_with("the ") {
        role.to_string()
    } else {
        format!("the {role}")
    }
}
