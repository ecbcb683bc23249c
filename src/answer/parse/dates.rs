//! Question dates. The article date grammar ([`find_dates`], without an anchor: a
//! question's date is as precise as typed) finds the mentions; the question gives the
//! first of them its meaning: after "before", "until" or "prior to" it bounds from above
//! ("before 2020"), after "after" or "since" from below, anything else ("in April 2023",
//! "on Friday") must be compatible. A stated weekday joins the date ("on Friday in April");
//! a season before a year narrows it to the season's months ("in spring 1987").
//!
//! Questions are typed more loosely than news, so before the grammar reads them, month and
//! weekday names written in lower case are capitalised ("where did they meet in
//! november"), except the everyday words "may", "march" and "august" unless a number
//! stands next to them. And a capitalised full month name that the grammar leaves alone
//! still dates the question ("that June visit", "their March summit"), except "May"
//! (as often a name) unless "in" stands before it.

use jiff::civil::Weekday;

use crate::extract::dates::find_dates;
use crate::lexicon::calendar::{MONTHS, month_number, weekday_named};
use crate::lexicon::lists::{QUESTION_COMMON_LOWER, QUESTION_DATE_AFTER, QUESTION_DATE_BEFORE};
use crate::model::FuzzyDate;

use super::super::question::Question;
use super::super::text::fold;
use super::Scan;

/// A date mention of the question: its byte span, the date without a weekday, and the
/// weekday the question states.
#[derive(Debug, Clone)]
struct Mention {
    start: usize,
    end: usize,
    date: FuzzyDate,
    weekday: Option<Weekday>,
}

/// Finds the question's date, marks its words used and sets `on`, `before` or `after`.
pub(super) fn parse_dates(s: &mut Scan, q: &mut Question) {
    let cased = cased_calendar_names(s);
    let mut mentions: Vec<Mention> = find_dates(&cased, None)
        .into_iter()
        .filter(|m| !overlaps_used(s, m.start, m.end))
        .map(|m| Mention {
            start: m.start,
            end: m.end,
            date: FuzzyDate {
                weekday: None,
                ..m.date
            },
            weekday: stated_weekday(&m.text),
        })
        .collect();
    let loose = loose_months(s, &cased, &mentions);
    mentions.extend(loose);
    mentions.sort_by_key(|m| m.start);
    for m in &mut mentions {
        short_year_after(s.text, m);
    }

    let calendar = mentions
        .iter()
        .find(|m| m.date.month.is_some())
        .or_else(|| mentions.iter().find(|m| m.date.year.is_some()));
    let weekday = mentions.iter().find(|m| m.weekday.is_some());
    let (date, at) = match (calendar, weekday) {
        (Some(c), w) => (
            FuzzyDate {
                weekday: w.and_then(|w| w.weekday),
                ..c.date
            },
            c.start,
        ),
        (None, Some(w)) => (
            FuzzyDate {
                weekday: w.weekday,
                ..Default::default()
            },
            w.start,
        ),
        (None, None) => return,
    };
    for m in calendar.into_iter().chain(weekday) {
        mark_span(s, m.start, m.end);
    }
    let season = (date.month.is_none() && date.year.is_some())
        .then(|| season_before(s, at))
        .flatten();
    let pre = fold(&s.text[..at]);
    let pre = pre.trim_end();
    if let Some(bound) = QUESTION_DATE_BEFORE.iter().find(|w| pre.ends_with(*w)) {
        q.before = Some(date);
        // "This is around May 2004": the words of the bound are none of the question's.
        let words = bound.split(' ').count();
        let first = s.ws.iter().filter(|w| w.start < at).count();
        for k in first.saturating_sub(words)..first {
            s.used[k] = true;
        }
    } else if QUESTION_DATE_AFTER.iter().any(|w| pre.ends_with(w)) {
        q.after = Some(date);
    } else {
        q.on = Some(date);
        q.season = season;
    }
}

/// Seasons a year may be narrowed to, with their first and last month (of the northern
/// hemisphere, where the archives' wires are mostly filed); winter spans two years and
/// is left out.
const SEASONS: [(&str, i8, i8); 4] = [
    ("spring", 3, 5),
    ("summer", 6, 8),
    ("autumn", 9, 11),
    ("fall", 9, 11),
];

/// "in spring 1987", "in the summer of 1990": the season's months when its word stands
/// just before the year at byte `at` (perhaps with "of"), the word then marked as a word
/// of the date rather than of what is asked.
fn season_before(s: &mut Scan, at: usize) -> Option<(i8, i8)> {
    let year = s.ws.iter().position(|w| w.start >= at)?;
    let mut k = year.checked_sub(1)?;
    if s.norm[k] == "of" {
        k = k.checked_sub(1)?;
    }
    let (_, from, to) = SEASONS.iter().find(|(w, _, _)| s.norm[k] == *w)?;
    s.used[k] = true;
    Some((*from, *to))
}

/// Two-digit years at or above this are of the 1900s ("march 87"), below it of the 2000s
/// ("may '05"): news archives reach back to the last century's second half.
const CENTURY_PIVOT: i16 = 50;

/// Highest day of a month: a two-digit number after a month name above it is no day.
const MAX_DAY: i16 = 31;

/// "in march 87", "may '05": a month with no year, followed by two digits that are no
/// day (above 31, or after an apostrophe), takes them as its year; the span grows to them.
fn short_year_after(text: &str, m: &mut Mention) {
    if m.date.month.is_none() || m.date.year.is_some() || m.date.day.is_some() {
        return;
    }
    let rest = &text[m.end..];
    let trimmed = rest.trim_start();
    let (apostrophe, digits) = match trimmed.strip_prefix(['\'', '’']) {
        Some(d) => (true, d),
        None => (false, trimmed),
    };
    let two: String = digits.chars().take_while(char::is_ascii_digit).collect();
    let Ok(n) = two.parse::<i16>() else { return };
    if two.len() != 2 || !(apostrophe || n > MAX_DAY) {
        return;
    }
    m.date.year = Some(if n >= CENTURY_PIVOT {
        1900 + n
    } else {
        2000 + n
    });
    m.end += rest.len() - digits.len() + two.len();
}

/// The question with month and weekday names written in lower case capitalised (same byte
/// offsets): full weekday names, full month names that are not everyday words, and any
/// month name or abbreviation with a number next to it ("may 2020", "nov 20").
fn cased_calendar_names(s: &Scan) -> String {
    let mut bytes = s.text.as_bytes().to_vec();
    for (k, w) in s.ws.iter().enumerate() {
        let typed = s.original(k);
        if !typed.bytes().all(|b| b.is_ascii_lowercase()) {
            continue;
        }
        let number_next = |j: Option<usize>| {
            j.and_then(|j| s.norm.get(j))
                .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
        };
        let month = month_number(typed).is_some()
            && (number_next(k.checked_sub(1))
                || number_next(Some(k + 1))
                || (is_full_month(typed) && !QUESTION_COMMON_LOWER.has(typed)));
        if month || weekday_named(typed).is_some() {
            bytes[w.start] = bytes[w.start].to_ascii_uppercase();
        }
    }
    String::from_utf8(bytes).unwrap_or_else(|_| s.text.to_string())
}

/// Capitalised full month names outside the grammar's mentions and not part of a name:
/// month-only dates. "May" counts only after "in".
fn loose_months(s: &Scan, cased: &str, found: &[Mention]) -> Vec<Mention> {
    let mut out = Vec::new();
    for (k, w) in s.ws.iter().enumerate() {
        let end = w.start + s.original(k).len();
        let word = &cased[w.start..end];
        let inside = found.iter().any(|m| w.start < m.end && m.start < end);
        if s.used[k] || inside || !word.starts_with(char::is_uppercase) || !is_full_month(word) {
            continue;
        }
        if word.eq_ignore_ascii_case("may") && !fold(&s.text[..w.start]).trim_end().ends_with(" in")
        {
            continue;
        }
        out.extend(month_number(word).map(|month| Mention {
            start: w.start,
            end,
            date: FuzzyDate {
                month: Some(month),
                ..Default::default()
            },
            weekday: None,
        }));
    }
    out
}

fn is_full_month(word: &str) -> bool {
    MONTHS.iter().any(|m| m.name.eq_ignore_ascii_case(word))
}

/// The weekday a mention names in full ("Wednesday, 20 November 2024" -> Wednesday).
fn stated_weekday(mention: &str) -> Option<Weekday> {
    mention
        .split(|c: char| !c.is_alphabetic())
        .find_map(weekday_named)
}

/// True when a word inside the byte span is already used (part of a name: "Elin May").
fn overlaps_used(s: &Scan, start: usize, end: usize) -> bool {
    s.ws.iter()
        .enumerate()
        .any(|(k, w)| s.used[k] && w.start >= start && w.start < end)
}

/// Marks the words that start inside the byte span.
fn mark_span(s: &mut Scan, start: usize, end: usize) {
    for (k, w) in s.ws.iter().enumerate() {
        if w.start >= start && w.start < end {
            s.used[k] = true;
        }
    }
}
