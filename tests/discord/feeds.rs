//! Feeds in `serve`: the bot polls its feed at start-up by itself (no `/add`, no command),
//! so a new item's article is answered in Discord, and `/about` tells when the feed last
//! succeeded and why the other one failed. Feed and pages are served on 127.0.0.1.

use std::time::Instant;

use attache::config::FeedConfig;
use attache::testing::ServeOptions;
use serde_json::json;

use crate::bot::{Bot, start_bot_configured};
use crate::common::web::{Page, Site, article_page, rss};
use crate::fake_discord::{FakeDiscord, Member, WAIT};

const CHANNEL: u64 = 700_000_000_000_000_041;

fn feed(name: &str, url: String) -> FeedConfig {
    FeedConfig {
        url,
        name: Some(name.into()),
        interval_minutes: 60,
    }
}

/// The text of the bot's reply to `/command` with `options`, embed or plain.
async fn reply(fake: &FakeDiscord, command: &str, options: serde_json::Value) -> String {
    let member = Member::new(600_000_000_000_000_041, "ana");
    let ix = fake.slash(CHANNEL, &member, command, options);
    fake.callback(&ix).await.to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_feed_item_is_answered_without_add_and_about_tells_how_the_feeds_fare() {
    let site = Site::start();
    let page = article_page(
        "Lindqvist hosts Okafor in Oslo",
        Some("2024-05-06T08:00:00Z"),
        &[
            "Norwegian Trade Minister Sigrun Lindqvist hosted Nigerian Trade Minister Chidi Okafor in Oslo on Monday.",
            "The two ministers discussed fish exports.",
        ],
    );
    site.put("/oslo.html", Page::ok("text/html", &page));
    let item = (
        "oslo",
        "/oslo.html",
        "Oslo talks",
        "Mon, 06 May 2024 09:00:00 +0000",
        "",
    );
    site.put("/feed.xml", Page::ok("application/rss+xml", &rss(&[item])));
    site.put("/down.xml", Page::error("503 Service Unavailable"));

    let feeds = vec![
        feed("Harbour Wire", site.url("/feed.xml")),
        feed("Down", site.url("/down.xml")),
    ];
    let Bot {
        fake,
        engine,
        corpus_dir,
        _tmp,
        stop,
        task,
        ..
    } = start_bot_configured(
        |c| {
            c.fetch.allow_private_urls = true;
            c.feeds = feeds;
        },
        |_| {},
        ServeOptions::default(),
    )
    .await;

    // The first poll runs at start-up: wait for it to be recorded.
    let started = Instant::now();
    while engine.feed_status()[0].last_success.is_none() {
        assert!(started.elapsed() < WAIT, "no poll at start-up");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let q = json!([{"name": "question", "type": 3, "value": "Where did Lindqvist meet Okafor?"}]);
    let answer = reply(&fake, "ask", q).await;
    assert!(answer.contains("Oslo"), "{answer}");
    let saved = std::fs::read_dir(corpus_dir.join("added")).unwrap().count();
    assert_eq!(saved, 1);

    let about = reply(&fake, "about", json!([])).await;
    assert!(about.contains("Feeds:"), "{about}");
    assert!(about.contains("- Harbour Wire: last success 20"), "{about}");
    assert!(
        about.contains("- Down: last success never; last error 20")
            && about.contains("the server answered 503"),
        "{about}"
    );

    let _ = stop.send(());
    tokio::time::timeout(WAIT, task)
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    fake.assert_no_pings();
}
