//! One person, one entity; one meeting, one fact. Merges the people of all articles by
//! name compatibility (titles ignored, diacritics folded, a surname or a shorter name form
//! joins the one longer name that contains it) and merges meeting mentions of all articles
//! that agree on participants, date and place, keeping disagreements as conflicts.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::extract::coref::{names_compatible, signature};
use crate::extract::meetings::{ArticleFacts, ArticleMeeting, merged_status, statuses_agree};
use crate::extract::people::role_class;
use crate::extract::text::loose;
use crate::lexicon::fold;
use crate::lexicon::lists::SURNAME_FIRST_COUNTRIES;
use crate::model::{
    Claim, Conflict, ConflictField, Evidence, FactStore, FuzzyDate, MeetingFact, MeetingKind,
    Person, Place, Status,
};

/// The most precise date consistent with both (they must be compatible).
pub(crate) fn merge_dates(a: Option<FuzzyDate>, b: Option<FuzzyDate>) -> Option<FuzzyDate> {
    match (a, b) {
        (Some(x), Some(y)) if x.compatible(&y) => Some(FuzzyDate {
            year: x.year.or(y.year),
            month: x.month.or(y.month),
            day: x.day.or(y.day),
            weekday: x.weekday.or(y.weekday),
        }),
        (Some(x), _) => Some(x),
        (None, y) => y,
    }
}

fn is_country_level(p: &Place) -> bool {
    p.country.as_deref() == Some(p.name.as_str())
}

/// True when two places can be the same: unknown, equal, one inside the other's country,
/// or (`loose`) two places of the same country.
pub(crate) fn places_compatible(a: Option<&Place>, b: Option<&Place>, loose_country: bool) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return true;
    };
    let (x, y) = (loose(&a.name), loose(&b.name));
    if x == y || x.contains(&y) || y.contains(&x) {
        return true;
    }
    let same_country = a.country.is_some() && a.country == b.country;
    if same_country && (is_country_level(a) || is_country_level(b)) {
        return true;
    }
    loose_country && (same_country || a.country.is_none() || b.country.is_none())
}

/// The more specific of two compatible places (a city over its country).
pub(crate) fn finer_place(a: Option<Place>, b: Option<Place>) -> Option<Place> {
    match (a, b) {
        (Some(x), Some(y)) => {
            if is_country_level(&x) && !is_country_level(&y) && x.country == y.country {
                Some(y)
            } else {
                Some(x)
            }
        }
        (x, y) => x.or(y),
    }
}

#[derive(Debug, Clone)]
struct PersonAcc {
    person: Person,
    tokens: Vec<String>,
    unnamed: bool,
}

/// The people of all articles by key.
type People = BTreeMap<String, PersonAcc>;
/// Shorter name forms -> the key of the longer name they join.
type Canon = HashMap<String, String>;

/// Builds the corpus fact store from the facts of each article.
pub(crate) fn merge(articles: Vec<ArticleFacts>) -> FactStore {
    let mut people = collect_people(&articles);
    let canon = name_forms(&people);
    absorb_forms(&mut people, &canon);
    let facts = merge_meetings(&articles, &canon);
    let mut facts = unify_unnamed(facts, &people);
    for (i, f) in facts.iter_mut().enumerate() {
        f.id = i;
    }
    let people = referenced_people(&facts, &people);
    FactStore { people, facts }
}

/// Every person an article's meetings reference (as participant, speaker or addressee),
/// by key, with what all articles say of them.
fn collect_people(articles: &[ArticleFacts]) -> People {
    let mut people = People::new();
    for af in articles {
        let mut used = vec![false; af.entities.list.len()];
        for m in &af.meetings {
            for &p in &m.participants {
                if let Some(u) = used.get_mut(p) {
                    *u = true;
                }
            }
        }
        let speakers: HashSet<&str> = af
            .meetings
            .iter()
            .flat_map(|m| &m.quotes)
            .flat_map(|q| [q.speaker.as_deref(), q.addressee.as_deref()])
            .flatten()
            .collect();
        for (i, e) in af.entities.list.iter().enumerate() {
            let key = e.key();
            if !used[i] && !speakers.contains(key.as_str()) {
                continue;
            }
            let acc = people.entry(key.clone()).or_insert_with(|| PersonAcc {
                person: Person {
                    key: key.clone(),
                    name: e.name.clone(),
                    roles: Vec::new(),
                    country: None,
                    aliases: Vec::new(),
                },
                tokens: e.tokens.clone(),
                unnamed: e.unnamed,
            });
            absorb(
                &mut acc.person,
                &e.name,
                &e.roles,
                e.country.as_deref(),
                &e.aliases,
            );
        }
    }
    people
}

/// A name form joins the single longer name compatible with it: the map from the keys of
/// shorter forms to the keys they join.
fn name_forms(people: &People) -> Canon {
    let mut canon = Canon::new();
    let mut keys: Vec<&String> = people.keys().collect();
    keys.sort_by_key(|k| std::cmp::Reverse(people[*k].tokens.len()));
    // Candidates share a name token.
    let mut by_token: HashMap<&str, Vec<&String>> = HashMap::new();
    for k in &keys {
        for t in &people[*k].tokens {
            by_token.entry(t.as_str()).or_default().push(k);
        }
    }
    for k in keys.iter().rev() {
        let p = &people[*k];
        if p.unnamed {
            continue;
        }
        let Some(first) = p.tokens.first() else {
            continue;
        };
        // The longer names holding its first word, and (to be compatible) every word of
        // its signature: the rarest of those words gives the fewest to compare.
        let rarest = signature(&p.tokens)
            .into_iter()
            .chain([first.as_str()])
            .map(|w| by_token.get(w).map_or(&[][..], Vec::as_slice))
            .min_by_key(|ks| ks.len())
            .unwrap_or(&[]);
        crate::extract::work::read(rarest.len());
        // Several candidates may all be forms of one person ("Wu" in "Wu Tao" only).
        let mut targets: Vec<String> = rarest
            .iter()
            .filter(|o| people[**o].tokens.contains(first))
            .filter(|o| **o != *k && joins(p, &people[**o]))
            .map(|o| resolve(&canon, o))
            .collect();
        targets.sort();
        targets.dedup();
        if let [target] = &targets[..] {
            canon.insert((*k).clone(), target.clone());
        }
    }
    canon
}

/// True when name form `p` can join the longer name `q`: across articles a lone word
/// joins a longer name as its surname, or as its first word when both are known to be of
/// one country whose names start with the family name ("Wu" in "Wu Tao"); a given name
/// alone ("Miguel", "Paulo") never joins, since it is many people's.
fn joins(p: &PersonAcc, q: &PersonAcc) -> bool {
    let countries = (&p.person.country, &q.person.country);
    let family_first =
        matches!(countries, (Some(a), Some(b)) if a == b && SURNAME_FIRST_COUNTRIES.has(a));
    let no_conflict = !matches!(countries, (Some(a), Some(b)) if a != b);
    !q.unnamed
        && q.tokens.len() > p.tokens.len()
        && names_compatible(&p.tokens, &q.tokens)
        && no_conflict
        && (p.tokens.len() > 1
            || q.tokens.last() == p.tokens.last()
            || family_first && q.tokens.first() == p.tokens.first())
}

/// The person a name form joins takes its name, roles, country and aliases.
fn absorb_forms(people: &mut People, canon: &Canon) {
    for from in canon.keys() {
        let to = resolve(canon, from);
        if let Some(src) = people.get(from).cloned()
            && let Some(dst) = people.get_mut(&to)
        {
            let mut aliases = src.person.aliases.clone();
            aliases.push(src.person.name.clone());
            absorb(
                &mut dst.person,
                &src.person.name,
                &src.person.roles,
                src.person.country.as_deref(),
                &aliases,
            );
        }
    }
}

/// The meeting facts of all articles, with participants by canonical key, one fact per
/// meeting.
fn merge_meetings(articles: &[ArticleFacts], canon: &Canon) -> Vec<MeetingFact> {
    let key_of = |k: &str| resolve(canon, k);
    let mut facts: Vec<MeetingFact> = Vec::new();
    // Only facts of the same people can be the same meeting: each new one is compared
    // with those, not with every fact so far.
    let mut by_people: HashMap<Vec<String>, Vec<usize>> = HashMap::new();
    for af in articles {
        let ents = &af.entities.list;
        for m in &af.meetings {
            let mut parts: Vec<String> = m
                .participants
                .iter()
                .filter_map(|&i| ents.get(i))
                .map(|e| key_of(&e.key()))
                .collect();
            parts.sort();
            parts.dedup();
            if parts.len() < 2 {
                continue;
            }
            let mut fact = to_fact(m, parts, &key_of);
            fact.reported = af.published.filter(|_| !m.recalled);
            fact.told = af.published;
            let earlier = by_people.get(&fact.participants);
            crate::extract::work::read(earlier.map_or(0, Vec::len));
            let same = earlier.and_then(|ids| {
                ids.iter()
                    .copied()
                    .find(|&i| same_meeting(&facts[i], &fact))
            });
            match same {
                Some(i) => merge_fact(&mut facts[i], fact),
                None => {
                    let ids = by_people.entry(fact.participants.clone()).or_default();
                    ids.push(facts.len());
                    facts.push(fact);
                }
            }
        }
    }
    facts
}

/// Every person a fact references, in key order.
fn referenced_people(facts: &[MeetingFact], people: &People) -> Vec<Person> {
    let mut used: Vec<&String> = facts
        .iter()
        .flat_map(|f| {
            f.participants
                .iter()
                .chain(f.quotes.iter().filter_map(|q| q.speaker.as_ref()))
                .chain(f.quotes.iter().filter_map(|q| q.addressee.as_ref()))
        })
        .collect();
    used.sort();
    used.dedup();
    used.into_iter()
        .filter_map(|k| people.get(k).map(|p| p.person.clone()))
        .collect()
}

/// A meeting with an unnamed office holder ("the Defence Minister of China") that another
/// fact tells with a named holder of that office and country, at a compatible place and
/// date, is that fact.
fn unify_unnamed(facts: Vec<MeetingFact>, people: &People) -> Vec<MeetingFact> {
    let mut by_person: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, f) in facts.iter().enumerate() {
        for p in &f.participants {
            by_person.entry(p.as_str()).or_default().push(i);
        }
    }
    let into: Vec<Option<usize>> = (0..facts.len())
        .map(|i| named_twin(&facts, i, people, &by_person))
        .collect();
    let mut slots: Vec<Option<MeetingFact>> = facts.into_iter().map(Some).collect();
    for i in 0..slots.len() {
        if let Some(j) = into[i]
            && into[j].is_none()
            && let Some(f) = slots[i].take()
        {
            match slots[j].as_mut() {
                Some(g) => merge_fact(g, f),
                None => slots[i] = Some(f),
            }
        }
    }
    slots.into_iter().flatten().collect()
}

/// The one other fact that tells fact `i`'s meeting with its unnamed participant named:
/// the same other people, a named holder of the same country and office class, a
/// compatible place and date, the same status. `by_person` gives the facts of each
/// participant (ascending): the twin is among those of one of the other people.
fn named_twin(
    facts: &[MeetingFact],
    i: usize,
    people: &People,
    by_person: &HashMap<&str, Vec<usize>>,
) -> Option<usize> {
    let class_of = |k: &str| {
        people
            .get(k)
            .and_then(|p| p.person.roles.first())
            .map(|r| role_class(r))
    };
    let f = &facts[i];
    let u = f
        .participants
        .iter()
        .find(|k| people.get(*k).is_some_and(|p| p.unnamed))?;
    let country = people.get(u).and_then(|p| p.person.country.as_deref())?;
    let others: Vec<&String> = f.participants.iter().filter(|k| *k != u).collect();
    let holder = |k: &String| {
        people.get(k).is_some_and(|p| {
            !p.unnamed
                && p.person.country.as_deref() == Some(country)
                && match (class_of(k), class_of(u)) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                }
        })
    };
    let candidates: Vec<usize> = by_person
        .get(others.first()?.as_str())?
        .iter()
        .map(|&j| (j, &facts[j]))
        .filter(|(j, g)| *j != i && g.participants.len() == f.participants.len())
        .filter(|(_, g)| others.iter().all(|o| g.participants.contains(o)))
        .filter(|(_, g)| {
            g.participants
                .iter()
                .filter(|k| !others.contains(k))
                .all(holder)
        })
        .filter(|(_, g)| {
            f.place.is_some()
                && g.place.is_some()
                && places_compatible(f.place.as_ref(), g.place.as_ref(), false)
                && match (&f.date, &g.date) {
                    (Some(a), Some(b)) => a.compatible(b),
                    _ => true,
                }
                && f.status == g.status
        })
        .map(|(j, _)| j)
        .collect();
    crate::extract::work::read(by_person[others[0].as_str()].len());
    match candidates[..] {
        [j] => Some(j),
        _ => None,
    }
}

fn resolve(canon: &HashMap<String, String>, k: &str) -> String {
    let mut cur = k.to_string();
    for _ in 0..8 {
        match canon.get(&cur) {
            Some(n) if *n != cur => cur = n.clone(),
            _ => break,
        }
    }
    cur
}

fn absorb(p: &mut Person, name: &str, roles: &[String], country: Option<&str>, aliases: &[String]) {
    let better = |new: &str, old: &str| {
        let (n, o) = (loose(new).split(' ').count(), loose(old).split(' ').count());
        n > o || n == o && fold(new) == fold(old) && new != fold(new) && old == fold(old)
    };
    if name != p.name {
        if better(name, &p.name) {
            let old = std::mem::replace(&mut p.name, name.to_string());
            push_alias(p, &old);
        } else {
            push_alias(p, name);
        }
    }
    for a in aliases {
        push_alias(p, a);
    }
    for r in roles {
        if !p.roles.iter().any(|x| x.eq_ignore_ascii_case(r)) {
            p.roles.push(r.clone());
        }
    }
    p.roles.sort_by_key(|r| std::cmp::Reverse(r.len()));
    if p.country.is_none() {
        p.country = country.map(String::from);
    }
}

fn push_alias(p: &mut Person, a: &str) {
    if a != p.name && !p.aliases.iter().any(|x| x == a) {
        p.aliases.push(a.to_string());
    }
}

fn to_fact(
    m: &ArticleMeeting,
    participants: Vec<String>,
    key_of: &dyn Fn(&str) -> String,
) -> MeetingFact {
    let quotes = m
        .quotes
        .iter()
        .map(|q| {
            let mut q = q.clone();
            q.speaker = q.speaker.map(|s| key_of(&s));
            q.addressee = q.addressee.map(|s| key_of(&s));
            q
        })
        .collect();
    MeetingFact {
        id: 0,
        participants,
        kind: m.kind,
        channel: m.channel,
        status: m.status,
        date: m.date,
        place: m.place.clone(),
        occasion: m.occasion.clone(),
        outcomes: m.outcomes.clone(),
        notes: m.notes.clone(),
        quotes,
        evidence: m.evidence.clone(),
        conflicts: Vec::new(),
        recalled: m.recalled,
        count: m.count.clone(),
        reported: None,
        told: None,
    }
}

/// Same meeting across articles: same people and kind of contact, compatible dates, and
/// places that agree (two places of one country agree when both dates give the month).
fn same_meeting(a: &MeetingFact, b: &MeetingFact) -> bool {
    if a.participants != b.participants {
        return false;
    }
    if a.channel != b.channel {
        return false;
    }
    let one_article = a
        .evidence
        .iter()
        .any(|e| b.evidence.iter().any(|f| f.article == e.article));
    let same_day = match (&a.date, &b.date) {
        (Some(x), Some(y)) => x.compatible(y) && x.day.is_some() && y.day.is_some(),
        _ => false,
    };
    if a.status != b.status && !same_day || !statuses_agree(a.status, b.status) {
        return false;
    }
    // One article's recalled meeting is not its news (unless both are dated alike).
    if one_article && a.recalled != b.recalled && !(a.date.is_some() && b.date.is_some()) {
        return false;
    }
    match (&a.date, &b.date) {
        (Some(x), Some(y)) if !x.compatible(y) => return !one_article && close_days(a, b),
        _ => {}
    }
    if same_day {
        return true;
    }
    let monthly = |d: &Option<FuzzyDate>| d.is_some_and(|d| d.month.is_some());
    places_compatible(
        a.place.as_ref(),
        b.place.as_ref(),
        monthly(&a.date) && monthly(&b.date),
    )
}

/// Two sources dating one meeting a few days apart: same people, same named place and
/// same occasion, both dated to the day, at most three days apart.
fn close_days(a: &MeetingFact, b: &MeetingFact) -> bool {
    let (Some(x), Some(y)) = (
        a.date.and_then(|d| d.to_date()),
        b.date.and_then(|d| d.to_date()),
    ) else {
        return false;
    };
    let same_place = match (&a.place, &b.place) {
        (Some(p), Some(q)) => loose(&p.name) == loose(&q.name),
        _ => false,
    };
    let same_occasion = match (&a.occasion, &b.occasion) {
        (Some(p), Some(q)) => loose(p) == loose(q),
        _ => false,
    };
    same_place && same_occasion && (x - y).get_days().abs() <= 3
}

fn merge_fact(into: &mut MeetingFact, f: MeetingFact) {
    // A report of the meeting as held is cited, and placed, before a forecast of it.
    let held_first = f.status == Status::Held && into.status != Status::Held;
    record_conflicts(into, &f);
    into.date = merge_dates(into.date, f.date);
    into.place = merged_place(into.place.take(), f.place, held_first);
    if into.occasion.is_none() {
        into.occasion = f.occasion;
    }
    into.status = merged_status(into.status, f.status);
    into.recalled &= f.recalled;
    into.reported = into.reported.into_iter().chain(f.reported).min();
    into.told = into.told.into_iter().chain(f.told).min();
    if into.count.is_none() {
        into.count = f.count;
    }
    if into.kind == MeetingKind::Meeting {
        into.kind = f.kind;
    }
    for c in f.outcomes {
        if !into.outcomes.iter().any(|x| x.text == c.text) {
            into.outcomes.push(c);
        }
    }
    for c in f.notes {
        if !into.notes.iter().any(|x| x.text == c.text) {
            into.notes.push(c);
        }
    }
    for q in f.quotes {
        if !into.quotes.iter().any(|x| x.text == q.text) {
            into.quotes.push(q);
        }
    }
    let mut evidence = f.evidence;
    evidence.retain(|e| !into.evidence.contains(e));
    if held_first {
        evidence.append(&mut into.evidence);
        into.evidence = evidence;
    } else {
        into.evidence.append(&mut evidence);
    }
}

/// The place of a meeting merged from two reports: the finer of two compatible places; of
/// two that disagree, the held report's over a forecast's (`held_second`: a market report
/// placing "a probable meeting later today" in its own city), else the first.
fn merged_place(ours: Option<Place>, theirs: Option<Place>, held_second: bool) -> Option<Place> {
    let disagree = ours.is_some()
        && theirs.is_some()
        && !places_compatible(ours.as_ref(), theirs.as_ref(), false);
    if disagree && held_second {
        return theirs;
    }
    finer_place(ours, theirs)
}

/// Disagreements between a fact and one merged into it are kept as conflicts, each claim
/// with its first source: a place disagreement (not a city inside the other's country),
/// and dates that disagree (the first source's date is kept).
fn record_conflicts(into: &mut MeetingFact, f: &MeetingFact) {
    if let (Some(a), Some(b)) = (&into.place, &f.place)
        && loose(&a.name) != loose(&b.name)
        && !places_compatible(Some(a), Some(b), false)
    {
        let claims = claims([
            (a.to_string(), &into.evidence),
            (b.to_string(), &f.evidence),
        ]);
        add_conflict(&mut into.conflicts, ConflictField::Place, claims);
    }
    if let (Some(a), Some(b)) = (into.date, f.date)
        && !a.compatible(&b)
    {
        let claims = claims([(a.human(), &into.evidence), (b.human(), &f.evidence)]);
        add_conflict(&mut into.conflicts, ConflictField::Date, claims);
    }
}

/// Claims of (text, sources), each with its first source.
fn claims(told: [(String, &[Evidence]); 2]) -> Vec<Claim> {
    told.into_iter()
        .filter_map(|(text, ev)| {
            ev.first().map(|e| Claim {
                text,
                evidence: e.clone(),
            })
        })
        .collect()
}

/// A new conflict on `field`, or the claims after the first added to the one there.
fn add_conflict(conflicts: &mut Vec<Conflict>, field: ConflictField, claims: Vec<Claim>) {
    match conflicts.iter_mut().find(|c| c.field == field) {
        Some(c) => c.claims.extend(claims.into_iter().skip(1)),
        None => conflicts.push(Conflict { field, claims }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_merge_to_the_most_precise() {
        let sunday = FuzzyDate {
            weekday: Some(jiff::civil::Weekday::Sunday),
            ..Default::default()
        };
        let day = FuzzyDate::day(jiff::civil::Date::new(2021, 3, 7).unwrap());
        assert_eq!(merge_dates(Some(sunday), Some(day)), Some(day));
    }

    #[test]
    fn place_compatibility() {
        let city = Place {
            name: "Lima".into(),
            country: Some("Peru".into()),
        };
        let country = Place {
            name: "Peru".into(),
            country: Some("Peru".into()),
        };
        let other = Place {
            name: "Cusco".into(),
            country: Some("Peru".into()),
        };
        assert!(places_compatible(Some(&city), Some(&country), false));
        assert!(!places_compatible(Some(&city), Some(&other), false));
        assert!(places_compatible(Some(&city), Some(&other), true));
        assert_eq!(finer_place(Some(country), Some(city.clone())), Some(city));
    }
}
