//! The name lexicon of one fact store: every way a question may write a person's name
//! (full name, key, aliases, given name or surname alone; case- and diacritic-insensitive,
//! one typo allowed in tokens of [`TYPO_MIN_KNOWN`] or more letters), the places and
//! occasion words to recognise, and indexes from words and people to facts. Built once per
//! index generation: the engine keeps it beside the generation it was built from.

use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use crate::lexicon::calendar::{MONTHS, WEEKDAYS};
use crate::lexicon::lists::{
    HONORIFICS, NAME_PARTICLES, NUMBER_WORDS, ORGANISATION_TAILS, PERSON_NOUNS,
    QUESTION_COMMON_LOWER, QUESTION_GENERIC_OCCASION_WORDS, QUESTION_OPENERS,
    QUESTION_ORGANISATION_HEADS, RANKS, REGIONAL_DEMONYMS, TITLE_MODIFIERS,
};
use crate::model::{FactStore, MeetingFact, Person};

use super::countries::country_key;
use super::parse::is_meet_word;
use super::text::{self, TYPO_MIN_KNOWN, TYPO_MIN_TYPED, Word, fold, is_stop, name_token_eq};

/// How many of the people in the most meetings the lexicon keeps (for "I know about ...").
const TOP_PEOPLE: usize = 10;

/// Shortest occasion word kept as a place to recognise ("BRICS", "SCO"; not "G7" and
/// "UN", which too many texts use in passing).
const MIN_OCCASION_WORD: usize = 3;

/// One way of writing a person's name, folded into tokens.
#[derive(Debug)]
struct Form {
    key: String,
    toks: Vec<String>,
    /// A given name or surname alone (or a one-word alias).
    single: bool,
    /// A given name alone ("Stuart").
    given: bool,
    /// How many meetings the person takes part in (ties go to the better known).
    mentions: usize,
}

/// One known person found in a question's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NameMatch {
    pub(crate) key: String,
    /// Index of the first word.
    pub(crate) start: usize,
    /// Number of words.
    pub(crate) len: usize,
    /// Other known people the same words name as well ("Baker" when two Bakers are
    /// known), best known first: the conversation may mean one of them.
    pub(crate) namesakes: Vec<String>,
}

/// The names and places of a [`FactStore`], prepared once per store for fast matching.
/// Whether a word typed in lower case is one the corpus uses often: an everyday word
/// ("banks", "games"), not a misspelt name (no Hanks, no Gates). Without a corpus (a fact
/// store alone) no word is.
#[derive(Clone, Default)]
pub(crate) struct CommonWords(Option<Arc<WordTest>>);

/// A test of one word.
type WordTest = dyn Fn(&str) -> bool + Send + Sync;

impl CommonWords {
    fn has(&self, word: &str) -> bool {
        self.0.as_ref().is_some_and(|f| f(word))
    }
}

impl std::fmt::Debug for CommonWords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "CommonWords(corpus)"
        } else {
            "CommonWords(none)"
        })
    }
}

#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    /// The corpus's everyday words, never taken for a misspelt name.
    common: CommonWords,
    /// Longest and best known first.
    forms: Vec<Form>,
    /// Exact first token -> forms.
    by_token: HashMap<String, Vec<usize>>,
    /// Distinct first tokens of [`TYPO_MIN_KNOWN`] or more letters, for typo look-ups.
    tokens: Vec<String>,
    /// Hash of a token or of the token minus one letter -> indexes into `tokens`
    /// (symmetric deletion: two words one edit apart share a variant).
    variants: HashMap<u64, Vec<u32>>,
    /// Places, countries and occasion words of the facts, folded, longest first.
    places: Vec<String>,
    /// Names of the people in the most meetings, most first.
    top_people: Vec<String>,
    /// Folded word -> ids of the facts whose participants, place, occasion or evidence
    /// use it (ascending, no repeats): narrows filters to a few facts.
    fact_words: HashMap<String, Vec<u32>>,
    /// Person key -> ids of the facts they take part in (ascending).
    fact_people: HashMap<String, Vec<u32>>,
    /// Person key -> country key.
    person_country: HashMap<String, Option<&'static str>>,
    /// Person key -> roles, folded and joined ("defence minister ; admiral").
    person_roles: HashMap<String, String>,
}

impl Lexicon {
    /// Prepares the lexicon of `facts`.
    pub(crate) fn new(facts: &FactStore) -> Lexicon {
        let mentions = meeting_counts(facts);
        let mut lex = Lexicon {
            places: known_places(facts),
            top_people: top_people(facts, &mentions),
            ..Default::default()
        };
        lex.index_people(&facts.people);
        lex.index_facts(facts);
        let mut seen: HashSet<(String, Vec<String>)> = HashSet::new();
        for p in &facts.people {
            let count = mentions.get(p.key.as_str()).copied().unwrap_or(0);
            for (toks, single, given) in name_forms(p) {
                if toks.is_empty() || !seen.insert((p.key.clone(), toks.clone())) {
                    continue;
                }
                lex.forms.push(Form {
                    key: p.key.clone(),
                    toks,
                    single,
                    given,
                    mentions: count,
                });
            }
        }
        lex.forms.sort_by(|a, b| {
            b.toks
                .len()
                .cmp(&a.toks.len())
                .then(b.mentions.cmp(&a.mentions))
        });
        lex.index_first_tokens();
        lex
    }

    /// Places, countries and occasion words the facts mention, folded, longest first.
    pub(crate) fn places(&self) -> &[String] {
        &self.places
    }

    /// The names of the `n` people in the most meetings, most first.
    pub(crate) fn top_people(&self, n: usize) -> Vec<String> {
        self.top_people.iter().take(n).cloned().collect()
    }

    /// Ids of the facts that use the last word of `phrase` (folded); `None` when the
    /// phrase has no word.
    pub(crate) fn facts_with_word(&self, phrase: &str) -> Option<&[u32]> {
        let last = text::norm_words(phrase).pop()?;
        Some(self.fact_words.get(&last).map(Vec::as_slice).unwrap_or(&[]))
    }

    /// Ids of the facts `key` takes part in (ascending).
    pub(crate) fn facts_of(&self, key: &str) -> &[u32] {
        self.fact_people.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The country key of a known person (`Some(None)` when the country is not known);
    /// `None` for an unknown key.
    pub(crate) fn country_of(&self, key: &str) -> Option<Option<&'static str>> {
        self.person_country.get(key).copied()
    }

    /// A person's roles, folded and joined ("defence minister ; admiral"); empty when
    /// unknown.
    pub(crate) fn roles_of(&self, key: &str) -> &str {
        self.person_roles.get(key).map(String::as_str).unwrap_or("")
    }

    fn index_people(&mut self, people: &[Person]) {
        for p in people {
            self.person_country
                .insert(p.key.clone(), p.country.as_deref().and_then(country_key));
            self.person_roles.insert(
                p.key.clone(),
                fold(&p.roles.join(" ; ")).replace("defense", "defence"),
            );
        }
    }

    fn index_facts(&mut self, facts: &FactStore) {
        let names: HashMap<&str, &str> = facts
            .people
            .iter()
            .map(|p| (p.key.as_str(), p.name.as_str()))
            .collect();
        for f in &facts.facts {
            let id = f.id as u32;
            for w in fact_words(f, &names) {
                push_id(self.fact_words.entry(w).or_default(), id);
            }
            for k in &f.participants {
                push_id(self.fact_people.entry(k.clone()).or_default(), id);
            }
        }
    }

    /// The first-token index of the forms and its typo variants.
    fn index_first_tokens(&mut self) {
        for (i, f) in self.forms.iter().enumerate() {
            let first = &f.toks[0];
            self.by_token.entry(first.clone()).or_default().push(i);
        }
        let mut long: Vec<&String> = self
            .by_token
            .keys()
            .filter(|t| t.chars().count() >= TYPO_MIN_KNOWN)
            .collect();
        long.sort();
        self.tokens = long.into_iter().cloned().collect();
        for (i, t) in self.tokens.iter().enumerate() {
            for v in deletion_variants(t) {
                self.variants.entry(v).or_default().push(i as u32);
            }
        }
    }

    /// The lexicon, told which lower-case words the corpus uses often (`common`).
    pub(crate) fn with_common_words(
        mut self,
        common: impl Fn(&str) -> bool + Send + Sync + 'static,
    ) -> Lexicon {
        self.common = CommonWords(Some(Arc::new(common)));
        self
    }

    /// The words of full names typed in lower case that no known person bears (see
    /// [`Lexicon::someone_elses_given`]): in "john howard", when a John Emery and a
    /// Michael Howard are known, neither word is a match of its own. A known full name
    /// that starts there stands.
    fn others_full_names(&self, ws: &[Word], found: &[(usize, usize)], cased: bool) -> Vec<bool> {
        let mut taken = vec![false; ws.len()];
        if cased {
            return taken;
        }
        let full_at = |i: usize| {
            found
                .iter()
                .any(|&(f, j)| j == i && self.forms[f].toks.len() > 1)
        };
        for &(f, i) in found {
            let form = &self.forms[f];
            if form.toks.len() > 1 || full_at(i) {
                continue;
            }
            if let Some(end) = self.someone_elses_given(form, ws, i) {
                for t in &mut taken[i..end] {
                    *t = true;
                }
            }
        }
        taken
    }

    /// "when does umaga face brian o'driscoll?" typed in lower case: a given name matched
    /// alone before an elided surname ("o'driscoll"), another known person's surname
    /// ("john howard" when Michael Howard is known), or a word the corpus rarely uses,
    /// starts someone else's full name ("brian arrives" is a verb); the end of that name.
    /// The rare word needs the corpus's word counts: every word would be rare without them.
    fn someone_elses_given(&self, form: &Form, ws: &[Word], i: usize) -> Option<usize> {
        // Someone known by one name alone ("Brian") shares it with those known by it
        // as a given name.
        let given = form.given
            || !form.key.contains(' ')
                && (self.by_token.get(&ws[i].norm))
                    .is_some_and(|fs| fs.iter().any(|&f| self.forms[f].given));
        given.then(|| self.surname_after(ws, i)).flatten()
    }

    /// The end of the surname typed after word `i` (a given name), when the word after it
    /// is one: see [`Lexicon::someone_elses_given`].
    fn surname_after(&self, ws: &[Word], i: usize) -> Option<usize> {
        let next = ws.get(i + 1).filter(|w| w.joined)?;
        // "o'driscoll" comes out as "o" and "driscoll": a surname, however often used.
        let elided = next.norm.chars().count() == 1
            && ws
                .get(i + 2)
                .is_some_and(|r| !r.joined && r.start - next.start <= ELIDED_PREFIX_BYTES);
        if elided {
            return Some(i + 3);
        }
        let w = next.norm.as_str();
        let name_like = w.chars().count() >= 2
            && w.chars().all(char::is_alphabetic)
            && !is_stop(w)
            && !is_meet_word(w);
        let rare = self.common.0.is_some() && !self.common.has(w);
        (name_like && (self.by_token.contains_key(w) || rare)).then_some(i + 2)
    }

    /// True when the corpus uses the lower-case `word` often (an everyday word).
    pub(crate) fn everyday(&self, word: &str) -> bool {
        self.common.has(word)
    }

    /// True when word `i`, one known name alone, is an everyday word opening another
    /// capitalised name: "Ireland's World Cup group" names no Caesars World, "the Brown
    /// University study" no Gordon Brown.
    fn everyday_before_a_name(&self, ws: &[Word], i: usize) -> bool {
        let next_capital = ws.get(i + 1).is_some_and(|w| w.capital && w.joined);
        ws[i].capital && next_capital && self.common.has(&ws[i].norm)
    }

    /// Forms whose first token could be `word` (exactly, or with one typo when `typo`
    /// and, for a word typed in lower case (`lower`), the corpus does not use it often).
    fn candidates(&self, word: &str, typo: bool, lower: bool) -> Vec<usize> {
        let mut out: Vec<usize> = self.by_token.get(word).cloned().unwrap_or_default();
        // Asked of the index only for a word that could be a typo: "the banks" names no
        // Hanks.
        let everyday = || lower && self.common.has(word);
        // "Bob Dole" for Robert Dole: another form of the given name, written as a name
        // ("the highway bill" names no William).
        for &other in text::other_forms(word)
            .iter()
            .filter(|_| typo && !everyday())
        {
            for &i in self.by_token.get(other).into_iter().flatten() {
                if !out.contains(&i) {
                    out.push(i);
                }
            }
        }
        // A title is typed as meant: "Crown Prince" is no misspelt Crowe, "Mayor" no Mayer;
        // so is a people's name: "the Argentines" are no misspelt Argentinas, nor "Welsh
        // patients" a misspelt Walsh; and a number: "the Group of Seven" names no Steven.
        let country = || super::countries::country_at(&[word.to_string()], 0).is_some();
        if !typo
            || word.chars().count() < TYPO_MIN_TYPED
            || is_stop(word)
            || is_title(word)
            || REGIONAL_DEMONYMS.has(word)
            || country()
            || is_calendar_word(word)
            || NUMBER_WORDS.has(word)
            || everyday()
        {
            return out;
        }
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
        out
    }

    /// Finds known people in a question's words: longest and best known forms first, no
    /// overlaps; in order of appearance.
    pub(crate) fn find_people(&self, ws: &[Word]) -> Vec<NameMatch> {
        // (form index, start)
        let mut found: Vec<(usize, usize)> = Vec::new();
        // In a question that capitalises names, a word in lower case is a word: "the start
        // of his tour" names no Smart, nor Stuart. A question that opens with a capital
        // capitalises them too.
        let cased = ws.iter().any(|w| w.capital);
        for (i, w) in ws.iter().enumerate() {
            // The last word of a body's name is typed as meant: "the Farmers Party" names
            // no Marty.
            let heads_a_name =
                i > 0 && ws[i - 1].capital && QUESTION_ORGANISATION_HEADS.has(&w.norm);
            let typo = (w.capital || !cased) && !heads_a_name;
            for f in self.candidates(&w.norm, typo, !w.capital) {
                let toks = &self.forms[f].toks;
                let n = toks.len();
                let rest_fits = i + n <= ws.len()
                    && toks
                        .iter()
                        .zip(&ws[i..i + n])
                        .skip(1)
                        .all(|(t, w)| name_token_eq(t, &w.norm));
                if rest_fits {
                    found.push((f, i));
                }
            }
        }
        // Forms are sorted longest and best known first; among forms of one length, one
        // typed exactly comes before a typo's neighbour ("Hisham Nazir" is Nazir even when
        // a better known Hisham Nazer is one letter away).
        let exact = |f: usize, i: usize| {
            self.forms[f]
                .toks
                .iter()
                .zip(&ws[i..])
                .all(|(t, w)| *t == w.norm)
        };
        found.sort_by_key(|&(f, i)| {
            (
                std::cmp::Reverse(self.forms[f].toks.len()),
                !exact(f, i),
                f,
                i,
            )
        });
        let mut taken = self.others_full_names(ws, &found, cased);
        let mut out: Vec<NameMatch> = Vec::new();
        for &(f, i) in &found {
            let form = &self.forms[f];
            let n = form.toks.len();
            // A word one letter from a given name alone is a word or another's name: "when
            // do they start" names no Stuart, "chairman Romero" no Romeo (a surname's
            // typo, "smartt", still names Smart).
            let typed_given = form.given && !exact(f, i);
            // In a question that capitalises names, one everyday word typed in lower case
            // is that word: "the bank bill" names no Bill, "the grant" no Grant.
            if taken[i..i + n].iter().any(|t| *t)
                || (form.single && !lone_name(&ws[i]))
                || typed_given
                || (form.given && !cased && titled_full_name(ws, i))
                || (n == 1 && names_a_thing(ws, i))
                || (form.given && after_particle(ws, i))
                || (n == 1 && self.everyday_before_a_name(ws, i))
                || (n == 1 && cased && !ws[i].capital && self.common.has(&ws[i].norm))
            {
                continue;
            }
            for t in taken.iter_mut().skip(i).take(n) {
                *t = true;
            }
            out.push(NameMatch {
                key: form.key.clone(),
                start: i,
                len: n,
                namesakes: Vec::new(),
            });
        }
        let opening: Vec<usize> = (out.iter())
            .filter(|m| m.len == 1 && opens_compound_surname(ws, m, &out))
            .map(|m| m.start)
            .collect();
        out.retain(|m| !opening.contains(&m.start));
        out.sort_by_key(|m| m.start);
        let mut out = self.met_the_others(&found, out);
        for m in &mut out {
            m.namesakes = self.namesakes(&found, m, &exact);
        }
        let out = one_name_typed(ws, out);
        Self::not_given_name_of_another(ws, out)
    }

    /// The other people the words of `m` name just as well (as exactly, as many words).
    fn namesakes(
        &self,
        found: &[(usize, usize)],
        m: &NameMatch,
        exact: &impl Fn(usize, usize) -> bool,
    ) -> Vec<String> {
        let typed_exactly = found
            .iter()
            .any(|&(f, i)| i == m.start && self.forms[f].key == m.key && exact(f, i));
        let mut out: Vec<String> = Vec::new();
        for &(f, i) in found {
            let form = &self.forms[f];
            if i == m.start
                && form.toks.len() == m.len
                && form.key != m.key
                && exact(f, i) == typed_exactly
                && !out.contains(&form.key)
            {
                out.push(form.key.clone());
            }
        }
        out
    }

    /// "Did Schultz meet Aquino?" when a George Schultz is known but only George Shultz met
    /// Aquino: of the people one typed name may be, the one who met the others asked about
    /// is meant. A match that shares a fact with one of the others stays.
    fn met_the_others(&self, found: &[(usize, usize)], mut out: Vec<NameMatch>) -> Vec<NameMatch> {
        let met = |a: &str, b: &str| {
            let theirs = self.facts_of(b);
            self.facts_of(a)
                .iter()
                .any(|id| theirs.binary_search(id).is_ok())
        };
        for k in 0..out.len() {
            let others: Vec<&str> = (0..out.len())
                .filter(|&j| j != k)
                .map(|j| out[j].key.as_str())
                .collect();
            let m = &out[k];
            if others.is_empty() || others.iter().any(|o| met(&m.key, o)) {
                continue;
            }
            let other_form = found.iter().find(|&&(f, i)| {
                let form = &self.forms[f];
                i == m.start
                    && form.toks.len() == m.len
                    && form.key != m.key
                    && others.iter().any(|o| met(&form.key, o))
            });
            if let Some(&(f, _)) = other_form {
                out[k].key = self.forms[f].key.clone();
            }
        }
        out
    }

    /// "William Palmer" when only William Brown is known: a given name matched alone
    /// (or any name matched a letter off) with another capitalised word typed right after
    /// it is someone else's name.
    fn not_given_name_of_another(ws: &[Word], found: Vec<NameMatch>) -> Vec<NameMatch> {
        found
            .into_iter()
            .filter(|m| {
                let given = m.key.split(' ').next().unwrap_or("");
                // "John Major meet ...": a title word with no name after it ends the
                // name, a surname.
                let titles_next = ws.get(m.start + 2).is_some_and(|n| n.capital);
                let other_surname = ws.get(m.start + 1).is_some_and(|w| {
                    w.capital
                        && w.joined
                        && (lone_name(w) || elided_prefix(ws, m.start + 1))
                        && (!is_title(&w.norm) || !titles_next)
                        && !found_at(&m.key, &w.norm)
                });
                // "Gen Somkiat" when Gen Nakatani is known: a rank before another
                // name is that person's title.
                let rank_before_other = m.len == 1
                    && RANKS.has(&ws[m.start].norm)
                    && ws
                        .get(m.start + 1)
                        .is_some_and(|w| w.capital && !found_at(&m.key, &w.norm));
                let given_of_another = m.len == 1
                    && has_given_name(&m.key)
                    && name_token_eq(given, &ws[m.start].norm)
                    && (other_surname || particle_surname(ws, m));
                // "Marina Kovacs" when Anton Marino is known: a word a letter off a
                // known name, with another name after it, is that other person's.
                let misspelt_of_another =
                    m.len == 1 && !m.key.split(' ').any(|t| t == ws[m.start].norm) && other_surname;
                !(given_of_another || rank_before_other || misspelt_of_another)
            })
            .collect()
    }
}

/// Two capitalised words typed together are one name ("Pervez Musharraf", "Bill Gates"):
/// a surname match of someone known without a given name ("Gen Musharraf", "Gates")
/// takes the word before it as that given name, even when the word alone matched someone
/// else; a surname match of someone with another given name ("Ana Morales" for "Paulo
/// Morales") is nobody the facts know, and does not stand.
fn one_name_typed(ws: &[Word], found: Vec<NameMatch>) -> Vec<NameMatch> {
    let mut out: Vec<NameMatch> = Vec::with_capacity(found.len());
    for m in found {
        let prev = m
            .start
            .checked_sub(1)
            .filter(|&p| m.len == 1 && ws[m.start].capital && ws[m.start].joined && ws[p].capital);
        let Some(p) = prev.filter(|&p| lone_name(&ws[p]) && !is_title(&ws[p].norm)) else {
            out.push(m);
            continue;
        };
        let before = out.last().filter(|b| b.start + b.len == m.start);
        if has_given_name(&m.key) {
            // The word before is another given name: only a known match of it stands.
            continue;
        }
        if before.is_some_and(|b| b.len == 1 && b.start == p) {
            out.pop();
        }
        out.push(NameMatch {
            key: m.key,
            start: p,
            len: 2,
            namesakes: Vec::new(),
        });
    }
    out
}

/// Most bytes from a one-letter prefix to the rest of its surname: "O'" or "O’".
const ELIDED_PREFIX_BYTES: usize = 4;

/// "O'Neill", "D'Souza": word `i` is one capital letter glued by an apostrophe to the
/// capitalised rest of a surname (the two come out as separate words).
fn elided_prefix(ws: &[Word], i: usize) -> bool {
    ws[i].norm.chars().count() == 1
        && ws.get(i + 1).is_some_and(|next| {
            next.capital && !next.joined && next.start - ws[i].start <= ELIDED_PREFIX_BYTES
        })
}

/// True when `word` is one of the words of `name` (folded), allowing a typo.
/// True when the one word of `m` opens a compound surname whose rest another's name holds
/// ("Perez" of "Perez de Cuellar" when "Cuellar" or "de Cuellar" names someone): no one-word
/// name of its own (not Peres, one letter away).
fn opens_compound_surname(ws: &[Word], m: &NameMatch, found: &[NameMatch]) -> bool {
    let i = m.start;
    ws.get(i + 1).is_some_and(|w| NAME_PARTICLES.has(&w.norm))
        && (found.iter()).any(|o| (o.start == i + 2 || o.start == i + 1) && o.key != m.key)
}

/// "Ali al-Khalifa" when only Ali Bozer is known: a particle and a capitalised word right
/// after the name matched, not of its key, are another family name ("van Dijk", "de la
/// Cruz"), so the given name is someone else's.
fn particle_surname(ws: &[Word], m: &NameMatch) -> bool {
    let after = m.start + m.len;
    let particles = ws[after.min(ws.len())..]
        .iter()
        .take_while(|w| NAME_PARTICLES.has(&w.norm) && !w.capital)
        .count();
    particles > 0
        && ws
            .get(after + particles)
            .is_some_and(|w| w.capital && !found_at(&m.key, &w.norm))
}

/// True when a name particle stands right before the word at `i` ("al-Ahmed", "van
/// Dijk"): the word is part of a family name, no given name.
fn after_particle(ws: &[Word], i: usize) -> bool {
    i > 0 && NAME_PARTICLES.has(&ws[i - 1].norm)
}

fn found_at(name: &str, word: &str) -> bool {
    text::norm_words(name)
        .iter()
        .any(|t| name_token_eq(t, word))
}

/// True for a word of a title ("President", "Gen", "Mr").
pub(crate) fn is_title(w: &str) -> bool {
    RANKS.has(w) || HONORIFICS.has(w) || PERSON_NOUNS.has(w) || TITLE_MODIFIERS.has(w)
}

/// "treasury secretary john snow": in a question typed in lower case, a given name after a
/// title and before another word is the start of a full name, someone else's when that
/// word is not the known person's surname (their full name would have matched first).
fn titled_full_name(ws: &[Word], i: usize) -> bool {
    let titled = i > 0 && is_title(&ws[i - 1].norm);
    let surname = ws.get(i + 1).is_some_and(|w| {
        w.norm.chars().count() >= 2 && !is_stop(&w.norm) && !is_meet_word(&w.norm)
    });
    titled && surname
}

/// True when a person key starts with a given name: more than one word, the first not a
/// rank or an honorific ("gen musharraf" and "gates" have none).
fn has_given_name(key: &str) -> bool {
    let t: Vec<&str> = key.split(' ').collect();
    t.len() >= 2 && !RANKS.has(t[0]) && !HONORIFICS.has(t[0])
}

/// A city at least this big, typed alone, is the city, though it is someone's surname
/// too ("representing Madrid" is not Miguel de la Madrid): the metropolises and capitals
/// that news names as places every day, few surnames among them.
const BIG_CITY_POPULATION: u64 = 1_000_000;

/// True when a word alone may be a given name or surname: not a country word or a big
/// city, and not an everyday word (a lower-case one must not be a common word either).
fn lone_name(w: &Word) -> bool {
    country_key(&w.norm).is_none()
        && w.norm.chars().count() >= 2
        && !is_stop(&w.norm)
        && !QUESTION_OPENERS.has(&w.norm)
        && (w.capital || !QUESTION_COMMON_LOWER.has(&w.norm))
        && crate::lexicon::gazetteer::gazetteer()
            .city(&w.norm)
            .is_none_or(|c| c.population < BIG_CITY_POPULATION)
}

/// The ways of writing a person's name: (folded tokens, a single given name or surname,
/// a given name alone).
fn name_forms(p: &Person) -> Vec<(Vec<String>, bool, bool)> {
    let full = text::norm_words(&p.name);
    let mut forms: Vec<(Vec<String>, bool, bool)> = vec![
        (full.clone(), full.len() == 1, false),
        (text::norm_words(&p.key), false, false),
    ];
    for a in &p.aliases {
        let t = text::norm_words(a);
        let single = t.len() == 1;
        forms.push((t, single, false));
    }
    // Given name and surname alone, unless the "name" is a description ("the Defence
    // Minister of Laos") or the token is a country word.
    let descriptive = full.iter().any(|t| is_stop(t));
    if full.len() >= 2 && !descriptive {
        for (t, given) in [(&full[0], true), (&full[full.len() - 1], false)] {
            if country_key(t).is_none() {
                forms.push((vec![t.clone()], true, given));
            }
        }
    }
    forms
}

/// How many meetings each person key takes part in.
fn meeting_counts(facts: &FactStore) -> HashMap<&str, usize> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for f in &facts.facts {
        for k in &f.participants {
            *counts.entry(k.as_str()).or_default() += 1;
        }
    }
    counts
}

/// The names of the people in the most meetings, most first (ties by name).
fn top_people(facts: &FactStore, counts: &HashMap<&str, usize>) -> Vec<String> {
    let mut ranked: Vec<(usize, &str)> = facts
        .people
        .iter()
        .filter_map(|p| counts.get(p.key.as_str()).map(|c| (*c, p.name.as_str())))
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    ranked
        .iter()
        .take(TOP_PEOPLE)
        .map(|(_, n)| n.to_string())
        .collect()
}

/// The folded words of a fact: participants, place, occasion, evidence and claims.
fn fact_words(f: &MeetingFact, names: &HashMap<&str, &str>) -> HashSet<String> {
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
    words
}

/// Appends a fact id once (facts come in ascending id order).
fn push_id(ids: &mut Vec<u32>, id: u32) {
    if ids.last() != Some(&id) {
        ids.push(id);
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
            out.extend(occasion_words(o));
        }
    }
    out.retain(|s| !s.is_empty());
    out.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    out.dedup();
    out
}

/// Acronyms and capitalised names inside an occasion ("BRICS", "ADMM"), folded.
fn occasion_words(occasion: &str) -> impl Iterator<Item = String> {
    text::words(occasion).into_iter().filter_map(|w| {
        let keep = w.capital
            && !is_stop(&w.norm)
            && w.norm.chars().count() >= MIN_OCCASION_WORD
            && !w.norm.chars().all(|c| c.is_ascii_digit())
            && !QUESTION_GENERIC_OCCASION_WORDS.has(&w.norm);
        keep.then_some(w.norm)
    })
}

/// True for a month or weekday name ("march", "friday"): typed as meant, never a misspelt
/// name ("in March" names no Marsh, "on Monday" no Monda).
pub(crate) fn is_calendar_word(word: &str) -> bool {
    (MONTHS.iter().chain(WEEKDAYS.iter())).any(|c| c.name.eq_ignore_ascii_case(word))
}
/// "on the Wrightson Hour show", "at the Grant Memorial": a single name between "the" and
/// another capitalised word typed after a space is the first word of a thing's name, no
/// person ("the Uribe-Falcao summit" pairs two people); so is one before a capitalised
/// word of trade ("Williams Holdings").
fn names_a_thing(ws: &[Word], i: usize) -> bool {
    let next_capital = ws.get(i + 1).is_some_and(|w| w.capital && w.joined);
    // "Williams Holdings", "Ford Motors": a name before a word of trade is a company's.
    let firm = ws
        .get(i + 1)
        .is_some_and(|w| next_capital && ORGANISATION_TAILS.has(&w.norm));
    ws[i].capital && (i > 0 && ws[i - 1].norm == "the" && next_capital || firm)
}
