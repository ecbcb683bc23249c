//! Meetings in one article: trigger words ("met", "held talks with", "hosted", "talks
//! between", "their last encounter", "spoke by phone"...), their participants (subject and
//! objects, groups, pronouns and descriptions resolved through [`coref`]), date, place,
//! occasion, status (held or only planned/speculated), kind, recalled meetings, and the
//! outcomes, notes and quotes of the sentences that follow a meeting.
//!
//! [`coref`]: crate::extract::coref

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::coref::{Entities, is_honorific};
use crate::extract::dates::{DateMention, article_date, find_dates, furniture_mask};
use crate::extract::occasions::find_occasions;
use crate::extract::people::{Analysis, PersonRef, RefKind, RoleClass, role_class};
use crate::extract::quotes::{QuoteSpan, find_quotes};
use crate::extract::triggers::{
    PREFILTER, TKind, TRIGGER, Trigger, find_triggers, is_planned, is_recalled, recall_word_near,
    words_before, words_between,
};
use crate::lexicon::gazetteer::{GazKind, gazetteer};
use crate::lexicon::lists::{DATE_BOUNDS, PLACE_PREPOSITIONS};
use crate::lexicon::sentences::{Sentence, sentences};
use crate::model::{Article, Claim, Evidence, FuzzyDate, MeetingKind, Place, Quote, Status};

/// A meeting as one article tells it; participants are entity ids of [`ArticleFacts`].
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ArticleMeeting {
    pub(crate) participants: Vec<usize>,
    pub(crate) kind: MeetingKind,
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
    /// Sentence index of the last mention.
    last: usize,
    last_para: usize,
}

/// Everything one article says about meetings.
#[derive(Debug, Clone, Default)]
pub(crate) struct ArticleFacts {
    pub(crate) entities: Entities,
    pub(crate) meetings: Vec<ArticleMeeting>,
}

static OUTCOME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(agreed|agree to|agreeing|signed|discussed|discussing|reached (?:an )?(?:agreement|understanding|consensus)|deliberated|deliberate on|pledged|decided|committed to|reiterated|condemned|exchanged views|exchanged|vowed|affirmed|reaffirmed|underscored|called for|on the agenda|focused on|covering issues|covered|talked about)\b",
    )
    .expect("static regex")
});

static NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(productive|constructive|frank|cordial|warm|candid|friendly|fruitful|positive|tense|frosty|handshake|namaste|hug|significant|useful|substantive|in-depth|wide-ranging|historic|one-on-one|closed-door|long-awaited|first (?:meeting|visit|summit)|second (?:meeting|summit)|for the first time|shuttle diplomacy)\b",
    )
    .expect("static regex")
});

/// Sentences after the last trigger sentence still read for outcomes, notes and quotes.
const TAIL_SENTENCES: usize = 6;
/// Paragraphs after a meeting's last mention whose sentences may still add outcomes,
/// notes and quotes to it: the account of a meeting rarely runs further.
const ATTACH_PARAGRAPHS: usize = 2;
/// A date or place before its trigger counts at this many times its distance: the words
/// after a meeting verb usually tell its when and where ("met on Monday in Lima").
const BEFORE_TRIGGER_WEIGHT: usize = 2;
/// A verb that needs an object ("hosted", "received") takes it at once: the object starts
/// at most one token after the verb.
const OBJECT_GAP_NEEDED: usize = 1;
/// Other triggers reach further for an object ("met on Monday in Lima with X"), about a
/// clause's worth of tokens.
const OBJECT_GAP: usize = 9;
/// A meeting dated more than this many days before the article is a recalled one, not
/// its news: news tells meetings of the last weeks, slow reports up to about six weeks.
const RECALLED_AFTER_DAYS: i32 = 45;
/// A meeting dated within this many days of the article is its news, whatever "after"
/// or "following" say around it.
const NEWS_WITHIN_DAYS: i32 = 7;
/// Bytes before a reference that its own date may take: a date written just before the
/// noun ("the March 3 meeting").
const REFERENCE_DATE_BEFORE: usize = 12;
/// Bytes after a reference where its own date may start ("the summit held in Lima in
/// March"), short of the rest of the sentence.
const REFERENCE_DATE_AFTER: usize = 40;

/// Extracts the meetings of one article.
pub(crate) fn article_meetings(article: &Article) -> ArticleFacts {
    let mut facts = ArticleFacts::default();
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
    let analyses: Vec<Analysis> = sents.iter().map(|s| Analysis::new(&s.text)).collect();
    let anchor = std::cell::OnceCell::new();
    // Phase A: every named person, so bare surnames resolve to names told later.
    for (si, a) in analyses.iter().enumerate() {
        for r in &a.refs {
            if let RefKind::Named(n) = &r.kind {
                facts.entities.named(
                    n,
                    r.role.as_deref().filter(|_| !r.counterpart),
                    r.country.as_deref(),
                    r.then,
                    si,
                );
            }
        }
    }
    for e in &mut facts.entities.list {
        e.last_seen = e.first_seen;
    }
    let dateline = dateline_place(article);
    let mut scan = Scan {
        article,
        sents: &sents,
        analyses: &analyses,
        anchor,
        facts: &mut facts,
        focus: None,
        last_new: None,
        last_subject: None,
        dateline,
    };
    scan.run();
    facts
}

struct Scan<'a> {
    article: &'a Article,
    sents: &'a [Sentence],
    analyses: &'a [Analysis<'a>],
    /// The article's date, computed when first needed.
    anchor: std::cell::OnceCell<Option<jiff::civil::Date>>,
    facts: &'a mut ArticleFacts,
    focus: Option<usize>,
    /// The meeting told last (for "that meeting").
    last_new: Option<usize>,
    last_subject: Option<usize>,
    dateline: Option<Place>,
}

/// Resolved refs of one sentence.
type Resolved = Vec<Vec<usize>>;

impl Scan<'_> {
    fn anchor(&self) -> Option<jiff::civil::Date> {
        *self.anchor.get_or_init(|| article_date(self.article))
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
            let triggers = if PREFILTER.is_match(a.text) {
                find_triggers(a)
            } else {
                Vec::new()
            };
            if !triggers.is_empty() {
                let dates = find_dates(a.text, self.anchor());
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
                    if let Some(m) = self.process_trigger(&cx, &triggers, ti, left_bound) {
                        touched.push(m);
                        left_bound = triggers[ti].end;
                    }
                }
            }
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
        }
    }

    fn focus_people(&self) -> Vec<usize> {
        self.focus
            .and_then(|f| self.facts.meetings.get(f))
            .map(|m| m.participants.clone())
            .unwrap_or_default()
    }

    /// Resolves every ref of a sentence to entity ids (empty when unresolved). Pronouns and
    /// groups use the state before this sentence's meetings.
    fn resolve_all(&mut self, si: usize, quotes: &[QuoteSpan]) -> Resolved {
        let a = &self.analyses[si];
        let mut out: Resolved = Vec::with_capacity(a.refs.len());
        for (ri, r) in a.refs.iter().enumerate() {
            let ids = match &r.kind {
                RefKind::Named(n) => vec![self.facts.entities.named(
                    n,
                    r.role.as_deref().filter(|_| !r.counterpart),
                    r.country.as_deref(),
                    r.then,
                    si,
                )],
                RefKind::Single(w) => {
                    let found = self.facts.entities.single(w);
                    if let Some(id) = found {
                        self.facts.entities.alias(id, w);
                    }
                    found.into_iter().collect()
                }
                RefKind::Pronoun => {
                    let in_quote = in_quotes(quotes, r);
                    let prev = (0..ri).rev().find(|&k| {
                        matches!(a.refs[k].kind, RefKind::Named(_) | RefKind::Single(_))
                            && !out[k].is_empty()
                            && !in_quote
                    });
                    match prev {
                        Some(k) => out[k].clone(),
                        None => self.last_subject.into_iter().collect(),
                    }
                }
                RefKind::PluralPronoun => {
                    // "X and Y ... when they met": the coordinated pair before it.
                    let pair = coordinated_before(a, ri, &out);
                    if pair.len() >= 2 {
                        pair
                    } else {
                        self.focus_people()
                    }
                }
                RefKind::Group => self.focus_people(),
                // Descriptions and lists depend on the subject: resolved per trigger.
                RefKind::Desc | RefKind::CounterpartList(_) => Vec::new(),
            };
            for &id in &ids {
                self.facts.entities.touch(id, si);
            }
            out.push(ids);
        }
        // Descriptions without a trigger context ("the Indian minister told ...").
        for (ri, r) in a.refs.iter().enumerate() {
            if r.kind == RefKind::Desc {
                let subject = self.last_subject.into_iter().collect::<Vec<_>>();
                out[ri] = self.resolve_desc(si, r, &subject, false);
            }
        }
        out
    }

    /// The person a description names, given the subject it is relative to.
    fn resolve_desc(
        &mut self,
        si: usize,
        r: &PersonRef,
        subject: &[usize],
        recalled: bool,
    ) -> Vec<usize> {
        let ents = &self.facts.entities;
        // A counterpart holds the subject's office; otherwise the title tells the office.
        let class = if r.counterpart {
            subject
                .first()
                .and_then(|&s| ents.list.get(s))
                .and_then(|e| e.class.clone())
        } else {
            r.role.as_deref().map(role_class)
        };
        let class = class.filter(|c| !matches!(c, RoleClass::Other(_)));
        let Some(country) = r.country.as_deref() else {
            return self.other_side(subject, class.as_ref());
        };
        // A recalled meeting's counterpart: a "then-" holder told next to it.
        let near = Some((si, si + 1));
        if recalled
            && let Some(p) = ents.by_desc(Some(country), class.as_ref(), subject, Some(true), near)
        {
            return vec![p];
        }
        let current = ents
            .by_desc(Some(country), class.as_ref(), subject, Some(false), None)
            .or_else(|| ents.by_desc(Some(country), class.as_ref(), subject, None, None));
        match current {
            Some(p) => vec![p],
            None if r.counterpart => {
                // An unnamed counterpart holds the subject's office.
                let role = subject
                    .first()
                    .and_then(|&s| ents.list.get(s))
                    .and_then(|e| e.roles.iter().find(|r| !is_honorific(r)).cloned())
                    .or_else(|| r.role.clone());
                vec![self.facts.entities.unnamed(role.as_deref(), country, si)]
            }
            None => Vec::new(),
        }
    }

    /// "his guest", "his counterpart", "the minister" without a country: the other side of
    /// the meeting in focus, else an unresolved description.
    fn other_side(&self, subject: &[usize], class: Option<&RoleClass>) -> Vec<usize> {
        let focus = self.focus_people();
        let others: Vec<usize> = focus
            .iter()
            .copied()
            .filter(|p| !subject.contains(p))
            .collect();
        if !subject.is_empty() && focus.iter().any(|p| subject.contains(p)) && others.len() == 1 {
            return others;
        }
        if subject.is_empty() && focus.len() == 2 {
            return self
                .facts
                .entities
                .by_desc(None, class, &[], None, None)
                .filter(|p| focus.contains(p))
                .into_iter()
                .collect();
        }
        Vec::new()
    }

    /// Resolves a ref in a trigger's context (descriptions relative to the subject).
    fn resolve_in(
        &mut self,
        si: usize,
        ri: usize,
        resolved: &Resolved,
        subject: &[usize],
        recalled: bool,
    ) -> Vec<Vec<usize>> {
        let a = &self.analyses[si];
        let r = &a.refs[ri];
        match &r.kind {
            RefKind::Desc => vec![self.resolve_desc(si, r, subject, recalled)],
            RefKind::CounterpartList(countries) => {
                let mut out = Vec::new();
                for c in countries {
                    let single = PersonRef {
                        country: Some(c.clone()),
                        counterpart: true,
                        ..r.clone()
                    };
                    out.push(self.resolve_desc(si, &single, subject, recalled));
                }
                out
            }
            _ => vec![resolved[ri].clone()],
        }
    }

    /// The meetings trigger `ti` of a sentence tells: its clause, subject and objects,
    /// the groups of participants its kind makes, then date, place and occasion; the id
    /// of the last meeting recorded.
    fn process_trigger(
        &mut self,
        cx: &SentenceCtx<'_>,
        triggers: &[Trigger],
        ti: usize,
        left_bound: usize,
    ) -> Option<usize> {
        let a = &self.analyses[cx.si];
        let t = &triggers[ti];
        let clause = Clause::new(a, triggers, ti, left_bound, cx.quotes);
        let planned = is_planned(a.text, t);
        let recalled = is_recalled(a.text, t);
        let mut subject = self.subject(cx, &clause, recalled);
        let obj_refs = object_refs(a, t, &clause);
        if subject.is_empty()
            && let Some(q) = clause.quote
        {
            subject = q
                .speaker
                .map(|r| cx.resolved[r].clone())
                .unwrap_or_default();
        }
        let mut objects: Vec<Vec<usize>> = Vec::new();
        for &r in &obj_refs {
            objects.extend(self.resolve_in(cx.si, r, cx.resolved, &subject, recalled));
        }
        objects.retain(|o| !o.is_empty());
        self.share_counterpart_role(cx, &subject, &obj_refs);
        if subject.is_empty() && t.kind != TKind::Between {
            subject = self.later_subject(cx, &clause, &obj_refs, t, !objects.is_empty());
        }
        let groups = match told(t, subject, objects) {
            Told::Nothing => return None,
            Told::Reference(people) => {
                return self.reference(cx.si, t, cx.dates, &people, recalled);
            }
            Told::Groups(groups) => groups,
        };
        let date = pick_date(a.text, cx.dates, clause.start, clause.end, t);
        let mut m = self.mention(cx.si, t, date.as_ref());
        m.recalled = self.recalled_by_date(date.as_ref(), a.text, t, recalled);
        m.status = if planned {
            Status::Planned
        } else {
            Status::Held
        };
        // A call joins two places: none is "the" place.
        if t.mkind != MeetingKind::Call {
            m.place =
                pick_place(a, clause.start, clause.end, t).or_else(|| self.deictic_place(cx.si));
        }
        m.occasion = find_occasions(a)
            .into_iter()
            .filter(|o| o.start >= clause.start && o.end <= clause.end)
            .min_by_key(|o| o.start.abs_diff(t.end))
            .map(|o| o.text);
        self.record(cx.si, groups, &m)
    }

    /// The subject of a trigger: the nearest ref before it in its clause and the refs
    /// coordinated with it, or the person a description there names.
    fn subject(&mut self, cx: &SentenceCtx<'_>, clause: &Clause<'_>, recalled: bool) -> Vec<usize> {
        let a = &self.analyses[cx.si];
        let Some(&last) = clause.left.last() else {
            return Vec::new();
        };
        if a.refs[last].kind == RefKind::Desc {
            return self.resolve_desc(cx.si, &a.refs[last], &[], recalled);
        }
        coordinated_chain_back(a, last, &clause.left)
            .into_iter()
            .flat_map(|k| cx.resolved[k].iter().copied())
            .collect()
    }

    /// "his Japanese counterpart Gen Ito": a named counterpart without a role of their own
    /// holds the subject's office.
    fn share_counterpart_role(
        &mut self,
        cx: &SentenceCtx<'_>,
        subject: &[usize],
        obj_refs: &[usize],
    ) {
        let a = &self.analyses[cx.si];
        let ents = &mut self.facts.entities.list;
        let [s] = subject[..] else { return };
        let Some(role) = ents[s].roles.first().cloned() else {
            return;
        };
        for &r in obj_refs {
            if a.refs[r].counterpart
                && matches!(a.refs[r].kind, RefKind::Named(_))
                && let Some(&id) = cx.resolved[r].first()
                && ents[id].roles.is_empty()
            {
                ents[id].roles.push(role.clone());
            }
        }
    }

    /// A subject told after the trigger ("Upon receiving X ..., Y stressed"), else, for a
    /// verb with objects, the subject of the sentence before.
    fn later_subject(
        &self,
        cx: &SentenceCtx<'_>,
        clause: &Clause<'_>,
        obj_refs: &[usize],
        t: &Trigger,
        has_objects: bool,
    ) -> Vec<usize> {
        let a = &self.analyses[cx.si];
        let later = clause
            .right
            .iter()
            .copied()
            .filter(|r| !obj_refs.contains(r))
            .find(|&r| matches!(a.refs[r].kind, RefKind::Named(_) | RefKind::Single(_)))
            .map(|r| cx.resolved[r].clone());
        match later {
            Some(s) if !s.is_empty() => s,
            _ if has_objects && matches!(t.kind, TKind::Verb | TKind::NounWith) => {
                self.last_subject.into_iter().collect()
            }
            _ => Vec::new(),
        }
    }

    /// Whether a meeting dated `date` is a recalled one: dated well before the article, or a
    /// year alone before the article's year, is; dated within a week of the article is the
    /// article's news, whatever "following" or "after" say, unless a recall word stands
    /// right before the trigger.
    fn recalled_by_date(
        &self,
        date: Option<&DateMention>,
        text: &str,
        t: &Trigger,
        recalled: bool,
    ) -> bool {
        let Some(anchor) = self.anchor() else {
            return recalled;
        };
        let mut recalled = recalled;
        if let Some(d) = date.map(|d| d.date) {
            if let Some(full) = d
                .to_date()
                .or_else(|| jiff::civil::Date::new(d.year?, d.month?, 1).ok())
                && (anchor - full).get_days() > RECALLED_AFTER_DAYS
            {
                recalled = true;
            }
            if d.month.is_none() && d.year.is_some_and(|y| y < anchor.year()) {
                recalled = true;
            }
        }
        if let Some(d) = date.and_then(|d| d.date.to_date())
            && (anchor - d).get_days().abs() <= NEWS_WITHIN_DAYS
            && !recall_word_near(text, t)
        {
            recalled = false;
        }
        recalled
    }

    /// A held, unplaced mention of trigger `t` in sentence `si` with its date, no
    /// participants yet.
    fn mention(&self, si: usize, t: &Trigger, date: Option<&DateMention>) -> ArticleMeeting {
        ArticleMeeting {
            participants: Vec::new(),
            kind: t.mkind,
            status: Status::Held,
            date: date.map(|d| d.date),
            date_text: date.map(|d| d.text.clone()),
            place: None,
            occasion: None,
            recalled: false,
            evidence: vec![self.evidence(si)],
            outcomes: Vec::new(),
            notes: Vec::new(),
            quotes: Vec::new(),
            last: si,
            last_para: self.sents[si].para,
        }
    }

    /// Records mention `m` of sentence `si` once for each group of two or more people; the
    /// last meeting
    /// recorded becomes the focus.
    fn record(&mut self, si: usize, groups: Vec<Vec<usize>>, m: &ArticleMeeting) -> Option<usize> {
        let mut last = None;
        for mut g in groups {
            g.sort_unstable();
            g.dedup();
            if g.len() < 2 {
                continue;
            }
            for w in g.windows(2) {
                self.facts.entities.inherit_class(w[0], w[1]);
                self.facts.entities.inherit_class(w[1], w[0]);
            }
            let m = ArticleMeeting {
                participants: g,
                ..m.clone()
            };
            last = Some(self.add(m, si));
        }
        if last.is_some() {
            self.focus = last;
            self.last_new = last;
        }
        last
    }

    /// "the meeting", "their last encounter in Bali": evidence for the meeting in focus, or a
    /// new recalled meeting of the same people when the date or recall words say so.
    fn reference(
        &mut self,
        si: usize,
        t: &Trigger,
        dates: &[DateMention],
        people: &[usize],
        recalled: bool,
    ) -> Option<usize> {
        let text = self.analyses[si].text;
        let f = self.focus?;
        // "that meeting" is the one told last; "the meeting" the one in focus.
        let demonstrative = words_before(text, t.start, 1)
            .first()
            .is_some_and(|w| w == "that");
        let target = if demonstrative {
            self.last_new.unwrap_or(f)
        } else {
            f
        };
        // Only a date right at the reference names the referred meeting ("the summit in
        // March"), not one of the reporting clause ("X reported on Sunday that the talks").
        let date = pick_date(
            text,
            dates,
            t.start.saturating_sub(REFERENCE_DATE_BEFORE),
            (t.end + REFERENCE_DATE_AFTER).min(text.len()),
            t,
        )
        .filter(|d| !text[t.end.min(d.start)..d.start].contains(','));
        let focus = &self.facts.meetings[f];
        let differs = match (&date, &focus.date) {
            (Some(d), Some(fd)) => !d.date.compatible(fd),
            _ => false,
        };
        let who = if people.len() >= 2 {
            people.to_vec()
        } else {
            focus.participants.clone()
        };
        if recalled || differs {
            return self.recalled_reference(si, t, date.as_ref(), who);
        }
        self.confirm_reference(si, t, target, date.as_ref(), demonstrative);
        Some(target)
    }

    /// A reference to an earlier meeting of `who` ("a year since their last encounter in
    /// Bali"): a new recalled meeting, when a date or a place tells it apart.
    fn recalled_reference(
        &mut self,
        si: usize,
        t: &Trigger,
        date: Option<&DateMention>,
        who: Vec<usize>,
    ) -> Option<usize> {
        let a = &self.analyses[si];
        let place = pick_place(a, t.start, a.text.len(), t);
        if date.is_none() && place.is_none() {
            // Nothing to tell the recalled meeting by.
            return None;
        }
        let mut m = self.mention(si, t, date);
        m.participants = who;
        m.place = place;
        m.occasion = find_occasions(a)
            .into_iter()
            .find(|o| o.start >= t.start)
            .map(|o| o.text);
        m.recalled = true;
        // An aside does not move the focus; "that meeting" can still reach it.
        let id = self.add(m, si);
        self.last_new = Some(id);
        Some(id)
    }

    /// "The meeting took place on Tuesday in Lima": the referred meeting `target` gets the
    /// reference's date and place when it has none, and the sentence as evidence.
    fn confirm_reference(
        &mut self,
        si: usize,
        t: &Trigger,
        target: usize,
        date: Option<&DateMention>,
        demonstrative: bool,
    ) {
        let ev = self.evidence(si);
        let a = &self.analyses[si];
        let here = pick_place(a, t.start, a.text.len(), t);
        let m = &mut self.facts.meetings[target];
        if m.date.is_none()
            && let Some(d) = date
        {
            m.date = Some(d.date);
            m.date_text = Some(d.text.clone());
        }
        if m.place.is_none() && m.kind != MeetingKind::Call {
            m.place = here;
        }
        if !m.evidence.contains(&ev) {
            m.evidence.push(ev);
        }
        m.last = si;
        m.last_para = self.sents[si].para;
        if demonstrative {
            self.focus = Some(target);
        }
    }

    /// Adds a meeting mention, merging it into an earlier one of the same people when
    /// nothing disagrees.
    fn add(&mut self, mut m: ArticleMeeting, si: usize) -> usize {
        // Context: occasion and a more precise place from the neighbouring sentences.
        self.fill_from_context(&mut m, si);
        if m.place.is_none()
            && !m.recalled
            && m.status == Status::Held
            && let Some(d) = &self.dateline
            && !m.participants.iter().all(|&p| {
                let c = &self.facts.entities.list[p].country;
                c.is_some() && *c != d.country
            })
        {
            m.place = Some(d.clone());
        }
        let found = self
            .facts
            .meetings
            .iter()
            .position(|e| same_meeting_in_article(e, &m));
        match found {
            Some(i) => {
                merge_article_meeting(&mut self.facts.meetings[i], m);
                i
            }
            None => {
                self.facts.meetings.push(m);
                self.facts.meetings.len() - 1
            }
        }
    }

    fn fill_from_context(&self, m: &mut ArticleMeeting, si: usize) {
        let para = self.sents[si].para;
        let neighbours = [si + 1, si.wrapping_sub(1)];
        for &n in &neighbours {
            let Some(s) = self.sents.get(n) else { continue };
            if s.para != para {
                continue;
            }
            let a = &self.analyses[n];
            let has_own = PREFILTER.is_match(a.text)
                && find_triggers(a)
                    .iter()
                    .any(|t| !matches!(t.kind, TKind::Reference));
            if has_own && n != si + 1 {
                continue;
            }
            if m.occasion.is_none() {
                let lower = a.text.to_lowercase();
                if n == si + 1 || lower.contains("attend") {
                    m.occasion = find_occasions(a).into_iter().next().map(|o| o.text);
                }
            }
            // Refine a country-level place with a city of that country.
            if n == si + 1
                && let Some(p) = &m.place
                && p.country.as_deref() == Some(p.name.as_str())
                && let Some(city) = a.gaz.iter().find(|g| {
                    matches!(g.kind, GazKind::City | GazKind::Venue)
                        && g.country.as_deref() == Some(p.name.as_str())
                })
            {
                m.place = Some(Place {
                    name: city.name.clone(),
                    country: city.country.clone(),
                });
            }
        }
        if m.occasion.is_none() && !m.recalled {
            m.occasion = self.article_occasion(m.place.as_ref());
        }
    }

    /// The article's occasion: "to attend the X", "attended the X", unless told with
    /// another place than `place`.
    fn article_occasion(&self, place: Option<&Place>) -> Option<String> {
        for (n, a) in self.analyses.iter().enumerate() {
            if !a.text.to_lowercase().contains("attend") {
                continue;
            }
            let attended = find_occasions(a).into_iter().find(|o| {
                words_before(a.text, o.start, 2)
                    .iter()
                    .any(|w| w.starts_with("attend"))
            });
            if let Some(o) = attended {
                let same_place = match (place, self.place_near(n)) {
                    (Some(p), Some(q)) => p.name == q.name || p.country == q.country,
                    _ => true,
                };
                if same_place {
                    return Some(o.text);
                }
            }
        }
        None
    }

    /// "in the capital", "in this port city": the dateline's place, else the first city
    /// the article names.
    fn deictic_place(&self, si: usize) -> Option<Place> {
        static DEICTIC: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)\b(?:in|at) (?:the|this) (?:\w+ )?(?:capital|city|town|port)\b")
                .expect("static regex")
        });
        if !DEICTIC.is_match(self.analyses[si].text) {
            return None;
        }
        self.dateline.clone().or_else(|| {
            self.analyses.iter().find_map(|a| {
                a.gaz
                    .iter()
                    .find(|g| g.kind == GazKind::City)
                    .map(|g| Place {
                        name: g.name.clone(),
                        country: g.country.clone(),
                    })
            })
        })
    }

    fn place_near(&self, si: usize) -> Option<Place> {
        let a = &self.analyses[si];
        a.gaz
            .iter()
            .find(|g| matches!(g.kind, GazKind::City | GazKind::Venue))
            .map(|g| Place {
                name: g.name.clone(),
                country: g.country.clone(),
            })
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

    /// Outcomes, notes and quotes of a sentence go to the meeting in focus when the
    /// sentence is about it.
    fn attach(&mut self, si: usize, resolved: &Resolved, quotes: &[QuoteSpan], touched: &[usize]) {
        let Some(f) = touched.first().copied().or(self.focus) else {
            return;
        };
        let a = &self.analyses[si];
        let para = self.sents[si].para;
        let m = &self.facts.meetings[f];
        if para > m.last_para + ATTACH_PARAGRAPHS {
            return;
        }
        // A sentence led by someone outside the meeting is about something else.
        let outsider = a
            .refs
            .iter()
            .enumerate()
            .filter(|(_, r)| !in_quotes(quotes, r))
            .find(|(_, r)| !matches!(r.kind, RefKind::Pronoun | RefKind::PluralPronoun))
            .is_some_and(|(i, _)| {
                !resolved[i].is_empty() && !resolved[i].iter().any(|p| m.participants.contains(p))
            });
        let ev = self.evidence(si);
        let text = a.text.trim().to_string();
        let m = &mut self.facts.meetings[f];
        if !outsider || touched.contains(&f) {
            if OUTCOME.is_match(a.text) && !m.outcomes.iter().any(|c| c.text == text) {
                m.outcomes.push(Claim {
                    text: text.clone(),
                    evidence: ev.clone(),
                });
            }
            if NOTE.is_match(a.text) && !m.notes.iter().any(|c| c.text == text) {
                m.notes.push(Claim {
                    text: text.clone(),
                    evidence: ev.clone(),
                });
            }
        }
        // Quotes without a speaker go to the meeting in focus unless an outsider leads.
        let fallback = (!outsider).then_some(f);
        self.attach_quotes(si, resolved, quotes, fallback, &ev);
    }

    /// Each quotation goes to the latest meeting near here of its speaker (and addressee),
    /// a quotation without a speaker to `fallback`; the meeting it goes to takes the focus.
    fn attach_quotes(
        &mut self,
        si: usize,
        resolved: &Resolved,
        quotes: &[QuoteSpan],
        fallback: Option<usize>,
        ev: &Evidence,
    ) {
        let para = self.sents[si].para;
        for q in quotes {
            let speaker = q.speaker.and_then(|r| resolved[r].first().copied());
            let addressee = q.addressee.and_then(|r| resolved[r].first().copied());
            let target = self
                .facts
                .meetings
                .iter()
                .rposition(|mm| {
                    speaker.is_some_and(|s| mm.participants.contains(&s))
                        && addressee.is_none_or(|ad| mm.participants.contains(&ad))
                        && para <= mm.last_para + ATTACH_PARAGRAPHS
                })
                .or(if speaker.is_none() { fallback } else { None });
            let Some(tg) = target else { continue };
            let ents = &self.facts.entities;
            let name = |id: Option<usize>| id.and_then(|i| ents.list.get(i)).map(|e| e.key());
            let quote = Quote {
                speaker: name(speaker),
                addressee: name(addressee),
                text: q.text.clone(),
                evidence: ev.clone(),
            };
            let mm = &mut self.facts.meetings[tg];
            if !mm.quotes.iter().any(|x| x.text == quote.text) {
                mm.quotes.push(quote);
            }
            self.focus = Some(tg);
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

/// The stretch of a sentence a trigger governs and the refs on either side of it.
struct Clause<'q> {
    /// Byte range: from the end of the last trigger that told a meeting to the next
    /// trigger, within the quotation the trigger stands in.
    start: usize,
    end: usize,
    quote: Option<&'q QuoteSpan>,
    /// Refs before the trigger.
    left: Vec<usize>,
    /// Refs after the trigger that can be objects (no possessives: "Reagan's decision",
    /// "his residence").
    right: Vec<usize>,
}

impl<'q> Clause<'q> {
    fn new(
        a: &Analysis,
        triggers: &[Trigger],
        ti: usize,
        left_bound: usize,
        quotes: &'q [QuoteSpan],
    ) -> Clause<'q> {
        let t = &triggers[ti];
        let quote = quotes.iter().find(|q| t.start >= q.start && t.end <= q.end);
        let mut start = left_bound;
        let mut end = triggers.get(ti + 1).map_or(a.text.len(), |n| n.start);
        if let Some(q) = quote {
            start = start.max(q.start);
            end = end.min(q.end);
        }
        let inside = |r: &PersonRef, s: usize, e: usize| {
            r.start >= s && r.end <= e && (quote.is_some() || !in_quotes(quotes, r))
        };
        let left = (0..a.refs.len())
            .filter(|&i| inside(&a.refs[i], start, t.start))
            .collect();
        let right = (0..a.refs.len())
            .filter(|&i| inside(&a.refs[i], t.end, end) && !possessive(a, i))
            .collect();
        Clause {
            start,
            end,
            quote,
            left,
            right,
        }
    }
}

/// True when a ref stands inside one of the quotations.
fn in_quotes(quotes: &[QuoteSpan], r: &PersonRef) -> bool {
    quotes.iter().any(|q| r.start >= q.start && r.end <= q.end)
}

/// A possessive ref modifies a noun and is no participant: "Reagan's decision", "his
/// residence", "their talks".
fn possessive(a: &Analysis, i: usize) -> bool {
    let r = &a.refs[i];
    let w = a.toks[r.t0].lower();
    r.t1 > 0 && a.toks[r.t1 - 1].is_possessive()
        || r.kind == RefKind::Pronoun && matches!(w.as_str(), "his" | "her")
        || r.kind == RefKind::PluralPronoun && matches!(w.as_str(), "their" | "our")
}

/// The object refs of a trigger: the first ref after it, near enough, and the refs
/// coordinated with it.
fn object_refs(a: &Analysis, t: &Trigger, clause: &Clause<'_>) -> Vec<usize> {
    let t_tok = a.tok_at(t.end);
    let max_gap = if t.needs_object {
        OBJECT_GAP_NEEDED
    } else {
        OBJECT_GAP
    };
    clause
        .right
        .first()
        .copied()
        .filter(|&r| a.refs[r].t0 <= t_tok + max_gap || t.kind == TKind::Between)
        .map_or_else(Vec::new, |f| coordinated_chain_fwd(a, f, &clause.right))
}

/// What a trigger's subject and objects tell, by the trigger's kind.
enum Told {
    /// No meeting: a verb that needs an object has none.
    Nothing,
    /// A reference to a meeting told elsewhere, by these people.
    Reference(Vec<usize>),
    /// Meetings, one per group of people.
    Groups(Vec<Vec<usize>>),
}

fn told(t: &Trigger, subject: Vec<usize>, objects: Vec<Vec<usize>>) -> Told {
    let mut groups = Vec::new();
    match t.kind {
        TKind::Between => {
            let all: Vec<usize> = objects.into_iter().flatten().collect();
            if all.len() >= 2 {
                groups.push(all);
            }
        }
        TKind::Reference | TKind::Sidelines => {
            let mut all = subject;
            all.extend(objects.into_iter().flatten());
            if t.kind == TKind::Reference {
                return Told::Reference(all);
            }
            if all.len() >= 2 {
                groups.push(all);
            }
        }
        TKind::Verb | TKind::NounWith => {
            if t.needs_object && objects.is_empty() {
                return Told::Nothing;
            }
            if objects.is_empty() {
                if subject.len() >= 2 {
                    groups.push(subject);
                }
            } else if subject.len() >= 2 {
                groups.push([subject, objects.concat()].concat());
            } else {
                for o in &objects {
                    groups.push([subject.clone(), o.clone()].concat());
                }
            }
        }
    }
    Told::Groups(groups)
}

/// Refs coordinated with `last` going backwards ("A and B", "A, B and C"), in order.
/// Keeps a coordination only when it has an "and" ("A, B and C"); a bare comma is more
/// often an apposition or a clause break ("... owned by X, Sarney met").
fn with_and(chain: Vec<usize>, links: &[bool]) -> Vec<usize> {
    if links.iter().any(|&l| l) || chain.len() <= 1 {
        chain
    } else {
        chain.into_iter().take(1).collect()
    }
}

fn link(a: &Analysis, left: usize, right: usize) -> Option<bool> {
    match a
        .text
        .get(a.refs[left].end..a.refs[right].start)
        .map(str::trim)
        .unwrap_or("")
    {
        "and" | "&" | ", and" => Some(true),
        "," => Some(false),
        _ => None,
    }
}

fn coordinated_chain_back(a: &Analysis, last: usize, allowed: &[usize]) -> Vec<usize> {
    let mut chain = vec![last];
    let mut links = Vec::new();
    let mut cur = last;
    while let Some(&prev) = allowed.iter().rev().find(|&&k| k < cur) {
        match link(a, prev, cur) {
            Some(l) => {
                links.push(l);
                chain.push(prev);
                cur = prev;
            }
            None => break,
        }
    }
    let mut chain = with_and(chain, &links);
    chain.reverse();
    chain
}

fn coordinated_chain_fwd(a: &Analysis, first: usize, allowed: &[usize]) -> Vec<usize> {
    let mut chain = vec![first];
    let mut links = Vec::new();
    let mut cur = first;
    while let Some(&next) = allowed.iter().find(|&&k| k > cur) {
        match link(a, cur, next) {
            Some(l) => {
                links.push(l);
                chain.push(next);
                cur = next;
            }
            None => break,
        }
    }
    with_and(chain, &links)
}

/// The people coordinated right before ref `ri` ("set by X and Y when they met").
fn coordinated_before(a: &Analysis, ri: usize, resolved: &[Vec<usize>]) -> Vec<usize> {
    let named: Vec<usize> = (0..ri)
        .filter(|&k| matches!(a.refs[k].kind, RefKind::Named(_) | RefKind::Single(_)))
        .collect();
    let Some(&last) = named.last() else {
        return Vec::new();
    };
    let chain = coordinated_chain_back(a, last, &named);
    if chain.len() < 2 {
        return Vec::new();
    }
    chain
        .iter()
        .flat_map(|&k| resolved.get(k).cloned().unwrap_or_default())
        .collect()
}

/// The date of a trigger: the mention nearest to it in its clause, after it preferred.
fn pick_date(
    text: &str,
    dates: &[DateMention],
    start: usize,
    end: usize,
    t: &Trigger,
) -> Option<DateMention> {
    dates
        .iter()
        .filter(|d| d.start >= start && d.end <= end)
        .filter(|d| {
            !words_before(text, d.start, 1)
                .first()
                .is_some_and(|w| DATE_BOUNDS.has(w))
        })
        // "the first meeting since X's re-election in May": May dates the re-election.
        .filter(|d| d.start < t.end || !words_between(text, t.end, d.start).contains(&"since"))
        .min_by_key(|d| distance(d.start, d.end, t))
        .cloned()
}

/// The place of a trigger: a venue, city, region or country after "in/at/outside/near/to"
/// in its clause (after the trigger preferred), with its country.
fn pick_place(a: &Analysis, start: usize, end: usize, t: &Trigger) -> Option<Place> {
    a.gaz
        .iter()
        .enumerate()
        .filter(|(_, g)| g.start >= start && g.end <= end)
        .filter_map(|(gi, g)| {
            let rank = match g.kind {
                GazKind::Venue => 0,
                GazKind::City => 1,
                GazKind::Region if g.country.is_some() => 2,
                GazKind::Country => 3,
                _ => return None,
            };
            let place = place_at(a, gi)?;
            Some((rank, distance(g.start, g.end, t), place))
        })
        .min_by_key(|&(rank, dist, _)| (rank, dist))
        .map(|(_, _, place)| place)
}

/// How far a mention over `start..end` is from trigger `t`; before the trigger it counts
/// [`BEFORE_TRIGGER_WEIGHT`] times.
fn distance(start: usize, end: usize, t: &Trigger) -> usize {
    if start >= t.end {
        start - t.end
    } else {
        t.start.saturating_sub(end) * BEFORE_TRIGGER_WEIGHT
    }
}

/// Gazetteer hit `gi` as a meeting's place, when a preposition of place stands before it
/// ("in Lima", "at the White House", "outside of Oslo") and it is neither part of a title
/// ("Russia's defence minister") nor the country after a place ("Quito, Ecuador", which
/// gives the place its country instead).
fn place_at(a: &Analysis, gi: usize) -> Option<Place> {
    let g = &a.gaz[gi];
    if a.refs.iter().any(|r| g.start >= r.start && g.end <= r.end) {
        return None;
    }
    let only_commas = |from: usize, to: usize| {
        a.text[from..to]
            .trim_matches(|c: char| c == ',' || c.is_whitespace())
            .is_empty()
    };
    let after_place = gi > 0 && {
        let p = &a.gaz[gi - 1];
        matches!(p.kind, GazKind::City | GazKind::Venue | GazKind::Region)
            && only_commas(p.end, g.start)
    };
    let prev = words_before(a.text, g.start, 3);
    let prep = match prev.first().map(String::as_str) {
        Some("the") => prev.get(1).map(String::as_str),
        Some("of") if prev.get(1).is_some_and(|w| w == "outside") => Some("outside"),
        p => p,
    };
    // Not "from": "travelled from X" is the origin, not the place.
    if after_place || !prep.is_some_and(|p| PLACE_PREPOSITIONS.has(p)) {
        return None;
    }
    let mut place = Place {
        name: g.name.clone(),
        country: g.country.clone(),
    };
    // "Quito, Ecuador" / "Palo Alto, Calif.": the next hit may give the country.
    if let Some(n) = a.gaz.get(gi + 1)
        && place.country.is_none()
        && only_commas(g.end, n.start)
    {
        place.country = n.country.clone();
    }
    Some(place)
}

/// The dateline place ("LIMA |", "NAIROBI, March 5 —", "OSLO, Norway –").
fn dateline_place(article: &Article) -> Option<Place> {
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*([A-Z][A-Za-z.'\- ]{1,30}?)\s*(?:,[^—–|\n]{1,30})?\s*[—–|-]\s")
            .expect("static regex")
    });
    for p in article.paragraphs.iter().take(4) {
        let Some(c) = DATELINE.captures(p) else {
            continue;
        };
        let raw = c.get(1)?.as_str().trim();
        let name: String = raw
            .split_whitespace()
            .map(|w| {
                let mut cs = w.chars();
                match cs.next() {
                    Some(f) => f
                        .to_uppercase()
                        .chain(cs.flat_map(char::to_lowercase))
                        .collect(),
                    None => String::new(),
                }
            })
            .collect::<Vec<String>>()
            .join(" ");
        let g = gazetteer();
        if let Some(city) = g.city(&name).or_else(|| g.city(raw)) {
            return Some(Place {
                name: city.name.clone(),
                country: Some(city.country.clone()),
            });
        }
    }
    None
}

/// Same meeting inside one article: same people, same kind of contact, no disagreement
/// on date or place, and a recalled meeting is not the article's news.
fn same_meeting_in_article(a: &ArticleMeeting, b: &ArticleMeeting) -> bool {
    if a.participants != b.participants {
        return false;
    }
    if (a.kind == MeetingKind::Call) != (b.kind == MeetingKind::Call) {
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
    if let (Some(x), Some(y)) = (&a.date, &b.date)
        && !x.compatible(y)
    {
        return false;
    }
    if a.recalled != b.recalled && !(a.date.is_some() && b.date.is_some()) {
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

fn merge_article_meeting(into: &mut ArticleMeeting, m: ArticleMeeting) {
    into.date = crate::extract::merge::merge_dates(into.date, m.date);
    if into.date_text.is_none() {
        into.date_text = m.date_text;
    }
    into.place = crate::extract::merge::finer_place(into.place.take(), m.place);
    if into.occasion.is_none() {
        into.occasion = m.occasion;
    }
    if m.status == Status::Held {
        into.status = Status::Held;
    }
    into.recalled &= m.recalled;
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
