//! `attache facts` and `attache meetings`: print the extracted meeting facts.

use std::process::ExitCode;

use anyhow::Result;

use crate::engine::Engine;

/// Flags of `attache facts`.
#[derive(Debug, clap::Args)]
pub struct FactsArgs {
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// Flags of `attache meetings`.
#[derive(Debug, clap::Args)]
pub struct MeetingsArgs {
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    /// The person (full name, surname or given name).
    #[arg(required = true, num_args = 1..)]
    pub name: Vec<String>,
}

/// Runs `attache facts`.
pub fn run_facts(engine: &Engine, args: &FactsArgs) -> Result<ExitCode> {
    let _ = args;
    println!("{}", serde_json::to_string_pretty(&*engine.facts())?);
    Ok(ExitCode::SUCCESS)
}

/// Runs `attache meetings`.
pub fn run_meetings(engine: &Engine, args: &MeetingsArgs) -> Result<ExitCode> {
    let _ = (engine, args);
    Ok(ExitCode::SUCCESS)
}
