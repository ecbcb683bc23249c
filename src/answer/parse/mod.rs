//! Question parsing: what is asked (the [`Kind`]), about whom (people matched through the
//! [`Lexicon`] of the fact store), with which counterparts ("a Chinese defence minister"),
//! where, and when (last / first / before that / in April 2023 / before 2020 / on
//! Friday). Also notes the pronouns and back-references ("they", "he", "that meeting",
//! "there") that the conversation resolves.
//!
//! Parsing runs in phases over one [`Scan`] of the question, each phase marking the words
//! it used so later phases skip them: known people, known places, dates, counterparts,
//! countries, unknown names, then pointers, time order, keywords and the kind. Any input,
//! however odd, gives a `Question` (never a panic).

mod counterparts;
mod dates;
mod kind;
mod phrasing;
mod unknown;
pub(crate) use kind::{WH_WORDS, takes_part, taking_part_word};
pub(crate) use phrasing::plain_phrasing;
pub(crate) use unknown::{is_gazetteer_place, is_title_word};

#[cfg(test)]
mod tests;

use crate::lexicon::lists::{
    CALL_MEDIA, DETERMINERS, KIND_SAID_PRONOUNS, KIND_WHAT_ABOUT, KIND_WHERE_NOUNS, KIND_WHY,
    KIND_YES_NO, MEETING_CANCELLATIONS, MEETING_DETERMINERS, MEETING_POSTPONEMENTS, OCCASION_HEADS,
    PERSON_NOUNS, QUESTION_ACTING_GROUPS, QUESTION_AGENT_SUFFIXES, QUESTION_ASKED_VERBS,
    QUESTION_ATTRIBUTING, QUESTION_BACK_REFERENCES, QUESTION_CALL_WORDS, QUESTION_EXCLUDING,
    QUESTION_FIRST, QUESTION_FIRST_IDIOMS, QUESTION_FOLLOW_UP_OPENERS, QUESTION_FOLLOWING,
    QUESTION_GENERIC_OCCASION_WORDS, QUESTION_GROUP_DETERMINERS, QUESTION_GROUP_NOUNS,
    QUESTION_IN_PERSON_PHRASES, QUESTION_IN_PERSON_WORDS, QUESTION_IT, QUESTION_LAST,
    QUESTION_MEET_WORDS, QUESTION_NAME_LINKS, QUESTION_ORGANISATION_HEADS,
    QUESTION_OTHERS_BEFORE_ELSE, QUESTION_PLANNED_WORDS, QUESTION_PREVIOUS,
    QUESTION_SETTING_OPENERS, QUESTION_SINGLE, QUESTION_SINGLE_POSSESSIVE, QUESTION_SPEAK_WORDS,
    QUESTION_STATE_NOUNS, QUESTION_SUBJECT_AUXILIARIES, QUESTION_THEY, QUESTION_TOPIC_WORDS,
    QUESTION_TRIP_NOUNS, QUESTION_VERB_ADVERBS, QUESTION_VERB_PARTICLES, READER_ATTENDANCE_WORDS,
    READER_TRAVEL_VERBS, TRIGGER_HOST_VERBS,
};

use super::countries::{country_at, is_demonym};
use super::lexicon::{Lexicon, NameMatch};
use super::question::{Contact, Kind, Order, Pronoun, Question};
use super::text::{self, Word, fold, is_stop};

/// Longest question read, in characters: nobody asks a 4,000-character question, and the
/// cap bounds the work on absurd input.
const MAX_QUESTION_CHARS: usize = 600;

/// Shortest keyword, in characters: two-letter words ("eu", "ok") say too little to quote
/// a passage by.
const MIN_KEYWORD_CHARS: usize = 3;

/// True for the verbs and nouns of meeting ("met", "talks", "hosted").
pub(crate) fn is_meet_word(w: &str) -> bool {
    QUESTION_MEET_WORDS.has(w)
}

/// Parses `question` against the people, places and occasions of a fact store's lexicon.
pub(crate) fn parse(question: &str, lex: &Lexicon) -> Question {
    let mut s = Scan::new(after_openers(cut(question, MAX_QUESTION_CHARS)));
    let mut q = Question::default();
    people(&mut s, lex, &mut q);
    excluded_matter(&mut s, &mut q);
    places(&mut s, lex, &mut q);
    dates::parse_dates(&mut s, &mut q);
    unknown::titled_in_lower_case(&mut s, lex, &mut q);
    unknown::places_in_lower_case(&mut s, &mut q);
    counterparts::parse_counterparts(&mut s, &mut q);
    countries(&mut s, &mut q);
    unknown::unknown_names(&mut s, &mut q);
    pointers(&s, &mut q);
    time_order(&s, &mut q);
    contact(&mut s, &mut q);
    keywords(&s, &mut q);
    q.group = groups_met(&s);
    q.verb = asked_verb(&s).or_else(|| yes_no_verb(&s));
    q.others = asks_others(&s);
    let asked = s.question_sentence().or_else(|| s.question_proper());
    let asked = asked.as_ref().unwrap_or(&s);
    // "X said he'd raise it - when is he meeting them?": the question proper tells.
    q.planned = q.planned || asks_to_come(asked);
    q.kind = Some(kind::classify(asked, &mut q));
    q.asks_time = kind::asks_time(asked);
    q.asks_topic = kind::asks_topic(&s);
    q.second = kind::second_kind(&s).filter(|k| q.kind != Some(*k));
    q.named_occasion = kind::named_occasion(s.text);
    q.from_country = from_country(&s);
    if q.kind == Some(Kind::Why) {
        let asking = why_phrase_words(&asked.lower);
        q.keywords.retain(|k| !asking.contains(&k.as_str()));
    }
    q
}

/// "Who else from the British government ...?", "Which officials from Japan ...?": the
/// country after "from" (or "from the") in a who- or which-question.
fn from_country(s: &Scan) -> Option<&'static str> {
    if !matches!(s.first(), "who" | "which") {
        return None;
    }
    (1..s.norm.len()).find_map(|i| {
        let from =
            s.norm[i - 1] == "from" || s.norm[i - 1] == "the" && i > 1 && s.norm[i - 2] == "from";
        from.then(|| country_at(&s.norm, i).map(|c| c.0)).flatten()
    })
}

/// "What had brought him here?": the words of the phrase asking why (`kind_why.txt`) in
/// a question folded to `lower`, which are no topic.
pub(crate) fn why_phrase_words(lower: &str) -> Vec<&'static str> {
    let mut words: Vec<&'static str> = KIND_WHY
        .iter()
        .filter(|p| p.contains(' ') && lower.contains(*p))
        .flat_map(|p| p.split(' '))
        .collect();
    words.extend(kind::cause_verb(&text::norm_words(lower)));
    words
}

/// The question's words, folded, with the words earlier phases used up.
pub(super) struct Scan<'q> {
    /// The question as typed (cut to [`MAX_QUESTION_CHARS`]).
    text: &'q str,
    ws: Vec<Word>,
    /// The folded words (as `ws[k].norm`).
    norm: Vec<String>,
    /// The whole question, folded.
    lower: String,
    used: Vec<bool>,
}

impl<'q> Scan<'q> {
    fn new(text: &'q str) -> Scan<'q> {
        let ws = text::words(text);
        Scan {
            text,
            norm: ws.iter().map(|w| w.norm.clone()).collect(),
            lower: fold(text),
            used: vec![false; ws.len()],
            ws,
        }
    }

    /// Marks `len` words from `start` as used.
    fn mark(&mut self, start: usize, len: usize) {
        for u in self.used.iter_mut().skip(start).take(len) {
            *u = true;
        }
    }

    /// True when the question has the word `w`.
    fn has(&self, w: &str) -> bool {
        self.norm.iter().any(|x| x == w)
    }

    /// True when the question has one of the entries: a word as a word, a phrase (with a
    /// space) anywhere in the folded question.
    fn cue(&self, entries: &[&str]) -> bool {
        entries.iter().any(|e| {
            if e.contains(' ') {
                self.lower.contains(e)
            } else {
                self.has(e)
            }
        })
    }

    /// True when the folded question starts with one of the entries.
    fn opens_with(&self, entries: &[&str]) -> bool {
        entries.iter().any(|e| self.lower.starts_with(e))
    }

    /// The word the question proper starts at: after a preamble that leaves someone out
    /// or cites someone ("Besides Cossa, who ...", "Apart from X, which ..."), or that
    /// sets the time or scene before a question word ("After the crash, who ..."), else 0.
    fn after_preamble(&self) -> usize {
        let opens = self.opens_with(&QUESTION_EXCLUDING) || self.opens_with(&QUESTION_ATTRIBUTING);
        let setting = QUESTION_SETTING_OPENERS.has(self.first());
        let Some(c) = self.text.find(',') else {
            return 0;
        };
        let at = self.ws.iter().position(|w| w.start > c).unwrap_or(0);
        let asks = |w: &String| kind::WH_WORDS.contains(&w.as_str()) || KIND_YES_NO.has(w);
        if opens || setting && self.norm.get(at).is_some_and(asks) {
            at
        } else {
            0
        }
    }

    /// The closing question after a statement that sets the scene ("X held talks with Y
    /// on Friday. What did X say afterwards?"): its own scan, with the words earlier
    /// phases used, so that the kind is read from it alone. `None` when the question is
    /// one sentence, or its last sentence opens with no question word ("... in St.
    /// Petersburg?").
    fn question_sentence(&self) -> Option<Scan<'q>> {
        if !self.text.trim_end().ends_with('?') {
            return None;
        }
        // "X said he'd raise it - when is he meeting them?": a dash between spaces
        // ends the statement too.
        let stop = self.text.rfind(['.', '!', ';']);
        // The cut is the last byte of the dash: the rest starts after it.
        let dash = text::last_spaced_dash(self.text).map(|(_, end)| end - 1);
        let cut = stop.into_iter().chain(dash).max()?;
        self.asked_from(cut)
    }

    /// The question proper after a preamble that cites or leaves someone out ("According
    /// to Ms Okafor, how long did the talks last?"): its own scan, so that the kind is read
    /// from "how long ...". `None` without such a preamble.
    fn question_proper(&self) -> Option<Scan<'q>> {
        if self.after_preamble() == 0 {
            return None;
        }
        self.asked_from(self.text.find(',')?)
    }

    /// The scan of the text after byte `cut` (a stop or the preamble's comma), when it
    /// opens with a question word, with the words earlier phases used.
    fn asked_from(&self, cut: usize) -> Option<Scan<'q>> {
        let rest = &self.text[cut + 1..];
        let first = self.ws.iter().position(|w| w.start > cut)?;
        let opener = &self.norm[first];
        let asks = kind::WH_WORDS.contains(&opener.as_str()) || KIND_YES_NO.has(opener);
        if !asks || !rest.starts_with(char::is_whitespace) {
            return None;
        }
        let mut asked = Scan::new(rest);
        if asked.ws.len() != self.ws.len() - first {
            return None;
        }
        asked.used = self.used[first..].to_vec();
        Some(asked)
    }

    /// The first folded word ("" for none).
    fn first(&self) -> &str {
        self.norm.first().map(String::as_str).unwrap_or("")
    }

    /// The word as typed.
    fn original(&self, k: usize) -> &'q str {
        let rest = &self.text[self.ws[k].start..];
        let end = rest
            .char_indices()
            .find(|(_, c)| !c.is_alphanumeric())
            .map(|(i, _)| i)
            .unwrap_or(rest.len());
        &rest[..end]
    }
}

/// Known people: named, left out ("besides X") or cited ("according to X").
fn people(s: &mut Scan, lex: &Lexicon, q: &mut Question) {
    for m in lex.find_people(&s.ws) {
        if names_institution(s, &m) {
            continue;
        }
        s.mark(m.start, m.len);
        if preceded_by(s, &m, &QUESTION_EXCLUDING) {
            push_unique(&mut q.excluded, &m.key);
        } else if preceded_by(s, &m, &QUESTION_ATTRIBUTING) {
            push_unique(&mut q.attributed, &m.key);
        } else {
            push_unique(&mut q.people, &m.key);
        }
        if !m.namesakes.is_empty() {
            q.namesakes.push((m.key, m.namesakes));
        }
    }
}

/// True when a one-word name opens the name of an institution or an occasion ("Which
/// World Bank official ...?", "at the World Economic Forum" are about no one called
/// World): a capitalised head of such a name follows it.
fn names_institution(s: &Scan, m: &NameMatch) -> bool {
    let head = |w: &Word| QUESTION_ORGANISATION_HEADS.has(&w.norm) || OCCASION_HEADS.has(&w.norm);
    m.len == 1 && capitalised_head_from(s, m.start + 1, head)
}

/// True when one of the capitalised words from `k` (up to [`INSTITUTION_REACH`]) is a
/// `head` of a name.
fn capitalised_head_from(s: &Scan, k: usize, head: impl Fn(&Word) -> bool) -> bool {
    (s.ws.iter().skip(k))
        .take(INSTITUTION_REACH)
        .take_while(|w| w.capital)
        .any(head)
}

/// True when the capitalised words from `k` end in the head of an institution's name: the
/// town or country before them opens that name ("the London Stock Exchange", "the Tokyo Stock
/// Exchange"), no place of meeting.
fn opens_institution(s: &Scan, place: &[&str], k: usize) -> bool {
    let typed: Vec<String> = place.iter().map(|w| text::capitalised(w)).collect();
    is_gazetteer_place(&typed.join(" "))
        && capitalised_head_from(s, k, |w| QUESTION_ORGANISATION_HEADS.has(&w.norm))
}

/// Capitalised words after a one-word name where the head of an institution's or an
/// occasion's name may stand ("World Economic Forum").
const INSTITUTION_REACH: usize = 3;

/// "What else did they agree besides the Srinagar-Muzaffarabad bus?": the thing left out
/// is no name, place or word the answer must hold. Marks the words of the phrase after an
/// excluding word ("besides", "apart from"), up to the first function word after it.
fn excluded_matter(s: &mut Scan, q: &mut Question) {
    let n = s.norm.len();
    let Some(after) = (0..n).find_map(|k| {
        let pair = s.norm.get(k + 1).map(|w| format!("{} {w}", s.norm[k]));
        if pair.is_some_and(|p| QUESTION_EXCLUDING.has(&p)) {
            Some(k + 2)
        } else {
            QUESTION_EXCLUDING.has(&s.norm[k]).then_some(k + 1)
        }
    }) else {
        return;
    };
    let mut k = after;
    while k < n && DETERMINERS.has(&s.norm[k]) {
        k += 1;
    }
    // "besides Xu Lan": a person, left out by `people`.
    while k < n && !is_stop(&s.norm[k]) && !s.used[k] {
        s.used[k] = true;
        q.left_out.push(s.norm[k].clone());
        k += 1;
    }
}

/// True when one of the entries (a word or a two-word phrase) stands right before the name.
fn preceded_by(s: &Scan, m: &NameMatch, entries: &[&str]) -> bool {
    let norm = &s.norm;
    m.start >= 1 && entries.contains(&norm[m.start - 1].as_str())
        || m.start >= 2
            && entries.contains(&format!("{} {}", norm[m.start - 2], norm[m.start - 1]).as_str())
}

/// Places and occasions the corpus knows.
fn places(s: &mut Scan, lex: &Lexicon, q: &mut Question) {
    for phrase in lex.places() {
        let pw: Vec<&str> = phrase.split(' ').collect();
        // "Iran's oil minister" is a person (a counterpart), not a place; a country is
        // still a place after the counterparts are read ("Iran's capital").
        if let Some(i) = text::find_words(&s.norm, &pw)
            && !s.used[i..i + pw.len()].iter().any(|u| *u)
            && s.norm.get(i + pw.len()).is_none_or(|w| w != "s")
            && !acts(s, i, pw.len(), q)
            && !fixture_side(s, i, pw.len())
            && !ends_a_name(s, i)
            && !everyday_word(s, lex, i, pw.len())
            && !in_topic(s, i)
            && !opens_institution(s, &pw, i + pw.len())
            && !(pw.len() == 1 && inside_a_name(s, lex, i))
        {
            s.mark(i, pw.len());
            push_unique(&mut q.places, phrase);
        }
    }
}

/// True when the one word at `i`, a place or occasion word the corpus knows but the
/// gazetteer does not ("Fund", "International" of some report's occasion), is typed inside
/// a run of capitalised words of which another is no such word ("Brown's International
/// Finance Facility", "the Global Trade Fund"): a word of that name, no place. "the
/// Nordic Trade Committee" is still the occasion's: its other words are the occasion's
/// words or heads.
fn inside_a_name(s: &Scan, lex: &Lexicon, i: usize) -> bool {
    if !s.ws[i].capital || is_gazetteer_place(&text::capitalised(&s.norm[i])) {
        return false;
    }
    // The question's first word is capitalised as any sentence opens: no part of a name.
    let mut start = i;
    while start > 1 && s.ws[start - 1].capital && s.ws[start].joined {
        start -= 1;
    }
    let mut end = i + 1;
    while end < s.ws.len() && s.ws[end].capital && s.ws[end].joined {
        end += 1;
    }
    (start..end).any(|k| k != i && !of_an_occasion(lex, &s.norm[k]))
}

/// True for a word a known occasion's name may hold besides its own: a place or
/// occasion word the corpus knows, a generic word or head of occasions, a month or a
/// weekday ("the Trade Committee Monday").
fn of_an_occasion(lex: &Lexicon, w: &str) -> bool {
    lex.places().iter().any(|p| p == w)
        || QUESTION_GENERIC_OCCASION_WORDS.has(w)
        || OCCASION_HEADS.has(w)
        || super::lexicon::is_calendar_word(w)
}

/// "Who did trade minister X meet?": a word of an occasion's name ("Nordic Trade
/// Committee") typed in lower case, that the corpus uses every day, and that the gazetteer
/// knows as no place, is the everyday word.
fn everyday_word(s: &Scan, lex: &Lexicon, i: usize, len: usize) -> bool {
    len == 1 && !s.ws[i].capital && lex.everyday(&s.norm[i]) && !is_gazetteer_place(&s.norm[i])
}

/// Words before a country that make it what is talked about, not where.
const TOPIC_PREPOSITIONS: [&str; 3] = ["about", "regarding", "concerning"];

/// Words before a place, within what is talked about, that still make it where ("what did
/// they talk about in Paris?").
const WHERE_PREPOSITIONS: [&str; 2] = ["in", "at"];

/// True when word `i` stands in what is talked about: after "about" ("to talk about
/// Turkey", "tell him about Japan giving loans to Poland"), not right after "in" or "at".
fn in_topic(s: &Scan, i: usize) -> bool {
    let Some(about) = s.norm[..i]
        .iter()
        .rposition(|w| TOPIC_PREPOSITIONS.contains(&w.as_str()))
    else {
        return false;
    };
    about + 1 == i || i > 0 && !WHERE_PREPOSITIONS.contains(&s.norm[i - 1].as_str())
}

/// Countries not part of a counterpart: a country name ("Laos") places, a bare demonym
/// ("Indian") only describes; after "about" ("to talk about Turkey") it is a topic.
fn countries(s: &mut Scan, q: &mut Question) {
    let mut i = 0;
    while i < s.norm.len() {
        if !s.used[i]
            && let Some((key, len)) = country_at(&s.norm, i)
        {
            // "to talk about Turkey": the country is the topic, a word of the question;
            // "Has New Zealand held talks?": the one acting.
            // A demonym in it still tells whose ("about the Dutch rebate").
            let name = !is_demonym(&s.norm[i..i + len].join(" "));
            let topic = i > 0 && TOPIC_PREPOSITIONS.contains(&s.norm[i - 1].as_str());
            if topic && !name {
                // "about Japanese microchips": a word of the topic, never a person's name.
                let phrase = s.norm[i..i + len].join(" ");
                s.mark(i, len);
                push_unique(&mut q.keywords, &phrase);
                i += len;
                continue;
            }
            if topic
                || name && in_topic(s, i)
                || acts(s, i, len, q)
                || owns(s, i + len)
                || fixture_side(s, i, len)
                || ends_a_name(s, i)
                || opens_a_body(s, i, len)
            {
                i += len;
                continue;
            }
            s.mark(i, len);
            let phrase = s.norm[i..i + len].join(" ");
            // "In which German city ...?": a demonym before a noun of place places too.
            let of_place = s.norm.get(i + len).is_some_and(|w| is_place_noun(w));
            // "in the UAE" places; "us" typed in lower case is the pronoun, and "his visit
            // to Britain" may ask where in it.
            let alias = !is_demonym(&phrase) && s.ws[i].capital && placed_in(s, i);
            if key == phrase || alias || of_place {
                push_unique(&mut q.places, key);
            } else if is_demonym(&phrase)
                && s.norm
                    .get(i + len)
                    .is_some_and(|w| QUESTION_STATE_NOUNS.has(w))
            {
                // "talks with the Indian government": whose side it is, a word its
                // sentence repeats, though no place.
                push_unique(&mut q.keywords, &phrase);
            }
            i += len;
            continue;
        }
        i += 1;
    }
}

/// True when "in" or "at" (and perhaps "the") stands before the word at `i`.
fn placed_in(s: &Scan, i: usize) -> bool {
    let before = |k: usize| {
        i.checked_sub(k)
            .and_then(|j| s.norm.get(j))
            .map(String::as_str)
    };
    matches!(before(1), Some("in" | "at"))
        || before(1) == Some("the") && matches!(before(2), Some("in" | "at"))
}

/// True when a possessive at `end` makes the country before it an owner, not a place:
/// "Iran's charge d'affaires", "Kuwait's foreign ministry" (but "Iran's capital" places).
fn owns(s: &Scan, end: usize) -> bool {
    s.norm.get(end).is_some_and(|w| w == "s")
        && !(s.norm.get(end + 1)).is_some_and(|w| is_place_noun(w))
}

/// Words between the two sides of a match ("France v Scotland").
const FIXTURE_LINKS: [&str; 3] = ["v", "vs", "versus"];

/// True when the place at `i` ends the name of a body after "of" or "de" and a
/// capitalised word ("La Electricidad de Caracas", "the Bank of Japan governor"): no place
/// of a meeting ("the city of Lyon" still is one).
fn ends_a_name(s: &Scan, i: usize) -> bool {
    i >= 2 && QUESTION_NAME_LINKS.has(&s.norm[i - 1]) && s.ws[i - 2].capital
}

/// True when the country or demonym of `len` words at `i` opens the name of a body
/// ("the African Development Bank", "the European Central Bank"): the whole name is asked
/// about, not the country ("Development Bank" alone is the Asian one too).
fn opens_a_body(s: &Scan, i: usize, len: usize) -> bool {
    s.ws[i].capital
        && capitalised_head_from(s, i + len, |w| QUESTION_ORGANISATION_HEADS.has(&w.norm))
}

/// True when the `len` words at `i` are a side of a match ("after the France v Scotland
/// game"): a team, no place.
fn fixture_side(s: &Scan, i: usize, len: usize) -> bool {
    let link = |k: usize| {
        s.norm
            .get(k)
            .is_some_and(|w| FIXTURE_LINKS.contains(&w.as_str()))
    };
    link(i + len) || i > 0 && link(i - 1)
}

/// True when the `len` words at `i` (a country or a known place) are the one acting: the
/// question's subject ([`in_subject`]) or right before an auxiliary or modal ("So Japan
/// would resume lending?"), unless a verb of hosting follows ("Did Laos host the summit?"
/// asks where). Notes on `q` that a country acts: "their" may then be those countries.
fn acts(s: &Scan, i: usize, len: usize, q: &mut Question) -> bool {
    let next = s.norm.get(i + len).map(String::as_str).unwrap_or("");
    let hosts = next == "host" || TRIGGER_HOST_VERBS.has(next);
    let acting = (in_subject(s, i, len) || QUESTION_SUBJECT_AUXILIARIES.has(next)) && !hosts;
    q.countries_act |= acting;
    acting
}

/// True when the `len` words at `i` are the question's subject: right after the
/// auxiliary that opens it ("Has Norway ..."), or one of two countries joined by "and"
/// there or after a question word ("When are Japan and France holding talks?"). After a
/// form of "be" only when a verb in "-ing" follows ("Was Paris the first stop?" asks about
/// Paris).
fn in_subject(s: &Scan, i: usize, len: usize) -> bool {
    let n = &s.norm;
    let aux_at = |k: usize| {
        n.get(k).filter(|w| {
            QUESTION_SUBJECT_AUXILIARIES.has(w.as_str()) || BE_OR_DO.contains(&w.as_str())
        })
    };
    let wh = n
        .first()
        .is_some_and(|w| kind::WH_WORDS.contains(&w.as_str()));
    let (start, aux) = match (aux_at(0), aux_at(1)) {
        (Some(a), _) => (1, a),
        (None, Some(a)) if wh => (2, a),
        _ => return false,
    };
    let first = country_at(n, start).map_or(len, |(_, l)| l);
    let second = (n.get(start + first).is_some_and(|w| w == "and"))
        .then(|| country_at(n, start + first + 1).map(|(_, l)| (start + first + 1, l)))
        .flatten();
    // After a question word only two countries joined are sure to be the subject
    // ("When did Japan ..." may still ask about a meeting in Japan).
    let joined = second.is_some_and(|(j, _)| j == i) || second.is_some() && i == start;
    let at_subject = joined || i == start && (!wh || acts_otherwise(n, start + first));
    let end = second.map_or(start + first, |(j, l)| j + l);
    let be = BE_FORMS.contains(&aux.as_str());
    at_subject && (!be || n.get(end).is_some_and(|w| w.ends_with("ing")))
}

/// Adverbs that may stand between a subject and its verb ("When had Brazil first asked
/// ...?").
const SUBJECT_ADVERBS: [&str; 5] = ["first", "last", "also", "ever", "already"];

/// True when the word at `k` (after adverbs) is a verb that is no meeting: "When had
/// Brazil first asked for the credit?" makes Brazil the one asking, while "When did Japan
/// host ...?" and "When did Japan meet ...?" may ask about a meeting there.
fn acts_otherwise(n: &[String], k: usize) -> bool {
    let verb = n[k.min(n.len())..]
        .iter()
        .find(|w| !SUBJECT_ADVERBS.contains(&w.as_str()));
    verb.is_some_and(|v| {
        (v.ends_with("ed") || QUESTION_ASKED_VERBS.has(v))
            && !is_meet_word(v)
            && !TRIGGER_HOST_VERBS.has(v)
    })
}

/// Auxiliaries besides [`QUESTION_SUBJECT_AUXILIARIES`] a subject may follow.
const BE_OR_DO: [&str; 5] = ["do", "is", "are", "was", "were"];

/// The forms of "be" among them: a subject after one acts only in "-ing".
const BE_FORMS: [&str; 4] = ["is", "are", "was", "were"];

/// Pronouns, back-references and a follow-up opening: what the conversation resolves.
fn pointers(s: &Scan, q: &mut Question) {
    q.group_acts = they_named_before(s) || named_before_they(s, q);
    if s.cue(&QUESTION_THEY) {
        q.pronoun = Some(Pronoun::They);
    } else if s.cue(&QUESTION_SINGLE) || (q.people.is_empty() && s.cue(&QUESTION_SINGLE_POSSESSIVE))
    {
        q.pronoun = Some(Pronoun::Single);
    }
    q.refers_back = s.cue(&QUESTION_BACK_REFERENCES);
    q.it = s.cue(&QUESTION_IT);
    q.follow_up = s.opens_with(&KIND_WHAT_ABOUT) || s.lower.starts_with("and ");
}

/// "Where did the finance ministers meet when they blamed the US?": "they" are the group
/// the question names before them as its subject (before any word of meeting), not a
/// pair the conversation has to assume. "After talks with the exporters, where did they
/// go?" still points back.
fn they_named_before(s: &Scan) -> bool {
    let Some(at) = (s.norm.iter()).position(|w| matches!(w.as_str(), "they" | "them" | "their"))
    else {
        return false;
    };
    let meet = s.norm.iter().position(|w| is_meet_word(w)).unwrap_or(at);
    (s.norm[..at.min(meet)].iter()).any(|w| is_group_noun(w) || QUESTION_ACTING_GROUPS.has(w))
}

/// "Why did the US go to the WTO - hadn't the two sides talked?": a capitalised word
/// before "they" (or "the two", "both") that is no person, place, date or sentence's
/// first word names who "they" are, however the facts know them; no pair the corpus
/// met lately is assumed.
fn named_before_they(s: &Scan, q: &Question) -> bool {
    let pronoun =
        (s.norm.iter()).position(|w| matches!(w.as_str(), "they" | "them" | "their" | "both"));
    let two = (s.norm.windows(2)).position(|w| w[0] == "the" && w[1] == "two");
    let Some(at) = pronoun.into_iter().chain(two).min() else {
        return false;
    };
    (1..at).any(|i| {
        let w = &s.ws[i];
        let sentence_start = s.text[..w.start].trim_end().ends_with(['.', '?', '!']);
        w.capital
            && !sentence_start
            && w.norm != "i"
            && !super::lexicon::is_calendar_word(&w.norm)
            && !q.places.iter().any(|p| p.split(' ').any(|t| t == w.norm))
    })
}

/// Words after a verb of meeting that may stand before the group met ("the", "its",
/// "bank" in "meet its bank creditors").
const GROUP_REACH: usize = 3;

/// "meeting the grain exporters", "met union leaders": plural nouns of people within
/// [`GROUP_REACH`] words after a verb of meeting, before any capitalised word.
fn groups_met(s: &Scan) -> Vec<String> {
    // "talks on border matters": a preposition ends the object.
    let before_group = |w: &str| QUESTION_GROUP_DETERMINERS.has(w) || !is_stop(w);
    let mut found = Vec::new();
    for k in 0..s.norm.len() {
        if !is_meet_word(&s.norm[k]) {
            continue;
        }
        // "talks with the creditor banks", "met with union leaders": the group follows.
        let k = if s.norm.get(k + 1).is_some_and(|w| w == "with") {
            k + 1
        } else {
            k
        };
        let mut after = (k + 1..s.norm.len().min(k + 1 + GROUP_REACH))
            .take_while(|&j| !s.used[j] && !s.ws[j].capital && before_group(&s.norm[j]));
        if let Some(j) = after.find(|&j| is_group_noun(&s.norm[j])) {
            push_unique(&mut found, &s.norm[j]);
        }
    }
    found
}

/// A plural noun of people: of a title ("ministers"), of a listed group ("officials"), or
/// an agent noun ("exporters", "creditors", "economists").
pub(super) fn is_group_noun(w: &str) -> bool {
    let Some(one) = w.strip_suffix('s') else {
        return false;
    };
    one.chars().count() >= MIN_GROUP_NOUN_CHARS
        && !is_stop(w)
        && (PERSON_NOUNS.has(one)
            || QUESTION_GROUP_NOUNS.has(w)
            || QUESTION_AGENT_SUFFIXES.iter().any(|x| one.ends_with(x)))
}

/// Shortest singular of a group noun ("aide"; "eras" is none).
const MIN_GROUP_NOUN_CHARS: usize = 4;

/// Last, first, or an earlier meeting.
fn time_order(s: &Scan, q: &mut Question) {
    if s.cue(&QUESTION_LAST) {
        q.order = Order::Last;
    }
    if s.cue(&QUESTION_FIRST) && !s.cue(&QUESTION_FIRST_IDIOMS) {
        q.order = Order::First;
    }
    let doing = before_doing(s);
    if q.before.is_none() && s.cue(&QUESTION_PREVIOUS) && !doing {
        q.previous = true;
    }
    // "... before heading to Moscow": the act's place is not the meeting's.
    if doing && let Some(at) = s.lower.find("before").or_else(|| s.lower.find("prior to")) {
        let after = |p: &String| s.lower[at..].contains(&p.to_lowercase());
        q.places.retain(|p| !after(p));
        let (gone, kept): (Vec<String>, Vec<String>) =
            q.unknown_places.drain(..).partition(|p| after(p));
        q.unknown_places = kept;
        q.unknown.retain(|u| !gone.contains(u));
    }
    if !q.previous && q.after.is_none() && s.cue(&QUESTION_FOLLOWING) {
        q.following = true;
    }
}

/// "Who did he meet before heading to Moscow?": "before" (or "prior to") followed by what
/// the person did, a verb in "-ing" that is no word of meeting, places the meeting before
/// that act; it asks for no earlier meeting ("before meeting Obi", "before that" do).
fn before_doing(s: &Scan) -> bool {
    let n = &s.norm;
    let doing = |w: &String| w.len() > MIN_GERUND_CHARS && w.ends_with("ing") && !is_meet_word(w);
    let at: Vec<usize> = (0..n.len())
        .filter(|&i| n[i] == "before" || (n[i] == "to" && i > 0 && n[i - 1] == "prior"))
        .collect();
    let others = QUESTION_PREVIOUS
        .iter()
        .filter(|e| !matches!(**e, "before" | "prior to"))
        .any(|e| s.cue(&[e]));
    !at.is_empty() && !others && at.iter().all(|&i| n.get(i + 1).is_some_and(doing))
}

/// Letters a verb in "-ing" has beyond the shortest ("going"): "thing" and "king" are none.
const MIN_GERUND_CHARS: usize = 4;

/// Which contact is asked about, and whether it is one not yet held. "Speak", "talk" or
/// "call" allow calls, unless "in person" or "face to face" says otherwise; "meet",
/// "talks", "visit" ask for an in-person meeting.
fn contact(s: &mut Scan, q: &mut Question) {
    in_person_used(s);
    let speak = s.norm.iter().any(|w| QUESTION_SPEAK_WORDS.has(w));
    let in_person = s.norm.iter().any(|w| QUESTION_IN_PERSON_WORDS.has(w));
    let meet = s
        .norm
        .iter()
        .any(|w| is_meet_word(w) && !QUESTION_SPEAK_WORDS.has(w));
    // "their phone call", "by video": a medium of calls asks about calls only.
    let remote = s
        .norm
        .iter()
        .any(|w| CALL_MEDIA.has(w) || QUESTION_CALL_WORDS.has(w));
    q.contact = if in_person || (meet && !speak) {
        Contact::Meet
    } else if remote {
        // "on the phone" is what the contact says, no word the evidence must hold
        // ("talked over the telephone").
        for k in 0..s.norm.len() {
            if CALL_MEDIA.has(&s.norm[k]) {
                s.used[k] = true;
            }
        }
        Contact::Remote
    } else if speak {
        Contact::Speak
    } else {
        Contact::Unstated
    };
    q.planned = asks_to_come(s);
}

/// True when the question asks of a meeting or trip to come ("When is he meeting them?",
/// "When does her visit begin?").
fn asks_to_come(s: &Scan) -> bool {
    // "Who did she meet to prepare the position?": preparing is the purpose of a meeting
    // held, no plan.
    let purpose = |i: usize| s.norm[i].starts_with("prepar") && i > 0 && s.norm[i - 1] == "to";
    (0..s.norm.len()).any(|i| QUESTION_PLANNED_WORDS.has(&s.norm[i]) && !purpose(i))
        || present_progressive(s)
        || next_meeting(s)
        || going_to_meet(s)
        || trip_to_come(s)
}

/// "Did she meet him in person?": the phrase asking for an in-person contact is what the
/// contact says, no word an answer must hold.
fn in_person_used(s: &mut Scan) {
    for p in QUESTION_IN_PERSON_PHRASES.iter() {
        let words: Vec<&str> = p.split(' ').collect();
        if let Some(i) = text::find_words(&s.norm, &words) {
            s.mark(i, words.len());
        }
    }
}

/// "When is Okonkwo flying to Port Halden?", "When does her visit to Accra begin?": a
/// present "is"/"are" with a verb of travel in "-ing" before "to"/"for" and a name, or a
/// present "do"/"does" after "when"/"where" with a word of meeting, ask of a trip to come
/// ("Was she going to Accra?" and "Is he going to resign?" do not).
fn trip_to_come(s: &Scan) -> bool {
    let is_are = s.norm.iter().take(3).any(|w| w == "is" || w == "are");
    let travelling = s.ws.windows(3).any(|w| {
        w[0].norm.ends_with("ing")
            && READER_TRAVEL_VERBS.has(&w[0].norm)
            && matches!(w[1].norm.as_str(), "to" | "for")
            && w[2].capital
    });
    let does = s.norm.len() > 2
        && matches!(s.norm[0].as_str(), "when" | "where")
        && matches!(s.norm[1].as_str(), "do" | "does")
        && s.norm[2..].iter().any(|w| is_meet_word(w));
    is_are && travelling || does
}

/// Words of a name between "going to the" and the word of meeting ("going to the ICCO
/// cocoa talks").
const GOING_TO_NAME_WORDS: usize = 3;

/// "Are they going to meet again?": "going to" and a verb of meeting; "Was she going to
/// the cocoa talks?": "going to", a determiner and, a few words of content on, a word of
/// meeting ("Is he going to the airport to meet her?" is a trip).
fn going_to_meet(s: &Scan) -> bool {
    let n = &s.norm;
    (0..n.len().saturating_sub(2)).any(|i| {
        n[i] == "going"
            && n[i + 1] == "to"
            && (is_meet_word(&n[i + 2])
                || (MEETING_DETERMINERS.has(&n[i + 2]) || n[i + 2] == "a")
                    && (n[i + 3..].iter())
                        .take_while(|w| is_meet_word(w) || !text::is_stop(w))
                        .take(GOING_TO_NAME_WORDS + 1)
                        .any(|w| is_meet_word(w)))
    })
}

/// "When is Chung meeting Baker?", "Where are they visiting?": a present "is"/"are" at the
/// start and a verb of meeting in "-ing" ask about a meeting to come ("When was X
/// meeting Y?" and "When is the meeting?" do not).
fn present_progressive(s: &Scan) -> bool {
    // "When and where is he meeting them?": after the question words.
    let asking = |w: &String| w == "and" || kind::WH_WORDS.contains(&w.as_str());
    let opens = s.norm.iter().take(3).any(|w| w == "is" || w == "are")
        || (s.norm.iter().find(|w| !asking(w))).is_some_and(|w| w == "is" || w == "are");
    opens
        && s.ws.iter().enumerate().any(|(k, w)| {
            w.norm.ends_with("ing")
                && is_meet_word(&w.norm)
                && k > 0
                && !(MEETING_DETERMINERS.has(&s.norm[k - 1]) || s.norm[k - 1] == "a")
        })
}

/// A noun of place, singular or plural ("city", "towns"): "which city" asks where, "German
/// city" places the meeting.
pub(super) fn is_place_noun(w: &str) -> bool {
    KIND_WHERE_NOUNS.has(w.strip_suffix('s').unwrap_or(w))
}

/// "When is their next meeting?", "Where do they meet next?": "next" beside a word of
/// meeting asks about one to come ("the next day" alone does not).
fn next_meeting(s: &Scan) -> bool {
    s.norm.iter().enumerate().any(|(k, w)| {
        w == "next"
            && (k > 0 && is_meet_word(&s.norm[k - 1])
                || s.norm.get(k + 1).is_some_and(|n| is_meet_word(n)))
    })
}

/// "Who else did he see?", "Did he meet anyone else there?": people besides those told.
fn asks_others(s: &Scan) -> bool {
    s.norm
        .windows(2)
        .any(|w| w[1] == "else" && QUESTION_OTHERS_BEFORE_ELSE.has(&w[0]))
}

/// "Who chaired the talks?", "Who did Kite ask about it?": the verb after "who" or after
/// the subject of "who did", unless it is a word of meeting (the mark of meeting asks
/// that) or a word of no content ("Who was at the talks?").
fn asked_verb(s: &Scan) -> Option<String> {
    let at = s.after_preamble();
    if !matches!(s.norm.get(at).map(String::as_str), Some("who" | "whom")) {
        return None;
    }
    let mut k = at + 1;
    if s.norm.get(k).is_some_and(|w| w == "else") {
        k += 1;
    }
    if s.norm.get(k).is_some_and(|w| KIND_YES_NO.has(w)) {
        k = after_subject(s, k + 1);
    }
    // "Who was going to join them?": the verb after the plan.
    if s.norm.get(k).is_some_and(|w| w == "going") && s.norm.get(k + 1).is_some_and(|w| w == "to") {
        k += 2;
    }
    content_verb(s, k)
}

/// "Did Straw sign anything on his visit?", "Has Okafor actually approved it?": the verb
/// after the subject of a yes or no question opened by an auxiliary, unless it is a word
/// of meeting, of what became of a meeting ("cancel", "postpone"), of attending or of
/// talking about something: those ask whether or how they met.
fn yes_no_verb(s: &Scan) -> Option<String> {
    let at = s.after_preamble();
    if !s
        .norm
        .get(at)
        .is_some_and(|w| QUESTION_SUBJECT_AUXILIARIES.has(w))
    {
        return None;
    }
    let manner = |mut k: usize| {
        // "ever", "actually": a word of manner before the verb.
        while s
            .norm
            .get(k)
            .is_some_and(|w| QUESTION_VERB_ADVERBS.has(w) || w.ends_with("ly"))
        {
            k += 1;
        }
        k
    };
    let k = manner(after_subject(s, at + 1));
    let w = content_verb(s, k)?;
    // "Did PR consultant Ines Moreau ever meet Brandt?", "Did referee Nigel Williams and
    // coach Matt Williams speak?": a word before names (and more names after "and") and
    // then a verb describes the subject.
    let mut named = after_subject(s, k + 1);
    while named > k + 1 && s.norm.get(named).is_some_and(|a| a == "and") {
        named = after_subject(s, named + 1);
    }
    let after = manner(named);
    let verb_after =
        s.norm.get(after).is_some_and(|m| is_meet_word(m)) || content_verb(s, after).is_some();
    if named > k + 1 && verb_after {
        return None;
    }
    let fate = |list: &[&str]| list.iter().any(|f| f.starts_with(w.trim_end_matches('e')));
    let other = fate(&MEETING_CANCELLATIONS)
        || fate(&MEETING_POSTPONEMENTS)
        || QUESTION_TOPIC_WORDS.has(&w)
        || READER_ATTENDANCE_WORDS.iter().any(|a| w.starts_with(a));
    // "Did Japan sign up to it?": a phrasal verb means what its verb alone does not, and
    // is asked whole ("turn up" is no "turned into").
    match s.norm.get(k + 1).filter(|p| QUESTION_VERB_PARTICLES.has(p)) {
        _ if other => None,
        Some(p) => Some(format!("{w} {p}")),
        None => Some(w),
    }
}

/// The first word after the subject that starts at `k`: names, pronouns, and a title or
/// acronym before a name ("OPEC president Ana Ruiz"; "Who will chair the talks?" has none).
fn after_subject(s: &Scan, mut k: usize) -> usize {
    let before_name = |k: usize| s.ws.get(k + 1).is_some_and(|w| w.capital);
    let subject = |k: usize| {
        s.used[k]
            || KIND_SAID_PRONOUNS.has(&s.norm[k])
            || s.ws[k].capital
            || is_title_word(&s.norm[k]) && before_name(k)
    };
    // "Who did GATT farm negotiator Aart de Zeeuw meet?": lower-case words of a
    // description right before the name are the subject's too.
    let described = |k: usize| {
        (k + 1..(k + 1 + DESCRIPTION_WORDS).min(s.norm.len()))
            .find(|&j| s.used[j])
            .filter(|&j| (k..j).all(|i| !is_stop(&s.norm[i]) && !is_meet_word(&s.norm[i])))
    };
    // Only before the subject's name: after it, a verb may take a name ("warn Okonkwo").
    let mut named = false;
    while k < s.norm.len() {
        if subject(k) {
            named |= s.used[k];
            k += 1;
        } else if named && is_group_noun(&s.norm[k]) {
            // "Who did Halden Rovers officials meet?": the group named is the subject.
            k += 1;
        } else if let Some(j) = described(k).filter(|_| !named) {
            k = j;
        } else {
            break;
        }
    }
    k
}

/// Lower-case words of a description that may stand before a name ("farm negotiator").
const DESCRIPTION_WORDS: usize = 3;

/// The word at `k` when it is a verb of content: no word of meeting, of no content or
/// already read as a name or place.
fn content_verb(s: &Scan, k: usize) -> Option<String> {
    let w = s.norm.get(k)?;
    // "ask" and "tell" are no keywords but are what such a question asks about.
    let content = !is_stop(w) || QUESTION_ASKED_VERBS.has(w);
    let fits = !s.used[k] && content && w.chars().count() >= MIN_KEYWORD_CHARS;
    (fits && !is_meet_word(w)).then(|| w.clone())
}

/// Content words no phase used.
fn keywords(s: &Scan, q: &mut Question) {
    for (k, w) in s.norm.iter().enumerate() {
        if !s.used[k]
            && !is_stop(w)
            && w.chars().count() >= MIN_KEYWORD_CHARS
            && !w.chars().all(|c| c.is_ascii_digit())
            && !occasion_pointed(s, k)
        {
            push_unique(&mut q.keywords, w);
        }
    }
}

/// Pointers before a trip's noun that make it the occasion already told ("that visit",
/// "his trip").
const TRIP_POINTERS: [&str; 7] = ["that", "this", "the", "his", "her", "their", "its"];

/// "during that Tallinn visit": a noun of a trip after a pointer (names and places may
/// stand between) sets the occasion of a question that another word of meeting asks
/// ("Did he hold talks with her during that visit?"); it is no word the answer must hold.
fn occasion_pointed(s: &Scan, k: usize) -> bool {
    if !QUESTION_TRIP_NOUNS.has(&s.norm[k]) {
        return false;
    }
    let other_meet = (s.norm.iter().enumerate()).any(|(j, w)| j != k && is_meet_word(w));
    let mut j = k;
    while j > 0 && s.used[j - 1] {
        j -= 1;
    }
    other_meet && j > 0 && TRIP_POINTERS.contains(&s.norm[j - 1].as_str())
}

/// The question after the words that open a follow-up ("And what did he say?" asks
/// "what did he say?"); the whole text when nothing else follows them.
fn after_openers(question: &str) -> &str {
    let mut rest = question.trim_start();
    loop {
        let end = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        let next = rest[end..].trim_start_matches(|c: char| c == ',' || c.is_whitespace());
        if end == 0
            || next.is_empty()
            || !QUESTION_FOLLOW_UP_OPENERS.has(&rest[..end].to_lowercase())
        {
            return rest;
        }
        rest = next;
    }
}

fn cut(s: &str, max_chars: usize) -> &str {
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn push_unique(v: &mut Vec<String>, s: &str) {
    if !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}
