//! Splitting of over-long paragraphs (`ingest.max_paragraph_chars`): a paragraph longer
//! than the maximum is cut into pieces of at most that many characters, each ending at a
//! sentence boundary when the piece holds one, else at a word boundary, else at a character
//! boundary. Nothing is lost: the pieces joined with spaces give the paragraph back, up to
//! whitespace. Work is linear in the paragraph's length: each piece looks only at its own
//! window of text.

use crate::lexicon::sentences::split_ranges;

/// `paragraph` in pieces of at most `max_chars` characters (`max_chars` 0 counts as 1);
/// a paragraph within the limit comes back whole.
pub(crate) fn split_long(paragraph: &str, max_chars: usize) -> Vec<String> {
    let max_chars = max_chars.max(1);
    let mut pieces = Vec::new();
    let mut rest = paragraph.trim();
    while !rest.is_empty() {
        let window_end = rest
            .char_indices()
            .nth(max_chars)
            .map_or(rest.len(), |(i, _)| i);
        if window_end == rest.len() {
            pieces.push(rest.to_string());
            break;
        }
        let cut = cut_point(&rest[..window_end]);
        pieces.push(rest[..cut].trim_end().to_string());
        rest = rest[cut..].trim_start();
    }
    pieces
}

/// Where to end a piece that must fit in `window` (a prefix of longer text): after the
/// window's last complete sentence, else at its last whitespace, else at its end. Always
/// above 0, so every piece makes progress.
fn cut_point(window: &str) -> usize {
    let ranges = split_ranges(window);
    // The last range runs to the window's end, where the text goes on: it is not a whole
    // sentence, so the piece ends where it starts.
    if ranges.len() >= 2
        && let Some(&(start, _)) = ranges.last()
        && start > 0
    {
        return start;
    }
    match window.rfind(char::is_whitespace) {
        Some(i) if i > 0 => i,
        _ => window.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        s.split_whitespace().collect()
    }

    fn joined(pieces: &[String]) -> String {
        pieces.join(" ")
    }

    #[test]
    fn a_short_paragraph_stays_whole() {
        assert_eq!(
            split_long("They met. They talked.", 100),
            ["They met. They talked."]
        );
    }

    #[test]
    fn a_long_paragraph_is_split_at_sentences_and_nothing_is_lost() {
        let sentence = "The committee said the fishing quotas would be cut. ";
        let text = sentence.repeat(500);
        let pieces = split_long(&text, 1_000);
        assert!(pieces.len() > 20, "{}", pieces.len());
        for p in &pieces {
            assert!(p.chars().count() <= 1_000, "{}", p.chars().count());
            assert!(p.ends_with("cut."), "piece ends at a sentence: {p:?}");
        }
        assert_eq!(words(&joined(&pieces)), words(&text));
    }

    #[test]
    fn without_sentences_it_splits_at_words_then_at_characters() {
        let text = "quota ".repeat(1_000);
        let pieces = split_long(&text, 100);
        assert!(pieces.iter().all(|p| p.chars().count() <= 100));
        assert!(
            pieces
                .iter()
                .all(|p| p.split_whitespace().all(|w| w == "quota"))
        );
        assert_eq!(words(&joined(&pieces)), words(&text));

        let text = "é".repeat(250);
        let pieces = split_long(&text, 100);
        assert_eq!(pieces.len(), 3);
        assert!(pieces.iter().all(|p| p.chars().count() <= 100));
        assert_eq!(pieces.concat(), text);
    }
}
