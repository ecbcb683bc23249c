//! Meetings in one article: trigger words ("met", "held talks with", "hosted", "talks
//! between", "their last encounter", "spoke by phone"...), their participants (subject and
//! objects, groups, pronouns and descriptions resolved through [`coref`]), date, place,
//! occasion, status, channel, kind, recalled meetings, counts, and the outcomes, notes and
//! quotes of the sentences that follow a meeting.
//!
//! This module owns the scan of an article, sentence by sentence, and the focus (the
//! meeting the text is about); [`refs`] resolves a sentence's references to people,
//! [`trigger`] turns one trigger into meetings, [`status`] says whether it was held,
//! planned, proposed, postponed, called off or uncertain, [`setting`] finds dates, places
//! and occasions, [`history`] a meeting's rank and the earlier meeting a "first ... since"
//! names, and [`claims`] attaches outcomes, notes and quotes. A postponed or called-off
//! meeting never merges with a held one, nor a recalled one with the news.
//!
//! [`coref`]: crate::extract::coref

mod cache;
mod claims;
mod history;
mod lead;
mod refs;
mod setting;
mod status;
mod trigger;
#[cfg(test)]
mod work_tests;

use crate::extract::coref::Entities;
use crate::extract::dates::{DateMention, article_date, dateline_in, furniture_mask};
use crate::extract::parallel::per_sentence;
use crate::extract::people::{Analysis, PersonRef, RefKind};
use crate::extract::quotes::{QuoteSpan, find_quotes};
use crate::extract::triggers::{PREFILTER, TRIGGER, words_before};
use crate::lexicon::lists::PLACE_PREPOSITIONS;
use crate::lexicon::sentences::{Sentence, sentences};
use crate::model::{
    Article, Channel, Claim, Count, Evidence, FuzzyDate, MeetingKind, Place, Quote, Status,
};
use cache::SentenceCache;
use setting::dateline_place;

/// A meeting as one article tells it; participants are entity ids of [`ArticleFacts`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub(crate) struct ArticleMeeting {
    pub(crate) participants: Vec<usize>,
    pub(crate) kind: MeetingKind,
    pub(crate) channel: Channel,
    pub(crate) status: Status,
    pub(crate) date: Option<FuzzyDate>,
    /// The date as written, for conflicts.
    pub(crate) date_text: Option<String>,
    pub(crate) place: Option<Place>,
    pub(crate) occasion: Option<String>,
    pub(crate) recalled: bool,
    pub(crate) evidence: Vec<Evidence>,
    pub(crate) outcomes: Vec<Claim>,
    pub(crate) notes: Vec<Claim>,
    pub(crate) quotes: Vec<Quote>,
    /// The meeting's rank among its people's meetings, as the article states it.
    pub(crate) count: Option<Count>,
    /// Told with "also" ("X was also received by Y"): another meeting of the same visit.
    also: bool,
    /// Sentence index of the last mention.
    last: usize,
    last_para: usize,
}

/// Everything one article says about meetings.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub(crate) struct ArticleFacts {
    pub(crate) entities: Entities,
    pub(crate) meetings: Vec<ArticleMeeting>,
    /// The article's publication date (what its news meetings are reported by).
    #[serde(default)]
    pub(crate) published: Option<jiff::civil::Date>,
}

/// A weekday comes round again after this many days.
const DAYS_IN_WEEK: i32 = 7;

/// Sentences after the last trigger sentence still read for outcomes, notes and quotes.
const TAIL_SENTENCES: usize = 6;

/// Extracts the meetings of one article.
pub(crate) fn article_meetings(article: &Article) -> ArticleFacts {
    let mut facts = ArticleFacts {
        published: article.published,
        ..ArticleFacts::default()
    };
    if !article
        .paragraphs
        .iter()
        .any(|p| PREFILTER.is_match(p) && TRIGGER.is_match(p))
    {
        return facts;
    }
    let furniture = furniture_mask(&article.paragraphs);
    let mut sents: Vec<Sentence> = sentences(&article.paragraphs)
        .into_iter()
        .filter(|s| !furniture.get(s.para - 1).copied().unwrap_or(false))
        .collect();
    // Sentences well after the last trigger cannot add a meeting or a claim about one.
    let Some(last) = sents
        .iter()
        .rposition(|s| PREFILTER.is_match(&s.text) && TRIGGER.is_match(&s.text))
    else {
        return facts;
    };
    sents.truncate(last + TAIL_SENTENCES + 1);
    let mut analyses: Vec<Analysis> = per_sentence(&sents, |s| Analysis::new(&s.text));
    // "Foreign Minister Kemal Aydın ... Aydın said": read again the sentences that use a
    // place name the article gave someone as a surname.
    let mut surnames: Vec<String> = analyses.iter().flat_map(Analysis::place_surnames).collect();
    surnames.sort();
    surnames.dedup();
    if !surnames.is_empty() {
        for (a, s) in analyses.iter_mut().zip(&sents) {
            if surnames.iter().any(|n| s.text.contains(n.as_str())) {
                *a = Analysis::with_surnames(&s.text, &surnames);
            }
        }
    }
    let anchor = std::cell::OnceCell::new();
    // Phase A: every named person, so bare surnames resolve to names told later.
    facts.entities.name_all(&analyses);
    let dateline = dateline_place(article).filter(|d| !setting::met_elsewhere(&analyses, d));
    let cache = SentenceCache::with_triggers(&analyses, article_date(article));
    let mut scan = Scan {
        article,
        sents: &sents,
        analyses: &analyses,
        cache: &cache,
        anchor,
        sport_cues: std::cell::OnceCell::new(),
        mid_sentence_words: std::cell::OnceCell::new(),
        facts: &mut facts,
        focus: None,
        last_new: None,
        last_subject: None,
        last_pair: Vec::new(),
        pair_fresh: false,
        recent: Vec::new(),
        lead: None,
        dateline,
        told_here: Vec::new(),
        by_people: std::collections::HashMap::new(),
    };
    scan.run();
    scan.lead_dates();
    scan.plans_look_ahead();
    facts
}

/// The scan of one article, sentence by sentence: its sentences and their analyses, the
/// facts found so far and the focus.
struct Scan<'a> {
    article: &'a Article,
    sents: &'a [Sentence],
    analyses: &'a [Analysis<'a>],
    /// Each sentence's triggers and occasions, computed once.
    cache: &'a SentenceCache<'a>,
    /// The article's date, computed when first needed.
    anchor: std::cell::OnceCell<Option<jiff::civil::Date>>,
    /// The article's sport cues (words and phrases of play, and match scores), counted
    /// when first needed: once, not per trigger, which would be quadratic in the article's
    /// length.
    sport_cues: std::cell::OnceCell<SportCues>,
    /// The words the article writes somewhere other than at a sentence's start, gathered
    /// when first needed (once, not per question about a word).
    mid_sentence_words: std::cell::OnceCell<std::collections::HashSet<&'a str>>,
    facts: &'a mut ArticleFacts,
    focus: Option<usize>,
    /// The meeting told last (for "that meeting").
    last_new: Option<usize>,
    last_subject: Option<usize>,
    /// The people the last sentence naming two or more of them named ("X and her
    /// counterpart, Y, agreed ..."), for "they" and "the two leaders" after it.
    last_pair: Vec<usize>,
    /// True while no meeting was told since `last_pair` was named: "they" is that pair,
    /// not the people of the meeting in focus.
    pair_fresh: bool,
    /// The last two different people named, across sentences, most recent last: "the
    /// pair" when no sentence named both.
    recent: Vec<usize>,
    /// The parties the article's lead names and the one date it gives them ("X and Y
    /// agreed on Monday to ..."), for the undated news meeting of those parties.
    lead: Option<lead::Lead>,
    dateline: Option<Place>,
    /// The subject and people of each meeting told so far in the sentence being read:
    /// "they first met in February ..., and met again in June" carries them on.
    told_here: Vec<(Vec<usize>, Vec<usize>)>,
    /// The article's meetings by their people, in order: a new mention is compared only
    /// with the meetings of the same people (else merging is quadratic in the meetings
    /// an article reports).
    by_people: std::collections::HashMap<Vec<usize>, Vec<usize>>,
}

/// The sport cues of an article ([`Scan::sport_fixture`]).
struct SportCues {
    /// Each sentence's words and phrases of play.
    play: Vec<usize>,
    /// The article's words and phrases of play and match scores, all sentences together.
    article: usize,
}

/// Resolved refs of one sentence.
type Resolved = Vec<Vec<usize>>;

impl Scan<'_> {
    fn anchor(&self) -> Option<jiff::civil::Date> {
        *self.anchor.get_or_init(|| article_date(self.article))
    }

    /// True when date `d` begins after the article's own day: no meeting held by then
    /// ("met X, paving the way for the April 29 visit of Y", in a report of April 24).
    fn after_report(&self, d: &DateMention) -> bool {
        self.dated_after_report(&d.date)
    }

    /// True when `d` begins after the article's own day.
    fn dated_after_report(&self, d: &FuzzyDate) -> bool {
        let Some(day) = self.anchor() else {
            return false;
        };
        d.sort_key() > (day.year(), day.month(), day.day())
    }

    /// "met Y ... a second round of talks is set for tomorrow": a plan dated after the
    /// report is never the meeting it reports as held.
    fn plan_after_held(&self, a: &ArticleMeeting, b: &ArticleMeeting) -> bool {
        let ahead = |m: &ArticleMeeting| {
            !m.status.is_held() && m.date.as_ref().is_some_and(|d| self.dated_after_report(d))
        };
        (a.status.is_held() && ahead(b)) || (b.status.is_held() && ahead(a))
    }

    fn evidence(&self, si: usize) -> Evidence {
        let s = &self.sents[si];
        Evidence {
            article: self.article.id.clone(),
            title: self.article.title.clone(),
            url: self.article.url.clone(),
            paragraph: s.para,
            sentence: s.text.clone(),
        }
    }

    fn run(&mut self) {
        for si in 0..self.sents.len() {
            let a = &self.analyses[si];
            let quotes = find_quotes(a);
            let resolved = self.resolve_all(si, &quotes);
            let mut touched = Vec::new();
            self.told_here.clear();
            let cache = self.cache;
            let triggers = cache.triggers(si);
            if !triggers.is_empty() {
                let mut dates = cache.dates(si);
                // "SEOUL, Oct 29 - ... met on Monday": the dateline dates the report.
                if self.sents[si].start == 0
                    && let Some((start, _, _)) = dateline_in(a.text)
                {
                    dates.retain(|d| d.start != start);
                }
                let cx = SentenceCtx {
                    si,
                    resolved: &resolved,
                    quotes: &quotes,
                    dates: &dates,
                };
                // A trigger's clause starts after the last trigger that told a meeting
                // ("X received a phone call from Y": "received" tells none).
                let mut left_bound = 0;
                for ti in 0..triggers.len() {
                    if let Some(m) = self.process_trigger(&cx, triggers, ti, left_bound) {
                        touched.push(m);
                        left_bound = triggers[ti].end;
                    }
                }
            }
            self.history(si, &resolved, &touched);
            if touched.is_empty() {
                self.switch_focus(si, &resolved);
            }
            self.attach(si, &resolved, &quotes, &touched);
            // The subject of this sentence, for "he" in the next one.
            let subject = a
                .refs
                .iter()
                .enumerate()
                .filter(|(_, r)| !in_quotes(&quotes, r))
                .find(|(_, r)| matches!(r.kind, RefKind::Named(_) | RefKind::Single(_)))
                .and_then(|(i, _)| resolved[i].first().copied())
                .or_else(|| {
                    quotes
                        .iter()
                        .find_map(|q| q.speaker)
                        .and_then(|r| resolved[r].first().copied())
                });
            if subject.is_some() {
                self.last_subject = subject;
            }
            self.note_pair(si, &resolved, &quotes, !touched.is_empty());
        }
    }

    /// Keeps the people a sentence names, when two or more, for "they" in the next ones.
    fn note_pair(&mut self, si: usize, resolved: &Resolved, quotes: &[QuoteSpan], told: bool) {
        let mut named: Vec<usize> = Vec::new();
        for (i, r) in self.analyses[si].refs.iter().enumerate() {
            // "near Chong Chom in Kap Choeng district": names after a preposition of
            // place are where, not who.
            let placed = words_before(self.analyses[si].text, r.start, 1)
                .first()
                .is_some_and(|w| PLACE_PREPOSITIONS.has(w));
            if matches!(r.kind, RefKind::Named(_) | RefKind::Single(_))
                && !in_quotes(quotes, r)
                && !placed
            {
                for &id in &resolved[i] {
                    if !named.contains(&id) {
                        named.push(id);
                    }
                }
            }
        }
        for &id in &named {
            self.recent.retain(|&x| x != id);
            self.recent.push(id);
        }
        let keep = self.recent.len().saturating_sub(2);
        self.recent.drain(..keep);
        self.note_lead(si, &named, told);
        if told {
            self.pair_fresh = false;
        } else if named.len() >= 2 {
            self.last_pair = named;
            self.pair_fresh = true;
        }
    }

    /// The people "they" and "the two leaders" stand for: those of the meeting in focus,
    /// or the people a sentence named since (or before any meeting was told).
    fn focus_people(&self) -> Vec<usize> {
        let focus = self
            .focus
            .and_then(|f| self.facts.meetings.get(f))
            .map(|m| m.participants.clone());
        match focus {
            Some(people) if !self.pair_fresh => people,
            None if self.last_pair.is_empty() => Vec::new(),
            Some(people) if self.last_pair.is_empty() => people,
            _ => self.last_pair.clone(),
        }
    }

    /// Adds a meeting mention, merging it into an earlier one of the same people when
    /// nothing disagrees.
    fn add(&mut self, mut m: ArticleMeeting, si: usize) -> usize {
        // Context: occasion and a more precise place from the neighbouring sentences.
        self.fill_from_context(&mut m, si);
        self.same_visit(&mut m);
        if m.place.is_none()
            && !m.recalled
            && m.status == Status::Held
            && !m.channel.is_remote()
            && let Some(d) = &self.dateline
            && !m.participants.iter().all(|&p| {
                let c = &self.facts.entities.list[p].country;
                c.is_some() && *c != d.country
            })
        {
            m.place = Some(d.clone());
        }
        let meetings = &self.facts.meetings;
        let found = self.by_people.get(&m.participants).and_then(|ids| {
            ids.iter().copied().find(|&i| {
                same_meeting_in_article(&meetings[i], &m) && !self.plan_after_held(&meetings[i], &m)
            })
        });
        match found {
            Some(i) => {
                merge_article_meeting(&mut self.facts.meetings[i], m);
                i
            }
            None => {
                let i = self.facts.meetings.len();
                self.by_people
                    .entry(m.participants.clone())
                    .or_default()
                    .push(i);
                self.facts.meetings.push(m);
                i
            }
        }
    }

    /// "is expected to hold talks with X ... on Monday": a planned meeting's bare weekday,
    /// resolved to a day before the article, is the one after it.
    fn plans_look_ahead(&mut self) {
        let anchor = self.anchor();
        for m in &mut self.facts.meetings {
            Self::plan_looks_ahead(m, anchor);
        }
    }

    /// One meeting of [`Self::plans_look_ahead`]: a plan or proposal lies ahead of the
    /// report, so a bare weekday resolved before it is the one a week on, and a month
    /// written without its year ("hopes to meet X in late April") resolved before the
    /// report's month is the one a year on.
    fn plan_looks_ahead(m: &mut ArticleMeeting, anchor: Option<jiff::civil::Date>) {
        let written = m.date_text.as_deref().unwrap_or("").trim().to_lowercase();
        let (Some(anchor), Some(date)) = (anchor, m.date) else {
            return;
        };
        if !matches!(m.status, Status::Planned | Status::Proposed) {
            return;
        }
        let bare_weekday =
            crate::lexicon::calendar::weekday_named(written.trim_start_matches("on ").trim())
                .is_some();
        if bare_weekday
            && let Some(day) = date.to_date()
            && day < anchor
            && let Some(next) = crate::extract::dates::calendar::add_days(day, DAYS_IN_WEEK)
        {
            m.date = Some(FuzzyDate::day(next));
            return;
        }
        let yearless = !written.chars().any(|c| c.is_ascii_digit());
        if yearless
            && date.day.is_none()
            && let (Some(year), Some(month)) = (date.year, date.month)
            && (year, month) < (anchor.year(), anchor.month())
        {
            m.date = Some(FuzzyDate::month(year + 1, month));
        }
    }

    /// Without a new meeting, a sentence naming someone outside the meeting in focus moves
    /// the focus to their latest meeting.
    fn switch_focus(&mut self, si: usize, resolved: &Resolved) {
        let a = &self.analyses[si];
        let named: Vec<usize> = a
            .refs
            .iter()
            .enumerate()
            .filter(|(_, r)| matches!(r.kind, RefKind::Named(_) | RefKind::Single(_)))
            .flat_map(|(i, _)| resolved[i].iter().copied())
            .collect();
        let Some(&first) = named.first() else { return };
        let focus = self.focus_people();
        if focus.contains(&first) {
            return;
        }
        if let Some(i) = self
            .facts
            .meetings
            .iter()
            .rposition(|m| m.participants.contains(&first))
        {
            self.focus = Some(i);
        }
    }
}

/// What one sentence gives every trigger in it.
struct SentenceCtx<'s> {
    si: usize,
    /// Entity ids of every ref of the sentence.
    resolved: &'s Resolved,
    quotes: &'s [QuoteSpan],
    dates: &'s [DateMention],
}

/// True when a ref stands inside one of the quotations.
fn in_quotes(quotes: &[QuoteSpan], r: &PersonRef) -> bool {
    quotes.iter().any(|q| r.start >= q.start && r.end <= q.end)
}

/// Same meeting inside one article: same people, same kind of contact, statuses that can
/// be one meeting's, no disagreement on date or place, and a recalled meeting is not the
/// article's news.
fn same_meeting_in_article(a: &ArticleMeeting, b: &ArticleMeeting) -> bool {
    if a.participants != b.participants {
        return false;
    }
    if a.channel != b.channel || !statuses_agree(a.status, b.status) {
        return false;
    }
    let same_day = match (&a.date, &b.date) {
        (Some(x), Some(y)) => {
            x.compatible(y) && x.day.is_some() && y.day.is_some() && x.month.is_some()
        }
        _ => false,
    };
    if same_day {
        return true;
    }
    // "X met Y ... X invited Y to visit": a proposal beside a held meeting is another,
    // later one.
    let proposed_beside_held = |s: Status, t: Status| s == Status::Proposed && t == Status::Held;
    if proposed_beside_held(a.status, b.status) || proposed_beside_held(b.status, a.status) {
        return false;
    }
    if let (Some(x), Some(y)) = (&a.date, &b.date)
        && !x.compatible(y)
    {
        return false;
    }
    if a.recalled != b.recalled {
        return false;
    }
    // "met in Villa Hayes ... will travel to Montevideo for talks": a plan told with
    // another place than the held meeting is another meeting.
    if a.status.is_held() != b.status.is_held() && !same_place_named(a, b) {
        return false;
    }
    // Two places of one country in one article's account of one meeting ("the White
    // House", "the Oval Office") are the same meeting unless it is a recalled one.
    crate::extract::merge::places_compatible(
        a.place.as_ref(),
        b.place.as_ref(),
        !a.recalled && !b.recalled,
    )
}

/// True when the two mentions name the same place, or one names none.
fn same_place_named(a: &ArticleMeeting, b: &ArticleMeeting) -> bool {
    match (&a.place, &b.place) {
        (Some(x), Some(y)) => crate::extract::merge::places_compatible(Some(x), Some(y), false),
        _ => true,
    }
}

/// Whether two mentions' statuses can be one meeting's: a postponed or called-off meeting
/// is never one that was held; a plan, proposal or rumour can become either.
pub(crate) fn statuses_agree(a: Status, b: Status) -> bool {
    let off = |s: Status| matches!(s, Status::Postponed | Status::Cancelled);
    a == b || !(off(a) && b == Status::Held || off(b) && a == Status::Held)
}

/// The status of one meeting told twice: held wins over a plan; postponed or called off
/// over a plan, proposal or rumour; a plan over a proposal or rumour.
pub(crate) fn merged_status(a: Status, b: Status) -> Status {
    let rank = |s: Status| match s {
        Status::Held => 0,
        Status::Cancelled => 1,
        Status::Postponed => 2,
        Status::Planned => 3,
        Status::Proposed => 4,
        Status::Uncertain => 5,
    };
    if rank(b) < rank(a) { b } else { a }
}

fn merge_article_meeting(into: &mut ArticleMeeting, m: ArticleMeeting) {
    into.date = crate::extract::merge::merge_dates(into.date, m.date);
    if into.date_text.is_none() {
        into.date_text = m.date_text;
    }
    into.place = crate::extract::merge::finer_place(into.place.take(), m.place);
    if into.occasion.is_none() {
        into.occasion = m.occasion;
    }
    into.status = merged_status(into.status, m.status);
    into.recalled &= m.recalled;
    if into.count.is_none() {
        into.count = m.count;
    }
    if into.kind == MeetingKind::Meeting {
        into.kind = m.kind;
    }
    for e in m.evidence {
        if !into.evidence.contains(&e) {
            into.evidence.push(e);
        }
    }
    into.last = into.last.max(m.last);
    into.last_para = into.last_para.max(m.last_para);
}
