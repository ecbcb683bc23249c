//! Low-level text helpers of the extractor: a word tokenizer that keeps byte offsets,
//! diacritic folding and the person-key normalisation ("Kılıç" and "Kilic", "Park
//! Jong-un" and "Kim Jong Un" give the same key).

use crate::lexicon::fold::{fold, is_mark};

/// One token of a sentence: a word (letters, digits, inner hyphens and apostrophes, or a
/// dotted acronym such as "U.S.") or a single punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// Byte offset of the first byte in the sentence.
    pub start: usize,
    /// Byte offset just after the last byte.
    pub end: usize,
    pub text: &'a str,
    /// True for words, false for punctuation.
    pub word: bool,
}

impl Token<'_> {
    /// True when the word starts with an upper-case letter.
    pub fn is_cap(&self) -> bool {
        self.word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// True for words written entirely in capitals with at least two letters ("KCNA",
    /// "NEW", "U.S.").
    pub fn is_all_caps(&self) -> bool {
        let letters: Vec<char> = self.text.chars().filter(|c| c.is_alphabetic()).collect();
        self.word && letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    }

    /// The word without a possessive "'s"/"’s" ending.
    pub fn bare(&self) -> &str {
        strip_possessive(self.text)
    }

    /// True when the word ends with a possessive "'s"/"’s".
    pub fn is_possessive(&self) -> bool {
        self.bare().len() != self.text.len()
    }

    /// Lower-case form of the word.
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }
}

/// Removes a possessive "'s" / "’s" ending.
pub fn strip_possessive(w: &str) -> &str {
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(s) = w.strip_suffix(suffix)
            && !s.is_empty()
        {
            return s;
        }
    }
    w
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// Splits a sentence into words and punctuation with byte offsets.
pub fn tokenize(s: &str) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let offset = |i: usize| chars.get(i).map_or(s.len(), |c| c.0);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let word = is_word_char(c);
        let j = if word { word_end(&chars, i) } else { i + 1 };
        let (start, end) = (offset(i), offset(j));
        out.push(Token {
            start,
            end,
            text: &s[start..end],
            word,
        });
        i = j;
    }
    out
}

/// The char index just after the word starting at char `i`: a dotted acronym ("U.S.",
/// "U.K.") with its last full stop, else letters and digits with inner hyphens and
/// apostrophes ("Jong-un", "O'Brien").
fn word_end(chars: &[(usize, char)], i: usize) -> usize {
    let at = |k: usize| chars.get(k).map(|c| c.1);
    if at(i).is_some_and(char::is_uppercase)
        && at(i + 1) == Some('.')
        && at(i + 2).is_some_and(char::is_uppercase)
    {
        let mut k = i;
        while at(k).is_some_and(char::is_uppercase) && at(k + 1) == Some('.') {
            k += 2;
        }
        if k - i >= 4 {
            return k;
        }
    }
    let mut j = i + 1;
    loop {
        while at(j).is_some_and(is_word_char) {
            j += 1;
        }
        match at(j) {
            Some('-' | '\'' | '’' | '‑') if at(j + 1).is_some_and(is_word_char) => j += 1,
            _ => return j,
        }
    }
}

/// The tokens of a person name as used in keys: diacritics folded, lower case, hyphens
/// and apostrophes split ("Kim Jong-un" -> ["kim", "jong", "un"]).
pub fn name_tokens(name: &str) -> Vec<String> {
    fold(name)
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(String::from)
        .collect()
}

/// The key of a person name: its [`name_tokens`] joined by spaces.
#[cfg(test)]
pub(crate) fn name_key(name: &str) -> String {
    name_tokens(name).join(" ")
}

/// A comparison key for free text (folded, lower case, words joined by single spaces).
pub fn loose(s: &str) -> String {
    name_tokens(s).join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizes_words_acronyms_and_punctuation() {
        let t = tokenize("U.S. envoy Kim Jong-un's talks (Nov. 20).");
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            [
                "U.S.",
                "envoy",
                "Kim",
                "Jong-un's",
                "talks",
                "(",
                "Nov",
                ".",
                "20",
                ")",
                "."
            ]
        );
        assert!(t[3].is_possessive());
        assert_eq!(t[3].bare(), "Jong-un");
        assert!(t[0].is_all_caps());
    }

    #[test]
    fn keys_fold_diacritics_and_hyphens() {
        assert_eq!(name_key("Recep Öztürk Kılıç"), "recep ozturk kilic");
        assert_eq!(name_key("Kim Jong-un"), name_key("Kim Jong Un"));
        assert_eq!(fold("Inácio"), "Inacio");
    }
}
