//! Which article a question is about: its words besides names and words of meeting,
//! searched whole, choose among meetings that fit equally, and send a question the
//! chosen meeting's texts don't answer to the article that does. Only with
//! [`MIN_TOPIC_WORDS`] such words, so that one common word decides nothing.

use jiff::civil::Weekday;

use crate::index::Hit;
use crate::model::MeetingFact;

use super::question::{Contact, Kind};
use super::select::Selection;
use super::{Turn, templates, text};

/// Words of a question besides names and words of meeting that let its best-matching
/// article choose among meetings that fit equally, or quote another article: two, so that
/// one common word ("next", "date") does not.
const MIN_TOPIC_WORDS: usize = 2;

/// Paragraphs searched for the article a question is about.
const TOPIC_HITS: usize = 10;

impl<'a> Turn<'a> {
    /// The best [`TOPIC_HITS`] paragraphs for the whole question, searched once per turn
    /// (choosing the article and reading the kind of meeting share them).
    pub(super) fn question_hits(&self) -> &[Hit] {
        self.hits
            .get_or_init(|| self.retriever.search(self.text, TOPIC_HITS))
    }

    /// Of several held meetings that fit a question asking for no order, none of them
    /// the conversation's: the one reported in the article that best matches the whole
    /// question ("What did Valente say about the fishing quotas after meeting Alaoui?"
    /// is about the quota talks, not the pair's latest meeting).
    pub(super) fn topical(&self, mut sel: Selection<'a>) -> Selection<'a> {
        if sel.alternatives.len() < 2 || self.detail_words().len() < MIN_TOPIC_WORDS {
            return sel;
        }
        let hits = self.question_hits();
        let reported_in =
            |f: &MeetingFact, article: &str| f.evidence.iter().any(|e| e.article == article);
        let Some(hit) = hits
            .iter()
            .find(|h| sel.alternatives.iter().any(|f| reported_in(f, &h.article)))
        else {
            return sel;
        };
        if sel
            .facts
            .first()
            .is_some_and(|f| reported_in(f, &hit.article))
        {
            return sel;
        }
        let chosen = sel
            .alternatives
            .iter()
            .copied()
            .find(|f| hit.facts.contains(&f.id))
            .or_else(|| {
                sel.alternatives
                    .iter()
                    .copied()
                    .find(|f| reported_in(f, &hit.article))
            });
        if let Some(f) = chosen {
            sel.facts = vec![f];
        }
        sel
    }

    /// True when meeting `f`, not the conversation's, lacks most of the question's other
    /// words while the best-matching paragraph, in another article naming the question's
    /// people, holds them: the question is about what that article reports, which the
    /// facts missed. Not for a yes or no, which the facts answer with what is known ("only
    /// planned").
    pub(super) fn off_topic(&self, f: &MeetingFact) -> bool {
        if self.off_the_event(f) || self.off_the_weekend(f) {
            return true;
        }
        let words = self.detail_words();
        if words.len() < MIN_TOPIC_WORDS
            || self.q.kind() == Kind::YesNo && !self.yes_no_of_one(f)
            || self.r.anchor == Some(f.id)
            || self.holds_details(f)
        {
            return false;
        }
        let hits = self.question_hits();
        let Some(best) = hits.first() else {
            return false;
        };
        !f.evidence.iter().any(|e| e.article == best.article)
            && self.names_everyone(&best.article)
            && templates::keyword_hits(&best.text, &words) >= words.len().div_ceil(2)
    }

    /// "Where was Okafor headed when the audit report came out?": a question timed by an
    /// event told after an inner "when" asks about that moment. Meeting `f`, not the
    /// conversation's, whose texts hold fewer than half of the event's words while the
    /// paragraph best matching the question's names and words (of an article naming its
    /// people) holds half, is some other moment's.
    fn off_the_event(&self, f: &MeetingFact) -> bool {
        let words = self.event_words();
        if words.len() < MIN_TOPIC_WORDS || self.r.anchor == Some(f.id) {
            return false;
        }
        let half = words.len().div_ceil(2);
        if templates::keyword_hits(&self.meeting_text(f), &words) >= half {
            return false;
        }
        let query = self.compact_query(self.text, true, true);
        let hits = self.retriever.search_any(&query, TOPIC_HITS);
        hits.first().is_some_and(|best| {
            !f.evidence.iter().any(|e| e.article == best.article)
                && templates::keyword_hits(&best.text, &words) >= half
                && self.names_everyone(&best.article)
        })
    }

    /// "Who did Reagan meet over the weekend?": a question timed by a weekend is not told
    /// by meeting `f`, not the conversation's, unless it fell on a Saturday or Sunday or
    /// its texts say so. Not for a yes or no, which the facts answer with what is known.
    fn off_the_weekend(&self, f: &MeetingFact) -> bool {
        let asked = text::norm_words(self.text).iter().any(|w| w == "weekend");
        if !asked || self.q.kind() == Kind::YesNo || self.r.anchor == Some(f.id) {
            return false;
        }
        let weekend = |d: Weekday| matches!(d, Weekday::Saturday | Weekday::Sunday);
        if f.date.as_ref().and_then(|d| d.weekday).is_some_and(weekend) {
            return false;
        }
        let told = text::norm_words(&self.meeting_text(f));
        !told
            .iter()
            .any(|w| matches!(w.as_str(), "weekend" | "saturday" | "sunday"))
    }

    /// The question's detail words after an inner "when" ("... headed when the audit
    /// report came out?"); none for a question opened by "when".
    fn event_words(&self) -> Vec<String> {
        let ws = text::norm_words(self.text);
        let Some(at) = ws.iter().skip(1).position(|w| w == "when").map(|i| i + 1) else {
            return Vec::new();
        };
        let clause = &ws[at + 1..];
        (self.detail_words().into_iter())
            .filter(|w| clause.contains(w))
            .collect()
    }

    /// True when a yes or no names one person alone and meeting `f` is with others it
    /// doesn't name ("Is Kuranari still going ahead with his trip to the US?" is not
    /// about his talks with an OECD chief): whether that meeting took place is not asked.
    fn yes_no_of_one(&self, f: &MeetingFact) -> bool {
        let q = &self.q;
        self.r.people.len() == 1
            && q.unknown_people.is_empty()
            && q.counterparts.is_empty()
            && f.participants.iter().any(|p| !self.r.people.contains(p))
    }

    /// True when a yes or no names one person and nothing a meeting could be checked
    /// against: no word of meeting, no other word, no place, time or counterpart ("Is
    /// Lechin going?", "Will Okafor be there?"). A meeting of his is no answer to it;
    /// the articles' words about him are.
    pub(super) fn asks_nothing_of_one(&self) -> bool {
        let q = &self.q;
        q.kind() == Kind::YesNo
            && self.r.people.len() == 1
            && q.unknown.is_empty()
            && q.counterparts.is_empty()
            && q.places.is_empty()
            && q.keywords.is_empty()
            && q.on.is_none()
            && q.contact == Contact::Unstated
            && !self.asks_of_meeting()
    }

    /// True when the article names every person the question is about (by surname).
    pub(super) fn names_everyone(&self, article: &str) -> bool {
        let Some(surnames) = self
            .r
            .people
            .iter()
            .map(|k| self.surname(k))
            .collect::<Option<Vec<String>>>()
        else {
            return false;
        };
        let texts: Vec<String> = self
            .retriever
            .article(article)
            .into_iter()
            .map(|h| h.text)
            .collect();
        text::names_all(&texts, &surnames)
    }
}
