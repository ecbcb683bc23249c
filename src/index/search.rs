//! Search over a generation. User text never reaches tantivy's query parser: it is run
//! through the field's own analyzer and the resulting terms are combined into a plain
//! BM25 disjunction, so no input can be a syntax error.

use std::collections::BTreeSet;

use anyhow::Result;
use serde::Serialize;
use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::tokenizer::TokenStream;
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

use super::Generation;
use crate::lexicon::lists::SEARCH_STOP_WORDS;

/// Most distinct terms taken from one question: a question is a sentence or two, so more
/// terms only come from pasted text, and each term is one more clause to score.
const MAX_TERMS: usize = 48;

/// Most paragraphs read from one article: more than any news report has, fewer than a
/// pasted book would give.
const MAX_ARTICLE_PARAGRAPHS: usize = 400;

/// Paragraphs fetched beyond a search's limit to find those that tie with the last one
/// kept: the order of equal scores is by article and paragraph, the same however the
/// index's segments are laid out (a full or an incremental build, any writer budget),
/// unless more than this many tie at the limit.
const TIE_MARGIN: usize = 16;

/// Weight of a term found in an article's title against one in the paragraph itself: the
/// title is shared by every paragraph of its article, so it may tip a close call but not
/// outweigh a paragraph that says the word.
const TITLE_BOOST: f32 = 0.3;

/// One paragraph that matched a search.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub article: String,
    pub title: String,
    pub url: Option<String>,
    /// 1-based paragraph number.
    pub paragraph: usize,
    pub text: String,
    /// Publication date of its article, when known.
    pub published: Option<jiff::civil::Date>,
    /// Its article's dateline, when a wire story has one ("STOCKHOLM, June 19 -").
    pub dateline: Option<String>,
    /// BM25 score.
    pub score: f32,
    /// Ids of the facts this paragraph is evidence for.
    pub facts: Vec<usize>,
    /// Share (0 to 1) of the question's terms, weighted by IDF, found in this paragraph or
    /// its title.
    pub coverage: f32,
    /// The same share found in any of the search's paragraphs of this article: a report
    /// may tell what was asked across paragraphs none of which scores best.
    pub article_coverage: f32,
}

impl Generation {
    /// The analysed, de-duplicated, stop-word-free terms of `text`, as the index sees them.
    pub(crate) fn search_terms(&self, text: &str) -> Vec<String> {
        let Ok(mut analyzer) = self.index.tokenizer_for_field(self.fields.text) else {
            return Vec::new();
        };
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        // Stop words are checked on the lower-cased surface word, before stemming.
        for word in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            if SEARCH_STOP_WORDS.has(&word.to_lowercase()) {
                continue;
            }
            let mut stream = analyzer.token_stream(word);
            while stream.advance() {
                let t = stream.token().text.clone();
                if seen.insert(t.clone()) {
                    out.push(t);
                }
            }
            if out.len() >= MAX_TERMS {
                break;
            }
        }
        out
    }

    /// How many paragraphs hold `word` (as the index analyses it: "banks" counts "bank").
    pub(crate) fn word_paragraphs(&self, word: &str) -> u64 {
        let Ok(mut analyzer) = self.index.tokenizer_for_field(self.fields.text) else {
            return 0;
        };
        let mut stream = analyzer.token_stream(word);
        if !stream.advance() {
            return 0;
        }
        let term = Term::from_field_text(self.fields.text, &stream.token().text);
        self.reader.searcher().doc_freq(&term).unwrap_or(0)
    }

    /// Which of `terms` the analysed `text` holds (no stop-word removal). Reads the text
    /// only until every term has been seen: a long paragraph that covers the question
    /// early is not analysed to its end.
    fn terms_present(&self, text: &str, terms: &[String]) -> Vec<bool> {
        let mut present = vec![false; terms.len()];
        let mut missing = terms.len();
        let Ok(mut analyzer) = self.index.tokenizer_for_field(self.fields.text) else {
            return present;
        };
        let mut stream = analyzer.token_stream(text);
        while missing > 0 && stream.advance() {
            let token = stream.token().text.as_str();
            for (seen, term) in present.iter_mut().zip(terms) {
                if !*seen && term == token {
                    *seen = true;
                    missing -= 1;
                }
            }
        }
        present
    }

    /// BM25 search of paragraphs for the words of `text`; best first, at most `limit`.
    pub(crate) fn search(&self, text: &str, limit: usize) -> Result<Vec<Hit>> {
        self.search_pooled(text, limit, 1)
    }

    /// [`Generation::search`] weighing `pool_factor` times `limit` paragraphs: the last
    /// third of the places go to those of them holding most of the question's words (for
    /// the reader, which reads sentences: a long paragraph naming everything asked scores
    /// below short ones naming a little). Each extra paragraph is loaded from the store.
    pub(crate) fn search_pooled(
        &self,
        text: &str,
        limit: usize,
        pool_factor: usize,
    ) -> Result<Vec<Hit>> {
        let terms = self.search_terms(text);
        if terms.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let searcher = self.reader.searcher();
        let weights = TermWeights::new(&searcher, self.fields.text, terms);
        let query = self.query(&weights.terms);
        let pool = limit * pool_factor.max(1);
        let top = searcher.search(
            &query,
            &TopDocs::with_limit(pool + TIE_MARGIN).order_by_score(),
        )?;
        // Every paragraph scoring as well as the last one kept, so that ties are broken
        // by article and paragraph, not by where tantivy's segments put them.
        let floor = top.get(pool - 1).map_or(f32::MIN, |(s, _)| *s);
        let mut found = Vec::with_capacity(pool);
        for (score, addr) in top.into_iter().take_while(|(s, _)| *s >= floor) {
            let doc: TantivyDocument = searcher.doc(addr)?;
            found.push(self.hit_and_terms(&doc, score, &weights));
        }
        let mut hits = with_article_coverage(found, &weights);
        hits.sort_by(by_score);
        hits.truncate(pool);
        let hits = with_covering(hits, limit);
        tracing::trace!(
            query = text,
            hits = ?hits.iter().map(|h| (&h.article, h.paragraph, h.article_coverage)).collect::<Vec<_>>(),
            "searched"
        );
        Ok(hits)
    }

    /// Every paragraph of one article in reading order (empty when the id is unknown), at
    /// most [`MAX_ARTICLE_PARAGRAPHS`]; they come with score 0 and no coverage.
    pub(crate) fn article_paragraphs(&self, article: &str) -> Result<Vec<Hit>> {
        let searcher = self.reader.searcher();
        let query = TermQuery::new(
            Term::from_field_text(self.fields.article, article),
            IndexRecordOption::Basic,
        );
        let top = searcher.search(
            &query,
            &TopDocs::with_limit(MAX_ARTICLE_PARAGRAPHS).order_by_score(),
        )?;
        let mut hits = Vec::with_capacity(top.len());
        for (_, addr) in top {
            hits.push(self.plain_hit(&searcher, addr)?);
        }
        hits.sort_by_key(|h| h.paragraph);
        Ok(hits)
    }

    /// The paragraphs of one article numbered as in `wanted` (those that exist), in
    /// order. Numbers are read from the paragraph field's column, so only the wanted
    /// paragraphs are loaded from the store, however long the article.
    pub(crate) fn paragraphs_at(&self, article: &str, wanted: &[usize]) -> Result<Vec<Hit>> {
        let searcher = self.reader.searcher();
        let query = TermQuery::new(
            Term::from_field_text(self.fields.article, article),
            IndexRecordOption::Basic,
        );
        let mut columns = std::collections::HashMap::new();
        let mut hits = Vec::new();
        for addr in searcher.search(&query, &DocSetCollector)? {
            let column = match columns.entry(addr.segment_ord) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => e.insert(
                    searcher
                        .segment_reader(addr.segment_ord)
                        .fast_fields()
                        .u64("paragraph")?,
                ),
            };
            let number = column.first(addr.doc_id).unwrap_or(0) as usize;
            if wanted.contains(&number) {
                hits.push(self.plain_hit(&searcher, addr)?);
            }
        }
        hits.sort_by_key(|h| h.paragraph);
        Ok(hits)
    }

    /// A stored paragraph as a hit of no score or coverage (a look-up, not a search).
    fn plain_hit(&self, searcher: &Searcher, addr: DocAddress) -> Result<Hit> {
        let none = TermWeights {
            terms: Vec::new(),
            idf: Vec::new(),
            total: f32::EPSILON,
        };
        let doc: TantivyDocument = searcher.doc(addr)?;
        Ok(self.hit(&doc, 0.0, &none))
    }

    /// One `Should` clause per term in the text, and one, boosted down, in the title and
    /// in the dateline (article-wide, like the title).
    fn query(&self, terms: &[String]) -> BooleanQuery {
        let f = self.fields;
        let term_query = |field, t: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, t),
                IndexRecordOption::WithFreqs,
            ))
        };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for t in terms {
            clauses.push((Occur::Should, term_query(f.text, t)));
            for field in std::iter::once(f.title).chain(f.dateline) {
                clauses.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(term_query(field, t), TITLE_BOOST)),
                ));
            }
        }
        BooleanQuery::new(clauses)
    }

    /// A stored paragraph as a hit, with its coverage of the question's terms.
    fn hit(&self, doc: &TantivyDocument, score: f32, weights: &TermWeights) -> Hit {
        self.hit_and_terms(doc, score, weights).0
    }

    /// [`Self::hit`] and which of the question's terms it holds.
    fn hit_and_terms(
        &self,
        doc: &TantivyDocument,
        score: f32,
        weights: &TermWeights,
    ) -> (Hit, Vec<bool>) {
        let f = self.fields;
        let text_of = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str().map(str::to_string))
        };
        let text = text_of(f.text).unwrap_or_default();
        let title = text_of(f.title).unwrap_or_default();
        let dateline = f.dateline.and_then(text_of);
        // Coverage needs the paragraph's terms; a look-up without a question has none.
        let present = if weights.terms.is_empty() {
            Vec::new()
        } else {
            let dateline = dateline.as_deref().unwrap_or("");
            self.terms_present(&format!("{title} {dateline} {text}"), &weights.terms)
        };
        let article = text_of(f.article).unwrap_or_default();
        let paragraph = doc
            .get_first(f.paragraph)
            .and_then(|v| v.as_u64())
            .unwrap_or(0) as usize;
        let facts = self
            .evidence
            .get(&(article.clone(), paragraph))
            .cloned()
            .unwrap_or_default();
        let hit = Hit {
            article,
            title,
            url: text_of(f.url),
            paragraph,
            text,
            published: doc
                .get_first(f.published)
                .and_then(|v| v.as_datetime())
                .and_then(|d| jiff::Timestamp::from_second(d.into_timestamp_secs()).ok())
                .map(|t| jiff::tz::Offset::UTC.to_datetime(t).date()),
            dateline,
            score,
            facts,
            coverage: weights.coverage(&present),
            article_coverage: weights.coverage(&present),
        };
        (hit, present)
    }
}

/// `found` with each hit's article coverage: the share of the question's terms held by
/// any hit of its article.
fn with_article_coverage(found: Vec<(Hit, Vec<bool>)>, weights: &TermWeights) -> Vec<Hit> {
    let mut union: Vec<(&str, Vec<bool>)> = Vec::new();
    for (h, present) in &found {
        match union.iter_mut().find(|(a, _)| *a == h.article) {
            Some((_, seen)) => seen.iter_mut().zip(present).for_each(|(s, p)| *s |= p),
            None => union.push((&h.article, present.clone())),
        }
    }
    let shares: Vec<(String, f32)> = union
        .iter()
        .map(|(a, seen)| (a.to_string(), weights.coverage(seen)))
        .collect();
    found
        .into_iter()
        .map(|(mut h, _)| {
            if let Some((_, c)) = shares.iter().find(|(a, _)| *a == h.article) {
                h.article_coverage = *c;
            }
            h
        })
        .collect()
}

/// Best score first; equal scores by article and paragraph.
fn by_score(a: &Hit, b: &Hit) -> std::cmp::Ordering {
    b.score
        .total_cmp(&a.score)
        .then_with(|| a.article.cmp(&b.article))
        .then(a.paragraph.cmp(&b.paragraph))
}

/// `limit` of a pool of hits sorted by score: the best by score, and in the last third of
/// the places those of the rest that hold most of the question's words (a long
/// paragraph that names everything asked scores below short ones naming a little), all
/// in the order of their scores.
fn with_covering(mut hits: Vec<Hit>, limit: usize) -> Vec<Hit> {
    if hits.len() <= limit {
        return hits;
    }
    let mut rest = hits.split_off(limit - limit / 3);
    // A stable sort: equal coverage keeps the order of scores.
    rest.sort_by(|a, b| b.coverage.total_cmp(&a.coverage));
    rest.truncate(limit / 3);
    hits.extend(rest);
    hits.sort_by(by_score);
    hits
}

/// The question's terms with their IDF weights in the paragraph text, for coverage.
struct TermWeights {
    terms: Vec<String>,
    idf: Vec<f32>,
    total: f32,
}

impl TermWeights {
    fn new(searcher: &Searcher, text: Field, terms: Vec<String>) -> TermWeights {
        let docs = searcher.num_docs() as f32;
        let idf: Vec<f32> = terms
            .iter()
            .map(|t| {
                let df = searcher
                    .doc_freq(&Term::from_field_text(text, t))
                    .unwrap_or(0) as f32;
                (1.0 + (docs - df + 0.5) / (df + 0.5)).ln()
            })
            .collect();
        let total: f32 = idf.iter().sum::<f32>().max(f32::EPSILON);
        TermWeights { terms, idf, total }
    }

    /// Share of the weight whose terms are `present`.
    fn coverage(&self, present: &[bool]) -> f32 {
        let covered: f32 = present
            .iter()
            .zip(&self.idf)
            .filter(|(seen, _)| **seen)
            .map(|(_, w)| w)
            .sum();
        covered / self.total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(paragraph: usize, score: f32, coverage: f32) -> Hit {
        Hit {
            article: "a".into(),
            title: String::new(),
            url: None,
            paragraph,
            text: String::new(),
            published: None,
            dateline: None,
            score,
            facts: Vec::new(),
            coverage,
            article_coverage: coverage,
        }
    }

    #[test]
    fn the_last_third_of_the_places_go_to_the_hits_holding_most_words() {
        // Scores fall with the paragraph number; paragraph 8, low, holds every word.
        let pool: Vec<Hit> = (1..=9)
            .map(|p| hit(p, 10.0 - p as f32, if p == 8 { 1.0 } else { 0.4 }))
            .collect();
        let kept: Vec<usize> = with_covering(pool.clone(), 3)
            .iter()
            .map(|h| h.paragraph)
            .collect();
        assert_eq!(kept, [1, 2, 8], "still in the order of scores");
        // A pool no bigger than the limit is kept whole; a limit of 1 or 2 keeps the best.
        assert_eq!(with_covering(pool[..3].to_vec(), 3).len(), 3);
        assert_eq!(with_covering(pool.clone(), 2)[1].paragraph, 2);
    }
}
