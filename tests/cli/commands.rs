//! The command line, run as a user would: `index`, `ask`, `chat --json`, `--help`, and the
//! layered configuration's errors and precedence.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use crate::common::*;

fn attache(dir: &Path, args: &[&str]) -> Output {
    Command::new(bin())
        .current_dir(dir)
        .args(args)
        .env_remove("RUST_LOG")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn index_reports_counts_and_time() {
    let tmp = seed_workdir();
    let out = attache(
        tmp.path(),
        &["--corpus", "articles", "--index", "idx", "index"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Indexed 1 articles (10 paragraphs"), "{text}");
    assert!(text.contains("from 1 files in"), "{text}");
    assert!(tmp.path().join("idx/CURRENT").is_file());

    let json = attache(
        tmp.path(),
        &["--corpus", "articles", "--index", "idx", "index", "--json"],
    );
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(report["ingest"]["articles"], 1);
    assert_eq!(report["ingest"]["paragraphs"], 10);
    assert!(report["elapsed"].as_f64().unwrap() >= 0.0);
}

#[test]
fn index_fails_clearly_when_nothing_can_be_built_and_keeps_the_old_index() {
    let tmp = seed_workdir();
    let ok = attache(
        tmp.path(),
        &["--corpus", "articles", "--index", "idx", "index"],
    );
    assert!(ok.status.success());
    let before = current(&tmp.path().join("idx"));
    std::fs::create_dir_all(tmp.path().join("empty")).unwrap();
    let out = attache(
        tmp.path(),
        &["--corpus", "empty", "--index", "idx", "index"],
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("no article could be read"),
        "{}",
        stderr(&out)
    );
    assert_eq!(current(&tmp.path().join("idx")), before);
    let missing = attache(
        tmp.path(),
        &["--corpus", "nowhere", "--index", "idx2", "index"],
    );
    assert!(!missing.status.success());
    assert!(stderr(&missing).contains("nowhere"), "{}", stderr(&missing));
}

#[test]
fn ask_builds_the_index_first_and_cites_the_article() {
    let tmp = seed_workdir();
    let out = attache(
        tmp.path(),
        &[
            "--corpus",
            "articles",
            "--index",
            "idx",
            "ask",
            "Where did Rajnath Singh meet Dong Jun?",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("No index yet"), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Vientiane"), "{text}");

    assert!(text.contains("Sources:"), "{text}");
    assert!(text.contains("paragraph 1"), "{text}");

    // Unquoted words form one question; --json gives the same text with sources.
    let out = attache(
        tmp.path(),
        &[
            "--corpus", "articles", "--index", "idx", "ask", "--json", "Where", "did", "Rajnath",
            "Singh", "meet", "Dong", "Jun?",
        ],
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["question"], "Where did Rajnath Singh meet Dong Jun?");
    assert_eq!(v["answer"].as_str().unwrap().trim(), text.trim());
    assert!(v["sources"][0]["paragraph"].as_u64().unwrap() >= 1);
    assert_eq!(
        v["sources"][0]["article"],
        "rajnath-singh-dong-jun-vientiane.txt"
    );
}

#[test]
fn chat_json_prints_one_object_per_question() {
    let tmp = seed_workdir();
    let mut child = Command::new(bin())
        .current_dir(tmp.path())
        .args(["--corpus", "articles", "--index", "idx", "chat", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let questions = [
        "Where did Rajnath Singh meet Dong Jun?",
        "",
        "What is the capital of France?",
        "title:x AND (\" OR * ~ ^",
    ];
    {
        let mut stdin = child.stdin.take().unwrap();
        for q in questions {
            writeln!(stdin, "{q}").unwrap();
        }
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 3, "blank lines are not questions: {lines:?}");
    for (line, q) in lines
        .iter()
        .zip(["Where did", "What is the capital", "title:x"])
    {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["question"].as_str().unwrap().starts_with(q));
        assert!(!v["answer"].as_str().unwrap().is_empty());
        assert!(v["sources"].is_array());
    }
    let first: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    let src = &first["sources"][0];
    for key in ["article", "title", "url", "paragraph"] {
        assert!(src.get(key).is_some(), "source lacks {key}: {src}");
    }
    let france: serde_json::Value = serde_json::from_str(lines[1]).unwrap();
    assert!(
        !france["answer"].as_str().unwrap().contains("Paris"),
        "{france}"
    );
}

#[test]
fn every_command_explains_itself() {
    let tmp = tempfile::tempdir().unwrap();
    let top = attache(tmp.path(), &["--help"]);
    assert!(top.status.success());
    let text = stdout(&top);
    for cmd in ["index", "ask", "chat", "facts", "meetings", "eval"] {
        assert!(text.contains(cmd), "top-level help lists {cmd}");
        let sub = attache(tmp.path(), &[cmd, "--help"]);
        assert!(sub.status.success(), "{cmd} --help");
        let help = stdout(&sub);
        assert!(help.contains("Usage: attache"), "{help}");
        assert!(help.contains("--config"), "{cmd} help shows global flags");
    }
}

#[test]
fn unknown_config_keys_and_bad_values_name_the_key_and_file() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("bad.toml");
    std::fs::write(&file, "[ingest]\nmax_file_bytez = 10\n").unwrap();
    let out = attache(tmp.path(), &["--config", "bad.toml", "index"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("max_file_bytez"), "{err}");
    assert!(err.contains("bad.toml"), "{err}");

    std::fs::write(&file, "[ingest]\nmax_file_bytes = \"lots\"\n").unwrap();
    let out = attache(tmp.path(), &["--config", "bad.toml", "index"]);
    let err = stderr(&out);
    assert!(!out.status.success());
    assert!(err.contains("ingest.max_file_bytes"), "{err}");
    assert!(err.contains("bad.toml"), "{err}");

    let out = attache(tmp.path(), &["--config", "missing.toml", "index"]);
    assert!(stderr(&out).contains("missing.toml"));
}

#[test]
fn environment_overrides_the_file_and_flags_override_the_environment() {
    let tmp = seed_workdir();
    std::fs::write(
        tmp.path().join("a.toml"),
        "[corpus]\ndirs = [\"nowhere\"]\n[index]\ndir = \"from-file\"\n",
    )
    .unwrap();
    // The file's corpus is replaced by the environment's.
    let out = Command::new(bin())
        .current_dir(tmp.path())
        .args(["--config", "a.toml", "index"])
        .env("ATTACHE_CORPUS__DIRS", "[\"articles\"]")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(tmp.path().join("from-file/CURRENT").is_file());
    // The flag beats both.
    let out = Command::new(bin())
        .current_dir(tmp.path())
        .args(["--config", "a.toml", "--index", "from-flag", "index"])
        .env("ATTACHE_CORPUS__DIRS", "[\"articles\"]")
        .env("ATTACHE_INDEX__DIR", "from-env")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(tmp.path().join("from-flag/CURRENT").is_file());
    assert!(!tmp.path().join("from-env").exists());
    // A bad environment value names the variable's key.
    let out = Command::new(bin())
        .current_dir(tmp.path())
        .args(["index"])
        .env("ATTACHE_ANSWER__MAX_SOURCES", "many")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("answer.max_sources"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn several_corpus_folders_form_one_corpus() {
    let tmp = seed_workdir();
    synthetic_corpus(&tmp.path().join("more"), 3, 2);
    let out = attache(
        tmp.path(),
        &[
            "--corpus", "articles", "--corpus", "more", "--index", "idx", "index",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Indexed 4 articles"),
        "{}",
        stdout(&out)
    );
}

/// Runs `chat` in `dir` with `input` as raw bytes on standard input.
fn chat_bytes(dir: &Path, extra: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(bin())
        .current_dir(dir)
        .args(["--corpus", "articles", "--index", "idx", "chat"])
        .args(extra)
        .env_remove("RUST_LOG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn chat_answers_every_line_after_bytes_that_are_not_utf8() {
    let tmp = seed_workdir();
    let input = b"When did Rajnath Singh last meet Dong Jun?\n\xff\xfe bad\nWhere?\n";
    let out = chat_bytes(tmp.path(), &["--json"], input);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    let last: serde_json::Value = serde_json::from_str(lines[2]).unwrap();
    assert_eq!(last["question"], "Where?");
    assert!(
        last["answer"].as_str().unwrap().contains("Vientiane"),
        "the conversation went on: {last}"
    );
    let bad: serde_json::Value = serde_json::from_str(lines[1]).unwrap();
    assert!(bad["question"].as_str().unwrap().contains("bad"), "{bad}");
    assert!(
        stderr(&out).contains("line 2 is not valid UTF-8"),
        "{}",
        stderr(&out)
    );

    let out = chat_bytes(tmp.path(), &[], input);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let answers: Vec<&str> = text
        .split("\n\n")
        .filter(|a| !a.trim().is_empty())
        .collect();
    assert!(answers.len() >= 3, "{text}");
    assert!(text.contains("Vientiane"), "{text}");
}

/// `args` in `dir` with `env` set (and `RUST_LOG` unset unless `env` sets it).
fn attache_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(bin());
    cmd.current_dir(dir).args(args).env_remove("RUST_LOG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

#[test]
fn logs_on_a_pipe_carry_no_colour_and_ask_logs_warnings_only() {
    let tmp = seed_workdir();
    let idx = ["--corpus", "articles", "--index", "idx"];
    let out = attache(tmp.path(), &[&idx[..], &["index"]].concat());
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    // `index` keeps the config's level (attache's info lines), without escape codes.
    assert!(err.contains("INFO"), "{err}");
    assert!(!err.contains("\x1b["), "{err:?}");

    let question = "Where did Rajnath Singh meet Dong Jun?";
    let out = attache(tmp.path(), &[&idx[..], &["ask", question]].concat());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Vientiane"));
    assert!(!stderr(&out).contains("INFO"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("\x1b["), "{:?}", stderr(&out));

    // -vv and RUST_LOG ask for more.
    let out = attache(tmp.path(), &[&idx[..], &["-vv", "ask", question]].concat());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("DEBUG attache"), "{}", stderr(&out));
    let out = attache_env(
        tmp.path(),
        &[&idx[..], &["ask", question]].concat(),
        &[("RUST_LOG", "debug")],
    );
    assert!(stderr(&out).contains("DEBUG"), "{}", stderr(&out));
    assert!(stdout(&out).contains("Vientiane"));
    assert!(
        !stdout(&out).contains("DEBUG"),
        "stdout holds only the answer"
    );
}

#[test]
fn a_bad_rust_log_is_an_error_like_a_bad_log_level() {
    let tmp = seed_workdir();
    let out = attache_env(
        tmp.path(),
        &["--corpus", "articles", "--index", "idx", "index"],
        &[("RUST_LOG", "loud[")],
    );
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("RUST_LOG \"loud[\""), "{err}");
    assert!(!tmp.path().join("idx").exists(), "nothing ran");
}

#[test]
fn file_names_in_the_index_report_are_escaped() {
    let tmp = seed_workdir();
    let articles = tmp.path().join("articles");
    // Empty files are skipped, and the report names them.
    std::fs::write(articles.join("two\nlines.txt"), "").unwrap();
    std::fs::write(articles.join("\x1b[31mred.txt"), "").unwrap();
    let out = attache(
        tmp.path(),
        &["--corpus", "articles", "--index", "idx", "index"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("two\\nlines.txt"), "{text}");
    assert!(text.contains("\\u{1b}[31mred.txt"), "{text}");
    assert!(!text.contains('\x1b'), "{text:?}");
    assert!(!text.lines().any(|l| l.starts_with("lines.txt")), "{text}");
    // The JSON report keeps the names exactly.
    let out = attache(
        tmp.path(),
        &["--corpus", "articles", "--index", "idx", "index", "--json"],
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = report["ingest"]["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert!(
        names.iter().any(|n| n.ends_with("two\nlines.txt")),
        "{names:?}"
    );
}

#[test]
fn config_paths_and_values_are_checked_and_said_plainly() {
    let tmp = seed_workdir();
    let out = attache(tmp.path(), &["--config", "articles", "index"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("articles is a directory"),
        "{}",
        stderr(&out)
    );
    let out = attache(tmp.path(), &["--config", "/dev/null", "index"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("/dev/null is not a regular file"),
        "{}",
        stderr(&out)
    );

    // Error messages escape control characters but keep their line breaks.
    let out = attache(tmp.path(), &["--config", "\x1b[31mred.toml", "index"]);
    assert!(
        stderr(&out).contains("\\u{1b}[31mred.toml does not exist"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains('\x1b'));
    std::fs::write(tmp.path().join("broken.toml"), "[index\n").unwrap();
    let out = attache(tmp.path(), &["--config", "broken.toml", "index"]);
    assert!(stderr(&out).lines().count() > 2, "{}", stderr(&out));

    // A huge environment value is cut in the error.
    let huge = "9x".repeat(50_000);
    let out = attache_env(
        tmp.path(),
        &["index"],
        &[("ATTACHE_ANSWER__MAX_SOURCES", &huge)],
    );
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("answer.max_sources"), "{err}");
    assert!(err.contains("(100000 bytes)"), "{err}");
    assert!(err.len() < 500, "{} bytes of error", err.len());

    // An empty index folder and an out-of-range writer budget are refused, not worked around.
    let out = attache_env(
        tmp.path(),
        &["--corpus", "articles", "index"],
        &[("ATTACHE_INDEX__DIR", "")],
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("index.dir is empty"),
        "{}",
        stderr(&out)
    );
    assert!(!tmp.path().join("CURRENT").exists());
    let out = attache_env(
        tmp.path(),
        &["--corpus", "articles", "--index", "idx", "index"],
        &[("ATTACHE_INDEX__WRITER_MEMORY_MB", "8")],
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("index.writer_memory_mb must be between 15 and 4096"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn ask_waits_for_a_first_build_that_another_process_runs() {
    let tmp = seed_workdir();
    let idx = tmp.path().join("idx");
    std::fs::create_dir_all(&idx).unwrap();
    // Another process's build holds the build lock.
    let lock = std::fs::File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(idx.join("reindex.lock"))
        .unwrap();
    lock.lock().unwrap();
    let log = tmp.path().join("ask.err");
    let child = Command::new(bin())
        .current_dir(tmp.path())
        .args(["--corpus", "articles", "--index", "idx", "ask"])
        .arg("Where did Rajnath Singh meet Dong Jun?")
        .env_remove("RUST_LOG")
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while !std::fs::read_to_string(&log)
        .unwrap()
        .contains("Another process is building the index: waiting for it")
    {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(60),
            "ask did not wait: {}",
            std::fs::read_to_string(&log).unwrap()
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    // That build ends; the index is built (by `attache index`, or by `ask` itself should
    // it take the lock first) and the question is answered.
    drop(lock);
    let _ = attache(
        tmp.path(),
        &["--corpus", "articles", "--index", "idx", "index"],
    );
    let out = child.wait_with_output().unwrap();
    let err = std::fs::read_to_string(&log).unwrap();
    assert!(out.status.success(), "{err}");
    assert!(stdout(&out).contains("Vientiane"), "{}", stdout(&out));
}
