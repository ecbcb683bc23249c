//! Extraction: turns cleaned articles into meeting facts (who met whom, when, where, at
//! which occasion, with what outcome), resolved and merged across the corpus. Runs at index
//! time; answering reads the stored [`FactStore`].
//!
//! Pipeline (rule-based, no model): [`sentences`] -> [`people`] (names, titles,
//! descriptions) -> [`coref`] (who is who in an article) -> [`meetings`] ([`triggers`],
//! participants, date via [`dates`], place via [`gazetteer`], [`occasions`], outcomes,
//! [`quotes`]) -> [`merge`] (one person one entity, one meeting one fact, across
//! articles). Articles are analysed in parallel, the threads taking a few at a time
//! from one queue, and so are the sentences of one long article ([`parallel`]); articles
//! without any trigger word are skipped cheaply. The words every
//! stage compares against are the lexicon's word lists ([`crate::lexicon::lists`]).
//!
//! [`sentences`]: crate::lexicon::sentences
//! [`gazetteer`]: crate::lexicon::gazetteer

use crate::model::{Article, FactStore};

/// Articles a thread takes at a time from the shared queue: few enough that the threads
/// finish together (a static half each left one thread working alone when its half held
/// the long reports, or when the machine gave it less time), many enough that taking them
/// costs nothing.
const ARTICLES_PER_TAKE: usize = 16;

/// Articles a corpus needs before they are analysed on several threads.
const PARALLEL_ARTICLES: usize = 64;

/// Extracts and merges the meeting facts of a whole corpus.
pub fn extract(articles: &[Article]) -> FactStore {
    merge::merge(analyse(articles))
}

/// What one article says about meetings, before the merge across articles: what an
/// incremental reindex caches per article (see `crate::index::incremental`).
pub(crate) use meetings::ArticleFacts;

/// The version of the extraction rules, stored with each generation's per-article cache. A
/// cache of another version is never used (the reindex is full), so a change that alters
/// what one article yields must bump it; the cache is also tied to the build of the program
/// that made it, so forgetting to bump costs a full reindex, never stale facts.
pub(crate) const EXTRACTOR_VERSION: u32 = 41;

/// Each article's meetings, in the articles' order, before the merge. A long article's
/// sentences are analysed on several threads too (see [`parallel`]).
pub(crate) fn analyse(articles: &[Article]) -> Vec<ArticleFacts> {
    parallel::map(
        articles,
        PARALLEL_ARTICLES,
        ARTICLES_PER_TAKE,
        meetings::article_meetings,
    )
}

/// True when `sentence` names someone: a name of two words or more, or a title and a
/// name ("Michel Noir", "President Wu"), not only "he" or "the minister". The readers of
/// answers use it for who-questions.
pub(crate) fn names_person(sentence: &str) -> bool {
    // A name, or a title and a name, is two capitalised words in a row: a sentence without
    // them names nobody, and is not analysed.
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let words: Vec<&str> = sentence.split_whitespace().collect();
    if !words.windows(2).any(|p| capital(&p[0]) && capital(&p[1])) {
        return false;
    }
    people::Analysis::new(sentence)
        .refs
        .iter()
        .any(|r| match &r.kind {
            people::RefKind::Named(n) => n.split_whitespace().count() >= 2 || r.role.is_some(),
            _ => false,
        })
}

/// True when the words after "meet" or "met" give it another sense than meeting
/// ("expectations", "the deadline"). The readers of answers use it too.
pub(crate) fn meet_in_other_sense(after: &str) -> bool {
    triggers::NOT_MEETING.is_match(after)
}

/// The corpus's facts from each article's meetings (in the articles' order): one person one
/// entity, one meeting one fact.
pub(crate) fn merge_articles(per_article: Vec<ArticleFacts>) -> FactStore {
    merge::merge(per_article)
}

mod coref;
pub(crate) mod dates;
mod meetings;
mod merge;
mod occasions;
pub(crate) mod parallel;
mod people;
mod quotes;
pub(crate) mod text;
mod triggers;
mod work;
