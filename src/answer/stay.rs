//! A follow-up stays in the reports its conversation is about: when the answer found
//! for it leads with none of the articles the last answer cited, although they name everyone
//! and everything the question does, the sentences of those articles that answer it come
//! first ("When will the club clarify things?" after a quote of the manager's interview
//! is read in that interview, not in another report that says "clarify").

use super::conversation::Topic;
use super::countries::{countries_named, country_key};
use super::fallback::Quoted;
use super::question::{Contact, Kind};
use super::quote::{self, SAME_REPORT};
use super::reader::{self, Ask, Cue};
use super::templates::join_names;
use super::{Answer, AnswerKind, Reply, Turn, text};
use crate::index::Hit;
use crate::model::Source;

/// Best paragraphs of the whole question whose reports a yes/no is read in after those
/// cited: the report it is about ranks first when its names are rare.
const SEARCHED_REPORTS: usize = 2;

/// Fewest names of the quoted sentences another report must hold to tell the same story
/// ("NATO", "Greece", "Turkey"): fewer are shared by unrelated reports of one country.
const SAME_STORY_NAMES: usize = 3;

impl Turn<'_> {
    /// The answer read in the conversation's articles instead of `found`, when `found`
    /// leads with another report (or, for "Was X there as well?", that they never name X); `None` to keep `found`, and always for a fact of the conversation's own
    /// meeting (told by another report of it).
    pub(super) fn stayed(&self, found: &Reply) -> Option<Reply<'static>> {
        let articles = &self.r.articles;
        let answer = &found.answer;
        let own_meeting = match &found.topic {
            Topic::Meetings(told) => told
                .first()
                .is_some_and(|f| self.r.anchor == Some(f.id) || self.r.recent.contains(&f.id)),
            _ => false,
        };
        let leads_elsewhere = answer
            .sources
            .first()
            .is_some_and(|s| !articles.contains(&s.article));
        // "What did he and the king agree?" after a quote about the king: another
        // report's meeting of his is not the one pointed at.
        let other_meeting = leads_elsewhere && matches!(found.topic, Topic::Meetings(_));
        let kept = if articles.is_empty() {
            Some("no report cited before")
        } else if self.points_into_passage() && !other_meeting && !leads_elsewhere {
            Some("the question points into the quoted passage")
        } else if own_meeting && answer.kind != AnswerKind::Quote {
            Some("a fact of the conversation's meeting")
        } else if (answer.sources.first()).is_some_and(|s| articles.contains(&s.article)) {
            Some("the answer leads with the conversation's report")
        } else if answer.kind == AnswerKind::Fact && !self.asks_detail() && !self.strangers(found) {
            Some("a fact that tells which meeting")
        } else {
            None
        };
        if let Some(why) = kept {
            tracing::debug!("stay: kept the answer found: {why}");
            return None;
        }
        let paragraphs = self.paragraphs_of(articles.iter().map(String::as_str));
        if !self.all_named(&paragraphs) {
            tracing::debug!("stay: the conversation's reports miss a name the question has");
            if answer.kind == AnswerKind::Fact && self.strangers(found) {
                return Some(Reply::plain(quote::quoted_dont_say()));
            }
            return self.not_there(&paragraphs).map(|answer| Reply {
                answer,
                topic: Topic::Unchanged,
            });
        }
        let p = self
            .read_stayed(&paragraphs)
            .or_else(|| self.named_and_pointed(&paragraphs));
        if p.is_none() {
            tracing::debug!("stay: no sentence of the conversation's reports answers");
            if other_meeting && self.points_into_passage() {
                return Some(Reply::plain(quote::quoted_dont_say()));
            }
            // "Who offered to mediate?" found in another wire report of the story the
            // conversation quoted: that report answers.
            if answer.kind == AnswerKind::Quote && self.same_story(answer) {
                tracing::debug!("stay: kept the answer found: another report of the story");
                return None;
            }
            // "Did Ecuador turn up this time?": not a meeting of strangers in Quito.
            let meeting = matches!(found.topic, Topic::Meetings(_));
            if meeting && self.stranger_fact()
                || self.pointed_elsewhere(found)
                || self.adrift(found)
            {
                return Some(Reply::plain(quote::quoted_dont_say()));
            }
        }
        Some(Reply::plain(p?.answer(SAME_REPORT, self.cfg)))
    }

    /// The first sentence, in reading order, of the articles `found` cites, of those the
    /// conversation's last answer cited and, for a question that names whom it asks of, of
    /// the question's [`SEARCHED_REPORTS`] best paragraphs, for which `test` says
    /// something, with it: the reports a yes/no about what happened at the meeting is
    /// read in.
    pub(super) fn first_in_reports<T>(
        &self,
        found: &Answer,
        test: impl Fn(&str) -> Option<T>,
    ) -> Option<(T, Quoted)> {
        let mut articles: Vec<&str> = Vec::new();
        let cited = found.sources.iter().map(|s| s.article.as_str());
        // "Is Oryx still negotiating?" may have quoted reports of other talks, not the one
        // that says these ended; a follow-up's reports are the conversation's.
        let names = !self.q.people.is_empty() || !self.q.unknown_people.is_empty();
        let best: &[Hit] = if names { self.question_hits() } else { &[] };
        let searched = (best.iter())
            .take(SEARCHED_REPORTS)
            .map(|h| h.article.as_str());
        for a in cited
            .chain(self.r.articles.iter().map(String::as_str))
            .chain(searched)
        {
            if !articles.contains(&a) {
                articles.push(a);
            }
        }
        reader::first_sentence(&self.paragraphs_of(articles), test)
    }

    /// "Was Lind there as well?" about the meeting the conversation is on, when its
    /// reports never name Lind: not mentioned there is the answer (another meeting of
    /// Lind's is not). `None` for any other question.
    fn not_there(&self, paragraphs: &[Hit]) -> Option<Answer> {
        let q = &self.q;
        if q.kind() != Kind::YesNo || !q.refers_back || q.people.is_empty() {
            return None;
        }
        let texts: Vec<String> = paragraphs.iter().map(|h| h.text.clone()).collect();
        let missing: Vec<String> = (q.people.iter())
            .filter(|k| {
                self.surname(k)
                    .is_some_and(|s| !text::names_all(&texts, &[s]))
            })
            .map(|k| self.facts.name(k).to_string())
            .collect();
        if missing.is_empty() {
            return None;
        }
        let (who, verb) = match missing.as_slice() {
            [one] => (one.clone(), "is"),
            _ => (join_names(&missing), "are"),
        };
        // The reports read are the evidence: the first paragraph of each.
        let mut sources = Vec::new();
        for h in paragraphs {
            if !sources.iter().any(|s: &Source| s.article == h.article) {
                sources.push(reader::source(h));
            }
        }
        Some(Answer {
            body: format!("{who} {verb} not mentioned in the reports of that meeting."),
            sources,
            kind: AnswerKind::NotFound,
        })
    }

    /// "Which Italian city?" after quotes about no one: a question that names no one and
    /// no way of meeting only narrows what the conversation is on; a meeting of other
    /// people found by its other words (a place) would switch to strangers.
    fn stranger_fact(&self) -> bool {
        let q = &self.q;
        q.people.is_empty()
            && self.r.people.is_empty()
            && q.unknown_people.is_empty()
            && q.counterparts.is_empty()
            && q.contact == Contact::Unstated
    }

    /// True when the meeting `found` tells would switch the conversation to strangers: a
    /// question that names no one (see [`Self::stranger_fact`]), or one pointing elsewhere
    /// (see [`Self::pointed_elsewhere`]).
    fn strangers(&self, found: &Reply) -> bool {
        self.stranger_fact() || self.pointed_elsewhere(found)
    }

    /// "Which Peruvian ministers will she see?" after a quote about an envoy: a question
    /// pointing with "he", "she" or "they" at the conversation's people, answered from
    /// another report with a meeting of none of them, or with a passage while the
    /// conversation knows no meeting of theirs (so the passage is about others).
    fn pointed_elsewhere(&self, found: &Reply) -> bool {
        let q = &self.q;
        let points = q.pronoun.is_some() && q.people.is_empty() && q.unknown_people.is_empty();
        points
            && match &found.topic {
                Topic::Meetings(told) => told
                    .first()
                    .is_some_and(|f| !(f.participants.iter()).any(|p| self.r.people.contains(p))),
                _ => self.r.people.is_empty(),
            }
    }

    /// True when the report `found` leads with tells the story the conversation quoted:
    /// it holds all but one of the names (capitalised words inside a sentence) of the
    /// sentences quoted last, and at least [`SAME_STORY_NAMES`] of them.
    fn same_story(&self, found: &Answer) -> bool {
        let Some(article) = found.sources.first().map(|s| s.article.as_str()) else {
            return false;
        };
        let mut names: Vec<String> = Vec::new();
        for sentence in &self.r.quoted {
            for w in text::words(sentence).into_iter().skip(1) {
                if w.capital && !text::is_stop(&w.norm) && !names.contains(&w.norm) {
                    names.push(w.norm);
                }
            }
        }
        if names.len() < SAME_STORY_NAMES {
            return false;
        }
        let words: std::collections::HashSet<String> = self
            .paragraphs_of([article])
            .iter()
            .flat_map(|h| text::norm_words(&h.text))
            .collect();
        let held = names.iter().filter(|n| words.contains(*n)).count();
        held >= SAME_STORY_NAMES && held + 1 >= names.len()
    }

    /// "Are more talks planned?" after a report about bodies, not people: a question that
    /// names no one and nothing (no person, name, place, country or occasion) in a
    /// conversation that knows no one is about that report; a passage of another report,
    /// found only by the question's common words, is about something else.
    fn adrift(&self, found: &Reply) -> bool {
        self.on_reports_only() && !matches!(found.topic, Topic::Meetings(_))
    }

    /// True for a follow-up that names no one and nothing (no person, name, place,
    /// country or occasion) in a conversation that knows no one but has cited reports:
    /// only those reports are about what it asks.
    pub(super) fn on_reports_only(&self) -> bool {
        let q = &self.q;
        let names_nothing = q.people.is_empty()
            && q.unknown.is_empty()
            && q.places.is_empty()
            && q.counterparts.is_empty()
            && q.named_occasion.is_none();
        names_nothing && self.r.people.is_empty() && !self.r.articles.is_empty()
    }

    /// A question about more than which meeting: a fact told of another report's meeting
    /// ("What was Goria's complaint?") may be the wrong one; a when, where or yes-no about
    /// a meeting is answered by whichever report tells it.
    fn asks_detail(&self) -> bool {
        matches!(
            self.q.kind(),
            Kind::Said | Kind::Agreed | Kind::Described | Kind::Why | Kind::Other
        )
    }

    /// True when the paragraphs name every person (by surname), unknown name and place
    /// the question is about: else the question has moved on to other reports.
    pub(super) fn all_named(&self, paragraphs: &[Hit]) -> bool {
        let q = &self.q;
        let mut names: Vec<String> = self
            .r
            .people
            .iter()
            .filter_map(|k| self.surname(k))
            .collect();
        // A person the facts don't know is named by the surname too ("Ribeiro" for
        // "Joaquim da Salles Ribeiro", however the question ordered the rest).
        let named = |u: &String| {
            let short = q.unknown_people.contains(u).then(|| text::norm_words(u));
            short
                .and_then(|w| quote::short_form(&w))
                .unwrap_or_else(|| u.clone())
        };
        // A country is told by its demonym too ("the Estonian side"): countries_told.
        let unknown = (q.unknown.iter()).filter(|u| country_key(u).is_none());
        names.extend(unknown.map(named).chain(q.places.iter().cloned()));
        let texts: Vec<String> = paragraphs
            .iter()
            .map(|h| format!("{} {}", h.title, h.text))
            .collect();
        text::names_all(&texts, &names) && self.countries_told(&texts)
    }

    /// True when `texts` name every country the question names ("Which Yugoslav minister
    /// ...?" is not about reports of Nigeria's talks).
    fn countries_told(&self, texts: &[String]) -> bool {
        let asked = countries_named(self.text, text::is_stop);
        if asked.is_empty() {
            return true;
        }
        let told: Vec<&str> = (texts.iter())
            .flat_map(|t| countries_named(t, |_| false))
            .collect();
        asked.iter().all(|c| told.contains(c))
    }

    /// "What was Goria's complaint about it?", "Did Reagan tell them he'd sign it?": a
    /// follow-up that names someone the conversation's reports name and points back to
    /// what they told is read in their sentences that name that person (with the mark of
    /// the kind, when it has one), though they share none of its other words.
    fn named_and_pointed(&self, paragraphs: &[Hit]) -> Option<super::fallback::Passage> {
        let q = &self.q;
        let points = q.it || q.refers_back || q.pronoun.is_some();
        if !points || q.people.is_empty() && q.unknown_people.is_empty() {
            return None;
        }
        let mut ask = Ask {
            people_required: true,
            all_people: false,
            proper: Vec::new(),
            min_words: 0,
            ..self.ask()
        };
        // "Did he see Reagan too?": a sentence telling a meeting with the one named ("paid
        // a courtesy call on Reagan"), though it shares no other word of the question.
        if q.kind() == Kind::YesNo && q.contact == Contact::Meet && ask.cue == Cue::Words {
            ask.cue = Cue::Meeting;
        }
        self.passage_in(paragraphs, &ask)
    }

    /// The sentences of the conversation's articles with the mark of the question's kind
    /// and at least half of its words, the places it asks about counted among
    /// them ("What is he hoping for on Turkey?" is told by "he hoped ... talks with
    /// Turkey"); the people may be "he" or "the two" there.
    fn read_stayed(&self, paragraphs: &[Hit]) -> Option<super::fallback::Passage> {
        let mut ask = self.ask();
        // "Will Italy be there?": a name asked about is enough to read for.
        if ask.cue == Cue::Words && ask.words.is_empty() && ask.proper.is_empty() {
            return None;
        }
        ask.words.extend(self.q.places.iter().cloned());
        // A sentence naming the countries asked for need not say how the question put
        // what they did ("attending" for "taking part").
        let min_words = match ask.cue {
            Cue::Countries => 0,
            // "And what was decided about Cyprus?": the mark of an outcome stands for the
            // verb that asks it.
            Cue::Outcome => (ask.words.iter())
                .filter(|w| !reader::is_outcome_word(w))
                .count()
                .div_ceil(2),
            // "What's he going to push for?", "How did Kato respond?": the mark stands
            // for the verb that asks it.
            Cue::Aim | Cue::Response => (ask.words.iter())
                .filter(|w| !reader::is_aim_word(w) && !reader::is_response_word(w))
                .count()
                .div_ceil(2),
            _ => ask.words.len().div_ceil(2),
        };
        let ask = Ask {
            people_required: false,
            all_people: false,
            min_words,
            in_report: true,
            ..ask
        };
        self.passage_in(paragraphs, &ask)
    }
}
