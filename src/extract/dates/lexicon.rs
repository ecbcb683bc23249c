//! The patterns of dates: the regular expressions that find date mentions, built from the
//! lexicon's month and weekday names, and the name look-ups resolution needs. The word
//! lists that tell dates from look-alikes ("Sunday Times", "2000 troops", "Theresa May")
//! are the lexicon's (`crate::lexicon::lists`: `WEEKDAY_NAME_AFTER`, `NOT_YEAR_AFTER`, ...).

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use jiff::civil::{Date, Weekday};
use regex::Regex;

use crate::lexicon::calendar::{MONTHS, WEEKDAY_ORDER, WEEKDAYS};
use crate::lexicon::lists::DATE_KEYWORDS;

/// Month names as a regex alternation: full names (capitalised or upper case), then
/// abbreviations (capitalised only).
pub(super) fn month_alternation(with_abbrev: bool) -> String {
    let mut parts: Vec<String> = Vec::new();
    for m in MONTHS.iter().map(|c| c.name) {
        parts.push(m.to_string());
        parts.push(m.to_uppercase());
    }
    if with_abbrev {
        for a in MONTHS.iter().flat_map(|c| &c.abbreviations) {
            parts.push(a.to_string());
        }
    }
    format!("(?:{})\\b", parts.join("|"))
}

/// Weekday names as a regex group: full names (capitalised), then, `with_abbrev`, the
/// abbreviations (capitalised; the longer first, "Tues" before "Tue"), which are only
/// used before a full date.
pub(super) fn weekday_alternation(with_abbrev: bool) -> String {
    let mut parts: Vec<&str> = WEEKDAYS.iter().map(|c| c.name).collect();
    if with_abbrev {
        for w in WEEKDAYS.iter() {
            let mut abbreviations = w.abbreviations.clone();
            abbreviations.sort_by_key(|a| std::cmp::Reverse(a.len()));
            parts.extend(abbreviations);
        }
    }
    format!("(?:{})", parts.join("|"))
}

/// An optional ordinal suffix ("20th").
pub(super) const ORD: &str = "(?:st|nd|rd|th)?";

/// Compiles one of this module's patterns.
pub(super) fn re(pattern: &str) -> Regex {
    // The patterns are fixed strings of this module; the unit tests compile every one.
    Regex::new(pattern).expect("date pattern compiles")
}

/// "Wednesday, Nov. 20, 2024", "November 20th", "Nov, 15, 2023", "June 19", "Nov 20-21".
pub(super) static MDY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:(?P<wd>{wd})\.?,?\s+)?(?P<mon>{m})\.?,?\s*(?P<day>\d{{1,2}}){ORD}\b(?:\s*[-–]\s*(?P<day_to>\d{{1,2}}){ORD}\b)?(?:,?\s*(?P<year>\d{{4}})\b)?",
        wd = weekday_alternation(true),
        m = month_alternation(true)
    ))
});

/// "20 November 2024", "20th November", "the 20th of November", "Wednesday, 20 November",
/// "20-21 November".
pub(super) static DMY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:(?P<wd>{wd})\.?,?\s+)?(?:the\s+)?(?P<day>\d{{1,2}}){ORD}(?:\s*[-–]\s*(?P<day_to>\d{{1,2}}){ORD})?(?:\s+of)?\s+(?P<mon>{m})\.?(?:,?\s+(?P<year>\d{{4}})\b)?",
        wd = weekday_alternation(true),
        m = month_alternation(true)
    ))
});

/// "April 2023", "March, 2019", "October of 1986".
pub(super) static MY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?P<mon>{m})\.?,?\s+(?:of\s+)?(?P<year>\d{{4}})\b",
        m = month_alternation(true)
    ))
});

/// "2024-11-20", "2024/11/20", "2024-11-20T09:30:00Z".
pub(super) static ISO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?P<y>\d{4})(?P<s1>[-/.])(?P<m>\d{1,2})(?P<s2>[-/.])(?P<d>\d{1,2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b",
    )
});

/// "20/11/2024", "11-20-2024": resolved only when unambiguous.
pub(super) static NUMERIC: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?P<a>\d{1,2})(?P<s1>[/.-])(?P<b>\d{1,2})(?P<s2>[/.-])(?P<y>\d{4})\b"));

/// "Wednesday (Nov. 20)", "Friday (10)", "Wednesday (20 November)".
pub(super) static WD_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?P<wd>{wd})\s*\(\s*(?:(?P<mon>{m})\.?\s*(?P<day>\d{{1,2}}){ORD}|(?P<day2>\d{{1,2}}){ORD}(?:\s+(?P<mon2>{m})\.?)?)\s*\)",
        wd = weekday_alternation(false),
        m = month_alternation(true)
    ))
});

/// "Friday the 10th": a weekday with an ordinal day and no month.
pub(super) static WD_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?P<wd>{wd}),?\s+the\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)\b",
        wd = weekday_alternation(false)
    ))
});

/// A full weekday name, optionally with a part of the day.
pub(super) static WD_BARE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?P<wd>{wd})\b(?:'s|’s)?(?:\s+(?P<part>morning|afternoon|evening|night)\b)?",
        wd = weekday_alternation(false)
    ))
});

/// What may follow a month name to lend it a year: "(March) and April 2004".
pub(super) static LINKED_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^\s*(?:and|or|to|through|until|till|-|–)\s*{m}\.?,?\s+(?P<year>\d{{4}})\b",
        m = month_alternation(true)
    ))
});

/// A full month name alone (context is checked in code).
pub(super) static MONTH_ALONE: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"\b(?P<mon>{})", month_alternation(false))));

/// Relative phrases.
pub(super) static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?P<dby>the\s+day\s+before\s+yesterday)|(?P<recent>recently|a\s+recent)|(?P<night>last\s+night)|(?P<sameday>tonight|this\s+(?:morning|afternoon|evening))|(?P<wkmod>over|during|at|this|last|past)\s+(?:the\s+)?weekend|(?P<yesterday>yesterday)|(?P<today>today)|(?P<tomorrow>tomorrow)|(?:(?P<edge>earlier|later|early|late)\s+)?(?P<dir>last|this|next|coming)\s+(?P<unit>week|month|year)|(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<nunit>day|week|month|year)s?\s+ago)\b",
    )
});

/// A four-digit year from 1900 to 2099.
pub(super) static YEAR: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?P<y>(?:19|20)\d{2})\b"));

/// Cheap pre-check: text without a digit and without any of these needs no regex.
pub(super) static KEYWORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .build(DATE_KEYWORDS.iter())
        .expect("keyword automaton builds")
});

/// Months that are also common words or names; these need a word of `MONTH_CONTEXT`
/// before them.
pub(super) const AMBIGUOUS_MONTHS: &[i8] = &[3, 4, 5, 6, 8];

/// Month number from a name or abbreviation ("Nov", "NOVEMBER", "Sept").
pub(super) fn month_of(name: &str) -> Option<i8> {
    crate::lexicon::calendar::month_number(name.trim_end_matches('.'))
}

/// Weekday from a full name or abbreviation ("Wed", "Thurs").
pub(super) fn weekday_of(name: &str) -> Option<Weekday> {
    let lower = name.trim_end_matches('.').to_ascii_lowercase();
    let key = lower.get(..3)?;
    let i = WEEKDAYS
        .iter()
        .position(|c| c.name.to_ascii_lowercase().starts_with(key))?;
    WEEKDAY_ORDER.get(i).copied()
}

/// A year from 1900 to 2100, else `None`.
pub(super) fn plausible_year(s: &str) -> Option<i16> {
    let y: i16 = s.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

/// True when the day exists in the month (of the year, when known).
pub(super) fn valid_day(year: Option<i16>, month: i8, day: i8) -> bool {
    // 2024 is a leap year, so Feb 29 passes when the year is unknown.
    Date::new(year.unwrap_or(2024), month, day).is_ok()
}
