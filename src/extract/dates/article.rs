//! The article's own date, and page furniture (banners, widgets, "Also read" lists) that must
//! not be mistaken for article text when dating it.
//!
//! [`article_date`] tries, in order:
//! 1. the `published` header;
//! 2. a full date in the URL: `/2023/09/04/`, `/2023-09-04`, or eight digits `20230507`
//!    starting a number after `/`, `=`, `-` or `_` (years 1990–2100);
//! 3. a full date (day, month and year) stated in the article's prose — not in furniture
//!    (see [`is_furniture`]) — and corroborated by a weekday mention *elsewhere* in the
//!    text that agrees with it. Strong corroboration is a weekday with a day number
//!    ("Wednesday (Nov. 20)", "this Friday (10)") matching the date's weekday, day (and
//!    month when given); weak corroboration is a bare past weekday ("on Sunday") matching
//!    the date's weekday, accepted only for the latest full date in the prose. The latest
//!    strongly corroborated date wins, else the latest weakly corroborated one.
//!
//! Photo captions count as prose: a caption's date is a fact about the pictured event, and
//! the corroboration rule keeps an unrelated one out. A date banner ("Friday, December 27,
//! 2024" alone on a line) is furniture and never dates the article, even when a weekday in
//! the text agrees with it: such banners are often the scraping day, not the news day.
//! Today's date is never used.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use super::{DateKind, find_dates};
use crate::model::Article;

/// "/2023/09/04/", "/2023-09-04".
static URL_YMD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?:[/\-_.?#]|$)")
        .expect("URL date pattern compiles")
});
/// "=20230507002047393", "/20230507-...".
static URL_COMPACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[/=_-](?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})")
        .expect("URL compact date pattern compiles")
});
/// A temperature widget: "14 C", "-3°C", "72 °F".
static TEMPERATURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^-?\d{1,3}\s*°?\s*[CF]\b").expect("temperature pattern compiles")
});

/// Openings of link lists and teasers.
const LINK_HEADERS: &[&str] = &[
    "also read",
    "read also",
    "read more",
    "related:",
    "related stories",
    "related articles",
    "related news",
    "recommended",
    "you may also like",
    "more from",
    "trending",
    "must read",
];
/// Openings of sharing and subscription fragments.
const SHARE_OPENINGS: &[&str] = &[
    "share",
    "follow us",
    "subscribe",
    "advertisement",
    "click here",
    "download the",
    "sign up",
];

/// The article's own date: `published`, else a date in the URL, else a corroborated full
/// date in its prose (see the module docs). `None` when unknown; never today's date.
pub fn article_date(article: &Article) -> Option<Date> {
    if let Some(d) = article.published {
        return Some(d);
    }
    if let Some(d) = article.url.as_deref().and_then(url_date) {
        return Some(d);
    }
    text_date(&article.paragraphs)
}

/// A full date in a URL.
pub fn url_date(url: &str) -> Option<Date> {
    let path = url.split_once("://").map(|(_, rest)| rest).unwrap_or(url);
    for re in [&*URL_YMD, &*URL_COMPACT] {
        for c in re.captures_iter(path) {
            let y: i16 = c["y"].parse().ok()?;
            if !(1990..=2100).contains(&y) {
                continue;
            }
            let (Ok(m), Ok(d)) = (c["m"].parse::<i8>(), c["d"].parse::<i8>()) else {
                continue;
            };
            if let Ok(date) = Date::new(y, m, d) {
                return Some(date);
            }
        }
    }
    None
}

/// A full date from the prose, corroborated by a weekday mention elsewhere.
pub fn text_date(paragraphs: &[String]) -> Option<Date> {
    let mask = furniture_mask(paragraphs);
    // (date, paragraph, start) of full dates; (weekday, month, day, paragraph, start) of
    // weekday mentions without a year.
    let mut full = Vec::new();
    let mut weekdays = Vec::new();
    for (i, p) in paragraphs.iter().enumerate() {
        if mask[i] {
            continue;
        }
        for m in find_dates(p, None) {
            if let Some(d) = m.date.to_date() {
                full.push((d, i, m.start));
            } else if let Some(w) = m.date.weekday
                && m.date.year.is_none()
            {
                let lower = m.text.to_lowercase();
                if m.kind == DateKind::Weekday
                    && ["next", "coming", "upcoming"]
                        .iter()
                        .any(|f| lower.starts_with(f))
                {
                    continue;
                }
                weekdays.push((w, m.date.month, m.date.day, i, m.start));
            }
        }
    }
    let latest = full.iter().map(|f| f.0).max()?;
    let strong = |&(d, i, s): &(Date, usize, usize)| {
        weekdays.iter().any(|&(w, mo, day, wi, ws)| {
            (wi, ws) != (i, s)
                && w == d.weekday()
                && day == Some(d.day())
                && mo.is_none_or(|mo| mo == d.month())
        })
    };
    let weak = |&(d, i, s): &(Date, usize, usize)| {
        d == latest
            && weekdays.iter().any(|&(w, mo, day, wi, ws)| {
                (wi, ws) != (i, s) && w == d.weekday() && mo.is_none() && day.is_none()
            })
    };
    full.iter()
        .filter(|f| strong(f))
        .map(|f| f.0)
        .max()
        .or_else(|| full.iter().filter(|f| weak(f)).map(|f| f.0).max())
}

/// True when a paragraph is page furniture rather than article text: a date banner, a
/// label ("Date:"), a widget ("14 C", a lone city name), a link-list header ("ALSO READ:")
/// or a sharing fragment. Any line of fewer than four words without sentence punctuation
/// counts, since such lines carry no dated statement.
pub fn is_furniture(paragraph: &str) -> bool {
    let p = paragraph.trim();
    if !p.chars().any(char::is_alphabetic) {
        return true;
    }
    let lower = p.to_lowercase();
    let words = p.split_whitespace().count();
    if p.ends_with(':') && words <= 4 {
        return true;
    }
    if LINK_HEADERS.iter().any(|h| lower.starts_with(h)) {
        return true;
    }
    if words <= 6 && SHARE_OPENINGS.iter().any(|h| lower.starts_with(h)) {
        return true;
    }
    if words <= 3 && TEMPERATURE.is_match(p) {
        return true;
    }
    let sentence_end = p.ends_with(['.', '!', '?', '"', '”', '’', '\'']);
    if words < 4 && !sentence_end {
        return true;
    }
    is_date_banner(p)
}

/// A line that is a date and little else ("Friday, December 27, 2024", "Updated: Dec 27,
/// 2024 10:30 IST").
fn is_date_banner(p: &str) -> bool {
    if p.split_whitespace().count() > 12 {
        return false;
    }
    let mentions = find_dates(p, None);
    if !mentions
        .iter()
        .any(|m| m.kind == DateKind::Absolute && m.date.month.is_some())
    {
        return false;
    }
    let mut rest = String::with_capacity(p.len());
    let mut at = 0;
    for m in &mentions {
        rest.push_str(&p[at..m.start]);
        rest.push(' ');
        at = m.end;
    }
    rest.push_str(&p[at..]);
    let words = rest
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    words <= 4
}

/// [`is_furniture`] for each paragraph, plus the items of a link list: after a standalone
/// "Also read"-style header, following headline-like paragraphs (no sentence-ending
/// punctuation, at most 25 words) are furniture too.
pub fn furniture_mask(paragraphs: &[String]) -> Vec<bool> {
    let mut mask = Vec::with_capacity(paragraphs.len());
    let mut in_list = false;
    for p in paragraphs {
        let t = p.trim();
        let lower = t.to_lowercase();
        let header = LINK_HEADERS.iter().any(|h| {
            lower
                .strip_prefix(h)
                .is_some_and(|rest| rest.trim_matches(|c: char| !c.is_alphanumeric()).is_empty())
        });
        let headline_like = t.split_whitespace().count() <= 25
            && !t.ends_with(['.', '!', '?', '"', '”', '’', '\'']);
        if header {
            in_list = true;
            mask.push(true);
            continue;
        }
        if in_list && headline_like {
            mask.push(true);
            continue;
        }
        in_list = false;
        mask.push(is_furniture(t));
    }
    mask
}
