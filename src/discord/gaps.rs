//! `/gaps`: the questions the articles could not answer, for admins only (the same check as
//! `/reindex`). In a guild it lists that guild's questions; in a direct message (where only
//! the users of `discord.admin_user_ids` pass the check) those of every place. Private.

use crate::engine::AskedIn;

use super::reindex::caller_is_admin;
use super::render::{fit_text, reply};
use super::state::{Context, Error};
use super::trace::{Outcome, command_span, traced};

/// Said to members who may not see the unanswered questions.
pub const GAPS_NOT_ALLOWED: &str = "Sorry, only server managers (or the admins named in \
attache's config) can see the unanswered questions.";

/// Questions listed in each part (most recent, most frequent): what fits in one message.
const LISTED: usize = 10;

/// Questions the articles could not answer (admins only).
#[poise::command(slash_command, default_member_permissions = "MANAGE_GUILD")]
pub(crate) async fn gaps(ctx: Context<'_>) -> Result<(), Error> {
    traced(command_span(ctx), run(ctx)).await
}

async fn run(ctx: Context<'_>) -> Result<Outcome, Error> {
    if !caller_is_admin(ctx) {
        tracing::info!("gaps refused: not an admin");
        ctx.send(reply(GAPS_NOT_ALLOWED).ephemeral(true)).await?;
        return Ok(Outcome::Refused);
    }
    let only = ctx.guild_id().map(|g| AskedIn::Guild(g.get()));
    let engine = std::sync::Arc::clone(&ctx.data().engine);
    let report = tokio::task::spawn_blocking(move || engine.gaps(only, LISTED)).await?;
    let text = report.text(one_line);
    ctx.send(reply(fit_text(&text, "(list shortened)")).ephemeral(true))
        .await?;
    Ok(Outcome::Answered)
}

/// A question on one line of the list, its Markdown shown as typed.
fn one_line(question: &str) -> String {
    let flat: String = question.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(flat.len());
    for c in flat.chars() {
        if matches!(
            c,
            '*' | '_' | '`' | '~' | '|' | '>' | '#' | '[' | ']' | '\\'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_stay_on_one_line_with_markdown_escaped() {
        assert_eq!(one_line("who *met*\n# them?"), "who \\*met\\* \\# them?");
    }
}
