//! Search over a generation. User text never reaches tantivy's query parser: it is run
//! through the field's own analyzer and the resulting terms are combined into a plain
//! BM25 disjunction, so no input can be a syntax error.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use anyhow::Result;
use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::tokenizer::TokenStream;
use tantivy::{TantivyDocument, Term};

use super::Generation;

/// Most distinct terms taken from one question.
const MAX_TERMS: usize = 48;

/// One paragraph that matched a search.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub article: String,
    pub title: String,
    pub url: Option<String>,
    /// 1-based paragraph number.
    pub paragraph: usize,
    pub text: String,
    /// BM25 score.
    pub score: f32,
    /// Ids of the facts this paragraph is evidence for.
    pub facts: Vec<usize>,
    /// Share (0 to 1) of the question's terms, weighted by IDF, found in this paragraph or
    /// its title.
    pub coverage: f32,
}

impl Generation {
    /// The analysed, de-duplicated, stop-word-free terms of `text`, as the index sees them.
    pub fn search_terms(&self, text: &str) -> Vec<String> {
        let Ok(mut analyzer) = self.index.tokenizer_for_field(self.fields.text) else {
            return Vec::new();
        };
        let stop = &*STOP_WORDS;
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        // Stop words are checked on the lower-cased surface word, before stemming.
        for word in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            if stop.contains(&word.to_lowercase()) {
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

    /// Every analysed term of `text` (no stop-word removal).
    fn analysed_terms(&self, text: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        if let Ok(mut analyzer) = self.index.tokenizer_for_field(self.fields.text) {
            let mut stream = analyzer.token_stream(text);
            while stream.advance() {
                out.insert(stream.token().text.clone());
            }
        }
        out
    }

    /// BM25 search of paragraphs for the words of `text`; best first, at most `limit`.
    pub fn search(&self, text: &str, limit: usize) -> Result<Vec<Hit>> {
        let terms = self.search_terms(text);
        if terms.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let f = self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for t in &terms {
            clauses.push((
                Occur::Should,
                Box::new(TermQuery::new(
                    Term::from_field_text(f.text, t),
                    IndexRecordOption::WithFreqs,
                )),
            ));
            clauses.push((
                Occur::Should,
                Box::new(BoostQuery::new(
                    Box::new(TermQuery::new(
                        Term::from_field_text(f.title, t),
                        IndexRecordOption::WithFreqs,
                    )),
                    0.3,
                )),
            ));
        }
        let query = BooleanQuery::new(clauses);
        let searcher = self.reader.searcher();
        let docs = searcher.num_docs() as f32;
        let idf: Vec<f32> = terms
            .iter()
            .map(|t| {
                let df = searcher
                    .doc_freq(&Term::from_field_text(f.text, t))
                    .unwrap_or(0) as f32;
                (1.0 + (docs - df + 0.5) / (df + 0.5)).ln()
            })
            .collect();
        let idf_total: f32 = idf.iter().sum::<f32>().max(f32::EPSILON);
        let top = searcher.search(&query, &TopDocs::with_limit(limit).order_by_score())?;
        let mut hits = Vec::with_capacity(top.len());
        for (score, addr) in top {
            let doc: TantivyDocument = searcher.doc(addr)?;
            let text_of = |field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str().map(str::to_string))
            };
            let text = text_of(f.text).unwrap_or_default();
            let title = text_of(f.title).unwrap_or_default();
            let present = self.analysed_terms(&format!("{title} {text}"));
            let covered: f32 = terms
                .iter()
                .zip(&idf)
                .filter(|(t, _)| present.contains(*t))
                .map(|(_, w)| w)
                .sum();
            hits.push(Hit {
                article: text_of(f.article).unwrap_or_default(),
                title,
                url: text_of(f.url),
                paragraph: doc
                    .get_first(f.paragraph)
                    .and_then(|v| v.as_u64())
                    .unwrap_or(0) as usize,
                text,
                score,
                facts: doc
                    .get_all(f.facts)
                    .filter_map(|v| v.as_u64())
                    .map(|v| v as usize)
                    .collect(),
                coverage: covered / idf_total,
            });
        }
        Ok(hits)
    }
}

/// English stop words for query building (question words included: they carry no topic).
static STOP_WORDS: LazyLock<BTreeSet<String>> = LazyLock::new(english_stop_words);

fn english_stop_words() -> BTreeSet<String> {
    const WORDS: &str = "a an and are as at be but by for if in into is it no not of on or such \
        that the their then there these they this to was will with what when where who whom whose \
        which why how did do does done has have had he she his her him them its i me my we our \
        you your can could would should may might shall about from than so were been being";
    WORDS.split_whitespace().map(String::from).collect()
}
