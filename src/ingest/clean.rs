//! Text cleaning applied to every title and paragraph ingest produces.
//!
//! [`clean`] does, in one pass:
//! - whitespace: tabs, newlines, NBSP and the other Unicode spaces become one ASCII space;
//!   runs of spaces collapse; the result is trimmed. Zero-width characters (ZWSP, ZWNJ, ZWJ,
//!   word joiner, BOM) and the soft hyphen are removed.
//! - control characters (C0 and C1) are removed.
//! - quotes: curly single quotes and primes become `'`; curly double quotes, double primes and
//!   guillemets become `"`.
//! - dashes: en dash, em dash, horizontal bar, minus sign and the like become a spaced ASCII
//!   hyphen `" - "` ("met—and" -> "met - and", "Paris – Rome" -> "Paris - Rome"), except
//!   between two digits, where they mean a range and become a bare `-` ("1990–95" ->
//!   "1990-95"). Unicode hyphens (U+2010, U+2011) become `-`.
//! - the ellipsis character becomes `...`.
//!
//! Then [`repair_run_together`] splits words that scraping glued together ("inVientiane",
//! "the11th"): see its docs for the rule and what it leaves alone.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::lists::GLUE_WORDS;

/// Cleans one paragraph or title (see the module docs). Never panics; may return "".
pub(crate) fn clean(text: &str) -> String {
    let normalized = normalize(text);
    repair_run_together(&normalized)
}

/// Character-level normalisation: whitespace, controls, quotes, dashes (module docs).
pub(crate) fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // A space is pending between the last pushed char and the next one.
    let mut pending_space = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // Zero-width characters and the soft hyphen vanish without a trace.
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
            c if c.is_whitespace() => pending_space = true,
            c if c.is_control() => {}
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{2035}' => {
                push(&mut out, &mut pending_space, '\'')
            }
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{2036}'
            | '\u{00AB}' | '\u{00BB}' => push(&mut out, &mut pending_space, '"'),
            '\u{2010}' | '\u{2011}' => push(&mut out, &mut pending_space, '-'),
            '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' | '\u{FE58}'
            | '\u{FE63}' | '\u{FF0D}' => {
                let prev_digit = !pending_space && out.ends_with(|p: char| p.is_ascii_digit());
                let next_digit = chars.peek().is_some_and(char::is_ascii_digit);
                if prev_digit && next_digit {
                    out.push('-');
                } else {
                    pending_space = true;
                    push(&mut out, &mut pending_space, '-');
                    pending_space = true;
                }
            }
            '\u{2026}' => {
                push(&mut out, &mut pending_space, '.');
                out.push_str("..");
            }
            c => push(&mut out, &mut pending_space, c),
        }
    }
    out
}

/// Pushes `c`, first emitting one pending space unless at the start of the output.
fn push(out: &mut String, pending_space: &mut bool, c: char) {
    if *pending_space && !out.is_empty() {
        out.push(' ');
    }
    *pending_space = false;
    out.push(c);
}

/// A glue word followed directly by a capital letter or a digit. Whether the word starts a
/// word is checked by hand (a Unicode `\b` would slow the regex down on non-ASCII text).
/// The words are the lexicon's [`GLUE_WORDS`]: only these are split off, since a general
/// "lower→Upper" rule would break iPhone, eBay, YouTube or McDonald.
static GLUED: LazyLock<Regex> = LazyLock::new(|| {
    let words = GLUE_WORDS.join("|");
    Regex::new(&format!(r"(?:{words})[\p{{Lu}}0-9]")).expect("valid glue regex")
});

/// Splits words run together by scraping: "inVientiane" -> "in Vientiane", "withAdmiral" ->
/// "with Admiral", "toldDong" -> "told Dong", "the11th" -> "the 11th".
///
/// Rule: a space is inserted after a lowercase prefix only when the prefix is a whole word
/// from a list of common function words and reporting verbs (two letters or more) and it
/// starts a word. Tokens that are URLs (`://`, `www.`, anything with `/`), domains
/// (`example.com`), @handles, #hashtags or e-mail addresses are left as they are. So
/// iPhone, McDonald, MacArthur, YouTube, PlayStation, eBay, PhD, DeSantis, LeBron, O'Neill,
/// COVID19, G20, F-16, 5G, mp3 and pic.twitter.com/PD7E6hue1h stay unchanged.
pub(crate) fn repair_run_together(text: &str) -> String {
    let mut out = String::new();
    let mut copied = 0;
    for m in GLUED.find_iter(text) {
        // The split point is before the last char (the capital or digit).
        let split = m.start() + m.as_str().char_indices().last().map_or(0, |(i, _)| i);
        let at_word_start = !text[..m.start()]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_');
        if !at_word_start || is_protected_token(token_around(text, m.start())) {
            continue;
        }
        out.push_str(&text[copied..split]);
        out.push(' ');
        copied = split;
    }
    if copied == 0 {
        return text.to_string();
    }
    out.push_str(&text[copied..]);
    out
}

/// The whitespace-delimited token containing byte offset `at`.
fn token_around(text: &str, at: usize) -> &str {
    let start = text[..at].rfind(char::is_whitespace).map_or(0, |i| {
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    });
    let end = text[at..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| at + i);
    &text[start..end]
}

/// A domain-like piece: a dot between a letter or digit and a lowercase letter ("x.com").
static DOMAIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{L}0-9]\.[a-z]").expect("valid domain regex"));

/// True for URLs, domains, handles, hashtags and e-mail addresses, which must not be split.
fn is_protected_token(token: &str) -> bool {
    let t = token.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '@' && c != '#');
    t.starts_with('#')
        || t.contains('@')
        || t.contains('/')
        || t.contains("://")
        || t.to_ascii_lowercase().starts_with("www.")
        || DOMAIN.is_match(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_glued_function_words() {
        for (input, want) in [
            (
                "met inVientiane, the capital",
                "met in Vientiane, the capital",
            ),
            (
                "his meeting withAdmiral Berg",
                "his meeting with Admiral Berg",
            ),
            (
                "Okafor andGhanaian President",
                "Okafor and Ghanaian President",
            ),
            ("Okafor toldMei Lin.", "Okafor told Mei Lin."),
            ("attend the11th meeting", "attend the 11th meeting"),
            ("\"inParis\" she said", "\"in Paris\" she said"),
            ("(ofNorway)", "(of Norway)"),
            ("fromBrasilia toLima", "from Brasilia to Lima"),
            ("in2019 and2020", "in 2019 and 2020"),
            ("born inÉvora", "born in Évora"),
        ] {
            assert_eq!(clean(input), want, "input: {input}");
        }
    }

    #[test]
    fn leaves_non_examples_alone() {
        for keep in [
            "iPhone",
            "McDonald",
            "MacArthur",
            "YouTube",
            "PlayStation",
            "eBay",
            "PhD",
            "DeSantis",
            "LeBron",
            "O'Neill",
            "https://example.com/inParis/theIndex",
            "http://news.example.org/andThen",
            "www.inGermany.de",
            "pic.twitter.com/PD7E6hue1h",
            "@inVientiane",
            "@rajnathsingh",
            "#inIndia",
            "#ThePlan",
            "andrea.forTest@example.com",
            "inbox@theMail.org",
            "COVID19",
            "G20",
            "F-16",
            "5G",
            "mp3",
            "within",
            "thermal",
            "toward",
            "Within",
            "WithAdmiral",
            "beIN Sports",
            "theinVientiane",
        ] {
            assert_eq!(clean(keep), keep, "must stay unchanged");
        }
    }

    #[test]
    fn protected_tokens_do_not_shield_neighbours() {
        assert_eq!(
            clean("See https://x.org/aB inLisbon @someOne andMore"),
            "See https://x.org/aB in Lisbon @someOne and More"
        );
    }

    #[test]
    fn normalises_whitespace_and_controls() {
        assert_eq!(
            clean("\u{00A0} a\tb \u{2003}c\u{200B}d\u{0007}e \n\r f\u{FEFF} "),
            "a b cde f"
        );
        assert_eq!(clean("co\u{00AD}operation"), "cooperation");
        assert_eq!(clean(""), "");
        assert_eq!(clean(" \u{00A0}\t"), "");
    }

    #[test]
    fn straightens_quotes() {
        assert_eq!(
            clean(
                "\u{201C}We\u{2019}re ready,\u{201D} she said \u{00AB}oui\u{00BB} \u{2018}x\u{2019}"
            ),
            "\"We're ready,\" she said \"oui\" 'x'"
        );
    }

    #[test]
    fn dashes_become_spaced_hyphens_except_in_ranges() {
        assert_eq!(clean("talks\u{2014}and more"), "talks - and more");
        assert_eq!(clean("talks \u{2014} and more"), "talks - and more");
        assert_eq!(clean("Paris \u{2013} Rome"), "Paris - Rome");
        assert_eq!(clean("1990\u{2013}95 and 3\u{2014}2"), "1990-95 and 3-2");
        assert_eq!(
            clean("\u{2014} Jane Roe (@jroe) May 4, 2021"),
            "- Jane Roe (@jroe) May 4, 2021"
        );
        assert_eq!(clean("self\u{2011}made"), "self-made");
        assert_eq!(clean("wait\u{2026}"), "wait...");
    }

    #[test]
    fn token_around_finds_the_whitespace_token() {
        let s = "ab cd\u{00A0}ef gh";
        assert_eq!(token_around(s, 3), "cd");
        assert_eq!(token_around(s, 0), "ab");
        assert_eq!(token_around(s, s.len() - 1), "gh");
    }
}
