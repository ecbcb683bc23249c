//! `/add`: adds one article to the corpus, for admins only (the same check as `/reindex`):
//! an attachment (.txt, .md, .html, .json, .jsonl) or a URL. Acknowledged at once (deferred,
//! private); the file is downloaded within `[fetch]`'s limits, added by
//! [`Engine::add`](crate::engine::Engine::add) on a blocking thread (saved under `added/`,
//! reindexed incrementally) and the reply says what was learnt, or why nothing was added.

use std::sync::Arc;

use poise::serenity_prelude as serenity;

use crate::engine::{AddInput, error_text};

use super::reindex::caller_is_admin;
use super::render::{fit_text, reply};
use super::state::{Context, Error};
use super::trace::{Outcome, command_span, traced};

/// Said to members who may not add articles.
pub const ADD_NOT_ALLOWED: &str =
    "Sorry, only server managers (or the admins named in attache's config) can add articles.";

/// Said when neither or both of the options are given.
pub const ADD_ONE_SOURCE: &str = "Give one article to add: an attachment or a url.";

/// Add an article to the corpus (admins only): an attachment or a URL.
#[poise::command(slash_command, default_member_permissions = "MANAGE_GUILD")]
pub(crate) async fn add(
    ctx: Context<'_>,
    #[description = "An article file: .txt, .md, .html, .json or .jsonl"] attachment: Option<
        serenity::Attachment,
    >,
    #[description = "The http(s) address of an article"] url: Option<String>,
) -> Result<(), Error> {
    traced(command_span(ctx), run(ctx, attachment, url)).await
}

async fn run(
    ctx: Context<'_>,
    attachment: Option<serenity::Attachment>,
    url: Option<String>,
) -> Result<Outcome, Error> {
    if !caller_is_admin(ctx) {
        tracing::info!("add refused: not an admin");
        ctx.send(reply(ADD_NOT_ALLOWED).ephemeral(true)).await?;
        return Ok(Outcome::Refused);
    }
    if attachment.is_some() == url.is_some() {
        ctx.send(reply(ADD_ONE_SOURCE).ephemeral(true)).await?;
        return Ok(Outcome::Refused);
    }
    ctx.defer_ephemeral().await?;
    let engine = Arc::clone(&ctx.data().engine);
    let input = match (&attachment, &url) {
        (Some(a), _) => engine
            .fetch(&a.url)
            .await
            .map(|file| AddInput::from_file(&a.filename, file.bytes))
            .map_err(anyhow::Error::from),
        (None, Some(u)) => match engine.fetch(u).await {
            Ok(page) => AddInput::from_page(page),
            Err(e) => Err(e.into()),
        },
        (None, None) => unreachable!("one source was checked above"),
    };
    let added_by = format!("Discord user {}", ctx.author().name);
    let result = match input {
        Ok(input) => tokio::task::spawn_blocking(move || engine.add(&input, &added_by)).await?,
        Err(e) => Err(e),
    };
    let text = match result {
        Ok(report) => report.summary(),
        Err(e) => {
            tracing::info!(error = %error_text(&e), "article not added");
            format!("Not added: {}", error_text(&e))
        }
    };
    ctx.send(reply(fit_text(&text, "(report shortened)")).ephemeral(true))
        .await?;
    Ok(Outcome::Answered)
}
