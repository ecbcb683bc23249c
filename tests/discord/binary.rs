//! `attache serve` as a process: a clear error without `DISCORD_TOKEN`, and a token that
//! never reaches the output even with `RUST_LOG=trace`, against the fake Discord, stopped
//! by SIGTERM.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::common::bin;
use crate::fake_discord::corpus;
use crate::fake_discord::{FakeDiscord, Member, WAIT};

const TOKEN: &str = "FAKEtok3n-attache.Zq9xK7-never-log-me";

/// A config file over a fresh corpus, with `api_url` when given.
fn write_config(dir: &Path, api_url: Option<&str>) -> std::path::PathBuf {
    let corpus_dir = dir.join("corpus");
    corpus::write_corpus(&corpus_dir);
    let mut text = format!(
        "[corpus]\ndirs = [{:?}]\n[index]\ndir = {:?}\nwriter_memory_mb = 20\n[log]\nlevel = \"info\"\n",
        corpus_dir.display().to_string(),
        dir.join("index").display().to_string()
    );
    if let Some(url) = api_url {
        text.push_str(&format!("[discord]\napi_url = {url:?}\n"));
    }
    let path = dir.join("attache.toml");
    std::fs::write(&path, text).expect("write config");
    path
}

#[test]
fn serve_without_token_fails_clearly() {
    let tmp = tempfile::tempdir().unwrap();
    let config = write_config(tmp.path(), None);
    let out = Command::new(bin())
        .args(["--config", config.to_str().unwrap(), "serve"])
        .env_remove("DISCORD_TOKEN")
        .env_remove("RUST_LOG")
        .output()
        .expect("run attache");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("DISCORD_TOKEN is not set"), "{stderr}");
    // It stopped before doing any work.
    assert!(!tmp.path().join("index").exists());

    let out = Command::new(bin())
        .args(["--config", config.to_str().unwrap(), "serve"])
        .env("DISCORD_TOKEN", "   ")
        .output()
        .expect("run attache");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("DISCORD_TOKEN is empty"));
}

/// The ways a token could show up in a log: as text, as tungstenite's hex frame dump, or
/// as a Debug list of bytes.
fn leaks(output: &str) -> Vec<&'static str> {
    let hex: String = TOKEN.bytes().map(|b| format!("{b:02x}")).collect();
    let decimal = TOKEN
        .bytes()
        .map(|b| b.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let mut found = Vec::new();
    if output.contains(TOKEN) {
        found.push("text");
    }
    if output.contains(&hex) {
        found.push("hex");
    }
    if output.contains(&decimal) {
        found.push("decimal bytes");
    }
    found
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn token_never_appears_in_trace_output_and_sigterm_stops_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    let fake = FakeDiscord::start().await;
    let config = write_config(tmp.path(), Some(&fake.api_url));
    let stdout = std::fs::File::create(tmp.path().join("stdout.log")).unwrap();
    let stderr = std::fs::File::create(tmp.path().join("stderr.log")).unwrap();
    let mut child = Command::new(bin())
        .args(["--config", config.to_str().unwrap(), "serve"])
        .env("DISCORD_TOKEN", TOKEN)
        .env("RUST_LOG", "trace")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .spawn()
        .expect("start attache serve");

    fake.wait_ready().await;
    // The token was really used: in REST headers and in IDENTIFY.
    let auth = fake.requests()[0].authorization.clone();
    assert_eq!(auth.as_deref(), Some(format!("Bot {TOKEN}").as_str()));
    let identify = fake.sent_ops(2)[0]["d"]["token"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(identify.ends_with(TOKEN), "{identify}");

    // One question, so interaction logging happens too.
    let member = Member::new(600_000_000_000_000_009, "ola");
    let options = json!([{"name": "question", "type": 3, "value": corpus::FERRY_QUESTION}]);
    let ix = fake.slash(700_000_000_000_000_021, &member, "ask", options);
    let cb = fake.callback(&ix).await;
    assert_eq!(cb["type"], 4, "{cb}");

    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("send SIGTERM");
    assert!(status.success());
    let started = Instant::now();
    let exit = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if started.elapsed() > WAIT {
            let _ = child.kill();
            panic!("attache serve did not stop within {WAIT:?} of SIGTERM");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(exit.success(), "exit status {exit}");

    let out = std::fs::read_to_string(tmp.path().join("stdout.log")).unwrap();
    let err = std::fs::read_to_string(tmp.path().join("stderr.log")).unwrap();
    assert!(
        err.len() > 10_000,
        "trace logging was on: {} bytes",
        err.len()
    );
    assert_eq!(leaks(&out), Vec::<&str>::new(), "token leaked to stdout");
    assert_eq!(leaks(&err), Vec::<&str>::new(), "token leaked to stderr");
    // One span per interaction, with its fields.
    let handled = err
        .lines()
        .find(|l| l.contains("handled") && l.contains("interaction{"))
        .unwrap_or_else(|| panic!("no interaction span line in the log"));
    for field in [
        "user=",
        "guild=",
        "command=ask",
        "latency_ms=",
        "outcome=answered",
    ] {
        assert!(handled.contains(field), "{field} missing in {handled}");
    }
}
