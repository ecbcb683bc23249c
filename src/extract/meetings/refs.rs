//! Who a sentence's references to people are: names, pronouns, groups and descriptions
//! resolved to the article's entities, and references coordinated with one another ("A
//! and B", "A, B and C").

use super::{Resolved, Scan, SentenceCtx, SportCues, in_quotes};
use crate::extract::coref::is_honorific;
use crate::extract::people::{Analysis, PersonRef, RefKind, RoleClass, role_class};
use crate::extract::quotes::QuoteSpan;
use crate::extract::triggers::Trigger;
use crate::lexicon::gazetteer::{GazKind, gazetteer};
use crate::lexicon::lists::{
    CAPITALISED_FUNCTION_WORDS, CLAUSE_BREAKS, GROUP_NOUNS, KIN_NOUNS, NUMBER_WORDS,
    OBJECT_FOLLOWERS, PERSON_NOUNS, POSSESSIVE_DETERMINERS, SAY_VERBS, SINGULAR_PRONOUNS,
    SPORT_PLAY_PHRASES, SPORT_PLAY_WORDS, TRIGGER_NOUNS,
};

/// The head word of an office, lower case and singular ("Ambassadors to Athens" ->
/// "ambassador"): the last word that names a person.
fn role_head(role: &str) -> Option<String> {
    role.split(' ')
        .rev()
        .find(|w| crate::extract::people::is_person_noun(w))
        .map(|w| {
            let w = w.to_lowercase();
            w.strip_suffix('s')
                .filter(|s| crate::extract::people::is_person_noun(s))
                .map_or(w.clone(), str::to_string)
        })
}

/// Tokens between a bare one-word subject and its trigger: an auxiliary and a verb of
/// intent ("hopes to", "is due to", "will also").
const BARE_SUBJECT_REACH: usize = 4;

/// Words of play an article needs to be a sports report in which "meet" is a fixture.
const SPORT_ARTICLE_CUES: usize = 3;

/// True for a sentence written in title case, as headlines are: most of its longer
/// words capitalised.
fn title_case(a: &Analysis) -> bool {
    let long: Vec<bool> = a
        .toks
        .iter()
        .filter(|t| t.word && t.text.chars().count() > 3)
        .map(|t| t.is_cap())
        .collect();
    let caps = long.iter().filter(|&&c| c).count();
    !long.is_empty() && caps * 10 >= long.len() * 7
}

/// A match score ("6-4", "2-1"): one or two digits each side of a hyphen.
fn is_score(w: &str) -> bool {
    w.split_once('-').is_some_and(|(x, y)| {
        [x, y]
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
    })
}

impl Scan<'_> {
    /// Resolves every ref of a sentence to entity ids (empty when unresolved). Pronouns and
    /// groups use the state before this sentence's meetings.
    pub(super) fn resolve_all(&mut self, si: usize, quotes: &[QuoteSpan]) -> Resolved {
        let a = &self.analyses[si];
        let mut out: Resolved = Vec::with_capacity(a.refs.len());
        for (ri, r) in a.refs.iter().enumerate() {
            let ids = match &r.kind {
                RefKind::Named(n) => vec![self.facts.entities.named(
                    n,
                    r.role.as_deref().filter(|_| !r.counterpart),
                    r.country.as_deref(),
                    r.then,
                    si,
                )],
                RefKind::Single(w) => {
                    let found = self.facts.entities.single(w, si);
                    if let Some(id) = found {
                        self.facts.entities.alias(id, w);
                    }
                    found.into_iter().collect()
                }
                RefKind::Pronoun => {
                    let in_quote = in_quotes(quotes, r);
                    let mut prev = (0..ri).rev().filter(|&k| {
                        matches!(a.refs[k].kind, RefKind::Named(_) | RefKind::Single(_))
                            && !out[k].is_empty()
                            && !in_quote
                    });
                    // "X held talks with her": an object pronoun is not the person who
                    // governs it, the nearest one before it.
                    let nearest = prev.next();
                    let object = object_pronoun(a, r.t0)
                        && nearest.is_some_and(|k| !clause_break(a, a.refs[k].end, r.start));
                    let found = if object { prev.next() } else { nearest };
                    let last = self
                        .last_subject
                        .filter(|s| !object || nearest.is_none_or(|k| !out[k].contains(s)));
                    match found {
                        Some(k) => out[k].clone(),
                        None => last.into_iter().collect(),
                    }
                }
                RefKind::PluralPronoun => {
                    // "X and Y ... when they met": the coordinated pair before it.
                    let pair = coordinated_before(a, ri, &out);
                    let named = named_before_meeting_noun(a, ri, &out, quotes);
                    if pair.len() >= 2 {
                        pair
                    } else if named.len() == 2 {
                        named
                    } else {
                        self.focus_people()
                    }
                }
                RefKind::Group => self.group_people(a, r),
                // Descriptions and lists depend on the subject: resolved per trigger.
                RefKind::Desc | RefKind::CounterpartList(_) => Vec::new(),
            };
            for &id in &ids {
                self.facts.entities.touch(id, si);
            }
            out.push(ids);
        }
        // Descriptions without a trigger context ("the Indian minister told ...").
        for (ri, r) in a.refs.iter().enumerate() {
            if r.kind == RefKind::Desc {
                let subject = self.last_subject.into_iter().collect::<Vec<_>>();
                out[ri] = self.resolve_desc(si, r, &subject, false);
            }
        }
        out
    }

    /// The people of a group ("the two leaders", "the pair"): those in focus; "the pair"
    /// or "the two men" with no meeting or pair in view, the last two people named ("the
    /// two companies" is no pair of people).
    fn group_people(&self, a: &Analysis, r: &PersonRef) -> Vec<usize> {
        let people = self.focus_people();
        let words: Vec<String> = a.toks[r.t0..r.t1].iter().map(|t| t.lower()).collect();
        let pair = words.iter().any(|w| w == "pair" || w == "duo")
            || words.iter().any(|w| w == "two" || w == "both")
                && words.iter().any(|w| GROUP_NOUNS.has(w) && w != "sides");
        if people.is_empty() && pair && self.recent.len() == 2 {
            self.recent.clone()
        } else {
            people
        }
    }

    /// "Nakasone hopes to meet President Reagan": a lone capitalised word that names no
    /// one known, standing as the subject a few words before a trigger, is a one-word
    /// name ("Suharto", "Lula"). A company in that place finds no person to meet, since
    /// the meeting still needs a named other side.
    pub(super) fn bare_name_subject(
        &mut self,
        cx: &SentenceCtx<'_>,
        left: &[usize],
        t: &Trigger,
    ) -> Vec<usize> {
        let a = &self.analyses[cx.si];
        let Some(&last) = left.last() else {
            return Vec::new();
        };
        let r = &a.refs[last];
        let RefKind::Single(w) = &r.kind else {
            return Vec::new();
        };
        let between = a.text.get(r.end..t.start).unwrap_or(",");
        let near = a.tok_at(t.start).saturating_sub(r.t1) <= BARE_SUBJECT_REACH;
        // "Henley said it began talks": a clause of its own between them.
        let own_clause = between
            .split(|c: char| !c.is_alphanumeric())
            .any(|x| SAY_VERBS.has(x) || SINGULAR_PRONOUNS.has(x) || x == "it");
        // "Dayton Hudson met": the end of a longer proper name.
        let after_cap = r.t0 > 0 && a.toks[r.t0 - 1].is_cap();
        if !cx.resolved[last].is_empty()
            || !near
            || own_clause
            || after_cap
            || between.contains([',', ';', '"', '(', ')'])
            || a.toks[r.t1 - 1].is_possessive()
            || a.toks[r.t0].is_all_caps()
            || NUMBER_WORDS.has(&w.to_lowercase())
            || r.t0 == 0 && !self.capitalised_mid_sentence(w)
        {
            return Vec::new();
        }
        vec![self.facts.entities.named(w, None, None, false, cx.si)]
    }

    /// "Dayton Hudson met with X", "a spokesman said they wanted to meet X": the subject
    /// is there but names no one known (a company, a group), so it is not the person
    /// told before.
    pub(super) fn unresolved_subject(&self, cx: &SentenceCtx<'_>, left: &[usize]) -> bool {
        left.last().is_some_and(|&r| cx.resolved[r].is_empty())
    }

    /// True when the article writes `w` capitalised somewhere other than at the start of a
    /// sentence: a name, not a common word that opens one ("Parents", "Private").
    fn capitalised_mid_sentence(&self, w: &str) -> bool {
        let analyses = self.analyses;
        self.mid_sentence_words
            .get_or_init(|| {
                analyses
                    .iter()
                    .flat_map(|a| a.toks.iter().skip(1).map(|t| t.bare()))
                    .collect()
            })
            .contains(w)
    }

    /// "X will meet Y in the second round", "he met Smith's cross": in a sports report
    /// "meet" is a fixture or a move of play, not a meeting of people. True for a "meet"
    /// trigger in a sentence with a word of play ("seed", "quarter-final", "scored") or in
    /// an article with several of them and match scores ("6-4"), and for a title
    /// ("the comedy Meet the Parents").
    pub(super) fn sport_fixture(&self, si: usize, t: &Trigger) -> bool {
        let a = &self.analyses[si];
        let written = a.text.get(t.start..t.end).unwrap_or("");
        let w = written.to_ascii_lowercase();
        if !(w.starts_with("meet") || w.starts_with("met")) {
            return false;
        }
        // "the sequel Meet the Parents": a capitalised "Meet" inside a sentence is a title,
        // unless the whole sentence is written in title case (a headline).
        if written.starts_with('M') && a.tok_at(t.start) > 0 && !title_case(a) {
            return true;
        }
        let cues = |a: &Analysis| {
            a.toks
                .iter()
                .filter(|t| t.word && SPORT_PLAY_WORDS.has(&t.lower()))
                .count()
        };
        // "6-4" but not "June 8-10".
        let scores = |a: &Analysis| {
            (0..a.toks.len())
                .filter(|&k| {
                    is_score(a.toks[k].text)
                        && (k == 0 || !CAPITALISED_FUNCTION_WORDS.has(a.toks[k - 1].text))
                })
                .count()
        };
        // "the second round of talks" is no play.
        let phrase = |a: &Analysis| {
            let l = a.text.to_lowercase();
            SPORT_PLAY_PHRASES
                .iter()
                .filter(|p| {
                    l.match_indices(*p).any(|(i, _)| {
                        let rest = l[i + p.len()..].trim_start();
                        !(rest.starts_with("of talks") || rest.starts_with("of negotiations"))
                    })
                })
                .count()
        };
        let counts = self.sport_cues.get_or_init(|| {
            crate::extract::work::read(self.analyses.iter().map(|a| a.toks.len()).sum());
            let play: Vec<usize> = self.analyses.iter().map(|a| cues(a) + phrase(a)).collect();
            let scores: usize = self.analyses.iter().map(scores).sum();
            SportCues {
                article: play.iter().sum::<usize>() + scores,
                play,
            }
        });
        crate::extract::work::read(1);
        if counts.play.get(si).is_some_and(|&play| play > 0) {
            return true;
        }
        counts.article >= SPORT_ARTICLE_CUES
    }

    /// The person a description names, given the subject it is relative to.
    pub(super) fn resolve_desc(
        &mut self,
        si: usize,
        r: &PersonRef,
        subject: &[usize],
        recalled: bool,
    ) -> Vec<usize> {
        let ents = &self.facts.entities;
        // A counterpart holds the subject's office; otherwise the title tells the office.
        let class = if r.counterpart {
            subject
                .first()
                .and_then(|&s| ents.list.get(s))
                .and_then(|e| e.class.clone())
        } else {
            r.role.as_deref().map(role_class)
        };
        // "Turkey's ambassador": an office of no known class is told by its head word.
        let head = match (&class, r.counterpart) {
            (Some(RoleClass::Other(_)), false) => r.role.as_deref().and_then(role_head),
            _ => None,
        };
        let class = class.filter(|c| !matches!(c, RoleClass::Other(_)));
        let Some(country) = r.country.as_deref() else {
            let head = r.role.as_deref().and_then(role_head);
            return self.other_side(subject, class.as_ref(), head.as_deref());
        };
        if let Some(head) = head {
            let found = ents.by_role_head(country, &head, subject);
            return match found {
                Some(p) => vec![p],
                None => vec![self.facts.entities.unnamed(r.role.as_deref(), country, si)],
            };
        }
        // A recalled meeting's counterpart: a "then-" holder told next to it.
        let near = Some((si, si + 1));
        if recalled
            && let Some(p) = ents.by_desc(Some(country), class.as_ref(), subject, Some(true), near)
        {
            return vec![p];
        }
        let current = ents
            .by_desc(Some(country), class.as_ref(), subject, Some(false), None)
            .or_else(|| ents.by_desc(Some(country), class.as_ref(), subject, None, None))
            // "the Saudi leader" is the one leader told without a country ("King Fahd").
            .or_else(|| {
                class
                    .as_ref()
                    .and_then(|c| ents.only_of_class_without_country(c, subject))
            });
        match current {
            Some(p) => {
                self.facts.entities.set_country(p, country);
                vec![p]
            }
            None if r.counterpart => {
                // An unnamed counterpart holds the subject's office.
                let role = subject
                    .first()
                    .and_then(|&s| ents.list.get(s))
                    .and_then(|e| e.roles.iter().find(|r| !is_honorific(r)).cloned())
                    .or_else(|| r.role.clone());
                vec![self.facts.entities.unnamed(role.as_deref(), country, si)]
            }
            // "the Turkish ambassador", "Britain's trade minister": an office holder
            // known by office and country.
            None if r.role.as_deref().is_some_and(|x| !is_honorific(x)) => {
                vec![self.facts.entities.unnamed(r.role.as_deref(), country, si)]
            }
            None => Vec::new(),
        }
    }

    /// "his guest", "his counterpart", "the minister" without a country: the other side of
    /// the meeting in focus, else an unresolved description. Of the two in focus, one who
    /// holds the office's head word ("the Emir" of "the Emir of Qadira, Sheikh Karimov")
    /// is meant before one of the same class ("Vice President Ostrander").
    fn other_side(
        &self,
        subject: &[usize],
        class: Option<&RoleClass>,
        head: Option<&str>,
    ) -> Vec<usize> {
        let focus = self.focus_people();
        let holds = |p: &usize| {
            let roles = self.facts.entities.list.get(*p).map(|e| &e.roles);
            head.zip(roles).is_some_and(|(h, roles)| {
                roles
                    .iter()
                    .any(|r| r.split(' ').any(|w| w.eq_ignore_ascii_case(h)))
            })
        };
        if subject.is_empty()
            && focus.len() == 2
            && let [p] = focus.iter().filter(|p| holds(p)).collect::<Vec<_>>()[..]
        {
            return vec![*p];
        }
        let others: Vec<usize> = focus
            .iter()
            .copied()
            .filter(|p| !subject.contains(p))
            .collect();
        if !subject.is_empty() && focus.iter().any(|p| subject.contains(p)) && others.len() == 1 {
            return others;
        }
        if subject.is_empty() && focus.len() == 2 {
            return self
                .facts
                .entities
                .by_desc(None, class, &[], None, None)
                .filter(|p| focus.contains(p))
                .into_iter()
                .collect();
        }
        Vec::new()
    }

    /// Resolves a ref in a trigger's context (descriptions relative to the subject).
    pub(super) fn resolve_in(
        &mut self,
        si: usize,
        ri: usize,
        resolved: &Resolved,
        subject: &[usize],
        recalled: bool,
    ) -> Vec<Vec<usize>> {
        let a = &self.analyses[si];
        let r = &a.refs[ri];
        match &r.kind {
            RefKind::Desc => vec![self.resolve_desc(si, r, subject, recalled)],
            RefKind::CounterpartList(countries) => {
                let mut out = Vec::new();
                for c in countries {
                    // "his counterparts from A and B" hold the subject's office; "the
                    // leaders of A and B" their own.
                    let single = PersonRef {
                        country: Some(c.clone()),
                        counterpart: r.counterpart || r.role.is_none(),
                        ..r.clone()
                    };
                    out.push(self.resolve_desc(si, &single, subject, recalled));
                }
                out
            }
            _ => vec![resolved[ri].clone()],
        }
    }
}

/// "met House leaders, including Congressman X": a person named as one of the group a
/// trigger's object is, right after "including" or "among them".
pub(super) fn named_in_group(a: &Analysis, r: usize) -> bool {
    let t0 = a.refs[r].t0;
    matches!(a.refs[r].kind, RefKind::Named(_) | RefKind::Desc)
        && t0 > 0
        && matches!(a.toks[t0 - 1].lower().as_str(), "including" | "notably")
}

/// True when bytes `from..to` of a sentence hold the start of another clause ("...
/// when both studied ... and had since met him"): its subject may be someone else.
fn clause_break(a: &Analysis, from: usize, to: usize) -> bool {
    let between = a.text.get(from..to).unwrap_or("");
    between.contains(';')
        || between
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| CLAUSE_BREAKS.has(&w.to_lowercase()))
}

/// "him", or "her" as an object: a pronoun that is what a verb or "with" governs.
fn object_pronoun(a: &Analysis, k: usize) -> bool {
    match a.toks[k].lower().as_str() {
        "him" => true,
        "her" => object_her(a, k),
        _ => false,
    }
}

/// "talks with her yesterday" (an object), not "her husband" (a possessive): "her" at
/// token `k` followed by no word, or by a word of time, place or linking.
pub(super) fn object_her(a: &Analysis, k: usize) -> bool {
    a.toks
        .get(k + 1)
        .is_none_or(|n| !n.word || n.is_cap() || OBJECT_FOLLOWERS.has(n.lower().as_str()))
}

/// Refs coordinated with `last` going backwards ("A and B", "A, B and C"), in order.
/// Keeps a coordination only when it has an "and" ("A, B and C"); a bare comma is more
/// often an apposition or a clause break ("... owned by X, Sarney met").
fn with_and(chain: Vec<usize>, links: &[bool]) -> Vec<usize> {
    if links.iter().any(|&l| l) || chain.len() <= 1 {
        chain
    } else {
        chain.into_iter().take(1).collect()
    }
}

fn link(a: &Analysis, left: usize, right: usize) -> Option<bool> {
    // "met X and Y and they enjoyed ...": a subject pronoun opens a clause of its own.
    let r = &a.refs[right];
    if matches!(r.kind, RefKind::Pronoun | RefKind::PluralPronoun)
        && matches!(a.toks[r.t0].lower().as_str(), "he" | "she" | "they" | "we")
    {
        return None;
    }
    let between = a
        .text
        .get(a.refs[left].end..a.refs[right].start)
        .map(str::trim)
        .unwrap_or("");
    // "meetings with Abe, who praised Prime Minister Nakasone": a name in a relative clause
    // about the one before is that clause's, not listed with it.
    let opener = between
        .trim_start_matches([',', ' '])
        .split_whitespace()
        .next();
    if opener.is_some_and(|w| RELATIVE_OPENERS.contains(&w)) {
        return None;
    }
    // "..., central bank governor Ana Torres": a title in lower case before the next name
    // (all of it between them, or the words before the part the name's own title took).
    let titled = r.role.is_some();
    let joint = ["and ", "& ", ", and ", ", "]
        .iter()
        .find(|j| {
            between
                .strip_prefix(**j)
                .is_some_and(|t| lower_title(t) || titled && lower_words(t) || kin_apposition(t))
        })
        .map_or(between, |j| j.trim());
    match joint {
        "and" | "&" | ", and" => Some(true),
        "," => Some(false),
        _ if described_before_and(joint) => Some(true),
        _ => None,
    }
}

/// "met A, the veteran secretary general of the union and B": when the ref after `cur` is
/// the description of `cur` ("secretary general"), the name after it, listed with `cur`
/// by an "and" closing the description.
fn described_next(a: &Analysis, cur: usize, next: usize, allowed: &[usize]) -> Option<usize> {
    if a.refs[next].kind != RefKind::Desc {
        return None;
    }
    let after = allowed.iter().copied().find(|&k| k > next)?;
    let between = a.text.get(a.refs[cur].end..a.refs[after].start)?.trim();
    described_before_and(between).then_some(after)
}

/// Words that open a relative clause after a name (", who praised ..."): a name after
/// them is the clause's.
const RELATIVE_OPENERS: [&str; 3] = ["who", "whom", "whose"];

/// Most words of a description between a listed name and the "and" before the next.
const MAX_DESCRIPTION_WORDS: usize = 12;

/// Words that open a clause inside a description ("the governor who had worked with X"):
/// a name after them is no one listed.
const DESCRIPTION_CLAUSE_WORDS: [&str; 8] = [
    "who", "whom", "whose", "which", "that", "where", "said", "says",
];

/// ", the veteran secretary general of the Dockers Union (DU) and": a description of the
/// name before (a determiner, an office among at most [`MAX_DESCRIPTION_WORDS`] words, no
/// clause) closed by "and": the next name is listed with it.
fn described_before_and(between: &str) -> bool {
    let Some(desc) = between.strip_prefix(',').map(str::trim_start) else {
        return false;
    };
    let Some(desc) = (desc.strip_suffix(", and"))
        .or_else(|| desc.strip_suffix(" and"))
        .map(str::trim_end)
    else {
        return false;
    };
    let words: Vec<String> = desc
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let opens = words
        .first()
        .is_some_and(|w| w == "the" || w == "a" || POSSESSIVE_DETERMINERS.has(w));
    opens
        && words.len() <= MAX_DESCRIPTION_WORDS
        && !desc.contains(',')
        && words.iter().any(|w| PERSON_NOUNS.has(w))
        && !words
            .iter()
            .any(|w| DESCRIPTION_CLAUSE_WORDS.contains(&w.as_str()))
}

/// "his wife,", "her husband,": a family noun in apposition before the next name ("he and
/// his wife, Transportation Secretary Elizabeth Dole,").
fn kin_apposition(text: &str) -> bool {
    let words: Vec<&str> = text.trim_end_matches(',').split_whitespace().collect();
    text.ends_with(',')
        && matches!(words.as_slice(), [det, noun]
            if POSSESSIVE_DETERMINERS.has(det) && KIN_NOUNS.has(noun))
}

/// The "his" of "his wife, X": no one of the list, only whose family the next name is.
fn kin_owner(a: &Analysis, r: usize) -> bool {
    let t0 = a.refs[r].t0;
    POSSESSIVE_DETERMINERS.has(&a.toks[t0].lower())
        && a.toks
            .get(t0 + 1)
            .is_some_and(|t| KIN_NOUNS.has(&t.lower()))
}

/// Most words of a title written in lower case between two listed names.
const MAX_LOWER_TITLE_WORDS: usize = 4;

/// "central bank governor", "deputy trade minister": a few lower-case words ending with a
/// word that names a person.
fn lower_title(text: &str) -> bool {
    lower_words(text)
        && text
            .split_whitespace()
            .last()
            .is_some_and(|w| PERSON_NOUNS.has(w))
}

/// One to [`MAX_LOWER_TITLE_WORDS`] words, all in lower case but a first demonym
/// ("Mexican central bank head").
fn lower_words(text: &str) -> bool {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    if words.first().is_some_and(|w| is_demonym(w)) {
        words.remove(0);
    }
    !words.is_empty()
        && words.len() <= MAX_LOWER_TITLE_WORDS
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
}

/// True when the whole word is a demonym the gazetteer knows ("Mexican").
fn is_demonym(word: &str) -> bool {
    matches!(gazetteer().find(word).as_slice(),
        [g] if g.kind == GazKind::Demonym && g.start == 0 && g.end == word.len())
}

pub(super) fn coordinated_chain_back(a: &Analysis, last: usize, allowed: &[usize]) -> Vec<usize> {
    let mut chain = vec![last];
    let mut links = Vec::new();
    let mut cur = last;
    while let Some(&prev) = allowed.iter().rev().find(|&&k| k < cur && !kin_owner(a, k)) {
        match link(a, prev, cur) {
            Some(l) => {
                links.push(l);
                chain.push(prev);
                cur = prev;
            }
            None => break,
        }
    }
    let mut chain = with_and(chain, &links);
    chain.reverse();
    chain
}

pub(super) fn coordinated_chain_fwd(a: &Analysis, first: usize, allowed: &[usize]) -> Vec<usize> {
    let mut chain = vec![first];
    let mut links = Vec::new();
    let mut cur = first;
    while let Some(&next) = allowed.iter().find(|&&k| k > cur && !kin_owner(a, k)) {
        if let Some(after) = described_next(a, cur, next, allowed) {
            links.push(true);
            chain.push(after);
            cur = after;
            continue;
        }
        match link(a, cur, next) {
            Some(l) => {
                links.push(l);
                chain.push(next);
                cur = next;
            }
            None => break,
        }
    }
    // "met A, B, C and other officials": the list closes with "and" after its last name.
    if let Some(&last) = chain.last() {
        let after = a.text.get(a.refs[last].end..).unwrap_or("").trim_start();
        let after = after.strip_prefix(',').unwrap_or(after).trim_start();
        if after.starts_with("and other") {
            links.push(true);
        }
    }
    with_and(chain, &links)
}

/// "Funaro said Conable had backed the plan at a meeting they had last night": "they"
/// right after a noun of meeting, in a sentence that names people before it outside
/// quotes, are those people (two of them: the caller checks), not a pair named
/// sentences before.
fn named_before_meeting_noun(
    a: &Analysis,
    ri: usize,
    resolved: &[Vec<usize>],
    quotes: &[QuoteSpan],
) -> Vec<usize> {
    let t0 = a.refs[ri].t0;
    let after_noun = t0 > 0 && TRIGGER_NOUNS.has(&a.toks[t0 - 1].lower());
    let mut ids: Vec<usize> = Vec::new();
    if !after_noun {
        return ids;
    }
    for (r, found) in a.refs.iter().zip(resolved).take(ri) {
        if matches!(r.kind, RefKind::Named(_) | RefKind::Single(_)) && !in_quotes(quotes, r) {
            for &id in found {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
    }
    ids
}

/// The people coordinated right before ref `ri` ("set by X and Y when they met").
fn coordinated_before(a: &Analysis, ri: usize, resolved: &[Vec<usize>]) -> Vec<usize> {
    let named: Vec<usize> = (0..ri)
        .filter(|&k| matches!(a.refs[k].kind, RefKind::Named(_) | RefKind::Single(_)))
        .collect();
    let Some(&last) = named.last() else {
        return Vec::new();
    };
    let chain = coordinated_chain_back(a, last, &named);
    if chain.len() < 2 {
        return Vec::new();
    }
    chain
        .iter()
        .flat_map(|&k| resolved.get(k).cloned().unwrap_or_default())
        .collect()
}
