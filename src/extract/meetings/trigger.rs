//! One trigger's meetings: the clause it governs, its subject and objects, the groups of
//! participants its kind makes of them, the date that makes a meeting recalled, and
//! references to a meeting told elsewhere ("the meeting", "their last encounter").

use super::cache::SentenceCache;
use super::refs::{coordinated_chain_back, coordinated_chain_fwd};
use super::setting::{pick_date, pick_place, place_before_where, unknown_place_after};
use super::status::trigger_status;
use super::{ArticleMeeting, Scan, SentenceCtx, in_quotes};
use crate::extract::dates::DateMention;
use crate::extract::people::{Analysis, PersonRef, RefKind};
use crate::extract::quotes::QuoteSpan;
use crate::extract::triggers::{
    TKind, Trigger, is_recalled, recall_word_near, words_after, words_before, words_between,
};
use crate::lexicon::gazetteer::GazKind;
use crate::lexicon::lists::{
    DESCRIPTOR_GAP_BREAKS, MEETING_DETERMINERS, MEETING_GERUND_BEFORE, PLACE_PREPOSITIONS,
    PLANNED_MODALS, REPORTED_SPEECH_VERBS, SAY_VERBS,
};
use crate::model::{Channel, MeetingKind, Place, Status};

/// A verb that needs an object ("hosted", "received") takes it at once: the object starts
/// at most one token after the verb.
const OBJECT_GAP_NEEDED: usize = 1;

/// Most tokens of a body's description between "with" and the title of the one met
/// ("Tokyo stock exchange (TSE) head"): a name and a noun or two, an acronym in brackets.
const DESCRIPTOR_GAP: usize = 6;

/// Other triggers reach further for an object ("met on Monday in Lima with X"), about a
/// clause's worth of tokens.
const OBJECT_GAP: usize = 9;

/// Tokens after a trigger where the "were" of "Taking part in the talks (at an
/// undisclosed location) were A and B" may stand.
const INVERTED_REACH: usize = 8;

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

impl Scan<'_> {
    /// The meetings trigger `ti` of a sentence tells: its clause, subject and objects,
    /// the groups of participants its kind makes, then date, place and occasion; the id
    /// of the last meeting recorded.
    pub(super) fn process_trigger(
        &mut self,
        cx: &SentenceCtx<'_>,
        triggers: &[Trigger],
        ti: usize,
        left_bound: usize,
    ) -> Option<usize> {
        let a = &self.analyses[cx.si];
        let t = &triggers[ti];
        if self.sport_fixture(cx.si, t) {
            return None;
        }
        let clause = Clause::new(a, triggers, ti, left_bound, cx.quotes);
        // "did not meet" (nothing expected): no meeting.
        let status_from = ti.checked_sub(1).map_or(0, |p| triggers[p].end);
        let phrases = self.cache.phrases(cx.si);
        let status = trigger_status(a.text, phrases, t, status_from, clause.end)?;
        let recalled = is_recalled(a.text, t);
        let mut subject = self.subject(cx, &clause, recalled);
        if subject.is_empty() {
            subject = self.bare_name_subject(cx, &clause.left, t);
        }
        let (obj_refs, inverted) = objects_or_listed(a, t, &clause, subject.is_empty());
        if let Some(people) = self.carried_people(cx, triggers, ti, !obj_refs.is_empty(), &subject)
        {
            subject = people;
        }
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
        if subject.is_empty()
            && t.kind != TKind::Between
            && !self.unresolved_subject(cx, &clause.left)
            && !body_subject(a.text, clause.start, t.start)
        {
            subject = self.later_subject(cx, &clause, &obj_refs, t, !objects.is_empty());
        }
        if t.kind == TKind::Sidelines
            && let Some(p) = self.reporting_listener(cx, t, &subject, &objects)
        {
            subject.insert(0, p);
        }
        let told_subject = subject.clone();
        let with_slot = ends_with_with(a.text, t);
        let told_as = if inverted {
            told_between(objects)
        } else {
            told(t, subject, objects, with_slot)
        };
        let groups = match told_as {
            Told::Nothing => return None,
            Told::Reference(people) => {
                return self.reference(cx.si, t, cx.dates, &people, recalled, status);
            }
            Told::Groups(groups) => groups,
        };
        let from = if left_bound > 0 && t.kind == TKind::Verb {
            t.start
        } else {
            clause.start
        };
        let m = self.setting(cx, t, (from, clause.end), status, recalled);
        for g in &groups {
            self.told_here.push((told_subject.clone(), g.clone()));
        }
        self.record(cx.si, groups, &m)
    }

    /// A mention of trigger `t` with its status and the date, place and occasion of bytes
    /// `from..end` of its sentence. What follows a verb that told a meeting is its own
    /// ("met X in Addis Ababa in February, and met again in June in Accra"): a later verb
    /// looks after itself, so `from` is the verb; a noun in apposition shares it ("met in
    /// Bali, the first talks between them"), so `from` is the clause's start.
    fn setting(
        &self,
        cx: &SentenceCtx<'_>,
        t: &Trigger,
        (from, end): (usize, usize),
        status: Status,
        recalled: bool,
    ) -> ArticleMeeting {
        let a = &self.analyses[cx.si];
        let end = if status.is_held() {
            held_clause_end(a, t, end)
        } else {
            end
        };
        let date = pick_date(a.text, cx.dates, (from, end), t, status.is_held())
            .filter(|d| !status.is_held() || !self.after_report(d));
        let mut m = self.mention(cx.si, t, date.as_ref());
        m.recalled = self.recalled_by_date(date.as_ref(), a.text, t, recalled);
        m.also = words_before(a.text, t.start, ALSO_REACH)
            .iter()
            .any(|w| w == "also");
        m.status = status;
        // A call joins two places: none is "the" place.
        if !t.channel.is_remote() {
            m.place = place_before_where(a, t)
                .or_else(|| pick_place(self.cache, cx.si, (from, end), t))
                .or_else(|| unknown_place_after(a, t, end))
                .or_else(|| self.deictic_place(cx.si));
        }
        m.occasion = self
            .cache
            .occasions(cx.si)
            .iter()
            .filter(|o| o.start >= from && o.end <= end && !o.other_event)
            .min_by_key(|o| o.start.abs_diff(t.end))
            .map(|o| o.text.clone());
        m
    }

    /// "X said Y promised new credits during a meeting": when the one person of a meeting
    /// told "during/at a meeting" told or promised something there and the sentence opens
    /// by reporting it ("X said", "X told reporters that"), the reporter is the one who was
    /// told. `None` unless every part is there.
    fn reporting_listener(
        &self,
        cx: &SentenceCtx<'_>,
        t: &Trigger,
        subject: &[usize],
        objects: &[Vec<usize>],
    ) -> Option<usize> {
        let a = &self.analyses[cx.si];
        if subject.len() != 1 || objects.iter().any(|o| !o.is_empty()) {
            return None;
        }
        // The first person named ("Separately, X said": an opening adverb is no one).
        let k = (0..a.refs.len()).find(|&k| !cx.resolved[k].is_empty())?;
        let first = &a.refs[k];
        let speaker = match cx.resolved[k].as_slice() {
            [p] if *p != subject[0] => *p,
            _ => return None,
        };
        let said_at = first.end;
        let said = words_after(a.text, said_at, 1)
            .first()
            .is_some_and(|w| SAY_VERBS.has(w));
        let subject_ref = (0..a.refs.len()).find(|&i| {
            let r = &a.refs[i];
            r.start > said_at && r.end <= t.start && cx.resolved[i].contains(&subject[0])
        });
        let told = subject_ref.is_some_and(|i| {
            words_between(a.text, a.refs[i].end, t.start)
                .iter()
                .any(|w| REPORTED_SPEECH_VERBS.has(&w.to_lowercase()))
        });
        (said && told).then_some(speaker)
    }

    /// The people a verb without a subject of its own carries on from the sentence's last
    /// meeting: "(the leaders) first met in February ..., and met again in June", "X has
    /// met Y twice, after meeting on the sidelines of the summit a year ago"; a bare gerund
    /// with nothing before it in the sentence ("[Since meeting a year ago] ...") is the
    /// meeting in focus. With an object of its own only the subject carries on. The object
    /// of the meeting before ("X met Y, after meeting ...") is no subject of its own.
    fn carried_people(
        &self,
        cx: &SentenceCtx<'_>,
        triggers: &[Trigger],
        ti: usize,
        has_objects: bool,
        subject: &[usize],
    ) -> Option<Vec<usize>> {
        let text = self.analyses[cx.si].text;
        let t = &triggers[ti];
        if t.kind != TKind::Verb || t.needs_object {
            return None;
        }
        let objects_before = self
            .told_here
            .last()
            .is_some_and(|(s, g)| subject.iter().all(|p| g.contains(p) && !s.contains(p)));
        if !subject.is_empty() && !objects_before {
            return None;
        }
        let before = words_before(text, t.start, 1);
        let gerund = text[t.start..t.end].eq_ignore_ascii_case("meeting")
            && before.first().is_some_and(|w| MEETING_GERUND_BEFORE.has(w));
        let coordinated =
            ti > 0 && words_between(text, triggers[ti - 1].end, t.start).contains(&"and");
        if !gerund && !coordinated {
            return None;
        }
        if let Some((subject, group)) = self.told_here.last() {
            return Some(if has_objects { subject } else { group }.clone());
        }
        // "[Since meeting a year ago]": only a bare gerund, its place or time right after.
        let bare = words_after(text, t.end, 1)
            .first()
            .is_none_or(|w| PLACE_PREPOSITIONS.has(w) || MEETING_GERUND_BEFORE.has(w))
            || cx
                .dates
                .iter()
                .any(|d| d.start >= t.end && text[t.end..d.start].trim().is_empty());
        (gerund && !has_objects && bare).then(|| self.focus_people())
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
        // "meetings with Abe, who praised Nakasone": a name in a relative clause after
        // the trigger is that clause's, no later subject.
        let rest: Vec<usize> = clause
            .right
            .iter()
            .copied()
            .filter(|r| !obj_refs.contains(r) && !in_relative_clause(a, *r, t.end))
            .collect();
        // "In talks with X, A and B asked ...": the subject and those coordinated with it;
        // "Before meeting X, the Crown Prince ...": a description, as resolved.
        let first = rest.iter().copied().find(|&r| {
            matches!(
                a.refs[r].kind,
                RefKind::Named(_) | RefKind::Single(_) | RefKind::Desc
            )
        });
        let later = first.map(|r| {
            coordinated_chain_fwd(a, r, &rest)
                .into_iter()
                .flat_map(|k| cx.resolved[k].iter().copied())
                .collect::<Vec<usize>>()
        });
        match later {
            Some(s) if !s.is_empty() => s,
            Some(_) if first.is_some_and(|r| a.refs[r].kind == RefKind::Desc) => Vec::new(),
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
        self.held_mention(si, t.mkind, t.channel, date)
    }

    /// A held, unplaced mention of a meeting of `kind` by `channel` in sentence `si` with
    /// its date, no participants yet.
    pub(super) fn held_mention(
        &self,
        si: usize,
        kind: MeetingKind,
        channel: Channel,
        date: Option<&DateMention>,
    ) -> ArticleMeeting {
        ArticleMeeting {
            participants: Vec::new(),
            kind,
            channel,
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
            count: None,
            also: false,
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
        status: Status,
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
        let target = self.other_channel(si, target, t);
        // Only a date right at the reference names the referred meeting ("the summit in
        // March"), not one of the reporting clause ("X reported on Sunday that the talks").
        let date = pick_date(
            text,
            dates,
            (
                t.start.saturating_sub(REFERENCE_DATE_BEFORE),
                (t.end + REFERENCE_DATE_AFTER).min(text.len()),
            ),
            t,
            status.is_held(),
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
        // "A second round of talks is set for tomorrow" after a held meeting: a plan of
        // theirs to meet again, not the held meeting's date.
        let plan_beside_held = matches!(status, Status::Planned | Status::Proposed)
            && (focus.status.is_held() || differs);
        if recalled || differs || plan_beside_held {
            return self.other_reference(si, t, date.as_ref(), who, status, !plan_beside_held);
        }
        self.confirm_reference(si, t, target, date.as_ref(), demonstrative);
        let m = &mut self.facts.meetings[target];
        // "no official word on the reported meeting", "the talks were called off": what
        // the reference says became of the meeting, though never that a meeting the text
        // told as held did not take place.
        match status {
            Status::Uncertain if m.status != Status::Cancelled => m.status = status,
            Status::Postponed | Status::Cancelled if m.status != Status::Held => {
                m.status = status;
            }
            _ => {}
        }
        Some(target)
    }

    /// "X and Y spoke by phone and agreed to reschedule the meeting": a meeting noun in the
    /// sentence that just told a call refers to the same people's meeting of its own
    /// channel, when there is one.
    fn other_channel(&self, si: usize, target: usize, t: &Trigger) -> usize {
        let m = &self.facts.meetings[target];
        if m.channel == t.channel || m.last != si {
            return target;
        }
        self.facts
            .meetings
            .iter()
            .rposition(|o| o.participants == m.participants && o.channel == t.channel)
            .unwrap_or(target)
    }

    /// A reference to another meeting of `who` than the one in focus: an earlier one when
    /// `recalled` ("a year since their last encounter in Bali"), else a plan ("further
    /// talks are set for Friday"); a new meeting when a date or a place tells it apart.
    fn other_reference(
        &mut self,
        si: usize,
        t: &Trigger,
        date: Option<&DateMention>,
        who: Vec<usize>,
        status: Status,
        recalled: bool,
    ) -> Option<usize> {
        let a = &self.analyses[si];
        let place = pick_place(self.cache, si, (t.start, a.text.len()), t);
        if date.is_none() && place.is_none() {
            // Nothing to tell the recalled meeting by.
            return None;
        }
        let mut m = self.mention(si, t, date);
        m.participants = who;
        m.status = status;
        m.place = place;
        m.occasion = self
            .cache
            .occasions(si)
            .iter()
            .find(|o| o.start >= t.start)
            .map(|o| o.text.clone());
        m.recalled = recalled;
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
        let here = modifier_place(self.cache, si, t)
            .or_else(|| pick_place(self.cache, si, (t.start, a.text.len()), t));
        let m = &mut self.facts.meetings[target];
        if m.date.is_none()
            && let Some(d) = date
        {
            m.date = Some(d.date);
            m.date_text = Some(d.text.clone());
        }
        if m.place.is_none() && !m.channel.is_remote() {
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
}

/// "The Downing Street talks", "the Helsinki summit": a venue or city written right before
/// a meeting noun, as its modifier, is where that meeting took place.
fn modifier_place(cache: &SentenceCache<'_>, si: usize, t: &Trigger) -> Option<Place> {
    let a = cache.analysis(si);
    let g = a.gaz.iter().find(|g| {
        matches!(g.kind, GazKind::Venue | GazKind::City)
            && g.end <= t.start
            && a.text[g.end..t.start].trim().is_empty()
    })?;
    let named_in = |r: &PersonRef| g.start >= r.start && g.end <= r.end;
    let determined = words_before(a.text, g.start, 1)
        .first()
        .is_some_and(|w| MEETING_DETERMINERS.has(w));
    (determined && !a.refs.iter().any(named_in)).then(|| Place {
        name: g.name.clone(),
        country: g.country.clone(),
    })
}

/// Words before a trigger where "also" marks another meeting of the same visit ("was also
/// received by", "also held talks with").
const ALSO_REACH: usize = 3;

/// Where a held meeting's words stop: at a modal of the future after it ("was received by
/// Y, who confirmed he would make a visit to Z in the spring"): what follows is planned,
/// and its place and time are not the meeting's.
fn held_clause_end(a: &Analysis, t: &Trigger, end: usize) -> usize {
    let first = a.toks.partition_point(|k| k.start < t.end);
    a.toks[first..]
        .iter()
        .take_while(|k| k.end <= end)
        .find(|k| k.word && PLANNED_MODALS.has(&k.lower()))
        .map_or(end, |k| k.start)
}

/// The stretch of a sentence a trigger governs and the refs on either side of it.
/// Words that open a relative clause whose subject is the noun before them ("the unions
/// which met X").
const RELATIVE_PRONOUNS: [&str; 3] = ["which", "who", "that"];

/// "as its management has continued talks with X": a body's people ("its") are the
/// subject before the trigger, not the person the sentence before told of; so are those a
/// relative pronoun right before it points to when no one is named ("The five unions which
/// met Mr Prescott", "members who met him").
fn body_subject(text: &str, start: usize, end: usize) -> bool {
    let Some(s) = text.get(start..end) else {
        return false;
    };
    let words: Vec<&str> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let relative = words
        .last()
        .is_some_and(|w| RELATIVE_PRONOUNS.iter().any(|r| w.eq_ignore_ascii_case(r)));
    relative || words.iter().any(|w| w.eq_ignore_ascii_case("its"))
}

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
            .filter(|&i| inside(&a.refs[i], start, t.start) && !in_relative_clause(a, i, start))
            .collect();
        let right = (0..a.refs.len())
            .filter(|&i| inside(&a.refs[i], t.end, end) && !possessive(a, i) && !after_in(a, i))
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

/// "Two councillors who back Mr Flight met Mr Tanguay", "Kone, who replaced Berg in May,
/// met Mora": a name between "who" (or "whom", "whose") and the comma or verb that ends its
/// clause is that clause's, not the meeting's subject.
fn in_relative_clause(a: &Analysis, i: usize, start: usize) -> bool {
    let open = a
        .clause_mark_before(a.refs[i].t0)
        .filter(|&k| a.toks[k].start >= start);
    open.is_some_and(|k| a.toks[k].text != ",")
}

/// A possessive ref modifies a noun and is no participant: "Reagan's decision", "his
/// residence", "their talks".
fn possessive(a: &Analysis, i: usize) -> bool {
    let r = &a.refs[i];
    let w = a.toks[r.t0].lower();
    r.t1 > 0 && a.toks[r.t1 - 1].is_possessive()
        || r.kind == RefKind::Pronoun && w == "his"
        || r.kind == RefKind::Pronoun && w == "her" && !super::refs::object_her(a, r.t0)
        || r.kind == RefKind::PluralPronoun && matches!(w.as_str(), "their" | "our")
}

/// "held talks in Puerto Maldonado": a name right after "in" is where, not whom.
fn after_in(a: &Analysis, i: usize) -> bool {
    let t0 = a.refs[i].t0;
    t0 > 0 && a.toks[t0 - 1].text == "in"
}

/// The object refs of a trigger: the first ref after it, near enough, and the refs
/// coordinated with it.
fn object_refs(a: &Analysis, t: &Trigger, clause: &Clause<'_>) -> Vec<usize> {
    let t_tok = a.tok_at(t.end);
    let with_object = ends_with_with(a.text, t);
    let max_gap = if t.needs_object || with_object {
        OBJECT_GAP_NEEDED
    } else {
        OBJECT_GAP
    };
    // "In a meeting with exporters this week, Secretary X ...": the object of "with" is
    // in its own phrase, before any comma.
    let comma_before = |r: usize| {
        with_object && (t_tok..a.refs[r].t0).any(|k| matches!(a.toks[k].text, "," | ";"))
    };
    clause
        .right
        .first()
        .copied()
        .filter(|&r| {
            a.refs[r].t0 <= t_tok + max_gap
                || t.kind == TKind::Between
                || super::refs::named_in_group(a, r)
                || with_object && body_before_title(a, t_tok, r)
        })
        .filter(|&r| !comma_before(r) || super::refs::named_in_group(a, r))
        .map_or_else(Vec::new, |f| coordinated_chain_fwd(a, f, &clause.right))
}

/// "talks with Tokyo stock exchange (TSE) head X": between "with" (ending at token
/// `from`) and ref `r`'s title stands the body the title belongs to, at most
/// [`DESCRIPTOR_GAP`] words, none of which would end it.
fn body_before_title(a: &Analysis, from: usize, r: usize) -> bool {
    let to = a.refs[r].t0;
    a.refs[r].role.is_some()
        && to <= from + DESCRIPTOR_GAP
        && a.toks[from.min(to)..to].iter().all(|t| {
            matches!(t.text, "(" | ")")
                || t.word && (t.is_cap() || !DESCRIPTOR_GAP_BREAKS.has(&t.text.to_lowercase()))
        })
}

/// True when the trigger's words end in "with" ("met with", "talks with"): its object
/// follows at once.
fn ends_with_with(text: &str, t: &Trigger) -> bool {
    // Only the last four bytes: lower-casing all the text before the trigger made each
    // trigger cost the length of its sentence.
    text.get(..t.end)
        .is_some_and(|s| s.len() >= 4 && s.as_bytes()[s.len() - 4..].eq_ignore_ascii_case(b"with"))
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

/// "Taking part in the talks were A and B", "Attending the meeting in Lisbon were A, and
/// the governor of the bank, B": with no one before the trigger, a "were" soon after it
/// (no one between) lists the participants, every name after it in the clause. "The
/// talks were cordial" lists no one; one name is no list.
fn inverted_participants(a: &Analysis, t: &Trigger, clause: &Clause<'_>) -> Vec<usize> {
    // A capitalised first word ("Taking", "Attending") is only a candidate name.
    let opening_word =
        |&r: &usize| a.refs[r].t0 == 0 && matches!(a.refs[r].kind, RefKind::Single(_));
    if !clause.left.iter().all(opening_word) {
        return Vec::new();
    }
    let from = a.tok_at(t.end);
    let Some(were) =
        (from..a.toks.len().min(from + INVERTED_REACH)).find(|&k| a.toks[k].lower() == "were")
    else {
        return Vec::new();
    };
    let after: Vec<usize> = clause
        .right
        .iter()
        .copied()
        .filter(|&r| a.refs[r].t0 > were)
        .collect();
    if after.len() < clause.right.len() {
        // Someone stands between the trigger and "were": not this construction.
        return Vec::new();
    }
    let named: Vec<usize> = after
        .into_iter()
        .filter(|&r| matches!(a.refs[r].kind, RefKind::Named(_)))
        .collect();
    if named.len() >= 2 { named } else { Vec::new() }
}

/// The object refs of a trigger, or with no subject the people an inverted "were" lists
/// (then `true`).
fn objects_or_listed(
    a: &Analysis,
    t: &Trigger,
    clause: &Clause<'_>,
    no_subject: bool,
) -> (Vec<usize>, bool) {
    let listed = if no_subject {
        inverted_participants(a, t, clause)
    } else {
        Vec::new()
    };
    if listed.is_empty() {
        (object_refs(a, t, clause), false)
    } else {
        (listed, true)
    }
}

/// The participants of [`inverted_participants`], one meeting of them all.
fn told_between(objects: Vec<Vec<usize>>) -> Told {
    let all: Vec<usize> = objects.into_iter().flatten().collect();
    Told::Groups(if all.len() >= 2 {
        vec![all]
    } else {
        Vec::new()
    })
}

/// `with_slot`: the trigger ends in "with", so what follows is the other side ("A and B
/// held talks with the banks" is no meeting of A and B).
fn told(t: &Trigger, subject: Vec<usize>, objects: Vec<Vec<usize>>, with_slot: bool) -> Told {
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
                if subject.len() >= 2 && !with_slot {
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
