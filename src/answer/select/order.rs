//! The order of meetings: dates decide when both have a year and disagree; otherwise what
//! the articles show (a meeting an article only recalls is older than the news it
//! reports; within one article the later-mentioned meeting is the older one). Dated
//! meetings win over undated ones when picking the latest or the first.

use std::cmp::Ordering;

use crate::model::{FuzzyDate, MeetingFact, Status};

use super::super::question::Question;

/// What the articles show about the order of two meetings: `Greater` when `a` is later.
pub(crate) fn chrono(a: &MeetingFact, b: &MeetingFact) -> Option<Ordering> {
    if a.id == b.id {
        return Some(Ordering::Equal);
    }
    if let (Some(da), Some(db)) = (a.date, b.date)
        && da.year.is_some()
        && db.year.is_some()
        && !da.compatible(&db)
    {
        return Some(da.sort_key().cmp(&db.sort_key()));
    }
    if a.recalled != b.recalled {
        // A recalled meeting is older than the news that recalls it, when they share an
        // article.
        let shared = a
            .evidence
            .iter()
            .any(|e| first_para(b, &e.article).is_some());
        if shared {
            return Some(if a.recalled {
                Ordering::Less
            } else {
                Ordering::Greater
            });
        }
    }
    // News leads, background follows: within one article the later-mentioned meeting is
    // the older one.
    for e in &a.evidence {
        if let (Some(pa), Some(pb)) = (first_para(a, &e.article), first_para(b, &e.article))
            && pa != pb
        {
            return Some(pb.cmp(&pa));
        }
    }
    None
}

/// First paragraph of `f` in `article`, if it has evidence there.
fn first_para(f: &MeetingFact, article: &str) -> Option<usize> {
    f.evidence
        .iter()
        .chain(f.notes.iter().map(|c| &c.evidence))
        .filter(|e| e.article == article)
        .map(|e| e.paragraph)
        .min()
}

/// True when the meeting's year is known.
pub(super) fn dated(f: &MeetingFact) -> bool {
    f.date.is_some_and(|d| d.year.is_some())
}

/// The latest (or, with `earliest`, the first) of `facts`, dated ones first; but the
/// first may be an undated one reported before the first dated one took place.
pub(super) fn extreme<'a>(facts: &[&'a MeetingFact], earliest: bool) -> Option<&'a MeetingFact> {
    if earliest && let Some(f) = reported_before_dated(facts) {
        return Some(f);
    }
    let pool: Vec<&MeetingFact> = if facts.iter().any(|f| dated(f)) {
        facts.iter().copied().filter(|f| dated(f)).collect()
    } else {
        facts.to_vec()
    };
    let want = if earliest {
        Ordering::Less
    } else {
        Ordering::Greater
    };
    // Keep the meetings no other meeting is known to beat.
    let best: Vec<&MeetingFact> = pool
        .iter()
        .copied()
        .filter(|f| !pool.iter().any(|g| chrono(g, f) == Some(want)))
        .collect();
    let best = if best.is_empty() { pool } else { best };
    best.into_iter().max_by(|a, b| {
        rank(a, earliest)
            .cmp(&rank(b, earliest))
            .then(b.id.cmp(&a.id))
    })
}

/// Of meetings held and undated, the one reported first, when its report came out before
/// the day of every dated meeting: it took place by then ("TOKYO, April 17 - Lyng has
/// asked Kato ..." is before their talks set for April 20).
fn reported_before_dated<'a>(facts: &[&'a MeetingFact]) -> Option<&'a MeetingFact> {
    let first_dated = facts
        .iter()
        .filter_map(|f| f.date.and_then(|d| d.to_date()))
        .min()?;
    facts
        .iter()
        .copied()
        .filter(|f| f.date.is_none() && f.status.is_held() && !f.recalled)
        .filter(|f| f.reported.is_some_and(|r| r < first_dated))
        .min_by_key(|f| f.reported)
}

/// What picks the latest (or first) among meetings no other is known to beat: the date,
/// then reported over recalled, then the more precise date.
fn rank(f: &MeetingFact, earliest: bool) -> ((i32, i32, i32), bool, u8) {
    let k = f.date.map(|d| d.sort_key()).unwrap_or((i16::MIN, 0, 0));
    let prec = f.date.map(|d| d.precision() as u8 + 1).unwrap_or(0);
    let date = if earliest {
        (-(k.0 as i32), -(k.1 as i32), -(k.2 as i32))
    } else {
        (k.0 as i32, k.1 as i32, k.2 as i32)
    };
    (date, !f.recalled, prec)
}

/// Dated meetings in date order, undated ones after them in id order.
pub(super) fn by_date(a: &MeetingFact, b: &MeetingFact) -> Ordering {
    let ka = a.date.filter(|d| d.year.is_some()).map(|d| d.sort_key());
    let kb = b.date.filter(|d| d.year.is_some()).map(|d| d.sort_key());
    match (ka, kb) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => a.id.cmp(&b.id),
    }
}

/// True when the meeting's date fits the question's "in"/"on", "before" and "after".
/// Days before its report within which news tells a meeting of no date of its own ("the
/// visiting Polish leader" in a report of 29 June): a week.
const NEWS_REACH_DAYS: i64 = 7;

/// "Did they meet in June 1987?" of a meeting with no date that a report of 29 June 1987
/// tells as its news (not recalled): the report's month or year holds it when the week
/// before the report lies in it too. Never for a day asked.
pub(crate) fn reported_within(f: &MeetingFact, on: &FuzzyDate) -> bool {
    let within = |d: jiff::civil::Date| FuzzyDate::day(d).compatible(on);
    on.day.is_none()
        && on.year.is_some()
        && news_days(f).is_some_and(|(r, week_before)| within(r) && within(week_before))
}

/// The day of the report that tells a meeting as its news (not recalled) and the day a
/// week before it: the meeting lies between them.
fn news_days(f: &MeetingFact) -> Option<(jiff::civil::Date, jiff::civil::Date)> {
    let r = f.reported.filter(|_| !f.recalled)?;
    Some((
        r,
        r.checked_sub(jiff::Span::new().days(NEWS_REACH_DAYS))
            .ok()?,
    ))
}

/// "Did they talk in spring 1987?" of a meeting with no date a report tells as its news:
/// the report and the week before it fall in the season's months.
fn reported_in_months(f: &MeetingFact, (from, to): (i8, i8)) -> bool {
    let within = |d: jiff::civil::Date| (from..=to).contains(&d.month());
    news_days(f).is_some_and(|(r, week_before)| within(r) && within(week_before))
}

/// "Had they met before 20 October 1987?" of a meeting with no date: told or recalled in
/// a report dated before the bound (on its day too, when the bound is a day: "as of 19
/// October"), it was held by then.
fn reported_by(f: &MeetingFact, bound: &FuzzyDate) -> bool {
    f.told.is_some_and(|r| {
        let report = FuzzyDate::day(r);
        let earlier = bound.year.is_some()
            && report.sort_key() < bound.sort_key()
            && !report.compatible(bound);
        earlier || bound.day.is_some() && report.compatible(bound)
    })
}

pub(super) fn date_ok(f: &MeetingFact, q: &Question) -> bool {
    let Some(d) = f.date else {
        if let Some(b) = q.before
            && q.after.is_none()
            && q.on.is_none()
        {
            return reported_by(f, &b);
        }
        let undated_ok = q.before.is_none() && q.after.is_none();
        return undated_ok
            && q.on.is_none_or(|on| reported_within(f, &on))
            && q.season.is_none_or(|months| reported_in_months(f, months));
    };
    if let Some(on) = q.on
        && !d.compatible(&on)
    {
        return false;
    }
    if let (Some((from, to)), Some(m)) = (q.season, d.month)
        && !(from..=to).contains(&m)
    {
        return false;
    }
    // A meeting held and told in a report of that year before the season begins was no
    // meeting of the season ("recently" in April is no autumn call).
    if let Some((from, _)) = q.season
        && d.month.is_none()
        && f.status == Status::Held
        && f.reported
            .is_some_and(|r| Some(r.year()) == d.year && r.month() < from)
    {
        return false;
    }
    let known = |x: &FuzzyDate| x.year.is_some() && d.year.is_some();
    if let Some(b) = q.before
        && !(known(&b) && d.sort_key() < b.sort_key() && !d.compatible(&b))
    {
        return false;
    }
    if let Some(a) = q.after
        && !(known(&a) && d.sort_key() > a.sort_key() && !d.compatible(&a))
    {
        return false;
    }
    true
}
