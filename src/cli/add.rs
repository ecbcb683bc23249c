//! `attache add FILE|URL`: adds one article to the corpus (see [`Engine::add`]) and prints
//! what the index learnt from it.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};

use crate::engine::{AddInput, Engine};

/// Who added an article from the command line, as its `added` header says.
const ADDED_BY: &str = "command line";

/// Flags of `attache add`.
#[derive(Debug, clap::Args)]
pub(crate) struct AddArgs {
    /// Print the report as JSON: article, path, title, paragraphs, meetings.
    #[arg(long)]
    pub(crate) json: bool,
    /// A file (.txt, .md, .html, .json, .jsonl) or an http(s) URL.
    #[arg(value_name = "FILE|URL")]
    pub(crate) source: String,
}

/// Adds the article and prints the report.
pub(crate) fn run(engine: &Engine, args: &AddArgs) -> Result<ExitCode> {
    let input = if is_url(&args.source) {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let page = runtime
            .block_on(engine.fetch(&args.source))
            .with_context(|| format!("{} was not added", args.source))?;
        AddInput::from_page(page).with_context(|| format!("{} was not added", args.source))?
    } else {
        read_file(engine, Path::new(&args.source))?
    };
    let report = engine.add(&input, ADDED_BY)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
    } else {
        writeln!(out, "{}", report.summary())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A source with a scheme (`https://...`, `ftp://...`) is a URL (the fetch refuses what
/// is not http or https); anything else a file.
fn is_url(source: &str) -> bool {
    source.split_once("://").is_some_and(|(scheme, _)| {
        !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphabetic())
    })
}

/// The file's bytes, refused before reading when larger than `fetch.max_bytes`.
fn read_file(engine: &Engine, path: &Path) -> Result<AddInput> {
    let max = engine.config().fetch.max_bytes;
    let size = std::fs::metadata(path)
        .with_context(|| format!("{} cannot be read", path.display()))?
        .len();
    if size > max {
        anyhow::bail!(
            "{} was not added: it is larger than {max} bytes (fetch.max_bytes): {size} bytes",
            path.display()
        );
    }
    let bytes =
        std::fs::read(path).with_context(|| format!("{} cannot be read", path.display()))?;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    Ok(AddInput::from_file(&name, bytes))
}
