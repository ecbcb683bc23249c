//! One tracing span per interaction or message: who (user, guild, channel), what (command),
//! and, once handled, how long it took and how it ended. The token never goes near a span.

use std::future::Future;
use std::time::Instant;

use poise::serenity_prelude::Message;
use tracing::{Instrument, Span, field};

use super::state::{Context, Error};

/// How handling an interaction or message ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Answered (or acknowledged and done).
    Answered,
    /// Refused: not allowed, or already running.
    Refused,
    /// Refused by the per-user rate limit.
    RateLimited,
}

impl Outcome {
    /// The label logged in the span's `outcome` field.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Outcome::Answered => "answered",
            Outcome::Refused => "refused",
            Outcome::RateLimited => "rate_limited",
        }
    }
}

/// The span of one slash command or autocomplete interaction.
pub(crate) fn command_span(ctx: Context<'_>) -> Span {
    let kind = match ctx {
        poise::Context::Application(a)
            if a.interaction_type == poise::CommandInteractionType::Autocomplete =>
        {
            "autocomplete"
        }
        _ => "command",
    };
    tracing::info_span!(
        "interaction",
        id = ctx.id(),
        kind,
        user = ctx.author().id.get(),
        guild = ctx.guild_id().map(|g| g.get()),
        channel = ctx.channel_id().get(),
        command = %ctx.command().qualified_name,
        latency_ms = field::Empty,
        outcome = field::Empty,
    )
}

/// The span of one message addressed to the bot.
pub(crate) fn message_span(msg: &Message) -> Span {
    tracing::info_span!(
        "message",
        id = msg.id.get(),
        user = msg.author.id.get(),
        guild = msg.guild_id.map(|g| g.get()),
        channel = msg.channel_id.get(),
        kind = if msg.guild_id.is_some() {
            "mention"
        } else {
            "direct"
        },
        command = "mention",
        latency_ms = field::Empty,
        outcome = field::Empty,
    )
}

/// Runs quick synchronous `work` (autocomplete) inside `span`, then records its latency
/// and logs one line.
pub(crate) fn traced_sync<T>(span: Span, work: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let out = span.in_scope(work);
    let ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    span.record("latency_ms", ms);
    span.record("outcome", field::display(Outcome::Answered.as_str()));
    tracing::debug!(parent: &span, "handled");
    out
}

/// Runs `work` inside `span`, then records its latency and outcome and logs one line.
pub(crate) async fn traced<F>(span: Span, work: F) -> Result<(), Error>
where
    F: Future<Output = Result<Outcome, Error>>,
{
    let started = Instant::now();
    let result = work.instrument(span.clone()).await;
    let ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    span.record("latency_ms", ms);
    match &result {
        Ok(outcome) => {
            span.record("outcome", field::display(outcome.as_str()));
            tracing::info!(parent: &span, "handled");
        }
        Err(_) => {
            span.record("outcome", field::display("error"));
            // The error itself is logged once, by the framework's error handler.
            tracing::warn!(parent: &span, "failed");
        }
    }
    result.map(|_| ())
}
