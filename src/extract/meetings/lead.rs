//! The lead: the first sentence at the top of an article that names the parties of its
//! news ("TOKYO - X and Y agreed Monday to ...", "The foreign ministers of Peru and
//! Bolivia agreed on Tuesday ...") and the one day it gives them, which dates the news
//! meeting of those parties when the article tells it without a date.

use super::Scan;
use crate::extract::dates::{DateMention, dateline_in, find_dates};
use crate::lexicon::gazetteer::GazKind;
use crate::lexicon::lists::PERSON_NOUNS;
use crate::model::{FuzzyDate, Status};

/// Sentences at the top of an article read for the lead: the first that names its
/// parties, after a headline and a byline.
const LEAD_SENTENCES: usize = 4;

/// Who the lead names.
#[derive(Debug, Clone)]
pub(super) enum Parties {
    /// Two or more people by name.
    People(Vec<usize>),
    /// Two or more countries whose office holders it names together ("the foreign
    /// ministers of Peru and Bolivia", "Kenyan and Ugandan leaders").
    Countries(Vec<String>),
}

/// The lead's parties and its one day.
#[derive(Debug, Clone)]
pub(super) struct Lead {
    parties: Parties,
    date: DateMention,
}

impl Scan<'_> {
    /// Keeps sentence `si` as the lead when it is near the top, tells no meeting, names
    /// the parties (two or more people `named`, else countries with their office holders;
    /// one name beside them may be the wire's, "(Reuters)") and gives one day.
    pub(super) fn note_lead(&mut self, si: usize, named: &[usize], told: bool) {
        if si >= LEAD_SENTENCES || told || self.lead.is_some() {
            return;
        }
        let parties = if named.len() >= 2 {
            Parties::People(named.to_vec())
        } else if let Some(countries) = self.office_countries(si) {
            Parties::Countries(countries)
        } else {
            return;
        };
        self.lead = self.lead_date(si).map(|date| Lead { parties, date });
    }

    /// "The foreign ministers of Peru and Bolivia": two or more countries (or their
    /// demonyms) in a sentence with a plural office ("ministers", "leaders").
    fn office_countries(&self, si: usize) -> Option<Vec<String>> {
        let a = &self.analyses[si];
        let plural_office = a.toks.iter().any(|k| {
            let w = k.lower();
            w.strip_suffix('s').is_some_and(|one| PERSON_NOUNS.has(one))
        });
        let mut countries: Vec<String> = a
            .gaz
            .iter()
            .filter(|g| matches!(g.kind, GazKind::Country | GazKind::Demonym))
            .filter_map(|g| g.country.clone())
            .collect();
        countries.sort();
        countries.dedup();
        (plural_office && countries.len() >= 2).then_some(countries)
    }

    /// The one date of a lead sentence, when it is a day ("agreed on Monday", "said on
    /// Nov. 17"), the dateline left out.
    fn lead_date(&self, si: usize) -> Option<DateMention> {
        let text = self.analyses[si].text;
        let mut dates = find_dates(text, self.anchor());
        if let Some((start, _, _)) = dateline_in(text) {
            dates.retain(|d| d.start != start);
        }
        match dates.as_slice() {
            [d] if d.date.to_date().is_some() => Some(d.clone()),
            _ => None,
        }
    }

    /// "TOKYO - X and Y agreed on Monday to ... During the phone call, ...": the news
    /// meeting of the parties the lead names, told without a date (or with only a year or
    /// month that the lead's day falls in), is dated by the lead.
    pub(super) fn lead_dates(&mut self) {
        let Some(lead) = self.lead.take() else {
            return;
        };
        let entities = &self.facts.entities.list;
        let party = |p: &usize| match &lead.parties {
            Parties::People(people) => people.contains(p),
            Parties::Countries(countries) => entities[*p]
                .country
                .as_ref()
                .is_some_and(|c| countries.contains(c)),
        };
        // "It was their second meeting this year": a year the lead's day refines.
        let coarser = |d: &FuzzyDate| {
            d.precision() < lead.date.date.precision() && d.compatible(&lead.date.date)
        };
        for m in &mut self.facts.meetings {
            if m.date.as_ref().is_none_or(coarser)
                && m.status == Status::Held
                && !m.recalled
                && m.participants.len() >= 2
                && m.participants.iter().all(party)
            {
                m.date = Some(lead.date.date);
                m.date_text = Some(lead.date.text.clone());
            }
        }
    }
}
