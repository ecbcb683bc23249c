//! `attache gaps`: the unanswered questions kept in the index folder (see [`crate::gaps`]),
//! the most recent and the most frequent, as text or JSON.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::engine::{Engine, printable};

/// Questions listed in each part (most recent, most frequent) unless `--limit` says.
const DEFAULT_LIMIT: usize = 20;

/// Flags of `attache gaps`.
#[derive(Debug, clap::Args)]
pub(crate) struct GapsArgs {
    /// Print the report as JSON: total, recent (question, asked_in, at), frequent
    /// (question, count, last_at).
    #[arg(long)]
    pub(crate) json: bool,
    /// Questions listed in each part.
    #[arg(long, default_value_t = DEFAULT_LIMIT, value_name = "N")]
    pub(crate) limit: usize,
}

/// Prints the report of every place (guilds, direct messages, command line).
pub(crate) fn run(engine: &Engine, args: &GapsArgs) -> Result<ExitCode> {
    let report = engine.gaps(None, args.limit);
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
    } else {
        writeln!(out, "{}", report.text(|q| printable(q).into_owned()))?;
    }
    Ok(ExitCode::SUCCESS)
}
