//! Words as answering reads them: word splitting with positions and capitals, the typo
//! test for names, a crude stemmer and the stop words. Folding, sentences, countries and
//! calendar names come from [`crate::lexicon`].

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::lexicon::lists::{
    ANSWER_STEM_SUFFIXES, ANSWER_WORD_FAMILIES, GIVEN_NAME_FORMS, PROPER_NAME_FAMILIES,
    QUESTION_STOP_WORDS,
};

/// Lower-cases and folds diacritics and typographic quotes ("Erdoğan" -> "erdogan").
pub(crate) use crate::lexicon::fold_lower as fold;

/// One word of a text: folded form plus whether it was capitalised as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word {
    /// Lower-case, diacritic-folded.
    pub(crate) norm: String,
    /// Began with an upper-case letter in the original.
    pub(crate) capital: bool,
    /// Byte offset of the word in the original text.
    pub(crate) start: usize,
    /// True when only spaces separate it from the word before (no comma, no "and").
    pub(crate) joined: bool,
}

/// Splits text into words (letters and digits; "Blinken's" gives "blinken", "s";
/// "Suk-yeol" gives "suk", "yeol").
pub(crate) fn words(text: &str) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    // The word being read: where it starts and whether it began with a capital.
    let mut cur: Option<(usize, bool)> = None;
    let mut last_end = 0;
    let mut push = |out: &mut Vec<Word>, (start, capital): (usize, bool), end: usize| {
        let joined = !out.is_empty() && text[last_end..start].chars().all(|c| c == ' ');
        last_end = end;
        out.push(Word {
            norm: fold(&text[start..end]),
            capital,
            start,
            joined,
        });
    };
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if cur.is_none() {
                cur = Some((i, c.is_uppercase()));
            }
        } else if let Some(w) = cur.take() {
            push(&mut out, w, i);
        }
    }
    if let Some(w) = cur {
        push(&mut out, w, text.len());
    }
    out
}

/// The folded words of a text, without positions.
pub(crate) fn norm_words(text: &str) -> Vec<String> {
    words(text).into_iter().map(|w| w.norm).collect()
}

/// Levenshtein distance, capped: returns `cap + 1` as soon as it is exceeded.
pub(crate) fn edit_distance(a: &str, b: &str, cap: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > cap {
        return cap + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            row_min = row_min.min(cur[j]);
        }
        if row_min > cap {
            return cap + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Shortest known name token that forgives a typo: one edit on a shorter name ("Lee",
/// "Kim") too often makes another name.
pub(crate) const TYPO_MIN_KNOWN: usize = 5;

/// Shortest typed token read as a misspelt name.
pub(crate) const TYPO_MIN_TYPED: usize = 4;

/// True when a typed token is the known name token, allowing one edit when the known name
/// has [`TYPO_MIN_KNOWN`] or more characters ("Sing" for "Singh", "Erdogn" for "Erdogan").
pub(crate) fn name_token_eq(known: &str, typed: &str) -> bool {
    if known == typed || other_forms(typed).contains(&known) {
        return true;
    }
    let (n, m) = (known.chars().count(), typed.chars().count());
    if n < TYPO_MIN_KNOWN || m < TYPO_MIN_TYPED || n.abs_diff(m) > 1 {
        return false;
    }
    // A short word that is a name without its last letter is more often a word or name
    // of its own ("Abba" for Abbas, "Carl" for Carlo) than that name misspelt.
    if m < n && m < TYPO_MIN_KNOWN && known.starts_with(typed) {
        return false;
    }
    // One edit leaves the first or the last letter in place.
    let same_end = known.chars().next() == typed.chars().next()
        || known.chars().last() == typed.chars().last();
    same_end && edit_distance(known, typed, 1) <= 1
}

/// Every form of a listed given name with its other forms ("bob" -> "robert", "bobby",
/// "rob"), built once from the list.
static NAME_FORMS: LazyLock<HashMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
    for (full, short) in GIVEN_NAME_FORMS.keyed() {
        let forms: Vec<&'static str> = std::iter::once(full).chain(short).collect();
        for &f in &forms {
            let others = map.entry(f).or_default();
            for &o in &forms {
                if o != f && !others.contains(&o) {
                    others.push(o);
                }
            }
        }
    }
    map
});

/// The other forms of a given name ("bob" -> "robert"; "robert" -> "bob", "bobby",
/// "rob"); empty for a word of no listed name.
pub(crate) fn other_forms(name: &str) -> &'static [&'static str] {
    NAME_FORMS.get(name).map_or(&[], Vec::as_slice)
}

/// A crude English stem, enough to match "agreed"/"agreement"/"agree" or
/// "discussed"/"discussion": strips the first suffix of [`ANSWER_STEM_SUFFIXES`] that
/// leaves at least [`MIN_STEM`] characters. A short verb that drops its "e" before
/// "-ing", "-ed" or "-es" gets it back ("hoping", "hoped", "hopes": "hope").
pub(crate) fn stem(word: &str) -> String {
    for s in ANSWER_STEM_SUFFIXES.iter() {
        let Some(base) = word.strip_suffix(s) else {
            continue;
        };
        if base.chars().count() >= MIN_STEM {
            return base.to_string();
        }
        if matches!(*s, "ing" | "ed" | "es") && dropped_e(base) {
            return format!("{base}e");
        }
    }
    word.to_string()
}

/// True for a three-letter consonant-vowel-consonant base ("hop", "com", "vot"): a verb
/// that ends in a silent "e" ("hope", "come", "vote"); not "add", "see" or "tax".
fn dropped_e(base: &str) -> bool {
    let vowel = |c: char| "aeiou".contains(c);
    let c: Vec<char> = base.chars().collect();
    c.len() == 3
        && c.iter().all(char::is_ascii_lowercase)
        && !vowel(c[0])
        && vowel(c[1])
        && !vowel(c[2])
        && !"wxy".contains(c[2])
}

/// Shortest stem: "meet" from "meetings", but "use" stays "use" rather than "us".
const MIN_STEM: usize = 4;

/// Each stem of [`ANSWER_WORD_FAMILIES`] with the number of its family (built once).
static FAMILIES: LazyLock<HashMap<String, usize>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for (i, line) in ANSWER_WORD_FAMILIES.iter().enumerate() {
        for w in line.split_whitespace() {
            map.insert(stem(w), i);
        }
    }
    map
});

/// The family of a stemmed word, when it belongs to one.
pub(crate) fn family(stemmed: &str) -> Option<usize> {
    FAMILIES.get(stemmed).copied()
}

/// One family of [`PROPER_NAME_FAMILIES`], folded: a body's names and its members' name.
struct ProperFamily {
    names: Vec<String>,
    members: Vec<String>,
}

/// The families of [`PROPER_NAME_FAMILIES`] (built once).
static PROPER_FAMILIES: LazyLock<Vec<ProperFamily>> = LazyLock::new(|| {
    let folded = |names: &str| -> Vec<String> {
        (names.split('|'))
            .map(|n| norm_words(n).join(" "))
            .filter(|n| !n.is_empty())
            .collect()
    };
    (PROPER_NAME_FAMILIES.iter())
        .map(|line| {
            let (names, members) = line.split_once(':').unwrap_or((line, ""));
            ProperFamily {
                names: folded(names),
                members: folded(members),
            }
        })
        .collect()
});

/// The other names of a body's name, folded words space separated, and what its members
/// are called: "Commons" -> "house of commons", "westminster", "mps". Nothing for a
/// members' name ("MPs"): a text naming the body need not be about them.
pub(crate) fn proper_family(name: &str) -> Vec<&'static str> {
    let folded = norm_words(name).join(" ");
    (PROPER_FAMILIES.iter())
        .filter(|f| f.names.contains(&folded))
        .flat_map(|f| f.names.iter().chain(&f.members))
        .filter(|n| **n != folded)
        .map(String::as_str)
        .collect()
}

/// Forms of "see", a word of meeting only of a person ("did not see him"; "I don't see
/// the dollar rising" is none), and asked about as the meeting itself ("Did he see
/// Reagan?").
pub(crate) const SEE_FORMS: [&str; 5] = ["see", "saw", "seen", "sees", "seeing"];

/// True for a stop word: a function word, a question word or the vocabulary of asking
/// about meetings ([`QUESTION_STOP_WORDS`]).
pub(crate) fn is_stop(w: &str) -> bool {
    QUESTION_STOP_WORDS.has(w)
}

/// The byte range of the last dash typed between spaces ("raised it - when is ...": a
/// hyphen, en or em dash), which ends a statement before a question.
pub(crate) fn last_spaced_dash(text: &str) -> Option<(usize, usize)> {
    (["-", "–", "—"].iter())
        .filter_map(|d| {
            text.rfind(&format!(" {d} "))
                .map(|i| (i + 1, i + 1 + d.len()))
        })
        .max()
}

/// "hall" -> "Hall": the first letter in upper case.
pub(crate) fn capitalised(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// True when `words` open with the words of `needle`.
pub(crate) fn starts_with_words(words: &[String], needle: &[&str]) -> bool {
    words.len() >= needle.len() && words.iter().zip(needle).all(|(w, n)| w == n)
}

/// Where the words of `needle` first stand in a row among `hay`.
pub(crate) fn find_words(hay: &[String], needle: &[&str]) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    (0..hay.len()).find(|&i| starts_with_words(&hay[i..], needle))
}

/// True when one of `phrases` (folded words, space separated) stands among `words`.
pub(crate) fn has_phrase(words: &[String], phrases: &[&str]) -> bool {
    let joined = format!(" {} ", words.join(" "));
    phrases.iter().any(|p| joined.contains(&format!(" {p} ")))
}

/// True when `texts` together name every one of `names` (as whole words, any case), or
/// another name of its family ("Group of Seven" for "G7").
pub(crate) fn names_all(texts: &[String], names: &[String]) -> bool {
    let said: Vec<String> = texts.iter().flat_map(|t| norm_words(t)).collect();
    let joined = format!(" {} ", said.join(" "));
    let told = |phrase: &str| joined.contains(&format!(" {phrase} "));
    names.iter().all(|name| {
        let words = norm_words(name);
        // "G7" is told by "Group of Seven": a name's family counts as the name.
        !words.is_empty() && (told(&words.join(" ")) || proper_family(name).iter().any(|f| told(f)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_dash_between_spaces_ends_a_statement() {
        let t = "He said so - when is he - really - meeting them?";
        assert_eq!(
            last_spaced_dash(t).map(|(a, _)| &t[a..]),
            Some("- meeting them?")
        );
        let t = "He said so — when?";
        assert_eq!(last_spaced_dash(t).map(|(_, e)| &t[e..]), Some(" when?"));
        // Must not: a hyphen inside a word or a date range.
        assert_eq!(last_spaced_dash("the Gulf-bound fleet, June 8-10?"), None);
    }

    /// True when two words belong to one family of [`ANSWER_WORD_FAMILIES`].
    fn same_family(a: &str, b: &str) -> bool {
        family(&stem(a)).is_some() && family(&stem(a)) == family(&stem(b))
    }

    #[test]
    fn a_name_is_told_by_its_family() {
        let texts = ["The Group of Seven countries are due to meet tomorrow.".to_string()];
        // Must handle: the name, or another of its family.
        assert!(names_all(&texts, &["Group of Seven".into()]));
        assert!(names_all(&texts, &["G7".into()]));
        // Must not: a name nobody wrote.
        assert!(!names_all(&texts, &["G5".into()]));
    }

    #[test]
    fn a_dinner_thrown_is_one_hosted_and_a_trip_a_visit() {
        assert!(same_family("throwing", "hosting"));
        assert!(same_family("trip", "visit"));
        assert!(!same_family("trip", "hosting"));
    }

    #[test]
    fn a_visit_opened_is_one_started() {
        assert!(same_family("opened", "start"));
        assert!(same_family("opening", "began"));
        assert!(!same_family("opened", "ended"));
        // "When does it kick off?" is told by "It will start at 1200 GMT on Saturday".
        assert!(same_family("kick", "start"));
        assert!(same_family("kicks", "begins"));
        assert!(!same_family("kicked", "scored"));
    }

    #[test]
    fn a_body_is_found_by_its_other_names_and_its_members() {
        let commons = proper_family("Commons");
        assert!(commons.contains(&"westminster"));
        assert!(commons.contains(&"mps"));
        assert!(proper_family("the Scottish Parliament").is_empty());
        assert!(proper_family("Scottish Parliament").contains(&"holyrood"));
        // Members asked about are not found by the body's name.
        assert!(proper_family("MPs").is_empty());
        assert!(proper_family("Norland").is_empty());
    }

    #[test]
    fn folds_diacritics_and_case() {
        assert_eq!(fold("Gökçen Şahin"), "gokcen sahin");
        assert_eq!(fold("Vela da Silva’s"), "vela da silva's");
        assert_eq!(
            norm_words("Park Min-jun's"),
            vec!["park", "min", "jun", "s"]
        );
    }

    #[test]
    fn a_short_form_of_a_given_name_is_that_name() {
        assert!(name_token_eq("robert", "bob"));
        assert!(name_token_eq("bob", "robert"));
        assert!(name_token_eq("william", "bill"));
        assert!(!name_token_eq("robert", "bill"));
        assert!(other_forms("okafor").is_empty());
    }

    #[test]
    fn edit_distance_is_capped() {
        assert_eq!(edit_distance("mirabel", "mirabel", 1), 0);
        assert_eq!(edit_distance("mirabel", "mirabell", 1), 1);
        assert_eq!(edit_distance("mirabel", "marobal", 1), 2);
        assert!(name_token_eq("okonkwo", "okonkwa"));
        assert!(name_token_eq("halvorsen", "halvorson"));
        assert!(!name_token_eq("lee", "lei"));
        assert!(name_token_eq("okafor", "okafo"));
        assert!(!name_token_eq("okafor", "oka"));
        assert!(
            !name_token_eq("abbas", "abba"),
            "a short word a letter short"
        );
        assert!(!name_token_eq("carlo", "carl"));
        assert!(name_token_eq("mayer", "mayr"), "a letter dropped inside");
        assert!(name_token_eq("blair", "blairr"));
    }

    #[test]
    fn short_verbs_get_their_silent_e_back() {
        for (a, b) in [("hoping", "hoped"), ("coming", "comes"), ("voted", "vote")] {
            assert_eq!(stem(a), stem(b), "{a} {b}");
        }
        assert_eq!(stem("hopes"), "hope");
        // Not a silent "e": a vowel start, a vowel end.
        assert_eq!(stem("added"), "added");
        assert_eq!(stem("seeing"), "seeing");
    }

    #[test]
    fn stems_match_word_families() {
        assert_eq!(stem("agreed"), stem("agree"));
        assert_eq!(stem("discussed"), "discuss");
        assert_eq!(stem("meetings"), "meet");
    }

    #[test]
    fn a_lawyer_is_an_attorney_and_stepping_down_is_retiring() {
        // Must handle: the words a reporter and a reader swap.
        assert!(same_family("lawyer", "attorney"));
        assert!(same_family("stepping", "retired"));
        assert!(same_family("resign", "quit"));
        // Must not: another office of a court.
        assert!(!same_family("lawyer", "judge"));
    }

    #[test]
    fn a_question_stays_only_where_everything_it_names_is_named() {
        let texts = vec![
            "Rovers director denies rift".to_string(),
            "Engstrom met the coach at the training ground.".to_string(),
        ];
        let names = |n: &[&str]| n.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        // Must handle: names in any paragraph or title, in any case.
        assert!(names_all(&texts, &names(&["rovers", "Engstrom"])));
        assert!(names_all(&texts, &names(&[])));
        // Must not: a name told nowhere, or only as part of a word.
        assert!(!names_all(&texts, &names(&["Engstrom", "Achterberg"])));
        assert!(!names_all(&texts, &names(&["Rove"])));
    }
}
