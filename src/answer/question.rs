//! A parsed question: what it asks (the [`Kind`]), about whom, with which counterparts,
//! where and when, and which words point into the conversation. Parsing fills it
//! ([`super::parse`]); the conversation reads its pointers ([`super::conversation`]).

use crate::model::{FuzzyDate, Status};

/// What a question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// When did they meet?
    When,
    /// Where did they meet?
    Where,
    /// Whom did X meet / who attended?
    Who,
    /// Who is X?
    WhoIs,
    /// What did they agree / discuss / sign?
    Agreed,
    /// What did X say / tell Y?
    Said,
    /// How did X describe the meeting?
    Described,
    /// Why was X in Y?
    Why,
    /// How many times did they meet?
    HowMany,
    /// How long did they talk / was the call?
    HowLong,
    /// Did they ...?
    YesNo,
    /// Anything else: answered by quoting the best passage.
    Other,
}

impl Kind {
    /// True for the kinds answered from meeting facts.
    pub(crate) fn is_meeting(self) -> bool {
        !matches!(self, Kind::WhoIs | Kind::Other)
    }
}

/// Which meeting of several is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Order {
    /// No order asked for.
    #[default]
    Any,
    /// last / latest / most recent (held meetings only).
    Last,
    /// first / maiden / earliest.
    First,
}

/// A participant described rather than named: "a Chinese defence minister".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Counterpart {
    /// Country key ("china"), see [`super::countries::country_key`].
    pub(crate) country: Option<&'static str>,
    /// Role words that must all appear in one of the person's roles ("defence", "minister").
    pub(crate) role: Vec<String>,
}

/// Which contact a question asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Contact {
    /// No verb says ("When was that?"): any, in-person meetings first.
    #[default]
    Unstated,
    /// "meet", "hold talks", "visit", "in person": in-person meetings only.
    Meet,
    /// "speak", "talk": any contact, calls included.
    Speak,
    /// "phone call", "by telephone", "video call": calls only.
    Remote,
}

/// Pronouns that point into the conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pronoun {
    /// they / them / their / the two / both.
    They,
    /// he / she / him.
    Single,
}

/// A parsed question.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Question {
    pub(crate) kind: Option<Kind>,
    /// Keys of the people named, in order of appearance.
    pub(crate) people: Vec<String>,
    /// For a person named by words other known people bear too ("Baker"), those others:
    /// the conversation may mean one of them.
    pub(crate) namesakes: Vec<(String, Vec<String>)>,
    /// People the question leaves out ("besides X", "other than X").
    pub(crate) excluded: Vec<String>,
    /// "Who else ...?", "anyone else": people besides those the conversation told of.
    pub(crate) others: bool,
    /// A group met, named by a plural noun of people after the verb of meeting ("meeting
    /// the grain exporters" -> "exporters"): a meeting told must hold it.
    pub(crate) group: Vec<String>,
    /// Words of a thing the question leaves out ("besides the ferry deal"), folded: no
    /// word an answer must hold.
    pub(crate) left_out: Vec<String>,
    /// People the question attributes its facts to ("according to X"): known people's
    /// keys, and unknown full names as typed.
    pub(crate) attributed: Vec<String>,
    /// The speaker of a "what did X say/tell" question.
    pub(crate) speaker: Option<String>,
    /// The speaker of a "what did X say" question when no fact knows X ("What did
    /// Euronext say?"): no participant's quote answers it.
    pub(crate) unknown_speaker: Option<String>,
    /// Capitalised phrases that are not known people, places or countries ("Joe Biden",
    /// "White House"), as written.
    pub(crate) unknown: Vec<String>,
    /// Those unknown phrases that stand where a person does ("meet Macron", "Did Lopez
    /// and ...", "with Tanaka"): they must take part, they are not a place to filter by.
    pub(crate) unknown_people: Vec<String>,
    /// Those unknown phrases that are a city or country of the gazetteer after "in" or
    /// "at" ("Did X meet Y in Lima?"): a yes needs a meeting that mentions them.
    pub(crate) unknown_places: Vec<String>,
    /// Those unknown phrases right after "in" or "at" that the gazetteer does not know
    /// ("the meeting at Knokke-Heist"): where, not who, however name-like.
    pub(crate) unknown_settings: Vec<String>,
    /// Those unknown phrases between "the" and a word in lower case ("the Mary Poppins
    /// musical", "the Camp David talks"): a name that qualifies a thing, no one who met.
    pub(crate) unknown_things: Vec<String>,
    /// Participants described by country and role.
    pub(crate) counterparts: Vec<Counterpart>,
    /// Known places or occasions named (folded).
    pub(crate) places: Vec<String>,
    pub(crate) order: Order,
    /// Which contact counts: an in-person meeting, or any.
    pub(crate) contact: Contact,
    /// The question asks about a meeting not yet held ("expected to", "scheduled").
    pub(crate) planned: bool,
    /// "before that", "previous", "before the Sochi talks".
    pub(crate) previous: bool,
    /// "after that", "afterwards": the next held meeting after the conversation's.
    pub(crate) following: bool,
    /// The date must be compatible with this one ("in April 2023", "on Friday").
    pub(crate) on: Option<FuzzyDate>,
    /// Strictly before this date.
    pub(crate) before: Option<FuzzyDate>,
    /// Strictly after this date.
    pub(crate) after: Option<FuzzyDate>,
    /// "in spring 1987": the first and last month of the season the asked year narrows
    /// to; a meeting dated to a month outside them is not the one asked about.
    pub(crate) season: Option<(i8, i8)>,
    pub(crate) pronoun: Option<Pronoun>,
    /// "that", "that meeting", "there", "the meeting": refers to the last answer's meeting.
    pub(crate) refers_back: bool,
    /// "it", "its": points at what the conversation was about ("Where will it be held?").
    pub(crate) it: bool,
    /// Opens like an elliptic follow-up: "What about X?", "How about ...", "And ...".
    pub(crate) follow_up: bool,
    /// Folded content words that are not names, places or dates.
    pub(crate) keywords: Vec<String>,
    /// The unknown names are the conversation's (carried from an earlier question for
    /// "he", "they", "it"), not typed in this one.
    pub(crate) carried_names: bool,
    /// A country is the question's subject ("When are Japan and France holding their
    /// talks?"): "they" and "their" may be the countries, not the conversation's people.
    pub(crate) countries_act: bool,
    /// "they" are a group the question names before them as its subject ("Where did the
    /// finance ministers meet when they blamed the US?"): no pair to assume.
    pub(crate) group_acts: bool,
    /// The verb a who-question asks about, when it is no word of meeting ("Who chaired
    /// ...?", "Who did Kite ask ...?"): folded.
    pub(crate) verb: Option<String>,
    /// The question speaks of the time, whatever its kind: "Where and when did they
    /// meet?", "What was said when they met?".
    pub(crate) asks_time: bool,
    /// A second question asks what was discussed or agreed: "Who did X meet, and what did
    /// they discuss?".
    pub(crate) asks_topic: bool,
    /// A second question after "and" of another kind: "Where did X go, and how long was
    /// the visit?" (how long), "Who did X meet, and when?" (when).
    pub(crate) second: Option<Kind>,
    /// The name of the occasion a when-question asks the time of, as typed: "G-7" of
    /// "When is the G-7 meeting they were preparing for?".
    pub(crate) named_occasion: Option<String>,
    /// The country the people a who-question asks for are from: "Who else from the
    /// British government did he meet?" (its key).
    pub(crate) from_country: Option<&'static str>,
}

impl Question {
    /// True when unknown phrase `u` stands for a person who took part: said where one
    /// stands, or name-like and not where something happened; not the source a question
    /// cites ("According to Der Spiegel, ...").
    pub(crate) fn person_like(&self, u: &str) -> bool {
        if self.attributed.iter().any(|a| a == u) {
            return false;
        }
        self.unknown_people.iter().any(|p| p == u)
            || crate::answer::select::looks_like_person(u)
                && !self.unknown_settings.iter().any(|p| p == u)
                && !self.unknown_things.iter().any(|p| p == u)
    }

    /// "Was the summit postponed?", "Was it called off?": the fate a question asks of a
    /// meeting, read from its words (a postponement first).
    pub(crate) fn asked_fate(&self) -> Option<Status> {
        super::fate::fate_of(&self.keywords)
    }

    /// "before that" or "after that": a meeting placed against another.
    pub(crate) fn relative(&self) -> bool {
        self.previous || self.following
    }

    /// The kind, `Other` when none was recognised.
    pub(crate) fn kind(&self) -> Kind {
        self.kind.unwrap_or(Kind::Other)
    }

    /// A question of another kind, otherwise the same (to tell a meeting as a when-answer).
    pub(crate) fn as_kind(&self, kind: Kind) -> Question {
        Question {
            kind: Some(kind),
            ..self.clone()
        }
    }
}
