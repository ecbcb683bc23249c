//! `attache feeds poll` (one pass over every configured feed: see
//! [`Engine::poll_feeds`]) and `attache feeds status` (what each feed last did).

use std::io::Write;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use anyhow::{Result, bail};

use crate::engine::{Engine, FeedStatus, PollScope, printable};

/// Flags of `attache feeds`.
#[derive(Debug, clap::Args)]
pub(crate) struct FeedsArgs {
    #[command(subcommand)]
    pub(crate) command: FeedsCommand,
}

/// The subcommands of `attache feeds`.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum FeedsCommand {
    /// Poll every feed once, now, and add the articles of their new items.
    ///
    /// Prints per feed the articles added, the items already seen or already in the
    /// corpus, and what failed. Exits non-zero when a feed, an item or the indexing
    /// failed (the report is printed all the same).
    Poll {
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show each feed's last success, last error and next try.
    Status {
        /// Print the statuses as JSON.
        #[arg(long)]
        json: bool,
    },
}

/// Runs `attache feeds ...`.
pub(crate) fn run(engine: &Engine, args: &FeedsArgs) -> Result<ExitCode> {
    if engine.config().feeds.is_empty() {
        bail!("no feed is configured: add a [[feeds]] table with a url to the config file");
    }
    let mut out = std::io::stdout().lock();
    match args.command {
        FeedsCommand::Poll { json } => {
            let report = engine.poll_feeds(PollScope::All, &AtomicBool::new(false))?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
            } else {
                writeln!(out, "{}", report.summary())?;
            }
            Ok(if report.has_errors() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        FeedsCommand::Status { json } => {
            let statuses = engine.feed_status();
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&statuses)?)?;
            } else {
                for s in &statuses {
                    writeln!(out, "{}", status_line(s))?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// "name (url): last success ..., last error ... at ...; next try ...".
fn status_line(s: &FeedStatus) -> String {
    let mut line = format!(
        "{} ({}): last success {}",
        printable(&s.name),
        printable(&s.url),
        s.last_success.as_deref().unwrap_or("never")
    );
    if let Some(e) = &s.last_error {
        let at = s.last_error_at.as_deref().unwrap_or("?");
        line.push_str(&format!("; last error at {at}: {}", printable(e)));
        if s.failures > 0 {
            line.push_str(&format!(" ({} failures in a row)", s.failures));
        }
    }
    if let Some(next) = &s.next_try {
        line.push_str(&format!("; next try {next}"));
    }
    line
}
