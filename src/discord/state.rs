//! What every command shares: the engine, the Discord settings, the per-channel
//! conversations (so "they" and "that meeting" follow a channel or thread, whether the
//! question came as `/ask` or as a mention) and the per-user rate limiter.

use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::config::DiscordConfig;
use crate::engine::{Answer, AskedIn, Conversation, MeetingFact};
use crate::engine::{Engine, Progress};

use super::checks::RateLimiter;

/// The error type of every command.
pub(crate) type Error = anyhow::Error;

/// The poise context of every command.
pub(crate) type Context<'a> = poise::Context<'a, Data, Error>;

/// State shared by all commands and event handlers.
pub(crate) struct Data {
    /// The engine answering questions.
    pub(crate) engine: Arc<Engine>,
    /// The `[discord]` settings.
    pub(crate) config: DiscordConfig,
    /// One conversation per channel or thread.
    pub(crate) conversations: Conversations,
    /// Questions per user per minute.
    pub(crate) limiter: RateLimiter,
    /// The bot's own user id (to recognise mentions of it).
    pub(crate) bot_id: u64,
    /// Set when the bot shuts down: a running reindex stops (the old index stays).
    pub(crate) cancel: Arc<AtomicBool>,
    /// Tuning of the shell.
    pub(crate) options: ServeOptions,
    /// Claimed by the `/reindex` that runs, from its first check to its report.
    pub(crate) reindex_claim: AtomicBool,
}

/// The rate limiter's window: `discord.rate_limit_per_minute` counts questions per minute.
const RATE_WINDOW: Duration = Duration::from_secs(60);

/// Tuning of the Discord shell that is not configuration (tests shorten or observe it).
#[derive(Clone)]
pub struct ServeOptions {
    /// `/ask` defers its response when the answer is not ready after this long (zero:
    /// always defer).
    pub defer_after: Duration,
    /// Also told about the progress of reindexes run by `/reindex` (they are logged anyway).
    pub reindex_progress: Option<Arc<dyn Progress + Send>>,
    /// Meetings on one page of `/meetings` (more behind "Next page").
    pub meetings_per_page: usize,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            defer_after: super::ask::DEFER_AFTER,
            reindex_progress: None,
            meetings_per_page: super::meetings::MEETINGS_PER_PAGE,
        }
    }
}

impl fmt::Debug for ServeOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServeOptions")
            .field("defer_after", &self.defer_after)
            .field("reindex_progress", &self.reindex_progress.is_some())
            .field("meetings_per_page", &self.meetings_per_page)
            .finish()
    }
}

impl Data {
    /// State for a bot with this user id.
    pub(crate) fn new(
        engine: Arc<Engine>,
        config: DiscordConfig,
        bot_id: u64,
        cancel: Arc<AtomicBool>,
        options: ServeOptions,
    ) -> Data {
        let idle = Duration::from_secs(config.context_idle_minutes.saturating_mul(60));
        Data {
            conversations: Conversations::new(idle),
            limiter: RateLimiter::new(config.rate_limit_per_minute, RATE_WINDOW),
            engine,
            config,
            bot_id,
            cancel,
            options,
            reindex_claim: AtomicBool::new(false),
        }
    }
}

impl Data {
    /// Answers `question` in the conversation of `channel`, off the async runtime, with the
    /// meeting the answer was about (for its buttons): the conversation's meeting right
    /// after the answer, when the answer cites it (an answer about something else, while the
    /// conversation still remembers an older meeting, gets no buttons). Questions in one
    /// channel are answered one after the other so the context stays coherent. A question
    /// the articles did not answer is kept as unanswered, with where it was asked (the
    /// guild, or a direct message).
    pub(crate) async fn ask_about(
        &self,
        channel: u64,
        guild: Option<u64>,
        question: &str,
    ) -> Result<(Answer, Option<MeetingFact>), Error> {
        let conv = self.conversations.get(channel);
        let engine = Arc::clone(&self.engine);
        let question = question.to_string();
        let asked_in = guild.map_or(AskedIn::DirectMessage, AskedIn::Guild);
        let answered = tokio::task::spawn_blocking(move || {
            let mut conv = conv.lock().unwrap_or_else(PoisonError::into_inner);
            let answer = engine.ask_recorded(&mut conv, &question, asked_in);
            let meeting = engine
                .conversation_meeting(&conv)
                .filter(|m| cites(&answer, m));
            (answer, meeting)
        })
        .await?;
        Ok(answered)
    }

    /// Moves the conversation of `channel` to `meeting` (a button showed it).
    pub(crate) fn show_meeting(&self, channel: u64, meeting: &MeetingFact) {
        let conv = self.conversations.get(channel);
        let mut conv = conv.lock().unwrap_or_else(PoisonError::into_inner);
        self.engine.show_meeting(&mut conv, meeting);
    }
}

/// True when `answer` cites a paragraph that reports `meeting`.
fn cites(answer: &Answer, meeting: &MeetingFact) -> bool {
    answer.sources.iter().any(|s| {
        meeting
            .evidence
            .iter()
            .any(|e| e.article == s.article && e.paragraph == s.paragraph)
    })
}

/// Conversations by channel id. Idle ones are dropped once the map grows.
pub(crate) struct Conversations {
    idle: Duration,
    map: Mutex<HashMap<u64, Slot>>,
}

struct Slot {
    conv: Arc<Mutex<Conversation>>,
    last_used: Instant,
}

/// Above this many channels, idle conversations are dropped on the next look-up.
const PRUNE_ABOVE: usize = 1024;

impl Conversations {
    /// An empty map whose conversations forget after `idle` of silence.
    pub(crate) fn new(idle: Duration) -> Conversations {
        Conversations {
            idle,
            map: Mutex::new(HashMap::new()),
        }
    }

    /// The conversation of `channel`, created when new.
    pub(crate) fn get(&self, channel: u64) -> Arc<Mutex<Conversation>> {
        self.get_at(channel, Instant::now())
    }

    fn get_at(&self, channel: u64, now: Instant) -> Arc<Mutex<Conversation>> {
        let mut map = self.map.lock().unwrap_or_else(PoisonError::into_inner);
        if map.len() > PRUNE_ABOVE {
            let idle = self.idle;
            map.retain(|_, s| now.saturating_duration_since(s.last_used) <= idle);
        }
        let idle = self.idle;
        let slot = map.entry(channel).or_insert_with(|| Slot {
            conv: Arc::new(Mutex::new(Conversation::new(idle))),
            last_used: now,
        });
        slot.last_used = now;
        Arc::clone(&slot.conv)
    }

    /// Number of channels with a conversation.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.map
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_conversation_per_channel() {
        let c = Conversations::new(Duration::from_secs(60));
        let a = c.get(1);
        assert!(
            Arc::ptr_eq(&c.get(1), &a),
            "the same channel, the same conversation"
        );
        assert!(
            !Arc::ptr_eq(&c.get(2), &a),
            "another channel, another conversation"
        );
        assert_eq!(c.len(), 2);
    }

    #[test]
    fn idle_channels_are_pruned_when_the_map_grows() {
        let c = Conversations::new(Duration::from_secs(60));
        let start = Instant::now();
        for ch in 0..=PRUNE_ABOVE as u64 {
            c.get_at(ch, start);
        }
        assert_eq!(c.len(), PRUNE_ABOVE + 1);
        c.get_at(99_999, start + Duration::from_secs(120));
        assert_eq!(c.len(), 1);
    }
}
