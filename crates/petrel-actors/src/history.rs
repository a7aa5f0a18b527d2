//! The mentions resolved so far in a document, indexed so that each coreference question is
//! answered without rereading the article: running counts of states (for "the state the
//! article has mentioned most so far") and positions by noun and by sector (for "the latest
//! earlier mention of the same noun or sector"). Without them, a long document cost time
//! quadratic in its mentions.

use crate::compose::Draft;
use crate::coref::state_of;
use petrel_core::ActorKind;
use petrel_ontology::actor_code::is_state;
use std::collections::HashMap;

/// Mention counts per state and the position of each state's first mention.
#[derive(Default)]
struct Counts(HashMap<String, (usize, usize)>);

impl Counts {
    fn add(&mut self, state: &str, at: usize) {
        match self.0.get_mut(state) {
            Some(c) => c.0 += 1,
            None => {
                self.0.insert(state.to_string(), (1, at));
            }
        }
    }
    /// The most counted state when it has at least two mentions and more than any other.
    fn clear_top(&self) -> Option<&str> {
        let mut v: Vec<(&String, usize)> = self.0.iter().map(|(c, &(n, _))| (c, n)).collect();
        v.sort_unstable_by(|a, b| b.1.cmp(&a.1));
        match v.as_slice() {
            [(c, n), rest @ ..] if *n >= 2 && rest.first().is_none_or(|r| r.1 < *n) => {
                Some(c.as_str())
            }
            _ => None,
        }
    }
    /// The most counted state other than `except`; ties go to the first mentioned.
    fn top(&self, except: Option<&str>) -> Option<&str> {
        self.0
            .iter()
            .filter(|(c, _)| Some(c.as_str()) != except)
            .max_by_key(|&(_, &(n, first))| (n, std::cmp::Reverse(first)))
            .map(|(c, _)| c.as_str())
    }
}

/// The resolved mentions of a document in text order, each with its sentence.
#[derive(Default)]
pub(crate) struct History {
    items: Vec<(usize, Draft)>,
    /// States of mentions that are not coreference and not places.
    actors: Counts,
    /// States of mentions that are not coreference, places included.
    all: Counts,
    /// States (not regions) named outright: not coreference, not places, not taken from
    /// context.
    named: Counts,
    by_noun: HashMap<String, Vec<usize>>,
    by_sector: HashMap<String, Vec<usize>>,
}

impl History {
    /// Adds a resolved mention of sentence `s`; `named` when its state is its own, not the
    /// context's.
    pub(crate) fn push(&mut self, s: usize, d: Draft, named: bool) {
        let at = self.items.len();
        if named && d.kind != ActorKind::Coreference && !d.place && !d.is_outlet() {
            if let Some(c) = state_of(&d.code).filter(|c| is_state(c)) {
                self.named.add(c, at);
            }
        }
        if d.kind != ActorKind::Coreference && !d.is_outlet() {
            if let Some(c) = state_of(&d.code) {
                self.all.add(c, at);
                if !d.place {
                    self.actors.add(c, at);
                }
            }
        }
        if let Some(noun) = d.entry.rsplit(" + ").next() {
            self.by_noun.entry(noun.to_string()).or_default().push(at);
        }
        if let Some(sector) = d.code.get(3..6) {
            self.by_sector
                .entry(sector.to_string())
                .or_default()
                .push(at);
        }
        self.items.push((s, d));
    }
    /// Every mention so far, in order.
    pub(crate) fn items(&self) -> &[(usize, Draft)] {
        &self.items
    }
    /// The mentions of sentences `lo..=hi` (the history is in sentence order).
    pub(crate) fn sentences(&self, lo: usize, hi: usize) -> &[(usize, Draft)] {
        let a = self.items.partition_point(|(s, _)| *s < lo);
        let b = self.items.partition_point(|(s, _)| *s <= hi);
        &self.items[a..b]
    }
    /// The state mentioned most so far (not counting coreference, nor places unless `places`),
    /// other than `except`; ties go to the one mentioned first.
    pub(crate) fn dominant(&self, except: Option<&str>, places: bool) -> Option<&str> {
        if places {
            self.all.top(except)
        } else {
            self.actors.top(except)
        }
    }
    /// The state the article names outright most, if it is named at least twice and more
    /// often than any other.
    pub(crate) fn clearly_dominant(&self) -> Option<&str> {
        self.named.clear_top()
    }
    /// The latest mention whose entry ends in `noun` and that passes `fits`.
    pub(crate) fn latest_with_noun(
        &self,
        noun: &str,
        fits: impl Fn(&Draft) -> bool,
    ) -> Option<&Draft> {
        self.latest(self.by_noun.get(noun), fits)
    }
    /// The latest mention whose code has `sector` in place of a sector and that passes `fits`.
    pub(crate) fn latest_with_sector(
        &self,
        sector: &str,
        fits: impl Fn(&Draft) -> bool,
    ) -> Option<&Draft> {
        self.latest(self.by_sector.get(sector), fits)
    }
    fn latest(&self, at: Option<&Vec<usize>>, fits: impl Fn(&Draft) -> bool) -> Option<&Draft> {
        at?.iter()
            .rev()
            .map(|&i| &self.items[i].1)
            .find(|d| fits(d))
    }
}
