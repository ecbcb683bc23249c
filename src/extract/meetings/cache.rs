//! What the scan of an article asks of a sentence more than once, computed at most once per
//! sentence: its triggers, its named occasions, the places its gazetteer hits name, what
//! its phrases say of a meeting's status, whether it speaks of attending, and the
//! occasions the article says were attended. Each trigger and each meeting asking again
//! would make the work grow with the square of the sentences or triggers an article holds.

use std::cell::OnceCell;
use std::collections::HashMap;

use jiff::civil::Date;

use super::setting::place_at;
use super::status::SentencePhrases;
use crate::extract::dates::{DateMention, find_dates};
use crate::extract::occasions::{Occasion, find_occasions};
use crate::extract::people::Analysis;
use crate::extract::triggers::{PREFILTER, Trigger, find_triggers_with, words_before};
use crate::lexicon::gazetteer::GazKind;
use crate::model::Place;

/// Per-sentence results of one article, each computed when first asked for.
pub(super) struct SentenceCache<'a> {
    analyses: &'a [Analysis<'a>],
    occasions: Vec<OnceCell<Vec<Occasion>>>,
    triggers: Vec<OnceCell<Vec<Trigger>>>,
    attend: Vec<OnceCell<bool>>,
    phrases: Vec<OnceCell<SentencePhrases>>,
    dates: Vec<OnceCell<Vec<DateMention>>>,
    /// The article's date, which dates are read against.
    anchor: Option<Date>,
    /// Per sentence, per gazetteer hit: the place it names ([`place_at`]).
    places: Vec<OnceCell<Vec<OnceCell<Option<Place>>>>>,
    /// The occasions the article says were attended, indexed by place.
    attended: OnceCell<Attended>,
    /// The first city the article names.
    first_city: OnceCell<Option<Place>>,
}

/// The occasions an article says were attended ("to attend the X", "attended the X"), in
/// the order of their sentences, each with the first city or venue of its sentence; and
/// for each place name and each country the first of them told there, so that finding the
/// first one compatible with a meeting's place costs no walk through the list.
#[derive(Default)]
pub(super) struct Attended {
    occasions: Vec<String>,
    /// The first occasion whose sentence names no city or venue.
    unplaced: Option<usize>,
    by_name: HashMap<String, usize>,
    by_country: HashMap<Option<String>, usize>,
}

impl Attended {
    fn push(&mut self, occasion: String, place: Option<Place>) {
        let i = self.occasions.len();
        self.occasions.push(occasion);
        match place {
            None => {
                self.unplaced.get_or_insert(i);
            }
            Some(p) => {
                self.by_name.entry(p.name).or_insert(i);
                self.by_country.entry(p.country).or_insert(i);
            }
        }
    }

    /// The first occasion told without a place, or at a place of `place`'s name or
    /// country; the first of all when `place` is unknown.
    pub(super) fn first_compatible(&self, place: Option<&Place>) -> Option<&str> {
        let i = match place {
            None => (!self.occasions.is_empty()).then_some(0),
            Some(p) => [
                self.unplaced,
                self.by_name.get(&p.name).copied(),
                self.by_country.get(&p.country).copied(),
            ]
            .into_iter()
            .flatten()
            .min(),
        };
        i.map(|i| self.occasions[i].as_str())
    }
}

impl<'a> SentenceCache<'a> {
    pub(super) fn new(analyses: &'a [Analysis<'a>], anchor: Option<Date>) -> Self {
        let n = analyses.len();
        SentenceCache {
            analyses,
            occasions: (0..n).map(|_| OnceCell::new()).collect(),
            triggers: (0..n).map(|_| OnceCell::new()).collect(),
            attend: (0..n).map(|_| OnceCell::new()).collect(),
            phrases: (0..n).map(|_| OnceCell::new()).collect(),
            dates: (0..n).map(|_| OnceCell::new()).collect(),
            anchor,
            places: (0..n).map(|_| OnceCell::new()).collect(),
            attended: OnceCell::new(),
            first_city: OnceCell::new(),
        }
    }

    /// [`SentenceCache::new`] with every sentence's triggers found (and the occasions
    /// they needed), and the dates and status phrases of the sentences that hold one, as
    /// the scan asks for them all: on several threads for a long article.
    pub(super) fn with_triggers(analyses: &'a [Analysis<'a>], anchor: Option<Date>) -> Self {
        let cache = Self::new(analyses, anchor);
        let found = crate::extract::parallel::per_sentence(analyses, |a| {
            if !PREFILTER.is_match(a.text) {
                return None;
            }
            let occasions = find_occasions(a);
            let triggers = find_triggers_with(a, &occasions);
            let told = (!triggers.is_empty())
                .then(|| (find_dates(a.text, anchor), SentencePhrases::of(a.text)));
            Some((occasions, triggers, told))
        });
        for (si, found) in found.into_iter().enumerate() {
            let Some((occasions, triggers, told)) = found else {
                let _ = cache.triggers[si].set(Vec::new());
                continue;
            };
            let _ = cache.occasions[si].set(occasions);
            let _ = cache.triggers[si].set(triggers);
            if let Some((dates, phrases)) = told {
                let _ = cache.dates[si].set(dates);
                let _ = cache.phrases[si].set(phrases);
            }
        }
        cache
    }

    /// The dates of sentence `si` ([`find_dates`] against the article's date).
    pub(super) fn dates(&self, si: usize) -> Vec<DateMention> {
        self.dates[si]
            .get_or_init(|| find_dates(self.analyses[si].text, self.anchor))
            .clone()
    }

    /// The analysis of sentence `si`.
    pub(super) fn analysis(&self, si: usize) -> &Analysis<'a> {
        &self.analyses[si]
    }

    /// What the phrases of sentence `si` say of a meeting's status.
    pub(super) fn phrases(&self, si: usize) -> &SentencePhrases {
        self.phrases[si].get_or_init(|| SentencePhrases::of(self.analyses[si].text))
    }

    /// The place gazetteer hit `gi` of sentence `si` names ([`place_at`]).
    pub(super) fn place_at(&self, si: usize, gi: usize) -> Option<&Place> {
        let a = &self.analyses[si];
        let cells = self.places[si].get_or_init(|| a.gaz.iter().map(|_| OnceCell::new()).collect());
        cells[gi].get_or_init(|| place_at(a, gi)).as_ref()
    }

    /// The named occasions of sentence `si` ([`find_occasions`]).
    pub(super) fn occasions(&self, si: usize) -> &[Occasion] {
        self.occasions[si].get_or_init(|| find_occasions(&self.analyses[si]))
    }

    /// The triggers of sentence `si` ([`find_triggers_with`]); none when the prefilter
    /// finds no trigger word.
    pub(super) fn triggers(&self, si: usize) -> &[Trigger] {
        self.triggers[si].get_or_init(|| {
            let a = &self.analyses[si];
            if PREFILTER.is_match(a.text) {
                find_triggers_with(a, self.occasions(si))
            } else {
                Vec::new()
            }
        })
    }

    /// Whether sentence `si` holds "attend" in any case ("attended", "Attending").
    pub(super) fn speaks_of_attending(&self, si: usize) -> bool {
        *self.attend[si].get_or_init(|| self.analyses[si].text.to_lowercase().contains("attend"))
    }

    /// The occasions the article says were attended: in each sentence that speaks of
    /// attending, the first occasion with "attend..." among the two words before it.
    pub(super) fn attended(&self) -> &Attended {
        self.attended.get_or_init(|| {
            crate::extract::work::read(self.analyses.len());
            let mut out = Attended::default();
            for n in (0..self.analyses.len()).filter(|&n| self.speaks_of_attending(n)) {
                let text = self.analyses[n].text;
                let attended = self.occasions(n).iter().find(|o| {
                    words_before(text, o.start, 2)
                        .iter()
                        .any(|w| w.starts_with("attend"))
                });
                if let Some(o) = attended {
                    out.push(o.text.clone(), self.place_near(n));
                }
            }
            out
        })
    }

    /// The first city or venue sentence `si` names.
    pub(super) fn place_near(&self, si: usize) -> Option<Place> {
        let a = &self.analyses[si];
        a.gaz
            .iter()
            .find(|g| matches!(g.kind, GazKind::City | GazKind::Venue))
            .map(|g| Place {
                name: g.name.clone(),
                country: g.country.clone(),
            })
    }

    /// The first city the article names.
    pub(super) fn first_city(&self) -> Option<&Place> {
        self.first_city
            .get_or_init(|| {
                crate::extract::work::read(self.analyses.len());
                self.analyses.iter().find_map(|a| {
                    a.gaz
                        .iter()
                        .find(|g| g.kind == GazKind::City)
                        .map(|g| Place {
                            name: g.name.clone(),
                            country: g.country.clone(),
                        })
                })
            })
            .as_ref()
    }
}
