//! The Discord shell (`attache serve`): poise commands over serenity, thin over the engine.
//!
//! Nothing below this module knows about Discord: commands and mentions turn Discord events
//! into [`Engine`](crate::engine::Engine) calls and fit the answers into Discord's limits.
//! [`serve`] runs the bot until a shutdown signal; `attache serve` and the tests (against a
//! fake Discord) both go through it.

mod about;
mod add;
mod ask;
mod buttons;
mod checks;
mod connect;
mod embed;
mod gaps;
mod meetings;
mod mentions;
mod reindex;
mod render;
mod serve;
mod shards;
mod state;
mod trace;

pub use add::{ADD_NOT_ALLOWED, ADD_ONE_SOURCE};
pub use buttons::INDEX_CHANGED;
pub use embed::{AnswerEmbed, answer_embed};
pub use gaps::GAPS_NOT_ALLOWED;
pub use meetings::meetings_text;
pub use mentions::HELP;
pub use reindex::{ALREADY_RUNNING, NOT_ALLOWED};
pub use render::fit_answer;
pub use serve::{SORRY, Token, serve, serve_with};
pub use state::ServeOptions;
