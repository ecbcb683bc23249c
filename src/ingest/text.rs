//! Plain text (`.txt`) and Markdown (`.md`) articles.
//!
//! - An optional header block between two `---` lines at the top holds `key: value` lines:
//!   `title`, `url`, `published` (YYYY-MM-DD); other keys go to `Article::meta`. Keys are
//!   lowercased; values may be quoted; indented or `- item` lines continue the previous
//!   key (YAML lists become "a, b"); `#` lines are comments. A `---` block with any other
//!   line is not a header.
//! - Paragraphs are separated by blank lines (lines inside one paragraph are joined), or, when
//!   the body has no blank line at all, each line is a paragraph.
//! - Without a `title` header, the first paragraph becomes the title when it looks like a
//!   headline (one line, at most 150 characters and 20 words, at least two of them with
//!   letters, not ending in `.`, `,`, `;` or `:` unless it is an ellipsis) and more paragraphs follow; in Markdown a leading `#`
//!   heading is the title. Otherwise the caller titles it by the opening words of the first paragraph.
//! - Markdown: heading and list markers are stripped (each heading or list item is its own
//!   paragraph), `[text](link)` becomes `text`, images, code fences and horizontal rules are
//!   dropped, and `*`, `**` and `__` emphasis markers are removed.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use super::Draft;

/// Parses a text or Markdown file into one draft article.
pub(crate) fn parse(text: &str, markdown: bool) -> Draft {
    let (header, body) = split_header(text);
    let mut draft = Draft::default();
    for (key, value) in header {
        match key.as_str() {
            "title" => draft.title = Some(value),
            "url" => draft.url = Some(value),
            "published" => draft.published = Some(value),
            _ => {
                draft.meta.insert(key, value);
            }
        }
    }
    let mut blocks = if markdown {
        markdown_blocks(body)
    } else {
        blocks(body)
    };
    // Rules and ornaments ("---", "* * *") are not paragraphs, nor headlines.
    blocks.retain(|b| b.text.chars().any(char::is_alphanumeric));
    let headline_first = match blocks.first() {
        Some(first) if draft.title.is_none() && blocks.len() > 1 => {
            (markdown && first.heading) || (first.single_line && looks_like_headline(&first.text))
        }
        _ => false,
    };
    let mut paragraphs: Vec<String> = blocks.into_iter().map(|b| b.text).collect();
    if headline_first {
        draft.title = Some(paragraphs.remove(0));
    }
    draft.paragraphs = paragraphs;
    draft
}

/// The value of `key` in the file's `---` header block, when it has one.
pub(crate) fn header_value(text: &str, key: &str) -> Option<String> {
    split_header(text).0.remove(key)
}

/// Splits off a leading `---` header block. Returns the header pairs and the body.
fn split_header(text: &str) -> (BTreeMap<String, String>, &str) {
    let mut header = BTreeMap::new();
    let trimmed = text.trim_start_matches(['\u{FEFF}', ' ', '\t', '\r', '\n']);
    let Some(after_open) = trimmed
        .strip_prefix("---\n")
        .or_else(|| trimmed.strip_prefix("---\r\n"))
    else {
        return (header, text);
    };
    let mut offset = 0;
    let mut last_key: Option<String> = None;
    for line in after_open.split_inclusive('\n') {
        let content = line.trim_end();
        if content == "---" || content == "..." {
            return (header, &after_open[offset + line.len()..]);
        }
        offset += line.len();
        if content.trim().is_empty() || content.starts_with('#') {
            continue;
        }
        if let Some(c) = HEADER_LINE.captures(content) {
            let key = c[1].to_ascii_lowercase();
            header.insert(key.clone(), strip_quotes(c[2].trim()).to_string());
            last_key = Some(key);
            continue;
        }
        // An indented line or a `- item` continues the previous key's value (YAML lists).
        let continues = content.starts_with([' ', '\t']) || content.starts_with("- ");
        match last_key.as_ref().and_then(|k| header.get_mut(k)) {
            Some(value) if continues => {
                let item = content.trim().trim_start_matches("- ").trim();
                if !value.is_empty() {
                    value.push_str(", ");
                }
                value.push_str(strip_quotes(item));
            }
            _ => break,
        }
    }
    // No closing line, or a line that is not `key: value`: not a header.
    (BTreeMap::new(), text)
}

static HEADER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:(.*)$").expect("valid header regex")
});

fn strip_quotes(v: &str) -> &str {
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

/// One paragraph of the body before cleaning.
#[derive(Debug)]
struct Block {
    text: String,
    /// The paragraph was one line of the file.
    single_line: bool,
    /// A Markdown heading.
    heading: bool,
}

/// Paragraphs of a plain text body: blank-line separated (lines inside one are joined), or
/// one per line when the body has no blank line.
pub(crate) fn split_paragraphs(body: &str) -> Vec<String> {
    blocks(body).into_iter().map(|b| b.text).collect()
}

/// Blank-line separated blocks, or one block per line when there is no blank line.
fn blocks(body: &str) -> Vec<Block> {
    let lines: Vec<&str> = body.lines().collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    let (Some(first), Some(last)) = (first, last) else {
        return Vec::new();
    };
    let lines = &lines[first..=last];
    let has_blank = lines.iter().any(|l| l.trim().is_empty());
    if !has_blank {
        return lines
            .iter()
            .map(|l| Block {
                text: l.trim().to_string(),
                single_line: true,
                heading: false,
            })
            .collect();
    }
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in lines.iter().chain(std::iter::once(&"")) {
        let t = line.trim();
        if t.is_empty() {
            if !current.is_empty() {
                out.push(Block {
                    text: current.join(" "),
                    single_line: current.len() == 1,
                    heading: false,
                });
                current.clear();
            }
        } else {
            current.push(t);
        }
    }
    out
}

static MD_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[([^\]]*)\]\([^)]*\)").expect("valid link regex"));
static MD_IMAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"!\[[^\]]*\]\([^)]*\)").expect("valid image regex"));
static MD_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^#{1,6}\s+(.*?)\s*#*$").expect("valid heading regex"));
static MD_LIST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[-*+]|\d{1,3}[.)])\s+(.*)$").expect("valid list regex"));
static MD_RULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:-{3,}|\*{3,}|_{3,})$").expect("valid rule regex"));

/// Markdown blocks: like [`blocks`], but headings and list items stand alone and markup is
/// removed.
fn markdown_blocks(body: &str) -> Vec<Block> {
    let mut lines: Vec<String> = Vec::new();
    let mut in_fence = false;
    for line in body.lines() {
        let t = line.trim();
        if t.starts_with("```") || t.starts_with("~~~") {
            in_fence = !in_fence;
            lines.push(String::new());
            continue;
        }
        if in_fence || MD_RULE.is_match(t) {
            lines.push(String::new());
            continue;
        }
        lines.push(t.to_string());
    }
    let mut out = Vec::new();
    let mut current: Vec<String> = Vec::new();
    let flush = |current: &mut Vec<String>, out: &mut Vec<Block>| {
        if !current.is_empty() {
            out.push(Block {
                text: strip_inline(&current.join(" ")),
                single_line: current.len() == 1,
                heading: false,
            });
            current.clear();
        }
    };
    let has_blank = {
        let nonblank: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_empty()).collect();
        match (nonblank.first(), nonblank.last()) {
            (Some(&a), Some(&b)) => lines[a..=b].iter().any(String::is_empty),
            _ => return Vec::new(),
        }
    };
    for line in &lines {
        if line.is_empty() {
            flush(&mut current, &mut out);
        } else if let Some(c) = MD_HEADING.captures(line) {
            flush(&mut current, &mut out);
            out.push(Block {
                text: strip_inline(&c[1]),
                single_line: true,
                heading: true,
            });
        } else if let Some(c) = MD_LIST.captures(line) {
            flush(&mut current, &mut out);
            current.push(c[1].to_string());
        } else {
            current.push(line.clone());
            if !has_blank {
                flush(&mut current, &mut out);
            }
        }
    }
    flush(&mut current, &mut out);
    out.retain(|b| !b.text.trim().is_empty());
    out
}

/// Removes inline Markdown: images, link targets, `*`/`**`/`__` emphasis.
fn strip_inline(s: &str) -> String {
    let s = MD_IMAGE.replace_all(s, "");
    let s = MD_LINK.replace_all(&s, "$1");
    s.replace('*', "").replace("__", "")
}

/// Longest line (in characters) taken for a headline: longer ones are a paragraph's text.
const HEADLINE_MAX_CHARS: usize = 150;

/// Most words in a headline; news headlines rarely pass a dozen.
const HEADLINE_MAX_WORDS: usize = 20;

/// True for a short line that reads like a headline rather than a sentence.
pub(crate) fn looks_like_headline(line: &str) -> bool {
    let line = line.trim();
    let ends_like_sentence = line.ends_with(['.', ',', ';', ':']) && !line.ends_with("...");
    let worded = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    worded >= 2
        && line.chars().count() <= HEADLINE_MAX_CHARS
        && line.split_whitespace().count() <= HEADLINE_MAX_WORDS
        && !ends_like_sentence
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_keys_go_to_fields_and_meta() {
        let d = parse(
            "---\ntitle: \"Ministers meet\"\nurl: https://e.x/a\npublished: 2023-04-05\nTruncated: true\n---\nOne.\n\nTwo\nlines.\n",
            false,
        );
        assert_eq!(d.title.as_deref(), Some("Ministers meet"));
        assert_eq!(d.url.as_deref(), Some("https://e.x/a"));
        assert_eq!(d.published.as_deref(), Some("2023-04-05"));
        assert_eq!(d.meta.get("truncated").map(String::as_str), Some("true"));
        assert_eq!(d.paragraphs, vec!["One.", "Two lines."]);
    }

    #[test]
    fn yaml_lists_and_comments_in_the_header() {
        let d = parse(
            "---\n# front matter\ntitle: Summit: day two\ntags:\n  - trade\n  - 'energy'\nauthors: [A, B]\n---\nBody text.\n",
            true,
        );
        assert_eq!(d.title.as_deref(), Some("Summit: day two"));
        assert_eq!(
            d.meta.get("tags").map(String::as_str),
            Some("trade, energy")
        );
        assert_eq!(d.meta.get("authors").map(String::as_str), Some("[A, B]"));
        assert_eq!(d.paragraphs, vec!["Body text."]);
    }

    #[test]
    fn dashes_without_key_lines_are_not_a_header() {
        let d = parse("---\nJust a rule and text.\n---\nMore text here.\n", false);
        assert_eq!(d.title, None);
        assert!(d.meta.is_empty());
        assert_eq!(
            d.paragraphs,
            vec!["Just a rule and text.", "More text here."]
        );
    }

    #[test]
    fn headline_then_blank_line_is_the_title() {
        let d = parse(
            "Harbour reopens after storm\n\nThe port of Tema reopened.\n\nShips queued.\n",
            false,
        );
        assert_eq!(d.title.as_deref(), Some("Harbour reopens after storm"));
        assert_eq!(
            d.paragraphs,
            vec!["The port of Tema reopened.", "Ships queued."]
        );
    }

    #[test]
    fn sentence_first_line_is_not_a_title() {
        let d = parse("The port reopened on Monday.\nShips queued.", false);
        assert_eq!(d.title, None);
        assert_eq!(
            d.paragraphs,
            vec!["The port reopened on Monday.", "Ships queued."]
        );
    }

    #[test]
    fn markdown_heading_lists_and_links() {
        let d = parse(
            "# Talks in *Accra*\n\nThe [envoy](https://e.x) met **Ms Osei**.\n\n- first point\n- second point\n\n![pic](a.png)\n\n---\n",
            true,
        );
        assert_eq!(d.title.as_deref(), Some("Talks in Accra"));
        assert_eq!(
            d.paragraphs,
            vec!["The envoy met Ms Osei.", "first point", "second point"]
        );
    }

    #[test]
    fn headline_rules() {
        assert!(looks_like_headline("Rivals of the £400 Apple..."));
        assert!(looks_like_headline("Is this the end?"));
        assert!(!looks_like_headline("He said so."));
        assert!(!looks_like_headline("Date:"));
        assert!(looks_like_headline("Hearts 2-1 Livingston"));
        assert!(!looks_like_headline("14 C"));
        assert!(!looks_like_headline("Agartala"));
        assert!(!looks_like_headline(&"word ".repeat(25)));
    }
}
