//! One conversation (a Discord channel or thread, one `attache chat` run): what it
//! remembers between turns, and every rule that reads a question against it — who "they",
//! "he" and "she" are, which meeting "that", "there" and "the meeting" mean, what "before
//! that" is before, when an elliptic "And before that?" or "What about X?" repeats the
//! last question's kind, and what an answer leaves to remember.
//!
//! Context is forgotten after the configured idle time. With no context, "they" means the
//! participants of the latest dated held meeting in the corpus, and the answer says whom
//! it assumed.

use std::time::{Duration, Instant};

use crate::model::{FactStore, MeetingFact, Source, Status};

use super::text::fold;

use super::AnswerKind;
use super::question::{Kind, Order, Pronoun, Question};
use super::select::looks_like_person;

/// Most people "they" may stand for after a who-answer: "they" after a long list means
/// nobody in particular.
const MAX_THEY_AFTER_LIST: usize = 6;

/// What a conversation remembers between turns (one per Discord channel or thread, one per
/// `attache chat` run). Forgets everything after `idle` without a question.
#[derive(Debug, Clone)]
pub struct Conversation {
    idle: Duration,
    last_used: Option<Instant>,
    /// People of the last answer (person keys): "they".
    people: Vec<String>,
    /// The meeting fact the last answer was about: "that", "there".
    fact: Option<usize>,
    /// Its participants.
    fact_people: Vec<String>,
    /// The people the last question named itself (the likely "he"/"she").
    subject: Vec<String>,
    /// All meetings the last answer listed (for a follow-up picking one of them).
    recent: Vec<usize>,
    /// What the last question asked (an elliptic "And before that?" asks it again).
    kind: Option<Kind>,
    /// The names the last question asked about that no fact knows ("When will Varga visit
    /// Lisbon?"): what "he" and "it" ask about next, when nothing else is in context.
    asked: Option<AskedNames>,
    /// The paragraphs (article, paragraph) the last quoted answer came from: what a
    /// follow-up that names nothing itself ("Why?", "When was that?") reads first.
    passage: Vec<(String, usize)>,
    /// The sentences that quoted answer showed: what "that" in the follow-up is.
    quoted: Vec<String>,
    /// Names no fact knows that the last question asked about beside known people
    /// ("Straw and Moratinos" when only Straw is known): "they" next are all of them.
    beside: Vec<String>,
    /// The articles the last answer with sources cited, fact or quote: the reports a
    /// follow-up is read in first when an answer found elsewhere cites none of them.
    articles: Vec<String>,
}

/// A question's unknown names, as [`Question`] holds them.
#[derive(Debug, Clone)]
struct AskedNames {
    unknown: Vec<String>,
    people: Vec<String>,
    places: Vec<String>,
}

/// A question's references resolved against the conversation.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Resolved {
    /// People who must all take part.
    pub(crate) people: Vec<String>,
    /// The meeting the question refers back to (for "that", "there", "before that").
    pub(crate) anchor: Option<usize>,
    /// The people were assumed (no context): the answer must say so.
    pub(crate) assumed: bool,
    /// Meetings the last answer listed; a fitting one is preferred.
    pub(crate) recent: Vec<usize>,
    /// The paragraphs of the last quoted answer, for a question that names nothing itself.
    pub(crate) passage: Vec<(String, usize)>,
    /// The sentences the last quoted answer showed ("Where did that happen?" is about them).
    pub(crate) quoted: Vec<String>,
    /// The articles the last answer with sources cited (see [`Conversation`]).
    pub(crate) articles: Vec<String>,
}

/// What an answer was about, for the conversation to remember.
#[derive(Debug, Clone)]
pub(crate) enum Topic<'a> {
    /// Nothing to remember (a passage quoted for the question's words, a help text).
    Nothing,
    /// The person a who-is answer described.
    Person,
    /// The people a passage was quoted for.
    People,
    /// Nothing new: the answer is about the conversation's own meeting and names no one
    /// to take its place ("Lind is not mentioned in the reports of that meeting").
    Unchanged,
    /// The meetings an answer told, the first the one it is about.
    Meetings(Vec<&'a MeetingFact>),
    /// A meeting offered in place of the one asked for ("before it, with a counterpart of
    /// the same kind").
    Offered(&'a MeetingFact),
}

impl Conversation {
    /// A fresh conversation that forgets after `idle` of silence.
    pub fn new(idle: Duration) -> Conversation {
        Conversation {
            idle,
            last_used: None,
            people: Vec::new(),
            fact: None,
            fact_people: Vec::new(),
            subject: Vec::new(),
            recent: Vec::new(),
            kind: None,
            asked: None,
            passage: Vec::new(),
            quoted: Vec::new(),
            beside: Vec::new(),
            articles: Vec::new(),
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
        self.set_aside();
        self.articles.clear();
        self.kind = None;
        self.asked = None;
    }

    /// True when there is nothing to refer back to.
    pub fn is_empty(&self) -> bool {
        self.people.is_empty() && self.fact.is_none()
    }

    /// The paragraphs (article, paragraph) the last quoted answer came from.
    pub(crate) fn passage(&self) -> &[(String, usize)] {
        &self.passage
    }

    /// The meeting fact the last answer was about ("that"), for the shells' buttons.
    pub(crate) fn meeting(&self) -> Option<usize> {
        self.fact
    }

    /// Makes `f` the conversation's meeting and its people "they", as when an answer told
    /// it (a shell showed it, e.g. a Discord button).
    pub(crate) fn show(&mut self, f: &MeetingFact) {
        self.note(&f.participants, Some(f), &[]);
    }

    /// Reads `q` in the light of the conversation: an elliptic follow-up takes the last
    /// question's kind, and pronouns and back-references become people and a meeting.
    /// Remembers the question's kind for the next turn.
    pub(crate) fn resolve(&mut self, q: &mut Question, facts: &FactStore) -> Resolved {
        // "When is that Washington visit?": a place said of what was quoted names nothing new.
        let names_nothing = q.people.is_empty()
            && q.unknown.is_empty()
            && (q.places.is_empty() || q.refers_back && !self.passage.is_empty())
            && q.counterparts.is_empty();
        // "What did Quist tell them?" right after a quote about Quist still asks about it.
        let same_people = !q.people.is_empty()
            && q.unknown.is_empty()
            && q.people
                .iter()
                .all(|p| self.people.contains(p) || self.subject.contains(p));
        if !names_nothing && !same_people {
            self.passage.clear();
            self.quoted.clear();
        }
        self.namesake_in_context(q);
        self.carry_unknown(q);
        self.repeat_kind(q);
        let mut r = Resolved {
            people: self.people_meant(q),
            recent: self.recent.clone(),
            ..Default::default()
        };
        // "When did they meet?" after a quoted passage asks about the people in it, never
        // about the corpus's latest pair.
        if r.people.is_empty()
            && self.passage.is_empty()
            && self.articles.is_empty()
            && q.pronoun == Some(Pronoun::They)
            && q.people.is_empty()
            && names_nothing
            && q.unknown_people.is_empty()
            && !q.countries_act
            && !q.group_acts
            && let Some(f) = latest_held(facts)
        {
            r.people = in_article_order(facts, f);
            r.assumed = true;
        }
        r.people.retain(|p| !q.excluded.contains(p));
        self.anchor(q, facts, &mut r);
        self.others_than_told(q, facts, &r);
        self.kind = Some(q.kind());
        r.passage = self.passage.clone();
        r.quoted = self.quoted.clone();
        r.articles = self.articles.clone();
        r
    }

    /// "Who else did he meet there?": the others of the meeting the conversation is about
    /// (its anchor, else its one recent meeting) are left out, not the one asked about.
    fn others_than_told(&self, q: &mut Question, facts: &FactStore, r: &Resolved) {
        if !q.others || !q.people.is_empty() {
            return;
        }
        let Some(f) = r.meeting_told().and_then(|i| facts.fact(i)) else {
            return;
        };
        for p in &f.participants {
            if !r.people.contains(p) && !q.excluded.contains(p) {
                q.excluded.push(p.clone());
            }
        }
    }

    /// Remembers where a quoted passage came from (alone or after "the articles don't
    /// record") and the sentences it showed (the `> ` lines of `body`); a fact told replaces
    /// it as the context.
    pub(crate) fn remember_passage(&mut self, kind: AnswerKind, sources: &[Source], body: &str) {
        if !sources.is_empty() {
            self.articles.clear();
            for s in sources {
                if !self.articles.contains(&s.article) {
                    self.articles.push(s.article.clone());
                }
            }
        }
        if kind == AnswerKind::Fact {
            self.passage.clear();
            self.quoted.clear();
        } else if !sources.is_empty() {
            self.passage = sources
                .iter()
                .map(|s| (s.article.clone(), s.paragraph))
                .collect();
            self.quoted = body
                .lines()
                .filter_map(|l| l.strip_prefix("> "))
                .map(|l| l.trim().to_string())
                .collect();
        }
    }

    /// "When will Varga visit Lisbon?" then "Why is he going?": a question naming people
    /// no fact knows makes them the context (the people and meeting before are set aside);
    /// a later question that points back ("he", "they", "it", "there") and names nobody
    /// asks about them again. A question naming known people forgets them.
    fn carry_unknown(&mut self, q: &mut Question) {
        if !q.people.is_empty() || !q.counterparts.is_empty() {
            // "Did he meet Clayton Ruiz?" after a question about someone no fact knows,
            // with nobody known in context: "he" is the one asked about, beside the name.
            if q.pronoun.is_some() && q.unknown_people.is_empty() && self.people.is_empty() {
                self.pronoun_of_asked(q);
            }
            self.asked = None;
            self.beside = q.unknown_people.clone();
            return;
        }
        if !q.unknown_people.is_empty() {
            let nobody_known = self.people.is_empty();
            if q.pronoun.is_some() && nobody_known && self.asked.is_some() {
                self.pronoun_of_asked(q);
            } else if q.pronoun.is_none() || nobody_known {
                // "Who did Lena Holt say had hired her?": "her" is the one named.
                self.asked = Some(AskedNames {
                    unknown: q.unknown.clone(),
                    people: q.unknown_people.clone(),
                    places: q.unknown_places.clone(),
                });
                if q.pronoun.is_none() {
                    self.set_aside();
                }
            }
            return;
        }
        if q.pronoun == Some(Pronoun::They) && !self.people.is_empty() && !self.beside.is_empty() {
            q.unknown_people = self.beside.clone();
            for b in &self.beside {
                if !q.unknown.contains(b) {
                    q.unknown.push(b.clone());
                }
            }
            return;
        }
        let points_back = q.pronoun.is_some() || q.refers_back || q.it;
        if points_back
            && self.people.is_empty()
            && self.fact.is_none()
            && let Some(a) = &self.asked
        {
            // The question's own places stand ("coming to Madrid for it"), else the last.
            let own_places = !q.unknown_places.is_empty();
            let mut unknown = a.unknown.clone();
            unknown.retain(|u| !own_places || !a.places.contains(u));
            q.carried_names = q.unknown.is_empty();
            unknown.append(&mut q.unknown);
            q.unknown = unknown;
            q.unknown_people = a.people.clone();
            if !own_places {
                q.unknown_places = a.places.clone();
            }
        }
    }

    /// "What did Baker tell him?" after a question about Howard Baker: of the people a
    /// name may be, one in the conversation is meant, not the best known one.
    fn namesake_in_context(&self, q: &mut Question) {
        let in_context = |p: &String| {
            self.people.contains(p) || self.subject.contains(p) || self.fact_people.contains(p)
        };
        for (key, others) in std::mem::take(&mut q.namesakes) {
            if in_context(&key) {
                continue;
            }
            let Some(meant) = others.iter().find(|o| in_context(o)) else {
                continue;
            };
            for slot in [&mut q.people, &mut q.excluded, &mut q.attributed] {
                for p in slot.iter_mut().filter(|p| **p == key) {
                    *p = meant.clone();
                }
            }
            if q.speaker.as_ref() == Some(&key) {
                q.speaker = Some(meant.clone());
            }
        }
    }

    /// "Who did Lena Holt say hired her?" then "Did she ever meet Karl Moen?": with nobody
    /// known in context, "she" is the one the last question asked about, beside the new name.
    fn pronoun_of_asked(&self, q: &mut Question) {
        let Some(a) = &self.asked else { return };
        let people: Vec<&String> = if a.people.is_empty() {
            a.unknown.iter().filter(|u| looks_like_person(u)).collect()
        } else {
            a.people.iter().collect()
        };
        let take = if q.pronoun == Some(Pronoun::Single) {
            1
        } else {
            people.len()
        };
        for p in people.into_iter().take(take).rev() {
            if !q.unknown_people.contains(p) {
                q.unknown_people.insert(0, p.clone());
                q.unknown.insert(0, p.clone());
            }
        }
    }

    /// Forgets the people and meeting in context (not the kind asked).
    fn set_aside(&mut self) {
        self.passage.clear();
        self.quoted.clear();
        self.beside.clear();
        self.people.clear();
        self.fact = None;
        self.fact_people.clear();
        self.subject.clear();
        self.recent.clear();
    }

    /// "And before that?", "and the first time?", "What about X?": a question of no kind
    /// that only changes the time or the people asks the last meeting question again
    /// (who, when or where; other kinds as when).
    fn repeat_kind(&self, q: &mut Question) {
        let only_time =
            q.people.is_empty() && (q.relative() || q.order != Order::Any || q.refers_back);
        let only_people = q.follow_up && (!q.people.is_empty() || !q.unknown.is_empty());
        if q.kind() == Kind::Other
            && q.keywords.is_empty()
            && (only_time || only_people)
            && let Some(k) = self.kind.filter(|k| k.is_meeting())
        {
            q.kind = Some(match k {
                Kind::When | Kind::Where | Kind::Who => k,
                _ => Kind::When,
            });
        }
    }

    /// The people named, with "they" (the last answer's people) or "he"/"she" (the person
    /// the last question named, else one of the last answer's people, not named again).
    fn people_meant(&self, q: &Question) -> Vec<String> {
        let mut people = q.people.clone();
        match q.pronoun {
            Some(Pronoun::They) if q.people.is_empty() => people = self.people.clone(),
            Some(Pronoun::Single) => {
                let pick = self
                    .subject
                    .iter()
                    .chain(self.people.iter())
                    .find(|p| !q.people.contains(p) && !q.excluded.contains(p));
                if let Some(p) = pick {
                    people.insert(0, p.clone());
                }
            }
            _ => {}
        }
        people
    }

    /// Which meeting the question refers back to: the conversation's, for "before that",
    /// for "that"/"there" when the people fit it, and for a question that names nothing
    /// else; its people stand in when the question names none.
    fn anchor(&self, q: &Question, facts: &FactStore, r: &mut Resolved) {
        let Some(f) = self.fact.and_then(|id| facts.facts.get(id)) else {
            return;
        };
        let named_in_ctx = q.people.iter().all(|p| f.participants.contains(p));
        let people_fit = r.people.iter().all(|p| f.participants.contains(p));
        let before_that = q.relative()
            && (q.refers_back
                || q.pronoun.is_some()
                || q.people.is_empty()
                || named_in_ctx
                || !q.counterparts.is_empty());
        let names_nothing = q.people.is_empty()
            && q.pronoun.is_none()
            && q.counterparts.is_empty()
            && q.unknown.is_empty()
            && q.places.is_empty();
        if !(before_that || (q.refers_back && people_fit) || names_nothing) {
            return;
        }
        r.anchor = Some(f.id);
        if r.people.is_empty() && q.counterparts.is_empty() {
            r.people = if self.people.is_empty() || !q.relative() {
                f.participants.clone()
            } else {
                self.people.clone()
            };
        }
    }

    /// Remembers what an answer to `q` was about. The people a question named are context
    /// even when nothing was found about them: "they" in the next question are them, not
    /// someone else.
    pub(crate) fn remember(&mut self, q: &Question, r: &Resolved, topic: &Topic) {
        match topic {
            Topic::Nothing if !q.people.is_empty() => self.note_asked(q, r),
            Topic::Nothing | Topic::Unchanged => {}
            Topic::Person => self.note(&q.people, None, &q.people),
            Topic::People if !r.people.is_empty() => self.note(&r.people, None, &q.people),
            Topic::People => {}
            Topic::Meetings(told) => self.note_meetings(q, r, told),
            Topic::Offered(f) => self.note(&f.participants, Some(f), &q.people),
        }
    }

    /// The first meeting told becomes "that"; its people (or the asked-about ones) "they";
    /// after a who-answer "they" are everyone listed, when the list is short.
    fn note_meetings(&mut self, q: &Question, r: &Resolved, told: &[&MeetingFact]) {
        let Some(first) = told.first() else { return };
        // "What did Bush say?" told of his meeting with Putin: "they" next are the two (of
        // a group's meeting, "they" may be any of them: the one named stays).
        let pair_of_one = r.people.len() == 1 && first.participants.len() == 2;
        let people = if r.people.is_empty() || pair_of_one {
            let mut all = r.people.clone();
            all.extend(
                first
                    .participants
                    .iter()
                    .filter(|p| !r.people.contains(p))
                    .cloned(),
            );
            all
        } else {
            r.people.clone()
        };
        self.note(&people, Some(first), &q.people);
        self.recent = told.iter().map(|f| f.id).collect();
        if q.kind() != Kind::Who {
            return;
        }
        let mut all = people;
        for f in told {
            for p in &f.participants {
                if !all.contains(p) && !q.excluded.contains(p) {
                    all.push(p.clone());
                }
            }
        }
        if all.len() <= MAX_THEY_AFTER_LIST {
            self.people = all;
        }
    }

    /// Notes the people a question asked about when its answer found no meeting: they
    /// become "they"; the last meeting stays "that" only when it is theirs.
    fn note_asked(&mut self, q: &Question, r: &Resolved) {
        let people = if r.people.is_empty() {
            &q.people
        } else {
            &r.people
        };
        let same = |ids: &[String]| people.iter().all(|p| ids.contains(p));
        self.people = people.clone();
        self.subject = q.people.clone();
        if !self.fact.is_some_and(|_| same(&self.fact_people)) {
            self.fact = None;
            self.fact_people.clear();
            self.recent.clear();
        }
    }

    /// Notes the people (and the meeting) of an answer. `subject` are the people the
    /// question named.
    fn note(&mut self, people: &[String], fact: Option<&MeetingFact>, subject: &[String]) {
        if !people.is_empty() {
            self.people = people.to_vec();
        }
        if !subject.is_empty() {
            self.subject = subject.to_vec();
        }
        if let Some(f) = fact {
            self.recent = vec![f.id];
            self.fact = Some(f.id);
            self.fact_people = f.participants.clone();
            if people.is_empty() {
                self.people = f.participants.clone();
            }
        }
    }
}

impl Resolved {
    /// Id of the one meeting the conversation is about: its anchor, else its one recent
    /// meeting (none when the last answer listed several).
    pub(crate) fn meeting_told(&self) -> Option<usize> {
        self.anchor.or(match self.recent.as_slice() {
            [one] => Some(*one),
            _ => None,
        })
    }

    /// The meeting the question refers back to, as a fact of `facts`.
    pub(crate) fn anchor_in<'a>(&self, facts: &'a FactStore) -> Option<&'a MeetingFact> {
        self.anchor.and_then(|id| facts.facts.get(id))
    }

    /// The meeting "that", "there" or "the meeting" means: the conversation's, when the
    /// question refers back without asking for an order or an earlier meeting, the meeting
    /// is among those that fit the question (or none does) and `fits` its described
    /// counterparts.
    pub(crate) fn referred<'a>(
        &self,
        q: &Question,
        facts: &'a FactStore,
        fitting: &[&MeetingFact],
        fits: impl Fn(&MeetingFact) -> bool,
    ) -> Option<&'a MeetingFact> {
        let a = self.anchor_in(facts)?;
        let referred = q.refers_back
            && !q.relative()
            && q.order == Order::Any
            && (fitting.is_empty() || fitting.iter().any(|f| f.id == a.id))
            && fits(a);
        referred.then_some(a)
    }

    /// Among held meetings that fit a question asking for no order, the one the
    /// conversation points to: its meeting, else (for a pronoun or a back-reference) one
    /// the last answer listed.
    pub(crate) fn pick<'a>(
        &self,
        q: &Question,
        held: &[&'a MeetingFact],
    ) -> Option<&'a MeetingFact> {
        if q.order != Order::Any {
            return None;
        }
        let find = |id: &usize| held.iter().copied().find(|f| f.id == *id);
        if let Some(a) = self.anchor.as_ref().and_then(find) {
            return Some(a);
        }
        if q.pronoun.is_some() || q.refers_back {
            return self.recent.iter().find_map(find);
        }
        None
    }
}

/// A meeting's participants in the order its first report names them ("Rajnath Singh and
/// Dong Jun" when the article says so), those it doesn't name last.
fn in_article_order(facts: &FactStore, f: &MeetingFact) -> Vec<String> {
    let sentence = f
        .evidence
        .first()
        .map(|e| fold(&e.sentence))
        .unwrap_or_default();
    let at = |key: &String| {
        let name = fold(facts.name(key));
        let surname = name.split(' ').next_back().unwrap_or_default().to_string();
        sentence
            .find(&name)
            .or_else(|| sentence.find(&surname))
            .unwrap_or(usize::MAX)
    };
    let mut people = f.participants.clone();
    people.sort_by_key(at);
    people
}

/// The latest dated, held meeting of the corpus (what "they" means with no context).
fn latest_held(facts: &FactStore) -> Option<&MeetingFact> {
    facts
        .facts
        .iter()
        .filter(|f| f.status == Status::Held && f.date.is_some_and(|d| d.year.is_some()))
        .filter(|f| f.participants.len() >= 2)
        .max_by_key(|f| f.date.map(|d| d.sort_key()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::lexicon::Lexicon;
    use crate::answer::parse::parse;
    use crate::model::FuzzyDate;
    use crate::testing::StoreBuilder;

    fn store() -> FactStore {
        StoreBuilder::new()
            .person("Ada Brandt")
            .person("Kofi Mensah")
            .person("Lena Stroud")
            .meeting(&["ada brandt", "kofi mensah"])
            .date(FuzzyDate::month(2020, 3))
            .meeting(&["ada brandt", "lena stroud"])
            .date(FuzzyDate::year(2022))
            .build()
    }

    /// Parses and resolves one turn.
    fn turn(conv: &mut Conversation, s: &FactStore, question: &str) -> (Question, Resolved) {
        let mut q = parse(question, &Lexicon::new(s));
        let r = conv.resolve(&mut q, s);
        (q, r)
    }

    /// A conversation whose last answer was about meeting 0, asked about Kofi Mensah.
    fn after_first_meeting(s: &FactStore) -> Conversation {
        let mut conv = Conversation::new(Duration::from_secs(60));
        let (q, r) = turn(&mut conv, s, "When did Kofi Mensah meet Ada Brandt?");
        conv.remember(&q, &r, &Topic::Meetings(vec![&s.facts[0]]));
        conv
    }

    fn source(article: &str) -> Source {
        Source {
            article: article.into(),
            title: String::new(),
            url: None,
            paragraph: 2,
        }
    }

    #[test]
    fn the_articles_last_cited_stay_the_context_until_it_is_cleared() {
        // Must handle: a fact told, then a question naming someone new with nothing
        // found; both keep the articles last cited. Must not: a cleared conversation.
        let s = store();
        let mut conv = after_first_meeting(&s);
        conv.remember_passage(AnswerKind::Fact, &[source("a.txt"), source("a.txt")], "");
        let (q, r) = turn(&mut conv, &s, "What did Bram Oduya say?");
        assert_eq!(r.articles, vec!["a.txt"]);
        conv.remember(&q, &r, &Topic::Nothing);
        conv.remember_passage(AnswerKind::NotFound, &[], "nothing");
        let (_, r) = turn(&mut conv, &s, "When will they clarify it?");
        assert_eq!(r.articles, vec!["a.txt"]);
        conv.remember_passage(AnswerKind::Quote, &[source("b.txt")], "> quoted");
        let (_, r) = turn(&mut conv, &s, "Why?");
        assert_eq!(r.articles, vec!["b.txt"]);
        conv.clear();
        let (_, r) = turn(&mut conv, &s, "Why?");
        assert!(r.articles.is_empty());
    }

    #[test]
    fn they_without_context_is_the_latest_meeting_and_assumed() {
        let s = store();
        let mut conv = Conversation::new(Duration::from_secs(60));
        let (_, r) = turn(&mut conv, &s, "When did they last meet?");
        assert_eq!(r.people, vec!["ada brandt", "lena stroud"]);
        assert!(r.assumed);
    }

    #[test]
    fn they_beside_countries_or_places_named_is_no_assumed_pair() {
        let s = store();
        // Must handle: "their" is the two countries the question opens with.
        for question in [
            "When are Japan and France holding their formal talks?",
            "What did Chile and Peru say at their meeting?",
        ] {
            let mut conv = Conversation::new(Duration::from_secs(60));
            let (_, r) = turn(&mut conv, &s, question);
            assert!(r.people.is_empty() && !r.assumed, "{question}: {r:?}");
        }
        // Nor is "the two" beside a place the question names: the meetings there are meant.
        let mut conv = Conversation::new(Duration::from_secs(60));
        let (_, r) = turn(
            &mut conv,
            &s,
            "Who led the two delegations at the talks in Norway?",
        );
        assert!(!r.assumed, "{r:?}");
        // Must not: "their" with no one named is still the latest pair, assumed.
        let mut conv = Conversation::new(Duration::from_secs(60));
        let (_, r) = turn(&mut conv, &s, "When are they holding their next talks?");
        assert!(r.assumed);
    }

    #[test]
    fn they_after_a_quoted_passage_is_never_an_assumed_pair() {
        // Must handle: "When did they meet?" or "Where did they talk?" right after a quote
        // asks about the people of the quote, not the corpus's latest meeting.
        let s = store();
        let mut conv = Conversation::new(Duration::from_secs(60));
        let (_, r) = turn(&mut conv, &s, "Who signed the canal accord?");
        assert!(!r.assumed);
        conv.remember_passage(AnswerKind::Quote, &[source("a.txt")], "> quoted");
        for q in ["When did they meet?", "Where did they talk?"] {
            let (_, r) = turn(&mut conv, &s, q);
            assert!(r.people.is_empty() && !r.assumed, "{q}: {r:?}");
        }
        // Must not: after the context is cleared, "they" is the latest pair again.
        conv.clear();
        let (_, r) = turn(&mut conv, &s, "When did they meet?");
        assert!(r.assumed);
    }

    #[test]
    fn assumed_people_come_in_the_order_their_article_names_them() {
        let s = StoreBuilder::new()
            .person("Ada Brandt")
            .person("Lena Stroud")
            .meeting(&["ada brandt", "lena stroud"])
            .date(FuzzyDate::year(2022))
            .evidence("a.txt", 1, "Lena Stroud hosted Ada Brandt in Oslo.")
            .build();
        let mut conv = Conversation::new(Duration::from_secs(60));
        let (_, r) = turn(&mut conv, &s, "When did they last meet?");
        assert_eq!(r.people, vec!["lena stroud", "ada brandt"]);
    }

    #[test]
    fn a_turn_that_found_nothing_keeps_its_people() {
        let s = store();
        let mut conv = after_first_meeting(&s);
        let (q, r) = turn(&mut conv, &s, "When did Lena Stroud meet Kofi Mensah?");
        conv.remember(&q, &r, &Topic::Nothing);
        let (_, r) = turn(&mut conv, &s, "Where did they meet?");
        assert_eq!(r.people, vec!["lena stroud", "kofi mensah"]);
        assert!(!r.assumed);
        // "that" is no longer the first meeting: it was not theirs.
        assert_eq!(r.anchor, None);
    }

    #[test]
    fn names_no_fact_knows_are_the_context_of_the_next_turn() {
        // Must handle: after a question about people the facts do not know, "he" and "it"
        // ask about them again (the passages quoted are about them), not about the earlier
        // meeting.
        let s = store();
        let mut conv = after_first_meeting(&s);
        let (q, r) = turn(&mut conv, &s, "When will Tomas Varga visit Lisbon?");
        conv.remember(&q, &r, &Topic::Nothing);
        let (q, r) = turn(&mut conv, &s, "Why is he going?");
        assert!(q.unknown.iter().any(|u| u == "Tomas Varga"), "{q:?}");
        assert!(r.people.is_empty(), "{r:?}");
        conv.remember(&q, &r, &Topic::Nothing);
        let (q, _) = turn(&mut conv, &s, "Who is coming to Madrid for it?");
        assert!(q.unknown.iter().any(|u| u == "Tomas Varga"), "{q:?}");
        // "they" after unknown people is them, never an assumed pair.
        let (q, r) = turn(&mut conv, &s, "When did Tomas Varga meet Pia Lund?");
        conv.remember(&q, &r, &Topic::Nothing);
        let (q, r) = turn(&mut conv, &s, "Where did they meet?");
        assert_eq!(q.unknown_people, vec!["Tomas Varga", "Pia Lund"]);
        assert!(r.people.is_empty() && !r.assumed, "{r:?}");
        // Must not: a question naming known people starts afresh.
        let (q, r) = turn(&mut conv, &s, "When did Kofi Mensah meet Ada Brandt?");
        conv.remember(&q, &r, &Topic::Meetings(vec![&s.facts[0]]));
        let (q, r) = turn(&mut conv, &s, "Where was it?");
        assert!(q.unknown.is_empty(), "{q:?}");
        assert_eq!(r.people, vec!["ada brandt", "kofi mensah"]);
    }

    #[test]
    fn a_surname_two_people_bear_is_the_one_in_the_conversation() {
        // Must handle: "Mensah" after a question about the lesser-known Ama Mensah is her,
        // as is "What did Mensah tell her?"; must not: "Mensah" with no one in context is
        // the better known Kofi Mensah.
        let s = StoreBuilder::new()
            .person("Kofi Mensah")
            .person("Ada Brandt")
            .person("Ama Mensah")
            .person("Lena Stroud")
            .meeting(&["kofi mensah", "ada brandt"])
            .meeting(&["kofi mensah", "lena stroud"])
            .meeting(&["ama mensah", "lena stroud"])
            .build();
        let mut conv = Conversation::new(Duration::from_secs(60));
        let (q, _) = turn(&mut conv, &s, "When did Mensah meet anyone?");
        assert_eq!(q.people, vec!["kofi mensah"]);
        let (q, r) = turn(&mut conv, &s, "What did Ama Mensah ask Lena Stroud?");
        conv.remember(&q, &r, &Topic::Meetings(vec![&s.facts[2]]));
        let (q, _) = turn(&mut conv, &s, "Where did Mensah meet her?");
        assert_eq!(q.people, vec!["ama mensah"]);
        let (q, _) = turn(&mut conv, &s, "What did Mensah tell her?");
        assert_eq!(q.speaker.as_deref(), Some("ama mensah"));
    }

    #[test]
    fn they_after_an_answer_about_one_persons_meeting_are_its_people() {
        // Must handle: "What did Lena Stroud say?" told of her meeting with Ada Brandt, then
        // "Had they met before?" is the two; must not: "he" is still the one named.
        let s = store();
        let mut conv = Conversation::new(Duration::from_secs(60));
        let (q, r) = turn(&mut conv, &s, "What did Lena Stroud say?");
        conv.remember(&q, &r, &Topic::Meetings(vec![&s.facts[1]]));
        let (_, r) = turn(&mut conv, &s, "Had they met before?");
        assert_eq!(r.people, vec!["lena stroud", "ada brandt"]);
        let (_, r) = turn(&mut conv, &s, "Why was he there?");
        assert_eq!(r.people, vec!["lena stroud"]);
    }

    #[test]
    fn she_beside_a_new_name_is_the_one_asked_about_before() {
        // Must handle: "she" next to a name no fact knows is the person the last question
        // asked about; must not: with known people in context, nothing is added.
        let s = store();
        let mut conv = Conversation::new(Duration::from_secs(60));
        let (q, r) = turn(&mut conv, &s, "Who did Lena Holt say had hired her?");
        conv.remember(&q, &r, &Topic::Nothing);
        let (q, _) = turn(&mut conv, &s, "Did she ever meet Karl Moen himself?");
        assert_eq!(q.unknown_people, vec!["Lena Holt", "Karl Moen"], "{q:?}");
        let mut conv = after_first_meeting(&s);
        let (q, _) = turn(&mut conv, &s, "Did she ever meet Karl Moen himself?");
        assert_eq!(q.unknown_people, vec!["Karl Moen"], "{q:?}");
    }

    #[test]
    fn she_beside_a_known_name_is_the_one_asked_about_before() {
        // Must handle: "she" next to a name the facts know is the person no fact knows
        // that the last question asked about; must not: with known people in context,
        // nothing is added.
        let s = store();
        let mut conv = Conversation::new(Duration::from_secs(60));
        let (q, r) = turn(
            &mut conv,
            &s,
            "What was trade minister Lena Holt doing in Oslo?",
        );
        conv.remember(&q, &r, &Topic::Nothing);
        let (q, _) = turn(&mut conv, &s, "Did she sit down with Ada Brandt?");
        assert_eq!(q.unknown_people, vec!["Lena Holt"], "{q:?}");
        let mut conv = after_first_meeting(&s);
        let (q, _) = turn(&mut conv, &s, "Did she meet Ada Brandt?");
        assert!(q.unknown_people.is_empty(), "{q:?}");
    }

    #[test]
    fn follow_ups_use_the_last_answer() {
        let s = store();
        let mut conv = after_first_meeting(&s);
        let (_, r) = turn(&mut conv, &s, "Where was that?");
        assert_eq!(r.anchor, Some(0));
        assert_eq!(r.people, vec!["ada brandt", "kofi mensah"]);
        let (_, r) = turn(&mut conv, &s, "What did they agree on?");
        assert_eq!(r.people, vec!["kofi mensah", "ada brandt"]);
        assert!(!r.assumed);
        // "he" is the person the last question named.
        let (_, r) = turn(&mut conv, &s, "Why was he there?");
        assert_eq!(r.people.first().map(String::as_str), Some("kofi mensah"));
        // ... unless this question names him: then it is the other one.
        let (_, r) = turn(&mut conv, &s, "What did he give Kofi Mensah?");
        assert_eq!(r.people, vec!["ada brandt", "kofi mensah"]);
        let (_, r) = turn(&mut conv, &s, "And before that?");
        assert_eq!(r.anchor, Some(0));
    }

    #[test]
    fn an_elliptic_follow_up_repeats_the_last_kind() {
        let s = store();
        let mut conv = after_first_meeting(&s);
        let (q, _) = turn(&mut conv, &s, "Where did Ada Brandt meet Lena Stroud?");
        assert_eq!(q.kind(), Kind::Where);
        let (q, _) = turn(&mut conv, &s, "And before that?");
        assert_eq!(q.kind(), Kind::Where);
        let (q, _) = turn(&mut conv, &s, "What about Kofi Mensah?");
        assert_eq!(q.kind(), Kind::Where);
    }

    #[test]
    fn a_short_who_list_becomes_they() {
        let s = store();
        let mut conv = Conversation::new(Duration::from_secs(60));
        let (q, r) = turn(&mut conv, &s, "Who did Ada Brandt meet?");
        conv.remember(&q, &r, &Topic::Meetings(vec![&s.facts[0], &s.facts[1]]));
        let (_, r) = turn(&mut conv, &s, "Where did they meet?");
        assert_eq!(r.people, vec!["ada brandt", "kofi mensah", "lena stroud"]);
    }

    #[test]
    fn he_after_an_offered_meeting_is_the_one_asked_about() {
        let s = store();
        for (asked, he) in [
            ("Did Kofi Mensah meet Ada Brandt in Oslo?", "kofi mensah"),
            ("Who did Mensah see in Oslo?", "kofi mensah"),
        ] {
            let mut conv = Conversation::new(Duration::from_secs(60));
            let (q, r) = turn(&mut conv, &s, asked);
            conv.remember(&q, &r, &Topic::Offered(&s.facts[0]));
            let (_, r) = turn(&mut conv, &s, "Which ministers did he see?");
            assert_eq!(r.people, vec![he], "{asked}");
        }
        // Must not: with no one asked about, "he" is the offered meeting's first.
        let mut conv = Conversation::new(Duration::from_secs(60));
        conv.remember(
            &Question::default(),
            &Resolved::default(),
            &Topic::Offered(&s.facts[0]),
        );
        let (_, r) = turn(&mut conv, &s, "Which ministers did he see?");
        assert_eq!(r.people, vec!["ada brandt"]);
    }

    #[test]
    fn context_expires_after_idle_time() {
        let s = store();
        let mut conv = Conversation::new(Duration::from_secs(60));
        let t0 = Instant::now();
        conv.touch(t0);
        conv.remember(
            &Question::default(),
            &Resolved::default(),
            &Topic::Offered(&s.facts[0]),
        );
        conv.touch(t0 + Duration::from_secs(30));
        assert!(!conv.is_empty());
        conv.touch(t0 + Duration::from_secs(200));
        assert!(conv.is_empty());
    }
}
