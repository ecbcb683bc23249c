//! What the articles do tell of the people asked about when no sentence answers the
//! question itself: a sentence that names one of them with a word of meeting ("Dumas met
//! the chargé d'affaires"), quoted; for "when", with its report's date when it tells none.

use crate::extract::dates::{DateKind, find_dates};
use crate::model::FuzzyDate;

use super::Turn;
use super::fallback::{CLOSEST, Passage, Quoted};
use super::parse::is_meet_word;
use super::reader::{self, Ask, Cue};
use super::text;

/// The intro of a quoted passage for "when" that tells no year: the date of its report,
/// and whether the passage lacks the date or only the year ("March 9").
pub(super) fn dateless_intro(published: Option<jiff::civil::Date>, sentences: &[Quoted]) -> String {
    let some_date = sentences
        .iter()
        .any(|q| !find_dates(&q.sentence, None).is_empty());
    let lacks = if some_date {
        "The passage doesn't give the year"
    } else {
        "The passage doesn't give a date"
    };
    let Some(d) = published else {
        return format!("{lacks}. {CLOSEST}");
    };
    let day = FuzzyDate::day(d).human();
    match relative_days(d, sentences).filter(|_| !some_date) {
        Some(days) => format!(
            "The report the passage comes from is dated {day}, which makes {days}. {CLOSEST}"
        ),
        None => format!("{lacks}; the report it comes from is dated {day}. {CLOSEST}"),
    }
}

/// The days a passage's words tell against its report's date, as "\"yesterday\"
/// Monday, 1 June 1987" (and more, joined): "yesterday", "tomorrow", "on Friday" resolved
/// to a day, "last month" to a month; `None` when its sentences tell no time that way.
fn relative_days(published: jiff::civil::Date, sentences: &[Quoted]) -> Option<String> {
    let mut told: Vec<String> = Vec::new();
    for q in sentences {
        for m in find_dates(&q.sentence, Some(published)) {
            let by_anchor = matches!(m.kind, DateKind::Relative | DateKind::Weekday);
            // "last month" is a month; "this week", a month too, says less than the report.
            let month = m.kind == DateKind::Relative && m.text.to_lowercase().contains("month");
            if by_anchor && (m.date.day.is_some() || month && m.date.month.is_some()) {
                let t = format!("\"{}\" {}", m.text.trim(), m.date.human());
                if !told.contains(&t) {
                    told.push(t);
                }
            }
        }
    }
    (!told.is_empty()).then(|| super::templates::join_names(&told))
}

/// True when `sentence` tells a date with its year: "on Monday" and a dateline's "March
/// 9" leave the year to the report.
pub(super) fn tells_year(sentence: &str) -> bool {
    find_dates(sentence, None)
        .iter()
        .any(|d| d.date.year.is_some())
}

impl Turn<'_> {
    /// True when the question holds a word of meeting ("see", "talks"): what the articles
    /// tell of the people's meetings is worth quoting for it ("Why did X stay in Kyiv?"
    /// is not about a meeting).
    pub(super) fn asks_of_meeting(&self) -> bool {
        text::norm_words(self.text).iter().any(|w| is_meet_word(w))
    }

    /// A passage that tells a meeting of one of the people of `ask` (any one named, a word
    /// of meeting; both, for the time or place of a pair's meeting), with its intro;
    /// `None` when the question names nobody.
    pub(super) fn meeting_passage(&self, ask: &Ask) -> Option<(String, Passage)> {
        if ask.people.is_empty() {
            return None;
        }
        // "When did A meet B?" is not answered by A's meeting with C and its date: a
        // question of the time or place of a pair's meeting needs both named.
        let pair_asked = ask.people.len() >= 2 && (ask.cue.is_time() || ask.cue == Cue::Place);
        let meeting = Ask {
            cue: Cue::Meeting,
            all_people: pair_asked,
            people_required: true,
            min_words: 0,
            ..ask.clone()
        };
        let mut p = self.read_corpus(&meeting)?;
        let tells = |s: &str| match ask.cue {
            Cue::ClockTime => ask.cue.shown_by(s, &[]),
            _ => reader::tells_time(s),
        };
        if ask.cue.is_time()
            && !p.sentences.iter().any(|q| tells(&q.sentence))
            && let Some(timed) = self.time_in_report(&p, ask)
        {
            p.sentences.push(timed);
        }
        Some((self.intro_for(ask, &p), p))
    }

    /// "When is Rusk meeting his bank committee?" told by a sentence with no time: the
    /// sentence of its report that tells a meeting with a time and a word of the question
    /// ("will meet with bank creditors on Thursday", a lead that names the company only).
    fn time_in_report(&self, p: &Passage, ask: &Ask) -> Option<Quoted> {
        let article = &p.sentences.first()?.source.article;
        let of_anyone = Ask {
            people: Vec::new(),
            people_required: false,
            all_people: false,
            proper: Vec::new(),
            min_words: 1,
            ..ask.clone()
        };
        let hits = self.retriever.article(article);
        let found = reader::read(&hits, &of_anyone, 1, self.cfg.max_scored_sentences);
        found
            .into_iter()
            .find(|q| reader::tells_meeting(&q.sentence))
    }

    /// "The closest passage", or for "when" a passage that tells no year, the date of the
    /// report its best sentence comes from before it.
    pub(super) fn intro_for(&self, ask: &Ask, p: &Passage) -> String {
        let asks_time = ask.cue.is_time() || self.q.asks_time;
        if !asks_time || p.sentences.iter().any(|q| tells_year(&q.sentence)) {
            return CLOSEST.to_string();
        }
        let published = p
            .sentences
            .first()
            .and_then(|q| self.published(&q.source.article, q.source.paragraph));
        dateless_intro(published, &p.sentences)
    }
}

#[cfg(test)]
mod tests {
    use super::{Quoted, dateless_intro};
    use crate::model::Source;

    fn quoted(sentence: &str) -> Quoted {
        Quoted {
            score: 1.0,
            sentence: sentence.into(),
            source: Source {
                article: "a".into(),
                title: "t".into(),
                url: None,
                paragraph: 1,
            },
        }
    }

    #[test]
    fn a_day_told_against_the_report_date_is_resolved() {
        let d = jiff::civil::date(1991, 3, 12);
        let summoned = [quoted(
            "The Chilean envoy was summoned by the ministry yesterday to see the undersecretary.",
        )];
        let intro = dateless_intro(Some(d), &summoned);
        assert!(
            intro.contains("\"yesterday\" Monday, 11 March 1991"),
            "{intro}"
        );
        let talks = [quoted(
            "He will hold talks with the Latvian minister tomorrow.",
        )];
        let intro = dateless_intro(Some(d), &talks);
        assert!(
            intro.contains("\"tomorrow\" Wednesday, 13 March 1991"),
            "{intro}"
        );
    }

    #[test]
    fn a_month_told_against_the_report_date_is_resolved() {
        let d = jiff::civil::date(1987, 3, 30);
        let paris = [quoted(
            "Lind said the meeting of six nations in Paris last month agreed to keep quiet.",
        )];
        let intro = dateless_intro(Some(d), &paris);
        assert!(intro.contains("\"last month\" February 1987"), "{intro}");
        // Must not: a week, which the report's date already tells better.
        let week = [quoted("Lind met the six ministers in Paris this week.")];
        let intro = dateless_intro(Some(d), &week);
        assert!(!intro.contains("\"this week\""), "{intro}");
    }

    #[test]
    fn a_passage_without_a_day_keeps_the_report_date_alone() {
        let d = jiff::civil::date(1991, 3, 12);
        let plain = [quoted(
            "The Chilean envoy was summoned to see the undersecretary.",
        )];
        let intro = dateless_intro(Some(d), &plain);
        assert!(
            intro.starts_with("The passage doesn't give a date"),
            "{intro}"
        );
    }
}
