//! The command line: `attache index | ask | chat | facts | meetings | eval | gaps | add |
//! feeds`. A thin shell over [`Engine`]: parses flags (clap), loads the layered config, sets
//! up logging, shows progress on a terminal, and prints answers as text or JSON.

mod add;
mod eval;
mod facts;
mod feeds;
mod gaps;
mod serve;

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;

use crate::config::{Config, LogFormat, Overrides};
use crate::engine::{
    AskedIn, Engine, NoProgress, Progress, ReindexOptions, Source, Stage, error_text, printable,
};

/// attache briefs you on meetings between public figures, from a folder of news articles.
///
/// It indexes the articles (paragraphs in tantivy, plus the meeting facts it extracts) and
/// answers questions such as "When did they last meet?" with the evidence it used. It never
/// invents: when the articles do not say, the answer says so.
#[derive(Debug, Parser)]
#[command(name = "attache", version, about, long_about)]
pub(crate) struct Cli {
    /// Config file (default: config/attache.toml when it exists).
    #[arg(long, global = true, value_name = "FILE")]
    pub(crate) config: Option<PathBuf>,
    /// Corpus folder, read recursively; repeat to form one corpus from several folders.
    #[arg(long, global = true, value_name = "DIR")]
    pub(crate) corpus: Vec<PathBuf>,
    /// Folder of the generated index.
    #[arg(long, global = true, value_name = "DIR")]
    pub(crate) index: Option<PathBuf>,
    /// More log lines on stderr: -v attache's info, -vv debug, -vvv trace (replaces
    /// `log.level`; `RUST_LOG` wins over both).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub(crate) verbose: u8,
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Build the index from the corpus (ingest, extract facts, index, then switch atomically).
    ///
    /// Shows a progress bar on a terminal and ends with a report: files, articles,
    /// paragraphs, facts, skipped files with their reasons, and the time taken. Exits 0 when
    /// an index was built (even with skipped files); otherwise non-zero, and the previous
    /// index keeps serving.
    Index(IndexArgs),
    /// Answer one question (builds the index first when there is none).
    Ask(AskArgs),
    /// Answer questions from standard input, one a line, as one conversation.
    ///
    /// Follow-ups such as "where was that?" refer to earlier questions, as in one Discord
    /// channel. Ends at end of input.
    Chat(ChatArgs),
    /// Print the extracted meeting facts.
    Facts(facts::FactsArgs),
    /// Print one person's meetings in date order (undated ones last).
    Meetings(facts::MeetingsArgs),
    /// Run a question file (JSONL) and report which answers pass their patterns.
    Eval(eval::EvalArgs),
    /// Run the Discord bot (token from DISCORD_TOKEN) until SIGINT or SIGTERM.
    Serve(serve::ServeArgs),
    /// List the questions the articles could not answer (most recent, most frequent).
    ///
    /// Kept in the index folder when `ask`, `chat` or the Discord bot answered "not found"
    /// or "the articles don't say": the question, where it was asked and when, never who.
    Gaps(gaps::GapsArgs),
    /// Add one article (a file or an http(s) URL) to the corpus and reindex.
    ///
    /// The article is saved under `added/` in the first corpus folder as a Markdown file
    /// with a header (title, url, published, added), unless it is there already (same URL
    /// or same text); the report says what was learnt from it.
    Add(add::AddArgs),
    /// Follow the configured feeds (`[[feeds]]`): `poll` once now, or show their `status`.
    ///
    /// `attache serve` polls them by itself; `feeds poll` is one pass, for cron or a test.
    /// New items' pages are added as `attache add` adds a URL; what was seen is kept in
    /// the index folder (feeds.json), so no item is added twice.
    Feeds(feeds::FeedsArgs),
}

/// Flags of `attache index`.
#[derive(Debug, clap::Args)]
pub(crate) struct IndexArgs {
    /// Print the report as JSON.
    #[arg(long)]
    pub(crate) json: bool,
    /// Skip meeting-fact extraction (for measuring indexing alone).
    #[arg(long)]
    pub(crate) no_extract: bool,
    /// Rebuild everything from scratch (by default only new, changed and removed articles
    /// are read, extracted and indexed again).
    #[arg(long)]
    pub(crate) full: bool,
}

/// Flags of `attache ask`.
#[derive(Debug, clap::Args)]
pub(crate) struct AskArgs {
    /// Print one JSON object: question, answer, sources, kind.
    #[arg(long)]
    pub(crate) json: bool,
    /// The question; several words need no quotes.
    #[arg(required = true, num_args = 1.., value_name = "QUESTION")]
    pub(crate) question: Vec<String>,
}

/// Flags of `attache chat`.
#[derive(Debug, clap::Args)]
pub(crate) struct ChatArgs {
    /// Print exactly one JSON object per line per question.
    #[arg(long)]
    pub(crate) json: bool,
}

/// The JSON shape of one answered question (`ask --json`, `chat --json`).
#[derive(Debug, Serialize)]
pub(crate) struct JsonAnswer<'a> {
    pub(crate) question: &'a str,
    /// The exact text a Discord user would read.
    pub(crate) answer: String,
    pub(crate) sources: &'a [Source],
    pub(crate) kind: crate::engine::AnswerKind,
}

/// Entry point of the binary.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {}", printable_lines(&error_text(&e)));
            ExitCode::FAILURE
        }
    }
}

/// Loads the layered config for these flags.
pub(crate) fn load_config(cli: &Cli) -> Result<Config> {
    let overrides = Overrides {
        corpus_dirs: cli.corpus.clone(),
        index_dir: cli.index.clone(),
    };
    Ok(Config::load(cli.config.as_deref(), &overrides)?)
}

fn run(cli: Cli) -> Result<ExitCode> {
    let config = load_config(&cli)?;
    init_logging(&config, log_filter(&config, &cli)?);
    match &cli.command {
        Command::Index(args) => {
            let engine = Engine::open(config)?;
            index(&engine, args)
        }
        Command::Ask(args) => {
            let engine = open_with_index(config)?;
            let question = args.question.join(" ");
            let mut conv = engine.conversation();
            let answer = engine.ask_recorded(&mut conv, &question, AskedIn::CommandLine);
            let mut out = std::io::stdout().lock();
            if args.json {
                let j = JsonAnswer {
                    question: &question,
                    answer: answer.text(),
                    sources: &answer.sources,
                    kind: answer.kind,
                };
                writeln!(out, "{}", serde_json::to_string(&j)?)?;
            } else {
                writeln!(out, "{}", answer.text())?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Chat(args) => {
            let engine = open_with_index(config)?;
            chat(&engine, args)
        }
        Command::Facts(args) => facts::run_facts(&open_with_index(config)?, args),
        Command::Meetings(args) => facts::run_meetings(&open_with_index(config)?, args),
        Command::Eval(args) => eval::run(&open_with_index(config)?, args),
        Command::Serve(args) => serve::run(config, args),
        Command::Gaps(args) => gaps::run(&Engine::open(config)?, args),
        Command::Add(args) => add::run(&Engine::open(config)?, args),
        Command::Feeds(args) => feeds::run(&Engine::open(config)?, args),
    }
}

/// How long a command that needs an index waits for a first build another process runs
/// (`attache index`, a bot's start-up build): long enough for a large corpus.
const FIRST_BUILD_WAIT: Duration = Duration::from_secs(15 * 60);

/// How often, while another process builds, this one looks for its index (and tries to
/// build itself, should that build have died).
const FIRST_BUILD_POLL: Duration = Duration::from_secs(2);

/// Opens the engine, building the index first when there is none. When another process
/// holds the build lock, waits (at most [`FIRST_BUILD_WAIT`], saying so on stderr) for
/// the index it publishes instead of failing.
pub(crate) fn open_with_index(config: Config) -> Result<Engine> {
    let engine = Engine::open(config)?;
    if engine.has_index() {
        return Ok(engine);
    }
    eprintln!("No index yet: building it first.");
    let deadline = Instant::now() + FIRST_BUILD_WAIT;
    let mut told = false;
    loop {
        let built = engine.reindex(&ReindexOptions::default(), &bar(), &AtomicBool::new(false));
        match built {
            Ok(report) => {
                eprintln!("{}", report.summary());
                return Ok(engine);
            }
            Err(e) if built_elsewhere(&e) && Instant::now() < deadline => {
                if !told {
                    eprintln!(
                        "Another process is building the index: waiting for it (at most {} minutes).",
                        FIRST_BUILD_WAIT.as_secs() / 60
                    );
                    told = true;
                }
                if engine.wait_for_index(FIRST_BUILD_POLL) {
                    eprintln!("The index is ready.");
                    return Ok(engine);
                }
            }
            Err(e) => return Err(e.context("building the index")),
        }
    }
}

/// Whether a build failed because another process holds the build lock.
fn built_elsewhere(error: &anyhow::Error) -> bool {
    error_text(error).contains("another reindex is already running")
}

fn index(engine: &Engine, args: &IndexArgs) -> Result<ExitCode> {
    let opts = ReindexOptions {
        extract: !args.no_extract,
        full: args.full,
    };
    let cancel = AtomicBool::new(false);
    let report = if args.json {
        engine.reindex(&opts, &NoProgress, &cancel)
    } else {
        engine.reindex(&opts, &bar(), &cancel)
    };
    let report = report.context("no index was built")?;
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
    } else {
        writeln!(out, "{}", report.summary())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads the next line of `input` as bytes and decodes it lossily: a byte that is not
/// UTF-8 becomes U+FFFD and spoils nothing but itself (`lineno` names it in a warning).
fn next_chat_line(input: &mut impl BufRead, lineno: usize) -> Result<Option<String>> {
    let mut buf = Vec::new();
    let read = input
        .read_until(b'\n', &mut buf)
        .context("reading standard input")?;
    if read == 0 {
        return Ok(None);
    }
    let text = String::from_utf8_lossy(&buf);
    if let std::borrow::Cow::Owned(_) = text {
        eprintln!("warning: input line {lineno} is not valid UTF-8; bad bytes read as \u{fffd}");
    }
    Ok(Some(text.into_owned()))
}

fn chat(engine: &Engine, args: &ChatArgs) -> Result<ExitCode> {
    let mut conv = engine.conversation();
    let mut input = std::io::stdin().lock();
    let mut out = std::io::stdout().lock();
    let mut lineno = 0;
    loop {
        lineno += 1;
        let Some(line) = next_chat_line(&mut input, lineno)? else {
            break;
        };
        let question = line.trim();
        if question.is_empty() {
            continue;
        }
        let answer = engine.ask_recorded(&mut conv, question, AskedIn::CommandLine);
        if args.json {
            let j = JsonAnswer {
                question,
                answer: answer.text(),
                sources: &answer.sources,
                kind: answer.kind,
            };
            writeln!(out, "{}", serde_json::to_string(&j)?)?;
        } else {
            writeln!(out, "{}\n", answer.text())?;
        }
        out.flush()?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A terminal progress bar (draws nothing when stderr is not a terminal).
struct Bar {
    bar: Mutex<Option<ProgressBar>>,
    visible: bool,
}

fn bar() -> Bar {
    Bar {
        bar: Mutex::new(None),
        visible: std::io::stderr().is_terminal(),
    }
}

impl Progress for Bar {
    fn start(&self, stage: Stage, total: u64) {
        if !self.visible {
            return;
        }
        let pb = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
        pb.set_style(
            ProgressStyle::with_template("{msg:>16} [{bar:40}] {pos}/{len} ({eta})")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        pb.set_message(stage.label());
        *self.bar.lock().unwrap_or_else(|e| e.into_inner()) = Some(pb);
    }

    fn advance(&self, n: u64) {
        if let Some(pb) = &*self.bar.lock().unwrap_or_else(|e| e.into_inner()) {
            pb.inc(n);
        }
    }

    fn finish(&self) {
        if let Some(pb) = self.bar.lock().unwrap_or_else(|e| e.into_inner()).take() {
            pb.finish_and_clear();
        }
    }
}

/// [`printable`] line by line: line breaks stay (a TOML parse error points at its line
/// on the next ones), every other control character is escaped.
fn printable_lines(text: &str) -> String {
    text.split('\n')
        .map(printable)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The log level of the one-shot commands when neither `-v` nor `RUST_LOG` asks for
/// more: warnings and errors only, so the answer is not lost among engine chatter.
const QUIET_LEVEL: &str = "warn";

/// The levels `-v`, `-vv` and `-vvv` ask for.
const VERBOSE_LEVELS: [&str; 3] = [
    "warn,attache=info",
    "warn,attache=debug",
    "warn,attache=trace",
];

/// The log filter of this run: `RUST_LOG` when set (a bad value is an error, as a bad
/// `log.level` is), else `-v`, else `log.level` for `serve` and `index` and
/// [`QUIET_LEVEL`] for the commands that print an answer.
fn log_filter(config: &Config, cli: &Cli) -> Result<tracing_subscriber::EnvFilter> {
    use tracing_subscriber::EnvFilter;
    match std::env::var("RUST_LOG") {
        Ok(v) if !v.trim().is_empty() => {
            return EnvFilter::try_new(&v)
                .map_err(|e| anyhow::anyhow!("RUST_LOG {}: {e}", crate::config::cut_value(&v)));
        }
        Err(std::env::VarError::NotUnicode(_)) => anyhow::bail!("RUST_LOG is not valid UTF-8"),
        _ => {}
    }
    let level = match (cli.verbose, &cli.command) {
        (0, Command::Serve(_) | Command::Index(_)) => config.log.level.as_str(),
        (0, _) => QUIET_LEVEL,
        (n, _) => VERBOSE_LEVELS[usize::from(n.min(3)) - 1],
    };
    Ok(EnvFilter::try_new(level)?)
}

/// Sets up tracing to stderr with `filter`, in the configured format, in colour only when
/// stderr is a terminal (a log file or pipe gets no escape codes).
pub(crate) fn init_logging(config: &Config, filter: tracing_subscriber::EnvFilter) {
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr);
    let _ = match config.log.format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An error that says its source's text again, as serenity's HTTP errors do.
    #[derive(Debug)]
    struct Repeats(std::io::Error);

    impl std::fmt::Display for Repeats {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            self.0.fmt(f)
        }
    }

    impl std::error::Error for Repeats {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            Some(&self.0)
        }
    }

    #[test]
    fn error_text_says_each_cause_once() {
        let inner = std::io::Error::other("401: Unauthorized");
        let e = anyhow::Error::new(Repeats(inner)).context("registering the commands");
        assert_eq!(
            error_text(&e),
            "registering the commands: 401: Unauthorized"
        );
        let e = anyhow::anyhow!("b").context("a");
        assert_eq!(error_text(&e), "a: b");
    }
}
