//! The phrases every template shares: names, dates, places, occasions, the one-sentence
//! telling of a meeting, conflicting reports, and the keyword matching that ranks claims.

use crate::lexicon::lists::VENUE_HEADS;
use crate::model::{
    Channel, Claim, ConflictField, FactStore, FuzzyDate, MeetingFact, Place, Precision, Status,
};

use super::super::conversation::Resolved;
use super::super::question::{Kind, Order, Question};
use super::super::text::{self, fold};
use super::Draft;

/// Shortest stemmed keyword that also matches words it begins ("cooper" finds
/// "cooperation"); shorter ones must match whole.
pub(super) const MIN_PREFIX_STEM: usize = 4;

/// "A", "A and B", "A, B and C".
pub(crate) fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        n => format!("{} and {}", names[..n - 1].join(", "), names[n - 1]),
    }
}

/// Display names of person keys.
pub(crate) fn names(facts: &FactStore, keys: &[String]) -> Vec<String> {
    keys.iter().map(|k| facts.name(k).to_string()).collect()
}

/// "on Wednesday, 20 November 2024", "in April 2023", "on a Friday (exact date not stated)".
pub(crate) fn date_phrase(d: &FuzzyDate) -> String {
    match d.precision() {
        Precision::Day | Precision::Weekday => format!("on {}", d.human()),
        Precision::Month | Precision::Year => format!("in {}", d.human()),
    }
}

/// "in Vientiane, Laos"; "at the White House, United States" for a venue.
pub(crate) fn at_place(p: &Place) -> String {
    let words = text::norm_words(&p.name);
    let venue = words.last().is_some_and(|w| VENUE_HEADS.has(w));
    if !venue {
        return format!("in {p}");
    }
    let the = if words.first().is_some_and(|w| w == "the") {
        ""
    } else {
        "the "
    };
    format!("at {the}{p}")
}

/// "in Vientiane, Laos", "at the White House, United States".
pub(super) fn place_phrase(f: &MeetingFact) -> Option<String> {
    f.place.as_ref().map(at_place)
}

/// "at the 11th ADMM-Plus", "on the sidelines of the G20".
pub(super) fn occasion_phrase(f: &MeetingFact) -> Option<String> {
    let o = f.occasion.as_deref()?.trim();
    if o.is_empty() {
        return None;
    }
    let lower = fold(o);
    let article =
        if lower.starts_with("the ") || lower.starts_with("a ") || lower.starts_with("an ") {
            ""
        } else {
            "the "
        };
    let prep = if lower.contains("sideline") {
        "on "
    } else {
        "at "
    };
    Some(format!("{prep}{article}{o}"))
}

/// "at the White House on 3 May 2023": where and when a meeting was, or "discussed above".
pub(crate) fn describe_meeting(a: &MeetingFact) -> String {
    let mut s = String::new();
    if let Some(p) = &a.place {
        s.push_str(&at_place(p));
    }
    if let Some(dt) = a.date {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&date_phrase(&dt));
    }
    if s.is_empty() {
        "discussed above".into()
    } else {
        s
    }
}

/// Who took part, with the asked-about people first.
pub(super) fn subject(facts: &FactStore, f: &MeetingFact, r: &Resolved) -> String {
    let mut keys: Vec<String> = r
        .people
        .iter()
        .filter(|p| f.participants.contains(p) || told_together(facts, f, p))
        .cloned()
        .collect();
    for p in &f.participants {
        if !keys.contains(p) {
            keys.push(p.clone());
        }
    }
    join_names(&names(facts, &keys))
}

/// "A met B and C": the sentence that tells `f` (A and B) also tells a meeting of A
/// with `p` (C), so `p` was at it too.
fn told_together(facts: &FactStore, f: &MeetingFact, p: &str) -> bool {
    facts.facts.iter().any(|g| {
        g.id != f.id
            && g.participants.iter().any(|k| k == p)
            && g.participants.iter().any(|k| f.participants.contains(k))
            && crate::answer::select::told_by_one_sentence(f, g)
    })
}

/// What the people did, as the fact's status and channel allow ("met", "spoke by phone",
/// "were expected to meet").
pub(super) fn verb(f: &MeetingFact) -> &'static str {
    match (f.status, f.channel) {
        (Status::Held, Channel::InPerson) => "met",
        (Status::Held, Channel::Phone) => "spoke by phone",
        (Status::Held, Channel::Video) => "spoke by video link",
        (Status::Held, Channel::Written) => "exchanged letters",
        (Status::Planned, Channel::InPerson) => "were expected to meet",
        (Status::Planned, _) => "were expected to speak",
        (Status::Proposed, _) => "were to meet",
        (Status::Postponed | Status::Cancelled, _) => "were due to meet",
        (Status::Uncertain, _) => "may have met",
    }
}

/// What became of a meeting that was not held, said after it ("but the meeting was
/// postponed"); `None` for a held or a planned one.
fn fate(f: &MeetingFact) -> Option<&'static str> {
    match f.status {
        Status::Held | Status::Planned => None,
        Status::Proposed => Some("but it was only proposed"),
        Status::Postponed => Some("but the meeting was postponed"),
        Status::Cancelled => Some("but the meeting was called off"),
        Status::Uncertain => Some("but the articles don't confirm it took place"),
    }
}

/// "Rajnath Singh and Dong Jun last met on Wednesday, 20 November 2024 in Vientiane, Laos,
/// at the 11th ADMM-Plus." plus what is missing.
pub(super) fn when_sentence(
    facts: &FactStore,
    f: &MeetingFact,
    q: &Question,
    r: &Resolved,
    lead_date: bool,
) -> String {
    let order = match q.order {
        Order::Last if f.status == Status::Held => "last ",
        Order::First => "first ",
        _ => "",
    };
    let mut parts: Vec<String> = Vec::new();
    let date = f
        .date
        .filter(|d| d.year.is_some() || d.month.is_some() || d.weekday.is_some());
    if lead_date && let Some(d) = date {
        parts.push(date_phrase(&d));
    }
    if let Some(p) = place_phrase(f) {
        parts.push(p);
    }
    if !lead_date && let Some(d) = date {
        parts.push(date_phrase(&d));
    }
    if let Some(o) = occasion_phrase(f) {
        parts.push(o);
    }
    let mut s = format!("{} {order}{}", subject(facts, f, r), verb(f));
    if !parts.is_empty() {
        s.push(' ');
        s.push_str(&parts.join(", "));
    }
    if let Some(fate) = fate(f) {
        s.push_str(&format!(", {fate}"));
    }
    match date {
        None => s.push_str("; the articles don't say when."),
        Some(d) if d.year.is_none() => s.push_str("; the articles don't say which year."),
        Some(_) => s.push('.'),
    }
    if f.place.is_none() && !lead_date {
        s.push_str(" The articles don't say where.");
    }
    s
}

/// A meeting that was not held, for a question that asked whether or when they met: "No.
/// A and B were due to meet in X, but the meeting was postponed." or, for a planned one,
/// "The articles don't confirm that A and B met: ...". For a question about a meeting to
/// come ("Where are they expected to meet?") the meeting as planned.
pub(super) fn not_held(facts: &FactStore, f: &MeetingFact, q: &Question, r: &Resolved) -> String {
    if q.planned {
        return when_sentence(facts, f, q, r, false);
    }
    match (f.status, q.kind()) {
        // "Has X met Y in Ankara?" of a visit the report previews: not by its date.
        (Status::Planned, Kind::YesNo) => {
            format!(
                "Not yet, as far as the articles go. {}",
                planned(facts, f, r)
            )
        }
        (Status::Planned, _) => planned(facts, f, r),
        // "Has X met Y?" of a meeting only sought or offered: not held when reported.
        (Status::Proposed, Kind::YesNo) => format!(
            "Not yet, as far as the articles go: {}",
            when_sentence(facts, f, q, r, true)
        ),
        (Status::Uncertain, Kind::YesNo) => format!(
            "Not as far as the articles confirm: {}",
            when_sentence(facts, f, q, r, true)
        ),
        // "Was the summit postponed?" of a summit postponed: a yes.
        (status, Kind::YesNo) if q.asked_fate() == Some(status) => {
            format!("Yes. {}", when_sentence(facts, f, q, r, true))
        }
        (_, Kind::YesNo) => format!("No. {}", when_sentence(facts, f, q, r, true)),
        _ => format!(
            "The articles don't report that {} met. {}",
            subject(facts, f, r),
            when_sentence(facts, f, q, r, true)
        ),
    }
}

/// "The articles don't confirm that A and B met: they only report a meeting as planned".
fn planned(facts: &FactStore, f: &MeetingFact, r: &Resolved) -> String {
    let mut s = format!(
        "The articles don't confirm that {} met: they only report a meeting as planned or expected",
        subject(facts, f, r)
    );
    if let Some(p) = place_phrase(f) {
        s.push(' ');
        s.push_str(&p);
    }
    if let Some(dt) = f.date {
        s.push(' ');
        s.push_str(&date_phrase(&dt));
    }
    s.push('.');
    s
}

/// "Reports differ on the date: A says ...; B says ..." for each conflict on `field`.
pub(super) fn conflicts(f: &MeetingFact, field: ConflictField, d: &mut Draft) {
    for c in f.conflicts.iter().filter(|c| c.field == field) {
        if c.claims.len() < 2 {
            continue;
        }
        let parts: Vec<String> = c
            .claims
            .iter()
            .map(|cl| format!("{} says {}", cl.evidence.title, cl.text))
            .collect();
        d.body.push_str(&format!(
            " Reports differ on the {field}: {}.",
            parts.join("; ")
        ));
        for cl in &c.claims {
            d.cite(&cl.evidence);
        }
    }
}

/// Words of `s` (stemmed) that match the question keywords: by stem, by one's stem
/// opening the other's, or by family ([`text::family`]: "loans" for "lending").
pub(crate) fn keyword_hits(s: &str, keywords: &[String]) -> usize {
    let norm = text::norm_words(s);
    let ws: Vec<String> = (norm.iter().enumerate())
        .filter(|(i, _)| !reporter_asks(&norm, *i))
        .map(|(_, w)| text::stem(w))
        .collect();
    let families: Vec<usize> = ws.iter().filter_map(|w| text::family(w)).collect();
    keywords
        .iter()
        .filter(|k| {
            let k = text::stem(k);
            text::family(&k).is_some_and(|f| families.contains(&f))
                || ws.iter().any(|w| {
                    *w == k
                        || (k.len() >= MIN_PREFIX_STEM && w.starts_with(&k))
                        || (w.len() >= MIN_PREFIX_STEM && k.starts_with(w.as_str()))
                })
        })
        .count()
}

/// Words after "asked" that make it the reporter's question, not a request: "Asked about
/// the delay, he said ...", "asked whether the talks would go on".
const REPORTER_QUESTION_NEXT: [&str; 7] = ["about", "whether", "if", "how", "why", "what", "when"];

/// True when word `i` of `words` is a reporter's "asked" ([`REPORTER_QUESTION_NEXT`]).
fn reporter_asks(words: &[String], i: usize) -> bool {
    matches!(words[i].as_str(), "asked" | "asking")
        && (words.get(i + 1)).is_some_and(|n| REPORTER_QUESTION_NEXT.contains(&n.as_str()))
}

/// The claims best matching the keywords (all of them, in order, when none match).
pub(super) fn ranked<'a>(claims: &'a [Claim], keywords: &[String]) -> Vec<&'a Claim> {
    let mut v: Vec<(usize, usize, &Claim)> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| (keyword_hits(&c.text, keywords), i, c))
        .collect();
    v.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    v.into_iter().map(|x| x.2).collect()
}

/// A quotation in typographic quotes, its own quotes removed.
pub(super) fn quote_text(s: &str) -> String {
    let s = s.trim().trim_matches(|c| matches!(c, '"' | '“' | '”'));
    format!("“{s}”")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kw(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn a_keyword_is_found_by_another_word_of_its_family() {
        // Must handle: the reporter's word for what the question calls otherwise.
        let s = "He made no firm commitment on new loans, officials said.";
        assert_eq!(keyword_hits(s, &kw(&["promised", "lending"])), 2);
        let s = "The union requested a delay in the tariff talks.";
        assert_eq!(keyword_hits(s, &kw(&["asked", "duties"])), 2);
        // Must not: the reporter's question; a word of no family shared, however near.
        let s = "Asked about the delay, he said the exchange had no room.";
        assert_eq!(keyword_hits(s, &kw(&["ask"])), 0);
        let s = "The bank extended credit to the exporters.";
        assert_eq!(keyword_hits(s, &kw(&["lending"])), 0);
    }

    #[test]
    fn a_verb_is_found_in_its_irregular_past() {
        // Must handle: "seek" told as "sought", "bring" as "brought".
        let s = "Lind sought a delay and brought new figures.";
        assert_eq!(keyword_hits(s, &kw(&["seek", "bring"])), 2);
        // Must not: another verb of asking, which no family joins.
        assert_eq!(keyword_hits("Lind pressed for a delay.", &kw(&["seek"])), 0);
    }

    #[test]
    fn a_decision_approved_is_told_as_ratified() {
        // Must handle: the noun of the verb asked, and the formal word for approving.
        let s = "The board's decision must be ratified by the finance minister.";
        assert_eq!(keyword_hits(s, &kw(&["approve", "decide"])), 2);
        let s = "Parliament gave its approval once the council had decided.";
        assert_eq!(keyword_hits(s, &kw(&["ratify", "decision"])), 2);
        // Must not: a word that only looks like one ("decimal", "proven").
        let s = "Figures to one decimal place were proven wrong.";
        assert_eq!(keyword_hits(s, &kw(&["decide", "approve"])), 0);
    }
}
