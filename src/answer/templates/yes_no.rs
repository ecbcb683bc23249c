//! "Did they ...?": the sentence of the meeting's facts that best holds the asked-about
//! detail, as a yes or (negated) a no; a plain yes when nothing more is asked; or the
//! meeting with "the articles don't say".

use crate::lexicon::lists::{
    ANSWER_NEGATIONS, FIRM_PLAN_WORDS, PAST_MEETING_VERBS, PLANNED_FAR, PLANNED_MODALS,
    PROPOSED_FAR, QUESTION_PLANNED_WORDS, QUESTION_ROLE_HEADS, READER_WRITTEN_CONTACT,
    SHARED_OCCASION_NOUNS, TRIGGER_NOUNS, YES_NO_GENERIC_VERBS,
};
use crate::model::{Evidence, FuzzyDate, MeetingFact};

use super::super::parse::is_meet_word;
use super::super::question::{Contact, Question};
use super::super::{fallback, text};
use super::phrases::{MIN_PREFIX_STEM, keyword_hits, not_held, when_sentence};
use super::{Draft, Tell};

/// How many words before an asked-about word a negation reaches ("did not shake", "did
/// not make any firm commitment").
const NEGATION_REACH: usize = 4;

/// One text of the meeting's facts that holds asked-about words.
struct Found<'a> {
    hits: usize,
    evidence: &'a Evidence,
    text: &'a str,
}

/// `None` when the question asks about more than the meeting and no text of its facts
/// holds every asked-about word (the caller then reads the articles): a yes must answer
/// all of the question, not a word of it.
/// How a no grounded in where the meetings of those asked about were held opens ("No:
/// the articles don't report them meeting in Lima."): another sentence of the reports
/// may yet tell what became of the trip (see `answer::fate`).
pub(crate) const NOT_THERE: &str = "No: the articles don't report";

pub(super) fn yes_no(t: &Tell) -> Option<Draft> {
    let (facts, q, r, f) = (t.facts, t.q, t.r, t.f);
    let mut d = Draft::default();
    // "Has that meeting taken place yet?" of a meeting only planned: not a yes, whichever
    // way it was chosen (the conversation's meeting too). "Were the talks expected to
    // head off sanctions?" asks what was expected of the plan: its words are read.
    let of_the_plan = q.planned && asked_content(&unplanned(&q.keywords)) > 0;
    if t.sel.planned_only && !of_the_plan || !f.status.is_held() && !q.planned {
        return Some(not_held_draft(t));
    }
    // "Was that a phone call?" of a meeting held in person, "Did they meet in person?" of
    // a call: a no, with the meeting as the articles tell it.
    if let Some(how) = other_contact(q, f) {
        d.body = format!("No: {how}. {}", when_sentence(facts, f, q, r, true));
        d.cite_fact(f);
        return Some(d);
    }
    // "Did Kone meet Mora?" of a meeting of Mora's whose text only names Kone: not a yes.
    if !unknown_people_take_part(t) {
        return None;
    }
    // "Did they meet in October?" of a meeting dated only "2025": not a yes.
    // "Did they meet in June 1987?" of talks a report of 29 June 1987 tells as its news,
    // with no date of their own: the report's month holds them (see `reported_within`).
    if let Some(on) = q.on
        && !states(f.date, on)
        && !crate::answer::select::reported_within(f, &on)
    {
        return None;
    }
    // "Did they meet in La Paz?" of talks in Lima: a no when no report of theirs names La
    // Paz; when one does (it may recall a meeting there), not a yes either.
    let elsewhere = q.places.iter().find(|p| {
        !crate::answer::select::own_place_fits(f, p) && crate::answer::select::other_place(f, p)
    });
    // "Did they meet in Cusco?" of a meeting that never mentions Cusco: the same.
    let text = crate::answer::select::fact_text(f);
    let unnamed = q
        .unknown_places
        .iter()
        .find(|p| !text.contains(&format!(" {} ", text::norm_words(p).join(" "))));
    // "Did they meet in La Paz in October?" of the October talks in a town the gazetteer
    // lacks, with La Paz only recalled in their text: the asked time is this meeting's,
    // and none of theirs was held in La Paz.
    let not_there = q
        .places
        .iter()
        .chain(&q.unknown_places)
        .find(|p| !crate::answer::select::own_place_fits(f, p));
    let dated_elsewhere = q.on.is_some() && f.place.is_some() && !held_there(t, not_there);
    if let Some(p) = elsewhere.or(unnamed).or(not_there) {
        let no = f.status.is_held() && f.place.is_some() && (told_nowhere(t, p) || dated_elsewhere);
        if !no {
            return None;
        }
        // Of one person, whom "them" would not name: "meeting anyone".
        let who = match r.people.as_slice() {
            [one] => format!("{} meeting anyone", facts.name(one)),
            _ => "them meeting".to_string(),
        };
        d.body = format!(
            "{NOT_THERE} {who} in {p}. {}",
            when_sentence(facts, f, q, r, true)
        );
        d.cite_fact(f);
        return Some(d);
    }
    match best_text(t) {
        Some(found) if found.hits < content_words(&q.keywords) => return None,
        Some(found) => {
            let yes = if negated(found.text, &q.keywords) {
                "Apparently not"
            } else {
                "Yes"
            };
            d.body = format!("{yes}, according to the articles:\n> {}", found.text.trim());
            d.cite(found.evidence);
        }
        // "Did he also see Reagan?": "see" asks the meeting itself.
        None if asked_content(&q.keywords) == 0 => {
            d.body = format!("Yes. {}", when_sentence(facts, f, q, r, true));
            d.cite_fact(f);
            // With no date of its own, the sentence telling it may say when in its own
            // words ("met him in the last two weeks"): quoted.
            if let (None, Some(e)) = (f.date, f.evidence.first()) {
                d.body.push_str(&format!("\n> {}", e.sentence.trim()));
            }
        }
        None => return None,
    }
    if let (None, Some(_), Some(day)) = (f.date, q.on, f.reported) {
        d.body.push_str(&format!(
            " The report telling it as news is dated {}.",
            crate::model::FuzzyDate::day(day).human()
        ));
    }
    Some(d)
}

/// A meeting not held, told as such with its first sentence.
fn not_held_draft(t: &Tell) -> Draft {
    let mut d = Draft {
        body: not_held(t.facts, t.f, t.q, t.r),
        ..Draft::default()
    };
    if let Some(e) = t.f.evidence.first() {
        d.body.push_str(&format!("\n> {}", e.sentence.trim()));
        d.cite(e);
    }
    d
}

/// What the meeting was when the question asks about the other contact: a call asked of
/// a meeting held in person, or a meeting in person asked of a call.
pub(crate) fn other_contact(q: &Question, f: &MeetingFact) -> Option<&'static str> {
    match q.contact {
        Contact::Remote if !f.channel.is_remote() => Some("they met in person"),
        Contact::Meet if f.channel.is_remote() => Some("it was a call, not a meeting in person"),
        _ => None,
    }
}

/// Every name the question asks about that the facts don't know as a person ("Did Ana
/// Kone meet Luis Mora?") is the name of one of the meeting's people, not only a name its
/// text mentions.
fn unknown_people_take_part(t: &Tell) -> bool {
    let q = t.q;
    q.unknown
        .iter()
        .filter(|u| q.person_like(u))
        .all(|u| crate::answer::select::participant_named(t.facts, t.f, u))
}

/// Some held meeting of the asked people has `p` as its own place, at a time that may be
/// the asked one (an undated one may).
fn held_there(t: &Tell, p: Option<&String>) -> bool {
    let Some(p) = p else {
        return false;
    };
    let then = |f: &MeetingFact| match (f.date, t.q.on) {
        (Some(d), Some(on)) => d.compatible(&on),
        _ => true,
    };
    t.facts
        .facts
        .iter()
        .filter(|f| t.r.people.iter().all(|k| f.participants.contains(k)))
        .any(|f| f.status.is_held() && crate::answer::select::own_place_fits(f, p) && then(f))
}

/// No fact of the asked people names the place `p` anywhere in its text.
fn told_nowhere(t: &Tell, p: &str) -> bool {
    let needle = format!(" {} ", text::norm_words(p).join(" "));
    t.facts
        .facts
        .iter()
        .filter(|f| t.r.people.iter().all(|k| f.participants.contains(k)))
        .all(|f| !crate::answer::select::fact_text(f).contains(&needle))
}

/// The fact's date states every part of the asked one (year, month, day, weekday), so
/// the two agreeing makes the asked date true rather than only possible.
fn states(date: Option<FuzzyDate>, asked: FuzzyDate) -> bool {
    let Some(d) = date else {
        return false;
    };
    let known = |want: bool, have: bool| !want || have;
    d.compatible(&asked)
        && known(asked.year.is_some(), d.year.is_some())
        && known(asked.month.is_some(), d.month.is_some())
        && known(asked.day.is_some(), d.day.is_some())
        && known(
            asked.weekday.is_some(),
            d.weekday.is_some() || d.to_date().is_some(),
        )
}

/// How many of the asked words a text must hold: all but the verbs that only say the
/// meeting talked about something.
fn content_words(keywords: &[String]) -> usize {
    asked_content(keywords).max(1)
}

/// The evidence, note, outcome or quote of the meeting with the most asked-about words
/// (the first of equals).
fn best_text<'a>(t: &Tell<'a>) -> Option<Found<'a>> {
    let f = t.f;
    let texts = f
        .evidence
        .iter()
        .map(|e| (e, e.sentence.as_str()))
        .chain(
            f.notes
                .iter()
                .chain(&f.outcomes)
                .map(|c| (&c.evidence, c.text.as_str())),
        )
        .chain(f.quotes.iter().map(|qt| (&qt.evidence, qt.text.as_str())));
    let mut best: Option<Found> = None;
    for (evidence, text) in texts {
        let hits = keyword_hits(text, &t.q.keywords);
        if hits > 0 && best.as_ref().is_none_or(|b| hits > b.hits) {
            best = Some(Found {
                hits,
                evidence,
                text,
            });
        }
    }
    best
}

/// Where an answer's quote begins (the newline before its first "> " line) and that first
/// quoted sentence; `None` for an answer that quotes nothing.
fn first_quoted(body: &str) -> Option<(usize, &str)> {
    let at = body.find("\n> ")?;
    Some((at, body[at + 3..].lines().next()?))
}

/// "So he pressed them for specific changes?" answered by quoting "he had not called for
/// specific policy changes": when the first quoted sentence holds at least half the asked
/// words and a negation just before one, the quote is a no, said first.
pub(crate) fn denied_in_quote(body: &str, keywords: &[String]) -> Option<String> {
    let (at, first) = first_quoted(body)?;
    denies(first, keywords).then(|| format!("No, according to the articles:{}", &body[at..]))
}

/// True when `sentence` holds at least half the asked words and a negation just before
/// one of them ("he did not make firm commitments about loans" for "So he promised new
/// lending?").
pub(crate) fn denies(sentence: &str, keywords: &[String]) -> bool {
    holds_half(sentence, keywords) && negated(sentence, keywords)
}

/// True when `sentence` holds at least half the asked words of content (one when none is):
/// what a sentence must hold to answer a yes/no by a stock phrase.
pub(crate) fn holds_half(sentence: &str, keywords: &[String]) -> bool {
    keyword_hits(sentence, keywords) >= content_words(keywords).div_ceil(2)
}

/// The asked words but those of a plan ("expected", "due").
fn unplanned(keywords: &[String]) -> Vec<String> {
    (keywords.iter())
        .filter(|k| !QUESTION_PLANNED_WORDS.has(k))
        .cloned()
        .collect()
}

/// How many words other than generic verbs and "see" a question asks about.
pub(crate) fn asked_content(keywords: &[String]) -> usize {
    (keywords.iter())
        // "Did he also see Reagan?": "see" of a person is "meet", the meeting itself;
        // other verbs of meeting say how ("visited", "spoke", "attended").
        .filter(|k| !YES_NO_GENERIC_VERBS.has(k) && !text::SEE_FORMS.contains(&k.as_str()))
        .count()
}

/// Words a plan or proposal may stand before the meeting it is about: "has invited the
/// European Community's 17-man Commission for talks".
const PLAN_REACH: usize = 10;

/// "Have the two premiers met?" answered by quoting "X proposed a meeting of the two
/// premiers": when the first quoted sentence that speaks of meeting tells only of a plan
/// or proposal to meet, the answer is a no, said first.
pub(crate) fn planned_in_quote(body: &str) -> Option<String> {
    let (at, _) = first_quoted(body)?;
    let quoted: Vec<&str> = body[at..]
        .lines()
        .filter_map(|l| l.strip_prefix("> "))
        .collect();
    let first = quoted.iter().find(|s| speaks_of_meeting(s))?;
    // "Mr X held a private meeting with union leaders last week" quoted beside the plan:
    // a meeting was held, and the no would be wrong.
    (tells_only_a_plan(first) && !quoted.iter().any(|s| tells_held(s)))
        .then(|| format!("No: the articles tell only of a plan or proposal to meet. {body}"))
}

/// "Is Lund meeting Okafor?", "Was she going to the cocoa talks?" (a meeting to come)
/// answered by quoting "Lund will meet Okafor in Accra tomorrow": when the first quoted
/// sentence that speaks of meeting and names every one of `surnames` holds at least half the
/// asked words and tells a settled plan (a word of `firm_plan_words.txt` before the word
/// of meeting; no proposal, negation or meeting held), the answer is a yes, said first;
/// "Nakasone, but not Sumita, is due to attend" for Sumita is a no.
pub(crate) fn firm_plan_in_quote(
    body: &str,
    surnames: &[String],
    keywords: &[String],
) -> Option<String> {
    let (at, _) = first_quoted(body)?;
    let named_at = |words: &[String]| -> Option<Vec<usize>> {
        let at = |s: &String| words.iter().position(|w| text::name_token_eq(w, s));
        surnames.iter().map(at).collect::<Option<Vec<usize>>>()
    };
    let quoted = body[at..].lines().filter_map(|l| l.strip_prefix("> "));
    let (first, words, at_names) = quoted.filter(|s| speaks_of_meeting(s)).find_map(|s| {
        let words = text::norm_words(s);
        let at_names = named_at(&words).filter(|a| !a.is_empty())?;
        Some((s, words, at_names))
    })?;
    let asked = unplanned(keywords);
    // The word of meeting a settled plan stands before.
    let meeting = (0..words.len()).find(|&i| {
        (is_meet_word(&words[i]) || TRIGGER_NOUNS.has(&words[i]))
            && words[i.saturating_sub(PLAN_REACH)..i]
                .iter()
                .any(|p| FIRM_PLAN_WORDS.has(p))
    });
    let held = words.iter().any(|w| PAST_MEETING_VERBS.has(w));
    let meeting = meeting.filter(|_| !held)?;
    if keyword_hits(first, &asked) < asked_content(&asked).div_ceil(2) {
        return None;
    }
    // The quote is the answer; a "don't record a meeting" before it says no fact holds it.
    let quote = &body[body.find(fallback::CLOSEST).unwrap_or(0)..];
    let left_out = at_names
        .iter()
        .any(|&i| i > 0 && ANSWER_NEGATIONS.has(&words[i - 1]));
    if left_out {
        return Some(format!(
            "No: the articles tell of it as planned without them. {quote}"
        ));
    }
    // "will not attend", "proposed to meet"; "to discuss the proposed sale" is its topic.
    let unsure = (words[..meeting].iter()).any(|w| PROPOSED_FAR.has(w) || ANSWER_NEGATIONS.has(w));
    (!unsure).then(|| format!("Yes: the articles tell of it as planned. {quote}"))
}

/// Words of an occasion's phrase: "at" and its article ("at a dinner", "at the summit").
const AT_OCCASION: [&str; 3] = ["a", "an", "the"];

/// "Did Mandela meet the finance chiefs?" answered by quoting "At a dinner on Friday night,
/// Mandela urged the finance chiefs to ...": when the first quoted sentence names the one
/// person asked (not as an owner, "Mandela's letter"), holds an occasion people attend
/// together ("at a dinner"; `shared_occasion_nouns.txt`) and at least half the asked
/// words, with no negation, the answer is a yes, said first.
pub(crate) fn together_in_quote(body: &str, surname: &str, keywords: &[String]) -> Option<String> {
    let (_, first) = first_quoted(body)?;
    let words = text::norm_words(first);
    let named = (0..words.len()).any(|i| {
        text::name_token_eq(&words[i], surname) && words.get(i + 1).is_none_or(|w| w != "s")
    });
    let occasion = words.windows(3).any(|w| {
        w[0] == "at" && AT_OCCASION.contains(&w[1].as_str()) && SHARED_OCCASION_NOUNS.has(&w[2])
    });
    let negated = words.iter().any(|w| ANSWER_NEGATIONS.has(w));
    let about = holds_half(first, keywords);
    let quote = &body[body.find(fallback::CLOSEST).unwrap_or(0)..];
    (named && occasion && about && !negated)
        .then(|| format!("Yes: the articles tell of them together at it. {quote}"))
}

/// True when a sentence holds a word of meeting ("talks", "met").
fn speaks_of_meeting(sentence: &str) -> bool {
    (text::norm_words(sentence).iter()).any(|w| is_meet_word(w) || TRIGGER_NOUNS.has(w))
}

/// "Did Lund meet Okafor?" answered by quoting "Lund told Okafor in a letter that ...":
/// when the first quoted sentence names every one of `surnames`, tells a contact by
/// writing and no meeting, the answer is a no, said first.
pub(crate) fn written_in_quote(body: &str, surnames: &[String]) -> Option<String> {
    let (_, first) = first_quoted(body)?;
    let words = text::norm_words(first);
    let named = |s: &String| words.iter().any(|w| text::name_token_eq(w, s));
    let written = words.iter().any(|w| READER_WRITTEN_CONTACT.has(w));
    let met = words
        .iter()
        .any(|w| is_meet_word(w) || TRIGGER_NOUNS.has(w));
    (surnames.len() >= 2 && surnames.iter().all(named) && written && !met)
        .then(|| format!("No: the articles tell of a letter, not a meeting. {body}"))
}

/// True when a sentence tells of a meeting held: a past verb of meeting ("met", "held")
/// and a word of meeting ("held a private meeting", not "held in custody"), or a word of
/// meeting a few words after "after" ("told reporters after a one-day meeting").
fn tells_held(sentence: &str) -> bool {
    let words = text::norm_words(sentence);
    let after_meeting = (words.iter().enumerate()).any(|(i, w)| {
        w == "after"
            && (words.iter().skip(i + 1).take(AFTER_MEETING_REACH)).any(|n| TRIGGER_NOUNS.has(n))
    });
    after_meeting
        || words.iter().any(|w| PAST_MEETING_VERBS.has(w))
            && words.iter().any(|w| w == "met" || TRIGGER_NOUNS.has(w))
}

/// Most words from "after" to the word of the meeting it follows ("after a regular
/// one-day meeting").
const AFTER_MEETING_REACH: usize = 4;

/// True when a sentence tells of a meeting to come or proposed ("proposed a meeting",
/// "hoping for talks", "are expected to hold talks") and of none held: the word of plan
/// stands before the word of meeting ("changed no minds in a meeting ... to seek support"
/// is a meeting held), and no verb of a past meeting ("met", "held") is said.
fn tells_only_a_plan(sentence: &str) -> bool {
    let words = text::norm_words(sentence);
    // "the planning minister" is an office, no plan.
    let plan = |j: usize| {
        let w = &words[j];
        (PROPOSED_FAR.has(w) || PLANNED_FAR.has(w) || PLANNED_MODALS.has(w))
            && !words.get(j + 1).is_some_and(|n| QUESTION_ROLE_HEADS.has(n))
    };
    let planned_meeting = words.iter().enumerate().any(|(i, w)| {
        (is_meet_word(w) || TRIGGER_NOUNS.has(w)) && (i.saturating_sub(PLAN_REACH)..i).any(plan)
    });
    planned_meeting && !words.iter().any(|w| PAST_MEETING_VERBS.has(w))
}

/// A negation just before an asked-about word, or one of its family, turns a yes into a
/// no ("no handshake happened", "did not shake hands", "instead of a handshake").
pub(super) fn negated(sentence: &str, keywords: &[String]) -> bool {
    let w = text::norm_words(sentence);
    let stems: Vec<String> = keywords.iter().map(|k| text::stem(k)).collect();
    w.iter().enumerate().any(|(i, x)| {
        let sx = text::stem(x);
        let family = text::family(&sx);
        let asked = stems.iter().any(|k| {
            sx == *k
                || (k.len() >= MIN_PREFIX_STEM && sx.starts_with(k.as_str()))
                || family.is_some() && text::family(k) == family
        });
        asked
            && w[i.saturating_sub(NEGATION_REACH)..i]
                .iter()
                .any(|n| ANSWER_NEGATIONS.has(n))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_between_the_two_asked_is_no_meeting() {
        let names = vec!["lund".to_string(), "okafor".to_string()];
        let letter = "The closest passage says:\n> Chancellor Lund told President Okafor in a letter that Oslo backed the pact.";
        assert!(written_in_quote(letter, &names).is_some_and(|b| b.starts_with("No:")));
        let wrote = "The closest passage says:\n> Lund wrote to Okafor last week urging a ban.";
        assert!(written_in_quote(wrote, &names).is_some());
        // Must not: a letter handed over at a meeting, or one to someone else.
        let handed = "The closest passage says:\n> At their meeting in Oslo, Lund handed Okafor a letter from the king.";
        assert_eq!(written_in_quote(handed, &names), None);
        let other = "The closest passage says:\n> Lund told the king in a letter that Oslo backed the pact.";
        assert_eq!(written_in_quote(other, &names), None);
    }

    #[test]
    fn a_plan_quoted_before_a_meeting_held_is_no_no() {
        let planned = "About them:\n> Four unions will hold private talks with Ms Odede at the spring conference in Leeds.";
        assert!(planned_in_quote(planned).is_some());
        let held = format!(
            "{planned}\n> Ms Odede held a private meeting with senior union officials last week."
        );
        assert_eq!(planned_in_quote(&held), None);
        // Must not: a past "held" that is no meeting leaves the no.
        let custody = format!("{planned}\n> Two organisers were held in custody overnight.");
        assert!(planned_in_quote(&custody).is_some());
        // A sentence of no meeting quoted first leaves the plan after it the answer.
        let notes = "About them:\n> Ghana will issue new notes to its creditors in May.\n> Ghana also plans to hold talks with the creditors' new agent soon.";
        assert!(planned_in_quote(notes).is_some());
        let unmet = "About them:\n> Ghana will issue new notes to its creditors in May.";
        assert_eq!(planned_in_quote(unmet), None);
    }

    #[test]
    fn a_firm_plan_quoted_for_a_meeting_to_come_is_a_yes() {
        let asked = ["lund".to_string(), "okafor".to_string()];
        let will = "The articles don't record a meeting between Lund and Okafor. The closest passage says:\n> Lund said he will meet senior aides of Okafor in Accra tomorrow.";
        let yes = firm_plan_in_quote(will, &asked, &[]).expect("a firm plan");
        assert!(yes.starts_with("Yes: the articles tell of it as planned. The closest passage"));
        let would = "About them:\n> An aide said Lund would attend the opening of the talks with Okafor on Monday.";
        assert!(firm_plan_in_quote(would, &asked, &[]).is_some());
        // Must not: a proposal, a plan called off, or one naming only one of them.
        let proposal = "About them:\n> Lund proposed that he and Okafor hold talks next week.";
        assert_eq!(firm_plan_in_quote(proposal, &asked, &[]), None);
        let topic =
            "About them:\n> Lund will meet Okafor on Monday to discuss the proposed merger.";
        assert!(firm_plan_in_quote(topic, &asked, &[]).is_some());
        let off = "About them:\n> Lund will not be able to attend the talks with Okafor.";
        assert_eq!(firm_plan_in_quote(off, &asked, &[]), None);
        let one = "About them:\n> Lund will meet senior aides in Accra tomorrow.";
        assert_eq!(firm_plan_in_quote(one, &asked, &[]), None);
        // Must not: a plan only likely, or one that holds none of the asked words.
        let likely = "About them:\n> Lund was likely to meet Okafor again once the plan was ready.";
        assert_eq!(firm_plan_in_quote(likely, &asked, &[]), None);
        let tariffs = ["head".to_string(), "tariffs".to_string()];
        assert_eq!(firm_plan_in_quote(would, &asked, &tariffs), None);
        // A plan that leaves the asked person out is a no.
        let without = "About them:\n> Lund, but not Okafor, is due to attend the summit.";
        let no = firm_plan_in_quote(without, &["okafor".to_string()], &[]).expect("a no");
        assert!(no.starts_with("No: the articles tell of it as planned without them."));
    }

    #[test]
    fn a_plan_told_after_a_meeting_held_is_no_no() {
        let after = "About them:\n> Lund told reporters after a one-day meeting of ministers that future talks would help.";
        assert_eq!(planned_in_quote(after), None);
        let later = "About them:\n> Okafor left after the regular meeting; he will hold talks with Lund next week.";
        assert_eq!(planned_in_quote(later), None);
        // Must not: "after" an event that is no meeting leaves the plan a no.
        let vote =
            "About them:\n> After the vote, Lund said he will hold talks with Okafor next week.";
        assert!(planned_in_quote(vote).is_some());
    }

    fn d(year: Option<i16>, month: Option<i8>, day: Option<i8>) -> FuzzyDate {
        FuzzyDate {
            year,
            month,
            day,
            ..Default::default()
        }
    }

    #[test]
    fn a_sentence_denies_what_it_negates_in_the_words_of_a_family() {
        let kw = |w: &[&str]| w.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        // Must handle: the question's words, or others of their family, negated.
        assert!(denies(
            "But he did not make firm commitments about Japanese loans.",
            &kw(&["promised", "resume", "lending"])
        ));
        assert!(denies(
            "The minister refused to lift the ban on imports.",
            &kw(&["lift", "ban"])
        ));
        // Must not: a negation of something not asked.
        assert!(!denies(
            "He promised to resume lending, not to cut it.",
            &kw(&["promised", "resume", "lending"])
        ));
    }

    #[test]
    fn a_yes_needs_every_asked_part_of_the_date_stated() {
        let october = d(None, Some(10), None);
        assert!(states(Some(d(Some(2025), Some(10), Some(14))), october));
        assert!(states(Some(d(Some(2025), Some(10), None)), october));
        // Must not: a meeting dated only by its year may or may not be in October.
        assert!(!states(Some(d(Some(2025), None, None)), october));
        assert!(!states(None, october));
        assert!(!states(Some(d(Some(2025), Some(4), None)), october));
    }

    #[test]
    fn a_plan_or_proposal_to_meet_is_told_only_before_its_meeting_word() {
        // Must handle: a proposal in a letter, an expectation of talks.
        assert!(tells_only_a_plan(
            "Estonia proposed in a letter to its neighbour a meeting of fisheries ministers."
        ));
        assert!(tells_only_a_plan(
            "The two envoys are expected to hold talks in Tallinn next week."
        ));
        // Must not: a meeting held, whatever it sought; a plan after a meeting told as met.
        assert!(!tells_only_a_plan(
            "Kask changed no minds in a meeting with farmers to seek support for the quota."
        ));
        assert!(!tells_only_a_plan(
            "Kask met Lepp on Monday and proposed further talks."
        ));
        // An office named by a word of plan is no plan.
        assert!(!tells_only_a_plan(
            "The planning minister Ruiz did not attend the meeting, officials said."
        ));
    }
    #[test]
    fn an_occasion_shared_with_the_group_asked_is_a_yes() {
        let body = |s: &str| format!("The closest passage says:\n> {s}");
        let asked: Vec<String> = ["fisheries", "ministers"].map(String::from).to_vec();
        // Must handle: the occasion before the person, or after the group.
        let lunch = body(
            "At a lunch in Oslo on Monday, Lind pressed the fisheries ministers to cut quotas.",
        );
        assert!(together_in_quote(&lunch, "lind", &asked).is_some_and(|y| y.starts_with("Yes")));
        let reception = body(
            "Lind told the fisheries ministers at a reception on Tuesday that quotas must fall.",
        );
        assert!(together_in_quote(&reception, "lind", &asked).is_some());
        // Must not: one who stayed away, or one named only as an owner.
        let away = body("Lind, who did not attend the dinner, wrote to the fisheries ministers.");
        assert!(together_in_quote(&away, "lind", &asked).is_none());
        let owner = body("At the summit, the fisheries ministers welcomed Lind's letter.");
        assert!(together_in_quote(&owner, "lind", &asked).is_none());
    }
}
