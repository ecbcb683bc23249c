//! Conversation context: what one conversation (a Discord channel or thread, one `attache
//! chat` run) remembers between turns — the last answer's people, meeting, date and place —
//! and how a new question's "they", "he", "that meeting", "there" and "before that" are
//! resolved against it. Context is forgotten after the configured idle time. With no
//! context, "they" means the participants of the latest dated held meeting in the corpus,
//! and the answer says whom it assumed.

use std::time::{Duration, Instant};

use crate::model::{FactStore, FuzzyDate, MeetingFact, Place, Status};

use super::parse::{Kind, Pronoun, Question};

/// What a conversation remembers between turns (one per Discord channel or thread, one per
/// `attache chat` run). Forgets everything after `idle` without a question.
#[derive(Debug, Clone)]
pub struct Conversation {
    idle: Duration,
    last_used: Option<Instant>,
    /// People of the last answer (person keys).
    pub people: Vec<String>,
    /// The meeting fact the last answer was about.
    pub fact: Option<usize>,
    /// The people the last question named itself (the likely "he"/"she").
    pub subject: Vec<String>,
    /// Date of the last answer's meeting.
    pub date: Option<FuzzyDate>,
    /// Place of the last answer's meeting.
    pub place: Option<Place>,
    /// All meetings the last answer listed (for a follow-up picking one of them).
    pub recent: Vec<usize>,
    /// What the last question asked (an elliptic "And before that?" asks it again).
    pub kind: Option<Kind>,
}

impl Conversation {
    /// A fresh conversation that forgets after `idle` of silence.
    pub fn new(idle: Duration) -> Conversation {
        Conversation {
            idle,
            last_used: None,
            people: Vec::new(),
            fact: None,
            subject: Vec::new(),
            date: None,
            place: None,
            recent: Vec::new(),
            kind: None,
        }
    }

    /// Marks a new turn at `now`, clearing the context first when it has expired.
    pub fn touch(&mut self, now: Instant) {
        if let Some(last) = self.last_used
            && now.duration_since(last) > self.idle
        {
            self.clear();
        }
        self.last_used = Some(now);
    }

    /// Forgets the context (keeps the idle setting).
    pub fn clear(&mut self) {
        self.people.clear();
        self.fact = None;
        self.subject.clear();
        self.date = None;
        self.place = None;
        self.recent.clear();
        self.kind = None;
    }

    /// True when there is nothing to refer back to.
    pub fn is_empty(&self) -> bool {
        self.people.is_empty() && self.fact.is_none()
    }

    /// Remembers what an answer was about. `subject` are the people the question named.
    pub fn remember(&mut self, people: &[String], fact: Option<&MeetingFact>, subject: &[String]) {
        if !people.is_empty() {
            self.people = people.to_vec();
        }
        if !subject.is_empty() {
            self.subject = subject.to_vec();
        }
        if let Some(f) = fact {
            self.recent = vec![f.id];
            self.fact = Some(f.id);
            self.date = f.date;
            self.place = f.place.clone();
            if people.is_empty() {
                self.people = f.participants.clone();
            }
        }
    }
}

/// A question's references resolved against the conversation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Resolved {
    /// People who must all take part.
    pub people: Vec<String>,
    /// The meeting the question refers back to (for "that", "there", "before that").
    pub anchor: Option<usize>,
    /// The people were assumed (no context): the answer must say so.
    pub assumed: bool,
    /// Meetings the last answer listed; a fitting one is preferred.
    pub recent: Vec<usize>,
}

/// The latest dated, held meeting of the corpus (what "they" means with no context).
pub fn latest_held(facts: &FactStore) -> Option<&MeetingFact> {
    facts
        .facts
        .iter()
        .filter(|f| f.status == Status::Held && f.date.is_some_and(|d| d.year.is_some()))
        .filter(|f| f.participants.len() >= 2)
        .max_by_key(|f| f.date.map(|d| d.sort_key()))
}

/// Resolves pronouns and back-references of `q` against `conv`.
pub fn resolve(q: &Question, conv: &Conversation, facts: &FactStore) -> Resolved {
    let mut r = Resolved {
        people: q.people.clone(),
        recent: conv.recent.clone(),
        ..Default::default()
    };
    let ctx_fact = conv.fact.and_then(|id| facts.facts.get(id));
    let named_in_ctx =
        ctx_fact.is_some_and(|f| q.people.iter().all(|p| f.participants.contains(p)));
    match q.pronoun {
        Some(Pronoun::They) if q.people.is_empty() => {
            if !conv.people.is_empty() {
                r.people = conv.people.clone();
            } else if let Some(f) = latest_held(facts) {
                r.people = f.participants.clone();
                r.assumed = true;
            }
        }
        Some(Pronoun::Single) => {
            let pick = conv
                .subject
                .iter()
                .chain(conv.people.iter())
                .find(|p| !q.people.contains(p) && !q.excluded.contains(p));
            if let Some(p) = pick {
                r.people.insert(0, p.clone());
            }
        }
        _ => {}
    }
    r.people.retain(|p| !q.excluded.contains(p));
    if let Some(f) = ctx_fact {
        let people_fit = r.people.iter().all(|p| f.participants.contains(p));
        if (q.previous
            && (q.refers_back
                || q.pronoun.is_some()
                || q.people.is_empty()
                || named_in_ctx
                || !q.counterparts.is_empty()))
            || (q.refers_back && people_fit)
            || (q.people.is_empty()
                && q.pronoun.is_none()
                && q.counterparts.is_empty()
                && q.unknown.is_empty()
                && q.places.is_empty())
        {
            r.anchor = Some(f.id);
            if r.people.is_empty() && q.counterparts.is_empty() {
                r.people = if conv.people.is_empty() || !q.previous {
                    f.participants.clone()
                } else {
                    conv.people.clone()
                };
            }
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::parse::parse;
    use crate::model::{MeetingKind, Person};

    fn fact(id: usize, who: &[&str], date: Option<FuzzyDate>) -> MeetingFact {
        MeetingFact {
            id,
            participants: who.iter().map(|s| s.to_string()).collect(),
            kind: MeetingKind::Meeting,
            status: Status::Held,
            date,
            place: None,
            occasion: None,
            outcomes: vec![],
            notes: vec![],
            quotes: vec![],
            evidence: vec![],
            conflicts: vec![],
            recalled: false,
        }
    }

    fn store() -> FactStore {
        let p = |n: &str| Person {
            key: n.to_lowercase(),
            name: n.into(),
            roles: vec![],
            country: None,
            aliases: vec![],
        };
        FactStore {
            people: vec![p("Ada Brandt"), p("Kofi Mensah"), p("Lena Stroud")],
            facts: vec![
                fact(
                    0,
                    &["ada brandt", "kofi mensah"],
                    Some(FuzzyDate::month(2020, 3)),
                ),
                fact(
                    1,
                    &["ada brandt", "lena stroud"],
                    Some(FuzzyDate::year(2022)),
                ),
            ],
        }
    }

    #[test]
    fn they_without_context_is_the_latest_meeting_and_assumed() {
        let s = store();
        let conv = Conversation::new(Duration::from_secs(60));
        let r = resolve(&parse("When did they last meet?", &s), &conv, &s);
        assert_eq!(r.people, vec!["ada brandt", "lena stroud"]);
        assert!(r.assumed);
    }

    #[test]
    fn follow_ups_use_the_last_answer() {
        let s = store();
        let mut conv = Conversation::new(Duration::from_secs(60));
        conv.remember(
            &["ada brandt".into(), "kofi mensah".into()],
            Some(&s.facts[0]),
            &["kofi mensah".into()],
        );
        let r = resolve(&parse("Where was that?", &s), &conv, &s);
        assert_eq!(r.anchor, Some(0));
        assert_eq!(r.people, vec!["ada brandt", "kofi mensah"]);
        let r = resolve(&parse("What did they agree on?", &s), &conv, &s);
        assert_eq!(r.people, vec!["ada brandt", "kofi mensah"]);
        assert!(!r.assumed);
        // "he" is the person the last question named.
        let r = resolve(&parse("Why was he there?", &s), &conv, &s);
        assert_eq!(r.people.first().map(String::as_str), Some("kofi mensah"));
        // ... unless this question names him: then it is the other one.
        let r = resolve(&parse("What did he give Kofi Mensah?", &s), &conv, &s);
        assert_eq!(r.people, vec!["ada brandt", "kofi mensah"]);
        let r = resolve(&parse("And before that?", &s), &conv, &s);
        assert_eq!(r.anchor, Some(0));
    }

    #[test]
    fn context_expires_after_idle_time() {
        let s = store();
        let mut conv = Conversation::new(Duration::from_secs(60));
        let t0 = Instant::now();
        conv.touch(t0);
        conv.remember(&["ada brandt".into()], Some(&s.facts[0]), &[]);
        conv.touch(t0 + Duration::from_secs(30));
        assert!(!conv.is_empty());
        conv.touch(t0 + Duration::from_secs(200));
        assert!(conv.is_empty());
        assert_eq!(conv.fact, None);
    }
}
