//! `attache feeds poll`: a feed polled twice with one new item between adds exactly that
//! item, answered right after; a fresh process (a restart) adds nothing again; a failing
//! feed (a 500, a closed port) is reported and retried later while the other feeds go on;
//! an item whose page fails is added from the feed's full text when it gives one. All
//! pages and feeds are served on 127.0.0.1 by the test (the config allows it).

use std::path::Path;
use std::process::Output;

use crate::common::web::{Page, Site, article_page, rss};
use crate::common::*;
use crate::workdir_attache as attache;

const HTML: &str = "text/html; charset=utf-8";
const RSS: &str = "application/rss+xml";

fn tallinn_page() -> String {
    article_page(
        "Ministers of Quorvania and Belastria meet in Tallinn",
        Some("2025-03-12T08:00:00Z"),
        &[
            "TALLINN, March 12 - Quorvanian Foreign Minister Odile Marchetti met Belastrian Foreign Minister Pavel Dranko in Tallinn on Tuesday and agreed to reopen their border crossings.",
            "Marchetti said the talks had been frank and useful.",
        ],
    )
}

/// A page without a date of its own: the item's date is used.
fn oslo_page() -> String {
    article_page(
        "Lindqvist hosts Okafor in Oslo",
        None,
        &[
            "Norwegian Trade Minister Sigrun Lindqvist hosted Nigerian Trade Minister Chidi Okafor in Oslo on Monday.",
            "The two ministers discussed fish exports.",
        ],
    )
}

const TALLINN_ITEM: (&str, &str, &str, &str, &str) = (
    "tallinn-1",
    "/news/tallinn.html",
    "Ministers meet in Tallinn",
    "Wed, 12 Mar 2025 09:00:00 +0000",
    "",
);

const OSLO_ITEM: (&str, &str, &str, &str, &str) = (
    "oslo-2",
    "/news/oslo.html",
    "Lindqvist hosts Okafor",
    "Mon, 06 May 2024 09:00:00 +0000",
    "",
);

fn workdir(feeds: &[(&str, String)]) -> tempfile::TempDir {
    let tmp = seed_workdir();
    let mut config = String::from("[fetch]\nallow_private_urls = true\ntimeout_secs = 2\n");
    for (name, url) in feeds {
        config.push_str(&format!(
            "\n[[feeds]]\nname = \"{name}\"\nurl = \"{url}\"\n"
        ));
    }
    std::fs::write(tmp.path().join("attache.toml"), config).unwrap();
    tmp
}

fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn added_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join("articles/added"))
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn poll_json(dir: &Path) -> (bool, serde_json::Value) {
    let out = attache(dir, &["feeds", "poll", "--json"]);
    let report = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    (out.status.success(), report)
}

#[test]
fn a_new_item_is_added_once_answered_at_once_and_never_again_after_a_restart() {
    let site = Site::start();
    site.put("/news/tallinn.html", Page::ok(HTML, &tallinn_page()));
    site.put("/news/oslo.html", Page::ok(HTML, &oslo_page()));
    site.put("/feed.xml", Page::ok(RSS, &rss(&[TALLINN_ITEM])));
    site.put("/broken.xml", Page::error("500 Internal Server Error"));
    let tmp = workdir(&[
        ("Test News", site.url("/feed.xml")),
        ("Broken", site.url("/broken.xml")),
    ]);
    let dir = tmp.path();
    assert!(attache(dir, &["index"]).status.success());

    // First poll: the one item is added; the broken feed is reported, not fatal.
    let out = attache(dir, &["feeds", "poll"]);
    assert!(
        !out.status.success(),
        "a failed feed makes the exit code non-zero"
    );
    let report = text(&out);
    assert!(
        report.contains("Test News (") && report.contains("): 1 added, 0 already seen"),
        "{report}"
    );
    assert!(report.contains("Tallinn"), "{report}");
    assert!(
        report.contains("Broken (") && report.contains("failed: the server answered 500"),
        "{report}"
    );
    let answer = text(&attache(dir, &["ask", "When did Marchetti meet Dranko?"]));
    assert!(answer.contains("March 2025"), "{answer}");

    // Second poll, one new item (and the first again under another guid: a duplicate).
    let copy = ("tallinn-copy", TALLINN_ITEM.1, "Copy", TALLINN_ITEM.3, "");
    site.put(
        "/feed.xml",
        Page::ok(RSS, &rss(&[OSLO_ITEM, TALLINN_ITEM, copy])),
    );
    let (_, report) = poll_json(dir);
    let feed = &report["feeds"][0];
    assert_eq!(feed["added"].as_array().unwrap().len(), 1, "{report:#}");
    assert_eq!(feed["already_seen"], 1, "{report:#}");
    assert_eq!(feed["duplicates"], 1, "{report:#}");
    assert_eq!(feed["added"][0]["title"], "Lindqvist hosts Okafor in Oslo");
    let answer = text(&attache(dir, &["ask", "Where did Lindqvist meet Okafor?"]));
    assert!(answer.contains("Oslo"), "{answer}");
    let files = added_files(dir);
    assert_eq!(files.len(), 2, "{files:?}");
    let oslo = files.iter().find(|f| f.starts_with("lindqvist")).unwrap();
    let saved = std::fs::read_to_string(dir.join("articles/added").join(oslo)).unwrap();
    assert!(
        saved.contains("\npublished: 2024-05-06\n"),
        "the item's date: {saved}"
    );
    assert!(saved.contains(" by feed Test News\n"), "{saved}");
    assert!(
        saved.contains(&format!("url: {}\n", site.url("/news/oslo.html"))),
        "{saved}"
    );

    // A fresh process (a restart) polling the same feed adds nothing.
    let (_, report) = poll_json(dir);
    assert_eq!(report["feeds"][0]["added"].as_array().unwrap().len(), 0);
    assert_eq!(report["feeds"][0]["already_seen"], 3, "{report:#}");
    assert_eq!(added_files(dir), files);

    // What each feed last did, kept across processes.
    let status = text(&attache(dir, &["feeds", "status"]));
    assert!(
        status.contains("Test News (") && !status.contains("Test News (never"),
        "{status}"
    );
    assert!(
        status.contains("the server answered 500 (3 failures in a row)"),
        "{status}"
    );
}

#[test]
fn an_unreachable_feed_is_reported_and_a_failed_page_falls_back_to_the_feed_text() {
    let site = Site::start();
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}/feed.xml", listener.local_addr().unwrap())
    };
    let full_text = "<p>Chilean Energy Minister Rosa Quispe met Estonian Economy Minister Henrik Tamm in Tartu on Wednesday.</p><p>They signed a hydrogen accord.</p>";
    let items = [
        (
            "tartu",
            "/gone/tartu.html",
            "Quispe meets Tamm in Tartu",
            "Wed, 02 Apr 2025 10:00:00 +0000",
            full_text,
        ),
        (
            "dead",
            "/gone/dead.html",
            "A page that is gone",
            "Wed, 02 Apr 2025 11:00:00 +0000",
            "",
        ),
    ];
    site.put("/feed.xml", Page::ok(RSS, &rss(&items)));
    let tmp = workdir(&[("Closed", closed), ("Test News", site.url("/feed.xml"))]);
    let dir = tmp.path();

    let (ok, report) = poll_json(dir);
    assert!(!ok);
    let closed = &report["feeds"][0];
    assert!(
        closed["error"]
            .as_str()
            .unwrap()
            .contains("could not be fetched"),
        "{report:#}"
    );
    assert!(closed["next_try"].is_string(), "{report:#}");
    let news = &report["feeds"][1];
    assert_eq!(news["added"].as_array().unwrap().len(), 1, "{report:#}");
    assert_eq!(news["added"][0]["title"], "Quispe meets Tamm in Tartu");
    let errors = news["item_errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{report:#}");
    assert!(
        errors[0]["error"].as_str().unwrap().contains("404"),
        "{report:#}"
    );
    assert_eq!(errors[0]["given_up"], false);
    let files = added_files(dir);
    let saved = std::fs::read_to_string(dir.join("articles/added").join(&files[0])).unwrap();
    assert!(saved.contains("\npublished: 2025-04-02\n"), "{saved}");
    let answer = text(&attache(dir, &["ask", "Where did Quispe meet Tamm?"]));
    assert!(answer.contains("Tartu"), "{answer}");

    // The dead item is tried at two more polls, then given up and not tried again.
    for given_up in [false, true] {
        let (_, report) = poll_json(dir);
        assert_eq!(
            report["feeds"][1]["item_errors"][0]["given_up"], given_up,
            "{report:#}"
        );
    }
    let (_, report) = poll_json(dir);
    assert_eq!(report["feeds"][1]["already_seen"], 2, "{report:#}");
    assert_eq!(added_files(dir).len(), 1);
}

#[test]
fn feeds_poll_without_feeds_says_how_to_configure_them() {
    let tmp = workdir(&[]);
    let out = attache(tmp.path(), &["feeds", "poll"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no feed is configured") && err.contains("[[feeds]]"),
        "{err}"
    );
}
