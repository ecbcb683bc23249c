//! Extraction's work grows like the article: an article twice as long (more sentences, or
//! one sentence twice as long) costs about twice the reading, counted by
//! [`crate::extract::work`], never timed.

use std::collections::BTreeMap;

use super::article_meetings;
use crate::extract::work;
use crate::model::Article;

/// The most the count may grow when the article doubles: twice, and a margin for what
/// does not double (the article's head, its first and last sentences).
const DOUBLING: f64 = 2.2;

fn article(paragraphs: Vec<String>) -> Article {
    Article {
        id: "work.txt".into(),
        title: "Talks".into(),
        url: None,
        published: jiff::civil::Date::new(2024, 3, 4).ok(),
        meta: BTreeMap::new(),
        paragraphs,
    }
}

/// The units extraction reads over `a`, and its meetings.
fn work_of(a: &Article) -> (usize, usize) {
    work::take();
    let facts = article_meetings(a);
    (work::take(), facts.meetings.len())
}

/// A surname of its own for each `i`: "Karab", "Lunab", ...
fn surname(i: usize) -> String {
    const STEMS: &[&str] = &["Kar", "Lun", "Mor", "Tal", "Ves"];
    let letter = |k: usize| char::from(b'a' + (k % 26) as u8);
    let n = i / STEMS.len();
    format!("{}{}{}", STEMS[i % STEMS.len()], letter(n / 26), letter(n))
}

/// Sentences of meetings between different people, with dates, places and an occasion
/// attended: every step that reads beyond its trigger has work to do.
fn meeting_sentences(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| match i % 4 {
            0 => format!(
                "Minister Alan {} met President Maria {} in Lima on Monday.",
                surname(i),
                surname(i + 1)
            ),
            1 => "The two leaders will meet again in May, officials said.".to_string(),
            2 => format!(
                "{} attended the Pacific Islands Summit in Lima.",
                surname(i - 2)
            ),
            _ => "They held talks with the council after the proposal was cut.".to_string(),
        })
        .collect()
}

/// One sentence of `n` words without punctuation, meeting words and dates among them.
fn line_of_words(n: usize) -> String {
    const WORDS: &[&str] = &[
        "the",
        "committee",
        "met",
        "officials",
        "on",
        "Monday",
        "talks",
        "in",
        "Brussels",
        "will",
        "meet",
        "May",
        "2019",
        "last",
        "year",
        "council",
        "members",
        "with",
    ];
    (0..n)
        .map(|i| WORDS[(i * 7 + i / WORDS.len()) % WORDS.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

fn assert_linear(small: (usize, usize), large: (usize, usize), what: &str) {
    assert!(small.0 > 0, "{what}: nothing counted");
    let ratio = large.0 as f64 / small.0 as f64;
    assert!(
        ratio <= DOUBLING,
        "{what}: doubling the article multiplied the work by {ratio:.2} ({} -> {})",
        small.0,
        large.0
    );
}

#[test]
fn work_grows_like_the_number_of_sentences() {
    let small = work_of(&article(meeting_sentences(200)));
    let large = work_of(&article(meeting_sentences(400)));
    assert!(
        small.1 >= 50,
        "{} meetings: the article tells none",
        small.1
    );
    assert_linear(small, large, "sentences of one article");
}

#[test]
fn work_grows_like_the_length_of_one_sentence() {
    let small = work_of(&article(vec![line_of_words(2_000)]));
    let large = work_of(&article(vec![line_of_words(4_000)]));
    assert_linear(small, large, "one sentence of words");
}

/// Sentences of `n` meetings, each between two people named nowhere else who share their
/// given names with everyone ("Alan", "Maria").
fn many_people(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            format!(
                "Minister Alan {} met President Maria {} in Lima on Monday.",
                surname(2 * i),
                surname(2 * i + 1)
            )
        })
        .collect()
}

#[test]
fn work_grows_like_the_number_of_people() {
    // Coreference once compared each new name with every earlier one, and the merge each
    // meeting with every earlier one.
    let work = |n: usize| {
        work::take();
        let facts = article_meetings(&article(many_people(n)));
        let meetings = facts.meetings.len();
        let store = crate::extract::merge::merge(vec![facts]);
        assert_eq!(store.facts.len(), meetings, "{n} people's meetings merged");
        (work::take(), meetings)
    };
    let small = work(300);
    let large = work(600);
    assert_eq!(small.1, 300, "one meeting a sentence");
    assert_linear(small, large, "meetings of different people");
}
