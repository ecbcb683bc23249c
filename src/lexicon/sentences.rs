//! Sentence splitting aware of abbreviations ("Nov.", "Adm.", "Mr.", "U.S."), initials
//! ("J. Smith") and quotations (a full stop inside a quotation does not end the sentence
//! the quotation belongs to). Sentences keep their byte offsets and 1-based paragraph.

use crate::lexicon::lists::ABBREVIATIONS;

/// One sentence of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// 1-based paragraph number.
    pub para: usize,
    /// Byte offsets in the paragraph.
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Which quotations are open at a point of a paragraph.
#[derive(Default)]
struct OpenQuotes {
    straight: bool,
    curly: i32,
}

impl OpenQuotes {
    /// Notes a quotation mark, opening or closing; other characters change nothing.
    fn see(&mut self, c: char) {
        match c {
            '"' => self.straight = !self.straight,
            '“' => self.curly += 1,
            '”' => self.curly = (self.curly - 1).max(0),
            _ => {}
        }
    }

    fn any(&self) -> bool {
        self.straight || self.curly > 0
    }
}

/// Splits a paragraph into sentences (byte ranges).
pub fn split_ranges(p: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = p.char_indices().collect();
    let mut start = 0;
    let mut quotes = OpenQuotes::default();
    let mut i = 0;
    let quoted_ok = quotes_balance(p);
    while i < chars.len() {
        let (pos, c) = chars[i];
        quotes.see(c);
        if !matches!(c, '.' | '!' | '?') {
            i += 1;
            continue;
        }
        // Absorb following closing quotes/brackets and repeated punctuation.
        let mut j = i + 1;
        while let Some(&(_, d)) = chars.get(j) {
            if !matches!(d, '.' | '!' | '?' | ')' | '’' | '\'' | '"' | '”') {
                break;
            }
            quotes.see(d);
            j += 1;
        }
        let inside_quote = quoted_ok && quotes.any();
        let next = chars.get(j).map(|c| c.1);
        let after = chars.get(j + 1).map(|c| c.1);
        let dots = chars[i..j].iter().filter(|c| c.1 == '.').count();
        let boundary = match next {
            None => true,
            // A wire digest runs its briefs together: "traders said....Cocoa Producers".
            Some(n) if dots >= DIGEST_DOTS && n.is_uppercase() => !inside_quote,
            // Two sentences run together by a lost space: "Admiral Lu Jun.Okafor joined".
            Some(n) if dots == 1 && n.is_uppercase() && after.is_some_and(char::is_lowercase) => {
                !inside_quote
                    && lower_word_before(&chars, i)
                    && (!is_abbreviation(p, pos) || ends_in_month(&p[..pos]))
            }
            Some(n) if n.is_whitespace() => {
                let after = after.unwrap_or(' ');
                !inside_quote
                    && (after.is_uppercase()
                        || after.is_numeric()
                        || matches!(after, '"' | '“' | '‘' | '\'' | '(' | '['))
                    && (c != '.' || !is_abbreviation(p, pos))
            }
            _ => false,
        };
        if boundary {
            let end = chars.get(j).map_or(p.len(), |c| c.0);
            push_trimmed(p, start, end, &mut out);
            start = end;
        }
        i = j;
    }
    push_trimmed(p, start, p.len(), &mut out);
    out
}

/// True when `before` ends with a month's name or short form: "Jun" before a capitalised
/// word with no space ("Lu Jun.Okafor") is no date ("Jun. 5" has a number after it).
fn ends_in_month(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    super::calendar::month_number(word).is_some()
}

/// True when the two characters before `i` are lower-case letters: the end of a word,
/// not an initial ("J.P.Morgan") or a short form ("Mr.Smith").
fn lower_word_before(chars: &[(usize, char)], i: usize) -> bool {
    i >= 2 && chars[i - 2..i].iter().all(|c| c.1.is_lowercase())
}

/// Dots that end one brief of a wire digest and start the next with no space between
/// ("traders said....Cocoa Producers Alliance heard"); one dot there is an initial or an
/// abbreviation ("J.P.Morgan", "U.S.").
const DIGEST_DOTS: usize = 3;

/// True when the quotation marks of the paragraph are balanced (otherwise quotes are
/// ignored for splitting, so one stray mark cannot swallow the paragraph).
fn quotes_balance(p: &str) -> bool {
    let straight = p.matches('"').count();
    let open = p.matches('“').count();
    let close = p.matches('”').count();
    straight.is_multiple_of(2) && open == close
}

fn push_trimmed(p: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let s = &p[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if s.trim().is_empty() {
        return;
    }
    out.push((start + lead, end - trail));
}

/// True when the full stop at `dot` ends an abbreviation or an initial.
fn is_abbreviation(p: &str, dot: usize) -> bool {
    let before = &p[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    // Initials ("J.") and dotted acronyms ("U.S", "U.N").
    if letters == 1 && word.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    if word.contains('.') && word.chars().all(|c| c.is_uppercase() || c == '.') {
        // "U.S." before a capital is usually mid-sentence ("U.S. Secretary"); accept the
        // small risk of joining two sentences.
        return true;
    }
    let lower = word.to_lowercase();
    // "No." and "St." only before a number or a name ("No. 10", "St. Lucia").
    if matches!(lower.as_str(), "no" | "nos") {
        return p[dot + 1..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit());
    }
    ABBREVIATIONS.has(&lower)
}

/// The sentences of an article's paragraphs.
pub fn sentences(paragraphs: &[String]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (i, p) in paragraphs.iter().enumerate() {
        for (s, e) in split_ranges(p) {
            out.push(Sentence {
                para: i + 1,
                start: s,
                end: e,
                text: p[s..e].to_string(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(p: &str) -> Vec<&str> {
        split_ranges(p).into_iter().map(|(s, e)| &p[s..e]).collect()
    }

    #[test]
    fn keeps_abbreviations_and_initials() {
        let p = "Adm. Grace Ortiz met Mr. Tomas Berg on Nov. 3 in St. Lucia. J. K. Rowe said so.";
        assert_eq!(
            split(p),
            [
                "Adm. Grace Ortiz met Mr. Tomas Berg on Nov. 3 in St. Lucia.",
                "J. K. Rowe said so."
            ]
        );
    }

    #[test]
    fn full_stop_inside_a_quote_keeps_the_attribution() {
        let p = "\"We talked for hours. It went well,\" Berg wrote. Then he left.";
        assert_eq!(
            split(p),
            [
                "\"We talked for hours. It went well,\" Berg wrote.",
                "Then he left."
            ]
        );
        let q = "“It was useful.” The talks ended.";
        assert_eq!(split(q), ["“It was useful.”", "The talks ended."]);
    }

    #[test]
    fn two_sentences_run_together_by_a_lost_space_are_split() {
        let p = "Okafor was received by Admiral Lu Jun.Okafor joined the other leaders.";
        let got: Vec<&str> = split_ranges(p).iter().map(|&(a, b)| &p[a..b]).collect();
        assert_eq!(
            got,
            [
                "Okafor was received by Admiral Lu Jun.",
                "Okafor joined the other leaders."
            ]
        );
        // Not initials, short forms or web addresses.
        for p in [
            "Shares of J.P.Morgan rose.",
            "He met Mr.Smith today.",
            "See pic.twitter.com/abc now.",
        ] {
            assert_eq!(split_ranges(p).len(), 1, "{p}");
        }
    }

    #[test]
    fn the_briefs_of_a_wire_digest_are_sentences() {
        // Must handle: three or four dots and a capital with no space between.
        let p = "Stocks could fall, traders said....Producers heard an address from the minister...Talks end Friday.";
        assert_eq!(
            split(p),
            [
                "Stocks could fall, traders said....",
                "Producers heard an address from the minister...",
                "Talks end Friday."
            ]
        );
        // Must not: initials run together.
        assert_eq!(split("Shares of J.P.Morgan rose.").len(), 1);
    }

    #[test]
    fn unbalanced_quotes_do_not_swallow_the_paragraph() {
        let p = "He said \"no. Then they met. Nothing more.";
        assert_eq!(split(p).len(), 3);
    }

    #[test]
    fn paragraphs_are_numbered_from_one() {
        let s = sentences(&["One. Two.".to_string(), "Three.".to_string()]);
        assert_eq!(s.len(), 3);
        assert_eq!((s[0].para, s[2].para), (1, 2));
        assert_eq!(s[1].text, "Two.");
    }
}
