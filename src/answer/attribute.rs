//! Yes/no questions about what kind of meeting it was ("Was it an open hearing?", "Was the
//! visit private?"): the kind asked, and a sentence of the meeting's articles that calls it
//! that kind or a contrasting one ("after a private meeting with ..." answers "No" to the
//! open hearing). Only a question opening with a form of "be" ("Was it ...?", "Will it be
//! ...?") or closing on the kind asks it: "Did she go to the informal talks?" names the
//! talks by their kind and asks whether she went. The kinds and their contrasts are data
//! (`attribute_contrasts.txt`).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::index::Hit;
use crate::lexicon::lists::{
    ANSWER_NEGATIONS, ATTRIBUTE_CONTRASTS, ATTRIBUTE_NOUNS, BE_FORMS, READER_ORDINALS,
};
use crate::lexicon::sentences::split_ranges;
use crate::model::MeetingFact;

use super::reader;
use super::text::fold;
use super::{Answer, AnswerKind, Turn};

/// Words that may stand between a word of kind and its noun ("a private working
/// meeting", "an official two-day visit").
const MAX_BETWEEN: usize = 1;

/// Words before a word of kind where a negation unsays it ("not a routine meeting").
const NEGATION_REACH: usize = 2;

/// Articles found by searching the question that are read when neither the conversation
/// nor a fact names the meeting's own.
const SEARCHED_ARTICLES: usize = 3;

/// How a sentence calls a meeting, against the kind asked.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Called {
    /// By the asked kind ("a private meeting" for "private").
    As(String),
    /// By a contrasting kind ("a routine meeting" for "special").
    Unlike(String),
}

/// The folded words of a text, hyphenated words kept whole ("closed-door").
fn kind_words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Each kind a question may ask with its contrasts, built once from the list.
static CONTRASTS: LazyLock<HashMap<&'static str, Vec<&'static str>>> =
    LazyLock::new(|| ATTRIBUTE_CONTRASTS.keyed().into_iter().collect());

/// The contrasts of an asked kind, `None` when the word is no listed kind.
fn contrasts(asked: &str) -> Option<&'static [&'static str]> {
    CONTRASTS.get(asked).map(Vec::as_slice)
}

/// True when a noun of meeting follows word `i` within [`MAX_BETWEEN`] words.
fn before_noun(w: &[String], i: usize) -> bool {
    w.iter()
        .skip(i + 1)
        .take(MAX_BETWEEN + 1)
        .any(|n| ATTRIBUTE_NOUNS.has(n))
}

/// The kind of meeting a yes/no question asks about: a listed word before a noun of
/// meeting ("Was it an open hearing?"), or closing the question ("Was the visit
/// private?"). `None` for one before another noun ("Did the special envoy come?"). An
/// ordinal is a kind too ("his first official visit" asks which one it is before whether
/// it was official).
pub(crate) fn asked_kind(question: &str) -> Option<String> {
    let w = kind_words(question);
    let copular = asks_what_it_is(&w);
    w.iter()
        .enumerate()
        .find(|(i, x)| {
            contrasts(x).is_some() && ((copular && before_noun(&w, *i)) || *i + 1 == w.len())
        })
        .map(|(_, x)| x.clone())
}

/// Words of a question that may open "will it be" before a form of "be".
const BE_REACH: usize = 3;

/// True when the question asks what the meeting was ("Was it an open hearing?", "Will it
/// be a state visit?"), not what someone did at one ("Did she go to the informal talks?",
/// where the kind only names the talks).
fn asks_what_it_is(w: &[String]) -> bool {
    let be = |x: &String| BE_FORMS.has(x);
    w.first().is_some_and(be)
        || (w
            .first()
            .is_some_and(|x| MODAL_OPENERS.contains(&x.as_str()))
            && w.iter().skip(1).take(BE_REACH).any(be))
}

/// Openers of a question that a form of "be" may follow ("will it be", "has it been").
const MODAL_OPENERS: [&str; 6] = ["will", "would", "has", "had", "could", "might"];

/// How `sentence` calls a meeting against the `asked` kind: a contrast before a noun of
/// meeting, else the asked word there, neither of them negated.
pub(crate) fn called(sentence: &str, asked: &str) -> Option<Called> {
    let others = contrasts(asked)?;
    let w = kind_words(sentence);
    let phrase = |i: usize| {
        let end = (i + MAX_BETWEEN + 2).min(w.len());
        let noun = (i + 1..end)
            .find(|&j| ATTRIBUTE_NOUNS.has(&w[j]))
            .unwrap_or(i);
        w[i..=noun].join(" ")
    };
    let at = |word: &str| {
        (0..w.len()).find(|&i| {
            w[i] == word
                && before_noun(&w, i)
                && !w[i.saturating_sub(NEGATION_REACH)..i]
                    .iter()
                    .any(|n| ANSWER_NEGATIONS.has(n))
        })
    };
    if let Some(i) = others.iter().find_map(|o| at(o)) {
        return Some(Called::Unlike(phrase(i)));
    }
    at(asked).map(|i| Called::As(phrase(i)))
}

impl Turn<'_> {
    /// "Was it an open hearing?": a sentence of the meeting's articles (those the last
    /// answer quoted and the meeting's, or those it cited when no meeting is chosen, else
    /// the best-matching ones naming the people)
    /// that calls it another kind ("No") or that kind ("Yes"), quoted. `None` when the
    /// question asks no kind or no sentence calls the meeting either.
    pub(super) fn kind_of_meeting(&self, fact: Option<&MeetingFact>) -> Option<Answer> {
        let asked = asked_kind(self.text)?;
        let mut articles: Vec<String> = self.r.passage.iter().map(|(a, _)| a.clone()).collect();
        // Naming nobody new, "it" is what the reports the conversation cited told, before
        // any meeting chosen by the question's words.
        if self.names_nobody_new() && self.conversation_names_all() {
            articles.extend(self.r.articles.iter().cloned());
        }
        if let Some(f) = fact {
            articles.extend(f.evidence.iter().map(|e| e.article.clone()));
        }
        articles.dedup();
        let (call, sentence, hit) = self
            .called_in(&articles, &asked)
            .or_else(|| self.called_in(&self.searched_articles(&articles), &asked))?;
        let intro = match call {
            Called::Unlike(p) => format!("No: the articles call {}", with_article(&p)),
            Called::As(p) => format!("Yes, the articles call {}", with_article(&p)),
        };
        Some(Answer {
            body: format!("{intro}:\n> {sentence}"),
            sources: vec![reader::source(&hit)],
            kind: AnswerKind::Quote,
        })
    }

    /// True when the question names no person but those the conversation carried.
    fn names_nobody_new(&self) -> bool {
        let q = &self.q;
        q.people.is_empty() && (q.unknown_people.is_empty() || q.carried_names)
    }

    /// True when the reports the conversation cited name every name and place the
    /// question does ("the bankers' meeting in Turin" is in another report).
    fn conversation_names_all(&self) -> bool {
        let paragraphs = self.paragraphs_of(self.r.articles.iter().map(String::as_str));
        self.all_named(&paragraphs)
    }

    /// The first sentence of `articles`, in order, that calls a meeting the asked kind or
    /// a contrasting one, with its paragraph.
    fn called_in(&self, articles: &[String], asked: &str) -> Option<(Called, String, Hit)> {
        articles.iter().find_map(|a| {
            self.retriever.article(a).into_iter().find_map(|h| {
                split_ranges(&h.text).into_iter().find_map(|(s, e)| {
                    let sentence = h.text[s..e].trim().to_string();
                    called(&sentence, asked).map(|c| (c, sentence, h.clone()))
                })
            })
        })
    }

    /// The best-matching articles for the question that name its people (none when it is
    /// about no one), besides those already read.
    fn searched_articles(&self, read: &[String]) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        if self.r.people.is_empty() {
            return found;
        }
        for h in self.question_hits() {
            if found.len() < SEARCHED_ARTICLES
                && !read.contains(&h.article)
                && !found.contains(&h.article)
                && self.names_everyone(&h.article)
            {
                found.push(h.article.clone());
            }
        }
        found
    }
}

/// "it a routine meeting", "it an official visit", "them closed-door talks".
fn with_article(phrase: &str) -> String {
    if phrase.ends_with('s') && !phrase.ends_with("ss") {
        return format!("them {phrase}");
    }
    // "it the sixth official visit"
    if phrase
        .split_whitespace()
        .next()
        .is_some_and(|w| READER_ORDINALS.has(w))
    {
        return format!("it the {phrase}");
    }
    let vowel = phrase.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("it {} {phrase}", if vowel { "an" } else { "a" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kind_asked_stands_before_a_noun_of_meeting_or_ends_the_question() {
        assert_eq!(
            asked_kind("Was it an open hearing?").as_deref(),
            Some("open")
        );
        assert_eq!(
            asked_kind("was the visit private?").as_deref(),
            Some("private")
        );
        assert_eq!(
            asked_kind("Were they closed-door talks?").as_deref(),
            Some("closed-door")
        );
        assert_eq!(
            asked_kind("Did the three of them sit down together?").as_deref(),
            Some("together")
        );
        assert_eq!(asked_kind("Did the special envoy meet Okafor?"), None);
        // A kind that only names the talks someone went to asks nothing of their kind.
        assert_eq!(
            asked_kind("Did Mbeki go to the informal trade talks in Arusha?"),
            None
        );
        assert_eq!(
            asked_kind("Will it be an informal meeting?").as_deref(),
            Some("informal")
        );
        assert_eq!(
            asked_kind("Were the Arusha talks informal?").as_deref(),
            Some("informal")
        );
        assert_eq!(asked_kind("Was it open to the press?"), None);
        // An ordinal asks which visit it is, before its kind.
        assert_eq!(
            asked_kind("Is it his first official visit?").as_deref(),
            Some("first")
        );
        assert_eq!(
            called("He leaves on his sixth official visit on Monday.", "first"),
            Some(Called::Unlike("sixth official visit".into()))
        );
        assert_eq!(
            asked_kind("Was it his official visit?").as_deref(),
            Some("official")
        );
    }

    #[test]
    fn a_contrast_before_a_noun_of_meeting_says_no() {
        assert_eq!(
            called(
                "The two discussed it at a routine meeting on Tuesday.",
                "special"
            ),
            Some(Called::Unlike("routine meeting".into()))
        );
        assert_eq!(
            called(
                "The prince, who is here on an official two-day visit, said ...",
                "private"
            ),
            Some(Called::Unlike("official two-day visit".into()))
        );
        assert_eq!(
            called(
                "Okafor held separate meetings with the minister and the governor.",
                "together"
            ),
            Some(Called::Unlike("separate meetings".into()))
        );
        assert_eq!(
            called(
                "Senators spoke after a private meeting with the secretary.",
                "private"
            ),
            Some(Called::As("private meeting".into()))
        );
    }

    #[test]
    fn a_negated_or_unattached_word_of_kind_says_nothing() {
        assert_eq!(
            called("It was not a routine meeting, aides said.", "special"),
            None
        );
        assert_eq!(
            called("The bank said its routine checks found nothing.", "special"),
            None
        );
        assert_eq!(
            called("He met her at a special session.", "unknown-kind"),
            None
        );
    }

    #[test]
    fn phrases_take_their_article() {
        assert_eq!(with_article("official visit"), "it an official visit");
        assert_eq!(with_article("routine meeting"), "it a routine meeting");
        assert_eq!(with_article("closed-door talks"), "them closed-door talks");
        assert_eq!(with_article("sixth visit"), "it the sixth visit");
    }
}
