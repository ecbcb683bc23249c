//! What a sentence says of its meeting's history: the meeting's rank among its people's
//! meetings ("their third meeting", "the third meeting between the two leaders this year",
//! "the second time the prime minister has formally met X": a [`Count`]) and the earlier
//! meeting a "first ... since" names ("the first between X and Y since June", "their
//! first meeting since Helsinki in 2018", "the first talks since the Bali summit"), which
//! becomes a recalled meeting of the same people.

use super::{ArticleMeeting, Resolved, Scan};
use crate::extract::dates::{DateMention, find_dates};
use crate::extract::occasions::find_occasions;
use crate::extract::people::Analysis;
use crate::extract::triggers::TRIGGER;
use crate::lexicon::gazetteer::GazKind;
use crate::lexicon::lists::{
    BE_FORMS, CALL_MEDIA, COUNT_BREAKERS, COUNT_MODIFIERS, COUNT_NOUNS, COUNT_SCOPE_ENDS, ORDINALS,
    PAST_MEETING_VERBS, SINCE_NEUTRAL_NOUNS, VIDEO_BEFORE,
};
use crate::model::{Channel, Count, MeetingKind, Place};

/// Modifiers an ordinal's noun may follow ("their second in-person bilateral meeting").
const MODIFIERS: usize = 2;
/// Tokens of a count's phrase: the ordinal, its noun and their scope ("third meeting
/// between the two leaders this year").
const COUNT_TOKENS: usize = 12;
/// Tokens after "first" where its "since" may stand ("the first between Mr Austin and Mr
/// Wei since June").
const SINCE_REACH: usize = 14;
/// Tokens after the place of "since Helsinki in 2018" where its date may start.
const SINCE_DATE_REACH: usize = 3;

/// A meeting's rank a sentence states: the value and the token span of its phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Rank {
    pub(super) n: u32,
    /// Token of the ordinal.
    pub(super) first: usize,
    /// Token just past the phrase.
    pub(super) end: usize,
}

/// The value of an ordinal token ("third", "3rd").
fn ordinal(w: &str) -> Option<u32> {
    let lower = w.to_lowercase();
    if let Some(i) = ORDINALS.iter().position(|o| *o == lower) {
        return u32::try_from(i + 1).ok();
    }
    let digits = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &lower[digits.len()..];
    matches!(suffix, "st" | "nd" | "rd" | "th")
        .then(|| digits.parse().ok())
        .flatten()
}

/// A word that starts a verb phrase: a form of "be", a past meeting verb, an "-ed" form.
fn verb_like(w: &str) -> bool {
    BE_FORMS.has(w) || PAST_MEETING_VERBS.has(w) || w.ends_with("ed") || w == "took"
}

/// True when token `i` ends a clause (a comma, semicolon, full stop, colon or bracket).
fn clause_end(a: &Analysis, i: usize) -> bool {
    let t = &a.toks[i];
    !t.word && matches!(t.text, "," | ";" | "." | ":" | "(" | ")" | "!" | "?")
}

/// The ranks of meetings a sentence states. "time" counts only in a sentence that tells a
/// meeting ("the second time the two have met"); a first that is only the first of a
/// stretch ("their first meeting since 2018", "the first talks in six months") is none.
pub(super) fn ranks(a: &Analysis) -> Vec<Rank> {
    let toks = &a.toks;
    let mut out = Vec::new();
    for i in 0..toks.len() {
        let Some(n) = toks[i].word.then(|| ordinal(toks[i].text)).flatten() else {
            continue;
        };
        let mut j = i + 1;
        while j < toks.len() && j - i <= MODIFIERS && COUNT_MODIFIERS.has(&toks[j].lower()) {
            j += 1;
        }
        let Some(noun) = toks
            .get(j)
            .filter(|t| t.word && COUNT_NOUNS.has(&t.lower()))
        else {
            continue;
        };
        let time = noun.lower() == "time";
        if time && !TRIGGER.is_match(a.text) {
            continue;
        }
        // The scope runs to the clause's end; past a noun, not into its verb ("their first
        // formal meeting took place ...").
        let mut end = j + 1;
        while end < toks.len()
            && end - i < COUNT_TOKENS
            && !clause_end(a, end)
            && !COUNT_SCOPE_ENDS.has(&toks[end].lower())
            && (time || !verb_like(&toks[end].lower()))
        {
            end += 1;
        }
        // "the first talks between the leaders of the two largest economies since ...": a
        // breaker anywhere in the clause.
        let clause = (j + 1..toks.len())
            .find(|&k| clause_end(a, k))
            .unwrap_or(toks.len());
        let breaks = toks[j + 1..clause]
            .iter()
            .any(|t| t.word && COUNT_BREAKERS.has(&t.lower()))
            || toks[j + 1..end].iter().any(|t| t.lower() == "in");
        if n == 1 && breaks {
            continue;
        }
        out.push(Rank { n, first: i, end });
    }
    out
}

/// What follows the "since" of "first ... since X" when X names an earlier meeting: its
/// date, place and occasion ("since June", "since Helsinki in 2018", "since the Bali
/// summit"); `None` when X is an event of another kind ("since he took office in May").
#[derive(Debug, Default)]
struct Since {
    date: Option<DateMention>,
    place: Option<Place>,
    occasion: Option<String>,
}

/// Tokens of "after talks in" before the place of the earlier meeting.
const AFTER_TALKS_TOKENS: usize = 5;

/// "It was their second meeting this year, after talks in La Paz in April": in a sentence
/// that ranks the meeting second or later, "after" (or "following") a noun of meeting and
/// "in" a place the gazetteer knows names the earlier meeting, with a date right after.
fn after_earlier(a: &Analysis, dates: &[DateMention]) -> Option<Since> {
    let toks = &a.toks;
    let after = toks
        .iter()
        .position(|t| t.word && matches!(t.lower().as_str(), "after" | "following"))?;
    let window = (after + 1..toks.len().min(after + AFTER_TALKS_TOKENS)).collect::<Vec<_>>();
    let noun = window
        .iter()
        .position(|&k| COUNT_NOUNS.has(&toks[k].lower()))?;
    let at = window
        .get(noun + 1)
        .copied()
        .filter(|&k| toks[k].lower() == "in")?;
    let x = toks.get(at + 1)?;
    let g = a.gaz.iter().find(|g| {
        g.start == x.start && matches!(g.kind, GazKind::City | GazKind::Country | GazKind::Venue)
    })?;
    let reach: Vec<usize> = toks
        .iter()
        .filter(|t| t.start >= g.end)
        .take(SINCE_DATE_REACH)
        .map(|t| t.start)
        .collect();
    Some(Since {
        date: dates.iter().find(|d| reach.contains(&d.start)).cloned(),
        place: Some(Place {
            name: g.name.clone(),
            country: g.country.clone(),
        }),
        occasion: None,
    })
}

/// The "since X" of a "first ... since X" in the sentence, with the token of "first" and of
/// "since".
fn first_since(a: &Analysis, dates: &[DateMention]) -> Option<(usize, usize, Since)> {
    let toks = &a.toks;
    let first = toks.iter().position(|t| t.word && t.lower() == "first")?;
    let since = (first + 1..toks.len().min(first + SINCE_REACH))
        .take_while(|&k| !clause_end(a, k) || toks[k].text == ",")
        .find(|&k| toks[k].word && toks[k].lower() == "since")?;
    let x = toks.get(since + 1)?;
    let date_at = |at: usize| dates.iter().find(|d| d.start == at).cloned();
    let mut out = Since {
        date: date_at(x.start),
        ..Since::default()
    };
    if out.date.is_none() {
        if let Some(g) = a.gaz.iter().find(|g| {
            g.start == x.start
                && matches!(
                    g.kind,
                    GazKind::City | GazKind::Country | GazKind::Venue | GazKind::Region
                )
        }) {
            out.place = Some(Place {
                name: g.name.clone(),
                country: g.country.clone(),
            });
            let reach = toks
                .iter()
                .skip(since + 1)
                .filter(|t| t.start >= g.end)
                .take(SINCE_DATE_REACH)
                .map(|t| t.start)
                .collect::<Vec<_>>();
            out.date = dates.iter().find(|d| reach.contains(&d.start)).cloned();
        } else if x.lower() == "the" {
            let next = toks.get(since + 2)?;
            let o = find_occasions(a)
                .into_iter()
                .find(|o| o.start == next.start)?;
            out.occasion = Some(o.text);
        } else {
            return None;
        }
    }
    Some((first, since, out))
}

/// The medium of the earlier contact a "first ... since" recalls, from the words between
/// "first" and "since": "first video call" a video call, "first phone call" a call, "first
/// conversation" (silent on the medium) the channel of the contact the sentence reports,
/// any other ("first meeting", "first summit") a meeting in person.
fn since_channel(a: &Analysis, first: usize, since: usize, reported: Channel) -> Channel {
    let words: Vec<String> = a.toks[first + 1..since]
        .iter()
        .filter(|t| t.word)
        .map(|t| t.lower())
        .collect();
    let has = |f: &dyn Fn(&str) -> bool| words.iter().any(|w| f(w));
    if has(&|w| w.starts_with("video") || VIDEO_BEFORE.has(w)) {
        Channel::Video
    } else if has(&|w| CALL_MEDIA.has(w) || w == "call" || w == "calls") {
        Channel::Phone
    } else if has(&|w| SINCE_NEUTRAL_NOUNS.has(w)) {
        reported
    } else {
        Channel::InPerson
    }
}

impl Scan<'_> {
    /// The history a sentence tells of its meeting (the one it told, else the one in
    /// focus): its rank, and the earlier meeting of "first ... since".
    pub(super) fn history(&mut self, si: usize, resolved: &Resolved, touched: &[usize]) {
        let a = &self.analyses[si];
        let meetings = &self.facts.meetings;
        // The news meeting: one this sentence told, else the latest of the same people
        // that is not recalled ("after meeting in Suva a year ago" only recalls one).
        let target = touched
            .iter()
            .copied()
            .find(|&m| !meetings[m].recalled)
            .or_else(|| {
                let f = self.focus?;
                meetings
                    .iter()
                    .rposition(|m| !m.recalled && m.participants == meetings[f].participants)
                    .or(Some(f))
            });
        let Some(target) = target else { return };
        let is_meeting_sentence = !touched.is_empty() || TRIGGER.is_match(a.text);
        if !is_meeting_sentence {
            return;
        }
        if let Some(r) = ranks(a).into_iter().next()
            && self.facts.meetings[target].count.is_none()
        {
            let text = a.text[a.toks[r.first].start..a.toks[r.end - 1].end].to_string();
            let evidence = self.evidence(si);
            self.facts.meetings[target].count = Some(Count {
                n: r.n,
                text,
                evidence,
            });
        }
        if a.text.contains("since") {
            self.since_meeting(si, resolved, target);
        }
        if self.facts.meetings[target]
            .count
            .as_ref()
            .is_some_and(|c| c.n >= 2)
            && let Some(x) = after_earlier(&self.analyses[si], &find_dates(a.text, self.anchor()))
        {
            let recalled = ArticleMeeting {
                participants: self.facts.meetings[target].participants.clone(),
                place: x.place,
                recalled: true,
                ..self.held_mention(si, MeetingKind::Meeting, Channel::InPerson, x.date.as_ref())
            };
            let id = self.add(recalled, si);
            self.last_new = Some(id);
        }
    }

    /// "the first between X and Y since June": a recalled meeting of X and Y (else of the
    /// meeting `target`'s people) with what "since" names.
    fn since_meeting(&mut self, si: usize, resolved: &Resolved, target: usize) {
        let a = &self.analyses[si];
        let dates = find_dates(a.text, self.anchor());
        let Some((first, since, x)) = first_since(a, &dates) else {
            return;
        };
        let toks = &a.toks;
        let between = (first..since).find(|&k| toks[k].word && toks[k].lower() == "between");
        let mut people: Vec<usize> = match between {
            Some(b) => a
                .refs
                .iter()
                .enumerate()
                .filter(|(_, r)| r.t0 > b && r.t1 <= since)
                .flat_map(|(i, _)| resolved[i].iter().copied())
                .collect(),
            None => Vec::new(),
        };
        people.sort_unstable();
        people.dedup();
        if people.len() < 2 {
            people = self.facts.meetings[target].participants.clone();
        }
        let channel = since_channel(a, first, since, self.facts.meetings[target].channel);
        let recalled = ArticleMeeting {
            participants: people,
            place: x.place,
            occasion: x.occasion,
            recalled: true,
            ..self.held_mention(si, MeetingKind::Meeting, channel, x.date.as_ref())
        };
        let id = self.add(recalled, si);
        self.last_new = Some(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rank(s: &str) -> Option<(u32, String)> {
        let a = Analysis::new(s);
        ranks(&a).first().map(|r| {
            (
                r.n,
                s[a.toks[r.first].start..a.toks[r.end - 1].end].to_string(),
            )
        })
    }

    #[test]
    fn ranks_of_meetings() {
        assert_eq!(
            rank("It was the fourth summit between the two presidents this year."),
            Some((
                4,
                "fourth summit between the two presidents this year".into()
            ))
        );
        assert_eq!(
            rank("This is the 2nd time Premier Olsen has met Mr Obi, aides said."),
            Some((2, "2nd time Premier Olsen has met Mr Obi".into()))
        );
        assert_eq!(
            rank("Their first formal meeting took place in Dakar."),
            Some((1, "first formal meeting".into()))
        );
        // The first of a stretch, an occasion's number, a day: no rank.
        for s in [
            "It was their first meeting since the 2019 election.",
            "The talks were the first in more than six months.",
            "This was the first meeting between the two leaders in over six months.",
            "They met in Bali, the first in-person talks between the leaders of the world's two largest economies since they took office.",
            "They met at the 16th Pacific Forum on Monday.",
            "Talks resumed on the second day of the visit.",
        ] {
            assert_eq!(rank(s), None, "{s}");
        }
    }

    #[test]
    fn first_since_names_an_earlier_meeting() {
        let dated = |s: &str| {
            let a = Analysis::new(s);
            let dates = find_dates(s, None);
            first_since(&a, &dates)
                .map(|(_, _, x)| (x.date.map(|d| d.text), x.place.map(|p| p.name), x.occasion))
        };
        assert_eq!(
            dated("It is the first meeting between Mr Obi and Ms Lund since March."),
            Some((Some("March".into()), None, None))
        );
        assert_eq!(
            dated("It was their first meeting since Lisbon in 2017."),
            Some((Some("2017".into()), Some("Lisbon".into()), None))
        );
        assert_eq!(
            dated("It was their first summit since the Pacific Islands Forum."),
            Some((None, None, Some("Pacific Islands Forum".into())))
        );
        for s in [
            "It was their first call since Obi took office in April.",
            "It is his first visit since the 2020 border clash.",
        ] {
            assert!(dated(s).is_none(), "{s}");
        }
    }

    #[test]
    fn the_recalled_contact_keeps_the_medium_its_noun_names() {
        let channel = |s: &str, reported: Channel| {
            let a = Analysis::new(s);
            let (first, since, _) = first_since(&a, &find_dates(s, None)).unwrap();
            since_channel(&a, first, since, reported)
        };
        let phone = Channel::Phone;
        assert_eq!(
            channel(
                "They spoke by phone, their first conversation since May.",
                phone
            ),
            Channel::Phone
        );
        assert_eq!(
            channel(
                "It was the first phone call between the two since 2021.",
                Channel::InPerson
            ),
            Channel::Phone
        );
        assert_eq!(
            channel(
                "It was their first video call since March.",
                Channel::InPerson
            ),
            Channel::Video
        );
        assert_eq!(
            channel(
                "They held talks, their first talks since June.",
                Channel::InPerson
            ),
            Channel::InPerson
        );
        // A meeting noun recalls a meeting in person whatever the news contact was.
        assert_eq!(
            channel(
                "The call came a year after their first meeting since 2019.",
                phone
            ),
            Channel::InPerson
        );
    }
}
