//! Question parsing: what is asked (the [`Kind`]), about whom (people matched to the
//! [`FactStore`]'s entities by full name, alias, surname or given name, case- and
//! diacritic-insensitively, one typo allowed in names of five or more letters), with which
//! counterparts ("a Chinese defence minister"), where, and when (last / first / before that
//! / in April 2023 / before 2020 / on Friday). Also notes the pronouns and back-references
//! ("they", "he", "that meeting", "there") that the conversation context resolves.
//!
//! Parsing is cheap: regexes are compiled once, names are matched by a linear scan over the
//! known people. Any input, however odd, gives a `Question` (never a panic).

use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::sync::{Arc, LazyLock, Mutex};

use regex::Regex;

use crate::model::{FactStore, FuzzyDate};

use super::text::{self, Word, country_at, fold, is_stop, name_token_eq};

/// What a question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// When did they meet?
    When,
    /// Where did they meet?
    Where,
    /// Whom did X meet / who attended?
    Who,
    /// Who is X?
    WhoIs,
    /// What did they agree / discuss / sign?
    Agreed,
    /// What did X say / tell Y?
    Said,
    /// How did X describe the meeting?
    Described,
    /// Why was X in Y?
    Why,
    /// How many times did they meet?
    HowMany,
    /// Did they ...?
    YesNo,
    /// Anything else: answered by quoting the best passage.
    Other,
}

impl Kind {
    /// True for the kinds answered from meeting facts.
    pub fn is_meeting(self) -> bool {
        !matches!(self, Kind::WhoIs | Kind::Other)
    }
}

/// Which meeting of several is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// No order asked for.
    #[default]
    Any,
    /// last / latest / most recent (held meetings only).
    Last,
    /// first / maiden / earliest.
    First,
}

/// A participant described rather than named: "a Chinese defence minister".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counterpart {
    /// Canonical country key ("china"), see [`text::country_key`].
    pub country: Option<&'static str>,
    /// Role words that must all appear in one of the person's roles ("defence", "minister").
    pub role: Vec<String>,
}

/// Pronouns that point into the conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    /// they / them / their / the two / both.
    They,
    /// he / she / him.
    Single,
}

/// A parsed question.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Question {
    pub kind: Option<Kind>,
    /// Keys of the people named, in order of appearance.
    pub people: Vec<String>,
    /// People the question leaves out ("besides X", "other than X").
    pub excluded: Vec<String>,
    /// People the question attributes its facts to ("according to X").
    pub attributed: Vec<String>,
    /// The speaker of a "what did X say/tell" question.
    pub speaker: Option<String>,
    /// Capitalised phrases that are not known people, places or countries ("Joe Biden",
    /// "White House"), as written.
    pub unknown: Vec<String>,
    /// Those unknown phrases that stand where a person does ("meet Macron", "Did Lopez
    /// and ...", "with Tanaka"): they must take part, they are not a place to filter by.
    pub unknown_people: Vec<String>,
    /// Participants described by country and role.
    pub counterparts: Vec<Counterpart>,
    /// Known places or occasions named (folded).
    pub places: Vec<String>,
    pub order: Order,
    /// "before that", "previous", "before the Sochi talks".
    pub previous: bool,
    /// The date must be compatible with this one ("in April 2023", "on Friday").
    pub on: Option<FuzzyDate>,
    /// Strictly before this date.
    pub before: Option<FuzzyDate>,
    /// Strictly after this date.
    pub after: Option<FuzzyDate>,
    pub pronoun: Option<Pronoun>,
    /// "that", "that meeting", "there", "the meeting": refers to the last answer's meeting.
    pub refers_back: bool,
    /// Folded content words that are not names, places or dates.
    pub keywords: Vec<String>,
}

impl Question {
    /// The kind, `Other` when none was recognised.
    pub fn kind(&self) -> Kind {
        self.kind.unwrap_or(Kind::Other)
    }
}

static DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+((?:19|20)\d\d)\b)?",
    )
    .expect("static date regex")
});

static YEAR_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b((?:19|20)\d\d)\b").expect("static year regex"));

static WEEKDAY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(mon|tues|wednes|thurs|fri|satur|sun)day\b").expect("static weekday regex")
});

/// Words that make a "who/which" question about meeting someone.
const MEET_VERBS: &[&str] = &[
    "meet",
    "met",
    "meeting",
    "meetings",
    "talk",
    "talks",
    "talked",
    "host",
    "hosted",
    "hosts",
    "receive",
    "received",
    "receives",
    "visit",
    "visited",
    "attend",
    "attended",
    "attends",
    "see",
    "saw",
    "hold",
    "held",
    "speak",
    "spoke",
    "call",
    "called",
    "welcome",
    "welcomed",
    "summit",
    "bilateral",
    "sat",
];

const SAY_VERBS: &[&str] = &[
    "say", "said", "tell", "told", "write", "wrote", "post", "posted", "remark", "state", "stated",
];

const ROLE_HEADS: &[&str] = &[
    "minister",
    "ministers",
    "president",
    "presidents",
    "premier",
    "leader",
    "leaders",
    "official",
    "officials",
    "counterpart",
    "counterparts",
    "secretary",
    "chancellor",
    "diplomat",
    "general",
    "admiral",
    "king",
    "queen",
    "envoy",
    "ambassador",
    "chief",
    "head",
    "delegation",
    "defence",
    "defense",
];

/// True for the verbs and nouns of meeting ("met", "talks", "hosted").
pub fn is_meet_word(w: &str) -> bool {
    MEET_VERBS.contains(&w)
}

/// Parses `question` against the people, places and occasions of `facts`.
pub fn parse(question: &str, facts: &FactStore) -> Question {
    // Cap the work on absurdly long input; nobody asks a 4,000-character question.
    let question = cut(question, 600);
    let ws = text::words(question);
    let norm: Vec<String> = ws.iter().map(|w| w.norm.clone()).collect();
    let lower = fold(question);
    let mut used = vec![false; ws.len()];
    let mut q = Question::default();

    // People.
    let lex = lexicon(facts);
    let matches = match_people(&ws, &lex);
    for m in &matches {
        for u in used.iter_mut().skip(m.start).take(m.len) {
            *u = true;
        }
        let before = |w: &[&str]| {
            m.start >= 1 && w.contains(&norm[m.start - 1].as_str())
                || m.start >= 2
                    && w.contains(&format!("{} {}", norm[m.start - 2], norm[m.start - 1]).as_str())
        };
        if before(&[
            "besides",
            "except",
            "excluding",
            "other than",
            "apart from",
            "beyond",
        ]) {
            push_unique(&mut q.excluded, &m.key);
        } else if before(&["according to", "per"]) {
            push_unique(&mut q.attributed, &m.key);
        } else {
            push_unique(&mut q.people, &m.key);
        }
    }

    // Places and occasions the corpus knows.
    for phrase in &lex.places {
        let pw: Vec<&str> = phrase.split(' ').collect();
        if let Some(i) = find_seq(&norm, &pw)
            && !used[i..i + pw.len()].iter().any(|u| *u)
        {
            for u in used.iter_mut().skip(i).take(pw.len()) {
                *u = true;
            }
            push_unique(&mut q.places, phrase);
        }
    }

    // Dates.
    parse_dates(question, &ws, &mut used, &mut q);

    // Counterparts: "a Chinese defence minister", "the Japanese minister".
    parse_counterparts(&norm, &mut used, &mut q);

    // Countries not part of a counterpart are place-like filters ("in Laos").
    let mut i = 0;
    while i < norm.len() {
        if !used[i]
            && let Some((key, len)) = country_at(&norm, i)
        {
            for u in used.iter_mut().skip(i).take(len) {
                *u = true;
            }
            let phrase = norm[i..i + len].join(" ");
            // A bare demonym ("Indian") describes, a country name ("Laos") places.
            if text::country_key(&phrase) == Some(key) && key == phrase {
                push_unique(&mut q.places, &phrase);
            }
            i += len;
            continue;
        }
        i += 1;
    }

    // Unknown capitalised phrases.
    let mut run: Vec<usize> = Vec::new();
    let flush = |run: &mut Vec<usize>, q: &mut Question| {
        if let (Some(&a), Some(&b)) = (run.first(), run.last()) {
            let s = run
                .iter()
                .map(|&k| original_word(question, &ws[k]))
                .collect::<Vec<_>>()
                .join(" ");
            const BEFORE: &[&str] = &[
                "meet", "met", "meets", "meeting", "and", "with", "visit", "visited", "host",
                "hosted", "receive", "received", "see", "saw", "tell", "told", "call", "called",
                "did", "has", "have", "had", "does", "will", "was", "is", "between", "welcomed",
                "welcome",
            ];
            const AFTER: &[&str] = &["and", "meet", "met", "meets", "ever", "last", "first"];
            let before = a.checked_sub(1).map(|k| ws[k].norm.as_str());
            let after = ws.get(b + 1).map(|w| w.norm.as_str());
            // A known place ("Did X visit Tokyo?") is not an unknown person.
            if (before.is_some_and(|w| BEFORE.contains(&w))
                || after.is_some_and(|w| AFTER.contains(&w)))
                && !is_gazetteer_place(&s)
            {
                push_unique(&mut q.unknown_people, &s);
            }
            push_unique(&mut q.unknown, &s);
            run.clear();
        }
    };
    for (k, w) in ws.iter().enumerate() {
        // A short capitalised first word is just the start of the question.
        let short_opener = k == 0 && w.norm.len() <= 3;
        let candidate = w.capital
            && !used[k]
            && !is_stop(&w.norm)
            && !QUESTION_OPENERS.contains(&w.norm.as_str())
            && w.norm.chars().count() > 1
            && !short_opener;
        if candidate {
            run.push(k);
        } else {
            flush(&mut run, &mut q);
        }
    }
    flush(&mut run, &mut q);
    // An all-lower-case question has no capitals to find names by: an unknown word right
    // after a meeting verb ("when did singh meet macron") stands for a person.
    if !ws.iter().any(|w| w.capital) {
        for k in 1..ws.len() {
            let w = &ws[k].norm;
            if !used[k]
                && MEET_VERBS.contains(&ws[k - 1].norm.as_str())
                && !is_stop(w)
                && !MEET_VERBS.contains(&w.as_str())
                && !w.ends_with("ly")
                && w.chars().count() > 2
                && !w.chars().any(|c| c.is_ascii_digit())
            {
                push_unique(&mut q.unknown, w);
                push_unique(&mut q.unknown_people, w);
            }
        }
    }
    for k in 0..ws.len() {
        if q.unknown
            .iter()
            .any(|u| text::norm_words(u).contains(&ws[k].norm))
        {
            used[k] = true;
        }
    }

    // Pronouns and back-references.
    let has = |w: &str| norm.iter().any(|x| x == w);
    if has("they")
        || has("them")
        || has("their")
        || lower.contains("the two")
        || has("both")
        || lower.contains("the pair")
    {
        q.pronoun = Some(Pronoun::They);
    } else if has("he")
        || has("she")
        || has("him")
        || (q.people.is_empty() && (has("his") || has("her")))
    {
        q.pronoun = Some(Pronoun::Single);
    }
    q.refers_back = has("that")
        || has("there")
        || has("then")
        || lower.contains("the meeting")
        || lower.contains("this meeting")
        || lower.contains("the talks")
        || lower.contains("the summit");

    // Time order.
    if has("last") || has("latest") || lower.contains("most recent") || has("recently") {
        q.order = Order::Last;
    }
    if has("first") || has("maiden") || has("earliest") || has("initial") {
        q.order = Order::First;
    }
    if q.before.is_none()
        && (lower.contains("before")
            || has("previous")
            || has("previously")
            || has("earlier")
            || lower.contains("prior to"))
    {
        q.previous = true;
    }

    // Keywords.
    for (k, w) in norm.iter().enumerate() {
        if !used[k]
            && !is_stop(w)
            && w.chars().count() >= 3
            && !w.chars().all(|c| c.is_ascii_digit())
        {
            push_unique(&mut q.keywords, w);
        }
    }

    q.kind = Some(classify(&norm, &lower, &mut q));
    q
}

/// Words that open questions; never names.
const QUESTION_OPENERS: &[&str] = &[
    "when",
    "where",
    "who",
    "whom",
    "what",
    "why",
    "how",
    "which",
    "did",
    "does",
    "do",
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "and",
    "so",
    "tell",
    "give",
    "show",
    "list",
    "according",
    "on",
    "in",
    "at",
    "between",
    "during",
    "since",
    "after",
    "before",
    "besides",
    "describe",
];

fn cut(s: &str, max_chars: usize) -> &str {
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn original_word<'a>(text: &'a str, w: &Word) -> &'a str {
    let rest = &text[w.start..];
    let end = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map(|(i, _)| i)
        .unwrap_or(rest.len());
    &rest[..end]
}

fn push_unique(v: &mut Vec<String>, s: &str) {
    if !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}

fn find_seq(hay: &[String], needle: &[&str]) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).find(|&i| {
        hay[i..i + needle.len()]
            .iter()
            .zip(needle)
            .all(|(a, b)| a == b)
    })
}

/// One name found in the question.
struct NameMatch {
    key: String,
    start: usize,
    len: usize,
}

/// One way of writing a person's name, folded into tokens.
#[derive(Debug)]
struct Form {
    key: String,
    toks: Vec<String>,
    /// A given name or surname alone (or a one-word alias).
    single: bool,
    /// How many meetings the person takes part in (ties go to the better known).
    mentions: usize,
}

/// The names and places of a [`FactStore`], prepared once per store for fast matching.
#[derive(Debug, Default)]
pub struct Lexicon {
    forms: Vec<Form>,
    /// Exact first token -> forms.
    by_token: HashMap<String, Vec<usize>>,
    /// Distinct first tokens of five or more letters, for typo look-ups.
    tokens: Vec<String>,
    /// Hash of a token or of the token minus one letter -> indexes into `tokens`
    /// (symmetric deletion: two words one edit apart share a variant).
    variants: HashMap<u64, Vec<u32>>,
    /// Places, countries and occasion words of the facts, folded, longest first.
    places: Vec<String>,
    /// Names of the people in the most meetings, most first (at most ten).
    pub top_people: Vec<String>,
    /// Folded word -> ids of the facts whose participants, place, occasion or evidence
    /// use it (ascending, no repeats): narrows filters to a few facts.
    pub fact_words: HashMap<String, Vec<u32>>,
    /// Person key -> ids of the facts they take part in (ascending).
    pub fact_people: HashMap<String, Vec<u32>>,
    /// Person key -> canonical country key.
    pub person_country: HashMap<String, Option<&'static str>>,
    /// Person key -> roles, folded and joined ("defence minister ; admiral").
    pub person_roles: HashMap<String, String>,
}

impl Lexicon {
    /// Ids of the facts that use the last word of `phrase` (folded); `None` when the
    /// phrase has no word.
    pub fn facts_with_word(&self, phrase: &str) -> Option<&[u32]> {
        let last = text::norm_words(phrase).pop()?;
        Some(self.fact_words.get(&last).map(Vec::as_slice).unwrap_or(&[]))
    }
}

fn index_facts(facts: &FactStore, lex: &mut Lexicon) {
    let names: HashMap<&str, &str> = facts
        .people
        .iter()
        .map(|p| (p.key.as_str(), p.name.as_str()))
        .collect();
    for p in &facts.people {
        lex.person_country.insert(
            p.key.clone(),
            p.country.as_deref().and_then(text::country_key),
        );
        lex.person_roles.insert(
            p.key.clone(),
            fold(&p.roles.join(" ; ")).replace("defense", "defence"),
        );
    }
    for f in &facts.facts {
        let id = f.id as u32;
        let mut words: HashSet<String> = HashSet::new();
        let mut add = |t: &str| words.extend(text::norm_words(t));
        for k in &f.participants {
            add(k);
            add(names.get(k.as_str()).copied().unwrap_or(""));
        }
        if let Some(p) = &f.place {
            add(&p.name);
            add(p.country.as_deref().unwrap_or(""));
        }
        add(f.occasion.as_deref().unwrap_or(""));
        for e in &f.evidence {
            add(&e.sentence);
        }
        for c in f.outcomes.iter().chain(&f.notes) {
            add(&c.text);
        }
        for w in words {
            let v = lex.fact_words.entry(w).or_default();
            if v.last() != Some(&id) {
                v.push(id);
            }
        }
        for k in &f.participants {
            let v = lex.fact_people.entry(k.clone()).or_default();
            if v.last() != Some(&id) {
                v.push(id);
            }
        }
    }
}

impl Lexicon {
    /// Prepares the lexicon of `facts`.
    pub fn new(facts: &FactStore) -> Lexicon {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for f in &facts.facts {
            for k in &f.participants {
                *counts.entry(k.as_str()).or_default() += 1;
            }
        }
        let mut lex = Lexicon {
            places: known_places(facts),
            ..Default::default()
        };
        index_facts(facts, &mut lex);
        let mut ranked: Vec<(usize, &str)> = facts
            .people
            .iter()
            .filter_map(|p| counts.get(p.key.as_str()).map(|c| (*c, p.name.as_str())))
            .collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
        lex.top_people = ranked.iter().take(10).map(|(_, n)| n.to_string()).collect();
        let mut seen: HashSet<(String, Vec<String>)> = HashSet::new();
        for p in &facts.people {
            let mentions = counts.get(p.key.as_str()).copied().unwrap_or(0);
            let full = text::norm_words(&p.name);
            let mut cands: Vec<(Vec<String>, bool)> = vec![
                (full.clone(), full.len() == 1),
                (text::norm_words(&p.key), false),
            ];
            for a in &p.aliases {
                let t = text::norm_words(a);
                let single = t.len() == 1;
                cands.push((t, single));
            }
            // Given name and surname alone, unless the "name" is a description ("the
            // Defence Minister of Laos") or the token is a country word.
            let descriptive = full.iter().any(|t| is_stop(t));
            if full.len() >= 2 && !descriptive {
                for t in [&full[0], &full[full.len() - 1]] {
                    if text::country_key(t).is_none() {
                        cands.push((vec![t.clone()], true));
                    }
                }
            }
            for (toks, single) in cands {
                if toks.is_empty() || !seen.insert((p.key.clone(), toks.clone())) {
                    continue;
                }
                lex.forms.push(Form {
                    key: p.key.clone(),
                    toks,
                    single,
                    mentions,
                });
            }
        }
        lex.forms.sort_by(|a, b| {
            b.toks
                .len()
                .cmp(&a.toks.len())
                .then(b.mentions.cmp(&a.mentions))
        });
        for (i, f) in lex.forms.iter().enumerate() {
            let first = &f.toks[0];
            lex.by_token.entry(first.clone()).or_default().push(i);
        }
        let mut long: Vec<&String> = lex
            .by_token
            .keys()
            .filter(|t| t.chars().count() >= 5)
            .collect();
        long.sort();
        lex.tokens = long.into_iter().cloned().collect();
        for (i, t) in lex.tokens.iter().enumerate() {
            for v in deletion_variants(t) {
                lex.variants.entry(v).or_default().push(i as u32);
            }
        }
        lex
    }

    /// Forms whose first token could be `word` (exactly or with one typo).
    fn candidates(&self, word: &str) -> Vec<usize> {
        let mut out: Vec<usize> = self.by_token.get(word).cloned().unwrap_or_default();
        if word.chars().count() >= 4 && !is_stop(word) {
            let mut seen: Vec<u32> = Vec::new();
            for v in deletion_variants(word) {
                for &t in self.variants.get(&v).into_iter().flatten() {
                    if seen.contains(&t) {
                        continue;
                    }
                    seen.push(t);
                    let tok = &self.tokens[t as usize];
                    if tok != word && name_token_eq(tok, word) {
                        for &i in self.by_token.get(tok).into_iter().flatten() {
                            if !out.contains(&i) {
                                out.push(i);
                            }
                        }
                    }
                }
            }
        }
        out
    }
}

/// Hashes of `w` and of `w` without each one of its letters.
fn deletion_variants(w: &str) -> Vec<u64> {
    let chars: Vec<char> = w.chars().collect();
    let hash = |skip: Option<usize>| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for (i, c) in chars.iter().enumerate() {
            if Some(i) != skip {
                c.hash(&mut h);
            }
        }
        h.finish()
    };
    let mut out = vec![hash(None)];
    out.extend((0..chars.len()).map(|i| hash(Some(i))));
    out
}

/// True when the whole phrase is a place the gazetteer knows (city, country, region or
/// venue).
fn is_gazetteer_place(phrase: &str) -> bool {
    use crate::lexicon::gazetteer::{GazKind, gazetteer};
    let found = gazetteer().find(phrase);
    matches!(found.as_slice(), [m] if m.start == 0
        && m.end == phrase.len()
        && matches!(m.kind, GazKind::City | GazKind::Country | GazKind::Region | GazKind::Venue))
}

/// The lexicon of `facts`, built once per store and reused while the store is served.
pub fn lexicon(facts: &FactStore) -> Arc<Lexicon> {
    type Slot = Option<((usize, usize, usize, u64), Arc<Lexicon>)>;
    static CACHE: Mutex<Slot> = Mutex::new(None);
    let mut h = std::collections::hash_map::DefaultHasher::new();
    facts.people.first().map(|p| &p.key).hash(&mut h);
    facts.people.last().map(|p| &p.key).hash(&mut h);
    facts.facts.first().map(|f| &f.participants).hash(&mut h);
    facts.facts.last().map(|f| &f.participants).hash(&mut h);
    let key = (
        facts as *const FactStore as usize,
        facts.people.len(),
        facts.facts.len(),
        h.finish(),
    );
    let mut slot = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((k, lex)) = slot.as_ref()
        && *k == key
    {
        return lex.clone();
    }
    let lex = Arc::new(Lexicon::new(facts));
    *slot = Some((key, lex.clone()));
    lex
}

/// Finds known people in the question: longest forms first, no overlaps.
fn match_people(ws: &[Word], lex: &Lexicon) -> Vec<NameMatch> {
    // (form index, start)
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        for f in lex.candidates(&w.norm) {
            let toks = &lex.forms[f].toks;
            let n = toks.len();
            if i + n > ws.len() {
                continue;
            }
            let ok = toks
                .iter()
                .zip(&ws[i..i + n])
                .skip(1)
                .all(|(t, w)| name_token_eq(t, &w.norm));
            if ok {
                found.push((f, i));
            }
        }
    }
    // Forms are sorted longest and best known first.
    found.sort();
    let mut taken = vec![false; ws.len()];
    let mut out: Vec<NameMatch> = Vec::new();
    for (f, i) in found {
        let form = &lex.forms[f];
        let n = form.toks.len();
        if taken[i..i + n].iter().any(|t| *t) {
            continue;
        }
        if form.single {
            let w = &ws[i];
            if text::country_key(&w.norm).is_some() {
                continue;
            }
            // A lone lower-case word must not be an everyday word.
            if w.norm.chars().count() < 2
                || is_stop(&w.norm)
                || QUESTION_OPENERS.contains(&w.norm.as_str())
                || (!w.capital && COMMON_LOWER.contains(&w.norm.as_str()))
            {
                continue;
            }
        }
        for t in taken.iter_mut().skip(i).take(n) {
            *t = true;
        }
        out.push(NameMatch {
            key: form.key.clone(),
            start: i,
            len: n,
        });
    }
    out.sort_by_key(|m| m.start);
    out
}

/// Everyday words that are also names somewhere; a lower-case one is not taken as a name.
const COMMON_LOWER: &[&str] = &[
    "long",
    "young",
    "king",
    "may",
    "will",
    "rich",
    "bush",
    "page",
    "price",
    "white",
    "black",
    "brown",
    "green",
    "gen",
    "new",
    "hand",
    "hands",
    "park",
    "law",
    "lee",
    "kim",
    "ban",
    "sun",
    "march",
    "august",
    "general",
    "president",
    "minister",
];

/// Places, countries and occasion words the facts mention, folded, longest first.
fn known_places(facts: &FactStore) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for f in &facts.facts {
        if let Some(p) = &f.place {
            out.push(text::norm_words(&p.name).join(" "));
            if let Some(c) = &p.country {
                out.push(text::norm_words(c).join(" "));
            }
        }
        if let Some(o) = &f.occasion {
            // Acronyms and capitalised names inside the occasion ("BRICS", "ADMM").
            for w in text::words(o) {
                if w.capital
                    && !is_stop(&w.norm)
                    && w.norm.chars().count() >= 3
                    && !w.norm.chars().all(|c| c.is_ascii_digit())
                    && !GENERIC_OCCASION.contains(&w.norm.as_str())
                {
                    out.push(w.norm);
                }
            }
        }
    }
    out.retain(|s| !s.is_empty());
    out.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    out.dedup();
    out
}

const GENERIC_OCCASION: &[&str] = &[
    "summit",
    "meeting",
    "ministers",
    "minister",
    "defence",
    "defense",
    "foreign",
    "conference",
    "forum",
    "plus",
    "annual",
    "session",
    "dialogue",
    "talks",
    "visit",
    "state",
    "leaders",
];

const MONTH_NAMES: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month_number(m: &str) -> Option<i8> {
    let m = m.to_ascii_lowercase();
    let idx = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|p| m.starts_with(p))?;
    Some(idx as i8 + 1)
}

fn parse_dates(question: &str, ws: &[Word], used: &mut [bool], q: &mut Question) {
    let mark = |used: &mut [bool], start: usize, end: usize| {
        for (k, w) in ws.iter().enumerate() {
            if w.start >= start && w.start < end {
                used[k] = true;
            }
        }
    };
    let mut date: Option<(FuzzyDate, usize)> = None;
    for c in DATE_RE.captures_iter(question) {
        let Some(all) = c.get(0) else { continue };
        let Some(mname) = c.get(2) else { continue };
        let day = c
            .get(1)
            .or(c.get(3))
            .and_then(|d| d.as_str().parse::<i8>().ok())
            .filter(|d| (1..=31).contains(d));
        let year = c.get(4).and_then(|y| y.as_str().parse::<i16>().ok());
        let word = mname.as_str();
        // Part of a name ("Dong Jun")?
        if ws
            .iter()
            .enumerate()
            .any(|(k, w)| used[k] && w.start >= all.start() && w.start < all.end())
        {
            continue;
        }
        let lw = word.to_ascii_lowercase();
        let full = MONTH_NAMES.contains(&lw.as_str());
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        if day.is_none()
            && year.is_none()
            && (!full || !capital && matches!(lw.as_str(), "may" | "march" | "august"))
        {
            continue;
        }
        if lw == "may" && day.is_none() && year.is_none() {
            // "May" alone is a month only after "in" ("in May").
            let pre = fold(&question[..all.start()]);
            if !pre.trim_end().ends_with(" in") {
                continue;
            }
        }
        let Some(month) = month_number(word) else {
            continue;
        };
        let fd = FuzzyDate {
            year,
            month: Some(month),
            day,
            weekday: None,
        };
        mark(used, all.start(), all.end());
        date = Some((fd, all.start()));
        break;
    }
    if date.is_none()
        && let Some(m) = YEAR_RE.find(question)
        && let Ok(y) = m.as_str().parse::<i16>()
    {
        mark(used, m.start(), m.end());
        date = Some((FuzzyDate::year(y), m.start()));
    }
    if let Some(m) = WEEKDAY_RE.captures(question)
        && let Some(all) = m.get(0)
    {
        let wd = match fold(all.as_str()).as_str() {
            "monday" => jiff::civil::Weekday::Monday,
            "tuesday" => jiff::civil::Weekday::Tuesday,
            "wednesday" => jiff::civil::Weekday::Wednesday,
            "thursday" => jiff::civil::Weekday::Thursday,
            "friday" => jiff::civil::Weekday::Friday,
            "saturday" => jiff::civil::Weekday::Saturday,
            _ => jiff::civil::Weekday::Sunday,
        };
        mark(used, all.start(), all.end());
        match &mut date {
            Some((d, _)) => d.weekday = Some(wd),
            None => {
                date = Some((
                    FuzzyDate {
                        weekday: Some(wd),
                        ..Default::default()
                    },
                    all.start(),
                ))
            }
        }
    }
    let Some((d, at)) = date else { return };
    let pre = fold(&question[..at]);
    let pre = pre.trim_end();
    if pre.ends_with("before") || pre.ends_with("until") || pre.ends_with("prior to") {
        q.before = Some(d);
    } else if pre.ends_with("after") || pre.ends_with("since") {
        q.after = Some(d);
    } else {
        q.on = Some(d);
    }
}

fn parse_counterparts(norm: &[String], used: &mut [bool], q: &mut Question) {
    let mut i = 0;
    let mut pending: Vec<(&'static str, usize, usize)> = Vec::new();
    while i < norm.len() {
        if used[i] {
            i += 1;
            continue;
        }
        let Some((key, len)) = country_at(norm, i) else {
            i += 1;
            continue;
        };
        pending.push((key, i, len));
        let mut j = i + len;
        // "Indian and Chinese defence ministers": gather the next demonym first.
        if j + 1 < norm.len()
            && (norm[j] == "and" || norm[j] == "or")
            && let Some((k2, l2)) = country_at(norm, j + 1)
        {
            pending.push((k2, j + 1, l2));
            j = j + 1 + l2;
        }
        // Role words within the next three words ("defence minister", "'s", "top").
        let mut role = Vec::new();
        let mut end = j;
        let mut found = false;
        let mut k = j;
        while k < norm.len() && k < j + 4 {
            let w = norm[k].as_str();
            if ROLE_HEADS.contains(&w)
                || matches!(
                    w,
                    "foreign"
                        | "prime"
                        | "top"
                        | "s"
                        | "state"
                        | "defence"
                        | "defense"
                        | "military"
                        | "trade"
                )
            {
                if !matches!(w, "s" | "top") {
                    let w = if w == "defense" { "defence" } else { w };
                    let w = w
                        .strip_suffix('s')
                        .filter(|_| w.ends_with("ers") || w.ends_with("nts") || w.ends_with("als"))
                        .unwrap_or(w);
                    if !matches!(
                        w,
                        "counterpart" | "official" | "leader" | "head" | "chief" | "delegation"
                    ) {
                        role.push(w.to_string());
                    }
                }
                if ROLE_HEADS.contains(&norm[k].as_str()) {
                    found = true;
                    end = k + 1;
                }
                k += 1;
            } else {
                break;
            }
        }
        if found {
            for (key, s, l) in pending.drain(..) {
                for u in used.iter_mut().skip(s).take(l) {
                    *u = true;
                }
                q.counterparts.push(Counterpart {
                    country: Some(key),
                    role: role.clone(),
                });
            }
            for u in used.iter_mut().take(end).skip(j) {
                *u = true;
            }
            i = end;
        } else {
            pending.clear();
            i = j;
        }
    }
}

fn classify(norm: &[String], lower: &str, q: &mut Question) -> Kind {
    let has = |w: &str| norm.iter().any(|x| x == w);
    let first = norm.first().map(String::as_str).unwrap_or("");
    let any_meet = norm.iter().any(|w| MEET_VERBS.contains(&w.as_str()));
    if lower.contains("how many times")
        || lower.contains("how often")
        || lower.contains("how many meetings")
    {
        return Kind::HowMany;
    }
    if has("why")
        || has("occasion")
        || has("purpose")
        || lower.contains("what event")
        || lower.contains("what brought")
    {
        return Kind::Why;
    }
    if (lower.starts_with("who is")
        || lower.starts_with("who's")
        || lower.starts_with("who was")
        || lower.starts_with("tell me about"))
        && !any_meet
        && q.people.len() == 1
    {
        return Kind::WhoIs;
    }
    // "when" opens the question, or follows a preamble ("According to X, when ..."); in
    // "What was on the agenda when they met?" it is only a clause.
    let when_asked = has("when")
        && !matches!(
            first,
            "what" | "which" | "who" | "whom" | "how" | "why" | "where"
        );
    if when_asked
        || has("date")
        || lower.contains("which day")
        || lower.contains("what day")
        || lower.contains("what time")
    {
        return Kind::When;
    }
    if has("where") {
        return Kind::Where;
    }
    if has("describe")
        || has("described")
        || has("characterise")
        || has("characterize")
        || lower.contains("how was the")
        || lower.contains("how did the meeting go")
    {
        return Kind::Described;
    }
    // "what did X say/tell": the subject between "did" and the verb is a person or pronoun.
    if let Some(v) = norm.iter().position(|w| SAY_VERBS.contains(&w.as_str())) {
        let aux = norm[..v]
            .iter()
            .rposition(|w| matches!(w.as_str(), "did" | "does" | "has" | "had" | "do"));
        let opener = matches!(first, "what" | "which" | "how");
        if let Some(a) = aux {
            let between = &norm[a + 1..v];
            let pronoun = between
                .iter()
                .any(|w| matches!(w.as_str(), "he" | "she" | "they"));
            let named = q.people.iter().find(|k| {
                let kw = text::norm_words(k);
                between
                    .iter()
                    .any(|w| kw.iter().any(|t| name_token_eq(t, w)))
            });
            if opener && (named.is_some() || pronoun || between.is_empty()) {
                q.speaker = named.cloned();
                return Kind::Said;
            }
        } else if opener && lower.contains("was said") {
            return Kind::Said;
        }
    }
    // "What about X?" repeats the last question about X (the conversation decides).
    if (lower.starts_with("what about") || lower.starts_with("how about")) && norm.len() <= 6 {
        return Kind::Other;
    }
    if first == "what" && (has("happened") || has("happen") || has("happening")) {
        return Kind::Agreed;
    }
    let agreed_words = [
        "agree",
        "agreed",
        "agreement",
        "sign",
        "signed",
        "discuss",
        "discussed",
        "agenda",
        "deal",
        "decide",
        "decided",
        "commit",
        "committed",
        "pledge",
        "pledged",
        "about",
        "outcome",
        "outcomes",
        "achieve",
        "achieved",
        "resolve",
        "resolved",
    ];
    if matches!(first, "what" | "which")
        && norm.iter().any(|w| agreed_words.contains(&w.as_str()))
        && (matches!(first, "what") || has("agree") || has("agreed"))
    {
        return Kind::Agreed;
    }
    // "which X": about a person only when X is a nationality or a role.
    let which_person = first == "which"
        && norm.get(1).is_some_and(|w| {
            text::country_at(norm, 1).is_some()
                || ROLE_HEADS.contains(&w.as_str())
                || matches!(
                    w.as_str(),
                    "foreign" | "prime" | "other" | "leaders" | "people"
                )
        });
    if matches!(first, "who" | "whom") || which_person {
        if any_meet || has("attended") || has("with") {
            return Kind::Who;
        }
        return Kind::Other;
    }
    if matches!(
        first,
        "did" | "has" | "have" | "had" | "was" | "were" | "is" | "are" | "do" | "does" | "will"
    ) {
        return Kind::YesNo;
    }
    if !matches!(first, "what" | "which" | "how" | "who" | "whom")
        && any_meet
        && (!q.people.is_empty() || q.pronoun.is_some())
    {
        // Keyword style: "Singh Okafor meeting".
        return Kind::When;
    }
    Kind::Other
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{MeetingFact, MeetingKind, Person, Place, Status};

    fn person(name: &str, roles: &[&str], country: &str, aliases: &[&str]) -> Person {
        Person {
            key: name.to_lowercase(),
            name: name.into(),
            roles: roles.iter().map(|s| s.to_string()).collect(),
            country: Some(country.into()),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn store() -> FactStore {
        let people = vec![
            person(
                "Mirela Okonkwo",
                &["Foreign Minister"],
                "Nigeria",
                &["Okonkwo"],
            ),
            person("Tomas Erdélyi", &["Defence Minister"], "Germany", &[]),
            person("Xu Lan", &["Defence Minister", "General"], "China", &[]),
            person("Elin May", &["Prime Minister"], "Sweden", &[]),
        ];
        let fact = MeetingFact {
            id: 0,
            participants: vec!["mirela okonkwo".into(), "xu lan".into()],
            kind: MeetingKind::Meeting,
            status: Status::Held,
            date: None,
            place: Some(Place {
                name: "Port Halden".into(),
                country: Some("Norway".into()),
            }),
            occasion: Some("Halden Security Forum".into()),
            outcomes: vec![],
            notes: vec![],
            quotes: vec![],
            evidence: vec![],
            conflicts: vec![],
            recalled: false,
        };
        FactStore {
            people,
            facts: vec![fact],
        }
    }

    #[test]
    fn kinds() {
        let s = store();
        let k = |q: &str| parse(q, &s).kind();
        assert_eq!(k("When did they last meet?"), Kind::When);
        assert_eq!(k("Where was that?"), Kind::Where);
        assert_eq!(k("Who did Okonkwo meet in Port Halden?"), Kind::Who);
        assert_eq!(k("What did they agree on?"), Kind::Agreed);
        assert_eq!(k("What happened at their meeting?"), Kind::Agreed);
        assert_eq!(k("What did Okonkwo tell Xu Lan?"), Kind::Said);
        assert_eq!(k("How did Okonkwo describe the meeting?"), Kind::Described);
        assert_eq!(k("Why was she in Norway?"), Kind::Why);
        assert_eq!(k("What was the occasion?"), Kind::Why);
        assert_eq!(
            k("How many times did Okonkwo and Xu Lan meet?"),
            Kind::HowMany
        );
        assert_eq!(k("Did Okonkwo and Xu Lan shake hands?"), Kind::YesNo);
        assert_eq!(k("Who is Xu Lan?"), Kind::WhoIs);
        assert_eq!(k("Okonkwo Xu Lan meeting date?"), Kind::When);
        assert_eq!(k("What is the capital of Peru?"), Kind::Other);
        assert_eq!(
            k("Which issue did officials say would dominate?"),
            Kind::Other
        );
    }

    #[test]
    fn names_with_case_typos_and_diacritics() {
        let s = store();
        assert_eq!(
            parse("when did mirela okonkwo meet xu lan", &s).people,
            vec!["mirela okonkwo", "xu lan"]
        );
        assert_eq!(
            parse("Where did Okonkwa meet Xu?", &s).people,
            vec!["mirela okonkwo", "xu lan"]
        );
        assert_eq!(
            parse("Who is Tomas Erdelyi?", &s).people,
            vec!["tomas erdélyi"]
        );
        assert_eq!(
            parse("Who did Mirela meet?", &s).people,
            vec!["mirela okonkwo"]
        );
        let q = parse("Which minister did Okonkwo meet besides Xu Lan?", &s);
        assert_eq!(q.people, vec!["mirela okonkwo"]);
        assert_eq!(q.excluded, vec!["xu lan"]);
    }

    #[test]
    fn a_known_place_is_not_an_unknown_person() {
        let s = store();
        let q = parse("Did Okonkwo visit Tokyo?", &s);
        assert_eq!(q.unknown, vec!["Tokyo"]);
        assert!(q.unknown_people.is_empty(), "{:?}", q.unknown_people);
        let q = parse("Did Okonkwo meet Varga?", &s);
        assert_eq!(q.unknown_people, vec!["Varga"]);
    }

    #[test]
    fn counterparts_places_and_unknown_names() {
        let s = store();
        let q = parse("When did Okonkwo last meet a Chinese defence minister?", &s);
        assert_eq!(
            q.counterparts,
            vec![Counterpart {
                country: Some("china"),
                role: vec!["defence".into(), "minister".into()]
            }]
        );
        assert_eq!(q.order, Order::Last);
        let q = parse("Who did Okonkwo meet in Port Halden?", &s);
        assert_eq!(q.places, vec!["port halden"]);
        let q = parse("When did Anna Varga and Pierre Lune last meet?", &s);
        assert_eq!(q.unknown, vec!["Anna Varga", "Pierre Lune"]);
        assert_eq!(q.unknown_people, vec!["Anna Varga", "Pierre Lune"]);
        let q = parse("When did Okonkwo meet Lune?", &s);
        assert_eq!(q.unknown_people, vec!["Lune"]);
        let q = parse("when did okonkwo meet lune", &s);
        assert_eq!(q.unknown_people, vec!["lune"]);
        let q = parse("when did okonkwo meet xu lan", &s);
        assert!(q.unknown_people.is_empty());
        let q = parse("What did they agree at their Tamsin meeting?", &s);
        assert_eq!(q.unknown, vec!["Tamsin"]);
        assert!(q.unknown_people.is_empty());
        assert!(q.people.is_empty());
        let q = parse("When did the Nigerian and Chinese ministers meet?", &s);
        assert_eq!(q.counterparts.len(), 2);
    }

    #[test]
    fn time_qualifiers() {
        let s = store();
        let q = parse("When did they meet in April 2021?", &s);
        assert_eq!(q.on, Some(FuzzyDate::month(2021, 4)));
        let q = parse("Did Okonkwo meet Xu Lan before 2019?", &s);
        assert_eq!(q.before, Some(FuzzyDate::year(2019)));
        assert!(!q.previous);
        let q = parse("And before that, where did they meet?", &s);
        assert!(q.previous);
        assert_eq!(q.pronoun, Some(Pronoun::They));
        let q = parse("When did Okonkwo first meet Xu Lan?", &s);
        assert_eq!(q.order, Order::First);
        let q = parse("Who did Okonkwo meet on 3 March 2022?", &s);
        assert_eq!(
            q.on.map(|d| (d.day, d.month, d.year)),
            Some((Some(3), Some(3), Some(2022)))
        );
        let q = parse("What was the date of that Friday meeting?", &s);
        assert_eq!(
            q.on.and_then(|d| d.weekday),
            Some(jiff::civil::Weekday::Friday)
        );
        assert!(q.refers_back);
        let q = parse("Who may know?", &s);
        assert_eq!(q.on, None);
        let q = parse("When did Elin May meet Xu Lan?", &s);
        assert_eq!(q.on, None);
        assert_eq!(q.people, vec!["elin may", "xu lan"]);
        let q = parse("where did they meet in november", &s);
        assert_eq!(q.on.and_then(|d| d.month), Some(11));
    }

    #[test]
    fn never_panics_on_odd_input() {
        let s = store();
        for q in [
            "",
            "   ",
            "title:foo AND (\"unbalanced OR * ~~ ^^",
            "🤝🤝🤝 ???",
            "متى التقى الوزيران؟",
            &"Okonkwo ".repeat(600),
            &"x".repeat(4000),
        ] {
            let _ = parse(q, &s);
        }
    }
}
