//! Who may do what: the admin check of `/reindex` and the rate limit on questions, per user
//! in each guild (and per user in direct messages).
//! Plain functions over ids and permission bits, so they are tested without Discord.

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use poise::serenity_prelude::Permissions;

use crate::config::DiscordConfig;

/// True when this user may run admin commands: the member has Administrator or Manage
/// Server in the interaction's permissions, or the user is listed in
/// `discord.admin_user_ids`, or has a role listed in `discord.admin_role_ids`.
pub(crate) fn is_admin(
    config: &DiscordConfig,
    user: u64,
    roles: &[u64],
    permissions: Option<Permissions>,
) -> bool {
    let by_permission = permissions.is_some_and(|p| {
        p.contains(Permissions::ADMINISTRATOR) || p.contains(Permissions::MANAGE_GUILD)
    });
    by_permission
        || config.admin_user_ids.contains(&user)
        || roles.iter().any(|r| config.admin_role_ids.contains(r))
}

/// What the rate limiter says about one more question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Go ahead.
    Allowed,
    /// Too many questions: the next one is allowed after `retry_after`. `first` is true until
    /// a public refusal was given in this burst (shells that cannot answer privately say it
    /// only once).
    Limited { retry_after: Duration, first: bool },
}

/// Above this many users, those whose window is empty are dropped on the next check: keeps
/// the map small on a big server without forgetting anyone who could still be limited.
const PRUNE_USERS_ABOVE: usize = 4096;

/// Whose questions count together: a user in one guild, or a user in direct messages (no
/// guild). A guild lives on one shard and direct messages arrive on shard 0, so each key's
/// questions all reach the same process: the limit holds when shards run in several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Asker {
    pub(crate) guild: Option<u64>,
    pub(crate) user: u64,
}

impl Asker {
    /// The asker of a question in `guild` (none: a direct message) by `user`.
    pub(crate) fn new(guild: Option<u64>, user: u64) -> Asker {
        Asker { guild, user }
    }
}

/// A sliding-window limit of questions per [`Asker`].
pub(crate) struct RateLimiter {
    limit: usize,
    window: Duration,
    users: Mutex<HashMap<Asker, UserWindow>>,
}

#[derive(Default)]
struct UserWindow {
    asked: VecDeque<Instant>,
    told: bool,
}

impl RateLimiter {
    /// At most `limit` questions per user within any `window`.
    pub(crate) fn new(limit: u32, window: Duration) -> RateLimiter {
        RateLimiter {
            limit: limit.max(1) as usize,
            window,
            users: Mutex::new(HashMap::new()),
        }
    }

    /// Counts one question of `user` now, for a shell that can answer a refusal privately
    /// (slash commands): `first` is informative only.
    pub(crate) fn check(&self, user: Asker) -> Verdict {
        self.check_at(user, Instant::now(), false)
    }

    /// Counts one question of `user` now, for a shell whose refusal is public (a reply to a
    /// mention): `first` is true only for the first public refusal of a burst.
    pub(crate) fn check_public(&self, user: Asker) -> Verdict {
        self.check_at(user, Instant::now(), true)
    }

    /// Counts one question of `user` at `now`; `public`: see [`RateLimiter::check_public`].
    pub(crate) fn check_at(&self, user: Asker, now: Instant, public: bool) -> Verdict {
        let mut users = self.users.lock().unwrap_or_else(PoisonError::into_inner);
        if users.len() > PRUNE_USERS_ABOVE {
            let window = self.window;
            users.retain(|_, w| {
                w.asked
                    .back()
                    .is_some_and(|t| now.saturating_duration_since(*t) < window)
            });
        }
        let w = users.entry(user).or_default();
        while w
            .asked
            .front()
            .is_some_and(|t| now.saturating_duration_since(*t) >= self.window)
        {
            w.asked.pop_front();
        }
        if w.asked.len() < self.limit {
            w.asked.push_back(now);
            w.told = false;
            return Verdict::Allowed;
        }
        let oldest = w.asked.front().copied().unwrap_or(now);
        let retry_after = self
            .window
            .saturating_sub(now.saturating_duration_since(oldest));
        let first = !w.told;
        if public {
            w.told = true;
        }
        Verdict::Limited { retry_after, first }
    }
}

/// The note a rate-limited user reads.
pub(crate) fn rate_limit_note(retry_after: Duration) -> String {
    let secs = retry_after.as_secs().max(1);
    format!(
        "You're asking faster than I can keep up. Please try again in {secs} second{}.",
        if secs == 1 { "" } else { "s" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> DiscordConfig {
        DiscordConfig {
            admin_user_ids: vec![7],
            admin_role_ids: vec![42],
            ..DiscordConfig::default()
        }
    }

    #[test]
    fn admins_by_permission_user_or_role() {
        let c = config();
        assert!(is_admin(&c, 1, &[], Some(Permissions::ADMINISTRATOR)));
        assert!(is_admin(
            &c,
            1,
            &[],
            Some(Permissions::MANAGE_GUILD | Permissions::SEND_MESSAGES)
        ));
        assert!(is_admin(&c, 7, &[], None));
        assert!(is_admin(&c, 1, &[3, 42], Some(Permissions::SEND_MESSAGES)));
    }

    #[test]
    fn others_are_not_admins() {
        let c = config();
        assert!(!is_admin(&c, 1, &[], None));
        assert!(!is_admin(
            &c,
            1,
            &[3],
            Some(Permissions::SEND_MESSAGES | Permissions::MANAGE_MESSAGES)
        ));
        assert!(!is_admin(
            &DiscordConfig::default(),
            7,
            &[42],
            Some(Permissions::empty())
        ));
    }

    #[test]
    fn limit_per_user_in_a_sliding_window() {
        let rl = RateLimiter::new(2, Duration::from_secs(60));
        let t = Instant::now();
        let at = |secs| t + Duration::from_secs(secs);
        assert_eq!(rl.check_at(guild(1), t, false), Verdict::Allowed);
        assert_eq!(rl.check_at(guild(1), at(10), true), Verdict::Allowed);
        // A private refusal does not use up the public one.
        assert!(matches!(
            rl.check_at(guild(1), at(15), false),
            Verdict::Limited { first: true, .. }
        ));
        assert_eq!(
            rl.check_at(guild(1), at(20), true),
            Verdict::Limited {
                retry_after: Duration::from_secs(40),
                first: true
            }
        );
        assert!(matches!(
            rl.check_at(guild(1), at(30), true),
            Verdict::Limited { first: false, .. }
        ));
        // Another user is not affected.
        assert_eq!(rl.check_at(guild(2), at(30), true), Verdict::Allowed);
        // The first question leaves the window after a minute.
        assert_eq!(rl.check_at(guild(1), at(61), true), Verdict::Allowed);
        // After an allowed question, a new burst is told again.
        assert!(matches!(
            rl.check_at(guild(1), at(62), true),
            Verdict::Limited { first: true, .. }
        ));
    }

    fn guild(user: u64) -> Asker {
        Asker::new(Some(GUILD), user)
    }

    const GUILD: u64 = 55;

    #[test]
    fn the_limit_is_per_user_in_each_guild_and_in_direct_messages() {
        let rl = RateLimiter::new(1, Duration::from_secs(60));
        let t = Instant::now();
        assert_eq!(rl.check_at(guild(1), t, false), Verdict::Allowed);
        assert!(matches!(
            rl.check_at(guild(1), t, false),
            Verdict::Limited { .. }
        ));
        assert_eq!(
            rl.check_at(Asker::new(Some(GUILD + 1), 1), t, false),
            Verdict::Allowed
        );
        assert_eq!(rl.check_at(Asker::new(None, 1), t, false), Verdict::Allowed);
        assert!(matches!(
            rl.check_at(Asker::new(None, 1), t, false),
            Verdict::Limited { .. }
        ));
    }

    #[test]
    fn note_names_the_wait() {
        assert!(rate_limit_note(Duration::from_millis(200)).contains("1 second."));
        assert!(rate_limit_note(Duration::from_secs(40)).contains("40 seconds"));
    }
}
