//! JSON Lines (`.jsonl`, `.ndjson`) and JSON (`.json`) articles.
//!
//! One article per object: `id` (string or number), `title`, `url`, `published`
//! (YYYY-MM-DD, a timestamp's date part is used too) and `text` (paragraphs separated by
//! blank lines, or one per line when it has no blank line; a `paragraphs` array of strings,
//! or a `body` or `content` string, is accepted instead). Other keys with a string value
//! (a wire story's `dateline`, an `author`) are kept as the article's `meta`; the rest
//! are ignored.
//! A `.json` file holds one object or an array of objects (a `.json` file that is really
//! JSON Lines is read as such). A bad line or element is reported as skipped (`file:line`
//! or `file[index]`, and why) and the rest of the file is still read. The article id is
//! `relative/path.jsonl#<id>`, or `#<line>` (`#<index>` in an array, from 1) without an id;
//! a repeated id gets `@<line>` appended, with a notice.

use std::collections::HashSet;

use serde_json::Value;

use super::{Draft, IngestReport, Notice, Skipped, text};
use crate::lexicon::lists::JSON_ARTICLE_FIELDS;

/// Parses a JSON Lines file.
pub(crate) fn parse_lines(content: &str, path: &str, report: &mut IngestReport) -> Vec<Draft> {
    let mut ids = HashSet::new();
    lines(content)
        .filter_map(|(line_no, line)| parse_line(line, line_no, path, &mut ids, report))
        .collect()
}

/// The lines of a JSON Lines file that hold something, trimmed, with their numbers (from 1).
pub(crate) fn lines(content: &str) -> impl Iterator<Item = (usize, &str)> {
    content
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty())
}

/// One line of a JSON Lines file (number `line_no`); `ids` holds the ids of the lines
/// before it. `None` when it holds no article (reported as skipped).
pub(crate) fn parse_line(
    line: &str,
    line_no: usize,
    path: &str,
    ids: &mut HashSet<String>,
    report: &mut IngestReport,
) -> Option<Draft> {
    let place = format!("{path}:{line_no}");
    let parsed = serde_json::from_str::<Value>(line)
        .map_err(|e| format!("invalid JSON: {e}"))
        .and_then(|v| draft(&v, line_no.to_string(), &place, ids, report));
    match parsed {
        Ok(d) => Some(d),
        Err(reason) => {
            report.skipped.push(Skipped {
                path: place,
                reason,
            });
            None
        }
    }
}

/// Parses a JSON file: one object or an array of objects.
pub(crate) fn parse_document(content: &str, path: &str, report: &mut IngestReport) -> Vec<Draft> {
    let value = match serde_json::from_str::<Value>(content) {
        Ok(v) => v,
        Err(e) => {
            // Several objects one per line in a `.json` file: read it as JSON Lines.
            let first = content.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            if serde_json::from_str::<Value>(first.trim()).is_ok_and(|v| v.is_object()) {
                return parse_lines(content, path, report);
            }
            report.skipped.push(Skipped {
                path: path.to_string(),
                reason: format!("invalid JSON: {e}"),
            });
            return Vec::new();
        }
    };
    let mut ids = HashSet::new();
    match value {
        Value::Array(items) => {
            let mut out = Vec::new();
            for (i, item) in items.iter().enumerate() {
                let place = format!("{path}[{}]", i + 1);
                match draft(item, (i + 1).to_string(), &place, &mut ids, report) {
                    Ok(d) => out.push(d),
                    Err(reason) => report.skipped.push(Skipped {
                        path: place,
                        reason,
                    }),
                }
            }
            out
        }
        other => match draft(&other, "1".into(), path, &mut ids, report) {
            Ok(mut d) => {
                // A single object is the whole file: its id is optional in the article id.
                if other.get("id").is_none() {
                    d.key = None;
                }
                vec![d]
            }
            Err(reason) => {
                report.skipped.push(Skipped {
                    path: path.to_string(),
                    reason,
                });
                Vec::new()
            }
        },
    }
}

/// One object to a draft; `fallback_key` (line or index) names it when it has no id.
fn draft(
    value: &Value,
    fallback_key: String,
    place: &str,
    ids: &mut HashSet<String>,
    report: &mut IngestReport,
) -> Result<Draft, String> {
    let Value::Object(obj) = value else {
        return Err(format!("not a JSON object but {}", kind(value)));
    };
    let paragraphs: Vec<String> = if let Some(t) = ["text", "body", "content"]
        .iter()
        .find_map(|k| obj.get(*k).and_then(Value::as_str))
    {
        text::split_paragraphs(t)
    } else if let Some(Value::Array(items)) = obj.get("paragraphs") {
        items
            .iter()
            .filter_map(Value::as_str)
            .map(String::from)
            .collect()
    } else {
        return Err("no \"text\" string field".into());
    };
    let mut key = match obj.get("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => fallback_key.clone(),
    };
    if !ids.insert(key.clone()) {
        report.notices.push(Notice {
            path: place.to_string(),
            message: format!("repeated id \"{key}\"; this one is #{key}@{fallback_key}"),
        });
        key = format!("{key}@{fallback_key}");
    }
    let string = |k: &str| obj.get(k).and_then(Value::as_str).map(String::from);
    Ok(Draft {
        key: Some(key),
        place: Some(place.to_string()),
        title: string("title"),
        url: string("url"),
        published: match obj.get("published") {
            Some(Value::Null) | None => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => Some(other.to_string()),
        },
        meta: obj
            .iter()
            .filter(|(k, _)| !JSON_ARTICLE_FIELDS.has(k))
            .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
            .collect(),
        paragraphs,
    })
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_with_a_bad_line_keep_the_rest() {
        let mut report = IngestReport::default();
        let content = concat!(
            r#"{"id": "a1", "title": "T", "text": "One.\n\nTwo.", "extra": 5}"#,
            "\n{broken\n\n",
            r#"{"title": "No id", "text": "Only."}"#,
            "\n[1, 2]\n",
            r#"{"id": 7, "title": "No text"}"#,
            "\n",
        );
        let drafts = parse_lines(content, "f.jsonl", &mut report);
        assert_eq!(drafts.len(), 2);
        assert_eq!(drafts[0].key.as_deref(), Some("a1"));
        assert_eq!(drafts[0].paragraphs, vec!["One.", "Two."]);
        assert_eq!(drafts[1].key.as_deref(), Some("4"));
        let places: Vec<&str> = report.skipped.iter().map(|s| s.path.as_str()).collect();
        assert_eq!(places, vec!["f.jsonl:2", "f.jsonl:5", "f.jsonl:6"]);
        assert!(report.skipped[0].reason.starts_with("invalid JSON"));
        assert!(report.skipped[1].reason.contains("an array"));
        assert!(report.skipped[2].reason.contains("text"));
    }

    #[test]
    fn repeated_ids_are_made_unique() {
        let mut report = IngestReport::default();
        let content = "{\"id\":\"x\",\"text\":\"a\"}\n{\"id\":\"x\",\"text\":\"b\"}\n";
        let drafts = parse_lines(content, "f.jsonl", &mut report);
        assert_eq!(drafts[1].key.as_deref(), Some("x@2"));
        assert_eq!(report.notices.len(), 1);
    }

    #[test]
    fn document_array_object_and_disguised_lines() {
        let mut report = IngestReport::default();
        let arr = r#"[{"text": "A."}, "oops", {"id": "k", "text": "B."}]"#;
        let drafts = parse_document(arr, "a.json", &mut report);
        let keys: Vec<_> = drafts.iter().map(|d| d.key.clone()).collect();
        assert_eq!(keys, vec![Some("1".into()), Some("k".into())]);
        assert_eq!(report.skipped[0].path, "a.json[2]");

        let one = parse_document(r#"{"title": "Solo", "text": "C."}"#, "o.json", &mut report);
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].key, None);

        let lines = parse_document(
            "{\"text\":\"x\"}\n{\"text\":\"y\"}\n",
            "l.json",
            &mut report,
        );
        assert_eq!(lines.len(), 2);

        let before = report.skipped.len();
        assert!(parse_document("{nope", "bad.json", &mut report).is_empty());
        assert_eq!(report.skipped.len(), before + 1);
    }
}
