//! Choosing facts: which meetings fit a parsed, resolved question. Every named person must
//! take part; described counterparts ("a Chinese defence minister") must be among the
//! participants; places and dates filter ([`matching`]); "last" is the latest HELD meeting
//! (planned ones never count), "first" the earliest, "before that" the latest one strictly
//! earlier than the conversation's meeting ([`order`]). Which meeting "that" is, the
//! conversation decides ([`Resolved::referred`], [`Resolved::pick`]).

mod matching;
mod order;

#[cfg(test)]
mod tests;

use std::cmp::Ordering;

use crate::lexicon::lists::SIMILAR_COUNTERPART_OFFICES;
use crate::model::{FactStore, MeetingFact, Precision, Status};

use super::conversation::Resolved;
use super::countries::country_key;
use super::lexicon::Lexicon;
use super::question::{Contact, Counterpart, Kind, Order, Question};
use super::text::{self, fold};

use matching::{Matcher, counterpart_fits};
pub(crate) use matching::{
    fact_text, looks_like_person, other_place, own_place_fits, participant_named, place_fits,
    told_by_one_sentence,
};
pub(crate) use order::reported_within;
use order::{by_date, chrono, date_ok, extreme};

/// Most meetings one answer lists.
pub(crate) const MAX_LISTED: usize = 10;

/// The facts chosen for a question.
#[derive(Debug, Clone, Default)]
pub(crate) struct Selection<'a> {
    /// The chosen meetings: one for single-answer kinds, all (chronological) for lists.
    pub(crate) facts: Vec<&'a MeetingFact>,
    /// Meetings of the same people that failed only the date, place or order filters.
    pub(crate) others: Vec<&'a MeetingFact>,
    /// Only planned or speculated meetings fit.
    pub(crate) planned_only: bool,
    /// "before that" had nothing earlier.
    pub(crate) nothing_earlier: bool,
    /// The anchor meeting of "before that", when one was used.
    pub(crate) anchor: Option<&'a MeetingFact>,
    /// "after that": the chosen meeting follows the anchor (and `nothing_earlier` means
    /// nothing later).
    pub(crate) later: bool,
    /// Meetings left out of a long list.
    pub(crate) more: usize,
    /// With nothing earlier of the same people: the latest earlier meeting of one of them
    /// with a counterpart of the same country and role as the other.
    pub(crate) similar: Option<&'a MeetingFact>,
    /// A single meeting chosen only for being the latest (or first) of several that fit
    /// equally: all of them, for the question's other words to choose from.
    pub(crate) alternatives: Vec<&'a MeetingFact>,
}

impl<'a> Selection<'a> {
    /// A selection of one meeting.
    pub(crate) fn one(f: &'a MeetingFact) -> Selection<'a> {
        Selection {
            facts: vec![f],
            ..Default::default()
        }
    }
}

/// Chooses the facts that answer `q`.
pub(crate) fn select<'a>(
    facts: &'a FactStore,
    lex: &Lexicon,
    q: &Question,
    r: &Resolved,
) -> Selection<'a> {
    let m = Matcher { facts, lex, q, r };
    // "before" asks for an earlier meeting in a question about meetings; in a question
    // about a detail ("What did they agree just before X?") it only places the detail.
    let about_meetings = !matches!(
        q.kind(),
        Kind::Agreed | Kind::Said | Kind::Described | Kind::Why | Kind::HowLong
    );
    if q.relative()
        && about_meetings
        && let Some(sel) = before_that(&m)
    {
        return sel;
    }
    let mut all = m.matching(true);
    // "When was the Phnom Penh meeting ...?": a meeting held in another city only mentions
    // Phnom Penh; it is not the one asked about (a yes/no says "No" with it instead).
    if q.kind() != Kind::YesNo {
        all.retain(|f| !held_in_another_city(q, f));
    }
    // "Who else did he meet there?": not the meeting told, others at its place.
    if q.others
        && let Some(a) = r.anchor_in(facts)
    {
        all.retain(|f| f.id != a.id);
        if q.refers_back
            && let Some(p) = &a.place
        {
            all.retain(|f| f.place.as_ref().is_some_and(|x| x.name == p.name));
        }
    }
    if !q.others
        && let Some(a) = r.referred(q, facts, &all, |a| m.counterparts_fit(a))
    {
        return Selection::one(a);
    }
    let timed: Vec<&MeetingFact> = all.iter().copied().filter(|f| date_ok(f, q)).collect();
    if q.planned {
        if let Some(sel) = not_yet_held(q, &timed) {
            return sel;
        }
        // "Who was he expected to meet at the summit?": whom he did meet there is no one
        // he was expected to meet; the reports' own sentences answer it. ("Who did he
        // meet to plan the bid?" asks of a plan as the meeting's purpose.)
        if expected_who(q) {
            return Selection::default();
        }
    }
    let held: Vec<&MeetingFact> = timed
        .iter()
        .copied()
        .filter(|f| f.status == Status::Held && contact_ok(f, q))
        .collect();
    if held.is_empty() {
        return none_held(&m, timed);
    }
    if let Some(placed) = only_planned_there(q, &held, &timed) {
        return none_held(&m, placed);
    }
    match q.kind() {
        Kind::Who | Kind::HowMany if quoted_there(q, r) => {
            // "Who did he meet there?" after a quoted report: its meetings, none elsewhere.
            let told: Vec<&MeetingFact> = (held.into_iter())
                .filter(|f| f.evidence.iter().any(|e| r.articles.contains(&e.article)))
                .collect();
            if told.is_empty() {
                return none_held(&m, Vec::new());
            }
            listed(q, others_than_excluded(q, r, told))
        }
        Kind::Who | Kind::HowMany => {
            let others = others_than_excluded(q, r, held);
            listed(q, of_asked_country(facts, q, r, others))
        }
        // "Did he meet anyone else there?": a meeting with someone besides them.
        Kind::YesNo if q.others => single(q, r, &others_than_excluded(q, r, held)),
        _ => single(q, r, &held),
    }
}

/// "before that" / "before the Sochi talks": the latest held meeting strictly earlier than
/// the anchor; `None` when there is no anchor.
fn before_that<'a>(m: &Matcher<'a, '_>) -> Option<Selection<'a>> {
    let base = m.matching(false);
    // "before Munich" names its meeting; without a fact of it there is nothing to be
    // before (not the conversation's meeting).
    let named = !m.q.places.is_empty() || !m.q.unknown.is_empty();
    let a = if named {
        match named_or_latest(m, &base) {
            Some(a) => a,
            None if !m.matching(true).is_empty() || m.r.anchor.is_none() => return None,
            None => {
                return Some(Selection {
                    nothing_earlier: true,
                    ..Default::default()
                });
            }
        }
    } else {
        m.r.anchor_in(m.facts)
            .or_else(|| named_or_latest(m, &base))?
    };
    let later = m.q.following;
    let mut sel = Selection {
        anchor: Some(a),
        later,
        ..Default::default()
    };
    let side = if later {
        Ordering::Greater
    } else {
        Ordering::Less
    };
    let earlier: Vec<&MeetingFact> = base
        .iter()
        .copied()
        .filter(|f| f.status == Status::Held && f.id != a.id && contact_ok(f, m.q))
        .filter(|f| chrono(f, a) == Some(side))
        .collect();
    // The nearest one on that side: the latest before, the earliest after.
    match extreme(&earlier, later) {
        Some(f) => sel.facts.push(f),
        None if later => sel.nothing_earlier = true,
        None => {
            sel.nothing_earlier = true;
            sel.others = base.into_iter().filter(|f| f.id != a.id).collect();
            sel.similar = similar_earlier(m.facts, m.lex, a, &m.r.people);
        }
    }
    Some(sel)
}

/// Without the conversation's meeting, what "before" refers to: the meeting the question
/// names by place ("before the Sochi talks"), else the latest of two or more held ones of
/// these people.
fn named_or_latest<'a>(m: &Matcher<'a, '_>, base: &[&'a MeetingFact]) -> Option<&'a MeetingFact> {
    let mut placed = m.matching(true);
    // "since their talks in Montevideo": talks held there, not ones planned there.
    if placed.iter().any(|f| f.status.is_held()) {
        placed.retain(|f| f.status.is_held());
    }
    let named = !m.q.places.is_empty() || !m.q.unknown.is_empty();
    if named && !placed.is_empty() {
        return extreme(&named_anchors(m.q, placed), false);
    }
    // "the 2024 Kazan BRICS summit": a meeting told with some of the names will do.
    let some: Vec<&MeetingFact> = base
        .iter()
        .copied()
        .filter(|f| m.q.places.iter().any(|p| matching::place_fits(f, p)))
        .collect();
    if !some.is_empty() {
        return extreme(&named_anchors(m.q, some), false);
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
}

/// Of the meetings that fit a named anchor ("the 2023 Lisbon talks"), those held at the
/// most of the named places and occasions rather than only mentioning them, and of those
/// the ones of a year the question gives, when there are such.
fn named_anchors<'a>(q: &Question, placed: Vec<&'a MeetingFact>) -> Vec<&'a MeetingFact> {
    let prefer = |pool: Vec<&'a MeetingFact>, keep: &dyn Fn(&MeetingFact) -> bool| {
        let kept: Vec<&MeetingFact> = pool.iter().copied().filter(|f| keep(f)).collect();
        if kept.is_empty() { pool } else { kept }
    };
    let own_fits = |f: &MeetingFact| {
        q.places
            .iter()
            .filter(|p| matching::own_place_fits(f, p))
            .count()
    };
    let most = placed.iter().map(|f| own_fits(f)).max().unwrap_or(0);
    let own = prefer(placed, &|f| most > 0 && own_fits(f) == most);
    let years: Vec<i16> = [q.on, q.before, q.after]
        .iter()
        .flatten()
        .filter_map(|d| d.year)
        .collect();
    prefer(own, &|f| {
        f.date
            .and_then(|d| d.year)
            .is_some_and(|y| years.contains(&y))
    })
}

/// True when the meeting is the contact the question asks about: an in-person meeting
/// for "meet", any contact for "speak" or when no verb says.
fn contact_ok(f: &MeetingFact, q: &Question) -> bool {
    match q.contact {
        Contact::Meet => !f.channel.is_remote(),
        Contact::Remote => f.channel.is_remote(),
        Contact::Speak | Contact::Unstated => true,
    }
}

/// Words of a plan that may be what a meeting held was for ("to plan a new initiative",
/// "over plans to ..."), not a meeting expected.
const PLAN_NOUNS: [&str; 5] = ["plan", "plans", "planning", "preparation", "preparations"];

/// True for a who-question about a meeting to come ("Who was he expected to meet?", "Who
/// will she see?"), not one held for a plan ("Who did he meet to plan the bid?").
pub(crate) fn expected_who(q: &Question) -> bool {
    q.planned
        && q.kind() == Kind::Who
        && !q.keywords.iter().any(|k| PLAN_NOUNS.contains(&k.as_str()))
}

/// A question about a meeting not yet held ("Who was he expected to meet?"): the planned,
/// proposed or unconfirmed meetings that fit, in date order; `None` when there are none.
fn not_yet_held<'a>(q: &Question, timed: &[&'a MeetingFact]) -> Option<Selection<'a>> {
    let mut planned: Vec<&MeetingFact> = timed
        .iter()
        .copied()
        .filter(|f| {
            matches!(
                f.status,
                Status::Planned | Status::Proposed | Status::Uncertain
            )
        })
        .collect();
    if planned.is_empty() {
        return None;
    }
    planned.sort_by(|a, b| by_date(a, b));
    if q.kind() != Kind::Who {
        planned.truncate(1);
    }
    Some(Selection {
        facts: planned,
        planned_only: true,
        ..Default::default()
    })
}

/// "there" or "that meeting" pointing into the reports a quoted answer cited, with no
/// meeting told to anchor it.
fn quoted_there(q: &Question, r: &Resolved) -> bool {
    q.refers_back && r.anchor.is_none() && r.recent.is_empty() && !r.articles.is_empty()
}

/// No held meeting of the asked contact fits: the meetings that fit but were not held
/// (planned, postponed, called off), and as others the held ones that fail only the time,
/// the place or the contact (a call when a meeting was asked for).
fn none_held<'a>(m: &Matcher<'a, '_>, timed: Vec<&'a MeetingFact>) -> Selection<'a> {
    let (held, not_held): (Vec<&MeetingFact>, Vec<&MeetingFact>) =
        timed.into_iter().partition(|f| f.status.is_held());
    let planned_only = !not_held.is_empty();
    let mut others: Vec<&MeetingFact> = held;
    for f in m.matching(false) {
        if f.status.is_held() && !others.iter().any(|o| o.id == f.id) {
            others.push(f);
        }
    }
    Selection {
        planned_only,
        facts: not_held,
        others,
        ..Default::default()
    }
}

/// The meeting's own city is another than a city the question asks about.
fn held_in_another_city(q: &Question, f: &MeetingFact) -> bool {
    // Cities only, named with "in" or not ("the Phnom Penh meeting"): a country is more
    // often a topic ("to talk about Turkey entering the EU").
    let gaz = crate::lexicon::gazetteer::gazetteer();
    // `unknown` holds the unknown places too.
    q.places
        .iter()
        .chain(&q.unknown)
        .filter(|p| gaz.city(p).is_some())
        .any(|p| !matching::own_place_fits(f, p) && matching::other_place(f, p))
}

/// "Besides Cossa, whom did she meet?": the meetings with someone neither asked about nor
/// left out.
fn others_than_excluded<'a>(
    q: &Question,
    r: &Resolved,
    held: Vec<&'a MeetingFact>,
) -> Vec<&'a MeetingFact> {
    if q.excluded.is_empty() {
        return held;
    }
    held.into_iter()
        .filter(|f| {
            f.participants
                .iter()
                .any(|p| !r.people.contains(p) && !q.excluded.contains(p))
        })
        .collect()
}

/// "Who else from the British government did he meet?": of the meetings listed, those with
/// someone besides the asked-about people from the country asked; all of them when none
/// is, or no country is asked.
fn of_asked_country<'a>(
    facts: &FactStore,
    q: &Question,
    r: &Resolved,
    listed: Vec<&'a MeetingFact>,
) -> Vec<&'a MeetingFact> {
    let Some(country) = q.from_country else {
        return listed;
    };
    let of_country = |f: &&MeetingFact| {
        (f.participants.iter())
            .filter(|p| !r.people.contains(p))
            .filter_map(|p| facts.person(p)?.country.as_deref())
            .any(|c| country_key(c) == Some(country))
    };
    let kept: Vec<&MeetingFact> = listed.iter().copied().filter(of_country).collect();
    if kept.is_empty() { listed } else { kept }
}

/// "Has X met Y in Ankara?" when the meeting in Ankara is only planned and the held ones
/// merely mention Ankara: the planned one (with the held ones as others), else `None`.
fn only_planned_there<'a>(
    q: &Question,
    held: &[&'a MeetingFact],
    timed: &[&'a MeetingFact],
) -> Option<Vec<&'a MeetingFact>> {
    let own = |f: &MeetingFact| q.places.iter().any(|p| matching::own_place_fits(f, p));
    let planned_there = |f: &&MeetingFact| !f.status.is_held() && own(f);
    if q.places.is_empty() || held.iter().any(|f| own(f)) || !timed.iter().any(planned_there) {
        return None;
    }
    Some(
        timed
            .iter()
            .copied()
            .filter(|f| f.status.is_held() || planned_there(f))
            .collect(),
    )
}

/// A list (who, how many): in date order, cut to the first or last when asked, a long
/// who-list keeping its latest [`MAX_LISTED`].
fn listed<'a>(q: &Question, mut list: Vec<&'a MeetingFact>) -> Selection<'a> {
    let mut sel = Selection::default();
    list.sort_by(|a, b| by_date(a, b));
    if q.order != Order::Any
        && let Some(f) = extreme(&list, q.order == Order::First)
    {
        list = vec![f];
    }
    if q.kind() == Kind::Who && list.len() > MAX_LISTED {
        sel.more = list.len() - MAX_LISTED;
        list.drain(..list.len() - MAX_LISTED);
    }
    sel.facts = list;
    sel
}

/// A single meeting: the one the conversation points to, else the latest (or first); with
/// same-day reports of the same people that could not be merged.
fn single<'a>(q: &Question, r: &Resolved, held: &[&'a MeetingFact]) -> Selection<'a> {
    let mut sel = Selection::default();
    let picked = r.pick(q, held);
    if picked.is_none() && q.order == Order::Any && held.len() > 1 {
        sel.alternatives = held.to_vec();
    }
    let chosen = picked.or_else(|| extreme(held, q.order == Order::First));
    let Some(first) = chosen else { return sel };
    sel.facts.push(first);
    let Some(d) = first.date.filter(|d| d.precision() == Precision::Day) else {
        return sel;
    };
    for f in held {
        if f.id != first.id
            && f.participants == first.participants
            && f.date
                .is_some_and(|x| x.precision() == Precision::Day && x.compatible(&d))
            && f.place.as_ref().map(|p| &p.name) != first.place.as_ref().map(|p| &p.name)
        {
            sel.facts.push(f);
        }
    }
    sel
}

/// The latest meeting before `anchor` of one of `people` with someone of the same country
/// and office as another participant of `anchor`.
fn similar_earlier<'a>(
    facts: &'a FactStore,
    lex: &Lexicon,
    anchor: &MeetingFact,
    people: &[String],
) -> Option<&'a MeetingFact> {
    let keep: Vec<&String> = if people.is_empty() {
        anchor.participants.iter().collect()
    } else {
        people.iter().collect()
    };
    let mut found: Vec<&MeetingFact> = Vec::new();
    for p in keep {
        for o in anchor.participants.iter().filter(|o| *o != p) {
            let Some(spec) = same_kind_as(facts, o) else {
                continue;
            };
            found.extend(facts.facts.iter().filter(|f| {
                f.id != anchor.id
                    && f.status == Status::Held
                    && f.participants.contains(p)
                    && !f.participants.contains(o)
                    && counterpart_fits(lex, f, &spec, std::slice::from_ref(p))
                    && chrono(f, anchor) == Some(Ordering::Less)
            }));
        }
    }
    extreme(&found, false)
}

/// A counterpart of the same country and office as the person `key` (first role only);
/// `None` when the person's country is not known.
fn same_kind_as(facts: &FactStore, key: &str) -> Option<Counterpart> {
    let other = facts.people.iter().find(|x| x.key == key)?;
    let country = other.country.as_deref().and_then(country_key)?;
    let role: Vec<String> = other
        .roles
        .first()
        .map(|r| text::norm_words(&fold(r).replace("defense", "defence")))
        .unwrap_or_default()
        .into_iter()
        .filter(|w| SIMILAR_COUNTERPART_OFFICES.has(w))
        .collect();
    Some(Counterpart {
        country: Some(country),
        role,
    })
}
