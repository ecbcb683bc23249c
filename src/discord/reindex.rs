//! `/reindex`: rebuilds the index from the corpus, for admins only. Registered with the
//! default member permission Manage Server, and checked again here on every call (see
//! [`is_admin`]). An allowed reindex is acknowledged at once (deferred, ephemeral), runs on a
//! blocking thread with the engine's crash-safe swap while questions keep being answered,
//! and ends with the report as a follow-up. A second one while one runs is refused.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::engine::{Progress, ReindexOptions, ReindexReport, Stage};

use super::checks::is_admin;
use super::render::{fit_text, reply};
use super::state::{Context, Error};
use super::trace::{Outcome, command_span, traced};

/// Said to members who may not reindex.
pub const NOT_ALLOWED: &str =
    "Sorry, only server managers (or the admins named in attache's config) can reindex.";

/// Said when a reindex is already running.
pub const ALREADY_RUNNING: &str = "A reindex is already running. I keep answering from the \
current index meanwhile and will switch to the new one when it is done.";

/// Rebuild the index from the articles (admins only).
#[poise::command(slash_command, default_member_permissions = "MANAGE_GUILD")]
pub(crate) async fn reindex(ctx: Context<'_>) -> Result<(), Error> {
    traced(command_span(ctx), run(ctx)).await
}

/// True when the caller of this interaction may run admin commands.
pub(super) fn caller_is_admin(ctx: Context<'_>) -> bool {
    let (roles, permissions) = match ctx {
        poise::Context::Application(a) => match &a.interaction.member {
            Some(m) => (m.roles.iter().map(|r| r.get()).collect(), m.permissions),
            None => (Vec::new(), None),
        },
        poise::Context::Prefix(_) => (Vec::new(), None),
    };
    is_admin(
        &ctx.data().config,
        ctx.author().id.get(),
        &roles,
        permissions,
    )
}

async fn run(ctx: Context<'_>) -> Result<Outcome, Error> {
    let data = ctx.data();
    if !caller_is_admin(ctx) {
        tracing::info!("reindex refused: not an admin");
        ctx.send(reply(NOT_ALLOWED).ephemeral(true)).await?;
        return Ok(Outcome::Refused);
    }
    // Claimed before anything is sent, so two calls close together cannot both start.
    if data.engine.is_reindexing() || data.reindex_claim.swap(true, Ordering::AcqRel) {
        ctx.send(reply(ALREADY_RUNNING).ephemeral(true)).await?;
        return Ok(Outcome::Refused);
    }
    let claim = Claim(&data.reindex_claim);
    ctx.defer_ephemeral().await?;
    let engine = Arc::clone(&data.engine);
    let cancel = Arc::clone(&data.cancel);
    let progress = LogProgress(data.options.reindex_progress.clone());
    let result = tokio::task::spawn_blocking(move || {
        engine.reindex(&ReindexOptions::default(), &progress, &cancel)
    })
    .await?;
    // Released before the report is sent: whoever reads it may reindex again at once.
    drop(claim);
    let (text, outcome) = report_text(&engine_result(result));
    ctx.send(reply(fit_text(&text, "(report shortened)")).ephemeral(true))
        .await?;
    Ok(outcome)
}

/// Releases the reindex claim when dropped (also on errors).
struct Claim<'a>(&'a AtomicBool);

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Release);
    }
}

/// A reindex's result with the error reduced to what an admin should read.
enum Finished {
    Done(ReindexReport),
    Busy,
    Failed(String),
}

fn engine_result(result: anyhow::Result<ReindexReport>) -> Finished {
    match result {
        Ok(report) => Finished::Done(report),
        Err(e) if e.to_string().contains("already running") => Finished::Busy,
        Err(e) => {
            tracing::warn!(error = format!("{e:#}"), "reindex failed");
            Finished::Failed(e.to_string())
        }
    }
}

fn report_text(finished: &Finished) -> (String, Outcome) {
    match finished {
        Finished::Done(report) => (
            format!("Reindex done. {}", report.summary()),
            Outcome::Answered,
        ),
        Finished::Busy => (ALREADY_RUNNING.to_string(), Outcome::Refused),
        Finished::Failed(why) => (
            format!("The reindex failed: {why}. The previous index keeps serving."),
            Outcome::Answered,
        ),
    }
}

/// Logs the stages of a reindex run from Discord, and passes progress on to the observer
/// of [`ServeOptions::reindex_progress`](super::state::ServeOptions) when there is one.
struct LogProgress(Option<Arc<dyn Progress + Send>>);

impl Progress for LogProgress {
    fn start(&self, stage: Stage, total: u64) {
        tracing::info!(stage = stage.label(), total, "reindex stage");
        if let Some(p) = &self.0 {
            p.start(stage, total);
        }
    }

    fn advance(&self, n: u64) {
        if let Some(p) = &self.0 {
            p.advance(n);
        }
    }

    fn finish(&self) {
        if let Some(p) = &self.0 {
            p.finish();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_are_short_and_keep_the_old_index() {
        let (text, _) = report_text(&engine_result(Err(anyhow::anyhow!(
            "no article could be read from /x"
        ))));
        assert_eq!(
            text,
            "The reindex failed: no article could be read from /x. The previous index keeps serving."
        );
        let (text, outcome) = report_text(&engine_result(Err(anyhow::anyhow!(
            "a reindex is already running"
        ))));
        assert_eq!(text, ALREADY_RUNNING);
        assert_eq!(outcome, Outcome::Refused);
    }
}
