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

use crate::extract::text::{Token, strip_possessive, tokenize};
use crate::extract::triggers::words_before;
use crate::lexicon::gazetteer::{GazKind, GazMatch, gazetteer};
use crate::lexicon::lists::{
    CAPITALISED_FUNCTION_WORDS, COMMON_WORDS, GIVEN_NAME_FORMS, GROUP_NEXT_WORDS, GROUP_NOUNS,
    JOINED_ARTICLES, LEADER_OFFICES, MODIFIED_NOUNS, NAME_PARTICLES, NON_NAME_WORDS,
    OFFICE_BODY_WORDS, PERSON_NOUNS, PLACE_NOUNS_AFTER_NAME, PLACE_PREPOSITIONS, PLURAL_PRONOUNS,
    POSSESSIVE_DETERMINERS, RANK_GIVEN_NAMES, RANKS, SINGULAR_PRONOUNS, THING_NOUNS,
    TITLE_MODIFIERS, TITLE_TAILS, WordList,
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
    /// Byte range of the place an office is posted to ("ambassador to Athens"): inside
    /// the reference, yet a place the text gives.
    pub(crate) post: Option<(usize, usize)>,
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
    /// The place the office is posted to ("to Athens").
    post: Option<(usize, usize)>,
}

/// The state of [`Analysis::lookbehind`] while it walks back.
struct BackScan<'a> {
    /// The phrase already names an office (a description's own title words).
    office: bool,
    post: Option<(usize, usize)>,
    then: bool,
    counterpart: bool,
    country: Option<String>,
    /// Title runs split at nationalities, determiners and brackets, nearest the name
    /// first; the words of each run backwards.
    runs: Vec<Vec<&'a str>>,
}

impl BackScan<'_> {
    /// Starts a new title run unless the last one is empty.
    fn new_run(&mut self) {
        if self.runs.last().is_some_and(|r| !r.is_empty()) {
            self.runs.push(Vec::new());
        }
    }
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
            post: None,
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
    /// For each token, the nearest token before it that is a comma or "who", "whom",
    /// "whose" (what opens or ends a relative clause), found once per sentence so that
    /// each trigger's clause looks it up instead of reading back.
    marks_before: Vec<Option<usize>>,
}

/// For each token, the nearest earlier token that is a comma or a relative pronoun.
fn clause_marks_before(toks: &[Token<'_>]) -> Vec<Option<usize>> {
    let mut last = None;
    toks.iter()
        .enumerate()
        .map(|(k, t)| {
            let before = last;
            let relative = t.word
                && ["who", "whom", "whose"]
                    .iter()
                    .any(|w| t.text.eq_ignore_ascii_case(w));
            if t.text == "," || relative {
                last = Some(k);
            }
            before
        })
        .collect()
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
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
        Self::with_surnames(text, &[])
    }

    /// [`Analysis::new`] where the words of `surnames` (place names the article uses as a
    /// person's surname: "Foreign Minister Kemal Aydın" ... "Aydın said") name that person,
    /// not the place, unless a preposition of place stands before them ("in Aydın").
    pub(crate) fn with_surnames(text: &'a str, surnames: &[String]) -> Analysis<'a> {
        let toks = tokenize(text);
        let mut gaz = gazetteer().find(text);
        if !surnames.is_empty() {
            gaz.retain(|g| {
                !surnames.iter().any(|n| n == &text[g.start..g.end])
                    || words_before(text, g.start, 1)
                        .first()
                        .is_some_and(|w| PLACE_PREPOSITIONS.has(w))
            });
        }
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
        let marks_before = clause_marks_before(&toks);
        let mut a = Analysis {
            text,
            toks,
            gaz,
            tok_gaz,
            refs: Vec::new(),
            marks_before,
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
        self.lookbehind_of(i, false)
    }

    /// [`Analysis::lookbehind`] from a phrase whose own words may already name an office
    /// (`office`: a description such as "counterpart", so "his Alberta counterpart" takes
    /// "Alberta" as what the office is of).
    fn lookbehind_of(&self, i: usize, office: bool) -> TitleContext {
        let mut scan = BackScan {
            office,
            post: None,
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
            post: scan.post,
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
        // "the chairman of Allegis": a name right after "of" is what the office is of.
        if k == i && bare.eq_ignore_ascii_case("of") {
            return None;
        }
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
        if let Some(next) = self.step_over_title_link(k, scan) {
            return Some(next);
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
        // "Bundesbank President", "LSE chief executive", "White House Chief of Staff": the
        // body an office belongs to is part of the phrase, not of the role.
        if self.qualifier_word(k - 1)
            && (scan.office
                || scan
                    .runs
                    .iter()
                    .any(|r| r.iter().any(|w| is_person_noun(strip_possessive(w)))))
        {
            scan.new_run();
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

    /// The step of [`Analysis::step_back`] over token `k - 1` when it links parts of one
    /// title: "and" in "Trade and Industry Secretary", a tail after the office ("minister
    /// without portfolio"), the post of "ambassador to Athens" (part of the title, not
    /// the person's country).
    fn step_over_title_link(&self, k: usize, scan: &mut BackScan<'a>) -> Option<usize> {
        let t = &self.toks[k - 1];
        if k >= 3
            && t.word
            && self.toks[k - 2].word
            && is_person_noun(self.toks[k - 3].text)
            && TITLE_TAILS.has(&format!("{} {}", self.toks[k - 2].lower(), t.lower()))
        {
            return Some(k - 2);
        }
        if t.word
            && matches!(t.text, "and" | "&")
            && self.title_and(k - 1)
            && scan.runs.last().is_some_and(|r| !r.is_empty())
        {
            if let Some(run) = scan.runs.last_mut() {
                run.push(t.text);
            }
            return Some(k - 1);
        }
        let before = self.posted_to(k - 1)?;
        scan.post = Some((self.toks[before + 1].start, t.end));
        scan.runs.push(Vec::new());
        Some(before)
    }

    /// When token `k` ends a place that follows "to" after an office ("ambassador to
    /// Athens", "envoy to the United Nations"), the token of that "to".
    fn posted_to(&self, k: usize) -> Option<usize> {
        let g = self.tok_gaz[k]?;
        if !matches!(
            self.gaz[g].kind,
            GazKind::City | GazKind::Country | GazKind::Organisation | GazKind::Region
        ) {
            return None;
        }
        let mut h = self.hit_start(k);
        if h > 0 && self.toks[h - 1].lower() == "the" {
            h -= 1;
        }
        if h >= 2 && self.toks[h - 1].lower() == "to" && is_person_noun(self.toks[h - 2].text) {
            Some(h - 1)
        } else {
            None
        }
    }

    /// True for an "and" at token `k` inside one title ("Trade and Industry Secretary",
    /// "energy and mines minister"): title modifiers on both sides, neither an office.
    fn title_and(&self, k: usize) -> bool {
        let modifier = |m: usize| {
            self.toks.get(m).is_some_and(|t| {
                t.word && in_list(&TITLE_MODIFIERS, t.text) && !is_person_noun(t.text)
            })
        };
        k > 0 && modifier(k - 1) && modifier(k + 1)
    }

    /// True for a word that can name the body an office belongs to, before the title:
    /// a capitalised word or an acronym that is no function word and no one's name in
    /// this sentence ("Bundesbank", "LSE", "IMF", "Bank").
    fn qualifier_word(&self, k: usize) -> bool {
        let t = &self.toks[k];
        t.word
            && t.is_cap()
            && !self.covered(k)
            && !CAPITALISED_FUNCTION_WORDS.has(t.bare())
            && !COMMON_WORDS.has(t.bare())
            && !SINGULAR_PRONOUNS.has(t.lower().as_str())
            && !PLURAL_PRONOUNS.has(t.lower().as_str())
            && self.gaz_kind(k) != Some(GazKind::Country)
            && self.gaz_kind(k) != Some(GazKind::Demonym)
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
            if !self.is_name_word(i)
                && !self.gen_name_start(i)
                && !self.place_as_given_name(i)
                && !self.listed_given_name(i)
            {
                i += 1;
                continue;
            }
            let j = self.name_end(i);
            // A run that touches an institution word is not a person ("Filoli Estate").
            // Nor one that modifies a thing ("the Cecil Rhodes award", "the Ann Lee
            // administration").
            if j < n
                && (self.toks[j].is_cap() && is_non_name(self.toks[j].bare())
                    || MODIFIED_NOUNS.contains(&self.toks[j].text)
                    || self.qualifies_office(j))
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
        self.refs.sort_by_key(|r| r.t0);
        self.join_appositions();
        self.drop_name_appositions();
        self.join_affiliations();
        self.find_pronouns();
        self.refs.sort_by_key(|r| r.t0);
    }

    /// "GM's Rick Wagoner", "Unilever's Luis Mora": a lone possessive name right before an
    /// untitled name is the firm or body that person belongs to, part of their reference
    /// and no one of its own ("Singh's counterpart Dong Jun" and "Obama's Secretary of
    /// State X" keep both: an office stands between them).
    fn join_affiliations(&mut self) {
        let mut k = 0;
        while k + 1 < self.refs.len() {
            let (a, b) = (&self.refs[k], &self.refs[k + 1]);
            let joined = matches!(a.kind, RefKind::Single(_))
                && a.t1 == b.t0
                && self.toks[a.t1 - 1].is_possessive()
                && matches!(b.kind, RefKind::Named(_))
                && b.role.is_none()
                && !b.counterpart;
            if joined {
                let (t0, start) = (a.t0, a.start);
                self.refs.remove(k);
                self.refs[k].t0 = t0;
                self.refs[k].start = start;
            } else {
                k += 1;
            }
        }
    }

    /// "the new chairman of Allegis, Frank Olson", "Labour minister, Alfredo Franco, met":
    /// a description followed by a comma and a name that ends its clause is that name;
    /// the name takes the description's place, office and country.
    fn join_appositions(&mut self) {
        let mut k = 0;
        while k + 1 < self.refs.len() {
            // Bare words of what the office is of ("Allegis") stand between.
            let mut n = k + 1;
            while n + 1 < self.refs.len() && matches!(self.refs[n].kind, RefKind::Single(_)) {
                n += 1;
            }
            let (d, r) = (&self.refs[k], &self.refs[n]);
            let name = self.name_start(r.t0, r.t1);
            // "Chinese Defence Minister, Admiral Dong Jun", "the Emir of Qadira, Sheikh
            // Hamad": a rank or a form of address alone is no office.
            let rank_only = |role: &str| {
                (role.split_whitespace()).all(|w| {
                    RANKS.contains(&w.to_lowercase().as_str())
                        || crate::extract::coref::is_honorific(w)
                })
            };
            let joined = d.kind == RefKind::Desc
                && matches!(r.kind, RefKind::Named(_))
                && r.role.as_deref().is_none_or(rank_only)
                && self.apposition_gap(d.t1, name)
                && self.clause_ends_after_name(name);
            if joined {
                self.refs.drain(k + 1..n);
                let d = self.refs.remove(k);
                let r = &mut self.refs[k];
                r.t0 = d.t0;
                r.start = d.start;
                r.role = d.role;
                r.country = r.country.take().or(d.country);
                r.then |= d.then;
                r.counterpart |= d.counterpart;
                r.post = r.post.or(d.post);
            }
            k += 1;
        }
    }

    /// The token a name ref's name starts at: past the "of Peru," it may hold ("the
    /// president of the bank of Peru, Tomas Ayala").
    fn name_start(&self, t0: usize, t1: usize) -> usize {
        if self.toks[t0].lower() != "of" {
            return t0;
        }
        (t0..t1)
            .find(|&k| self.toks[k].text == ",")
            .map_or(t0, |c| c + 1)
    }

    /// "Makoto Kuroda, vice minister of Japan's trade ministry, said": a description
    /// between commas right after a name is that name's office, not another person.
    fn drop_name_appositions(&mut self) {
        let mut k = 1;
        while k < self.refs.len() {
            let (r, d) = (&self.refs[k - 1], &self.refs[k]);
            let after_name = matches!(r.kind, RefKind::Named(_))
                && d.kind == RefKind::Desc
                && d.t0 == r.t1 + 1
                && self.toks[r.t1].text == ",";
            let end = self.of_phrase_end(d.t1);
            let closed = end >= self.toks.len() || matches!(self.toks[end].text, "," | ";");
            if after_name && closed {
                let d = self.refs.remove(k);
                let r = &mut self.refs[k - 1];
                if r.role.is_none() {
                    r.role = d.role;
                }
                if r.country.is_none() {
                    r.country = d.country;
                }
            } else {
                k += 1;
            }
        }
    }

    /// The end of what an office is of from token `j` ("of Japan's Ministry of Trade
    /// (MITI)"): capitalised words, "of", "the", "and" and brackets.
    fn of_phrase_end(&self, j: usize) -> usize {
        let mut k = j;
        while k < self.toks.len()
            && (self.toks[k].is_cap()
                || matches!(
                    self.toks[k].lower().as_str(),
                    "of" | "the" | "and" | "(" | ")"
                ))
        {
            k += 1;
        }
        k
    }

    /// True when tokens `a..b` are a comma, maybe after what the office is of ("of
    /// Allegis", "of the United Nations", "of the central bank"): capitalised words,
    /// words of a body, "of" and "the".
    fn apposition_gap(&self, a: usize, b: usize) -> bool {
        if b <= a || self.toks[b - 1].text != "," {
            return false;
        }
        let of = &self.toks[a..b - 1];
        let body = |t: &Token| {
            let w = t.lower();
            t.is_cap()
                || matches!(w.as_str(), "of" | "the" | "and")
                || OFFICE_BODY_WORDS.has(&w)
                || in_list(&TITLE_MODIFIERS, t.text)
        };
        of.is_empty() || of[0].lower() == "of" && of[1..].iter().all(body) && of.len() <= 6
    }

    /// True when token `j`, right after a capitalised run, makes the run the name of a
    /// body rather than of a person: a lower-case office or group ("Euronext chief",
    /// "Calmat officials", "Reagan spokesman").
    fn qualifies_office(&self, j: usize) -> bool {
        let t = &self.toks[j];
        if t.is_cap() {
            // "Zentralbank Governor Ilse Marten": a capitalised title before a name.
            let end = self.title_phrase_end(j);
            return end > j
                && (j..end).any(|k| is_person_noun(self.toks[k].text))
                && end < self.toks.len()
                && self.is_name_word(end);
        }
        t.word
            && (is_person_noun(t.text) || in_list(&GROUP_NOUNS, t.text))
            && !is_counterpart_word(t.text)
    }

    /// True when the particles from token `j` ("de la", "van der") lead to a capitalised
    /// word that ends a name ("Miguel de la Madrid"): a place's name is a surname there.
    fn particles_then_name(&self, j: usize) -> bool {
        let n = self.toks.len();
        let mut m = j;
        while m < n && self.is_particle(m) {
            m += 1;
        }
        m > j
            && m < n
            && (self.is_name_word(m)
                || self.toks[m].is_cap()
                    && !self.toks[m].is_all_caps()
                    && matches!(self.gaz_kind(m), Some(GazKind::City | GazKind::Region)))
    }

    /// The end of the name whose first word is token `i`: name words, particles before a
    /// name word, and initials ("R. K. Menon", "George W. Kessler").
    fn name_end(&self, i: usize) -> usize {
        let n = self.toks.len();
        let mut j = i + 1;
        while j < n {
            // "de la Madrid": the last word after particles, whatever the gazetteer says.
            if self.is_particle(j) && self.particles_then_name(j) {
                while self.is_particle(j) {
                    j += 1;
                }
                j += 1;
                continue;
            }
            let initial = self.toks[j].text == "."
                && self.toks[j - 1].word
                && self.toks[j - 1].text.chars().count() == 1
                && self.toks[j - 1].is_cap()
                && j + 1 < n
                && self.is_name_word(j + 1);
            // "Antonio Padua de Seixas": a city's name between two parts of a name.
            let city_inside = j + 1 < n
                && matches!(self.gaz_kind(j), Some(GazKind::City))
                && self.toks[j].is_cap()
                && !self.toks[j].is_all_caps()
                && self.tok_gaz[j] != self.tok_gaz[j + 1]
                && (self.is_name_word(j + 1) || self.particles_then_name(j + 1));
            if self.is_name_word(j) && !self.toks[j - 1].is_possessive()
                || initial
                || city_inside
                || self.city_as_surname(i, j)
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
        // "Cabo Delgado province", "Kap Choeng district": a name before a kind of place
        // names the place.
        if !titled
            && self
                .toks
                .get(j)
                .is_some_and(|t| t.word && PLACE_NOUNS_AFTER_NAME.has(&t.lower()))
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
            post: ctx.post,
        })
    }

    /// True when the name starting at token `i` ends its clause (an apposition such as
    /// "... of Peru, Luis Quispe." rather than the subject of a following verb).
    fn clause_ends_after_name(&self, i: usize) -> bool {
        let mut j = i;
        // "..., Admiral Li Wenhao.", "..., Sheikh Hamad.": a rank or a form of address
        // before the name.
        while j < self.toks.len()
            && (RANKS.contains(&self.toks[j].lower().as_str())
                || crate::extract::coref::is_honorific(self.toks[j].text))
        {
            j += 1;
        }
        while j < self.toks.len() && (self.is_name_word(j) || self.is_particle(j)) {
            j += 1;
        }
        self.toks
            .get(j)
            .is_none_or(|t| !t.word || matches!(t.lower().as_str(), "and" | "or"))
    }

    /// "King Hamad of Bahrain": the country that "of" right after a name names, which
    /// the person represents.
    pub(crate) fn country_after(&self, r: &PersonRef) -> Option<String> {
        if self.toks.get(r.t1)?.text != "of" {
            return None;
        }
        let next = self.toks.get(r.t1 + 1)?;
        let g = &self.gaz[self.tok_gaz.get(r.t1 + 1).copied().flatten()?];
        (g.kind == GazKind::Country && g.start == next.start).then(|| g.name.clone())
    }

    /// The last words of the titled names of this sentence that are also places
    /// ("Aydın" of "Foreign Minister Kemal Aydın").
    pub(crate) fn place_surnames(&self) -> Vec<String> {
        self.refs
            .iter()
            .filter(|r| matches!(r.kind, RefKind::Named(_)) && r.t1 > 0)
            .map(|r| r.t1 - 1)
            .filter(|&k| self.gaz_kind(k) == Some(GazKind::City))
            .map(|k| self.toks[k].bare().to_string())
            .collect()
    }

    /// A city's name as the surname of a titled name ("Foreign Minister Kemal Aydın",
    /// "President Ana Lima"): a city right after the name's words, where no capitalised
    /// word follows; "Minister Ana Kone in Lima" keeps its preposition.
    fn city_as_surname(&self, i: usize, j: usize) -> bool {
        j > i
            && self.gaz_kind(j) == Some(GazKind::City)
            && self.toks[j].is_cap()
            && !self.toks[j].is_all_caps()
            && !self.toks[j - 1].is_possessive()
            && self.tok_gaz[j] != self.tok_gaz[j - 1]
            && self.toks.get(j + 1).is_none_or(|n| !n.is_cap())
            && self.lookbehind(i).role.is_some()
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

    /// A word that names a thing and is a given name too ("Bill": "the Finance Bill"),
    /// right before a name word and after no capitalised word, starts a name ("Microsoft
    /// founder Bill Gates"); after one it is the thing ("the Finance Bill Committee").
    fn listed_given_name(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let given = |w: &str| {
            GIVEN_NAME_FORMS
                .iter()
                .any(|e| e.split([':', ' ']).any(|f| f == w))
        };
        let after_cap = i > 0 && self.toks[i - 1].is_cap() && self.toks[i - 1].word;
        t.is_cap()
            && !t.is_all_caps()
            && is_non_name(t.bare())
            && given(&t.text.to_lowercase())
            && !after_cap
            && self.toks.get(i + 1).is_some_and(|n| n.start == t.end + 1)
            && self.is_name_word(i + 1)
    }

    /// A rank that is also a given name where the person comes from ("Gen" in Japan),
    /// without a full stop and before exactly one name word, starts a name ("his Japanese
    /// counterpart Gen Ito"); anywhere else it is the rank ("Gen Musharraf" is Musharraf).
    fn gen_name_start(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let given_here = |country: &str| {
            RANK_GIVEN_NAMES.iter().any(|e| {
                e.split_once(' ')
                    .is_some_and(|(w, c)| w.eq_ignore_ascii_case(t.text) && c == country)
            })
        };
        self.toks.get(i + 1).is_some_and(|n| n.start == t.end + 1)
            && i + 1 < self.toks.len()
            && self.is_name_word(i + 1)
            && !(i + 2 < self.toks.len() && self.is_name_word(i + 2))
            && t.is_cap()
            && self.lookbehind(i).country.is_some_and(|c| given_here(&c))
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
            // "The leaders first met in February": "the" and a plural office noun opening
            // the sentence, then a verb, are the meeting's people ("the leaders of the G7
            // met" is another group).
            _ if after_the && i == 1 && in_list(&GROUP_NOUNS, self.toks[i].text) => {
                let w = self.toks.get(i + 1)?.lower();
                (w.ends_with("ed") || GROUP_NEXT_WORDS.has(&w)).then_some(i + 1)
            }
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
        // "Japan's major chip users", "a general election": a rank in lower case alone is
        // an adjective.
        let office = |w: &&str| {
            is_person_noun(w) && !(RANKS.contains(w) && w.chars().all(char::is_lowercase))
        };
        if !phrase.iter().any(office) {
            return (None, j.max(i + 1));
        }
        let ctx = self.lookbehind_of(i, true);
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
            post: ctx.post,
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

    /// Token index of the token starting at or after byte `b` (tokens are in text order).
    pub(crate) fn tok_at(&self, b: usize) -> usize {
        self.toks.partition_point(|t| t.start < b)
    }

    /// The nearest token before token `t` that is a comma or "who", "whom", "whose".
    pub(crate) fn clause_mark_before(&self, t: usize) -> Option<usize> {
        self.marks_before.get(t).copied().flatten()
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
        let f = if w.eq_ignore_ascii_case("of") || w.eq_ignore_ascii_case("and") {
            w.to_lowercase()
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
        // A bourse in its own tongue is a body too.
        assert!(named("Deutsche Boerse held talks with the Borsa Italiana board.").is_empty());
        assert!(named("Bolsa Mexicana bosses met the Bourse staff.").is_empty());
    }

    #[test]
    fn particles_diacritics_and_gen() {
        let r = named(
            "President Maria dos Santos hosted her Japanese counterpart Gen Ito and Gen. Ken Watanabe with Recep Öztürk Kılıç.",
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

    fn names_of(s: &str) -> Vec<String> {
        named(s).into_iter().map(|x| x.0).collect()
    }

    #[test]
    fn ranks_are_never_given_names() {
        // "Gen" is a given name only where it is one (Japan); elsewhere the rank.
        assert_eq!(
            names_of("Japanese Defence Minister Gen Sato met Pakistan's army chief Gen Rahimi."),
            ["Gen Sato", "Rahimi"]
        );
        assert_eq!(
            names_of("Gen Okoro and Adm Lindqvist arrived before Lt Gen Tariq Bashir."),
            ["Okoro", "Lindqvist", "Tariq Bashir"]
        );
        let r = named("Lieutenant General P. Dvornik met Brig Amara Kone.");
        assert_eq!(r[0].0, "P. Dvornik");
        assert_eq!(r[0].1.as_deref(), Some("Lieutenant General"));
        assert_eq!(r[1].0, "Amara Kone");
        // Must not: a full "Gen." with two name words stays a rank before the name.
        assert_eq!(names_of("Gen. Ken Mori spoke."), ["Ken Mori"]);
    }

    #[test]
    fn a_body_before_an_office_belongs_to_the_title() {
        let a = Analysis::new(
            "Talks were held with Zentralbank Governor Ilse Marten and Veltrana chief executive Pieter Vos.",
        );
        let refs: Vec<(&RefKind, &str)> = a
            .refs
            .iter()
            .map(|r| (&r.kind, &a.text[r.start..r.end]))
            .collect();
        assert_eq!(
            refs,
            [
                (
                    &RefKind::Named("Ilse Marten".into()),
                    "Zentralbank Governor Ilse Marten"
                ),
                (
                    &RefKind::Named("Pieter Vos".into()),
                    "Veltrana chief executive Pieter Vos"
                ),
            ]
        );
        assert_eq!(a.refs[1].role.as_deref(), Some("Chief Executive"));
        // "Vantor officials", "Okafor spokesman": the word before a lower-case office or
        // group names a body, not a person.
        assert_eq!(
            names_of("Vantor officials met Rhea Osei and an Okafor spokesman."),
            ["Rhea Osei"]
        );
        // Must not: a person before "and" and a title stays a person.
        let a = Analysis::new("Tomas Berg and Governor Ilse Marten met.");
        assert_eq!(a.refs.len(), 2);
        assert_eq!(
            a.text[a.refs[1].start..a.refs[1].end],
            *"Governor Ilse Marten"
        );
    }

    #[test]
    fn an_and_inside_a_title() {
        let r = named(
            "She met Science and Technology Minister Rhea Osei and Energy and Mines Minister Tomas Varga.",
        );
        assert_eq!(r[0].1.as_deref(), Some("Science and Technology Minister"));
        assert_eq!(r[1].1.as_deref(), Some("Energy and Mines Minister"));
        // Must not: "and" between a name and a title joins two people.
        let r = named("Ana Ruiz and Trade Minister Oskar Lind met.");
        assert_eq!(r.len(), 2);
        assert_eq!(r[1].1.as_deref(), Some("Trade Minister"));
    }

    #[test]
    fn particles_before_a_place_name_end_a_name() {
        assert_eq!(
            names_of("Colombian minister Ana de la Valencia met Juan van der Berg."),
            ["Ana de la Valencia", "Juan van der Berg"]
        );
        assert_eq!(
            names_of("Envoy Luis Porto de Lima arrived."),
            ["Luis Porto de Lima"]
        );
        // Must not: a place after a preposition is no part of the name.
        assert_eq!(names_of("Rosa Vega flew in from Madrid."), ["Rosa Vega"]);
    }

    #[test]
    fn a_thing_word_that_is_a_given_name_starts_a_name_before_a_surname() {
        assert_eq!(
            names_of("Software founder Bill Tarrant will attend the forum."),
            ["Bill Tarrant"]
        );
        // Must not: after a capitalised word it is the thing.
        assert!(names_of("The Finance Bill Committee met on Monday.").is_empty());
    }

    #[test]
    fn a_rank_after_an_office_in_apposition_is_one_person() {
        let a = Analysis::new("Desai was received by Chinese Defence Minister, Admiral Li Wenhao.");
        assert_eq!(a.refs.len(), 2, "{:?}", a.refs);
        assert_eq!(
            a.refs[1].kind,
            RefKind::Named("Li Wenhao".into()),
            "{:?}",
            a.refs
        );
    }

    #[test]
    fn a_description_and_a_name_in_apposition_are_one_person() {
        let a = Analysis::new("He met the chairman of Veltrana, Jonas Arkwright.");
        let named: Vec<&PersonRef> = a
            .refs
            .iter()
            .filter(|r| !matches!(r.kind, RefKind::Pronoun))
            .collect();
        assert_eq!(named.len(), 1, "{:?}", a.refs);
        assert_eq!(named[0].kind, RefKind::Named("Jonas Arkwright".into()));
        assert_eq!(named[0].role.as_deref(), Some("Chairman"));
        // Of a body named with a country: "of the bank of Peru, Tomas Ayala Ruiz".
        let a = Analysis::new("Lund met with the president of the bank of Peru, Tomas Ayala Ruiz.");
        assert_eq!(a.refs.len(), 2, "{:?}", a.refs);
        assert_eq!(a.refs[1].kind, RefKind::Named("Tomas Ayala Ruiz".into()));
        assert_eq!(a.refs[1].role.as_deref(), Some("President"));
        let a = Analysis::new(
            "Ilse Marten, deputy minister of Austria's Ministry of Finance (BMF), will meet Rhea Osei.",
        );
        let kinds: Vec<&RefKind> = a.refs.iter().map(|r| &r.kind).collect();
        assert_eq!(
            kinds,
            [
                &RefKind::Named("Ilse Marten".into()),
                &RefKind::Named("Rhea Osei".into())
            ]
        );
        assert_eq!(a.refs[0].role.as_deref(), Some("Deputy Minister"));
        // Must not: a description before "and" is another person.
        let a = Analysis::new("Ilse Marten, the Austrian minister and Rhea Osei met.");
        assert!(
            a.refs.iter().any(|r| r.kind == RefKind::Desc),
            "{:?}",
            a.refs
        );
    }

    #[test]
    fn the_place_of_a_post_is_not_the_country() {
        let r = named(
            "Chile's ambassador to Lima Rosa Vega met Peruvian Foreign Minister Luis Quispe.",
        );
        assert_eq!(r[0].0, "Rosa Vega");
        assert_eq!(r[0].1.as_deref(), Some("Ambassador"));
        assert_eq!(r[0].2.as_deref(), Some("Chile"));
        let a = Analysis::new("Kenya's envoy to the United Nations Amina Odhiambo spoke.");
        assert_eq!(a.refs[0].country.as_deref(), Some("Kenya"));
        assert!(a.refs[0].post.is_some());
        // Must not: travelling "to" a place is no post.
        let a = Analysis::new("Rosa Vega flew to Lima.");
        assert!(a.refs[0].post.is_none());
    }

    #[test]
    fn ranks_in_lower_case_are_adjectives() {
        let a = Analysis::new("Japan's major chip users and a general election were discussed.");
        assert!(a.refs.is_empty(), "{:?}", a.refs);
        let a = Analysis::new("Ghana's major banks met.");
        assert!(a.refs.is_empty(), "{:?}", a.refs);
        // Must not: a capitalised rank before a name is a title.
        let r = named("Major Tom Reyes met Colonel Ana Paz.");
        assert_eq!(r[0].1.as_deref(), Some("Major"));
    }

    #[test]
    fn days_occasions_and_section_words_are_not_people() {
        for s in [
            "Today's meeting was cordial, and Friday's talks and Tuesday's summit will follow.",
            "Comedy Lucky Stars opened in second place, a film by Ana Ruiz.",
            "Sport Business Photo Also Read",
        ] {
            let n = names_of(s);
            assert!(n.iter().all(|x| x == "Ana Ruiz"), "{s}: {n:?}");
        }
        // Must not: a name after a section-like word in a sentence is still a name.
        assert_eq!(
            names_of("Business Secretary Ana Ruiz met him."),
            ["Ana Ruiz"]
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
    fn a_city_name_can_be_the_surname_of_a_titled_name() {
        let r = named("Turkish Foreign Minister Kemal Aydın met Nikos Andreadis.");
        let names: Vec<&str> = r.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(names, ["Kemal Aydın", "Nikos Andreadis"]);
        // Must not: a city after an untitled name, or after a preposition, is a place.
        let r = named("Nikos Andreadis met officials in Aydın on Monday.");
        let names: Vec<&str> = r.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(names, ["Nikos Andreadis"]);
    }

    #[test]
    fn a_name_before_a_kind_of_place_names_the_place() {
        let r = named("Rebels attacked Nova Esperanca district and Ana Kone met them.");
        let names: Vec<&str> = r.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(names, ["Ana Kone"]);
        // Must not: a titled name before such a word is still the person.
        let r = named("Governor Ana Kone province officials met on Monday.");
        let names: Vec<&str> = r.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(names, ["Ana Kone"]);
    }

    #[test]
    fn a_firm_before_a_name_is_part_of_its_reference() {
        let a = Analysis::new("The meeting between Ana Kone and Unilever's Luis Mora took place.");
        let kinds: Vec<&RefKind> = a.refs.iter().map(|r| &r.kind).collect();
        assert_eq!(
            kinds,
            [
                &RefKind::Named("Ana Kone".into()),
                &RefKind::Named("Luis Mora".into())
            ]
        );
        // Must not: an office between them keeps the possessive person.
        let a = Analysis::new("Kone's counterpart Luis Mora arrived.");
        assert_eq!(a.refs.len(), 2, "{:?}", a.refs);
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
