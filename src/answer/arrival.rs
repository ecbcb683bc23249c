//! "When did the oil minister get to Abu Dhabi?", "When is the envoy due in Tokyo?", "When
//! does the premier leave for Oslo?": a question about someone's arrival, departure or trip,
//! not a meeting, is answered by the sentences that name them with a word of arrival (or
//! of setting off) and a time ("Sadeghi arrived last night after a stopover in Muscat"),
//! before any meeting of theirs (which tells when they met, not when they came or went).
//! "Where was she heading after Lima?" asks the trip on: a sentence telling travel to
//! another place ("leaves today for Ottawa"); "Where else was he going on the trip?" one
//! telling travel to a place other than those the conversation told ("flies on to Chile").
//! The words are data (`question_arrival_phrases.txt`, `reader_arrival_words.txt`,
//! `question_departure_phrases.txt`, `reader_departure_words.txt`).

use std::sync::LazyLock;

use crate::lexicon::lists::{
    ANSWER_NEGATIONS, MEETING_CANCELLATIONS, MEETING_DETERMINERS, MEETING_POSTPONEMENTS,
    PLANNED_FAR, PLANNED_MODALS, QUESTION_ARRIVAL_PHRASES, QUESTION_DEPARTURE_PHRASES,
    QUESTION_FUTURE_OPENERS, QUESTION_NEXT_STOP_PHRASES, QUESTION_ORIGIN_PHRASES,
    QUESTION_TRIP_PHRASES, READER_ARRIVAL_WORDS, READER_DEPARTURE_WORDS, READER_LEFT_OPEN_PHRASES,
    READER_TRAVEL_VERBS, READER_TRIP_HEDGES,
};
use crate::model::{FuzzyDate, MeetingFact};

use super::conversation::Topic;
use super::parse::{is_gazetteer_place, is_meet_word};
use super::question::{Kind, Question};
use super::reader::{self, Ask, Cue};
use super::templates::keyword_hits;
use super::text::is_stop;
use super::told::tells_year;
use super::{Answer, AnswerKind, Reply, Turn, text};

/// Paragraphs searched for the words of the question and of its leg.
const LEG_PARAGRAPHS: usize = 12;

/// Which end of a trip a question asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Leg {
    /// "When did she get to Doha?"
    Arrival,
    /// "When does he leave for Oslo?"
    Departure,
}

impl Leg {
    /// The words of a sentence that tell it, as the stem matcher takes them.
    fn words(self) -> &'static [String] {
        match self {
            Leg::Arrival => &ARRIVAL_WORDS,
            Leg::Departure => &DEPARTURE_WORDS,
        }
    }

    /// How an answer read this way opens.
    fn intro(self) -> &'static str {
        match self {
            Leg::Arrival => "The articles tell of the arrival",
            Leg::Departure => "The articles tell of the departure",
        }
    }
}

impl Turn<'_> {
    /// The sentences telling when the person asked about arrives or sets off, for a
    /// when-question about an arrival or a departure; `None` for any other question, when
    /// no sentence tells it, or when `found` tells a dated meeting whose sentence tells it.
    pub(super) fn arrival(&self, found: &Reply) -> Option<Answer> {
        if self.q.kind() != Kind::When {
            return None;
        }
        let leg = asks_leg(self.text)?;
        if dated_leg(found, leg) {
            return None;
        }
        let ask = self.leg_ask(leg.words())?;
        // The question's words and the leg's ("leave for" is asked, "leaves on" told).
        let query = format!(
            "{} {}",
            self.compact_query(self.text, true, true),
            leg.words().join(" ")
        );
        // Every hit's neighbours: a trip is often told just after the paragraph that
        // names the visit.
        let hits = self.retriever.search_any(&query, LEG_PARAGRAPHS);
        let mut p = self
            .read_hits(hits, LEG_PARAGRAPHS, &ask)
            .or_else(|| self.read_corpus(&ask))?;
        p.sentences.retain(|q| reader::tells_time(&q.sentence));
        let first = p.sentences.first()?;
        // "arrived last night": the night before the report, whose date is said.
        let dated = (!p.sentences.iter().any(|q| tells_year(&q.sentence)))
            .then(|| self.published(&first.source.article, first.source.paragraph))
            .flatten();
        let intro = match dated {
            Some(d) => format!(
                "{}; the report it comes from is dated {}. The relevant passage",
                leg.intro(),
                FuzzyDate::day(d).human()
            ),
            None => format!("{}; the relevant passage", leg.intro()),
        };
        Some(p.answer(&intro, self.cfg))
    }
}

impl Turn<'_> {
    /// The question's people with the words of a leg of a trip, one of which a sentence
    /// must hold; `None` when the question names no one.
    fn leg_ask(&self, words: &[String]) -> Option<Ask> {
        let ask = self.ask();
        (!ask.people.is_empty()).then(|| Ask {
            cue: Cue::Words,
            words: words.to_vec(),
            min_words: 1,
            ..ask
        })
    }

    /// "Where had he just come from?": the sentences naming the person asked about with a
    /// word of arrival and "from" ("Akiman, who arrived last night from a meeting with the
    /// premier"), read in the conversation's reports first; `None` for any other question
    /// or when none tells it.
    pub(super) fn origin(&self) -> Option<Answer> {
        if self.q.kind() != Kind::Where || !asks_origin(self.text) {
            return None;
        }
        let ask = Ask {
            all_people: false,
            ..self.leg_ask(&ARRIVAL_WORDS)?
        };
        let from = |s: &str| text::norm_words(s).iter().any(|w| w == "from");
        self.told_in_reports_first(
            &ask,
            from,
            "The articles tell of the arrival; the relevant passage",
        )
    }

    /// The sentences read for `ask` that `tells` holds true of, read in the conversation's
    /// reports when one of theirs does, else in the corpus, answered with `intro`; `None`
    /// when none does.
    fn told_in_reports_first(
        &self,
        ask: &Ask,
        tells: impl Fn(&str) -> bool,
        intro: &str,
    ) -> Option<Answer> {
        let mut p = self
            .read_conversation_articles(ask)
            .filter(|p| p.sentences.iter().any(|q| tells(&q.sentence)))
            .or_else(|| self.read_corpus(ask))?;
        p.sentences.retain(|q| tells(&q.sentence));
        p.sentences.first()?;
        Some(p.answer(intro, self.cfg))
    }
    /// "Where was Rha heading after Washington?", "Where were they going after Britain?":
    /// the sentences naming the person asked about (in the conversation's reports first)
    /// that tell a trip on to a place other than the ones the question names, which are
    /// where they were ("Rha leaves today for Ottawa"); `None` for any other question or
    /// when none tells it, or when `found` is a fact.
    pub(super) fn next_stop(&self, found: &Reply) -> Option<Answer> {
        // A meeting the facts place ("heading to Oslo for talks with Lind") answers, but
        // not "Where else was he going?", which asks past the places told.
        let fact = found.answer.kind == AnswerKind::Fact;
        let other_stops = asks_other_stops(self.text);
        if self.q.kind() != Kind::Where
            || fact && !other_stops
            || !(other_stops || asks_next_stop(self.text))
            || !names_a_traveller(&self.q)
        {
            return None;
        }
        let ask = self.ask();
        // Someone to follow: a person the facts know, or a name they don't.
        if ask.people.is_empty() && ask.proper.is_empty() {
            return None;
        }
        let ask = Ask {
            all_people: false,
            people_required: !ask.people.is_empty(),
            cue: Cue::NextStop,
            words: Vec::new(),
            min_words: 0,
            ..ask
        };
        // Where they were: the places asked, typed as such or as words ("after that
        // washington trade mission").
        let mut origins = self.q.places.clone();
        origins.extend(
            (self.q.keywords.iter())
                .filter(|w| is_gazetteer_place(&text::capitalised(w)))
                .cloned(),
        );
        if other_stops {
            origins.extend(self.places_told(found));
        }
        self.told_in_reports_first(
            &ask,
            |s| reader::goes_on_to(s, &origins),
            "The articles tell of the trip on; the relevant passage",
        )
    }

    /// The places (cities and countries, in lower case) of the meetings `found` tells and
    /// of those the conversation's last answer listed: where the trip has been told to go.
    fn places_told(&self, found: &Reply) -> Vec<String> {
        let mut told: Vec<&MeetingFact> = match &found.topic {
            Topic::Meetings(fs) => fs.clone(),
            _ => Vec::new(),
        };
        told.extend(self.r.recent.iter().filter_map(|&id| self.facts.fact(id)));
        told.iter()
            .filter_map(|f| f.place.as_ref())
            .flat_map(|p| std::iter::once(&p.name).chain(&p.country))
            .map(|n| n.to_lowercase())
            .collect()
    }
}

/// Most words between a word of travel and the place asked in a sentence telling the trip
/// ("will visit the former camp at Auschwitz" is too far; "flies on Monday to Oslo" is not).
const TRIP_REACH: usize = 4;

/// The place a yes/no asks someone goes to ("auschwitz" of "Is Straw going to Auschwitz
/// for the anniversary?") and whether it is asked of what is to come ("is", "will");
/// `None` when the word after the phrase of travel is no place name ("going to meet").
fn trip_asked(question: &str) -> Option<(String, bool)> {
    let words = text::norm_words(question);
    let future = words
        .first()
        .is_some_and(|w| QUESTION_FUTURE_OPENERS.has(w));
    (0..words.len()).find_map(|i| {
        let phrase = QUESTION_TRIP_PHRASES.iter().find(|p| {
            let p: Vec<&str> = p.split(' ').collect();
            words[i..].iter().zip(&p).filter(|(w, t)| w == t).count() == p.len()
                && words.len() > i + p.len()
        })?;
        let place = &words[i + phrase.split(' ').count()];
        let named = place.chars().count() >= 3
            && !is_stop(place)
            && !is_meet_word(place)
            && !place.chars().any(|c| c.is_ascii_digit());
        named.then(|| (place.clone(), future))
    })
}

/// True when `sentence` tells a trip to `place`: a word of travel and, a few words on,
/// the place; a plan ("will visit") only when `future` is asked; never one left unsettled
/// ("a visit has been proposed", "no date has been agreed").
fn tells_trip(sentence: &str, place: &str, future: bool) -> bool {
    let words = text::norm_words(sentence);
    let unsettled = text::has_phrase(&words, &READER_TRIP_HEDGES);
    !unsettled
        && words.iter().enumerate().any(|(i, w)| {
            (READER_TRAVEL_VERBS.has(w) || READER_DEPARTURE_WORDS.has(w))
                && words[i + 1..].iter().take(TRIP_REACH).any(|v| v == place)
                && (future || !(reader::to_come(sentence) || planned_before(&words, i)))
        })
}

/// Words before a word of travel that may call it off ("has cancelled a trip to",
/// "postponed his planned visit to").
const CALL_OFF_REACH: usize = 3;

/// True when `sentence` tells a trip to `place` called off or put off: a word of
/// cancelling or postponing ([`MEETING_CANCELLATIONS`], [`MEETING_POSTPONEMENTS`]) a few
/// words before the word of travel ("Baker has cancelled a trip to Canberra").
fn trip_called_off(sentence: &str, place: &str) -> bool {
    let words = text::norm_words(sentence);
    words.iter().enumerate().any(|(i, w)| {
        READER_TRAVEL_VERBS.has(w)
            && words[i + 1..].iter().take(TRIP_REACH).any(|v| v == place)
            && called_off_before(&words, i)
    })
}

/// True when a word of cancelling or postponing stands at most [`CALL_OFF_REACH`] words
/// before word `i`, only a determiner or a word of plan between ("cancelled a trip",
/// "postponed his planned visit"; not "the vote was cancelled, Okafor flew").
fn called_off_before(words: &[String], i: usize) -> bool {
    let between_ok =
        |v: &String| v == "a" || v == "an" || MEETING_DETERMINERS.has(v) || PLANNED_FAR.has(v);
    (i.saturating_sub(CALL_OFF_REACH)..i).any(|j| {
        (MEETING_CANCELLATIONS.has(&words[j]) || MEETING_POSTPONEMENTS.has(&words[j]))
            && words[j + 1..i].iter().all(between_ok)
    })
}

/// Words from "if" or "whether" to the word of travel ("if he would go to").
const OPEN_REACH: usize = 5;

/// True when `sentence` leaves a trip to `place` open: a phrase of leaving open
/// (`reader_left_open_phrases.txt`), then
/// "if" or "whether", then within [`OPEN_REACH`] words a word of travel with the place
/// after it ("said it was unclear whether he would fly to Oslo"); not a trip told with
/// something else unclear ("flew to Oslo, though it was unclear what he would say").
fn trip_left_open(sentence: &str, place: &str) -> bool {
    let words = text::norm_words(sentence);
    (0..words.len()).any(|i| {
        let open = READER_LEFT_OPEN_PHRASES.iter().any(|p| {
            let p: Vec<&str> = p.split(' ').collect();
            i >= p.len() && words[i - p.len()..i].iter().zip(&p).all(|(w, t)| w == t)
        });
        open && matches!(words[i].as_str(), "if" | "whether")
            && (i + 1..words.len().min(i + 1 + OPEN_REACH)).any(|k| {
                READER_TRAVEL_VERBS.has(&words[k])
                    && words[k + 1..].iter().take(TRIP_REACH).any(|v| v == place)
            })
    })
}

/// Words before a word of travel a plan may stand ("plans a July trip to").
const PLAN_BEFORE_TRIP: usize = 3;

/// True when a word of plan ("plans", "scheduled", "will") stands just before the word of
/// travel at `i`: "he plans a July trip to Beijing" tells a trip to come.
fn planned_before(words: &[String], i: usize) -> bool {
    words[i.saturating_sub(PLAN_BEFORE_TRIP)..i]
        .iter()
        .any(|w| PLANNED_FAR.has(w) || PLANNED_MODALS.has(w))
}

impl Turn<'_> {
    /// "Is Straw going to Auschwitz for the anniversary?", "Did she fly to Oslo?": "Yes" and
    /// the sentence naming the person asked about that tells the trip (a plan when the
    /// question asks of what is to come); "No" and the plan when only a trip to come is
    /// told for a question of what was done ("Has she been to Oslo yet?"); "No" and the
    /// sentence when the best one tells the trip called off ("has cancelled a trip to
    /// Oslo"); `None` for any
    /// other question, for one about a meeting with someone named, or when no sentence
    /// tells it.
    pub(super) fn trip(&self) -> Option<Answer> {
        let named = self.r.people.len() + self.q.unknown_people.len();
        if self.q.kind() != Kind::YesNo || named != 1 {
            return None;
        }
        let (place, future) = trip_asked(self.text)?;
        let ask = Ask {
            cue: Cue::Words,
            words: vec![place.clone()],
            min_words: 1,
            ..self.ask()
        };
        let mut p = self.read_corpus(&ask)?;
        // "Is he going on to Japan?" when the report leaves it open ("it was unclear if
        // he would go to Japan on Friday").
        let open: Vec<_> = (p.sentences.iter())
            .filter(|q| trip_left_open(&q.sentence, &place))
            .cloned()
            .collect();
        p.sentences
            .retain(|q| tells_trip(&q.sentence, &place, true) && !negated(&q.sentence));
        if p.sentences.is_empty() && !open.is_empty() {
            p.sentences = open;
            return Some(p.answer(TRIP_LEFT_OPEN, self.cfg));
        }
        // "Is he still making his trip to Canberra?" when the best sentence calls it off.
        if p.sentences
            .first()
            .is_some_and(|q| trip_called_off(&q.sentence, &place))
        {
            p.sentences.retain(|q| trip_called_off(&q.sentence, &place));
            return Some(p.answer(TRIP_CALLED_OFF, self.cfg));
        }
        p.sentences.first()?;
        if !future {
            let done: Vec<_> = (p.sentences.iter())
                .filter(|q| tells_trip(&q.sentence, &place, false))
                .cloned()
                .collect();
            // "Has she been to Oslo yet?" that only a plan tells ("plans a trip to Oslo").
            if done.is_empty() {
                return Some(p.answer(TRIP_ONLY_PLANNED, self.cfg));
            }
            p.sentences = done;
        }
        Some(p.answer("Yes. The relevant passage", self.cfg))
    }
}

/// How a no opens when the articles tell the trip called off or put off.
const TRIP_CALLED_OFF: &str =
    "No: the articles tell the trip was called off or put off. The relevant passage";

/// How an answer opens when the articles leave the trip open.
const TRIP_LEFT_OPEN: &str = "Not certain: the articles say it was not clear whether the trip would be made. The relevant passage";

/// How a no opens when the articles tell only of a trip to come.
const TRIP_ONLY_PLANNED: &str =
    "No: the articles tell only of a trip planned. The relevant passage";

/// True when a sentence holds a negation ("will not travel", "didn't go";
/// `answer_negations.txt`).
fn negated(sentence: &str) -> bool {
    text::norm_words(sentence)
        .iter()
        .any(|w| ANSWER_NEGATIONS.has(w))
}

/// True when the question names who travels, or points to them ("Where was Rha heading?",
/// "Where were they going?"): "Where are the talks heading?" asks no trip.
fn names_a_traveller(q: &Question) -> bool {
    !q.people.is_empty() || !q.unknown_people.is_empty() || q.pronoun.is_some()
}

/// "Where else was he going on the trip?", "Where else will she visit?": the trip's other
/// stops, asked by "where else" and a word of travel ("Where else did they meet?" asks
/// other meetings).
fn asks_other_stops(question: &str) -> bool {
    let ws = text::norm_words(question);
    ws.windows(2).any(|w| w[0] == "where" && w[1] == "else")
        && ws.iter().any(|w| READER_TRAVEL_VERBS.has(w))
}

/// True when `question` asks where someone went next ([`QUESTION_NEXT_STOP_PHRASES`]).
fn asks_next_stop(question: &str) -> bool {
    text::has_phrase(&text::norm_words(question), &QUESTION_NEXT_STOP_PHRASES)
}

/// True when `found` tells a dated meeting whose own sentence tells the arrival ("arrived
/// in Rabat on Monday and met ...") or the departure: its date is theirs.
fn dated_leg(found: &Reply, leg: Leg) -> bool {
    let Topic::Meetings(told) = &found.topic else {
        return false;
    };
    found.answer.kind == AnswerKind::Fact
        && told.first().is_some_and(|f| {
            f.date.is_some()
                && f.evidence
                    .iter()
                    .any(|e| keyword_hits(&e.sentence, leg.words()) > 0)
        })
}

/// The words of arrival, as the stem matcher takes them.
static ARRIVAL_WORDS: LazyLock<Vec<String>> =
    LazyLock::new(|| READER_ARRIVAL_WORDS.iter().map(|w| w.to_string()).collect());

/// The words of setting off, as the stem matcher takes them.
static DEPARTURE_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    READER_DEPARTURE_WORDS
        .iter()
        .map(|w| w.to_string())
        .collect()
});

/// True when `question` asks where someone came from ([`QUESTION_ORIGIN_PHRASES`]).
fn asks_origin(question: &str) -> bool {
    text::has_phrase(&text::norm_words(question), &QUESTION_ORIGIN_PHRASES)
}

/// The end of a trip `question` asks about: an arrival ("get to", "due in") when it names
/// no meeting, a departure ("leave for", "fly to") whatever the trip is for.
fn asks_leg(question: &str) -> Option<Leg> {
    let words = text::norm_words(question);
    let joined = format!(" {} ", words.join(" "));
    let has = |phrases: &[&str]| phrases.iter().any(|p| joined.contains(&format!(" {p} ")));
    if has(&QUESTION_ARRIVAL_PHRASES) && !words.iter().any(|w| is_meet_word(w)) {
        Some(Leg::Arrival)
    } else if has(&QUESTION_DEPARTURE_PHRASES) {
        Some(Leg::Departure)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_of_arrival_names_no_meeting() {
        let arrival = |q: &str| asks_leg(q) == Some(Leg::Arrival);
        // Must handle: arrivals asked in other words.
        assert!(arrival("When did Sadeghi get to Doha?"));
        assert!(arrival("When is the envoy due in Lima?"));
        // Must not: a question about a meeting, or about something else got.
        assert!(!arrival("When did Sadeghi arrive for talks with Vahedi?"));
        assert!(!arrival("When did Sadeghi get the call?"));
    }

    #[test]
    fn a_yes_no_about_a_trip_is_told_by_a_sentence_of_it() {
        assert_eq!(
            trip_asked("Is Okafor going to Tromso for the festival?"),
            Some(("tromso".to_string(), true))
        );
        assert_eq!(
            trip_asked("Did Lind fly to Oslo after the vote?"),
            Some(("oslo".to_string(), false))
        );
        // Must not: a meeting asked with the same words.
        assert_eq!(trip_asked("Is Okafor going to meet Lind?"), None);
        assert!(tells_trip(
            "Okafor will visit Tromso next week.",
            "tromso",
            true
        ));
        assert!(tells_trip("Lind flew on Sunday to Oslo.", "oslo", false));
        // Must not: a plan for a question of what was done, nor a trip left unsettled.
        assert!(!tells_trip(
            "Lind will travel to Oslo next week.",
            "oslo",
            false
        ));
        // Must not: a trip only planned, told by a plan word before the word of travel.
        let july = "Lind said he plans a July trip to Oslo to discuss the levy.";
        assert!(!tells_trip(july, "oslo", false));
        assert!(tells_trip(july, "oslo", true));
        assert!(!tells_trip(
            "Okafor is scheduled to fly to Oslo.",
            "oslo",
            false
        ));
        let proposed = "A visit by Lind to Oslo has been proposed, but no date is set.";
        assert!(!tells_trip(proposed, "oslo", true));
    }

    #[test]
    fn a_trip_left_open_is_not_certain() {
        assert_eq!(
            trip_asked("Is Okafor going on to Tromso?"),
            Some(("tromso".to_string(), true))
        );
        // Must handle: unclear if, not clear whether, before the word of travel.
        assert!(trip_left_open(
            "Okafor said it was unclear if he would go to Tromso on Friday or fly home.",
            "tromso"
        ));
        assert!(trip_left_open(
            "It is not clear whether Lind will travel to Tromso next week.",
            "tromso"
        ));
        // Must not: a trip told, with something else unclear.
        assert!(!trip_left_open(
            "Okafor flew to Tromso, though it was unclear what he would say there.",
            "tromso"
        ));
    }

    #[test]
    fn a_trip_cancelled_or_put_off_is_a_no_to_going() {
        assert_eq!(
            trip_asked("Is Okafor still making his trip to Tromso in May?"),
            Some(("tromso".to_string(), true))
        );
        // Must handle: a trip cancelled, a visit put off.
        assert!(trip_called_off(
            "Okafor has cancelled a trip to Tromso because of business at home.",
            "tromso"
        ));
        assert!(trip_called_off(
            "The minister postponed his planned visit to Tromso.",
            "tromso"
        ));
        // Must not: a trip made after a meeting was cancelled.
        assert!(!trip_called_off(
            "After the vote was cancelled, Okafor flew to Tromso on Monday.",
            "tromso"
        ));
    }

    #[test]
    fn a_question_of_where_next_asks_the_trip_on() {
        assert!(asks_next_stop("Where was Okafor heading after Lima?"));
        assert!(asks_next_stop(
            "where were they going after the Oslo talks?"
        ));
        // Must not: where a meeting was, or will be held.
        assert!(!asks_next_stop("Where are the talks going to be held?"));
        assert!(!asks_next_stop("Where did Okafor meet Lind?"));
        let lex = super::super::Lexicon::new(&crate::testing::StoreBuilder::new().build());
        let traveller = |q: &str| names_a_traveller(&super::super::parse::parse(q, &lex));
        assert!(traveller("Where was Olu Okafor heading after Lima?"));
        assert!(traveller("Where were they going after Britain?"));
        // Must not: talks going somewhere are no trip.
        assert!(!traveller("Where are the talks heading?"));
        let on = |s: &str| reader::goes_on_to(s, &["lima".to_string()]);
        assert!(on(
            "Okafor leaves today for Ottawa for talks with officials."
        ));
        assert!(on("Lind, who flies to Brussels tomorrow, said little."));
        // Must not: where the trip began, or the place asked as the one left.
        assert!(!on("Okafor flew in from Tokyo for the talks."));
        assert!(!on("Okafor left for Lima on Monday."));
    }

    #[test]
    fn where_else_with_a_word_of_travel_asks_the_other_stops() {
        assert!(asks_other_stops("Where else was he going on the trip?"));
        assert!(asks_other_stops("where else will Okafor visit?"));
        // Must not: other meetings, asked without a word of travel.
        assert!(!asks_other_stops("Where else did they meet?"));
        let on = |s: &str| reader::goes_on_to(s, &["argentina".to_string()]);
        assert!(on(
            "Okafor opened a tour which includes Peru and Chile on Monday."
        ));
        // Must not: a stop already told.
        assert!(!on("Okafor began a tour of Argentina on Monday."));
    }

    #[test]
    fn a_question_of_where_from_asks_the_origin() {
        // Must handle: "come from" and "fly in from", in any tense.
        assert!(asks_origin("Where had he just come from?"));
        assert!(asks_origin("where did the envoy fly in from?"));
        // Must not: where they met, or where someone went.
        assert!(!asks_origin("Where did Sadeghi meet Vahedi?"));
        assert!(!asks_origin("Where did the envoy fly to from Oslo?"));
    }

    #[test]
    fn a_question_of_departure_may_name_the_visit() {
        let departure = |q: &str| asks_leg(q) == Some(Leg::Departure);
        assert!(departure(
            "When does Premier Ruiz leave for his visit to Oslo?"
        ));
        assert!(departure("When did the envoy fly to Lima for talks?"));
        // Must not: something else left, or a meeting asked.
        assert!(!departure("When did Ruiz leave the party?"));
        assert!(!departure("When did Ruiz meet Lind in Oslo?"));
    }
}
