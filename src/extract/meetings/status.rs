//! What became of the meeting a trigger tells ([`Status`]): held; planned ("will meet",
//! "is expected to hold talks", "a meeting with X is finalised"); proposed ("hopes to
//! meet", "requested a meeting", "offered talks"); postponed ("postponed the talks", "the
//! summit has been put on hold"); called off ("refused to meet", "no plans to meet", "the
//! meeting was cancelled", "did not meet as planned"); or uncertain ("may meet", "reportedly
//! met", "Singh's reported meeting", "there is no official word on the meeting").
//!
//! A plain denial with nothing expected ("X did not meet Y") is no meeting at all: the
//! trigger tells nothing. The words are the lexicon's lists (`status_*`, `planned_*`,
//! `proposed_*`, `uncertain_*`, `meeting_expectations`).

use crate::extract::triggers::{CLAUSE_WORDS, Negation, Trigger, words_before};
use crate::lexicon::lists::{
    ARRIVAL_VERBS, BARE_MEETING_VERBS, BE_FORMS, DEFINITE_OCCASION_HEADS, GENERIC_OCCASION_WORDS,
    MEETING_EXPECTATIONS, PAST_MEETING_VERBS, PLANNED_FAR, PLANNED_MODALS, PLANNED_NEAR,
    PLANNED_TIME_PHRASES, PRESENT_MEETING_VERBS, PROPOSED_FAR, STATUS_AFTER_CANCELLED,
    STATUS_AFTER_FAILED, STATUS_AFTER_PLANNED, STATUS_AFTER_PLANNED_BARE, STATUS_AFTER_POSTPONED,
    TIME_SUBORDINATORS, UNCERTAIN_BEFORE_NOUN, UNCERTAIN_FAR, UNCERTAIN_NEAR, UNCERTAIN_PHRASES,
};
use crate::model::Status;

/// What a sentence's phrases say, whichever of its triggers asks: the sentence is lower-cased
/// and searched once, not once per trigger (which made a long sentence cost the square of
/// its length).
pub(crate) struct SentencePhrases {
    /// One of [`UNCERTAIN_PHRASES`].
    uncertain: bool,
    /// One of [`PLANNED_TIME_PHRASES`].
    planned_time: bool,
    /// One of [`MEETING_EXPECTATIONS`].
    expected: bool,
    /// "the summit": the head of an occasion told elsewhere; "" for "the conclave" (any).
    pub(crate) occasion_head: Option<&'static str>,
}

/// "the summit" in a lower-case sentence: that head; "the conclave": "" (any occasion).
fn occasion_head(lower: &str) -> Option<&'static str> {
    let says = |h: &str| {
        lower
            .match_indices(&format!("the {h}"))
            .any(|(i, p)| !lower[i + p.len()..].starts_with(char::is_alphanumeric))
    };
    match DEFINITE_OCCASION_HEADS.iter().find(|h| says(h)) {
        Some(h) => Some(h),
        None => GENERIC_OCCASION_WORDS.iter().any(|h| says(h)).then_some(""),
    }
}

impl SentencePhrases {
    pub(crate) fn of(text: &str) -> Self {
        crate::extract::work::read(text.len());
        let lower = text.to_lowercase();
        SentencePhrases {
            uncertain: UNCERTAIN_PHRASES.iter().any(|p| lower.contains(p)),
            planned_time: PLANNED_TIME_PHRASES.iter().any(|p| lower.contains(p)),
            expected: MEETING_EXPECTATIONS.iter().any(|p| lower.contains(p)),
            occasion_head: occasion_head(&lower),
        }
    }
}

/// Words before a trigger that bear on it directly ("reportedly met", "a possible meeting").
const NEAR: usize = 3;

/// Words after a meeting noun read for what became of it: the noun's own clause ("a summit
/// between X and Y planned for next week in Lisbon has been postponed").
const AFTER_WORDS: usize = 25;

/// How many words before a status participle its "be" may stand ("has been indefinitely
/// postponed").
const BE_REACH: usize = 2;

/// Words read back from a bare meeting verb after "and" for the verb it is joined to:
/// "will make a three-day state visit to Norway from May 4 and hold talks".
const JOINED_REACH: usize = 20;

/// Bytes before a trigger read for [`JOINED_REACH`] words: enough for twenty words.
const JOINED_BYTES: usize = 400;

/// Words between a clause of time's opening word and its verb of arriving: the subject
/// ("when Premier Kone arrives").
const SUBJECT_WORDS: usize = 3;

/// The status of the meeting trigger `t` tells, reading the sentence `text` from `from`
/// (the end of the trigger before) to `end` (the next trigger): "sought the meeting in a
/// telephone conversation" proposes the meeting, not the call. `None` when the words deny
/// any meeting ("did not meet").
pub(crate) fn trigger_status(
    text: &str,
    phrases: &SentencePhrases,
    t: &Trigger,
    from: usize,
    end: usize,
) -> Option<Status> {
    if let Some(n) = t.negation {
        return negated(text, phrases, t, n);
    }
    if t.invitation {
        return Some(Status::Proposed);
    }
    let mut before = clause_before(text, from, t.start);
    // "one meeting could be between X and Y": the modal inside the trigger counts.
    if t.noun {
        let span: Vec<&str> = text[t.start..t.end].split_whitespace().collect();
        let inside = span
            .get(1..span.len().saturating_sub(1))
            .unwrap_or_default();
        before.splice(0..0, inside.iter().rev().copied());
    }
    let lower: Vec<String> = before.iter().map(|w| w.to_lowercase()).collect();
    // "a summit ... planned for next week has been postponed", "plans to meet Y were
    // scrapped": what the clause says after the meeting overrides its plans.
    let infinitive = lower.first().is_some_and(|w| w == "to");
    let after = if t.noun || infinitive {
        status_after(text, t.end, end).or_else(|| {
            coordinated(&text[t.end..end])
                .then(|| status_after(text, end, text.len()))
                .flatten()
        })
    } else {
        None
    };
    if let Some(s @ (Status::Cancelled | Status::Postponed)) = after {
        return Some(s);
    }
    if uncertain(phrases, t, &before, &lower) {
        return Some(Status::Uncertain);
    }
    if proposed(&lower) {
        return Some(Status::Proposed);
    }
    if let Some(s) = joined_to_plan(text, t, &lower) {
        return Some(s);
    }
    if planned(text, phrases, t, &lower)
        || after == Some(Status::Planned)
        || arriving(&lower)
        || meeting_in_clause_of_time(text, t, &lower)
    {
        return Some(Status::Planned);
    }
    Some(Status::Held)
}

/// A denied, refused, called-off or postponed meeting: refusals and cancellations are
/// called off, a denial only when the sentence says the meeting was expected ("did not
/// meet in Berlin as planned") or denies a future one ("will not meet").
fn negated(text: &str, phrases: &SentencePhrases, t: &Trigger, n: Negation) -> Option<Status> {
    match n {
        Negation::Refused | Negation::CalledOff | Negation::NoPlans => Some(Status::Cancelled),
        Negation::Postponed => Some(Status::Postponed),
        Negation::Denied => {
            let expected = phrases.expected;
            let future = words_before(text, t.start, NEAR + 1)
                .iter()
                .any(|w| PLANNED_MODALS.has(w));
            (expected || future).then_some(Status::Cancelled)
        }
    }
}

/// The words of the clause from `from` to byte `at`, nearest first, as written (so that
/// "May" the month is no "may"), at most [`CLAUSE_WORDS`]: a comma, colon, bracket or
/// quotation mark ends the clause.
fn clause_before(text: &str, from: usize, at: usize) -> Vec<&str> {
    let head = &text[from.min(at)..at];
    let cut = head
        .char_indices()
        .rfind(|&(_, c)| matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”' | '—'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    head[cut..]
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .rev()
        .take(CLAUSE_WORDS)
        .collect()
}

/// "reportedly met", "may meet", "a possible meeting", "Singh's reported meeting",
/// "speculation that X could meet Y", "no official word on the meeting".
fn uncertain(phrases: &SentencePhrases, t: &Trigger, before: &[&str], lower: &[String]) -> bool {
    // "In May, X met Y": the month is no modal.
    let modal_ok = |i: usize| before[i] != "May";
    if lower
        .iter()
        .enumerate()
        .take(NEAR)
        .any(|(i, w)| UNCERTAIN_NEAR.has(w) && modal_ok(i))
    {
        return !habitual(lower);
    }
    if t.noun && lower.first().is_some_and(|w| UNCERTAIN_BEFORE_NOUN.has(w)) {
        return true;
    }
    if lower
        .iter()
        .enumerate()
        .any(|(i, w)| UNCERTAIN_FAR.has(w) && modal_ok(i))
    {
        return true;
    }
    phrases.uncertain
}

/// "had to meet" is still past; "used to meet" is habitual, not planned.
fn habitual(lower: &[String]) -> bool {
    lower.get(1).is_some_and(|w| w == "had" || w == "used")
}

/// "hopes to meet", "requested a meeting", "offered talks", "invited X to visit"; not "at
/// the invitation of X" or "at the request of X", which tell how a held meeting came about.
fn proposed(lower: &[String]) -> bool {
    lower.iter().enumerate().any(|(i, w)| {
        PROPOSED_FAR.has(w) && !lower.get(i + 1).is_some_and(|b| b == "the" || b == "his")
    })
}

/// "will make a state visit to Norway and hold talks with X": a bare meeting verb after
/// "and", or talks that are the purpose of a journey ("will travel to Oslo next Tuesday,
/// March 3, for talks"), take the plan or proposal of the verb they are joined to, read
/// back over commas to the sentence's start (`lower` is the trigger's own clause, nearest
/// word first).
fn joined_to_plan(text: &str, t: &Trigger, lower: &[String]) -> Option<Status> {
    let first = text[t.start..t.end]
        .split_whitespace()
        .next()?
        .to_lowercase();
    let word = |i: usize| lower.get(i).map(String::as_str);
    // The words before the trigger that link it to the verb read back for: "and hold
    // talks", "and meet", or the purpose of a journey, "..., for talks with".
    let link = if BARE_MEETING_VERBS.has(&first) && word(0) == Some("and") {
        1
    } else if t.noun && word(0).is_some_and(|w| BARE_MEETING_VERBS.has(w)) && word(1) == Some("and")
    {
        2
    } else if t.noun && word(0) == Some("for") {
        1
    } else {
        return None;
    };
    // Only the last few hundred bytes: looking back from every trigger of a long sentence
    // stays linear.
    let mut from = t.start.saturating_sub(JOINED_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = &text[from..t.start];
    let cut = head
        .rfind([';', ':', '(', ')', '"', '“', '”', '—'])
        .map_or(0, |i| i + 1);
    let wide: Vec<String> = head[cut..]
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .rev()
        .skip(link)
        .take(JOINED_REACH)
        .map(str::to_lowercase)
        .collect();
    if proposed(&wide) {
        return Some(Status::Proposed);
    }
    let is_to = |i: usize| wide[i] == "to" && wide.get(i + 1).is_some_and(|b| BE_FORMS.has(b));
    (0..wide.len())
        .any(|i| PLANNED_MODALS.has(&wide[i]) || PLANNED_FAR.has(&wide[i]) || is_to(i))
        .then_some(Status::Planned)
}

/// "when he arrives for talks", "once Lind travels to Quito for talks": a present-tense
/// verb of arriving in a clause of time tells a visit to come ("Kone arrives in Oslo for
/// talks", a headline, is told as done).
fn arriving(lower: &[String]) -> bool {
    lower
        .iter()
        .position(|w| ARRIVAL_VERBS.has(w))
        .is_some_and(|i| {
            lower[i + 1..]
                .iter()
                .take(SUBJECT_WORDS)
                .any(|w| TIME_SUBORDINATORS.has(w))
        })
}

/// "would raise trade when they meet", "once she holds talks with X": a present-tense
/// verb of meeting in a clause of time tells a meeting to come ("whenever they meet" is a
/// habit, "when they met" past).
fn meeting_in_clause_of_time(text: &str, t: &Trigger, lower: &[String]) -> bool {
    // A noun's verb is the word before it ("holds talks"); a verb trigger is its own.
    let rest = if t.noun {
        lower.get(1..).unwrap_or_default()
    } else {
        lower
    };
    let in_clause = rest
        .iter()
        .take(SUBJECT_WORDS + 1)
        .any(|w| TIME_SUBORDINATORS.has(w) && w != "whenever");
    if !in_clause {
        return false;
    }
    let verb = match (t.noun, lower.first()) {
        (true, Some(v)) => v.clone(),
        (true, None) => return false,
        (false, _) => text[t.start..t.end]
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_lowercase(),
    };
    PRESENT_MEETING_VERBS.has(&verb)
}

/// "will meet", "is to meet", "is expected to hold talks", "an upcoming summit", "the
/// leaders meet next week".
fn planned(text: &str, phrases: &SentencePhrases, t: &Trigger, lower: &[String]) -> bool {
    if lower.first().is_some_and(|w| PLANNED_NEAR.has(w))
        || lower.iter().any(|w| PLANNED_MODALS.has(w))
    {
        return !habitual(lower);
    }
    if lower.iter().any(|w| PLANNED_FAR.has(w)) {
        return true;
    }
    // The first three characters decide whether the trigger reads "met" in lower case
    // (lower-casing the rest of the sentence once per trigger was quadratic).
    let head: String = text[t.start..].chars().take(3).collect();
    phrases.planned_time
        && !lower
            .first()
            .is_some_and(|w| w.ends_with("ed") || PAST_MEETING_VERBS.has(w))
        && !head.to_lowercase().starts_with("met")
}

/// What the rest of a meeting noun's clause (from `from` to `end`) says became of it: "has
/// been postponed", "were called off", "did not take place", "is scheduled for May".
fn status_after(text: &str, from: usize, end: usize) -> Option<Status> {
    let rest = &text[from..end.max(from)];
    let cut = rest.find([';', '!', '?', '—']).unwrap_or(rest.len());
    let words: Vec<String> = rest[..cut]
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .take(AFTER_WORDS)
        .map(str::to_lowercase)
        .collect();
    let joined = format!(" {} ", words.join(" "));
    let passive = |phrase: &str| {
        let needle = format!(" {phrase} ");
        joined.match_indices(&needle).any(|(i, _)| {
            joined[..i]
                .split(' ')
                .rev()
                .filter(|w| !w.is_empty())
                .take(BE_REACH)
                .any(|w| BE_FORMS.has(w))
        })
    };
    // "the talks, scheduled for Friday, ...": a participle after a comma, with no "be".
    let raw = first_words(&rest[..cut], AFTER_WORDS).to_lowercase();
    let reduced = |phrase: &str| raw.contains(&format!(", {phrase} "));
    if STATUS_AFTER_CANCELLED
        .iter()
        .any(|p| passive(p) || reduced(p))
        || STATUS_AFTER_FAILED
            .iter()
            .any(|p| joined.contains(&format!(" {p} ")))
    {
        return Some(Status::Cancelled);
    }
    if STATUS_AFTER_POSTPONED
        .iter()
        .any(|p| passive(p) || reduced(p))
    {
        return Some(Status::Postponed);
    }
    (STATUS_AFTER_PLANNED
        .iter()
        .any(|p| passive(p) || reduced(p))
        || STATUS_AFTER_PLANNED_BARE
            .iter()
            .any(|p| raw.contains(&format!(" {p}"))))
    .then_some(Status::Planned)
}

/// Words after "and" that may stand before the next meeting noun of a pair ("and the
/// Venice economic summit").
const COORDINATED_WORDS: usize = 4;

/// "my meeting with Prime Minister Lind and the Venice summit coming up": `gap`, from a
/// meeting noun to the next one, names only who the first is with (capitalised names,
/// titles, "with", "of", "the") before an "and" and a few words of the second; then what
/// the clause says of the second it says of both.
fn coordinated(gap: &str) -> bool {
    let Some(at) = gap.rfind(" and ") else {
        return false;
    };
    let (object, next) = (&gap[..at], &gap[at + 5..]);
    let named = object.split_whitespace().all(|w| {
        w.starts_with(char::is_uppercase)
            || matches!(w, "with" | "of" | "the" | "between")
            || crate::extract::people::is_title_word(w)
    });
    named && !next.contains(',') && next.split_whitespace().count() <= COORDINATED_WORDS
}

/// The start of `s` up to its `n`th word (the whole of `s` when it has fewer).
fn first_words(s: &str, n: usize) -> &str {
    let end = s
        .split_whitespace()
        .nth(n)
        .map_or(s.len(), |w| w.as_ptr() as usize - s.as_ptr() as usize);
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::people::Analysis;
    use crate::extract::triggers::find_triggers;

    /// The status of the first trigger of `s`.
    fn status(s: &str) -> Option<Status> {
        let a = Analysis::new(s);
        let t = find_triggers(&a);
        assert!(!t.is_empty(), "no trigger in {s:?}");
        let end = t.get(1).map_or(s.len(), |n| n.start);
        trigger_status(s, &SentencePhrases::of(s), &t[0], 0, end)
    }

    #[test]
    fn planned_meetings() {
        for s in [
            "The two leaders will meet next week.",
            "Premier Halvorsen is expected to hold talks with Chancellor Brandt in Oslo.",
            "Foreign Minister Ada Kone is scheduled to meet President Tomas Berg on Friday.",
            "A meeting between Kone and Berg has been finalised for early May.",
        ] {
            assert_eq!(status(s), Some(Status::Planned), "{s}");
        }
        for s in [
            "Kone met Berg in Oslo last week, and said he hoped trade would grow.",
            "Kone agreed at the meeting with Berg to cut tariffs on steel.",
        ] {
            assert_eq!(status(s), Some(Status::Held), "{s}");
        }
        assert_eq!(
            status("Kone and Berg agreed to meet again in June."),
            Some(Status::Planned)
        );
    }

    #[test]
    fn arranging_or_requesting_a_meeting_is_not_holding_it() {
        for s in [
            "The envoy is said to be trying to arrange a meeting with President Dara Velk.",
            "Opposition leaders requested a meeting with the governor.",
        ] {
            assert_eq!(status(s), Some(Status::Proposed), "{s}");
        }
    }

    #[test]
    fn a_proposal_bears_on_the_meeting_it_names_not_the_call_after_it() {
        let s = "Mayor Lund sought the meeting in a recent telephone conversation with Price.";
        let a = Analysis::new(s);
        let t = find_triggers(&a);
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!(
            trigger_status(s, &SentencePhrases::of(s), &t[1], t[0].end, s.len()),
            Some(Status::Held)
        );
    }

    #[test]
    fn proposed_meetings() {
        for s in [
            "President Tomas Berg hopes to meet Premier Ada Kone before the end of the year.",
            "Kone has requested a meeting with the governor of the central bank.",
            "The prime minister offered talks to opposition leader Mika Salo.",
            "President Berg invited Premier Ada Kone to visit Oslo next spring.",
        ] {
            assert_eq!(status(s), Some(Status::Proposed), "{s}");
        }
        // An invitation that brought a held meeting about is no proposal.
        assert_eq!(
            status("At the invitation of President Berg, Kone met the cabinet on Monday."),
            Some(Status::Held)
        );
    }

    #[test]
    fn postponed_and_called_off_meetings() {
        for s in [
            "A summit between President Ines Duarte and Premier Olaf Berg planned for next week in Porto has been postponed, officials said.",
            "Kone postponed her meeting with Berg because of the floods.",
            "Talks between the two ministers were put on hold in March.",
        ] {
            assert_eq!(status(s), Some(Status::Postponed), "{s}");
        }
        for s in [
            "President Berg refused to meet the visiting envoy Ada Kone.",
            "The talks between Kone and Berg were called off at the last minute.",
            "Kone did not meet Berg in Geneva as had been planned.",
            "Berg has no plans to meet Kone during the summit.",
        ] {
            assert_eq!(status(s), Some(Status::Cancelled), "{s}");
        }
        // A plain denial with nothing expected is no meeting at all.
        assert_eq!(status("Kone and Berg did not meet in Geneva."), None);
    }

    #[test]
    fn a_meeting_noun_followed_by_a_plan_without_be_is_planned() {
        for s in [
            "Two rounds of talks between Kone and Berg, scheduled for Thursday and Friday, follow a row over tariffs.",
            "The summit between Ortiz and Lind, set for early March in Quito, is their first since 2019.",
            "With his meeting with President Berg coming up, Kone said tariffs would top the agenda.",
        ] {
            assert_eq!(status(s), Some(Status::Planned), "{s}");
        }
        assert_eq!(
            status(
                "The talks between Kone and Berg, held behind closed doors on Friday, ended without a deal."
            ),
            Some(Status::Held)
        );
    }

    #[test]
    fn what_comes_of_the_second_of_two_meetings_comes_of_both() {
        for s in [
            "With my meeting with Prime Minister Anna Lind and the Oslo summit coming up, Ruiz was busy.",
            "The talks with Berg and the Lima summit have been postponed.",
        ] {
            assert_ne!(status(s), Some(Status::Held), "{s}");
        }
        // Must not: the first meeting has a verb of its own before the "and".
        assert!(coordinated(" Prime Minister Anna Lind and the Oslo "));
        assert!(!coordinated(" Lind went well and the Oslo "));
        assert!(!coordinated(" Lind, and then, after a week, the "));
    }

    #[test]
    fn a_bare_verb_joined_to_a_planned_one_is_planned() {
        for s in [
            "Premier Ana Kone will make a three-day state visit to Norway from May 4 and hold talks in Oslo with President Tomas Berg.",
            "Minister Lind is to spend a week touring the northern provinces, and meet Governor Okafor in the port city.",
        ] {
            assert_eq!(status(s), Some(Status::Planned), "{s}");
        }
        assert_eq!(
            status(
                "Kone made a three-day state visit to Norway in May last year and held talks in Oslo with Berg."
            ),
            Some(Status::Held)
        );
    }

    #[test]
    fn talks_that_are_the_purpose_of_a_planned_journey_are_planned() {
        assert_eq!(
            status(
                "Minister Ana Kone will fly to Quito next Tuesday, March 3, for talks with her Ecuadorian counterpart, Luis Mora."
            ),
            Some(Status::Planned)
        );
        assert_eq!(
            status(
                "Minister Ana Kone flew to Quito on Tuesday, March 3, for talks with Luis Mora."
            ),
            Some(Status::Held)
        );
    }

    #[test]
    fn arriving_for_talks_in_a_clause_of_time_is_ahead() {
        for s in [
            "Kone's main demand when he arrives for talks with Berg on Wednesday will be lower tariffs.",
            "Officials expect a frosty tone once Lind travels to Quito for talks with Ortiz.",
        ] {
            assert_eq!(status(s), Some(Status::Planned), "{s}");
        }
        for s in [
            "Kone arrived in Oslo for talks with Berg on Wednesday.",
            "Blair arrives in Lisbon for talks with Duarte",
        ] {
            assert_eq!(status(s), Some(Status::Held), "{s}");
        }
    }

    #[test]
    fn meeting_in_a_clause_of_time_is_ahead() {
        for s in [
            "Aides said the premier would surely bring up the question of fishing quotas when they meet.",
            "Kone will press for lower tariffs once he holds talks with Berg in Lima.",
            "Ortiz is expected to raise the dam when she meets President Lind.",
        ] {
            assert_eq!(status(s), Some(Status::Planned), "{s}");
        }
        for s in [
            "When they met in Oslo, Kone pressed Berg for lower tariffs.",
            "Kone pressed for lower tariffs after he held talks with Berg in Lima.",
        ] {
            assert_eq!(status(s), Some(Status::Held), "{s}");
        }
    }

    #[test]
    fn a_reported_meeting_is_unconfirmed() {
        for s in [
            "Chinese media described Kone's reported meeting with Berg.",
            "Dealers are watching for a probable meeting between Kone and Berg later today.",
            "Traders eyed a likely meeting of Kone and Berg before the summit.",
        ] {
            assert_eq!(status(s), Some(Status::Uncertain), "{s}");
        }
        // The word is about something else than the meeting.
        assert_eq!(
            status("Kone met Berg in Lima, a probable sign of a deal, dealers said."),
            Some(Status::Held)
        );
    }

    #[test]
    fn uncertain_meetings() {
        for s in [
            "Kone could meet Berg later on Monday, but there has been no confirmation.",
            "The envoy reportedly met rebel leader Amadou Sy in the capital.",
            "There is no official word from Oslo on Kone's reported meeting with Berg.",
            "The most awaited meeting could be between Premier Kone and President Berg.",
        ] {
            assert_eq!(status(s), Some(Status::Uncertain), "{s}");
        }
        // "May" the month is no modal.
        assert_eq!(
            status("In May President Berg met Premier Kone in Lima."),
            Some(Status::Held)
        );
    }
}
