//! Dates in news text: absolute, weekday-anchored and relative dates, with their precision,
//! resolved against the article's own date (never today's).
//!
//! [`find_dates`] finds every date mention in a piece of text and resolves it against an
//! optional anchor (the article date). A mention never gets more precision than the text
//! gives: "April 2023" is a month, "in 2019" a year, "on Friday" without an anchor only a
//! weekday. [`article_date`] finds the article's own date (see [`article`] for the rules).
//!
//! Resolution rules, relative to the anchor:
//! - month/day without a year ("Nov. 20", "BEIJING, June 19 —"): the nearest such day,
//!   the past preferred (a future candidate's distance counts three times, see
//!   [`calendar`]); a stated weekday ("Wednesday (Nov. 20)") picks the year it falls on.
//! - a bare weekday ("on Friday", "Monday afternoon"): the most recent one on or before the
//!   anchor; "last Friday" strictly before; "next/coming/upcoming Friday" strictly after;
//!   "this Friday" the nearer one either side (the earlier on a tie);
//!   a future verb shortly before in the same clause ("will meet ... on Friday") on or after.
//! - "this Friday (10)": the Friday falling on a 10th, nearest before or at the anchor.
//! - a month name alone ("in November", "since May"): the latest such month not after the
//!   anchor's, or the first not before it after a future verb ("will be held in November");
//!   "last December"/"December last" the latest before the anchor's month,
//!   "next March" the first after it, "December last year" the anchor's year minus one.
//! - "Tuesday next week", "Friday last week": that weekday of the named calendar week.
//! - "yesterday", "last night", "today", "this morning", "tomorrow", "N days ago": days;
//!   "last month", "earlier this month", "N months ago": months; "last year", "a year ago",
//!   "this year": years.
//! - "last week"/"this week"/"over the weekend": a week is not a day, so these give the
//!   month only when the whole week (weekend) falls in one month, else the year when it
//!   falls in one year (a weekend: nothing); "this week" of a plan ("will meet this week")
//!   is the whole week, otherwise only its days up to the anchor.
//! - "recently", "a recent call": the anchor's year, when the six weeks before it lie in it.
//! - a range of days ("Nov. 20-21, 2024", "20-21 November") gives the month only.
//!
//! Without an anchor, relative phrases give nothing; month names give month-only dates and
//! weekdays weekday-only dates; a year is never guessed. Month names that are also words or
//! names (March, April, May, June, August) are dates only with a day, a year or a
//! preposition ("in May", "since March", "April and May"), never before a capitalised word
//! ("April Ryan"); lower-case "may"/"march" never are. Four-digit numbers are years
//! (1900–2099) unless they read as quantities or identifiers ("2,225", "some 2000 troops",
//! "Section 2019", "1930 GMT").
//!
//! Layout: `lexicon` holds the patterns; `resolve` turns one match into a date;
//! [`calendar`] does the arithmetic; [`article`] dates whole articles. Names and word lists
//! come from [`crate::lexicon`].

mod article;
pub(crate) mod calendar;
mod lexicon;
mod resolve;

use std::collections::BTreeMap;

use jiff::civil::Date;
use regex::Captures;

pub use article::{article_date, dateline_in, furniture_mask};
use lexicon::*;
use resolve::*;

use crate::model::FuzzyDate;

/// A date found in text. Offsets are byte offsets into the text given to [`find_dates`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    /// The mention as written (`text[start..end]`).
    pub text: String,
    pub date: FuzzyDate,
    pub kind: DateKind,
}

/// How a date mention was resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateKind {
    /// The text names the month and day, or the year ("Nov. 20, 2024", "April 2023",
    /// "in 2019"); a missing year may come from the anchor.
    Absolute,
    /// Resolved through a weekday ("on Friday", "Wednesday (Nov. 20)").
    Weekday,
    /// Computed from the anchor ("yesterday", "last month", "in November").
    Relative,
}

/// Which of two overlapping candidates wins: the lower rank, then the longer span, then
/// the earlier start. Full numeric dates are surest, a bare year the least sure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// "2024-11-20", "20/11/2024".
    Numeric,
    /// "Nov. 20, 2024", "Wednesday (Nov. 20)".
    MonthDay,
    /// "April 2023", and a name tied to a relative phrase ("March last year").
    MonthYear,
    /// "yesterday", "last month".
    Relative,
    /// "in November".
    Month,
    /// "on Friday".
    Weekday,
    /// "in 2019".
    Year,
}

/// A resolved mention before overlaps are settled.
struct Candidate {
    rank: Rank,
    start: usize,
    end: usize,
    date: FuzzyDate,
    kind: DateKind,
}

impl Candidate {
    /// A candidate over the whole match of `c`.
    fn whole(rank: Rank, c: &Captures<'_>, date: FuzzyDate, kind: DateKind) -> Candidate {
        let m = whole(c);
        Candidate {
            rank,
            start: m.start(),
            end: m.end(),
            date,
            kind,
        }
    }

    /// A candidate from a month or weekday name; a tied one ranks with month-year dates.
    fn resolved(r: Resolved, untied: Rank) -> Candidate {
        Candidate {
            rank: if r.tied { Rank::MonthYear } else { untied },
            start: r.start,
            end: r.end,
            date: r.date,
            kind: r.kind,
        }
    }
}

/// All dates in `text`, resolved against `anchor` (the article date) when given, in text
/// order and without overlaps.
pub fn find_dates(text: &str, anchor: Option<Date>) -> Vec<DateMention> {
    let has_digit = text.bytes().any(|b| b.is_ascii_digit());
    if !has_digit && !KEYWORDS.is_match(text) {
        return Vec::new();
    }
    let mut found = Vec::new();
    if has_digit {
        numeric_candidates(text, anchor, &mut found);
    }
    word_candidates(text, anchor, &mut found);
    if has_digit {
        for c in YEAR.captures_iter(text) {
            if let Some(y) = bare_year(text, &c) {
                let year = FuzzyDate::year(y);
                found.push(Candidate::whole(Rank::Year, &c, year, DateKind::Absolute));
            }
        }
    }
    settle(text, found)
}

/// Candidates with a day or year in digits: numeric, month/day and month/year dates.
fn numeric_candidates(text: &str, anchor: Option<Date>, found: &mut Vec<Candidate>) {
    for c in ISO.captures_iter(text) {
        if let Some(d) = iso_date(&c) {
            found.push(Candidate::whole(Rank::Numeric, &c, d, DateKind::Absolute));
        }
    }
    for c in NUMERIC.captures_iter(text) {
        if let Some(d) = numeric_date(&c) {
            found.push(Candidate::whole(Rank::Numeric, &c, d, DateKind::Absolute));
        }
    }
    for c in WD_PAREN
        .captures_iter(text)
        .chain(WD_ORDINAL.captures_iter(text))
    {
        if let Some((start, date, kind)) = weekday_paren(text, &c, anchor) {
            let end = whole(&c).end();
            found.push(Candidate {
                rank: Rank::MonthDay,
                start,
                end,
                date,
                kind,
            });
        }
    }
    for c in MDY.captures_iter(text).chain(DMY.captures_iter(text)) {
        if let Some((date, end)) = month_day(text, &c, anchor) {
            found.push(Candidate {
                rank: Rank::MonthDay,
                start: whole(&c).start(),
                end,
                date,
                kind: DateKind::Absolute,
            });
        }
    }
    for c in MY.captures_iter(text) {
        let year = c.name("year").and_then(|y| plausible_year(y.as_str()));
        if let (Some(y), Some(m)) = (year, c.name("mon").and_then(|m| month_of(m.as_str()))) {
            let date = FuzzyDate::month(y, m);
            found.push(Candidate::whole(
                Rank::MonthYear,
                &c,
                date,
                DateKind::Absolute,
            ));
        }
    }
}

/// Candidates in words: relative phrases, month names alone and bare weekdays.
fn word_candidates(text: &str, anchor: Option<Date>, found: &mut Vec<Candidate>) {
    for c in RELATIVE.captures_iter(text) {
        if let Some((start, date)) = relative(text, &c, anchor) {
            found.push(Candidate {
                rank: Rank::Relative,
                start,
                end: whole(&c).end(),
                date,
                kind: DateKind::Relative,
            });
        }
    }
    for c in MONTH_ALONE.captures_iter(text) {
        // "March last year" must beat the "last year" inside it.
        if let Some(r) = month_alone(text, &c, anchor) {
            found.push(Candidate::resolved(r, Rank::Month));
        }
    }
    for c in WD_BARE.captures_iter(text) {
        if let Some(r) = bare_weekday(text, &c, anchor) {
            found.push(Candidate::resolved(r, Rank::Weekday));
        }
    }
}

/// The winning candidates, without overlaps, in text order. The spans taken are kept by
/// start (with the furthest end of those starting there): as they never overlap, a
/// candidate overlaps one of them exactly when it overlaps the last one starting before its
/// end, so settling is n log n in the number of candidates.
fn settle(text: &str, mut found: Vec<Candidate>) -> Vec<DateMention> {
    found.sort_by_key(|c| (c.rank, std::cmp::Reverse(c.end - c.start), c.start));
    let mut spans: BTreeMap<usize, usize> = BTreeMap::new();
    let mut taken: Vec<DateMention> = Vec::new();
    for c in found {
        let overlaps = spans
            .range(..c.end)
            .next_back()
            .is_some_and(|(_, &end)| c.start < end);
        if overlaps {
            continue;
        }
        let end = spans.entry(c.start).or_insert(c.end);
        *end = (*end).max(c.end);
        taken.push(DateMention {
            start: c.start,
            end: c.end,
            text: text[c.start..c.end].to_string(),
            date: c.date,
            kind: c.kind,
        });
    }
    taken.sort_by_key(|m| m.start);
    taken
}

/// The whole match of a capture set.
fn whole<'t>(c: &Captures<'t>) -> regex::Match<'t> {
    c.get(0).expect("group 0 always matches")
}

#[cfg(test)]
mod tests;
