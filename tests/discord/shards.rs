//! Shard ranges across processes: two `attache serve` processes over one index folder, with
//! `shard_count = 2` and `shard_range = [0, 0]` and `[1, 1]`, against one fake Discord. Each
//! identifies with its own shard, answers what arrives on it, only shard 0's process
//! registers the commands, and a `/reindex` in one is served by the other.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Instant;

use serde_json::{Value, json};

use crate::binary::{STOP_BOUND, TOKEN, terminate, write_config_with};
use crate::common::bin;
use crate::fake_discord::corpus::FERRY_QUESTION;
use crate::fake_discord::{FakeDiscord, Member, WAIT};

const CHANNEL: u64 = 700_000_000_000_000_031;

/// `attache serve` running the shards `range` (as `ATTACHE_DISCORD__SHARD_RANGE`), logging
/// to `log`.
fn serve(config: &Path, range: &str, log: &Path) -> Child {
    Command::new(bin())
        .args([
            "--config",
            config.to_str().unwrap(),
            "serve",
            "--no-initial-index",
        ])
        .env("DISCORD_TOKEN", TOKEN)
        .env("ATTACHE_DISCORD__SHARD_RANGE", range)
        .env("NO_COLOR", "1")
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(log).unwrap())
        .spawn()
        .expect("start attache serve")
}

fn ask(q: &str) -> Value {
    json!([{"name": "question", "type": 3, "value": q}])
}

/// Asks `/about` on `shard` until its text contains `want` (another process's reindex is
/// picked up within seconds); the last text.
async fn about_until(fake: &FakeDiscord, shard: u64, want: &str) -> String {
    let member = Member::new(600_000_000_000_000_032, "ana");
    let started = Instant::now();
    loop {
        let ix = fake.slash_on(shard, CHANNEL, &member, "about", json!([]));
        let cb = fake.callback(&ix).await;
        let text = cb["data"]["content"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        if text.contains(want) || started.elapsed() > WAIT {
            return text;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_run_half_the_shards_each_and_share_the_index() {
    let tmp = tempfile::tempdir().unwrap();
    let fake = FakeDiscord::start().await;
    let config = write_config_with(tmp.path(), Some(&fake.api_url), "shard_count = 2\n");
    let built = Command::new(bin())
        .args(["--config", config.to_str().unwrap(), "index"])
        .env("ATTACHE_DISCORD__SHARD_RANGE", "[0, 0]")
        .output()
        .expect("run attache index");
    assert!(built.status.success(), "{built:?}");
    let logs = [tmp.path().join("shard0.log"), tmp.path().join("shard1.log")];
    let mut first = serve(&config, "[0, 0]", &logs[0]);
    let mut second = serve(&config, "[1, 1]", &logs[1]);

    // Each process identifies with its own shard, and only with it.
    let shards = fake
        .wait_for("both shards to identify", |f| {
            let s = f.identified_shards();
            (s.contains(&json!([0, 2])) && s.contains(&json!([1, 2]))).then_some(s)
        })
        .await;
    assert_eq!(shards.len(), 2, "{shards:?}");

    // Each answers an interaction sent on its shard.
    let member = Member::new(600_000_000_000_000_031, "ines");
    for shard in [0, 1] {
        let ix = fake.slash_on(shard, CHANNEL, &member, "ask", ask(FERRY_QUESTION));
        let cb = fake.callback(&ix).await;
        assert_eq!(cb["data"]["embeds"][0]["title"], FERRY_QUESTION, "{cb}");
    }
    // Both are set up by now; only the process of shard 0 registered the commands.
    let puts = fake
        .requests()
        .into_iter()
        .filter(|r| r.method == "PUT" && r.path.ends_with("/commands"))
        .count();
    assert_eq!(puts, 1);
    let log1 = std::fs::read_to_string(&logs[1]).unwrap();
    assert!(
        log1.contains("commands are registered by the process that runs shard 0"),
        "{log1}"
    );

    // A /reindex in the process of shard 0 (one more article) is served by the other.
    let corpus = tmp.path().join("corpus");
    let ferry = std::fs::read_to_string(corpus.join("ferry-link.txt")).unwrap();
    std::fs::write(corpus.join("ferry-copy.txt"), ferry).unwrap();
    let admin = Member::new(600_000_000_000_000_033, "kofi").manager();
    let ix = fake.slash_on(0, CHANNEL, &admin, "reindex", json!([]));
    let report = fake.followup(&ix, 0).await;
    let text = report["content"].as_str().unwrap_or_default();
    assert!(text.contains("Indexed 4 articles"), "{text}");
    let about = about_until(&fake, 1, "Index: 4 articles").await;
    assert!(about.contains("Index: 4 articles"), "{about}");

    for child in [&mut first, &mut second] {
        let exit = terminate(child, STOP_BOUND);
        assert!(exit.success(), "exit status {exit}");
    }
    assert!(fake.assert_no_pings() > 0);
}
