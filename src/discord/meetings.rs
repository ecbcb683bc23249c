//! `/meetings person:<name>`: one person's meetings in date order (undated ones last), with
//! the option autocompleting from the people in the index (prefix matches first, then
//! fuzzy ones; at most 25 choices, as Discord allows).

use std::cmp::Reverse;
use std::collections::HashMap;

use poise::serenity_prelude::{AutocompleteChoice, CreateAutocompleteResponse};

use crate::cli::facts::by_date;
use crate::model::{FactStore, MeetingFact, MeetingKind, Person, Status};

use super::checks::{Verdict, rate_limit_note};
use super::render::{fit_text, reply};
use super::state::{Context, Error};
use super::trace::{Outcome, command_span, traced, traced_sync};

/// Most autocomplete choices Discord shows.
pub const MAX_CHOICES: usize = 25;

/// Discord's limit on a choice's name and value.
const MAX_CHOICE_CHARS: usize = 100;

/// A person's meetings, in date order.
#[poise::command(slash_command)]
pub async fn meetings(
    ctx: Context<'_>,
    #[description = "The person (full name, surname or given name)"]
    #[autocomplete = "autocomplete_person"]
    person: String,
) -> Result<(), Error> {
    traced(command_span(ctx), run(ctx, person)).await
}

async fn run(ctx: Context<'_>, person: String) -> Result<Outcome, Error> {
    let data = ctx.data();
    if let Verdict::Limited { retry_after, .. } = data.limiter.check(ctx.author().id.get()) {
        ctx.send(reply(rate_limit_note(retry_after)).ephemeral(true))
            .await?;
        return Ok(Outcome::RateLimited);
    }
    let text = meetings_text(&data.engine.facts(), &person);
    ctx.send(reply(text)).await?;
    Ok(Outcome::Answered)
}

async fn autocomplete_person(ctx: Context<'_>, partial: &str) -> CreateAutocompleteResponse {
    traced_sync(command_span(ctx), || {
        let facts = ctx.data().engine.facts();
        let choices = suggest(&facts, partial, MAX_CHOICES)
            .into_iter()
            .filter(|p| !p.name.trim().is_empty())
            .map(|p| {
                let name: String = p.name.chars().take(MAX_CHOICE_CHARS).collect();
                AutocompleteChoice::new(name.clone(), name)
            })
            .collect();
        CreateAutocompleteResponse::new().set_choices(choices)
    })
}

fn fold(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The names a person goes by, folded: key, name, aliases.
fn names(p: &Person) -> impl Iterator<Item = String> + '_ {
    [p.key.as_str(), p.name.as_str()]
        .into_iter()
        .chain(p.aliases.iter().map(String::as_str))
        .map(fold)
}

/// Edit distance on chars counting a swap of neighbours as one edit (names are short).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // rows[i][j]: distance between a[..i] and b[..j].
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = d;
        }
    }
    rows[a.len()][b.len()]
}

/// How well `query` (folded, non-empty) matches a person; lower is better, `None` is no match.
fn score(p: &Person, query: &str) -> Option<usize> {
    let mut best: Option<usize> = None;
    let mut consider = |s: usize| best = Some(best.map_or(s, |b| b.min(s)));
    let qlen = query.chars().count();
    let tolerance = (qlen / 4).clamp(1, 2);
    for name in names(p) {
        if name == query {
            consider(0);
        } else if name.starts_with(query) {
            consider(1);
        } else if name.split(' ').any(|w| w.starts_with(query)) {
            consider(2);
        } else if name.contains(query) {
            consider(3);
        } else if qlen >= 3 {
            // Fuzzy: the query against the start of the name or of any word, same length.
            let starts = std::iter::once(name.as_str()).chain(name.split(' ').skip(1));
            for s in starts {
                let head: String = s.chars().take(qlen).collect();
                let d = edit_distance(query, &head);
                if d <= tolerance {
                    consider(3 + d);
                }
            }
        }
    }
    best
}

/// People matching `partial`, best first (exact, prefix, word prefix, substring, fuzzy; then
/// those with more meetings; then by name), at most `limit`. An empty `partial` lists the
/// people with the most meetings.
pub fn suggest<'a>(facts: &'a FactStore, partial: &str, limit: usize) -> Vec<&'a Person> {
    let query = fold(partial);
    let counts = meeting_counts(facts);
    let mut scored: Vec<(usize, usize, &Person)> = facts
        .people
        .iter()
        .filter_map(|p| {
            let s = if query.is_empty() {
                Some(0)
            } else {
                score(p, &query)
            };
            s.map(|s| (s, counts.get(p.key.as_str()).copied().unwrap_or(0), p))
        })
        .collect();
    scored.sort_by(|a, b| (a.0, Reverse(a.1), &a.2.name).cmp(&(b.0, Reverse(b.1), &b.2.name)));
    scored.into_iter().take(limit).map(|(_, _, p)| p).collect()
}

fn meeting_counts(facts: &FactStore) -> HashMap<&str, usize> {
    let mut counts = HashMap::new();
    for f in &facts.facts {
        for k in &f.participants {
            *counts.entry(k.as_str()).or_insert(0) += 1;
        }
    }
    counts
}

/// The person `query` names: an exact name, key or alias, else the best unambiguous
/// prefix, substring or close fuzzy match.
pub fn find_person<'a>(facts: &'a FactStore, query: &str) -> Option<&'a Person> {
    let q = fold(query);
    if q.is_empty() {
        return None;
    }
    let best = suggest(facts, &q, 2);
    let first = *best.first()?;
    let first_score = score(first, &q)?;
    match best.get(1) {
        // Two equally good partial matches: ambiguous, unless the first is exact.
        Some(second) if first_score > 0 && score(second, &q) == Some(first_score) => None,
        _ => Some(first),
    }
}

/// The whole `/meetings` answer for `query`, fitted into one message.
pub fn meetings_text(facts: &FactStore, query: &str) -> String {
    let text = match find_person(facts, query) {
        Some(p) => render_meetings(facts, p),
        None => unknown_person(facts, query),
    };
    fit_text(&text, "(list shortened)")
}

/// The answer when no person matches: suggestions when there are close ones.
fn unknown_person(facts: &FactStore, query: &str) -> String {
    let close: Vec<&str> = suggest(facts, query, 5)
        .into_iter()
        .map(|p| p.name.as_str())
        .collect();
    let mut s = format!(
        "I couldn't tell whom \"{}\" means among the {} people in the indexed articles.",
        query.trim(),
        facts.people.len()
    );
    if !close.is_empty() {
        s.push_str(&format!(" Did you mean: {}?", close.join(", ")));
    }
    s
}

/// "Jane Doe (Defence Minister, India)".
fn describe(p: &Person) -> String {
    let mut extra: Vec<&str> = Vec::new();
    if let Some(role) = p.roles.first() {
        extra.push(role);
    }
    if let Some(c) = &p.country {
        extra.push(c);
    }
    if extra.is_empty() {
        p.name.clone()
    } else {
        format!("{} ({})", p.name, extra.join(", "))
    }
}

fn kind_word(kind: MeetingKind) -> &'static str {
    match kind {
        MeetingKind::Meeting => "Meeting",
        MeetingKind::Call => "Call",
        MeetingKind::Visit => "Visit",
        MeetingKind::Summit => "Summit",
    }
}

/// One line for one fact, from `person`'s point of view.
fn fact_line(facts: &FactStore, person: &Person, f: &MeetingFact) -> String {
    let date = f
        .date
        .map_or_else(|| "Date not stated".to_string(), |d| d.human());
    let others: Vec<&str> = f
        .participants
        .iter()
        .filter(|k| **k != person.key)
        .map(|k| facts.name(k))
        .collect();
    let mut s = format!("- {date}: {}", kind_word(f.kind));
    if !others.is_empty() {
        s.push_str(&format!(" with {}", others.join(", ")));
    }
    if let Some(place) = &f.place {
        s.push_str(&format!(" in {place}"));
    }
    if let Some(occ) = &f.occasion {
        s.push_str(&format!(" ({occ})"));
    }
    if f.status == Status::Planned {
        s.push_str(" [planned]");
    }
    if let Some(e) = f.evidence.first() {
        s.push_str(&format!(" — {}, paragraph {}", e.title, e.paragraph));
    }
    s
}

/// The person's meetings in date order; undated ones (and those without a year) last.
pub fn render_meetings(facts: &FactStore, person: &Person) -> String {
    // The same order as `attache meetings`.
    let theirs = by_date(
        facts
            .facts
            .iter()
            .filter(|f| f.participants.contains(&person.key)),
    );
    if theirs.is_empty() {
        return format!(
            "The indexed articles mention {} but report no meeting of theirs.",
            describe(person)
        );
    }
    let mut s = format!(
        "Meetings of {} in the indexed articles ({}), in date order:",
        describe(person),
        theirs.len()
    );
    for f in theirs {
        s.push('\n');
        s.push_str(&fact_line(facts, person, f));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, FuzzyDate, Place};

    fn person(key: &str, name: &str, aliases: &[&str]) -> Person {
        Person {
            key: key.into(),
            name: name.into(),
            roles: vec!["Trade Minister".into()],
            country: Some("Norway".into()),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
        }
    }

    fn fact(id: usize, who: &[&str], date: Option<FuzzyDate>, status: Status) -> MeetingFact {
        MeetingFact {
            id,
            participants: who.iter().map(|w| w.to_string()).collect(),
            kind: MeetingKind::Meeting,
            status,
            date,
            place: Some(Place {
                name: "Bergen".into(),
                country: Some("Norway".into()),
            }),
            occasion: None,
            outcomes: vec![],
            notes: vec![],
            quotes: vec![],
            evidence: vec![Evidence {
                article: "a.txt".into(),
                title: "Harbour talks".into(),
                url: None,
                paragraph: id + 1,
                sentence: String::new(),
            }],
            conflicts: vec![],
            recalled: false,
        }
    }

    fn store() -> FactStore {
        FactStore {
            people: vec![
                person("ingrid solberg", "Ingrid Solberg", &["Solberg"]),
                person("tomas varga", "Tomas Varga", &["Varga"]),
                person("tomasz ivanek", "Tomasz Ivanek", &["Ivanek"]),
            ],
            facts: vec![
                fact(
                    0,
                    &["ingrid solberg", "tomas varga"],
                    Some(FuzzyDate::month(2023, 4)),
                    Status::Held,
                ),
                fact(
                    1,
                    &["ingrid solberg", "tomasz ivanek"],
                    None,
                    Status::Planned,
                ),
                fact(
                    2,
                    &["tomas varga", "ingrid solberg"],
                    Some(FuzzyDate::year(2019)),
                    Status::Held,
                ),
            ],
        }
    }

    #[test]
    fn prefix_matches_come_first_then_fuzzy() {
        let s = store();
        let names: Vec<&str> = suggest(&s, "tom", 25)
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(names.len(), 2);
        // Both are prefix matches; the one with more meetings first.
        assert_eq!(names[0], "Tomas Varga");
        let fuzzy: Vec<&str> = suggest(&s, "solbreg", 25)
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(fuzzy, vec!["Ingrid Solberg"]);
        assert!(suggest(&s, "zzzz", 25).is_empty());
        assert_eq!(suggest(&s, "", 2).len(), 2);
    }

    #[test]
    fn edit_distance_counts_swaps_once() {
        assert_eq!(edit_distance("solbreg", "solberg"), 1);
        assert_eq!(edit_distance("varga", "vargo"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("ines", "ines"), 0);
    }

    #[test]
    fn at_most_the_limit() {
        let mut s = store();
        for i in 0..60 {
            s.people
                .push(person(&format!("anna {i}"), &format!("Anna Berg {i}"), &[]));
        }
        assert_eq!(suggest(&s, "ann", MAX_CHOICES).len(), MAX_CHOICES);
        assert_eq!(suggest(&s, "", MAX_CHOICES).len(), MAX_CHOICES);
    }

    #[test]
    fn find_by_name_alias_or_unambiguous_prefix() {
        let s = store();
        assert_eq!(
            find_person(&s, "ingrid SOLBERG").unwrap().key,
            "ingrid solberg"
        );
        assert_eq!(find_person(&s, "Varga").unwrap().key, "tomas varga");
        assert_eq!(find_person(&s, "Ivan").unwrap().key, "tomasz ivanek");
        assert!(find_person(&s, "Tom").is_none(), "ambiguous");
        assert!(find_person(&s, "  ").is_none());
    }

    #[test]
    fn meetings_in_date_order_undated_last() {
        let s = store();
        let text = render_meetings(&s, &s.people[0]);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].starts_with("Meetings of Ingrid Solberg (Trade Minister, Norway)"));
        assert!(lines[1].starts_with("- 2019: Meeting with Tomas Varga in Bergen, Norway"));
        assert!(lines[2].starts_with("- April 2023: Meeting with Tomas Varga"));
        assert!(lines[3].starts_with("- Date not stated: Meeting with Tomasz Ivanek"));
        assert!(lines[3].contains("[planned]"));
        assert!(lines[3].ends_with("Harbour talks, paragraph 2"));
    }

    #[test]
    fn unknown_people_get_suggestions() {
        let s = store();
        let t = unknown_person(&s, "Tom");
        assert!(
            t.contains("Did you mean: Tomas Varga, Tomasz Ivanek?"),
            "{t}"
        );
    }
}
