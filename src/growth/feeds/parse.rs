//! Reading a feed's bytes (RSS 0.9x/1.0/2.0, Atom or JSON Feed, by `feed-rs`) into the items
//! attache follows: each with its identity (the item's guid or id, else its link), its
//! link, title, date and, when the feed carries it, its full text.

use anyhow::{Result, anyhow};
use feed_rs::model::{Entry, Link};

/// One item of a feed, as attache needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FeedItem {
    /// The item's guid (RSS) or id (Atom), else its link: what is remembered as seen.
    pub(crate) id: String,
    /// The article's page.
    pub(crate) link: Option<String>,
    pub(crate) title: Option<String>,
    /// The item's publication date, else its update date (UTC).
    pub(crate) date: Option<jiff::civil::Date>,
    /// The item's full text (HTML) when the feed gives it (`content:encoded`, Atom
    /// `content`); a summary is not a full text.
    pub(crate) content: Option<String>,
}

/// The items of a feed, in the feed's order; relative links are resolved against
/// `feed_url`. An item with neither an id nor a link has no identity and is left out.
pub(crate) fn parse_feed(bytes: &[u8], feed_url: &str) -> Result<Vec<FeedItem>> {
    // Without an id, an item is known by its link alone (feed-rs would hash the link with
    // the title, so a corrected title would make the item new again).
    let parser = feed_rs::parser::Builder::new()
        .base_uri(Some(feed_url))
        .id_generator(|links: &[Link], _, _| {
            page_link(links).map(|l| l.href.clone()).unwrap_or_default()
        })
        .build();
    let feed = parser
        .parse(bytes)
        .map_err(|e| anyhow!("not an RSS or Atom feed ({e})"))?;
    Ok(feed.entries.into_iter().filter_map(item_of).collect())
}

/// The link to an item's page: the first without a `rel`, or with `rel="alternate"`.
fn page_link(links: &[Link]) -> Option<&Link> {
    links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate") && !l.href.trim().is_empty())
}

fn item_of(entry: Entry) -> Option<FeedItem> {
    let id = entry.id.trim().to_string();
    if id.is_empty() {
        return None;
    }
    let date = entry
        .published
        .or(entry.updated)
        .and_then(|t| jiff::Timestamp::from_second(t.timestamp()).ok())
        .map(|t| jiff::tz::TimeZone::UTC.to_datetime(t).date());
    let content = entry
        .content
        .and_then(|c| c.body)
        .filter(|b| !b.trim().is_empty());
    Some(FeedItem {
        link: page_link(&entry.links).map(|l| l.href.trim().to_string()),
        title: entry.title.map(|t| t.content.trim().to_string()),
        id,
        date,
        content,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour News</title><link>https://news.example/</link>
<item><title>Ministers meet in Bergen</title><link>https://news.example/a/bergen</link>
<guid isPermaLink="false">tag:news.example,2025:1</guid>
<pubDate>Tue, 11 Mar 2025 23:30:00 -0200</pubDate>
<description>A short summary.</description>
<content:encoded><![CDATA[<p>The full text.</p>]]></content:encoded></item>
<item><title>No guid here</title><link>/a/relative</link></item>
<item><title>Neither guid nor link</title></item>
</channel></rss>"#;

    const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
<id>urn:uuid:feed</id><updated>2025-04-02T10:00:00Z</updated>
<entry><title>Talks in Tallinn</title><id>urn:uuid:entry-1</id>
<link rel="self" href="https://atom.example/self/1"/>
<link rel="alternate" href="https://atom.example/2025/tallinn"/>
<updated>2025-04-02T10:00:00Z</updated><summary>Only a summary.</summary></entry>
<entry><title>Second</title><id>urn:uuid:entry-2</id>
<link href="https://atom.example/2025/second"/>
<published>2025-03-30T08:00:00Z</published><updated>2025-04-01T08:00:00Z</updated>
<content type="html">&lt;p&gt;Whole text.&lt;/p&gt;</content></entry>
</feed>"#;

    #[test]
    fn rss_items_have_their_guid_or_link_date_and_full_text() {
        let items = parse_feed(RSS.as_bytes(), "https://news.example/feed.xml").unwrap();
        assert_eq!(items.len(), 2, "{items:?}");
        let first = &items[0];
        assert_eq!(first.id, "tag:news.example,2025:1");
        assert_eq!(first.link.as_deref(), Some("https://news.example/a/bergen"));
        assert_eq!(first.title.as_deref(), Some("Ministers meet in Bergen"));
        // 23:30 at -02:00 is the 12th in UTC.
        assert_eq!(first.date, Some(jiff::civil::date(2025, 3, 12)));
        assert!(first.content.as_deref().unwrap().contains("The full text."));
        // No guid: known by its link, resolved against the feed's address.
        assert_eq!(items[1].id, "https://news.example/a/relative");
        assert_eq!(
            items[1].link.as_deref(),
            Some("https://news.example/a/relative")
        );
        assert_eq!(items[1].content, None);
        assert_eq!(items[1].date, None);
    }

    #[test]
    fn atom_entries_have_their_id_alternate_link_and_date() {
        let items = parse_feed(ATOM.as_bytes(), "https://atom.example/feed").unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].id, "urn:uuid:entry-1");
        assert_eq!(
            items[0].link.as_deref(),
            Some("https://atom.example/2025/tallinn")
        );
        assert_eq!(items[0].date, Some(jiff::civil::date(2025, 4, 2)));
        assert_eq!(items[0].content, None, "a summary is no full text");
        assert_eq!(items[1].date, Some(jiff::civil::date(2025, 3, 30)));
        assert!(items[1].content.as_deref().unwrap().contains("Whole text."));
    }

    #[test]
    fn what_is_no_feed_is_an_error() {
        for bad in ["<html><body>hello</body></html>", "plain words", ""] {
            assert!(
                parse_feed(bad.as_bytes(), "https://x.example/").is_err(),
                "{bad}"
            );
        }
    }
}
