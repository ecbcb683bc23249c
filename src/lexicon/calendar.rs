//! Month and weekday names: the one table that article dates, question dates and the
//! human date format share (`data/months.tsv`, `data/weekdays.tsv`).

use std::sync::LazyLock;

use jiff::civil::Weekday;

/// One month or weekday with its abbreviations, as the data file gives them.
#[derive(Debug)]
pub(crate) struct CalendarName {
    pub(crate) name: &'static str,
    pub(crate) abbreviations: Vec<&'static str>,
}

fn parse(text: &'static str) -> Vec<CalendarName> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut cols = l.split('\t');
            let name = cols.next().unwrap_or_default().trim();
            let abbreviations = cols
                .next()
                .map(|a| {
                    a.split('|')
                        .map(str::trim)
                        .filter(|a| !a.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            CalendarName {
                name,
                abbreviations,
            }
        })
        .collect()
}

/// The twelve months, January first.
pub(crate) static MONTHS: LazyLock<Vec<CalendarName>> =
    LazyLock::new(|| parse(include_str!("data/months.tsv")));

/// The seven weekdays, Monday first (as [`WEEKDAY_ORDER`]).
pub(crate) static WEEKDAYS: LazyLock<Vec<CalendarName>> =
    LazyLock::new(|| parse(include_str!("data/weekdays.tsv")));

/// jiff's weekdays in the order of `data/weekdays.tsv`.
pub(crate) const WEEKDAY_ORDER: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

/// English name of month `m` (1-12).
pub(crate) fn month_name(m: i8) -> Option<&'static str> {
    let i = usize::try_from(m).ok()?.checked_sub(1)?;
    MONTHS.get(i).map(|c| c.name)
}

/// English name of a weekday ("Wednesday").
pub(crate) fn weekday_name(w: Weekday) -> &'static str {
    let i = w.to_monday_zero_offset() as usize;
    WEEKDAYS.get(i).map_or("", |c| c.name)
}

/// The weekday a full English name gives, any case ("friday" -> Friday).
pub(crate) fn weekday_named(name: &str) -> Option<Weekday> {
    let i = WEEKDAYS
        .iter()
        .position(|c| c.name.eq_ignore_ascii_case(name))?;
    WEEKDAY_ORDER.get(i).copied()
}

/// The month a full name or abbreviation gives, any case ("Nov", "november" -> 11).
pub(crate) fn month_number(name: &str) -> Option<i8> {
    let i = MONTHS.iter().position(|c| {
        c.name.eq_ignore_ascii_case(name)
            || c.abbreviations.iter().any(|a| a.eq_ignore_ascii_case(name))
    })?;
    i8::try_from(i + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_months_and_seven_days_in_order() {
        assert_eq!(MONTHS.len(), 12);
        assert_eq!(WEEKDAYS.len(), 7);
        assert_eq!(month_name(1), Some("January"));
        assert_eq!(month_name(12), Some("December"));
        assert_eq!(month_name(0), None);
        assert_eq!(month_name(13), None);
        for (i, w) in WEEKDAY_ORDER.iter().enumerate() {
            assert_eq!(weekday_name(*w), WEEKDAYS[i].name);
            assert_eq!(weekday_named(&WEEKDAYS[i].name.to_lowercase()), Some(*w));
        }
        assert_eq!(weekday_name(Weekday::Wednesday), "Wednesday");
    }

    #[test]
    fn month_numbers_from_names_and_abbreviations() {
        assert_eq!(month_number("Nov"), Some(11));
        assert_eq!(month_number("september"), Some(9));
        assert_eq!(month_number("SEPT"), Some(9));
        assert_eq!(month_number("May"), Some(5));
        assert_eq!(month_number("Mayday"), None);
    }
}
