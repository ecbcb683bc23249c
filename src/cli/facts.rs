//! `attache facts` and `attache meetings`: print the extracted meeting facts, as text (one
//! block per fact) or JSON (people by name, dates as ISO 8601 cut to their precision).

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use serde::Serialize;

use crate::engine::{
    Channel, Conflict, Engine, FactStore, MeetingFact, MeetingKind, Status, printable,
};

/// Flags of `attache facts`.
#[derive(Debug, clap::Args)]
pub(crate) struct FactsArgs {
    /// Print JSON.
    #[arg(long)]
    pub(crate) json: bool,
    /// Only the facts this person (full name, surname or given name) took part in.
    #[arg(long, value_name = "NAME")]
    pub(crate) person: Option<String>,
}

/// Flags of `attache meetings`.
#[derive(Debug, clap::Args)]
pub(crate) struct MeetingsArgs {
    /// Print JSON.
    #[arg(long)]
    pub(crate) json: bool,
    /// The person (full name, surname or given name).
    #[arg(required = true, num_args = 1..)]
    pub(crate) name: Vec<String>,
    /// Also write the timeline picture of the meetings to FILE (PNG).
    #[arg(long, value_name = "FILE")]
    pub(crate) png: Option<std::path::PathBuf>,
}

/// One fact as JSON: people by name, dates cut to their precision.
#[derive(Debug, Serialize)]
pub(crate) struct JsonFact<'a> {
    pub(crate) id: usize,
    pub(crate) participants: Vec<&'a str>,
    /// "2024-11-20", "2023-04", "2019"; null when the year is not known.
    pub(crate) date: Option<String>,
    /// Human form: "Wednesday, 20 November 2024", "November (year not stated)".
    pub(crate) date_text: String,
    pub(crate) place: Option<&'a str>,
    pub(crate) country: Option<&'a str>,
    pub(crate) occasion: Option<&'a str>,
    pub(crate) kind: MeetingKind,
    /// "in_person", "phone", "video", "written".
    pub(crate) channel: Channel,
    /// "held", "planned", "proposed", "postponed", "cancelled", "uncertain".
    pub(crate) status: Status,
    pub(crate) recalled: bool,
    /// "third meeting between the two leaders this year": the rank an article gives it.
    pub(crate) count: Option<&'a str>,
    pub(crate) outcomes: Vec<&'a str>,
    pub(crate) notes: Vec<&'a str>,
    pub(crate) quotes: Vec<JsonQuote<'a>>,
    pub(crate) conflicts: &'a [Conflict],
    pub(crate) sources: Vec<JsonSource<'a>>,
}

/// A quote as JSON.
#[derive(Debug, Serialize)]
pub(crate) struct JsonQuote<'a> {
    pub(crate) speaker: Option<&'a str>,
    pub(crate) addressee: Option<&'a str>,
    pub(crate) text: &'a str,
}

/// A source sentence as JSON.
#[derive(Debug, Serialize)]
pub(crate) struct JsonSource<'a> {
    pub(crate) article: &'a str,
    pub(crate) title: &'a str,
    pub(crate) url: Option<&'a str>,
    pub(crate) paragraph: usize,
    pub(crate) sentence: &'a str,
}

/// The JSON form of a fact.
pub(crate) fn json_fact<'a>(store: &'a FactStore, f: &'a MeetingFact) -> JsonFact<'a> {
    JsonFact {
        id: f.id,
        participants: f.participants.iter().map(|k| store.name(k)).collect(),
        date: f.date.and_then(|d| d.iso()),
        date_text: f
            .date
            .map_or_else(|| "date not stated".to_string(), |d| d.human()),
        place: f.place.as_ref().map(|p| p.name.as_str()),
        country: f.place.as_ref().and_then(|p| p.country.as_deref()),
        occasion: f.occasion.as_deref(),
        kind: f.kind,
        channel: f.channel,
        status: f.status,
        recalled: f.recalled,
        count: f.count.as_ref().map(|c| c.text.as_str()),
        outcomes: f.outcomes.iter().map(|c| c.text.as_str()).collect(),
        notes: f.notes.iter().map(|c| c.text.as_str()).collect(),
        quotes: f
            .quotes
            .iter()
            .map(|q| JsonQuote {
                speaker: q.speaker.as_deref().map(|k| store.name(k)),
                addressee: q.addressee.as_deref().map(|k| store.name(k)),
                text: &q.text,
            })
            .collect(),
        conflicts: &f.conflicts,
        sources: f
            .evidence
            .iter()
            .map(|e| JsonSource {
                article: &e.article,
                title: &e.title,
                url: e.url.as_deref(),
                paragraph: e.paragraph,
                sentence: &e.sentence,
            })
            .collect(),
    }
}

/// One fact as a human-readable block.
pub(crate) fn text_fact(store: &FactStore, f: &MeetingFact) -> String {
    let names: Vec<&str> = f.participants.iter().map(|k| store.name(k)).collect();
    let mut s = format!("#{} {}\n", f.id, printable(&names.join(" – ")));
    let status = match (f.status, f.recalled) {
        (Status::Held, true) => " (recalled)".to_string(),
        (Status::Held, false) => String::new(),
        (other, _) => format!(" ({}, not held)", other.describe()),
    };
    let channel = match f.channel {
        Channel::InPerson => "",
        Channel::Phone => " by phone",
        Channel::Video => " by video",
        Channel::Written => " in writing",
    };
    s.push_str(&format!(
        "  {:?}{channel}{status}: {}\n",
        f.kind,
        f.date
            .map_or_else(|| "date not stated".to_string(), |d| d.human())
    ));
    if let Some(p) = &f.place {
        s.push_str(&format!("  Place: {}\n", printable(&p.to_string())));
    }
    if let Some(o) = &f.occasion {
        s.push_str(&format!("  Occasion: {}\n", printable(o)));
    }
    for c in &f.outcomes {
        s.push_str(&format!("  Outcome: {}\n", printable(&c.text)));
    }
    for c in &f.notes {
        s.push_str(&format!("  Note: {}\n", printable(&c.text)));
    }
    for q in &f.quotes {
        let who = q
            .speaker
            .as_deref()
            .map_or("unknown speaker", |k| store.name(k));
        match q.addressee.as_deref() {
            Some(a) => s.push_str(&format!(
                "  Quote ({} to {}): “{}”\n",
                printable(who),
                printable(store.name(a)),
                printable(&q.text)
            )),
            None => s.push_str(&format!(
                "  Quote ({}): “{}”\n",
                printable(who),
                printable(&q.text)
            )),
        }
    }
    for c in &f.conflicts {
        let vals: Vec<&str> = c.claims.iter().map(|c| c.text.as_str()).collect();
        s.push_str(&format!(
            "  Sources disagree on {}: {}\n",
            c.field,
            printable(&vals.join(" / "))
        ));
    }
    for e in &f.evidence {
        s.push_str(&format!(
            "  Source: {} ¶{}\n",
            printable(&e.article),
            e.paragraph
        ));
    }
    s
}

fn unknown_person(engine: &Engine, name: &str) -> ExitCode {
    let s = engine.close_names(name);
    let name = printable(name);
    if s.is_empty() {
        eprintln!("No one called \"{name}\" appears in the meeting facts.");
    } else {
        eprintln!(
            "No one called \"{name}\" appears in the meeting facts. Did you mean: {}?",
            printable(&s.join(", "))
        );
    }
    ExitCode::FAILURE
}

fn print(store: &FactStore, facts: &[&MeetingFact], json: bool) -> Result<()> {
    let mut out = std::io::stdout().lock();
    if json {
        let v: Vec<JsonFact> = facts.iter().map(|f| json_fact(store, f)).collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
    } else if facts.is_empty() {
        writeln!(out, "No meeting facts.")?;
    } else {
        for f in facts {
            writeln!(out, "{}", text_fact(store, f))?;
        }
    }
    Ok(())
}

/// Runs `attache facts`.
pub(crate) fn run_facts(engine: &Engine, args: &FactsArgs) -> Result<ExitCode> {
    let store = engine.facts();
    let facts: Vec<&MeetingFact> = match &args.person {
        Some(name) => {
            let people = engine.find_people(name);
            if people.is_empty() {
                return Ok(unknown_person(engine, name));
            }
            store
                .facts
                .iter()
                .filter(|f| people.iter().any(|p| f.participants.contains(&p.key)))
                .collect()
        }
        None => store.facts.iter().collect(),
    };
    print(&store, &facts, args.json)?;
    Ok(ExitCode::SUCCESS)
}

/// Runs `attache meetings`.
pub(crate) fn run_meetings(engine: &Engine, args: &MeetingsArgs) -> Result<ExitCode> {
    let store = engine.facts();
    let name = args.name.join(" ");
    let people = engine.find_people(&name);
    if people.is_empty() {
        return Ok(unknown_person(engine, &name));
    }
    let facts = engine.meetings_of(&people);
    let facts: Vec<&MeetingFact> = facts.iter().collect();
    print(&store, &facts, args.json)?;
    if let Some(path) = &args.png {
        write_timeline(engine, &people, path)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes the timeline picture of `people`'s meetings to `path`, saying so on stderr.
fn write_timeline(
    engine: &Engine,
    people: &[crate::engine::Person],
    path: &std::path::Path,
) -> Result<()> {
    let timeline = engine.timeline(people)?;
    std::fs::write(path, &timeline.png)
        .with_context(|| format!("writing the timeline to {}", path.display()))?;
    eprintln!(
        "timeline of {} meetings written to {}",
        timeline.meetings,
        printable(&path.display().to_string())
    );
    Ok(())
}
