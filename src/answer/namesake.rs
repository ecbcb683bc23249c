//! A surname the quoted reports give to someone the facts don't know: "Did she ever meet
//! Jackson himself?" after a quote of a report on Michael Jackson's trial is about him,
//! not about a Samuel L Jackson whom other reports tell meetings of.

use crate::model::FactStore;

use super::Retriever;
use super::lexicon::is_title;
use super::question::Question;
use super::text;

/// Replaces each known person the question names by surname alone with the person of that
/// surname the quoted reports (`passage`: article, paragraph) name instead, as an unknown
/// name, when those reports never name the known one.
pub(super) fn article_namesakes(
    facts: &FactStore,
    retriever: &dyn Retriever,
    passage: &[(String, usize)],
    typed: &str,
    q: &mut Question,
) {
    if passage.is_empty() || q.people.is_empty() {
        return;
    }
    let mut articles: Vec<&str> = passage.iter().map(|(a, _)| a.as_str()).collect();
    articles.dedup();
    let reports: String = articles
        .iter()
        .flat_map(|a| retriever.article(a))
        .map(|h| h.text)
        .collect::<Vec<_>>()
        .join("\n");
    let typed_words = text::norm_words(typed);
    for key in q.people.clone() {
        let name = facts.name(&key);
        let Some(other) = other_bearer(name, &typed_words, &reports) else {
            continue;
        };
        // A namesake the facts know ("Ingrid Hagen") is the conversation's to pick.
        if facts.people.iter().any(|p| p.name == other) {
            continue;
        }
        q.people.retain(|p| *p != key);
        if q.speaker.as_ref() == Some(&key) {
            q.speaker = None;
            q.unknown_speaker = Some(other.clone());
        }
        for list in [&mut q.unknown, &mut q.unknown_people] {
            if !list.contains(&other) {
                list.push(other.clone());
            }
        }
    }
}

/// "Michael Jackson" when `name` is "Samuel L Jackson", the question typed only "Jackson"
/// and `reports` name a Michael Jackson but never Samuel L Jackson.
fn other_bearer(name: &str, typed: &[String], reports: &str) -> Option<String> {
    let parts: Vec<&str> = name.split_whitespace().collect();
    let (surname, given) = parts.split_last()?;
    let given_typed = given.iter().any(|g| typed.contains(&g.to_lowercase()));
    if given.is_empty() || given_typed || reports.contains(name) {
        return None;
    }
    let words: Vec<&str> = reports
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).find_map(|w| {
        let before = w[0];
        let capital = before.chars().next().is_some_and(char::is_uppercase);
        let someone_else = capital
            && w[1] == *surname
            && !given.contains(&before)
            && !is_title(&before.to_lowercase())
            && !text::is_stop(&before.to_lowercase());
        someone_else.then(|| format!("{before} {surname}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(q: &str) -> Vec<String> {
        text::norm_words(q)
    }

    #[test]
    fn a_surname_the_reports_give_someone_else_is_theirs() {
        let report = "The trial of singer Karl Moen opened. Mr Moen denies the charges.";
        assert_eq!(
            other_bearer("Per Moen", &typed("Did she meet Moen?"), report).as_deref(),
            Some("Karl Moen")
        );
        // Must not: the known one typed in full, or named by the reports.
        assert_eq!(
            other_bearer("Per Moen", &typed("Did she meet Per Moen?"), report),
            None
        );
        let both = "Per Moen met Karl Moen.";
        assert_eq!(
            other_bearer("Per Moen", &typed("Did she meet Moen?"), both),
            None
        );
        // A title before the surname is nobody's given name.
        let titled = "Minister Moen said the quota would stay.";
        assert_eq!(
            other_bearer("Per Moen", &typed("Did she meet Moen?"), titled),
            None
        );
    }
}
