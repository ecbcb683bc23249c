//! "here" in a report filed from a city: "An inconclusive meeting here March 22 ..."
//! under the dateline "MIAMI, March 23 -" tells the meeting was in Miami. A where-question
//! reads such a sentence with the city put beside the word ("here [in Miami]").

use crate::lexicon::lists::SPEECH_SETTINGS;

use super::countries::country_key;
use super::parse::{is_gazetteer_place, is_meet_word};
use super::text;

/// `sentence` with "here" told as `city`, the report's dateline city
/// ([`dateline_city`]), when "here" stands right after a word of meeting or of speaking
/// ("met here", "a meeting here", "told a news conference here", "said here"); `None`
/// otherwise.
pub(crate) fn placed_in(sentence: &str, city: &str) -> Option<String> {
    let words = text::words(sentence);
    let after = |w: &str| is_meet_word(w) || SPEECH_SETTINGS.has(w);
    let at = (1..words.len()).find(|&i| words[i].norm == "here" && after(&words[i - 1].norm))?;
    let end = words[at].start + "here".len();
    Some(format!(
        "{} [in {city}]{}",
        &sentence[..end],
        &sentence[end..]
    ))
}

/// The city a dateline opens with ("KUALA LUMPUR, Oct 27 -" -> "Kuala Lumpur"), written
/// as a name, when the gazetteer knows it as a place or a country follows it ("LEON,
/// Nicaragua, June 1 -": a town the gazetteer lacks): read once per report.
pub(crate) fn dateline_city(dateline: &str) -> Option<String> {
    let mut parts = dateline.split([',', '(', '-', '\u{2013}']);
    let head = parts.next()?.trim();
    let city = (head.split_whitespace())
        .map(|w| text::capitalised(&w.to_lowercase()))
        .collect::<Vec<_>>()
        .join(" ");
    let in_country = parts
        .next()
        .is_some_and(|c| country_key(c.trim()).is_some());
    (!city.is_empty() && (is_gazetteer_place(&city) || in_country)).then_some(city)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placed_here(sentence: &str, dateline: &str) -> Option<String> {
        dateline_city(dateline).and_then(|city| placed_in(sentence, &city))
    }

    #[test]
    fn here_after_a_word_of_meeting_is_the_datelines_city() {
        let s = "The ministers met here on Tuesday to settle the quota.";
        assert_eq!(
            placed_here(s, "OSLO, May 2 -").as_deref(),
            Some("The ministers met here [in Oslo] on Tuesday to settle the quota.")
        );
        let s = "A tense meeting here last week ended without a deal.";
        assert!(
            placed_here(s, "BUENOS AIRES, June 9 -")
                .is_some_and(|q| q.contains("[in Buenos Aires]"))
        );
        // "here" after a word of speaking: where it was said.
        let s = "He told a news conference here that only technical work remained.";
        assert!(placed_here(s, "PARIS, March 6 -").is_some_and(|q| q.contains("here [in Paris]")));
        // Must not: "here" of no meeting, or a dateline that names no place.
        assert_eq!(
            placed_here("Prices here rose again.", "OSLO, May 2 -"),
            None
        );
        assert_eq!(placed_here(s, "Reuters -"), None);
    }

    #[test]
    fn a_dateline_town_before_a_country_is_a_city() {
        // Must handle: towns the gazetteer lacks, before a country.
        assert_eq!(
            dateline_city("VALLEMORA, Chile, March 3 -").as_deref(),
            Some("Vallemora")
        );
        assert_eq!(
            dateline_city("SAN TELMO DEL RIO, Peru, May 9 -").as_deref(),
            Some("San Telmo Del Rio")
        );
        // Must not: an unknown word before something that is no country.
        assert_eq!(dateline_city("SPECIAL REPORT, Markets, May 9 -"), None);
    }
}
