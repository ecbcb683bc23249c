//! `attache eval FILE.jsonl`: runs a question file and reports which answers pass.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use crate::engine::Engine;

/// Flags of `attache eval`.
#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// The question file (JSONL).
    pub file: PathBuf,
}

/// Runs `attache eval`.
pub fn run(engine: &Engine, args: &EvalArgs) -> Result<ExitCode> {
    let _ = (engine, args);
    Ok(ExitCode::SUCCESS)
}
