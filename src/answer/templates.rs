//! Templates: one plain-English answer per question kind, built only from what the facts
//! hold. Dates are written with [`FuzzyDate::human`] and never made more precise than the
//! articles; a missing detail is said ("the article doesn't give the date"), never guessed.
//! Every draft carries the sources it used.

use crate::model::{
    Claim, ConflictField, Evidence, FactStore, FuzzyDate, MeetingFact, Precision, Source, Status,
};

use super::context::Resolved;
use super::parse::{Kind, Order, Question};
use super::select::Selection;
use super::text::{self, fold};

/// An answer body with its sources, before the conversation is updated.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub body: String,
    pub sources: Vec<Source>,
}

impl Draft {
    fn new() -> Draft {
        Draft {
            body: String::new(),
            sources: Vec::new(),
        }
    }

    /// Cites one piece of evidence (once).
    pub fn cite(&mut self, e: &Evidence) {
        let s = Source::from(e);
        if !self.sources.contains(&s) {
            self.sources.push(s);
        }
    }

    fn cite_fact(&mut self, f: &MeetingFact) {
        if let Some(e) = f.evidence.first() {
            self.cite(e);
        }
    }
}

/// "A", "A and B", "A, B and C".
pub fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        n => format!("{} and {}", names[..n - 1].join(", "), names[n - 1]),
    }
}

/// Display names of person keys.
pub fn names(facts: &FactStore, keys: &[String]) -> Vec<String> {
    keys.iter().map(|k| facts.name(k).to_string()).collect()
}

/// "on Wednesday, 20 November 2024", "in April 2023", "on a Friday (exact date not stated)".
pub fn date_phrase(d: &FuzzyDate) -> String {
    match d.precision() {
        Precision::Day | Precision::Weekday => format!("on {}", d.human()),
        Precision::Month | Precision::Year => format!("in {}", d.human()),
    }
}

/// "in Vientiane, Laos"; "at the White House, United States" for a venue.
pub fn at_place(p: &crate::model::Place) -> String {
    const VENUES: &[&str] = &[
        "house",
        "office",
        "palace",
        "hall",
        "estate",
        "guesthouse",
        "hotel",
        "centre",
        "center",
        "residence",
        "building",
        "ministry",
        "headquarters",
        "embassy",
        "castle",
    ];
    let words = text::norm_words(&p.name);
    let venue = words.last().is_some_and(|w| VENUES.contains(&w.as_str()));
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
fn place_phrase(f: &MeetingFact) -> Option<String> {
    f.place.as_ref().map(at_place)
}

fn occasion_phrase(f: &MeetingFact) -> Option<String> {
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

/// Who took part, with the asked-about people first.
fn subject(facts: &FactStore, f: &MeetingFact, r: &Resolved) -> String {
    let mut keys: Vec<String> = r
        .people
        .iter()
        .filter(|p| f.participants.contains(p))
        .cloned()
        .collect();
    for p in &f.participants {
        if !keys.contains(p) {
            keys.push(p.clone());
        }
    }
    join_names(&names(facts, &keys))
}

fn verb(f: &MeetingFact) -> &'static str {
    match f.status {
        Status::Held => "met",
        Status::Planned => "were expected to meet",
    }
}

/// "Rajnath Singh and Dong Jun last met on Wednesday, 20 November 2024 in Vientiane, Laos,
/// at the 11th ADMM-Plus." plus what is missing.
fn when_sentence(
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
    match date {
        None => s.push_str("; the articles don't give the date."),
        Some(d) if d.year.is_none() => s.push_str("; the articles don't give the year."),
        Some(_) => s.push('.'),
    }
    if f.place.is_none() && !lead_date {
        s.push_str(" The articles don't say where.");
    }
    s
}

fn conflicts(f: &MeetingFact, field: ConflictField, d: &mut Draft) {
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

/// Words of `s` (stemmed) that match the question keywords.
pub fn keyword_hits(s: &str, keywords: &[String]) -> usize {
    let ws: Vec<String> = text::norm_words(s).iter().map(|w| text::stem(w)).collect();
    keywords
        .iter()
        .filter(|k| {
            let k = text::stem(k);
            ws.iter().any(|w| {
                *w == k
                    || (k.len() >= 4 && w.starts_with(&k))
                    || (w.len() >= 4 && k.starts_with(w.as_str()))
            })
        })
        .count()
}

/// The claims of `f` best matching the keywords (all of them, in order, when none match).
fn ranked<'a>(claims: &'a [Claim], keywords: &[String]) -> Vec<&'a Claim> {
    let mut v: Vec<(usize, usize, &Claim)> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| (keyword_hits(&c.text, keywords), i, c))
        .collect();
    v.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    v.into_iter().map(|x| x.2).collect()
}

fn quote_text(s: &str) -> String {
    let s = s.trim().trim_matches(|c| matches!(c, '"' | '“' | '”'));
    format!("“{s}”")
}

/// Renders the answer to a meeting question, or `None` when the facts can't answer it (the
/// caller then quotes the best passages).
pub fn render(facts: &FactStore, q: &Question, r: &Resolved, sel: &Selection) -> Option<Draft> {
    let f = *sel.facts.first()?;
    let mut d = Draft::new();
    match q.kind() {
        Kind::When => {
            if sel.planned_only {
                d.body = planned(facts, f, r);
            } else {
                d.body = when_sentence(facts, f, q, r, true);
                if let Some(a) = sel.anchor {
                    d.body
                        .push_str(&format!(" That was before the meeting {}.", anchor_desc(a)));
                }
            }
            d.cite_fact(f);
            conflicts(f, ConflictField::Date, &mut d);
            for other in sel.facts.iter().skip(1) {
                d.body.push_str(&format!(
                    " Another report of the same day: {}",
                    when_sentence(facts, other, q, r, true)
                ));
                d.cite_fact(other);
            }
        }
        Kind::Where => {
            d.body = match (&f.place, occasion_phrase(f)) {
                (Some(p), occ) => {
                    let mut s = format!("{} {} {}", subject(facts, f, r), verb(f), at_place(p));
                    if let Some(o) = occ {
                        s.push_str(&format!(", {o}"));
                    }
                    match f.date {
                        Some(dt) => s.push_str(&format!(", {}.", date_phrase(&dt))),
                        None => s.push('.'),
                    }
                    s
                }
                (None, Some(o)) => format!(
                    "{} {} {o}; the articles don't name the place.",
                    subject(facts, f, r),
                    verb(f)
                ),
                (None, None) => format!(
                    "The articles report that {} {}, but don't say where.",
                    subject(facts, f, r),
                    verb(f)
                ),
            };
            if sel.planned_only {
                d.body
                    .push_str(" The articles only report it as planned, not that it happened.");
            }
            d.cite_fact(f);
            conflicts(f, ConflictField::Place, &mut d);
        }
        Kind::Who => who(facts, q, r, sel, &mut d),
        Kind::HowMany => {
            let n = sel.facts.len();
            let who = join_names(&names(facts, &r.people));
            d.body = format!(
                "The articles record {n} meeting{} {}:",
                if n == 1 { "" } else { "s" },
                if who.is_empty() {
                    String::new()
                } else {
                    format!("of {who}")
                }
            );
            for f in &sel.facts {
                d.body
                    .push_str(&format!("\n- {}", when_sentence(facts, f, q, r, true)));
                d.cite_fact(f);
            }
        }
        Kind::Agreed => {
            if f.outcomes.is_empty() {
                return None;
            }
            let mut at = String::from("at their meeting");
            if let Some(p) = &f.place {
                at.push_str(&format!(" {}", at_place(p)));
            }
            if let Some(dt) = f.date {
                at.push_str(&format!(" {}", date_phrase(&dt)));
            }
            d.body = format!(
                "What {} agreed or discussed {at}, according to the articles:",
                subject(facts, f, r)
            );
            for c in ranked(&f.outcomes, &q.keywords).into_iter().take(4) {
                d.body.push_str(&format!("\n- {}", c.text.trim()));
                d.cite(&c.evidence);
            }
        }
        Kind::Said => {
            let speaker = q.speaker.clone().or_else(|| r.people.first().cloned());
            let addressee = r
                .people
                .iter()
                .find(|p| Some(*p) != speaker.as_ref())
                .cloned();
            let mut quotes: Vec<&crate::model::Quote> = f
                .quotes
                .iter()
                .filter(|qt| speaker.is_none() || qt.speaker == speaker)
                .collect();
            quotes.sort_by_key(|qt| {
                (
                    std::cmp::Reverse(keyword_hits(&qt.text, &q.keywords)),
                    qt.addressee.is_none() || qt.addressee != addressee,
                )
            });
            let best = *quotes.first()?;
            if !q.keywords.is_empty() && keyword_hits(&best.text, &q.keywords) == 0 {
                return None;
            }
            let who = best
                .speaker
                .as_deref()
                .map(|k| facts.name(k).to_string())
                .unwrap_or_else(|| "One participant".into());
            d.body = match &best.addressee {
                Some(a) => format!("{who} told {}: {}", facts.name(a), quote_text(&best.text)),
                None => format!("{who} said: {}", quote_text(&best.text)),
            };
            d.cite(&best.evidence);
            for qt in quotes.iter().skip(1).take(1) {
                d.body
                    .push_str(&format!("\nAlso: {}", quote_text(&qt.text)));
                d.cite(&qt.evidence);
            }
        }
        Kind::Described => {
            let speaker = q.speaker.clone().or_else(|| r.people.first().cloned());
            let mut lines: Vec<String> = Vec::new();
            for c in ranked(&f.notes, &q.keywords).into_iter().take(2) {
                lines.push(c.text.trim().to_string());
                d.cite(&c.evidence);
            }
            if lines.is_empty() {
                for qt in f
                    .quotes
                    .iter()
                    .filter(|qt| speaker.is_none() || qt.speaker == speaker)
                    .take(1)
                {
                    lines.push(quote_text(&qt.text));
                    d.cite(&qt.evidence);
                }
            }
            if lines.is_empty() {
                return None;
            }
            d.body = match &f.place {
                Some(p) => format!("How the meeting in {} was described:", p.name),
                None => "How the meeting was described:".to_string(),
            };
            for l in lines {
                d.body.push_str(&format!("\n- {l}"));
            }
        }
        Kind::Why if r.people.len() != 1 => {
            // The occasion of a meeting: say the meeting with its occasion.
            occasion_phrase(f)?;
            d.body = when_sentence(facts, f, q, r, true);
            d.cite_fact(f);
        }
        Kind::Why => {
            let o = occasion_phrase(f)?;
            let who = join_names(&names(facts, &r.people[..r.people.len().min(1)]));
            let place = f
                .place
                .as_ref()
                .map(|p| format!(" {}", at_place(p)))
                .unwrap_or_default();
            let others: Vec<String> = f
                .participants
                .iter()
                .filter(|p| !r.people[..r.people.len().min(1)].contains(p))
                .cloned()
                .collect();
            d.body = format!(
                "{who} was{place} {}{}.",
                o.replacen("at ", "to attend ", 1),
                if others.is_empty() {
                    String::new()
                } else {
                    format!(", and met {} there", join_names(&names(facts, &others)))
                }
            );
            d.cite_fact(f);
        }
        Kind::YesNo => yes_no(facts, q, r, sel, f, &mut d),
        Kind::WhoIs | Kind::Other => return None,
    }
    Some(d)
}

fn anchor_desc(a: &MeetingFact) -> String {
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

/// Who took part: one line per meeting, the asked-about people left out.
fn who(facts: &FactStore, q: &Question, r: &Resolved, selection: &Selection, d: &mut Draft) {
    let sel = &selection.facts;
    let describe = |k: &str| -> String {
        let Some(p) = facts.person(k) else {
            return k.to_string();
        };
        let mut extra: Vec<String> = Vec::new();
        if let Some(role) = p.roles.first() {
            extra.push(role.clone());
        }
        if let Some(c) = &p.country {
            extra.push(c.clone());
        }
        if extra.is_empty() {
            p.name.clone()
        } else {
            format!("{} ({})", p.name, extra.join(", "))
        }
    };
    let lines: Vec<String> = sel
        .iter()
        .map(|f| {
            let others: Vec<String> = f
                .participants
                .iter()
                .filter(|p| !r.people.contains(p) && !q.excluded.contains(p))
                .map(|k| describe(k))
                .collect();
            let mut s = join_names(&others);
            if s.is_empty() {
                s = join_names(&names(facts, &f.participants));
            }
            let mut details: Vec<String> = Vec::new();
            if let Some(dt) = f.date {
                details.push(date_phrase(&dt));
            }
            if let Some(p) = place_phrase(f) {
                details.push(p);
            }
            if let Some(o) = occasion_phrase(f) {
                details.push(o);
            }
            if f.status == Status::Planned {
                details.push("planned, not confirmed".into());
            }
            if !details.is_empty() {
                s.push_str(&format!(" — {}", details.join(", ")));
            }
            d.cite_fact(f);
            s
        })
        .collect();
    let who = join_names(&names(facts, &r.people));
    let covered = sel.len() == 1 && sel[0].participants.iter().all(|p| r.people.contains(p));
    if covered {
        let f = sel[0];
        let all: Vec<String> = f.participants.iter().map(|k| describe(k)).collect();
        d.body = format!("The meeting was between {}.", join_names(&all));
        if let Some(l) = lines.first()
            && let Some((_, details)) = l.split_once(" — ")
        {
            d.body = format!("The meeting {details} was between {}.", join_names(&all));
        }
    } else if lines.len() == 1 && !who.is_empty() {
        d.body = format!("{who} met {}.", lines[0]);
    } else if lines.len() == 1 {
        d.body = format!("The meeting was between {}.", lines[0]);
    } else {
        d.body = if who.is_empty() {
            "The articles record these meetings:".to_string()
        } else {
            format!("{who} met, according to the articles:")
        };
        for l in lines {
            d.body.push_str(&format!("\n- {l}"));
        }
        if selection.more > 0 {
            d.body.push_str(&format!(
                "\n(and {} earlier or undated meeting{})",
                selection.more,
                if selection.more == 1 { "" } else { "s" }
            ));
        }
    }
}

/// A negation just before an asked-about word turns a yes into a no ("no handshake
/// happened", "did not shake hands", "instead of a handshake").
fn negated(sentence: &str, keywords: &[String]) -> bool {
    let w = text::norm_words(sentence);
    let stems: Vec<String> = keywords.iter().map(|k| text::stem(k)).collect();
    w.iter().enumerate().any(|(i, x)| {
        let sx = text::stem(x);
        let asked = stems
            .iter()
            .any(|k| sx == *k || (k.len() >= 4 && sx.starts_with(k.as_str())));
        asked
            && w[i.saturating_sub(3)..i].iter().any(|n| {
                matches!(
                    n.as_str(),
                    "no" | "not"
                        | "never"
                        | "without"
                        | "instead"
                        | "didn"
                        | "t"
                        | "nor"
                        | "neither"
                        | "refused"
                        | "declined"
                        | "avoided"
                )
            })
    })
}

fn yes_no(
    facts: &FactStore,
    q: &Question,
    r: &Resolved,
    sel: &Selection,
    f: &MeetingFact,
    d: &mut Draft,
) {
    if sel.planned_only {
        d.body = planned(facts, f, r);
        if let Some(e) = f.evidence.first() {
            d.body.push_str(&format!("\n> {}", e.sentence.trim()));
            d.cite(e);
        }
        return;
    }
    // Look for the asked-about detail in what the facts carry.
    let mut best: Option<(usize, &Evidence, &str)> = None;
    let texts = f
        .evidence
        .iter()
        .map(|e| (e, e.sentence.as_str()))
        .chain(
            f.notes
                .iter()
                .chain(&f.outcomes)
                .map(|c| (&c.evidence, c.text.as_str())),
        )
        .chain(f.quotes.iter().map(|qt| (&qt.evidence, qt.text.as_str())));
    for (e, t) in texts {
        let h = keyword_hits(t, &q.keywords);
        if h > 0 && best.is_none_or(|b| h > b.0) {
            best = Some((h, e, t));
        }
    }
    match best {
        Some((_, e, t)) => {
            let yes = if negated(t, &q.keywords) {
                "Apparently not"
            } else {
                "Yes"
            };
            d.body = format!("{yes}, according to the articles:\n> {}", t.trim());
            d.cite(e);
        }
        None if q.keywords.is_empty() => {
            d.body = format!("Yes. {}", when_sentence(facts, f, q, r, true));
            d.cite_fact(f);
        }
        None => {
            d.body = format!(
                "The articles report the meeting ({}), but don't say anything about that.",
                when_sentence(facts, f, q, r, true).trim_end_matches('.')
            );
            d.cite_fact(f);
        }
    }
}

/// "Who is X?": roles and country, plus one sentence that mentions them.
pub fn who_is(facts: &FactStore, key: &str) -> Option<Draft> {
    let p = facts.person(key)?;
    let mut d = Draft::new();
    let mut desc = String::new();
    if let Some(role) = p.roles.first() {
        desc.push_str(role);
    }
    // Further roles the first one does not already say.
    let first = p.roles.first().map(|r| fold(r)).unwrap_or_default();
    let more: Vec<&String> = p
        .roles
        .iter()
        .skip(1)
        .filter(|r| !first.contains(&fold(r)))
        .collect();
    if !more.is_empty() {
        desc.push_str(&format!(
            " ({})",
            more.iter()
                .map(|r| r.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    d.body = match (desc.is_empty(), &p.country) {
        (false, Some(c)) => format!(
            "{} is {} of {c}, according to the articles.",
            p.name,
            article_for(&desc)
        ),
        (false, None) => format!(
            "{} is {}, according to the articles.",
            p.name,
            article_for(&desc)
        ),
        (true, Some(c)) => format!(
            "{} represents {c}, according to the articles; they don't give a title.",
            p.name
        ),
        (true, None) => format!(
            "The articles mention {} but don't say who they are.",
            p.name
        ),
    };
    let mut met: Vec<&MeetingFact> = facts
        .facts
        .iter()
        .filter(|f| f.participants.iter().any(|k| k == key))
        .collect();
    met.sort_by_key(|f| std::cmp::Reverse(f.date.map(|d| d.sort_key())));
    if let Some(f) = met.first() {
        d.body.push(' ');
        let r = Resolved {
            people: vec![key.to_string()],
            ..Default::default()
        };
        let q = Question::default();
        d.body.push_str(&when_sentence(facts, f, &q, &r, true));
        d.cite_fact(f);
    }
    Some(d)
}

fn article_for(role: &str) -> String {
    let lower = fold(role);
    if lower.starts_with("the ") {
        role.to_string()
    } else {
        format!("the {role}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{MeetingKind, Person, Place};

    fn ev(sentence: &str) -> Evidence {
        Evidence {
            article: "halden.txt".into(),
            title: "Ministers meet in Port Halden".into(),
            url: Some("https://example.org/halden".into()),
            paragraph: 2,
            sentence: sentence.into(),
        }
    }

    fn store(date: Option<FuzzyDate>) -> FactStore {
        let p = |n: &str, role: &str, c: &str| Person {
            key: n.to_lowercase(),
            name: n.into(),
            roles: vec![role.into()],
            country: Some(c.into()),
            aliases: vec![],
        };
        FactStore {
            people: vec![
                p("Ines Carvalho", "Trade Minister", "Portugal"),
                p("Oskar Lind", "Trade Minister", "Sweden"),
            ],
            facts: vec![MeetingFact {
                id: 0,
                participants: vec!["ines carvalho".into(), "oskar lind".into()],
                kind: MeetingKind::Meeting,
                status: Status::Held,
                date,
                place: Some(Place {
                    name: "Port Halden".into(),
                    country: Some("Norway".into()),
                }),
                occasion: Some("Nordic Trade Forum".into()),
                outcomes: vec![Claim {
                    text: "They agreed to cut tariffs on timber.".into(),
                    evidence: ev("They agreed to cut tariffs on timber."),
                }],
                notes: vec![Claim {
                    text: "Lind called the talks \"warm and useful\".".into(),
                    evidence: ev("x"),
                }],
                quotes: vec![],
                evidence: vec![ev("Ines Carvalho met Oskar Lind in Port Halden.")],
                conflicts: vec![],
                recalled: false,
            }],
        }
    }

    fn run(s: &FactStore, question: &str) -> String {
        let q = super::super::parse::parse(question, s);
        let r = Resolved {
            people: q.people.clone(),
            ..Default::default()
        };
        let sel = super::super::select::select(s, &q, &r);
        render(s, &q, &r, &sel).map(|d| d.body).unwrap_or_default()
    }

    #[test]
    fn when_uses_human_dates() {
        let s = store(Some(FuzzyDate::day(
            jiff::civil::Date::new(2022, 3, 9).unwrap(),
        )));
        let a = run(&s, "When did Ines Carvalho and Oskar Lind last meet?");
        assert_eq!(
            a,
            "Ines Carvalho and Oskar Lind last met on Wednesday, 9 March 2022, in Port Halden, Norway, at the Nordic Trade Forum."
        );
        let s = store(Some(FuzzyDate::month(2021, 5)));
        assert!(run(&s, "When did Carvalho meet Lind?").contains("in May 2021"));
    }

    #[test]
    fn missing_date_is_said_not_guessed() {
        let s = store(None);
        let a = run(&s, "When did Carvalho meet Lind?");
        assert!(a.contains("don't give the date"), "{a}");
        assert!(!a.chars().any(|c| c.is_ascii_digit()), "{a}");
    }

    #[test]
    fn agreed_described_where_who() {
        let s = store(Some(FuzzyDate::year(2020)));
        assert!(run(&s, "What did Carvalho and Lind agree on?").contains("cut tariffs on timber"));
        assert!(run(&s, "How did Lind describe the meeting?").contains("warm and useful"));
        let w = run(&s, "Where did Carvalho and Lind meet?");
        assert!(
            w.contains("Port Halden, Norway") && w.contains("in 2020"),
            "{w}"
        );
        let who = run(&s, "Who did Ines Carvalho meet in Port Halden?");
        assert!(who.contains("Oskar Lind (Trade Minister, Sweden)"), "{who}");
        let d = who_is(&s, "oskar lind").map(|d| d.body).unwrap_or_default();
        assert!(
            d.starts_with("Oskar Lind is the Trade Minister of Sweden"),
            "{d}"
        );
    }

    #[test]
    fn conflicting_sources_are_shown() {
        let mut s = store(Some(FuzzyDate::month(2020, 5)));
        s.facts[0].conflicts = vec![crate::model::Conflict {
            field: ConflictField::Date,
            claims: vec![
                Claim {
                    text: "May 2020".into(),
                    evidence: ev("a"),
                },
                Claim {
                    text: "June 2020".into(),
                    evidence: Evidence {
                        title: "Other paper".into(),
                        ..ev("b")
                    },
                },
            ],
        }];
        let a = run(&s, "When did Carvalho meet Lind?");
        assert!(a.contains("Reports differ on the date"), "{a}");
        assert!(a.contains("Other paper says June 2020"), "{a}");
    }

    #[test]
    fn negation_near_the_asked_word_says_no() {
        assert!(negated(
            "They did not shake hands.",
            &["shake".into(), "hands".into()]
        ));
        assert!(negated("No handshake happened.", &["hands".into()]));
        assert!(!negated(
            "They discussed trade, not security.",
            &["trade".into()]
        ));
    }

    #[test]
    fn yes_no_quotes_the_evidence() {
        let s = store(Some(FuzzyDate::year(2020)));
        let a = run(&s, "Did Carvalho and Lind discuss tariffs?");
        assert!(
            a.starts_with("Yes") && a.contains("tariffs on timber"),
            "{a}"
        );
    }
}
