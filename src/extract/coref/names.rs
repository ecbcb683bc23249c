//! The index of an article's person names: which entities a new name form can be
//! compatible with ([`super::names_compatible`]), found by its words rather than by
//! comparing it with every earlier name, so an article naming thousands of different
//! people costs about its length, not its square.
//!
//! Two name forms are compatible only when the "signature" of the shorter (its words of
//! more than one letter, or all its words when none is longer) is among the words of the
//! longer. So the candidates for a name are the entities holding its rarest signature
//! word (it may be the shorter), and the entities whose whole signature is a subset of its
//! words (they may be). The index only narrows: every candidate is still checked, and an
//! entry left behind when an entity takes a longer name is filtered out by that check.

use std::collections::HashMap;

/// The most distinct words of a name whose subsets are looked up (2^n lookups): names of
/// more words (none in real news) compare with every entity instead.
const MAX_SUBSET_WORDS: usize = 10;

/// Entities by the words of their names and by their name's signature.
#[derive(Debug, Clone, Default)]
pub(crate) struct NameIndex {
    /// Folded name word -> entities whose name holds it (ascending; an entity that took a
    /// longer name stays under the words of its shorter one).
    by_word: HashMap<String, Vec<usize>>,
    /// Signature (sorted distinct words, space-joined) -> entities with that signature
    /// (ascending; stale entries as above).
    by_signature: HashMap<String, Vec<usize>>,
    /// Entities `0..indexed` of the list are in the index.
    pub(crate) indexed: usize,
}

/// Where to look for a name's compatible entities.
pub(crate) enum Candidates {
    /// Only these entities (ascending, without repeats).
    Some(Vec<usize>),
    /// Every entity: the name has too many words to look up.
    All,
}

/// The words two compatible names must share: the words of more than one letter, or all
/// words when none is longer; sorted, without repeats. A longer name compatible with
/// `tokens` holds every one of them.
pub(crate) fn signature(tokens: &[String]) -> Vec<&str> {
    let long: Vec<&str> = tokens
        .iter()
        .filter(|t| t.chars().count() > 1)
        .map(String::as_str)
        .collect();
    let mut sig = if long.is_empty() {
        tokens.iter().map(String::as_str).collect()
    } else {
        long
    };
    sig.sort_unstable();
    sig.dedup();
    sig
}

/// Adds `id` to an ascending list of entities, once.
fn insert(ids: &mut Vec<usize>, id: usize) {
    if let Err(at) = ids.binary_search(&id) {
        ids.insert(at, id);
    }
}

impl NameIndex {
    /// Records entity `id` under the words of `tokens` (a name it has now).
    pub(crate) fn add(&mut self, id: usize, tokens: &[String]) {
        if tokens.is_empty() {
            return;
        }
        for t in tokens {
            insert(self.by_word.entry(t.clone()).or_default(), id);
        }
        let key = signature(tokens).join(" ");
        insert(self.by_signature.entry(key).or_default(), id);
    }

    /// Entities whose name holds the word `token` (ascending; some may hold it no longer).
    pub(crate) fn with_word(&self, token: &str) -> &[usize] {
        self.by_word.get(token).map_or(&[], Vec::as_slice)
    }

    /// The entities a name of `tokens` may be compatible with.
    pub(crate) fn candidates(&self, tokens: &[String]) -> Candidates {
        let sig = signature(tokens);
        if sig.is_empty() {
            return Candidates::Some(Vec::new());
        }
        let mut words: Vec<&str> = tokens.iter().map(String::as_str).collect();
        words.sort_unstable();
        words.dedup();
        if words.len() > MAX_SUBSET_WORDS {
            return Candidates::All;
        }
        // Longer (or equal) names hold every word of this one's signature.
        let rarest = sig
            .iter()
            .map(|w| self.with_word(w))
            .min_by_key(|ids| ids.len())
            .unwrap_or(&[]);
        let mut found = rarest.to_vec();
        // Shorter names have a signature made of this one's words.
        for mask in 1..(1usize << words.len()) {
            let subset: Vec<&str> = (0..words.len())
                .filter(|b| mask & (1 << b) != 0)
                .map(|b| words[b])
                .collect();
            if let Some(ids) = self.by_signature.get(&subset.join(" ")) {
                found.extend_from_slice(ids);
            }
        }
        found.sort_unstable();
        found.dedup();
        Candidates::Some(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::coref::names_compatible;
    use crate::extract::text::name_tokens;

    /// Every pair of these forms that is compatible is found through the index.
    #[test]
    fn every_compatible_name_is_a_candidate() {
        let forms = [
            "Tomas Berg",
            "Berg",
            "Tomas",
            "Park Min-jun",
            "Park Min Jun",
            "Ana Maria Vela da Costa",
            "Vela da Costa",
            "Jane Q Doe",
            "Jane Doe",
            "J Q",
            "Q",
            "Wu Tao",
            "Wu Fei",
            "Berg Berg",
        ];
        let tokens: Vec<Vec<String>> = forms.iter().map(|f| name_tokens(f)).collect();
        let mut index = NameIndex::default();
        for (i, t) in tokens.iter().enumerate() {
            index.add(i, t);
        }
        for (j, t) in tokens.iter().enumerate() {
            let Candidates::Some(found) = index.candidates(t) else {
                panic!("{}: too many words", forms[j]);
            };
            for (i, e) in tokens.iter().enumerate() {
                if names_compatible(e, t) {
                    assert!(found.contains(&i), "{} -> {}", forms[j], forms[i]);
                }
            }
        }
        // Must not: a name sharing only a given name is no candidate.
        let Candidates::Some(found) = index.candidates(&name_tokens("Wu Lan")) else {
            panic!("too many words");
        };
        assert!(!found.iter().any(|&i| forms[i] == "Wu Tao"), "{found:?}");
    }
}
