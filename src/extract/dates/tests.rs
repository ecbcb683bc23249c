//! Unit tests for date finding and resolution.

use super::*;
use jiff::civil::Weekday;

fn d(y: i16, m: i8, day: i8) -> Date {
    Date::new(y, m, day).unwrap()
}

/// The single date found in `text`; panics with the mentions when there is not exactly one.
fn one(text: &str, anchor: Option<Date>) -> DateMention {
    let found = find_dates(text, anchor);
    assert_eq!(found.len(), 1, "{text:?} -> {found:?}");
    found.into_iter().next().unwrap()
}

fn md(month: i8, day: i8) -> FuzzyDate {
    FuzzyDate {
        month: Some(month),
        day: Some(day),
        ..Default::default()
    }
}

#[test]
fn every_pattern_compiles() {
    for r in [
        &*MDY,
        &*DMY,
        &*MY,
        &*ISO,
        &*NUMERIC,
        &*WD_PAREN,
        &*WD_ORDINAL,
        &*LINKED_YEAR,
        &*WD_BARE,
        &*MONTH_ALONE,
        &*RELATIVE,
        &*YEAR,
    ] {
        assert!(!r.as_str().is_empty());
    }
}

#[test]
fn absolute_full_dates() {
    let full = FuzzyDate::day(d(2024, 11, 20));
    for text in [
        "It happened on November 20, 2024 in the capital.",
        "It happened on Nov. 20, 2024 in the capital.",
        "It happened on 20 November 2024 in the capital.",
        "It happened on the 20th of November, 2024.",
        "The release is dated 2024-11-20.",
        "The release is dated 20/11/2024.",
        "It happened on NOVEMBER 20, 2024.",
    ] {
        let m = one(text, None);
        assert_eq!(m.date, full, "{text}");
        assert_eq!(m.kind, DateKind::Absolute);
        assert_eq!(&text[m.start..m.end], m.text);
    }
}

#[test]
fn scraped_caption_with_stray_comma() {
    let text = "The two leaders walk in the gardens of the estate, Wednesday, Nov, 15, 2023, \
                on the sidelines of the conference.";
    let m = one(text, None);
    assert_eq!(m.date, FuzzyDate::day(d(2023, 11, 15)));
    assert!(m.text.starts_with("Wednesday"));
}

#[test]
fn month_day_without_year() {
    for text in [
        "They met on Nov 20 in the capital.",
        "They met on Nov. 20 in the capital.",
        "They met on 20 November in the capital.",
        "They met on 20th November in the capital.",
        "They met on November 20th in the capital.",
    ] {
        assert_eq!(one(text, None).date, md(11, 20), "{text}");
        let anchored = one(text, Some(d(2024, 11, 22))).date;
        assert_eq!(anchored, FuzzyDate::day(d(2024, 11, 20)), "{text}");
        // Months before the anchor's date in the year: the previous year.
        let early = one(text, Some(d(2025, 2, 1))).date;
        assert_eq!(early, FuzzyDate::day(d(2024, 11, 20)), "{text}");
    }
}

#[test]
fn dateline_and_weekday_prefix() {
    let m = one(
        "BEIJING, June 19 — The two officials met in the capital.",
        None,
    );
    assert_eq!(m.date, md(6, 19));
    let m = one("NAIROBI, March 3 — Talks resumed.", Some(d(2022, 3, 3)));
    assert_eq!(m.date, FuzzyDate::day(d(2022, 3, 3)));
    // A dateline a day after the header date (time zones) stays in the same year.
    let m = one("LIMA, August 9 — Ministers gathered.", Some(d(2021, 8, 8)));
    assert_eq!(m.date, FuzzyDate::day(d(2021, 8, 9)));

    let text = "The envoy met the president on Wednesday, July 26, state media said.";
    let m = one(text, None);
    assert_eq!(
        m.date,
        FuzzyDate {
            month: Some(7),
            day: Some(26),
            weekday: Some(Weekday::Wednesday),
            year: None
        }
    );
    // With an anchor, the weekday picks the year it falls on.
    let m = one(text, Some(d(2024, 3, 1)));
    assert_eq!(m.date, FuzzyDate::day(d(2023, 7, 26)));
}

#[test]
fn month_and_year_precision() {
    let m = one("The last meeting was in April 2023 in the capital.", None);
    assert_eq!(m.date, FuzzyDate::month(2023, 4));
    let m = one("The treaty lapsed in 2019 after years of talks.", None);
    assert_eq!(m.date, FuzzyDate::year(2019));
    let m = one("They revived the 2023 agreement.", None);
    assert_eq!(m.date, FuzzyDate::year(2023));
}

#[test]
fn weekday_with_date_in_parentheses() {
    let text = "The minister met his counterpart Wednesday (Nov. 20) in the capital.";
    let m = one(text, None);
    assert_eq!(
        m.date,
        FuzzyDate {
            year: None,
            month: Some(11),
            day: Some(20),
            weekday: Some(Weekday::Wednesday)
        }
    );
    assert_eq!(m.kind, DateKind::Weekday);
    assert_eq!(m.text, "Wednesday (Nov. 20)");
    // The weekday chooses the year near the anchor: 20 Nov was a Wednesday in 2024.
    let m = one(text, Some(d(2025, 1, 10)));
    assert_eq!(m.date, FuzzyDate::day(d(2024, 11, 20)));
    let m = one(
        "Ms Okafor spoke on Thursday (7 March).",
        Some(d(2024, 3, 8)),
    );
    assert_eq!(m.date, FuzzyDate::day(d(2024, 3, 7)));
}

#[test]
fn this_friday_with_day_number() {
    let text = "The president met this Friday (10) with his counterpart.";
    let m = one(text, Some(d(2023, 2, 11)));
    assert_eq!(m.date, FuzzyDate::day(d(2023, 2, 10)));
    assert_eq!(m.text, "this Friday (10)");
    let m = one(text, None);
    assert_eq!(m.date.weekday, Some(Weekday::Friday));
    assert_eq!(m.date.day, Some(10));
    assert_eq!(m.date.year, None);
}

#[test]
fn weekday_with_ordinal_day() {
    let m = one(
        "The vote was held on Friday the 13th.",
        Some(d(2023, 10, 20)),
    );
    assert_eq!(m.date, FuzzyDate::day(d(2023, 10, 13)));
    assert_eq!(m.text, "Friday the 13th");
    let m = one("The vote was held on Friday the 13th.", None);
    assert_eq!(
        (m.date.weekday, m.date.day),
        (Some(Weekday::Friday), Some(13))
    );
    // With a month, the day-month pattern covers it.
    let m = one(
        "They met on Friday the 13th of October.",
        Some(d(2023, 10, 20)),
    );
    assert_eq!(m.date, FuzzyDate::day(d(2023, 10, 13)));
}

#[test]
fn bare_weekdays() {
    let m = one("The leaders met on Friday.", Some(d(2023, 2, 11)));
    assert_eq!(m.date, FuzzyDate::day(d(2023, 2, 10)));
    assert_eq!(m.kind, DateKind::Weekday);
    let m = one(
        "He received his guest on Monday afternoon.",
        Some(d(2023, 9, 4)),
    );
    assert_eq!(m.date, FuzzyDate::day(d(2023, 9, 4)));
    assert_eq!(m.text, "Monday afternoon");
    let m = one("She briefed the press on Wednesday.", Some(d(2025, 5, 22)));
    assert_eq!(m.date, FuzzyDate::day(d(2025, 5, 21)));
    // Lower-case common words after a weekday do not make it a name.
    let m = one(
        "On Monday people gathered in the square.",
        Some(d(2023, 9, 6)),
    );
    assert_eq!(m.date, FuzzyDate::day(d(2023, 9, 4)));
    let m = one(
        "He said: 'last Saturday was the turning point.'",
        Some(d(2023, 2, 11)),
    );
    assert_eq!(m.date, FuzzyDate::day(d(2023, 2, 4)));
    // "this Friday": the nearer one, either side of the anchor.
    let wed = Some(d(2023, 2, 8));
    assert_eq!(
        one("The vote is this Friday.", wed).date,
        FuzzyDate::day(d(2023, 2, 10))
    );
    assert_eq!(
        one("They met this Monday.", wed).date,
        FuzzyDate::day(d(2023, 2, 6))
    );
    assert_eq!(
        one("They met this Friday.", Some(d(2023, 2, 11))).date,
        FuzzyDate::day(d(2023, 2, 10))
    );
    let m = one("They met on Friday.", None);
    assert_eq!(
        m.date,
        FuzzyDate {
            weekday: Some(Weekday::Friday),
            ..Default::default()
        }
    );
    // "last" is strictly before; "next" strictly after.
    let sat = Some(d(2023, 2, 11));
    assert_eq!(
        one("It began last Saturday.", sat).date,
        FuzzyDate::day(d(2023, 2, 4))
    );
    assert_eq!(
        one("It resumes next Friday.", sat).date,
        FuzzyDate::day(d(2023, 2, 17))
    );
    assert_eq!(
        one("The envoy will travel to Lima on Tuesday.", sat).date,
        FuzzyDate::day(d(2023, 2, 14))
    );
    assert_eq!(
        one("The envoy is to leave Lima Tuesday evening.", sat).date,
        FuzzyDate::day(d(2023, 2, 14))
    );
    assert_eq!(
        one("Unions met ahead of Thursday's deadline.", sat).date,
        FuzzyDate::day(d(2023, 2, 16))
    );
    let m = one("Creditors meet on Tuesday next week.", sat);
    assert_eq!(m.date, FuzzyDate::day(d(2023, 2, 14)));
    assert_eq!(m.text, "Tuesday next week");
    let m = one("They spoke Friday last week.", sat);
    assert_eq!(m.date, FuzzyDate::day(d(2023, 2, 3)));
}

#[test]
fn weekday_names_that_are_not_dates() {
    for text in [
        "He told the Sunday Times he was optimistic.",
        "Shops opened early for Black Friday.",
        "The vote came after Super Tuesday.",
        "Markets close early every Friday.",
        "Crowds gathered for Friday prayers.",
        "He told the Mail on Sunday he would stay.",
        "Sunday School classes resumed.",
        "She spoke on the network's Sunday Live programme.",
        "The council meets each November.",
        "It never happens on a Sunday.",
    ] {
        assert!(find_dates(text, Some(d(2024, 1, 10))).is_empty(), "{text}");
    }
}

#[test]
fn month_names_alone() {
    let anchor = Some(d(2024, 3, 1));
    let m = one("The ministers first met in November.", anchor);
    assert_eq!(m.date, FuzzyDate::month(2023, 11));
    assert_eq!(m.kind, DateKind::Relative);
    let m = one("He has not been seen since May.", anchor);
    assert_eq!(m.date, FuzzyDate::month(2023, 5));
    let m = one("The accord was signed in December last.", anchor);
    assert_eq!(m.date, FuzzyDate::month(2023, 12));
    assert_eq!(m.text, "December last");
    let m = one("The accord was signed last December.", anchor);
    assert_eq!(m.date, FuzzyDate::month(2023, 12));
    let m = one("The accord was signed in March last year.", anchor);
    assert_eq!(m.date, FuzzyDate::month(2023, 3));
    let m = one("Talks stalled in mid-November.", anchor);
    assert_eq!(m.date, FuzzyDate::month(2023, 11));
    let m = one("It first fell in May of last year.", anchor);
    assert_eq!(m.date, FuzzyDate::month(2023, 5));
    assert_eq!(m.text, "May of last year");
    let m = one("It rose in October of 1986.", anchor);
    assert_eq!(m.date, FuzzyDate::month(1986, 10));
    let m = one("Talks resume next March.", anchor);
    assert_eq!(m.date, FuzzyDate::month(2025, 3));
    // No anchor: month only.
    let m = one("The ministers first met in November.", None);
    assert_eq!(
        m.date,
        FuzzyDate {
            month: Some(11),
            ..Default::default()
        }
    );
    // A future verb turns it forward.
    let m = one("The summit will be held in November.", anchor);
    assert_eq!(m.date, FuzzyDate::month(2024, 11));
    let m = one("The handset, due for release in November, is thin.", anchor);
    assert_eq!(m.date, FuzzyDate::month(2024, 11));
    let m = one("The talks are scheduled for November.", anchor);
    assert_eq!(m.date, FuzzyDate::month(2024, 11));
    // A plan in the past is not the future.
    let m = one(
        "The visit was originally set for February.",
        Some(d(2023, 6, 19)),
    );
    assert_eq!(m.date, FuzzyDate::month(2023, 2));
}

#[test]
fn relative_phrases_with_anchor() {
    let a = Some(d(2024, 1, 15));
    assert_eq!(
        one("It was agreed last month.", a).date,
        FuzzyDate::month(2023, 12)
    );
    assert_eq!(
        one("It was agreed earlier this month.", a).date,
        FuzzyDate::month(2024, 1)
    );
    assert_eq!(
        one("It was agreed last year.", a).date,
        FuzzyDate::year(2023)
    );
    assert_eq!(
        one("It was agreed a year ago.", a).date,
        FuzzyDate::year(2023)
    );
    assert_eq!(
        one("It was agreed five months ago.", a).date,
        FuzzyDate::month(2023, 8)
    );
    assert_eq!(
        one("He arrived yesterday.", a).date,
        FuzzyDate::day(d(2024, 1, 14))
    );
    assert_eq!(
        one("He leaves today.", a).date,
        FuzzyDate::day(d(2024, 1, 15))
    );
    assert_eq!(
        one("They spoke two days ago.", a).date,
        FuzzyDate::day(d(2024, 1, 13))
    );
    // Last week (1-7 January 2024) lies in one month: month precision.
    assert_eq!(
        one("They met last week.", a).date,
        FuzzyDate::month(2024, 1)
    );
    // Last week of 2024-03-04 is 26 Feb - 3 Mar: spans two months, so the year only.
    assert_eq!(
        one("They met last week.", Some(d(2024, 3, 4))).date,
        FuzzyDate::year(2024)
    );
    // "recently": the year, when the weeks before the report lie in it.
    assert_eq!(
        one(
            "He recently spoke by phone with the envoy.",
            Some(d(2024, 4, 29))
        )
        .date,
        FuzzyDate::year(2024)
    );
    assert!(find_dates("He recently met the envoy.", Some(d(2024, 1, 9))).is_empty());
    // A week across the new year gives nothing.
    assert!(find_dates("They met last week.", Some(d(2025, 1, 6))).is_empty());
    // "this week" of a plan is the whole week: Monday 29 April 2024 to 5 May.
    assert_eq!(
        one(
            "The leaders will hold talks this week.",
            Some(d(2024, 4, 29))
        )
        .date,
        FuzzyDate::year(2024)
    );
    assert_eq!(
        one("The leaders met this week.", Some(d(2024, 4, 29))).date,
        FuzzyDate::month(2024, 4)
    );
}

#[test]
fn relative_phrases_without_anchor_give_nothing() {
    for text in [
        "It was agreed last month.",
        "It was agreed a year ago.",
        "He arrived yesterday.",
        "They spoke five months ago.",
        "They met last week.",
    ] {
        assert!(find_dates(text, None).is_empty(), "{text}");
    }
}

#[test]
fn non_dates() {
    let a = Some(d(2024, 6, 1));
    for text in [
        "They may meet again soon.",
        "Thousands joined a protest march.",
        "He attended the 11th summit of the bloc.",
        "The archive holds 2,225 articles.",
        "Some 1000 troops were deployed.",
        "Leaders gathered for the G20.",
        "Under Section 2019 of the code, fines apply.",
        "About 2000 troops crossed the border.",
        "Theresa may not attend.",
    ] {
        let found = find_dates(text, a);
        assert!(found.is_empty(), "{text:?} -> {found:?}");
    }
}

#[test]
fn may_with_context() {
    let a = Some(d(2024, 6, 1));
    assert_eq!(one("They met in May.", a).date, FuzzyDate::month(2024, 5));
    assert_eq!(
        one("They met on May 7.", a).date,
        FuzzyDate::day(d(2024, 5, 7))
    );
    assert_eq!(
        one("They met in May 2019.", a).date,
        FuzzyDate::month(2019, 5)
    );
    // "last May" is the latest May before the anchor's month.
    assert_eq!(
        one("It was tabled last May.", a).date,
        FuzzyDate::month(2024, 5)
    );
    let march = Some(d(2024, 3, 20));
    assert_eq!(
        one("It was tabled last May.", march).date,
        FuzzyDate::month(2023, 5)
    );
    assert!(find_dates("May the talks succeed.", a).is_empty());
}

#[test]
fn several_mentions_in_order() {
    let text = "Talks held on Monday followed a visit in April 2023 and a call on March 3, 2022.";
    let found = find_dates(text, Some(d(2024, 5, 15)));
    let texts: Vec<&str> = found.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["Monday", "April 2023", "March 3, 2022"]);
    assert_eq!(found[0].date, FuzzyDate::day(d(2024, 5, 13)));
}

#[test]
fn a_quantity_after_a_date_is_not_its_year() {
    let m = one("On March 3, 2000 people marched.", Some(d(2021, 3, 10)));
    assert_eq!(m.text, "March 3");
    assert_eq!(m.date, FuzzyDate::day(d(2021, 3, 3)));
    let m = one("By 4 May 1999 troops had left.", None);
    assert_eq!(m.text, "4 May");
    assert_eq!(m.date, md(5, 4));
}

#[test]
fn ranges_give_the_month() {
    let m = one("The summit ran Nov. 20-21, 2024 in the capital.", None);
    assert_eq!(m.date, FuzzyDate::month(2024, 11));
    assert_eq!(m.text, "Nov. 20-21, 2024");
    let m = one("The summit ran 20–21 November 2024.", None);
    assert_eq!(m.date, FuzzyDate::month(2024, 11));
    let m = one("The summit ran 20-21 November.", Some(d(2024, 12, 2)));
    assert_eq!(m.date, FuzzyDate::month(2024, 11));
}

#[test]
fn iso_with_time_and_mixed_separators() {
    let m = one("Posted 2024-11-20T09:30:00Z by staff.", None);
    assert_eq!(m.date, FuzzyDate::day(d(2024, 11, 20)));
    assert!(
        find_dates("Version 2024-11/20 shipped.", None)
            .iter()
            .all(|m| m.date.day.is_none())
    );
}

#[test]
fn more_relative_phrases() {
    let sat = Some(d(2023, 2, 11));
    assert_eq!(
        one("Talks ended last night.", sat).date,
        FuzzyDate::day(d(2023, 2, 10))
    );
    assert_eq!(
        one("He lands this morning.", sat).date,
        FuzzyDate::day(d(2023, 2, 11))
    );
    // Weekend of 11-12 February: one month.
    assert_eq!(
        one("They met over the weekend.", sat).date,
        FuzzyDate::month(2023, 2)
    );
    // The weekend before 2023-05-01 was 29-30 April.
    assert_eq!(
        one("They met over the weekend.", Some(d(2023, 5, 1))).date,
        FuzzyDate::month(2023, 4)
    );
    // 30 Sep - 1 Oct 2023 spans two months: nothing.
    assert!(find_dates("They met over the weekend.", Some(d(2023, 10, 2))).is_empty());
}

#[test]
fn years_in_context() {
    assert_eq!(
        one("Growth slowed in mid-2023.", None).date,
        FuzzyDate::year(2023)
    );
    assert!(find_dates("Prices rose in the 1990's.", None).is_empty());
    assert!(find_dates("Trading closed at 1930 GMT.", None).is_empty());
    let found = find_dates("Output rose between 2019 and 2021.", None);
    assert_eq!(found.len(), 2);
}

#[test]
fn month_names_as_names_or_links() {
    let a = Some(d(2024, 6, 10));
    assert!(find_dates("Johnson and May spoke.", a).is_empty());
    assert!(find_dates("She told April Ryan of the network.", a).is_empty());
    assert!(find_dates("In April Ryan asked a question.", a).is_empty());
    let found = find_dates(
        "The site was online between August and November 2001.",
        None,
    );
    let dates: Vec<FuzzyDate> = found.iter().map(|m| m.date).collect();
    assert_eq!(
        dates,
        [FuzzyDate::month(2001, 8), FuzzyDate::month(2001, 11)]
    );
    let found = find_dates("Sales fell between April and May.", a);
    let months: Vec<Option<i8>> = found.iter().map(|m| m.date.month).collect();
    assert_eq!(months, [Some(4), Some(5)]);
    assert_eq!(
        one("Output fell in January.", a).date,
        FuzzyDate::month(2024, 1)
    );
    assert_eq!(
        one("January output fell.", a).date,
        FuzzyDate::month(2024, 1)
    );
}

#[test]
fn text_without_cues_is_skipped() {
    assert!(find_dates("The minister spoke at length about trade.", None).is_empty());
}

#[test]
fn arbitrary_token_soup_never_panics_and_spans_match() {
    const TOKENS: [&str; 32] = [
        "Nov.",
        "May",
        "March",
        "20",
        "2024",
        ",",
        "(",
        ")",
        "—",
        "“",
        "’s",
        "Wednesday",
        "last",
        "next",
        "year",
        "week",
        "ago",
        "the",
        "20th",
        "of",
        "-",
        "é",
        "日本",
        "on",
        "will",
        "mid-",
        "2,225",
        "/",
        "11",
        "Friday",
        "tonight",
        "weekend",
    ];
    // A small linear congruential generator keeps the test deterministic.
    let mut state: u64 = 0x5eed;
    for _ in 0..2000 {
        let mut text = String::new();
        for _ in 0..12 {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let token = TOKENS[(state >> 33) as usize % TOKENS.len()];
            text.push_str(token);
            if !(state >> 20).is_multiple_of(3) {
                text.push(' ');
            }
        }
        for anchor in [None, Some(d(2024, 2, 29))] {
            for m in find_dates(&text, anchor) {
                assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
                assert_eq!(&text[m.start..m.end], m.text, "{text:?}");
                if let (Some(mo), Some(day)) = (m.date.month, m.date.day) {
                    assert!(valid_day(m.date.year, mo, day), "{text:?} -> {m:?}");
                }
            }
        }
    }
}
