//! Adding one article (`attache add`, `/add`): reading it as ingest reads a file, refusing
//! a duplicate (same URL or same text), saving it under `added/` of the first corpus folder
//! as a Markdown file with a header, and saying what the reindex learnt from it.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Serialize;

use crate::config::Config;
use crate::index::Generation;
use crate::ingest::{CorpusFile, Format, IngestReport};
use crate::model::{Article, FactStore, MeetingFact};

use super::fetch::Fetched;

/// The folder of added articles, inside the first corpus folder.
pub const ADDED_DIR: &str = "added";

/// Longest slug of a title in a file name: enough to recognise the article in a listing.
const MAX_SLUG_CHARS: usize = 60;

/// Hits of the serving index compared with a new article to find it already there: the
/// best few of a search by its opening paragraph (or title) are enough.
const DUPLICATE_HITS: usize = 10;

/// An article to add: its bytes, the name that gives its format, and the URL it was
/// fetched from (for a page).
#[derive(Debug, Clone)]
pub struct AddInput {
    /// A file name (`report.html`); its extension gives the format.
    pub name: String,
    pub bytes: Vec<u8>,
    /// The page's URL after redirects, when it came from a URL.
    pub url: Option<String>,
}

impl AddInput {
    /// A page fetched from a URL: its format from its content type.
    pub fn from_page(page: Fetched) -> Result<AddInput> {
        let ext = extension_of_content_type(&page.content_type, &page.url)?;
        Ok(AddInput {
            name: format!("page.{ext}"),
            bytes: page.bytes,
            url: Some(page.url),
        })
    }

    /// A file (or an attachment) named `name`: its format from its extension.
    pub fn from_file(name: &str, bytes: Vec<u8>) -> AddInput {
        AddInput {
            name: name.to_string(),
            bytes,
            url: None,
        }
    }
}

/// The extension of the format a content type names; a type that is no article is refused.
fn extension_of_content_type(content_type: &str, url: &str) -> Result<&'static str> {
    Ok(match content_type {
        "text/html" | "application/xhtml+xml" => "html",
        "text/plain" => "txt",
        "text/markdown" | "text/x-markdown" => "md",
        "application/json" => "json",
        "application/x-ndjson" | "application/jsonl" | "application/x-jsonlines" => "jsonl",
        "" => match Format::of(Path::new(url.split(['?', '#']).next().unwrap_or(url))) {
            Ok(Format::Text) => "txt",
            Ok(Format::Markdown) => "md",
            Ok(Format::Json) => "json",
            Ok(Format::JsonLines) => "jsonl",
            _ => "html",
        },
        other => bail!(
            "the page is {other}, not an article (HTML, plain text, Markdown or JSON are read)"
        ),
    })
}

/// What adding an article did.
#[derive(Debug, Clone, Serialize)]
pub struct AddReport {
    /// The article's id in the index (`added/<name>.md`).
    pub article: String,
    /// The file written.
    pub path: PathBuf,
    pub title: String,
    pub paragraphs: usize,
    /// The meetings the index now has from this article, told in a line each.
    pub meetings: Vec<String>,
}

impl AddReport {
    /// "added: 12 paragraphs, 2 meetings: X and Y on ...; ..." and the title.
    pub fn summary(&self) -> String {
        let meetings = match self.meetings.len() {
            0 => "no meeting".to_string(),
            1 => format!("1 meeting: {}", self.meetings[0]),
            n => format!("{n} meetings: {}", self.meetings.join("; ")),
        };
        format!(
            "added: {} paragraphs, {meetings}.\n\"{}\" saved as {}.",
            self.paragraphs,
            crate::engine::printable(&self.title),
            self.path.display()
        )
    }
}

/// The article of `input`, read as ingest reads a file of its format; refused when it is
/// too large, of another format, or holds no article or several.
pub(crate) fn read_article(input: &AddInput, config: &Config) -> Result<Article> {
    let max = config.fetch.max_bytes;
    if input.bytes.len() as u64 > max {
        bail!(
            "the article is larger than {max} bytes (fetch.max_bytes): {} bytes",
            input.bytes.len()
        );
    }
    let format = Format::of(Path::new(&input.name)).map_err(|why| {
        anyhow::anyhow!("{why}: only .txt, .md, .html, .json and .jsonl articles can be added")
    })?;
    let file = CorpusFile {
        path: PathBuf::from(&input.name),
        root: PathBuf::new(),
    };
    let mut report = IngestReport::default();
    let mut articles =
        crate::ingest::read_bytes_as(&file, format, &input.bytes, &config.ingest, &mut report);
    match articles.len() {
        1 => {}
        0 => {
            let why: Vec<String> = report.skipped.iter().map(|s| s.reason.clone()).collect();
            bail!("no article could be read from it ({})", why.join("; "));
        }
        n => bail!("it holds {n} articles: add them one at a time"),
    }
    let mut article = articles.remove(0);
    if article.url.is_none() {
        article.url = input.url.clone();
    }
    Ok(article)
}

/// Where the article is saved: `added/<slug of its title>-<hash of its text>.md` in the
/// first corpus folder, so the same text always gets the same name.
pub(crate) fn target_path(config: &Config, article: &Article) -> Result<PathBuf> {
    let root = config
        .corpus
        .dirs
        .first()
        .context("corpus.dirs names no folder")?;
    let hash = crate::engine::stable_hash(&article.paragraphs.join("\n\n"));
    let name = format!("{}-{:012x}.md", slug(&article.title), hash >> 16);
    Ok(root.join(ADDED_DIR).join(name))
}

/// The title in lower-case ASCII letters and digits joined by `-`, cut at a word.
fn slug(title: &str) -> String {
    let folded = crate::lexicon::fold::fold(title);
    let mut out = String::new();
    for word in folded.split(|c: char| !c.is_ascii_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() && out.len() + 1 + word.len() > MAX_SLUG_CHARS {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word.to_ascii_lowercase());
    }
    if out.is_empty() {
        out.push_str("article");
    }
    out.chars().take(MAX_SLUG_CHARS).collect()
}

/// Why the article is a duplicate, when it is: its file exists already, an added article
/// has its URL, or the serving index has an article with its URL or its text.
pub(crate) fn duplicate_of(
    target: &Path,
    article: &Article,
    serving: Option<&Generation>,
) -> Option<String> {
    if target.exists() {
        return Some(format!(
            "the same text was added already ({})",
            target.display()
        ));
    }
    let folder = target.parent()?;
    if let Some(url) = &article.url
        && let Some(other) = added_with_url(folder, url)
    {
        return Some(format!("{url} was added already ({})", other.display()));
    }
    serving.and_then(|g| duplicate_in_index(g, article))
}

/// An added article (a `.md` file of `folder`) whose header has this URL.
fn added_with_url(folder: &Path, url: &str) -> Option<PathBuf> {
    let entries = std::fs::read_dir(folder).ok()?;
    entries.flatten().map(|e| e.path()).find(|p| {
        p.extension().is_some_and(|e| e == "md")
            && std::fs::read_to_string(p).is_ok_and(|text| {
                crate::ingest::text::header_value(&text, "url").as_deref() == Some(url)
            })
    })
}

/// An article of the index with the same URL (among the best hits of its title and
/// opening) or the same paragraphs.
fn duplicate_in_index(g: &Generation, article: &Article) -> Option<String> {
    let query = format!("{} {}", article.title, article.paragraphs[0]);
    let hits = g.search(&query, DUPLICATE_HITS).ok()?;
    if let Some(url) = &article.url
        && let Some(hit) = hits.iter().find(|h| h.url.as_deref() == Some(url.as_str()))
    {
        return Some(format!(
            "{url} is in the corpus already (article {})",
            hit.article
        ));
    }
    hits.iter()
        .filter(|h| h.paragraph == 1 && h.text == article.paragraphs[0])
        .find(|h| {
            g.article_paragraphs(&h.article).is_ok_and(|ps| {
                ps.iter()
                    .map(|p| p.text.as_str())
                    .eq(article.paragraphs.iter().map(String::as_str))
            })
        })
        .map(|h| {
            format!(
                "the same text is in the corpus already (article {})",
                h.article
            )
        })
}

/// The Markdown file of the article: a header (title, url and published when known,
/// added with the time and who), then its paragraphs separated by blank lines.
pub(crate) fn markdown(article: &Article, added_by: &str) -> String {
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::from("---\n");
    out.push_str(&format!("title: \"{}\"\n", one_line(&article.title)));
    if let Some(url) = &article.url {
        out.push_str(&format!("url: {}\n", one_line(url)));
    }
    if let Some(date) = article.published {
        out.push_str(&format!("published: {date}\n"));
    }
    let now = jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%SZ");
    out.push_str(&format!("added: {now} by {}\n", one_line(added_by)));
    out.push_str("---\n");
    for p in &article.paragraphs {
        out.push('\n');
        out.push_str(p);
        out.push('\n');
    }
    out
}

/// Writes `text` to `path` whole or not at all (a hidden temporary file renamed over it),
/// creating its folder.
pub(crate) fn save(path: &Path, text: &str) -> Result<()> {
    let folder = path.parent().context("the added article has no folder")?;
    std::fs::create_dir_all(folder).with_context(|| format!("creating {}", folder.display()))?;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let tmp = folder.join(format!(".{name}.{}.tmp", std::process::id()));
    std::fs::write(&tmp, text).with_context(|| format!("writing {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("saving {}", path.display()))
}

/// The meetings of `facts` with evidence from `article`, one line each: "X and Y on
/// Wednesday, 20 November 2024 in Vientiane".
pub(crate) fn meetings_learnt(facts: &FactStore, article: &str) -> Vec<String> {
    facts
        .facts
        .iter()
        .filter(|f| f.evidence.iter().any(|e| e.article == article))
        .map(|f| describe(facts, f))
        .collect()
}

fn describe(facts: &FactStore, f: &MeetingFact) -> String {
    let names: Vec<&str> = f.participants.iter().map(|p| facts.name(p)).collect();
    let mut s = match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.to_string(),
        None => "someone".to_string(),
    };
    match &f.date {
        Some(d) => s.push_str(&format!(" on {}", d.human())),
        None => s.push_str(" (date not stated)"),
    }
    if let Some(place) = &f.place {
        s.push_str(&format!(" in {place}"));
    }
    if !f.status.is_held() {
        s.push_str(&format!(" ({})", f.status.describe()));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_short_plain_and_never_empty() {
        assert_eq!(
            slug("Ministers meet in Vientiane!"),
            "ministers-meet-in-vientiane"
        );
        assert_eq!(slug("Café “talks” — Ankara"), "cafe-talks-ankara");
        assert_eq!(slug("…"), "article");
        assert!(slug(&"word ".repeat(40)).len() <= MAX_SLUG_CHARS);
    }

    #[test]
    fn content_types_give_formats_and_others_are_refused() {
        assert_eq!(
            extension_of_content_type("text/html", "http://x/a").unwrap(),
            "html"
        );
        assert_eq!(
            extension_of_content_type("text/plain", "http://x/a").unwrap(),
            "txt"
        );
        assert_eq!(
            extension_of_content_type("", "http://x/a.jsonl?q").unwrap(),
            "jsonl"
        );
        let err = extension_of_content_type("image/png", "http://x/a.png").unwrap_err();
        assert!(err.to_string().contains("image/png"), "{err}");
    }
}
