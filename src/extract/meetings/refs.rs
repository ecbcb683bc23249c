//! Who a sentence's references to people are: names, pronouns, groups and descriptions
//! resolved to the article's entities, and references coordinated with one another ("A
//! and B", "A, B and C").

use super::{Resolved, Scan, in_quotes};
use crate::extract::coref::is_honorific;
use crate::extract::people::{Analysis, PersonRef, RefKind, RoleClass, role_class};
use crate::extract::quotes::QuoteSpan;

impl Scan<'_> {
    /// Resolves every ref of a sentence to entity ids (empty when unresolved). Pronouns and
    /// groups use the state before this sentence's meetings.
    pub(super) fn resolve_all(&mut self, si: usize, quotes: &[QuoteSpan]) -> Resolved {
        let a = &self.analyses[si];
        let mut out: Resolved = Vec::with_capacity(a.refs.len());
        for (ri, r) in a.refs.iter().enumerate() {
            let ids = match &r.kind {
                RefKind::Named(n) => vec![self.facts.entities.named(
                    n,
                    r.role.as_deref().filter(|_| !r.counterpart),
                    r.country.as_deref(),
                    r.then,
                    si,
                )],
                RefKind::Single(w) => {
                    let found = self.facts.entities.single(w, si);
                    if let Some(id) = found {
                        self.facts.entities.alias(id, w);
                    }
                    found.into_iter().collect()
                }
                RefKind::Pronoun => {
                    let in_quote = in_quotes(quotes, r);
                    let prev = (0..ri).rev().find(|&k| {
                        matches!(a.refs[k].kind, RefKind::Named(_) | RefKind::Single(_))
                            && !out[k].is_empty()
                            && !in_quote
                    });
                    match prev {
                        Some(k) => out[k].clone(),
                        None => self.last_subject.into_iter().collect(),
                    }
                }
                RefKind::PluralPronoun => {
                    // "X and Y ... when they met": the coordinated pair before it.
                    let pair = coordinated_before(a, ri, &out);
                    if pair.len() >= 2 {
                        pair
                    } else {
                        self.focus_people()
                    }
                }
                RefKind::Group => self.focus_people(),
                // Descriptions and lists depend on the subject: resolved per trigger.
                RefKind::Desc | RefKind::CounterpartList(_) => Vec::new(),
            };
            for &id in &ids {
                self.facts.entities.touch(id, si);
            }
            out.push(ids);
        }
        // Descriptions without a trigger context ("the Indian minister told ...").
        for (ri, r) in a.refs.iter().enumerate() {
            if r.kind == RefKind::Desc {
                let subject = self.last_subject.into_iter().collect::<Vec<_>>();
                out[ri] = self.resolve_desc(si, r, &subject, false);
            }
        }
        out
    }

    /// The person a description names, given the subject it is relative to.
    pub(super) fn resolve_desc(
        &mut self,
        si: usize,
        r: &PersonRef,
        subject: &[usize],
        recalled: bool,
    ) -> Vec<usize> {
        let ents = &self.facts.entities;
        // A counterpart holds the subject's office; otherwise the title tells the office.
        let class = if r.counterpart {
            subject
                .first()
                .and_then(|&s| ents.list.get(s))
                .and_then(|e| e.class.clone())
        } else {
            r.role.as_deref().map(role_class)
        };
        let class = class.filter(|c| !matches!(c, RoleClass::Other(_)));
        let Some(country) = r.country.as_deref() else {
            return self.other_side(subject, class.as_ref());
        };
        // A recalled meeting's counterpart: a "then-" holder told next to it.
        let near = Some((si, si + 1));
        if recalled
            && let Some(p) = ents.by_desc(Some(country), class.as_ref(), subject, Some(true), near)
        {
            return vec![p];
        }
        let current = ents
            .by_desc(Some(country), class.as_ref(), subject, Some(false), None)
            .or_else(|| ents.by_desc(Some(country), class.as_ref(), subject, None, None));
        match current {
            Some(p) => vec![p],
            None if r.counterpart => {
                // An unnamed counterpart holds the subject's office.
                let role = subject
                    .first()
                    .and_then(|&s| ents.list.get(s))
                    .and_then(|e| e.roles.iter().find(|r| !is_honorific(r)).cloned())
                    .or_else(|| r.role.clone());
                vec![self.facts.entities.unnamed(role.as_deref(), country, si)]
            }
            None => Vec::new(),
        }
    }

    /// "his guest", "his counterpart", "the minister" without a country: the other side of
    /// the meeting in focus, else an unresolved description.
    fn other_side(&self, subject: &[usize], class: Option<&RoleClass>) -> Vec<usize> {
        let focus = self.focus_people();
        let others: Vec<usize> = focus
            .iter()
            .copied()
            .filter(|p| !subject.contains(p))
            .collect();
        if !subject.is_empty() && focus.iter().any(|p| subject.contains(p)) && others.len() == 1 {
            return others;
        }
        if subject.is_empty() && focus.len() == 2 {
            return self
                .facts
                .entities
                .by_desc(None, class, &[], None, None)
                .filter(|p| focus.contains(p))
                .into_iter()
                .collect();
        }
        Vec::new()
    }

    /// Resolves a ref in a trigger's context (descriptions relative to the subject).
    pub(super) fn resolve_in(
        &mut self,
        si: usize,
        ri: usize,
        resolved: &Resolved,
        subject: &[usize],
        recalled: bool,
    ) -> Vec<Vec<usize>> {
        let a = &self.analyses[si];
        let r = &a.refs[ri];
        match &r.kind {
            RefKind::Desc => vec![self.resolve_desc(si, r, subject, recalled)],
            RefKind::CounterpartList(countries) => {
                let mut out = Vec::new();
                for c in countries {
                    let single = PersonRef {
                        country: Some(c.clone()),
                        counterpart: true,
                        ..r.clone()
                    };
                    out.push(self.resolve_desc(si, &single, subject, recalled));
                }
                out
            }
            _ => vec![resolved[ri].clone()],
        }
    }
}

/// Refs coordinated with `last` going backwards ("A and B", "A, B and C"), in order.
/// Keeps a coordination only when it has an "and" ("A, B and C"); a bare comma is more
/// often an apposition or a clause break ("... owned by X, Sarney met").
fn with_and(chain: Vec<usize>, links: &[bool]) -> Vec<usize> {
    if links.iter().any(|&l| l) || chain.len() <= 1 {
        chain
    } else {
        chain.into_iter().take(1).collect()
    }
}

fn link(a: &Analysis, left: usize, right: usize) -> Option<bool> {
    match a
        .text
        .get(a.refs[left].end..a.refs[right].start)
        .map(str::trim)
        .unwrap_or("")
    {
        "and" | "&" | ", and" => Some(true),
        "," => Some(false),
        _ => None,
    }
}

pub(super) fn coordinated_chain_back(a: &Analysis, last: usize, allowed: &[usize]) -> Vec<usize> {
    let mut chain = vec![last];
    let mut links = Vec::new();
    let mut cur = last;
    while let Some(&prev) = allowed.iter().rev().find(|&&k| k < cur) {
        match link(a, prev, cur) {
            Some(l) => {
                links.push(l);
                chain.push(prev);
                cur = prev;
            }
            None => break,
        }
    }
    let mut chain = with_and(chain, &links);
    chain.reverse();
    chain
}

pub(super) fn coordinated_chain_fwd(a: &Analysis, first: usize, allowed: &[usize]) -> Vec<usize> {
    let mut chain = vec![first];
    let mut links = Vec::new();
    let mut cur = first;
    while let Some(&next) = allowed.iter().find(|&&k| k > cur) {
        match link(a, cur, next) {
            Some(l) => {
                links.push(l);
                chain.push(next);
                cur = next;
            }
            None => break,
        }
    }
    with_and(chain, &links)
}

/// The people coordinated right before ref `ri` ("set by X and Y when they met").
fn coordinated_before(a: &Analysis, ri: usize, resolved: &[Vec<usize>]) -> Vec<usize> {
    let named: Vec<usize> = (0..ri)
        .filter(|&k| matches!(a.refs[k].kind, RefKind::Named(_) | RefKind::Single(_)))
        .collect();
    let Some(&last) = named.last() else {
        return Vec::new();
    };
    let chain = coordinated_chain_back(a, last, &named);
    if chain.len() < 2 {
        return Vec::new();
    }
    chain
        .iter()
        .flat_map(|&k| resolved.get(k).cloned().unwrap_or_default())
        .collect()
}
