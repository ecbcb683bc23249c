//! What a generation remembers of its sources, for the next build to redo only what
//! changed: each corpus file with the hash of its bytes, what ingest reported about it, and
//! the articles it gave (id and a hash of their content); and each article's extraction
//! result. Stored beside the generation (`sources.json`, `extracted.json`), and reused only
//! when the build's [`cache_key`] (format, extractor version, program build, ingest
//! settings) is the same.

use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Read;
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::config::IngestConfig;
use crate::extract::ArticleFacts;
use crate::ingest::{IngestReport, Notice, Skipped};
use crate::model::Article;

/// The generation's list of sources.
pub(crate) const SOURCES: &str = "sources.json";

/// The generation's per-article extraction results (articles with something to say).
pub(crate) const EXTRACTED: &str = "extracted.json";

/// Version of the two files' layout: a generation with another is rebuilt in full.
const FORMAT: u32 = 2;

/// What must be the same for a generation's work to be reused: the files' layout, the
/// extractor's version, the program build that made it (its size and time: a rebuilt
/// program may extract differently), the ingest limits and whether facts were extracted.
pub(crate) fn cache_key(ingest: &IngestConfig, extract: bool) -> String {
    let build = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| {
            let time = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{}-{time}", m.len())
        })
        .unwrap_or_else(|_| "unknown".into());
    format!(
        "format {FORMAT}; extractor {}; attache {} build {build}; max_file_bytes {}; \
         max_paragraph_chars {}; extract {extract}",
        crate::extract::EXTRACTOR_VERSION,
        env!("CARGO_PKG_VERSION"),
        ingest.max_file_bytes,
        ingest.max_paragraph_chars,
    )
}

/// The sources of one generation.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct Sources {
    pub(crate) key: String,
    /// When the build started (nanoseconds since the epoch; 0 when not known, as in
    /// generations made before it was stored: every file is then hashed again).
    #[serde(default)]
    pub(crate) started: u64,
    pub(crate) files: Vec<FileRecord>,
}

/// One corpus file as the build read it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct FileRecord {
    /// The path as walked (corpus folder joined with the file's place in it).
    pub(crate) path: String,
    /// Hash of the bytes; `None` when not hashed (too large or unreadable: read again).
    pub(crate) hash: Option<u64>,
    /// Size and modification time before it was hashed: see [`Previous::same_stat`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) stat: Option<Stat>,
    /// What ingest reported while reading it.
    pub(crate) report: ReportPiece,
    pub(crate) articles: Vec<ArticleRecord>,
    /// For a JSON Lines file, its lines that gave one article and reported nothing: the
    /// next build reuses them as they are when the file changed elsewhere.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) lines: Vec<LineRecord>,
}

/// A line of a JSON Lines file whose article can be reused: its number (from 1), the hash
/// of its text, and its article's place in the file's `articles` (compact in the file:
/// `[number, hash, article]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct LineRecord(pub(crate) usize, pub(crate) u64, pub(crate) usize);

/// A file's size and modification time (nanoseconds since the epoch), compared as git
/// and make do to tell a file is unchanged without reading it (compact in the file:
/// `[size, mtime]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Stat(pub(crate) u64, pub(crate) u64);

impl Stat {
    /// The file's stat; `None` when it cannot be read (the file is then hashed).
    pub(crate) fn of(path: &Path) -> Option<Stat> {
        let m = std::fs::metadata(path).ok()?;
        let since = m.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
        Some(Stat(m.len(), u64::try_from(since.as_nanos()).ok()?))
    }
}

/// A file modified less than this before a build started may have been modified again
/// in the same clock tick after it was hashed (git's "racy" files; file system times are
/// coarser than nanoseconds on some systems): the next build hashes it again, whatever
/// its stat says.
const RACY_NS: u64 = 2_000_000_000;

/// Nanoseconds since the epoch now (0 when the clock is before it: files are then hashed).
pub(crate) fn now_ns() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .ok()
        .and_then(|d| u64::try_from(d.as_nanos()).ok())
        .unwrap_or(0)
}

/// One article of a file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct ArticleRecord {
    /// The id as read, before ids shared by two corpus folders were made distinct.
    pub(crate) read_id: String,
    /// The id in the index.
    pub(crate) id: String,
    /// Hash of the title, URL, date, header and paragraphs.
    pub(crate) hash: u64,
    pub(crate) paragraphs: usize,
}

/// The part of the ingest report one file gave.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct ReportPiece {
    articles: usize,
    paragraphs: usize,
    duplicate_paragraphs: usize,
    long_paragraphs_split: usize,
    skipped: Vec<(String, String)>,
    notices: Vec<(String, String)>,
}

impl ReportPiece {
    /// What `report` holds (the report of one file read alone).
    pub(crate) fn of(report: &IngestReport) -> ReportPiece {
        ReportPiece {
            articles: report.articles,
            paragraphs: report.paragraphs,
            duplicate_paragraphs: report.duplicate_paragraphs,
            long_paragraphs_split: report.long_paragraphs_split,
            skipped: report
                .skipped
                .iter()
                .map(|s| (s.path.clone(), s.reason.clone()))
                .collect(),
            notices: report
                .notices
                .iter()
                .map(|n| (n.path.clone(), n.message.clone()))
                .collect(),
        }
    }

    /// Adds this file's part to the report of the whole corpus, as reading it there would.
    pub(crate) fn add_to(&self, report: &mut IngestReport) {
        report.articles += self.articles;
        report.paragraphs += self.paragraphs;
        report.duplicate_paragraphs += self.duplicate_paragraphs;
        report.long_paragraphs_split += self.long_paragraphs_split;
        report
            .skipped
            .extend(self.skipped.iter().map(|(path, reason)| Skipped {
                path: path.clone(),
                reason: reason.clone(),
            }));
        report
            .notices
            .extend(self.notices.iter().map(|(path, message)| Notice {
                path: path.clone(),
                message: message.clone(),
            }));
    }
}

/// One article's cached extraction result.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Extracted {
    pub(crate) id: String,
    pub(crate) hash: u64,
    pub(crate) facts: ArticleFacts,
}

/// A previous generation's sources and extraction results, ready for look-ups.
#[derive(Debug, Default)]
pub(crate) struct Previous {
    /// The generation's name.
    pub(crate) name: String,
    /// When its build started (nanoseconds since the epoch; 0 when not known).
    pub(crate) started: u64,
    /// Files by path.
    pub(crate) files: HashMap<String, FileRecord>,
    /// Every article (id, content hash) it indexed.
    pub(crate) articles: HashSet<(String, u64)>,
    /// Article ids it indexed.
    pub(crate) ids: HashSet<String>,
    /// Extraction results by (id, content hash); a known article without one had none.
    pub(crate) extracted: HashMap<(String, u64), ArticleFacts>,
}

impl Previous {
    /// Loads a generation's files; `None` when they are missing, damaged or made with
    /// another key.
    pub(crate) fn load(dir: &Path, name: &str, key: &str) -> Option<Previous> {
        let sources: Sources =
            serde_json::from_slice(&std::fs::read(dir.join(SOURCES)).ok()?).ok()?;
        if sources.key != key {
            tracing::info!(
                generation = name,
                "index made by another build or settings: full reindex"
            );
            return None;
        }
        let extracted: Vec<Extracted> =
            serde_json::from_slice(&std::fs::read(dir.join(EXTRACTED)).ok()?).ok()?;
        let mut prev = Previous {
            name: name.to_string(),
            started: sources.started,
            ..Previous::default()
        };
        for f in sources.files {
            for a in &f.articles {
                prev.articles.insert((a.id.clone(), a.hash));
                prev.ids.insert(a.id.clone());
            }
            prev.files.insert(f.path.clone(), f);
        }
        for e in extracted {
            prev.extracted.insert((e.id, e.hash), e.facts);
        }
        Some(prev)
    }
}

impl Previous {
    /// Whether `old`, this generation's record of a file, can be kept without hashing the
    /// file again: it was hashed, its size and modification time are those it had then,
    /// and that time was at least [`RACY_NS`] before this generation's build started.
    pub(crate) fn same_stat(&self, old: &FileRecord, now: Option<Stat>) -> bool {
        old.hash.is_some()
            && now.is_some()
            && old.stat == now
            && now.is_some_and(|s| s.1.saturating_add(RACY_NS) < self.started)
    }
}

/// Hash of an article's content (not its id).
pub(crate) fn article_hash(a: &Article) -> u64 {
    let mut h = DefaultHasher::new();
    a.title.hash(&mut h);
    a.url.hash(&mut h);
    a.published.map(|d| d.to_string()).hash(&mut h);
    a.meta.hash(&mut h);
    a.paragraphs.hash(&mut h);
    h.finish()
}

/// Hash of a file's bytes; `None` when it is larger than `max_bytes` or cannot be read
/// (ingest then reads it again, and reports it).
pub(crate) fn file_hash(path: &Path, max_bytes: u64) -> Option<u64> {
    if std::fs::metadata(path).ok()?.len() > max_bytes {
        return None;
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .ok()?;
    if bytes.len() as u64 > max_bytes {
        return None;
    }
    let mut h = DefaultHasher::new();
    bytes.hash(&mut h);
    Some(h.finish())
}

/// Gives every article a distinct id (the same relative path may exist under two corpus
/// folders): later duplicates get a `~2`, `~3`... suffix, with a notice.
pub(crate) fn make_ids_unique<'a>(
    ids: impl Iterator<Item = &'a mut String>,
    report: &mut IngestReport,
) {
    let mut seen = HashSet::new();
    for id in ids {
        if seen.insert(id.clone()) {
            continue;
        }
        let mut n = 2;
        while seen.contains(&format!("{id}~{n}")) {
            n += 1;
        }
        let new_id = format!("{id}~{n}");
        report.notices.push(Notice {
            path: id.clone(),
            message: format!("another article has the same id; this one is {new_id}"),
        });
        seen.insert(new_id.clone());
        *id = new_id;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_article_ids_are_made_unique_with_a_notice() {
        let mut ids: Vec<String> = ["a.txt", "a.txt", "a.txt~2", "a.txt"]
            .map(String::from)
            .to_vec();
        let mut report = IngestReport::default();
        make_ids_unique(ids.iter_mut(), &mut report);
        assert_eq!(ids, ["a.txt", "a.txt~2", "a.txt~2~2", "a.txt~3"]);
        assert_eq!(report.notices.len(), 3);
    }

    #[test]
    fn a_file_over_the_limit_is_not_hashed() {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("a.txt");
        std::fs::write(&p, "12345").unwrap();
        assert!(file_hash(&p, 5).is_some());
        assert_eq!(file_hash(&p, 4), None);
        assert_eq!(file_hash(&tmp.path().join("missing"), 5), None);
        std::fs::write(tmp.path().join("b.txt"), "12346").unwrap();
        assert_ne!(file_hash(&p, 5), file_hash(&tmp.path().join("b.txt"), 5));
    }
}
