//! Extraction's work spread over the machine's cores: an order-keeping map whose threads
//! take a few items at a time from one queue. Used across the articles of a corpus, and
//! across the sentences of one long article (whose analysis of a sentence does not depend
//! on the others), so that one huge article uses the cores as normal news does.

use std::sync::atomic::{AtomicUsize, Ordering};

/// The most threads extraction starts: beyond this the merge and the index writer, which
/// run on one thread, dominate anyway.
const MAX_THREADS: usize = 8;

/// Sentences an article needs before its per-sentence analysis is spread over threads:
/// below that (normal news has tens of sentences an article, and is spread across
/// articles already) starting threads would cost more than the analysis itself.
const PARALLEL_SENTENCES: usize = 256;

/// Sentences a thread takes at a time: enough that taking them costs nothing, few enough
/// that the threads finish together.
const SENTENCES_PER_TAKE: usize = 32;

/// The threads extraction may use.
pub(crate) fn threads() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, MAX_THREADS)
}

/// `f` of each item, in the items' order: on [`threads`] threads taking `per_take` items
/// at a time when there are at least `min` items, else on this thread.
pub(crate) fn map<'a, T, R, F>(items: &'a [T], min: usize, per_take: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&'a T) -> R + Sync,
{
    let threads = threads();
    if threads == 1 || items.len() < min.max(2) || one_thread() {
        return items.iter().map(f).collect();
    }
    let per_take = per_take.max(1);
    let next = AtomicUsize::new(0);
    let worker = || {
        let mut out = Vec::new();
        loop {
            let from = next.fetch_add(per_take, Ordering::Relaxed);
            if from >= items.len() {
                // What the tests' work meter counted on this thread goes to the caller's.
                return (out, crate::extract::work::take());
            }
            let to = (from + per_take).min(items.len());
            out.push((from, items[from..to].iter().map(&f).collect::<Vec<R>>()));
        }
    };
    let mut parts: Vec<(usize, Vec<R>)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads).map(|_| s.spawn(worker)).collect();
        let mut parts = Vec::new();
        for h in handles {
            match h.join() {
                Ok((done, work)) => {
                    crate::extract::work::read(work);
                    parts.extend(done);
                }
                Err(e) => std::panic::resume_unwind(e),
            }
        }
        parts
    });
    parts.sort_unstable_by_key(|(from, _)| *from);
    parts.into_iter().flat_map(|(_, rs)| rs).collect()
}

#[cfg(test)]
thread_local! {
    static ONE_THREAD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// True while a test runs everything of this thread on it alone.
fn one_thread() -> bool {
    #[cfg(test)]
    return ONE_THREAD.with(std::cell::Cell::get);
    #[cfg(not(test))]
    false
}

/// Runs `f` with every map it makes on this thread alone, for tests that compare the two
/// paths.
#[cfg(test)]
pub(crate) fn on_one_thread<R>(f: impl FnOnce() -> R) -> R {
    ONE_THREAD.with(|o| o.set(true));
    let out = f();
    ONE_THREAD.with(|o| o.set(false));
    out
}

/// `f` of each sentence of an article, in order: on several threads for a long article.
pub(crate) fn per_sentence<'a, T, R, F>(sentences: &'a [T], f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&'a T) -> R + Sync,
{
    map(sentences, PARALLEL_SENTENCES, SENTENCES_PER_TAKE, f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_order_and_the_work_counted() {
        let items: Vec<usize> = (0..1_000).collect();
        crate::extract::work::take();
        let out = map(&items, 10, 7, |&i| {
            crate::extract::work::read(1);
            i * 2
        });
        assert_eq!(out, items.iter().map(|i| i * 2).collect::<Vec<_>>());
        assert_eq!(crate::extract::work::take(), 1_000);
        // Below the minimum, on this thread.
        assert_eq!(map(&items[..3], 10, 7, |&i| i), vec![0, 1, 2]);
    }

    /// Sentence `i` of a long report: meetings of people told by full name, surname,
    /// title and pronoun, with dates, places, occasions, quotes and plans.
    fn report_sentence(i: usize) -> String {
        let who = |k: usize| ["Tomas Berg", "Ana Ruiz", "Kemal Aydin", "Wu Tao"][k % 4];
        let name = |k: usize| format!("{}{}", ["Kar", "Lun", "Mor"][k % 3], k / 3);
        match i % 6 {
            0 => format!(
                "Defence Minister {} met President {} Vela in Lima on Monday.",
                who(i),
                name(i)
            ),
            1 => "The two leaders will meet again in May at the G20 summit, officials said."
                .to_string(),
            2 => format!(
                "\"We agreed on fishing quotas,\" {} said after talks with Vela.",
                who(i).split(' ').nth(1).unwrap_or("Berg")
            ),
            3 => format!(
                "{} attended the Pacific Islands Forum in Suva in 2019.",
                name(i)
            ),
            4 => "He held talks with his Chilean counterpart on March 3, 2024.".to_string(),
            _ => format!(
                "{} and {} spoke by phone, the ministry said.",
                who(i + 1),
                name(i)
            ),
        }
    }

    #[test]
    fn a_long_article_gives_the_same_facts_on_one_thread_or_several() {
        let sentences: Vec<String> = (0..1_200).map(report_sentence).collect();
        let article = crate::model::Article {
            id: "long.txt".into(),
            title: "Talks".into(),
            url: None,
            published: jiff::civil::Date::new(2024, 3, 4).ok(),
            meta: Default::default(),
            paragraphs: vec![sentences.join(" "), sentences[..300].join(" ")],
        };
        let facts = |a: &[crate::model::Article]| {
            let per_article = crate::extract::analyse(a);
            let json = serde_json::to_string(&per_article).expect("facts serialise");
            let store = crate::extract::merge_articles(per_article);
            (
                json,
                serde_json::to_string(&store).expect("store serialises"),
            )
        };
        let several = facts(std::slice::from_ref(&article));
        let one = on_one_thread(|| facts(std::slice::from_ref(&article)));
        assert!(several.0.len() > 10_000, "few facts: {}", several.0);
        assert_eq!(one.0, several.0);
        assert_eq!(one.1, several.1);
    }
}
