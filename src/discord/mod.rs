//! The Discord shell (`attache serve`): poise commands over serenity, thin over the engine.
//!
//! Nothing below this module knows about Discord: commands and mentions turn Discord events
//! into [`Engine`](crate::engine::Engine) calls and fit the answers into Discord's limits.
//! [`serve`] runs the bot until a shutdown signal; `attache serve` and the tests (against a
//! fake Discord) both go through it.

pub mod about;
pub mod ask;
pub mod checks;
pub mod meetings;
pub mod mentions;
pub mod reindex;
pub mod render;
pub mod serve;
pub mod state;
pub mod trace;

pub use serve::{Token, serve, serve_with};
pub use state::{Context, Data, Error, ServeOptions};
