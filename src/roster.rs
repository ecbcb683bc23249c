//! The people of an index generation: finding a person by any form of their name (exact,
//! name parts, prefix, a typo), suggesting names for autocomplete and "did you mean", and
//! one person's meetings in date order. Both shells reach it through the engine.

use std::cmp::Reverse;
use std::collections::HashMap;

use crate::extract::text::{loose, name_tokens};
use crate::lexicon::fold_lower;
use crate::model::{FactStore, MeetingFact, Person};

/// Most "did you mean" names offered for a name nobody has.
const MAX_CLOSE_NAMES: usize = 5;

/// The people a name refers to: exact key, name or alias first, then people whose name
/// tokens contain every token of the query (so "Berg" and "Tomas" find "Tomas Berg").
pub(crate) fn find_people<'a>(store: &'a FactStore, query: &str) -> Vec<&'a Person> {
    let q = loose(query);
    if q.is_empty() {
        return Vec::new();
    }
    let exact: Vec<&Person> = store
        .people
        .iter()
        .filter(|p| p.key == q || loose(&p.name) == q || p.aliases.iter().any(|a| loose(a) == q))
        .collect();
    if !exact.is_empty() {
        return exact;
    }
    let qt = name_tokens(query);
    store
        .people
        .iter()
        .filter(|p| {
            let mut toks = name_tokens(&p.name);
            for a in &p.aliases {
                toks.extend(name_tokens(a));
            }
            qt.iter().all(|t| toks.contains(t))
        })
        .collect()
}

/// Names close to a query (a name or name part within a small edit distance), best first,
/// for "did you mean".
pub(crate) fn close_names(store: &FactStore, query: &str) -> Vec<String> {
    let q = loose(query);
    let mut scored: Vec<(usize, &str)> = store
        .people
        .iter()
        .filter_map(|p| {
            let best = std::iter::once(&p.name)
                .chain(&p.aliases)
                .flat_map(|n| {
                    let full = loose(n);
                    let mut d = vec![edit_distance(&q, &full)];
                    d.extend(name_tokens(n).iter().map(|t| edit_distance(&q, t)));
                    d
                })
                .min()?;
            (best <= 2.max(q.len() / 4)).then_some((best, p.name.as_str()))
        })
        .collect();
    scored.sort();
    scored
        .into_iter()
        .take(MAX_CLOSE_NAMES)
        .map(|s| s.1.to_string())
        .collect()
}

/// Facts in date order; undated ones (and those without a year) last.
pub(crate) fn by_date<'a>(facts: impl Iterator<Item = &'a MeetingFact>) -> Vec<&'a MeetingFact> {
    let mut v: Vec<&MeetingFact> = facts.collect();
    v.sort_by_key(|f| {
        (
            f.date.is_none_or(|d| d.year.is_none()),
            f.date.map(|d| d.sort_key()),
            f.id,
        )
    });
    v
}

/// The meetings any of `people` took part in, in date order.
pub(crate) fn meetings_of<'a>(store: &'a FactStore, people: &[&Person]) -> Vec<&'a MeetingFact> {
    by_date(
        store
            .facts
            .iter()
            .filter(|f| people.iter().any(|p| f.participants.contains(&p.key))),
    )
}

/// Lower case, diacritics folded, single spaces: how autocomplete compares names.
fn fold(s: &str) -> String {
    fold_lower(&s.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The names a person goes by, folded: key, name, aliases.
fn names(p: &Person) -> impl Iterator<Item = String> + '_ {
    [p.key.as_str(), p.name.as_str()]
        .into_iter()
        .chain(p.aliases.iter().map(String::as_str))
        .map(fold)
}

/// Edit distance on chars counting a swap of neighbours as one edit (names are short).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // rows[i][j]: distance between a[..i] and b[..j].
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = d;
        }
    }
    rows[a.len()][b.len()]
}

/// How well `query` (folded, non-empty) matches a person; lower is better, `None` is no
/// match: exact 0, prefix 1, word prefix 2, substring 3, fuzzy 3 + edits.
fn score(p: &Person, query: &str) -> Option<usize> {
    let mut best: Option<usize> = None;
    let mut consider = |s: usize| best = Some(best.map_or(s, |b| b.min(s)));
    let qlen = query.chars().count();
    let tolerance = (qlen / 4).clamp(1, 2);
    for name in names(p) {
        if name == query {
            consider(0);
        } else if name.starts_with(query) {
            consider(1);
        } else if name.split(' ').any(|w| w.starts_with(query)) {
            consider(2);
        } else if name.contains(query) {
            consider(3);
        } else if qlen >= 3 {
            // Fuzzy: the query against the start of the name or of any word, same length.
            let starts = std::iter::once(name.as_str()).chain(name.split(' ').skip(1));
            for s in starts {
                let head: String = s.chars().take(qlen).collect();
                let d = edit_distance(query, &head);
                if d <= tolerance {
                    consider(3 + d);
                }
            }
        }
    }
    best
}

/// People matching `partial`, best first (exact, prefix, word prefix, substring, fuzzy; then
/// those with more meetings; then by name), at most `limit`. An empty `partial` lists the
/// people with the most meetings.
pub(crate) fn suggest<'a>(facts: &'a FactStore, partial: &str, limit: usize) -> Vec<&'a Person> {
    let query = fold(partial);
    let counts = meeting_counts(facts);
    let mut scored: Vec<(usize, usize, &Person)> = facts
        .people
        .iter()
        .filter_map(|p| {
            let s = if query.is_empty() {
                Some(0)
            } else {
                score(p, &query)
            };
            s.map(|s| (s, counts.get(p.key.as_str()).copied().unwrap_or(0), p))
        })
        .collect();
    scored.sort_by(|a, b| (a.0, Reverse(a.1), &a.2.name).cmp(&(b.0, Reverse(b.1), &b.2.name)));
    scored.into_iter().take(limit).map(|(_, _, p)| p).collect()
}

fn meeting_counts(facts: &FactStore) -> HashMap<&str, usize> {
    let mut counts = HashMap::new();
    for f in &facts.facts {
        for k in &f.participants {
            *counts.entry(k.as_str()).or_insert(0) += 1;
        }
    }
    counts
}

/// The person `query` names: an exact name, key or alias, else the best unambiguous
/// prefix, substring or close fuzzy match.
pub(crate) fn find_person<'a>(facts: &'a FactStore, query: &str) -> Option<&'a Person> {
    let q = fold(query);
    if q.is_empty() {
        return None;
    }
    let best = suggest(facts, &q, 2);
    let first = *best.first()?;
    let first_score = score(first, &q)?;
    match best.get(1) {
        // Two equally good partial matches: ambiguous, unless the first is exact.
        Some(second) if first_score > 0 && score(second, &q) == Some(first_score) => None,
        _ => Some(first),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FuzzyDate;
    use crate::testing::StoreBuilder;

    fn store() -> FactStore {
        StoreBuilder::new()
            .person("Ingrid Solberg")
            .alias("Solberg")
            .person("Tomas Varga")
            .alias("Varga")
            .person("Tomasz Ivanek")
            .alias("Ivanek")
            .meeting(&["ingrid solberg", "tomas varga"])
            .date(FuzzyDate::month(2023, 4))
            .meeting(&["ingrid solberg", "tomasz ivanek"])
            .meeting(&["tomas varga", "ingrid solberg"])
            .date(FuzzyDate::year(2019))
            .build()
    }

    #[test]
    fn finds_people_by_any_name_form() {
        let s = store();
        assert_eq!(find_people(&s, "varga").len(), 1);
        assert_eq!(find_people(&s, "Ingrid").len(), 1);
        assert!(find_people(&s, "Anna").is_empty());
        assert_eq!(close_names(&s, "Vargo"), ["Tomas Varga"]);
    }

    #[test]
    fn prefix_matches_come_first_then_fuzzy() {
        let s = store();
        let names: Vec<&str> = suggest(&s, "tom", 25)
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(names.len(), 2);
        // Both are prefix matches; the one with more meetings first.
        assert_eq!(names[0], "Tomas Varga");
        let fuzzy: Vec<&str> = suggest(&s, "solbreg", 25)
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(fuzzy, vec!["Ingrid Solberg"]);
        assert!(suggest(&s, "zzzz", 25).is_empty());
        assert_eq!(suggest(&s, "", 2).len(), 2);
    }

    #[test]
    fn edit_distance_counts_swaps_once() {
        assert_eq!(edit_distance("solbreg", "solberg"), 1);
        assert_eq!(edit_distance("varga", "vargo"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("ines", "ines"), 0);
    }

    #[test]
    fn at_most_the_limit() {
        let mut b = StoreBuilder::new();
        for i in 0..60 {
            b = b
                .person(&format!("Anna Berg {i}"))
                .key(&format!("anna {i}"));
        }
        let s = b.build();
        assert_eq!(suggest(&s, "ann", 25).len(), 25);
        assert_eq!(suggest(&s, "", 25).len(), 25);
    }

    #[test]
    fn find_by_name_alias_or_unambiguous_prefix() {
        let s = store();
        assert_eq!(
            find_person(&s, "ingrid SOLBERG").unwrap().key,
            "ingrid solberg"
        );
        assert_eq!(find_person(&s, "Varga").unwrap().key, "tomas varga");
        assert_eq!(find_person(&s, "Ivan").unwrap().key, "tomasz ivanek");
        assert!(find_person(&s, "Tom").is_none(), "ambiguous");
        assert!(find_person(&s, "  ").is_none());
        // Diacritics are folded like everywhere else.
        assert_eq!(find_person(&s, "Sólberg").unwrap().key, "ingrid solberg");
    }

    #[test]
    fn meetings_of_a_person_in_date_order_undated_last() {
        let s = store();
        let ingrid = &s.people[0];
        let ids: Vec<usize> = meetings_of(&s, &[ingrid]).iter().map(|f| f.id).collect();
        assert_eq!(ids, [2, 0, 1]);
    }
}
