//! One question's look-ups remembered: readers of one turn often search the same words
//! (a when-question not found searches its people three times over) and read the same
//! report whole; the second time costs a copy, not a search.

use std::cell::RefCell;
use std::collections::HashMap;

use super::Retriever;
use crate::index::Hit;

/// A [`Retriever`] that answers a repeated `search_any` or `article` from memory. Lives
/// for one turn: the index does not change under it.
pub(crate) struct Memo<'r> {
    inner: &'r dyn Retriever,
    searched: RefCell<HashMap<(String, usize), Vec<Hit>>>,
    articles: RefCell<HashMap<String, Vec<Hit>>>,
}

impl<'r> Memo<'r> {
    pub(crate) fn new(inner: &'r dyn Retriever) -> Memo<'r> {
        Memo {
            inner,
            searched: RefCell::new(HashMap::new()),
            articles: RefCell::new(HashMap::new()),
        }
    }
}

impl Retriever for Memo<'_> {
    fn search(&self, text: &str, limit: usize) -> Vec<Hit> {
        self.inner.search(text, limit)
    }

    fn search_any(&self, text: &str, limit: usize) -> Vec<Hit> {
        let key = (text.to_string(), limit);
        if let Some(hits) = self.searched.borrow().get(&key) {
            return hits.clone();
        }
        let hits = self.inner.search_any(text, limit);
        self.searched.borrow_mut().insert(key, hits.clone());
        hits
    }

    fn article(&self, article: &str) -> Vec<Hit> {
        if let Some(hits) = self.articles.borrow().get(article) {
            return hits.clone();
        }
        let hits = self.inner.article(article);
        (self.articles.borrow_mut()).insert(article.to_string(), hits.clone());
        hits
    }

    fn paragraphs(&self, article: &str, numbers: &[usize]) -> Vec<Hit> {
        match self.articles.borrow().get(article) {
            Some(all) => (all.iter())
                .filter(|h| numbers.contains(&h.paragraph))
                .cloned()
                .collect(),
            None => self.inner.paragraphs(article, numbers),
        }
    }

    fn article_count(&self) -> usize {
        self.inner.article_count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    /// Counts the searches that reach it.
    struct Counting(Cell<usize>);

    impl Retriever for Counting {
        fn search(&self, _: &str, _: usize) -> Vec<Hit> {
            self.0.set(self.0.get() + 1);
            Vec::new()
        }
        fn article_count(&self) -> usize {
            0
        }
    }

    #[test]
    fn a_repeated_search_is_answered_from_memory() {
        let inner = Counting(Cell::new(0));
        let memo = Memo::new(&inner);
        memo.search_any("lind okafor", 12);
        memo.search_any("lind okafor", 12);
        assert_eq!(inner.0.get(), 1);
        // Must not: other words or another limit are searched anew.
        memo.search_any("lind okafor", 24);
        memo.search_any("lind", 12);
        assert_eq!(inner.0.get(), 3);
    }
}
