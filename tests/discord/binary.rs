//! `attache serve` as a process: a clear error without `DISCORD_TOKEN`, a token that
//! never reaches the output even with `RUST_LOG=trace`, against the fake Discord, stopped
//! by SIGTERM; and against an API that accepts connections but never answers, a warning
//! in time and a clean stop on SIGTERM.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::common::bin;
use crate::fake_discord::corpus;
use crate::fake_discord::{FakeDiscord, Member, WAIT};

pub(crate) const TOKEN: &str = "FAKEtok3n-attache.Zq9xK7-never-log-me";

/// A config file over a fresh corpus, with `api_url` when given.
fn write_config(dir: &Path, api_url: Option<&str>) -> std::path::PathBuf {
    write_config_with(dir, api_url, "")
}

/// [`write_config`] with more lines for its `[discord]` section.
pub(crate) fn write_config_with(
    dir: &Path,
    api_url: Option<&str>,
    discord: &str,
) -> std::path::PathBuf {
    let corpus_dir = dir.join("corpus");
    corpus::write_corpus(&corpus_dir);
    let mut text = format!(
        "[corpus]\ndirs = [{:?}]\n[index]\ndir = {:?}\nwriter_memory_mb = 20\n[log]\nlevel = \"info\"\n",
        corpus_dir.display().to_string(),
        dir.join("index").display().to_string()
    );
    text.push_str("[discord]\n");
    if let Some(url) = api_url {
        text.push_str(&format!("api_url = {url:?}\n"));
    }
    text.push_str(discord);
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

/// A TCP listener on 127.0.0.1 that accepts every connection and never says a word: a
/// stalled API. Its connections stay open until the test process ends.
fn silent_listener() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().flatten() {
            held.push(stream);
        }
    });
    format!("http://{addr}")
}

/// Sends SIGTERM to `child` and waits (at most `bound`) for it to exit.
pub(crate) fn terminate(
    child: &mut std::process::Child,
    bound: Duration,
) -> std::process::ExitStatus {
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("send SIGTERM");
    assert!(status.success());
    let started = Instant::now();
    loop {
        if let Some(s) = child.try_wait().expect("wait") {
            return s;
        }
        if started.elapsed() > bound {
            let _ = child.kill();
            panic!("attache serve did not stop within {bound:?} of SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A generous bound on a stop that the code keeps within 10 s.
pub(crate) const STOP_BOUND: Duration = Duration::from_secs(30);

#[test]
fn a_stalled_api_is_reported_and_sigterm_stops_the_bot_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    let api = silent_listener();
    let config = write_config_with(tmp.path(), Some(&api), "http_timeout_secs = 1\n");
    let log = tmp.path().join("stderr.log");
    let mut child = Command::new(bin())
        .args([
            "--config",
            config.to_str().unwrap(),
            "serve",
            "--no-initial-index",
        ])
        .env("DISCORD_TOKEN", TOKEN)
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .expect("start attache serve");
    let started = Instant::now();
    let warned = loop {
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        if text.contains("Discord did not answer within 1 s") {
            break text;
        }
        if started.elapsed() > STOP_BOUND {
            let _ = child.kill();
            panic!("no warning about the stalled API: {text}");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(warned.contains("WARN"), "{warned}");
    assert!(
        !warned.contains("\x1b["),
        "no colour in a log file: {warned:?}"
    );
    let exit = terminate(&mut child, STOP_BOUND);
    assert!(exit.success(), "exit status {exit}");
    let text = std::fs::read_to_string(&log).unwrap();
    assert_eq!(leaks(&text), Vec::<&str>::new(), "token leaked: {text}");
}

#[test]
fn sigterm_at_start_up_while_the_api_stalls_stops_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    let api = silent_listener();
    let config = write_config(tmp.path(), Some(&api));
    let log = tmp.path().join("stderr.log");
    let mut child = Command::new(bin())
        .args(["--config", config.to_str().unwrap(), "serve"])
        .env("DISCORD_TOKEN", TOKEN)
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .expect("start attache serve");
    // Wait for the first request to be on its way (the initial index build has started),
    // then stop: the default 10 s timeout has not passed.
    let started = Instant::now();
    while !std::fs::read_to_string(&log)
        .unwrap_or_default()
        .contains("no index yet")
    {
        assert!(started.elapsed() < STOP_BOUND, "serve never started");
        std::thread::sleep(Duration::from_millis(20));
    }
    let exit = terminate(&mut child, STOP_BOUND);
    assert!(exit.success(), "exit status {exit}");
}
