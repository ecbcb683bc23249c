//! Parsing of the embedded gazetteer tables (`src/lexicon/data/*.tsv`) into plain records.
//!
//! The tables are compiled into the binary, so they cannot be missing at run time; a row
//! that does not parse is skipped and reported in [`Tables::warnings`] (a unit test keeps
//! that list empty), never a panic.

use super::{City, Country, OrgKind, Organisation, Region, Venue};

pub(super) const COUNTRIES: &str = include_str!("../data/countries.tsv");
pub(super) const DEMONYMS: &str = include_str!("../data/demonyms.tsv");
pub(super) const CITIES: &str = include_str!("../data/cities.tsv");
pub(super) const REGIONS: &str = include_str!("../data/regions.tsv");
pub(super) const VENUES: &str = include_str!("../data/venues.tsv");
pub(super) const ORGANISATIONS: &str = include_str!("../data/organisations.tsv");

/// City rows before the country code is resolved to a canonical name.
pub(super) struct CityRow {
    pub(super) city: City,
    pub(super) aliases: Vec<String>,
}

/// Everything parsed from the embedded tables.
#[derive(Default)]
pub(super) struct Tables {
    pub(super) countries: Vec<Country>,
    pub(super) cities: Vec<CityRow>,
    pub(super) regions: Vec<Region>,
    pub(super) venues: Vec<Venue>,
    pub(super) organisations: Vec<Organisation>,
    /// Rows that could not be parsed, as "file:line: problem".
    pub(super) warnings: Vec<String>,
}

/// Non-comment, non-blank rows of a TSV table with their 1-based line numbers.
fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').map(str::trim).collect()))
}

/// A `|`-separated list; empty items dropped.
fn list(field: Option<&&str>) -> Vec<String> {
    field
        .map(|f| {
            f.split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

fn opt(field: Option<&&str>) -> Option<String> {
    field.filter(|f| !f.is_empty()).map(|f| f.to_string())
}

/// Parses all tables. Country codes in `cities.tsv` are resolved to canonical names here.
pub(super) fn parse() -> Tables {
    let mut t = Tables::default();
    countries(&mut t);
    demonyms(&mut t);
    cities(&mut t);
    regions(&mut t);
    venues(&mut t);
    organisations(&mut t);
    t
}

/// countries.tsv: ISO2, name, capital, population (generated from GeoNames).
fn countries(t: &mut Tables) {
    for (line, f) in rows(COUNTRIES) {
        if f.len() < 2 || f[0].len() != 2 || f[1].is_empty() {
            t.warnings
                .push(format!("countries.tsv:{line}: expected ISO2 and name"));
            continue;
        }
        t.countries.push(Country {
            code: f[0].to_string(),
            name: f[1].to_string(),
            capital: opt(f.get(2)),
            demonyms: Vec::new(),
            aliases: Vec::new(),
        });
    }
}

/// demonyms.tsv: ISO2, canonical name, demonyms, aliases (hand-curated).
fn demonyms(t: &mut Tables) {
    for (line, f) in rows(DEMONYMS) {
        if f.len() < 2 || f[0].len() != 2 {
            t.warnings
                .push(format!("demonyms.tsv:{line}: expected ISO2 and name"));
            continue;
        }
        match t.countries.iter_mut().find(|c| c.code == f[0]) {
            Some(c) => {
                if c.name != f[1] {
                    t.warnings.push(format!(
                        "demonyms.tsv:{line}: {} is {:?} in countries.tsv; regenerate it",
                        f[0], c.name
                    ));
                }
                c.demonyms = list(f.get(2));
                c.aliases = list(f.get(3));
            }
            None => t.warnings.push(format!(
                "demonyms.tsv:{line}: unknown country code {}",
                f[0]
            )),
        }
    }
}

/// cities.tsv: name, ISO2, population, capital (1/0), aliases.
fn cities(t: &mut Tables) {
    for (line, f) in rows(CITIES) {
        let population = f.get(2).and_then(|p| p.parse::<u64>().ok());
        let country = f
            .get(1)
            .and_then(|cc| t.countries.iter().find(|c| c.code == *cc));
        match (f.first().filter(|n| !n.is_empty()), country, population) {
            (Some(name), Some(country), Some(population)) => t.cities.push(CityRow {
                city: City {
                    name: name.to_string(),
                    country: country.name.clone(),
                    population,
                    capital: f.get(3) == Some(&"1"),
                },
                aliases: list(f.get(4)),
            }),
            _ => t.warnings.push(format!(
                "cities.tsv:{line}: expected name, known ISO2, population"
            )),
        }
    }
}

/// regions.tsv: name, aliases, country.
fn regions(t: &mut Tables) {
    for (line, f) in rows(REGIONS) {
        if f.first().is_none_or(|n| n.is_empty()) {
            t.warnings.push(format!("regions.tsv:{line}: missing name"));
            continue;
        }
        t.regions.push(Region {
            name: f[0].to_string(),
            aliases: list(f.get(1)),
            country: opt(f.get(2)),
        });
    }
}

/// venues.tsv: name, aliases, city, country.
fn venues(t: &mut Tables) {
    for (line, f) in rows(VENUES) {
        if f.len() < 4 || f[0].is_empty() || f[3].is_empty() {
            t.warnings.push(format!(
                "venues.tsv:{line}: expected name, aliases, city, country"
            ));
            continue;
        }
        t.venues.push(Venue {
            name: f[0].to_string(),
            aliases: list(f.get(1)),
            city: opt(f.get(2)),
            country: f[3].to_string(),
        });
    }
}

/// organisations.tsv: acronym, name, variants, kind.
fn organisations(t: &mut Tables) {
    for (line, f) in rows(ORGANISATIONS) {
        let kind = match f.get(3) {
            Some(&"organisation") => OrgKind::Organisation,
            Some(&"occasion") => OrgKind::Occasion,
            _ => {
                t.warnings.push(format!(
                    "organisations.tsv:{line}: kind must be organisation or occasion"
                ));
                continue;
            }
        };
        if f[1].is_empty() {
            t.warnings
                .push(format!("organisations.tsv:{line}: missing name"));
            continue;
        }
        t.organisations.push(Organisation {
            acronym: opt(f.first()),
            name: f[1].to_string(),
            variants: list(f.get(2)),
            kind,
        });
    }
}
