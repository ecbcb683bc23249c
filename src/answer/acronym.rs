//! Acronyms an article defines ("the Nordic Fisheries Council (NFC)") and their use in
//! its later sentences ("At an NFC board meeting on Friday"): the reader scores such a
//! sentence as if it spelt the name out, so a question naming the body finds it.

use std::sync::LazyLock;

use regex::Regex;

/// "(NFC)": an acronym in brackets, two to six capitals (a longer run is rarely one).
static DEFINED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([A-Z]{2,6})\)").expect("static acronym regex"));

/// Words a name may hold that its acronym skips ("Bank of England", "Food and Drug ...").
const LINK_WORDS: [&str; 6] = ["of", "and", "for", "the", "de", "&"];

/// Capitalised words of a name an acronym may leave out ("Official UK Charts Company"
/// is OCC): one; more and the letters match by chance.
const MAX_SKIPPED: usize = 1;

/// Each acronym `text` defines with the name it stands for, as written.
pub(crate) fn defined(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for c in DEFINED.captures_iter(text) {
        let (Some(all), Some(acr)) = (c.get(0), c.get(1)) else {
            continue;
        };
        if let Some(name) = name_before(&text[..all.start()], acr.as_str())
            && !out.iter().any(|(a, _)| a == acr.as_str())
        {
            out.push((acr.as_str().to_string(), name));
        }
    }
    out
}

/// The name ending `before` whose capitalised words' initials spell `acr`, read from its
/// last word back; `None` when they don't.
fn name_before(before: &str, acr: &str) -> Option<String> {
    let words: Vec<&str> = before.split_whitespace().collect();
    let mut letters: Vec<char> = acr.chars().collect();
    let (mut skipped, mut start) = (0, None);
    for (i, w) in words.iter().enumerate().rev() {
        let Some(want) = letters.last().copied() else {
            break;
        };
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&');
        let first = bare.chars().next()?;
        if LINK_WORDS.contains(&bare.to_lowercase().as_str()) && start.is_some() {
            continue;
        }
        if !first.is_uppercase() {
            return None;
        }
        if first == want {
            letters.pop();
            start = Some(i);
        } else if start.is_some() && skipped < MAX_SKIPPED {
            skipped += 1;
        } else {
            return None;
        }
    }
    let start = start.filter(|_| letters.is_empty())?;
    Some(words[start..].join(" "))
}

/// `sentence` with the names of the acronyms it uses from `defs` after it, for scoring;
/// `None` when it uses none.
pub(crate) fn spelt_out(sentence: &str, defs: &[(String, String)]) -> Option<String> {
    let used: Vec<&str> = defs
        .iter()
        .filter(|(a, _)| {
            sentence
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == a)
        })
        .map(|(_, n)| n.as_str())
        .collect();
    (!used.is_empty()).then(|| format!("{sentence} ({})", used.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_before_its_acronym_is_defined() {
        // Must handle: every word's initial, a link word, one capitalised word skipped.
        let t = "The charts are run by the Nordic Fisheries Council (NFC) in Bergen.";
        assert_eq!(
            defined(t),
            [("NFC".into(), "Nordic Fisheries Council".into())]
        );
        let t = "It joined the Union of Baltic Ports (UBP) last year.";
        assert_eq!(defined(t), [("UBP".into(), "Union of Baltic Ports".into())]);
        let t = "run by the Official EU Grain Board (OGB), a joint venture";
        assert_eq!(
            defined(t),
            [("OGB".into(), "Official EU Grain Board".into())]
        );
        // Must not: letters the name doesn't spell, or a bracketed code after lower case.
        assert!(defined("The Nordic Fisheries Council (IMF) met.").is_empty());
        assert!(defined("shares of the firm (ABC) rose").is_empty());
    }

    #[test]
    fn a_sentence_using_an_acronym_is_spelt_out() {
        let defs = defined("the Nordic Fisheries Council (NFC) said");
        let s = "At an NFC board meeting on Friday, quotas were cut.";
        let out = spelt_out(s, &defs).expect("uses NFC");
        assert!(out.contains("Nordic Fisheries Council"), "{out}");
        // Must not: the letters inside another word, or no acronym at all.
        assert!(spelt_out("The NFCA met on Friday.", &defs).is_none());
        assert!(spelt_out("The council met on Friday.", &defs).is_none());
    }
}
