//! `attache serve`: runs the Discord bot until SIGINT or SIGTERM. The token comes from
//! `DISCORD_TOKEN` only; without it the command stops at once with a clear error. When
//! there is no index yet, one is built in the background while the bot already answers
//! ("no index yet").

use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use anyhow::{Context, Result};

use crate::config::Config;
use crate::discord::{self, Token};
use crate::engine::{Engine, NoProgress, ReindexOptions};

/// How long tasks still running at exit get to finish: enough for the last replies to go
/// out; a reindex still running is abandoned (the swap is crash-safe).
const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(2);

/// Flags of `attache serve`.
#[derive(Debug, clap::Args)]
pub(crate) struct ServeArgs {
    /// Don't build the index at start when there is none (an admin can run /reindex).
    #[arg(long)]
    pub(crate) no_initial_index: bool,
}

/// Runs `attache serve`.
pub(crate) fn run(config: Config, args: &ServeArgs) -> Result<ExitCode> {
    let token = Token::from_env()?;
    let discord_config = config.discord.clone();
    let engine = Arc::new(Engine::open(config)?);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(async {
        if !engine.has_index() && !args.no_initial_index {
            let engine = Arc::clone(&engine);
            tokio::task::spawn_blocking(move || {
                tracing::info!("no index yet: building it in the background");
                match engine.reindex(
                    &ReindexOptions::default(),
                    &NoProgress,
                    &AtomicBool::new(false),
                ) {
                    Ok(report) => tracing::info!(summary = %report.summary(), "index built"),
                    Err(e) => tracing::warn!(error = format!("{e:#}"), "building the index failed"),
                }
            });
        }
        discord::serve(engine, discord_config, token, shutdown_signal()).await
    })?;
    // A background reindex still running is abandoned: the swap is crash-safe.
    runtime.shutdown_timeout(SHUTDOWN_GRACE);
    Ok(ExitCode::SUCCESS)
}

/// Completes on SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM; only Ctrl-C stops the bot");
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
    tracing::info!("shutdown signal received");
}
