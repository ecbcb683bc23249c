//! Turning one regex match into a resolved date: the context checks that reject
//! look-alikes, and the resolution of partial dates against the anchor (see the rules in
//! the parent module).

use jiff::civil::{Date, Weekday};
use regex::Captures;

use super::calendar::{self, Direction};
use super::lexicon::*;
use super::{DateKind, whole};
use crate::lexicon::lists::{
    DATE_MODIFIERS, FUTURE_MARKERS, FUTURE_PLANNED, MONTH_CONTEXT, MONTH_LINKS, NOT_ONE_DAY,
    NOT_YEAR_AFTER, NOT_YEAR_BEFORE, NUMBER_WORDS, PAST_AUX, WEEKDAY_HABIT_AFTER,
    WEEKDAY_NAME_AFTER, WEEKDAY_NAME_BEFORE,
};
use crate::model::FuzzyDate;

/// A mention resolved from a weekday or month name, with the span it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Resolved {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) date: FuzzyDate,
    pub(super) kind: DateKind,
    /// A following "next week" / "last year" belongs to the mention ("Tuesday next week",
    /// "March last year"), so it must beat the relative phrase inside it.
    pub(super) tied: bool,
}

/// How far back "recently" reaches: weeks, as news counts them.
const RECENT_DAYS: i32 = 45;
/// Words before a clause's end that a future marker may stand ("will formally meet on").
const FUTURE_MARKER_REACH: usize = 10;
/// How far back (in characters) the first month of "April and May" may stand.
const LINKED_MONTH_CHARS: usize = 30;

/// A full date from an ISO-style match ("2024-11-20"), the separators agreeing.
pub(super) fn iso_date(c: &Captures<'_>) -> Option<FuzzyDate> {
    if c["s1"] != c["s2"] {
        return None;
    }
    let y = plausible_year(&c["y"])?;
    let m: i8 = c["m"].parse().ok()?;
    let d: i8 = c["d"].parse().ok()?;
    Date::new(y, m, d).ok().map(FuzzyDate::day)
}

/// A full date from "20/11/2024" or "11/20/2024", only when the order is unambiguous (one
/// of the first two numbers exceeds 12).
pub(super) fn numeric_date(c: &Captures<'_>) -> Option<FuzzyDate> {
    if c["s1"] != c["s2"] {
        return None;
    }
    let y = plausible_year(&c["y"])?;
    let a: i8 = c["a"].parse().ok()?;
    let b: i8 = c["b"].parse().ok()?;
    let (m, d) = match (a > 12, b > 12) {
        (true, false) => (b, a),
        (false, true) => (a, b),
        _ => return None,
    };
    Date::new(y, m, d).ok().map(FuzzyDate::day)
}

/// The word just before byte offset `at` (lower-cased), skipping spaces.
pub(super) fn word_before(text: &str, at: usize) -> Option<(usize, String)> {
    let head = text[..at].trim_end();
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, ch)| ch.is_alphanumeric() || matches!(ch, '-' | '\'' | '’'))
        .last()
        .map(|(i, _)| i)?;
    let w = head[start..].trim_start_matches(['\'', '’']);
    let start = head.len() - w.len();
    Some((start, w.trim_end_matches('-').to_lowercase()))
}

/// The word just after byte offset `at`, as written, skipping spaces.
pub(super) fn word_after(text: &str, at: usize) -> Option<&str> {
    word_after_at(text, at).map(|(_, w)| w)
}

/// [`word_after`] with the byte offset where the word ends.
pub(super) fn word_after_at(text: &str, at: usize) -> Option<(usize, &str)> {
    let tail = text[at..].trim_start();
    let offset = text.len() - tail.len();
    let len = tail
        .char_indices()
        .take_while(|(_, ch)| ch.is_alphanumeric())
        .last()
        .map(|(i, ch)| i + ch.len_utf8())?;
    Some((offset + len, &tail[..len]))
}

/// True when a future marker stands shortly before `at` in the same clause.
pub(super) fn future_marked(text: &str, at: usize) -> bool {
    let clause = clause_tail(&text[..at], FUTURE_MARKER_REACH);
    let words: Vec<String> = clause
        .split_whitespace()
        .rev()
        .take(FUTURE_MARKER_REACH)
        .map(|w| {
            w.to_lowercase()
                .trim_matches(|c: char| !c.is_alphabetic())
                .to_string()
        })
        .collect();
    // `words` runs backwards: words[i + 1] precedes words[i].
    // "ahead of Thursday's deadline".
    if words.first().is_some_and(|w| w == "of") && words.get(1).is_some_and(|w| w == "ahead") {
        return true;
    }
    words.iter().enumerate().any(|(i, w)| {
        FUTURE_MARKERS.has(w)
            || w.ends_with("'ll")
            || w.ends_with("’ll")
            || (FUTURE_PLANNED.has(w) && !words.get(i + 1).is_some_and(|b| PAST_AUX.has(b)))
            || (w == "to"
                && words
                    .get(i + 1)
                    .is_some_and(|b| ["is", "are", "am"].contains(&b.as_str())))
    })
}

/// The end of the clause `head` ends with (after its last clause mark), at most its last
/// `words` words. The scan goes back only that far, so looking before every mention of a
/// long text without punctuation stays linear.
fn clause_tail(head: &str, words: usize) -> &str {
    let mut seen = 0;
    let mut in_word = false;
    for (i, ch) in head.char_indices().rev() {
        let after = i + ch.len_utf8();
        if matches!(
            ch,
            ',' | ';' | ':' | '.' | '!' | '?' | '—' | '(' | '"' | '“'
        ) {
            return &head[after..];
        }
        if !ch.is_whitespace() {
            in_word = true;
        } else if in_word {
            in_word = false;
            seen += 1;
            if seen == words {
                return &head[after..];
            }
        }
    }
    head
}

/// Direction for a weekday or month given the modifier word before it.
pub(super) fn direction(modifier: Option<&str>, text: &str, at: usize) -> Direction {
    match modifier {
        Some("last") | Some("past") => Direction::StrictPast,
        Some("next") | Some("coming") | Some("upcoming") => Direction::StrictFuture,
        _ if future_marked(text, at) => Direction::Future,
        _ => Direction::Nearest,
    }
}

/// Resolves an absolute month/day(/year) match (MDY or DMY), with the end of the mention
/// (short of a trailing number that is a quantity: "March 3, 2000 people").
pub(super) fn month_day(
    text: &str,
    c: &Captures<'_>,
    anchor: Option<Date>,
) -> Option<(FuzzyDate, usize)> {
    let m = whole(c);
    let month = month_of(c.name("mon")?.as_str())?;
    let day: i8 = c.name("day")?.as_str().parse().ok()?;
    let (year, end) = stated_year(text, c)?;
    if !valid_day(year, month, day) {
        return None;
    }
    // "Nov 20-21": a range of days gives the month only.
    let range = match c.name("day_to") {
        Some(to) => {
            let to: i8 = to.as_str().parse().ok()?;
            if to <= day || !valid_day(year, month, to) {
                return None;
            }
            true
        }
        None => false,
    };
    if inside_number(text, m.start(), c.name("day")?.end()) {
        return None;
    }
    let weekday = c.name("wd").and_then(|w| weekday_of(w.as_str()));
    let date = match (year, anchor) {
        (Some(y), _) if range => FuzzyDate::month(y, month),
        (Some(y), _) => FuzzyDate::day(Date::new(y, month, day).ok()?),
        (None, None) if range => FuzzyDate {
            month: Some(month),
            ..Default::default()
        },
        (None, None) => FuzzyDate {
            year: None,
            month: Some(month),
            day: Some(day),
            weekday,
        },
        (None, Some(anchor)) => {
            let dir = if future_marked(text, m.start()) {
                Direction::Future
            } else {
                Direction::Nearest
            };
            let date = weekday
                .and_then(|w| calendar::date_for_month_day(anchor, month, day, Some(w), dir))
                .or_else(|| calendar::date_for_month_day(anchor, month, day, None, dir))?;
            if range {
                FuzzyDate::month(date.year(), date.month())
            } else {
                FuzzyDate::day(date)
            }
        }
    };
    Some((date, end))
}

/// The year a month/day match states, if any, with the end of the mention: a year that
/// is a quantity ("March 3, 2000 people") is left out of it. `None` for an implausible
/// year.
fn stated_year(text: &str, c: &Captures<'_>) -> Option<(Option<i16>, usize)> {
    let end = whole(c).end();
    match c.name("year") {
        Some(y)
            if word_after(text, y.end()).is_some_and(|w| NOT_YEAR_AFTER.has(&w.to_lowercase())) =>
        {
            // MDY puts the year last; DMY the month, so the match ends at the month there.
            let end = c
                .name("day_to")
                .or(c.name("day"))
                .map_or(end, |d| d.end())
                .max(c.name("mon").map_or(0, |mo| mo.end()));
            Some((None, end))
        }
        Some(y) => Some((Some(plausible_year(y.as_str())?), end)),
        None => Some((None, end)),
    }
}

/// "In May 2,225 ...", "2,20 May": the day at `day_end` (of a match from `start`) is part
/// of a bigger number.
fn inside_number(text: &str, start: usize, day_end: usize) -> bool {
    let mut a = text[day_end..].chars();
    if matches!(a.next(), Some(',' | '.' | ':')) && a.next().is_some_and(|ch| ch.is_ascii_digit()) {
        return true;
    }
    let mut b = text[..start].chars().rev();
    matches!(b.next(), Some(',' | '.' | '$' | '#' | '-' | '/'))
        && b.next().is_some_and(|ch| ch.is_ascii_digit())
}

/// Resolves "Wednesday (Nov. 20)" / "this Friday (10)" / "Friday the 13th"; returns the span start (widened to
/// a modifier like "this") with the date and kind.
pub(super) fn weekday_paren(
    text: &str,
    c: &Captures<'_>,
    anchor: Option<Date>,
) -> Option<(usize, FuzzyDate, DateKind)> {
    let weekday = weekday_of(c.name("wd")?.as_str())?;
    let day: i8 = c.name("day").or(c.name("day2"))?.as_str().parse().ok()?;
    let month = match c.name("mon").or(c.name("mon2")) {
        Some(m) => Some(month_of(m.as_str())?),
        None => None,
    };
    if !(1..=31).contains(&day) {
        return None;
    }
    let m = whole(c);
    let (start, modifier) = match word_before(text, m.start()) {
        Some((s, w)) if DATE_MODIFIERS.has(&w) => (s, Some(w)),
        _ => (m.start(), None),
    };
    let dir = direction(modifier.as_deref(), text, start);
    let fuzzy = match (anchor, month) {
        (None, _) => FuzzyDate {
            year: None,
            month,
            day: Some(day),
            weekday: Some(weekday),
        },
        (Some(a), Some(mon)) => {
            if !valid_day(None, mon, day) {
                return None;
            }
            let date = calendar::date_for_month_day(a, mon, day, Some(weekday), dir)
                .or_else(|| calendar::date_for_month_day(a, mon, day, None, dir))?;
            FuzzyDate::day(date)
        }
        (Some(a), None) => match calendar::date_for_weekday_day(a, weekday, day, dir) {
            Some(date) => FuzzyDate::day(date),
            None => FuzzyDate {
                day: Some(day),
                weekday: Some(weekday),
                ..Default::default()
            },
        },
    };
    Some((start, fuzzy, DateKind::Weekday))
}

/// Resolves a bare weekday ("on Friday", "last Monday", "Monday afternoon", "Tuesday next
/// week"); `tied` when a following "next week" belongs to it.
pub(super) fn bare_weekday(text: &str, c: &Captures<'_>, anchor: Option<Date>) -> Option<Resolved> {
    let wd = c.name("wd")?;
    let weekday = weekday_of(wd.as_str())?;
    let before = word_before(text, wd.start());
    if weekday_names_something(text, c, before.as_ref().map(|(_, w)| w.as_str())) {
        return None;
    }
    let (start, modifier) = match &before {
        Some((s, w)) if DATE_MODIFIERS.has(w) || matches!(w.as_str(), "upcoming" | "past") => {
            (*s, Some(w.as_str()))
        }
        _ => (wd.start(), None),
    };
    let (end, week_step) = named_week(text, whole(c).end());
    let date = match anchor {
        None => FuzzyDate {
            weekday: Some(weekday),
            ..Default::default()
        },
        Some(a) => match week_step {
            Some(step) => {
                let monday = -(a.weekday().to_monday_zero_offset() as i32);
                let offset = monday + 7 * step + weekday.to_monday_zero_offset() as i32;
                FuzzyDate::day(calendar::add_days(a, offset)?)
            }
            None => {
                let dir = match direction(modifier, text, start) {
                    // "this Friday": the one of the anchor's week nearest the anchor.
                    Direction::Nearest
                        if modifier == Some("this")
                            && a.weekday().until(weekday) < a.weekday().since(weekday) =>
                    {
                        Direction::Future
                    }
                    Direction::Nearest => Direction::Past,
                    d => d,
                };
                FuzzyDate::day(calendar::date_for_weekday(a, weekday, dir)?)
            }
        },
    };
    Some(Resolved {
        start,
        end,
        date,
        kind: DateKind::Weekday,
        tied: week_step.is_some(),
    })
}

/// True when a weekday match names a holiday, a habit, a paper or a programme rather
/// than a day: "Black Friday", "every Friday", "Friday prayers", "Sunday Times", "The
/// Mail on Sunday", "Radio Scotland's Sunday Live". `before` is the word before it.
fn weekday_names_something(text: &str, c: &Captures<'_>, before: Option<&str>) -> bool {
    let Some(wd) = c.name("wd") else { return false };
    if before.is_some_and(|w| WEEKDAY_NAME_BEFORE.has(w) || NOT_ONE_DAY.has(w)) {
        return true;
    }
    let bare = c.name("part").is_none();
    if bare && let Some(next) = word_after(text, wd.end()) {
        let lower = next.to_lowercase();
        if WEEKDAY_HABIT_AFTER.has(&lower)
            || next.starts_with(char::is_uppercase) && WEEKDAY_NAME_AFTER.has(&lower)
        {
            return true;
        }
    }
    let possessed = before.is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"));
    text[..wd.start()].trim_end().ends_with("Mail on")
        || possessed
            && bare
            && text[wd.end()..].starts_with(' ')
            && word_after(text, wd.end()).is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// "Monday next week", "Friday last week": the week named after a weekday ending at
/// `end`, as the end of the mention and the step from the anchor's week.
fn named_week(text: &str, end: usize) -> (usize, Option<i32>) {
    if let Some((rel_end, rel)) = word_after_at(text, end)
        && let Some(step) = match rel {
            "last" => Some(-1),
            "this" => Some(0),
            "next" => Some(1),
            _ => None,
        }
        && let Some((week_end, "week")) = word_after_at(text, rel_end)
    {
        return (week_end, Some(step));
    }
    (end, None)
}

/// A year word after a month name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum YearAfter {
    /// "December last year" (-1), "May (of) this year" (0), "March next year" (1).
    Offset(i16),
    /// "December last": the latest such month before the anchor's.
    Last,
}

/// Resolves a month name standing alone, when its context makes it a date; `tied` when
/// a following "last"/"this year" belongs to it.
pub(super) fn month_alone(text: &str, c: &Captures<'_>, anchor: Option<Date>) -> Option<Resolved> {
    let mon = c.name("mon")?;
    let month = month_of(mon.as_str())?;
    let before = word_before(text, mon.start());
    if before.as_ref().is_some_and(|(_, w)| NOT_ONE_DAY.has(w)) {
        return None;
    }
    let (end, post) = year_after(text, mon.end());
    if AMBIGUOUS_MONTHS.contains(&month) && !month_in_context(text, mon, before.as_ref(), post) {
        return None;
    }
    let modifier = before.as_ref().map(|(_, w)| w.as_str());
    let (start, dir) = match &before {
        Some((s, w)) if DATE_MODIFIERS.has(w) => (*s, direction(Some(w.as_str()), text, *s)),
        _ => (mon.start(), direction(None, text, mon.start())),
    };
    let resolved = |date, kind, tied| Resolved {
        start,
        end,
        date,
        kind,
        tied,
    };
    // "between March and April 2004": the year stated for the second month.
    if post.is_none()
        && let Some(link) = LINKED_YEAR.captures(&text[mon.end()..])
        && let Some(year) = plausible_year(&link["year"])
    {
        return Some(resolved(
            FuzzyDate::month(year, month),
            DateKind::Absolute,
            false,
        ));
    }
    let date = match anchor {
        None => FuzzyDate {
            month: Some(month),
            ..Default::default()
        },
        Some(anchor) => FuzzyDate::month(month_year(anchor, month, post, modifier, dir)?, month),
    };
    Some(resolved(date, DateKind::Relative, post.is_some()))
}

/// "December last year", "May (of) this year", "December last": the year word after a
/// month name ending at `mon_end`, with the end of the mention.
fn year_after(text: &str, mon_end: usize) -> (usize, Option<YearAfter>) {
    let after_of = match word_after_at(text, mon_end) {
        Some((of_end, "of")) => of_end,
        _ => mon_end,
    };
    if let Some((rest_at, w)) = word_after_at(text, after_of)
        && ["last", "this", "next"].contains(&w)
        && (after_of == mon_end || word_after(text, rest_at) == Some("year"))
    {
        match word_after_at(text, rest_at) {
            Some((year_end, "year")) => {
                let offset = match w {
                    "last" => -1,
                    "this" => 0,
                    _ => 1,
                };
                return (year_end, Some(YearAfter::Offset(offset)));
            }
            Some((_, "week" | "month" | "weekend")) => {}
            _ if w == "last" => return (rest_at, Some(YearAfter::Last)),
            _ => {}
        }
    }
    (mon_end, None)
}

/// For a month name that is also a word or a name (March, May, ...): true when its
/// context makes it a date ("in May", "April and May", "May this year") and no surname
/// follows ("April Ryan").
fn month_in_context(
    text: &str,
    mon: regex::Match<'_>,
    before: Option<&(usize, String)>,
    post: Option<YearAfter>,
) -> bool {
    let linked = || {
        before.is_some_and(|(s, w)| {
            MONTH_LINKS.has(w) && {
                let lead = &text[..*s];
                let cut = lead
                    .char_indices()
                    .rev()
                    .nth(LINKED_MONTH_CHARS)
                    .map_or(0, |(i, _)| i);
                MONTH_ALONE.is_match(&lead[cut..])
            }
        })
    };
    let in_context =
        before.is_some_and(|(_, w)| MONTH_CONTEXT.has(w)) || post.is_some() || linked();
    // "April Ryan", "June Carter": a capitalised word right after is a surname.
    let surname = post.is_none()
        && text[mon.end()..].starts_with(' ')
        && word_after(text, mon.end()).is_some_and(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && month_of(w).is_none()
                && weekday_of(w).is_none()
        });
    in_context && !surname
}

/// The year of a month name alone, against the anchor: from the year word after it, else
/// the anchor's for "this May", else the latest such month not after the anchor's (the
/// first not before it when marked future).
fn month_year(
    anchor: Date,
    month: i8,
    post: Option<YearAfter>,
    modifier: Option<&str>,
    dir: Direction,
) -> Option<i16> {
    match post {
        Some(YearAfter::Offset(offset)) => anchor.year().checked_add(offset),
        Some(YearAfter::Last) => calendar::year_for_month(anchor, month, Direction::StrictPast),
        None if modifier == Some("this") => Some(anchor.year()),
        None => {
            let dir = match dir {
                Direction::Nearest => Direction::Past,
                d => d,
            };
            calendar::year_for_month(anchor, month, dir)
        }
    }
}

/// A count written as a numeral or a word up to twelve ("a", "five", "18").
pub(super) fn small_number(s: &str) -> Option<i32> {
    let lower = s.to_ascii_lowercase();
    if lower == "a" || lower == "an" {
        return Some(1);
    }
    NUMBER_WORDS
        .iter()
        .position(|w| *w == lower)
        .map(|i| i as i32)
        .or_else(|| lower.parse().ok())
}

/// Resolves a relative phrase; `None` without an anchor.
pub(super) fn relative(
    text: &str,
    c: &Captures<'_>,
    anchor: Option<Date>,
) -> Option<(usize, FuzzyDate)> {
    let m = whole(c);
    let anchor = anchor?;
    if c.name("today").is_some() && word_before(text, m.start()).is_some_and(|(_, w)| w == "usa") {
        return None;
    }
    let month_shift = |n: i32| {
        let idx = calendar::month_index(anchor.year(), anchor.month()) + n;
        calendar::from_month_index(idx).map(|(y, mo)| FuzzyDate::month(y, mo))
    };
    let date = if c.name("recent").is_some() {
        // "recently", "a recent call": within weeks of the report, so its year when those
        // weeks lie in it.
        let back = calendar::add_days(anchor, -RECENT_DAYS)?;
        (back.year() == anchor.year()).then(|| FuzzyDate::year(anchor.year()))?
    } else if c.name("dby").is_some() {
        FuzzyDate::day(calendar::add_days(anchor, -2)?)
    } else if c.name("yesterday").is_some() || c.name("night").is_some() {
        FuzzyDate::day(calendar::add_days(anchor, -1)?)
    } else if c.name("today").is_some() || c.name("sameday").is_some() {
        FuzzyDate::day(anchor)
    } else if c.name("tomorrow").is_some() {
        FuzzyDate::day(calendar::add_days(anchor, 1)?)
    } else if let Some(modifier) = c.name("wkmod") {
        weekend_month(anchor, modifier.as_str().eq_ignore_ascii_case("last"))?
    } else if let Some(unit) = c.name("unit") {
        let step = match c["dir"].to_ascii_lowercase().as_str() {
            "last" => -1,
            "this" => 0,
            _ => 1,
        };
        match unit.as_str().to_ascii_lowercase().as_str() {
            "year" => FuzzyDate::year(anchor.year().checked_add(step as i16)?),
            "month" => month_shift(step)?,
            _ => week_month(anchor, step, future_marked(text, m.start()))?,
        }
    } else {
        let n = small_number(c.name("n")?.as_str())?;
        match c["nunit"].to_ascii_lowercase().as_str() {
            "day" => FuzzyDate::day(calendar::add_days(anchor, -n)?),
            "month" => month_shift(-n)?,
            "year" => FuzzyDate::year(anchor.year().checked_sub(i16::try_from(n).ok()?)?),
            _ => week_month(anchor, -n, false)?,
        }
    };
    Some((m.start(), date))
}

/// The month of the most recent weekend (its Saturday on or before the anchor; one week
/// earlier for "last weekend" said on a weekend), when Saturday and Sunday share a month.
pub(super) fn weekend_month(anchor: Date, last: bool) -> Option<FuzzyDate> {
    let mut saturday = calendar::date_for_weekday(anchor, Weekday::Saturday, Direction::Past)?;
    let on_weekend = matches!(anchor.weekday(), Weekday::Saturday | Weekday::Sunday);
    if last && on_weekend {
        saturday = calendar::add_days(saturday, -7)?;
    }
    let sunday = calendar::add_days(saturday, 1)?;
    (saturday.month() == sunday.month())
        .then(|| FuzzyDate::month(saturday.year(), saturday.month()))
}

/// The month of the calendar week `step` weeks from the anchor's (Monday to Sunday), when
/// that week lies in one month, else its year when it lies in one year; `None` otherwise.
/// For the current week only the days up to the anchor count, unless `ahead` (a plan for
/// "this week": the rest of the week counts too).
pub(super) fn week_month(anchor: Date, step: i32, ahead: bool) -> Option<FuzzyDate> {
    let monday = calendar::add_days(anchor, -(anchor.weekday().to_monday_zero_offset() as i32))?;
    let first = calendar::add_days(monday, 7 * step)?;
    let last = if step == 0 && !ahead {
        anchor
    } else {
        calendar::add_days(first, 6)?
    };
    if first.year() != last.year() {
        return None;
    }
    Some(if first.month() == last.month() {
        FuzzyDate::month(first.year(), first.month())
    } else {
        FuzzyDate::year(first.year())
    })
}

/// A bare four-digit year, when it is not a quantity or an identifier.
pub(super) fn bare_year(text: &str, c: &Captures<'_>) -> Option<i16> {
    let m = whole(c);
    let y = plausible_year(m.as_str())?;
    let head = &text[..m.start()];
    let prev = head.chars().next_back();
    let mid = head.len() >= 4
        && head.is_char_boundary(head.len() - 4)
        && head[head.len() - 4..].eq_ignore_ascii_case("mid-");
    if !mid
        && matches!(
            prev,
            Some(',' | '.' | '$' | '#' | '£' | '€' | '/' | ':' | '-')
        )
    {
        return None;
    }
    // "the 1990's" is a decade.
    let tail = &text[m.end()..];
    if y % 10 == 0
        && (tail.starts_with("'s") || tail.starts_with("’s"))
        && word_before(text, m.start())
            .is_some_and(|(_, w)| ["the", "mid", "early", "late"].contains(&w.as_str()))
    {
        return None;
    }
    let mut next = text[m.end()..].chars();
    match next.next() {
        Some(',' | '.' | ':') if next.next().is_some_and(|ch| ch.is_ascii_digit()) => {
            return None;
        }
        Some('%') => return None,
        _ => {}
    }
    if word_before(text, m.start()).is_some_and(|(_, w)| NOT_YEAR_BEFORE.has(&w)) {
        return None;
    }
    if word_after(text, m.end()).is_some_and(|w| NOT_YEAR_AFTER.has(&w.to_lowercase())) {
        return None;
    }
    Some(y)
}
