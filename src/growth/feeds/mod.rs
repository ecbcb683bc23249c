//! Following feeds (`[[feeds]]`): one poll fetches each feed within `[fetch]`'s limits,
//! reads its items ([`parse`]), fetches the page of each item not seen before, saves it
//! under `added/` as `attache add` would (a duplicate is only marked seen), reindexes once
//! for all, and remembers what it saw, when each feed last succeeded and failed, and when
//! to try it next ([`store`]). A feed that fails is reported and retried with backoff; it
//! never stops the others.

pub(crate) mod parse;
pub(crate) mod store;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result};
use jiff::Timestamp;
use serde::Serialize;

use crate::config::{Config, FeedConfig};
use crate::index::Generation;
use crate::model::Article;

use super::add::{self, AddInput, AddReport};
use parse::FeedItem;
use store::{FeedState, FeedsState, MAX_SEEN_PER_FEED};

/// New items taken from one feed in one poll at most (each is a download of up to
/// `fetch.timeout_secs`); the rest come at the next poll.
pub(crate) const MAX_NEW_PER_POLL: usize = 25;

/// Polls that try an item whose page cannot be read (and whose feed gives no full text)
/// before it is given up and marked seen: a page down for a while is not lost, a dead
/// link is not fetched forever.
pub(crate) const ITEM_ATTEMPTS: u32 = 3;

/// Which feeds a poll takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PollScope {
    /// Every feed, now (`attache feeds poll`).
    All,
    /// The feeds whose next try has come (`serve`).
    Due,
}

/// What one poll did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct FeedsReport {
    /// The feeds polled, in the config's order.
    pub feeds: Vec<FeedReport>,
    /// Why the new articles could not be indexed (they were removed again and will be
    /// fetched at the next poll).
    pub index_error: Option<String>,
}

/// What one poll did with one feed.
#[derive(Debug, Clone, Default, Serialize)]
pub struct FeedReport {
    pub name: String,
    pub url: String,
    /// The articles added from its new items.
    pub added: Vec<AddReport>,
    /// Items seen at an earlier poll.
    pub already_seen: usize,
    /// New items whose article was already in the corpus (now marked seen).
    pub duplicates: usize,
    /// New items left for the next poll (more than [`MAX_NEW_PER_POLL`]).
    pub deferred: usize,
    /// New items whose article could not be read, with why.
    pub item_errors: Vec<ItemError>,
    /// Why the feed itself could not be read (then nothing else was done with it).
    pub error: Option<String>,
    /// When it is tried next (RFC 3339, UTC).
    pub next_try: Option<String>,
}

/// An item whose article could not be read.
#[derive(Debug, Clone, Serialize)]
pub struct ItemError {
    /// Its link (else its id).
    pub item: String,
    pub error: String,
    /// True when it was tried [`ITEM_ATTEMPTS`] times and is not tried again.
    pub given_up: bool,
}

/// A feed's state as `/about` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct FeedStatus {
    pub name: String,
    pub url: String,
    pub last_success: Option<String>,
    pub last_error: Option<String>,
    pub last_error_at: Option<String>,
    /// Failures since the last success.
    pub failures: u32,
    pub next_try: Option<String>,
}

/// A time as reports show it: RFC 3339, UTC, to the second.
fn stamp(t: Option<Timestamp>) -> Option<String> {
    t.map(|t| t.round(jiff::Unit::Second).unwrap_or(t).to_string())
}

/// The status of each configured feed from what `state` remembers.
pub(crate) fn statuses(feeds: &[FeedConfig], state: &FeedsState) -> Vec<FeedStatus> {
    feeds
        .iter()
        .map(|f| {
            let s = state.feeds.get(&f.url).cloned().unwrap_or_default();
            FeedStatus {
                name: f.name(),
                url: f.url.clone(),
                last_success: stamp(s.last_success),
                last_error: s.last_error,
                last_error_at: stamp(s.last_error_at),
                failures: s.failures,
                next_try: stamp(s.next_try),
            }
        })
        .collect()
}

/// How long until the first feed is due (zero when one is due now or was never polled);
/// `None` without feeds.
pub(crate) fn next_due(
    feeds: &[FeedConfig],
    state: &FeedsState,
    now: Timestamp,
) -> Option<std::time::Duration> {
    feeds
        .iter()
        .map(|f| match state.feeds.get(&f.url).and_then(|s| s.next_try) {
            Some(t) if t > now => {
                std::time::Duration::try_from(t.duration_since(now)).unwrap_or_default()
            }
            _ => std::time::Duration::ZERO,
        })
        .min()
}

/// An article saved by a poll, not yet indexed.
#[derive(Debug)]
pub(crate) struct Saved {
    /// Its feed's place in the report.
    pub(crate) feed: usize,
    pub(crate) item: String,
    pub(crate) path: PathBuf,
    pub(crate) article: Article,
}

/// One poll: fetches the feeds and saves the articles of their new items (the engine then
/// indexes them and marks them seen).
pub(crate) struct Poller<'a> {
    config: &'a Config,
    runtime: tokio::runtime::Runtime,
    serving: Option<Arc<Generation>>,
    cancel: &'a AtomicBool,
    now: Timestamp,
}

impl<'a> Poller<'a> {
    pub(crate) fn new(
        config: &'a Config,
        serving: Option<Arc<Generation>>,
        cancel: &'a AtomicBool,
    ) -> Result<Poller<'a>> {
        // The downloads run on a runtime of their own: a poll is called from a plain thread
        // (the command line, or `serve`'s blocking pool), never from async code.
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .context("starting the feeds' downloads")?;
        Ok(Poller {
            config,
            runtime,
            serving,
            cancel,
            now: Timestamp::now(),
        })
    }

    /// Polls the feeds of `scope`, updating `state`; returns the report and what was saved.
    pub(crate) fn poll(
        &self,
        scope: PollScope,
        state: &mut FeedsState,
    ) -> (FeedsReport, Vec<Saved>) {
        let mut report = FeedsReport::default();
        let mut saved = Vec::new();
        for feed in &self.config.feeds {
            let feed_state = state.feeds.entry(feed.url.clone()).or_default();
            let due = feed_state.next_try.is_none_or(|t| t <= self.now);
            if (scope == PollScope::Due && !due) || self.cancel.load(Ordering::Relaxed) {
                continue;
            }
            let index = report.feeds.len();
            report
                .feeds
                .push(self.poll_feed(feed, feed_state, index, &mut saved));
        }
        (report, saved)
    }

    fn poll_feed(
        &self,
        feed: &FeedConfig,
        state: &mut FeedState,
        index: usize,
        saved: &mut Vec<Saved>,
    ) -> FeedReport {
        let mut report = FeedReport {
            name: feed.name(),
            url: feed.url.clone(),
            ..FeedReport::default()
        };
        let items = match self.fetch_items(feed) {
            Ok(items) => items,
            Err(e) => {
                state.failed(self.now, &e, feed.interval());
                tracing::warn!(feed = %report.name, error = %e, failures = state.failures, "feed poll failed");
                report.error = Some(e);
                report.next_try = stamp(state.next_try);
                return report;
            }
        };
        let mut taken = 0;
        for item in &items {
            if state.has_seen(&item.id) {
                report.already_seen += 1;
            } else if taken == MAX_NEW_PER_POLL || self.cancel.load(Ordering::Relaxed) {
                report.deferred += 1;
            } else {
                taken += 1;
                self.take_item(feed, item, state, &mut report, saved, index);
            }
        }
        let listed: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
        state.trim(&listed, MAX_SEEN_PER_FEED);
        state.succeeded(self.now, feed.interval());
        report.next_try = stamp(state.next_try);
        report
    }

    /// The feed's items, or why it could not be read.
    fn fetch_items(&self, feed: &FeedConfig) -> Result<Vec<FeedItem>, String> {
        let page = self
            .runtime
            .block_on(super::fetch::fetch(&feed.url, &self.config.fetch))
            .map_err(|e| e.to_string())?;
        parse::parse_feed(&page.bytes, &page.url).map_err(|e| crate::engine::error_text(&e))
    }

    /// Reads a new item's article and saves it, or marks it seen when it is a duplicate,
    /// or counts a failed attempt.
    fn take_item(
        &self,
        feed: &FeedConfig,
        item: &FeedItem,
        state: &mut FeedState,
        report: &mut FeedReport,
        saved: &mut Vec<Saved>,
        index: usize,
    ) {
        let article = match self.item_article(item) {
            Ok(article) => article,
            Err(error) => {
                let tries = state.attempts.entry(item.id.clone()).or_insert(0);
                *tries += 1;
                let given_up = *tries >= ITEM_ATTEMPTS;
                let what = item.link.clone().unwrap_or_else(|| item.id.clone());
                tracing::warn!(feed = %report.name, item = %what, error = %error, given_up, "feed item not added");
                if given_up {
                    state.mark_seen(&item.id);
                }
                report.item_errors.push(ItemError {
                    item: what,
                    error,
                    given_up,
                });
                return;
            }
        };
        match self.save(feed, &article) {
            Ok(Some(path)) => saved.push(Saved {
                feed: index,
                item: item.id.clone(),
                path,
                article,
            }),
            Ok(None) => {
                report.duplicates += 1;
                state.mark_seen(&item.id);
            }
            Err(e) => report.item_errors.push(ItemError {
                item: item.link.clone().unwrap_or_else(|| item.id.clone()),
                error: crate::engine::error_text(&e),
                given_up: false,
            }),
        }
    }

    /// Saves the article under `added/`; `None` when it is a duplicate.
    fn save(&self, feed: &FeedConfig, article: &Article) -> Result<Option<PathBuf>> {
        let target = add::target_path(self.config, article)?;
        if let Some(why) = add::duplicate_of(&target, article, self.serving.as_deref()) {
            tracing::debug!(feed = %feed.name(), why = %why, "feed item already here");
            return Ok(None);
        }
        let by = format!("feed {}", feed.name());
        add::save(&target, &add::markdown(article, &by))?;
        Ok(Some(target))
    }

    /// The item's article: its page, else the full text the feed gives. Its date is the
    /// page's own, else the item's (never the day it was fetched).
    fn item_article(&self, item: &FeedItem) -> Result<Article, String> {
        let from_page = match &item.link {
            Some(link) => self.page_article(link),
            None => Err("the item has no link".to_string()),
        };
        let mut article = match (from_page, item_text(item)) {
            (Ok(article), _) => article,
            (Err(_), Some(input)) => {
                add::read_article(&input, self.config).map_err(|e| crate::engine::error_text(&e))?
            }
            (Err(why), None) => return Err(why),
        };
        if article.published.is_none() {
            article.published = item.date;
        }
        Ok(article)
    }

    fn page_article(&self, link: &str) -> Result<Article, String> {
        let page = self
            .runtime
            .block_on(super::fetch::fetch(link, &self.config.fetch))
            .map_err(|e| e.to_string())?;
        AddInput::from_page(page)
            .and_then(|input| add::read_article(&input, self.config))
            .map_err(|e| crate::engine::error_text(&e))
    }
}

/// The item's full text as an HTML page (its title as the page's), when the feed gives it.
fn item_text(item: &FeedItem) -> Option<AddInput> {
    let body = item.content.as_ref()?;
    let title = escape_html(item.title.as_deref().unwrap_or_default());
    let html = format!(
        "<html><head><title>{title}</title></head><body><article>{body}</article></body></html>"
    );
    Some(AddInput {
        name: "item.html".into(),
        bytes: html.into_bytes(),
        url: item.link.clone(),
    })
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

impl FeedsReport {
    /// True when a feed, an item or the indexing failed.
    pub fn has_errors(&self) -> bool {
        self.index_error.is_some()
            || self
                .feeds
                .iter()
                .any(|f| f.error.is_some() || !f.item_errors.is_empty())
    }

    /// A human report: a line per feed, then a line per article added or item failed.
    pub fn summary(&self) -> String {
        if self.feeds.is_empty() {
            return "No feed was polled.".into();
        }
        let p = |s: &str| crate::engine::printable(s).into_owned();
        let mut lines = Vec::new();
        for f in &self.feeds {
            lines.push(match &f.error {
                Some(e) => format!("{} ({}): failed: {}", p(&f.name), p(&f.url), p(e)),
                None => format!(
                    "{} ({}): {} added, {} already seen, {} already in the corpus{}.",
                    p(&f.name),
                    p(&f.url),
                    f.added.len(),
                    f.already_seen,
                    f.duplicates,
                    match f.deferred {
                        0 => String::new(),
                        n => format!(", {n} left for the next poll"),
                    }
                ),
            });
            for a in &f.added {
                lines.push(format!("  {}", a.summary().replace('\n', "\n  ")));
            }
            for e in &f.item_errors {
                let end = if e.given_up {
                    " (given up)"
                } else {
                    " (tried again at the next poll)"
                };
                lines.push(format!("  not added: {}: {}{end}", p(&e.item), p(&e.error)));
            }
        }
        if let Some(e) = &self.index_error {
            lines.push(format!("The new articles could not be indexed: {} (they will be fetched again at the next poll).", p(e)));
        }
        lines.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn feed(url: &str) -> FeedConfig {
        FeedConfig {
            url: url.into(),
            name: None,
            interval_minutes: 60,
        }
    }

    #[test]
    fn the_next_poll_waits_for_the_first_feed_due_and_a_new_feed_is_due_at_once() {
        let now = Timestamp::from_second(1_750_000_000).unwrap();
        let feeds = [feed("https://a.example/f"), feed("https://b.example/f")];
        let mut state = FeedsState::default();
        assert_eq!(next_due(&[], &state, now), None);
        assert_eq!(next_due(&feeds, &state, now), Some(Duration::ZERO));
        for (url, wait) in [("https://a.example/f", 600), ("https://b.example/f", 120)] {
            let mut s = FeedState::default();
            s.succeeded(now, Duration::from_secs(wait));
            state.feeds.insert(url.into(), s);
        }
        assert_eq!(
            next_due(&feeds, &state, now),
            Some(Duration::from_secs(120))
        );
        let later = now
            .checked_add(jiff::SignedDuration::from_secs(300))
            .unwrap();
        assert_eq!(next_due(&feeds, &state, later), Some(Duration::ZERO));
        let st = statuses(&feeds, &state);
        assert_eq!(st[0].name, "a.example");
        assert_eq!(st[1].last_success.as_deref(), Some("2025-06-15T15:06:40Z"));
        assert_eq!(st[1].last_error, None);
    }

    #[test]
    fn an_items_full_text_becomes_a_page_with_its_title_escaped() {
        let item = FeedItem {
            id: "x".into(),
            link: Some("https://a.example/x".into()),
            title: Some("Talks <live> & more".into()),
            date: None,
            content: Some("<p>Body.</p>".into()),
        };
        let input = item_text(&item).unwrap();
        let html = String::from_utf8(input.bytes).unwrap();
        assert!(
            html.contains("<title>Talks &lt;live&gt; &amp; more</title>"),
            "{html}"
        );
        assert!(html.contains("<article><p>Body.</p></article>"), "{html}");
        assert_eq!(input.url.as_deref(), Some("https://a.example/x"));
        let bare = FeedItem {
            content: None,
            ..item
        };
        assert!(item_text(&bare).is_none());
    }

    #[test]
    fn the_summary_says_each_feeds_outcome_and_what_failed() {
        let report = FeedsReport {
            feeds: vec![
                FeedReport {
                    name: "News".into(),
                    url: "https://a.example/f".into(),
                    already_seen: 4,
                    deferred: 2,
                    item_errors: vec![ItemError {
                        item: "https://a.example/gone".into(),
                        error: "the server answered 404".into(),
                        given_up: true,
                    }],
                    ..FeedReport::default()
                },
                FeedReport {
                    name: "Down".into(),
                    url: "https://b.example/f".into(),
                    error: Some("the server answered 500".into()),
                    ..FeedReport::default()
                },
            ],
            index_error: None,
        };
        let text = report.summary();
        assert!(text.contains("News (https://a.example/f): 0 added, 4 already seen, 0 already in the corpus, 2 left for the next poll."), "{text}");
        assert!(
            text.contains(
                "  not added: https://a.example/gone: the server answered 404 (given up)"
            ),
            "{text}"
        );
        assert!(
            text.contains("Down (https://b.example/f): failed: the server answered 500"),
            "{text}"
        );
        assert!(report.has_errors());
        assert!(!FeedsReport::default().has_errors());
        assert_eq!(FeedsReport::default().summary(), "No feed was polled.");
    }
}
