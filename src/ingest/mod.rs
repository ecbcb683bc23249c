//! Ingest: walks the corpus folders, reads each file by format, cleans the text and yields
//! [`Article`]s, with a report of everything that was skipped or repaired. Bad input never
//! aborts a reindex and is never silently lost: each problem is a line in the report.
//!
//! # Corpus layout
//! Each configured corpus entry is a folder, read recursively in sorted order (a single file
//! works too). Symbolic links are followed, with loops detected; a folder reached twice
//! (overlapping corpus folders) is read once. Hidden files and folders (name starting with
//! `.`), broken links, unreadable folders and special files are listed in
//! [`IngestReport::skipped`] with a reason.
//!
//! # Formats (by extension, case-insensitive)
//! - `.txt`, `.md`/`.markdown` ([`text`]): optional `---` header block with `title`, `url`,
//!   `published` (YYYY-MM-DD) and any other `key: value` lines (kept in `Article::meta`);
//!   paragraphs separated by blank lines, or one per line when the file has no blank line.
//!   Without a title header, a headline-like first line is the title, else the opening words of the first paragraph.
//! - `.html`, `.htm` ([`html`]): title, URL and date from the usual meta tags (and JSON-LD,
//!   `<title>`, `<link rel=canonical>`, `<time datetime>` as fallbacks); paragraphs
//!   from `<p>`, headings and list items of the `<article>`/`<main>`/`<body>`; scripts,
//!   styles, navigation, headers, footers, asides and forms dropped.
//! - `.jsonl`/`.ndjson`, `.json` ([`json`]): one article per object (`id`, `title`, `url`,
//!   `published`, `text`); a `.json` file holds one object or an array. Article id
//!   `path.jsonl#<id>` (or `#<line>`). A bad line is skipped and reported; the rest is read.
//! - Anything else is skipped as "unsupported format (.xyz)".
//!
//! # Bad input
//! Files over `max_file_bytes` (checked before reading), empty files, binary files (NUL
//! bytes or mostly control bytes) and files with no paragraph left after cleaning are
//! skipped with a reason. Invalid UTF-8 is decoded as Latin-1 (Windows-1252 for
//! 0x80-0x9F) and UTF-16 with a byte-order mark is decoded, each with a notice. A
//! `published` value that is not a date is ignored with a notice.
//!
//! # Cleaning
//! Every title and paragraph goes through [`clean::clean`]: whitespace normalised (NBSP,
//! tabs, zero-width characters), control characters removed, curly quotes made straight
//! (`'` and `"`), en/em dashes made `" - "` (a bare `-` between digits: "1990-95"), and
//! words run together by scraping split ("inVientiane" -> "in Vientiane", "the11th" ->
//! "the 11th") only after a listed function word, never inside names, codes or links. Paragraphs without a letter or digit are
//! dropped, and so is a paragraph that repeats an earlier paragraph of the same article
//! word for word (counted in [`IngestReport::duplicate_paragraphs`], with a notice);
//! near-duplicates are kept.
//!
//! # Long paragraphs
//! A paragraph longer than `ingest.max_paragraph_chars` (default 20,000 characters) is
//! split ([`split`]) at sentence boundaries, else at word boundaries, else at a character
//! boundary, into paragraphs within the limit; nothing is dropped. Each article with such
//! a paragraph gets a notice, and [`IngestReport::long_paragraphs_split`] counts them, so
//! that no later step (extraction, answering) ever works on unbounded text.

pub(crate) mod clean;
pub(crate) mod decode;
pub(crate) mod html;
pub(crate) mod json;
mod split;
pub(crate) mod text;

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Serialize;

use crate::config::IngestConfig;
use crate::model::Article;

/// A file found in the corpus, with the corpus folder it was found under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusFile {
    pub(crate) path: PathBuf,
    pub(crate) root: PathBuf,
}

impl CorpusFile {
    /// Path relative to its corpus folder, with `/` separators: the article id's stem.
    pub(crate) fn relative(&self) -> String {
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
    /// Files found (ingested or skipped), including hidden files, broken links and special
    /// files; folders are not counted.
    pub files: usize,
    /// Articles produced.
    pub articles: usize,
    /// Paragraphs in the articles produced (after cleaning and de-duplication).
    pub paragraphs: usize,
    /// Paragraphs dropped because they repeated an earlier paragraph of the same article.
    pub duplicate_paragraphs: usize,
    /// Paragraphs longer than `ingest.max_paragraph_chars`, each split into several.
    pub long_paragraphs_split: usize,
    /// Files, folders, lines and elements that gave no article, with the reason.
    pub skipped: Vec<Skipped>,
    /// Repairs and oddities that did not stop ingest (encoding fallback, bad dates, ...).
    pub notices: Vec<Notice>,
}

impl IngestReport {
    fn skip(&mut self, path: impl Into<String>, reason: impl Into<String>) {
        self.skipped.push(Skipped {
            path: path.into(),
            reason: reason.into(),
        });
    }

    fn notice(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.notices.push(Notice {
            path: path.into(),
            message: message.into(),
        });
    }
}

/// Finds every file under the corpus folders, in a stable (sorted) order. A corpus entry may
/// also be a single file. Hidden entries, unreadable folders, broken links, link loops and
/// special files go to the report.
pub fn walk(dirs: &[PathBuf], report: &mut IngestReport) -> Vec<CorpusFile> {
    let mut out = Vec::new();
    let mut visited = HashSet::new();
    for root in dirs {
        match std::fs::metadata(root) {
            Ok(m) if m.is_dir() => match std::fs::canonicalize(root) {
                Ok(canonical) if !visited.insert(canonical.clone()) => report.skip(
                    root.display().to_string(),
                    format!("folder already read ({})", canonical.display()),
                ),
                _ => walk_dir(root, root, &mut visited, &mut out, report),
            },
            Ok(m) if m.is_file() => {
                report.files += 1;
                let parent = root.parent().map(Path::to_path_buf).unwrap_or_default();
                out.push(CorpusFile {
                    path: root.clone(),
                    root: parent,
                });
            }
            Ok(_) => report.skip(root.display().to_string(), "corpus entry is not a folder"),
            Err(e) => report.skip(
                root.display().to_string(),
                format!("corpus folder does not exist or cannot be read: {e}"),
            ),
        }
    }
    out
}

fn walk_dir(
    root: &Path,
    dir: &Path,
    visited: &mut HashSet<PathBuf>,
    out: &mut Vec<CorpusFile>,
    report: &mut IngestReport,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            report.skip(dir.display().to_string(), format!("unreadable folder: {e}"));
            return;
        }
    };
    let mut paths = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) => paths.push(e.path()),
            Err(e) => report.skip(
                dir.display().to_string(),
                format!("unreadable folder entry: {e}"),
            ),
        }
    }
    paths.sort();
    for path in paths {
        visit(root, path, visited, out, report);
    }
}

/// One entry of a corpus folder: a file to read, a folder to walk, or a skip with a reason.
fn visit(
    root: &Path,
    path: PathBuf,
    visited: &mut HashSet<PathBuf>,
    out: &mut Vec<CorpusFile>,
    report: &mut IngestReport,
) {
    let shown = path.display().to_string();
    let hidden = path
        .file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'));
    let link = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
    let meta = match std::fs::metadata(&path) {
        Ok(m) => m,
        Err(e) => {
            report.files += 1;
            let what = if link {
                "broken link"
            } else {
                "unreadable entry"
            };
            report.skip(shown, format!("{what}: {e}"));
            return;
        }
    };
    if meta.is_dir() {
        if hidden {
            report.skip(shown, "hidden folder");
            return;
        }
        match std::fs::canonicalize(&path) {
            Ok(canonical) if !visited.insert(canonical.clone()) => {
                report.skip(
                    shown,
                    format!("link loop or folder already read ({})", canonical.display()),
                );
            }
            Ok(_) => walk_dir(root, &path, visited, out, report),
            Err(e) => report.skip(shown, format!("unreadable folder: {e}")),
        }
        return;
    }
    report.files += 1;
    if hidden {
        report.skip(shown, "hidden file");
    } else if meta.is_file() {
        out.push(CorpusFile {
            path,
            root: root.to_path_buf(),
        });
    } else {
        report.skip(shown, "not a regular file (socket, pipe or device)");
    }
}

/// The file formats ingest reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    /// `.txt`
    Text,
    /// `.md`, `.markdown`
    Markdown,
    /// `.html`, `.htm`
    Html,
    /// `.jsonl`, `.ndjson`
    JsonLines,
    /// `.json`
    Json,
}

impl Format {
    /// The format of a path by its extension (case-insensitive), or the reason it is not
    /// read.
    pub(crate) fn of(path: &Path) -> Result<Format, String> {
        let Some(ext) = path.extension() else {
            return Err("unsupported format (no extension)".into());
        };
        let ext = ext.to_string_lossy();
        match ext.to_ascii_lowercase().as_str() {
            "txt" => Ok(Format::Text),
            "md" | "markdown" => Ok(Format::Markdown),
            "html" | "htm" => Ok(Format::Html),
            "jsonl" | "ndjson" => Ok(Format::JsonLines),
            "json" => Ok(Format::Json),
            _ => Err(format!("unsupported format (.{ext})")),
        }
    }
}

/// An article as a format parser sees it, before cleaning.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Draft {
    /// `#key` suffix of the article id (articles inside JSON files).
    pub(crate) key: Option<String>,
    /// Where to point reports about this article (`file:line`), when not the file.
    pub(crate) place: Option<String>,
    pub(crate) title: Option<String>,
    pub(crate) url: Option<String>,
    /// Raw published value; parsed (or reported) when the article is finished.
    pub(crate) published: Option<String>,
    pub(crate) meta: BTreeMap<String, String>,
    /// Raw paragraphs.
    pub(crate) paragraphs: Vec<String>,
}

/// Reads one file into zero or more articles (JSONL files hold many). Problems go to the
/// report; nothing here panics or aborts.
pub fn read(file: &CorpusFile, cfg: &IngestConfig, report: &mut IngestReport) -> Vec<Article> {
    let shown = file.path.display().to_string();
    let format = match Format::of(&file.path) {
        Ok(f) => f,
        Err(reason) => {
            report.skip(shown, reason);
            return Vec::new();
        }
    };
    if format == Format::JsonLines {
        let lines = read_lines(file, cfg, report, &|_, _| None).unwrap_or_default();
        return lines
            .into_iter()
            .filter_map(|line| match line {
                Line::Read { article, .. } => article,
                Line::Reused { .. } => None,
            })
            .collect();
    }
    let Some(content) = load(&file.path, &shown, cfg, report) else {
        return Vec::new();
    };
    parse_content(file, format, &content, &shown, cfg, report)
}

/// One line of a JSON Lines file as [`read_lines`] gave it.
#[derive(Debug)]
pub(crate) enum Line {
    /// Parsed now: its article (`None` when it gave none) and whether reading it reported
    /// nothing at all (then its result may be reused when the file changes elsewhere).
    Read {
        no: usize,
        hash: u64,
        article: Option<Article>,
        clean: bool,
    },
    /// Not parsed: the caller's earlier result for this line stands (the caller counts its
    /// article in the report).
    Reused { no: usize, hash: u64 },
}

/// Reads a JSON Lines file as [`read`] does, line by line. A line for which `reuse(its
/// number, the hash of its text)` gives the id key it had (the caller kept the result of
/// that very line, which gave one article and reported nothing) is not parsed again,
/// unless an earlier line took that key since. `None` when the whole file was skipped
/// (and reported).
pub(crate) fn read_lines(
    file: &CorpusFile,
    cfg: &IngestConfig,
    report: &mut IngestReport,
    reuse: &dyn Fn(usize, u64) -> Option<String>,
) -> Option<Vec<Line>> {
    let shown = file.path.display().to_string();
    let content = load(&file.path, &shown, cfg, report)?;
    let skipped_before = report.skipped.len();
    let mut ids = HashSet::new();
    let (mut out, mut drafts) = (Vec::new(), 0);
    for (no, text) in json::lines(&content) {
        let hash = line_hash(text);
        if let Some(key) = reuse(no, hash)
            && ids.insert(key)
        {
            drafts += 1;
            out.push(Line::Reused { no, hash });
            continue;
        }
        let before = report_size(report);
        let Some(draft) = json::parse_line(text, no, &shown, &mut ids, report) else {
            continue;
        };
        drafts += 1;
        let article = finish(draft, file, &shown, cfg, report);
        if let Some(a) = &article {
            report.articles += 1;
            report.paragraphs += a.paragraphs.len();
        }
        let clean = article.is_some() && report_size(report) == before;
        out.push(Line::Read {
            no,
            hash,
            article,
            clean,
        });
    }
    if drafts == 0 && report.skipped.len() == skipped_before {
        report.skip(shown, "no article in file");
    }
    Some(out)
}

/// Hash of one line's text (as [`read_lines`] compares lines across builds).
fn line_hash(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

/// What reading a line could add to a report besides its article.
fn report_size(report: &IngestReport) -> (usize, usize, usize, usize) {
    (
        report.skipped.len(),
        report.notices.len(),
        report.duplicate_paragraphs,
        report.long_paragraphs_split,
    )
}

/// Reads bytes that are not (yet) a corpus file, as if they were `file` in `format` (an
/// article being added): decoded, parsed and cleaned as [`read`] does. Problems go to the
/// report.
pub(crate) fn read_bytes_as(
    file: &CorpusFile,
    format: Format,
    bytes: &[u8],
    cfg: &IngestConfig,
    report: &mut IngestReport,
) -> Vec<Article> {
    let shown = file.path.display().to_string();
    let Some(content) = decode_text(bytes, &shown, report) else {
        return Vec::new();
    };
    if content.trim().is_empty() {
        report.skip(shown, "empty file (only whitespace)");
        return Vec::new();
    }
    parse_content(
        file,
        format,
        &content.replace("\r\n", "\n"),
        &shown,
        cfg,
        report,
    )
}

/// The articles of one file's decoded text.
fn parse_content(
    file: &CorpusFile,
    format: Format,
    content: &str,
    shown: &str,
    cfg: &IngestConfig,
    report: &mut IngestReport,
) -> Vec<Article> {
    let shown = shown.to_string();
    let skipped_before = report.skipped.len();
    let drafts = match format {
        Format::Text => vec![text::parse(content, false)],
        Format::Markdown => vec![text::parse(content, true)],
        Format::Html => vec![html::parse(content)],
        Format::JsonLines => json::parse_lines(content, &shown, report),
        Format::Json => json::parse_document(content, &shown, report),
    };
    if drafts.is_empty() && report.skipped.len() == skipped_before {
        report.skip(shown, "no article in file");
        return Vec::new();
    }
    let articles: Vec<Article> = drafts
        .into_iter()
        .filter_map(|d| finish(d, file, &shown, cfg, report))
        .collect();
    report.articles += articles.len();
    report.paragraphs += articles.iter().map(|a| a.paragraphs.len()).sum::<usize>();
    articles
}

/// Size checks, reading and decoding. `None` when the file was skipped (and reported).
fn load(path: &Path, shown: &str, cfg: &IngestConfig, report: &mut IngestReport) -> Option<String> {
    let bytes = read_bytes(path, shown, cfg, report)?;
    let content = decode_text(&bytes, shown, report)?;
    if content.trim().is_empty() {
        report.skip(shown, "empty file (only whitespace)");
        return None;
    }
    if content.contains('\r') && !content.contains('\n') {
        // Classic Mac line ends.
        return Some(content.replace('\r', "\n"));
    }
    Some(content)
}

/// The file's bytes, within `ingest.max_file_bytes` (checked before and after reading).
fn read_bytes(
    path: &Path,
    shown: &str,
    cfg: &IngestConfig,
    report: &mut IngestReport,
) -> Option<Vec<u8>> {
    let size = match std::fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) => {
            report.skip(shown, format!("unreadable: {e}"));
            return None;
        }
    };
    if size > cfg.max_file_bytes {
        report.skip(
            shown,
            format!(
                "too large ({size} bytes, limit ingest.max_file_bytes = {})",
                cfg.max_file_bytes
            ),
        );
        return None;
    }
    if size == 0 {
        report.skip(shown, "empty file");
        return None;
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            report.skip(shown, format!("unreadable: {e}"));
            return None;
        }
    };
    if bytes.len() as u64 > cfg.max_file_bytes {
        report.skip(shown, "too large (grew while being read)");
        return None;
    }
    Some(bytes)
}

/// The bytes as text, with a notice when they were not UTF-8; `None` (skipped) for binary.
fn decode_text(bytes: &[u8], shown: &str, report: &mut IngestReport) -> Option<String> {
    let (content, fallback) = match decode::decode(bytes) {
        Ok(d) => d,
        Err(decode::NotText::Binary) => {
            report.skip(shown, "binary file (NUL or control bytes), not text");
            return None;
        }
    };
    match fallback {
        Some(decode::Fallback::Latin1 { first_bad_byte }) => report.notice(
            shown,
            format!(
                "not valid UTF-8 (first bad byte at offset {first_bad_byte}); decoded as Latin-1"
            ),
        ),
        Some(decode::Fallback::Utf16) => report.notice(shown, "UTF-16 text (byte-order mark)"),
        None => {}
    }
    Some(content)
}

/// A stand-in title for an article without one: the opening words of its first paragraph,
/// cut at a word boundary, so that citations read like a headline rather than a file name.
fn opening_words(paragraph: &str) -> Option<String> {
    // About the length of a headline: enough to tell articles apart in a list of sources.
    const MAX_CHARS: usize = 60;
    let mut title = String::new();
    for word in paragraph.split_whitespace() {
        if !title.is_empty() && title.chars().count() + 1 + word.chars().count() > MAX_CHARS {
            let trimmed = title.trim_end_matches([',', ';', ':', '-']).to_string();
            return Some(format!("{trimmed}…"));
        }
        if !title.is_empty() {
            title.push(' ');
        }
        title.push_str(word);
    }
    (title.chars().any(char::is_alphabetic)).then_some(title)
}

/// Cleans a draft into an article: paragraphs cleaned, empty and repeated ones dropped,
/// date parsed, title and id filled in. `None` (reported) when no paragraph is left.
fn finish(
    draft: Draft,
    file: &CorpusFile,
    shown: &str,
    cfg: &IngestConfig,
    report: &mut IngestReport,
) -> Option<Article> {
    let place = draft.place.unwrap_or_else(|| shown.to_string());
    let (paragraphs, duplicates) = clean_paragraphs(&draft.paragraphs);
    if paragraphs.is_empty() {
        report.skip(place, "no paragraphs after cleaning");
        return None;
    }
    if duplicates > 0 {
        report.duplicate_paragraphs += duplicates;
        report.notice(
            place.clone(),
            format!("dropped {duplicates} paragraph(s) repeating an earlier one word for word"),
        );
    }
    let paragraphs = split_long_paragraphs(paragraphs, cfg.max_paragraph_chars, &place, report);
    let rel = file.relative();
    let file_name = file
        .path
        .file_name()
        .map_or_else(|| rel.clone(), |n| n.to_string_lossy().into_owned());
    let id = match &draft.key {
        Some(k) => format!("{rel}#{k}"),
        None => rel,
    };
    let title = draft
        .title
        .as_deref()
        .map(clean::clean)
        .filter(|t| !t.is_empty())
        .or_else(|| opening_words(&paragraphs[0]))
        .unwrap_or(file_name);
    let published = published_date(draft.published.as_deref(), &place, report);
    let url = draft
        .url
        .map(|u| u.trim().to_string())
        .filter(|u| !u.is_empty());
    let meta = draft
        .meta
        .into_iter()
        .map(|(k, v)| (k, clean::normalize(&v)))
        .collect();
    Some(Article {
        id,
        title,
        url,
        published,
        meta,
        paragraphs,
    })
}

/// Cleaned paragraphs without the empty ones (no letter or digit) and without repeats of an
/// earlier one, with the number of repeats dropped.
fn clean_paragraphs(raw: &[String]) -> (Vec<String>, usize) {
    let mut seen: HashSet<String> = HashSet::new();
    let mut paragraphs = Vec::with_capacity(raw.len());
    let mut duplicates = 0;
    for raw in raw {
        let p = clean::clean(raw);
        if !p.chars().any(char::is_alphanumeric) {
            continue;
        }
        if seen.contains(&p) {
            duplicates += 1;
            continue;
        }
        seen.insert(p.clone());
        paragraphs.push(p);
    }
    (paragraphs, duplicates)
}

/// The paragraphs with every one longer than `max_chars` split into pieces within it; the
/// split ones are counted and noticed.
fn split_long_paragraphs(
    paragraphs: Vec<String>,
    max_chars: usize,
    place: &str,
    report: &mut IngestReport,
) -> Vec<String> {
    let mut out = Vec::with_capacity(paragraphs.len());
    let mut split = 0;
    for p in paragraphs {
        // Bytes bound characters from above: most paragraphs need no count.
        if p.len() <= max_chars || p.chars().count() <= max_chars {
            out.push(p);
            continue;
        }
        split += 1;
        out.extend(split::split_long(&p, max_chars));
    }
    if split > 0 {
        report.long_paragraphs_split += split;
        report.notice(
            place,
            format!(
                "split {split} paragraph(s) longer than ingest.max_paragraph_chars ({max_chars} characters)"
            ),
        );
    }
    out
}

/// The draft's published value as a date; a value that is not one is noticed and ignored.
fn published_date(raw: Option<&str>, place: &str, report: &mut IngestReport) -> Option<Date> {
    match raw.map(str::trim) {
        None | Some("") => None,
        Some(raw) => {
            let date = parse_date(raw);
            if date.is_none() {
                report.notice(
                    place,
                    format!("published value \"{raw}\" is not a YYYY-MM-DD date; ignored"),
                );
            }
            date
        }
    }
}

/// A `YYYY-MM-DD` date (also `YYYY/MM/DD`), optionally followed by a time (`T...` or
/// ` ...`) whose date part is taken as given. `None` for anything else or an impossible day.
pub(crate) fn parse_date(raw: &str) -> Option<Date> {
    let raw = raw.trim();
    let b = raw.as_bytes();
    if b.len() < 10 || !raw.is_char_boundary(10) {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let sep = b[4];
    if !(digits(0..4)
        && digits(5..7)
        && digits(8..10)
        && (sep == b'-' || sep == b'/')
        && b[7] == sep)
    {
        return None;
    }
    if b.len() > 10 && !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let year: i16 = raw[0..4].parse().ok()?;
    let month: i8 = raw[5..7].parse().ok()?;
    let day: i8 = raw[8..10].parse().ok()?;
    Date::new(year, month, day).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_are_reused_only_where_number_text_and_id_still_fit() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("w.jsonl");
        let line = |id: &str, text: &str| format!("{{\"id\": \"{id}\", \"text\": \"{text}\"}}\n");
        let a = line("a", "Alpha met Beta.");
        let b = line("b", "Gamma met Delta.");
        let c = line("c", "Epsilon met Zeta.");
        std::fs::write(&path, format!("{a}{b}{c}")).unwrap();
        let file = CorpusFile {
            path: path.clone(),
            root: tmp.path().to_path_buf(),
        };
        let cfg = IngestConfig::default();
        let mut report = IngestReport::default();
        let first = read_lines(&file, &cfg, &mut report, &|_, _| None).unwrap();
        let hashes: Vec<(usize, u64)> = first
            .iter()
            .map(|l| match l {
                Line::Read {
                    no, hash, clean, ..
                } => {
                    assert!(clean);
                    (*no, *hash)
                }
                Line::Reused { .. } => panic!("nothing to reuse"),
            })
            .collect();
        // The caller kept lines 1 to 3 with their keys a, b, c.
        let keys = ["a", "b", "c"];
        let reuse = |no: usize, hash: u64| {
            hashes
                .iter()
                .position(|&(n, h)| n == no && h == hash)
                .map(|k| keys[k].to_string())
        };
        // Line 2 changed; line 3 now repeats the id of line 2's new text.
        let b2 = line("c", "Gamma met Theta.");
        std::fs::write(&path, format!("{a}{b2}{c}")).unwrap();
        let mut report = IngestReport::default();
        let second = read_lines(&file, &cfg, &mut report, &reuse).unwrap();
        assert!(matches!(second[0], Line::Reused { no: 1, .. }));
        assert!(matches!(
            &second[1],
            Line::Read {
                no: 2,
                clean: true,
                ..
            }
        ));
        // Line 3 is unchanged but its id is taken now: read again, and renamed.
        match &second[2] {
            Line::Read {
                no: 3,
                article: Some(art),
                clean: false,
                ..
            } => {
                assert!(art.id.ends_with("#c@3"), "{}", art.id)
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(report.articles, 2, "reused lines are counted by the caller");
        // A line inserted on top moves every number: nothing is reused.
        std::fs::write(&path, format!("{c}{a}{b}{c}")).unwrap();
        let mut report = IngestReport::default();
        let third = read_lines(&file, &cfg, &mut report, &reuse).unwrap();
        assert!(third.iter().all(|l| matches!(l, Line::Read { .. })));
        assert_eq!(read(&file, &cfg, &mut IngestReport::default()).len(), 4);
    }

    #[test]
    fn dates() {
        assert_eq!(
            parse_date("2024-11-20"),
            Some(jiff::civil::date(2024, 11, 20))
        );
        assert_eq!(
            parse_date(" 2022/03/04 "),
            Some(jiff::civil::date(2022, 3, 4))
        );
        assert_eq!(
            parse_date("2022-03-14T23:30:00-05:00"),
            Some(jiff::civil::date(2022, 3, 14))
        );
        assert_eq!(parse_date("2023-02-30"), None);
        assert_eq!(parse_date("20 Nov 2024"), None);
        assert_eq!(parse_date("2024-11-2"), None);
        assert_eq!(parse_date("2024-11-20x"), None);
        assert_eq!(parse_date("2024-11/20"), None);
        assert_eq!(parse_date("２０２４-11-20"), None);
    }

    #[test]
    fn formats_by_extension() {
        assert_eq!(Format::of(Path::new("a/B.TXT")), Ok(Format::Text));
        assert_eq!(Format::of(Path::new("x.htm")), Ok(Format::Html));
        assert_eq!(
            Format::of(Path::new("x.pdf")),
            Err("unsupported format (.pdf)".to_string())
        );
        assert_eq!(
            Format::of(Path::new("README")),
            Err("unsupported format (no extension)".to_string())
        );
    }

    #[test]
    fn an_untitled_article_is_titled_by_its_opening_words() {
        let t = opening_words(
            "Harbour officials in Quillmarsh reopened the northern pier on Monday after a week of repairs.",
        )
        .unwrap();
        assert_eq!(
            t,
            "Harbour officials in Quillmarsh reopened the northern pier…"
        );
        assert_eq!(opening_words("Short line").as_deref(), Some("Short line"));
        assert_eq!(opening_words("12 34"), None);
    }
}
