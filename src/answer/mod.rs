//! Answering: question -> parse -> resolve (the conversation) -> select facts -> template.
//! Reads the precomputed [`FactStore`] through its [`Lexicon`] (built once per index
//! generation) and does one or two index look-ups through a [`Retriever`]; when no fact
//! fits it quotes the best-matching sentences, and when nothing is relevant it says so.
//!
//! - [`parse`] reads a question into a [`question::Question`];
//! - [`conversation`] owns every rule of "they", "that meeting", "there", "before that";
//!   [`namesake`] reads a surname the quoted reports give to someone else as theirs;
//! - [`select`] chooses the facts, [`topic`] the article the question's other words point
//!   to, [`templates`] tell them;
//! - [`quote`] and [`fallback`] quote passages, [`missing`] says what the articles lack;
//!   [`attribute`] reads what kind of meeting the articles call it; [`stay`] keeps a
//!   follow-up in the reports its conversation is about; [`refusal`] answers "Did he
//!   take the job?" with the sentence in which he turned it down, [`initiative`] "Was it
//!   China that asked for the meeting?" with the one that says whose initiative it was;
//!   [`arrival`] "When did she get to Lima?" (or leave for it, or "Where had he come
//!   from?") with the sentence that tells it; [`acronym`] reads "the NFC" as the body an
//!   article defined it for; [`compound`] answers a question that asks two things as two
//!   turns.

mod acronym;
mod action;
mod arrival;
mod attendance;
mod attribute;
mod channel;
mod compound;
mod conversation;
mod countries;
mod event_time;
mod fallback;
mod fate;
mod filed;
mod here;
mod initiative;
mod lexicon;
mod memo;
mod met_told;
mod missing;
mod namesake;
mod nearby;
mod occasion;
pub(crate) mod parse;
mod question;
mod quote;
mod reader;
mod refusal;
mod second;
mod select;
mod sequel;
mod setback;
mod stay;
mod templates;
mod text;
mod told;
mod topic;
mod unnamed;

use std::time::Instant;

use serde::Serialize;

use crate::config::AnswerConfig;
use crate::index::Hit;
use crate::lexicon::lists::PLACE_VENUE_NOUNS;
use crate::model::{FactStore, FuzzyDate, MeetingFact, Source};

use conversation::{Resolved, Topic};
use question::{Kind, Question};
use select::Selection;
use templates::{Draft, join_names, names};

pub use conversation::Conversation;
pub(crate) use fallback::bound;
pub(crate) use lexicon::Lexicon;

/// How many of the best-known people an answer names when it says what the articles cover.
const KNOWN_PEOPLE_NAMED: usize = 5;

/// "The Downing Street talks", "the Geneva meeting": the talks of the report named by
/// where they were held, pointing back to the meeting told.
static PLACED_TALKS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"\b[Tt]he (?:[A-Z][\w'’-]* ){1,3}(?:talks|meeting|meetings)\b")
        .expect("static placed-talks regex")
});

/// "at the mining ministry", "at the prime minister's residence": a venue in lower case, one
/// or two words before a venue head.
static LOWER_VENUE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    let heads = crate::lexicon::lists::VENUE_HEADS.join("|");
    regex::Regex::new(&format!(r"\bat the (?:[a-z][a-z'’]* ){{1,2}}(?:{heads})\b"))
        .expect("venue regex from a word list")
});

/// "last week", "earlier this month", "recently": a time told relative to the report, which
/// a date coarser than a day ("in 1987") loses; the answer quotes it with the report's date.
static RELATIVE_TIME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)\b(?:last (?:week|weekend|month)|earlier (?:this|last) (?:week|month)|(?:the )?previous (?:week|month)|this (?:week|month)|recently)\b",
    )
    .expect("static relative-time regex")
});

/// Paragraph search, as the answerer needs it. Implemented by index generations; tests
/// may implement it over a handful of paragraphs.
pub trait Retriever {
    /// Best-matching paragraphs for the words of `text`, best first, that cover enough of
    /// them to count as evidence.
    fn search(&self, text: &str, limit: usize) -> Vec<Hit>;
    /// Best-matching paragraphs however little of `text` they cover (each hit says its
    /// coverage): for reading sentences whose weight the reader judges itself.
    fn search_any(&self, text: &str, limit: usize) -> Vec<Hit> {
        self.search(text, limit)
    }
    /// Every paragraph of one article, in order (empty when unknown).
    fn article(&self, _article: &str) -> Vec<Hit> {
        Vec::new()
    }
    /// The paragraphs of one article numbered as in `numbers` (those that exist), in
    /// order.
    fn paragraphs(&self, article: &str, numbers: &[usize]) -> Vec<Hit> {
        let mut all = self.article(article);
        all.retain(|h| numbers.contains(&h.paragraph));
        all
    }
    /// Number of indexed articles (for "I couldn't find anything in the N articles").
    fn article_count(&self) -> usize;
}

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

    fn fact(d: Draft) -> Answer {
        Answer {
            body: d.body,
            sources: d.sources,
            kind: AnswerKind::Fact,
        }
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

/// Answers one question in a conversation, over `facts` and the lexicon built from them.
pub(crate) fn answer(
    facts: &FactStore,
    lexicon: &Lexicon,
    retriever: &dyn Retriever,
    cfg: &AnswerConfig,
    conv: &mut Conversation,
    question: &str,
) -> Answer {
    conv.touch(Instant::now());
    let plain = parse::plain_phrasing(question.trim());
    let text: &str = &plain;
    if !text.chars().any(char::is_alphanumeric) {
        return help(lexicon, retriever);
    }
    if let Some((first, second)) = compound::split(text) {
        let first = answer(facts, lexicon, retriever, cfg, conv, &first);
        let second = answer(facts, lexicon, retriever, cfg, conv, &second);
        return compound::joined(first, second);
    }
    let memo = memo::Memo::new(retriever);
    let retriever: &dyn Retriever = &memo;
    let mut q = parse::parse(text, lexicon);
    namesake::article_namesakes(facts, retriever, conv.passage(), text, &mut q);
    let r = conv.resolve(&mut q, facts);
    tracing::debug!(question = text, parsed = ?q, resolved = ?r, "question read");
    let turn = Turn {
        facts,
        lexicon,
        retriever,
        cfg,
        text,
        q,
        r,
        hits: std::cell::OnceCell::new(),
    };
    let mut reply = turn.reply();
    if let Some(a) = (turn.arrival(&reply))
        .or_else(|| turn.origin())
        .or_else(|| turn.next_stop(&reply))
    {
        reply = Reply::plain(a);
    }
    if let Some(r) = turn.stayed(&reply) {
        reply = r;
    }
    if let Some(a) = turn
        .fate(&reply.answer)
        .or_else(|| turn.refusal(&reply.answer))
        .or_else(|| turn.setback(&reply.answer))
        .or_else(|| turn.met_told(&reply.answer))
        .or_else(|| turn.initiative(&reply.answer))
    {
        reply.answer = a;
    }
    let Reply { mut answer, topic } = reply;
    turn.quoted_no(&mut answer);
    turn.quoted_plan_yes(&mut answer);
    turn.quoted_together_yes(&mut answer);
    turn.never_bare(&mut answer);
    turn.filed(&mut answer);
    turn.unnamed(&mut answer);
    conv.remember(&turn.q, &turn.r, &topic);
    conv.remember_passage(answer.kind, &answer.sources, &answer.body);
    if turn.r.assumed && answer.kind == AnswerKind::Fact {
        let who = join_names(&names(facts, &turn.r.people));
        answer.body = format!("Assuming you mean {who}: {}", answer.body);
    }
    answer.sources.truncate(cfg.max_sources.max(1));
    answer
}

/// "Ask me about meetings ...": the answer to an empty question.
fn help(lexicon: &Lexicon, retriever: &dyn Retriever) -> Answer {
    let n = retriever.article_count();
    let mut body = format!(
        "Ask me about meetings reported in the {n} indexed article{}, e.g. \"When did they last meet?\"",
        if n == 1 { "" } else { "s" }
    );
    let known = lexicon.top_people(KNOWN_PEOPLE_NAMED);
    if !known.is_empty() {
        body.push_str(&format!(" I know about {}.", join_names(&known)));
    }
    Answer {
        body,
        sources: Vec::new(),
        kind: AnswerKind::NotFound,
    }
}

/// One question being answered: what it reads, the parsed question and its resolution.
struct Turn<'a> {
    facts: &'a FactStore,
    lexicon: &'a Lexicon,
    retriever: &'a dyn Retriever,
    cfg: &'a AnswerConfig,
    /// The question as typed (trimmed).
    text: &'a str,
    q: Question,
    r: Resolved,
    /// The paragraphs the whole question finds, searched once ([`Turn::question_hits`]).
    hits: std::cell::OnceCell<Vec<Hit>>,
}

/// An answer with what it was about (for the conversation).
struct Reply<'a> {
    answer: Answer,
    topic: Topic<'a>,
}

impl Reply<'_> {
    /// An answer that leaves nothing to remember.
    fn plain(answer: Answer) -> Self {
        Reply {
            answer,
            topic: Topic::Nothing,
        }
    }
}

impl<'a> Turn<'a> {
    /// The paragraphs of `articles`, article by article, each in reading order.
    fn paragraphs_of<'s>(&self, articles: impl IntoIterator<Item = &'s str>) -> Vec<Hit> {
        (articles.into_iter())
            .flat_map(|a| self.retriever.article(a))
            .collect()
    }

    fn reply(&self) -> Reply<'a> {
        match self.q.kind() {
            Kind::WhoIs => match self
                .q
                .people
                .first()
                .and_then(|k| templates::who_is(self.facts, k))
            {
                Some(d) => Reply {
                    answer: Answer::fact(d),
                    topic: Topic::Person,
                },
                None => Reply::plain(self.free_text()),
            },
            Kind::Other => Reply {
                answer: self.other(),
                topic: Topic::People,
            },
            _ => self.meeting(),
        }
    }

    /// True when a detail is asked right after a quoted answer ("What did Quist tell
    /// them?") and meeting `f` is told by none of the quoted reports: the question is
    /// about what was quoted, not about another meeting of the same person.
    fn detail_off_context(&self, f: &MeetingFact) -> bool {
        let detail = matches!(
            self.q.kind(),
            Kind::Said | Kind::Agreed | Kind::Described | Kind::Why
        );
        detail && !self.r.passage.is_empty() && !self.of_the_passage(f)
    }

    /// A question of no modelled kind. One that names nobody new after an answer about
    /// one meeting ("What was that meeting supposed to be about?") is read in that
    /// meeting's own articles first; otherwise the corpus is quoted.
    fn other(&self) -> Answer {
        let (q, r) = (&self.q, &self.r);
        let on = r.meeting_told();
        if q.people.is_empty()
            && q.unknown.is_empty()
            && let Some(f) = on.and_then(|i| self.facts.fact(i))
            && let Some(p) = self
                .read_about(f)
                .or_else(|| self.read_own_without_places(f))
        {
            return self.told_about(&p, f);
        }
        self.free_text()
    }

    /// A question about meetings: select facts, tell them, or explain what is missing.
    fn meeting(&self) -> Reply<'a> {
        if let Some(a) = self.read_before_facts() {
            return Reply::plain(a);
        }
        let sel = select::select(self.facts, self.lexicon, &self.q, &self.r);
        if let Some(a) = self.read_beside_selection(&sel) {
            return Reply::plain(a);
        }
        let sel = self.topical(self.narrowed(self.held_if_asked_past(sel)));
        if let Some(reply) = self.read_beside_chosen(&sel) {
            return reply;
        }
        match sel.facts.first().copied() {
            Some(first) => {
                let answer = self.tell(&sel, first);
                // A passage told instead of a meeting that lacks what the question names
                // ("meeting the fruit growers" of a meeting with a minister): the meeting
                // was not the answer, and is no meeting for the next turn to mean.
                let refused = answer.body.starts_with(fallback::NOT_DIRECTLY)
                    && !self.q.group.is_empty()
                    && !self.holds_details(first);
                let topic = if refused {
                    Topic::People
                } else {
                    Topic::Meetings(sel.facts.clone())
                };
                Reply { answer, topic }
            }
            None => self.missing(&sel),
        }
    }

    /// What the articles' sentences answer before any meeting is chosen: taking part or
    /// who else was there in the conversation's report, an office's attending, one
    /// person's trip, a question that asks no meeting, what someone did on a visit, the
    /// channel of a quoted call.
    fn read_before_facts(&self) -> Option<Answer> {
        // "So Indonesia has to spend the money on Japanese goods?": a yes/no about no one
        // and with no word of meeting is about what the articles say, not a meeting.
        // One that points back ("Was that an open hearing?") is about the meeting told.
        let q = &self.q;
        let no_meeting_asked = q.kind() == Kind::YesNo
            && self.r.people.is_empty()
            && q.unknown_people.is_empty()
            && !(q.it || q.refers_back || q.pronoun.is_some())
            && !self.asks_of_meeting();
        // "Is Ortiz taking part?" in a conversation on a report: its sentences tell;
        // "Was anyone else there?" after a quote telling a meeting with someone beside.
        if let Some(a) = (self.takes_part_in_report()).or_else(|| self.others_in_quoted()) {
            return Some(a);
        }
        // "Is India's finance minister going to the G7 meeting?": an office holds no facts.
        if self.r.people.is_empty()
            && !q.counterparts.is_empty()
            && let Some(a) = self.attended()
        {
            return Some(a);
        }
        // "Is Straw going to Auschwitz?": a trip of one person, told by a sentence of it.
        if let Some(a) = self.trip() {
            return Some(a);
        }
        if no_meeting_asked || self.asks_nothing_of_one() || self.counts_no_meetings() {
            return Some(self.free_text());
        }
        // "Did Straw sign anything on his visit?": what he did, not whether the visit was
        // held; "Was it face to face?" of a quoted telephone conversation.
        self.action().or_else(|| self.channel_of_passage())
    }

    /// What the articles' sentences answer instead of the meetings selected, when those
    /// are not the ones asked about (another report's, another occasion's, another
    /// place's) or the question asks about no one's meeting.
    fn read_beside_selection(&self, sel: &Selection) -> Option<Answer> {
        let first = sel.facts.first();
        // "Is OPEC's pricing committee still meeting in April?": a question naming no one,
        // no place and no meeting of the conversation is about the meeting its words tell;
        // a fact that holds too few of them is some other meeting.
        if self.names_no_meeting() && first.is_some_and(|f| !self.holds_details(f)) {
            return Some(self.free_text());
        }
        // "Where's that meeting going to be held?" after a passage about no one the facts
        // know: a meeting of another report is not "that meeting".
        let other_report =
            self.points_into_passage() && first.is_some_and(|f| !self.of_the_passage(f));
        if other_report && self.r.people.is_empty() {
            return Some(self.free_text());
        }
        // "How long was that meeting?" after a quote of Reagan's meeting with his advisers:
        // the quoted passage tells its length, time or place ("after meeting for about an
        // hour with ..."), not another report's meeting of his; that one only when the
        // passage says nothing. (What they talked about, a yes or no and a channel have
        // readers of their own.)
        if matches!(self.q.kind(), Kind::HowLong | Kind::When | Kind::Where)
            && other_report
            && let Some((intro, p)) = self.read_passage(&self.ask())
        {
            return Some(p.answer(&intro, self.cfg));
        }
        if sel.facts.is_empty()
            && let Some(a) = self.attended()
        {
            return Some(a);
        }
        // "When was the Venice summit?": of no one, the occasion's own sentences tell its
        // date; its facts are meetings of whoever attended.
        if self.asks_time_of_occasion()
            && let Some(a) = self.quote_for()
        {
            return Some(a);
        }
        // "When do the talks in Jakarta open?" after a meeting in Nairobi: not its date;
        // "What did he sign on his visit to Beijing?" of a meeting in London: not its deal.
        let asked_elsewhere =
            |f: &&MeetingFact| self.q.kind() == Kind::When && self.elsewhere_than(f);
        if first.is_some_and(|f| asked_elsewhere(f) || self.detail_elsewhere(f)) {
            return Some(self.free_text());
        }
        if let Some(name) = self.asks_time_of_another_occasion(sel)
            && let Some(a) = self.occasion_time(name)
        {
            return Some(a);
        }
        // With nobody named, a who-question about more than meeting ("Who represented
        // China?") is answered from the articles' words first.
        let topical_who = self.q.kind() == Kind::Who
            && self.r.people.is_empty()
            && self.q.keywords.iter().any(|k| !parse::is_meet_word(k));
        if topical_who { self.quote_for() } else { None }
    }

    /// What answers instead of telling the meetings chosen: another time's who, a meeting
    /// to come, the kind of meeting asked, a detail of the quoted report, an off-topic
    /// meeting's passage.
    fn read_beside_chosen(&self, sel: &Selection<'a>) -> Option<Reply<'a>> {
        if self.who_of_another_time(sel) {
            return Some(Reply::plain(self.free_text()));
        }
        // "Will they meet again?" when every meeting that fits was held: a meeting held is
        // no yes to one to come; the sentences that tell one answer.
        if self.yes_no_to_come(sel) {
            return Some(Reply::plain(
                self.meeting_to_come().unwrap_or_else(|| self.free_text()),
            ));
        }
        let first = sel.facts.first().copied();
        if self.q.kind() == Kind::YesNo
            && let Some(a) = self.kind_of_meeting(first)
        {
            let topic = if sel.facts.is_empty() {
                Topic::Nothing
            } else {
                Topic::Meetings(sel.facts.clone())
            };
            return Some(Reply { answer: a, topic });
        }
        if first.is_some_and(|f| self.detail_off_context(f))
            && let Some(p) = self.read_context_articles()
        {
            return Some(Reply::plain(p.answer(quote::SAME_REPORT, self.cfg)));
        }
        if first.is_some_and(|f| self.off_topic(f)) {
            return self.quote_for().map(Reply::plain);
        }
        None
    }

    /// "How many times did the sale come up?": a count of times that names no one and no
    /// word of meeting counts something other than meetings ("How many times have they
    /// met?" and "How many times did Lind visit?" count meetings).
    fn counts_no_meetings(&self) -> bool {
        let ws = text::norm_words(self.text);
        self.q.kind() == Kind::HowMany
            && self.q.people.is_empty()
            && self.q.unknown_people.is_empty()
            && self.q.pronoun.is_none()
            && !self.asks_of_meeting()
            && ws.iter().any(|w| w == "times" || w == "occasions")
    }

    /// True when `f` is reported by one of the articles the last quoted passage came from.
    fn of_the_passage(&self, f: &MeetingFact) -> bool {
        f.evidence
            .iter()
            .any(|e| self.r.passage.iter().any(|(a, _)| *a == e.article))
    }

    /// True when the question points at no meeting by a name, a place, an occasion or the
    /// conversation: only its words tell which meeting it is about. A region's word or a
    /// "their" in a conversation's first question ("Where did the Nordic fisheries
    /// ministers sign their letter?") points at no meeting either.
    fn names_no_meeting(&self) -> bool {
        let q = &self.q;
        let unnamed = self.r.people.is_empty()
            && self.r.anchor.is_none()
            && q.unknown_people.is_empty()
            && q.counterparts.is_empty()
            && q.named_occasion.is_none();
        let pointer = q.it || q.refers_back || q.pronoun.is_some() || q.follow_up;
        unnamed
            && (q.unknown.is_empty() && q.places.is_empty() && !pointer || self.without_context())
    }

    /// True when the conversation holds nothing a question could point back at.
    fn without_context(&self) -> bool {
        let r = &self.r;
        r.recent.is_empty() && r.passage.is_empty() && r.articles.is_empty()
    }

    /// A when-question about a place or occasion and no one, pointing back at nothing
    /// ("When was the 1987 Venice summit?").
    fn asks_time_of_occasion(&self) -> bool {
        let q = &self.q;
        q.kind() == Kind::When
            && self.r.people.is_empty()
            && q.unknown_people.is_empty()
            && q.counterparts.is_empty()
            && !(q.it || q.refers_back || q.pronoun.is_some() || q.follow_up)
            && !(q.places.is_empty()
                && q.unknown_places.is_empty()
                && q.unknown_settings.is_empty())
    }

    /// "When is the G-7 meeting they were preparing for?": a when-question naming an
    /// occasion (not by its people's names) that the chosen meeting is not at asks the
    /// time of that occasion, which the meeting's date does not answer: its name.
    fn asks_time_of_another_occasion(&self, sel: &Selection) -> Option<&str> {
        let q = &self.q;
        let name = q.named_occasion.as_deref()?;
        let people_words: Vec<String> = (q.people.iter().chain(&self.r.people))
            .flat_map(|k| text::norm_words(k))
            .collect();
        let of_people = text::norm_words(name)
            .iter()
            .any(|w| people_words.contains(w));
        let other = q.kind() == Kind::When
            && !of_people
            && sel
                .facts
                .first()
                .is_some_and(|f| !select::own_place_fits(f, name));
        other.then_some(name)
    }

    /// "Who did X meet?": asked in the past, of no plan.
    fn asks_who_met_past(&self) -> bool {
        self.q.kind() == Kind::Who && !self.q.planned && reader::asked_in_past(self.text)
    }

    /// "Who did he meet on the morning of 8 April?" when only meetings planned are chosen,
    /// or "Who will he meet there?" when the one chosen was held: none is whom was asked
    /// about; a sentence that tells one of the asked time is.
    fn who_of_another_time(&self, sel: &Selection) -> bool {
        let first = sel.facts.first();
        self.asks_who_met_past() && first.is_some_and(|f| !f.status.is_held())
            || self.asks_who_to_come() && first.is_some_and(|f| f.status.is_held())
    }

    /// "Who will X meet?", "Who is she due to see?": asked of a meeting to come, with a
    /// word of plan and no verb of the past ("Who did she meet to prepare the talks?" is
    /// of a meeting held).
    fn asks_who_to_come(&self) -> bool {
        self.q.kind() == Kind::Who && reader::asked_of_future(self.text)
    }

    /// "Will they meet again?", "Are they due to meet?" of meetings that were all held.
    fn yes_no_to_come(&self, sel: &Selection) -> bool {
        self.q.kind() == Kind::YesNo
            && !sel.planned_only
            && reader::asked_of_future(self.text)
            && sel.facts.first().is_some_and(|f| f.status.is_held())
    }

    /// The sentences, in the conversation's reports first, that name one of the people
    /// asked about with a meeting still to come ("was likely to meet the committee again
    /// once ...").
    fn meeting_to_come(&self) -> Option<Answer> {
        let ask = self.ask();
        let ask = reader::Ask {
            cue: reader::Cue::Upcoming,
            all_people: false,
            people_required: !ask.people.is_empty(),
            ..ask
        };
        let p = (self.read_conversation_articles(&ask)).or_else(|| self.read_corpus(&ask))?;
        Some(p.answer(
            &format!("{} {}", fallback::NOT_DIRECTLY, fallback::CLOSEST),
            self.cfg,
        ))
    }

    /// Of the chosen meetings, the held ones for [`Self::asks_who_met_past`], when some are.
    fn held_if_asked_past(&self, mut sel: Selection<'a>) -> Selection<'a> {
        if self.asks_who_met_past() && sel.facts.iter().any(|f| f.status.is_held()) {
            sel.facts.retain(|f| f.status.is_held());
        }
        sel
    }

    /// Of several chosen meetings, those whose texts hold the question's details ("Who
    /// will he meet in Peking?"), when some do.
    fn narrowed(&self, mut sel: Selection<'a>) -> Selection<'a> {
        if sel.facts.len() > 1 && !self.detail_words().is_empty() {
            let holding: Vec<&MeetingFact> = sel
                .facts
                .iter()
                .copied()
                .filter(|f| self.holds_details(f))
                .collect();
            if !holding.is_empty() {
                sel.facts = holding;
            }
        }
        sel
    }

    /// What the meeting's own facts don't tell: what was agreed at a meeting only planned
    /// (nothing yet: the articles are read wherever they tell it; not "What will they
    /// talk about?", which the plan answers), and a count of meetings an article states
    /// or the meeting's articles tell, before the number the articles happen to report.
    fn told_elsewhere(&self, sel: &Selection, first: &MeetingFact) -> Option<Answer> {
        match self.q.kind() {
            Kind::Agreed if !self.q.planned && !first.status.is_held() => self.quote_for(),
            Kind::HowMany => templates::stated_count(sel)
                .map(Answer::fact)
                .or_else(|| self.quote_about(first)),
            _ => None,
        }
    }

    /// The chosen meetings told by their template; when the facts lack the detail, the
    /// meeting's articles quoted, else the meeting with "the articles don't say more".
    fn tell(&self, sel: &Selection, first: &MeetingFact) -> Answer {
        if let Some(a) = self.told_elsewhere(sel, first) {
            return a;
        }
        if let Some(a) = self.other_outcomes(first) {
            return a;
        }
        // "Where did they decide to revive the talks?": a meeting that says nothing of the
        // decision is no answer; a sentence that does is.
        if matches!(
            self.q.kind(),
            Kind::When | Kind::Where | Kind::Why | Kind::Who
        ) && let Some(a) = self.detail_not_in(first)
        {
            return a;
        }
        if let Some(a) = self.time_of_other_event(first) {
            return a;
        }
        // "Who else attended?" about a meeting of only the people asked about: the others
        // are in its articles, not in its participants.
        let only_asked =
            sel.facts.len() == 1 && first.participants.iter().all(|p| self.r.people.contains(p));
        if self.q.kind() == Kind::Who
            && only_asked
            && !self.r.people.is_empty()
            && let Some(a) = self.quote_about(first)
        {
            return a;
        }
        let undated = self.q.kind() == Kind::When && first.date.is_none();
        if let Some(a) = self.time_or_place_read(first) {
            return a;
        }
        if let Some(mut d) = templates::render(self.facts, &self.q, &self.r, sel) {
            if undated && first.status.is_held() {
                self.report_date(first, &mut d);
            }
            if self.q.kind() == Kind::When && first.date.is_some_and(|x| x.day.is_none()) {
                self.relative_time(first, &mut d);
            }
            if self.q.kind() == Kind::YesNo && !first.status.is_held() {
                self.detail_beside(first, &mut d);
            }
            if self.q.kind() == Kind::Where {
                self.more_precise_place(first, &mut d);
                venue_in_evidence(first, &mut d);
            }
            self.second_part(first, &mut d);
            return Answer::fact(d);
        }
        if let Some(a) = self.denied(&self.people_asked(), sel) {
            return a;
        }
        if let Some(a) = self.quote_about(first) {
            return a;
        }
        let when = self.q.as_kind(Kind::When);
        let d = match templates::render(self.facts, &when, &self.r, sel) {
            Some(s) => Draft {
                body: format!("{} The articles don't say more about that.", s.body),
                sources: s.sources,
            },
            None => Draft {
                body: "The articles don't say.".into(),
                sources: Vec::new(),
            },
        };
        // It tells the meeting, but what was asked the articles don't say.
        Answer {
            kind: AnswerKind::NotFound,
            ..Answer::fact(d)
        }
    }

    /// An answer that found nothing and cites nothing gets the closest passage
    /// ([`Turn::loose_passage`]): the evidence is often there in other words. Not after
    /// "the reports quoted don't say", which has read what the question points to.
    fn never_bare(&self, answer: &mut Answer) {
        if answer.kind != AnswerKind::NotFound
            || !answer.sources.is_empty()
            || self.points_into_passage()
            || self.on_reports_only()
        {
            return;
        }
        let Some(p) = self.loose_passage().or_else(|| self.named_passage()) else {
            return;
        };
        if answer.body.starts_with(fallback::NOTHING_FOUND) {
            *answer = p.answer(
                &format!("{} {}", fallback::NOT_DIRECTLY, fallback::CLOSEST),
                self.cfg,
            );
        } else {
            answer
                .body
                .push_str(&format!(" {}", p.quote(fallback::CLOSEST)));
            answer.sources = p.sources(self.cfg.max_sources);
        }
    }

    /// "So he pressed them for specific changes?" answered by a quote that negates most of
    /// its words, or "Have they met?" by one that tells only a plan: the quote said as a no.
    fn quoted_no(&self, answer: &mut Answer) {
        if self.q.kind() == Kind::YesNo
            && answer.kind == AnswerKind::Quote
            && let Some(no) = templates::denied_in_quote(&answer.body, &self.q.keywords)
        {
            answer.body = no;
        }
        // "Have the two premiers met?" that no meeting answers, quoted "X proposed a
        // meeting of the two premiers": a no.
        if self.q.kind() == Kind::YesNo
            && answer.kind != AnswerKind::Fact
            && !self.q.planned
            && !answer.body.starts_with("No")
            && self.asks_of_meeting()
            && let Some(no) = templates::planned_in_quote(&answer.body)
        {
            answer.body = no;
        }
        // "Did Kohl meet Reagan?" quoted "Kohl told Reagan in a letter ...": a no.
        if self.q.kind() == Kind::YesNo
            && answer.kind != AnswerKind::Fact
            && self.q.contact == question::Contact::Meet
            && !answer.body.starts_with("No")
            && let Some(no) = templates::written_in_quote(&answer.body, &self.asked_surnames())
        {
            answer.body = no;
        }
        self.quoted_plan_no(answer);
    }

    /// "Is Turner meeting Dome's executives?" (a meeting to come) answered by quoting
    /// "Turner said he will meet with senior executives of Dome in Calgary tomorrow": the
    /// settled plan quoted is a yes ("X, but not Y, is due to attend" a no for Y).
    fn quoted_plan_yes(&self, answer: &mut Answer) {
        if self.q.kind() == Kind::YesNo
            && self.q.planned
            && answer.kind != AnswerKind::Fact
            && !answer.body.starts_with("No")
            && !answer.body.starts_with("Yes")
            && self.asks_of_meeting()
            && let Some(verdict) = templates::firm_plan_in_quote(
                &answer.body,
                &self.asked_surnames(),
                &self.q.keywords,
            )
        {
            answer.body = verdict;
        }
    }

    /// "Did Mandela meet the finance chiefs?" (one person and a group, a meeting held)
    /// answered by quoting "At a dinner on Friday night, Mandela urged the finance chiefs
    /// to ...": the occasion they shared quoted is a yes.
    fn quoted_together_yes(&self, answer: &mut Answer) {
        if self.q.kind() != Kind::YesNo
            || self.q.planned
            || self.q.contact != question::Contact::Meet
            || answer.kind == AnswerKind::Fact
            || answer.body.starts_with("No")
            || answer.body.starts_with("Yes")
        {
            return;
        }
        let surnames = self.asked_surnames();
        if let [surname] = surnames.as_slice()
            && let Some(verdict) =
                templates::together_in_quote(&answer.body, surname, &self.q.keywords)
        {
            answer.body = verdict;
        }
    }

    /// The last word of each asked person's name, known or not, folded.
    pub(super) fn asked_surnames(&self) -> Vec<String> {
        let known = self.r.people.iter().filter_map(|k| self.surname(k));
        let unknown = (self.q.unknown_people.iter()).filter_map(|u| text::norm_words(u).pop());
        known.chain(unknown).collect()
    }

    /// "Has that meeting already happened?" that the quoted reports answer nothing to,
    /// right after a quote of "We will meet with the player's representative": the plan
    /// just quoted is the answer, a no.
    fn quoted_plan_no(&self, answer: &mut Answer) {
        let points_back = self.q.it || self.q.refers_back || self.q.pronoun.is_some();
        if self.q.kind() != Kind::YesNo
            || answer.kind != AnswerKind::NotFound
            || !answer.sources.is_empty()
            || !points_back
            || self.q.planned
            || !self.asks_of_meeting()
        {
            return;
        }
        for sentence in &self.r.quoted {
            let quoted = format!("{}:\n> {sentence}", fallback::CLOSEST);
            let Some(no) = templates::planned_in_quote(&quoted) else {
                continue;
            };
            answer.body = no;
            answer.kind = AnswerKind::Quote;
            answer.sources = self.source_of_quoted(sentence).into_iter().collect();
            return;
        }
    }

    /// Where a sentence the last answer quoted came from: the quoted paragraph holding it.
    pub(super) fn source_of_quoted(&self, sentence: &str) -> Option<Source> {
        (self.r.passage.iter())
            .flat_map(|(a, p)| {
                let p = *p;
                self.retriever
                    .article(a)
                    .into_iter()
                    .filter(move |h| h.paragraph == p)
            })
            .find(|h| h.text.contains(sentence))
            .map(|h| reader::source(&h))
    }

    /// "Where?" of a meeting whose facts hold no place nor occasion: a sentence of its
    /// articles that tells one ("reportedly met X in a Lisbon hotel") before "don't say".
    /// "When?" of a meeting the facts hold no date for: likewise a sentence of its
    /// articles with a time ("the two had talks on Sunday") before "don't say when".
    fn time_or_place_read(&self, first: &MeetingFact) -> Option<Answer> {
        let undated = self.q.kind() == Kind::When && first.date.is_none();
        let unplaced = self.q.kind() == Kind::Where && first.place.is_none();
        if !(undated || unplaced && first.occasion.is_none()) {
            return None;
        }
        let of_meeting = |mut p: fallback::Passage| {
            if undated {
                // A time told of something else (a later summit, a book's release) is no
                // time of their meeting: the sentence names them all and a day ("spent
                // Saturday touring"; "came to power 18 months ago" dates something else),
                // or one of them and a meeting.
                p.sentences
                    .retain(|s| match self.named_in(first, &s.sentence) {
                        0 => false,
                        n => {
                            reader::tells_meeting(&s.sentence)
                                || n == first.participants.len() && reader::tells_date(&s.sentence)
                        }
                    });
            }
            (!p.sentences.is_empty()).then_some(p)
        };
        let Some(p) = self.read_marked(first).and_then(of_meeting) else {
            // Another report of the same days may date it.
            let (p, dated) = self
                .read_near_reports(first)
                .filter(|_| undated)
                .and_then(|(p, d)| Some((of_meeting(p)?, d)))?;
            let intro = format!(
                "The reports of the meeting of {} don't date it; in a report of {dated} about \
                 them, the relevant passage",
                join_names(&names(self.facts, &first.participants))
            );
            return Some(p.answer(&intro, self.cfg));
        };
        let intro = if unplaced && !self.tells_their_place(first, &p) {
            let verb = if first.status.is_held() {
                "met"
            } else {
                "will meet"
            };
            format!(
                "The articles don't say where {} {verb}. About their meeting, the relevant passage",
                join_names(&names(self.facts, &first.participants))
            )
        } else {
            quote::meeting_intro(self.facts, first)
        };
        Some(p.answer(&intro, self.cfg))
    }

    /// True when a sentence of `p` tells where meeting `first` was: a town or venue with a
    /// word of meeting in a sentence about them. A town named beside something else ("must
    /// stay in Frankfurt", "when the members gather for a summit in Geneva") is no place
    /// of their meeting: the sentence names one of them, or points to them, or to their
    /// talks by where they were held ("The Downing Street talks covered ...").
    fn tells_their_place(&self, first: &MeetingFact, p: &fallback::Passage) -> bool {
        let of_them = |s: &str| {
            self.named_in(first, s) > 0 || reader::points_to_people(s) || PLACED_TALKS.is_match(s)
        };
        p.sentences.iter().any(|s| {
            let s = &s.sentence;
            reader::tells_meeting(s)
                && (reader::names_a_town(s) || reader::names_a_venue(s))
                && of_them(s)
        })
    }

    /// "Did Kohl meet Reagan to tell him Bonn backed the pact?" answered by a meeting still
    /// to come, which says nothing of the pact: what the articles say of it, after.
    fn detail_beside(&self, first: &MeetingFact, d: &mut Draft) {
        let Some(p) = self.detail_passage(first) else {
            return;
        };
        // The sentences the answer quotes already say nothing more.
        if (p.sentences.iter()).all(|s| d.body.contains(s.sentence.trim())) {
            return;
        }
        d.body.push_str(&format!(
            "\n\nOn the rest of the question, {}",
            p.quote(fallback::CLOSEST_LOWER)
        ));
        d.cite_sources(p.sources(self.cfg.max_sources));
    }

    /// "met in 1987" of a meeting its sentence told as "last week": the words, and the
    /// date of the report they count from.
    fn relative_time(&self, f: &MeetingFact, d: &mut Draft) {
        let Some((e, m)) = f
            .evidence
            .iter()
            .find_map(|e| RELATIVE_TIME.find(&e.sentence).map(|m| (e, m)))
        else {
            return;
        };
        let dated = self
            .published(&e.article, e.paragraph)
            .map(|day| format!(" of {}", FuzzyDate::day(day).human()))
            .unwrap_or_default();
        d.body
            .push_str(&format!(" The report{dated} says \"{}\".", m.as_str()));
    }

    /// The date of the report a paragraph belongs to, when it has one.
    pub(super) fn published(&self, article: &str, paragraph: usize) -> Option<jiff::civil::Date> {
        self.retriever
            .paragraphs(article, &[paragraph])
            .first()
            .and_then(|h| h.published)
    }

    /// "When?" of a held meeting no sentence dates: the date of the report that tells it,
    /// said as the report's ("the talks the report of 16 June tells were held today or
    /// shortly before" would be a guess; the report's date is a fact).
    fn report_date(&self, f: &MeetingFact, d: &mut Draft) {
        let published = f
            .evidence
            .iter()
            .find_map(|e| self.published(&e.article, e.paragraph));
        if let Some(day) = published {
            d.body.push_str(&format!(
                " The report that tells of it is dated {}.",
                FuzzyDate::day(day).human()
            ));
        }
    }

    /// How many of the meeting's people `sentence` names by their last name (a date in a
    /// sentence about others dates something else).
    fn named_in(&self, f: &MeetingFact, sentence: &str) -> usize {
        let words = text::norm_words(sentence);
        f.participants
            .iter()
            .filter(|k| self.surname(k).is_some_and(|s| words.contains(&s)))
            .count()
    }

    /// A person's last name, folded: how reports name them after the first mention.
    fn surname(&self, key: &str) -> Option<String> {
        text::norm_words(self.facts.name(key)).pop()
    }
}

/// "met on the platform at Sunderland station": where the meeting's own sentence names a
/// spot within its place (the place followed by "station", "airport", ...), the answer
/// quotes that sentence after the place.
/// A venue written in lower case ("at the mining ministry") says the same.
fn venue_in_evidence(f: &MeetingFact, d: &mut Draft) {
    let Some(place) = &f.place else { return };
    let name = text::norm_words(&place.name);
    let Some(e) = f.evidence.iter().find(|e| {
        let words = text::norm_words(&e.sentence);
        LOWER_VENUE.is_match(&e.sentence)
            || words
                .windows(name.len() + 1)
                .any(|w| w[..name.len()] == name[..] && PLACE_VENUE_NOUNS.has(&w[name.len()]))
    }) else {
        return;
    };
    if !d.body.contains(e.sentence.trim()) {
        d.body
            .push_str(&format!(" The article says:\n> {}", e.sentence.trim()));
    }
}

#[cfg(test)]
mod venue_tests {
    use super::{LOWER_VENUE, PLACED_TALKS};

    #[test]
    fn a_venue_in_lower_case_is_found() {
        assert!(LOWER_VENUE.is_match("They met at the mining ministry, he said."));
        assert!(LOWER_VENUE.is_match("Talks were held at the prime minister's residence."));
        // Must not: a statement "in" a ministry, or no venue at all.
        assert!(!LOWER_VENUE.is_match("He said in the finance ministry statement."));
        assert!(!LOWER_VENUE.is_match("They met at the weekend."));
    }

    #[test]
    fn talks_named_by_their_place_point_to_the_meeting() {
        assert!(PLACED_TALKS.is_match("The Downing Street talks covered trade."));
        assert!(PLACED_TALKS.is_match("After the Geneva meeting, both left."));
        // Must not: a gathering of others, named by no place before it.
        assert!(!PLACED_TALKS.is_match(
            "A decision could come when the league's members gather for a summit in Geneva."
        ));
    }
}
