//! `/ask question:<text>`: the engine's answer with its sources, in the conversation of the
//! channel, fitted into one message. Rate-limited per user; deferred when the answer takes
//! longer than a moment so Discord's 3-second window is never missed.

use std::time::Duration;

use super::checks::{Verdict, rate_limit_note};
use super::render::{fit_answer, reply};
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
    if let Verdict::Limited { retry_after, .. } = data.limiter.check(ctx.author().id.get()) {
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
    let answering = data.ask_in(ctx.channel_id().get(), guild, question);
    tokio::pin!(answering);
    let defer_after = data.options.defer_after;
    let answer = if defer_after.is_zero() {
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
    ctx.send(reply(fit_answer(&answer))).await?;
    Ok(Outcome::Answered)
}
