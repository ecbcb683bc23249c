//! The command line run as a user would: `index`, `ask`, `chat`, `--help` and the layered
//! configuration (`commands`), and `facts` / `meetings` on the seed article (`facts`).

#[path = "../common/mod.rs"]
mod common;

mod add;
mod commands;
mod facts;
mod feeds;
mod gaps;
mod incremental;

use std::path::Path;
use std::process::{Command, Output};

/// Runs attache in a test's working folder with its `attache.toml`, `articles` corpus and
/// `idx` index (the layout of `common::seed_workdir`).
fn workdir_attache(dir: &Path, args: &[&str]) -> Output {
    Command::new(common::bin())
        .current_dir(dir)
        .args([
            "--config",
            "attache.toml",
            "--corpus",
            "articles",
            "--index",
            "idx",
        ])
        .args(args)
        .env_remove("RUST_LOG")
        .output()
        .unwrap()
}
