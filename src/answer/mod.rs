//! Answering: question -> parse -> resolve (conversation context) -> retrieve -> select
//! facts -> template -> render. Reads the precomputed [`FactStore`] and does one or two
//! index look-ups through a [`Retriever`]; when no fact fits it falls back to quoting the
//! best-matching sentences, and when nothing is relevant it says so.

pub mod context;
pub mod fallback;
pub mod parse;
pub mod select;
pub mod templates;
pub mod text;

use std::time::Instant;

use serde::Serialize;

use crate::config::AnswerConfig;
use crate::index::Hit;
use crate::model::{FactStore, MeetingFact, Source};

use context::Resolved;
use parse::{Kind, Question};

/// Paragraph search, as the answerer needs it. Implemented by index generations; tests
/// may implement it over a handful of paragraphs.
pub trait Retriever {
    /// Best-matching paragraphs for the words of `text`, best first.
    fn search(&self, text: &str, limit: usize) -> Vec<Hit>;
    /// Number of indexed articles (for "I couldn't find anything in the N articles").
    fn article_count(&self) -> usize;
}

pub use context::Conversation;

/// How an answer was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerKind {
    /// Templated from meeting facts.
    Fact,
    /// Quoted from the best-matching sentences.
    Quote,
    /// Nothing relevant was found.
    NotFound,
}

/// An answer, ready for a shell to show.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Answer {
    /// The answer without its source list.
    pub body: String,
    /// Cited sources, most relevant first.
    pub sources: Vec<Source>,
    pub kind: AnswerKind,
}

impl Answer {
    /// The full text a user reads: the body, then its sources.
    pub fn text(&self) -> String {
        let mut s = self.body.clone();
        let src = render_sources(&self.sources);
        if !src.is_empty() {
            s.push_str("\n\n");
            s.push_str(&src);
        }
        s
    }
}

/// "Sources: Title (paragraph 3) <url>; ..." — one line per source.
pub fn render_sources(sources: &[Source]) -> String {
    if sources.is_empty() {
        return String::new();
    }
    let mut s = String::from("Sources:");
    for src in sources {
        s.push_str(&format!("\n- {}, paragraph {}", src.title, src.paragraph));
        if let Some(url) = &src.url {
            s.push_str(&format!(" <{url}>"));
        }
    }
    s
}

/// Builds what answering needs from a fact store (the name lexicon) ahead of the first
/// question, so that question is not the one that pays for it. Optional: `answer` builds
/// it on demand.
pub fn prepare(facts: &FactStore) {
    parse::lexicon(facts);
}

/// Answers one question in a conversation.
pub fn answer(
    facts: &FactStore,
    retriever: &dyn Retriever,
    cfg: &AnswerConfig,
    conv: &mut Conversation,
    question: &str,
) -> Answer {
    conv.touch(Instant::now());
    let question = question.trim();
    if !question.chars().any(char::is_alphanumeric) {
        return help(facts, retriever);
    }
    let mut q = parse::parse(question, facts);
    // "And before that?", "and the first time?": the last question again.
    let lower = text::fold(question);
    let what_about = ["what about", "how about", "and "]
        .iter()
        .any(|p| lower.starts_with(p));
    if q.kind() == Kind::Other
        && q.keywords.is_empty()
        && ((q.people.is_empty() && (q.previous || q.order != parse::Order::Any || q.refers_back))
            || (what_about && (!q.people.is_empty() || !q.unknown.is_empty())))
        && let Some(k) = conv.kind.filter(|k| k.is_meeting())
    {
        q.kind = Some(match k {
            Kind::When | Kind::Where | Kind::Who => k,
            _ => Kind::When,
        });
    }
    let r = context::resolve(&q, conv, facts);
    conv.kind = Some(q.kind());
    let mut ans = match q.kind() {
        Kind::WhoIs => q
            .people
            .first()
            .and_then(|k| templates::who_is(facts, k))
            .map(|d| {
                conv.remember(&q.people, None, &q.people);
                fact_answer(d)
            })
            .unwrap_or_else(|| free_text(facts, retriever, cfg, &q, &r, question)),
        Kind::Other => {
            if !r.people.is_empty() {
                conv.remember(&r.people, None, &q.people);
            }
            free_text(facts, retriever, cfg, &q, &r, question)
        }
        _ => meeting(facts, retriever, cfg, conv, &q, &r, question),
    };
    if r.assumed && ans.kind == AnswerKind::Fact {
        let who = templates::join_names(&templates::names(facts, &r.people));
        ans.body = format!("Assuming you mean {who}: {}", ans.body);
    }
    ans.sources.truncate(cfg.max_sources.max(1));
    ans
}

fn fact_answer(d: templates::Draft) -> Answer {
    Answer {
        body: d.body,
        sources: d.sources,
        kind: AnswerKind::Fact,
    }
}

/// Name forms a sentence may use for a person: full name, aliases, surname, given name.
fn name_forms(facts: &FactStore, key: &str) -> Vec<String> {
    let mut forms = vec![key.to_string()];
    if let Some(p) = facts.person(key) {
        forms.push(p.name.clone());
        forms.extend(p.aliases.iter().cloned());
        let w = text::norm_words(&p.name);
        if w.len() >= 2 {
            forms.push(w[w.len() - 1].clone());
            if w[0].chars().count() >= 3 {
                forms.push(w[0].clone());
            }
        }
    }
    forms
}

/// What a quoted sentence must contain for this question.
fn need(facts: &FactStore, q: &Question, r: &Resolved, with_names: bool) -> fallback::Need {
    let mut proper: Vec<String> = q.places.clone();
    proper.extend(q.unknown.iter().map(|u| text::norm_words(u).join(" ")));
    fallback::Need {
        names: if with_names {
            r.people.iter().map(|k| name_forms(facts, k)).collect()
        } else {
            Vec::new()
        },
        all_names: with_names && r.people.len() <= 2,
        proper,
        keywords: q.keywords.clone(),
        ..Default::default()
    }
}

/// A short search query: the question's content words as typed (names, places, topic
/// words), plus a short name for people the question only refers to ("he", "they").
/// Question words and the vocabulary of asking are left out: the index ranks, and floors,
/// paragraphs by how much of the query they cover.
fn compact_query(
    facts: &FactStore,
    q: &Question,
    r: &Resolved,
    question: &str,
    names: bool,
    proper: bool,
) -> String {
    let name_tokens: Vec<String> = r
        .people
        .iter()
        .flat_map(|k| text::norm_words(facts.name(k)))
        .collect();
    let proper_tokens: Vec<String> = q
        .places
        .iter()
        .chain(&q.unknown)
        .flat_map(|p| text::norm_words(p))
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut typed: Vec<String> = Vec::new();
    for w in text::words(question) {
        if text::is_stop(&w.norm) || w.norm.chars().count() < 2 {
            continue;
        }
        if name_tokens.contains(&w.norm) {
            typed.push(w.norm.clone());
            if !names {
                continue;
            }
        }
        if !proper && proper_tokens.contains(&w.norm) {
            continue;
        }
        if !out.contains(&w.norm) {
            out.push(w.norm);
        }
    }
    if names {
        for k in &r.people {
            let full = text::norm_words(facts.name(k));
            if full.iter().any(|t| typed.contains(t)) {
                continue;
            }
            let short = facts
                .person(k)
                .and_then(|p| p.aliases.iter().min_by_key(|a| a.len()).cloned())
                .unwrap_or_else(|| full.last().cloned().unwrap_or_default());
            out.push(short);
        }
    }
    out.join(" ")
}

/// Words that mark the answer to each kind of question in a sentence.
fn kind_words(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Agreed => &[
            "agree",
            "agreement",
            "discuss",
            "talk",
            "theme",
            "agenda",
            "deal",
            "address",
            "focus",
            "cover",
            "raise",
            "issue",
            "sign",
            "pledge",
            "commit",
            "topic",
            "decide",
            "cooperation",
            "reach",
            "resolve",
            "deliberate",
            "exchange",
            "emphasise",
            "emphasize",
            "stress",
        ],
        Kind::Described => &[
            "describe",
            "call",
            "productive",
            "constructive",
            "frank",
            "warm",
            "cordial",
            "positive",
            "useful",
            "candid",
            "significant",
            "tense",
            "frosty",
            "friendly",
        ],
        Kind::Said => &[
            "said", "told", "say", "tell", "wrote", "stated", "remark", "added",
        ],
        Kind::Why => &[
            "attend", "visit", "trip", "summit", "purpose", "occasion", "invite", "travel",
        ],
        _ => &[],
    }
}

/// Quotes the best passage for a question whose meeting `fact` is known but whose detail
/// the facts don't hold: sentences of the meeting's own articles, naming one of the people
/// and using the question's words.
fn quote_about(
    facts: &FactStore,
    retriever: &dyn Retriever,
    cfg: &AnswerConfig,
    q: &Question,
    r: &Resolved,
    question: &str,
    fact: &MeetingFact,
) -> Option<Answer> {
    let mut articles: Vec<String> = fact.evidence.iter().map(|e| e.article.clone()).collect();
    articles.dedup();
    let words = kind_words(q.kind());
    let (keywords, any_of): (Vec<String>, Vec<String>) = if words.is_empty() {
        (q.keywords.clone(), Vec::new())
    } else {
        let mut any: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        any.extend(q.keywords.iter().cloned());
        let rest = q
            .keywords
            .iter()
            .filter(|k| templates::keyword_hits(k, &any[..words.len()]) == 0)
            .cloned()
            .collect();
        (rest, any)
    };
    let speaker: Vec<String> = q.speaker.iter().cloned().collect();
    let people = if q.kind() == Kind::Said && !speaker.is_empty() {
        &speaker
    } else if r.people.is_empty() {
        &fact.participants
    } else {
        &r.people
    };
    let need = fallback::Need {
        names: people.iter().map(|k| name_forms(facts, k)).collect(),
        all_names: false,
        proper: Vec::new(),
        keywords,
        any_of,
        articles,
        boost: q.keywords.clone(),
    };
    let query = compact_query(facts, q, r, question, true, false);
    let mut intro = format!(
        "About the meeting of {}",
        templates::join_names(&templates::names(facts, &fact.participants))
    );
    if let Some(p) = &fact.place {
        intro.push_str(&format!(" {}", templates::at_place(p)));
    }
    if let Some(d) = fact.date {
        intro.push_str(&format!(" {}", templates::date_phrase(&d)));
    }
    intro.push_str(", the relevant passage");
    fallback::quote_with_intro(retriever, cfg, &query, &need, &intro)
}

/// Quotes the best passage: first one naming the people, then any that fits the words.
fn quote_for(
    facts: &FactStore,
    retriever: &dyn Retriever,
    cfg: &AnswerConfig,
    q: &Question,
    r: &Resolved,
    question: &str,
) -> Option<Answer> {
    if !r.people.is_empty() {
        let query = compact_query(facts, q, r, question, true, true);
        if let Some(a) = fallback::quote_relevant(retriever, cfg, &query, &need(facts, q, r, true))
        {
            return Some(a);
        }
    }
    if q.keywords.is_empty() {
        return None;
    }
    let query = compact_query(facts, q, r, question, false, true);
    fallback::quote_relevant(retriever, cfg, &query, &need(facts, q, r, false))
}

/// A question the facts don't model: quote, or say nothing relevant was found.
fn free_text(
    facts: &FactStore,
    retriever: &dyn Retriever,
    cfg: &AnswerConfig,
    q: &Question,
    r: &Resolved,
    question: &str,
) -> Answer {
    if let Some(a) = quote_for(facts, retriever, cfg, q, r, question) {
        return a;
    }
    let mut a = fallback::not_found(retriever.article_count());
    let known = known_people(facts, 5);
    if !known.is_empty() {
        a.body.push_str(&format!(
            " They mostly cover meetings of {}.",
            templates::join_names(&known)
        ));
    }
    a
}

/// The people who take part in the most meetings.
fn known_people(facts: &FactStore, n: usize) -> Vec<String> {
    parse::lexicon(facts)
        .top_people
        .iter()
        .take(n)
        .cloned()
        .collect()
}

fn help(facts: &FactStore, retriever: &dyn Retriever) -> Answer {
    let n = retriever.article_count();
    let mut body = format!(
        "Ask me about meetings reported in the {n} indexed article{}, e.g. \"When did they last meet?\"",
        if n == 1 { "" } else { "s" }
    );
    let known = known_people(facts, 5);
    if !known.is_empty() {
        body.push_str(&format!(" I know about {}.", templates::join_names(&known)));
    }
    Answer {
        body,
        sources: Vec::new(),
        kind: AnswerKind::NotFound,
    }
}

/// A question about meetings: select facts, template, or explain what is missing.
fn meeting(
    facts: &FactStore,
    retriever: &dyn Retriever,
    cfg: &AnswerConfig,
    conv: &mut Conversation,
    q: &Question,
    r: &Resolved,
    question: &str,
) -> Answer {
    let sel = select::select(facts, q, r);
    if q.kind() == Kind::Who
        && r.people.is_empty()
        && q.keywords.iter().any(|k| !parse::is_meet_word(k))
        && let Some(a) = quote_for(facts, retriever, cfg, q, r, question)
    {
        return a;
    }
    if let Some(first) = sel.facts.first().copied() {
        let people = if r.people.is_empty() {
            first.participants.clone()
        } else {
            r.people.clone()
        };
        let subject = if q.people.is_empty() {
            Vec::new()
        } else {
            q.people.clone()
        };
        conv.remember(&people, Some(first), &subject);
        conv.recent = sel.facts.iter().map(|f| f.id).collect();
        if q.kind() == Kind::Who {
            // The listed people become "they" together with the asker's subject (a short
            // list only: "they" after a long list means nobody in particular).
            let mut all = people.clone();
            for f in &sel.facts {
                for p in &f.participants {
                    if !all.contains(p) && !q.excluded.contains(p) {
                        all.push(p.clone());
                    }
                }
            }
            if all.len() <= 6 {
                conv.people = all;
            }
        }
        if let Some(mut d) = templates::render(facts, q, r, &sel) {
            if q.kind() == Kind::Where {
                more_precise_place(facts, retriever, cfg, q, r, first, &mut d);
            }
            return fact_answer(d);
        }
        // The meeting is known but the facts don't hold the detail: quote the articles.
        if let Some(a) = quote_about(facts, retriever, cfg, q, r, question, first) {
            return a;
        }
        let mut d = templates::Draft {
            body: String::new(),
            sources: Vec::new(),
        };
        let summary = templates::render(
            facts,
            &Question {
                kind: Some(Kind::When),
                ..q.clone()
            },
            r,
            &sel,
        );
        d.body = match summary {
            Some(s) => {
                d.sources = s.sources;
                format!("{} The articles don't say more about that.", s.body)
            }
            None => "The articles don't say.".into(),
        };
        return fact_answer(d);
    }
    // No meeting fits. Name the people asked about (known, or unknown names that stand
    // where a person does); with no person at all, quote the best passage instead.
    let mut who: Vec<String> = templates::names(facts, &r.people);
    who.extend(
        q.unknown
            .iter()
            .filter(|u| q.unknown_people.contains(u) || select::looks_like_person(u))
            .cloned(),
    );
    if who.is_empty() && q.counterparts.is_empty() && !sel.nothing_earlier {
        return free_text(facts, retriever, cfg, q, r, question);
    }
    let mut sources = Vec::new();
    let mut body = if let (true, Some(a)) = (sel.nothing_earlier, sel.anchor) {
        let mut s = format!(
            "The articles don't record an earlier meeting of {} before the one {}.",
            templates::join_names(&templates::names(facts, &a.participants)),
            describe_anchor(a)
        );
        if let Some(f) = sel.similar
            && let Some(d) = when_answer(facts, r, f)
        {
            s.push_str(&format!(
                " Before it, with a counterpart of the same kind: {}",
                d.body
            ));
            sources = d.sources;
            conv.remember(&f.participants, Some(f), &[]);
        }
        s
    } else {
        let mut s = String::from("The articles don't record a meeting");
        match who.len() {
            0 => {}
            1 => s.push_str(&format!(" of {}", who[0])),
            _ => s.push_str(&format!(" between {}", templates::join_names(&who))),
        }
        if !q.counterparts.is_empty() {
            s.push_str(" with such a counterpart");
        }
        if !q.places.is_empty() {
            let places: Vec<String> = q.places.iter().map(|p| title_case(p)).collect();
            s.push_str(&format!(" in {}", places.join(", ")));
        }
        if let Some(d) = q.on.or(q.before).or(q.after) {
            let rel = if q.before.is_some() {
                "before"
            } else if q.after.is_some() {
                "after"
            } else {
                "in"
            };
            s.push_str(&format!(" {rel} {}", d.human()));
        }
        s.push('.');
        s
    };
    if !sel.nothing_earlier
        && let Some(o) = sel.others.first()
        && who.len() >= 2
        && let Some(d) = when_answer(facts, r, o)
    {
        body.push_str(&format!(" They do record this one: {}", d.body));
        sources = d.sources;
    }
    if sources.is_empty()
        && !sel.nothing_earlier
        && (!r.people.is_empty() || !q.unknown.is_empty())
        && let Some(a) = fallback::quote_relevant(
            retriever,
            cfg,
            &compact_query(facts, q, r, question, true, true),
            &need(facts, q, r, true),
        )
    {
        body.push_str(&format!(
            " The closest passage{}",
            a.body
                .split_once("The closest passage")
                .map(|x| x.1)
                .unwrap_or_default()
        ));
        sources = a.sources;
    }
    Answer {
        body,
        sources,
        kind: AnswerKind::NotFound,
    }
}

fn describe_anchor(a: &MeetingFact) -> String {
    let mut s = String::new();
    if let Some(p) = &a.place {
        s.push_str(&templates::at_place(p));
    }
    if let Some(d) = a.date {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&templates::date_phrase(&d));
    }
    if s.is_empty() {
        "discussed above".into()
    } else {
        s
    }
}

/// When the question already names the meeting's place, a sentence with a more precise
/// venue ("at the X Guesthouse") is worth adding.
fn more_precise_place(
    facts: &FactStore,
    retriever: &dyn Retriever,
    cfg: &AnswerConfig,
    q: &Question,
    r: &Resolved,
    f: &MeetingFact,
    d: &mut templates::Draft,
) {
    let Some(place) = &f.place else { return };
    let pname = text::norm_words(&place.name).join(" ");
    if !q.places.contains(&pname) {
        return;
    }
    let need = fallback::Need {
        names: r.people.iter().map(|k| name_forms(facts, k)).collect(),
        ..Default::default()
    };
    let evidence: Vec<&str> = f.evidence.iter().map(|e| e.sentence.as_str()).collect();
    for (_, sentence, source) in fallback::best_sentences(
        retriever,
        cfg,
        &format!(
            "{} {}",
            compact_query(facts, q, r, "", true, false),
            place.name
        ),
        &need,
        6,
    ) {
        if evidence.contains(&sentence.as_str()) {
            continue;
        }
        let venue = VENUE_RE.is_match(&sentence);
        if venue {
            d.body
                .push_str(&format!(" The article adds:\n> {sentence}"));
            if !d.sources.contains(&source) {
                d.sources.push(source);
            }
            return;
        }
    }
}

static VENUE_RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"\b(at|in) the (\p{Lu}\w+ )+(House|Guesthouse|Palace|Hall|Hotel|Estate|Centre|Center|Office|Residence|Building|Ministry)\b")
        .expect("static venue regex")
});

/// One meeting told as the answer to "when did they meet?", for the people of `r`.
fn when_answer(facts: &FactStore, r: &Resolved, fact: &MeetingFact) -> Option<templates::Draft> {
    let q = Question {
        kind: Some(Kind::When),
        ..Default::default()
    };
    let r = Resolved {
        people: r.people.clone(),
        ..Default::default()
    };
    let s = select::Selection {
        facts: vec![fact],
        ..Default::default()
    };
    templates::render(facts, &q, &r, &s)
}

/// "rio de janeiro" -> "Rio de Janeiro": places from a folded question, for display.
fn title_case(phrase: &str) -> String {
    const SMALL: &[&str] = &[
        "of", "de", "da", "do", "la", "le", "del", "the", "and", "on",
    ];
    phrase
        .split(' ')
        .enumerate()
        .map(|(i, w)| {
            if i > 0 && SMALL.contains(&w) {
                return w.to_string();
            }
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
