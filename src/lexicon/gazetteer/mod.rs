//! Gazetteer: countries (with demonyms and aliases), capitals and major cities, regions,
//! well-known diplomatic venues, and international organisations / summit series, with one
//! fast matcher that finds them in text.
//!
//! Data (embedded, see `tools/README.md` for regeneration and attribution):
//! `src/lexicon/data/countries.tsv` and `cities.tsv` are generated from GeoNames (CC-BY 4.0)
//! by `tools/gen_gazetteer.py`; `demonyms.tsv`, `regions.tsv`, `venues.tsv` and
//! `organisations.tsv` are hand-curated general knowledge.
//!
//! Matching rules of [`Gazetteer::find`]:
//! - one Aho-Corasick automaton over every name, alias and demonym, leftmost-longest, so
//!   "New Delhi" beats "Delhi" and "South Korean" beats "Korea";
//! - case-sensitive: names match in their capitalised form only ("turkey dinner" is not
//!   Turkey) and acronyms in upper case only ("US", "SCO", "G20");
//! - whole words: the characters around a match must not be letters or digits. When the
//!   longest candidate ends inside a word, shorter candidates at the same start are tried;
//! - when one surface names several things the most salient wins: country, venue,
//!   organisation, capital city, curated region, demonym, other city (so "Singapore" is the
//!   country, "Washington" the US capital and "Ontario" the province, not the Californian
//!   city);
//! - names that are also common personal names ("Jordan", "Chad", "Georgia", "Austin",
//!   "Florence", ...) match only when no other capitalised name word stands right next to
//!   them, so "Michael Jordan" and "Chad Smith" are not places; a title word after them
//!   ("Jordan King Abdullah", "Georgia Prime Minister") does not count as a name. A
//!   name-like place standing alone ("Jordan said") still matches. Cities whose names are
//!   common English words (Nice, Mobile, Reading, Bath, ...) or common personal names
//!   (Jackson, Kennedy, Bush, ...) are left out of the data by the generator.

mod load;

use std::collections::HashMap;
use std::iter::once;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};

use crate::lexicon::lists::{
    CAPITALISED_FUNCTION_WORDS, NAME_LIKE_PLACES, TITLES_AFTER_PLACE, UNINFLECTED_DEMONYMS,
};

/// A country or territory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code ("CN"; "XK" for Kosovo).
    pub code: String,
    /// Canonical English name ("China", "Laos", "United States").
    pub name: String,
    /// Capital city, as named in the city table.
    pub capital: Option<String>,
    /// Adjectives and nouns for its people, primary first ("Filipino", "Philippine").
    pub demonyms: Vec<String>,
    /// Other names ("Lao PDR", "US", "Türkiye").
    pub aliases: Vec<String>,
}

/// A city (GeoNames).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct City {
    /// GeoNames name ("New Delhi", "Ho Chi Minh City", "Köln").
    pub name: String,
    /// Canonical country name.
    pub country: String,
    pub population: u64,
    /// True for national capitals.
    pub capital: bool,
}

/// A region, island, state or continent ("Bali", "Crimea", "Texas", "Europe").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    pub name: String,
    pub aliases: Vec<String>,
    /// Canonical country, when the region lies in one (none for "Kashmir", "Europe").
    pub country: Option<String>,
}

/// A well-known diplomatic venue ("White House", "Great Hall of the People").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Venue {
    pub name: String,
    pub aliases: Vec<String>,
    /// The city it is in, when it is in one.
    pub city: Option<String>,
    /// Canonical country name.
    pub country: String,
}

/// Whether an [`Organisation`] is a standing body or a meeting series / forum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrgKind {
    /// A standing body: ASEAN, NATO, SCO, BRICS.
    Organisation,
    /// A meeting series or forum: ADMM-Plus, Shangri-La Dialogue, COP, WEF.
    Occasion,
}

/// An international organisation or summit series.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    /// "SCO", "ADMM-Plus"; none for e.g. "Shangri-La Dialogue".
    pub acronym: Option<String>,
    /// Full name ("Shanghai Cooperation Organisation").
    pub name: String,
    /// Other spellings ("ADMM Plus", "Shanghai Cooperation Organization").
    pub variants: Vec<String>,
    pub kind: OrgKind,
}

/// What a [`GazMatch`] refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GazKind {
    Country,
    Demonym,
    City,
    Region,
    Venue,
    Organisation,
}

/// One gazetteer hit in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazMatch {
    /// Byte offsets of the matched text.
    pub start: usize,
    pub end: usize,
    pub kind: GazKind,
    /// Canonical name of the thing matched: the country's name for a country ("Laos" for
    /// "Lao PDR"), the primary demonym for a demonym ("Filipino" for "Philippine"), the
    /// city's own name ("Delhi" stays "Delhi"), the region's, venue's or organisation's
    /// (full) name.
    pub name: String,
    /// Canonical country name, when known (none for organisations and multi-country
    /// regions).
    pub country: Option<String>,
    /// For a city its own name; for a venue the city it is in.
    pub city: Option<String>,
}

/// What one automaton pattern stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Country(usize),
    Demonym(usize),
    City(usize),
    Region(usize),
    Venue(usize),
    Org(usize),
}

impl Target {
    /// Lower wins when one surface names several things.
    fn rank(self, cities: &[City]) -> u8 {
        match self {
            Target::Country(_) => 0,
            Target::Venue(_) => 1,
            Target::Org(_) => 2,
            Target::City(i) if cities[i].capital => 3,
            Target::Region(_) => 4,
            Target::Demonym(_) => 5,
            Target::City(_) => 6,
        }
    }
}

/// The embedded gazetteer and its matcher. Obtain it with [`gazetteer`].
pub struct Gazetteer {
    countries: Vec<Country>,
    cities: Vec<City>,
    regions: Vec<Region>,
    venues: Vec<Venue>,
    organisations: Vec<Organisation>,
    /// Pattern id -> target; parallel to the automaton's patterns.
    targets: Vec<Target>,
    /// Pattern id -> whether the neighbour rule for personal names applies.
    name_like: Vec<bool>,
    automaton: AhoCorasick,
    /// Every matchable surface -> its winning target.
    surfaces: HashMap<String, Target>,
    /// Lenient look-ups by name.
    lookups: Lookups,
    warnings: Vec<String>,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::build);

/// The gazetteer built from the embedded data (once, on first use).
pub fn gazetteer() -> &'static Gazetteer {
    &GAZETTEER
}

/// Plural forms of a demonym: "Indian" -> "Indians", "Frenchman" -> "Frenchmen";
/// none for "Chinese", "Swiss", "British".
fn plural(demonym: &str) -> Option<String> {
    if let Some(stem) = demonym.strip_suffix("man") {
        return Some(format!("{stem}men"));
    }
    if UNINFLECTED_DEMONYMS.iter().any(|e| demonym.ends_with(e))
        || demonym.contains(' ') && demonym.ends_with("ese")
    {
        return None;
    }
    let last = demonym.chars().last()?;
    last.is_alphabetic().then(|| format!("{demonym}s"))
}

/// True when `s` is written in capitals throughout (an acronym: "US", "SCO", "U.S.").
fn is_acronym(s: &str) -> bool {
    s.chars().any(|c| c.is_alphabetic()) && !s.chars().any(|c| c.is_lowercase())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Lower-cased and exact name look-ups of [`Gazetteer`]'s lenient accessors.
struct Lookups {
    /// Lower-cased names and aliases (not acronyms) -> country.
    country_folded: HashMap<String, usize>,
    demonym_folded: HashMap<String, usize>,
    /// Names and aliases -> most populous city of that name (exact and lower-cased).
    city_exact: HashMap<String, usize>,
    city_folded: HashMap<String, usize>,
    org_exact: HashMap<String, usize>,
    org_folded: HashMap<String, usize>,
    venue_folded: HashMap<String, usize>,
}

impl Lookups {
    fn new(t: &load::Tables) -> Lookups {
        let mut l = Lookups {
            country_folded: HashMap::new(),
            demonym_folded: HashMap::new(),
            city_exact: HashMap::new(),
            city_folded: HashMap::new(),
            org_exact: HashMap::new(),
            org_folded: HashMap::new(),
            venue_folded: HashMap::new(),
        };
        for (i, c) in t.countries.iter().enumerate() {
            for n in once(&c.name).chain(&c.aliases) {
                if !is_acronym(n) {
                    l.country_folded.entry(n.to_lowercase()).or_insert(i);
                }
            }
            for d in &c.demonyms {
                l.demonym_folded.entry(d.to_lowercase()).or_insert(i);
                if let Some(p) = plural(d) {
                    l.demonym_folded.entry(p.to_lowercase()).or_insert(i);
                }
            }
        }
        for (i, r) in t.cities.iter().enumerate() {
            for n in once(&r.city.name).chain(&r.aliases) {
                l.city_exact.entry(n.clone()).or_insert(i);
                l.city_folded.entry(n.to_lowercase()).or_insert(i);
            }
        }
        for (i, o) in t.organisations.iter().enumerate() {
            for n in o.acronym.iter().chain([&o.name]).chain(&o.variants) {
                l.org_exact.entry(n.clone()).or_insert(i);
                if !is_acronym(n) {
                    l.org_folded.entry(n.to_lowercase()).or_insert(i);
                }
            }
        }
        for (i, v) in t.venues.iter().enumerate() {
            for n in once(&v.name).chain(&v.aliases) {
                l.venue_folded.entry(n.to_lowercase()).or_insert(i);
            }
        }
        l
    }
}

/// Every (surface, target) of the tables: names, aliases, demonyms and their plurals,
/// acronyms and variants.
fn candidates(t: &load::Tables) -> Vec<(String, Target)> {
    fn add<'a>(
        cands: &mut Vec<(String, Target)>,
        names: impl IntoIterator<Item = &'a String>,
        target: Target,
    ) {
        cands.extend(names.into_iter().map(|n| (n.clone(), target)));
    }
    let mut cands = Vec::new();
    for (i, c) in t.countries.iter().enumerate() {
        add(
            &mut cands,
            once(&c.name).chain(&c.aliases),
            Target::Country(i),
        );
        for d in &c.demonyms {
            add(&mut cands, once(d).chain(&plural(d)), Target::Demonym(i));
        }
    }
    for (i, r) in t.cities.iter().enumerate() {
        add(
            &mut cands,
            once(&r.city.name).chain(&r.aliases),
            Target::City(i),
        );
    }
    for (i, r) in t.regions.iter().enumerate() {
        add(
            &mut cands,
            once(&r.name).chain(&r.aliases),
            Target::Region(i),
        );
    }
    for (i, v) in t.venues.iter().enumerate() {
        add(
            &mut cands,
            once(&v.name).chain(&v.aliases),
            Target::Venue(i),
        );
    }
    for (i, o) in t.organisations.iter().enumerate() {
        let names = o.acronym.iter().chain([&o.name]).chain(&o.variants);
        add(&mut cands, names, Target::Org(i));
    }
    cands
}

/// Spelling variants news text uses: curly apostrophes ("Ministers’ Meeting") and
/// title-case acronyms of four letters or more ("Nato", "Asean", "Opec").
fn spelling_variants(cands: &[(String, Target)]) -> Vec<(String, Target)> {
    let mut variants = Vec::new();
    for (s, target) in cands {
        if s.contains('\'') {
            variants.push((s.replace('\'', "\u{2019}"), *target));
        }
        if matches!(target, Target::Org(_))
            && s.len() >= 4
            && s.chars().all(|c| c.is_ascii_uppercase())
        {
            let title = s[..1].to_string() + &s[1..].to_ascii_lowercase();
            variants.push((title, *target));
        }
    }
    variants
}

/// The winning target of every surface (see [`Target::rank`]); surfaces must start with
/// a capital or digit to be matched case-sensitively.
fn best_targets(cands: Vec<(String, Target)>, cities: &[City]) -> HashMap<String, Target> {
    let mut surfaces: HashMap<String, Target> = HashMap::new();
    for (s, target) in cands {
        if s.is_empty() || s.starts_with(|c: char| c.is_lowercase()) {
            continue;
        }
        match surfaces.get(&s) {
            // Cities come sorted by population, so the first of a name is the largest.
            Some(old) if old.rank(cities) <= target.rank(cities) => {}
            _ => {
                surfaces.insert(s, target);
            }
        }
    }
    surfaces
}

impl Gazetteer {
    fn build() -> Gazetteer {
        let t = load::parse();
        let cities: Vec<City> = t.cities.iter().map(|r| r.city.clone()).collect();
        let mut cands = candidates(&t);
        let variants = spelling_variants(&cands);
        cands.extend(variants);
        let surfaces = best_targets(cands, &cities);

        let mut patterns: Vec<&String> = surfaces.keys().collect();
        patterns.sort();
        let targets: Vec<Target> = patterns.iter().map(|p| surfaces[*p]).collect();
        let name_like: Vec<bool> = patterns.iter().map(|p| NAME_LIKE_PLACES.has(p)).collect();
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .build(&patterns)
            .expect("gazetteer automaton: patterns are plain strings");
        let lookups = Lookups::new(&t);
        Gazetteer {
            countries: t.countries,
            cities,
            regions: t.regions,
            venues: t.venues,
            organisations: t.organisations,
            targets,
            name_like,
            automaton,
            surfaces,
            lookups,
            warnings: t.warnings,
        }
    }

    /// All countries and territories.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// All cities, most populous first.
    pub fn cities(&self) -> &[City] {
        &self.cities
    }

    /// All organisations and summit series.
    pub fn organisations(&self) -> &[Organisation] {
        &self.organisations
    }

    /// All curated venues.
    pub fn venues(&self) -> &[Venue] {
        &self.venues
    }

    /// All curated regions.
    pub fn regions(&self) -> &[Region] {
        &self.regions
    }

    /// Rows of the embedded tables that did not parse (empty for well-formed data).
    pub fn load_warnings(&self) -> &[String] {
        &self.warnings
    }

    /// Country by canonical name, alias or ISO2 code: "Lao PDR", "U.S.", "Türkiye",
    /// "the Philippines", "CN". Acronyms must be upper case; other names match in any case.
    pub fn country(&self, name_or_alias: &str) -> Option<&Country> {
        let s = straight_quotes(name_or_alias.trim());
        let s = s.as_str();
        if let Some(Target::Country(i)) = self.surfaces.get(s) {
            return Some(&self.countries[*i]);
        }
        if s.len() == 2
            && is_acronym(s)
            && let Some(c) = self.countries.iter().find(|c| c.code == s)
        {
            return Some(c);
        }
        let folded = s.to_lowercase();
        let folded = folded.strip_prefix("the ").unwrap_or(&folded);
        self.lookups
            .country_folded
            .get(folded)
            .map(|&i| &self.countries[i])
    }

    /// The country a demonym or adjectival country name refers to: "Chinese" -> China,
    /// "Filipinos" -> Philippines, "Japan" (as in "his Japan counterpart") -> Japan.
    pub fn country_of_demonym(&self, word: &str) -> Option<&Country> {
        let s = word.trim();
        if let Some(Target::Demonym(i)) = self.surfaces.get(s) {
            return Some(&self.countries[*i]);
        }
        if let Some(&i) = self.lookups.demonym_folded.get(&s.to_lowercase()) {
            return Some(&self.countries[i]);
        }
        self.country(s)
    }

    /// The most populous city of that name or alias ("Delhi", "Bombay" -> Mumbai).
    pub fn city(&self, name: &str) -> Option<&City> {
        let s = name.trim();
        self.lookups
            .city_exact
            .get(s)
            .or_else(|| self.lookups.city_folded.get(&s.to_lowercase()))
            .map(|&i| &self.cities[i])
    }

    /// A curated region by name or alias.
    pub fn region(&self, name: &str) -> Option<&Region> {
        let s = name.trim();
        self.regions
            .iter()
            .find(|r| r.name == s || r.aliases.iter().any(|a| a == s))
    }

    /// A curated venue by name or alias, in any case ("the white house" too).
    pub fn venue(&self, name: &str) -> Option<&Venue> {
        let folded = straight_quotes(name.trim()).to_lowercase();
        let folded = folded.strip_prefix("the ").unwrap_or(&folded);
        self.lookups
            .venue_folded
            .get(folded)
            .map(|&i| &self.venues[i])
    }

    /// Organisation or summit series by acronym, full name or variant ("SCO",
    /// "ADMM Plus", "Shanghai Cooperation Organization"). Acronyms must be upper case.
    pub fn organisation(&self, name_or_acronym: &str) -> Option<&Organisation> {
        let s = straight_quotes(name_or_acronym.trim());
        let title_acronym = || {
            (s.len() >= 4 && s.chars().all(|c| c.is_ascii_alphabetic()))
                .then(|| self.lookups.org_exact.get(&s.to_ascii_uppercase()))
                .flatten()
        };
        self.lookups
            .org_exact
            .get(s.as_str())
            .or_else(title_acronym)
            .or_else(|| self.lookups.org_folded.get(&s.to_lowercase()))
            .map(|&i| &self.organisations[i])
    }

    /// For NER: is this capitalised token (or phrase) a known country, demonym, city,
    /// region or venue? A trailing possessive ("China's") is ignored. Organisations are
    /// not places.
    pub fn is_place_word(&self, word: &str) -> bool {
        let w = word.trim();
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("\u{2019}s"))
            .unwrap_or(w);
        matches!(self.surfaces.get(w), Some(t) if !matches!(t, Target::Org(_)))
    }

    /// All non-overlapping gazetteer matches in `text`, leftmost-longest, whole words only.
    pub fn find(&self, text: &str) -> Vec<GazMatch> {
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < text.len() {
            let Some(m) = self.automaton.find(Input::new(text).span(pos..text.len())) else {
                break;
            };
            let start = m.start();
            let accepted = if starts_word(text, start) {
                self.whole_word_at(text, start, m.end(), m.pattern().as_usize())
            } else {
                None
            };
            match accepted {
                Some((end, pid)) => {
                    out.push(self.to_match(start, end, self.targets[pid]));
                    pos = end;
                }
                None => pos = next_char(text, start),
            }
        }
        out
    }

    /// The longest pattern starting at `start` (at most `end`) that ends on a word boundary
    /// and passes the personal-name rule, as (end, pattern id).
    fn whole_word_at(
        &self,
        text: &str,
        start: usize,
        mut end: usize,
        mut pid: usize,
    ) -> Option<(usize, usize)> {
        loop {
            if ends_word(text, end) {
                return (!self.name_like[pid] || !beside_name(text, start, end))
                    .then_some((end, pid));
            }
            // Try a shorter pattern at the same start.
            let input = Input::new(text)
                .span(start..end - 1)
                .anchored(Anchored::Yes);
            let m = self.automaton.find(input)?;
            end = m.end();
            pid = m.pattern().as_usize();
        }
    }

    fn to_match(&self, start: usize, end: usize, target: Target) -> GazMatch {
        let (kind, name, country, city) = match target {
            Target::Country(i) => {
                let c = &self.countries[i];
                (GazKind::Country, c.name.clone(), Some(c.name.clone()), None)
            }
            Target::Demonym(i) => {
                let c = &self.countries[i];
                let primary = c.demonyms.first().unwrap_or(&c.name).clone();
                (GazKind::Demonym, primary, Some(c.name.clone()), None)
            }
            Target::City(i) => {
                let c = &self.cities[i];
                (
                    GazKind::City,
                    c.name.clone(),
                    Some(c.country.clone()),
                    Some(c.name.clone()),
                )
            }
            Target::Region(i) => {
                let r = &self.regions[i];
                (GazKind::Region, r.name.clone(), r.country.clone(), None)
            }
            Target::Venue(i) => {
                let v = &self.venues[i];
                (
                    GazKind::Venue,
                    v.name.clone(),
                    Some(v.country.clone()),
                    v.city.clone(),
                )
            }
            Target::Org(i) => {
                let o = &self.organisations[i];
                (GazKind::Organisation, o.name.clone(), None, None)
            }
        };
        GazMatch {
            start,
            end,
            kind,
            name,
            country,
            city,
        }
    }
}

/// `s` with curly apostrophes made straight, as the tables write them.
fn straight_quotes(s: &str) -> String {
    s.replace('\u{2019}', "'")
}

/// No letter or digit right before `i`.
fn starts_word(text: &str, i: usize) -> bool {
    !text[..i].chars().next_back().is_some_and(is_word_char)
}

/// No letter or digit right after `i`.
fn ends_word(text: &str, i: usize) -> bool {
    !text[i..].chars().next().is_some_and(is_word_char)
}

fn next_char(text: &str, i: usize) -> usize {
    i + text[i..].chars().next().map_or(1, char::len_utf8)
}

/// Is a capitalised name word (not a sentence-opening function word) right beside
/// `start..end`, separated by a single space?
fn beside_name(text: &str, start: usize, end: usize) -> bool {
    let is_name = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase) && !CAPITALISED_FUNCTION_WORDS.has(w)
    };
    let before = text[..start].strip_suffix(' ').map(|b| {
        let from = b
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8());
        &b[from..]
    });
    let after = text[end..].strip_prefix(' ').map(|a| {
        let to = a
            .char_indices()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(a.len(), |(i, _)| i);
        &a[..to]
    });
    // "Jordan King Abdullah", "Chad President Déby": a title after the place is no name.
    before.is_some_and(is_name) || after.is_some_and(|w| is_name(w) && !TITLES_AFTER_PLACE.has(w))
}

#[cfg(test)]
mod tests;
