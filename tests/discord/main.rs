//! The Discord shell end to end, against a fake Discord on 127.0.0.1 (`fake_discord`: REST
//! and the gateway WebSocket): the bot in process (`bot`) and `attache serve` as a process
//! (`binary`). No network and no token needed.

#[path = "../common/mod.rs"]
mod common;

mod add;
mod binary;
mod bot;
mod fake_discord;
mod feeds;
mod shards;
