//! Quoting the articles for a question: what a quoted sentence must hold (the
//! [`Need`]), the short search query that finds it, and the quoted answers — about a
//! known meeting whose facts lack the detail, about the question's people or words, or a
//! venue sentence added to a where-answer.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::index::Hit;
use crate::lexicon::calendar::weekday_named;
use crate::lexicon::lists::{
    HONORIFICS_BEFORE_GIVEN_NAME, ORGANISATION_TAILS, PASSAGE_AGREED, PASSAGE_DESCRIBED,
    PASSAGE_SAID, PASSAGE_WHY, QUESTION_BODY_NOUNS, QUESTION_COUNTRY_NOUNS, QUESTION_PLANNED_WORDS,
    VENUE_HEADS,
};
use crate::lexicon::sentences::split_ranges;
use crate::model::{FactStore, MeetingFact, Source};

use super::countries::country_key;
use super::fallback::{self, CLOSEST, NOT_DIRECTLY, Need, Passage, Quoted};
use super::missing::city_or_country;
use super::parse::{self, is_gazetteer_place};
use super::question::Kind;
use super::reader::{self, Ask, Cue};
use super::select::other_place;
use super::templates::{Draft, at_place, date_phrase, join_names, keyword_hits, names};
use super::text::{self, is_stop};
use super::{Answer, AnswerKind, KNOWN_PEOPLE_NAMED, Turn};

/// The intro of a passage read in the reports the last answer quoted.
pub(super) const SAME_REPORT: &str = "In the report quoted, the relevant passage";

/// How many of the best paragraphs the whole question finds are looked through for one
/// sentence naming every person asked ([`Turn::named_passage`]): the best few, where the
/// evidence usually is.
const NAMED_PASSAGE_HITS: usize = 3;

/// Paragraphs searched for other reports of a meeting (a wire story's copies).
const COPY_HITS: usize = 12;

/// The answer to a question about the quoted reports that they don't answer.
const QUOTED_DONT_SAY: &str = "The reports quoted don't say.";

/// Paragraphs a search gives the reader when the meeting's own articles don't answer.
const SEARCHED_PARAGRAPHS: usize = 12;

/// Words of a when-question that say what is timed ("scheduled", "end"): with this many,
/// the quoted reports are read for them as for any other kind; with fewer ("When was
/// that?") the time is the quoted passage's own.
const TIMED_WORDS: usize = 2;

/// Sentences read for one naming an occasion with a time, before those without are
/// dropped.
const OCCASION_CANDIDATES: usize = 8;

/// Shortest content word of a question read for: "eu", "us" say too little.
const MIN_CONTENT_WORD: usize = 3;

/// Best hits whose neighbouring paragraphs are read too (and as many more of those
/// holding every word of the question).
const NEIGHBOURED_HITS: usize = 3;

/// Articles read whole when no paragraph a search found answers: the best dozen, so that a
/// report the search ranked level with, or below, its copies is read (each is a fetch
/// from the store; only on this path, after the paragraphs found failed).
const WHOLE_ARTICLES: usize = 12;

/// Paragraphs of the best hit's article read (a wire story's length; a longer one is read
/// this far): the search points at it, and the sentence that answers may share few words
/// with the question ("expected to be about" told as "likely to be dominated by"), or sit
/// two paragraphs from the hit ("locked in talks with the G8's finance ministers").
const BEST_ARTICLE_PARAGRAPHS: usize = 10;

/// The number of a report's first paragraph, its lead.
const LEAD_PARAGRAPH: usize = 1;

/// Coverage of a hit that holds every word of the question (its title and dateline
/// included), short of rounding.
const FULL_COVERAGE: f32 = 0.999;

/// Sentences searched for a more precise venue.
const VENUE_CANDIDATES: usize = 6;

/// Shortest first name-word a sentence may use for a person alone: shorter ones ("Li",
/// "Wu") are shared by too many people to tell them apart.
const MIN_GIVEN_NAME: usize = 3;

/// Most people whose names must all be in a quoted sentence; with more, one is enough.
const MAX_ALL_NAMES: usize = 2;

/// "at the Hyderabad House", "in the Great Hall", "in the Treasury building": a venue more
/// precise than a city.
static VENUE_RE: LazyLock<Regex> = LazyLock::new(|| {
    // "the Hyderabad House", and "the Treasury building": the head in either case.
    let heads: Vec<String> = VENUE_HEADS
        .iter()
        .flat_map(|h| [text::capitalised(h), h.to_string()])
        .collect();
    let heads = heads.join("|");
    Regex::new(&format!(r"\b(at|in) the (\p{{Lu}}\w+ )+({heads})\b"))
        .expect("venue regex from a word list")
});

/// Words that mark the answer to each kind of question in a sentence.
fn passage_words(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Agreed => &PASSAGE_AGREED,
        Kind::Described => &PASSAGE_DESCRIBED,
        Kind::Said => &PASSAGE_SAID,
        Kind::Why => &PASSAGE_WHY,
        _ => &[],
    }
}

/// "The reports quoted don't say.": a follow-up into quoted reports that none answers.
pub(super) fn quoted_dont_say() -> Answer {
    Answer {
        body: QUOTED_DONT_SAY.into(),
        sources: Vec::new(),
        kind: AnswerKind::NotFound,
    }
}

/// "About the meeting of A and B in X on D, the relevant passage".
pub(super) fn meeting_intro(facts: &FactStore, fact: &MeetingFact) -> String {
    let mut intro = format!(
        "About the meeting of {}",
        join_names(&names(facts, &fact.participants))
    );
    if let Some(p) = &fact.place {
        intro.push_str(&format!(" {}", at_place(p)));
    }
    if let Some(d) = fact.date {
        intro.push_str(&format!(" {}", date_phrase(&d)));
    }
    intro.push_str(", the relevant passage");
    intro
}

impl Turn<'_> {
    /// Name forms a sentence may use for a person: full name, aliases, surname, given name.
    fn name_forms(&self, key: &str) -> Vec<String> {
        let mut forms = vec![key.to_string()];
        if let Some(p) = self.facts.person(key) {
            forms.push(p.name.clone());
            forms.extend(p.aliases.iter().cloned());
            let w = text::norm_words(&p.name);
            if w.len() >= 2 {
                forms.push(w[w.len() - 1].clone());
                if w[0].chars().count() >= MIN_GIVEN_NAME {
                    forms.push(w[0].clone());
                }
            }
        }
        forms
    }

    /// What a quoted sentence must contain for this question (with or without the
    /// resolved people's names).
    fn need(&self, with_names: bool) -> Need {
        let (q, r) = (&self.q, &self.r);
        let mut proper: Vec<String> = q.places.clone();
        proper.extend(q.unknown.iter().map(|u| text::norm_words(u).join(" ")));
        Need {
            names: if with_names {
                r.people.iter().map(|k| self.name_forms(k)).collect()
            } else {
                Vec::new()
            },
            all_names: with_names && r.people.len() <= MAX_ALL_NAMES,
            proper,
            keywords: q.keywords.clone(),
            ..Default::default()
        }
    }

    /// A short search query: the content words of `question` as typed (names, places,
    /// topic words), plus a short name for people the question only refers to ("he",
    /// "they"). Question words and the vocabulary of asking are left out: the index ranks,
    /// and floors, paragraphs by how much of the query they cover.
    pub(super) fn compact_query(
        &self,
        question: &str,
        with_names: bool,
        with_proper: bool,
    ) -> String {
        self.query_words(question, with_names, with_proper, false)
    }

    /// [`Self::compact_query`] with each person searched by the short name only.
    /// Reports name a person in full once and by the short name after ("Mr Brown"): the
    /// other words of a full name rank the first mention above the rest.
    fn short_name_query(&self, question: &str) -> String {
        self.query_words(question, true, true, true)
    }

    fn query_words(
        &self,
        question: &str,
        with_names: bool,
        with_proper: bool,
        short_names: bool,
    ) -> String {
        let (facts, q, r) = (self.facts, &self.q, &self.r);
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
        let given: Vec<String> = r
            .people
            .iter()
            .filter(|_| short_names)
            .flat_map(|k| {
                let short = text::norm_words(&self.short_name(k));
                let mut full = text::norm_words(facts.name(k));
                full.retain(|t| !short.contains(t));
                full
            })
            .collect();
        let mut out: Vec<String> = Vec::new();
        let mut typed: Vec<String> = Vec::new();
        for w in text::words(question) {
            if is_stop(&w.norm) || w.norm.chars().count() < 2 {
                continue;
            }
            if name_tokens.contains(&w.norm) {
                typed.push(w.norm.clone());
                if !with_names || given.contains(&w.norm) {
                    continue;
                }
            }
            if !with_proper && proper_tokens.contains(&w.norm) {
                continue;
            }
            if !out.contains(&w.norm) {
                out.push(w.norm);
            }
        }
        if with_names {
            out.extend(self.short_names_not_typed(&typed));
        }
        if with_proper {
            // Names the conversation carried ("Why is he going?" after a question about
            // someone no fact knows) are searched though not typed.
            for p in &q.unknown {
                for w in text::norm_words(p) {
                    if !out.contains(&w) {
                        out.push(w);
                    }
                }
            }
        }
        out.join(" ")
    }

    /// The short name of each resolved person whose short name the question did not type.
    fn short_names_not_typed(&self, typed: &[String]) -> Vec<String> {
        let mut out = Vec::new();
        for k in &self.r.people {
            let short = self.short_name(k);
            if text::norm_words(&short).iter().all(|t| typed.contains(t)) {
                continue;
            }
            out.push(short);
        }
        out
    }

    /// A person's short name: the shortest alias, else the surname.
    fn short_name(&self, k: &str) -> String {
        self.facts
            .person(k)
            .and_then(|p| p.aliases.iter().min_by_key(|a| a.len()).cloned())
            .unwrap_or_else(|| {
                let full = text::norm_words(self.facts.name(k));
                full.last().cloned().unwrap_or_default()
            })
    }

    /// What a sentence of a known meeting's articles must hold for the question: one of
    /// the people (the speaker of a "what did X say"), and the words of the asked detail.
    fn need_about(&self, fact: &MeetingFact) -> Need {
        let (q, r) = (&self.q, &self.r);
        let mut articles: Vec<String> = fact.evidence.iter().map(|e| e.article.clone()).collect();
        articles.dedup();
        let words = passage_words(q.kind());
        let (keywords, any_of): (Vec<String>, Vec<String>) = if words.is_empty() {
            (q.keywords.clone(), Vec::new())
        } else {
            let mut any: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            any.extend(q.keywords.iter().cloned());
            let rest = q
                .keywords
                .iter()
                .filter(|k| keyword_hits(k, &any[..words.len()]) == 0)
                .cloned()
                .collect();
            (rest, any)
        };
        let speaker: Vec<String> = q.speaker.iter().cloned().collect();
        let people = if matches!(q.kind(), Kind::Said | Kind::Described) && !speaker.is_empty() {
            &speaker
        } else if r.people.is_empty() {
            &fact.participants
        } else {
            &r.people
        };
        Need {
            names: people.iter().map(|k| self.name_forms(k)).collect(),
            all_names: false,
            proper: Vec::new(),
            keywords,
            any_of,
            articles,
            boost: q.keywords.clone(),
        }
    }

    /// What the reader looks for about a known meeting: the speaker of "what did X say",
    /// else the question's people, else the meeting's; the question's words and places;
    /// the mark of its kind.
    pub(super) fn ask_about(&self, fact: &MeetingFact) -> Ask {
        let (q, r) = (&self.q, &self.r);
        let speaker: Vec<String> = q.speaker.iter().cloned().collect();
        let people = if q.kind() == Kind::Said && !speaker.is_empty() {
            &speaker
        } else if r.people.is_empty() {
            &fact.participants
        } else {
            &r.people
        };
        Ask {
            people: people.iter().map(|k| self.name_forms(k)).collect(),
            people_required: false,
            // "How long did A's talks with B last?": a length told of A's talks with C is
            // not theirs; the sentence names both or points to them ("the talks").
            all_people: q.kind() == Kind::HowLong && people.len() == 2,
            // The places asked, and a speaker no fact knows: their words are asked for.
            proper: q
                .places
                .iter()
                .cloned()
                .chain(
                    q.unknown_places
                        .iter()
                        .chain(&q.unknown_speaker)
                        .map(|u| text::norm_words(u).join(" ")),
                )
                .collect(),
            words: self.content_words(),
            min_words: 0,
            // "Who else attended?" is told by a sentence of attending, "Who did they meet
            // about X?" by one of meeting.
            cue: if q.kind() == Kind::Who
                && !matches!(
                    Cue::of_question(Kind::Who, self.text),
                    Cue::Meeting | Cue::HeldMeeting
                ) {
                Cue::Attendance
            } else {
                Cue::of_question(q.kind(), self.text)
            },
            skip: Vec::new(),
            evidence: fact
                .evidence
                .iter()
                .map(|e| (e.article.clone(), e.paragraph))
                .collect(),
            verb: q.verb.clone(),
            in_report: false,
            meeting_asked: self.asks_of_meeting(),
            period: q.on,
        }
    }

    /// The paragraphs of the articles that report a meeting.
    fn own_paragraphs(&self, fact: &MeetingFact) -> Vec<Hit> {
        let mut articles: Vec<&str> = fact.evidence.iter().map(|e| e.article.as_str()).collect();
        articles.dedup();
        self.paragraphs_of(articles)
    }

    /// Sentences of a meeting's own articles with the mark of the question's kind (no
    /// softer retry, no other articles).
    pub(super) fn read_marked(&self, fact: &MeetingFact) -> Option<Passage> {
        let limit = self.cfg.max_quoted_sentences.max(1);
        let sentences = reader::read(
            &self.own_paragraphs(fact),
            &self.ask_about(fact),
            limit,
            self.cfg.max_scored_sentences,
        );
        (!sentences.is_empty()).then_some(Passage { sentences })
    }

    /// Sentences of a meeting's own articles for the question's words, its places not
    /// required: "What is Washington considering now?" after talks there is told by "the
    /// U.S. is considering ...", the capital standing for its government.
    pub(super) fn read_own_without_places(&self, fact: &MeetingFact) -> Option<Passage> {
        let ask = Ask {
            proper: Vec::new(),
            ..self.ask_about(fact)
        };
        if ask.words.is_empty() {
            return None;
        }
        let sentences = self.read_own(fact, &ask);
        (!sentences.is_empty()).then_some(Passage { sentences })
    }

    /// The best sentences of a meeting's own articles for `ask`, and without its mark
    /// when none has it and the mark may be dropped.
    fn read_own(&self, fact: &MeetingFact, ask: &Ask) -> Vec<Quoted> {
        let limit = self.cfg.max_quoted_sentences.max(1);
        let own = self.own_paragraphs(fact);
        let sentences = reader::read(&own, ask, limit, self.cfg.max_scored_sentences);
        match ask.without_mark() {
            Some(soft) if sentences.is_empty() => {
                reader::read(&own, &soft, limit, self.cfg.max_scored_sentences)
            }
            _ => sentences,
        }
    }

    pub(super) fn read_about(&self, fact: &MeetingFact) -> Option<Passage> {
        let ask = self.ask_about(fact);
        let limit = self.cfg.max_quoted_sentences.max(1);
        let mut sentences = self.read_own(fact, &ask);
        if sentences.is_empty() {
            let query = self.compact_query(self.text, true, false);
            let found = self.retriever.search_any(&query, SEARCHED_PARAGRAPHS);
            let ask = Ask {
                people_required: true,
                ..ask
            };
            sentences = reader::read(&found, &ask, limit, self.cfg.max_scored_sentences);
        }
        (!sentences.is_empty()).then_some(Passage { sentences })
    }

    /// "What else did they agree besides the ferry?" when every outcome the meeting's
    /// facts hold is the thing left out: the sentences of its own articles with the mark of
    /// an outcome that don't speak of it. `None` for another question, or when the facts
    /// hold another outcome (the template tells it).
    pub(super) fn other_outcomes(&self, fact: &MeetingFact) -> Option<Answer> {
        let left_out = &self.q.left_out;
        if self.q.kind() != Kind::Agreed || left_out.is_empty() {
            return None;
        }
        // "A second ferry service" is no "Turku-Tallinn ferry": most of its words make it.
        let other = |t: &str| keyword_hits(t, left_out) * 2 < left_out.len();
        if fact.outcomes.iter().any(|o| other(&o.text)) {
            return None;
        }
        let paragraphs = self.own_paragraphs(fact);
        let skip: Vec<String> = paragraphs
            .iter()
            .flat_map(|h| {
                split_ranges(&h.text)
                    .into_iter()
                    .map(|(a, b)| h.text[a..b].trim())
            })
            .filter(|s| !other(s))
            .map(str::to_string)
            .collect();
        let ask = Ask {
            skip,
            ..self.ask_about(fact)
        };
        let limit = self.cfg.max_quoted_sentences.max(1);
        let sentences = reader::read(&paragraphs, &ask, limit, self.cfg.max_scored_sentences);
        let p = (!sentences.is_empty()).then_some(Passage { sentences })?;
        Some(self.told_about(&p, fact))
    }

    /// `p` told as about the meeting `fact` when one of its sentences comes from the
    /// meeting's own reports; a passage of other reports only is the closest ("The move
    /// by Johnson & Johnson" is no word of a meeting of a Johnson's).
    pub(super) fn told_about(&self, p: &Passage, fact: &MeetingFact) -> Answer {
        let own = |a: &str| fact.evidence.iter().any(|e| e.article == a);
        if p.sentences.iter().any(|s| own(&s.source.article)) {
            p.answer(&meeting_intro(self.facts, fact), self.cfg)
        } else {
            p.answer(&format!("{NOT_DIRECTLY} {CLOSEST}"), self.cfg)
        }
    }

    /// Quotes the best passage for a question whose meeting `fact` is known but whose
    /// detail the facts don't hold: sentences of the meeting's own articles, naming one of
    /// the people and using the question's words.
    pub(super) fn quote_about(&self, fact: &MeetingFact) -> Option<Answer> {
        if let Some(mut p) = self.read_about(fact) {
            if self.q.kind() == Kind::YesNo {
                self.with_evidence_first(&mut p, fact);
            }
            return Some(self.told_about(&p, fact));
        }
        let query = self.compact_query(self.text, true, false);
        let need = self.need_about(fact);
        let passage = fallback::passage(self.retriever, self.cfg, &query, &need)
            .or_else(|| self.read_copies(fact, &query, need))?;
        Some(self.told_about(&passage, fact))
    }

    /// "What were they told about unemployment?" when the meeting's own report (a
    /// corrected copy) lacks it: in its other reports ([`Self::copies_of`]), the passage
    /// `need` finds there, else the sentences that name one of its people and hold every
    /// word asked.
    fn read_copies(&self, fact: &MeetingFact, query: &str, need: Need) -> Option<Passage> {
        let copies = self.copies_of(fact, query);
        if copies.is_empty() {
            return None;
        }
        let need = Need {
            articles: copies,
            ..need
        };
        if let Some(p) = fallback::passage(self.retriever, self.cfg, query, &need) {
            return Some(p);
        }
        let ask = self.ask_about(fact);
        if ask.words.is_empty() {
            return None;
        }
        let paragraphs = self.paragraphs_of(need.articles.iter().map(String::as_str));
        let ask = Ask {
            cue: Cue::Words,
            min_words: ask.words.len(),
            people_required: true,
            ..ask
        };
        let limit = self.cfg.max_quoted_sentences.max(1);
        let sentences = reader::read(&paragraphs, &ask, limit, self.cfg.max_scored_sentences);
        (!sentences.is_empty()).then_some(Passage { sentences })
    }

    /// Other reports of `fact` (a copy of one wire story, its corrected version): the
    /// articles among the best hits for `query`, besides the meeting's own, whose text
    /// names at least two of its people and half of them or more.
    fn copies_of(&self, fact: &MeetingFact, query: &str) -> Vec<String> {
        let surnames: Vec<String> = (fact.participants.iter())
            .filter_map(|k| self.surname(k))
            .collect();
        let mut out: Vec<String> = Vec::new();
        if surnames.len() < 2 {
            return out;
        }
        // An article hit by several paragraphs is judged once.
        let mut judged: HashSet<String> = HashSet::new();
        for hit in self.retriever.search(query, COPY_HITS) {
            let own = fact.evidence.iter().any(|e| e.article == hit.article);
            if own || !judged.insert(hit.article.clone()) {
                continue;
            }
            let paragraphs = self.paragraphs_of([hit.article.as_str()]);
            let words: HashSet<String> = (paragraphs.iter())
                .flat_map(|h| text::norm_words(&h.text))
                .collect();
            let named = surnames.iter().filter(|s| words.contains(*s)).count();
            if named >= 2 && named * 2 >= surnames.len() {
                out.push(hit.article.clone());
            }
        }
        out
    }

    /// "Did Geis ever meet Hahn about the fraud?" when the sentences found with the
    /// question's words tell the fraud, not the meeting: the sentence the meeting was
    /// found in comes first ("Geis later met Hahn"), what the question asks of it after.
    fn with_evidence_first(&self, p: &mut Passage, fact: &MeetingFact) {
        let Some(e) = fact.evidence.first() else {
            return;
        };
        if p.sentences.iter().any(|s| s.sentence == e.sentence) {
            return;
        }
        let quoted = Quoted {
            score: p.sentences.first().map_or(0.0, |s| s.score),
            sentence: e.sentence.clone(),
            source: Source {
                article: e.article.clone(),
                title: e.title.clone(),
                url: e.url.clone(),
                paragraph: e.paragraph,
            },
        };
        p.sentences.insert(0, quoted);
        p.sentences.truncate(self.cfg.max_quoted_sentences.max(2));
    }

    /// The words of the question about something other than meeting ("decide to revive
    /// the mechanism"): a meeting told as its answer must be about them too.
    pub(super) fn detail_words(&self) -> Vec<String> {
        let q = &self.q;
        let mut words: Vec<String> = q
            .keywords
            .iter()
            .filter(|k| !super::parse::is_meet_word(k))
            .cloned()
            .collect();
        // A place or name the facts don't know ("Why did X stay in Kyiv?") is a detail too;
        // not for a yes or no, which the meeting's place answers ("Did they meet in Lima?").
        let names: &[String] = if q.kind() == Kind::YesNo {
            &[]
        } else {
            &q.unknown
        };
        for u in names.iter().filter(|u| !q.unknown_people.contains(u)) {
            words.extend(text::norm_words(u));
        }
        words
    }

    /// Everything a meeting's facts hold and the paragraphs that report it, as one text:
    /// where an asked detail would be told. For a who-question, with their reports'
    /// titles: whom someone met "about the fjord row" is told by a report on the row
    /// ("... moving towards fjord talks"); a when- or why-question's detail may be another
    /// event the report is about, and must be told of the meeting.
    pub(super) fn meeting_text(&self, fact: &MeetingFact) -> String {
        let mut text = super::select::fact_text(fact);
        let who = self.q.kind() == Kind::Who;
        let mut articles: Vec<&str> = fact.evidence.iter().map(|e| e.article.as_str()).collect();
        articles.dedup();
        for a in articles {
            let paragraphs = self.retriever.article(a);
            if let Some(title) = paragraphs.first().map(|p| &p.title).filter(|_| who) {
                text.push(' ');
                text.push_str(title);
            }
            for p in paragraphs {
                if fact
                    .evidence
                    .iter()
                    .any(|e| e.article == p.article && e.paragraph == p.paragraph)
                {
                    text.push(' ');
                    text.push_str(&p.text);
                }
            }
        }
        text
    }

    /// True when a meeting's texts hold at least half of the asked details (or there are
    /// none), and every group the question says was met ("the grain exporters": a meeting
    /// with a minister is not that one).
    pub(super) fn holds_details(&self, fact: &MeetingFact) -> bool {
        let words = self.detail_words();
        if words.is_empty() {
            return true;
        }
        let text = self.meeting_text(fact);
        keyword_hits(&text, &words) >= words.len().div_ceil(2)
            && keyword_hits(&text, &self.q.group) == self.q.group.len()
    }

    /// For a when- or where-question that asks about more than a meeting, when `fact`
    /// says nothing of it: the sentences that hold most of the asked words with the mark of
    /// the kind. `None` when the meeting's own texts hold them, or no sentence does.
    pub(super) fn detail_not_in(&self, fact: &MeetingFact) -> Option<Answer> {
        let p = self.detail_passage(fact)?;
        let intro = self.intro_for(&self.ask(), &p);
        Some(p.answer(&format!("{NOT_DIRECTLY} {intro}"), self.cfg))
    }

    /// The sentences of [`Self::detail_not_in`].
    pub(super) fn detail_passage(&self, fact: &MeetingFact) -> Option<Passage> {
        let words = self.detail_words();
        if words.is_empty() {
            return None;
        }
        let needed = words.len().div_ceil(2);
        if self.holds_details(fact) {
            return None;
        }
        let ask = Ask {
            words,
            min_words: needed,
            ..self.ask()
        };
        self.read_conversation_articles(&ask)
            .or_else(|| self.read_corpus(&ask))
            .or_else(|| ask.without_mark().and_then(|soft| self.read_corpus(&soft)))
            .or_else(|| self.marked_in_telling_article(&ask))
    }

    /// A follow-up pointing back ("Which ministers did he see?"): the sentences for `ask` in
    /// the reports the conversation cited last, before the corpus.
    pub(super) fn read_conversation_articles(&self, ask: &Ask) -> Option<Passage> {
        let q = &self.q;
        if !(q.pronoun.is_some() || q.refers_back || q.it) {
            return None;
        }
        let mut articles: Vec<&str> = (self.r.articles.iter())
            .chain(self.r.passage.iter().map(|(a, _)| a))
            .map(String::as_str)
            .collect();
        articles.sort_unstable();
        articles.dedup();
        if articles.is_empty() {
            return None;
        }
        self.passage_in(&self.paragraphs_of(articles), ask)
    }

    /// "Where was X speaking when he called the rebate unjustified?": the words are told
    /// in one sentence of an article ("X called the rebate unjustified"), the place in
    /// another ("X told reporters in Brussels"). Of the articles a search finds, the first
    /// whose text holds the asked words: its sentence naming the person with the mark.
    fn marked_in_telling_article(&self, ask: &Ask) -> Option<Passage> {
        let query = self.compact_query(self.text, true, true);
        let hits = self.retriever.search_any(&query, SEARCHED_PARAGRAPHS);
        let marked = Ask {
            words: Vec::new(),
            min_words: 0,
            ..ask.clone()
        };
        let mut seen: Vec<&str> = Vec::new();
        for h in &hits {
            if seen.contains(&h.article.as_str()) || seen.len() >= NEIGHBOURED_HITS {
                continue;
            }
            seen.push(&h.article);
            let paragraphs = self.retriever.article(&h.article);
            let all: String = paragraphs
                .iter()
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if keyword_hits(&all, &ask.words) < ask.min_words {
                continue;
            }
            let sentences = reader::read(&paragraphs, &marked, 1, self.cfg.max_scored_sentences);
            if !sentences.is_empty() {
                return Some(Passage { sentences });
            }
        }
        None
    }

    /// Sentences anywhere that tell of an earlier meeting of the question's people, for a
    /// "before" whose meeting the facts don't hold ("before Munich").
    /// The whole articles of the best hits are read: an article about the people tells of
    /// their earlier meeting anywhere in it ("The two last met in July ...").
    pub(super) fn recalled_anywhere(&self) -> Option<Passage> {
        let ask = Ask {
            proper: Vec::new(),
            words: self.q.keywords.clone(),
            min_words: 0,
            cue: Cue::recall(self.q.kind()),
            ..self.ask()
        };
        let query = self.compact_query(self.text, true, true);
        let hits = self.retriever.search_any(&query, SEARCHED_PARAGRAPHS);
        self.read_articles_of(&hits, NEIGHBOURED_HITS, &ask, 1)
    }

    /// The question's content words for reading: its keywords, and the words parsing
    /// took for a described counterpart ("the Indian delegation"), not names of its people
    /// or its places; a weekday it names is one ("Where is he going on Tuesday?" is told
    /// by "On Tuesday he will visit ...").
    fn content_words(&self) -> Vec<String> {
        let names: Vec<String> = self
            .r
            .people
            .iter()
            .flat_map(|k| text::norm_words(self.facts.name(k)))
            .collect();
        let places: Vec<String> = self
            .q
            .places
            .iter()
            .flat_map(|p| text::norm_words(p))
            .collect();
        let asking = if self.q.kind() == Kind::Why {
            super::parse::why_phrase_words(&self.text.to_lowercase())
        } else {
            Vec::new()
        };
        let mut words = self.q.keywords.clone();
        for w in text::words(self.text) {
            let keep = !is_stop(&w.norm)
                && !asking.contains(&w.norm.as_str())
                && w.norm.chars().count() >= MIN_CONTENT_WORD
                && !w.norm.chars().all(|c| c.is_ascii_digit())
                && !names.contains(&w.norm)
                && !places.contains(&w.norm)
                && !self.q.left_out.contains(&w.norm)
                && country_key(&w.norm).is_none()
                && (!w.capital || weekday_named(&w.norm).is_some());
            if keep && !words.contains(&w.norm) {
                words.push(w.norm);
            }
        }
        words
    }

    /// What the reader looks for in the corpus: the question's people (one of them must be
    /// named or pointed to), places, words and the mark of its kind.
    pub(super) fn ask(&self) -> Ask {
        let (q, r) = (&self.q, &self.r);
        let mut proper = q.places.clone();
        // A setting the gazetteer lacks ("at Knokke-Heist") may stand only in a dateline;
        // an owner of the matter asked about ("the Commission's farm package") is a word a
        // sentence may leave out ("initial talks on the farm package"). A country owner
        // ("Taiwan's trade talks") says whose talks they are: its report names it.
        proper.extend(
            q.unknown
                .iter()
                .filter(|u| !q.unknown_people.contains(u) && !q.unknown_settings.contains(u))
                .filter(|u| {
                    !owner_in(self.text, u) || country_key(u).is_some() || owner_meets(self.text, u)
                })
                .map(|u| self.required_form(u)),
        );
        let mut people: Vec<Vec<String>> = r.people.iter().map(|k| self.name_forms(k)).collect();
        people.extend(q.unknown_people.iter().map(|u| unknown_name_forms(u)));
        let mut words = self.content_words();
        let mut cue = Cue::of_question(q.kind(), self.text);
        // "What meeting were they getting ready for?": a time to come is the mark of the
        // kind, not a word a sentence must repeat ("ahead of the summit").
        if cue == Cue::Upcoming || cue == Cue::Plan {
            words.retain(|w| !QUESTION_PLANNED_WORDS.has(w));
        }
        // "Which countries took part?": the countries are named, not called countries.
        if cue == Cue::Countries {
            words.retain(|w| !QUESTION_COUNTRY_NOUNS.has(w));
            // "Which European countries ...?": the countries named tell the region; no
            // sentence need say "European".
            let ws = text::norm_words(self.text);
            if let Some(k) = reader::country_noun_at(&ws)
                && k >= 2
            {
                proper.retain(|p| *p != ws[k - 1]);
            }
        }
        // "Which panel did she warn?": the body is named, not called a panel.
        if cue == Cue::Body {
            words.retain(|w| !QUESTION_BODY_NOUNS.has(w));
        }
        // "Which official will speak with ...?", "Who held the talks that led to the
        // accord?" name nobody who met: they ask who did, a sentence that names someone.
        // One asking who was at a meeting is told by a sentence of meeting naming them.
        // "Who took part?", "Who negotiated it?": taking part is told by any sentence of
        // meeting or attending that names someone, whatever its verb.
        let mut verb = q.verb.clone();
        if q.kind() == Kind::Who && people.is_empty() {
            let taking_part = parse::takes_part(&text::norm_words(self.text));
            if taking_part {
                words.retain(|w| !parse::taking_part_word(w));
                verb = None;
            }
            cue = if taking_part || self.asks_of_meeting() && q.verb.is_none() {
                Cue::Participants
            } else {
                Cue::Person
            };
        }
        let elsewhere = self.asks_elsewhere();
        Ask {
            all_people: people.len() <= MAX_ALL_NAMES && !elsewhere,
            people,
            people_required: !elsewhere,
            proper,
            words,
            min_words: 0,
            cue,
            skip: Vec::new(),
            evidence: Vec::new(),
            verb,
            in_report: false,
            meeting_asked: self.asks_of_meeting(),
            period: q.on,
        }
    }

    /// The folded form of an unknown name a sentence or its paragraph must hold: whole,
    /// but a full name the question cites ("according to Peter Wallison") by its surname
    /// ("Wallison said ...").
    fn required_form(&self, name: &str) -> String {
        let words = text::norm_words(name);
        match words.as_slice() {
            [.., last] if self.q.attributed.iter().any(|a| a == name) => last.clone(),
            _ => words.join(" "),
        }
    }

    /// "When do the talks in Moscow start?" after a meeting in Cairo: a follow-up naming
    /// no one and only places other than the conversation's meeting's asks about another
    /// event, whose sentences need not name that meeting's people.
    fn asks_elsewhere(&self) -> bool {
        let meeting = self.r.anchor.and_then(|i| self.facts.fact(i));
        meeting.is_some_and(|f| self.elsewhere_than(f))
    }

    /// True when the question names no one and only cities or countries, each other than
    /// the place of meeting `f` (which has one).
    pub(super) fn elsewhere_than(&self, f: &MeetingFact) -> bool {
        let q = &self.q;
        let places: Vec<&String> = q.places.iter().chain(&q.unknown_places).collect();
        q.people.is_empty()
            && !places.is_empty()
            && places
                .iter()
                .all(|p| city_or_country(p) && other_place(f, p))
    }

    /// A detail asked of a meeting at a city or country no meeting of the facts is at
    /// ("What did Lind sign on his visit to Quito?"), of a meeting held elsewhere: the
    /// meeting is not the one asked about.
    pub(super) fn detail_elsewhere(&self, f: &MeetingFact) -> bool {
        let q = &self.q;
        matches!(
            q.kind(),
            Kind::Agreed | Kind::Said | Kind::Why | Kind::HowLong | Kind::Described
        ) && !q.unknown_places.is_empty()
            && q.unknown_places
                .iter()
                .all(|p| city_or_country(p) && other_place(f, p))
    }

    /// The best sentences of the paragraphs a search for the question finds, with the
    /// paragraphs next to the best ones (who "the two" are is often said just before).
    pub(super) fn read_corpus(&self, ask: &Ask) -> Option<Passage> {
        let query = self.compact_query(self.text, true, true);
        let mut hits = self.retriever.search_any(&query, SEARCHED_PARAGRAPHS);
        if let Some(p) = self.read_hits(hits.clone(), NEIGHBOURED_HITS, ask) {
            return Some(p);
        }
        // Nothing there: search again with each person's short name, as reports call them
        // after the first mention (a second search only when the first finds nothing).
        let short = self.short_name_query(self.text);
        if short != query {
            for h in self.retriever.search_any(&short, SEARCHED_PARAGRAPHS) {
                if !hits
                    .iter()
                    .any(|x| x.article == h.article && x.paragraph == h.paragraph)
                {
                    hits.push(h);
                }
            }
            if let Some(p) = self.read_hits(hits.clone(), NEIGHBOURED_HITS, ask) {
                return Some(p);
            }
        }
        // Nor there: the best hits' articles read whole; the sentence that answers may
        // share few words with the question ("The three-day meeting was dominated by ..."
        // after a paragraph naming the bank).
        let limit = self.cfg.max_quoted_sentences.max(1);
        // Nor there: a search for the people alone, whose rare names the question's
        // common words may outweigh ("What is Okafor threatening if the union won't
        // budge?" finds every paragraph of unions that would not budge first).
        self.read_articles_of(&hits, WHOLE_ARTICLES, ask, limit)
            .or_else(|| self.read_named(ask))
    }

    /// The best sentences for `ask` of the paragraphs a search for its people's names
    /// alone finds; `None` when it requires nobody, or someone with more than one form of
    /// name (a known or full name, whose surname alone would find namesakes).
    fn read_named(&self, ask: &Ask) -> Option<Passage> {
        if !ask.people_required || ask.people.is_empty() || ask.people.iter().any(|f| f.len() > 1) {
            return None;
        }
        let names: Vec<&str> = ask
            .people
            .iter()
            .filter_map(|f| f.first())
            .map(String::as_str)
            .collect();
        let hits = self
            .retriever
            .search_any(&names.join(" "), SEARCHED_PARAGRAPHS);
        self.read_hits(hits, NEIGHBOURED_HITS, ask)
    }

    /// The best `limit` sentences for `ask` of the first `count` articles of `hits`, read
    /// whole.
    fn read_articles_of(
        &self,
        hits: &[Hit],
        count: usize,
        ask: &Ask,
        limit: usize,
    ) -> Option<Passage> {
        let mut articles: Vec<&str> = Vec::new();
        for h in hits {
            if !articles.contains(&h.article.as_str()) && articles.len() < count {
                articles.push(&h.article);
            }
        }
        let paragraphs = self.paragraphs_of(articles);
        let sentences = reader::read(&paragraphs, ask, limit, self.cfg.max_scored_sentences);
        (!sentences.is_empty()).then_some(Passage { sentences })
    }

    /// The best sentences of `hits` and the neighbours of the `neighboured` best for
    /// `ask`; without the place when nothing names it.
    pub(super) fn read_hits(
        &self,
        hits: Vec<Hit>,
        neighboured: usize,
        ask: &Ask,
    ) -> Option<Passage> {
        let found = self.with_neighbours(hits, neighboured);
        let limit = self.cfg.max_quoted_sentences.max(1);
        let mut sentences = reader::read(&found, ask, limit, self.cfg.max_scored_sentences);
        // "Who chaired the inquiry into the Nordlys?": the verb asked about may be told
        // without repeating the name of the matter.
        let verb_missing = ask
            .verb
            .as_ref()
            .is_some_and(|v| !sentences.iter().any(|q| reader::has_verb(&q.sentence, v)));
        let loose_fits = !ask.people.is_empty() && sentences.is_empty() || verb_missing;
        let subjects = self.subjects(ask);
        if loose_fits && ask.proper.iter().any(|p| !subjects.contains(p)) {
            // The people and the asked detail may be told without repeating the place or
            // the matter; not without who did it ("Did Italy turn up?").
            let loose = Ask {
                proper: subjects,
                ..ask.clone()
            };
            let read = reader::read(&found, &loose, limit, self.cfg.max_scored_sentences);
            let has = |v: &String| read.iter().any(|q| reader::has_verb(&q.sentence, v));
            // "He beat Safin in the final" of another player's report does not replace
            // "Hewitt ... with victory over Minar in the final of the Sydney International":
            // the verb's sentence must name one of the people asked about.
            let named = |q: &Quoted| {
                let has_name = fallback::phrase_test(&q.sentence);
                ask.people.is_empty() || ask.people.iter().flatten().any(|f| has_name(f))
            };
            if sentences.is_empty()
                || ask.verb.as_ref().is_some_and(has) && read.first().is_some_and(named)
            {
                sentences = read;
            }
        }
        (!sentences.is_empty()).then_some(Passage { sentences })
    }

    /// The proper names of `ask` that the question puts before the verb it asks about
    /// and are no place: who did it ("Did Italy turn up?"), not the matter ("chaired the
    /// inquiry into the Nordlys") or where.
    fn subjects(&self, ask: &Ask) -> Vec<String> {
        let Some(verb) = &ask.verb else {
            return Vec::new();
        };
        let words = text::norm_words(self.text);
        let first = verb.split(' ').next().unwrap_or_default();
        let Some(at) = words.iter().position(|w| w == first) else {
            return Vec::new();
        };
        let before = format!(" {} ", words[..at].join(" "));
        let places: Vec<String> = (self.q.places.iter())
            .chain(&self.q.unknown_places)
            .map(|p| text::norm_words(p).join(" "))
            .collect();
        (ask.proper.iter())
            .filter(|p| !places.contains(p) && before.contains(&format!(" {p} ")))
            .cloned()
            .collect()
    }

    /// A follow-up naming nothing itself ("Why?", "When was that?") after a quoted answer:
    /// the sentences of the quoted paragraphs and their neighbours that answer it. They are
    /// about the people already, so a sentence need not name them. "When?" of a passage
    /// that tells no date gives the date of its report, with the passage.
    /// Returns the passage with its intro ("The closest passage", or the report's date
    /// before it).
    pub(super) fn read_passage(&self, ask: &Ask) -> Option<(String, Passage)> {
        let hits = self.passage_hits();
        if hits.is_empty() {
            return None;
        }
        // The passage is about the people already: names no longer weigh, the mark of
        // the asked kind does ("had agreed to appear" over a sentence naming them all).
        let people = if ask.cue == Cue::Words {
            ask.people.clone()
        } else {
            Vec::new()
        };
        let ask = Ask {
            people,
            people_required: false,
            all_people: false,
            evidence: self.r.passage.clone(),
            ..ask.clone()
        };
        let limit = self.cfg.max_quoted_sentences.max(1);
        let read = |hits: &[Hit]| {
            let mut found = reader::read(hits, &ask, limit, self.cfg.max_scored_sentences);
            if ask.cue.is_time() {
                // The date of a meeting, not of a book launch told beside it; unless the
                // question asks the time of that ("When was the deal hammered out?").
                let asked = |t: &str| {
                    !ask.words.is_empty()
                        && keyword_hits(t, &ask.words) >= ask.words.len().div_ceil(2)
                };
                found.retain(|q| reader::tells_meeting(&q.sentence) || asked(&q.sentence));
            }
            found
        };
        // The sentences just quoted first, then their paragraphs; and these when only they
        // hold a word of the question ("and when was the last round?" after a quote of
        // talks to come: the round is told further on).
        let holds_word =
            |found: &[Quoted]| (found.iter()).any(|q| keyword_hits(&q.sentence, &ask.words) > 0);
        let quoted_first = |hs: &[Hit]| {
            let quoted = read(&self.just_quoted(hs));
            if quoted.is_empty() {
                return read(hs);
            }
            if ask.words.is_empty() || holds_word(&quoted) {
                return quoted;
            }
            let all = read(hs);
            if holds_word(&all) { all } else { quoted }
        };
        let mut sentences = match self.lead_report(&hits, &ask) {
            Some(own) => quoted_first(&own),
            None => Vec::new(),
        };
        // "Where did that happen?" is told by a sentence just quoted; a detail asked next
        // ("What did they agree?") by another sentence of their paragraphs.
        if sentences.is_empty() {
            sentences = if ask.cue == Cue::Place || ask.cue.is_time() {
                quoted_first(&hits)
            } else {
                read(&hits)
            };
        }
        if !ask.cue.is_time() {
            return (!sentences.is_empty()).then(|| (CLOSEST.to_string(), Passage { sentences }));
        }
        if sentences
            .iter()
            .any(|q| super::told::tells_year(&q.sentence))
        {
            return Some((CLOSEST.to_string(), Passage { sentences }));
        }
        // "When?" of a passage that tells no date ("a weekend visit", "since the crisis"):
        // the date of the report it comes from, with the passage.
        let (article, paragraph) = self.r.passage.first()?;
        let quoted = hits
            .iter()
            .find(|h| h.article == *article && h.paragraph == *paragraph)?;
        let dated = quoted.published;
        if sentences.is_empty() {
            let (start, end) = *split_ranges(&quoted.text).first()?;
            sentences.push(Quoted {
                score: 0.0,
                sentence: quoted.text[start..end].trim().to_string(),
                source: reader::source(quoted),
            });
        }
        let intro = super::told::dateless_intro(dated, &sentences);
        Some((intro, Passage { sentences }))
    }

    /// "When?" of several reports quoted: the paragraphs of the first quoted report, where
    /// the meeting of the first, best sentence is told ("met yesterday" in the paragraph
    /// after it), before another report's time of what may be another meeting. `None` for
    /// one report quoted, for another kind, and for "When was the deal hammered out?",
    /// whose words say which report.
    fn lead_report(&self, hits: &[Hit], ask: &Ask) -> Option<Vec<Hit>> {
        let (lead, _) = self.r.passage.first()?;
        let several = self.r.passage.iter().any(|(a, _)| a != lead);
        (ask.cue.is_time() && ask.words.is_empty() && several).then(|| {
            hits.iter()
                .filter(|h| h.article == *lead)
                .cloned()
                .collect()
        })
    }

    /// A follow-up after a quoted answer whose words are told further off in the same
    /// report ("Who backed his plan at a dinner?" after a quote of its second paragraph):
    /// the sentences of the quoted articles that hold at least half of the question's
    /// words, with the mark of its kind when it has one.
    fn read_quoted_articles(&self, ask: &Ask) -> Option<Passage> {
        if ask.words.is_empty() {
            return None;
        }
        let ask = Ask {
            people_required: false,
            all_people: false,
            ..ask.clone()
        };
        self.read_in_quoted_articles(&ask, ask.words.len().div_ceil(2))
    }

    /// A detail asked of someone right after a quoted answer about them ("What did Quist
    /// tell them?" after a quote of the union leaders' meeting with her): the quoted
    /// reports' sentences that name the people asked about and show the mark of the
    /// kind, before the facts of another meeting of theirs.
    pub(super) fn read_context_articles(&self) -> Option<Passage> {
        let ask = self.ask();
        if matches!(ask.cue, Cue::Words | Cue::Place) || ask.cue.is_time() || ask.people.is_empty()
        {
            return None;
        }
        let ask = Ask {
            all_people: false,
            ..ask
        };
        self.read_in_quoted_articles(&ask, ask.words.len().div_ceil(2))
    }

    /// The best sentences for `ask` among all paragraphs of the articles the last quoted
    /// answer came from, holding at least `min_words` of its words.
    fn read_in_quoted_articles(&self, ask: &Ask, min_words: usize) -> Option<Passage> {
        if self.r.passage.is_empty() {
            return None;
        }
        let mut articles: Vec<&str> = self.r.passage.iter().map(|(a, _)| a.as_str()).collect();
        articles.dedup();
        let paragraphs = self.paragraphs_of(articles);
        // These are the reports the conversation is on: two countries named there answer
        // "Which countries will be there?".
        let ask = Ask {
            min_words,
            in_report: true,
            ..ask.clone()
        };
        self.passage_in(&paragraphs, &ask)
    }

    /// The best sentences of `paragraphs` for `ask`, as many as an answer quotes; `None`
    /// when none fits.
    pub(super) fn passage_in(&self, paragraphs: &[Hit], ask: &Ask) -> Option<Passage> {
        let limit = self.cfg.max_quoted_sentences.max(1);
        let sentences = reader::read(paragraphs, ask, limit, self.cfg.max_scored_sentences);
        (!sentences.is_empty()).then_some(Passage { sentences })
    }

    /// `hits` cut down to the sentences the last answer quoted (none when it quoted none).
    fn just_quoted(&self, hits: &[Hit]) -> Vec<Hit> {
        let quoted = |sentence: &str| self.r.quoted.iter().any(|q| q == sentence);
        hits.iter()
            .filter_map(|h| {
                let kept: Vec<&str> = split_ranges(&h.text)
                    .into_iter()
                    .map(|(start, end)| h.text[start..end].trim())
                    .filter(|sentence| quoted(sentence))
                    .collect();
                (!kept.is_empty()).then(|| Hit {
                    text: kept.join(" "),
                    ..h.clone()
                })
            })
            .collect()
    }

    /// The paragraphs of the last quoted passage and their neighbours, and their report
    /// read whole up to [`BEST_ARTICLE_PARAGRAPHS`], its lead first (a news report's first
    /// paragraph tells when and where: "X will meet its creditors in New York on Monday",
    /// the quoted paragraph only that X will meet them).
    pub(super) fn passage_hits(&self) -> Vec<Hit> {
        let mut by_article: Vec<(&str, Vec<usize>)> = Vec::new();
        for (a, n) in &self.r.passage {
            let near = [n.saturating_sub(1), *n, n + 1];
            let report = (LEAD_PARAGRAPH..=BEST_ARTICLE_PARAGRAPHS).chain(near);
            match by_article.iter_mut().find(|(x, _)| x == a) {
                Some((_, ns)) => ns.extend(report),
                None => by_article.push((a, report.collect())),
            }
        }
        by_article
            .iter()
            .flat_map(|(a, ns)| self.retriever.paragraphs(a, ns))
            .collect()
    }

    /// `hits` and the paragraphs right before and after the `best` best.
    fn with_neighbours(&self, mut hits: Vec<Hit>, best: usize) -> Vec<Hit> {
        // The best by score, and those holding every word of the question (a long
        // paragraph, or a place told only by the dateline, scores lower).
        let chosen: Vec<(String, usize)> = hits
            .iter()
            .take(best)
            .chain(
                hits.iter()
                    .skip(best)
                    .filter(|h| h.coverage >= FULL_COVERAGE)
                    .take(NEIGHBOURED_HITS),
            )
            .map(|h| (h.article.clone(), h.paragraph))
            .collect();
        let mut articles: Vec<&str> = chosen.iter().map(|(a, _)| a.as_str()).collect();
        articles.sort_unstable();
        articles.dedup();
        let mut extra = Vec::new();
        for a in articles {
            let near: Vec<usize> = chosen
                .iter()
                .filter(|(x, _)| x == a)
                .flat_map(|(_, n)| [n.saturating_sub(1), n + 1])
                .filter(|n| !hits.iter().any(|h| h.article == a && h.paragraph == *n))
                .collect();
            extra.extend(self.retriever.paragraphs(a, &near));
        }
        for a in read_whole(&hits) {
            let rest: Vec<usize> = (1..=BEST_ARTICLE_PARAGRAPHS)
                .filter(|n| {
                    !hits
                        .iter()
                        .chain(&extra)
                        .any(|h| h.article == a && h.paragraph == *n)
                })
                .collect();
            extra.extend(self.retriever.paragraphs(&a, &rest));
        }
        hits.extend(extra);
        hits
    }

    /// The closest passage by the older measure (a share of the question's words, no mark
    /// of its kind): what is left when the reader finds nothing.
    pub(super) fn closest_passage(&self) -> Option<Passage> {
        let query = self.compact_query(self.text, true, true);
        fallback::passage(self.retriever, self.cfg, &query, &self.need(true))
    }

    /// The closest passage when every other reading found none: the question's words in
    /// a sentence, its people and places anywhere in that sentence's paragraph or title
    /// ("we will clarify the situation on Monday" in a paragraph about the club asked of).
    /// `None` for a question of no words besides names and the office of a counterpart.
    pub(super) fn loose_passage(&self) -> Option<Passage> {
        let mut need = self.need(false);
        // "Why was Nicaragua's foreign trade minister in London?": the office described
        // is what the passage must hold.
        if need.keywords.is_empty() {
            need.keywords = (self.q.counterparts.iter())
                .flat_map(|c| c.role.iter().cloned())
                .collect();
        }
        if need.keywords.is_empty() {
            return None;
        }
        need.proper
            .extend(self.r.people.iter().filter_map(|k| self.surname(k)));
        let query = self.compact_query(self.text, true, true);
        fallback::passage(self.retriever, self.cfg, &query, &need).or_else(|| {
            // A body's name the reports use another word for ("the Commons committee" of
            // "a group of MPs"): the passage need not hold it; places and people still bind.
            let bodies = self.body_names();
            if bodies.is_empty() {
                return None;
            }
            need.proper.retain(|p| !bodies.contains(p));
            fallback::passage(self.retriever, self.cfg, &query, &need)
        })
    }

    /// The first sentence of the best paragraphs the whole question finds that names every
    /// person it asks about, two or more ("What did Garn press Nakasone on?" quoted "...,"
    /// Garn told Prime Minister Nakasone"): the evidence in other words than the question's,
    /// when no reading found it. `None` for fewer people, or none named together there.
    pub(super) fn named_passage(&self) -> Option<Passage> {
        let names = self.asked_surnames();
        if names.len() < 2 {
            return None;
        }
        let names_all = |s: &str| {
            let words = text::norm_words(s);
            (names.iter()).all(|n| words.iter().any(|w| text::name_token_eq(w, n)))
        };
        self.question_hits()
            .iter()
            .take(NAMED_PASSAGE_HITS)
            .find_map(|h| {
                let (a, b) =
                    (split_ranges(&h.text).into_iter()).find(|&(a, b)| names_all(&h.text[a..b]))?;
                Some(Passage {
                    sentences: vec![Quoted {
                        score: 0.0,
                        sentence: h.text[a..b].trim().to_string(),
                        source: reader::source(h),
                    }],
                })
            })
    }

    /// The names of the question that are neither a person's nor a place's (folded): a
    /// body's ("Commons", "Holyrood").
    fn body_names(&self) -> Vec<String> {
        let q = &self.q;
        (q.unknown.iter())
            .filter(|u| !q.unknown_people.contains(u) && !q.unknown_places.contains(u))
            .filter(|u| !q.unknown_settings.contains(u) && country_key(u).is_none())
            .map(|u| text::norm_words(u).join(" "))
            .collect()
    }

    /// Sentences of the articles of meeting `a` that tell of an earlier meeting of its
    /// people ("the two last met in July in Jakarta"). The articles are about them: one of
    /// them named, or "the two", is enough.
    pub(super) fn recalled_before(&self, a: &MeetingFact) -> Option<Passage> {
        let own = self.own_paragraphs(a);
        let people = if self.r.people.is_empty() {
            &a.participants
        } else {
            &self.r.people
        };
        let ask = Ask {
            people: people.iter().map(|k| self.name_forms(k)).collect(),
            people_required: true,
            all_people: false,
            proper: Vec::new(),
            words: self.q.keywords.clone(),
            min_words: 0,
            cue: Cue::recall(self.q.kind()),
            // A sentence that reports `a` may recall the earlier meeting too ("the first
            // between them since June"): the mark of a recall decides, not the evidence.
            skip: Vec::new(),
            evidence: Vec::new(),
            verb: None,
            in_report: false,
            meeting_asked: false,
            period: None,
        };
        let sentences = reader::read(&own, &ask, 1, self.cfg.max_scored_sentences);
        (!sentences.is_empty()).then_some(Passage { sentences })
    }

    /// "When is the G-7 meeting they were preparing for?": sentences naming the occasion
    /// with a time ("scheduled for tomorrow" too), in the conversation's reports first,
    /// else wherever the search for the occasion finds them; they need not name the people.
    pub(super) fn occasion_time(&self, name: &str) -> Option<Answer> {
        let named = text::norm_words(name).join(" ");
        let ask = Ask {
            people: Vec::new(),
            people_required: false,
            all_people: true,
            proper: vec![named.clone()],
            words: Vec::new(),
            cue: Cue::Words,
            ..self.ask()
        };
        let limit = self.cfg.max_quoted_sentences.max(1);
        let timed = |p: &[Hit]| {
            let mut found =
                reader::read(p, &ask, OCCASION_CANDIDATES, self.cfg.max_scored_sentences);
            found.retain(|q| {
                let words = format!(" {} ", text::norm_words(&q.sentence).join(" "));
                words.contains(&format!(" {named} ")) && reader::tells_time(&q.sentence)
            });
            found.truncate(limit);
            found
        };
        let mut found = timed(&self.paragraphs_of(self.r.articles.iter().map(String::as_str)));
        if found.is_empty() {
            let query = format!("{name} {}", self.compact_query(self.text, true, true));
            found = timed(&self.retriever.search_any(&query, SEARCHED_PARAGRAPHS));
        }
        (!found.is_empty()).then(|| {
            Passage { sentences: found }.answer(&format!("{NOT_DIRECTLY} {CLOSEST}"), self.cfg)
        })
    }

    /// Quotes the best passage: first one naming the people, then any that fits the words.
    pub(super) fn quote_for(&self) -> Option<Answer> {
        let mut ask = self.ask();
        // Half the question's words in the quoted reports beat fewer next to the quote;
        // for a time, only words enough to say what is timed ("When is it scheduled to
        // end?": the time it ends, told further off, not the day it opened).
        if (!ask.cue.is_time() || ask.words.len() >= TIMED_WORDS)
            && let Some(p) = self.read_quoted_articles(&ask)
        {
            return Some(p.answer(&format!("{NOT_DIRECTLY} {CLOSEST}"), self.cfg));
        }
        if let Some((intro, p)) = self.read_passage(&ask) {
            return Some(p.answer(&format!("{NOT_DIRECTLY} {intro}"), self.cfg));
        }
        if self.points_into_passage() {
            // "What was that meeting supposed to be about?": the mark of the kind anywhere
            // in the quoted reports, else half the question's words; the places and names
            // carried from before are theirs already.
            let within = Ask {
                people_required: false,
                all_people: false,
                proper: Vec::new(),
                ..ask.clone()
            };
            let min_words = if ask.cue == Cue::Words {
                ask.words.len().div_ceil(2).max(1)
            } else {
                0
            };
            return self
                .read_in_quoted_articles(&within, min_words)
                .map(|p| p.answer(SAME_REPORT, self.cfg));
        }
        ask.people_required = !ask.people.is_empty() && !self.asks_elsewhere();
        if let Some(p) = self.read_corpus(&ask) {
            let intro = self.intro_for(&ask, &p);
            return Some(p.answer(&format!("{NOT_DIRECTLY} {intro}"), self.cfg));
        }
        if !self.r.people.is_empty() {
            let query = self.compact_query(self.text, true, true);
            if let Some(a) =
                fallback::quote_relevant(self.retriever, self.cfg, &query, &self.need(true))
            {
                return Some(a);
            }
        }
        if self.q.keywords.is_empty() {
            return None;
        }
        let query = self.compact_query(self.text, false, true);
        fallback::quote_relevant(self.retriever, self.cfg, &query, &self.need(false))
    }

    /// "Was that an open hearing?" right after a quoted answer: a question that names
    /// nothing and points back is about the quoted reports only; another report that
    /// holds its words is about something else.
    pub(super) fn points_into_passage(&self) -> bool {
        let q = &self.q;
        // "When is that Washington visit?" points back with a place: the visit quoted.
        !self.r.passage.is_empty()
            && q.people.is_empty()
            && (q.unknown.is_empty() || q.carried_names)
            && (q.places.is_empty() || q.refers_back)
            && (q.refers_back || q.it || q.pronoun.is_some())
    }

    /// A question the facts don't model: quote, or say nothing relevant was found (and
    /// whom the articles mostly cover).
    pub(super) fn free_text(&self) -> Answer {
        if let Some(a) = self.quote_for() {
            return a;
        }
        if self.points_into_passage() {
            return quoted_dont_say();
        }
        let mut a = fallback::not_found(self.retriever.article_count());
        let known = self.lexicon.top_people(KNOWN_PEOPLE_NAMED);
        if !known.is_empty() {
            a.body.push_str(&format!(
                " They mostly cover meetings of {}.",
                join_names(&known)
            ));
        }
        a
    }

    /// A sentence with a venue more precise than the meeting's place ("at the X
    /// Guesthouse", "in the Treasury building") is worth adding: one of the meeting's own
    /// articles naming one of its people, else, when the question names the place
    /// already, one anywhere naming the people asked about.
    pub(super) fn more_precise_place(&self, f: &MeetingFact, d: &mut Draft) {
        let Some(place) = &f.place else { return };
        let evidence: Vec<&str> = f.evidence.iter().map(|e| e.sentence.as_str()).collect();
        let venue = self
            .venue_in_own_articles(f)
            .filter(|v| !evidence.contains(&v.sentence.as_str()));
        if let Some(venue) = venue {
            d.body
                .push_str(&format!(" The article adds:\n> {}", venue.sentence));
            if !d.sources.contains(&venue.source) {
                d.sources.push(venue.source);
            }
            return;
        }
        let pname = text::norm_words(&place.name).join(" ");
        if !self.q.places.contains(&pname) {
            return;
        }
        let need = Need {
            names: self.r.people.iter().map(|k| self.name_forms(k)).collect(),
            ..Default::default()
        };
        let query = format!("{} {}", self.compact_query("", true, false), place.name);
        let found =
            fallback::best_sentences(self.retriever, self.cfg, &query, &need, VENUE_CANDIDATES);
        let Some(venue) = found
            .into_iter()
            .filter(|s| !evidence.contains(&s.sentence.as_str()))
            .find(|s| VENUE_RE.is_match(&s.sentence))
        else {
            return;
        };
        d.body
            .push_str(&format!(" The article adds:\n> {}", venue.sentence));
        if !d.sources.contains(&venue.source) {
            d.sources.push(venue.source);
        }
    }

    /// The first sentence of a meeting's own articles with a venue ([`VENUE_RE`]) that
    /// names one of its people by surname.
    fn venue_in_own_articles(&self, f: &MeetingFact) -> Option<Quoted> {
        let surnames: Vec<String> = f
            .participants
            .iter()
            .filter_map(|k| self.surname(k))
            .collect();
        reader::first_sentence(&self.own_paragraphs(f), |sentence| {
            let words = text::norm_words(sentence);
            (VENUE_RE.is_match(sentence) && surnames.iter().any(|s| words.contains(s)))
                .then_some(())
        })
        .map(|(_, q)| q)
    }
}

/// The ways an unknown person's or body's name may be written again: whole, and one word
/// of it alone ([`short_form`]); with a form of address before a given name ("Dame Julie
/// Andrews"), also without it and as the form of address and the given name ("Dame
/// Julie").
fn unknown_name_forms(name: &str) -> Vec<String> {
    let mut words = text::norm_words(name);
    let mut forms = vec![words.join(" ")];
    if words.len() >= 3 && HONORIFICS_BEFORE_GIVEN_NAME.has(&words[0]) {
        forms.push(words[..2].join(" "));
        words.remove(0);
        forms.push(words.join(" "));
    }
    forms.extend(short_form(&words));
    forms
}

/// The one word a name of several may come back as: a full name's surname ("Frank
/// Olson", then "Olson"); a company's first word when its name ends in a word of trade
/// ("Allied Stores", then "Allied"; "Standard Oil", then "Standard directors"), whose
/// last word alone would name any shop or oil firm. Not a place's name ("Glasgow
/// Airways" is not "Glasgow").
pub(super) fn short_form(words: &[String]) -> Option<String> {
    let [first, .., last] = words else {
        return None;
    };
    if ORGANISATION_TAILS.has(last) {
        let place = is_gazetteer_place(&text::capitalised(first)) || country_key(first).is_some();
        return (first.chars().count() >= MIN_COMPANY_WORD_CHARS && !place).then(|| first.clone());
    }
    (last.chars().count() >= MIN_SURNAME_CHARS).then(|| last.clone())
}

/// Shortest surname taken alone for an unknown person (shorter ones are often initials
/// or particles).
const MIN_SURNAME_CHARS: usize = 3;

/// Shortest first word of a company's name taken alone: shorter ones are initials or
/// abbreviations that other bodies share ("GM", "BP" are their own names anyway).
const MIN_COMPANY_WORD_CHARS: usize = 4;

/// What follows `name` in `question` when it stands there as an owner ("farm package"
/// of "the Commission's farm package").
fn after_owner<'q>(question: &'q str, name: &str) -> Option<&'q str> {
    ["'s ", "’s "].iter().find_map(|s| {
        question
            .split_once(&format!("{name}{s}"))
            .map(|(_, after)| after)
    })
}

/// True when `name` stands in `question` as an owner ("the Commission's package").
pub(super) fn owner_in(question: &str, name: &str) -> bool {
    after_owner(question, name).is_some()
}

/// Words after an owner where the meeting it holds is named ("the Bank's annual
/// meetings", "the club's board meeting").
const OWNED_MEETING_REACH: usize = 3;

/// True when `name` owns a meeting in `question` ("the African Development Bank's annual
/// meetings"): the owner is the one meeting, which its sentence names, unlike the owner of
/// a matter ("the Commission's farm package").
fn owner_meets(question: &str, name: &str) -> bool {
    after_owner(question, name).is_some_and(|after| {
        (text::norm_words(after).iter())
            .take(OWNED_MEETING_REACH)
            .any(|w| super::parse::is_meet_word(w))
    })
}

/// The articles of `hits` read whole (up to [`BEST_ARTICLE_PARAGRAPHS`]): the best hit's,
/// and the one whose paragraphs found hold most of the question's words together (the
/// date told in one paragraph, the matter in another).
fn read_whole(hits: &[Hit]) -> Vec<String> {
    let mut out: Vec<String> = hits
        .first()
        .map(|h| h.article.clone())
        .into_iter()
        .collect();
    let covering = hits.iter().fold(None::<&Hit>, |best, h| match best {
        Some(b) if b.article_coverage >= h.article_coverage => Some(b),
        _ => Some(h),
    });
    if let Some(h) = covering
        && !out.contains(&h.article)
    {
        out.push(h.article.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(article: &str, coverage: f32, article_coverage: f32) -> Hit {
        Hit {
            article: article.into(),
            title: String::new(),
            url: None,
            paragraph: 1,
            text: String::new(),
            published: None,
            dateline: None,
            score: 1.0,
            facts: Vec::new(),
            coverage,
            article_coverage,
        }
    }

    #[test]
    fn the_best_hits_report_and_the_one_covering_most_are_read_whole() {
        // The date in one paragraph, the matter in another: "b" covers most together.
        let hits = [hit("a", 0.5, 0.5), hit("b", 0.3, 0.8), hit("c", 0.4, 0.8)];
        assert_eq!(read_whole(&hits), ["a", "b"]);
        // Must not: a second report when the best hit's covers most.
        let hits = [hit("a", 0.5, 0.9), hit("b", 0.3, 0.8)];
        assert_eq!(read_whole(&hits), ["a"]);
        assert!(read_whole(&[]).is_empty());
    }

    #[test]
    fn a_venue_is_a_capitalised_name_before_a_head_of_either_case() {
        // Must handle: the head capitalised or not.
        assert!(VENUE_RE.is_match("They talked at the Hyderabad House on Friday."));
        assert!(VENUE_RE.is_match("He emerged after two hours in the Treasury building."));
        // Must not: a head with no name before it.
        assert!(!VENUE_RE.is_match("He emerged after two hours in the building."));
    }

    #[test]
    fn an_unknown_full_name_may_come_back_as_its_surname() {
        assert_eq!(
            unknown_name_forms("Frank Olson"),
            vec!["frank olson", "olson"]
        );
        assert_eq!(
            unknown_name_forms("Ana María Vela"),
            vec!["ana maria vela", "vela"]
        );
        // One word is its own only form; a two-letter surname is not taken alone.
        assert_eq!(unknown_name_forms("Olson"), vec!["olson"]);
        assert_eq!(unknown_name_forms("Li Xu"), vec!["li xu"]);
    }

    #[test]
    fn a_name_with_a_form_of_address_may_come_back_as_it_and_the_given_name() {
        assert_eq!(
            unknown_name_forms("Dame Ingrid Solberg"),
            vec![
                "dame ingrid solberg",
                "dame ingrid",
                "ingrid solberg",
                "solberg"
            ]
        );
        assert_eq!(
            unknown_name_forms("Sir Tomas Engel"),
            vec!["sir tomas engel", "sir tomas", "tomas engel", "engel"]
        );
        // Must not: a form of address that goes before a surname.
        assert_eq!(
            unknown_name_forms("Mrs Ingrid Solberg"),
            vec!["mrs ingrid solberg", "solberg"]
        );
    }

    #[test]
    fn a_company_may_come_back_as_its_first_word() {
        // Must handle: a name ending in a word of trade.
        assert_eq!(
            unknown_name_forms("Hallmark Stores"),
            vec!["hallmark stores", "hallmark"]
        );
        assert_eq!(
            unknown_name_forms("Northstar Petroleum Corp"),
            vec!["northstar petroleum corp", "northstar"]
        );
        // Must not: a place's name first, or initials.
        assert_eq!(
            unknown_name_forms("Glasgow Airways"),
            vec!["glasgow airways"]
        );
        assert_eq!(unknown_name_forms("ABC Group"), vec!["abc group"]);
    }
}
