//! Choosing facts: which meetings fit a parsed, resolved question. Every named person must
//! take part; described counterparts ("a Chinese defence minister") must be among the
//! participants; places and dates filter; "last" is the latest HELD meeting (planned ones
//! never count), "first" the earliest, "before that" the latest one strictly earlier than
//! the conversation's meeting. Dated meetings win over undated ones; undated ones are
//! ordered only by what the articles show (a meeting an article recalls as background is
//! older than the one it reports).

use std::cmp::Ordering;

use crate::model::{FactStore, MeetingFact, Status};

use super::context::Resolved;
use super::parse::{Counterpart, Kind, Order, Question};
use super::text::{self, fold};

/// The facts chosen for a question.
#[derive(Debug, Clone, Default)]
pub struct Selection<'a> {
    /// The chosen meetings: one for single-answer kinds, all (chronological) for lists.
    pub facts: Vec<&'a MeetingFact>,
    /// Meetings of the same people that failed only the date, place or order filters.
    pub others: Vec<&'a MeetingFact>,
    /// Only planned or speculated meetings fit.
    pub planned_only: bool,
    /// "before that" had nothing earlier.
    pub nothing_earlier: bool,
    /// The anchor meeting of "before that", when one was used.
    pub anchor: Option<&'a MeetingFact>,
    /// Meetings left out of a long list.
    pub more: usize,
    /// With nothing earlier of the same people: the latest earlier meeting of one of them
    /// with a counterpart of the same country and role as the other.
    pub similar: Option<&'a MeetingFact>,
}

/// Words that name an office (ranks and honorifics like "Admiral" are left out).
const OFFICE_WORDS: &[&str] = &[
    "defence",
    "foreign",
    "prime",
    "minister",
    "president",
    "secretary",
    "chancellor",
    "premier",
    "finance",
    "trade",
    "interior",
    "vice",
    "state",
    "leader",
];

/// The latest meeting before `anchor` of one of `people` with someone of the same country
/// and role as another participant of `anchor`.
fn similar_earlier<'a>(
    facts: &'a FactStore,
    anchor: &MeetingFact,
    people: &[String],
) -> Option<&'a MeetingFact> {
    let map = people_map(facts);
    let keep: Vec<&String> = if people.is_empty() {
        anchor.participants.iter().collect()
    } else {
        people.iter().collect()
    };
    let mut found: Vec<&MeetingFact> = Vec::new();
    for p in &keep {
        for o in anchor.participants.iter().filter(|o| o != p) {
            let Some(other) = facts.people.iter().find(|x| x.key == **o) else {
                continue;
            };
            let Some(country) = other.country.as_deref().and_then(text::country_key) else {
                continue;
            };
            let role: Vec<String> = other
                .roles
                .first()
                .map(|r| text::norm_words(&fold(r).replace("defense", "defence")))
                .unwrap_or_default()
                .into_iter()
                .filter(|w| OFFICE_WORDS.contains(&w.as_str()))
                .collect();
            let spec = Counterpart {
                country: Some(country),
                role,
            };
            found.extend(facts.facts.iter().filter(|f| {
                f.id != anchor.id
                    && f.status == Status::Held
                    && f.participants.contains(p)
                    && !f.participants.contains(o)
                    && counterpart_fits(&map, f, &spec, &[(*p).clone()])
                    && chrono(f, anchor) == Some(Ordering::Less)
            }));
        }
    }
    extreme(&found, false)
}

/// Most meetings one answer lists.
pub const MAX_LISTED: usize = 10;

/// All text a fact carries, folded: place, occasion, evidence, claims and quotes.
fn fact_text(f: &MeetingFact) -> String {
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
    let has = |t: &str| t.contains(&lower) || t.contains(&cap) || t.contains(last);
    f.place
        .as_ref()
        .is_some_and(|p| has(&p.name) || p.country.as_deref().is_some_and(has))
        || f.occasion.as_deref().is_some_and(has)
        || f.evidence.iter().any(|e| has(&e.sentence))
        || f.outcomes.iter().chain(&f.notes).any(|c| has(&c.text))
        || f.participants.iter().any(|k| k.contains(&lower))
}

/// The fact's place, country or occasion names `phrase`, or else its text does.
fn place_fits(f: &MeetingFact, phrase: &str) -> bool {
    let mut short = String::new();
    if let Some(p) = &f.place {
        short.push_str(&p.name);
        short.push(' ');
        short.push_str(p.country.as_deref().unwrap_or(""));
    }
    short.push(' ');
    short.push_str(f.occasion.as_deref().unwrap_or(""));
    let short = format!(" {} ", text::norm_words(&short).join(" "));
    mentions(&short, phrase) || mentions(&fact_text(f), phrase)
}

fn mentions(hay: &str, phrase: &str) -> bool {
    let p = text::norm_words(phrase).join(" ");
    !p.is_empty() && hay.contains(&format!(" {p} "))
}

/// What a counterpart test needs to know of people: country and folded roles by key.
pub type PeopleMap = std::sync::Arc<super::parse::Lexicon>;

/// The people attributes of `facts` (prepared once per store).
pub fn people_map(facts: &FactStore) -> PeopleMap {
    super::parse::lexicon(facts)
}

/// True when one of the participants (other than `not`) is the described counterpart.
pub fn counterpart_fits(
    people: &PeopleMap,
    f: &MeetingFact,
    c: &Counterpart,
    not: &[String],
) -> bool {
    f.participants.iter().filter(|k| !not.contains(k)).any(|k| {
        let Some(country) = people.person_country.get(k.as_str()) else {
            return false;
        };
        let country_ok = match c.country {
            Some(want) => *country == Some(want),
            None => true,
        };
        if !country_ok {
            return false;
        }
        let roles = people
            .person_roles
            .get(k.as_str())
            .map(String::as_str)
            .unwrap_or("");
        let role_ok = c.role.iter().all(|w| roles.contains(w.as_str()));
        role_ok || roles.is_empty() && c.role.len() <= 1
    })
}

/// Facts with the question's people, counterparts, places and names, ignoring time.
fn matching<'a>(
    facts: &'a FactStore,
    q: &Question,
    r: &Resolved,
    with_places: bool,
) -> Vec<&'a MeetingFact> {
    let strict_unknown = r.people.is_empty() && q.counterparts.is_empty();
    let person_like: Vec<&String> = q
        .unknown
        .iter()
        .filter(|u| strict_unknown || looks_like_person(u) || q.unknown_people.contains(u))
        .collect();
    let soft: Vec<&String> = q
        .unknown
        .iter()
        .filter(|u| !person_like.contains(u))
        .collect();
    let people = people_map(facts);
    // Narrow to the smallest list of facts a required person or name leads to.
    let mut lists: Vec<&[u32]> = Vec::new();
    for p in &r.people {
        lists.push(people.fact_people.get(p).map(Vec::as_slice).unwrap_or(&[]));
    }
    for u in &person_like {
        lists.extend(people.facts_with_word(u));
    }
    let ids_ok = facts.facts.iter().enumerate().all(|(i, f)| f.id == i);
    let candidates: Vec<&MeetingFact> = match lists.iter().min_by_key(|l| l.len()) {
        Some(list) if ids_ok => list
            .iter()
            .filter_map(|&i| facts.facts.get(i as usize))
            .collect(),
        _ => facts.facts.iter().collect(),
    };
    let mut out: Vec<&MeetingFact> = candidates
        .into_iter()
        .filter(|f| r.people.iter().all(|p| f.participants.contains(p)))
        .filter(|f| {
            q.counterparts
                .iter()
                .all(|c| counterpart_fits(&people, f, c, &q.excluded))
        })
        .filter(|f| person_like.iter().all(|u| may_mention(f, u)))
        .filter(|f| !with_places || q.places.iter().all(|p| may_mention(f, p)))
        .filter(|f| {
            if person_like.is_empty() {
                return true;
            }
            let t = fact_text(f);
            let names: Vec<String> = f
                .participants
                .iter()
                .map(|k| format!(" {} ", text::norm_words(facts.name(k)).join(" ")))
                .collect();
            person_like.iter().all(|u| {
                let u = text::norm_words(u).join(" ");
                names.iter().any(|n| n.contains(&format!(" {u} "))) || t.contains(&format!(" {u} "))
            })
        })
        .filter(|f| !with_places || q.places.iter().all(|p| place_fits(f, p)))
        .collect();
    if r.people.is_empty()
        && q.counterparts.is_empty()
        && q.places.is_empty()
        && person_like.is_empty()
    {
        out.clear();
    }
    // Soft filters: only when some fact satisfies them.
    if with_places && !soft.is_empty() {
        let narrowed: Vec<&MeetingFact> = out
            .iter()
            .copied()
            .filter(|f| {
                let t = fact_text(f);
                soft.iter().all(|u| mentions(&t, u))
            })
            .collect();
        if !narrowed.is_empty() {
            out = narrowed;
        }
    }
    out
}

/// Capitalised phrases of two or more words that are not institutions look like names.
pub fn looks_like_person(s: &str) -> bool {
    let w = text::norm_words(s);
    const INSTITUTION: &[&str] = &[
        "house",
        "hall",
        "palace",
        "summit",
        "ministry",
        "estate",
        "guesthouse",
        "office",
        "council",
        "union",
        "nations",
        "forum",
        "center",
        "centre",
        "hotel",
        "square",
        "city",
        "state",
        "states",
        "island",
        "islands",
        "sea",
        "bank",
        "party",
        "day",
        "meeting",
        "conference",
        "talks",
        "visit",
    ];
    w.len() >= 2 && w.len() <= 4 && !w.iter().any(|x| INSTITUTION.contains(&x.as_str()))
}

/// First paragraph of `f` in `article`, if it has evidence there.
fn first_para(f: &MeetingFact, article: &str) -> Option<usize> {
    f.evidence
        .iter()
        .chain(f.notes.iter().map(|c| &c.evidence))
        .filter(|e| e.article == article)
        .map(|e| e.paragraph)
        .min()
}

/// What the articles show about the order of two meetings: `Greater` when `a` is later.
/// Dates decide when both have a year and disagree; otherwise a meeting an article only
/// recalls is older than the meeting the same article reports.
pub fn chrono(a: &MeetingFact, b: &MeetingFact) -> Option<Ordering> {
    if a.id == b.id {
        return Some(Ordering::Equal);
    }
    if let (Some(da), Some(db)) = (a.date, b.date)
        && da.year.is_some()
        && db.year.is_some()
        && !da.compatible(&db)
    {
        return Some(da.sort_key().cmp(&db.sort_key()));
    }
    if a.recalled != b.recalled {
        // A recalled meeting is older than the news that recalls it, when they share an
        // article.
        let shared = a
            .evidence
            .iter()
            .any(|e| first_para(b, &e.article).is_some());
        if shared {
            return Some(if a.recalled {
                Ordering::Less
            } else {
                Ordering::Greater
            });
        }
    }
    // News leads, background follows: within one article the later-mentioned meeting is
    // the older one.
    for e in &a.evidence {
        if let (Some(pa), Some(pb)) = (first_para(a, &e.article), first_para(b, &e.article))
            && pa != pb
        {
            return Some(pb.cmp(&pa));
        }
    }
    None
}

fn dated(f: &MeetingFact) -> bool {
    f.date.is_some_and(|d| d.year.is_some())
}

/// The latest (or, with `earliest`, the first) of `facts`, dated ones first.
fn extreme<'a>(facts: &[&'a MeetingFact], earliest: bool) -> Option<&'a MeetingFact> {
    let pool: Vec<&MeetingFact> = if facts.iter().any(|f| dated(f)) {
        facts.iter().copied().filter(|f| dated(f)).collect()
    } else {
        facts.to_vec()
    };
    let want = if earliest {
        Ordering::Less
    } else {
        Ordering::Greater
    };
    // Keep the meetings no other meeting is known to beat.
    let best: Vec<&MeetingFact> = pool
        .iter()
        .copied()
        .filter(|f| !pool.iter().any(|g| chrono(g, f) == Some(want)))
        .collect();
    let best = if best.is_empty() { pool } else { best };
    best.into_iter().max_by(|a, b| {
        let key = |f: &MeetingFact| {
            let k = f.date.map(|d| d.sort_key()).unwrap_or((i16::MIN, 0, 0));
            let prec = f.date.map(|d| d.precision() as u8 + 1).unwrap_or(0);
            (
                if earliest {
                    (-(k.0 as i32), -(k.1 as i32), -(k.2 as i32))
                } else {
                    (k.0 as i32, k.1 as i32, k.2 as i32)
                },
                !f.recalled,
                prec,
            )
        };
        key(a).cmp(&key(b)).then(b.id.cmp(&a.id))
    })
}

fn date_ok(f: &MeetingFact, q: &Question) -> bool {
    let Some(d) = f.date else {
        return q.on.is_none() && q.before.is_none() && q.after.is_none();
    };
    if let Some(on) = q.on
        && !d.compatible(&on)
    {
        return false;
    }
    let known = |x: &crate::model::FuzzyDate| x.year.is_some() && d.year.is_some();
    if let Some(b) = q.before
        && !(known(&b) && d.sort_key() < b.sort_key() && !d.compatible(&b))
    {
        return false;
    }
    if let Some(a) = q.after
        && !(known(&a) && d.sort_key() > a.sort_key() && !d.compatible(&a))
    {
        return false;
    }
    true
}

/// Chooses the facts that answer `q`.
pub fn select<'a>(facts: &'a FactStore, q: &Question, r: &Resolved) -> Selection<'a> {
    let kind = q.kind();
    let mut sel = Selection::default();
    let anchor = r.anchor.and_then(|id| facts.facts.get(id));

    // "before that" / "before the Sochi talks".
    if q.previous {
        let base = matching(facts, q, r, false);
        // The meeting "before" refers to: the conversation's, the one the question names
        // by place ("before the Sochi talks"), else the latest one of these people.
        let anchor = anchor.or_else(|| {
            let placed = matching(facts, q, r, true);
            let named = !q.places.is_empty() || !q.unknown.is_empty();
            if named && !placed.is_empty() {
                return extreme(&placed, false);
            }
            let held: Vec<&MeetingFact> = base
                .iter()
                .copied()
                .filter(|f| f.status == Status::Held)
                .collect();
            if held.len() >= 2 {
                extreme(&held, false)
            } else {
                None
            }
        });
        if let Some(a) = anchor {
            sel.anchor = Some(a);
            let earlier: Vec<&MeetingFact> = base
                .iter()
                .copied()
                .filter(|f| f.status == Status::Held && f.id != a.id)
                .filter(|f| chrono(f, a) == Some(Ordering::Less))
                .collect();
            match extreme(&earlier, false) {
                Some(f) => sel.facts.push(f),
                None => {
                    sel.nothing_earlier = true;
                    sel.others = base.into_iter().filter(|f| f.id != a.id).collect();
                    sel.similar = similar_earlier(facts, a, &r.people);
                }
            }
            return sel;
        }
    }

    let all = matching(facts, q, r, true);
    if let Some(a) = anchor
        && q.refers_back
        && !q.previous
        && q.order == Order::Any
        && (all.is_empty() || all.iter().any(|f| f.id == a.id))
        && q.counterparts
            .iter()
            .all(|c| counterpart_fits(&people_map(facts), a, c, &q.excluded))
    {
        sel.facts.push(a);
        return sel;
    }
    let timed: Vec<&MeetingFact> = all.iter().copied().filter(|f| date_ok(f, q)).collect();
    let held: Vec<&MeetingFact> = timed
        .iter()
        .copied()
        .filter(|f| f.status == Status::Held)
        .collect();
    if held.is_empty() {
        sel.planned_only = !timed.is_empty();
        if sel.planned_only {
            sel.facts = timed;
        }
        sel.others = matching(facts, q, r, false)
            .into_iter()
            .filter(|f| f.status == Status::Held)
            .collect();
        return sel;
    }
    match kind {
        Kind::Who | Kind::HowMany => {
            let mut list = held;
            list.sort_by(|a, b| {
                let ka = a.date.filter(|d| d.year.is_some()).map(|d| d.sort_key());
                let kb = b.date.filter(|d| d.year.is_some()).map(|d| d.sort_key());
                match (ka, kb) {
                    (Some(x), Some(y)) => x.cmp(&y),
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => a.id.cmp(&b.id),
                }
            });
            if q.order != Order::Any
                && let Some(f) = extreme(&list, q.order == Order::First)
            {
                list = vec![f];
            }
            // A long list keeps its latest meetings.
            if kind == Kind::Who && list.len() > MAX_LISTED {
                sel.more = list.len() - MAX_LISTED;
                list.drain(..list.len() - MAX_LISTED);
            }
            sel.facts = list;
        }
        _ => {
            // A single meeting: the context's one when it fits and no order is asked for.
            let recent = r
                .recent
                .iter()
                .find_map(|id| held.iter().find(|f| f.id == *id));
            if q.order == Order::Any
                && let Some(a) = anchor
                && held.iter().any(|f| f.id == a.id)
            {
                sel.facts.push(a);
            } else if q.order == Order::Any
                && (q.pronoun.is_some() || q.refers_back)
                && let Some(f) = recent
            {
                sel.facts.push(f);
            } else if let Some(f) = extreme(&held, q.order == Order::First) {
                sel.facts.push(f);
            }
            // Same-day reports of the same people that could not be merged are shown too.
            if let Some(first) = sel.facts.first().copied()
                && let Some(d) = first
                    .date
                    .filter(|d| d.precision() == crate::model::Precision::Day)
            {
                for f in &held {
                    if f.id != first.id
                        && f.participants == first.participants
                        && f.date.is_some_and(|x| {
                            x.precision() == crate::model::Precision::Day && x.compatible(&d)
                        })
                        && f.place.as_ref().map(|p| &p.name)
                            != first.place.as_ref().map(|p| &p.name)
                    {
                        sel.facts.push(f);
                    }
                }
            }
        }
    }
    sel
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::context::Resolved;
    use crate::answer::parse::parse;
    use crate::model::{Evidence, FuzzyDate, MeetingKind, Person, Place};

    fn ev(article: &str, paragraph: usize) -> Evidence {
        Evidence {
            article: article.into(),
            title: article.into(),
            url: None,
            paragraph,
            sentence: String::new(),
        }
    }

    fn fact(
        id: usize,
        who: &[&str],
        date: Option<FuzzyDate>,
        status: Status,
        place: &str,
        evidence: Evidence,
        recalled: bool,
    ) -> MeetingFact {
        MeetingFact {
            id,
            participants: who.iter().map(|s| s.to_string()).collect(),
            kind: MeetingKind::Meeting,
            status,
            date,
            place: Some(Place {
                name: place.into(),
                country: None,
            }),
            occasion: None,
            outcomes: vec![],
            notes: vec![],
            quotes: vec![],
            evidence: vec![evidence],
            conflicts: vec![],
            recalled,
        }
    }

    fn store() -> FactStore {
        let p = |n: &str, c: &str, role: &str| Person {
            key: n.to_lowercase(),
            name: n.into(),
            roles: vec![role.into()],
            country: Some(c.into()),
            aliases: vec![],
        };
        FactStore {
            people: vec![
                p("Ada Brandt", "Germany", "Foreign Minister"),
                p("Kofi Mensah", "Ghana", "Foreign Minister"),
                p("Yaw Boateng", "Ghana", "Foreign Minister"),
            ],
            facts: vec![
                fact(
                    0,
                    &["ada brandt", "kofi mensah"],
                    Some(FuzzyDate::month(2021, 6)),
                    Status::Held,
                    "Accra",
                    ev("a", 1),
                    false,
                ),
                fact(
                    1,
                    &["ada brandt", "kofi mensah"],
                    Some(FuzzyDate::year(2019)),
                    Status::Held,
                    "Berlin",
                    ev("a", 5),
                    true,
                ),
                fact(
                    2,
                    &["ada brandt", "kofi mensah"],
                    Some(FuzzyDate::month(2026, 1)),
                    Status::Planned,
                    "Kumasi",
                    ev("b", 1),
                    false,
                ),
                fact(
                    3,
                    &["ada brandt", "yaw boateng"],
                    Some(FuzzyDate::year(2015)),
                    Status::Held,
                    "Tamale",
                    ev("c", 1),
                    false,
                ),
                fact(
                    4,
                    &["kofi mensah", "yaw boateng"],
                    None,
                    Status::Held,
                    "Cape Coast",
                    ev("d", 1),
                    false,
                ),
                fact(
                    5,
                    &["kofi mensah", "yaw boateng"],
                    None,
                    Status::Held,
                    "Ho",
                    ev("d", 4),
                    true,
                ),
            ],
        }
    }

    fn ids(s: &Selection) -> Vec<usize> {
        s.facts.iter().map(|f| f.id).collect()
    }

    fn ask(s: &FactStore, q: &str, anchor: Option<usize>) -> Vec<usize> {
        let q = parse(q, s);
        let r = Resolved {
            people: q.people.clone(),
            anchor,
            ..Default::default()
        };
        ids(&select(s, &q, &r))
    }

    #[test]
    fn last_is_latest_held_never_planned() {
        let s = store();
        assert_eq!(
            ask(&s, "When did Ada Brandt and Kofi Mensah last meet?", None),
            vec![0]
        );
        assert_eq!(
            ask(&s, "When did Ada Brandt and Kofi Mensah first meet?", None),
            vec![1]
        );
    }

    #[test]
    fn planned_only_is_flagged() {
        let s = store();
        let q = parse("Did Ada Brandt meet Kofi Mensah in Kumasi?", &s);
        let r = Resolved {
            people: q.people.clone(),
            ..Default::default()
        };
        let sel = select(&s, &q, &r);
        assert!(sel.planned_only);
    }

    #[test]
    fn before_that_is_strictly_earlier() {
        let s = store();
        assert_eq!(
            ask(&s, "And before that?", Some(0)).len(),
            0,
            "no people named, none resolved"
        );
        let q = parse(
            "Where did Ada Brandt meet a Ghanaian minister before that?",
            &s,
        );
        assert!(q.previous);
        let r = Resolved {
            people: vec!["ada brandt".into()],
            anchor: Some(0),
            ..Default::default()
        };
        assert_eq!(ids(&select(&s, &q, &r)), vec![1]);
        let r = Resolved {
            people: vec!["ada brandt".into()],
            anchor: Some(1),
            ..Default::default()
        };
        assert_eq!(ids(&select(&s, &q, &r)), vec![3]);
    }

    #[test]
    fn nothing_earlier_offers_a_counterpart_of_the_same_kind() {
        let s = store();
        let q = parse("And before that?", &s);
        let r = Resolved {
            people: vec!["ada brandt".into(), "kofi mensah".into()],
            anchor: Some(1),
            ..Default::default()
        };
        let sel = select(&s, &q, &r);
        assert!(sel.facts.is_empty() && sel.nothing_earlier);
        assert_eq!(sel.similar.map(|f| f.id), Some(3));
    }

    #[test]
    fn undated_ordered_by_recall() {
        let s = store();
        assert_eq!(
            ask(&s, "When did Kofi Mensah and Yaw Boateng last meet?", None),
            vec![4]
        );
        assert_eq!(
            ask(&s, "When did Kofi Mensah and Yaw Boateng first meet?", None),
            vec![5]
        );
    }

    #[test]
    fn places_and_dates_filter() {
        let s = store();
        assert_eq!(ask(&s, "Who did Ada Brandt meet in Tamale?", None), vec![3]);
        assert_eq!(ask(&s, "Who did Ada Brandt meet?", None), vec![3, 1, 0]);
        assert_eq!(
            ask(
                &s,
                "Where did Ada Brandt and Kofi Mensah meet in 2019?",
                None
            ),
            vec![1]
        );
        assert!(
            ask(
                &s,
                "Where did Ada Brandt and Kofi Mensah meet in 2020?",
                None
            )
            .is_empty()
        );
    }
}
