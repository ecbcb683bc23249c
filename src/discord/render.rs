//! Fitting text into Discord's limits: a message holds at most 2,000 characters of
//! content. Long answers are cut at the end of a sentence with a note, and their sources are
//! kept; long lists are cut at a line.

use poise::CreateReply;
use poise::serenity_prelude::CreateAllowedMentions;

use crate::engine::{Answer, render_sources};

use super::embed::AnswerEmbed;

/// Most characters of message content Discord accepts.
pub(crate) const MAX_CONTENT: usize = 2000;

/// Appended to an answer that had to be cut.
pub(crate) const SHORTENED: &str = "(answer shortened)";

/// Allowed mentions for every message the bot sends: none. No @everyone, @here, role or
/// user pings, whatever an article or a question contains, and no ping of the user replied to.
pub(crate) fn no_pings() -> CreateAllowedMentions {
    CreateAllowedMentions::new()
        .empty_users()
        .empty_roles()
        .replied_user(false)
}

/// A reply with this embed (and no content) and no pings.
pub(crate) fn embed_reply(embed: &AnswerEmbed) -> CreateReply {
    CreateReply::default()
        .embed(embed.to_builder())
        .allowed_mentions(no_pings())
}

/// A reply with this content and no pings.
pub(crate) fn reply(content: impl Into<String>) -> CreateReply {
    CreateReply::default()
        .content(content)
        .allowed_mentions(no_pings())
}

/// Characters as Discord counts them: Unicode code points (its API is Python 3 and counts
/// `len(str)`, as Discord's staff said in discord/discord-api-docs#1315), so "🙂" is one.
pub(crate) fn discord_len(s: &str) -> usize {
    s.chars().count()
}

/// The answer with its sources, within [`MAX_CONTENT`]. A body too long is cut at the end of
/// a sentence and marked [`SHORTENED`]; the sources stay (cut only if they alone are too long).
pub fn fit_answer(answer: &Answer) -> String {
    fit_answer_within(answer, MAX_CONTENT)
}

fn fit_answer_within(answer: &Answer, limit: usize) -> String {
    let full = answer.text();
    if discord_len(&full) <= limit {
        return full;
    }
    let sources = render_sources(&answer.sources);
    // Leave the body at least a third of the room, whatever the sources need.
    let sources = fit_lines(&sources, limit * 2 / 3, "");
    let tail = if sources.is_empty() {
        String::new()
    } else {
        format!("\n\n{sources}")
    };
    let note = format!("\n{SHORTENED}");
    let budget = limit.saturating_sub(discord_len(&tail) + discord_len(&note));
    let whole = answer.body.trim_end();
    let body = cut_at_sentence(whole, budget);
    if body == whole {
        return format!("{body}{tail}");
    }
    format!("{body}{note}{tail}")
}

/// `text` within [`MAX_CONTENT`], cut after the last whole line that fits and followed by
/// `note` (e.g. "(list shortened)") when cut.
pub(crate) fn fit_text(text: &str, note: &str) -> String {
    fit_lines(text, MAX_CONTENT, note)
}

fn fit_lines(text: &str, limit: usize, note: &str) -> String {
    if discord_len(text) <= limit {
        return text.to_string();
    }
    let note_len = if note.is_empty() {
        0
    } else {
        discord_len(note) + 1
    };
    let budget = limit.saturating_sub(note_len);
    let mut out = String::new();
    for line in text.lines() {
        let extra = discord_len(line) + usize::from(!out.is_empty());
        if discord_len(&out) + extra > budget {
            break;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
    if out.is_empty() {
        // A single line longer than the budget: cut it at a sentence or word.
        out = cut_at_sentence(text, budget);
    }
    if !note.is_empty() {
        out.push('\n');
        out.push_str(note);
    }
    out
}

/// The longest prefix of `text` within `budget` characters that ends a sentence; failing
/// that, cut at a word with an ellipsis.
pub(crate) fn cut_at_sentence(text: &str, budget: usize) -> String {
    if discord_len(text) <= budget {
        return text.to_string();
    }
    // Byte offset of the longest prefix within budget - 1 (room for an ellipsis).
    let mut end = 0;
    let mut used = 0;
    for (i, c) in text.char_indices() {
        used += 1;
        if used > budget.saturating_sub(1) {
            break;
        }
        end = i + c.len_utf8();
    }
    let prefix = &text[..end];
    // The last sentence end: . ! ? (maybe followed by a closing quote or bracket) before
    // whitespace or the end of the prefix, when the text goes on with whitespace.
    let bytes = text.as_bytes();
    let mut best = None;
    for (i, c) in prefix.char_indices() {
        if matches!(c, '.' | '!' | '?' | '…') {
            let mut j = i + c.len_utf8();
            while j < prefix.len() && matches!(bytes[j], b'"' | b'\'' | b')' | b']') {
                j += 1;
            }
            let next = text[j..].chars().next();
            if next.is_none_or(char::is_whitespace) && j <= prefix.len() {
                best = Some(j);
            }
        }
    }
    match best {
        Some(j) if j > 0 => text[..j].trim_end().to_string(),
        _ => word_cut(prefix),
    }
}

/// `text` within `limit` characters: whole, or cut at a word with "…".
pub(crate) fn cut_at_word(text: &str, limit: usize) -> String {
    if discord_len(text) <= limit {
        return text.to_string();
    }
    let prefix: String = text.chars().take(limit.saturating_sub(1)).collect();
    word_cut(&prefix)
}

/// `prefix` (already one character short of the limit) cut at its last word, with "…".
fn word_cut(prefix: &str) -> String {
    let cut = prefix
        .rfind(char::is_whitespace)
        .filter(|&w| w > 0)
        .unwrap_or(prefix.len());
    format!("{}…", prefix[..cut].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::AnswerKind;
    use crate::engine::Source;

    fn answer(body: String, n_sources: usize) -> Answer {
        Answer {
            body,
            sources: (1..=n_sources)
                .map(|i| Source {
                    article: format!("a{i}.txt"),
                    title: format!("Harbour talks, part {i}"),
                    url: Some(format!("https://example.org/{i}")),
                    paragraph: i,
                })
                .collect(),
            kind: AnswerKind::Quote,
        }
    }

    #[test]
    fn no_pings_allows_nothing() {
        let v = serde_json::to_value(no_pings()).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"parse": [], "users": [], "roles": [], "replied_user": false})
        );
    }

    #[test]
    fn short_answers_are_unchanged() {
        let a = answer("The envoys met in Porto on 3 May 2022.".into(), 2);
        assert_eq!(fit_answer(&a), a.text());
    }

    #[test]
    fn long_answers_are_cut_at_a_sentence_and_keep_sources() {
        let sentence = "Minister Alva Brandt met the harbour council in Tromso for talks. ";
        let a = answer(sentence.repeat(60), 3);
        let out = fit_answer(&a);
        assert!(discord_len(&out) <= MAX_CONTENT, "{}", discord_len(&out));
        assert!(out.contains(SHORTENED));
        assert!(out.ends_with(&render_sources(&a.sources)));
        let body = out.split(SHORTENED).next().unwrap().trim_end();
        assert!(body.ends_with("talks."), "{body:?}");
    }

    #[test]
    fn text_without_sentence_ends_is_cut_at_a_word() {
        let a = answer("word ".repeat(800), 0);
        let out = fit_answer(&a);
        assert!(discord_len(&out) <= MAX_CONTENT);
        assert!(
            out.contains("word…\n(answer shortened)"),
            "{}",
            &out[out.len() - 40..]
        );
    }

    #[test]
    fn counts_wide_characters_as_discord_does() {
        let a = answer("🙂 Tschüss. ".repeat(300), 1);
        let out = fit_answer(&a);
        assert!(discord_len(&out) <= MAX_CONTENT);
        assert!(out.contains(SHORTENED));
    }

    #[test]
    fn huge_source_lists_are_cut_too() {
        let mut a = answer("Short body.".into(), 0);
        a.sources = (1..200)
            .map(|i| Source {
                article: format!("{i}"),
                title: "A very long headline about harbour talks and ferries".into(),
                url: None,
                paragraph: i,
            })
            .collect();
        let out = fit_answer(&a);
        assert!(discord_len(&out) <= MAX_CONTENT);
        assert!(out.starts_with("Short body.\n\nSources:"));
        assert!(!out.contains(SHORTENED));
    }

    #[test]
    fn lists_are_cut_at_a_line_with_a_note() {
        let text: String = (1..400)
            .map(|i| format!("- meeting number {i}\n"))
            .collect();
        let out = fit_text(&text, "(list shortened)");
        assert!(discord_len(&out) <= MAX_CONTENT);
        assert!(out.ends_with("\n(list shortened)"));
        let before = out.lines().rev().nth(1).unwrap();
        assert!(before.starts_with("- meeting number "));
        assert_eq!(fit_text("a\nb", "(x)"), "a\nb");
    }
}
