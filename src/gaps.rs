//! Unanswered questions ("gaps"): the questions asked in Discord or with `attache ask` /
//! `chat` that were answered "not found" or "the articles don't say", kept so admins see
//! what their articles lack. Each entry holds the question, where it was asked (a guild,
//! a direct message or the command line; never who asked) and when. They live in one small
//! JSON-lines file in the index folder (`gaps.jsonl`), at most `gaps.max_entries` of them
//! (oldest dropped), rewritten atomically under a lock file so that several processes (a
//! bot and a shell) can record at once.

use std::collections::HashMap;
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

/// The store's file in the index folder.
pub(crate) const GAPS_FILE: &str = "gaps.jsonl";

/// Held while the store is rewritten (by any process).
pub(crate) const GAPS_LOCK: &str = "gaps.lock";

/// The file a rewrite is written to before it replaces [`GAPS_FILE`].
pub(crate) const GAPS_TMP: &str = "gaps.jsonl.tmp";

/// Longest question kept, in characters: a question is a line, not an article (Discord
/// allows 500 in `/ask`, a mention 2,000); a longer one is cut.
const MAX_QUESTION_CHARS: usize = 2_000;

/// Where a question was asked, as the store keeps it: no user, only the place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AskedIn {
    /// `attache ask` or `attache chat`.
    CommandLine,
    /// A Discord guild (server), by id.
    Guild(u64),
    /// A direct message to the bot.
    DirectMessage,
}

impl AskedIn {
    /// The label stored and shown: "command line", "guild 123", "direct message".
    pub fn label(&self) -> String {
        match self {
            AskedIn::CommandLine => "command line".into(),
            AskedIn::Guild(id) => format!("guild {id}"),
            AskedIn::DirectMessage => "direct message".into(),
        }
    }
}

/// One unanswered question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gap {
    pub question: String,
    /// [`AskedIn::label`] of where it was asked.
    pub asked_in: String,
    /// When (RFC 3339, UTC, to the second).
    pub at: String,
}

/// A question asked more than once (compared without case, spacing or final punctuation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FrequentGap {
    /// Its most recent wording.
    pub question: String,
    pub count: usize,
    /// When it was last asked.
    pub last_at: String,
}

/// What `attache gaps` and `/gaps` show.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct GapReport {
    /// Entries kept (for the place asked about, when one was given).
    pub total: usize,
    /// The most recent first.
    pub recent: Vec<Gap>,
    /// The most asked first (ties: the most recent first); only questions asked twice or more.
    pub frequent: Vec<FrequentGap>,
}

impl GapReport {
    /// A human listing; `clean` makes each untrusted question safe for the medium.
    pub fn text(&self, clean: impl Fn(&str) -> String) -> String {
        if self.total == 0 {
            return "No unanswered questions are recorded.".into();
        }
        let mut s = format!("Unanswered questions: {} kept.", self.total);
        s.push_str("\nMost recent:");
        for g in &self.recent {
            let at = g.at.replace('T', " ").replace('Z', " UTC");
            s.push_str(&format!(
                "\n- {at} ({}): {}",
                g.asked_in,
                clean(&g.question)
            ));
        }
        if !self.frequent.is_empty() {
            s.push_str("\nMost frequent:");
            for f in &self.frequent {
                s.push_str(&format!("\n- {}x: {}", f.count, clean(&f.question)));
            }
        }
        s
    }
}

/// The store in one index folder.
#[derive(Debug, Clone)]
pub(crate) struct GapStore {
    dir: PathBuf,
    max_entries: usize,
}

impl GapStore {
    /// The store in `dir` (the index folder), keeping at most `max_entries`.
    pub(crate) fn new(dir: &Path, max_entries: usize) -> GapStore {
        GapStore {
            dir: dir.to_path_buf(),
            max_entries,
        }
    }

    /// Records one unanswered question now. Nothing when `max_entries` is 0.
    pub(crate) fn record(&self, question: &str, asked_in: AskedIn) -> Result<()> {
        let at = jiff::Timestamp::now()
            .round(jiff::Unit::Second)?
            .to_string();
        self.record_at(question, asked_in, at)
    }

    fn record_at(&self, question: &str, asked_in: AskedIn, at: String) -> Result<()> {
        if self.max_entries == 0 {
            return Ok(());
        }
        let question: String = question.trim().chars().take(MAX_QUESTION_CHARS).collect();
        let _lock = self.lock()?;
        let mut gaps = self.load();
        gaps.push(Gap {
            question,
            asked_in: asked_in.label(),
            at,
        });
        let drop = gaps.len().saturating_sub(self.max_entries);
        gaps.drain(..drop);
        self.write(&gaps)
    }

    /// Every entry, oldest first; a damaged line is skipped.
    pub(crate) fn load(&self) -> Vec<Gap> {
        let Ok(text) = fs::read_to_string(self.dir.join(GAPS_FILE)) else {
            return Vec::new();
        };
        text.lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }

    /// The report: `limit` most recent and most frequent, of one place or of all.
    pub(crate) fn report(&self, only: Option<AskedIn>, limit: usize) -> GapReport {
        let label = only.map(|p| p.label());
        let gaps: Vec<Gap> = self
            .load()
            .into_iter()
            .filter(|g| label.as_ref().is_none_or(|l| &g.asked_in == l))
            .collect();
        report_of(&gaps, limit)
    }

    fn lock(&self) -> Result<File> {
        let path = self.dir.join(GAPS_LOCK);
        let file = crate::index::open_lock_file(&path)?;
        file.lock()
            .with_context(|| format!("locking {}", path.display()))?;
        Ok(file)
    }

    /// Replaces the file atomically: a temporary file, synced, renamed over it.
    fn write(&self, gaps: &[Gap]) -> Result<()> {
        let tmp = self.dir.join(GAPS_TMP);
        let mut out = Vec::new();
        for g in gaps {
            serde_json::to_writer(&mut out, g)?;
            out.push(b'\n');
        }
        let mut f = File::create(&tmp).with_context(|| format!("writing {}", tmp.display()))?;
        f.write_all(&out)?;
        f.sync_all()?;
        fs::rename(&tmp, self.dir.join(GAPS_FILE))?;
        Ok(())
    }
}

/// The key two wordings of one question share: lower case, single spaces, no final
/// punctuation.
fn question_key(q: &str) -> String {
    let words: Vec<String> = q.split_whitespace().map(str::to_lowercase).collect();
    words
        .join(" ")
        .trim_end_matches(['?', '!', '.', ' '])
        .to_string()
}

fn report_of(gaps: &[Gap], limit: usize) -> GapReport {
    let recent = gaps.iter().rev().take(limit).cloned().collect();
    let mut by_key: HashMap<String, (usize, usize)> = HashMap::new();
    for (i, g) in gaps.iter().enumerate() {
        let e = by_key.entry(question_key(&g.question)).or_insert((0, i));
        e.0 += 1;
        e.1 = i;
    }
    let mut counted: Vec<(usize, usize)> = by_key.into_values().filter(|(n, _)| *n > 1).collect();
    counted.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    let frequent = counted
        .into_iter()
        .take(limit)
        .map(|(count, last)| FrequentGap {
            question: gaps[last].question.clone(),
            count,
            last_at: gaps[last].at.clone(),
        })
        .collect();
    GapReport {
        total: gaps.len(),
        recent,
        frequent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_oldest_are_dropped_beyond_max_entries() {
        let tmp = tempfile::tempdir().unwrap();
        let store = GapStore::new(tmp.path(), 3);
        for i in 0..5 {
            store
                .record_at(&format!("q{i}"), AskedIn::CommandLine, format!("t{i}"))
                .unwrap();
        }
        let kept: Vec<String> = store.load().into_iter().map(|g| g.question).collect();
        assert_eq!(kept, ["q2", "q3", "q4"]);
        assert!(!tmp.path().join(GAPS_TMP).exists());
    }

    #[test]
    fn zero_entries_records_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let store = GapStore::new(tmp.path(), 0);
        store.record("anything?", AskedIn::Guild(1)).unwrap();
        assert!(!tmp.path().join(GAPS_FILE).exists());
    }

    #[test]
    fn frequent_questions_group_wordings_and_places_filter() {
        let tmp = tempfile::tempdir().unwrap();
        let store = GapStore::new(tmp.path(), 100);
        let asked = [
            ("Who met Zorba?", AskedIn::Guild(7)),
            ("who met  zorba", AskedIn::Guild(7)),
            ("When was the summit?", AskedIn::DirectMessage),
            ("WHO MET ZORBA ?", AskedIn::CommandLine),
        ];
        for (i, (q, p)) in asked.into_iter().enumerate() {
            store.record_at(q, p, format!("t{i}")).unwrap();
        }
        let all = store.report(None, 10);
        assert_eq!(all.total, 4);
        assert_eq!(all.recent[0].question, "WHO MET ZORBA ?");
        assert_eq!(all.recent[0].asked_in, "command line");
        assert_eq!(
            all.frequent,
            [FrequentGap {
                question: "WHO MET ZORBA ?".into(),
                count: 3,
                last_at: "t3".into()
            }]
        );
        let guild = store.report(Some(AskedIn::Guild(7)), 1);
        assert_eq!((guild.total, guild.recent.len()), (2, 1));
        assert_eq!(guild.recent[0].question, "who met  zorba");
        assert_eq!(guild.frequent[0].count, 2);
        let text = guild.text(|q| q.to_string());
        assert!(text.contains("(guild 7): who met  zorba"), "{text}");
        assert!(text.contains("2x: who met  zorba"), "{text}");
    }

    #[test]
    fn a_damaged_line_is_skipped() {
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join(GAPS_FILE), "not json\n").unwrap();
        let store = GapStore::new(tmp.path(), 10);
        store.record("q?", AskedIn::CommandLine).unwrap();
        assert_eq!(store.load().len(), 1);
    }
}
