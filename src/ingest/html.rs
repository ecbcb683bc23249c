//! HTML articles (`.html`, `.htm`).
//!
//! - Title: `og:title` (or `twitter:title`), else the JSON-LD `headline`, else `<title>`
//!   (without a trailing " | Site" when `og:site_name` gives the site), else the first `<h1>`.
//! - URL: `og:url`, else `<link rel="canonical">`.
//! - Published date: `article:published_time`, `meta name=date|pubdate|publishdate|
//!   publish-date|dc.date|dc.date.issued|sailthru.date|parsely-pub-date`,
//!   `itemprop=datePublished`, else the JSON-LD `datePublished`, else the first `<time datetime>` of the body (see below) outside
//!   dropped elements, else the first of the page. Only the `YYYY-MM-DD` part
//!   is used.
//! - `author`, `description` and `site_name` meta tags go to `Article::meta`.
//! - Body: the largest `<article>`, else `<main>`, else `<body>`. Paragraphs are its `<p>`,
//!   `<h1>`-`<h6>`, `<li>`, `<dt>`, `<dd>`, `<pre>` and `<figcaption>` elements; a
//!   `<blockquote>` with at most one paragraph inside (an embedded tweet and its
//!   attribution line) is one paragraph. `script`, `style`, `noscript`, `template`, `nav`,
//!   `header`, `footer`, `aside`, `form`, `button`, `iframe`, `svg` and elements marked
//!   `hidden`/`aria-hidden="true"` are dropped. A heading equal to the title is not repeated
//!   as a paragraph. When the body has none of those elements (text in bare `<div>`s), its
//!   loose text blocks are used instead.

use std::sync::LazyLock;

use scraper::node::Element;
use scraper::{ElementRef, Html, Node, Selector};
use serde_json::Value;

use super::Draft;
use super::clean::clean;
use crate::lexicon::lists::{
    HTML_CONTAINER_ELEMENTS, HTML_DATE_META_KEYS, HTML_DROPPED_ELEMENTS, HTML_PARAGRAPH_ELEMENTS,
    TITLE_SITE_SEPARATORS,
};

/// Deepest element nesting read; deeper content is ignored (hostile pages nest thousands of
/// elements, and the walk is recursive).
const MAX_DEPTH: usize = 200;

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap_or_else(|e| panic!("invalid built-in selector {s}: {e}"))
}

static META: LazyLock<Selector> = LazyLock::new(|| sel("meta"));
static TITLE: LazyLock<Selector> = LazyLock::new(|| sel("title"));
static H1: LazyLock<Selector> = LazyLock::new(|| sel("h1"));
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| sel("link[rel][href]"));
static TIME: LazyLock<Selector> = LazyLock::new(|| sel("time[datetime]"));
static ARTICLE: LazyLock<Selector> = LazyLock::new(|| sel("article"));
static LD_JSON: LazyLock<Selector> = LazyLock::new(|| sel(r#"script[type="application/ld+json"]"#));
static MAIN: LazyLock<Selector> = LazyLock::new(|| sel("main"));
static BODY: LazyLock<Selector> = LazyLock::new(|| sel("body"));

/// Parses an HTML page into one draft article.
pub(crate) fn parse(text: &str) -> Draft {
    let doc = Html::parse_document(text);
    let mut draft = Draft::default();
    read_meta(&doc, &mut draft);
    let ld = linked_data(&doc);
    draft.title = draft.title.take().or(ld.headline);
    draft.published = draft.published.take().or(ld.date_published);
    if draft.title.is_none() {
        let site = draft.meta.get("site_name").map(String::as_str);
        draft.title = first_text(&doc, &TITLE)
            .map(|t| strip_site_name(&t, site))
            .or_else(|| first_text(&doc, &H1));
    }
    if draft.url.is_none() {
        draft.url = canonical_url(&doc);
    }
    let container = largest(&doc, &ARTICLE)
        .or_else(|| doc.select(&MAIN).next())
        .or_else(|| doc.select(&BODY).next())
        .unwrap_or_else(|| doc.root_element());
    if draft.published.is_none() {
        // A <time> of the story itself before one anywhere on the page (a date banner).
        draft.published =
            time_datetime(container, true).or_else(|| time_datetime(doc.root_element(), false));
    }
    draft.paragraphs = paragraphs(container, draft.title.as_deref());
    draft
}

/// The `href` of `<link rel="canonical">`.
fn canonical_url(doc: &Html) -> Option<String> {
    doc.select(&CANONICAL)
        .find(|l| {
            l.attr("rel").is_some_and(|r| {
                r.split_whitespace()
                    .any(|t| t.eq_ignore_ascii_case("canonical"))
            })
        })
        .and_then(|l| l.attr("href"))
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
}

/// The first non-empty `<time datetime>` under `scope`, outside dropped elements when
/// `skip_dropped`.
fn time_datetime(scope: ElementRef<'_>, skip_dropped: bool) -> Option<String> {
    scope
        .select(&TIME)
        .filter(|t| {
            !skip_dropped
                || !t
                    .ancestors()
                    .any(|a| a.value().as_element().is_some_and(is_dropped))
        })
        .filter_map(|t| t.attr("datetime"))
        .map(str::trim)
        .find(|d| !d.is_empty())
        .map(String::from)
}

/// The paragraphs of the story's container (its loose text blocks when it has no
/// paragraph element), without a heading that repeats the title.
fn paragraphs(container: ElementRef<'_>, title: Option<&str>) -> Vec<String> {
    let title_clean = title.map(clean);
    let mut c = Collector::default();
    c.walk(container, false, 0);
    if c.paragraphs.is_empty() {
        c = Collector::default();
        c.walk(container, true, 0);
    }
    c.flush();
    c.paragraphs
        .into_iter()
        .filter(|(p, heading)| !(*heading && title_clean.as_deref() == Some(clean(p).as_str())))
        .map(|(p, _)| p)
        .collect()
}

/// Title, URL, date and a few meta keys from `<meta>` tags.
fn read_meta(doc: &Html, draft: &mut Draft) {
    let mut title = (None, None);
    for m in doc.select(&META) {
        let key = m
            .attr("property")
            .or_else(|| m.attr("name"))
            .or_else(|| m.attr("itemprop"))
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let Some(content) = m.attr("content").map(str::trim).filter(|c| !c.is_empty()) else {
            continue;
        };
        let content = content.to_string();
        match key.as_str() {
            "og:title" => title.0 = title.0.or(Some(content)),
            "twitter:title" => title.1 = title.1.or(Some(content)),
            "og:url" => draft.url = draft.url.take().or(Some(content)),
            k if HTML_DATE_META_KEYS.has(k) => {
                draft.published = draft.published.take().or(Some(content));
            }
            "author" | "description" => {
                draft.meta.entry(key).or_insert(content);
            }
            "og:site_name" => {
                draft.meta.entry("site_name".into()).or_insert(content);
            }
            _ => {}
        }
    }
    draft.title = title.0.or(title.1);
}

/// Title and date from schema.org JSON-LD (`<script type="application/ld+json">`).
#[derive(Default)]
struct LinkedData {
    headline: Option<String>,
    date_published: Option<String>,
}

fn linked_data(doc: &Html) -> LinkedData {
    let mut out = LinkedData::default();
    for script in doc.select(&LD_JSON) {
        let text: String = script.text().collect();
        if let Ok(value) = serde_json::from_str::<Value>(&text) {
            collect_linked_data(&value, &mut out, 0);
        }
    }
    out
}

/// Deepest JSON-LD nesting read: an article's headline and date sit in the top object or
/// one `@graph` level down; anything deeper is not the page's own metadata.
const MAX_LINKED_DATA_DEPTH: usize = 8;

fn collect_linked_data(value: &Value, out: &mut LinkedData, depth: usize) {
    if depth > MAX_LINKED_DATA_DEPTH {
        return;
    }
    match value {
        Value::Object(obj) => {
            let text = |k: &str| {
                obj.get(k)
                    .and_then(Value::as_str)
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from)
            };
            if out.date_published.is_none() {
                out.date_published = text("datePublished");
            }
            if out.headline.is_none() {
                out.headline = text("headline");
            }
            for v in obj.values() {
                collect_linked_data(v, out, depth + 1);
            }
        }
        Value::Array(items) => {
            for v in items {
                collect_linked_data(v, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// "Story | Site" -> "Story" when the site's name is known from `og:site_name`.
fn strip_site_name(title: &str, site: Option<&str>) -> String {
    let title = title.trim();
    if let Some(site) = site.map(str::trim).filter(|s| !s.is_empty()) {
        for sep in TITLE_SITE_SEPARATORS.iter() {
            let sep = format!(" {sep} ");
            if let Some(story) = title
                .strip_suffix(site)
                .and_then(|t| t.strip_suffix(sep.as_str()))
                && !story.trim().is_empty()
            {
                return story.trim().to_string();
            }
        }
    }
    title.to_string()
}

fn first_text(doc: &Html, selector: &Selector) -> Option<String> {
    doc.select(selector)
        .map(|e| e.text().collect::<String>())
        .find(|t| !t.trim().is_empty())
}

/// The match with the most text (pages often hold teaser `<article>`s besides the story).
fn largest<'a>(doc: &'a Html, selector: &Selector) -> Option<ElementRef<'a>> {
    doc.select(selector)
        .max_by_key(|e| e.text().map(str::len).sum::<usize>())
}

fn is_dropped(e: &Element) -> bool {
    HTML_DROPPED_ELEMENTS.has(e.name())
        || e.attr("hidden").is_some()
        || e.attr("aria-hidden")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
}

/// Gathers paragraphs (text, is_heading) in document order.
#[derive(Default)]
struct Collector {
    paragraphs: Vec<(String, bool)>,
    loose: String,
}

impl Collector {
    fn flush(&mut self) {
        if !self.loose.trim().is_empty() {
            self.paragraphs
                .push((std::mem::take(&mut self.loose), false));
        }
        self.loose.clear();
    }

    /// Walks the children of `node`; loose text (outside paragraph elements) is kept only
    /// when `loose_ok`.
    fn walk(&mut self, node: ElementRef<'_>, loose_ok: bool, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        for child in node.children() {
            match child.value() {
                Node::Text(t) if loose_ok => self.loose.push_str(t),
                Node::Element(e) => {
                    let Some(child) = ElementRef::wrap(child) else {
                        continue;
                    };
                    if is_dropped(e) {
                        continue;
                    }
                    let name = e.name();
                    if HTML_PARAGRAPH_ELEMENTS.has(name)
                        || (name == "blockquote" && count_blocks(child, depth) <= 1)
                    {
                        self.flush();
                        let mut text = String::new();
                        text_of(child, &mut text, depth);
                        if !text.trim().is_empty() {
                            let heading = name.len() == 2 && name.starts_with('h');
                            self.paragraphs.push((text, heading));
                        }
                    } else if HTML_CONTAINER_ELEMENTS.has(name) {
                        self.flush();
                        self.walk(child, loose_ok || name == "blockquote", depth + 1);
                        self.flush();
                    } else {
                        self.walk(child, loose_ok, depth + 1);
                    }
                }
                _ => {}
            }
        }
    }
}

/// Number of paragraph elements under `node` (not counting dropped subtrees).
fn count_blocks(node: ElementRef<'_>, depth: usize) -> usize {
    if depth > MAX_DEPTH {
        return 0;
    }
    node.child_elements()
        .filter(|c| !is_dropped(c.value()))
        .map(|c| {
            if HTML_PARAGRAPH_ELEMENTS.has(c.value().name()) {
                1
            } else {
                count_blocks(c, depth + 1)
            }
        })
        .sum()
}

/// All text under `node`, skipping dropped elements; block boundaries become spaces.
fn text_of(node: ElementRef<'_>, out: &mut String, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    for child in node.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) => {
                let Some(child) = ElementRef::wrap(child) else {
                    continue;
                };
                if is_dropped(e) {
                    continue;
                }
                let name = e.name();
                let spaced = name == "br"
                    || HTML_PARAGRAPH_ELEMENTS.has(name)
                    || HTML_CONTAINER_ELEMENTS.has(name);
                if spaced {
                    out.push(' ');
                }
                text_of(child, out, depth + 1);
                if spaced {
                    out.push(' ');
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head>
<title>Harbour talks | Example News</title>
<meta property="og:title" content="Ministers agree harbour plan">
<meta property="og:url" content="https://news.example/harbour">
<meta property="article:published_time" content="2022-03-14T09:30:00+01:00">
<meta name="author" content="A. Writer">
<script>var tracking = "do not index";</script>
<style>p { color: red }</style>
</head><body>
<header><p>Site banner</p></header>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<article>
  <h1>Ministers agree harbour plan</h1>
  <p>The ministers met in <b>Tema</b> on Monday.</p>
  <script>alert("x")</script>
  <h2>Next steps</h2>
  <ul><li>Dredging starts in May.</li></ul>
  <blockquote class="twitter-tweet"><p>Good talks today.</p>&mdash; Jane Roe (@jroe) <a href="https://x.example/1">March 14, 2022</a></blockquote>
  <form><p>Subscribe now</p></form>
  <aside><p>Related: other story</p></aside>
</article>
<footer><p>Copyright</p></footer>
</body></html>"#;

    #[test]
    fn reads_meta_and_article_body() {
        let d = parse(PAGE);
        assert_eq!(d.title.as_deref(), Some("Ministers agree harbour plan"));
        assert_eq!(d.url.as_deref(), Some("https://news.example/harbour"));
        assert_eq!(d.published.as_deref(), Some("2022-03-14T09:30:00+01:00"));
        assert_eq!(d.meta.get("author").map(String::as_str), Some("A. Writer"));
        let paras: Vec<String> = d.paragraphs.iter().map(|p| clean(p)).collect();
        assert_eq!(
            paras,
            vec![
                "The ministers met in Tema on Monday.",
                "Next steps",
                "Dredging starts in May.",
                "Good talks today. - Jane Roe (@jroe) March 14, 2022",
            ]
        );
    }

    #[test]
    fn nesting_beyond_the_limit_is_not_walked() {
        // Without the limit, absurdly deep pages would overflow the stack of the recursive
        // walk; with it, content nested deeper than MAX_DEPTH is ignored.
        let page = format!(
            "<html><body><p>Kept.</p>{}<p>Too deep.</p></body></html>",
            "<div>".repeat(MAX_DEPTH + 50)
        );
        let d = parse(&page);
        let paras: Vec<String> = d.paragraphs.iter().map(|p| clean(p)).collect();
        assert_eq!(paras, vec!["Kept."]);
    }

    #[test]
    fn linked_data_and_site_name_suffix() {
        let d = parse(
            r#"<html><head><title>Grain deal signed | Wire Example</title>
<meta property="og:site_name" content="Wire Example">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2017-08-30T06:00:00Z"}]}</script>
</head><body><p>Text.</p></body></html>"#,
        );
        assert_eq!(d.title.as_deref(), Some("Grain deal signed"));
        assert_eq!(d.published.as_deref(), Some("2017-08-30T06:00:00Z"));
        assert_eq!(strip_site_name("A - B", Some("C")), "A - B");
        assert_eq!(strip_site_name(" | C", Some("C")), "| C");
    }

    #[test]
    fn falls_back_to_title_canonical_time_and_body() {
        let d = parse(
            r#"<html><head><title>Port deal</title><link rel="canonical" href="https://e.x/p"></head>
<body><header><time datetime="2024-01-01">today</time></header><time datetime="2021-07-02">2 July</time><div>First block of text.</div><div>Second <i>block</i>.</div></body></html>"#,
        );
        assert_eq!(d.title.as_deref(), Some("Port deal"));
        assert_eq!(d.url.as_deref(), Some("https://e.x/p"));
        assert_eq!(d.published.as_deref(), Some("2021-07-02"));
        let paras: Vec<String> = d.paragraphs.iter().map(|p| clean(p)).collect();
        assert_eq!(
            paras,
            vec!["2 July", "First block of text.", "Second block."]
        );
    }
}
