//! `attache index` is incremental unless `--full`: its report says how it was built and
//! what changed, as text and as JSON.

use std::path::Path;
use std::process::Command;

use crate::common::*;

fn index(dir: &Path, extra: &[&str]) -> String {
    let out = Command::new(bin())
        .current_dir(dir)
        .args(["--corpus", "articles", "--index", "idx", "index"])
        .args(extra)
        .env_remove("RUST_LOG")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn index_reports_what_changed_and_full_rebuilds_everything() {
    let tmp = seed_workdir();
    let articles = tmp.path().join("articles");
    assert!(index(tmp.path(), &[]).contains("\nFull build."));
    std::fs::write(
        articles.join("new.txt"),
        "Envoy Ada Brix met Envoy Cy Dorn in Quillmarsh on 3 March 2021.\n",
    )
    .unwrap();
    let text = index(tmp.path(), &[]);
    assert!(
        text.contains("\nIncremental: 1 added, 0 changed, 0 removed, 1 unchanged (skipped)."),
        "{text}"
    );
    let json: serde_json::Value = serde_json::from_str(&index(tmp.path(), &["--json"])).unwrap();
    assert_eq!(json["changes"]["mode"], "incremental", "{json}");
    assert_eq!(json["changes"]["unchanged"], 2, "{json}");
    let json: serde_json::Value =
        serde_json::from_str(&index(tmp.path(), &["--json", "--full"])).unwrap();
    assert_eq!(json["changes"]["mode"], "full", "{json}");
    assert_eq!(json["changes"]["added"], 2, "{json}");
}
