//! `/meetings person:<name>`: one person's meetings in date order (undated ones last), paged,
//! with their timeline picture attached when there are at least two, and
//! the option autocompleting from the people in the index (prefix matches first, then
//! fuzzy ones; at most 25 choices, as Discord allows).

use std::sync::Arc;

use poise::serenity_prelude::{
    AutocompleteChoice, CreateActionRow, CreateAttachment, CreateAutocompleteResponse,
    CreateButton, CreateEmbed,
};

use crate::engine::{Channel, Engine, FactStore, MeetingFact, MeetingKind, Person, stable_hash};

use super::ask::asker;
use super::buttons::Press;
use super::checks::{Verdict, rate_limit_note};
use super::render::{fit_text, no_pings, reply};
use super::state::{Context, Error};
use super::trace::{Outcome, command_span, traced, traced_sync};

/// Most autocomplete choices Discord shows.
pub(crate) const MAX_CHOICES: usize = 25;

/// Discord's limit on a choice's name and value.
const MAX_CHOICE_CHARS: usize = 100;

/// A person's meetings, in date order.
#[poise::command(slash_command)]
pub(crate) async fn meetings(
    ctx: Context<'_>,
    #[description = "The person (full name, surname or given name)"]
    #[autocomplete = "autocomplete_person"]
    person: String,
) -> Result<(), Error> {
    traced(command_span(ctx), run(ctx, person)).await
}

async fn run(ctx: Context<'_>, person: String) -> Result<Outcome, Error> {
    let data = ctx.data();
    if let Verdict::Limited { retry_after, .. } = data.limiter.check(asker(ctx)) {
        ctx.send(reply(rate_limit_note(retry_after)).ephemeral(true))
            .await?;
        return Ok(Outcome::RateLimited);
    }
    let per_page = data.options.meetings_per_page;
    let page = meetings_page(&data.engine, &person, 0, per_page);
    let drawing = draw_timeline(Arc::clone(&data.engine), person);
    tokio::pin!(drawing);
    let picture = match tokio::time::timeout(data.options.defer_after, &mut drawing).await {
        Ok(picture) => picture,
        Err(_) => {
            ctx.defer().await?;
            drawing.await
        }
    };
    let sent = match picture {
        Some(png) => with_picture(page, png),
        None => reply(page.text).components(page.buttons),
    };
    ctx.send(sent).await?;
    Ok(Outcome::Answered)
}

/// File name of the timeline attachment (the embed shows it as its image).
pub(crate) const TIMELINE_FILE: &str = "timeline.png";

/// The timeline picture of the person `query` names, drawn off the async runtime, when
/// they have at least two meetings (one meeting gets the text alone); `None` otherwise or
/// when drawing failed (logged: the text still goes out).
async fn draw_timeline(engine: Arc<Engine>, query: String) -> Option<Vec<u8>> {
    let drawn = tokio::task::spawn_blocking(move || {
        let person = engine.find_person(&query)?;
        let timeline = engine.timeline(std::slice::from_ref(&person));
        Some(timeline.map(|t| (t.meetings >= 2).then_some(t.png)))
    })
    .await;
    match drawn {
        Ok(Some(Ok(png))) => png,
        Ok(None) => None,
        Ok(Some(Err(e))) => {
            tracing::warn!(error = format!("{e:#}"), "could not draw the timeline");
            None
        }
        Err(e) => {
            tracing::warn!(error = %e, "the timeline task failed");
            None
        }
    }
}

/// A `/meetings` page with the timeline: the list in an embed (the picture's facts as
/// text, for screen readers and search) whose image is the attached PNG.
fn with_picture(page: Page, png: Vec<u8>) -> poise::CreateReply {
    poise::CreateReply::default()
        .embed(page_embed(&page.text))
        .attachment(CreateAttachment::bytes(png, TIMELINE_FILE))
        .components(page.buttons)
        .allowed_mentions(no_pings())
}

/// The embed of a `/meetings` page shown with its timeline.
pub(crate) fn page_embed(text: &str) -> CreateEmbed {
    CreateEmbed::new()
        .description(text)
        .image(format!("attachment://{TIMELINE_FILE}"))
}

async fn autocomplete_person(ctx: Context<'_>, partial: &str) -> CreateAutocompleteResponse {
    traced_sync(command_span(ctx), || {
        let choices = ctx
            .data()
            .engine
            .suggest_people(partial, MAX_CHOICES)
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

/// Most names offered when nobody matches.
const MAX_SUGGESTIONS: usize = 5;

/// Meetings listed on one page of `/meetings` (the rest behind "Next page"): a page is
/// read at a glance and always fits Discord's 2,000 characters.
pub const MEETINGS_PER_PAGE: usize = 10;

/// The whole `/meetings` answer for `query` (its first page when a list is longer than
/// `per_page`), fitted into one message.
pub fn meetings_text(engine: &Engine, query: &str, per_page: usize) -> String {
    meetings_page(engine, query, 0, per_page).text
}

/// One page of `/meetings`: its text and, when more follow, the "Next page" button.
pub(crate) struct Page {
    pub(crate) text: String,
    pub(crate) buttons: Vec<CreateActionRow>,
}

/// Page `page` (0-based) of the `/meetings` answer for `query`.
pub(crate) fn meetings_page(engine: &Engine, query: &str, page: usize, per_page: usize) -> Page {
    let facts = engine.facts();
    let Some(p) = engine.find_person(query) else {
        let close = engine.suggest_people(query, MAX_SUGGESTIONS);
        return Page {
            text: fit_text(&unknown_person(&facts, query, &close), "(list shortened)"),
            buttons: Vec::new(),
        };
    };
    person_page(engine, &facts, &p, page, per_page)
}

/// Page `page` of `person`'s meetings, with "Next page" when more follow.
pub(crate) fn person_page(
    engine: &Engine,
    facts: &FactStore,
    person: &Person,
    page: usize,
    per_page: usize,
) -> Page {
    let theirs = engine.meetings_of(std::slice::from_ref(person));
    let per_page = per_page.max(1);
    let pages = theirs.len().div_ceil(per_page).max(1);
    let page = page.min(pages - 1);
    let shown =
        &theirs[(page * per_page).min(theirs.len())..theirs.len().min((page + 1) * per_page)];
    let mut text = render_meetings(facts, person, shown);
    if pages > 1 {
        let first = page * per_page + 1;
        let last = first + shown.len() - 1;
        text = text.replacen(
            &format!("({}), in date order:", shown.len()),
            &format!("({}), in date order; {first} to {last}:", theirs.len()),
            1,
        );
    }
    let buttons = match engine.generation_tag() {
        Some(generation) if page + 1 < pages => {
            let next = Press::NextPage {
                generation,
                person: stable_hash(&person.key),
                page: page + 1,
            };
            let label = format!("Next page ({} of {pages})", page + 2);
            vec![CreateActionRow::Buttons(vec![
                CreateButton::new(next.custom_id()).label(label),
            ])]
        }
        _ => Vec::new(),
    };
    Page {
        text: fit_text(&text, "(list shortened)"),
        buttons,
    }
}

/// The answer when no person matches: suggestions when there are close ones.
fn unknown_person(facts: &FactStore, query: &str, close: &[Person]) -> String {
    let close: Vec<&str> = close.iter().map(|p| p.name.as_str()).collect();
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

pub(crate) fn kind_word(f: &MeetingFact) -> &'static str {
    match (f.channel, f.kind) {
        (Channel::Phone, _) => "Call",
        (Channel::Video, _) => "Video call",
        (Channel::Written, _) => "Letters",
        (Channel::InPerson, MeetingKind::Meeting) => "Meeting",
        (Channel::InPerson, MeetingKind::Visit) => "Visit",
        (Channel::InPerson, MeetingKind::Summit) => "Summit",
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
    let mut s = format!("- {date}: {}", kind_word(f));
    if !others.is_empty() {
        s.push_str(&format!(" with {}", others.join(", ")));
    }
    if let Some(place) = &f.place {
        s.push_str(&format!(" in {place}"));
    }
    if let Some(occ) = &f.occasion {
        s.push_str(&format!(" ({occ})"));
    }
    if !f.status.is_held() {
        s.push_str(&format!(" [{}]", f.status.describe()));
    }
    if let Some(e) = f.evidence.first() {
        s.push_str(&format!(" — {}, paragraph {}", e.title, e.paragraph));
    }
    s
}

/// The person's meetings (`theirs`, in date order as the engine gives them).
pub(crate) fn render_meetings(
    facts: &FactStore,
    person: &Person,
    theirs: &[MeetingFact],
) -> String {
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
    use crate::engine::{FuzzyDate, Status};
    use crate::testing::StoreBuilder;

    fn store() -> FactStore {
        StoreBuilder::new()
            .person("Ingrid Solberg")
            .role("Trade Minister")
            .country("Norway")
            .person("Tomas Varga")
            .person("Tomasz Ivanek")
            .meeting(&["ingrid solberg", "tomas varga"])
            .date(FuzzyDate::month(2023, 4))
            .place_in("Bergen", "Norway")
            .evidence("a.txt", 1, "")
            .titled("Harbour talks")
            .meeting(&["ingrid solberg", "tomasz ivanek"])
            .status(Status::Planned)
            .place_in("Bergen", "Norway")
            .evidence("a.txt", 2, "")
            .titled("Harbour talks")
            .meeting(&["tomas varga", "ingrid solberg"])
            .date(FuzzyDate::year(2019))
            .place_in("Bergen", "Norway")
            .evidence("a.txt", 3, "")
            .titled("Harbour talks")
            .build()
    }

    #[test]
    fn meetings_are_listed_in_the_order_given() {
        let s = store();
        // In date order, as the engine gives them: 2019, April 2023, undated.
        let theirs: Vec<MeetingFact> = [2, 0, 1].map(|i| s.facts[i].clone()).to_vec();
        let text = render_meetings(&s, &s.people[0], &theirs);
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
        // As the engine suggests them for "Tom": the one with more meetings first.
        let close: Vec<Person> = vec![s.people[1].clone(), s.people[2].clone()];
        let t = unknown_person(&s, "Tom", &close);
        assert!(
            t.contains("Did you mean: Tomas Varga, Tomasz Ivanek?"),
            "{t}"
        );
    }
}
