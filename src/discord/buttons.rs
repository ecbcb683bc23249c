//! Buttons under an answer: "Earlier meeting" (the held meeting before the one answered,
//! with the same people, in person or not as it was) and "Sources" (the evidence sentences,
//! only for the one who pressed); "Next page" under a long `/meetings` list. A button's custom id carries all it needs: the index
//! generation it came from and the meeting's fact id and key, so nothing is kept on the
//! server and a restart loses nothing; a meeting from an older generation is found again by
//! its key, or the press says the index changed. A press is acknowledged before any work,
//! counts against the rate limit, and moves the channel's conversation to the meeting shown.

use poise::serenity_prelude::{
    self as serenity, ButtonStyle, ComponentInteraction, CreateActionRow, CreateButton,
    CreateInteractionResponse, CreateInteractionResponseFollowup, EditInteractionResponse,
};

use crate::engine::Source;
use crate::engine::{Answer, AnswerKind, Engine, FactStore, MeetingFact, MeetingRef, stable_hash};

use super::checks::{Asker, Verdict, rate_limit_note};
use super::embed::answer_embed;
use super::meetings::{kind_word, page_embed, person_page};
use super::render::{fit_text, no_pings};
use super::serve::SORRY;
use super::state::{Data, Error};
use super::trace::{Outcome, traced};

/// What every custom id of attache's buttons starts with (other ids are not ours).
const PREFIX: &str = "atc";

/// Discord's limit on a custom id.
pub(crate) const MAX_CUSTOM_ID: usize = 100;

/// Said when a button's meeting is no longer in the index.
pub const INDEX_CHANGED: &str = "The index has changed since this answer and that meeting is no longer in it. Please ask again.";

/// What a button does, with what it needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Press {
    /// Show the held meeting before this one.
    Earlier(MeetingRef),
    /// Show this meeting's evidence sentences (ephemeral).
    Sources(MeetingRef),
    /// Show page `page` of `/meetings` for the person whose key hashes to `person`, in
    /// place of the page the button was under.
    NextPage {
        generation: u32,
        person: u64,
        page: usize,
    },
}

impl Press {
    /// The custom id: `atc:e:<generation>:<fact>:<key>` (hex, decimal, hex), at most
    /// [`MAX_CUSTOM_ID`] characters.
    pub(crate) fn custom_id(self) -> String {
        let id = match self {
            Press::Earlier(r) | Press::Sources(r) => {
                let action = if matches!(self, Press::Earlier(_)) {
                    "e"
                } else {
                    "s"
                };
                format!(
                    "{PREFIX}:{action}:{:08x}:{}:{:016x}",
                    r.generation, r.fact, r.key
                )
            }
            Press::NextPage {
                generation,
                person,
                page,
            } => format!("{PREFIX}:p:{generation:08x}:{person:016x}:{page}"),
        };
        debug_assert!(id.len() <= MAX_CUSTOM_ID, "{id}");
        id
    }

    /// The press a custom id names; `None` for ids that are not ours or are malformed.
    pub(crate) fn parse(id: &str) -> Option<Press> {
        let mut parts = id.split(':');
        if parts.next()? != PREFIX {
            return None;
        }
        let action = parts.next()?;
        let generation = u32::from_str_radix(parts.next()?, 16).ok()?;
        let (second, third) = (parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        let r = || -> Option<MeetingRef> {
            Some(MeetingRef {
                generation,
                fact: second.parse().ok()?,
                key: u64::from_str_radix(third, 16).ok()?,
            })
        };
        match action {
            "e" => Some(Press::Earlier(r()?)),
            "s" => Some(Press::Sources(r()?)),
            "p" => Some(Press::NextPage {
                generation,
                person: u64::from_str_radix(second, 16).ok()?,
                page: third.parse().ok()?,
            }),
            _ => None,
        }
    }
}

/// The buttons relevant under an answer about `meeting`: "Earlier meeting" when one is
/// known, "Sources" when the meeting has evidence. None without a meeting.
pub(crate) fn buttons_for(engine: &Engine, meeting: Option<&MeetingFact>) -> Vec<CreateActionRow> {
    let Some(m) = meeting else {
        return Vec::new();
    };
    let Some(r) = engine.meeting_ref(m) else {
        return Vec::new();
    };
    let mut row = Vec::new();
    if engine.earlier_meeting(m).is_some() {
        row.push(
            CreateButton::new(Press::Earlier(r).custom_id())
                .label("Earlier meeting")
                .style(ButtonStyle::Primary),
        );
    }
    if !m.evidence.is_empty() {
        row.push(
            CreateButton::new(Press::Sources(r).custom_id())
                .label("Sources")
                .style(ButtonStyle::Secondary),
        );
    }
    if row.is_empty() {
        Vec::new()
    } else {
        vec![CreateActionRow::Buttons(row)]
    }
}

/// Handles a press of one of attache's buttons (others are ignored).
pub(crate) async fn on_press(
    ctx: &serenity::Context,
    press: &ComponentInteraction,
    data: &Data,
) -> Result<(), Error> {
    let Some(what) = Press::parse(&press.data.custom_id) else {
        return Ok(());
    };
    let result = traced(press_span(press), handle(ctx, press, data, what)).await;
    if result.is_err() {
        // Short and human; the details go to the log (the framework's error handler).
        let sorry = followup().content(SORRY).ephemeral(true);
        if let Err(e) = press.create_followup(&ctx.http, sorry).await {
            tracing::warn!(error = %e, "could not tell the user about the failure");
        }
    }
    result
}

fn press_span(press: &ComponentInteraction) -> tracing::Span {
    tracing::info_span!(
        "interaction",
        id = press.id.get(),
        kind = "button",
        user = press.user.id.get(),
        guild = press.guild_id.map(|g| g.get()),
        channel = press.channel_id.get(),
        command = %press.data.custom_id,
        latency_ms = tracing::field::Empty,
        outcome = tracing::field::Empty,
    )
}

async fn handle(
    ctx: &serenity::Context,
    press: &ComponentInteraction,
    data: &Data,
    what: Press,
) -> Result<Outcome, Error> {
    // Acknowledged first: Discord's 3-second window holds whatever the work takes.
    press
        .create_response(&ctx.http, CreateInteractionResponse::Acknowledge)
        .await?;
    let asker = Asker::new(press.guild_id.map(|g| g.get()), press.user.id.get());
    if let Verdict::Limited { retry_after, .. } = data.limiter.check(asker) {
        let note = followup()
            .content(rate_limit_note(retry_after))
            .ephemeral(true);
        press.create_followup(&ctx.http, note).await?;
        return Ok(Outcome::RateLimited);
    }
    match what {
        Press::NextPage { person, page, .. } => next_page(ctx, press, data, person, page).await,
        Press::Earlier(r) => {
            let channel = press.channel_id.get();
            meeting_press(ctx, press, data, r, |m| earlier(data, channel, m)).await
        }
        Press::Sources(r) => {
            let channel = press.channel_id.get();
            let shown = |m: &MeetingFact| {
                data.show_meeting(channel, m);
                sources(&data.engine.facts(), m)
            };
            meeting_press(ctx, press, data, r, shown).await
        }
    }
}

/// A press about the meeting `r`: `reply` to it when it can be found again, else the note
/// that the index changed.
async fn meeting_press(
    ctx: &serenity::Context,
    press: &ComponentInteraction,
    data: &Data,
    r: MeetingRef,
    reply: impl FnOnce(&MeetingFact) -> CreateInteractionResponseFollowup,
) -> Result<Outcome, Error> {
    let Some(meeting) = data.engine.refind_meeting(&r) else {
        let note = followup().content(INDEX_CHANGED).ephemeral(true);
        press.create_followup(&ctx.http, note).await?;
        return Ok(Outcome::Refused);
    };
    press.create_followup(&ctx.http, reply(&meeting)).await?;
    Ok(Outcome::Answered)
}

/// "Next page": the page replaces the one the button was under (the message is edited).
async fn next_page(
    ctx: &serenity::Context,
    press: &ComponentInteraction,
    data: &Data,
    person: u64,
    page: usize,
) -> Result<Outcome, Error> {
    let facts = data.engine.facts();
    let Some(p) = facts.people.iter().find(|p| stable_hash(&p.key) == person) else {
        let note = followup().content(INDEX_CHANGED).ephemeral(true);
        press.create_followup(&ctx.http, note).await?;
        return Ok(Outcome::Refused);
    };
    let shown = person_page(
        &data.engine,
        &facts,
        p,
        page,
        data.options.meetings_per_page,
    );
    let edit = EditInteractionResponse::new()
        .components(shown.buttons)
        .allowed_mentions(no_pings());
    // A page shown with its timeline keeps it: the list is the embed's text.
    let edit = if press.message.embeds.is_empty() {
        edit.content(shown.text)
    } else {
        edit.embed(page_embed(&shown.text))
    };
    press.edit_response(&ctx.http, edit).await?;
    Ok(Outcome::Answered)
}

/// A follow-up that pings no one.
fn followup() -> CreateInteractionResponseFollowup {
    CreateInteractionResponseFollowup::new().allowed_mentions(no_pings())
}

/// The answer to "Earlier meeting": the meeting before `shown`, as an embed with its own
/// buttons; the channel's conversation moves to it.
fn earlier(data: &Data, channel: u64, shown: &MeetingFact) -> CreateInteractionResponseFollowup {
    let engine = &data.engine;
    let facts = engine.facts();
    let Some(before) = engine.earlier_meeting(shown) else {
        let text = "The indexed articles report no earlier meeting of theirs.";
        return followup().content(text).ephemeral(true);
    };
    data.show_meeting(channel, &before);
    let title = format!("Earlier meeting: {}", people(&facts, &before));
    let answer = meeting_answer(&facts, &before);
    let embed = answer_embed(&title, &answer, engine.stats().as_ref());
    followup()
        .embed(embed.to_builder())
        .components(buttons_for(engine, Some(&before)))
}

/// The answer to "Sources": the meeting's evidence sentences with their articles, only for
/// the one who pressed (the channel's conversation moves to the meeting, as with every
/// press that shows one).
fn sources(facts: &FactStore, meeting: &MeetingFact) -> CreateInteractionResponseFollowup {
    let text = evidence_text(facts, meeting);
    followup()
        .content(fit_text(&text, "(more evidence not shown)"))
        .ephemeral(true)
}

/// "Evidence for the meeting of A and B (date):" then each sentence quoted with its article.
pub(crate) fn evidence_text(facts: &FactStore, m: &MeetingFact) -> String {
    let date = m
        .date
        .map_or_else(|| "date not stated".into(), |d| d.human());
    let mut s = format!("Evidence for the meeting of {} ({date}):", people(facts, m));
    for e in &m.evidence {
        s.push_str(&format!(
            "\n> {}\n— {}, paragraph {}",
            e.sentence, e.title, e.paragraph
        ));
        if let Some(url) = &e.url {
            s.push_str(&format!(" <{url}>"));
        }
    }
    s
}

/// "A and B", "A, B and C".
fn people(facts: &FactStore, m: &MeetingFact) -> String {
    let names: Vec<&str> = m.participants.iter().map(|k| facts.name(k)).collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((only, _)) => (*only).to_string(),
        None => "unnamed people".to_string(),
    }
}

/// A meeting told as an answer: "March 2021: Meeting of A and B in Budapest (a trade fair).",
/// its first evidence sentence quoted, its articles as sources.
pub(crate) fn meeting_answer(facts: &FactStore, m: &MeetingFact) -> Answer {
    let date = m
        .date
        .map_or_else(|| "Date not stated".into(), |d| d.human());
    let mut body = format!("{date}: {} of {}", kind_word(m), people(facts, m));
    if let Some(place) = &m.place {
        body.push_str(&format!(" in {place}"));
    }
    if let Some(occ) = &m.occasion {
        body.push_str(&format!(" ({occ})"));
    }
    body.push('.');
    if let Some(e) = m.evidence.first() {
        body.push_str(&format!("\n> {}", e.sentence));
    }
    let mut sources: Vec<Source> = Vec::new();
    for e in &m.evidence {
        let s = Source::from(e);
        if !sources
            .iter()
            .any(|o| o.article == s.article && o.paragraph == s.paragraph)
        {
            sources.push(s);
        }
    }
    Answer {
        body,
        sources,
        kind: AnswerKind::Fact,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_ids_round_trip_within_discords_limit() {
        let r = MeetingRef {
            generation: u32::MAX,
            fact: usize::MAX,
            key: u64::MAX,
        };
        let next = Press::NextPage {
            generation: u32::MAX,
            person: u64::MAX,
            page: usize::MAX,
        };
        for p in [Press::Earlier(r), Press::Sources(r), next] {
            let id = p.custom_id();
            assert!(id.chars().count() <= MAX_CUSTOM_ID, "{id}");
            assert_eq!(Press::parse(&id), Some(p));
        }
        assert_eq!(Press::parse("atc:x:0:1:2"), None);
        assert_eq!(Press::parse("other:e:0:1:2"), None);
        assert_eq!(Press::parse("atc:e:0:1:2:3"), None);
    }
}
