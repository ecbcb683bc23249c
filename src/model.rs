//! The data every stage shares: articles as ingested, meeting facts as extracted, and the
//! sources an answer cites. Plain data with serde, no behaviour beyond formatting helpers, so
//! that ingest, extract, index, answer and the shells agree on one vocabulary.

use std::collections::BTreeMap;
use std::fmt;

use jiff::civil::{Date, Weekday};
use serde::{Deserialize, Serialize};

use crate::lexicon::calendar::{month_name, weekday_name};

/// One article after ingest and cleaning.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identifier: the file's path relative to its corpus folder, plus `#id` for an
    /// article inside a JSON/JSONL file.
    pub id: String,
    /// Headline; falls back to the file name when the article has none.
    pub title: String,
    /// Canonical link, when the article gives one.
    pub url: Option<String>,
    /// Publication date from the header or meta tags, when given.
    pub published: Option<Date>,
    /// Other header keys, kept as they were.
    pub meta: BTreeMap<String, String>,
    /// Cleaned paragraphs in reading order. Citations number them from 1.
    pub paragraphs: Vec<String>,
}

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// Only a weekday is known ("on Friday" with no anchor).
    Weekday,
    /// Only the year.
    Year,
    /// Month (with or without the year).
    Month,
    /// Exact day (with or without the year).
    Day,
}

/// A date with only as much precision as the text gives. Any part may be missing:
/// "November, year not stated" is `month: Some(11)` with no year; "on Friday" without an
/// anchor is only a weekday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct FuzzyDate {
    pub year: Option<i16>,
    pub month: Option<i8>,
    pub day: Option<i8>,
    #[serde(with = "weekday_serde")]
    pub weekday: Option<Weekday>,
}

/// Weekdays as their English names in JSON ("Wednesday").
mod weekday_serde {
    use jiff::civil::Weekday;
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::lexicon::calendar::{weekday_name, weekday_named};

    pub fn serialize<S: Serializer>(w: &Option<Weekday>, s: S) -> Result<S::Ok, S::Error> {
        match w {
            Some(w) => s.serialize_str(weekday_name(*w)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Weekday>, D::Error> {
        let name: Option<String> = Option::deserialize(d)?;
        Ok(name.and_then(|n| weekday_named(&n)))
    }
}

impl FuzzyDate {
    /// A fully known day.
    pub fn day(date: Date) -> Self {
        FuzzyDate {
            year: Some(date.year()),
            month: Some(date.month()),
            day: Some(date.day()),
            weekday: Some(date.weekday()),
        }
    }

    /// A month of a known year.
    pub fn month(year: i16, month: i8) -> Self {
        FuzzyDate {
            year: Some(year),
            month: Some(month),
            ..Default::default()
        }
    }

    /// A year alone.
    pub fn year(year: i16) -> Self {
        FuzzyDate {
            year: Some(year),
            ..Default::default()
        }
    }

    /// How precise this date is.
    pub fn precision(&self) -> Precision {
        match (self.year, self.month, self.day) {
            (_, Some(_), Some(_)) => Precision::Day,
            (_, Some(_), None) => Precision::Month,
            (Some(_), None, _) => Precision::Year,
            _ => Precision::Weekday,
        }
    }

    /// The full calendar date, when day, month and year are all known.
    pub fn to_date(&self) -> Option<Date> {
        Date::new(self.year?, self.month?, self.day?).ok()
    }

    /// ISO 8601 cut to the precision ("2024-11-20", "2023-04", "2019"); `None` when the
    /// year is not known.
    pub fn iso(&self) -> Option<String> {
        let y = self.year?;
        Some(match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{y:04}-{m:02}"),
            _ => format!("{y:04}"),
        })
    }

    /// A key that orders dates chronologically; unknown parts sort first within their
    /// known prefix. Dates without a year sort before all dated ones.
    pub fn sort_key(&self) -> (i16, i8, i8) {
        (
            self.year.unwrap_or(i16::MIN),
            self.month.unwrap_or(0),
            self.day.unwrap_or(0),
        )
    }

    /// True when the two could describe the same day (no known part disagrees).
    pub fn compatible(&self, other: &FuzzyDate) -> bool {
        fn ok<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
            match (a, b) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
        }
        ok(self.year, other.year)
            && ok(self.month, other.month)
            && ok(self.day, other.day)
            && ok(self.weekday, other.weekday)
    }

    /// Plain English, never more precise than known: "Wednesday, 20 November 2024",
    /// "April 2023", "2019", "20 November (year not stated)", "a Friday (date not stated)".
    pub fn human(&self) -> String {
        let month = self.month.and_then(month_name);
        let wd = self.weekday.map(weekday_name);
        let mut s = String::new();
        match (self.day, month) {
            (Some(d), Some(m)) => {
                if let Some(w) = wd {
                    s.push_str(w);
                    s.push_str(", ");
                }
                s.push_str(&format!("{d} {m}"));
            }
            (None, Some(m)) => s.push_str(m),
            _ => {}
        }
        match (self.year, s.is_empty()) {
            (Some(y), true) => s = y.to_string(),
            (Some(y), false) => s.push_str(&format!(" {y}")),
            (None, false) => s.push_str(" (year not stated)"),
            (None, true) => {
                s = match wd {
                    Some(w) => format!("a {w} (exact date not stated)"),
                    None => "date not stated".to_string(),
                }
            }
        }
        s
    }
}

impl fmt::Display for FuzzyDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.human())
    }
}

/// A person as resolved across the corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// Canonical key, lower-case full name ("jane doe"); one person, one key.
    pub key: String,
    /// The fullest name seen ("Jane Doe").
    pub name: String,
    /// Titles and roles seen, most informative first ("Defence Minister", "Admiral").
    pub roles: Vec<String>,
    /// Country the person represents, when known ("India").
    pub country: Option<String>,
    /// Other names the corpus uses for them ("Doe", "Jane").
    pub aliases: Vec<String>,
}

/// A place with its country when known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub name: String,
    pub country: Option<String>,
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.country {
            Some(c) if !c.eq_ignore_ascii_case(&self.name) => write!(f, "{}, {}", self.name, c),
            _ => f.write_str(&self.name),
        }
    }
}

/// What kind of encounter a fact records (how it reached them is its [`Channel`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MeetingKind {
    /// A meeting or talks. Facts of older generations said "call" here; they read as a
    /// meeting (their channel is then unknown and taken as in person).
    #[serde(alias = "call")]
    Meeting,
    Visit,
    Summit,
}

/// How the people met: in person or at a distance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    #[default]
    InPerson,
    /// By telephone.
    Phone,
    /// By video link ("video call", "videoconference", "virtual meeting").
    Video,
    /// By letter or message.
    Written,
}

impl Channel {
    /// True for contact at a distance (phone, video, written).
    pub fn is_remote(self) -> bool {
        self != Channel::InPerson
    }
}

/// Whether the meeting happened, and if not, what became of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// It took place.
    Held,
    /// Scheduled, expected or announced for later ("will meet", "is expected to meet").
    Planned,
    /// Only suggested or invited, not agreed ("proposed a meeting", "invited X to visit").
    Proposed,
    /// Put off to a later or unknown date ("postponed", "put on hold").
    Postponed,
    /// Called off, refused, or it did not take place ("cancelled", "did not meet").
    Cancelled,
    /// Reported as possible or unconfirmed ("may meet", "reportedly met", "no official word").
    Uncertain,
}

impl Status {
    /// True when the meeting took place.
    pub fn is_held(self) -> bool {
        self == Status::Held
    }

    /// Plain words for a status that is not `held` ("postponed", "only planned").
    pub fn describe(self) -> &'static str {
        match self {
            Status::Held => "held",
            Status::Planned => "planned",
            Status::Proposed => "only proposed",
            Status::Postponed => "postponed",
            Status::Cancelled => "called off",
            Status::Uncertain => "not confirmed",
        }
    }
}

/// Where a claim comes from: one sentence of one paragraph of one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub article: String,
    pub title: String,
    pub url: Option<String>,
    /// 1-based paragraph number.
    pub paragraph: usize,
    pub sentence: String,
}

/// A piece of text the fact carries (an outcome, a description, a note) with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    pub text: String,
    pub evidence: Evidence,
}

/// A quotation with its speaker (a person key when resolved, else the name as written).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub speaker: Option<String>,
    /// Whom the speaker addressed, when the text says ("Singh told X").
    pub addressee: Option<String>,
    pub text: String,
    pub evidence: Evidence,
}

/// The field of a fact on which sources can disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConflictField {
    Date,
    Place,
    Occasion,
}

impl fmt::Display for ConflictField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ConflictField::Date => "date",
            ConflictField::Place => "place",
            ConflictField::Occasion => "occasion",
        })
    }
}

/// Sources that disagree on one field of a fact, kept side by side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    pub field: ConflictField,
    /// Each value as its source states it.
    pub claims: Vec<Claim>,
}

/// How many meetings of its people a meeting makes, as an article states it ("the third
/// meeting between the two leaders this year", "the second time they have formally met").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    /// The meeting's rank: 3 for "the third meeting".
    pub n: u32,
    /// The phrase that says it, with its scope ("third meeting between the two leaders this
    /// year").
    pub text: String,
    pub evidence: Evidence,
}

/// One meeting, with everything the corpus says about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeetingFact {
    /// Index of this fact in its [`FactStore`].
    pub id: usize,
    /// Keys of the people who took part (see [`FactStore::people`]).
    pub participants: Vec<String>,
    pub kind: MeetingKind,
    #[serde(default)]
    pub channel: Channel,
    pub status: Status,
    pub date: Option<FuzzyDate>,
    pub place: Option<Place>,
    /// "11th ASEAN Defence Ministers' Meeting-Plus", "BRICS summit".
    pub occasion: Option<String>,
    /// What was agreed, signed or discussed.
    pub outcomes: Vec<Claim>,
    /// How the meeting was described ("extremely productive") and other notable details.
    pub notes: Vec<Claim>,
    pub quotes: Vec<Quote>,
    /// The sentences that report the meeting itself.
    pub evidence: Vec<Evidence>,
    /// Fields on which sources disagree.
    pub conflicts: Vec<Conflict>,
    /// True when the article only recalls this meeting (it is not the article's news).
    pub recalled: bool,
    /// The meeting's rank among its people's meetings, when an article states it.
    #[serde(default)]
    pub count: Option<Count>,
    /// Publication date of the earliest report telling the meeting as its news (not
    /// recalling it): a meeting of no date of its own took place by then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported: Option<Date>,
    /// Publication date of the earliest report telling or recalling the meeting: it took
    /// place by then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub told: Option<Date>,
}

/// All facts of one index generation, with the people they mention.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FactStore {
    pub people: Vec<Person>,
    pub facts: Vec<MeetingFact>,
}

impl FactStore {
    /// The person with this key.
    pub fn person(&self, key: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.key == key)
    }

    /// The fact with this id (ids are unique within a store).
    pub fn fact(&self, id: usize) -> Option<&MeetingFact> {
        self.facts.iter().find(|f| f.id == id)
    }

    /// Display name for a key (the key itself when unknown).
    pub fn name<'a>(&'a self, key: &'a str) -> &'a str {
        self.person(key).map(|p| p.name.as_str()).unwrap_or(key)
    }
}

/// A citation as shells show it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Source {
    pub article: String,
    pub title: String,
    pub url: Option<String>,
    /// 1-based paragraph number.
    pub paragraph: usize,
}

impl From<&Evidence> for Source {
    fn from(e: &Evidence) -> Self {
        Source {
            article: e.article.clone(),
            title: e.title.clone(),
            url: e.url.clone(),
            paragraph: e.paragraph,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_dates_never_add_precision() {
        let d = FuzzyDate::day(Date::new(2024, 11, 20).unwrap());
        assert_eq!(d.human(), "Wednesday, 20 November 2024");
        assert_eq!(d.iso().as_deref(), Some("2024-11-20"));
        assert_eq!(FuzzyDate::month(2023, 4).human(), "April 2023");
        assert_eq!(FuzzyDate::month(2023, 4).iso().as_deref(), Some("2023-04"));
        assert_eq!(FuzzyDate::year(2019).iso().as_deref(), Some("2019"));
        let no_year = FuzzyDate {
            month: Some(11),
            ..Default::default()
        };
        assert_eq!(no_year.human(), "November (year not stated)");
        assert_eq!(no_year.iso(), None);
        let friday = FuzzyDate {
            weekday: Some(Weekday::Friday),
            ..Default::default()
        };
        assert_eq!(friday.human(), "a Friday (exact date not stated)");
        assert_eq!(friday.precision(), Precision::Weekday);
    }

    #[test]
    fn compatibility_ignores_unknown_parts() {
        let day = FuzzyDate::day(Date::new(2023, 4, 27).unwrap());
        assert!(day.compatible(&FuzzyDate::month(2023, 4)));
        assert!(!day.compatible(&FuzzyDate::month(2023, 5)));
        assert!(FuzzyDate::year(2023).compatible(&day));
    }
}
