//! `/about`: the version, the size of the index being served and when it was built, and
//! how each followed feed last fared.

use crate::engine::{FeedStatus, IndexStats, printable};

use super::render::reply;
use super::state::{Context, Error};
use super::trace::{Outcome, command_span, traced};

/// What attache is and what it knows: version, articles, paragraphs, facts, last reindex.
#[poise::command(slash_command)]
pub(crate) async fn about(ctx: Context<'_>) -> Result<(), Error> {
    traced(command_span(ctx), async {
        let engine = &ctx.data().engine;
        let mut text = about_text(engine.stats().as_ref(), engine.is_reindexing());
        text.push_str(&feeds_text(&engine.feed_status()));
        let text = super::render::fit_text(&text, "(more feeds not shown)");
        ctx.send(reply(text).ephemeral(true)).await?;
        Ok(Outcome::Answered)
    })
    .await
}

/// The text of `/about`.
pub(crate) fn about_text(stats: Option<&IndexStats>, reindexing: bool) -> String {
    let mut s = format!(
        "attache {} briefs you on meetings between public figures, from news articles.\n",
        env!("CARGO_PKG_VERSION")
    );
    match stats {
        Some(st) => s.push_str(&format!(
            "Index: {} articles, {} paragraphs, {} meeting facts; last reindex {}.",
            st.articles, st.paragraphs, st.facts, st.built_at
        )),
        None => s.push_str("There is no index yet: an admin can build it with /reindex."),
    }
    if reindexing {
        s.push_str("\nA reindex is running now.");
    }
    s
}

/// A line per followed feed: its name, last success and last error (nothing without feeds).
pub(crate) fn feeds_text(feeds: &[FeedStatus]) -> String {
    let mut s = String::new();
    if feeds.is_empty() {
        return s;
    }
    s.push_str("\nFeeds:");
    for f in feeds {
        s.push_str(&format!(
            "\n- {}: last success {}",
            printable(&f.name),
            f.last_success.as_deref().unwrap_or("never")
        ));
        if let Some(e) = &f.last_error {
            s.push_str(&format!(
                "; last error {}: {}",
                f.last_error_at.as_deref().unwrap_or("?"),
                printable(e)
            ));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn about_names_version_counts_and_time() {
        let st = IndexStats {
            articles: 3,
            paragraphs: 41,
            facts: 5,
            built_at: "2026-11-27T08:00:00Z".into(),
        };
        let s = about_text(Some(&st), true);
        assert!(s.contains(env!("CARGO_PKG_VERSION")));
        assert!(s.contains("3 articles, 41 paragraphs, 5 meeting facts"));
        assert!(s.contains("2026-11-27T08:00:00Z"));
        assert!(s.contains("reindex is running"));
        assert!(about_text(None, false).contains("no index yet"));
    }

    #[test]
    fn about_names_each_feed_with_its_last_success_and_error() {
        assert_eq!(feeds_text(&[]), "");
        let feed = |name: &str, ok: Option<&str>, err: Option<&str>| FeedStatus {
            name: name.into(),
            url: format!("https://{name}/feed"),
            last_success: ok.map(str::to_string),
            last_error: err.map(|e| e.to_string()),
            last_error_at: err.map(|_| "2026-12-01T10:00:00Z".to_string()),
            failures: u32::from(err.is_some()),
            next_try: None,
        };
        let s = feeds_text(&[
            feed("news.example", Some("2026-12-02T09:00:00Z"), None),
            feed("down.example", None, Some("the server answered 500")),
        ]);
        assert!(
            s.contains("- news.example: last success 2026-12-02T09:00:00Z"),
            "{s}"
        );
        assert!(
            s.contains("- down.example: last success never; last error 2026-12-01T10:00:00Z: the server answered 500"),
            "{s}"
        );
    }
}
