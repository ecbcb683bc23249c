//! A question that asks two things ("When did they meet, and what did they sign?", "Did
//! she go to Lisbon, and why?") is answered as two turns of its conversation: the first
//! question, then the second as its follow-up (so "they" in it are the first one's
//! people), the two answers told one after the other. The words that open either
//! question are data (`question_clause_openers.txt`).

use crate::lexicon::lists::{KIND_WH_WORDS, QUESTION_CLAUSE_OPENERS};

use super::{Answer, AnswerKind, text};

/// Fewest words of the first question: "Did they meet, and where?" splits, "When and
/// where did they meet?" does not (one word before "and").
const MIN_FIRST_WORDS: usize = 3;

/// Most words of a second question typed after the first's question mark ("why?", "and
/// where?", "with whom?"): a longer sentence there is read with the first.
const MAX_BARE_WORDS: usize = 3;

/// Pronouns that, right after a question word, make what follows a clause inside the
/// first question ("What did he say about how they voted and what they agreed?"), not a
/// question of its own.
const CLAUSE_SUBJECTS: [&str; 8] = ["they", "he", "she", "it", "we", "i", "you", "there"];

/// Prepositions that may lead the second question's question word ("and for how long?",
/// "and with whom?", "and in which town?"): the question starts at the word after.
const LEADING_PREPOSITIONS: [&str; 9] =
    ["for", "with", "to", "in", "on", "at", "from", "by", "about"];

/// The two questions of `question`, split at the first "and" that opens a question of its
/// own; `None` when it asks one thing.
pub(crate) fn split(question: &str) -> Option<(String, String)> {
    // ASCII folding keeps every byte offset of `question`, so its slices stay on
    // character boundaries whatever else it holds ("İ" lower-cases to two characters).
    let lower = question.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find(" and ").map(|i| from + i) {
        from = at + 5;
        let (first, second) = (&question[..at], question[at + 5..].trim());
        if opens_first(first) && opens_second(second) {
            let first = first.trim().trim_end_matches([',', ';', ' ']);
            return Some((format!("{first}?"), text::capitalised(without_lead(second))));
        }
    }
    // "Is he going to Brussels? why?": a bare question word typed after the question.
    let (first, second) = question.split_once("? ")?;
    let second = second.trim();
    let bare = text::norm_words(second).len() <= MAX_BARE_WORDS;
    (bare && opens_first(first) && opens_second(second)).then(|| {
        (
            format!("{}?", first.trim()),
            text::capitalised(without_lead(second)),
        )
    })
}

/// "for how long?" asks "how long?": a preposition before "how" says nothing more ("with
/// whom?" keeps its own).
fn without_lead(second: &str) -> &str {
    match second.split_once(' ') {
        Some((lead, rest))
            if LEADING_PREPOSITIONS.contains(&lead.to_ascii_lowercase().as_str())
                && rest.to_ascii_lowercase().starts_with("how ") =>
        {
            rest
        }
        _ => second,
    }
}

/// True when `first` reads as a question: long enough, opened by a question word or
/// an auxiliary.
fn opens_first(first: &str) -> bool {
    let words = text::norm_words(first);
    words.len() >= MIN_FIRST_WORDS
        && words
            .first()
            .is_some_and(|w| QUESTION_CLAUSE_OPENERS.contains(&w.as_str()))
}

/// True when `second` is a question of its own: a question word alone ("and why?"), an
/// auxiliary opening it ("and did they sign?"), or a question word whose next word is not
/// the subject of a clause ("and what did they sign?", "and who else attended?").
fn opens_second(second: &str) -> bool {
    let mut words = text::norm_words(second);
    let led = |w: &[String]| {
        w.len() > 1
            && LEADING_PREPOSITIONS.contains(&w[0].as_str())
            && (KIND_WH_WORDS.contains(&w[1].as_str()) || w[1] == "when")
    };
    if led(&words) {
        words.remove(0);
    }
    let Some(head) = words.first().map(String::as_str) else {
        return false;
    };
    if !QUESTION_CLAUSE_OPENERS.contains(&head) {
        return false;
    }
    let wh = KIND_WH_WORDS.contains(&head) || head == "when";
    match words.get(1) {
        None => wh,
        Some(next) => !wh || !CLAUSE_SUBJECTS.contains(&next.as_str()),
    }
}

/// The two answers told one after the other: the sources of both (the first's first),
/// the kind of the first unless it found nothing.
pub(crate) fn joined(first: Answer, second: Answer) -> Answer {
    let kind = match first.kind {
        AnswerKind::NotFound => second.kind,
        k => k,
    };
    let mut sources = first.sources;
    for s in second.sources {
        if !sources.contains(&s) {
            sources.push(s);
        }
    }
    Answer {
        body: format!("{}\n\n{}", first.body, second.body),
        sources,
        kind,
    }
}

#[cfg(test)]
mod tests {
    use super::split;

    fn parts(q: &str) -> Option<(String, String)> {
        split(q)
    }

    #[test]
    fn a_second_question_after_and_is_split_off() {
        assert_eq!(
            parts("When did Ilves and Okonjo meet, and what did they sign?"),
            Some((
                "When did Ilves and Okonjo meet?".into(),
                "What did they sign?".into()
            ))
        );
        assert_eq!(
            parts("Did the Peruvian envoy visit Tallinn and why?"),
            Some((
                "Did the Peruvian envoy visit Tallinn?".into(),
                "Why?".into()
            ))
        );
        assert_eq!(
            parts("Who hosted the Mombasa talks, and did Achebe attend?"),
            Some((
                "Who hosted the Mombasa talks?".into(),
                "Did Achebe attend?".into()
            ))
        );
        assert_eq!(
            parts("Did Ilves meet Okonjo in Riga, and for how long?"),
            Some(("Did Ilves meet Okonjo in Riga?".into(), "How long?".into()))
        );
        assert_eq!(
            parts("Did the envoy travel to Accra and with whom?"),
            Some(("Did the envoy travel to Accra?".into(), "With whom?".into()))
        );
    }

    #[test]
    fn a_second_question_after_a_question_mark_is_split_off() {
        assert_eq!(
            parts("Is the envoy going to Accra? why?"),
            Some(("Is the envoy going to Accra?".into(), "Why?".into()))
        );
        assert_eq!(
            parts("Was there a meeting before that one? where?"),
            Some((
                "Was there a meeting before that one?".into(),
                "Where?".into()
            ))
        );
        // Must not: a remark after the question, or a longer sentence.
        assert_eq!(parts("Did Ilves meet Okonjo? I read they did."), None);
        assert_eq!(
            parts("Did Ilves meet Okonjo? Who else was at the talks in Riga?"),
            None
        );
    }

    #[test]
    fn names_and_clauses_joined_by_and_stay_one_question() {
        assert_eq!(parts("When did Ilves and Okonjo last meet?"), None);
        assert_eq!(parts("When and where did Ilves meet Okonjo?"), None);
        assert_eq!(
            parts("What did Ilves say about the vote and how they counted it?"),
            None
        );
        assert_eq!(parts("Ilves met Okonjo and who else?"), None);
        // A preposition before a clause word is no question of its own.
        assert_eq!(
            parts("Did Ilves speak about the vote and about how they counted it?"),
            None
        );
    }

    #[test]
    fn a_letter_that_lower_cases_longer_splits_safely() {
        assert_eq!(
            parts("Did İnce meet Okonjo, and why?"),
            Some(("Did İnce meet Okonjo?".into(), "Why?".into()))
        );
    }
}
