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

use crate::extract::text::{Token, tokenize};
use crate::lexicon::gazetteer::{GazKind, GazMatch, gazetteer};
use crate::lexicon::lists::{
    COMMON_WORDS, GROUP_NEXT_WORDS, GROUP_NOUNS, JOINED_ARTICLES, LEADER_OFFICES, MODIFIED_NOUNS,
    NAME_PARTICLES, NON_NAME_WORDS, PERSON_NOUNS, PLURAL_PRONOUNS, POSSESSIVE_DETERMINERS, RANKS,
    SINGULAR_PRONOUNS, THING_NOUNS, TITLE_MODIFIERS, WordList,
};

/// How far after "two"/"both" the group noun may stand: up to two title words or "the"
/// between ("the two defence ministers", "both the foreign ministers").
const GROUP_NOUN_REACH: usize = 4;

/// What a reference to people is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RefKind {
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
pub(crate) struct PersonRef {
    /// Token range in the sentence.
    pub(crate) t0: usize,
    pub(crate) t1: usize,
    /// Byte range in the sentence.
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: RefKind,
    /// Title/role as written nearest the name ("Defence Minister").
    pub(crate) role: Option<String>,
    /// Country the person represents, from a demonym or "X's".
    pub(crate) country: Option<String>,
    /// "then-" / "former": the role was held at the time told, maybe not now.
    pub(crate) then: bool,
    /// The role is "counterpart" (same office as the other side).
    pub(crate) counterpart: bool,
}

/// What the words before a name or a description tell about it ("the then-Chinese
/// Defence Minister ..."), from [`Analysis::lookbehind`].
#[derive(Debug, Clone, PartialEq, Eq)]
struct TitleContext {
    /// First token of the title phrase (the name's own first token when there is none).
    start: usize,
    /// The title run nearest the name that holds a person noun ("Defence Minister").
    role: Option<String>,
    /// The first country named by a demonym or "X's".
    country: Option<String>,
    /// "then-" / "former": the role was held at the time told.
    then: bool,
    /// The title says "counterpart(s)".
    counterpart: bool,
}

/// The state of [`Analysis::lookbehind`] while it walks back.
struct BackScan<'a> {
    then: bool,
    counterpart: bool,
    country: Option<String>,
    /// Title runs split at nationalities, determiners and brackets, nearest the name
    /// first; the words of each run backwards.
    runs: Vec<Vec<&'a str>>,
}

/// The most tokens a title phrase reaches back from a name: room for a determiner, a
/// nationality, a long title and a rank ("his then-South Korean Deputy Defence Minister
/// Admiral"), yet short enough not to run into the previous clause.
const LOOKBEHIND_TOKENS: usize = 14;

/// The role that title runs give: the run nearest the name that holds a person noun,
/// without leading or trailing "of".
fn role_of_runs(runs: Vec<Vec<&str>>) -> Option<String> {
    runs.into_iter()
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
        .map(|run| format_role(&run))
}

/// The rest of a word written with a "then-" or "former-" prefix ("then-Chinese").
fn strip_then_prefix(w: &str) -> Option<&str> {
    ["then-", "former-"].iter().find_map(|prefix| {
        w.get(..prefix.len())
            .filter(|head| head.eq_ignore_ascii_case(prefix) && w.len() > prefix.len())
            .map(|_| &w[prefix.len()..])
    })
}

/// "counterpart" / "counterparts", any case.
fn is_counterpart_word(w: &str) -> bool {
    w.eq_ignore_ascii_case("counterpart") || w.eq_ignore_ascii_case("counterparts")
}

impl PersonRef {
    /// A reference over tokens `t0..t1` without role, country or flags.
    fn plain(toks: &[Token], t0: usize, t1: usize, kind: RefKind) -> PersonRef {
        PersonRef {
            t0,
            t1,
            start: toks[t0].start,
            end: toks[t1 - 1].end,
            kind,
            role: None,
            country: None,
            then: false,
            counterpart: false,
        }
    }
}

/// A sentence with its tokens, gazetteer hits and people references.
#[derive(Debug, Clone)]
pub(crate) struct Analysis<'a> {
    pub(crate) text: &'a str,
    pub(crate) toks: Vec<Token<'a>>,
    pub(crate) gaz: Vec<GazMatch>,
    /// For each token, the index of the gazetteer hit covering it.
    pub(crate) tok_gaz: Vec<Option<usize>>,
    pub(crate) refs: Vec<PersonRef>,
}

fn lowered(w: &str) -> std::borrow::Cow<'_, str> {
    if w.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(w.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(w)
    }
}

/// Looks a word up in a list by its lower-case form, without allocating for short ASCII
/// words.
fn in_list(list: &WordList, w: &str) -> bool {
    let mut buf = [0u8; 32];
    if w.is_ascii() && w.len() <= buf.len() {
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        return std::str::from_utf8(b).is_ok_and(|l| list.has(l));
    }
    list.has(lowered(w).as_ref())
}

/// True for words naming an office or status ("minister", "President").
pub(crate) fn is_person_noun(w: &str) -> bool {
    in_list(&PERSON_NOUNS, w)
}

fn is_non_name(w: &str) -> bool {
    NON_NAME_WORDS.has(w)
}

/// True for words that belong to a title ("Defence", "Minister", "of" excluded).
pub(crate) fn is_title_word(w: &str) -> bool {
    in_list(&PERSON_NOUNS, w) || in_list(&TITLE_MODIFIERS, w)
}

/// A broad class of office used to pair counterparts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum RoleClass {
    Defence,
    Foreign,
    Leader,
    Other(String),
}

/// The class of a role string.
pub(crate) fn role_class(role: &str) -> RoleClass {
    let r = role.to_lowercase();
    if r.contains("defen") {
        RoleClass::Defence
    } else if r.contains("foreign")
        || r.contains("secretary of state")
        || r.contains("diplomat")
        || r.contains("external affairs")
    {
        RoleClass::Foreign
    } else if LEADER_OFFICES.iter().any(|w| r.contains(w)) && !r.contains("vice") {
        RoleClass::Leader
    } else {
        RoleClass::Other(r)
    }
}

impl<'a> Analysis<'a> {
    /// Tokenizes and analyses one sentence.
    pub(crate) fn new(text: &'a str) -> Analysis<'a> {
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
        let joined_article = JOINED_ARTICLES.iter().any(|p| {
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
        !COMMON_WORDS.has(bare)
            && !is_non_name(bare)
            && !is_title_word(bare)
            && self.tok_gaz[ti].is_none()
    }

    fn is_particle(&self, ti: usize) -> bool {
        NAME_PARTICLES.contains(&self.toks[ti].text)
    }

    fn covered(&self, ti: usize) -> bool {
        self.refs.iter().any(|r| ti >= r.t0 && ti < r.t1)
    }

    /// Scans back from token `i` over titles, nationalities and determiners.
    fn lookbehind(&self, i: usize) -> TitleContext {
        let mut scan = BackScan {
            then: false,
            counterpart: false,
            country: None,
            runs: vec![Vec::new()],
        };
        let mut k = i;
        let mut steps = 0;
        while k > 0 && steps < LOOKBEHIND_TOKENS {
            steps += 1;
            match self.step_back(i, k, &mut scan) {
                Some(next) => k = next,
                None => break,
            }
        }
        TitleContext {
            start: k,
            role: role_of_runs(scan.runs),
            country: scan.country,
            then: scan.then,
            counterpart: scan.counterpart,
        }
    }

    /// One step of [`Analysis::lookbehind`] over token `k - 1` (the phrase's head being
    /// token `i`): the new first token when `k - 1` belongs to the title phrase.
    fn step_back(&self, i: usize, k: usize, scan: &mut BackScan<'a>) -> Option<usize> {
        let t = &self.toks[k - 1];
        let lw = t.lower();
        let text = match strip_then_prefix(t.text) {
            Some(rest) => {
                scan.then = true;
                rest
            }
            None => t.text,
        };
        let bare = crate::extract::text::strip_possessive(text);
        if t.word && (is_title_word(bare) || bare.eq_ignore_ascii_case("of")) {
            match lw.as_str() {
                "then" | "former" => scan.then = true,
                "counterpart" | "counterparts" => scan.counterpart = true,
                _ => {
                    if let Some(run) = scan.runs.last_mut() {
                        run.push(t.text);
                    }
                }
            }
            return Some(k - 1);
        }
        if t.word
            && let Some(country) = self.nationality(k - 1)
        {
            if scan.country.is_none() {
                scan.country = Some(country);
            }
            scan.runs.push(Vec::new());
            return Some(self.hit_start(k - 1));
        }
        // "Mr." / "Gen." / "Dr.": the full stop of an abbreviated title.
        let abbreviated_title = t.text == "."
            && k >= 2
            && self.toks[k - 2].word
            && is_title_word(self.toks[k - 2].text);
        // Apposition: "... of Peru, Luis Quispe".
        let apposition = t.text == ","
            && k == i
            && k >= 2
            && self.nationality(k - 2).is_some()
            && self.clause_ends_after_name(i);
        if !t.word && (abbreviated_title || apposition) {
            return Some(k - 1);
        }
        let determiner = t.word && (lw == "the" || POSSESSIVE_DETERMINERS.has(&lw));
        if determiner || !t.word && matches!(t.text, "(" | ")") {
            scan.runs.push(Vec::new());
            return Some(k - 1);
        }
        if t.word && lw == "then" {
            scan.then = true;
            return Some(k - 1);
        }
        None
    }

    /// The first token of the gazetteer hit over token `k`: multi-word demonyms ("South
    /// Korean") are one hit.
    fn hit_start(&self, mut k: usize) -> usize {
        while k > 0 && self.tok_gaz[k - 1].is_some() && self.tok_gaz[k - 1] == self.tok_gaz[k] {
            k -= 1;
        }
        k
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
            let j = self.name_end(i);
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
            if let Some(r) = self.named_ref(i, j) {
                self.refs.push(r);
            }
            i = j;
        }
        self.find_groups();
        self.find_descriptions();
        self.find_pronouns();
        self.refs.sort_by_key(|r| r.t0);
    }

    /// The end of the name whose first word is token `i`: name words, particles before a
    /// name word, and initials ("R. K. Menon", "George W. Kessler").
    fn name_end(&self, i: usize) -> usize {
        let n = self.toks.len();
        let mut j = i + 1;
        while j < n {
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
        j
    }

    /// The reference of the name over tokens `i..j` with its title, unless it names a thing.
    fn named_ref(&self, i: usize, j: usize) -> Option<PersonRef> {
        let ctx = self.lookbehind(i);
        let titled = ctx.role.is_some() || ctx.counterpart;
        // Untitled, right after an article or a kind of thing, a name names a thing
        // ("The Blue Room", "US bank Wells Fargo", "the band Gothic Plague").
        if !titled
            && i > 0
            && self.toks[i - 1].word
            && THING_NOUNS.has(lowered(self.toks[i - 1].text).as_ref())
        {
            return None;
        }
        let start = self.toks[i].start;
        let end = self.toks[j - 1].start + self.toks[j - 1].bare().len();
        let name = self.text[start..end].to_string();
        let kind = if j - i >= 2 || titled {
            RefKind::Named(name)
        } else {
            RefKind::Single(name)
        };
        Some(PersonRef {
            t0: ctx.start,
            t1: j,
            start: self.toks[ctx.start].start,
            end,
            kind,
            role: ctx.role,
            country: ctx.country,
            then: ctx.then,
            counterpart: ctx.counterpart,
        })
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

    /// Groups: "the two (defence) ministers", "both (the) sides", "the pair", "the two".
    fn find_groups(&mut self) {
        for i in 0..self.toks.len() {
            if self.covered(i) {
                continue;
            }
            if let Some(e) = self.group_end(i) {
                let s = if i > 0 && matches!(self.toks[i - 1].lower().as_str(), "the" | "their") {
                    i - 1
                } else {
                    i
                };
                let r = PersonRef::plain(&self.toks, s, e, RefKind::Group);
                self.refs.push(r);
            }
        }
    }

    /// The end of the group reference whose head word is token `i`, if it is one.
    fn group_end(&self, i: usize) -> Option<usize> {
        let l = self.toks[i].lower();
        let after_the = i > 0 && self.toks[i - 1].lower() == "the";
        match l.as_str() {
            "pair" | "duo" => after_the.then_some(i + 1),
            "two" | "both" => self.group_noun_end(i).or_else(|| {
                // "The two last met in ...", "the two agreed": "the two" alone.
                let next = self.toks.get(i + 1)?;
                let w = next.lower();
                (l == "two"
                    && after_the
                    && next.word
                    && (w.ends_with("ed") || GROUP_NEXT_WORDS.has(&w)))
                .then_some(i + 1)
            }),
            _ => None,
        }
    }

    /// "the two (defence) ministers", "both (the) sides": the end of the group noun after
    /// "two"/"both" at `i`, with only title words or "the" between.
    fn group_noun_end(&self, i: usize) -> Option<usize> {
        (i + 1..(i + GROUP_NOUN_REACH).min(self.toks.len()))
            .find(|&k| in_list(&GROUP_NOUNS, self.toks[k].text))
            .filter(|&k| {
                (i + 1..k).all(|m| {
                    self.toks[m].word
                        && (is_title_word(self.toks[m].text) || self.toks[m].lower() == "the")
                })
            })
            .map(|k| k + 1)
    }

    /// Descriptions without a name ("his Chinese counterpart", "the Indian minister",
    /// "Secretary of National Defence of the Philippines") and lists of unnamed
    /// counterparts ("his counterparts from Malaysia, China and Japan").
    fn find_descriptions(&mut self) {
        let mut i = 0;
        while i < self.toks.len() {
            let (r, next) = self.description_at(i);
            if let Some(r) = r {
                self.refs.push(r);
            }
            i = next;
        }
    }

    /// The description whose title phrase starts at token `i`, if any, and the token to
    /// go on from.
    fn description_at(&self, i: usize) -> (Option<PersonRef>, usize) {
        let t = self.toks[i];
        if !t.word || self.covered(i) || !is_title_word(t.text) {
            return (None, i + 1);
        }
        let j = self.title_phrase_end(i);
        let phrase: Vec<&str> = self.toks[i..j].iter().map(|t| t.text).collect();
        // A title before a name belongs to the name ("Mr. Faisal ...").
        let n = self.toks.len();
        let before_name = |k: usize| k < n && self.covered(k);
        if before_name(j) || j < n && self.toks[j].text == "." && before_name(j + 1) {
            return (None, j.max(i + 1));
        }
        if !phrase.iter().any(|w| is_person_noun(w)) {
            return (None, j.max(i + 1));
        }
        let ctx = self.lookbehind(i);
        let counterpart = ctx.counterpart || phrase.iter().any(|w| is_counterpart_word(w));
        let plural = phrase
            .last()
            .is_some_and(|w| w.ends_with('s') && !w.eq_ignore_ascii_case("ms"));
        let (countries, end_tok) = self.countries_after(j, plural);
        let country = match ctx.country {
            None if countries.len() == 1 => countries.first().cloned(),
            c => c,
        };
        let kind =
            if plural && countries.len() >= 2 || plural && counterpart && !countries.is_empty() {
                RefKind::CounterpartList(countries)
            } else if plural {
                return (None, j);
            } else {
                RefKind::Desc
            };
        let words: Vec<&str> = phrase
            .into_iter()
            .filter(|w| !is_counterpart_word(w))
            .collect();
        let r = PersonRef {
            t0: ctx.start,
            t1: end_tok,
            start: self.toks[ctx.start].start,
            end: self.toks[end_tok - 1].end,
            kind,
            role: (!words.is_empty()).then(|| format_role(&words)),
            country,
            then: ctx.then,
            counterpart,
        };
        (Some(r), end_tok.max(i + 1))
    }

    /// The end of the title phrase starting at token `i`: title words, with "of" between
    /// two of them.
    fn title_phrase_end(&self, i: usize) -> usize {
        let n = self.toks.len();
        let title_at = |k: usize| k < n && self.toks[k].word && is_title_word(self.toks[k].text);
        let mut j = i;
        while j < n
            && !self.covered(j)
            && (title_at(j) || self.toks[j].lower() == "of" && title_at(j + 1))
        {
            j += 1;
        }
        j
    }

    /// Lookahead after a title phrase ending at `j`: "of (the) Country" / "from Country,
    /// Country and Country" (several only when `plural`). Returns the countries and the
    /// end of the description.
    fn countries_after(&self, j: usize, plural: bool) -> (Vec<String>, usize) {
        let n = self.toks.len();
        let mut end_tok = j;
        let mut countries = Vec::new();
        if j >= n || !matches!(self.toks[j].lower().as_str(), "of" | "from") {
            return (countries, end_tok);
        }
        let mut k = j + 1;
        loop {
            while k < n && matches!(self.toks[k].lower().as_str(), "the" | "," | "and") {
                k += 1;
            }
            let Some(c) = (k < n)
                .then(|| self.nationality(k))
                .flatten()
                .filter(|_| self.gaz_kind(k) == Some(GazKind::Country))
            else {
                break;
            };
            let g = self.tok_gaz[k];
            while k < n && self.tok_gaz[k] == g {
                k += 1;
            }
            countries.push(c);
            end_tok = k;
            if !plural {
                break;
            }
        }
        (countries, end_tok)
    }

    fn find_pronouns(&mut self) {
        for i in 0..self.toks.len() {
            if self.covered(i) {
                continue;
            }
            let w = self.toks[i].lower();
            let kind = if SINGULAR_PRONOUNS.has(&w) {
                RefKind::Pronoun
            } else if PLURAL_PRONOUNS.has(&w) {
                RefKind::PluralPronoun
            } else {
                continue;
            };
            let r = PersonRef::plain(&self.toks, i, i + 1, kind);
            self.refs.push(r);
        }
    }

    /// Token index of the token starting at or after byte `b`.
    pub(crate) fn tok_at(&self, b: usize) -> usize {
        self.toks
            .iter()
            .position(|t| t.start >= b)
            .unwrap_or(self.toks.len())
    }
}

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
