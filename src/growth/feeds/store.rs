//! What attache remembers of the feeds it follows, across restarts: per feed (by URL) the
//! items seen, when it last succeeded, its last error, its consecutive failures and when
//! to try it next. One small JSON file in the index folder (`feeds.json`), rewritten
//! whole (a temporary file renamed over it) while `feeds.lock` is held by the poll.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// The store's file in the index folder.
pub(crate) const FEEDS_FILE: &str = "feeds.json";

/// Held by the process polling the feeds, for the whole poll.
pub(crate) const FEEDS_LOCK: &str = "feeds.lock";

/// The file a rewrite is written to before it replaces [`FEEDS_FILE`].
pub(crate) const FEEDS_TMP: &str = "feeds.json.tmp";

/// Most items remembered per feed: far more than a feed lists at once (news feeds keep
/// 10 to 100). The oldest no longer in the feed are forgotten first; one still listed is
/// never forgotten, so a feed longer than this is remembered whole.
pub(crate) const MAX_SEEN_PER_FEED: usize = 1_000;

/// The first retry of a failing feed comes after this; each further failure doubles it,
/// up to the feed's interval.
pub(crate) const BACKOFF_BASE: Duration = Duration::from_secs(60);

/// What is remembered of every feed, by URL.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct FeedsState {
    #[serde(default)]
    pub(crate) feeds: BTreeMap<String, FeedState>,
}

/// What is remembered of one feed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct FeedState {
    /// Items seen (added, refused as duplicates, or given up), oldest first.
    pub(crate) seen: Vec<String>,
    /// Items whose page could not be read, with the polls that tried it.
    pub(crate) attempts: BTreeMap<String, u32>,
    pub(crate) last_success: Option<Timestamp>,
    pub(crate) last_error: Option<String>,
    pub(crate) last_error_at: Option<Timestamp>,
    /// Failures since the last success.
    pub(crate) failures: u32,
    pub(crate) next_try: Option<Timestamp>,
}

impl FeedState {
    /// True when the item was seen already.
    pub(crate) fn has_seen(&self, id: &str) -> bool {
        self.seen.iter().any(|s| s == id)
    }

    /// Remembers `id` as seen (and forgets its failed attempts).
    pub(crate) fn mark_seen(&mut self, id: &str) {
        self.attempts.remove(id);
        if !self.has_seen(id) {
            self.seen.push(id.to_string());
        }
    }

    /// Keeps at most `cap` items, forgetting the oldest that `listed` (the feed's items
    /// now) no longer holds; attempts of items no longer listed are forgotten too.
    pub(crate) fn trim(&mut self, listed: &[&str], cap: usize) {
        self.attempts.retain(|id, _| listed.contains(&id.as_str()));
        let mut excess = self.seen.len().saturating_sub(cap);
        self.seen.retain(|id| {
            if excess > 0 && !listed.contains(&id.as_str()) {
                excess -= 1;
                return false;
            }
            true
        });
    }

    /// A successful poll at `now`: the next one after `interval`.
    pub(crate) fn succeeded(&mut self, now: Timestamp, interval: Duration) {
        self.last_success = Some(now);
        self.failures = 0;
        self.next_try = Some(later(now, interval));
    }

    /// A failed poll at `now`: the next try after [`retry_after`].
    pub(crate) fn failed(&mut self, now: Timestamp, error: &str, interval: Duration) {
        self.failures = self.failures.saturating_add(1);
        self.last_error = Some(error.to_string());
        self.last_error_at = Some(now);
        self.next_try = Some(later(now, retry_after(self.failures, interval)));
    }
}

/// When a feed that failed `failures` times in a row (at least 1) is tried again:
/// [`BACKOFF_BASE`] doubled for each failure after the first, never past `interval`
/// (1, 2, 4, ... minutes, then the interval).
pub(crate) fn retry_after(failures: u32, interval: Duration) -> Duration {
    let doublings = failures.saturating_sub(1).min(30);
    BACKOFF_BASE.saturating_mul(1u32 << doublings).min(interval)
}

fn later(now: Timestamp, wait: Duration) -> Timestamp {
    let wait = jiff::SignedDuration::try_from(wait).unwrap_or(jiff::SignedDuration::MAX);
    now.checked_add(wait).unwrap_or(Timestamp::MAX)
}

/// The store in one index folder.
#[derive(Debug, Clone)]
pub(crate) struct FeedStore {
    dir: PathBuf,
}

impl FeedStore {
    pub(crate) fn new(dir: &Path) -> FeedStore {
        FeedStore {
            dir: dir.to_path_buf(),
        }
    }

    /// Takes the poll's lock; an error when another process is polling.
    pub(crate) fn lock(&self) -> Result<File> {
        fs::create_dir_all(&self.dir)
            .with_context(|| format!("creating index folder {}", self.dir.display()))?;
        let path = self.dir.join(FEEDS_LOCK);
        let file = crate::index::open_lock_file(&path)?;
        match file.try_lock() {
            Ok(()) => Ok(file),
            Err(fs::TryLockError::WouldBlock) => {
                bail!("the feeds are being polled by another process already")
            }
            Err(fs::TryLockError::Error(e)) => {
                Err(e).with_context(|| format!("locking {}", path.display()))
            }
        }
    }

    /// What is remembered; nothing when the file is missing. A damaged file is an error
    /// (forgetting it would add every listed item again).
    pub(crate) fn load(&self) -> Result<FeedsState> {
        let path = self.dir.join(FEEDS_FILE);
        match fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str(&text)
                .with_context(|| format!("{} is damaged", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(FeedsState::default()),
            Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
        }
    }

    /// Replaces the file atomically: a temporary file, synced, renamed over it.
    pub(crate) fn save(&self, state: &FeedsState) -> Result<()> {
        let tmp = self.dir.join(FEEDS_TMP);
        let text = serde_json::to_vec_pretty(state)?;
        let mut f = File::create(&tmp).with_context(|| format!("writing {}", tmp.display()))?;
        f.write_all(&text)?;
        f.sync_all()?;
        fs::rename(&tmp, self.dir.join(FEEDS_FILE))
            .with_context(|| format!("saving {}", self.dir.join(FEEDS_FILE).display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: Duration = Duration::from_secs(3600);

    #[test]
    fn the_state_survives_a_round_trip_through_the_file() {
        let tmp = tempfile::tempdir().unwrap();
        let store = FeedStore::new(&tmp.path().join("idx"));
        let _lock = store.lock().unwrap();
        assert_eq!(store.load().unwrap(), FeedsState::default());
        let now = Timestamp::from_second(1_750_000_000).unwrap();
        let mut feed = FeedState::default();
        feed.mark_seen("a");
        feed.mark_seen("b");
        feed.mark_seen("a");
        feed.attempts.insert("c".into(), 2);
        feed.succeeded(now, HOUR);
        let mut state = FeedsState::default();
        state.feeds.insert("https://x.example/feed".into(), feed);
        store.save(&state).unwrap();
        assert_eq!(store.load().unwrap(), state);
        assert_eq!(state.feeds.values().next().unwrap().seen, ["a", "b"]);
        std::fs::write(tmp.path().join("idx").join(FEEDS_FILE), "{not json").unwrap();
        assert!(store.load().unwrap_err().to_string().contains("damaged"));
    }

    #[test]
    fn a_second_poller_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let store = FeedStore::new(tmp.path());
        let _held = store.lock().unwrap();
        let err = store.lock().unwrap_err().to_string();
        assert!(err.contains("another process"), "{err}");
    }

    #[test]
    fn trimming_keeps_the_cap_but_never_forgets_a_listed_item() {
        let mut feed = FeedState::default();
        for i in 0..6 {
            feed.mark_seen(&format!("item{i}"));
        }
        feed.attempts.insert("gone".into(), 1);
        feed.attempts.insert("item5".into(), 1);
        // item0 and item1 are still listed: the oldest unlisted ones go.
        feed.trim(&["item0", "item1", "item5"], 4);
        assert_eq!(feed.seen, ["item0", "item1", "item4", "item5"]);
        assert_eq!(feed.attempts.keys().collect::<Vec<_>>(), ["item5"]);
        // A feed listing more than the cap keeps all it lists.
        feed.trim(&["item0", "item1", "item4", "item5"], 2);
        assert_eq!(feed.seen.len(), 4);
    }

    #[test]
    fn backoff_doubles_from_a_minute_up_to_the_interval() {
        let minutes = |f| retry_after(f, HOUR).as_secs() / 60;
        let waits: Vec<u64> = (1..=8).map(minutes).collect();
        assert_eq!(waits, [1, 2, 4, 8, 16, 32, 60, 60]);
        assert_eq!(retry_after(u32::MAX, HOUR), HOUR);
        assert_eq!(retry_after(1, Duration::from_secs(30)).as_secs(), 30);
        let now = Timestamp::from_second(1_750_000_000).unwrap();
        let mut feed = FeedState::default();
        feed.failed(now, "the server answered 500", HOUR);
        feed.failed(now, "the server answered 500", HOUR);
        assert_eq!(feed.failures, 2);
        assert_eq!(feed.next_try, Some(later(now, Duration::from_secs(120))));
        feed.succeeded(now, HOUR);
        assert_eq!(feed.failures, 0);
        assert_eq!(feed.next_try, Some(later(now, HOUR)));
        assert_eq!(feed.last_error.as_deref(), Some("the server answered 500"));
    }
}
