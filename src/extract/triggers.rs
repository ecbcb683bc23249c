//! Trigger words of meetings in a sentence ("met", "held talks with", "hosted", "talks
//! between", "their last encounter", "spoke by phone", "wrote to", "invited X to visit"...)
//! with their kind (verb, "X with Y", "between X and Y", a reference to a meeting told
//! elsewhere), their channel (in person, or the phone, video or letter before or after
//! them), the denial, refusal or postponement right before them ([`Negation`]; what it
//! makes of the meeting is `meetings/status.rs`'s), and the words that make a meeting
//! only recalled ("their last encounter", "the last time X met Y", "they first met").
//!
//! The trigger forms are the word lists `trigger_*.txt` of the lexicon; each list is one
//! kind of trigger with its own rule in [`find_triggers`].

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::{Match, Regex};

use crate::extract::occasions::Occasion;
use crate::extract::people::{Analysis, is_person_noun};
use crate::lexicon::lists::{
    BE_FORMS, CALL_MEDIA, GROUP_NOUNS, HOLD_VERBS, INVITATION_PURPOSES, MEETING_CANCELLATIONS,
    MEETING_COMPOUNDS, MEETING_DETERMINERS, MEETING_GERUND_BEFORE, MEETING_NEGATIONS,
    MEETING_POSTPONEMENTS, MEETING_REFUSALS, MEETING_SETTING_BEFORE, NEGOTIATION_NOUNS,
    NOT_PHONE_OBJECTS, PASSIVE_HOST_VERBS, PROPOSED_FAR, RECALL_LINKS, RECALL_NEAR, SPORT_ROUNDS,
    TALK_LINKS, TRIGGER_CONTACT_PHRASES, TRIGGER_HOST_VERBS, TRIGGER_INVITE_VERBS,
    TRIGGER_MEET_VERBS, TRIGGER_NOUNS, TRIGGER_PHONE_VERBS, TRIGGER_PREFILTER, TRIGGER_TALK_VERBS,
    TRIGGER_WRITTEN, VIDEO_BEFORE,
};
use crate::model::{Channel, MeetingKind};

/// The one trigger that is not a word list: a meeting on the sidelines of an occasion.
const SIDELINES: &str = "on the sidelines of";

/// Words read on each side of a trigger to classify it ("held talks with").
const CONTEXT_WORDS: usize = 4;
/// Words a talk verb looks ahead for the medium: "talked with X over the telephone".
const TALK_MEDIUM_REACH: usize = 12;
/// Words before a trigger that still bear on it directly, a short phrase: "did not meet",
/// "held bilateral talks", "their last encounter".
const NEAR_WORDS: usize = 3;
/// Words after "invited" where the "to visit" of the invitation may stand ("invited Chilean
/// President Ana Ortiz to visit").
const INVITATION_REACH: usize = 10;
/// Words after a meet verb where the stage of a game may stand ("could meet fellow Russian
/// Ana Ortiz, the US Open winner, in the last eight").
const GAME_STAGE_REACH: usize = 12;
/// Words after a meeting noun where the "between" of "the talks will be between X and Y"
/// may stand.
const BE_BETWEEN_REACH: usize = 3;
/// The longest modal before such a "be" ("could", "would", "might").
const MODAL_LEN: usize = 5;
/// Words after "called on" that may hold the "to" of a demand ("called on X to ...").
const DEMAND_REACH: usize = 7;
/// Words before a trigger read for plans and recalls: a clause's worth.
pub(crate) const CLAUSE_WORDS: usize = 8;
/// Words before a passive host verb where its "be" may stand ("was also received by").
const PASSIVE_BE_REACH: usize = 2;
/// Words before a trigger where its medium may stand: "a video teleconference call".
const MEDIUM_BEFORE: usize = 3;

pub(crate) static PREFILTER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(TRIGGER_PREFILTER.iter())
        .expect("static patterns")
});

/// Every trigger form of the word lists, whole words, any case.
pub(crate) static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    let forms: Vec<String> = [
        &TRIGGER_MEET_VERBS,
        &TRIGGER_NOUNS,
        &TRIGGER_HOST_VERBS,
        &TRIGGER_TALK_VERBS,
        &TRIGGER_CONTACT_PHRASES,
        &TRIGGER_WRITTEN,
        &TRIGGER_PHONE_VERBS,
        &TRIGGER_INVITE_VERBS,
    ]
    .into_iter()
    .flat_map(|list| list.iter())
    .chain([&SIDELINES])
    .map(|f| regex::escape(f))
    .collect();
    Regex::new(&format!(r"(?i)\b(?:{})\b", forms.join("|"))).expect("trigger forms compile")
});

/// Phrases after "met"/"meet" that are not meetings ("met expectations", "meet minimum
/// capital requirements"): a noun of the list after a determiner and at most two modifiers
/// in lower case. [`meet_verb`] keeps "met opposition leaders", where the noun describes
/// people.
pub(crate) static NOT_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:with\s+)?(?:a\s+|the\s+|its\s+|their\s+|his\s+|her\s+|all\s+|market\s+)?(?-i:[a-z][a-z-]*\s+){0,2}?(?:expectations?|deadline|target|targets|goal|goals|requirements?|criteria|needs?|demands?|standards?|criticism|protests?|opposition|resistance|skepticism|scepticism|approval|silence|anger|outrage|derision|dismay|condemnation|backlash|applause|disapproval|obligations?|conditions?|commitments?|quota|forecasts?|estimates?|costs?|challenge|(?:a\s+)?(?:\w+\s+)?(?:reception|response|reaction|success|failure|fate|end|death|resistance|fierce))\b",
    )
    .expect("static regex")
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TKind {
    /// Subject meets object(s); symmetric when there is no object.
    Verb,
    /// "meeting with", "talks with": like a verb.
    NounWith,
    /// "talks between X and Y", "meeting of X and Y".
    Between,
    /// "the meeting", "their last encounter": refers to a meeting told elsewhere.
    Reference,
    /// "X and Y ... on the sidelines of": only with two or more subjects.
    Sidelines,
}

/// What the words right before a trigger say became of the meeting ("did not meet",
/// "no plans to meet", "refused to meet", "cancelled the talks", "postponed the summit").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Negation {
    /// "not", "never", "without": no meeting, unless the sentence says one was expected.
    Denied,
    /// "no plans to meet".
    NoPlans,
    /// "refused", "declined".
    Refused,
    /// "cancelled", "called off", "scrapped".
    CalledOff,
    /// "postponed", "put off", "delayed".
    Postponed,
}

#[derive(Debug, Clone)]
pub(crate) struct Trigger {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: TKind,
    pub(crate) mkind: MeetingKind,
    /// In person, or the medium of a call.
    pub(crate) channel: Channel,
    /// Verbs that need an object right after them (hosted, received, visited...).
    pub(crate) needs_object: bool,
    /// A meeting noun ("talks", "the summit"), not a verb.
    pub(crate) noun: bool,
    /// A denial, refusal, cancellation or postponement right before the trigger.
    pub(crate) negation: Option<Negation>,
    /// An invitation ("invited X to visit"): the meeting is only proposed.
    pub(crate) invitation: bool,
}

pub(crate) fn words_before(text: &str, at: usize, n: usize) -> Vec<String> {
    text[..at]
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .rev()
        .take(n)
        .map(|w| w.to_lowercase())
        .collect()
}

pub(crate) fn words_between(text: &str, a: usize, b: usize) -> Vec<&str> {
    if a >= b {
        return Vec::new();
    }
    text[a..b]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

pub(crate) fn words_after(text: &str, at: usize, n: usize) -> Vec<String> {
    text[at..]
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .take(n)
        .map(|w| w.to_lowercase())
        .collect()
}

/// The words around one trigger match.
struct Around {
    /// The trigger as written, lower case.
    w: String,
    /// Lower-case words before it, nearest first.
    before: Vec<String>,
    /// The word right before it ("" at the start).
    p1: String,
    /// The word right after it ("" at the end).
    n1: String,
    /// How the contact was made: a call medium follows or stands just before ("spoke by
    /// phone", "a video teleconference call"), the trigger is a call or a letter; else in
    /// person.
    channel: Channel,
}

impl Around {
    fn new(text: &str, m: &Match<'_>) -> Around {
        let w = m.as_str().to_lowercase();
        let before = words_before(text, m.start(), CONTEXT_WORDS);
        // "talked with X over the telephone": talk verbs look further for the medium.
        let reach = if TRIGGER_TALK_VERBS.contains(&w.as_str()) || w == "talks" {
            TALK_MEDIUM_REACH
        } else {
            CONTEXT_WORDS
        };
        let after = words_after(text, m.end(), reach);
        // The media right before the trigger ("a video teleconference call", "telephone
        // talks", "a virtual summit") and after it ("spoke by phone").
        let run = before
            .iter()
            .take(MEDIUM_BEFORE)
            .take_while(|x| CALL_MEDIA.has(x) || VIDEO_BEFORE.has(x));
        let media: Vec<&str> = run
            .chain(after.iter().filter(|x| CALL_MEDIA.has(x)))
            .map(String::as_str)
            .collect();
        let video = w.contains("video")
            || media
                .iter()
                .any(|x| x.starts_with("video") || VIDEO_BEFORE.has(x));
        let channel = if video {
            Channel::Video
        } else if !media.is_empty()
            || w.ends_with("call")
            || w.contains("phone")
            || w.contains("teleconference")
            || TRIGGER_PHONE_VERBS.contains(&w.as_str())
        {
            Channel::Phone
        } else if TRIGGER_WRITTEN.contains(&w.as_str()) {
            Channel::Written
        } else {
            Channel::InPerson
        };
        Around {
            p1: before.first().cloned().unwrap_or_default(),
            n1: after.first().cloned().unwrap_or_default(),
            w,
            before,
            channel,
        }
    }

    /// One of `list` among the `reach` words before the trigger.
    fn preceded_by(&self, list: &[&str], reach: usize) -> bool {
        self.before
            .iter()
            .take(reach)
            .any(|x| list.contains(&x.as_str()))
    }
}

#[cfg(test)]
pub(crate) fn find_triggers(a: &Analysis) -> Vec<Trigger> {
    find_triggers_with(a, &crate::extract::occasions::find_occasions(a))
}

/// [`find_triggers`] given the sentence's named occasions, when they are known already.
pub(crate) fn find_triggers_with(a: &Analysis, occasions: &[Occasion]) -> Vec<Trigger> {
    let text = a.text;
    crate::extract::work::read(a.toks.len());
    let mut out: Vec<Trigger> = TRIGGER
        .find_iter(text)
        .filter_map(|m| {
            let in_occasion = occasions
                .iter()
                .any(|o| m.start() >= o.start && m.start() < o.end);
            classify(text, &m, in_occasion)
        })
        .collect();
    // "on the sidelines of" is a trigger only when nothing else in the sentence is.
    if out.iter().any(|t| t.kind != TKind::Sidelines) {
        out.retain(|t| t.kind != TKind::Sidelines);
    }
    // "met X and Y at the summit in Lisbon": the noun only sets the verb's meeting.
    if let Some(verb) = out.iter().find(|t| t.kind == TKind::Verb).map(|t| t.end) {
        out.retain(|t| !(t.noun && t.start > verb && sets_a_meeting(text, t.start)));
    }
    out
}

/// The most words (adjectives) between "the" and a meeting noun: "at the annual regional
/// summit".
const SETTING_ADJECTIVES: usize = 2;

/// True when the words before a meeting noun at `at` are "at the", "during a", "on the
/// sidelines of the", with up to [`SETTING_ADJECTIVES`] words between.
fn sets_a_meeting(text: &str, at: usize) -> bool {
    let w = words_before(text, at, SETTING_ADJECTIVES + 3);
    let Some(i) = w
        .iter()
        .take(SETTING_ADJECTIVES + 1)
        .position(|x| matches!(x.as_str(), "the" | "a" | "an"))
    else {
        return false;
    };
    let one = w.get(i + 1).map(String::as_str).unwrap_or("");
    let two = match (w.get(i + 2), w.get(i + 1)) {
        (Some(a), Some(b)) => format!("{a} {b}"),
        _ => String::new(),
    };
    MEETING_SETTING_BEFORE.has(one) || MEETING_SETTING_BEFORE.has(&two)
}

/// The trigger a match is, by the rule of its kind, or `None` when the words around it
/// say it is no meeting.
fn classify(text: &str, m: &Match<'_>, in_occasion: bool) -> Option<Trigger> {
    let cx = Around::new(text, m);
    let mut t = Trigger {
        start: m.start(),
        end: m.end(),
        kind: TKind::Verb,
        mkind: MeetingKind::Meeting,
        channel: cx.channel,
        needs_object: false,
        noun: false,
        // "did not meet", "refused to meet", "cancelled the meeting": the meeting's status
        // (meetings/status.rs) tells whether there is one to record.
        negation: negation_before(&cx),
        invitation: false,
    };
    let w = cx.w.as_str();
    if TRIGGER_MEET_VERBS.contains(&w) {
        meet_verb(text, &cx, &mut t)?;
    } else if TRIGGER_NOUNS.contains(&w) {
        t.noun = true;
        meeting_noun(text, &cx, in_occasion, &mut t)?;
    } else if TRIGGER_HOST_VERBS.contains(&w) {
        host_verb(text, &cx, &mut t)?;
    } else if TRIGGER_TALK_VERBS.contains(&w) {
        talk_verb(&cx, &mut t)?;
    } else if TRIGGER_WRITTEN.contains(&w) {
        written(text, &cx, &mut t)?;
    } else if TRIGGER_PHONE_VERBS.contains(&w) {
        phone_verb(&cx, &mut t)?;
    } else if TRIGGER_INVITE_VERBS.contains(&w) {
        invite_verb(text, &cx, &mut t)?;
    } else if w == SIDELINES {
        t.kind = TKind::Sidelines;
    } else if !TRIGGER_CONTACT_PHRASES.contains(&w) {
        return None;
    }
    Some(t)
}

/// The nearest denial, refusal, cancellation or postponement among the few words before a
/// trigger ("did not meet", "no plans to meet", "refused to meet", "called off the talks",
/// "put off the summit").
fn negation_before(cx: &Around) -> Option<Negation> {
    for (i, w) in cx.before.iter().take(NEAR_WORDS).enumerate() {
        let w = w.as_str();
        // `before` runs backwards: the word after `w` is before[i - 1].
        let next = i.checked_sub(1).map_or("", |j| cx.before[j].as_str());
        let prev = cx.before.get(i + 1).map_or("", String::as_str);
        let n = if MEETING_REFUSALS.has(w) {
            Negation::Refused
        } else if MEETING_CANCELLATIONS.has(w) || w == "off" && prev.starts_with("call") {
            Negation::CalledOff
        } else if MEETING_POSTPONEMENTS.has(w)
            || w == "off" && prev.starts_with("put")
            || w == "back" && prev.starts_with("push")
        {
            Negation::Postponed
        } else if w == "no" && next.starts_with("plan") {
            Negation::NoPlans
        } else if MEETING_NEGATIONS.has(w) && next != "only" {
            Negation::Denied
        } else {
            continue;
        };
        return Some(n);
    }
    None
}

/// "wrote to X", "a letter to X", "exchanged letters": written contact. The verbs need an
/// object; "a letter from X" names no receiver for sure, so it tells nothing.
fn written(text: &str, cx: &Around, t: &mut Trigger) -> Option<()> {
    let (w, n1, p1) = (cx.w.as_str(), cx.n1.as_str(), cx.p1.as_str());
    if w.ends_with(" to") {
        t.needs_object = true;
        return Some(());
    }
    t.noun = true;
    if n1 == "to" {
        t.end += text[t.end..].find(n1).map_or(0, |i| i + n1.len());
        t.kind = TKind::NounWith;
        Some(())
    } else if p1.starts_with("exchang") {
        Some(())
    } else {
        None
    }
}

/// "invited X to visit", "invites X for talks": a proposed meeting of the host and the
/// guest, with the guest right after; not "was invited by", not "invited bids".
fn invite_verb(text: &str, cx: &Around, t: &mut Trigger) -> Option<()> {
    if cx.n1 == "by" || BE_FORMS.has(&cx.p1) {
        return None;
    }
    let after = words_after(text, t.end, INVITATION_REACH);
    let purpose = after
        .windows(2)
        .any(|w| matches!(w[0].as_str(), "to" | "for") && INVITATION_PURPOSES.has(&w[1]));
    if !purpose {
        return None;
    }
    t.needs_object = true;
    t.invitation = true;
    t.mkind = MeetingKind::Visit;
    Some(())
}

/// "phoned X", "telephoned X on Monday": a call, with its object right after; not "was
/// phoned by", "phoned in" or "phoned it".
fn phone_verb(cx: &Around, t: &mut Trigger) -> Option<()> {
    if BE_FORMS.has(&cx.p1) || cx.p1.ends_with('-') || NOT_PHONE_OBJECTS.has(&cx.n1) {
        return None;
    }
    t.needs_object = true;
    Some(())
}

/// "met", "meet": not "met expectations", not "was met by", not a game ("will meet Ortiz
/// in the second round"); "met with" ends at "with".
fn meet_verb(text: &str, cx: &Around, t: &mut Trigger) -> Option<()> {
    let after = &text[t.end..];
    let not_meeting = NOT_MEETING
        .find(after)
        .is_some_and(|m| !describes_people(&after[m.end()..]));
    if not_meeting || cx.n1 == "by" || game_stage_after(text, t.end) {
        return None;
    }
    if cx.n1 == "with" {
        t.end += text[t.end..].find("with").map_or(0, |i| i + 4);
    }
    Some(())
}

/// Words after a listed noun that may still be part of its phrase ("protest group
/// officials").
const PEOPLE_NOUN_REACH: usize = 2;

/// True when a noun of people follows within [`PEOPLE_NOUN_REACH`] words: the word before
/// describes them ("met opposition leaders", "met protest group officials").
fn describes_people(rest: &str) -> bool {
    words_after(rest, 0, PEOPLE_NOUN_REACH)
        .iter()
        .any(|w| is_person_noun(w) || GROUP_NOUNS.has(w))
}

/// "in the second round", "in last year's final", "in the last eight": a stage of a
/// competition shortly after a meet verb.
fn game_stage_after(text: &str, at: usize) -> bool {
    let after = words_after(text, at, GAME_STAGE_REACH);
    after.iter().enumerate().any(|(i, w)| {
        let two = after.get(i + 1).map(|n| format!("{w} {n}"));
        let stage = SPORT_ROUNDS.has(w) || two.is_some_and(|p| SPORT_ROUNDS.has(&p));
        // "in the final round of talks" is no game.
        let of_talks = (i + 1..i + 3).any(|k| {
            after.get(k).is_some_and(|x| x == "of")
                && after.get(k + 1).is_some_and(|x| NEGOTIATION_NOUNS.has(x))
        });
        stage && !of_talks && after[i.saturating_sub(3)..i].iter().any(|x| x == "in")
    })
}

/// "talks with X", "talks between X and Y", "held a meeting", "the meeting", "a phone call
/// from X": the words around the noun give its kind.
fn meeting_noun(text: &str, cx: &Around, in_occasion: bool, t: &mut Trigger) -> Option<()> {
    let (w, n1, p1) = (cx.w.as_str(), cx.n1.as_str(), cx.p1.as_str());
    if w.starts_with("summit") {
        t.mkind = MeetingKind::Summit;
    }
    if in_occasion || MEETING_COMPOUNDS.has(n1) {
        return None;
    }
    let call = w.ends_with("call");
    // "hard to call with him": a verb.
    if call && (!matches!(n1, "with" | "between" | "from") || p1 == "to") {
        return None;
    }
    // "the talks will be between X and Y", "one meeting could be between X and Y".
    let after = words_after(text, t.end, BE_BETWEEN_REACH);
    if let Some(k) = after.iter().position(|w| w == "between")
        && k > 0
        && after[..k]
            .iter()
            .all(|w| BE_FORMS.has(w) || w.len() <= MODAL_LEN && !w.ends_with("ed"))
        && BE_FORMS.has(&after[k - 1])
    {
        t.end += text[t.end..]
            .find("between")
            .map_or(0, |i| i + "between".len());
        t.kind = TKind::Between;
        return Some(());
    }
    t.kind = if n1 == "with" || call && n1 == "from" {
        // "a phone call from X": the receiver is the subject.
        t.end += text[t.end..].find(n1).map_or(0, |i| i + n1.len());
        TKind::NounWith
    } else if matches!(n1, "between" | "of") {
        TKind::Between
    } else if w == "meeting" && MEETING_GERUND_BEFORE.has(p1)
        || HOLD_VERBS.has(p1)
        || PROPOSED_FAR.has(p1)
        || matches!(p1, "had" | "have")
        || cx.preceded_by(&HOLD_VERBS, NEAR_WORDS)
    {
        TKind::Verb
    } else if cx.preceded_by(&MEETING_DETERMINERS, NEAR_WORDS) {
        TKind::Reference
    } else if matches!(p1, "a" | "an" | "during" | "at" | "after" | "following") {
        // "during a meeting", "agreed targets during talks earlier today", "signed an
        // accord after talks in Bergen": only with two subjects.
        TKind::Sidelines
    } else {
        return None;
    };
    Some(())
}

/// "hosted X", "visited X", "called on X", "paid a courtesy call on X": need an object;
/// "calls on X to ..." is a demand. A passive names the host after "by" ("X was received
/// by President Y", "was also welcomed by"), still only with a person there ("hosted by
/// the family" is none).
fn host_verb(text: &str, cx: &Around, t: &mut Trigger) -> Option<()> {
    let w = cx.w.as_str();
    let passive = cx.n1 == "by" && passive_of_someone(text, t.start, cx);
    if cx.n1 == "by" && !(passive && PASSIVE_HOST_VERBS.has(w)) || w == "calls on" {
        return None;
    }
    if w == "called on"
        && words_after(text, t.end, DEMAND_REACH)
            .iter()
            .any(|x| x == "to")
    {
        return None;
    }
    t.needs_object = true;
    if w.starts_with("visit") || w.starts_with("call") || w.starts_with("courtesy") {
        t.mkind = MeetingKind::Visit;
    }
    Some(())
}

/// "Kone was received by", "he was also welcomed by": a "be" just before the verb, with a
/// name or a personal pronoun before it ("a proposal was received by" is no meeting).
fn passive_of_someone(text: &str, at: usize, cx: &Around) -> bool {
    let Some(be) = cx
        .before
        .iter()
        .take(PASSIVE_BE_REACH)
        .position(|b| BE_FORMS.has(b))
    else {
        return false;
    };
    let words: Vec<&str> = text[..at]
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .rev()
        .take(be + 3)
        .collect();
    // "a proposal from Kone was received": the name belongs to another noun.
    let of_a_thing = words
        .get(be + 2)
        .is_some_and(|w| matches!(*w, "from" | "of" | "to" | "by" | "for" | "with"));
    !of_a_thing
        && words.get(be + 1).is_some_and(|w| {
            w.starts_with(char::is_uppercase) && !w.chars().all(char::is_uppercase)
                || matches!(w.to_lowercase().as_str(), "he" | "she" | "they" | "we")
        })
}

/// "spoke with X", "talked by phone": a talk verb is a meeting only with its link word.
fn talk_verb(cx: &Around, t: &mut Trigger) -> Option<()> {
    let n1 = cx.n1.as_str();
    let remote = cx.channel.is_remote();
    if !TALK_LINKS.has(n1) || !remote && !matches!(n1, "with" | "to") {
        return None;
    }
    t.needs_object = !remote;
    Some(())
}

pub(crate) fn recall_word_near(text: &str, t: &Trigger) -> bool {
    words_before(text, t.start, NEAR_WORDS)
        .iter()
        .any(|w| RECALL_NEAR.has(w))
}

pub(crate) fn is_recalled(text: &str, t: &Trigger) -> bool {
    let before = words_before(text, t.start, CLAUSE_WORDS);
    if before.iter().take(NEAR_WORDS).any(|w| RECALL_NEAR.has(w)) {
        return true;
    }
    // "they first met in 2015": the start of an acquaintance (not "the first meeting").
    if !t.noun && before.first().is_some_and(|w| w == "first") {
        return true;
    }
    // "The last time X met Y ...", "the first time they met was in 2015"; not "this is the
    // first time X has met Y", which is the news.
    let time_before = before.iter().enumerate().any(|(i, w)| {
        let which = before.get(i + 1).map_or("", String::as_str);
        let copula = before
            .get(i + 3)
            .is_some_and(|b| BE_FORMS.has(b) || b.ends_with("'s"));
        w == "time" && (RECALL_NEAR.has(which) || which == "first" && !copula)
    });
    if time_before {
        return true;
    }
    // "following ... the meeting of", "after their maiden interaction", "since their".
    if matches!(t.kind, TKind::Reference | TKind::NounWith | TKind::Between) {
        let linked = before.iter().enumerate().any(|(i, w)| {
            w == "following"
                || RECALL_LINKS.has(w)
                    && i > 0
                    && matches!(before[i - 1].as_str(), "their" | "his" | "her" | "our")
        });
        if linked {
            return true;
        }
    }
    before.first().is_some_and(|w| w == "had")
        || before.iter().take(NEAR_WORDS).any(|w| w == "when") && text[t.start..].starts_with("met")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_meetings_are_not_triggers() {
        for s in [
            "Sales met expectations this quarter.",
            "The plan met with criticism from unions.",
            "Delegates gathered in the meeting room.",
            "The Slovak will meet Ana Ortiz in the second round.",
            "She could meet fellow Spaniard Lucia Gil, the champion, in the last eight.",
            "He is set to meet Ana Ortiz in the first round of the Lima Open.",
            // An object of two modifiers and a noun of the list is no one met.
            "The co-ops must find members to meet minimum capital requirements.",
            "The mill failed to meet the agreed export quota.",
        ] {
            let a = Analysis::new(s);
            assert!(find_triggers(&a).is_empty(), "{s}");
        }
    }

    #[test]
    fn a_noun_of_the_list_describing_people_is_a_meeting() {
        // Must not: "opposition" or "protest" before a noun of people are whom one met.
        for s in [
            "Tomas Ruud met opposition leaders in Valdor on Monday.",
            "The mayor met with protest group officials at city hall.",
        ] {
            let a = Analysis::new(s);
            assert!(!find_triggers(&a).is_empty(), "{s}");
        }
    }

    #[test]
    fn a_final_round_of_talks_is_no_game() {
        let s = "Envoy Mora will meet Kim Dae-ho in the final round of talks.";
        let a = Analysis::new(s);
        let t = find_triggers(&a);
        assert!(
            t.first().is_some_and(|t| &s[t.start..t.end] == "meet"),
            "{t:?}"
        );
    }

    #[test]
    fn the_medium_before_or_after_the_trigger_is_the_channel() {
        for (s, want) in [
            (
                "Their talks followed a video teleconference call with Admiral Mora.",
                Channel::Video,
            ),
            (
                "Prime Minister Ruiz held telephone talks with Kim Dae-ho.",
                Channel::Phone,
            ),
            (
                "The chancellor joined a virtual summit with President Abe.",
                Channel::Video,
            ),
            (
                "Senator Ortiz wrote to Commissioner Lang on Friday.",
                Channel::Written,
            ),
            (
                "President Moyo phoned Chancellor Weber on Tuesday.",
                Channel::Phone,
            ),
            (
                "Ruiz met Kim Dae-ho at the phone company's offices.",
                Channel::InPerson,
            ),
        ] {
            let a = Analysis::new(s);
            let t = find_triggers(&a);
            assert!(!t.is_empty(), "{s}");
            assert_eq!(t[0].channel, want, "{s}");
        }
    }

    #[test]
    fn naming_and_demands_are_no_calls() {
        for s in [
            "The minister called for talks with the unions.",
            "She sent along a woman called Rosa Ibarra to collect the award.",
            "He was called Johnny by his friends.",
            "Mayor Lund phoned in her resignation.",
        ] {
            let a = Analysis::new(s);
            assert!(
                find_triggers(&a)
                    .iter()
                    .all(|t| t.channel != Channel::Phone),
                "{s}"
            );
        }
    }

    #[test]
    fn negations_before_the_trigger() {
        for (s, want) in [
            (
                "Mayor Lund refused to meet the strikers.",
                Negation::Refused,
            ),
            (
                "Lund has no plans to meet Governor Price.",
                Negation::NoPlans,
            ),
            (
                "Officials called off the talks with Price.",
                Negation::CalledOff,
            ),
            ("Lund put off the meeting with Price.", Negation::Postponed),
            ("Lund did not meet Price in Oslo.", Negation::Denied),
        ] {
            let a = Analysis::new(s);
            let t = find_triggers(&a);
            assert!(!t.is_empty(), "{s}");
            assert_eq!(t[0].negation, Some(want), "{s}");
        }
        let a = Analysis::new("Lund not only met Price but also Weber.");
        assert_eq!(find_triggers(&a)[0].negation, None);
    }

    #[test]
    fn planned_and_recalled_markers() {
        for s in [
            "It was a year since their last encounter in Quito.",
            "The last time Premier Olsen met President Obi was in Accra.",
            "The leaders first met at a summit in Lima.",
            "The first time the two ministers met was in 2015.",
        ] {
            let a = Analysis::new(s);
            let t = &find_triggers(&a)[0];
            assert!(is_recalled(s, t), "{s}");
        }
        for s in [
            "This is the first time Premier Olsen has met President Obi.",
            "It was their first meeting in Quito.",
            "Olsen met Obi for the last time in office on Monday.",
        ] {
            let a = Analysis::new(s);
            let t = &find_triggers(&a)[0];
            assert!(!is_recalled(s, t), "{s}");
        }
    }
}
