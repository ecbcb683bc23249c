//! Where, when and at which occasion: a trigger's date and place in its clause, the
//! dateline, "in the capital", and the occasion and finer place that neighbouring
//! sentences or the article give a meeting.

use std::sync::LazyLock;

use regex::Regex;

use super::cache::SentenceCache;
use super::{ArticleMeeting, Scan};
use crate::extract::dates::DateMention;
use crate::extract::people::Analysis;
use crate::extract::triggers::{TKind, Trigger, words_before, words_between};
use crate::lexicon::gazetteer::{GazKind, gazetteer};
use crate::lexicon::lists::{
    DATE_BOUNDS, ENVOY_NOUNS, HOLD_VERBS, NOT_PLACES_AFTER_IN, PAST_MEETING_VERBS,
    PLACE_PREPOSITIONS, RETURN_PHRASES, TRIGGER_HOST_VERBS,
};
use crate::model::{Article, Place, Status};

/// A date or place before its trigger counts at this many times its distance: the words
/// after a meeting verb usually tell its when and where ("met on Monday in Lima").
const BEFORE_TRIGGER_WEIGHT: usize = 2;

impl Scan<'_> {
    pub(super) fn fill_from_context(&self, m: &mut ArticleMeeting, si: usize) {
        let para = self.sents[si].para;
        let neighbours = [si + 1, si.wrapping_sub(1)];
        for &n in &neighbours {
            let Some(s) = self.sents.get(n) else { continue };
            if s.para != para {
                continue;
            }
            let a = &self.analyses[n];
            let has_own = self
                .cache
                .triggers(n)
                .iter()
                .any(|t| !matches!(t.kind, TKind::Reference));
            if has_own && n != si + 1 {
                continue;
            }
            if m.occasion.is_none() && (n == si + 1 || self.cache.speaks_of_attending(n)) {
                m.occasion = (self.cache.occasions(n).iter())
                    .find(|o| !o.other_event)
                    .map(|o| o.text.clone());
            }
            // Refine a country-level place with a city of that country.
            if n == si + 1
                && let Some(p) = &m.place
                && p.country.as_deref() == Some(p.name.as_str())
                && let Some(city) = a.gaz.iter().find(|g| {
                    matches!(g.kind, GazKind::City | GazKind::Venue)
                        && g.country.as_deref() == Some(p.name.as_str())
                })
            {
                m.place = Some(Place {
                    name: city.name.clone(),
                    country: city.country.clone(),
                });
            }
        }
        if m.occasion.is_none() && !m.recalled {
            m.occasion = self.article_occasion(m.place.as_ref());
        }
        if m.occasion.is_none() && !m.recalled {
            self.the_named_occasion(m, si);
        }
    }

    /// "X was also received by Y": a held meeting told with "also", without its own date or
    /// place, took place on the visit of the article's news meeting of one of its people.
    pub(super) fn same_visit(&self, m: &mut ArticleMeeting) {
        if !m.also
            || m.recalled
            || m.status != Status::Held
            || m.channel.is_remote()
            || m.date.is_some() && m.place.is_some()
        {
            return;
        }
        let news = self.facts.meetings.iter().take(NEWS_MEETINGS).find(|x| {
            !x.recalled
                && x.status == Status::Held
                && !x.channel.is_remote()
                && x.participants.iter().any(|p| m.participants.contains(p))
        });
        let Some(news) = news else { return };
        if m.date.is_none() {
            m.date = news.date;
            m.date_text = news.date_text.clone();
        }
        if m.place.is_none() {
            m.place = news.place.clone();
        }
    }

    /// "Also on the sidelines of the summit, X held talks with Y": "the summit" is the
    /// summit of a meeting the article reports as news (with its place), else the latest
    /// named before this sentence, else the first after ("the conclave": any occasion).
    fn the_named_occasion(&self, m: &mut ArticleMeeting, si: usize) {
        let Some(head) = self.cache.phrases(si).occasion_head else {
            return;
        };
        // The occasion of a meeting the article reports as news, else one it names.
        let told = self.facts.meetings.iter().take(NEWS_MEETINGS).find(|x| {
            !x.recalled
                && x.occasion
                    .as_deref()
                    .is_some_and(|o| o.to_lowercase().ends_with(head))
        });
        if let Some(x) = told {
            if m.place.is_none() {
                m.place = x.place.clone();
            }
            m.occasion = x.occasion.clone();
            return;
        }
        let named = |n: usize| {
            self.cache
                .occasions(n)
                .iter()
                .find(|o| !o.other_event && o.text.to_lowercase().ends_with(head))
                .map(|o| o.text.clone())
        };
        let (lo, hi) = (
            si.saturating_sub(OCCASION_SENTENCES),
            (si + OCCASION_SENTENCES).min(self.analyses.len()),
        );
        m.occasion = (lo..si).rev().chain(si + 1..hi).find_map(named);
    }

    /// The article's occasion: "to attend the X", "attended the X", unless told with
    /// another place than `place`.
    fn article_occasion(&self, place: Option<&Place>) -> Option<String> {
        self.cache
            .attended()
            .first_compatible(place)
            .map(str::to_string)
    }

    /// "in the capital", "in this port city": the dateline's place, else the first city
    /// the article names; "expected here for talks": the dateline's place only.
    pub(super) fn deictic_place(&self, si: usize) -> Option<Place> {
        static DEICTIC: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)\b(?:in|at) (?:the|this) (?:\w+ )?(?:capital|city|town|port)\b")
                .expect("static regex")
        });
        // "is expected here on Friday for talks": where the report was filed.
        static HERE: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(
                r"(?i)\b(?:expected|due|arrived|arrives|arriving|met|meets|meet|visiting) here\b|\bhere (?:for|on) (?:talks|a visit|an? \w+ visit|a meeting)\b",
            )
            .expect("static regex")
        });
        let text = self.analyses[si].text;
        if HERE.is_match(text) {
            return self.dateline.clone();
        }
        if !DEICTIC.is_match(text) {
            return None;
        }
        self.dateline
            .clone()
            .or_else(|| self.cache.first_city().cloned())
    }
}

/// The date of a trigger (of a meeting `held` or not): the mention nearest to it in its
/// clause, after it preferred.
pub(super) fn pick_date(
    text: &str,
    dates: &[DateMention],
    (start, end): (usize, usize),
    t: &Trigger,
    held: bool,
) -> Option<DateMention> {
    // Nearest first, ties in the text's order (the first of equals, as a minimum by
    // distance would keep): the conditions below read the text between a date and the
    // trigger, so the nearest date that passes them is found reading little, where
    // testing every date of a long clause read that text once per date.
    let mut nearest_first: Vec<&DateMention> = dates
        .iter()
        .filter(|d| d.start >= start && d.end <= end)
        .collect();
    nearest_first.sort_by_key(|d| distance(d.start, d.end, t));
    nearest_first
        .into_iter()
        // The conditions read up to the text between the date and the trigger.
        .inspect(|d| crate::extract::work::read(distance(d.start, d.end, t)))
        .filter(|d| {
            !words_before(text, d.start, 1)
                .first()
                .is_some_and(|w| DATE_BOUNDS.has(w))
        })
        // "the first meeting since X's re-election in May": May dates the re-election.
        .filter(|d| d.start < t.end || !words_between(text, t.end, d.start).contains(&"since"))
        .filter(|d| !in_relative_aside(text, d.start, d.end, t))
        // Before the trigger, across a comma, only a date that opens its own phrase ("On
        // Monday, X met Y"), not one of another clause ("if talks fail tomorrow and Friday,
        // he will seek talks with Y").
        .filter(|d| {
            d.end > t.start
                || !text[d.end..t.start].contains(',')
                || opens_phrase(text, d)
                || purpose_after(text, d, t)
        })
        // "on Monday sidestepped questions about a potential meeting": before the noun of
        // a meeting not held, a date with another verb between dates that verb ("on
        // Wednesday engaged in bilateral meetings" dates the meetings held).
        .find(|d| held || !t.noun || d.end > t.start || !other_verb_between(text, d.end, t.start))
        .cloned()
}

/// True when a past form other than a meeting verb stands between `from` and `to`
/// ("announced", "sidestepped"; not "held", "hosted").
fn other_verb_between(text: &str, from: usize, to: usize) -> bool {
    words_between(text, from, to).iter().any(|w| {
        let w = w.to_lowercase();
        w.ends_with("ed")
            && !HOLD_VERBS.has(&w)
            && !TRIGGER_HOST_VERBS.has(&w)
            && !PAST_MEETING_VERBS.has(&w)
    })
}

/// "Mustapha, who leaves for Moscow on Tuesday, met Mubarak": a date or place within a
/// relative clause about a person, set off by a comma, tells of that person, not of a
/// meeting outside the clause ("X, who met Y in Lima on Monday, said" keeps its own).
fn in_relative_aside(text: &str, from: usize, to: usize, t: &Trigger) -> bool {
    let Some(open) = text[..from].rfind(", ") else {
        return false;
    };
    let opener = text[open + 2..].split_whitespace().next().unwrap_or("");
    if !matches!(opener, "who" | "whose") {
        return false;
    }
    let close = text[to..].find(',').map_or(text.len(), |k| to + k);
    !(open..close).contains(&t.start)
}

/// "met Nakasone soon after returning from a visit to Washington": a place after a
/// phrase of coming back ([`RETURN_PHRASES`]) that follows the trigger is where someone had
/// been, not where they met.
fn after_return(text: &str, place_start: usize, t: &Trigger) -> bool {
    if place_start <= t.end {
        return false;
    }
    let between = text[t.end..place_start].to_lowercase();
    RETURN_PHRASES
        .iter()
        .any(|p| between.contains(&format!(" {p} ")) || between.starts_with(&format!("{p} ")))
}

/// "will travel to Quito next Monday, October 20, for talks": only the "for" of the
/// journey's purpose stands between the date and the talks.
fn purpose_after(text: &str, d: &DateMention, t: &Trigger) -> bool {
    matches!(words_between(text, d.end, t.start).as_slice(), [] | ["for"])
}

/// True when a date mention stands alone in its comma-phrase but for a preposition
/// ("On Monday,", "Last week,").
fn opens_phrase(text: &str, d: &DateMention) -> bool {
    let head = &text[..d.start];
    let lead = head.rsplit(',').next().unwrap_or(head);
    let tail = &text[d.end..];
    lead.split_whitespace().count() <= 1 && tail.trim_start().starts_with(',')
}

/// The place of a trigger: a venue, city, region or country after "in/at/outside/near/to"
/// in its clause (after the trigger preferred), with its country.
/// Each hit is judged once per sentence ([`SentenceCache::place_at`]), and only until the
/// best one that is a place: judging every hit of the clause for each trigger made a long
/// sentence cost the square of its length.
pub(super) fn pick_place(
    cache: &SentenceCache<'_>,
    si: usize,
    (start, end): (usize, usize),
    t: &Trigger,
) -> Option<Place> {
    let a = cache.analysis(si);
    let mut best_first: Vec<(usize, usize, usize)> = a
        .gaz
        .iter()
        .enumerate()
        .filter(|(_, g)| g.start >= start && g.end <= end)
        .filter(|(_, g)| !in_relative_aside(a.text, g.start, g.end, t))
        .filter(|(_, g)| !after_return(a.text, g.start, t))
        .filter_map(|(gi, g)| {
            let rank = match g.kind {
                GazKind::Venue => 0,
                GazKind::City => 1,
                GazKind::Region if g.country.is_some() => 2,
                GazKind::Country => 3,
                _ => return None,
            };
            Some((rank, distance(g.start, g.end, t), gi))
        })
        .collect();
    // Ties keep the text's order (the first of equals, as a minimum would).
    best_first.sort_by_key(|&(rank, dist, _)| (rank, dist));
    best_first
        .into_iter()
        .find_map(|(_, _, gi)| cache.place_at(si, gi).cloned())
}

/// Words after a trigger where "in" and a place the gazetteer does not know may stand:
/// "met for about two hours in Desaguadero".
const UNKNOWN_PLACE_REACH: usize = 6;

/// The article's first meetings, read for the occasion "the summit" refers to (its news
/// comes first; a bound keeps a report of thousands of meetings linear).
pub(super) const NEWS_MEETINGS: usize = 50;

/// Sentences on each side read for the occasion "the summit" names.
const OCCASION_SENTENCES: usize = 40;

/// Tokens after a trigger read at most for [`UNKNOWN_PLACE_REACH`] words outside names.
const UNKNOWN_PLACE_SCAN: usize = 40;

/// "met for about two hours in Desaguadero": with no place the gazetteer knows, one or
/// two capitalised words after "in", a few words after the trigger, that name no person,
/// month, day, language or organisation, and end the phrase (a comma, full stop, or a
/// lower-case word follows).
pub(super) fn unknown_place_after(a: &Analysis, t: &Trigger, end: usize) -> Option<Place> {
    let first = a.toks.partition_point(|k| k.start < t.end);
    // The words of the people met ("met Minister Tomas Berg") do not count.
    let in_ref = |k: &crate::extract::text::Token<'_>| {
        a.refs.iter().any(|r| k.start >= r.start && k.end <= r.end)
    };
    let at = (first..a.toks.len().min(first + UNKNOWN_PLACE_SCAN))
        .filter(|&i| !in_ref(&a.toks[i]))
        .take(UNKNOWN_PLACE_REACH)
        .take_while(|&i| a.toks[i].word && a.toks[i].end <= end)
        .find(|&i| a.toks[i].text == "in")?;
    let words: Vec<usize> = (at + 1..a.toks.len())
        .take_while(|&i| a.toks[i].is_cap() && !a.toks[i].is_all_caps())
        .take(2)
        .collect();
    let (&w0, &wn) = (words.first()?, words.last()?);
    let next = a.toks.get(wn + 1);
    let ends = next.is_none_or(|k| !k.word || !k.is_cap()) && !a.toks[wn].is_possessive();
    let (start, stop) = (a.toks[w0].start, a.toks[wn].end);
    let known = a.gaz.iter().any(|g| g.start < stop && g.end > start)
        || a.refs.iter().any(|r| {
            // Capitalised words may be anyone's name; right after "in" they are a place
            // ("in Villa Hayes" with "Hayes" read as a surname).
            r.start < stop && r.end > start && r.t0 <= at
        });
    let lower = a.toks[w0].lower();
    let not_place = crate::lexicon::calendar::month_number(&lower).is_some()
        || crate::lexicon::calendar::weekday_named(&lower).is_some()
        || NOT_PLACES_AFTER_IN.has(&lower);
    (ends && !known && !not_place && a.toks[w0].text.chars().count() > 2).then(|| Place {
        name: a.text[start..stop].to_string(),
        country: None,
    })
}

/// How far a mention over `start..end` is from trigger `t`; before the trigger it counts
/// [`BEFORE_TRIGGER_WEIGHT`] times.
fn distance(start: usize, end: usize, t: &Trigger) -> usize {
    if start >= t.end {
        start - t.end
    } else {
        t.start.saturating_sub(end) * BEFORE_TRIGGER_WEIGHT
    }
}

/// Gazetteer hit `gi` as a meeting's place, when a preposition of place stands before it
/// ("in Lima", "at the White House", "outside of Oslo") and it is neither part of a title
/// ("Russia's defence minister") nor the country after a place ("Quito, Ecuador", which
/// gives the place its country instead).
pub(super) fn place_at(a: &Analysis, gi: usize) -> Option<Place> {
    let g = &a.gaz[gi];
    crate::extract::work::read(a.refs.len() + 1);
    let posted = |r: &crate::extract::people::PersonRef| {
        r.post.is_some_and(|(s, e)| g.start >= s && g.end <= e)
    };
    if a.refs
        .iter()
        .any(|r| g.start >= r.start && g.end <= r.end && !posted(r))
    {
        return None;
    }
    let only_commas = |from: usize, to: usize| {
        a.text[from..to]
            .trim_matches(|c: char| c == ',' || c.is_whitespace())
            .is_empty()
    };
    let after_place = gi > 0 && {
        let p = &a.gaz[gi - 1];
        matches!(p.kind, GazKind::City | GazKind::Venue | GazKind::Region)
            && only_commas(p.end, g.start)
    };
    let prev = words_before(a.text, g.start, 3);
    let prep = match prev.first().map(String::as_str) {
        Some("the") => prev.get(1).map(String::as_str),
        Some("of") if prev.get(1).is_some_and(|w| w == "outside") => Some("outside"),
        p => p,
    };
    // "held at Israel's initiative", "at Japan's request": a possessive names whose,
    // not where.
    let possessive = a.text[g.end..].starts_with(['\'', '’']);
    // "talks with the ambassador to Estonia": where the envoy serves.
    let envoy_post = prep == Some("to") && {
        let at = if prev.first().is_some_and(|w| w == "the") {
            2
        } else {
            1
        };
        prev.get(at).is_some_and(|w| ENVOY_NOUNS.has(w))
    };
    // Not "from": "travelled from X" is the origin, not the place.
    if after_place || possessive || envoy_post || !prep.is_some_and(|p| PLACE_PREPOSITIONS.has(p)) {
        return None;
    }
    let mut place = Place {
        name: g.name.clone(),
        country: g.country.clone(),
    };
    // "Quito, Ecuador" / "Palo Alto, Calif.": the next hit may give the country.
    if let Some(n) = a.gaz.get(gi + 1)
        && place.country.is_none()
        && only_commas(g.end, n.start)
    {
        place.country = n.country.clone();
    }
    Some(place)
}

/// Words at most between ", where" and the meeting's word for the place before it to be
/// the meeting's ("where he met", "where the two leaders met").
const RELATIVE_WHERE_REACH: usize = 3;

/// "on his way home from Ottawa, where he met X": the place right before a ", where" that
/// opens the meeting's clause is the meeting's, whatever preposition stands before it.
pub(super) fn place_before_where(a: &Analysis, t: &Trigger) -> Option<Place> {
    let head = &a.text[..t.start];
    let at = head.rfind(", where ")?;
    if head[at + ", where ".len()..].split_whitespace().count() > RELATIVE_WHERE_REACH {
        return None;
    }
    let g = a.gaz.iter().rev().find(|g| g.end <= at)?;
    let touching = a.text[g.end..at].trim().is_empty();
    let place = matches!(
        g.kind,
        GazKind::City | GazKind::Venue | GazKind::Region | GazKind::Country
    );
    (touching && place).then(|| Place {
        name: g.name.clone(),
        country: g.country.clone(),
    })
}

/// True when a sentence of the article says someone "met in" a city or country other than
/// the dateline's ("LIMA - ... The heads of the two central banks have met in Mexico
/// City"): the dateline is where the story was filed, not where its meeting was. Talks
/// still to come elsewhere ("talks are due to begin in Moscow") leave it.
pub(super) fn met_elsewhere(analyses: &[Analysis], dateline: &Place) -> bool {
    analyses.iter().any(|a| {
        a.gaz.iter().any(|g| {
            let other = match g.kind {
                GazKind::City => g.name != dateline.name,
                GazKind::Country => dateline.country.as_ref() != Some(&g.name),
                _ => false,
            };
            let before = words_before(a.text, g.start, MET_IN_REACH);
            other && before.first().is_some_and(|w| w == "in") && before.iter().any(|w| w == "met")
        })
    })
}

/// Words before a place where "met" may stand for "met in" it ("met on Monday in").
const MET_IN_REACH: usize = 4;

/// The dateline place ("LIMA |", "NAIROBI, March 5 —", "OSLO, Norway –").
pub(super) fn dateline_place(article: &Article) -> Option<Place> {
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*([A-Z][A-Za-z.'\- ]{1,30}?)\s*(?:,[^—–|\n]{1,30})?\s*[—–|-]\s")
            .expect("static regex")
    });
    // A wire story's dateline kept apart from its text ("MOSCOW, March 31 -"), then the
    // first paragraphs.
    let header = article.meta.get("dateline").map(|d| format!("{d} "));
    for p in header.iter().chain(article.paragraphs.iter().take(4)) {
        let Some(c) = DATELINE.captures(p) else {
            continue;
        };
        let raw = c.get(1)?.as_str().trim();
        let name: String = raw
            .split_whitespace()
            .map(|w| {
                let mut cs = w.chars();
                match cs.next() {
                    Some(f) => f
                        .to_uppercase()
                        .chain(cs.flat_map(char::to_lowercase))
                        .collect(),
                    None => String::new(),
                }
            })
            .collect::<Vec<String>>()
            .join(" ");
        let g = gazetteer();
        if let Some(city) = g.city(&name).or_else(|| g.city(raw)) {
            return Some(Place {
                name: city.name.clone(),
                country: Some(city.country.clone()),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_meeting_said_to_be_held_elsewhere_unplaces_the_dateline() {
        let lima = Place {
            name: "Lima".into(),
            country: Some("Peru".into()),
        };
        let elsewhere = |text: &str| met_elsewhere(&[Analysis::new(text)], &lima);
        assert!(elsewhere(
            "The two bank heads have met in Santiago to coordinate policy."
        ));
        assert!(elsewhere(
            "The ministers met on Monday in Chile, officials said."
        ));
        // Must not: the dateline's own city, or talks to come elsewhere.
        assert!(!elsewhere("The ministers met in Lima on Monday."));
        assert!(!elsewhere(
            "Talks are due to begin in Santiago on Wednesday."
        ));
    }
}
