//! The article's own date, and page furniture (banners, widgets, "Also read" lists) that must
//! not be mistaken for article text when dating it.
//!
//! [`article_date`] tries, in order:
//! 0. the dateline ("SEOUL, Oct 29 (Wirenews) -", "Vientiane [Laos], November 20 (ANI):",
//!    or a `dateline` header), which dates the report where it was filed: its month and
//!    day, with the year of the `published` header or the URL (the year that puts the
//!    dateline nearest them), when they are at most a week apart (a dateline often runs a
//!    day ahead of a published date kept in another time zone). A dateline without any
//!    year to go with it dates nothing: a year is never guessed. The dateline's own date is
//!    the report's, never a meeting's ([`dateline_in`]);
//! 1. the `published` header;
//! 2. a full date in the URL: `/2023/09/04/`, `/2023-09-04`, or eight digits `20230507`
//!    after `/`, `=`, `-` or `_`, alone or starting a run of 14 or more digits (years
//!    1990–2100; a 10-digit article number is not a date);
//! 3. a full date (day, month and year) stated in the article's prose — not in furniture
//!    (see [`is_furniture`]) — and corroborated by a weekday mention *elsewhere* in the
//!    text that agrees with it. Strong corroboration is a weekday with a day number
//!    ("Wednesday (Nov. 20)", "this Friday (10)") matching the date's weekday, day (and
//!    month when given); weak corroboration is a bare weekday ("on Sunday", not "next
//!    Sunday" nor after "will") matching the date's weekday. The latest strongly
//!    corroborated date wins; a weakly corroborated one only when it is the prose's only
//!    full date, reads as the day of an event ("on May 7, 2023" or with its own weekday,
//!    not "due March 1, 2011" or "the Oct 28, 1929 crash") and no later year is stated
//!    anywhere: a weekday agrees by chance one time in seven.
//!
//! Photo captions count as prose: a caption's date is a fact about the pictured event, and
//! the corroboration rule keeps an unrelated one out. A date banner ("Friday, December 27,
//! 2024" alone on a line) is furniture and never dates the article, even when a weekday in
//! the text agrees with it: such banners are often the scraping day, not the news day.
//! Today's date is never used.

use std::sync::LazyLock;

use jiff::civil::{Date, Weekday};
use regex::Regex;

#[cfg(test)]
use super::DateMention;
use super::resolve::{future_marked, word_before};
use super::{DateKind, find_dates};
use crate::lexicon::calendar::weekday_name;
use crate::lexicon::lists::{LINK_HEADERS, SHARE_OPENINGS};
use crate::model::Article;

/// "/2023/09/04/", "/2023-09-04".
static URL_YMD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?:[/\-_.?#]|$)")
        .expect("URL date pattern compiles")
});
/// "=20230507002047393", "/20230507-...": eight digits alone, or starting a run of 14 or
/// more (date and time or sequence); a 10-digit article number is not a date.
static URL_COMPACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[/=_-](?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?P<rest>\d*)")
        .expect("URL compact date pattern compiles")
});
/// A temperature widget: "14 C", "-3°C", "72 °F".
static TEMPERATURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^-?\d{1,3}\s*°?\s*[CF]\b").expect("temperature pattern compiles")
});

/// "/2025/10/": a year and month in a URL, without the day.
static URL_YM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2})(?:[/\-_.?#]|$)")
        .expect("URL month pattern compiles")
});
/// What a dateline's place may hold before its comma: a capitalised place of a few words,
/// perhaps with its country in brackets ("Vientiane [Laos]", "SIEM REAP, Cambodia").
static DATELINE_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\p{Lu}[\p{L}.'’ \-]{1,30}(?:\s*[\[(][\p{L} .]{2,25}[\])])?(?:,\s*\p{Lu}[\p{L}. \-]{1,20})?,\s*$")
        .expect("dateline place pattern compiles")
});
/// What follows a dateline's date: an agency in brackets, then a dash, a colon or a bar.
static DATELINE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\([^)]{1,40}\)\s*)?[-–—:|]").expect("dateline end pattern compiles")
});

/// How far into a paragraph a dateline's date may end: a place, a country and a date.
const DATELINE_BYTES: usize = 80;

/// The most days between a dateline and the published date that still make one report:
/// time zones and overnight filing put them a day or so apart.
const DATELINE_DAYS: i32 = 7;

/// The article's own date: its dateline with the year of `published` or the URL, else
/// `published`, else a date in the URL, else a corroborated full date in its prose (see
/// the module docs). `None` when unknown; never today's date.
pub fn article_date(article: &Article) -> Option<Date> {
    let known = article
        .published
        .or_else(|| article.url.as_deref().and_then(url_date));
    if let Some(d) = dateline_date(article, known) {
        return Some(d);
    }
    if known.is_some() {
        return known;
    }
    text_date(&article.paragraphs)
}

/// The date of the report's dateline, with the year of `known` (the published or URL date)
/// or of a year and month in the URL.
fn dateline_date(article: &Article, known: Option<Date>) -> Option<Date> {
    let (month, day, year) = dateline(article)?;
    if let Some(y) = year {
        return Date::new(y, month, day).ok();
    }
    if let Some(k) = known {
        return [k.year() - 1, k.year(), k.year() + 1]
            .into_iter()
            .filter_map(|y| Date::new(y, month, day).ok())
            .find(|d| (*d - k).get_days().abs() <= DATELINE_DAYS);
    }
    // "/2025/10/": the year of the URL's month nearest the dateline's.
    let c = URL_YM.captures(article.url.as_deref()?)?;
    let (y, m): (i16, i8) = (c["y"].parse().ok()?, c["m"].parse().ok()?);
    let y = match (m, month) {
        (12, 1) => y + 1,
        (1, 12) => y - 1,
        _ if (m - month).abs() <= 1 => y,
        _ => return None,
    };
    Date::new(y, month, day).ok()
}

/// The month, day and (when stated) year of the article's dateline: a `dateline` header,
/// else the opening of its first paragraph.
fn dateline(article: &Article) -> Option<(i8, i8, Option<i16>)> {
    let header = article.meta.get("dateline");
    let first = article.paragraphs.iter().take(3).find(|p| !is_furniture(p));
    header.or(first).and_then(|p| {
        let (_, _, d) = dateline_in(p)?;
        Some((d.month?, d.day?, d.year))
    })
}

/// The dateline opening `text` ("SEOUL, Oct 29 (Wirenews) - ..."), as the byte span of its
/// date and the date as written there (no anchor): the date of the report, not of what it
/// tells.
pub fn dateline_in(text: &str) -> Option<(usize, usize, crate::model::FuzzyDate)> {
    let mut cut = text.len().min(DATELINE_BYTES);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    if !head.contains(',') {
        return None;
    }
    let m = find_dates(head, None).into_iter().next()?;
    let dated = m.date.month.is_some() && m.date.day.is_some();
    (dated && DATELINE_PLACE.is_match(&text[..m.start]) && DATELINE_END.is_match(&text[m.end..]))
        .then_some((m.start, m.end, m.date))
}

/// Every date in an article's paragraphs that are not furniture, resolved against
/// [`article_date`], with its 0-based paragraph index (offsets are into that paragraph).
#[cfg(test)]
pub(crate) fn article_mentions(article: &Article) -> Vec<(usize, DateMention)> {
    let anchor = article_date(article);
    let mask = furniture_mask(&article.paragraphs);
    article
        .paragraphs
        .iter()
        .enumerate()
        .filter(|&(i, _)| !mask[i])
        .flat_map(|(i, p)| find_dates(p, anchor).into_iter().map(move |m| (i, m)))
        .collect()
}

/// A full date in a URL.
fn url_date(url: &str) -> Option<Date> {
    let path = url.split_once("://").map(|(_, rest)| rest).unwrap_or(url);
    for re in [&*URL_YMD, &*URL_COMPACT] {
        for c in re.captures_iter(path) {
            let rest = c.name("rest").map_or(0, |r| r.len());
            if rest != 0 && rest < 6 {
                continue;
            }
            let Ok(y) = c["y"].parse::<i16>() else {
                continue;
            };
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

/// A full date of the prose, with where it stands (paragraph, byte offset).
struct FullDate {
    date: Date,
    at: (usize, usize),
}

/// A weekday mention without a year that is not ahead ("next Sunday", "will ... on
/// Sunday"), with the month and day it states and where it stands.
struct WeekdayMention {
    weekday: Weekday,
    month: Option<i8>,
    day: Option<i8>,
    at: (usize, usize),
}

/// The dates an article's prose states.
#[derive(Default)]
struct ProseDates {
    full: Vec<FullDate>,
    /// The first full date reads as an event's day ("on May 7, 2023", "Sunday, May 7,
    /// 2023").
    first_is_event: bool,
    weekdays: Vec<WeekdayMention>,
    /// The latest year stated anywhere.
    latest_year: Option<i16>,
}

impl ProseDates {
    fn of(paragraphs: &[String]) -> ProseDates {
        let mask = furniture_mask(paragraphs);
        let mut prose = ProseDates::default();
        for (i, p) in paragraphs.iter().enumerate() {
            if mask[i] {
                continue;
            }
            for m in find_dates(p, None) {
                prose.latest_year = prose.latest_year.max(m.date.year);
                if let Some(d) = m.date.to_date() {
                    if prose.full.is_empty() {
                        let on = word_before(p, m.start).is_some_and(|(_, w)| w == "on");
                        let own_weekday = m.text.starts_with(weekday_name(d.weekday()));
                        prose.first_is_event = on || own_weekday;
                    }
                    prose.full.push(FullDate {
                        date: d,
                        at: (i, m.start),
                    });
                } else if let Some(w) = m.date.weekday
                    && m.date.year.is_none()
                {
                    let lower = m.text.to_lowercase();
                    let ahead = ["next", "coming", "upcoming"]
                        .iter()
                        .any(|f| lower.starts_with(f));
                    if ahead || future_marked(p, m.start) {
                        continue;
                    }
                    prose.weekdays.push(WeekdayMention {
                        weekday: w,
                        month: m.date.month,
                        day: m.date.day,
                        at: (i, m.start),
                    });
                }
            }
        }
        prose
    }
}

/// A full date from the prose, corroborated by a weekday mention elsewhere.
fn text_date(paragraphs: &[String]) -> Option<Date> {
    let prose = ProseDates::of(paragraphs);
    let strong = |f: &FullDate| {
        prose.weekdays.iter().any(|w| {
            w.at != f.at
                && w.weekday == f.date.weekday()
                && w.day == Some(f.date.day())
                && w.month.is_none_or(|mo| mo == f.date.month())
        })
    };
    if let Some(d) = prose
        .full
        .iter()
        .filter(|f| strong(f))
        .map(|f| f.date)
        .max()
    {
        return Some(d);
    }
    // Weak: one weekday agreeing by chance is likely (one in seven), so only a lone full
    // date that reads as an event's day, with no later year stated anywhere, qualifies.
    let first = prose.full.first()?;
    let d = first.date;
    let lone = prose.first_is_event
        && prose.full.iter().all(|f| f.date == d)
        && prose.latest_year.is_none_or(|y| y <= d.year());
    let agrees = prose.weekdays.iter().any(|w| {
        w.at != first.at && w.weekday == d.weekday() && w.month.is_none() && w.day.is_none()
    });
    (lone && agrees).then_some(d)
}

/// True when a paragraph is page furniture rather than article text: a date banner, a
/// label ("Date:"), a widget ("14 C", a lone city name), a link-list header ("ALSO READ:")
/// or a sharing fragment. Any line of fewer than four words without sentence punctuation
/// counts, since such lines carry no dated statement.
fn is_furniture(paragraph: &str) -> bool {
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
    if words <= 6
        && !p.chars().any(|c| c.is_ascii_digit())
        && !p.ends_with('.')
        && SHARE_OPENINGS.iter().any(|h| {
            lower
                .strip_prefix(h)
                .is_some_and(|rest| !rest.starts_with(char::is_alphabetic))
        })
    {
        return true;
    }
    if words <= 3 && TEMPERATURE.is_match(p) {
        return true;
    }
    let sentence_end = p.ends_with(['.', '!', '?', '"', '”', '’', '\'']);
    if words < 4 && !sentence_end {
        return true;
    }
    !sentence_end && is_date_banner(p)
}

/// A line that is a date and little else: no closing punctuation and at most three other
/// words ("Friday, December 27, 2024", "Updated: Dec 27, 2024 10:30 IST").
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
    words <= 3
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

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::Path;

    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    fn article(url: Option<&str>, published: Option<Date>, paragraphs: &[&str]) -> Article {
        Article {
            id: "test.txt".into(),
            title: "Test".into(),
            url: url.map(String::from),
            published,
            meta: BTreeMap::new(),
            paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
        }
    }

    #[test]
    fn published_header_wins() {
        let a = article(
            Some("https://example.org/2020/01/02/story"),
            Some(d(2021, 5, 6)),
            &["It happened on Monday, March 4, 2019."],
        );
        assert_eq!(article_date(&a), Some(d(2021, 5, 6)));
    }

    #[test]
    fn the_dateline_dates_the_report() {
        for (p, span) in [
            (
                "OSLO, Feb 3 (Nordwire) - The ministers met on Monday.",
                "Feb 3",
            ),
            (
                "Quito [Ecuador], 12 March (EFE): Talks resumed on Sunday.",
                "12 March",
            ),
            ("PORT LOUIS, Mauritius, Sept. 9 — Leaders met.", "Sept. 9"),
        ] {
            let (s, e, _) = dateline_in(p).unwrap_or_else(|| panic!("{p}"));
            assert_eq!(&p[s..e], span);
        }
        // A date in the prose is no dateline.
        assert!(dateline_in("The ministers met in Oslo, on Feb 3, at the palace.").is_none());
        assert!(dateline_in("On Feb 3, 2021 - a Wednesday - the talks began.").is_none());
        // A dateline a day after the published date (time zones) dates the report.
        let a = article(
            None,
            Some(d(2021, 2, 2)),
            &["OSLO, Feb 3 (Nordwire) - The ministers met on Monday."],
        );
        assert_eq!(article_date(&a), Some(d(2021, 2, 3)));
        // The year may come from a URL with only a year and a month.
        let a = article(
            Some("https://example.org/news/2026/01/ministers-meet"),
            None,
            &["QUITO, Jan 7 - The ministers met on Monday."],
        );
        assert_eq!(article_date(&a), Some(d(2026, 1, 7)));
        // Without any year the dateline dates nothing.
        let a = article(
            Some("https://example.org/news/ministers-meet"),
            None,
            &["QUITO, Jan 7 - The ministers met on Monday."],
        );
        assert_eq!(article_date(&a), None);
        // A dateline header (wire stories keep it apart from the text).
        let mut a = article(None, Some(d(1991, 5, 6)), &["The ministers met today."]);
        a.meta.insert("dateline".into(), "LIMA, May 7 -".into());
        assert_eq!(article_date(&a), Some(d(1991, 5, 7)));
    }

    #[test]
    fn dates_in_urls() {
        assert_eq!(
            url_date("https://news.example.com/world/2023/09/04/talks-resume"),
            Some(d(2023, 9, 4))
        );
        assert_eq!(
            url_date("https://example.com/2022-12-01-summit-ends"),
            Some(d(2022, 12, 1))
        );
        assert_eq!(
            url_date("https://example.co.kr/view.php?key=20230507002047393"),
            Some(d(2023, 5, 7))
        );
        assert_eq!(
            url_date("https://example.com/articleshow/1450482035abaf847d7cf98f85c1af3a92ce"),
            None
        );
        assert_eq!(url_date("https://example.com/2023/13/40/x"), None);
        assert_eq!(
            url_date("https://example.com/articleshow/2011021234.cms"),
            None
        );
        assert_eq!(
            url_date("https://example.com/news/20221130-summit"),
            Some(d(2022, 11, 30))
        );
        let a = article(Some("https://example.org/2019/07/15/story/"), None, &[]);
        assert_eq!(article_date(&a), Some(d(2019, 7, 15)));
    }

    #[test]
    fn weekday_corroborates_an_embedded_date() {
        let a = article(
            None,
            None,
            &[
                "Foreign Minister Ana Ruiz met her counterpart Kenji Sato Thursday (Mar. 7) in \
                 Lisbon, the first such visit in a decade.",
                "Great talks with Minister Sato on fisheries and ports. — Ana Ruiz (@anaruiz) \
                 March 7, 2024",
                "The two last met in Osaka in April 2019.",
            ],
        );
        assert_eq!(article_date(&a), Some(d(2024, 3, 7)));
    }

    #[test]
    fn a_banner_date_is_not_the_article_date() {
        let a = article(
            Some("https://example.ec/politics/minister-meets-envoy"),
            None,
            &[
                "18 C",
                "Quito",
                "Monday, June 3, 2024",
                "Minister meets envoy in Quito",
                "Date:",
                "The foreign minister on Monday met the visiting envoy to discuss trade.",
                "Share this",
            ],
        );
        assert!(is_furniture("Monday, June 3, 2024"));
        assert_eq!(article_date(&a), None);
    }

    #[test]
    fn a_caption_date_agreeing_with_a_weekday_counts() {
        let a = article(
            None,
            None,
            &[
                "President Ortiz and Prime Minister Lindqvist shake hands at the summit held \
                 in Lima, on October 6, 2024./ Source: Andina |",
                "President Ortiz and Prime Minister Lindqvist held a summit in Lima on Sunday, \
                 their first since 2017.",
            ],
        );
        assert_eq!(article_date(&a), Some(d(2024, 10, 6)));
        // The same caption with a weekday that disagrees: no date.
        let mut b = a.clone();
        b.paragraphs[1] = b.paragraphs[1].replace("Sunday", "Tuesday");
        assert_eq!(article_date(&b), None);
    }

    #[test]
    fn weak_corroboration_needs_a_lone_event_date() {
        // 1 March 2011 was a Tuesday, but a maturity is not the day of the news.
        let maturity = article(
            None,
            None,
            &[
                "The treasury plans a bond issue Tuesday, the finance ministry said.",
                "The nine percent bonds fall due March 1, 2011, the ministry added.",
            ],
        );
        assert_eq!(article_date(&maturity), None);
        // 28 October 1929 was a Monday; a later year is stated, so it is history.
        let history = article(
            None,
            None,
            &[
                "Shares fell sharply on Monday in the worst session since 1987.",
                "The fall echoed the crash that began on October 28, 1929.",
            ],
        );
        assert_eq!(article_date(&history), None);
        // Two full dates: a weekday alone cannot choose between them.
        let two = article(
            None,
            None,
            &[
                "The leaders met on Sunday in Lima.",
                "They met on October 6, 2024 and again on October 13, 2024 in Cusco.",
            ],
        );
        assert_eq!(article_date(&two), None);
    }

    #[test]
    fn an_uncorroborated_historical_date_is_not_the_article_date() {
        let a = article(
            None,
            None,
            &[
                "The president met this Friday (10) with his counterpart at the palace.",
                "He recalled the riots of January 6, 2021 and of January 8 this year.",
            ],
        );
        assert_eq!(article_date(&a), None);
    }

    #[test]
    fn mentions_skip_furniture_and_use_the_article_date() {
        let a = article(
            Some("https://example.org/2023/02/11/visit"),
            None,
            &[
                "Saturday, February 11, 2023",
                "The president met this Friday (10) with his counterpart.",
                "ALSO READ: Minister visits port city on Monday",
            ],
        );
        let found = article_mentions(&a);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, 1);
        assert_eq!(
            found[0].1.date,
            crate::model::FuzzyDate::day(d(2023, 2, 10))
        );
    }

    #[test]
    fn furniture_lines() {
        for p in [
            "14 C",
            "Agartala",
            "Date:",
            "ALSO READ: Minister visits port city",
            "Share po",
            "Friday, December 27, 2024",
            "Updated: Dec 27, 2024, 10:30 IST",
            "| | 0 |",
            "UNI RBE ARN",
        ] {
            assert!(is_furniture(p), "{p:?}");
        }
        for p in [
            "The minister met his counterpart on Friday.",
            "They met on December 27, 2024 in Vientiane to sign the accord.",
            "The ferry season begins June 1.",
            "Shares rose sharply on the news.",
        ] {
            assert!(!is_furniture(p), "{p:?}");
        }
        let paras: Vec<String> = [
            "The ministers met on Tuesday in the capital.",
            "Also Read",
            "Port deal signed after long talks",
            "Envoy recalled over remarks",
            "Both sides agreed to meet again next year.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(furniture_mask(&paras), [false, true, true, true, false]);
    }

    /// Splits a dev-corpus file into its `key: value` header and blank-line paragraphs.
    fn parse_dev(text: &str, id: &str) -> Article {
        let mut meta = BTreeMap::new();
        let mut body = text;
        if let Some(rest) = text.strip_prefix("---\n")
            && let Some((header, after)) = rest.split_once("\n---\n")
        {
            for line in header.lines() {
                if let Some((k, v)) = line.split_once(':') {
                    meta.insert(k.trim().to_string(), v.trim().to_string());
                }
            }
            body = after;
        }
        let published = meta.get("published").and_then(|p| p.parse::<Date>().ok());
        Article {
            id: id.to_string(),
            title: meta.get("title").cloned().unwrap_or_default(),
            url: meta.get("url").cloned(),
            published,
            meta,
            paragraphs: body
                .split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(String::from)
                .collect(),
        }
    }

    #[test]
    fn dev_articles() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("skipped: {} not found", dir.display());
            return;
        };
        let mut seen = 0;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !name.ends_with(".txt") {
                continue;
            }
            let text = std::fs::read_to_string(entry.path()).unwrap();
            let a = parse_dev(&text, &name);
            let got = article_date(&a);
            // Prose alone (no header, no URL): never after the published date and at most a
            // week before it, when it finds anything.
            let prose = text_date(&a.paragraphs);
            eprintln!(
                "{name}: published {:?}, got {got:?}, prose {prose:?}",
                a.published
            );
            if let Some(p) = a.published {
                assert_eq!(got, Some(p), "{name}");
                if let Some(t) = prose {
                    let lag = p.since(t).unwrap().get_days();
                    assert!((0..=7).contains(&lag), "{name}: prose date {t} vs {p}");
                }
            }
            if name.starts_with("03-") {
                assert_eq!(got, None, "{name}: its only full date is a banner");
            }
            if name.starts_with("20-") {
                assert_eq!(got, Some(d(2023, 5, 7)), "{name}");
            }
            seen += 1;
        }
        assert!(seen >= 10, "expected the ten dev articles, saw {seen}");
    }

    #[test]
    fn seed_article_prose_date() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seed");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("skipped: {} not found", dir.display());
            return;
        };
        for entry in entries.flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            let mut a = parse_dev(&text, "seed");
            // The seed has one paragraph per line.
            a.paragraphs = text.lines().map(String::from).collect();
            assert_eq!(article_date(&a), Some(d(2024, 11, 20)));
        }
    }
}
