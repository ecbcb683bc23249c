//! Plain phrasing: a question's phrasal verbs put as the plain verbs articles use ("Why
//! were the talks pushed back?" -> "Why were the talks postponed?"), before anything else
//! reads the question, so parsing, searching and quoting see one word for one thing.

use std::borrow::Cow;

use super::super::text;
use crate::lexicon::lists::{
    QUESTION_NEGATIVE_OPENERS, QUESTION_PHRASAL_BLOCKERS, QUESTION_PHRASAL_PLAIN,
};

/// `question` with each listed phrasal verb replaced by its plain verb, unless a word
/// that gives the phrase another sense follows ("pushed back against"); the question
/// itself when none is found.
pub(crate) fn plain_phrasing(question: &str) -> Cow<'_, str> {
    let mut out = positive_opener(question);
    for (phrase, plain) in QUESTION_PHRASAL_PLAIN.keyed() {
        let plain = plain.join(" ");
        let mut from = 0;
        while let Some(at) = find_phrase(&out, phrase, from) {
            let end = at + phrase.len();
            // Searched on after the plain verb: it never holds its own phrase again.
            from = at + plain.len();
            let mut s = String::with_capacity(out.len());
            s.push_str(&out[..at]);
            s.push_str(&plain);
            s.push_str(&out[end..]);
            out = Cow::Owned(s);
        }
    }
    out
}

/// "Didn't they meet in May?" asked as "Did they meet in May?": a negative auxiliary
/// opening the question, typed with a straight or curly apostrophe, as its positive
/// (capitalised as typed).
fn positive_opener(question: &str) -> Cow<'_, str> {
    let first: String = question
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '\'' | '’'))
        .collect();
    let typed = first.to_lowercase().replace('’', "'");
    let Some((_, plain)) = QUESTION_NEGATIVE_OPENERS
        .keyed()
        .into_iter()
        .find(|(k, _)| *k == typed)
    else {
        return Cow::Borrowed(question);
    };
    let plain = plain.join(" ");
    let plain = match first.chars().next() {
        Some(c) if c.is_uppercase() => text::capitalised(&plain),
        _ => plain,
    };
    Cow::Owned(format!("{plain}{}", &question[first.len()..]))
}

/// Byte offset of the first whole-word, case-insensitive occurrence of `phrase` in `s`
/// at or after `from` that no blocking word follows.
fn find_phrase(s: &str, phrase: &str, mut from: usize) -> Option<usize> {
    let lower = s.to_lowercase();
    // Lower-casing can change byte lengths outside ASCII; offsets are then not the
    // question's, so such a question is read as typed.
    if lower.len() != s.len() {
        return None;
    }
    let boundary = |i: usize| {
        lower[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    while let Some(k) = lower.get(from..)?.find(phrase) {
        let at = from + k;
        let end = at + phrase.len();
        let next_ok = lower[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if boundary(at) && next_ok && !blocked(phrase, &lower[end..]) {
            return Some(at);
        }
        from = end;
    }
    None
}

/// True when the word after `phrase` gives it another sense.
fn blocked(phrase: &str, rest: &str) -> bool {
    let next: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    QUESTION_PHRASAL_BLOCKERS
        .keyed()
        .iter()
        .any(|(p, words)| *p == phrase && words.contains(&next.as_str()))
}

#[cfg(test)]
mod tests {
    use super::plain_phrasing;

    #[test]
    fn a_phrasal_verb_of_putting_off_is_postponed() {
        assert_eq!(
            plain_phrasing("Why were the budget talks pushed back?"),
            "Why were the budget talks postponed?"
        );
        assert_eq!(
            plain_phrasing("Has the Oslo summit been put off until June?"),
            "Has the Oslo summit been postponed until June?"
        );
        assert_eq!(
            plain_phrasing("why'd they push it back?"),
            "why'd they postpone it?"
        );
    }

    #[test]
    fn sitting_down_with_someone_is_meeting_them() {
        assert_eq!(
            plain_phrasing("Did Okafor sit down with the union leaders?"),
            "Did Okafor meet with the union leaders?"
        );
        assert_eq!(
            plain_phrasing("Who does Okafor want a sit-down with?"),
            "Who does Okafor want talks with?"
        );
        assert_eq!(
            plain_phrasing("Who sat down together to discuss the fishing quotas?"),
            "Who met to discuss the fishing quotas?"
        );
        // Going back to the (negotiating) table is resuming talks.
        assert_eq!(
            plain_phrasing("Are they likely to go back to the table?"),
            "Are they likely to resume talks?"
        );
        assert_eq!(
            plain_phrasing("When did the unions return to the negotiating table?"),
            "When did the unions resume talks?"
        );
        // Getting back together is meeting again.
        assert_eq!(
            plain_phrasing("When are they getting back together?"),
            "When are they meeting again?"
        );
        assert_eq!(
            plain_phrasing("Will the dockers and the owners get back together soon?"),
            "Will the dockers and the owners meet again soon?"
        );
    }

    #[test]
    fn a_negative_opener_asks_as_the_positive() {
        assert_eq!(
            plain_phrasing("Didn't Okafor and Lind meet in Accra?"),
            "Did Okafor and Lind meet in Accra?"
        );
        assert_eq!(
            plain_phrasing("isn’t the summit in Oslo?"),
            "is the summit in Oslo?"
        );
        // Must not: a negation inside the question is asked.
        let q = "Why didn't Okafor meet Lind?";
        assert_eq!(plain_phrasing(q), q);
    }

    #[test]
    fn a_phrase_with_another_sense_is_kept() {
        for q in [
            "Did the unions push back against the pay offer?",
            "Were investors put off by the cost?",
            "Did the troops push backward?",
            "Where did the output go?",
        ] {
            assert_eq!(plain_phrasing(q), q);
        }
    }
}
