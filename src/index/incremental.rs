//! Incremental reindex: a build starts from the generation being served and redoes only
//! what changed. Every corpus file is hashed; a file whose bytes are unchanged is not read
//! again (its articles, ids and report come from the previous generation's
//! [`sources`](super::sources)); a changed file is read, and each of its articles is
//! compared by a hash of its content. Extraction runs only on new and changed articles (the
//! others' results come from the previous generation's cache); the merge across articles
//! is rerun whole, so fact ids are those of a full build. The new generation's tantivy
//! index starts as links to the previous one's files: the paragraphs of removed and changed
//! articles are deleted, those of new and changed ones added, and the segments that lost
//! paragraphs merged. Like a full build it is a new generation folder, published only when
//! complete, so a failed or killed build leaves the previous one serving. Without a usable
//! previous generation (none, made by another build of attache or other ingest settings,
//! or `--full`) the build is full, through the same steps.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result, bail};
use serde::Serialize;

use super::sources::{
    ArticleRecord, EXTRACTED, Extracted, FileRecord, LineRecord, Previous, ReportPiece, SOURCES,
    Sources, Stat, article_hash, cache_key, file_hash, make_ids_unique, now_ns,
};
use super::{BuildLock, IndexStore};
use crate::config::Config;
use crate::extract::ArticleFacts;
use crate::ingest::{self, CorpusFile, Format, IngestReport, Line};
use crate::model::{Article, FactStore};
use crate::progress::{Progress, Stage};

/// Files of a generation folder that are attache's, not tantivy's: never linked into the
/// next generation.
const OWN_FILES: [&str; 6] = [
    super::COMPLETE,
    super::FACTS,
    super::STATS,
    super::GENERATION_MARKER,
    SOURCES,
    EXTRACTED,
];

/// How a build was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BuildMode {
    /// Everything read, extracted and indexed.
    #[default]
    Full,
    /// Only what changed since the previous generation.
    Incremental,
}

/// What changed since the previous generation, by article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Changes {
    pub mode: BuildMode,
    /// Articles not in the previous generation.
    pub added: usize,
    /// Articles whose content changed.
    pub changed: usize,
    /// Articles of the previous generation no longer in the corpus.
    pub removed: usize,
    /// Articles left as they were (not read, extracted or indexed again).
    pub unchanged: usize,
}

/// What one build asks for.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BuildOptions {
    pub(crate) extract: bool,
    /// Ignore the previous generation.
    pub(crate) full: bool,
}

/// A finished (not yet published) generation.
pub(crate) struct Built {
    pub(crate) name: String,
    pub(crate) report: IngestReport,
    pub(crate) facts: usize,
    pub(crate) changes: Changes,
}

/// The corpus as this build sees it: every file's record (articles with their final ids)
/// and the articles read this time, with their place in the corpus's article order.
struct Corpus {
    files: Vec<FileRecord>,
    fresh: Vec<Article>,
    fresh_at: Vec<usize>,
    report: IngestReport,
}

impl Corpus {
    /// Every article's (id, content hash), in corpus order.
    fn articles(&self) -> impl Iterator<Item = &ArticleRecord> {
        self.files.iter().flat_map(|f| f.articles.iter())
    }
}

/// Builds a new generation from the corpus (incrementally when the serving one allows it).
pub(crate) fn build(
    store: &IndexStore,
    lock: &BuildLock,
    config: &Config,
    opts: BuildOptions,
    progress: &dyn Progress,
    cancel: &AtomicBool,
) -> Result<Built> {
    let key = cache_key(&config.ingest, opts.extract);
    let started = now_ns();
    let prev = if opts.full {
        None
    } else {
        previous(store, &key)
    };
    let corpus = read_corpus(config, prev.as_ref(), progress, cancel)?;
    let per_article = extract_all(&corpus, prev.as_ref(), opts.extract, progress);
    let extracted = extraction_cache(&corpus, &per_article)?;
    let facts = if opts.extract {
        crate::extract::merge_articles(per_article)
    } else {
        FactStore::default()
    };
    let sources = serde_json::to_vec(&Sources {
        key,
        started,
        files: corpus.files.clone(),
    })?;
    let extras = [(SOURCES, sources), (EXTRACTED, extracted)];
    let (name, changes) = write_index(
        store,
        lock,
        config,
        &corpus,
        prev.as_ref(),
        progress,
        cancel,
    )
    .and_then(|(builder, changes)| {
        let totals = (
            corpus.articles().count(),
            corpus.articles().map(|a| a.paragraphs).sum(),
        );
        Ok((builder.finish_with(&facts, Some(totals), &extras)?, changes))
    })?;
    Ok(Built {
        name,
        report: corpus.report,
        facts: facts.facts.len(),
        changes,
    })
}

/// The serving generation's sources, when it has them and was made with `key`.
fn previous(store: &IndexStore, key: &str) -> Option<Previous> {
    let name = store.current_name()?;
    let dir = store.root.join(&name);
    if !dir.join(super::COMPLETE).is_file() {
        return None;
    }
    Previous::load(&dir, &name, key)
}

/// Walks and reads the corpus, reusing the records of files whose bytes did not change.
/// Fails when cancelled or when no article could be read.
fn read_corpus(
    config: &Config,
    prev: Option<&Previous>,
    progress: &dyn Progress,
    cancel: &AtomicBool,
) -> Result<Corpus> {
    let mut report = IngestReport::default();
    let files = ingest::walk(&config.corpus.dirs, &mut report);
    progress.start(Stage::Ingest, files.len() as u64);
    let mut records = Vec::with_capacity(files.len());
    let mut read = Vec::with_capacity(files.len());
    for file in &files {
        if cancel.load(Ordering::Relaxed) {
            bail!("reindex cancelled");
        }
        let (record, articles) = read_file(file, config, prev);
        record.report.add_to(&mut report);
        records.push(record);
        read.push(articles);
        progress.advance(1);
    }
    progress.finish();
    if report.articles == 0 {
        bail!(
            "no article could be read from {} ({} files, {} skipped); the previous index stays",
            config
                .corpus
                .dirs
                .iter()
                .map(|d| d.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
            report.files,
            report.skipped.len()
        );
    }
    let corpus = final_ids(&files, records, read, config, report)?;
    Ok(corpus)
}

/// Articles read this build, each with its place among its file's articles.
type Fresh = Vec<(usize, Article)>;

/// One file: its previous record when its size and modification time are the same (and
/// not racy: see [`Previous::same_stat`]) or else its bytes are the same, else read now (a
/// JSON Lines file line by line, reusing its unchanged lines: see [`read_json_lines`]).
fn read_file(
    file: &CorpusFile,
    config: &Config,
    prev: Option<&Previous>,
) -> (FileRecord, Option<Fresh>) {
    let path = file.path.display().to_string();
    let stat = Stat::of(&file.path);
    let old = prev.and_then(|p| Some((p, p.files.get(&path)?)));
    if let Some((p, old)) = old
        && p.same_stat(old, stat)
    {
        return (old.clone(), None);
    }
    let old = old.map(|(_, o)| o);
    let hash = file_hash(&file.path, config.ingest.max_file_bytes);
    if let Some(old) = old
        && hash.is_some()
        && old.hash == hash
    {
        return (
            FileRecord {
                stat,
                ..old.clone()
            },
            None,
        );
    }
    if Format::of(&file.path) == Ok(Format::JsonLines) {
        return read_json_lines(file, config, old, path, (hash, stat));
    }
    let mut piece = IngestReport::default();
    let articles = ingest::read(file, &config.ingest, &mut piece);
    let record = FileRecord {
        path,
        hash,
        stat,
        report: ReportPiece::of(&piece),
        articles: articles.iter().map(record_of).collect(),
        lines: Vec::new(),
    };
    (record, Some(articles.into_iter().enumerate().collect()))
}

fn record_of(a: &Article) -> ArticleRecord {
    ArticleRecord {
        read_id: a.id.clone(),
        id: a.id.clone(),
        hash: article_hash(a),
        paragraphs: a.paragraphs.len(),
    }
}

/// A changed (or new) JSON Lines file, read line by line: a line with the same number and
/// text as in `old` that gave one article and reported nothing keeps its article's record
/// (and so its cached extraction and indexed paragraphs) without being parsed or cleaned
/// again; the other lines are read. Only the articles read are returned.
fn read_json_lines(
    file: &CorpusFile,
    config: &Config,
    old: Option<&FileRecord>,
    path: String,
    (hash, stat): (Option<u64>, Option<Stat>),
) -> (FileRecord, Option<Fresh>) {
    let kept: HashMap<usize, (u64, &ArticleRecord)> = old
        .map(|o| {
            o.lines
                .iter()
                .filter_map(|l| Some((l.0, (l.1, o.articles.get(l.2)?))))
                .collect()
        })
        .unwrap_or_default();
    let prefix = format!("{}#", file.relative());
    let reuse = |no: usize, h: u64| {
        let (_, a) = kept.get(&no).filter(|(was, _)| *was == h)?;
        a.read_id.strip_prefix(&prefix).map(str::to_string)
    };
    let mut piece = IngestReport::default();
    let lines = ingest::read_lines(file, &config.ingest, &mut piece, &reuse).unwrap_or_default();
    let (mut articles, mut records, mut fresh) = (Vec::new(), Vec::new(), Vec::new());
    for line in lines {
        let (no, h, clean) = match line {
            Line::Reused { no, hash } => {
                let a = kept[&no].1;
                piece.articles += 1;
                piece.paragraphs += a.paragraphs;
                articles.push(a.clone());
                (no, hash, true)
            }
            Line::Read {
                no,
                hash,
                article: Some(a),
                clean,
            } => {
                articles.push(record_of(&a));
                fresh.push((articles.len() - 1, a));
                (no, hash, clean)
            }
            Line::Read { article: None, .. } => continue,
        };
        if clean {
            records.push(LineRecord(no, h, articles.len() - 1));
        }
    }
    let record = FileRecord {
        path,
        hash,
        stat,
        report: ReportPiece::of(&piece),
        articles,
        lines: records,
    };
    (record, Some(fresh))
}

/// Makes ids distinct across the corpus (as a full build does) and collects the articles
/// read this time under their final ids. A file whose articles not read again (all of an
/// unchanged file's, the reused lines of a JSON Lines file) had their ids moved (another
/// file now shares its path) is read again whole.
fn final_ids(
    files: &[CorpusFile],
    mut records: Vec<FileRecord>,
    mut read: Vec<Option<Fresh>>,
    config: &Config,
    mut report: IngestReport,
) -> Result<Corpus> {
    let before: Vec<Vec<String>> = records
        .iter()
        .map(|r| r.articles.iter().map(|a| a.id.clone()).collect())
        .collect();
    for a in records.iter_mut().flat_map(|r| r.articles.iter_mut()) {
        a.id = a.read_id.clone();
    }
    make_ids_unique(
        records
            .iter_mut()
            .flat_map(|r| r.articles.iter_mut())
            .map(|a| &mut a.id),
        &mut report,
    );
    let (mut fresh, mut fresh_at) = (Vec::new(), Vec::new());
    let mut at = 0;
    for (i, record) in records.iter().enumerate() {
        let ids: Vec<&String> = record.articles.iter().map(|a| &a.id).collect();
        let was_read: HashSet<usize> = read[i].iter().flatten().map(|(k, _)| *k).collect();
        let moved = ids
            .iter()
            .zip(&before[i])
            .enumerate()
            .any(|(k, (a, b))| !was_read.contains(&k) && *a != b);
        if moved {
            let again = read_again(&files[i], record, config)?;
            read[i] = Some(again.into_iter().enumerate().collect());
        }
        if let Some(articles) = read[i].take() {
            for (k, mut article) in articles {
                article.id = ids[k].clone();
                fresh.push(article);
                fresh_at.push(at + k);
            }
        }
        at += record.articles.len();
    }
    Ok(Corpus {
        files: records,
        fresh,
        fresh_at,
        report,
    })
}

/// The articles of a file not read this build, read after all (its report is the record's).
fn read_again(file: &CorpusFile, record: &FileRecord, config: &Config) -> Result<Vec<Article>> {
    let articles = ingest::read(file, &config.ingest, &mut IngestReport::default());
    let same = articles.len() == record.articles.len()
        && articles
            .iter()
            .zip(&record.articles)
            .all(|(a, r)| article_hash(a) == r.hash);
    if !same {
        bail!(
            "{} changed while it was being indexed; run the reindex again",
            file.path.display()
        );
    }
    Ok(articles)
}

/// Every article's extraction result, in corpus order: the previous generation's for an
/// unchanged article, extracted now for the others. Empty without extraction.
fn extract_all(
    corpus: &Corpus,
    prev: Option<&Previous>,
    extract: bool,
    progress: &dyn Progress,
) -> Vec<ArticleFacts> {
    if !extract {
        return Vec::new();
    }
    let records: Vec<&ArticleRecord> = corpus.articles().collect();
    let known =
        |r: &ArticleRecord| prev.is_some_and(|p| p.articles.contains(&(r.id.clone(), r.hash)));
    let todo: Vec<usize> = (0..corpus.fresh.len())
        .filter(|&k| !known(records[corpus.fresh_at[k]]))
        .collect();
    progress.start(Stage::Extract, todo.len() as u64);
    let done = if todo.len() == corpus.fresh.len() {
        crate::extract::analyse(&corpus.fresh)
    } else {
        let some: Vec<Article> = todo.iter().map(|&k| corpus.fresh[k].clone()).collect();
        crate::extract::analyse(&some)
    };
    progress.advance(todo.len() as u64);
    progress.finish();
    let mut out: Vec<Option<ArticleFacts>> = vec![None; records.len()];
    for (facts, &k) in done.into_iter().zip(&todo) {
        out[corpus.fresh_at[k]] = Some(facts);
    }
    out.into_iter()
        .zip(records)
        .map(|(facts, r)| {
            facts.unwrap_or_else(|| {
                prev.and_then(|p| p.extracted.get(&(r.id.clone(), r.hash)))
                    .cloned()
                    .unwrap_or_default()
            })
        })
        .collect()
}

/// The extraction cache of the new generation: the articles that say something.
fn extraction_cache(corpus: &Corpus, per_article: &[ArticleFacts]) -> Result<Vec<u8>> {
    let cached: Vec<Extracted> = corpus
        .articles()
        .zip(per_article)
        .filter(|(_, f)| !f.entities.list.is_empty() || !f.meetings.is_empty())
        .map(|(r, f)| Extracted {
            id: r.id.clone(),
            hash: r.hash,
            facts: f.clone(),
        })
        .collect();
    Ok(serde_json::to_vec(&cached)?)
}

/// The new generation's paragraphs: from the previous generation with removed and changed
/// articles deleted and new and changed ones added, or all of them anew.
fn write_index(
    store: &IndexStore,
    lock: &BuildLock,
    config: &Config,
    corpus: &Corpus,
    prev: Option<&Previous>,
    progress: &dyn Progress,
    cancel: &AtomicBool,
) -> Result<(super::GenerationBuilder, Changes)> {
    let memory = config.index.writer_memory_mb;
    let mut builder = match prev {
        Some(p) => store.begin_from(lock, &p.name, memory)?,
        None => store.begin(lock, memory)?,
    };
    let changes = changes(corpus, prev);
    let now: HashMap<&str, u64> = corpus.articles().map(|a| (a.id.as_str(), a.hash)).collect();
    if let Some(p) = prev {
        let mut gone: Vec<&(String, u64)> = p
            .articles
            .iter()
            .filter(|(id, hash)| now.get(id.as_str()) != Some(hash))
            .collect();
        gone.sort();
        for (id, _) in gone {
            builder.delete_article(id);
        }
    }
    let records: Vec<&ArticleRecord> = corpus.articles().collect();
    let is_new =
        |r: &ArticleRecord| !prev.is_some_and(|p| p.articles.contains(&(r.id.clone(), r.hash)));
    let adds: Vec<&Article> = (0..corpus.fresh.len())
        .filter(|&k| is_new(records[corpus.fresh_at[k]]))
        .map(|k| &corpus.fresh[k])
        .collect();
    progress.start(Stage::Index, adds.len() as u64);
    for article in adds {
        if cancel.load(Ordering::Relaxed) {
            bail!("reindex cancelled");
        }
        builder.add_article(article)?;
        progress.advance(1);
    }
    progress.finish();
    if cancel.load(Ordering::Relaxed) {
        bail!("reindex cancelled");
    }
    Ok((builder, changes))
}

/// What changed since `prev`, by article id.
fn changes(corpus: &Corpus, prev: Option<&Previous>) -> Changes {
    let Some(p) = prev else {
        return Changes {
            mode: BuildMode::Full,
            added: corpus.articles().count(),
            ..Changes::default()
        };
    };
    let mut c = Changes {
        mode: BuildMode::Incremental,
        ..Changes::default()
    };
    let mut ids = HashSet::new();
    for a in corpus.articles() {
        ids.insert(a.id.as_str());
        if p.articles.contains(&(a.id.clone(), a.hash)) {
            c.unchanged += 1;
        } else if p.ids.contains(&a.id) {
            c.changed += 1;
        } else {
            c.added += 1;
        }
    }
    c.removed = p.ids.iter().filter(|id| !ids.contains(id.as_str())).count();
    c
}

/// Links the tantivy files of generation folder `from` into `to` (copies where a link
/// cannot be made); its small JSON files are copied, never linked, and attache's own files
/// and tantivy's lock files are left out. Tantivy never changes a segment file in place.
pub(crate) fn link_index_files(from: &Path, to: &Path) -> Result<()> {
    for entry in fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if OWN_FILES.contains(&name.as_str()) || name.ends_with(".lock") || !entry.path().is_file()
        {
            continue;
        }
        let target = to.join(&name);
        let linked = !name.ends_with(".json") && fs::hard_link(entry.path(), &target).is_ok();
        if !linked {
            fs::copy(entry.path(), &target)
                .with_context(|| format!("copying {} into {}", name, to.display()))?;
        }
    }
    Ok(())
}
