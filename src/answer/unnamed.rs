//! "Which London hotel did they meet in?", "Which Swedish minister was it?": a question
//! asking which one of a kind of thing or person, answered by quoting sentences that speak
//! of it only indefinitely ("in a London hotel", "talks with Swedish trade officials"),
//! says first that the articles don't name it. A sentence that names one ("the Savoy
//! hotel", "Minister Lena Hjelm") keeps the answer as it is.

use super::text;
use super::{Answer, AnswerKind, Turn};

/// Words between "which" and the noun it asks about ("which London hotel", "which
/// Swedish trade minister").
const NOUN_REACH: usize = 3;

/// Words before the noun in a quoted sentence in which "a"/"an" or a plural makes the
/// mention indefinite ("a London hotel", "a five-star hotel").
const INDEFINITE_REACH: usize = 3;

/// The words of `text` as typed (case kept; hyphens and apostrophes inside words).
fn words_as_typed(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The noun a which-question asks to name: the first lower-case word after "which" that
/// is no stop word ("hotel" of "Which London hotel did they meet in?").
fn asked_noun(question: &str) -> Option<String> {
    let raw = words_as_typed(question);
    let at = raw.iter().position(|w| w.eq_ignore_ascii_case("which"))?;
    raw[at + 1..]
        .iter()
        .take(NOUN_REACH)
        .find(|w| w.chars().next().is_some_and(char::is_lowercase) && !text::is_stop(w))
        .map(|w| w.to_lowercase())
}

/// How `sentence` speaks of `noun`: `Some(true)` when only indefinitely ("a London
/// hotel", "Swedish trade officials"), `Some(false)` when it names one (a capitalised word
/// right before or after it, "the Savoy hotel"), `None` when it doesn't speak of it.
fn indefinite(sentence: &str, noun: &str) -> Option<bool> {
    let words = words_as_typed(sentence);
    let stem = noun.trim_end_matches('s');
    let at = words.iter().position(|w| {
        let l = w.to_lowercase();
        l == noun || l.trim_end_matches('s') == stem
    })?;
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let before = &words[at.saturating_sub(INDEFINITE_REACH)..at];
    let named_next = words.get(at + 1).is_some_and(capital);
    let article = before
        .iter()
        .rposition(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the"));
    let named_before = match article {
        Some(i) if before[i].eq_ignore_ascii_case("the") => before[i + 1..].iter().any(capital),
        _ => false,
    };
    if named_next || named_before {
        return Some(false);
    }
    let plural = words[at].to_lowercase().ends_with('s');
    let indefinite_article =
        article.is_some_and(|i| matches!(before[i].to_lowercase().as_str(), "a" | "an"));
    Some(indefinite_article || plural)
}

impl Turn<'_> {
    /// Prefixes "The articles don't name the hotel." to a quoted answer whose sentences
    /// speak of the asked noun only indefinitely.
    pub(super) fn unnamed(&self, answer: &mut Answer) {
        if answer.kind == AnswerKind::NotFound {
            return;
        }
        let Some(noun) = asked_noun(self.text) else {
            return;
        };
        let quoted: Vec<&str> = (answer.body.lines())
            .filter_map(|l| l.strip_prefix("> "))
            .collect();
        let told: Vec<bool> = quoted.iter().filter_map(|s| indefinite(s, &noun)).collect();
        if told.is_empty() || told.iter().any(|i| !i) {
            return;
        }
        answer.body = format!("The articles don't name the {noun}. {}", answer.body);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_noun_asked_and_how_it_is_told() {
        assert_eq!(
            asked_noun("Which London hotel did they meet in?").as_deref(),
            Some("hotel")
        );
        assert_eq!(
            asked_noun("Which Swedish minister was it?").as_deref(),
            Some("minister")
        );
        assert_eq!(asked_noun("Where did they meet?"), None);
        // Told only indefinitely: say it is not named.
        assert_eq!(
            indefinite(
                "Kone reportedly met Berg in a Lisbon hotel last week.",
                "hotel"
            ),
            Some(true)
        );
        assert_eq!(
            indefinite(
                "Kone spoke during talks with Danish trade ministers.",
                "minister"
            ),
            Some(true)
        );
        // Must not: a sentence that names it.
        assert_eq!(
            indefinite("Kone met Berg at the Savoy hotel in London.", "hotel"),
            Some(false)
        );
        assert_eq!(
            indefinite("Kone met Trade Minister Lena Hjelm.", "minister"),
            Some(false)
        );
        assert_eq!(indefinite("Kone met Berg in Lisbon.", "hotel"), None);
    }
}
