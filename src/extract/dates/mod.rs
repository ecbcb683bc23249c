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
//!   month only when the whole week (weekend) falls in one month, and nothing otherwise.
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
//! Layout: `lexicon` holds names, patterns and word lists; `resolve` turns one match
//! into a date; [`calendar`] does the arithmetic; [`article`] dates whole articles.

pub mod article;
pub mod calendar;
mod lexicon;
mod resolve;

use jiff::civil::Date;
use regex::Captures;

pub use article::{article_date, furniture_mask};
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

/// All dates in `text`, resolved against `anchor` (the article date) when given, in text
/// order and without overlaps.
pub fn find_dates(text: &str, anchor: Option<Date>) -> Vec<DateMention> {
    let has_digit = text.bytes().any(|b| b.is_ascii_digit());
    if !has_digit && !KEYWORDS.is_match(text) {
        return Vec::new();
    }
    // (priority, start, end, date, kind); lower priority wins, then the longer span.
    let mut found: Vec<(u8, usize, usize, FuzzyDate, DateKind)> = Vec::new();
    if has_digit {
        for c in ISO.captures_iter(text) {
            if let Some(m) = iso_date(&c) {
                push(&mut found, 0, &c, m, DateKind::Absolute);
            }
        }
        for c in NUMERIC.captures_iter(text) {
            if let Some(m) = numeric_date(&c) {
                push(&mut found, 0, &c, m, DateKind::Absolute);
            }
        }
        for c in WD_PAREN
            .captures_iter(text)
            .chain(WD_ORDINAL.captures_iter(text))
        {
            if let Some((start, date, kind)) = weekday_paren(text, &c, anchor) {
                found.push((1, start, whole(&c).end(), date, kind));
            }
        }
        for c in MDY.captures_iter(text) {
            if let Some((date, end)) = month_day(text, &c, anchor) {
                found.push((1, whole(&c).start(), end, date, DateKind::Absolute));
            }
        }
        for c in DMY.captures_iter(text) {
            if let Some((date, end)) = month_day(text, &c, anchor) {
                found.push((1, whole(&c).start(), end, date, DateKind::Absolute));
            }
        }
        for c in MY.captures_iter(text) {
            let year = c.name("year").and_then(|y| plausible_year(y.as_str()));
            if let (Some(y), Some(m)) = (year, c.name("mon").and_then(|m| month_of(m.as_str()))) {
                push(
                    &mut found,
                    2,
                    &c,
                    FuzzyDate::month(y, m),
                    DateKind::Absolute,
                );
            }
        }
    }
    for c in RELATIVE.captures_iter(text) {
        if let Some((start, date)) = relative(text, &c, anchor) {
            found.push((3, start, whole(&c).end(), date, DateKind::Relative));
        }
    }
    for c in MONTH_ALONE.captures_iter(text) {
        if let Some((start, end, date, tied, kind)) = month_alone(text, &c, anchor) {
            // "March last year" must beat the "last year" inside it.
            let prio = if tied { 2 } else { 4 };
            found.push((prio, start, end, date, kind));
        }
    }
    for c in WD_BARE.captures_iter(text) {
        if let Some((start, end, date, tied)) = bare_weekday(text, &c, anchor) {
            let prio = if tied { 2 } else { 5 };
            found.push((prio, start, end, date, DateKind::Weekday));
        }
    }
    if has_digit {
        for c in YEAR.captures_iter(text) {
            if let Some(y) = bare_year(text, &c) {
                push(&mut found, 6, &c, FuzzyDate::year(y), DateKind::Absolute);
            }
        }
    }

    found.sort_by_key(|&(prio, start, end, _, _)| (prio, std::cmp::Reverse(end - start), start));
    let mut taken: Vec<DateMention> = Vec::new();
    for (_, start, end, date, kind) in found {
        if taken.iter().any(|t| start < t.end && t.start < end) {
            continue;
        }
        taken.push(DateMention {
            start,
            end,
            text: text[start..end].to_string(),
            date,
            kind,
        });
    }
    taken.sort_by_key(|m| m.start);
    taken
}

/// The whole match of a capture set.
fn whole<'t>(c: &Captures<'t>) -> regex::Match<'t> {
    c.get(0).expect("group 0 always matches")
}

/// Records a whole-match candidate.
fn push(
    found: &mut Vec<(u8, usize, usize, FuzzyDate, DateKind)>,
    prio: u8,
    c: &Captures<'_>,
    date: FuzzyDate,
    kind: DateKind,
) {
    let m = whole(c);
    found.push((prio, m.start(), m.end(), date, kind));
}

#[cfg(test)]
mod tests;
