//! Answers as Discord embeds: the question as title, the answer as description, the sources
//! as markdown links in "Sources" fields and a footer saying where the answer comes from,
//! within every embed limit as Discord counts them (Unicode code points, see
//! [`discord_len`](super::render::discord_len)). A body too long is cut at a sentence with a
//! note; the sources are kept.

use poise::serenity_prelude::{CreateEmbed, CreateEmbedFooter};

use crate::engine::{Answer, IndexStats, Source};

use super::render::{SHORTENED, cut_at_sentence, cut_at_word, discord_len};

/// Discord's limit on an embed title.
pub(crate) const MAX_TITLE: usize = 256;
/// Discord's limit on an embed description.
pub(crate) const MAX_DESCRIPTION: usize = 4096;
/// Discord's limit on a field's value.
pub(crate) const MAX_FIELD_VALUE: usize = 1024;
/// Discord's limit on the number of fields of one embed.
pub(crate) const MAX_FIELDS: usize = 25;
/// Discord's limit on a footer's text.
pub(crate) const MAX_FOOTER: usize = 2048;
/// Discord's limit on title, description, field names and values and footer together.
pub(crate) const MAX_TOTAL: usize = 6000;

/// Room always kept for the answer body, however many sources there are: the sources give
/// way first (with "… and N more"), so a long source list never crowds out the answer.
const MIN_BODY: usize = 1500;

/// Longest source title shown; longer ones are cut at a word (the engine's own cut).
const MAX_SOURCE_TITLE: usize = 200;

/// Name of the first sources field; the next ones are "Sources (continued)".
const SOURCES: &str = "Sources";
const SOURCES_MORE: &str = "Sources (continued)";

/// Discord's embed colour for answers: a calm blue, the same for every answer.
const COLOUR: u32 = 0x3B_6E_A5;

/// An answer laid out as one embed, in plain strings (so its limits are checked without
/// Discord). `fields` are (name, value) pairs, none inline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerEmbed {
    pub title: String,
    pub description: String,
    pub fields: Vec<(String, String)>,
    pub footer: String,
}

impl AnswerEmbed {
    /// Characters counted against [`MAX_TOTAL`], as Discord counts them.
    pub fn total_len(&self) -> usize {
        discord_len(&self.title)
            + discord_len(&self.description)
            + discord_len(&self.footer)
            + self
                .fields
                .iter()
                .map(|(n, v)| discord_len(n) + discord_len(v))
                .sum::<usize>()
    }

    /// The serenity builder of this embed (an empty title or description is left out:
    /// Discord refuses empty ones).
    pub fn to_builder(&self) -> CreateEmbed {
        let mut e = CreateEmbed::new()
            .colour(COLOUR)
            .footer(CreateEmbedFooter::new(&self.footer));
        if !self.title.is_empty() {
            e = e.title(&self.title);
        }
        if !self.description.is_empty() {
            e = e.description(&self.description);
        }
        for (name, value) in &self.fields {
            e = e.field(name, value, false);
        }
        e
    }
}

/// The embed of `answer` to `question`, with the footer naming the index `stats` (none: no
/// index yet). Every limit holds whatever the sizes of question, body and sources.
pub fn answer_embed(question: &str, answer: &Answer, stats: Option<&IndexStats>) -> AnswerEmbed {
    let title = cut_at_word(&one_line(question), MAX_TITLE);
    let footer = cut_at_word(&footer(stats), MAX_FOOTER);
    let fixed = discord_len(&title) + discord_len(&footer);
    let fields = source_fields(&answer.sources, MAX_TOTAL - fixed - MIN_BODY);
    let used: usize = fields
        .iter()
        .map(|(n, v)| discord_len(n) + discord_len(v))
        .sum();
    let room = MAX_DESCRIPTION.min(MAX_TOTAL - fixed - used);
    AnswerEmbed {
        title,
        description: fit_body(&answer.body, room),
        fields,
        footer,
    }
}

/// "from 3 indexed articles · index built 2026-11-27".
fn footer(stats: Option<&IndexStats>) -> String {
    match stats {
        Some(s) => {
            let day = s.built_at.split('T').next().unwrap_or(&s.built_at);
            let plural = if s.articles == 1 { "" } else { "s" };
            format!(
                "from {} indexed article{plural} · index built {day}",
                s.articles
            )
        }
        None => "no index yet".to_string(),
    }
}

/// The body within `room`: whole, or cut at a sentence and followed by [`SHORTENED`].
fn fit_body(body: &str, room: usize) -> String {
    let body = body.trim_end();
    if discord_len(body) <= room {
        return body.to_string();
    }
    let note = format!("\n{SHORTENED}");
    let cut = cut_at_sentence(body, room.saturating_sub(discord_len(&note)));
    format!("{cut}{note}")
}

/// The sources as lines of fields within [`MAX_FIELD_VALUE`] each, at most [`MAX_FIELDS`]
/// fields and `budget` characters in all (names included). Sources that do not fit are
/// counted in a last line, "… and N more".
fn source_fields(sources: &[Source], budget: usize) -> Vec<(String, String)> {
    let lines: Vec<String> = sources.iter().map(source_line).collect();
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut used = 0;
    for (i, line) in lines.iter().enumerate() {
        // Room for this line and, if more follow, for the "and N more" line after it.
        let more = more_line(lines.len() - i - 1);
        let reserve = if i + 1 < lines.len() {
            discord_len(&more) + discord_len(SOURCES_MORE) + 1
        } else {
            0
        };
        let cost = line_cost(&fields, line);
        if used + cost + reserve > budget || !push_line(&mut fields, line) {
            let rest = more_line(lines.len() - i);
            used += line_cost(&fields, &rest);
            if used <= budget {
                push_line(&mut fields, &rest);
            }
            break;
        }
        used += cost;
    }
    fields
}

/// "… and 3 more".
fn more_line(n: usize) -> String {
    format!("… and {n} more")
}

/// What adding `line` to `fields` costs: the line and its newline, or a new field's name.
fn line_cost(fields: &[(String, String)], line: &str) -> usize {
    let len = discord_len(line);
    match fields.last() {
        Some((_, v)) if discord_len(v) + 1 + len <= MAX_FIELD_VALUE => len + 1,
        Some(_) => len + discord_len(SOURCES_MORE),
        None => len + discord_len(SOURCES),
    }
}

/// Appends `line` to the last field, or opens a new one; false when no field may be opened.
fn push_line(fields: &mut Vec<(String, String)>, line: &str) -> bool {
    if let Some((_, v)) = fields.last_mut()
        && discord_len(v) + 1 + discord_len(line) <= MAX_FIELD_VALUE
    {
        v.push('\n');
        v.push_str(line);
        return true;
    }
    if fields.len() == MAX_FIELDS {
        return false;
    }
    let name = if fields.is_empty() {
        SOURCES
    } else {
        SOURCES_MORE
    };
    fields.push((name.to_string(), line.to_string()));
    true
}

/// `[title](url) ¶N`, or `title ¶N` when there is no usable link (none, not http(s), or too
/// long for a field).
fn source_line(s: &Source) -> String {
    let title = escape_markdown(&cut_at_word(&one_line(&s.title), MAX_SOURCE_TITLE));
    let plain = format!("{title} ¶{}", s.paragraph);
    let Some(url) = s.url.as_deref().and_then(link_target) else {
        return plain;
    };
    let linked = format!("[{title}]({url}) ¶{}", s.paragraph);
    if discord_len(&linked) <= MAX_FIELD_VALUE {
        linked
    } else {
        plain
    }
}

/// The URL as a markdown link target: http(s) only, with the characters that would end the
/// link (or break it) percent-encoded.
fn link_target(url: &str) -> Option<String> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return None;
    }
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            c if c.is_whitespace() => out.push_str("%20"),
            c => out.push(c),
        }
    }
    Some(out)
}

/// Text with Discord's markdown characters escaped, so a title shows as written and cannot
/// end the link it is the text of.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '[' | ']' | '*' | '_' | '~' | '`' | '|' | '<' | '>'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whitespace runs (newlines included) as single spaces, trimmed.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::AnswerKind;

    fn source(i: usize, title: &str, url: Option<&str>) -> Source {
        Source {
            article: format!("a{i}.txt"),
            title: title.to_string(),
            url: url.map(str::to_string),
            paragraph: i,
        }
    }

    fn answer(body: &str, sources: Vec<Source>) -> Answer {
        Answer {
            body: body.to_string(),
            sources,
            kind: AnswerKind::Fact,
        }
    }

    fn stats() -> IndexStats {
        IndexStats {
            articles: 3,
            paragraphs: 41,
            facts: 5,
            built_at: "2026-11-27T08:00:00Z".into(),
        }
    }

    fn assert_within_limits(e: &AnswerEmbed) {
        assert!(discord_len(&e.title) <= MAX_TITLE);
        assert!(discord_len(&e.description) <= MAX_DESCRIPTION);
        assert!(discord_len(&e.footer) <= MAX_FOOTER);
        assert!(e.fields.len() <= MAX_FIELDS);
        for (n, v) in &e.fields {
            assert!(discord_len(n) <= 256 && discord_len(v) <= MAX_FIELD_VALUE);
        }
        assert!(e.total_len() <= MAX_TOTAL, "{}", e.total_len());
    }

    #[test]
    fn a_short_answer_is_whole_with_links_and_footer() {
        let a = answer(
            "They met in Bergen on Thursday, 13 April 2023.",
            vec![
                source(1, "Ferry [link] talks", Some("https://example.org/a_(b)")),
                source(3, "No link here", None),
                source(4, "Odd scheme", Some("javascript:alert(1)")),
            ],
        );
        let e = answer_embed("  When did they\nmeet? ", &a, Some(&stats()));
        assert_eq!(e.title, "When did they meet?");
        assert_eq!(e.description, a.body);
        assert_eq!(
            e.fields,
            vec![(
                "Sources".to_string(),
                "[Ferry \\[link\\] talks](https://example.org/a_%28b%29) ¶1\n\
                 No link here ¶3\nOdd scheme ¶4"
                    .to_string()
            )]
        );
        assert_eq!(e.footer, "from 3 indexed articles · index built 2026-11-27");
        assert_eq!(answer_embed("q", &a, None).footer, "no index yet");
        // Discord refuses empty strings: they are left out.
        let empty = serde_json::to_value(answer_embed(" ", &answer("", vec![]), None).to_builder())
            .unwrap();
        assert!(empty.get("title").is_none() && empty.get("description").is_none());
        assert_eq!(empty["footer"]["text"], "no index yet");
    }

    #[test]
    fn a_ten_thousand_character_answer_is_cut_at_a_sentence_and_keeps_its_sources() {
        let sentence = "Minister Alva Brandt met the harbour council in Tromsø for talks. ";
        let body = sentence.repeat(10_000 / sentence.chars().count() + 1);
        assert!(body.chars().count() >= 10_000);
        let a = answer(&body, vec![source(1, "Harbour", Some("https://e.org/1"))]);
        let e = answer_embed(&"Why? ".repeat(100), &a, Some(&stats()));
        assert_within_limits(&e);
        assert!(discord_len(&e.title) <= MAX_TITLE && e.title.ends_with('…'));
        assert!(e.description.ends_with(&format!("talks.\n{SHORTENED}")));
        assert_eq!(e.fields[0].1, "[Harbour](https://e.org/1) ¶1");
        // Counted in code points: a description of non-BMP characters uses the room fully.
        let wide = answer(&"🙂 Hej. ".repeat(2000), vec![]);
        let e = answer_embed("q", &wide, None);
        assert_within_limits(&e);
        assert!(e.description.chars().count() > MAX_DESCRIPTION - 20);
    }

    #[test]
    fn many_long_sources_fill_fields_and_the_rest_are_counted() {
        let title = "A very long headline about harbour talks ".repeat(5);
        let url = format!("https://example.org/{}", "x".repeat(300));
        let many: Vec<Source> = (1..=200).map(|i| source(i, &title, Some(&url))).collect();
        let e = answer_embed("Who met?", &answer(&"Body. ".repeat(2000), many), None);
        assert_within_limits(&e);
        assert_eq!(e.fields[0].0, "Sources");
        assert!(e.fields.iter().skip(1).all(|(n, _)| n == SOURCES_MORE));
        let last = &e.fields.last().unwrap().1;
        assert!(last.ends_with(" more"), "{last}");
        assert!(discord_len(&e.description) >= MIN_BODY - 100);
        // A URL too long for a field leaves the title unlinked.
        let huge = source(1, "T", Some(&format!("https://e.org/{}", "y".repeat(2000))));
        assert_eq!(source_line(&huge), "T ¶1");
    }
}
