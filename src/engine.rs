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

/// Paragraphs a search for the reader weighs for each one it returns
/// ([`Generation::search_pooled`]): three times as many found the long paragraph that
/// tells a visit, at about a millisecond at p99 (`cargo bench --bench answer`).
const POOL_FACTOR: usize = 3;

/// Paragraphs a word typed in lower case must appear in to be an everyday word, never a
/// misspelt name ("banks" is in thousands of a news corpus; a typo such as "smartt" in
/// none, a name's rare spelling in a handful).
const COMMON_WORD_PARAGRAPHS: u64 = 20;

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
        let generation = Arc::new(generation);
        let corpus = Arc::clone(&generation);
        let lexicon = answer::Lexicon::new(generation.facts())
            .with_common_words(move |w| corpus.word_paragraphs(w) >= COMMON_WORD_PARAGRAPHS);
        Served {
            generation,
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
        self.reindex_locked(opts, progress, cancel)
    }

    /// [`Engine::reindex`] once this engine's reindex lock is held.
    fn reindex_locked(
        &self,
        opts: &ReindexOptions,
        progress: &dyn Progress,
        cancel: &AtomicBool,
    ) -> Result<ReindexReport> {
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
        self.0
            .search_pooled(text, limit, POOL_FACTOR)
            .unwrap_or_else(|e| {
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

    fn paragraphs(&self, article: &str, numbers: &[usize]) -> Vec<Hit> {
        self.0.paragraphs_at(article, numbers).unwrap_or_else(|e| {
            tracing::warn!(error = %e, "paragraph look-up failed");
            Vec::new()
        })
    }

    fn article_count(&self) -> usize {
        self.0.stats().articles
    }
}

// ---- Adding an article (`attache add`, `/add`) ----

pub use crate::growth::add::{ADDED_DIR, AddInput, AddReport};
pub use crate::growth::fetch::{FetchError, Fetched};

impl Engine {
    /// Downloads a page (or an attachment) within `[fetch]`'s limits: http/https only,
    /// public addresses only unless `fetch.allow_private_urls`, `fetch.max_redirects`,
    /// `fetch.max_bytes` and `fetch.timeout_secs` for the whole download.
    pub async fn fetch(&self, url: &str) -> Result<Fetched, FetchError> {
        crate::growth::fetch::fetch(url, &self.config.fetch).await
    }

    /// Adds one article: reads it as ingest reads a file of its format, refuses a duplicate
    /// (same URL or same text as an article already added or indexed), saves it as
    /// `added/<name>.md` in the first corpus folder with a header (`title`, `url`,
    /// `published` when known, `added` with the time and `added_by`), reindexes
    /// incrementally and says what was learnt from it. Nothing is saved when it is refused
    /// or the reindex fails.
    pub fn add(&self, input: &AddInput, added_by: &str) -> Result<AddReport> {
        use crate::growth::add;
        let article = add::read_article(input, &self.config)?;
        let target = add::target_path(&self.config, &article)?;
        if let Some(why) = add::duplicate_of(&target, &article, self.generation().as_deref()) {
            bail!("this article is already here, so it was not added again: {why}");
        }
        add::save(&target, &add::markdown(&article, added_by))?;
        let cancel = AtomicBool::new(false);
        if let Err(e) = self.reindex(&ReindexOptions::default(), &NoProgress, &cancel) {
            let _ = std::fs::remove_file(&target);
            return Err(e.context("the article was not added (the index could not be rebuilt)"));
        }
        let name = target.file_name().unwrap_or_default().to_string_lossy();
        let id = format!("{ADDED_DIR}/{name}");
        let meetings = add::meetings_learnt(&self.facts(), &id);
        tracing::info!(article = %id, meetings = meetings.len(), "article added");
        Ok(AddReport {
            article: id,
            path: target,
            title: article.title,
            paragraphs: article.paragraphs.len(),
            meetings,
        })
    }
}

// ---- Following feeds (`[[feeds]]`: `attache feeds poll`, `serve`) ----

pub use crate::growth::feeds::{FeedReport, FeedStatus, FeedsReport, ItemError, PollScope};

/// The shortest pause between two polls of `serve`'s feed task, whatever the feeds' next
/// tries say: a clock gone backwards or a store another process rewrites cannot make it
/// spin.
const MIN_FEED_PAUSE: Duration = Duration::from_secs(5);

impl Engine {
    /// Polls the configured feeds (all, or those due): fetches each feed and the page of
    /// each item not seen before within `[fetch]`'s limits, saves the new articles under
    /// `added/` as [`Engine::add`] does (a duplicate is only marked seen), reindexes once
    /// (waiting for a reindex of this engine that runs), and remembers in the index folder
    /// what was seen and how each feed fared. A feed that fails is reported and retried
    /// with backoff; the others go on. Fails only when the feeds cannot be polled at all
    /// (another process polls them, the store cannot be read or written).
    pub fn poll_feeds(&self, scope: PollScope, cancel: &AtomicBool) -> Result<FeedsReport> {
        use crate::growth::feeds::{Poller, store::FeedStore};
        self.store.claim()?;
        let store = FeedStore::new(&self.config.index.dir);
        let _lock = store.lock()?;
        let mut state = store.load()?;
        let poller = Poller::new(&self.config, self.generation(), cancel)?;
        let (mut report, saved) = poller.poll(scope, &mut state);
        drop(poller);
        if !saved.is_empty() {
            self.index_saved(saved, &mut report, &mut state, cancel);
        }
        store.save(&state)?;
        Ok(report)
    }

    /// Indexes the articles a poll saved: on success they are reported and marked seen;
    /// on failure their files are removed and they will be fetched again.
    fn index_saved(
        &self,
        saved: Vec<crate::growth::feeds::Saved>,
        report: &mut FeedsReport,
        state: &mut crate::growth::feeds::store::FeedsState,
        cancel: &AtomicBool,
    ) {
        let built = {
            let _guard = self
                .reindexing
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            self.reindex_locked(&ReindexOptions::default(), &NoProgress, cancel)
        };
        if let Err(e) = built {
            let why = error_text(&e);
            tracing::warn!(error = %why, "the feeds' new articles could not be indexed");
            for s in &saved {
                let _ = std::fs::remove_file(&s.path);
            }
            report.index_error = Some(why);
            return;
        }
        let facts = self.facts();
        for s in saved {
            let feed = &mut report.feeds[s.feed];
            let name = s.path.file_name().unwrap_or_default().to_string_lossy();
            let id = format!("{ADDED_DIR}/{name}");
            tracing::info!(feed = %feed.name, article = %id, "feed article added");
            if let Some(f) = state.feeds.get_mut(&feed.url) {
                f.mark_seen(&s.item);
            }
            feed.added.push(AddReport {
                meetings: crate::growth::add::meetings_learnt(&facts, &id),
                article: id,
                path: s.path,
                title: s.article.title,
                paragraphs: s.article.paragraphs.len(),
            });
        }
    }

    /// Each configured feed's name, last success and last error, as the index folder's
    /// store remembers them.
    pub fn feed_status(&self) -> Vec<FeedStatus> {
        let store = crate::growth::feeds::store::FeedStore::new(&self.config.index.dir);
        let state = store.load().unwrap_or_default();
        crate::growth::feeds::statuses(&self.config.feeds, &state)
    }

    /// Follows the configured feeds until `stop` completes: polls the feeds that are due
    /// at once (every feed at the first start), then whenever the next one is due. Each
    /// poll runs on a blocking thread; its failures are logged and never end the loop.
    pub async fn follow_feeds<S>(self: Arc<Self>, stop: S)
    where
        S: std::future::Future<Output = ()>,
    {
        if self.config.feeds.is_empty() {
            return;
        }
        tokio::pin!(stop);
        let cancel = Arc::new(AtomicBool::new(false));
        loop {
            let engine = Arc::clone(&self);
            let c = Arc::clone(&cancel);
            let poll = tokio::task::spawn_blocking(move || engine.poll_feeds(PollScope::Due, &c));
            let pause = tokio::select! {
                polled = poll => match log_poll(polled) {
                    true => self.next_feed_pause(),
                    false => self.next_feed_pause().max(FAILED_POLL_PAUSE),
                },
                () = &mut stop => break,
            };
            tokio::select! {
                () = tokio::time::sleep(pause) => {}
                () = &mut stop => break,
            }
        }
        cancel.store(true, Ordering::Relaxed);
        tracing::info!("stopped following feeds");
    }

    /// How long until the next feed is due, at least [`MIN_FEED_PAUSE`].
    fn next_feed_pause(&self) -> Duration {
        let store = crate::growth::feeds::store::FeedStore::new(&self.config.index.dir);
        let state = store.load().unwrap_or_default();
        crate::growth::feeds::next_due(&self.config.feeds, &state, jiff::Timestamp::now())
            .unwrap_or(MIN_FEED_PAUSE)
            .max(MIN_FEED_PAUSE)
    }
}

/// The pause after a poll that could not run at all (another process polling, a damaged
/// `feeds.json`): long enough not to fill the log with the same warning.
const FAILED_POLL_PAUSE: Duration = Duration::from_secs(60);

/// Logs what one poll of `serve`'s feed task did (failures of feeds and items are warned
/// of as they happen); false when the poll could not run at all.
fn log_poll(polled: Result<Result<FeedsReport>, tokio::task::JoinError>) -> bool {
    match polled {
        Ok(Ok(report)) => {
            for f in report.feeds.iter().filter(|f| f.error.is_none()) {
                tracing::info!(
                    feed = %f.name,
                    added = f.added.len(),
                    already_seen = f.already_seen,
                    duplicates = f.duplicates,
                    "feed polled"
                );
            }
        }
        Ok(Err(e)) => {
            tracing::warn!(error = %error_text(&e), "the feeds could not be polled");
            return false;
        }
        Err(e) => {
            tracing::warn!(error = %e, "the feed poll stopped");
            return false;
        }
    }
    true
}

// ---- Meetings named across generations (buttons of the Discord shell) ----

/// A meeting as a message can name it for later, without the server remembering anything:
/// the generation it came from, its fact id there, and its [`meeting_key`], which stays the
/// same in later generations while its people, date and channel do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeetingRef {
    /// [`Engine::generation_tag`] of the generation the meeting was found in.
    pub generation: u32,
    /// Its fact id in that generation.
    pub fact: usize,
    /// Its [`meeting_key`].
    pub key: u64,
}

/// FNV-1a: a small hash that is the same in every build and on every machine (keys travel
/// in messages and must outlive a restart or an upgrade).
pub fn stable_hash(text: &str) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0100_0000_01b3;
    text.bytes()
        .fold(OFFSET, |h, b| (h ^ u64::from(b)).wrapping_mul(PRIME))
}

/// A meeting's key across generations: its people (sorted), date and channel.
pub fn meeting_key(f: &MeetingFact) -> u64 {
    let mut people: Vec<&str> = f.participants.iter().map(String::as_str).collect();
    people.sort_unstable();
    let date = f.date.map(|d| format!("{:?}", d.sort_key()));
    stable_hash(&format!(
        "{}|{}|{:?}",
        people.join(","),
        date.as_deref().unwrap_or("-"),
        f.channel
    ))
}

/// The held meeting before `f` of the same people (all of `f`'s take part), in person or
/// not as `f` was: the latest whose date is surely earlier. `None` when `f` has no year or
/// no such meeting is known.
pub(crate) fn earlier_in<'a>(facts: &'a FactStore, f: &MeetingFact) -> Option<&'a MeetingFact> {
    let date = f.date.filter(|d| d.year.is_some())?;
    facts
        .facts
        .iter()
        .filter(|g| g.id != f.id && g.status.is_held())
        .filter(|g| g.channel.is_remote() == f.channel.is_remote())
        .filter(|g| f.participants.iter().all(|p| g.participants.contains(p)))
        .filter_map(|g| g.date.filter(|d| d.year.is_some()).map(|d| (g, d)))
        .filter(|(_, d)| d.sort_key() < date.sort_key() && !d.compatible(&date))
        .max_by_key(|(g, d)| (d.sort_key(), g.id))
        .map(|(g, _)| g)
}

impl Engine {
    /// A short tag of the serving generation (its name hashed); `None` without an index.
    pub fn generation_tag(&self) -> Option<u32> {
        self.generation().map(|g| stable_hash(g.name()) as u32)
    }

    /// The reference of `f`, a meeting of the serving generation.
    pub fn meeting_ref(&self, f: &MeetingFact) -> Option<MeetingRef> {
        Some(MeetingRef {
            generation: self.generation_tag()?,
            fact: f.id,
            key: meeting_key(f),
        })
    }

    /// Finds a referenced meeting in the serving generation: by its fact id when the
    /// generation is the same, else (or when that fact is no longer it) by its key. `None`:
    /// the index changed and no meeting has that key any more.
    pub fn refind_meeting(&self, r: &MeetingRef) -> Option<MeetingFact> {
        let g = self.generation()?;
        let facts = &g.facts().facts;
        let same_generation = stable_hash(g.name()) as u32 == r.generation;
        let by_id = facts
            .get(r.fact)
            .filter(|f| same_generation && meeting_key(f) == r.key);
        by_id
            .or_else(|| facts.iter().find(|f| meeting_key(f) == r.key))
            .cloned()
    }

    /// The held meeting before `f` of the same people, in person or not as `f` was.
    pub fn earlier_meeting(&self, f: &MeetingFact) -> Option<MeetingFact> {
        earlier_in(&self.facts(), f).cloned()
    }

    /// The meeting the conversation's last answer was about.
    pub fn conversation_meeting(&self, conv: &Conversation) -> Option<MeetingFact> {
        let id = conv.meeting()?;
        self.facts().facts.get(id).cloned()
    }

    /// Moves the conversation to `f`, as if an answer had told it: "that" and "there" are
    /// then `f`, "they" its people.
    pub fn show_meeting(&self, conv: &mut Conversation, f: &MeetingFact) {
        conv.touch(Instant::now());
        conv.show(f);
    }
}

// ---- The timeline picture of a person's meetings (both shells) ----

/// A timeline picture (PNG) of some people's meetings.
#[derive(Debug, Clone)]
pub struct Timeline {
    /// The PNG file's bytes.
    pub png: Vec<u8>,
    /// The meetings it shows (dated on the axis, undated beside it).
    pub meetings: usize,
}

impl Engine {
    /// The timeline of `people`'s meetings (the other participants label each mark), titled
    /// with their names.
    pub fn timeline(&self, people: &[Person]) -> Result<Timeline> {
        let facts = self.facts();
        let theirs = self.meetings_of(people);
        let keys: Vec<String> = people.iter().map(|p| p.key.clone()).collect();
        let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
        let marks = crate::timeline::marks_of(&facts, &keys, &theirs);
        let png =
            crate::timeline::timeline_png(&format!("Meetings of {}", names.join(", ")), &marks)?;
        Ok(Timeline {
            png,
            meetings: theirs.len(),
        })
    }
}

#[cfg(test)]
mod meeting_ref_tests {
    use super::*;
    use crate::testing::StoreBuilder;

    fn store() -> FactStore {
        StoreBuilder::new()
            .person("Ingrid Solberg")
            .person("Tomas Varga")
            .person("Lena Holm")
            .meeting(&["ingrid solberg", "tomas varga"])
            .date(FuzzyDate::month(2023, 4))
            .meeting(&["tomas varga", "ingrid solberg"])
            .date(FuzzyDate::year(2019))
            .meeting(&["ingrid solberg", "tomas varga", "lena holm"])
            .date(FuzzyDate::year(2021))
            .meeting(&["ingrid solberg", "tomas varga"])
            .date(FuzzyDate::year(2022))
            .status(Status::Planned)
            .meeting(&["ingrid solberg", "tomas varga"])
            .date(FuzzyDate::year(2023))
            .meeting(&["ingrid solberg", "lena holm"])
            .date(FuzzyDate::year(2020))
            .build()
    }

    #[test]
    fn the_earlier_meeting_is_held_surely_before_and_has_the_same_people() {
        let s = store();
        // April 2023: not "2023" (could be the same), not the planned 2022 one; the 2021
        // meeting had both of them (and one more).
        assert_eq!(earlier_in(&s, &s.facts[0]).map(|f| f.id), Some(2));
        assert_eq!(earlier_in(&s, &s.facts[4]).map(|f| f.id), Some(2));
        assert_eq!(earlier_in(&s, &s.facts[3]).map(|f| f.id), Some(2));
        // Three people: no earlier meeting had all of them.
        assert_eq!(earlier_in(&s, &s.facts[2]), None);
        assert_eq!(earlier_in(&s, &s.facts[1]), None);
        // Lena Holm and Ingrid Solberg: 2020 has no earlier meeting of both.
        assert_eq!(earlier_in(&s, &s.facts[5]), None);
    }

    #[test]
    fn meeting_keys_ignore_order_and_ids_but_not_dates() {
        let s = store();
        let mut moved = s.facts[0].clone();
        moved.id = 99;
        moved.participants.reverse();
        assert_eq!(meeting_key(&moved), meeting_key(&s.facts[0]));
        assert_ne!(meeting_key(&s.facts[1]), meeting_key(&s.facts[4]));
        // The published FNV-1a test vectors: the hash never changes between builds.
        assert_eq!(stable_hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(stable_hash("a"), 0xaf63_dc4c_8601_ec8c);
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
