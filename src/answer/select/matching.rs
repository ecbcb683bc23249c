//! Which facts fit a question, time aside: every required person takes part, described
//! counterparts are among the participants, unknown names that stand for people are
//! mentioned, and (optionally) the named places are the meeting's. Other unknown phrases
//! narrow the result only when some fact mentions them.

use crate::lexicon::lists::UNKNOWN_INSTITUTION_WORDS;
use crate::model::{FactStore, MeetingFact};

use super::super::conversation::Resolved;
use super::super::lexicon::Lexicon;
use super::super::parse::is_meet_word;
use super::super::question::{Counterpart, Question};
use super::super::text;

/// Most words of a capitalised phrase read as a person's name; longer runs read as the
/// names of things.
const MAX_NAME_WORDS: usize = 4;

/// Fewest people a question names for one meeting to stand for a group told as pairs.
const MIN_GROUP: usize = 3;

/// A question with what fitting it needs: the facts, their lexicon, the resolved people.
pub(super) struct Matcher<'a, 'q> {
    pub(super) facts: &'a FactStore,
    pub(super) lex: &'q Lexicon,
    pub(super) q: &'q Question,
    pub(super) r: &'q Resolved,
}

/// The question's unknown names: those that must be mentioned, and the rest.
struct UnknownNames<'q> {
    person_like: Vec<&'q String>,
    soft: Vec<&'q String>,
}

impl<'a, 'q> Matcher<'a, 'q> {
    /// Facts with the question's people, counterparts, names and (with `with_places`)
    /// places, ignoring time.
    pub(super) fn matching(&self, with_places: bool) -> Vec<&'a MeetingFact> {
        let (q, r) = (self.q, self.r);
        let names = self.unknown_names();
        let mut out: Vec<&MeetingFact> = self
            .candidates(&names.person_like)
            .into_iter()
            .filter(|f| self.fits(f, &names.person_like, with_places))
            .collect();
        if r.people.is_empty()
            && q.counterparts.is_empty()
            && q.places.is_empty()
            && names.person_like.is_empty()
        {
            out.clear();
        }
        // Soft filters: only when some fact satisfies them.
        if with_places && !names.soft.is_empty() {
            let narrowed: Vec<&MeetingFact> = out
                .iter()
                .copied()
                .filter(|f| {
                    let t = fact_text(f);
                    names.soft.iter().all(|u| mentions(&t, u))
                })
                .collect();
            if !narrowed.is_empty() {
                out = narrowed;
            }
        }
        out
    }

    /// True when one of the participants of `f` (not left out) is each described
    /// counterpart.
    pub(super) fn counterparts_fit(&self, f: &MeetingFact) -> bool {
        self.q
            .counterparts
            .iter()
            .all(|c| counterpart_fits(self.lex, f, c, &self.q.excluded))
    }

    /// Unknown names that must be mentioned: all of them when the question names nobody
    /// else, otherwise those that look like or stand for a person.
    fn unknown_names(&self) -> UnknownNames<'q> {
        let q = self.q;
        let strict = self.r.people.is_empty() && q.counterparts.is_empty();
        let (person_like, soft) = q.unknown.iter().partition(|u| strict || q.person_like(u));
        UnknownNames { person_like, soft }
    }

    /// The smallest list of facts a required person or name leads to (all facts when
    /// none does, or when fact ids are not positions).
    fn candidates(&self, person_like: &[&String]) -> Vec<&'a MeetingFact> {
        let facts = self.facts;
        let mut lists: Vec<&[u32]> = self.r.people.iter().map(|p| self.lex.facts_of(p)).collect();
        for u in person_like {
            lists.extend(self.lex.facts_with_word(u));
        }
        let ids_ok = facts.facts.iter().enumerate().all(|(i, f)| f.id == i);
        match lists.iter().min_by_key(|l| l.len()) {
            Some(list) if ids_ok => list
                .iter()
                .filter_map(|&i| facts.facts.get(i as usize))
                .collect(),
            _ => facts.facts.iter().collect(),
        }
    }

    /// The hard filters, cheapest first.
    fn fits(&self, f: &MeetingFact, person_like: &[&String], with_places: bool) -> bool {
        let q = self.q;
        (self.r.people.iter().all(|p| f.participants.contains(p)) || self.one_of_a_group(f))
            && self.counterparts_fit(f)
            && person_like.iter().all(|u| may_mention(f, u))
            && (!with_places || q.places.iter().all(|p| may_mention(f, p)))
            && self.names_mentioned(f, person_like)
            && (!with_places || q.places.iter().all(|p| place_fits(f, p)))
    }

    /// "A met B and C": the facts hold A-B and A-C, told by one sentence. For a question
    /// about three or more people, `f` stands for their meeting when it holds two of them
    /// and the facts told by the same sentence hold the rest.
    fn one_of_a_group(&self, f: &MeetingFact) -> bool {
        let people = &self.r.people;
        let holds = |g: &MeetingFact| people.iter().filter(|p| g.participants.contains(p)).count();
        if people.len() < MIN_GROUP || holds(f) < 2 {
            return false;
        }
        people.iter().all(|p| {
            f.participants.contains(p)
                || self.lex.facts_of(p).iter().any(|&i| {
                    self.facts
                        .facts
                        .get(i as usize)
                        .is_some_and(|g| g.id == i as usize && told_by_one_sentence(f, g))
                })
        })
    }

    /// Every person-like unknown name is a participant's name or in the fact's text.
    fn names_mentioned(&self, f: &MeetingFact, person_like: &[&String]) -> bool {
        if person_like.is_empty() {
            return true;
        }
        let t = fact_text(f);
        person_like.iter().all(|u| {
            participant_named(self.facts, f, u)
                || t.contains(&format!(" {} ", text::norm_words(u).join(" ")))
                    && !self.only_met_beside(f, u)
        })
    }

    /// "Paye met Nakasone, Kuranari and Sumita" holds Paye-Nakasone: Sumita is met beside
    /// Nakasone, not by him. True when every sentence of `f` naming `u` names it after the
    /// word of meeting together with a person asked about, and no one else of the meeting
    /// stands there.
    fn only_met_beside(&self, f: &MeetingFact, u: &str) -> bool {
        let u_words = text::norm_words(u);
        let Some(u_last) = u_words.last() else {
            return false;
        };
        let surname = |k: &String| {
            text::norm_words(self.facts.name(k))
                .pop()
                .unwrap_or_default()
        };
        let (asked, others): (Vec<&String>, Vec<&String>) = f
            .participants
            .iter()
            .partition(|k| self.r.people.contains(k));
        let telling: Vec<Vec<String>> = f
            .evidence
            .iter()
            .map(|e| text::norm_words(&e.sentence))
            .filter(|w| w.contains(u_last))
            .collect();
        !asked.is_empty()
            && !telling.is_empty()
            && telling.iter().all(|w| {
                let Some(m) = w.iter().position(|x| is_meet_word(x)) else {
                    return false;
                };
                let after = |name: &str| w[m + 1..].iter().any(|x| x == name);
                after(u_last)
                    && asked.iter().any(|k| after(&surname(k)))
                    && !others.iter().any(|k| after(&surname(k)))
            })
    }
}

/// The name `u` (folded, whole words) is part of one of the meeting's people's names.
pub(crate) fn participant_named(facts: &FactStore, f: &MeetingFact, u: &str) -> bool {
    let u = format!(" {} ", text::norm_words(u).join(" "));
    f.participants
        .iter()
        .any(|k| format!(" {} ", text::norm_words(facts.name(k)).join(" ")).contains(&u))
}

/// True when one of the participants (other than `not`) is the described counterpart.
pub(crate) fn counterpart_fits(
    lex: &Lexicon,
    f: &MeetingFact,
    c: &Counterpart,
    not: &[String],
) -> bool {
    // "Which Japanese officials did Paye see?" of talks in Tokyo: someone of no known
    // country met in the asked country is taken to be of it.
    let held_in = f
        .place
        .as_ref()
        .and_then(|p| p.country.as_deref())
        .and_then(crate::answer::countries::country_key);
    f.participants.iter().filter(|k| !not.contains(k)).any(|k| {
        let Some(country) = lex.country_of(k) else {
            return false;
        };
        let country = country.or(held_in);
        if c.country.is_some_and(|want| country != Some(want)) {
            return false;
        }
        let roles = lex.roles_of(k);
        let role_ok = c.role.iter().all(|w| roles.contains(w.as_str()));
        role_ok || roles.is_empty() && c.role.len() <= 1
    })
}

/// Two facts told by one sentence of one article ("A met B and C" holds A-B and A-C).
pub(crate) fn told_by_one_sentence(f: &MeetingFact, g: &MeetingFact) -> bool {
    g.evidence.iter().any(|e| {
        f.evidence
            .iter()
            .any(|x| x.article == e.article && x.sentence == e.sentence)
    })
}

/// Capitalised phrases of two to [`MAX_NAME_WORDS`] words that are not institutions or
/// places ("Phnom Penh") look like names.
pub(crate) fn looks_like_person(s: &str) -> bool {
    let w = text::norm_words(s);
    w.len() >= 2
        && w.len() <= MAX_NAME_WORDS
        && !w.iter().any(|x| UNKNOWN_INSTITUTION_WORDS.has(x))
        && !crate::answer::parse::is_gazetteer_place(s)
        // "Crown Prince", "Vice President": a title alone names nobody.
        && !w.iter().all(|x| crate::answer::parse::is_title_word(x))
}

/// All text a fact carries, folded: place, occasion, evidence, claims and quotes.
pub(crate) fn fact_text(f: &MeetingFact) -> String {
    let mut s = String::new();
    if let Some(p) = &f.place {
        s.push_str(&p.name);
        s.push(' ');
        if let Some(c) = &p.country {
            s.push_str(c);
            s.push(' ');
        }
    }
    if let Some(o) = &f.occasion {
        s.push_str(o);
        s.push(' ');
    }
    for e in &f.evidence {
        s.push_str(&e.sentence);
        s.push(' ');
    }
    for c in f.outcomes.iter().chain(&f.notes) {
        s.push_str(&c.text);
        s.push(' ');
    }
    format!(" {} ", text::norm_words(&s).join(" "))
}

/// A cheap first test: the last word of `phrase` appears (as written, capitalised or in
/// lower case) in the fact's place, occasion or evidence. Misses only diacritic variants,
/// which the full test would catch; used to skip most facts quickly.
fn may_mention(f: &MeetingFact, phrase: &str) -> bool {
    let Some(last) = phrase
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
    else {
        return true;
    };
    if !last.is_ascii() {
        return true;
    }
    let lower = last.to_ascii_lowercase();
    let mut cap = lower.clone();
    if let Some(c) = cap.get_mut(0..1) {
        c.make_ascii_uppercase();
    }
    // "SADC", "ASEAN": an acronym is written in capitals.
    let upper = last.to_ascii_uppercase();
    let has =
        |t: &str| t.contains(&lower) || t.contains(&cap) || t.contains(last) || t.contains(&upper);
    f.place
        .as_ref()
        .is_some_and(|p| has(&p.name) || p.country.as_deref().is_some_and(has))
        || f.occasion.as_deref().is_some_and(has)
        || f.evidence.iter().any(|e| has(&e.sentence))
        || f.outcomes.iter().chain(&f.notes).any(|c| has(&c.text))
        || f.participants.iter().any(|k| k.contains(&lower))
}

/// The fact's place, country or occasion names `phrase`, or else its text does.
pub(crate) fn place_fits(f: &MeetingFact, phrase: &str) -> bool {
    own_place_fits(f, phrase) || mentions(&fact_text(f), phrase)
}

/// The fact's own place is a city other than the city `phrase` names, or lies in a
/// country other than the one it names (a venue in London is not in Beijing).
pub(crate) fn other_place(f: &MeetingFact, phrase: &str) -> bool {
    let Some(place) = &f.place else {
        return false;
    };
    let gaz = crate::lexicon::gazetteer::gazetteer();
    let same = |a: &str, b: &str| text::norm_words(a) == text::norm_words(b);
    if let (Some(asked), Some(own)) = (gaz.city(phrase), gaz.city(&place.name)) {
        return !same(&asked.name, &own.name);
    }
    if let (Some(asked), None, Some(theirs)) =
        (gaz.city(phrase), gaz.country(phrase), &place.country)
    {
        return !same(&asked.country, theirs);
    }
    match (gaz.country(phrase), &place.country) {
        (Some(c), Some(theirs)) => !same(&c.name, theirs) && !same(phrase, theirs),
        _ => false,
    }
}

/// The phrase names the meeting's own place, country or occasion (not only a word of its
/// articles, which may recall another meeting there).
pub(crate) fn own_place_fits(f: &MeetingFact, phrase: &str) -> bool {
    let mut short = String::new();
    if let Some(p) = &f.place {
        short.push_str(&p.name);
        short.push(' ');
        short.push_str(p.country.as_deref().unwrap_or(""));
    }
    short.push(' ');
    short.push_str(f.occasion.as_deref().unwrap_or(""));
    let short = format!(" {} ", text::norm_words(&short).join(" "));
    mentions(&short, phrase)
}

fn mentions(hay: &str, phrase: &str) -> bool {
    let p = text::norm_words(phrase).join(" ");
    !p.is_empty() && hay.contains(&format!(" {p} "))
}
