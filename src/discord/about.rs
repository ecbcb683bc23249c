//! `/about`: the version, the size of the index being served and when it was built.

use crate::engine::IndexStats;

use super::render::reply;
use super::state::{Context, Error};
use super::trace::{Outcome, command_span, traced};

/// What attache is and what it knows: version, articles, paragraphs, facts, last reindex.
#[poise::command(slash_command)]
pub(crate) async fn about(ctx: Context<'_>) -> Result<(), Error> {
    traced(command_span(ctx), async {
        let engine = &ctx.data().engine;
        let text = about_text(engine.stats().as_ref(), engine.is_reindexing());
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
}
