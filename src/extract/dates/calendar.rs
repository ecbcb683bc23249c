//! Calendar arithmetic for date resolution: day numbers, month steps, and choosing the year
//! of a month/day (or month) that the text gives without one, relative to an anchor date.
//!
//! The year-choice rule: among the candidates in the anchor's year and the years either
//! side, pick the one nearest the anchor, where a candidate *after* the anchor counts
//! [`FUTURE_WEIGHT`] times its distance. News mostly reports the past, so "in November" in
//! a March article is last November, while "on January 20" in an article of January 5 is
//! still this January 20 (fifteen days ahead beats a year back). Explicit direction words
//! ("last", "next", "will ...") override this with [`Direction`].

use jiff::civil::{Date, Weekday};

/// How much more a future candidate's distance counts than a past one's.
pub(crate) const FUTURE_WEIGHT: i32 = 3;

/// Which way from the anchor a date without a year may lie.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    /// Nearest, with the past preferred (see the module docs).
    Nearest,
    /// On or before the anchor ("on Friday" in a report).
    Past,
    /// Strictly before the anchor ("last Friday", "last December").
    StrictPast,
    /// On or after the anchor ("will meet on Friday").
    Future,
    /// Strictly after the anchor ("next Friday", "next March").
    StrictFuture,
}

/// Days since 1970-01-01 (proleptic Gregorian), for cheap differences.
pub(crate) fn day_number(d: Date) -> i32 {
    let (y, m, day) = (d.year() as i32, d.month() as i32, d.day() as i32);
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `n` days after `d` (before, when negative); `None` out of range.
pub(crate) fn add_days(d: Date, n: i32) -> Option<Date> {
    d.checked_add(jiff::Span::new().days(n as i64)).ok()
}

/// Month index counting from year 0 (`year * 12 + month - 1`).
pub(crate) fn month_index(year: i16, month: i8) -> i32 {
    year as i32 * 12 + month as i32 - 1
}

/// Inverse of [`month_index`].
pub(crate) fn from_month_index(i: i32) -> Option<(i16, i8)> {
    let year = i16::try_from(i.div_euclid(12)).ok()?;
    Some((year, (i.rem_euclid(12) + 1) as i8))
}

/// The year for `month` (no day) relative to `anchor`, following `dir`.
pub(crate) fn year_for_month(anchor: Date, month: i8, dir: Direction) -> Option<i16> {
    let a = month_index(anchor.year(), anchor.month());
    let candidates = (anchor.year().checked_sub(1)?..=anchor.year().checked_add(1)?)
        .map(|y| (y, month_index(y, month) - a));
    pick(candidates, dir)
}

/// The date for `month`/`day` (no year) relative to `anchor`, following `dir`; when
/// `weekday` is given only candidates falling on it are considered (and `None` is returned
/// when none does).
pub(crate) fn date_for_month_day(
    anchor: Date,
    month: i8,
    day: i8,
    weekday: Option<Weekday>,
    dir: Direction,
) -> Option<Date> {
    let a = day_number(anchor);
    let first = anchor
        .year()
        .checked_sub(if weekday.is_some() { 6 } else { 1 })?;
    let last = anchor
        .year()
        .checked_add(if weekday.is_some() { 6 } else { 1 })?;
    let candidates = (first..=last)
        .filter_map(|y| Date::new(y, month, day).ok())
        .filter(|d| weekday.is_none_or(|w| d.weekday() == w))
        .map(|d| (d, day_number(d) - a));
    pick(candidates, dir)
}

/// The date with this weekday and day of month (month unknown) relative to `anchor`: the
/// nearest one in the direction `dir` (backwards for [`Direction::Nearest`]), looking up to
/// about two years away.
pub(crate) fn date_for_weekday_day(
    anchor: Date,
    weekday: Weekday,
    day: i8,
    dir: Direction,
) -> Option<Date> {
    let a = month_index(anchor.year(), anchor.month());
    let forward = matches!(dir, Direction::Future | Direction::StrictFuture);
    let a_day = day_number(anchor);
    for step in 0..28 {
        let idx = if forward { a + step } else { a - step };
        let (y, m) = from_month_index(idx)?;
        let Ok(d) = Date::new(y, m, day) else {
            continue;
        };
        let diff = day_number(d) - a_day;
        let side_ok = match dir {
            Direction::Nearest | Direction::Past => diff <= 0,
            Direction::StrictPast => diff < 0,
            Direction::Future => diff >= 0,
            Direction::StrictFuture => diff > 0,
        };
        if side_ok && d.weekday() == weekday {
            return Some(d);
        }
    }
    None
}

/// The date of `weekday` relative to `anchor` following `dir` (never more than a week
/// away). [`Direction::Nearest`] counts as [`Direction::Past`]: a bare weekday in news is
/// the most recent one, the anchor's own day included.
pub(crate) fn date_for_weekday(anchor: Date, weekday: Weekday, dir: Direction) -> Option<Date> {
    let back = anchor.weekday().since(weekday) as i32;
    let ahead = anchor.weekday().until(weekday) as i32;
    let offset = match dir {
        Direction::Nearest | Direction::Past => -back,
        Direction::StrictPast => -(if back == 0 { 7 } else { back }),
        Direction::Future => ahead,
        Direction::StrictFuture => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
    };
    add_days(anchor, offset)
}

/// Picks among `(value, signed distance from the anchor)` pairs following `dir`.
fn pick<T: Copy>(candidates: impl Iterator<Item = (T, i32)>, dir: Direction) -> Option<T> {
    candidates
        .filter(|&(_, diff)| match dir {
            Direction::Nearest => true,
            Direction::Past => diff <= 0,
            Direction::StrictPast => diff < 0,
            Direction::Future => diff >= 0,
            Direction::StrictFuture => diff > 0,
        })
        .min_by_key(|&(_, diff)| {
            if diff > 0 {
                diff.saturating_mul(FUTURE_WEIGHT)
            } else {
                -diff
            }
        })
        .map(|(v, _)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn day_numbers_match_jiff() {
        for (a, b) in [
            (d(2024, 2, 28), d(2024, 3, 1)),
            (d(1999, 12, 31), d(2000, 1, 1)),
        ] {
            let jiff_days = a.until(b).unwrap().get_days();
            assert_eq!(day_number(b) - day_number(a), jiff_days);
        }
        assert_eq!(day_number(d(1970, 1, 1)), 0);
    }

    #[test]
    fn month_year_prefers_recent_past() {
        assert_eq!(
            year_for_month(d(2024, 3, 1), 11, Direction::Nearest),
            Some(2023)
        );
        assert_eq!(
            year_for_month(d(2024, 10, 15), 11, Direction::Nearest),
            Some(2024)
        );
        assert_eq!(
            year_for_month(d(2024, 3, 1), 3, Direction::Nearest),
            Some(2024)
        );
        assert_eq!(
            year_for_month(d(2024, 3, 1), 3, Direction::StrictPast),
            Some(2023)
        );
        assert_eq!(
            year_for_month(d(2024, 3, 1), 3, Direction::StrictFuture),
            Some(2025)
        );
    }

    #[test]
    fn weekday_steps() {
        let sat = d(2023, 2, 11);
        assert_eq!(
            date_for_weekday(sat, Weekday::Friday, Direction::Past),
            Some(d(2023, 2, 10))
        );
        assert_eq!(
            date_for_weekday(sat, Weekday::Saturday, Direction::Past),
            Some(sat)
        );
        assert_eq!(
            date_for_weekday(sat, Weekday::Saturday, Direction::StrictPast),
            Some(d(2023, 2, 4))
        );
        assert_eq!(
            date_for_weekday(sat, Weekday::Friday, Direction::StrictFuture),
            Some(d(2023, 2, 17))
        );
        assert_eq!(
            date_for_weekday_day(sat, Weekday::Friday, 10, Direction::Nearest),
            Some(d(2023, 2, 10))
        );
    }
}
