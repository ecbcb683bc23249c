//! A word-overlap retriever over a fixed list of paragraphs: the index's stand-in when a
//! test drives the answerer directly.

use attache::testing::{Hit, Retriever};

/// One paragraph the retriever knows; its number is its place in the list (1-based).
pub struct Paragraph {
    pub article: String,
    pub title: String,
    pub text: String,
}

/// Scores paragraphs by how many of the query's words of more than three letters they hold.
pub struct WordOverlap {
    pub paragraphs: Vec<Paragraph>,
    /// What [`Retriever::article_count`] says.
    pub articles: usize,
}

impl Retriever for WordOverlap {
    fn search(&self, text: &str, limit: usize) -> Vec<Hit> {
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() > 3)
            .map(str::to_lowercase)
            .collect();
        let mut hits: Vec<Hit> = self
            .paragraphs
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let lower = p.text.to_lowercase();
                let n = words.iter().filter(|w| lower.contains(w.as_str())).count();
                (n > 0).then(|| Hit {
                    article: p.article.clone(),
                    title: p.title.clone(),
                    url: None,
                    paragraph: i + 1,
                    text: p.text.clone(),
                    published: None,
                    dateline: None,
                    score: n as f32 * 2.0,
                    facts: vec![],
                    coverage: n as f32 / words.len().max(1) as f32,
                    article_coverage: 0.0,
                })
            })
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score));
        hits.truncate(limit);
        hits
    }

    fn article(&self, article: &str) -> Vec<Hit> {
        self.paragraphs
            .iter()
            .enumerate()
            .filter(|(_, p)| p.article == article)
            .map(|(i, p)| Hit {
                article: p.article.clone(),
                title: p.title.clone(),
                url: None,
                paragraph: i + 1,
                text: p.text.clone(),
                published: None,
                dateline: None,
                score: 0.0,
                facts: vec![],
                coverage: 0.0,
                article_coverage: 0.0,
            })
            .collect()
    }

    fn article_count(&self) -> usize {
        self.articles
    }
}
