//! The vocabulary of dates: month and weekday names, the regular expressions that find
//! date mentions, and the word lists that tell dates from look-alikes ("Sunday Times",
//! "2000 troops", "Theresa May").

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use jiff::civil::{Date, Weekday};
use regex::Regex;

use crate::lexicon::calendar::MONTHS;

/// Lower-case weekday names with their values.
pub(super) const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

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

/// Full weekday names (capitalised), as a regex group.
pub(super) const WD_FULL: &str = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
/// Full or abbreviated weekday names, as a regex group (only used before a full date).
pub(super) const WD_ANY: &str = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)";
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
        r"\b(?:(?P<wd>{WD_ANY})\.?,?\s+)?(?P<mon>{m})\.?,?\s*(?P<day>\d{{1,2}}){ORD}\b(?:\s*[-–]\s*(?P<day_to>\d{{1,2}}){ORD}\b)?(?:,?\s*(?P<year>\d{{4}})\b)?",
        m = month_alternation(true)
    ))
});

/// "20 November 2024", "20th November", "the 20th of November", "Wednesday, 20 November",
/// "20-21 November".
pub(super) static DMY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:(?P<wd>{WD_ANY})\.?,?\s+)?(?:the\s+)?(?P<day>\d{{1,2}}){ORD}(?:\s*[-–]\s*(?P<day_to>\d{{1,2}}){ORD})?(?:\s+of)?\s+(?P<mon>{m})\.?(?:,?\s+(?P<year>\d{{4}})\b)?",
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
        r"\b(?P<wd>{WD_FULL})\s*\(\s*(?:(?P<mon>{m})\.?\s*(?P<day>\d{{1,2}}){ORD}|(?P<day2>\d{{1,2}}){ORD}(?:\s+(?P<mon2>{m})\.?)?)\s*\)",
        m = month_alternation(true)
    ))
});

/// "Friday the 10th": a weekday with an ordinal day and no month.
pub(super) static WD_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?P<wd>{WD_FULL}),?\s+the\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)\b"
    ))
});

/// A full weekday name, optionally with a part of the day.
pub(super) static WD_BARE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?P<wd>{WD_FULL})\b(?:'s|’s)?(?:\s+(?P<part>morning|afternoon|evening|night)\b)?"
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
        r"(?i)\b(?:(?P<dby>the\s+day\s+before\s+yesterday)|(?P<night>last\s+night)|(?P<sameday>tonight|this\s+(?:morning|afternoon|evening))|(?P<wkmod>over|during|at|this|last|past)\s+(?:the\s+)?weekend|(?P<yesterday>yesterday)|(?P<today>today)|(?P<tomorrow>tomorrow)|(?:(?P<edge>earlier|later|early|late)\s+)?(?P<dir>last|this|next|coming)\s+(?P<unit>week|month|year)|(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<nunit>day|week|month|year)s?\s+ago)\b",
    )
});

/// A four-digit year from 1900 to 2099.
pub(super) static YEAR: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?P<y>(?:19|20)\d{2})\b"));

/// Cheap pre-check: text without a digit and without any of these needs no regex.
pub(super) static KEYWORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .build([
            "jan",
            "feb",
            "mar",
            "apr",
            "may",
            "jun",
            "jul",
            "aug",
            "sep",
            "oct",
            "nov",
            "dec",
            "day",
            "week",
            "month",
            "year",
            "ago",
            "tomorrow",
            "night",
            "morning",
            "afternoon",
            "evening",
        ])
        .expect("keyword automaton builds")
});

/// Words after which a weekday is part of a name or holiday ("Black Friday").
pub(super) const WEEKDAY_NAME_BEFORE: &[&str] = &[
    "black", "good", "super", "ash", "maundy", "holy", "easter", "palm", "cyber", "bloody", "fat",
    "shrove", "giving",
];
/// Words before a weekday or month that make it a habit, not a date ("every Friday").
pub(super) const NOT_ONE_DAY: &[&str] = &["every", "each", "a", "an", "any", "another"];
/// Words after which a weekday is a newspaper or institution ("Sunday Times").
pub(super) const WEEKDAY_NAME_AFTER: &[&str] = &[
    "times",
    "telegraph",
    "express",
    "mail",
    "herald",
    "tribune",
    "post",
    "star",
    "mirror",
    "independent",
    "observer",
    "guardian",
    "people",
    "sport",
    "club",
    "night",
    "standard",
    "world",
    "sun",
    "business",
    "review",
];
/// Words after a weekday, in any case, that make it a weekly habit ("Friday prayers").
pub(super) const WEEKDAY_HABIT_AFTER: &[&str] = &[
    "prayers", "prayer", "school", "service", "services", "mass", "sermon",
];
/// Words before a bare month name that make it a date ("in May", "since March").
pub(super) const MONTH_CONTEXT: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "during",
    "through",
    "throughout",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "coming",
    "of",
    "between",
];
/// Words before a month name that make it a date only after another month ("April and
/// May", "from March to June").
pub(super) const MONTH_LINKS: &[&str] = &["and", "or", "to", "through", "until"];
/// Months that are also common words or names; these need [`MONTH_CONTEXT`].
pub(super) const AMBIGUOUS_MONTHS: &[i8] = &[3, 4, 5, 6, 8];
/// Words before a number that make it a quantity or an identifier, not a year.
pub(super) const NOT_YEAR_BEFORE: &[&str] = &[
    "section",
    "article",
    "chapter",
    "clause",
    "rule",
    "resolution",
    "no",
    "number",
    "flight",
    "route",
    "room",
    "highway",
    "model",
    "vol",
    "volume",
    "page",
    "item",
    "about",
    "around",
    "some",
    "over",
    "nearly",
    "almost",
    "than",
    "least",
    "approximately",
    "roughly",
    "only",
    "just",
    "exactly",
    "under",
    "below",
    "above",
];
/// Words after a number that make it a quantity, not a year.
pub(super) const NOT_YEAR_AFTER: &[&str] = &[
    "troops",
    "people",
    "soldiers",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "tonnes",
    "tons",
    "metres",
    "meters",
    "dollars",
    "units",
    "members",
    "delegates",
    "workers",
    "residents",
    "civilians",
    "men",
    "women",
    "children",
    "percent",
    "hours",
    "feet",
    "kg",
    "votes",
    "deaths",
    "cases",
    "articles",
    "pages",
    "words",
    "vehicles",
    "rounds",
    "hrs",
    "gmt",
    "utc",
    "ist",
    "est",
    "edt",
    "bst",
    "cet",
    "local",
    "crore",
    "lakh",
    "mln",
    "dlrs",
    "pct",
    "million",
    "billion",
];
/// Words shortly before a date that mark it as future.
pub(super) const FUTURE_MARKERS: &[&str] = &["will", "shall", "upcoming"];
/// Words that mark a plan ("is scheduled for", "due for release in"), unless a past
/// auxiliary ([`PAST_AUX`]) stands right before them ("was set for February").
pub(super) const FUTURE_PLANNED: &[&str] = &[
    "scheduled",
    "slated",
    "due",
    "set",
    "expected",
    "planned",
    "going",
];
/// Auxiliaries that put a plan in the past.
pub(super) const PAST_AUX: &[&str] = &["was", "were", "had", "been", "originally", "initially"];

/// Month number from a name or abbreviation ("Nov", "NOVEMBER", "Sept").
pub(super) fn month_of(name: &str) -> Option<i8> {
    crate::lexicon::calendar::month_number(name.trim_end_matches('.'))
}

/// Weekday from a full name or abbreviation ("Wed", "Thurs").
pub(super) fn weekday_of(name: &str) -> Option<Weekday> {
    let lower = name.trim_end_matches('.').to_ascii_lowercase();
    let key = lower.get(..3)?;
    WEEKDAYS
        .iter()
        .find(|(n, _)| n.starts_with(key))
        .map(|&(_, w)| w)
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
