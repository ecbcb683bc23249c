//! `/add` against the fake Discord: an admin adds an attachment (served by the fake's own
//! CDN on 127.0.0.1) and a URL, each acknowledged first and answered with what was learnt,
//! and a question about it is answered right after; a member is refused; a file of another
//! format is refused with nothing saved.

use std::path::Path;

use attache::testing::{ADD_NOT_ALLOWED, ServeOptions};
use serde_json::{Value, json};

use crate::bot::{Bot, start_bot_configured};
use crate::fake_discord::files::{Attached, cdn};
use crate::fake_discord::{FakeDiscord, Member, WAIT};

const CHANNEL: u64 = 700_000_000_000_000_021;

const ARTICLE_TXT: &str = "---\ntitle: Lindqvist hosts Okafor in Oslo\npublished: 2024-05-06\n---\nNorwegian Trade Minister Sigrun Lindqvist hosted Nigerian Trade Minister Chidi Okafor in Oslo on Monday.\n\nThe two ministers discussed fish exports.\n";

const ARTICLE_HTML: &str = "<html><head><title>Marchetti meets Dranko in Tallinn</title>\
<meta property=\"article:published_time\" content=\"2025-03-12T08:00:00Z\"></head><body><article>\
<p>Quorvanian Foreign Minister Odile Marchetti met Belastrian Foreign Minister Pavel Dranko in Tallinn on Tuesday.</p>\
<p>They agreed to reopen their border crossings.</p></article></body></html>";

fn member() -> Member {
    Member::new(600_000_000_000_000_031, "ines")
}

fn admin() -> Member {
    Member::new(600_000_000_000_000_032, "kofi").manager()
}

fn added(corpus: &Path) -> usize {
    std::fs::read_dir(corpus.join("added")).map_or(0, |d| d.count())
}

/// The text of the bot's answer to `/ask question`, embed or plain.
async fn ask(fake: &FakeDiscord, question: &str) -> String {
    let options = json!([{"name": "question", "type": 3, "value": question}]);
    let ix = fake.slash(CHANNEL, &member(), "ask", options);
    fake.callback(&ix).await.to_string()
}

/// The private reply of an admin's `/add` after its deferral.
async fn add_reply(fake: &FakeDiscord, ix: &crate::fake_discord::Interaction) -> String {
    let cb = fake.callback(ix).await;
    assert_eq!(cb["type"], 5, "deferred first: {cb}");
    let reply: Value = fake.followup(ix, 0).await;
    assert_eq!(reply["flags"].as_u64().unwrap_or(0) & 64, 64, "{reply}");
    reply["content"].as_str().unwrap_or_default().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admins_add_an_attachment_or_a_url_and_it_is_answered_at_once() {
    let Bot {
        fake,
        corpus_dir,
        _tmp,
        stop,
        task,
        ..
    } = start_bot_configured(
        |c| c.fetch.allow_private_urls = true,
        |_| {},
        ServeOptions::default(),
    )
    .await;
    let file = |name: &'static str, bytes: &str| Attached {
        filename: name,
        content_type: "text/plain",
        bytes: bytes.as_bytes().to_vec(),
    };

    // A member: refused, privately, nothing saved.
    let ix = fake
        .slash_with_attachment(
            CHANNEL,
            &member(),
            "add",
            "attachment",
            file("oslo.txt", ARTICLE_TXT),
            json!([]),
        )
        .await;
    let cb = fake.callback(&ix).await;
    assert_eq!(cb["data"]["content"], ADD_NOT_ALLOWED, "{cb}");
    assert_eq!(cb["data"]["flags"].as_u64().unwrap_or(0) & 64, 64);
    assert_eq!(added(&corpus_dir), 0);

    // An admin's attachment.
    let ix = fake
        .slash_with_attachment(
            CHANNEL,
            &admin(),
            "add",
            "attachment",
            file("oslo.txt", ARTICLE_TXT),
            json!([]),
        )
        .await;
    let text = add_reply(&fake, &ix).await;
    assert!(
        text.starts_with("added: 2 paragraphs, 1 meeting: "),
        "{text}"
    );
    assert!(
        text.contains("Sigrun Lindqvist") && text.contains("Oslo"),
        "{text}"
    );
    let saved = std::fs::read_dir(corpus_dir.join("added"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let saved = std::fs::read_to_string(saved).unwrap();
    assert!(saved.contains(" by Discord user kofi\n"), "{saved}");
    let answer = ask(&fake, "Where did Lindqvist meet Okafor?").await;
    assert!(answer.contains("Oslo"), "{answer}");

    // The same attachment again: refused politely.
    let ix = fake
        .slash_with_attachment(
            CHANNEL,
            &admin(),
            "add",
            "attachment",
            file("again.txt", ARTICLE_TXT),
            json!([]),
        )
        .await;
    let text = add_reply(&fake, &ix).await;
    assert!(
        text.starts_with("Not added: this article is already here"),
        "{text}"
    );

    // A file of another format: refused, nothing saved.
    let ix = fake
        .slash_with_attachment(
            CHANNEL,
            &admin(),
            "add",
            "attachment",
            file("paper.pdf", "%PDF-1.4"),
            json!([]),
        )
        .await;
    let text = add_reply(&fake, &ix).await;
    assert!(text.contains("unsupported format (.pdf)"), "{text}");
    assert_eq!(added(&corpus_dir), 1);

    // A URL.
    let base = cdn("text/html".into(), ARTICLE_HTML.as_bytes().to_vec()).await;
    let url = json!([{"name": "url", "type": 3, "value": format!("{base}/tallinn.html")}]);
    let ix = fake.slash(CHANNEL, &admin(), "add", url);
    let text = add_reply(&fake, &ix).await;
    assert!(
        text.starts_with("added: 2 paragraphs, 1 meeting: "),
        "{text}"
    );
    assert!(text.contains("Tallinn"), "{text}");
    let answer = ask(&fake, "Where did Marchetti meet Dranko?").await;
    assert!(answer.contains("Tallinn"), "{answer}");
    assert_eq!(added(&corpus_dir), 2);

    let _ = stop.send(());
    tokio::time::timeout(WAIT, task)
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    fake.assert_no_pings();
}
