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
