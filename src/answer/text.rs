//! Small text helpers shared by the answer modules: diacritic folding, word splitting,
//! edit distance, a crude stemmer, stop words, and the country/demonym table used to read
//! "a Chinese defence minister". Nothing here allocates regexes per call.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Lower-cases and folds diacritics and typographic quotes ("Erdoğan" -> "erdogan").
pub(crate) use crate::lexicon::fold_lower as fold;

/// One word of a text: folded form plus whether it was capitalised as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Lower-case, diacritic-folded.
    pub norm: String,
    /// Began with an upper-case letter in the original.
    pub capital: bool,
    /// Byte offset of the word in the original text.
    pub start: usize,
}

/// Splits text into words (letters and digits; "Blinken's" gives "blinken", "s";
/// "Suk-yeol" gives "suk", "yeol").
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, String, bool)> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            match &mut cur {
                Some((_, s, _)) => s.push(c),
                None => cur = Some((i, c.to_string(), c.is_uppercase())),
            }
        } else if let Some((start, s, capital)) = cur.take() {
            out.push(Word {
                norm: fold(&s),
                capital,
                start,
            });
        }
    }
    if let Some((start, s, capital)) = cur {
        out.push(Word {
            norm: fold(&s),
            capital,
            start,
        });
    }
    out
}

/// The folded words of a text, without positions.
pub fn norm_words(text: &str) -> Vec<String> {
    words(text).into_iter().map(|w| w.norm).collect()
}

/// Levenshtein distance, capped: returns `cap + 1` as soon as it is exceeded.
pub fn edit_distance(a: &str, b: &str, cap: usize) -> usize {
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

/// True when a typed token is the known name token, allowing one edit when the known name
/// has five or more characters ("Sing" for "Singh", "Erdogn" for "Erdogan").
pub fn name_token_eq(known: &str, typed: &str) -> bool {
    if known == typed {
        return true;
    }
    let (n, m) = (known.chars().count(), typed.chars().count());
    if n < 5 || m < 4 || n.abs_diff(m) > 1 {
        return false;
    }
    // One edit leaves the first or the last letter in place.
    let same_end = known.chars().next() == typed.chars().next()
        || known.chars().last() == typed.chars().last();
    same_end && edit_distance(known, typed, 1) <= 1
}

/// A crude English stem, enough to match "agreed"/"agreement"/"agree" or
/// "discussed"/"discussion": strips common suffixes, keeps at least four characters.
pub fn stem(word: &str) -> String {
    const SUFFIXES: [&str; 14] = [
        "ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ies", "ed", "es", "ly",
        "s", "e",
    ];
    let w = word.to_string();
    for s in SUFFIXES {
        if let Some(base) = w.strip_suffix(s)
            && base.chars().count() >= 4
        {
            return base.to_string();
        }
    }
    w
}

/// Stop words: function words, question words and the vocabulary of asking about meetings,
/// none of which says what a question is about.
pub static STOP: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    "a an and are as at be but by for if in into is it no not of on or such that the their then \
     there these they this to was will with what when where who whom whose which why how did do \
     does done has have had he she his her him them its i me my we our you your can could would \
     should may might shall about from than so were been being also any some all both each other \
     s t just more most very much many did does tell told say said says ask asked last latest \
     first recent recently previous previously before after earlier prior ever again time times \
     date day place where meet met meets meeting meetings met talk talks held hold take took \
     taken place happen happened please know want show give me us get got let two pair whether \
     besides except excluding apart beyond according \
     according one same only there's what's who's let's"
        .split_whitespace()
        .collect()
});

/// True for a stop word (see [`STOP`]).
pub fn is_stop(w: &str) -> bool {
    STOP.contains(w)
}

/// Countries with their demonyms and other names, folded. The first entry of each row is
/// the canonical key.
const COUNTRIES: &[&[&str]] = &[
    &["india", "indian"],
    &["china", "chinese", "prc"],
    &[
        "united states",
        "american",
        "us",
        "u s",
        "usa",
        "america",
        "united states of america",
    ],
    &["russia", "russian", "russian federation"],
    &["japan", "japanese"],
    &[
        "south korea",
        "south korean",
        "republic of korea",
        "rok",
        "korea",
        "korean",
    ],
    &["north korea", "north korean", "dprk"],
    &[
        "united kingdom",
        "british",
        "uk",
        "britain",
        "great britain",
    ],
    &["france", "french"],
    &["germany", "german"],
    &["italy", "italian"],
    &["spain", "spanish"],
    &["turkey", "turkish", "turkiye"],
    &["brazil", "brazilian"],
    &["south africa", "south african"],
    &["australia", "australian"],
    &["new zealand", "new zealander"],
    &["philippines", "philippine", "filipino"],
    &["malaysia", "malaysian"],
    &["indonesia", "indonesian"],
    &["laos", "lao", "lao pdr", "laotian"],
    &["vietnam", "vietnamese", "viet nam"],
    &["thailand", "thai"],
    &["singapore", "singaporean"],
    &["pakistan", "pakistani"],
    &["bangladesh", "bangladeshi"],
    &["sri lanka", "sri lankan"],
    &["nepal", "nepalese", "nepali"],
    &["ukraine", "ukrainian"],
    &["israel", "israeli"],
    &["iran", "iranian"],
    &["iraq", "iraqi"],
    &["saudi arabia", "saudi"],
    &["egypt", "egyptian"],
    &["canada", "canadian"],
    &["mexico", "mexican"],
    &["argentina", "argentine", "argentinian"],
    &["nigeria", "nigerian"],
    &["kenya", "kenyan"],
    &["ghana", "ghanaian"],
    &["poland", "polish"],
    &["netherlands", "dutch"],
    &["sweden", "swedish"],
    &["norway", "norwegian"],
    &["finland", "finnish"],
    &["taiwan", "taiwanese"],
    &["qatar", "qatari"],
    &["united arab emirates", "uae", "emirati"],
];

/// The canonical key of a country name or demonym ("Chinese" -> "china", "U.S." ->
/// "united states"); `None` when unknown.
pub fn country_key(name: &str) -> Option<&'static str> {
    let n = norm_words(name).join(" ");
    COUNTRIES
        .iter()
        .find(|row| row.contains(&n.as_str()))
        .map(|row| row[0])
}

/// The longest country name or demonym starting at `words[i]`: (canonical key, words used).
pub fn country_at(words: &[String], i: usize) -> Option<(&'static str, usize)> {
    for len in (1..=4).rev() {
        if i + len > words.len() {
            continue;
        }
        let phrase = words[i..i + len].join(" ");
        if let Some(row) = COUNTRIES.iter().find(|row| row.contains(&phrase.as_str())) {
            return Some((row[0], len));
        }
    }
    None
}

/// Splits a paragraph into sentences (". ", "! ", "? " followed by a capital or quote;
/// "Nov. 20" and "U.S. officials" stay whole when the next word is lower-case or a digit).
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        // Skip closing quotes right after the stop.
        let mut j = k + 1;
        while j < chars.len() && matches!(chars[j].1, '"' | '”' | '’' | '\'' | ')') {
            j += 1;
        }
        let end = chars.get(j).map(|x| x.0).unwrap_or(text.len());
        let at_end = j >= chars.len();
        let space = chars.get(j).is_some_and(|x| x.1.is_whitespace());
        let next_upper = chars
            .iter()
            .skip(j)
            .find(|x| !x.1.is_whitespace())
            .is_some_and(|x| x.1.is_uppercase() || matches!(x.1, '"' | '“' | '‘' | '\''));
        let short_abbrev = c == '.' && {
            // "Nov." "Gen." "U.S." - a short token before the dot.
            let before = &text[start..i];
            let last = before
                .rsplit(|ch: char| ch.is_whitespace())
                .next()
                .unwrap_or("");
            last.chars().count() <= 3 && last.chars().next().is_some_and(char::is_uppercase)
        };
        if at_end || (space && next_upper && !short_abbrev) {
            let s = text[start..end].trim();
            if !s.is_empty() {
                out.push(s);
            }
            start = end;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn edit_distance_is_capped() {
        assert_eq!(edit_distance("mirabel", "mirabel", 1), 0);
        assert_eq!(edit_distance("mirabel", "mirabell", 1), 1);
        assert_eq!(edit_distance("mirabel", "marobal", 1), 2);
        assert!(name_token_eq("okonkwo", "okonkwa"));
        assert!(name_token_eq("halvorsen", "halvorson"));
        assert!(!name_token_eq("lee", "lei"));
        assert!(name_token_eq("okafor", "okafo"));
        assert!(!name_token_eq("okafor", "oka"));
    }

    #[test]
    fn countries_and_demonyms() {
        assert_eq!(country_key("Chinese"), Some("china"));
        assert_eq!(country_key("U.S."), Some("united states"));
        assert_eq!(country_key("Republic of Korea"), Some("south korea"));
        assert_eq!(country_key("Atlantis"), None);
        let w = norm_words("a North Korean official");
        assert_eq!(country_at(&w, 1), Some(("north korea", 2)));
    }

    #[test]
    fn sentence_split_keeps_abbreviations() {
        let s = sentences(
            "Mira Okafor met him Tuesday (Nov. 5) in Tamsin. U.S. officials said so. Done!",
        );
        assert_eq!(s.len(), 3, "{s:?}");
        assert!(s[0].ends_with("Tamsin."));
    }

    #[test]
    fn stems_match_word_families() {
        assert_eq!(stem("agreed"), stem("agree"));
        assert_eq!(stem("discussed"), "discuss");
        assert_eq!(stem("meetings"), "meet");
    }
}
