//! The paragraph index and its generations.
//!
//! Each reindex builds a complete new index in a fresh generation folder
//! (`<index.dir>/gen-<time>-<pid>/`): the tantivy files, `facts.json` and `attache.json`
//! (statistics), and last a `COMPLETE` marker. Only then is the small `CURRENT` file
//! replaced (write a temporary file, fsync, rename over `CURRENT`, fsync the folder), and
//! the serving reader switched to the new generation. Folders are never renamed under
//! readers; old generations are deleted after the switch (open files stay readable on Unix
//! until their readers drop them). A build that fails, is cancelled or is killed leaves
//! `CURRENT` untouched, and its half-written folder is removed by the next build. A build
//! is incremental when the serving generation allows it ([`incremental`], with what a
//! generation remembers of its sources in [`sources`]).
//!
//! # Ownership of the index folder
//! attache touches only what it created. The index folder carries a marker file
//! (`.attache-index`), written on first use; each generation folder carries its own marker
//! (`.attache-generation`) from the moment it is created. A folder without the index
//! marker is adopted (the marker written) only when it is empty or holds nothing but
//! attache's own `CURRENT`, build lock and `gen-*` folders with their `attache.json` (an
//! index from before the marker); anything else is refused with an error naming what is
//! there. Every build, holding the build lock, removes each generation attache made that
//! `CURRENT` does not name, finished or not (a build killed before or after `COMPLETE`);
//! a `gen-*` folder without attache's marker or statistics is never deleted.

pub(crate) mod incremental;
mod schema;
mod search;
pub(crate) mod sources;

use std::collections::HashMap;
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};
use tantivy::{DateTime, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument};

use crate::model::{Article, FactStore};
use schema::Fields;
pub use search::Hit;

const CURRENT: &str = "CURRENT";
const COMPLETE: &str = "COMPLETE";
const FACTS: &str = "facts.json";
const STATS: &str = "attache.json";
const LOCK: &str = "reindex.lock";

/// The file that says attache owns an index folder.
const INDEX_MARKER: &str = ".attache-index";

/// The file that says attache created a generation folder (written before anything else).
const GENERATION_MARKER: &str = ".attache-generation";

/// Smallest writer budget, in megabytes: tantivy refuses a writer with less than 15 MB per
/// thread.
const WRITER_MEMORY_MIN_MB: usize = 15;

/// Largest writer budget, in megabytes: tantivy's per-thread arena is addressed with 32 bits,
/// so about 4 GB is its ceiling.
const WRITER_MEMORY_MAX_MB: usize = 4096;

/// Paragraphs after which a build commits, closing a segment; segments of this size are
/// not merged further. An incremental build merges the segments that lost paragraphs, so
/// bounded segments keep that merge small (one article changed in the bulk corpus merges
/// one segment, not all of it), at the price of a few more segments per search.
const SEGMENT_PARAGRAPHS: usize = 8_192;

/// What a generation holds, stored beside it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IndexStats {
    pub articles: usize,
    pub paragraphs: usize,
    pub facts: usize,
    /// When the generation was built (RFC 3339).
    pub built_at: String,
}

/// One complete, searchable index generation with its facts.
pub(crate) struct Generation {
    name: String,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    facts: Arc<FactStore>,
    /// The ids of the facts each paragraph (article id, 1-based paragraph) is evidence for,
    /// from the facts (not stored in the paragraphs, so that a paragraph an incremental
    /// build keeps never points at a fact id of an older merge).
    evidence: HashMap<(String, usize), Vec<usize>>,
    stats: IndexStats,
}

/// Which facts each paragraph (article id, 1-based paragraph) is evidence for, in fact order.
fn evidence_map(facts: &FactStore) -> HashMap<(String, usize), Vec<usize>> {
    let mut evidence: HashMap<(String, usize), Vec<usize>> = HashMap::new();
    for f in &facts.facts {
        for e in &f.evidence {
            evidence
                .entry((e.article.clone(), e.paragraph))
                .or_default()
                .push(f.id);
        }
    }
    evidence
}

impl std::fmt::Debug for Generation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Generation")
            .field("name", &self.name)
            .field("stats", &self.stats)
            .finish()
    }
}

impl Generation {
    /// Opens a complete generation folder.
    fn open(dir: &Path) -> Result<Generation> {
        if !dir.join(COMPLETE).is_file() {
            bail!("{} is not a complete index generation", dir.display());
        }
        let index = Index::open_in_dir(dir)
            .with_context(|| format!("opening index in {}", dir.display()))?;
        let fields = schema::fields_of(&index.schema())?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let facts: FactStore = serde_json::from_slice(&fs::read(dir.join(FACTS))?)
            .with_context(|| format!("reading {}", dir.join(FACTS).display()))?;
        let stats: IndexStats = serde_json::from_slice(&fs::read(dir.join(STATS))?)
            .with_context(|| format!("reading {}", dir.join(STATS).display()))?;
        Ok(Generation {
            name: dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            index,
            reader,
            fields,
            evidence: evidence_map(&facts),
            facts: Arc::new(facts),
            stats,
        })
    }

    /// The generation's folder name.
    pub(crate) fn name(&self) -> &str {
        &self.name
    }

    /// The meeting facts stored with this generation.
    pub(crate) fn facts(&self) -> &Arc<FactStore> {
        &self.facts
    }

    /// Counts and build time.
    pub(crate) fn stats(&self) -> &IndexStats {
        &self.stats
    }
}

/// The folder that holds the generations, and the operations on it.
#[derive(Debug, Clone)]
pub struct IndexStore {
    root: PathBuf,
}

/// Held while a generation is being built; other builders (in this or another process)
/// are refused meanwhile. Released on drop.
#[derive(Debug)]
pub(crate) struct BuildLock {
    _file: File,
}

impl IndexStore {
    /// A store rooted at `root` (created on first build).
    pub fn new(root: impl Into<PathBuf>) -> IndexStore {
        IndexStore { root: root.into() }
    }

    /// The name `CURRENT` points to, if any.
    pub fn current_name(&self) -> Option<String> {
        let name = fs::read_to_string(self.root.join(CURRENT)).ok()?;
        let name = name.trim();
        (!name.is_empty() && is_generation_name(name)).then(|| name.to_string())
    }

    /// Opens the serving generation: the one `CURRENT` names, or (when that is missing or
    /// damaged) the newest complete one. `Ok(None)` when there is no index yet.
    pub(crate) fn open_current(&self) -> Result<Option<Generation>> {
        if let Some(name) = self.current_name() {
            match Generation::open(&self.root.join(&name)) {
                Ok(g) => return Ok(Some(g)),
                Err(e) => {
                    tracing::warn!(generation = %name, error = %e, "current generation unusable; trying older ones")
                }
            }
        }
        let mut names = self.generation_names();
        names.sort();
        for name in names.iter().rev() {
            if let Ok(g) = Generation::open(&self.root.join(name)) {
                return Ok(Some(g));
            }
        }
        Ok(None)
    }

    fn generation_names(&self) -> Vec<String> {
        let Ok(entries) = fs::read_dir(&self.root) else {
            return Vec::new();
        };
        entries
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| is_generation_name(n))
            .collect()
    }

    /// Takes the build lock, or fails when another build holds it or when the index folder
    /// is not attache's (see the module's "Ownership").
    pub(crate) fn lock(&self) -> Result<BuildLock> {
        self.claim()?;
        let path = self.root.join(LOCK);
        let file = open_lock_file(&path)?;
        match file.try_lock() {
            Ok(()) => Ok(BuildLock { _file: file }),
            Err(fs::TryLockError::WouldBlock) => {
                bail!(
                    "another reindex is already running on {}",
                    self.root.display()
                )
            }
            Err(fs::TryLockError::Error(e)) => {
                Err(e).with_context(|| format!("locking {}", path.display()))
            }
        }
    }

    /// Makes sure the index folder is attache's: creates it with its marker, keeps it when
    /// marked, adopts an unmarked one that holds only attache's own files, refuses the rest.
    pub(crate) fn claim(&self) -> Result<()> {
        if self.root.as_os_str().is_empty() {
            bail!("the index folder (index.dir) is empty; name a folder for the index");
        }
        let marker = self.root.join(INDEX_MARKER);
        if marker.is_file() {
            return Ok(());
        }
        if self.root.exists() {
            if !self.root.is_dir() {
                bail!("index folder {} is not a folder", self.root.display());
            }
            if let Some(foreign) = self.foreign_entry()? {
                bail!(
                    "index folder {} holds {foreign}, which attache did not create; refusing to \
                     use it (point index.dir at a new or empty folder)",
                    self.root.display()
                );
            }
        }
        fs::create_dir_all(&self.root)
            .with_context(|| format!("creating index folder {}", self.root.display()))?;
        write_synced(
            &marker,
            b"attache index folder: attache manages what is in here\n",
        )
    }

    /// The first entry of an unmarked index folder that is not attache's (quoted), if any.
    fn foreign_entry(&self) -> Result<Option<String>> {
        let entries = fs::read_dir(&self.root)
            .with_context(|| format!("reading index folder {}", self.root.display()))?;
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        Ok(names
            .into_iter()
            .find(|n| !self.is_own_entry(n))
            .map(|n| format!("{n:?}")))
    }

    /// True for attache's own entries of an index folder from before the marker.
    fn is_own_entry(&self, name: &str) -> bool {
        use crate::growth::feeds::store as feeds;
        let path = self.root.join(name);
        let plain = |p: &Path| fs::symlink_metadata(p).is_ok_and(|m| m.is_file());
        match name {
            CURRENT | LOCK => plain(&path),
            crate::gaps::GAPS_FILE | crate::gaps::GAPS_LOCK | crate::gaps::GAPS_TMP => plain(&path),
            feeds::FEEDS_FILE | feeds::FEEDS_LOCK | feeds::FEEDS_TMP => plain(&path),
            _ if name == format!("{CURRENT}.tmp") => plain(&path),
            _ => is_generation_name(name) && self.is_own_generation(name),
        }
    }

    /// True when `name` is a generation folder attache made: a real folder (not a link)
    /// with attache's marker or its statistics.
    fn is_own_generation(&self, name: &str) -> bool {
        let dir = self.root.join(name);
        is_generation_name(name)
            && fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir())
            && (dir.join(GENERATION_MARKER).is_file() || dir.join(STATS).is_file())
    }

    /// Removes every generation attache made except `keep` (and `CURRENT`'s): builds that
    /// died, finished or not, and generations replaced by a switch. Needs the build lock.
    fn remove_abandoned(&self, _lock: &BuildLock, keep: Option<&str>) {
        let current = self.current_name();
        for name in self.generation_names() {
            if Some(name.as_str()) == keep
                || current.as_deref() == Some(name.as_str())
                || !self.is_own_generation(&name)
            {
                continue;
            }
            tracing::info!(generation = %name, "removing an abandoned generation");
            if let Err(e) = fs::remove_dir_all(self.root.join(&name)) {
                tracing::warn!(generation = %name, error = %e, "could not remove an old generation");
            }
        }
    }

    /// Starts a new generation. Leftovers of builds that died are removed first.
    pub(crate) fn begin(
        &self,
        lock: &BuildLock,
        writer_memory_mb: usize,
    ) -> Result<GenerationBuilder> {
        self.remove_abandoned(lock, None);
        let (name, dir) = self.new_generation_dir()?;
        let (schema, fields) = schema::build();
        let index = Index::create_in_dir(&dir, schema)
            .with_context(|| format!("creating index in {}", dir.display()))?;
        GenerationBuilder::new(dir, name, &index, fields, writer_memory_mb)
    }

    /// Starts a new generation holding the paragraphs of `from` (a complete generation),
    /// for an incremental build to delete and add articles: its tantivy files are linked
    /// (copied where linking fails), never changed in place, so `from` stays whole.
    pub(crate) fn begin_from(
        &self,
        lock: &BuildLock,
        from: &str,
        writer_memory_mb: usize,
    ) -> Result<GenerationBuilder> {
        self.remove_abandoned(lock, Some(from));
        let (name, dir) = self.new_generation_dir()?;
        let builder = (|| {
            incremental::link_index_files(&self.root.join(from), &dir)?;
            let index = Index::open_in_dir(&dir)
                .with_context(|| format!("opening index in {}", dir.display()))?;
            let fields = schema::fields_of(&index.schema())?;
            GenerationBuilder::new(dir.clone(), name, &index, fields, writer_memory_mb)
        })();
        if builder.is_err() {
            let _ = fs::remove_dir_all(&dir);
        }
        builder
    }

    /// A fresh generation folder with its marker: its name and path.
    fn new_generation_dir(&self) -> Result<(String, PathBuf)> {
        let stamp = jiff::Timestamp::now().as_millisecond();
        let mut name = format!("gen-{stamp:015}-{}", std::process::id());
        let mut n = 0;
        while self.root.join(&name).exists() {
            n += 1;
            name = format!("gen-{stamp:015}-{}-{n}", std::process::id());
        }
        let dir = self.root.join(&name);
        fs::create_dir(&dir).with_context(|| format!("creating {}", dir.display()))?;
        write_synced(&dir.join(GENERATION_MARKER), b"attache index generation\n")?;
        Ok((name, dir))
    }

    /// Points `CURRENT` at a finished generation (atomically) and removes the other
    /// generations attache made.
    pub(crate) fn publish(&self, lock: &BuildLock, name: &str) -> Result<()> {
        let tmp = self.root.join(format!("{CURRENT}.tmp"));
        {
            let mut f = File::create(&tmp)?;
            f.write_all(name.as_bytes())?;
            f.sync_all()?;
        }
        fs::rename(&tmp, self.root.join(CURRENT))?;
        if let Ok(d) = File::open(&self.root) {
            let _ = d.sync_all();
        }
        self.remove_abandoned(lock, Some(name));
        Ok(())
    }

    /// Opens a generation by name.
    pub(crate) fn open(&self, name: &str) -> Result<Generation> {
        Generation::open(&self.root.join(name))
    }
}

fn is_generation_name(name: &str) -> bool {
    name.starts_with("gen-")
        && !name.contains(['/', '\\'])
        && name != "gen-"
        && !name.contains("..")
}

/// A generation being written. Dropped without [`GenerationBuilder::finish`], it removes
/// its folder.
pub(crate) struct GenerationBuilder {
    dir: PathBuf,
    name: String,
    writer: Option<IndexWriter<TantivyDocument>>,
    fields: Fields,
    stats: IndexStats,
    /// Paragraphs added since the last commit.
    uncommitted: usize,
    done: bool,
}

impl GenerationBuilder {
    /// A builder writing `index` in `dir` (a new generation folder, removed on failure).
    fn new(
        dir: PathBuf,
        name: String,
        index: &Index,
        fields: Fields,
        writer_memory_mb: usize,
    ) -> Result<GenerationBuilder> {
        let budget =
            writer_memory_mb.clamp(WRITER_MEMORY_MIN_MB, WRITER_MEMORY_MAX_MB) * 1024 * 1024;
        let writer = index.writer_with_num_threads(1, budget)?;
        let mut policy = tantivy::merge_policy::LogMergePolicy::default();
        policy.set_max_docs_before_merge(SEGMENT_PARAGRAPHS);
        writer.set_merge_policy(Box::new(policy));
        Ok(GenerationBuilder {
            dir,
            name,
            writer: Some(writer),
            fields,
            stats: IndexStats::default(),
            uncommitted: 0,
            done: false,
        })
    }

    /// Deletes every paragraph of one article (of the generation this one started from).
    pub(crate) fn delete_article(&mut self, id: &str) {
        let writer = self.writer.as_mut().expect("writer present until finish");
        writer.delete_term(tantivy::Term::from_field_text(self.fields.article, id));
    }

    /// Adds one document per paragraph. Which facts a paragraph is evidence for is not
    /// stored with it: the generation reads it from its facts.
    pub(crate) fn add_article(&mut self, article: &Article) -> Result<()> {
        let f = self.fields;
        let writer = self.writer.as_mut().expect("writer present until finish");
        let published = article.published.and_then(|d| {
            let ts = d
                .to_zoned_datetime(jiff::tz::TimeZone::UTC)
                .ok()?
                .timestamp();
            Some(DateTime::from_timestamp_secs(ts.as_second()))
        });
        for (i, text) in article.paragraphs.iter().enumerate() {
            let mut doc = TantivyDocument::default();
            doc.add_text(f.article, &article.id);
            doc.add_text(f.title, &article.title);
            if let (Some(field), Some(d)) = (f.dateline, article.meta.get("dateline")) {
                doc.add_text(field, d);
            }
            if let Some(url) = &article.url {
                doc.add_text(f.url, url);
            }
            if let Some(p) = published {
                doc.add_date(f.published, p);
            }
            doc.add_u64(f.paragraph, (i + 1) as u64);
            doc.add_text(f.text, text);
            writer.add_document(doc)?;
        }
        self.stats.articles += 1;
        self.stats.paragraphs += article.paragraphs.len();
        self.uncommitted += article.paragraphs.len();
        if self.uncommitted >= SEGMENT_PARAGRAPHS {
            writer.commit()?;
            self.uncommitted = 0;
        }
        Ok(())
    }

    /// Commits the index, writes the facts and statistics, and marks the generation
    /// complete. Returns its name, ready for [`IndexStore::publish`].
    #[cfg(test)]
    pub(crate) fn finish(self, facts: &FactStore) -> Result<String> {
        self.finish_with(facts, None, &[])
    }

    /// [`GenerationBuilder::finish`] for an incremental build: `totals` (articles,
    /// paragraphs) replaces the counts of what this builder added, and `extras` are
    /// written beside the facts (file name, bytes). Segments with deleted paragraphs are
    /// merged first, so that no deleted paragraph weighs in the search statistics and the
    /// index answers as a full build of the same articles does.
    pub(crate) fn finish_with(
        mut self,
        facts: &FactStore,
        totals: Option<(usize, usize)>,
        extras: &[(&str, Vec<u8>)],
    ) -> Result<String> {
        let mut writer = self.writer.take().expect("writer present until finish");
        writer.commit()?;
        let deleted: Vec<tantivy::index::SegmentId> = writer
            .index()
            .searchable_segment_metas()?
            .iter()
            .filter(|m| m.has_deletes())
            .map(|m| m.id())
            .collect();
        if !deleted.is_empty() {
            writer.merge(&deleted).wait()?;
        }
        writer.wait_merging_threads()?;
        if let Some((articles, paragraphs)) = totals {
            self.stats.articles = articles;
            self.stats.paragraphs = paragraphs;
        }
        self.stats.facts = facts.facts.len();
        self.stats.built_at = jiff::Timestamp::now().to_string();
        for (file, bytes) in extras {
            write_synced(&self.dir.join(file), bytes)?;
        }
        write_synced(&self.dir.join(FACTS), &serde_json::to_vec(facts)?)?;
        write_synced(
            &self.dir.join(STATS),
            &serde_json::to_vec_pretty(&self.stats)?,
        )?;
        // Everything the generation needs is on disk before it is marked complete.
        for entry in fs::read_dir(&self.dir)? {
            let path = entry?.path();
            if path.is_file()
                && let Ok(f) = File::open(&path)
            {
                let _ = f.sync_all();
            }
        }
        write_synced(&self.dir.join(COMPLETE), b"ok\n")?;
        if let Ok(d) = File::open(&self.dir) {
            let _ = d.sync_all();
        }
        self.done = true;
        Ok(self.name.clone())
    }
}

impl Drop for GenerationBuilder {
    fn drop(&mut self) {
        if !self.done {
            drop(self.writer.take());
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut f = File::create(path).with_context(|| format!("writing {}", path.display()))?;
    f.write_all(bytes)?;
    f.sync_all()?;
    Ok(())
}

/// Opens (creating it when missing, never emptying it) the file whose OS lock guards a
/// folder's writers: the index build's and the unanswered questions' store's.
pub(crate) fn open_lock_file(path: &Path) -> Result<File> {
    File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .with_context(|| format!("opening {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, text: &str) -> Article {
        Article {
            id: id.into(),
            title: format!("Title {id}"),
            url: Some(format!("https://example.org/{id}")),
            published: jiff::civil::Date::new(2021, 3, 4).ok(),
            meta: Default::default(),
            paragraphs: vec![text.into(), "A second paragraph.".into()],
        }
    }

    fn build(store: &IndexStore, text: &str) -> String {
        let lock = store.lock().unwrap();
        let mut b = store.begin(&lock, 20).unwrap();
        b.add_article(&article("a", text)).unwrap();
        // Fact 7 has paragraph 1 of "a" as evidence.
        let mut facts = crate::testing::StoreBuilder::new();
        for _ in 0..8 {
            facts = facts.meeting(&["X", "Y"]);
        }
        let facts = facts.evidence("a", 1, "The envoys walked.").build();
        let name = b.finish(&facts).unwrap();
        store.publish(&lock, &name).unwrap();
        name
    }

    #[test]
    fn a_published_generation_is_searchable_with_its_fields() {
        let tmp = tempfile::tempdir().unwrap();
        let store = IndexStore::new(tmp.path());
        let name = build(&store, "The envoys walked along the harbour of Quillmarsh.");
        let g = store.open_current().unwrap().unwrap();
        assert_eq!(g.name(), name);
        assert_eq!(g.stats().articles, 1);
        assert_eq!(g.stats().paragraphs, 2);
        let hits = g.search("harbours Quillmarsh", 5).unwrap();
        assert_eq!(hits.len(), 1, "stemming matches harbours/harbour");
        let h = &hits[0];
        assert_eq!((h.article.as_str(), h.paragraph), ("a", 1));
        assert_eq!(h.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(h.facts, vec![7]);
        assert!((h.coverage - 1.0).abs() < 1e-6, "{}", h.coverage);
        let partial = g.search("Quillmarsh volcano", 5).unwrap();
        assert!(partial[0].coverage < 0.9 && partial[0].coverage > 0.1);
    }

    #[test]
    fn a_wire_storys_dateline_is_searched_and_on_every_hit() {
        let tmp = tempfile::tempdir().unwrap();
        let store = IndexStore::new(tmp.path());
        let lock = store.lock().unwrap();
        let mut b = store.begin(&lock, 20).unwrap();
        let mut wire = article("wire", "Ruiz spoke during talks with trade officials.");
        wire.meta
            .insert("dateline".into(), "QUILLMARSH, June 2 -".into());
        b.add_article(&wire).unwrap();
        b.add_article(&article("other", "Ruiz spoke at length."))
            .unwrap();
        let name = b.finish(&FactStore::default()).unwrap();
        let g = store.open(&name).unwrap();
        let hits = g.search("Quillmarsh", 5).unwrap();
        assert_eq!(hits.len(), 2, "the dateline's place is searched: {hits:?}");
        assert!(hits.iter().all(|h| h.article == "wire"));
        let hits = g.search("Ruiz Quillmarsh", 5).unwrap();
        let wire = hits.iter().find(|h| h.article == "wire").unwrap();
        assert_eq!(wire.dateline.as_deref(), Some("QUILLMARSH, June 2 -"));
        assert!((wire.coverage - 1.0).abs() < 1e-6, "{}", wire.coverage);
        let other = hits.iter().find(|h| h.article == "other").unwrap();
        assert!(other.coverage < 0.9 && other.dateline.is_none());
        let second = g.paragraphs_at("wire", &[2]).unwrap();
        assert_eq!(second[0].dateline.as_deref(), Some("QUILLMARSH, June 2 -"));
        assert_eq!(g.search("Ruiz", 5).unwrap().len(), 2);
    }

    #[test]
    fn segments_are_closed_every_segment_paragraphs() {
        let tmp = tempfile::tempdir().unwrap();
        let store = IndexStore::new(tmp.path());
        let lock = store.lock().unwrap();
        let mut b = store.begin(&lock, 20).unwrap();
        let mut big = article("big", "x");
        big.paragraphs = (0..SEGMENT_PARAGRAPHS)
            .map(|i| format!("word{i}"))
            .collect();
        b.add_article(&big).unwrap();
        b.add_article(&article("small", "The envoys met.")).unwrap();
        let name = b.finish(&FactStore::default()).unwrap();
        let g = store.open(&name).unwrap();
        assert_eq!(g.index.searchable_segment_metas().unwrap().len(), 2);
        assert_eq!(g.stats().paragraphs, SEGMENT_PARAGRAPHS + 2);
    }

    #[test]
    fn equal_scores_are_ordered_by_article_and_paragraph() {
        let tmp = tempfile::tempdir().unwrap();
        let store = IndexStore::new(tmp.path());
        let lock = store.lock().unwrap();
        let mut b = store.begin(&lock, 20).unwrap();
        for id in ["c", "b", "a"] {
            let mut a = article(id, "The envoys met in Quillmarsh.");
            a.title = "Same title".into();
            b.add_article(&a).unwrap();
        }
        let name = b.finish(&FactStore::default()).unwrap();
        store.publish(&lock, &name).unwrap();
        let g = store.open_current().unwrap().unwrap();
        let ids: Vec<String> = g
            .search("Quillmarsh envoys", 2)
            .unwrap()
            .into_iter()
            .map(|h| h.article)
            .collect();
        assert_eq!(ids, ["a", "b"]);
    }

    #[test]
    fn a_damaged_current_falls_back_to_the_newest_complete_generation() {
        let tmp = tempfile::tempdir().unwrap();
        let store = IndexStore::new(tmp.path());
        let name = build(&store, "first words");
        std::fs::write(tmp.path().join(CURRENT), "gen-does-not-exist").unwrap();
        assert_eq!(store.open_current().unwrap().unwrap().name(), name);
        std::fs::write(tmp.path().join(CURRENT), "../../etc").unwrap();
        assert_eq!(store.current_name(), None);
        assert_eq!(store.open_current().unwrap().unwrap().name(), name);
        std::fs::remove_file(tmp.path().join(name).join(COMPLETE)).unwrap();
        assert!(store.open_current().unwrap().is_none());
    }

    #[test]
    fn an_abandoned_build_removes_its_folder_and_the_lock_is_exclusive() {
        let tmp = tempfile::tempdir().unwrap();
        let store = IndexStore::new(tmp.path());
        let lock = store.lock().unwrap();
        assert!(store.lock().is_err(), "second builder refused");
        let b = store.begin(&lock, 20).unwrap();
        assert_eq!(store.generation_names().len(), 1);
        drop(b);
        assert!(store.generation_names().is_empty());
        drop(lock);
        assert!(store.lock().is_ok());
    }
}
