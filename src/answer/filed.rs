//! Where a quoted report was filed: the place of its dateline ("KASHIKOJIMA, Japan,
//! April 27 -"), told before a where-question's passage that names no town ("talks ...
//! in central Japan"). Said as the report's dateline, never as the meeting's place.

use crate::lexicon::calendar::month_number;

use super::fallback::NOT_DIRECTLY;
use super::question::Kind;
use super::{Answer, AnswerKind, Turn, reader, text};

impl Turn<'_> {
    /// A where-question answered by a passage that names no town: "The passage names no
    /// town; the report it comes from is datelined Kashikojima, Japan." after the answer's
    /// first words. Nothing for other questions and answers, a passage with a town, or a
    /// report with no dateline.
    pub(super) fn filed(&self, answer: &mut Answer) {
        if self.q.kind() != Kind::Where
            || answer.kind != AnswerKind::Quote
            || !answer.body.starts_with(NOT_DIRECTLY)
        {
            return;
        }
        let quoted = answer.body.lines().filter_map(|l| l.strip_prefix("> "));
        if quoted.clone().next().is_none() || quoted.clone().any(reader::names_a_town) {
            return;
        }
        let Some(first) = answer.sources.first() else {
            return;
        };
        let hit = self
            .retriever
            .paragraphs(&first.article, &[first.paragraph]);
        let Some(place) = hit
            .first()
            .and_then(|h| h.dateline.as_deref())
            .and_then(dateline_place)
        else {
            return;
        };
        answer.body.insert_str(
            NOT_DIRECTLY.len(),
            &format!(" The passage names no town; the report it comes from is datelined {place}."),
        );
    }
}

/// The place of a wire dateline, its capitals softened: "KASHIKOJIMA, Japan, April 27 -"
/// is "Kashikojima, Japan"; "NEW YORK, April 7 -" is "New York". `None` when it starts
/// with no name.
pub(super) fn dateline_place(dateline: &str) -> Option<String> {
    let body = dateline.trim().trim_end_matches(['-', '—', '–']).trim();
    let mut parts = body.split(',').map(str::trim);
    let town = parts
        .next()
        .filter(|t| t.starts_with(char::is_uppercase) && !is_date(t))?;
    let mut place = vec![soften(town)];
    // "Japan" after the town; the date ("April 27") ends the place.
    for part in parts.take_while(|p| !p.is_empty() && !is_date(p)) {
        place.push(part.to_string());
    }
    Some(place.join(", "))
}

/// "April 27", "Feb. 26", "3 May": a part of a dateline that dates it.
fn is_date(part: &str) -> bool {
    let first = part.split_whitespace().next().unwrap_or("");
    part.chars().any(|c| c.is_ascii_digit())
        || month_number(&first.trim_end_matches('.').to_lowercase()).is_some()
}

/// "KASHIKOJIMA" as "Kashikojima"; a name already in mixed case is kept.
fn soften(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    (name.split_whitespace())
        .map(|w| text::capitalised(&w.to_lowercase()))
        .collect::<Vec<String>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_datelines_place_is_its_town_and_country_without_the_date() {
        assert_eq!(
            dateline_place("KASHIKOJIMA, Japan, April 27 -").as_deref(),
            Some("Kashikojima, Japan")
        );
        assert_eq!(
            dateline_place("NEW YORK, April 7 -").as_deref(),
            Some("New York")
        );
        assert_eq!(
            dateline_place("SALVADOR, Feb. 26 -").as_deref(),
            Some("Salvador")
        );
        assert_eq!(dateline_place("Oslo, 3 May —").as_deref(), Some("Oslo"));
        assert_eq!(dateline_place("- "), None);
        assert_eq!(dateline_place("april 7 -"), None);
        assert_eq!(dateline_place("April 7 -"), None);
    }
}
