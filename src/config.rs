//! Layered configuration: built-in defaults < config file < environment (`ATTACHE_...`) <
//! command-line flags. Layering is done by `figment`; unknown keys and bad values are errors
//! that name the key and where the value came from. Secrets never live here: the Discord
//! token is read from `DISCORD_TOKEN` by the Discord shell only.

use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};

/// The default config file, looked up relative to the working directory.
pub const DEFAULT_CONFIG_FILE: &str = "config/attache.toml";

/// Everything attache can be configured with.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub corpus: CorpusConfig,
    pub index: IndexConfig,
    pub ingest: IngestConfig,
    pub answer: AnswerConfig,
    pub log: LogConfig,
    pub discord: DiscordConfig,
    pub gaps: GapsConfig,
    pub fetch: FetchConfig,
    /// Feeds `serve` follows (`[[feeds]]`); empty: none.
    pub feeds: Vec<FeedConfig>,
}

/// Where the articles are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CorpusConfig {
    /// Folders read recursively; together they form one corpus.
    pub dirs: Vec<PathBuf>,
}

/// Where the generated index lives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct IndexConfig {
    /// Root folder of the index generations.
    pub dir: PathBuf,
    /// Memory budget of the tantivy writer, in megabytes.
    pub writer_memory_mb: usize,
}

/// Limits on what ingest accepts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct IngestConfig {
    /// Files larger than this are skipped (and reported).
    pub max_file_bytes: u64,
    /// Longest paragraph kept whole, in characters; longer ones are split at sentence
    /// (else word) boundaries, and the split is reported.
    pub max_paragraph_chars: usize,
}

/// Limits on answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AnswerConfig {
    /// Most sources cited under one answer.
    pub max_sources: usize,
    /// Most sentences a quoted answer shows: the best and those nearly as good.
    pub max_quoted_sentences: usize,
    /// Fallback relevance floor: a best BM25 score below this means "not covered".
    pub min_score: f32,
    /// Share (0 to 1) of the question's search terms, weighted by rarity (IDF), that a
    /// paragraph must contain to count as evidence.
    pub min_coverage: f32,
    /// Minutes after which an idle conversation forgets its context.
    pub context_idle_minutes: u64,
    /// Most sentences weighed per passage search (the rest of the paragraphs is not read).
    pub max_scored_sentences: usize,
    /// Longest quoted line of an answer, in characters; a longer one is cut at a word, "…".
    pub max_quoted_chars: usize,
    /// Longest answer (body and sources), in characters; a longer body is cut, "…".
    pub max_answer_chars: usize,
}

/// Logging.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LogConfig {
    /// A tracing filter: "info", "attache=debug,warn", ... (`RUST_LOG` overrides it).
    pub level: String,
    /// "text" or "json".
    pub format: LogFormat,
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

/// The Discord shell (`attache serve`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DiscordConfig {
    /// Base URL for every REST call (e.g. a rate-limiting proxy); the gateway URL then comes
    /// from its `/api/v10/gateway/bot` answer. Unset: Discord itself.
    pub api_url: Option<String>,
    /// Register commands in these guilds only (fast, for development); empty: globally.
    pub guild_ids: Vec<u64>,
    /// Users allowed to run admin commands regardless of their permissions.
    pub admin_user_ids: Vec<u64>,
    /// Members with one of these roles may run admin commands.
    pub admin_role_ids: Vec<u64>,
    /// Questions one user may ask per minute.
    pub rate_limit_per_minute: u32,
    /// Minutes after which a channel's conversation context is forgotten.
    pub context_idle_minutes: u64,
    /// Seconds one REST call to Discord may take (connecting included) before it fails,
    /// is logged and, at start-up, retried.
    pub http_timeout_secs: u64,
    /// Seconds from connecting to the gateway to Discord's READY; past them a warning is
    /// logged and `serve` stops with an error (for its supervisor to restart it).
    pub gateway_timeout_secs: u64,
    /// Shards of the whole bot, over all its processes (with `shard_range`; both unset:
    /// autosharded in one process).
    pub shard_count: Option<u32>,
    /// The shards this process runs, `[first, last]` inclusive (with `shard_count`).
    pub shard_range: Option<[u32; 2]>,
}

/// The store of unanswered questions (`attache gaps`, `/gaps`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GapsConfig {
    /// Most questions kept (the oldest are dropped); 0 records none.
    pub max_entries: usize,
}

impl GapsConfig {
    fn validate(&self) -> Result<(), ConfigError> {
        if self.max_entries > MAX_GAPS_ENTRIES {
            return Err(ConfigError(format!(
                "gaps.max_entries must be between 0 and {MAX_GAPS_ENTRIES} (got {})",
                self.max_entries
            )));
        }
        Ok(())
    }
}

impl Default for GapsConfig {
    fn default() -> Self {
        GapsConfig { max_entries: 1_000 }
    }
}

/// Most unanswered questions the store may keep: it is rewritten whole on each record,
/// so it must stay small.
pub const MAX_GAPS_ENTRIES: usize = 100_000;

/// Limits on adding an article (`attache add`, `/add`): its size, and for a URL the time,
/// the redirects and the addresses it may reach.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FetchConfig {
    /// Seconds a download may take, connecting and every redirect included.
    pub timeout_secs: u64,
    /// Most redirects followed before giving up.
    pub max_redirects: usize,
    /// Largest article accepted, in bytes (a file, an attachment or a page).
    pub max_bytes: u64,
    /// Allow URLs on private, link-local and loopback addresses (off: only public ones).
    pub allow_private_urls: bool,
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            timeout_secs: 10,
            max_redirects: 5,
            max_bytes: 5 * 1024 * 1024,
            allow_private_urls: false,
        }
    }
}

/// Most redirects `fetch.max_redirects` may allow: browsers stop at about 20.
pub const MAX_FETCH_REDIRECTS: usize = 20;

impl FetchConfig {
    fn validate(&self) -> Result<(), ConfigError> {
        if !(1..=MAX_DISCORD_TIMEOUT_SECS).contains(&self.timeout_secs) {
            return Err(ConfigError(format!(
                "fetch.timeout_secs must be between 1 and {MAX_DISCORD_TIMEOUT_SECS} (got {})",
                self.timeout_secs
            )));
        }
        if self.max_redirects > MAX_FETCH_REDIRECTS {
            return Err(ConfigError(format!(
                "fetch.max_redirects must be between 0 and {MAX_FETCH_REDIRECTS} (got {})",
                self.max_redirects
            )));
        }
        if self.max_bytes == 0 {
            return Err(ConfigError("fetch.max_bytes must be above 0".into()));
        }
        Ok(())
    }
}

/// One feed to follow (`[[feeds]]`): RSS or Atom, polled by `serve` (the process that runs
/// shard 0) and by `attache feeds poll`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedConfig {
    /// The feed's http(s) address.
    pub url: String,
    /// Its name in reports, the log and `/about` (default: the URL's host).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Minutes between two polls of the feed.
    #[serde(default = "default_feed_interval")]
    pub interval_minutes: u64,
}

/// A feed is polled hourly unless its `interval_minutes` says otherwise: news feeds change
/// a few times a day, and a poll costs the feed's server a download.
pub const DEFAULT_FEED_INTERVAL_MINUTES: u64 = 60;

/// The longest `interval_minutes` accepted: a week (a feed polled less often than that
/// has dropped its old items long before).
pub const MAX_FEED_INTERVAL_MINUTES: u64 = 7 * 24 * 60;

fn default_feed_interval() -> u64 {
    DEFAULT_FEED_INTERVAL_MINUTES
}

impl FeedConfig {
    /// Its name: `name` when given, else the host of its URL (else the URL itself).
    pub fn name(&self) -> String {
        match &self.name {
            Some(n) => n.clone(),
            None => reqwest::Url::parse(self.url.trim())
                .ok()
                .and_then(|u| u.host_str().map(str::to_string))
                .unwrap_or_else(|| self.url.clone()),
        }
    }

    /// The time between two polls.
    pub fn interval(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.interval_minutes.saturating_mul(60))
    }

    /// `url` is http(s) with a host, `interval_minutes` within its bounds, `name` not blank;
    /// `n` (from 1) names the feed in the error.
    fn validate(&self, n: usize) -> Result<(), ConfigError> {
        let which = format!("feed {n} ({})", cut_value(&self.url));
        match reqwest::Url::parse(self.url.trim()) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => {}
            Ok(_) => {
                return Err(ConfigError(format!(
                    "{which}: feeds.url must be an http or https URL with a host"
                )));
            }
            Err(e) => {
                return Err(ConfigError(format!(
                    "{which}: feeds.url is not a URL ({e})"
                )));
            }
        }
        if !(1..=MAX_FEED_INTERVAL_MINUTES).contains(&self.interval_minutes) {
            return Err(ConfigError(format!(
                "{which}: feeds.interval_minutes must be between 1 and {MAX_FEED_INTERVAL_MINUTES} \
                 (got {})",
                self.interval_minutes
            )));
        }
        if self.name.as_ref().is_some_and(|n| n.trim().is_empty()) {
            return Err(ConfigError(format!("{which}: feeds.name is empty")));
        }
        Ok(())
    }
}

/// Each feed valid, and no two with the same name (they would be told apart nowhere).
fn validate_feeds(feeds: &[FeedConfig]) -> Result<(), ConfigError> {
    let mut names = std::collections::BTreeSet::new();
    for (i, feed) in feeds.iter().enumerate() {
        feed.validate(i + 1)?;
        let name = feed.name();
        if !names.insert(name.clone()) {
            return Err(ConfigError(format!(
                "feed {} ({}): feeds.name {} is already another feed's name (the default name \
                 is the URL's host): give each feed its own name",
                i + 1,
                cut_value(&feed.url),
                cut_value(&name)
            )));
        }
    }
    Ok(())
}

/// The longest timeout accepted for a Discord call, in seconds: anything longer is a hang.
pub const MAX_DISCORD_TIMEOUT_SECS: u64 = 600;

/// The shards one `attache serve` process runs, from `discord.shard_count` and
/// `discord.shard_range`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sharding {
    /// Both keys unset: one process runs every shard, as many as Discord recommends.
    Auto,
    /// This process runs shards `first..=last` of `count` (the other processes the rest).
    Range { first: u32, last: u32, count: u32 },
}

impl Sharding {
    /// True when this process runs shard 0: the one that registers the commands (and
    /// receives direct messages).
    pub fn runs_shard_zero(self) -> bool {
        match self {
            Sharding::Auto => true,
            Sharding::Range { first, .. } => first == 0,
        }
    }
}

impl DiscordConfig {
    /// The shards of this process; an error naming the keys when only one of
    /// `shard_count` and `shard_range` is set, or the range is not within the count.
    pub fn sharding(&self) -> Result<Sharding, String> {
        match (self.shard_count, self.shard_range) {
            (None, None) => Ok(Sharding::Auto),
            (Some(_), None) | (None, Some(_)) => Err(
                "discord.shard_count and discord.shard_range go together: set both \
                 (e.g. shard_count = 2, shard_range = [0, 0]) or neither (autosharded)"
                    .into(),
            ),
            (Some(0), Some(_)) => Err("discord.shard_count must be above 0".into()),
            (Some(count), Some([first, last])) if first > last || last >= count => Err(format!(
                "discord.shard_range [{first}, {last}] must be [first, last] with \
                 first <= last < discord.shard_count ({count})"
            )),
            (Some(count), Some([first, last])) => Ok(Sharding::Range { first, last, count }),
        }
    }
}

impl Default for CorpusConfig {
    fn default() -> Self {
        CorpusConfig {
            dirs: vec![PathBuf::from("index/articles")],
        }
    }
}

impl Default for IndexConfig {
    fn default() -> Self {
        IndexConfig {
            dir: PathBuf::from("index/generated"),
            writer_memory_mb: 100,
        }
    }
}

impl Default for IngestConfig {
    fn default() -> Self {
        IngestConfig {
            max_file_bytes: 64 * 1024 * 1024,
            max_paragraph_chars: 20_000,
        }
    }
}

impl Default for AnswerConfig {
    fn default() -> Self {
        AnswerConfig {
            max_sources: 3,
            max_quoted_sentences: 3,
            min_score: 0.5,
            min_coverage: 0.6,
            context_idle_minutes: 30,
            max_scored_sentences: 2_000,
            max_quoted_chars: 1_000,
            max_answer_chars: 4_000,
        }
    }
}

impl Default for LogConfig {
    fn default() -> Self {
        LogConfig {
            level: "warn,attache=info".into(),
            format: LogFormat::Text,
        }
    }
}

impl Default for DiscordConfig {
    fn default() -> Self {
        DiscordConfig {
            api_url: None,
            guild_ids: Vec::new(),
            admin_user_ids: Vec::new(),
            admin_role_ids: Vec::new(),
            rate_limit_per_minute: 10,
            context_idle_minutes: 30,
            http_timeout_secs: 10,
            gateway_timeout_secs: 30,
            shard_count: None,
            shard_range: None,
        }
    }
}

/// The writer budgets tantivy accepts, in megabytes: below 15 it refuses to build; above
/// 4096 (4 GB) its per-thread arena overflows.
pub const WRITER_MEMORY_MB: std::ops::RangeInclusive<usize> = 15..=4096;

/// Longest piece of a value echoed in an error; a longer value is cut (a 100 KB environment
/// variable must not fill the terminal).
const MAX_ECHOED_CHARS: usize = 80;

/// A value for an error message: quoted, and cut after [`MAX_ECHOED_CHARS`] characters
/// with its full size said ("\"aaaa\"… (102400 bytes)").
pub fn cut_value(value: &str) -> String {
    match value.char_indices().nth(MAX_ECHOED_CHARS) {
        None => format!("{value:?}"),
        Some((end, _)) => format!("{:?}… ({} bytes)", &value[..end], value.len()),
    }
}

/// `text` cut after `limit` characters, with its full size said (no quotes: for messages
/// that put the value in backticks, or whole messages).
fn cut_text(text: String, limit: usize) -> String {
    match text.char_indices().nth(limit) {
        None => text,
        Some((end, _)) => format!("{}… ({} bytes)", &text[..end], text.len()),
    }
}

/// figment's error kind with any value it echoes cut by [`cut_value`].
fn cut_kind(kind: figment::error::Kind) -> String {
    use figment::error::{Actual, Kind};
    let cut = |actual: Actual| match actual {
        Actual::Str(s) if s.chars().nth(MAX_ECHOED_CHARS).is_some() => {
            Actual::Other(format!("string {}", cut_value(&s)))
        }
        other => other,
    };
    match kind {
        Kind::InvalidType(actual, expected) => Kind::InvalidType(cut(actual), expected),
        Kind::InvalidValue(actual, expected) => Kind::InvalidValue(cut(actual), expected),
        Kind::Unsupported(actual) => Kind::Unsupported(cut(actual)),
        Kind::UnknownVariant(v, expected) => {
            Kind::UnknownVariant(cut_text(v, MAX_ECHOED_CHARS), expected)
        }
        Kind::UnknownField(f, expected) => {
            Kind::UnknownField(cut_text(f, MAX_ECHOED_CHARS), expected)
        }
        // A parse error quotes the file's line: room for it, not for a 100 KB line.
        Kind::Message(m) => Kind::Message(cut_text(m, MAX_ECHOED_CHARS * 10)),
        other => other,
    }
    .to_string()
}

/// An explicit `--config` path must be a regular file; anything else is said as it is.
fn check_config_file(path: &Path) -> Result<(), ConfigError> {
    let what = match std::fs::metadata(path) {
        Ok(md) if md.is_file() => return Ok(()),
        Ok(md) if md.is_dir() => "is a directory",
        Ok(_) => "is not a regular file",
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => "does not exist",
        Err(e) => {
            return Err(ConfigError(format!(
                "config file {} cannot be read: {e}",
                path.display()
            )));
        }
    };
    Err(ConfigError(format!(
        "config file {} {what}",
        path.display()
    )))
}

/// Values given on the command line; `None` leaves the lower layers alone.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub corpus_dirs: Vec<PathBuf>,
    pub index_dir: Option<PathBuf>,
}

/// A configuration error, with the key and source when known.
#[derive(Debug, thiserror::Error)]
#[error("configuration error: {0}")]
pub struct ConfigError(String);

impl Config {
    /// Loads the layers. `file`: an explicit config file (must exist); `None` uses
    /// [`DEFAULT_CONFIG_FILE`] when it exists.
    pub fn load(file: Option<&Path>, overrides: &Overrides) -> Result<Config, ConfigError> {
        let mut fig = Figment::from(Serialized::defaults(Config::default()));
        match file {
            Some(path) => {
                check_config_file(path)?;
                fig = fig.merge(Toml::file_exact(path));
            }
            None => {
                let default = Path::new(DEFAULT_CONFIG_FILE);
                if default.is_file() {
                    fig = fig.merge(Toml::file_exact(default));
                }
            }
        }
        // Environment: ATTACHE_INDEX__DIR=... sets index.dir.
        fig = fig.merge(Env::prefixed("ATTACHE_").split("__"));
        if !overrides.corpus_dirs.is_empty() {
            fig = fig.merge(Serialized::global("corpus.dirs", &overrides.corpus_dirs));
        }
        if let Some(dir) = &overrides.index_dir {
            fig = fig.merge(Serialized::global("index.dir", dir));
        }
        let config: Config = fig.extract().map_err(describe)?;
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        if self.index.dir.as_os_str().is_empty() {
            return Err(ConfigError(
                "index.dir is empty: it must name the index folder (e.g. \"index/generated\")"
                    .into(),
            ));
        }
        if !WRITER_MEMORY_MB.contains(&self.index.writer_memory_mb) {
            return Err(ConfigError(format!(
                "index.writer_memory_mb must be between {} and {} (got {})",
                WRITER_MEMORY_MB.start(),
                WRITER_MEMORY_MB.end(),
                self.index.writer_memory_mb
            )));
        }
        if self.corpus.dirs.is_empty() {
            return Err(ConfigError(
                "corpus.dirs must name at least one folder".into(),
            ));
        }
        if self.ingest.max_file_bytes == 0 {
            return Err(ConfigError("ingest.max_file_bytes must be above 0".into()));
        }
        for (key, value) in [
            (
                "ingest.max_paragraph_chars",
                self.ingest.max_paragraph_chars,
            ),
            (
                "answer.max_scored_sentences",
                self.answer.max_scored_sentences,
            ),
            ("answer.max_quoted_chars", self.answer.max_quoted_chars),
            ("answer.max_answer_chars", self.answer.max_answer_chars),
        ] {
            if value == 0 {
                return Err(ConfigError(format!("{key} must be above 0")));
            }
        }
        if self.answer.max_sources == 0 {
            return Err(ConfigError("answer.max_sources must be above 0".into()));
        }
        if !(0.0..=1.0).contains(&self.answer.min_coverage) {
            return Err(ConfigError(
                "answer.min_coverage must be between 0 and 1".into(),
            ));
        }
        if !(self.answer.min_score.is_finite() && self.answer.min_score >= 0.0) {
            return Err(ConfigError("answer.min_score must be a number >= 0".into()));
        }
        if self.discord.rate_limit_per_minute == 0 {
            return Err(ConfigError(
                "discord.rate_limit_per_minute must be above 0".into(),
            ));
        }
        for (key, secs) in [
            ("discord.http_timeout_secs", self.discord.http_timeout_secs),
            (
                "discord.gateway_timeout_secs",
                self.discord.gateway_timeout_secs,
            ),
        ] {
            if !(1..=MAX_DISCORD_TIMEOUT_SECS).contains(&secs) {
                return Err(ConfigError(format!(
                    "{key} must be between 1 and {MAX_DISCORD_TIMEOUT_SECS} (got {secs})"
                )));
            }
        }
        self.discord.sharding().map_err(ConfigError)?;
        self.gaps.validate()?;
        self.fetch.validate()?;
        validate_feeds(&self.feeds)?;
        if let Err(e) = tracing_subscriber::EnvFilter::try_new(&self.log.level) {
            return Err(ConfigError(format!(
                "log.level {}: {e}",
                cut_value(&self.log.level)
            )));
        }
        Ok(())
    }
}

/// Turns figment's errors into one message per problem naming key and source.
fn describe(err: figment::Error) -> ConfigError {
    let msgs: Vec<String> = err
        .into_iter()
        .map(|e| {
            let key = if e.path.is_empty() {
                String::new()
            } else {
                format!("key `{}`: ", e.path.join("."))
            };
            let source = match &e.metadata {
                Some(md) => match &md.source {
                    Some(src) => format!(" (in {src})"),
                    None => format!(" (from {})", md.name),
                },
                None => String::new(),
            };
            format!("{key}{}{source}", cut_kind(e.kind))
        })
        .collect();
    ConfigError(msgs.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, text: &str) -> PathBuf {
        let p = dir.join("attache.toml");
        std::fs::write(&p, text).unwrap();
        p
    }

    #[test]
    fn shipped_config_file_is_valid_and_matches_the_defaults() {
        let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join(DEFAULT_CONFIG_FILE);
        let cfg = Config::load(Some(&shipped), &Overrides::default()).unwrap();
        assert_eq!(cfg, Config::default());
    }

    #[test]
    fn file_overrides_defaults_and_flags_override_the_file() {
        let tmp = tempfile::tempdir().unwrap();
        let file = write(
            tmp.path(),
            "[index]\ndir = \"x\"\n[answer]\nmax_sources = 5\n",
        );
        let cfg = Config::load(Some(&file), &Overrides::default()).unwrap();
        assert_eq!(cfg.index.dir, PathBuf::from("x"));
        assert_eq!(cfg.answer.max_sources, 5);
        assert_eq!(cfg.ingest, IngestConfig::default());
        let flags = Overrides {
            corpus_dirs: vec!["a".into(), "b".into()],
            index_dir: Some("y".into()),
        };
        let cfg = Config::load(Some(&file), &flags).unwrap();
        assert_eq!(cfg.index.dir, PathBuf::from("y"));
        assert_eq!(
            cfg.corpus.dirs,
            vec![PathBuf::from("a"), PathBuf::from("b")]
        );
    }

    #[test]
    fn errors_name_the_key_and_the_file() {
        let tmp = tempfile::tempdir().unwrap();
        let file = write(tmp.path(), "[discord]\nrate_limit = 3\n");
        let err = Config::load(Some(&file), &Overrides::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("rate_limit"), "{err}");
        assert!(err.contains("attache.toml"), "{err}");

        let file = write(tmp.path(), "[answer]\nmin_coverage = \"high\"\n");
        let err = Config::load(Some(&file), &Overrides::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("answer.min_coverage"), "{err}");

        let file = write(tmp.path(), "[answer]\nmin_coverage = 1.5\n");
        let err = Config::load(Some(&file), &Overrides::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("answer.min_coverage"), "{err}");

        let file = write(tmp.path(), "[log]\nlevel = \"loud[\"\n");
        let err = Config::load(Some(&file), &Overrides::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("log.level"), "{err}");
    }

    #[test]
    fn a_missing_explicit_file_is_an_error() {
        let err = Config::load(
            Some(Path::new("/nonexistent/attache.toml")),
            &Overrides::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("/nonexistent/attache.toml"), "{err}");
    }

    fn load_err(text: &str) -> String {
        let tmp = tempfile::tempdir().unwrap();
        let file = write(tmp.path(), text);
        Config::load(Some(&file), &Overrides::default())
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn writer_memory_outside_its_range_is_refused_not_clamped() {
        for bad in ["0", "14", "4097", "100000"] {
            let err = load_err(&format!("[index]\nwriter_memory_mb = {bad}\n"));
            assert!(err.contains("index.writer_memory_mb"), "{err}");
            assert!(err.contains("15 and 4096"), "{err}");
        }
        let tmp = tempfile::tempdir().unwrap();
        for ok in [15, 4096] {
            let file = write(tmp.path(), &format!("[index]\nwriter_memory_mb = {ok}\n"));
            let cfg = Config::load(Some(&file), &Overrides::default()).unwrap();
            assert_eq!(cfg.index.writer_memory_mb, ok);
        }
    }

    #[test]
    fn an_empty_index_dir_is_refused() {
        let err = load_err("[index]\ndir = \"\"\n");
        assert!(err.contains("index.dir is empty"), "{err}");
        let flags = Overrides {
            index_dir: Some(PathBuf::new()),
            ..Overrides::default()
        };
        let err = Config::load(None, &flags).unwrap_err().to_string();
        assert!(err.contains("index.dir is empty"), "{err}");
    }

    #[test]
    fn shard_keys_go_together_and_the_range_lies_within_the_count() {
        let err = load_err("[discord]\nshard_count = 2\n");
        assert!(err.contains("go together"), "{err}");
        let err = load_err("[discord]\nshard_range = [0, 0]\n");
        assert!(err.contains("go together"), "{err}");
        let err = load_err("[discord]\nshard_count = 2\nshard_range = [1, 2]\n");
        assert!(
            err.contains("first <= last < discord.shard_count (2)"),
            "{err}"
        );
        let err = load_err("[discord]\nshard_count = 4\nshard_range = [2, 1]\n");
        assert!(err.contains("discord.shard_range [2, 1]"), "{err}");
        let err = load_err("[discord]\nshard_count = 0\nshard_range = [0, 0]\n");
        assert!(err.contains("above 0"), "{err}");
        let tmp = tempfile::tempdir().unwrap();
        let file = write(
            tmp.path(),
            "[discord]\nshard_count = 4\nshard_range = [2, 3]\n",
        );
        let cfg = Config::load(Some(&file), &Overrides::default()).unwrap();
        let range = cfg.discord.sharding().unwrap();
        assert_eq!(
            range,
            Sharding::Range {
                first: 2,
                last: 3,
                count: 4
            }
        );
        assert!(!range.runs_shard_zero());
        assert_eq!(Config::default().discord.sharding(), Ok(Sharding::Auto));
    }

    #[test]
    fn gaps_max_entries_has_bounds() {
        let err = load_err("[gaps]\nmax_entries = 100001\n");
        assert!(err.contains("gaps.max_entries"), "{err}");
        let tmp = tempfile::tempdir().unwrap();
        let file = write(tmp.path(), "[gaps]\nmax_entries = 0\n");
        let cfg = Config::load(Some(&file), &Overrides::default()).unwrap();
        assert_eq!(cfg.gaps.max_entries, 0);
    }

    #[test]
    fn fetch_limits_have_bounds() {
        let err = load_err("[fetch]\ntimeout_secs = 0\n");
        assert!(err.contains("fetch.timeout_secs"), "{err}");
        let err = load_err("[fetch]\nmax_redirects = 21\n");
        assert!(err.contains("fetch.max_redirects"), "{err}");
        let err = load_err("[fetch]\nmax_bytes = 0\n");
        assert!(err.contains("fetch.max_bytes"), "{err}");
        assert_eq!(Config::default().fetch.max_bytes, 5 * 1024 * 1024);
    }

    #[test]
    fn feeds_are_read_with_defaults_and_checked() {
        let tmp = tempfile::tempdir().unwrap();
        let file = write(
            tmp.path(),
            "[[feeds]]\nurl = \"https://news.example.org/rss.xml\"\n\
             [[feeds]]\nurl = \"http://other.example.org/atom\"\nname = \"Other\"\n\
             interval_minutes = 15\n",
        );
        let cfg = Config::load(Some(&file), &Overrides::default()).unwrap();
        assert_eq!(cfg.feeds.len(), 2);
        assert_eq!(cfg.feeds[0].name(), "news.example.org");
        assert_eq!(cfg.feeds[0].interval_minutes, DEFAULT_FEED_INTERVAL_MINUTES);
        assert_eq!(cfg.feeds[1].name(), "Other");
        assert_eq!(cfg.feeds[1].interval().as_secs(), 15 * 60);

        let err = load_err("[[feeds]]\nurl = \"https://a.example/f\"\ninterval_minutes = 0\n");
        assert!(err.contains("feeds.interval_minutes"), "{err}");
        assert!(err.contains("feed 1"), "{err}");
        let err = load_err("[[feeds]]\nurl = \"ftp://a.example/f\"\n");
        assert!(
            err.contains("feeds.url must be an http or https URL"),
            "{err}"
        );
        let err = load_err("[[feeds]]\nurl = \"a.example/f\"\n");
        assert!(err.contains("feeds.url is not a URL"), "{err}");
        let err = load_err(
            "[[feeds]]\nurl = \"https://a.example/f\"\n[[feeds]]\nurl = \"https://a.example/g\"\n",
        );
        assert!(err.contains("feed 2") && err.contains("already"), "{err}");
        let err = load_err("[[feeds]]\nurl = \"https://a.example/f\"\nname = \" \"\n");
        assert!(err.contains("feeds.name is empty"), "{err}");
        let err = load_err("[[feeds]]\nurl = \"https://a.example/f\"\nevery = 3\n");
        assert!(err.contains("every"), "{err}");
    }

    #[test]
    fn discord_timeouts_have_bounds() {
        let err = load_err("[discord]\nhttp_timeout_secs = 0\n");
        assert!(err.contains("discord.http_timeout_secs"), "{err}");
        let err = load_err("[discord]\ngateway_timeout_secs = 601\n");
        assert!(err.contains("discord.gateway_timeout_secs"), "{err}");
    }

    #[test]
    fn a_config_path_that_is_no_file_says_what_it_is() {
        let tmp = tempfile::tempdir().unwrap();
        let err = Config::load(Some(tmp.path()), &Overrides::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("is a directory"), "{err}");
        let err = Config::load(Some(Path::new("/dev/null")), &Overrides::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("/dev/null is not a regular file"), "{err}");
    }

    #[test]
    fn long_values_are_cut_in_errors() {
        let long = "x".repeat(100_000);
        let err = load_err(&format!("[answer]\nmax_sources = \"{long}\"\n"));
        assert!(err.contains("answer.max_sources"), "{err}");
        assert!(err.contains("(100000 bytes)"), "{err}");
        assert!(err.len() < 400, "{} bytes: {}", err.len(), &err[..400]);
        let err = load_err(&format!("[log]\nformat = \"{long}\"\n"));
        assert!(
            err.contains("(100000 bytes)") && err.len() < 400,
            "{}",
            &err[..400.min(err.len())]
        );
        let err = load_err(&format!("[log]\nlevel = \"{long}[\"\n"));
        assert!(
            err.contains("log.level") && err.len() < 600,
            "{}",
            &err[..600.min(err.len())]
        );
        assert_eq!(cut_value("short"), "\"short\"");
        assert_eq!(
            cut_value(&"é".repeat(81)),
            format!("{:?}… (162 bytes)", "é".repeat(80))
        );
    }
}
