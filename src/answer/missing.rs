//! No meeting fits the question: say what the articles don't record (the people asked
//! about, with such a counterpart, in that place, at that time), and offer what they do
//! record — nothing earlier than "that" meeting but one with a counterpart of the same
//! kind, another meeting of the same people, or the closest passage.

use crate::lexicon::lists::{QUESTION_CONTACT_VERBS, QUESTION_FATE_WORDS, TITLE_CASE_SMALL_WORDS};
use crate::model::{FactStore, MeetingFact, Precision, Source};

use super::conversation::Topic;
use super::fallback::{CLOSEST, Passage};

/// The intro of a sentence that recalls an earlier meeting the facts don't hold.
const RECALLED: &str = "The articles recall it only in passing; the passage";
use super::question::Kind;
use super::reader::{self, Ask, Cue};
use super::select::{Selection, place_fits};
use super::templates::{describe_meeting, join_names, names, other_contact, when_answer};
use super::{Answer, AnswerKind, Reply, Turn, text};

/// A city or country the gazetteer knows, any case ("lima", "Peru").
pub(super) fn city_or_country(p: &str) -> bool {
    let gaz = crate::lexicon::gazetteer::gazetteer();
    gaz.city(p).is_some() || gaz.country(p).is_some()
}

impl<'a> Turn<'a> {
    /// Explains that no meeting fits; with no person or counterpart asked about, quotes
    /// the best passage instead.
    pub(super) fn missing(&self, sel: &Selection<'a>) -> Reply<'a> {
        let (q, r) = (&self.q, &self.r);
        let who = self.people_asked();
        if who.is_empty() && q.counterparts.is_empty() && !sel.nothing_earlier {
            return Reply::plain(self.free_text());
        }
        if let Some(a) = self.denied(&who, sel) {
            return Reply::plain(a);
        }
        if let Some(reply) = self.other_contact(sel) {
            return reply;
        }
        let (mut body, mut sources, mut topic) = self.what_is_missing(sel, &who);
        let ask = self.ask();
        if let Some((intro, p)) = self.passage_of_missing(sel, &ask) {
            body.push_str(&format!(" {}", p.quote(&intro)));
            sources = p.sources(self.cfg.max_sources);
        }
        // Of two people, or of one and a described counterpart ("the Mexican president"),
        // a meeting that fails only the time, the place or the contact (a call).
        if !sel.nothing_earlier
            && (who.len() >= 2 || !who.is_empty() && !q.counterparts.is_empty())
            && let Some(o) = sel.others.first()
            && let Some(d) = when_answer(self.facts, &r.people, o)
        {
            body.push_str(&format!(" They do record this one: {}", d.body));
            for s in d.sources {
                if !sources.contains(&s) {
                    sources.push(s);
                }
            }
            topic = Topic::Offered(o);
        }
        // "Did they meet in Abu Dhabi?" when every meeting of theirs the articles hold was
        // elsewhere, or at another time: a no grounded in those meetings.
        let no = self.elsewhere_or_other_time(sel) && who.len() >= 2;
        if no {
            body = format!("No. {body}");
        }
        if sources.is_empty()
            && !sel.nothing_earlier
            && (!r.people.is_empty() || !q.unknown.is_empty())
            && let Some(p) = self.closest_passage()
        {
            body.push_str(&format!(" {}", p.quote(CLOSEST)));
            sources = p.sources(self.cfg.max_sources);
        }
        // "When did Heath try to strike a deal with Thorpe?": no sentence names both; one
        // naming either with a word of the question and the mark of its kind is closest.
        if sources.is_empty()
            && !sel.nothing_earlier
            && ask.people.len() >= 2
            && !ask.words.is_empty()
            && let Some(p) = self.read_corpus(&Ask {
                all_people: false,
                min_words: 1,
                ..ask.clone()
            })
        {
            body.push_str(&format!(" {}", p.quote(&self.intro_for(&ask, &p))));
            sources = p.sources(self.cfg.max_sources);
        }
        Reply {
            answer: Answer {
                body,
                sources,
                kind: if no {
                    AnswerKind::Fact
                } else {
                    AnswerKind::NotFound
                },
            },
            topic,
        }
    }

    /// What the articles tell instead, with its intro: the conversation's passage, its
    /// reports, then the corpus, then a meeting of the people. For the place or time of
    /// an occasion they were only guests at, when that found no sentence telling a
    /// meeting, the sentences of their reports that tell it ([`Turn::occasion_passage`]).
    fn passage_of_missing(&self, sel: &Selection<'a>, ask: &Ask) -> Option<(String, Passage)> {
        let (q, r) = (&self.q, &self.r);
        // The reports the conversation cited are about them and its places: a sentence
        // there need not name them ("Discussions will resume next week").
        let cited = Ask {
            people_required: false,
            all_people: false,
            proper: Vec::new(),
            ..ask.clone()
        };
        let found = self
            .read_passage(ask)
            .or_else(|| {
                let p = self.read_conversation_articles(&cited)?;
                Some((super::quote::SAME_REPORT.to_string(), p))
            })
            .or_else(|| {
                let named = !r.people.is_empty() || !q.unknown.is_empty();
                let p = (!sel.nothing_earlier && named).then(|| self.read_corpus(ask))??;
                Some((self.intro_for(ask, &p), p))
            })
            .or_else(|| {
                (!sel.nothing_earlier && self.asks_of_meeting())
                    .then(|| self.meeting_passage(ask))?
            });
        let tells =
            |p: &Passage| (p.sentences.first()).is_some_and(|s| reader::tells_meeting(&s.sentence));
        if found.as_ref().is_some_and(|(_, p)| tells(p)) || sel.nothing_earlier {
            return found;
        }
        match self.occasion_passage(ask) {
            Some(p) => Some((self.intro_for(ask, &p), p)),
            None => found,
        }
    }

    /// What the articles don't record (nothing before or after "that" meeting, or no
    /// meeting of the people asked about), with what they recall instead, its sources and
    /// the meeting offered as the new topic.
    fn what_is_missing(
        &self,
        sel: &Selection<'a>,
        who: &[String],
    ) -> (String, Vec<Source>, Topic<'a>) {
        let r = &self.r;
        let mut topic = Topic::Nothing;
        let mut sources: Vec<Source> = Vec::new();
        let body = match (sel.nothing_earlier, sel.anchor) {
            (true, Some(a)) if sel.later => nothing_later(self.facts, a),
            (true, Some(a)) => {
                let mut s = nothing_earlier(self.facts, a);
                if let Some(p) = self.recalled_before(a) {
                    s.push_str(&format!(" {}", p.quote(RECALLED)));
                    sources = p.sources(self.cfg.max_sources);
                } else if let Some(f) = sel.similar
                    && let Some(d) = when_answer(self.facts, &r.people, f)
                {
                    s.push_str(&format!(
                        " Before it, with a counterpart of the same kind: {}",
                        d.body
                    ));
                    sources = d.sources;
                    topic = Topic::Offered(f);
                }
                s
            }
            (true, None) => {
                let mut s = self.no_record(who);
                if let Some(p) = self.recalled_anywhere() {
                    s.push_str(&format!(" {}", p.quote(RECALLED)));
                    sources = p.sources(self.cfg.max_sources);
                }
                s
            }
            _ => self.no_record(who),
        };
        (body, sources, topic)
    }

    /// "Did X ever meet Y?" answered by a sentence naming them that denies it ("had never
    /// met or spoken to"): a no, quoted.
    pub(super) fn denied(&self, who: &[String], sel: &Selection<'a>) -> Option<Answer> {
        if self.q.kind() != Kind::YesNo || who.len() < 2 || sel.nothing_earlier {
            return None;
        }
        // Only "did they meet?", not "was their meeting called off?".
        let words = crate::answer::text::norm_words(self.text);
        if !words.iter().any(|w| QUESTION_CONTACT_VERBS.has(w))
            || words.iter().any(|w| QUESTION_FATE_WORDS.has(w))
        {
            return None;
        }
        let ask = Ask {
            all_people: true,
            cue: Cue::Denial,
            ..self.ask()
        };
        let p = self.read_corpus(&ask)?;
        Some(p.answer("No. The relevant passage", self.cfg))
    }

    /// A yes/no question whose people the articles show meeting, but each time in
    /// another place (its own place is not the asked one, and its text never names it) or
    /// on a date that cannot be the asked one.
    fn elsewhere_or_other_time(&self, sel: &Selection<'a>) -> bool {
        let q = &self.q;
        let places: Vec<&String> = q.places.iter().chain(&q.unknown_places).collect();
        // Only a city or country stands against the meeting's own place: an occasion or
        // venue asked about may be what the facts only call by another name.
        let conflicts = |f: &MeetingFact| {
            let place = f.place.is_some()
                && places
                    .iter()
                    .any(|p| city_or_country(p) && !place_fits(f, p));
            let time = matches!((q.on, f.date), (Some(on), Some(d)) if !d.compatible(&on));
            place || time
        };
        q.kind() == Kind::YesNo
            && !sel.nothing_earlier
            && sel.facts.is_empty()
            && !sel.others.is_empty()
            && (!places.is_empty() || q.on.is_some())
            && sel.others.iter().all(|f| conflicts(f))
    }

    /// "Was it by phone?" of the conversation's meeting, held in person (or "Did they meet
    /// in person?" of its call): a no, with that meeting as the articles tell it.
    fn other_contact(&self, sel: &Selection<'a>) -> Option<Reply<'a>> {
        let f = sel.others.first().copied()?;
        if self.q.kind() != Kind::YesNo
            || !sel.facts.is_empty()
            || sel.nothing_earlier
            || self.r.anchor != Some(f.id)
        {
            return None;
        }
        let how = other_contact(&self.q, f)?;
        let d = when_answer(self.facts, &self.r.people, f)?;
        Some(Reply {
            answer: Answer {
                body: format!("No: {how}. {}", d.body),
                sources: d.sources,
                kind: AnswerKind::Fact,
            },
            topic: Topic::Meetings(vec![f]),
        })
    }

    /// The people asked about: known ones, and unknown names that stand where a person
    /// does.
    pub(super) fn people_asked(&self) -> Vec<String> {
        let q = &self.q;
        let mut who: Vec<String> = names(self.facts, &self.r.people);
        who.extend(q.unknown.iter().filter(|u| q.person_like(u)).cloned());
        who
    }

    /// "The articles don't record a meeting between A and B with such a counterpart in X
    /// before D."
    fn no_record(&self, who: &[String]) -> String {
        let q = &self.q;
        if let Some(asked) = self.unsaid_of_quoted_talks(who) {
            return asked;
        }
        let mut s = String::from("The articles don't record a meeting");
        // "Who will he meet in Washington?": meetings held there are no answer.
        if super::select::expected_who(q) {
            s.push_str(" to come");
        }
        match who {
            [] => {}
            [one] => s.push_str(&format!(" of {one}")),
            _ => s.push_str(&format!(" between {}", join_names(who))),
        }
        if !q.counterparts.is_empty() {
            s.push_str(" with such a counterpart");
        }
        // Places the corpus knows (folded) and places it never names (as typed).
        let mut places: Vec<String> = q.places.iter().map(|p| title_case(p)).collect();
        places.extend(q.unknown_places.iter().cloned());
        if !places.is_empty() {
            s.push_str(&format!(" in {}", places.join(", ")));
        }
        if let Some(d) = q.on.or(q.before).or(q.after) {
            let rel = if q.before.is_some() {
                "before"
            } else if q.after.is_some() {
                "after"
            } else if d.day.is_some() || d.precision() == Precision::Weekday {
                "on"
            } else {
                "in"
            };
            s.push_str(&format!(" {rel} {}", d.human()));
        }
        s.push('.');
        s
    }

    /// "Where did they have that conversation?" after a quote telling that `who` talked
    /// ("Berg admits talks have taken place"), with no fact of it: the talks are the
    /// conversation's, only their place or time is not said. `None` for another question
    /// or when no quoted sentence names them all with a word of meeting.
    fn unsaid_of_quoted_talks(&self, who: &[String]) -> Option<String> {
        let asked = match self.q.kind() {
            Kind::Where => "where",
            Kind::When => "when",
            _ => return None,
        };
        let surnames: Vec<String> = who
            .iter()
            .filter_map(|n| text::norm_words(n).pop())
            .collect();
        if surnames.len() < 2 || !self.q.places.is_empty() || self.q.on.is_some() {
            return None;
        }
        let told = self.r.quoted.iter().any(|s| {
            let words = text::norm_words(s);
            reader::tells_meeting(s) && surnames.iter().all(|n| words.contains(n))
        });
        told.then(|| {
            format!(
                "The articles tell that {} talked, but don't say {asked}.",
                join_names(who)
            )
        })
    }
}

/// "The articles don't record an earlier meeting of A and B before the one in X on D."
fn nothing_earlier(facts: &FactStore, a: &MeetingFact) -> String {
    format!(
        "The articles don't record an earlier meeting of {} before the one {}.",
        join_names(&names(facts, &a.participants)),
        describe_meeting(a)
    )
}

/// "The articles don't record a later meeting of A and B after the one in X on D."
fn nothing_later(facts: &FactStore, a: &MeetingFact) -> String {
    format!(
        "The articles don't record a later meeting of {} after the one {}.",
        join_names(&names(facts, &a.participants)),
        describe_meeting(a)
    )
}

/// "rio de janeiro" -> "Rio de Janeiro": places from a folded question, for display.
fn title_case(phrase: &str) -> String {
    phrase
        .split(' ')
        .enumerate()
        .map(|(i, w)| {
            if i > 0 && TITLE_CASE_SMALL_WORDS.has(w) {
                return w.to_string();
            }
            text::capitalised(w)
        })
        .collect::<Vec<_>>()
        .join(" ")
}
