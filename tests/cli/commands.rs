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

/// A working folder with the seed corpus under `articles/`.
fn workdir() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let articles = tmp.path().join("articles");
    std::fs::create_dir_all(&articles).unwrap();
    for e in std::fs::read_dir(seed_dir()).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, articles.join(p.file_name().unwrap())).unwrap();
    }
    tmp
}

#[test]
fn index_reports_counts_and_time() {
    let tmp = workdir();
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
    let tmp = workdir();
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
    let tmp = workdir();
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
    let tmp = workdir();
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
    let tmp = workdir();
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
    let tmp = workdir();
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
