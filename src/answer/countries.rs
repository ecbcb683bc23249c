//! Countries as questions and quoted sentences name them: every name, alias and demonym of
//! the gazetteer, folded into words ("U.S." -> "u s", "Türkiye" -> "turkiye"), leads to
//! the country's folded canonical name ("united states"), which answering uses as the
//! country's key ("a Chinese defence minister" -> "china").

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::lexicon::gazetteer::{Country, gazetteer};

use super::text::norm_words;

/// The gazetteer's country names, folded for look-ups by words.
struct CountryWords {
    /// Folded canonical names; the keys handed out.
    keys: Vec<String>,
    /// Folded name, alias or demonym -> index into `keys`. The first country to claim a
    /// phrase keeps it (names before aliases before demonyms).
    by_phrase: HashMap<String, usize>,
    /// First word of a phrase -> the most words a phrase starting with it has.
    longest: HashMap<String, usize>,
    /// Phrases that are only demonyms ("chinese"), not a name or alias of a country.
    demonyms: HashSet<String>,
}

static COUNTRY_WORDS: LazyLock<CountryWords> = LazyLock::new(|| {
    let countries = gazetteer().countries();
    let mut words = CountryWords {
        keys: countries
            .iter()
            .map(|c| norm_words(&c.name).join(" "))
            .collect(),
        by_phrase: HashMap::new(),
        longest: HashMap::new(),
        demonyms: HashSet::new(),
    };
    let surfaces: [fn(&Country) -> Vec<&String>; 3] = [
        |c| vec![&c.name],
        |c| c.aliases.iter().collect(),
        |c| c.demonyms.iter().collect(),
    ];
    for (k, column) in surfaces.iter().enumerate() {
        for (i, c) in countries.iter().enumerate() {
            for s in column(c) {
                let phrase = norm_words(s);
                if k == DEMONYM_COLUMN && !words.by_phrase.contains_key(&phrase.join(" ")) {
                    words.demonyms.insert(phrase.join(" "));
                }
                words.add(&phrase, i);
            }
        }
    }
    words
});

/// The column of `surfaces` that holds demonyms.
const DEMONYM_COLUMN: usize = 2;

impl CountryWords {
    fn add(&mut self, phrase: &[String], country: usize) {
        let Some(first) = phrase.first() else { return };
        self.by_phrase.entry(phrase.join(" ")).or_insert(country);
        let n = self.longest.entry(first.clone()).or_default();
        *n = (*n).max(phrase.len());
    }
}

/// The key of a country name, alias or demonym ("Chinese" -> "china", "U.S." -> "united
/// states"); `None` when it names no country.
pub(crate) fn country_key(name: &str) -> Option<&'static str> {
    let words: &'static CountryWords = &COUNTRY_WORDS;
    let i = *words.by_phrase.get(&norm_words(name).join(" "))?;
    Some(words.keys[i].as_str())
}

/// True when the folded phrase is only a demonym ("chinese", "americans"), not a country's
/// name or alias ("uae", "britain").
pub(crate) fn is_demonym(phrase: &str) -> bool {
    let words: &'static CountryWords = &COUNTRY_WORDS;
    words.demonyms.contains(phrase)
        || phrase
            .strip_suffix('s')
            .is_some_and(|one| words.demonyms.contains(one))
}

/// The longest country name, alias or demonym starting at `words[i]` (folded words): its
/// key and the number of words it takes.
pub(crate) fn country_at(words: &[String], i: usize) -> Option<(&'static str, usize)> {
    let index: &'static CountryWords = &COUNTRY_WORDS;
    let Some(&longest) = index.longest.get(words.get(i)?) else {
        return people_of(index, &words[i]);
    };
    for len in (1..=longest.min(words.len() - i)).rev() {
        if let Some(&c) = index.by_phrase.get(&words[i..i + len].join(" ")) {
            return Some((index.keys[c].as_str(), len));
        }
    }
    None
}

/// The countries `text` names by name, alias or demonym, each once, in order; a word
/// `skip` says is no country's where it stands ("us" in "tell us") is passed over.
pub(crate) fn countries_named(text: &str, skip: impl Fn(&str) -> bool) -> Vec<&'static str> {
    let words = norm_words(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match country_at(&words, i).filter(|_| !skip(&words[i])) {
            Some((key, len)) => {
                if !out.contains(&key) {
                    out.push(key);
                }
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

/// "Argentines", "Germans": a demonym in the plural, a country's people. Only one word
/// the index lacks is tried, so "Philippines" and "Wales" stay the names they are.
fn people_of(index: &'static CountryWords, word: &str) -> Option<(&'static str, usize)> {
    let one = word.strip_suffix('s')?;
    let &c = index.by_phrase.get(one)?;
    Some((index.keys[c].as_str(), 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demonyms_are_told_from_names_and_aliases() {
        assert!(is_demonym("chinese"));
        assert!(is_demonym("germans"));
        assert!(!is_demonym("uae"));
        assert!(!is_demonym("britain"));
        assert!(!is_demonym("china"));
    }

    #[test]
    fn names_aliases_and_demonyms_lead_to_one_key() {
        assert_eq!(country_key("Chinese"), Some("china"));
        assert_eq!(country_key("China"), Some("china"));
        assert_eq!(country_key("U.S."), Some("united states"));
        assert_eq!(country_key("Republic of Korea"), Some("south korea"));
        assert_eq!(country_key("Türkiye"), Some("turkey"));
        assert_eq!(country_key("Atlantis"), None);
    }

    #[test]
    fn a_demonym_in_the_plural_is_its_country() {
        let w = norm_words("What did the Argentines and the Germans say?");
        assert_eq!(country_at(&w, 3), Some(("argentina", 1)));
        assert_eq!(country_at(&w, 6), Some(("germany", 1)));
        // Must not: a word that only ends like a plural.
        assert_eq!(country_at(&norm_words("talks"), 0), None);
        assert_eq!(
            country_at(&norm_words("Philippines"), 0),
            Some(("philippines", 1))
        );
    }

    #[test]
    fn the_countries_a_text_names_each_once() {
        let named = countries_named("The Peruvian delegation met U.S. banks in Peru.", |_| false);
        assert_eq!(named, ["peru", "united states"]);
        // Must not: a word passed over.
        assert!(countries_named("Did they tell us?", |w| w == "us").is_empty());
    }

    #[test]
    fn the_longest_phrase_at_a_word_wins() {
        let w = norm_words("a North Korean official");
        assert_eq!(country_at(&w, 1), Some(("north korea", 2)));
        let w = norm_words("the Democratic People's Republic of Korea said");
        assert_eq!(country_at(&w, 1), Some(("north korea", 6)));
        assert_eq!(country_at(&w, 0), None);
    }
}
