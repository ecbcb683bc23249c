//! People in one sentence: named mentions with their title/role and nationality ("Kenyan
//! Defence Minister Amara Wanjiku", "Peru's trade minister Luis Quispe", "then-Chinese
//! Defence Minister ..."), descriptions without a name ("his Chinese counterpart", "the
//! Indian minister", "Secretary of National Defence of the Philippines"), lists of unnamed
//! counterparts ("his counterparts from Malaysia, China and Japan"), groups ("the two
//! ministers", "both sides", "the pair") and pronouns.
//!
//! Names are runs of capitalised words (with particles such as "da", "bin", "van") that
//! are not places, organisations, months, headings or institution names. A run with a
//! leading title ("President", "Admiral") or two or more name words is a person; a single
//! bare capitalised word is only a candidate, resolved later against the article's people.
//!
//! "Gen": a "Gen" without a full stop followed by exactly one name word is kept as part of
//! the name ("Gen Ito": "Gen" is also a Japanese given name); "Gen." with a full stop,
//! or "Gen" before two or more name words, is the military title. Either way the surname
//! alone resolves to the same person.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::extract::text::{Token, tokenize};
use crate::lexicon::gazetteer::{GazKind, GazMatch, gazetteer};

/// Words that name a person's office or status; they make a following name a person and,
/// alone, make a description ("the minister").
const PERSON_NOUNS: &[&str] = &[
    "president",
    "minister",
    "premier",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "sheikh",
    "sultan",
    "secretary",
    "adviser",
    "advisor",
    "nsa",
    "admiral",
    "adm",
    "general",
    "gen",
    "dr",
    "mr",
    "mrs",
    "ms",
    "leader",
    "speaker",
    "ambassador",
    "governor",
    "mayor",
    "pope",
    "senator",
    "sen",
    "representative",
    "counterpart",
    "counterparts",
    "commander",
    "marshal",
    "colonel",
    "col",
    "lt",
    "captain",
    "capt",
    "major",
    "envoy",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "chairman",
    "chairwoman",
    "chief",
    "shri",
    "smt",
    "sir",
    "diplomat",
    "prosecutor",
    "commissioner",
    "guest",
    "host",
    "visitor",
    "ministers",
    "leaders",
    "presidents",
    "premiers",
];

/// Words that are part of titles but do not name a person alone.
const TITLE_MODIFIERS: &[&str] = &[
    "staff",
    "treasury",
    "agriculture",
    "economy",
    "economic",
    "health",
    "education",
    "justice",
    "labor",
    "labour",
    "transport",
    "industry",
    "environment",
    "culture",
    "undersecretary",
    "under-secretary",
    "lecturer",
    "professor",
    "prof",
    "exchequer",
    "general",
    "assistant",
    "permanent",
    "defence",
    "defense",
    "foreign",
    "prime",
    "state",
    "national",
    "security",
    "home",
    "finance",
    "trade",
    "external",
    "affairs",
    "interior",
    "commerce",
    "top",
    "policy",
    "deputy",
    "vice",
    "acting",
    "former",
    "supreme",
    "crown",
    "attorney",
    "first",
    "army",
    "naval",
    "military",
    "minister's",
    "cabinet",
    "senior",
    "chief",
    "new",
    "visiting",
    "then",
];

/// Capitalised words that are never (part of) a person's name: institutions, events,
/// documents, geography and similar.
const NON_NAME_WORDS: &[&str] = &[
    "Chamber",
    "Morning",
    "Evening",
    "Night",
    "Show",
    "Band",
    "Records",
    "Music",
    "Film",
    "Films",
    "Pictures",
    "Studios",
    "Awards",
    "Petroleum",
    "Steel",
    "Electric",
    "Chemical",
    "Chemicals",
    "Mining",
    "Resources",
    "Holdings",
    "Capital",
    "Partners",
    "Securities",
    "Insurance",
    "Bancorp",
    "Financial",
    "Communications",
    "Telecom",
    "Comic",
    "Theater",
    "Theatre",
    "Test",
    "Age",
    "Machine",
    "Machines",
    "Sociedad",
    "Club",
    "Team",
    "Cup",
    "House",
    "Office",
    "Department",
    "Ministry",
    "Council",
    "Agency",
    "Party",
    "Sea",
    "Ocean",
    "River",
    "Estate",
    "Temple",
    "Guesthouse",
    "Palace",
    "Hall",
    "Summit",
    "Meeting",
    "Forum",
    "Initiative",
    "Organisation",
    "Organization",
    "Cooperation",
    "Cooperative",
    "Union",
    "Nations",
    "News",
    "Station",
    "Broadcasting",
    "Control",
    "Line",
    "War",
    "Day",
    "Times",
    "Post",
    "Journal",
    "Press",
    "Bank",
    "Fund",
    "Group",
    "Company",
    "Corp",
    "Inc",
    "Ltd",
    "University",
    "College",
    "School",
    "Institute",
    "Centre",
    "Center",
    "Committee",
    "Commission",
    "Assembly",
    "Parliament",
    "Congress",
    "Senate",
    "Court",
    "Army",
    "Navy",
    "Force",
    "Forces",
    "Command",
    "Airport",
    "Port",
    "Street",
    "Road",
    "Avenue",
    "Square",
    "Bridge",
    "Island",
    "Islands",
    "Republic",
    "Kingdom",
    "Empire",
    "State",
    "States",
    "Province",
    "District",
    "County",
    "City",
    "Region",
    "Valley",
    "Mountain",
    "Gulf",
    "Bay",
    "Strait",
    "Peninsula",
    "Memorandum",
    "Agreement",
    "Treaty",
    "Accord",
    "Act",
    "Bill",
    "Plan",
    "Programme",
    "Program",
    "Project",
    "Policy",
    "Strategy",
    "Declaration",
    "Statement",
    "Conference",
    "Dialogue",
    "Games",
    "Cup",
    "League",
    "Championship",
    "Olympics",
    "Festival",
    "Award",
    "Prize",
    "Church",
    "Mosque",
    "Cathedral",
    "Museum",
    "Gallery",
    "Stadium",
    "Hotel",
    "Tower",
    "Building",
    "Economic",
    "Affairs",
    "Security",
    "Defence",
    "Defense",
    "Foreign",
    "Politburo",
    "Communist",
    "Democratic",
    "Republican",
    "Liberal",
    "Labour",
    "Conservative",
    "Front",
    "Movement",
    "Alliance",
    "Coalition",
    "Network",
    "Service",
    "Services",
    "Authority",
    "Board",
    "Bureau",
    "Corporation",
    "Industries",
    "Systems",
    "Airlines",
    "Motors",
    "Media",
    "Television",
    "Radio",
    "Channel",
    "Magazine",
    "Review",
    "Daily",
    "Weekly",
    "Herald",
    "Tribune",
    "Guardian",
    "Telegraph",
    "Express",
    "Mail",
    "Gazette",
    "Chronicle",
    "Observer",
    "Standard",
    "Reuters",
    "Twitter",
    "Facebook",
    "Instagram",
    "YouTube",
    "Internet",
    "Online",
    "Zone",
    "Grain",
    "Special",
    "Strategic",
    "Global",
    "Partnership",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "North",
    "South",
    "East",
    "West",
    "Central",
    "Capitol",
    "Kremlin",
    "Pentagon",
    "Exchange",
    "Market",
    "Index",
    "Stock",
    "Research",
    "Report",
    "Poll",
    "Oil",
    "Gas",
    "Energy",
    "Power",
    "Trust",
    "Club",
    "United",
    "National",
    "International",
    "Federal",
    "Royal",
    "Islamic",
    "Muslim",
    "Christian",
    "Catholic",
    "Buddhist",
    "Orthodox",
    "Supreme",
    "High",
    "Lower",
    "Upper",
    "Affair",
    "Crisis",
    "Revolution",
    "Cabinet",
    "Government",
    "Administration",
    "Embassy",
    "Consulate",
    "Mission",
    "Council",
    "Secretariat",
    "Headquarters",
    "Police",
    "Guard",
    "Corps",
    "Unit",
    "Division",
    "Brigade",
    "Battalion",
    "Fleet",
    "Air",
    "Airways",
    "Foundation",
    "Society",
    "Association",
    "Federation",
    "Confederation",
    "Pact",
    "Treaty",
    "Charter",
    "Convention",
    "Protocol",
    "Framework",
    "Doctrine",
    "Corridor",
    "Belt",
    "Road",
    "Prime",
    "Minister",
    "President",
    "Secretary",
    "Vice",
    "Deputy",
    "Chief",
    "Premier",
    "Ministers",
    "Leaders",
    "Pool",
    "Photo",
    "Source",
    "Image",
    "Video",
    "Share",
    "Advertisement",
    "Subscribe",
    "Read",
    "Also",
    "More",
    "Related",
    "Latest",
    "Breaking",
    "Live",
    "Updated",
    "Published",
    "Estate",
    "Gardens",
    "Garden",
    "Residence",
    "Villa",
    "Complex",
    "Compound",
    "Base",
    "Camp",
    "Farm",
    "Ranch",
    "Castle",
    "Fort",
];

/// Capitalised function and common words that start sentences and are never names.
const COMMON_WORDS: &[&str] = &[
    // Verbs of title-case headlines ("Berg Meets Ruiz In Lima").
    "Meets",
    "Met",
    "Meet",
    "Meeting",
    "Hosts",
    "Hosted",
    "Holds",
    "Held",
    "Talks",
    "Visits",
    "Visited",
    "Receives",
    "Received",
    "Welcomes",
    "Welcomed",
    "Says",
    "Said",
    "Calls",
    "Speaks",
    "Spoke",
    "Agree",
    "Agrees",
    "Discuss",
    "Discusses",
    "Sign",
    "Signs",
    "Urges",
    "Vows",
    "Pledge",
    "Pledges",
    "Backs",
    "Seeks",
    "Eyes",
    "Amid",
    "Over",
    "Ahead",
    "Via",
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Your",
    "In",
    "On",
    "At",
    "For",
    "But",
    "And",
    "Or",
    "Nor",
    "Also",
    "After",
    "Before",
    "During",
    "While",
    "When",
    "Where",
    "Why",
    "How",
    "What",
    "Who",
    "Which",
    "Whom",
    "As",
    "If",
    "Since",
    "Until",
    "Though",
    "Although",
    "However",
    "Meanwhile",
    "Moreover",
    "Furthermore",
    "Despite",
    "Upon",
    "Following",
    "With",
    "Without",
    "From",
    "To",
    "By",
    "Of",
    "Over",
    "Under",
    "Between",
    "Among",
    "Amid",
    "About",
    "Against",
    "Into",
    "Through",
    "Both",
    "Each",
    "Every",
    "All",
    "Some",
    "Many",
    "Most",
    "Several",
    "Such",
    "No",
    "Not",
    "Yes",
    "Here",
    "There",
    "Then",
    "Now",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Earlier",
    "Later",
    "Last",
    "Next",
    "First",
    "Second",
    "Third",
    "Another",
    "Other",
    "Recalling",
    "Describing",
    "Prior",
    "According",
    "Asked",
    "Speaking",
    "Addressing",
    "Earlier",
    "Hours",
    "Days",
    "Weeks",
    "Months",
    "Years",
    "Had",
    "Has",
    "Have",
    "Was",
    "Were",
    "Is",
    "Are",
    "Be",
    "Will",
    "Would",
    "Could",
    "Should",
    "May",
    "Might",
    "Must",
    "Can",
    "Shall",
    "Did",
    "Does",
    "Do",
    "Not",
    "Even",
    "Just",
    "Only",
    "Still",
    "Yet",
    "Already",
    "Instead",
    "Thus",
    "Hence",
    "Therefore",
    "Indeed",
    "Overall",
    "Besides",
    "Beyond",
    "Within",
    "Across",
    "Along",
    "Around",
    "Behind",
    "Below",
    "Beside",
    "Near",
    "Off",
    "Out",
    "Up",
    "Down",
    "Once",
    "Twice",
    "Again",
    "Ahead",
    "Let",
    "Please",
    "Thank",
    "Thanks",
    "Dear",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Feb",
    "Apr",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Had",
    "Watch",
    "Click",
    "See",
    "Sign",
    "Follow",
    "Get",
    "Take",
    "Make",
    "Keep",
    "Give",
    "Put",
    "Set",
    "Note",
    "Reporting",
    "Editing",
    "Writing",
    "Additional",
    "Image",
    "Pic",
    "Caption",
    "Credit",
    "Copyright",
    "Top",
    "Senior",
    "Former",
    "Acting",
    "Then",
    "New",
    "Visiting",
];

/// Lower-case nouns a name can modify; a name right before one is not a person.
const MODIFIED_NOUNS: &[&str] = &[
    "award",
    "awards",
    "prize",
    "trophy",
    "medal",
    "cup",
    "scheme",
    "plan",
    "case",
    "era",
    "administration",
    "government",
    "doctrine",
    "family",
    "foundation",
    "estate",
    "library",
    "centre",
    "center",
    "museum",
    "stadium",
    "airport",
    "hospital",
    "school",
    "university",
    "street",
    "road",
    "park",
    "bridge",
    "memorial",
    "show",
    "film",
    "movie",
    "album",
    "song",
    "campaign",
    "camp",
    "team",
    "band",
    "brand",
    "company",
    "group",
    "fund",
    "trust",
    "attack",
    "attacks",
    "bombing",
    "massacre",
    "incident",
    "crisis",
];

/// Lower-case words after which an untitled name is a thing, not a person: articles and
/// kinds of organisations, works and vehicles.
const THING_NOUNS: &[&str] = &[
    "the",
    "a",
    "an",
    "bank",
    "firm",
    "company",
    "carrier",
    "airline",
    "retailer",
    "group",
    "band",
    "club",
    "team",
    "show",
    "programme",
    "program",
    "series",
    "newspaper",
    "magazine",
    "channel",
    "network",
    "label",
    "studio",
    "film",
    "album",
    "song",
    "novel",
    "book",
    "ship",
    "vessel",
    "brand",
    "chain",
    "operator",
    "maker",
    "giant",
    "rival",
    "insurer",
    "lender",
];

/// Lower-case particles allowed inside a name ("dos Santos", "bin Nasser").
const PARTICLES: &[&str] = &[
    "da", "de", "do", "dos", "das", "del", "della", "di", "du", "bin", "binti", "ibn", "al", "el",
    "van", "von", "der", "den", "la", "le",
];

/// What a reference to people is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefKind {
    /// A name ("Tomas Berg", "President Wu"), possessive removed.
    Named(String),
    /// One bare capitalised word that may be a known person's name ("Berg").
    Single(String),
    /// A description without a name ("his Chinese counterpart", "the Indian minister").
    Desc,
    /// Unnamed counterparts of listed countries ("his counterparts from Malaysia, ...").
    CounterpartList(Vec<String>),
    /// "the two ministers", "both sides", "the pair".
    Group,
    /// he / his / him / she / her.
    Pronoun,
    /// they / their / them / we / our.
    PluralPronoun,
}

/// One reference to people in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRef {
    /// Token range in the sentence.
    pub t0: usize,
    pub t1: usize,
    /// Byte range in the sentence.
    pub start: usize,
    pub end: usize,
    pub kind: RefKind,
    /// Title/role as written nearest the name ("Defence Minister").
    pub role: Option<String>,
    /// Country the person represents, from a demonym or "X's".
    pub country: Option<String>,
    /// "then-" / "former": the role was held at the time told, maybe not now.
    pub then: bool,
    /// The role is "counterpart" (same office as the other side).
    pub counterpart: bool,
}

/// A sentence with its tokens, gazetteer hits and people references.
#[derive(Debug, Clone)]
pub struct Analysis<'a> {
    pub text: &'a str,
    pub toks: Vec<Token<'a>>,
    pub gaz: Vec<GazMatch>,
    /// For each token, the index of the gazetteer hit covering it.
    pub tok_gaz: Vec<Option<usize>>,
    pub refs: Vec<PersonRef>,
}

struct WordSets {
    person_nouns: HashSet<&'static str>,
    titles: HashSet<&'static str>,
    common: HashSet<&'static str>,
    non_name: HashSet<&'static str>,
}

static SETS: LazyLock<WordSets> = LazyLock::new(|| WordSets {
    person_nouns: PERSON_NOUNS.iter().copied().collect(),
    titles: PERSON_NOUNS
        .iter()
        .chain(TITLE_MODIFIERS)
        .copied()
        .collect(),
    common: COMMON_WORDS.iter().copied().collect(),
    non_name: NON_NAME_WORDS.iter().copied().collect(),
});

fn lowered(w: &str) -> std::borrow::Cow<'_, str> {
    if w.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(w.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(w)
    }
}

/// Looks a word up in a set by its lower-case form, without allocating for short ASCII
/// words.
fn in_set(set: &HashSet<&'static str>, w: &str) -> bool {
    let mut buf = [0u8; 32];
    if w.is_ascii() && w.len() <= buf.len() {
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        return std::str::from_utf8(b).is_ok_and(|l| set.contains(l));
    }
    set.contains(lowered(w).as_ref())
}

/// True for words naming an office or status ("minister", "President").
pub fn is_person_noun(w: &str) -> bool {
    in_set(&SETS.person_nouns, w)
}

fn is_non_name(w: &str) -> bool {
    SETS.non_name.contains(w)
}

fn lower_in(w: &str, list: &[&str]) -> bool {
    let l = w.to_lowercase();
    list.contains(&l.as_str())
}

/// True for words that belong to a title ("Defence", "Minister", "of" excluded).
pub fn is_title_word(w: &str) -> bool {
    in_set(&SETS.titles, w)
}

/// A broad class of office used to pair counterparts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleClass {
    Defence,
    Foreign,
    Leader,
    Other(String),
}

/// The class of a role string.
pub fn role_class(role: &str) -> RoleClass {
    let r = role.to_lowercase();
    if r.contains("defen") {
        RoleClass::Defence
    } else if r.contains("foreign")
        || r.contains("secretary of state")
        || r.contains("diplomat")
        || r.contains("external affairs")
    {
        RoleClass::Foreign
    } else if [
        "president",
        "prime minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "emir",
        "sultan",
        "leader",
        "crown prince",
    ]
    .iter()
    .any(|w| r.contains(w))
        && !r.contains("vice")
    {
        RoleClass::Leader
    } else {
        RoleClass::Other(r)
    }
}

impl<'a> Analysis<'a> {
    /// Tokenizes and analyses one sentence.
    pub fn new(text: &'a str) -> Analysis<'a> {
        let toks = tokenize(text);
        let gaz = gazetteer().find(text);
        let mut tok_gaz = vec![None; toks.len()];
        let mut gi = 0;
        for (ti, t) in toks.iter().enumerate() {
            while gi < gaz.len() && gaz[gi].end <= t.start {
                gi += 1;
            }
            if let Some(g) = gaz.get(gi)
                && t.start < g.end
                && t.end > g.start
            {
                tok_gaz[ti] = Some(gi);
            }
        }
        let mut a = Analysis {
            text,
            toks,
            gaz,
            tok_gaz,
            refs: Vec::new(),
        };
        a.find_refs();
        a
    }

    fn gaz_kind(&self, ti: usize) -> Option<GazKind> {
        self.tok_gaz[ti].map(|g| self.gaz[g].kind)
    }

    /// Country named by a demonym or country token (incl. "Russia's").
    fn nationality(&self, ti: usize) -> Option<String> {
        let g = &self.gaz[self.tok_gaz[ti]?];
        match g.kind {
            GazKind::Country | GazKind::Demonym => g.country.clone(),
            _ => None,
        }
    }

    fn is_name_word(&self, ti: usize) -> bool {
        let t = &self.toks[ti];
        // "al-Rifa'i", "el-Sisi": an Arabic article joined to a capitalised name.
        let joined_article = ["al-", "el-", "ad-", "as-"].iter().any(|p| {
            t.text
                .strip_prefix(p)
                .is_some_and(|r| r.starts_with(char::is_uppercase))
        });
        if joined_article {
            return true;
        }
        if !t.is_cap() || t.is_all_caps() && t.text.chars().count() > 1 {
            return false;
        }
        if t.text.chars().any(|c| c.is_ascii_digit()) {
            return false;
        }
        let bare = t.bare();
        !SETS.common.contains(bare)
            && !is_non_name(bare)
            && !is_title_word(bare)
            && self.tok_gaz[ti].is_none()
    }

    fn is_particle(&self, ti: usize) -> bool {
        PARTICLES.contains(&self.toks[ti].text)
    }

    fn covered(&self, ti: usize) -> bool {
        self.refs.iter().any(|r| ti >= r.t0 && ti < r.t1)
    }

    /// Scans back from token `i` over titles, nationalities and determiners: returns the
    /// first token of the title phrase, the role, the country, then-flag, counterpart-flag.
    fn lookbehind(&self, i: usize) -> (usize, Option<String>, Option<String>, bool, bool) {
        let mut k = i;
        let mut country = None;
        let mut then = false;
        let mut counterpart = false;
        let mut role_runs: Vec<Vec<&str>> = vec![Vec::new()];
        let mut steps = 0;
        while k > 0 && steps < 14 {
            steps += 1;
            let t = &self.toks[k - 1];
            let lw = t.lower();
            let mut text = t.text;
            for prefix in ["then-", "former-"] {
                if let Some(head) = t.text.get(..prefix.len())
                    && head.eq_ignore_ascii_case(prefix)
                    && t.text.len() > prefix.len()
                {
                    then = true;
                    text = &t.text[prefix.len()..];
                }
            }
            let bare = crate::extract::text::strip_possessive(text);
            if t.word && (is_title_word(bare) || bare.eq_ignore_ascii_case("of")) {
                if lw == "then" || lw == "former" {
                    then = true;
                } else if lw == "counterpart" || lw == "counterparts" {
                    counterpart = true;
                } else if let Some(run) = role_runs.last_mut() {
                    run.push(t.text);
                }
                k -= 1;
                continue;
            }
            if t.word && self.nationality(k - 1).is_some() {
                if country.is_none() {
                    country = self.nationality(k - 1);
                }
                role_runs.push(Vec::new());
                k -= 1;
                // Multi-word demonyms ("South Korean") are covered by one hit.
                while k > 0
                    && self.tok_gaz[k - 1].is_some()
                    && self.tok_gaz[k - 1] == self.tok_gaz[k]
                {
                    k -= 1;
                }
                continue;
            }
            // "Mr." / "Gen." / "Dr.": the full stop of an abbreviated title.
            if !t.word
                && t.text == "."
                && k >= 2
                && self.toks[k - 2].word
                && is_title_word(self.toks[k - 2].text)
            {
                k -= 1;
                continue;
            }
            if !t.word && matches!(t.text, "(" | ")") {
                role_runs.push(Vec::new());
                k -= 1;
                continue;
            }
            if !t.word
                && t.text == ","
                && k == i
                && k >= 2
                && self.nationality(k - 2).is_some()
                && self.clause_ends_after_name(i)
            {
                // Apposition: "... of Peru, Luis Quispe".
                k -= 1;
                continue;
            }
            if t.word && matches!(lw.as_str(), "the" | "his" | "her" | "their" | "its" | "our") {
                role_runs.push(Vec::new());
                k -= 1;
                continue;
            }
            if t.word && lw == "then" {
                then = true;
                k -= 1;
                continue;
            }
            break;
        }
        // The role: the title run nearest the name (runs were collected backwards).
        let role = role_runs
            .into_iter()
            .map(|mut run| {
                run.reverse();
                while run.first().is_some_and(|w| w.eq_ignore_ascii_case("of")) {
                    run.remove(0);
                }
                while run.last().is_some_and(|w| w.eq_ignore_ascii_case("of")) {
                    run.pop();
                }
                run
            })
            .find(|run| run.iter().any(|w| is_person_noun(w)))
            .map(|run| format_role(&run));
        (k, role, country, then, counterpart)
    }

    fn find_refs(&mut self) {
        let n = self.toks.len();
        let mut i = 0;
        // Named people.
        while i < n {
            if !self.is_name_word(i) && !self.gen_name_start(i) && !self.place_as_given_name(i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < n {
                // An initial inside a name: "R. K. Menon", "George W. Kessler".
                let initial = self.toks[j].text == "."
                    && self.toks[j - 1].word
                    && self.toks[j - 1].text.chars().count() == 1
                    && self.toks[j - 1].is_cap()
                    && j + 1 < n
                    && self.is_name_word(j + 1);
                if self.is_name_word(j) && !self.toks[j - 1].is_possessive()
                    || self.is_particle(j) && j + 1 < n && self.is_name_word(j + 1)
                    || initial
                {
                    j += 1;
                } else {
                    break;
                }
            }
            // A run that touches an institution word is not a person ("Filoli Estate").
            // Nor one that modifies a thing ("the Cecil Rhodes award", "the Ann Lee
            // administration").
            if j < n
                && (self.toks[j].is_cap() && is_non_name(self.toks[j].bare())
                    || MODIFIED_NOUNS.contains(&self.toks[j].text))
            {
                i = j + 1;
                continue;
            }
            let (lb, role, country, then, counterpart) = self.lookbehind(i);
            let words = j - i;
            let titled = role.is_some() || counterpart;
            // Untitled, right after an article or a kind of thing, a name names a thing
            // ("The Blue Room", "US bank Wells Fargo", "the band Gothic Plague").
            if !titled
                && i > 0
                && self.toks[i - 1].word
                && THING_NOUNS.contains(&lowered(self.toks[i - 1].text).as_ref())
            {
                i = j;
                continue;
            }
            let start = self.toks[i].start;
            let end = self.toks[j - 1].start + self.toks[j - 1].bare().len();
            let name = self.text[start..end].to_string();
            let kind = if words >= 2 || titled {
                RefKind::Named(name)
            } else {
                RefKind::Single(name)
            };
            self.refs.push(PersonRef {
                t0: lb,
                t1: j,
                start: self.toks[lb].start,
                end,
                kind,
                role,
                country,
                then,
                counterpart,
            });
            i = j;
        }
        self.find_groups();
        self.find_descriptions();
        self.find_pronouns();
        self.refs.sort_by_key(|r| r.t0);
    }

    /// True when the name starting at token `i` ends its clause (an apposition such as
    /// "... of Peru, Luis Quispe." rather than the subject of a following verb).
    fn clause_ends_after_name(&self, i: usize) -> bool {
        let mut j = i;
        while j < self.toks.len() && (self.is_name_word(j) || self.is_particle(j)) {
            j += 1;
        }
        self.toks
            .get(j)
            .is_none_or(|t| !t.word || matches!(t.lower().as_str(), "and" | "or"))
    }

    /// A city's name used as a given name right after a title ("President Ngozi Habimana",
    /// "Minister Florence Mwangi"): a city (not a country or capital) followed by a name word.
    fn place_as_given_name(&self, i: usize) -> bool {
        i > 0
            && i + 1 < self.toks.len()
            && self.gaz_kind(i) == Some(GazKind::City)
            && self.toks[i].is_cap()
            && !self.toks[i].is_all_caps()
            && is_person_noun(self.toks[i - 1].text)
            && self.is_name_word(i + 1)
            && self.tok_gaz[i] != self.tok_gaz[i + 1]
    }

    /// "Gen" (no full stop) before exactly one name word starts a name ("Gen Ito").
    fn gen_name_start(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.text == "Gen"
            && self.toks.get(i + 1).is_some_and(|n| n.start == t.end + 1)
            && i + 1 < self.toks.len()
            && self.is_name_word(i + 1)
            && !(i + 2 < self.toks.len() && self.is_name_word(i + 2))
    }

    fn find_groups(&mut self) {
        const NOUNS: &[&str] = &[
            "ministers",
            "leaders",
            "sides",
            "presidents",
            "men",
            "women",
            "officials",
            "diplomats",
            "premiers",
            "counterparts",
            "delegations",
            "heads",
            "allies",
        ];
        let n = self.toks.len();
        for i in 0..n {
            if self.covered(i) {
                continue;
            }
            let l = self.toks[i].lower();
            let end = if l == "pair" || l == "duo" {
                (i > 0 && self.toks[i - 1].lower() == "the").then_some(i + 1)
            } else if l == "two" || l == "both" {
                // "the two (defence) ministers", "both (the) sides"
                (i + 1..(i + 4).min(n))
                    .find(|&k| lower_in(self.toks[k].text, NOUNS))
                    .filter(|&k| {
                        (i + 1..k).all(|m| {
                            self.toks[m].word
                                && (is_title_word(self.toks[m].text)
                                    || self.toks[m].lower() == "the")
                        })
                    })
                    .map(|k| k + 1)
                    .or_else(|| {
                        // "The two last met in ...", "the two agreed": "the two" alone.
                        let next = self.toks.get(i + 1)?;
                        let w = next.lower();
                        (l == "two"
                            && i > 0
                            && self.toks[i - 1].lower() == "the"
                            && next.word
                            && (w.ends_with("ed")
                                || matches!(
                                    w.as_str(),
                                    "last"
                                        | "met"
                                        | "have"
                                        | "had"
                                        | "will"
                                        | "were"
                                        | "are"
                                        | "also"
                                        | "first"
                                        | "held"
                                        | "spoke"
                                        | "sat"
                                        | "shook"
                                        | "would"
                                        | "could"
                                        | "then"
                                        | "later"
                                )))
                        .then_some(i + 1)
                    })
            } else {
                None
            };
            if let Some(e) = end {
                let s = if i > 0 && matches!(self.toks[i - 1].lower().as_str(), "the" | "their") {
                    i - 1
                } else {
                    i
                };
                self.refs.push(PersonRef {
                    t0: s,
                    t1: e,
                    start: self.toks[s].start,
                    end: self.toks[e - 1].end,
                    kind: RefKind::Group,
                    role: None,
                    country: None,
                    then: false,
                    counterpart: false,
                });
            }
        }
    }

    fn find_descriptions(&mut self) {
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            let t = self.toks[i];
            if !t.word || self.covered(i) || !is_title_word(t.text) {
                i += 1;
                continue;
            }
            // The title phrase [i, j), with "of" between title words.
            let mut j = i;
            while j < n && !self.covered(j) {
                if self.toks[j].word && is_title_word(self.toks[j].text)
                    || self.toks[j].lower() == "of"
                        && j + 1 < n
                        && self.toks[j + 1].word
                        && is_title_word(self.toks[j + 1].text)
                {
                    j += 1;
                } else {
                    break;
                }
            }
            let phrase: Vec<&str> = self.toks[i..j].iter().map(|t| t.text).collect();
            // A title before a name belongs to the name ("Mr. Faisal ...").
            let before_name = |k: usize| k < n && self.covered(k);
            if before_name(j) || j < n && self.toks[j].text == "." && before_name(j + 1) {
                i = j.max(i + 1);
                continue;
            }
            if !phrase.iter().any(|w| is_person_noun(w)) {
                i = j.max(i + 1);
                continue;
            }
            let (lb, _, mut country, then, mut counterpart) = self.lookbehind(i);
            counterpart |= phrase.iter().any(|w| {
                w.eq_ignore_ascii_case("counterpart") || w.eq_ignore_ascii_case("counterparts")
            });
            let plural = phrase
                .last()
                .is_some_and(|w| w.ends_with('s') && !w.eq_ignore_ascii_case("ms"));
            // Lookahead: "of (the) Country" / "from Country, Country and Country".
            let mut end_tok = j;
            let mut countries = Vec::new();
            if j < n && matches!(self.toks[j].lower().as_str(), "of" | "from") {
                let mut k = j + 1;
                loop {
                    while k < n && matches!(self.toks[k].lower().as_str(), "the" | "," | "and") {
                        k += 1;
                    }
                    if k < n
                        && let Some(c) = self
                            .nationality(k)
                            .filter(|_| self.gaz_kind(k) == Some(GazKind::Country))
                    {
                        let g = self.tok_gaz[k];
                        while k < n && self.tok_gaz[k] == g {
                            k += 1;
                        }
                        countries.push(c);
                        end_tok = k;
                        if !plural {
                            break;
                        }
                    } else {
                        break;
                    }
                }
            }
            if country.is_none() && countries.len() == 1 {
                country = countries.first().cloned();
            }
            let role = {
                let words: Vec<&str> = phrase
                    .iter()
                    .copied()
                    .filter(|w| {
                        !w.eq_ignore_ascii_case("counterpart")
                            && !w.eq_ignore_ascii_case("counterparts")
                    })
                    .collect();
                (!words.is_empty()).then(|| format_role(&words))
            };
            let kind = if plural && countries.len() >= 2
                || plural && counterpart && !countries.is_empty()
            {
                RefKind::CounterpartList(countries)
            } else if plural {
                i = j;
                continue;
            } else {
                RefKind::Desc
            };
            let first = self.toks[lb];
            self.refs.push(PersonRef {
                t0: lb,
                t1: end_tok,
                start: first.start,
                end: self.toks[end_tok - 1].end,
                kind,
                role,
                country,
                then,
                counterpart,
            });
            i = end_tok.max(i + 1);
        }
    }

    fn find_pronouns(&mut self) {
        for i in 0..self.toks.len() {
            if self.covered(i) {
                continue;
            }
            let kind = match self.toks[i].lower().as_str() {
                "he" | "him" | "his" | "she" | "her" => RefKind::Pronoun,
                "they" | "them" | "their" | "we" | "our" => RefKind::PluralPronoun,
                _ => continue,
            };
            self.refs.push(PersonRef {
                t0: i,
                t1: i + 1,
                start: self.toks[i].start,
                end: self.toks[i].end,
                kind,
                role: None,
                country: None,
                then: false,
                counterpart: false,
            });
        }
    }

    /// Token index of the token starting at or after byte `b`.
    pub fn tok_at(&self, b: usize) -> usize {
        self.toks
            .iter()
            .position(|t| t.start >= b)
            .unwrap_or(self.toks.len())
    }
}

/// Ranks and honorifics: a separate title from an office ("Defence Minister Admiral").
const RANKS: &[&str] = &[
    "admiral",
    "adm",
    "general",
    "gen",
    "dr",
    "mr",
    "mrs",
    "ms",
    "shri",
    "smt",
    "sir",
    "marshal",
    "colonel",
    "col",
    "lt",
    "captain",
    "capt",
    "major",
    "commander",
];

/// "defense minister" -> "Defense Minister"; "Secretary of State"; repeated words dropped;
/// a rank after an office is dropped ("Defence Minister Admiral" -> "Defence Minister").
fn format_role(words: &[&str]) -> String {
    let office_end = words
        .iter()
        .rposition(|w| !RANKS.contains(&w.to_lowercase().as_str()))
        .map_or(words.len(), |i| i + 1);
    let words = if office_end == 0 {
        words
    } else {
        &words[..office_end]
    };
    let mut out: Vec<String> = Vec::new();
    for w in words {
        let w = crate::extract::text::strip_possessive(w);
        let f = if w.eq_ignore_ascii_case("of") {
            "of".to_string()
        } else if w.chars().all(|c| c.is_uppercase()) {
            w.to_string()
        } else {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect(),
                None => continue,
            }
        };
        if out.last().is_some_and(|l| l.eq_ignore_ascii_case(&f)) {
            continue;
        }
        out.push(f);
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(s: &str) -> Vec<(String, Option<String>, Option<String>)> {
        Analysis::new(s)
            .refs
            .into_iter()
            .filter_map(|r| match r.kind {
                RefKind::Named(n) => Some((n, r.role, r.country)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn names_with_titles_and_nationality() {
        let r =
            named("Kenyan Foreign Minister Amara Wanjiku met Peru's trade minister Luis Quispe.");
        assert_eq!(
            r,
            [
                (
                    "Amara Wanjiku".into(),
                    Some("Foreign Minister".into()),
                    Some("Kenya".into())
                ),
                (
                    "Luis Quispe".into(),
                    Some("Trade Minister".into()),
                    Some("Peru".into())
                )
            ]
        );
    }

    #[test]
    fn places_institutions_and_headings_are_not_people() {
        assert!(
            named("NEW TALKS at the Oval Office and the State Department in New York.").is_empty()
        );
        assert!(named("They crossed the Line of Actual Control near the Black Sea.").is_empty());
    }

    #[test]
    fn particles_diacritics_and_gen() {
        let r = named(
            "President Maria dos Santos hosted Gen Ito and Gen. Ken Watanabe with Recep Öztürk Kılıç.",
        );
        let names: Vec<&str> = r.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "Maria dos Santos",
                "Gen Ito",
                "Ken Watanabe",
                "Recep Öztürk Kılıç"
            ]
        );
    }

    #[test]
    fn descriptions_groups_and_lists() {
        let a = Analysis::new(
            "He held talks with his Peruvian counterpart and counterparts from Chile, Brazil and Mexico; the two ministers agreed.",
        );
        let kinds: Vec<&RefKind> = a.refs.iter().map(|r| &r.kind).collect();
        assert!(matches!(kinds[0], RefKind::Pronoun));
        assert!(matches!(kinds[1], RefKind::Desc));
        assert_eq!(a.refs[1].country.as_deref(), Some("Peru"));
        assert!(a.refs[1].counterpart);
        assert!(
            matches!(kinds[2], RefKind::CounterpartList(c) if c.len() == 3),
            "{kinds:?}"
        );
        assert!(matches!(kinds[3], RefKind::Group));
    }

    #[test]
    fn a_city_name_can_be_a_given_name_after_a_title() {
        let r = named("Burundian President Ngozi Habimana met officials in Ngozi.");
        let names: Vec<&str> = r.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(names, ["Ngozi Habimana"]);
    }

    #[test]
    fn initials_stay_in_the_name() {
        let r = named("Foreign Minister R. K. Menon met George W. Kessler.");
        let names: Vec<&str> = r.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(names, ["R. K. Menon", "George W. Kessler"]);
    }

    #[test]
    fn role_classes() {
        assert_eq!(role_class("Defense Secretary"), RoleClass::Defence);
        assert_eq!(role_class("Secretary of State"), RoleClass::Foreign);
        assert_eq!(role_class("Prime Minister"), RoleClass::Leader);
    }
}
