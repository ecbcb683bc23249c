//! Names the fact store doesn't know: runs of capitalised words no earlier phase used
//! ("Joe Biden", "White House"), and, in an all-lower-case question, a word right after a
//! meeting verb ("when did singh meet macron") or two or three after a title ("trade
//! minister herman de croo"). Those that stand where a person does
//! ("meet Macron", "with Tanaka", "Did Lopez and ...") must take part in a meeting.

use crate::lexicon::gazetteer::{GazKind, gazetteer};
use crate::lexicon::lists::{
    DETERMINERS, LEADER_OFFICES, NAME_PARTICLES, NUMBER_WORDS, OFFICE_ACRONYMS, PERSON_NOUNS,
    PLACE_PREPOSITIONS, POSSESSIVE_DETERMINERS, QUESTION_COMMON_LOWER, QUESTION_DATE_AFTER,
    QUESTION_DATE_BEFORE, QUESTION_GROUP_NOUNS, QUESTION_MEET_ADVERBS, QUESTION_OPENERS,
    QUESTION_ORGANISATION_HEADS, QUESTION_PLANNED_WORDS, QUESTION_STOP_NAMES, RANKS,
    TITLE_MODIFIERS, UNKNOWN_INSTITUTION_WORDS, UNKNOWN_PERSON_AFTER, UNKNOWN_PERSON_BEFORE,
};

use super::super::lexicon::Lexicon;
use super::super::question::Question;
use super::super::text::{self, is_stop};
use super::{Scan, is_meet_word, push_unique};

/// Longest first word taken for the start of the question rather than a name when
/// capitalised ("Did", "Has", "The").
const SHORT_OPENER: usize = 3;

/// Most capitalised words between a descriptor and the title it qualifies ("West German
/// President", "Labour MP"): a demonym of two words and a title modifier.
const DESCRIPTOR_REACH: usize = 3;

/// Finds unknown names and marks their words used.
pub(super) fn unknown_names(s: &mut Scan, q: &mut Question) {
    // The office before a name is of the person, no word of the topic to search for.
    for k in capitalised_runs(s, q) {
        s.used[k] = true;
    }
    if !s.ws.iter().any(|w| w.capital) {
        after_meet_verbs(s, q);
    }
    for k in 0..s.ws.len() {
        if q.unknown
            .iter()
            .any(|u| text::norm_words(u).contains(&s.ws[k].norm))
        {
            s.used[k] = true;
        }
    }
}

/// Runs of capitalised words that are not used, stop words or question openers; returns
/// the words of the offices taken off the names' fronts.
fn capitalised_runs(s: &Scan, q: &mut Question) -> Vec<usize> {
    let mut run: Vec<usize> = Vec::new();
    let mut offices: Vec<usize> = Vec::new();
    // "Did PR consultant X ...": in a question not typed in capitals, a word in capitals
    // is an acronym, no name; so is its plural ("tell MPs", "the NGOs").
    let acronym = |k: usize| {
        let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count();
        let caps = |w: &str| letters(w) >= 2 && !w.chars().any(char::is_lowercase);
        let plural = |w: &str| w.strip_suffix('s').is_some_and(caps);
        (caps(s.original(k)) || plural(s.original(k)))
            && !(0..s.ws.len()).all(|i| caps(s.original(i)) || letters(s.original(i)) < 2)
    };
    for (k, w) in s.ws.iter().enumerate() {
        // A short capitalised first word is just the start of the question.
        let short_opener = k == 0 && w.norm.len() <= SHORT_OPENER;
        let candidate = w.capital
            && !s.used[k]
            && (!is_stop(&w.norm) || stop_named(s, k))
            && !QUESTION_OPENERS.has(&w.norm)
            && (w.norm.chars().count() > 1 || name_prefix(s, k).is_some())
            && !short_opener
            && !acronym(k);
        // "Antonio de Lima Costa": a particle between two words of a name is of it.
        // ("van der Berg": particles may follow one another.)
        let is_particle = |j: usize| !s.ws[j].capital && NAME_PARTICLES.has(&s.ws[j].norm);
        let next_name = (k..s.ws.len()).find(|&j| !is_particle(j));
        let particle = !run.is_empty()
            && is_particle(k)
            && next_name.is_some_and(|j| s.ws[j].capital && !s.used[j]);
        if candidate || particle || joins_a_body(s, &run, k) {
            run.push(k);
        } else {
            flush(s, &mut run, q, &mut offices);
        }
    }
    flush(s, &mut run, q, &mut offices);
    offices
}

/// "the Group of Five", "the Bank of Halden": an "of" after a run ending in a word of a
/// body, or before a number word, joins the words on either side into one name (the
/// body's, no person's); "Okonkwo of Halden" stays two.
fn joins_a_body(s: &Scan, run: &[usize], k: usize) -> bool {
    let Some(&last) = run.last() else {
        return false;
    };
    let next = s.ws.get(k + 1);
    s.ws[k].norm == "of"
        && next.is_some_and(|w| w.capital && !s.used[k + 1])
        && (UNKNOWN_INSTITUTION_WORDS.has(&s.ws[last].norm)
            || next.is_some_and(|w| NUMBER_WORDS.has(&w.norm)))
}

/// "Did Federated and May try to merge?": a stop word that is also a name, capitalised
/// inside the question and not a month after "in", is a name.
fn stop_named(s: &Scan, k: usize) -> bool {
    let month = s.norm[k] == "may" && k > 0 && s.norm[k - 1] == "in";
    k > 0 && QUESTION_STOP_NAMES.has(&s.norm[k]) && !month
}

/// "O" glued by an apostrophe to a capitalised word, the start of a surname ("Brian
/// O'Driscoll", "O’Neill"), no initial: the apostrophe as typed.
fn name_prefix<'q>(s: &Scan<'q>, k: usize) -> Option<&'q str> {
    let (w, next) = (s.ws.get(k)?, s.ws.get(k + 1)?);
    let glue = &s.text[w.start + s.original(k).len()..next.start];
    (w.norm == "o" && next.capital && matches!(glue, "'" | "’")).then_some(glue)
}

/// Records a run of capitalised words as an unknown name (the office before it put in
/// `offices`), and as a person when a word of meeting or joining stands next to it.
fn flush(s: &Scan, run: &mut Vec<usize>, q: &mut Question, offices: &mut Vec<usize>) {
    // "Treasury Secretary John Snow": the name is what follows the office ("World
    // Economic Forum" has none: "Economic" only qualifies one).
    if let Some(i) = (0..run.len().saturating_sub(1))
        .rev()
        .find(|&i| is_office_word(&s.ws[run[i]].norm))
    {
        offices.extend(run.drain(..=i));
    }
    let (Some(&a), Some(&b)) = (run.first(), run.last()) else {
        return;
    };
    let mut phrase = String::new();
    for &k in run.iter() {
        let glued = k > 0 && name_prefix(s, k - 1).is_some();
        if !phrase.is_empty() && !glued {
            phrase.push(' ');
        }
        phrase.push_str(s.original(k));
        phrase.push_str(name_prefix(s, k).unwrap_or_default());
    }
    if describes_a_title(s, b) || rest_of_a_name(s, run, q) {
        run.clear();
        return;
    }
    // "with President Suharto": a title alone ("President", "Commerce Secretary") is a
    // word to search for, no person; before a known person's name ("Commerce Secretary
    // Malcolm Baldrige") it is that person's office, no name a passage must hold.
    let title_only = run.iter().all(|&k| is_title_word(&s.ws[k].norm));
    if title_only && s.used.get(b + 1).copied().unwrap_or(false) {
        offices.append(run);
        return;
    }
    let before = a.checked_sub(1).map(|k| s.ws[k].norm.as_str());
    let after = s.ws.get(b + 1).map(|w| w.norm.as_str());
    // A city or country no fact holds ("Did X meet Y in Lima?") still places the meeting.
    let placed = before.is_some_and(|w| PLACE_PREPOSITIONS.has(w)) && after != Some("s");
    if placed && is_gazetteer_place(&phrase) {
        push_unique(&mut q.unknown_places, &phrase);
    } else if placed && matches!(before, Some("in" | "at")) {
        push_unique(&mut q.unknown_settings, &phrase);
    }
    // "the Mary Poppins musical": a name that qualifies the noun after it; not the body
    // or group it names ("the Manchester United board", "the Fiat unions").
    let body = |w: &str| QUESTION_ORGANISATION_HEADS.has(w) || QUESTION_GROUP_NOUNS.has(w);
    let qualifies = before == Some("the")
        && s.ws
            .get(b + 1)
            .is_some_and(|w| !w.capital && !is_stop(&w.norm) && !body(&w.norm));
    if qualifies {
        push_unique(&mut q.unknown_things, &phrase);
    }
    // "Did Halden Stores shareholders vote?": a name owning the group after it.
    let owns_group =
        s.ws.get(b + 1)
            .is_some_and(|w| !w.capital && super::is_group_noun(&w.norm));
    // "Howe's talks with Shultz": a name whose meeting it is; "a date for Murison to
    // meet them": one who is to meet.
    let owns_meeting =
        matches!(after, Some("s" | "to")) && s.ws.get(b + 2).is_some_and(|w| is_meet_word(&w.norm));
    // "with the London Stock Exchange", "met the Powys Health Board": a body, no person.
    let institution = run
        .iter()
        .any(|&k| UNKNOWN_INSTITUTION_WORDS.has(&s.ws[k].norm));
    // "According to Peter Wallison, who ...": a full name cited is a person's, the source
    // of what is asked (no party to it), who may be named by the surname alone.
    let cited = a >= 2 && run.len() >= 2 && s.norm[a - 2] == "according" && s.norm[a - 1] == "to";
    if cited {
        push_unique(&mut q.attributed, &phrase);
    }
    // A known place ("Did X visit Tokyo?") is not an unknown person; a name right after a
    // title is one ("governor Sumita").
    if (before.is_some_and(|w| UNKNOWN_PERSON_BEFORE.has(w) || is_title_word(w))
        || after.is_some_and(|w| UNKNOWN_PERSON_AFTER.has(w))
        || owns_meeting)
        && !is_gazetteer_place(&phrase)
        && !title_only
        && !institution
        && !qualifies
        && !owns_group
    {
        push_unique(&mut q.unknown_people, &phrase);
    }
    push_unique(&mut q.unknown, &phrase);
    run.clear();
}

/// True when the run stands right after a person found and holds only words of that
/// person's name: "Is Antonio de Lima Costa going?" for a known Antonio Costa de Lima
/// is one person typed in another order, not a second one.
fn rest_of_a_name(s: &Scan, run: &[usize], q: &Question) -> bool {
    let Some(mut before) = run.first().and_then(|a| a.checked_sub(1)) else {
        return false;
    };
    // "Antonio de Lima Costa": a particle may stand between.
    if NAME_PARTICLES.has(&s.ws[before].norm) && before > 0 {
        before -= 1;
    }
    s.used[before]
        && q.people.iter().any(|key| {
            let tokens: Vec<&str> = key.split(' ').collect();
            tokens.contains(&s.ws[before].norm.as_str())
                && run.iter().all(|&k| tokens.contains(&s.ws[k].norm.as_str()))
        })
}

/// True when the capitalised run ending at `b` qualifies a title that a name follows:
/// "Labour MP Stephen Pound", "West German President Richard ...", "Bank of Japan governor
/// Sumita" (a party, a nation or a body, no person of its own).
fn describes_a_title(s: &Scan, b: usize) -> bool {
    let capital = |k: usize| s.ws.get(k).is_some_and(|w| w.capital);
    let joins = |k: usize| s.ws.get(k).is_some_and(|w| w.norm == "of");
    (b + 1..=b + DESCRIPTOR_REACH)
        .take_while(|&k| {
            capital(k) || joins(k) || s.ws.get(k).is_some_and(|w| is_title_word(&w.norm))
        })
        .any(|k| {
            is_title_word(&s.ws[k].norm) && capital(k + 1) && !is_title_word(&s.ws[k + 1].norm)
        })
}

/// A word naming an office or rank itself ("secretary", "Gen", "MP"), not one that only
/// qualifies it ("defence", "economic").
fn is_office_word(w: &str) -> bool {
    PERSON_NOUNS.has(w) || RANKS.has(w) || LEADER_OFFICES.has(w) || OFFICE_ACRONYMS.has(w)
}

/// A word of title or office ("minister", "governor", "Gen", "MP").
pub(crate) fn is_title_word(w: &str) -> bool {
    is_office_word(w) || TITLE_MODIFIERS.has(w)
}

/// Most words of a name typed in lower case after a title ("herman de croo").
const LOWER_NAME_WORDS: usize = 3;

/// "why was belgian trade minister herman de croo in washington?": in an all-lower-case
/// question, two or three name-like words right after a title are the name of someone
/// no fact knows (the title theirs, no counterpart to find); the last of them a word the
/// corpus rarely uses, so "the minister fly home" names nobody.
pub(super) fn titled_in_lower_case(s: &mut Scan, lex: &Lexicon, q: &mut Question) {
    if s.ws.iter().any(|w| w.capital) {
        return;
    }
    let mut k = 1;
    while k < s.ws.len() {
        let titled = is_title_word(&s.norm[k - 1]) && !s.used[k];
        let Some(end) = titled.then(|| lower_name_end(s, lex, k)).flatten() else {
            k += 1;
            continue;
        };
        // Written as a name: "Joost van Brakel".
        let name = (s.norm[k..end].iter())
            .map(|w| {
                if NAME_PARTICLES.has(w) {
                    w.clone()
                } else {
                    text::capitalised(w)
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        push_unique(&mut q.unknown, &name);
        push_unique(&mut q.unknown_people, &name);
        s.mark(k, end - k);
        k = end;
    }
}

/// Most words of a place typed in lower case ("buenos aires", "rio de janeiro").
const LOWER_PLACE_WORDS: usize = 3;

/// "was he at the debt talks in miami?": in an all-lower-case question, a city or country
/// of the gazetteer right after "in" or "at" is a place asked about, as it would be
/// written with capitals (the longest of up to three words); not "in time", which the
/// gazetteer does not hold.
pub(super) fn places_in_lower_case(s: &mut Scan, q: &mut Question) {
    if s.ws.iter().any(|w| w.capital) {
        return;
    }
    let mut k = 1;
    while k < s.ws.len() {
        let after_in = matches!(s.norm[k - 1].as_str(), "in" | "at");
        let place = after_in.then(|| {
            (1..=LOWER_PLACE_WORDS.min(s.ws.len() - k))
                .rev()
                .find_map(|n| {
                    let words = &s.norm[k..k + n];
                    // "in brazil's debt talks": an owner, not where.
                    let owner = s.norm.get(k + n).is_some_and(|w| w == "s");
                    let free = !owner && !s.used[k..k + n].iter().any(|u| *u);
                    let name = (words.iter().map(|w| text::capitalised(w))).collect::<Vec<_>>();
                    let name = name.join(" ");
                    (free && is_gazetteer_place(&name)).then_some((name, n))
                })
        });
        let Some((name, n)) = place.flatten() else {
            k += 1;
            continue;
        };
        push_unique(&mut q.unknown, &name);
        push_unique(&mut q.unknown_places, &name);
        s.mark(k, n);
        k += n;
    }
}

/// The end of a run of two or three name-like words from `k` ([`titled_in_lower_case`]),
/// a particle ("de", "van") only inside it, cut after its last rare word; `None` when
/// there is none or the run goes on.
fn lower_name_end(s: &Scan, lex: &Lexicon, k: usize) -> Option<usize> {
    let name_like = |j: usize| {
        let w = s.norm[j].as_str();
        !s.used[j]
            && w.chars().count() >= 2
            && w.chars().all(char::is_alphabetic)
            && !is_stop(w)
            && !is_meet_word(w)
            && !is_office_word(w)
            && !w.ends_with("ing")
            && !w.ends_with("ly")
            && !QUESTION_COMMON_LOWER.has(w)
            // The gazetteer knows places as they are written: "Lisbon".
            && !is_gazetteer_place(&text::capitalised(w))
    };
    let mut end = k;
    while end < s.ws.len() && end - k < LOWER_NAME_WORDS + 1 {
        let particle = end > k && NAME_PARTICLES.has(&s.norm[end]);
        if !(name_like(end) || particle && end + 1 < s.ws.len() && name_like(end + 1)) {
            break;
        }
        end += 1;
    }
    // "boss john varley confirm ...": the longest run that ends in a rare word.
    let longest = end - k;
    if longest > LOWER_NAME_WORDS {
        return None;
    }
    (2..=longest)
        .rev()
        .map(|n| k + n)
        .find(|&e| !lex.everyday(&s.norm[e - 1]))
}

/// An all-lower-case question has no capitals to find names by: an unknown word right
/// after a meeting verb ("when did singh meet macron") stands for a person.
fn after_meet_verbs(s: &Scan, q: &mut Question) {
    for k in 1..s.ws.len() {
        let w = &s.ws[k].norm;
        if !s.used[k]
            && is_meet_word(&s.ws[k - 1].norm)
            && !meeting_noun_before(s, k)
            // "held talks since June": a word of time bounds, no name.
            && !QUESTION_DATE_AFTER.has(w)
            && !QUESTION_DATE_BEFORE.has(w)
            // "held merger talks": a word before a meeting noun qualifies it, no name.
            && !s.ws.get(k + 1).is_some_and(|n| is_meet_word(&n.norm))
            && !is_stop(w)
            && !is_meet_word(w)
            && !w.ends_with("ly")
            && !QUESTION_MEET_ADVERBS.has(w)
            // "are more talks planned?": a word of plan, no name.
            && !QUESTION_PLANNED_WORDS.has(w)
            // "is there another meeting coming up": a participle, no name.
            && !w.ends_with("ing")
            && w.chars().count() > 2
            && !w.chars().any(|c| c.is_ascii_digit())
        {
            push_unique(&mut q.unknown, w);
            push_unique(&mut q.unknown_people, w);
        }
    }
}

/// "were the talks meant to last": the meeting word before word `k` is a noun (after a
/// determiner), and `k` its verb, no name.
fn meeting_noun_before(s: &Scan, k: usize) -> bool {
    k >= 2 && is_determiner(&s.ws[k - 2].norm)
}

/// "the", "a", "their": a word before a noun.
fn is_determiner(w: &str) -> bool {
    DETERMINERS.has(w) || POSSESSIVE_DETERMINERS.has(w)
}

/// True when the whole phrase is a place the gazetteer knows (city, country, region or
/// venue).
pub(crate) fn is_gazetteer_place(phrase: &str) -> bool {
    let found = gazetteer().find(phrase);
    matches!(found.as_slice(), [m] if m.start == 0
        && m.end == phrase.len()
        && matches!(m.kind, GazKind::City | GazKind::Country | GazKind::Region | GazKind::Venue))
}
