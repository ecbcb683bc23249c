//! "Was it China that asked for the meeting?": a yes/no about who asked for a meeting is
//! answered by the sentence of the answer's and the conversation's reports that says at
//! whose initiative or request it was held ("held at Israel's initiative", "at the request
//! of the Danish government"): "Yes" when that is the one asked about, else "No", quoted.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::lists::INITIATIVE_QUESTION_PHRASES;

use super::countries::country_key;
use super::question::Kind;
use super::{Answer, AnswerKind, Turn, text};

/// "at Israel's initiative", "at the request of the Danish government", "at Oslo's
/// invitation": who asked, as written (capitalised words).
static INITIATOR: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*)*";
    Regex::new(&format!(
        r"\bat\s+(?:the\s+)?({name})['’]s?\s+(?:initiative|request|invitation)\b|\bat\s+the\s+(?:initiative|request|invitation)\s+of\s+(?:the\s+)?({name})"
    ))
    .expect("static initiator regex")
});

impl Turn<'_> {
    /// The yes or no for a question about who asked for the meeting, when one of the
    /// reports says; `None` otherwise, or when the question names no one to compare.
    pub(super) fn initiative(&self, found: &Answer) -> Option<Answer> {
        if self.q.kind() != Kind::YesNo || !self.asks_of_meeting() {
            return None;
        }
        let folded = format!(" {} ", text::norm_words(self.text).join(" "));
        let about = INITIATIVE_QUESTION_PHRASES
            .iter()
            .any(|p| folded.contains(&format!(" {p} ")));
        let asked = self.asked_initiator().filter(|_| about)?;
        let (by, q) = self.first_in_reports(found, initiator)?;
        let word = if same_party(&by, &asked) { "Yes" } else { "No" };
        Some(Answer {
            body: format!("{word}, according to the articles:\n> {}", q.sentence),
            sources: vec![q.source],
            kind: AnswerKind::Quote,
        })
    }

    /// The one the question asks about as the initiator: a place or country it names,
    /// else a person (by surname), else a name no fact knows.
    fn asked_initiator(&self) -> Option<String> {
        let q = &self.q;
        q.places
            .first()
            .cloned()
            .or_else(|| q.people.first().and_then(|k| self.surname(k)))
            .or_else(|| q.unknown.first().cloned())
    }
}

/// Who asked for the meeting, as a sentence says it.
fn initiator(sentence: &str) -> Option<String> {
    let c = INITIATOR.captures(sentence)?;
    c.get(1)
        .or_else(|| c.get(2))
        .map(|m| m.as_str().to_string())
}

/// True when the initiator a sentence names is the one asked about: the same words, or
/// the same country ("Israel", "the Israeli government").
fn same_party(by: &str, asked: &str) -> bool {
    let by_words = text::norm_words(by);
    let asked_words = text::norm_words(asked);
    let named = !asked_words.is_empty() && asked_words.iter().all(|w| by_words.contains(w));
    let country = |s: &[String]| s.iter().find_map(|w| country_key(w));
    named || country(&by_words).is_some() && country(&by_words) == country(&asked_words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn who_asked_is_read_from_initiative_or_request() {
        // Must handle: a possessive, and "the request of".
        assert_eq!(
            initiator("The talks were held at Norway's initiative, a spokesman said."),
            Some("Norway".into())
        );
        assert_eq!(
            initiator("They met at the request of the Danish Foreign Ministry on Monday."),
            Some("Danish Foreign Ministry".into())
        );
        // Must not: an initiative that is no one's request.
        assert_eq!(initiator("The new peace initiative was discussed."), None);
    }

    #[test]
    fn the_initiator_matches_by_name_or_country() {
        assert!(same_party("Norway", "norway"));
        assert!(same_party("Danish Foreign Ministry", "denmark"));
        assert!(!same_party("Norway", "sweden"));
    }
}
