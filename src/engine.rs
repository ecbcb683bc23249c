//! The engine: the one API the shells use. It opens the serving index generation, rebuilds
//! the index (ingest -> extract -> index -> atomic swap) while questions keep being answered,
//! answers questions within a conversation, and finds people and their meetings.
//!
//! The shells name nothing of the library but this module (with the plain data types it
//! re-exports) and [`crate::config`].

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Result, bail};
use arc_swap::ArcSwapOption;
use serde::Serialize;

use crate::answer::{self, Retriever};
use crate::config::Config;
use crate::index::incremental::{self, BuildOptions};
use crate::index::{BuildLock, Generation, Hit, IndexStore};
use crate::roster;

pub use crate::answer::{Answer, AnswerKind, Conversation, render_sources};
pub use crate::gaps::{AskedIn, FrequentGap, Gap, GapReport};
pub use crate::index::IndexStats;
pub use crate::index::incremental::{BuildMode, Changes};
pub use crate::ingest::{IngestReport, Notice, Skipped};
pub use crate::model::{
    Channel, Claim, Conflict, ConflictField, Count, Evidence, FactStore, FuzzyDate, MeetingFact,
    MeetingKind, Person, Place, Precision, Quote, Source, Status,
};
pub use crate::progress::{NoProgress, Progress, Stage};

/// Options of one reindex.
#[derive(Debug, Clone)]
pub struct ReindexOptions {
    /// Extract meeting facts (off only for benchmarks that measure indexing alone).
    pub extract: bool,
    /// Rebuild everything, even what did not change since the serving generation (by
    /// default a reindex is incremental: see [`Changes`]).
    pub full: bool,
}

impl Default for ReindexOptions {
    fn default() -> Self {
        ReindexOptions {
            extract: true,
            full: false,
        }
    }
}

/// What a reindex did.
#[derive(Debug, Clone, Serialize)]
pub struct ReindexReport {
    pub ingest: IngestReport,
    pub facts: usize,
    /// Articles added, changed, removed and left unchanged since the previous generation.
    pub changes: Changes,
    pub generation: String,
    #[serde(serialize_with = "ser_secs")]
    pub elapsed: Duration,
}

fn ser_secs<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(d.as_secs_f64())
}

impl ReindexReport {
    /// A human summary: counts, skipped files with reasons, time.
    pub fn summary(&self) -> String {
        let r = &self.ingest;
        let mut s = format!(
            "Indexed {} articles ({} paragraphs, {} meeting facts) from {} files in {:.1}s.",
            r.articles,
            r.paragraphs,
            self.facts,
            r.files,
            self.elapsed.as_secs_f64()
        );
        s.push_str(&self.changes_line());
        if !r.skipped.is_empty() {
            s.push_str(&format!("\nSkipped {}:", r.skipped.len()));
            for k in &r.skipped {
                s.push_str(&format!(
                    "\n  {}: {}",
                    printable(&k.path),
                    printable(&k.reason)
                ));
            }
        }
        if !r.notices.is_empty() {
            s.push_str(&format!("\nNotes ({}):", r.notices.len()));
            for n in &r.notices {
                s.push_str(&format!(
                    "\n  {}: {}",
                    printable(&n.path),
                    printable(&n.message)
                ));
            }
        }
        s
    }
}

impl ReindexReport {
    /// The report's second line: how the build was made and what changed.
    fn changes_line(&self) -> String {
        let c = &self.changes;
        match c.mode {
            BuildMode::Full => "\nFull build.".to_string(),
            BuildMode::Incremental => format!(
                "\nIncremental: {} added, {} changed, {} removed, {} unchanged (skipped).",
                c.added, c.changed, c.removed, c.unchanged
            ),
        }
    }
}

/// An error and its causes on one line, each cause said once: a cause whose text the
/// message before it already ends with (serenity's HTTP errors repeat their source, as in
/// "401: Unauthorized: 401: Unauthorized") is left out.
pub fn error_text(error: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in error.chain() {
        let text = cause.to_string();
        if parts.last().is_some_and(|prev| prev.ends_with(&text)) {
            continue;
        }
        parts.push(text);
    }
    parts.join(": ")
}

/// Untrusted text (a file name, a paragraph) made safe for one line of a human report:
/// control characters (newline, ESC, ...) and the invisible bidirectional overrides are
/// shown escaped (`\n`, `\u{1b}`), so they can neither split a line nor drive the
/// operator's terminal. Everything else, quotes and backslashes included, is left as is.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() || is_bidi_control(c);
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The Unicode bidirectional embedding, override and isolate controls, which reorder how
/// the rest of a line is displayed.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// attache's engine. Cheap to share (`Arc<Engine>`); every method takes `&self`.
pub struct Engine {
    config: Config,
    store: IndexStore,
    current: ArcSwapOption<Served>,
    reindexing: Mutex<()>,
    checked: Mutex<Instant>,
}

/// How often a serving engine looks whether another process published a new generation.
const REFRESH_EVERY: Duration = Duration::from_secs(2);

/// A generation being served, with what answering prepared from its facts when it was
/// opened (the name lexicon), so no question pays for it and no other generation's
/// lexicon is ever used with it.
struct Served {
    generation: Arc<Generation>,
    lexicon: answer::Lexicon,
}

impl Served {
    fn new(generation: Generation) -> Served {
        let lexicon = answer::Lexicon::new(generation.facts());
        Served {
            generation: Arc::new(generation),
            lexicon,
        }
    }
}

impl Engine {
    /// Opens the engine on the configured index (which may not exist yet).
    pub fn open(config: Config) -> Result<Engine> {
        let store = IndexStore::new(&config.index.dir);
        let current = store.open_current()?.map(Served::new);
        if let Some(Served { generation: g, .. }) = &current {
            tracing::debug!(
                generation = g.name(),
                articles = g.stats().articles,
                "index opened"
            );
        }
        Ok(Engine {
            config,
            store,
            current: ArcSwapOption::new(current.map(Arc::new)),
            reindexing: Mutex::new(()),
            checked: Mutex::new(Instant::now()),
        })
    }

    /// The configuration the engine runs with.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// True when a generation is being served.
    pub fn has_index(&self) -> bool {
        self.current.load().is_some()
    }

    /// Waits at most `limit` for a generation to serve (one another process publishes is
    /// picked up within [`REFRESH_EVERY`]); true once one does.
    pub fn wait_for_index(&self, limit: Duration) -> bool {
        let deadline = Instant::now() + limit;
        loop {
            if self.served().is_some() {
                return true;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            std::thread::sleep(left.min(REFRESH_EVERY));
        }
    }

    /// Statistics of the serving generation.
    pub fn stats(&self) -> Option<IndexStats> {
        self.generation().map(|g| g.stats().clone())
    }

    /// True while a reindex runs in this engine.
    pub fn is_reindexing(&self) -> bool {
        self.reindexing.try_lock().is_err()
    }

    /// The serving generation, switching first to a newer one another process published.
    fn generation(&self) -> Option<Arc<Generation>> {
        self.served().map(|s| s.generation.clone())
    }

    /// The serving generation with its answering data, switching first to a newer one
    /// another process published.
    fn served(&self) -> Option<Arc<Served>> {
        self.refresh();
        self.current.load_full()
    }

    fn refresh(&self) {
        let Ok(mut checked) = self.checked.try_lock() else {
            return;
        };
        if checked.elapsed() < REFRESH_EVERY {
            return;
        }
        *checked = Instant::now();
        let Some(name) = self.store.current_name() else {
            return;
        };
        let serving = self.current.load();
        if serving.as_ref().map(|s| s.generation.name()) == Some(name.as_str()) {
            return;
        }
        match self.store.open(&name) {
            Ok(g) => {
                let served = Served::new(g);
                tracing::info!(generation = %name, "switched to a generation published elsewhere");
                self.current.store(Some(Arc::new(served)));
            }
            Err(e) => {
                tracing::warn!(generation = %name, error = %e, "could not open new generation")
            }
        }
    }

    /// Rebuilds the index from the corpus into a new generation and switches to it. Questions
    /// keep being answered from the old generation meanwhile. Fails (leaving the old one
    /// serving) when another reindex runs, when `cancel` is set, or when no article could be
    /// read.
    pub fn reindex(
        &self,
        opts: &ReindexOptions,
        progress: &dyn Progress,
        cancel: &AtomicBool,
    ) -> Result<ReindexReport> {
        let Ok(_guard) = self.reindexing.try_lock() else {
            bail!("a reindex is already running");
        };
        let started = Instant::now();
        let lock = self.store.lock()?;
        let opts = BuildOptions {
            extract: opts.extract,
            full: opts.full,
        };
        let built = incremental::build(&self.store, &lock, &self.config, opts, progress, cancel)?;
        if cancel.load(Ordering::Relaxed) {
            bail!("reindex cancelled");
        }
        self.publish_generation(&lock, &built.name)?;
        tracing::info!(generation = %built.name, articles = built.report.articles, facts = built.facts, "index swapped");
        Ok(ReindexReport {
            ingest: built.report,
            facts: built.facts,
            changes: built.changes,
            generation: built.name,
            elapsed: started.elapsed(),
        })
    }

    /// Reindex, step 5: opens the finished generation, points `CURRENT` at it and serves it.
    fn publish_generation(&self, lock: &BuildLock, name: &str) -> Result<()> {
        let generation = Served::new(self.store.open(name)?);
        self.store.publish(lock, name)?;
        self.current.store(Some(Arc::new(generation)));
        Ok(())
    }

    /// A new conversation with the configured idle expiry.
    pub fn conversation(&self) -> Conversation {
        Conversation::new(Duration::from_secs(
            self.config.answer.context_idle_minutes.saturating_mul(60),
        ))
    }

    /// Answers a question within a conversation. Never fails: without an index it says so.
    /// The answer is bounded (`answer.max_quoted_chars`, `answer.max_answer_chars`) for every
    /// shell, whatever the articles hold.
    pub fn ask(&self, conv: &mut Conversation, question: &str) -> Answer {
        let mut answer = self.unbounded_answer(conv, question);
        answer::bound(&mut answer, &self.config.answer);
        answer
    }

    fn unbounded_answer(&self, conv: &mut Conversation, question: &str) -> Answer {
        match self.served() {
            Some(s) => {
                let g = &s.generation;
                let retriever = GenerationRetriever(g, self.config.answer.min_coverage);
                answer::answer(
                    g.facts(),
                    &s.lexicon,
                    &retriever,
                    &self.config.answer,
                    conv,
                    question,
                )
            }
            None => Answer {
                body: "There is no index yet: an admin needs to run a reindex first.".into(),
                sources: Vec::new(),
                kind: answer::AnswerKind::NotFound,
            },
        }
    }

    /// The facts of the serving generation (empty without an index).
    pub fn facts(&self) -> Arc<FactStore> {
        self.generation()
            .map(|g| g.facts().clone())
            .unwrap_or_default()
    }

    /// The people known to the serving generation.
    pub fn people(&self) -> Vec<Person> {
        self.facts().people.clone()
    }

    /// Raw paragraph search (for tools and benchmarks).
    #[doc(hidden)]
    pub fn search(&self, text: &str, limit: usize) -> Vec<Hit> {
        self.generation()
            .and_then(|g| g.search(text, limit).ok())
            .unwrap_or_default()
    }

    /// The people a name refers to: an exact name, key or alias first, else everyone whose
    /// name has every word of the query ("Berg" and "Tomas" find "Tomas Berg").
    pub fn find_people(&self, name: &str) -> Vec<Person> {
        roster::find_people(&self.facts(), name)
            .into_iter()
            .cloned()
            .collect()
    }

    /// The one person `query` names: exact, else the best unambiguous prefix, substring or
    /// near spelling; `None` when nobody or several fit equally.
    pub fn find_person(&self, query: &str) -> Option<Person> {
        roster::find_person(&self.facts(), query).cloned()
    }

    /// People for an autocomplete of `partial`, best first, at most `limit` (an empty
    /// `partial` gives the people with the most meetings).
    pub fn suggest_people(&self, partial: &str, limit: usize) -> Vec<Person> {
        roster::suggest(&self.facts(), partial, limit)
            .into_iter()
            .cloned()
            .collect()
    }

    /// Names spelled close to `name`, for "did you mean".
    pub fn close_names(&self, name: &str) -> Vec<String> {
        roster::close_names(&self.facts(), name)
    }

    /// The meetings any of `people` took part in, in date order (undated ones last).
    pub fn meetings_of(&self, people: &[Person]) -> Vec<MeetingFact> {
        let refs: Vec<&Person> = people.iter().collect();
        roster::meetings_of(&self.facts(), &refs)
            .into_iter()
            .cloned()
            .collect()
    }
}

/// Unanswered questions (see [`crate::gaps`]): recorded by the shells' questions, never by
/// `eval`.
impl Engine {
    /// Answers like [`Engine::ask`], and keeps the question in the index folder's store of
    /// unanswered questions when the articles did not answer it (kind
    /// [`AnswerKind::NotFound`]: "not found", "the articles don't say"). Nothing is kept
    /// without an index or for a question with no word. A store that cannot be written is
    /// logged; the answer is given all the same.
    pub fn ask_recorded(
        &self,
        conv: &mut Conversation,
        question: &str,
        asked_in: AskedIn,
    ) -> Answer {
        let answer = self.ask(conv, question);
        let worded = question.chars().any(char::is_alphanumeric);
        if answer.kind == AnswerKind::NotFound
            && worded
            && self.has_index()
            && let Err(e) = self.gap_store().record(question, asked_in)
        {
            tracing::warn!(error = %error_text(&e), "could not record an unanswered question");
        }
        answer
    }

    /// The unanswered questions kept: the `limit` most recent and most frequent, of one
    /// place (`only`) or of all.
    pub fn gaps(&self, only: Option<AskedIn>, limit: usize) -> GapReport {
        self.gap_store().report(only, limit)
    }

    fn gap_store(&self) -> crate::gaps::GapStore {
        crate::gaps::GapStore::new(&self.config.index.dir, self.config.gaps.max_entries)
    }
}

/// Retrieval for answering: paragraphs that cover too little of the question (IDF-weighted)
/// are not evidence for it, whatever their BM25 score.
struct GenerationRetriever<'a>(&'a Generation, f32);

impl Retriever for GenerationRetriever<'_> {
    fn search(&self, text: &str, limit: usize) -> Vec<Hit> {
        match self.0.search(text, limit) {
            Ok(h) => h.into_iter().filter(|h| h.coverage >= self.1).collect(),
            Err(e) => {
                tracing::warn!(error = %e, "search failed");
                Vec::new()
            }
        }
    }

    fn search_any(&self, text: &str, limit: usize) -> Vec<Hit> {
        self.0.search(text, limit).unwrap_or_else(|e| {
            tracing::warn!(error = %e, "search failed");
            Vec::new()
        })
    }

    fn article(&self, article: &str) -> Vec<Hit> {
        self.0.article_paragraphs(article).unwrap_or_else(|e| {
            tracing::warn!(error = %e, "article look-up failed");
            Vec::new()
        })
    }

    fn article_count(&self) -> usize {
        self.0.stats().articles
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_escapes_controls_and_bidi_overrides_only() {
        assert!(matches!(
            printable("plain “text” \\ 'q'"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(printable("two\nlines.txt"), "two\\nlines.txt");
        assert_eq!(printable("\x1b[31mred\r"), "\\u{1b}[31mred\\r");
        assert_eq!(printable("a\u{202e}b"), "a\\u{202e}b");
        assert_eq!(printable("é—ü"), "é—ü");
    }
}
