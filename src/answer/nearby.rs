//! Another report of the same meeting: one filed within [`NEAR_REPORT_DAYS`] of a
//! meeting's own report and naming all its people, read for the time its own reports
//! don't give ("He made no commitment to Wright in a private meeting Tuesday" beside a
//! report of the talks that dates nothing).

use crate::extract::dates::find_dates;
use crate::index::Hit;
use crate::model::{FuzzyDate, MeetingFact};

use super::Turn;
use super::fallback::Passage;
use super::reader;
use super::text;

/// Days between two reports of one meeting: a wire story and its follow-up of the next
/// days; a report a week away may tell another meeting of the same people.
const NEAR_REPORT_DAYS: i32 = 3;

/// Paragraphs searched for the people's other reports.
const NEAR_HITS: usize = 12;

impl Turn<'_> {
    /// The sentences with a time of another report filed near the meeting's own and
    /// naming all its people, with that report's date; `None` when the meeting's report
    /// is undated, it has fewer than two people, or no such report tells a time.
    pub(super) fn read_near_reports(&self, fact: &MeetingFact) -> Option<(Passage, String)> {
        let e = fact.evidence.first()?;
        let filed = self.published(&e.article, e.paragraph)?;
        let surnames: Vec<String> = (fact.participants.iter())
            .filter_map(|k| self.surname(k))
            .collect();
        if surnames.len() < 2 || surnames.len() < fact.participants.len() {
            return None;
        }
        // Their names and what their report says of the meeting: another report of it
        // shares its words ("to discuss a plan to raise taxes").
        let query = format!("{} {}", surnames.join(" "), e.sentence);
        let near = |d: jiff::civil::Date| {
            d.since(filed)
                .is_ok_and(|s| s.get_days().abs() <= NEAR_REPORT_DAYS)
        };
        let mut articles: Vec<String> = (self.retriever.search_any(&query, NEAR_HITS))
            .into_iter()
            .filter(|h| !fact.evidence.iter().any(|e| e.article == h.article))
            .filter(|h| h.published.is_some_and(near))
            .map(|h| h.article)
            .collect();
        articles.sort_unstable();
        articles.dedup();
        let names_them = |ps: &Vec<Hit>| {
            let texts: Vec<String> = ps.iter().map(|p| p.text.clone()).collect();
            text::names_all(&texts, &surnames)
        };
        let paragraphs: Vec<Hit> = (articles.iter())
            .map(|a| self.retriever.article(a))
            .filter(names_them)
            .flatten()
            .collect();
        // The first sentence naming one of them with a meeting and its day ("in a private
        // meeting Tuesday"): a year alone ("the 1987 level") dates nothing of theirs.
        let (_, first) = reader::first_sentence(&paragraphs, |s| {
            (self.named_in(fact, s) > 0 && reader::tells_meeting(s) && tells_day(s)).then_some(())
        })?;
        let dated = self.published(&first.source.article, first.source.paragraph)?;
        let sentences = vec![first];
        Some((Passage { sentences }, FuzzyDate::day(dated).human()))
    }
}

/// True when `sentence` tells a day or a weekday, not only a month or a year.
fn tells_day(sentence: &str) -> bool {
    find_dates(sentence, None)
        .iter()
        .any(|d| d.date.day.is_some() || d.date.weekday.is_some())
}
