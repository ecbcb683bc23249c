//! `/ask question:<text>`: the engine's answer with its sources, in the conversation of the
//! channel, as an embed (plain text where the bot lacks Embed Links). Rate-limited per user; deferred when the answer takes
//! longer than a moment so Discord's 3-second window is never missed.

use std::time::Duration;

use super::buttons::buttons_for;
use super::checks::{Asker, Verdict, rate_limit_note};
use super::embed::answer_embed;
use super::render::{embed_reply, fit_answer, reply};
use super::state::{Context, Error};
use super::trace::{Outcome, command_span, traced};

/// Answers not ready after this long are deferred ("attache is thinking..."), well inside
/// Discord's 3-second window for the first response.
pub(crate) const DEFER_AFTER: Duration = Duration::from_millis(1200);

/// Ask about meetings between public figures, e.g. "When did they last meet?"
#[poise::command(slash_command)]
pub(crate) async fn ask(
    ctx: Context<'_>,
    #[description = "Your question, e.g. When did the two ministers last meet?"]
    #[max_length = 500]
    question: String,
) -> Result<(), Error> {
    traced(command_span(ctx), run(ctx, question)).await
}

async fn run(ctx: Context<'_>, question: String) -> Result<Outcome, Error> {
    let data = ctx.data();
    if let Verdict::Limited { retry_after, .. } = data.limiter.check(asker(ctx)) {
        ctx.send(reply(rate_limit_note(retry_after)).ephemeral(true))
            .await?;
        return Ok(Outcome::RateLimited);
    }
    let question = question.trim();
    if question.is_empty() {
        ctx.send(reply("Please ask a question, e.g. \"When did they last meet?\"").ephemeral(true))
            .await?;
        return Ok(Outcome::Refused);
    }
    let guild = ctx.guild_id().map(|g| g.get());
    let answering = data.ask_about(ctx.channel_id().get(), guild, question);
    tokio::pin!(answering);
    let defer_after = data.options.defer_after;
    let (answer, meeting) = if defer_after.is_zero() {
        ctx.defer().await?;
        answering.await?
    } else {
        match tokio::time::timeout(defer_after, &mut answering).await {
            Ok(answer) => answer?,
            Err(_) => {
                ctx.defer().await?;
                answering.await?
            }
        }
    };
    tracing::debug!(kind = ?answer.kind, sources = answer.sources.len(), "answer ready");
    let stats = data.engine.stats();
    let sent = if embeds_allowed(ctx) {
        embed_reply(&answer_embed(question, &answer, stats.as_ref()))
    } else {
        reply(fit_answer(&answer))
    };
    let sent = sent.components(buttons_for(&data.engine, meeting.as_ref()));
    ctx.send(sent).await?;
    Ok(Outcome::Answered)
}

/// Who asks, for the rate limit: the user in this guild (or in direct messages).
pub(crate) fn asker(ctx: Context<'_>) -> Asker {
    Asker::new(ctx.guild_id().map(|g| g.get()), ctx.author().id.get())
}

/// Whether the bot may send embeds where the interaction came from: its `app_permissions`
/// include Embed Links (Discord always sends them; when missing, embeds are tried).
pub(crate) fn embeds_allowed(ctx: Context<'_>) -> bool {
    match ctx {
        poise::Context::Application(a) => a
            .interaction
            .app_permissions
            .is_none_or(|p| p.embed_links()),
        poise::Context::Prefix(_) => true,
    }
}
