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

/// Runs `attache serve`. SIGINT and SIGTERM are caught from the moment the token is
/// known good, before anything slow (opening the index, reaching Discord) starts, so a
/// signal in any state ends in a clean stop.
pub(crate) fn run(config: Config, args: &ServeArgs) -> Result<ExitCode> {
    let token = Token::from_env()?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    let signals = runtime.block_on(async { Signals::catch() })?;
    let discord_config = config.discord.clone();
    let engine = Arc::new(Engine::open(config)?);
    runtime.block_on(async {
        if !engine.has_index() && !args.no_initial_index {
            build_in_background(Arc::clone(&engine));
        }
        discord::serve(engine, discord_config, token, signals.received()).await
    })?;
    // A background reindex still running is abandoned: the swap is crash-safe.
    runtime.shutdown_timeout(SHUTDOWN_GRACE);
    Ok(ExitCode::SUCCESS)
}

/// Builds the first index on a blocking thread while the bot already answers.
fn build_in_background(engine: Arc<Engine>) {
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

/// SIGINT (Ctrl-C) and SIGTERM, caught: from [`Signals::catch`] on, they no longer kill
/// the process but wait for [`Signals::received`].
struct Signals {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
}

impl Signals {
    /// Installs the handlers (inside the runtime).
    fn catch() -> Result<Signals> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Ok(Signals {
                interrupt: signal(SignalKind::interrupt()).context("catching SIGINT")?,
                terminate: signal(SignalKind::terminate()).context("catching SIGTERM")?,
            })
        }
        #[cfg(not(unix))]
        {
            Ok(Signals {})
        }
    }

    /// Completes on the first signal, even one that came before it was polled.
    async fn received(mut self) {
        #[cfg(unix)]
        tokio::select! {
            _ = self.interrupt.recv() => {}
            _ = self.terminate.recv() => {}
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
        }
        tracing::info!("shutdown signal received");
    }
}
