//! Surnames: a person named in full once ("Chancellor Gordon Brown", "Home Secretary Charles
//! Clarke") is the same actor when the article later calls them by surname alone ("Mr Brown
//! said", "Clarke said").

use crate::compose::{Draft, RefClass, SURNAME_TITLES};
use crate::coref::state_of;
use crate::dict::ActorDict;
use crate::units::Units;
use petrel_core::{ActorKind, Upos};
use std::collections::HashMap;
use std::ops::Range;

/// The longest personal name read after a title ("Home Secretary Charles Clarke").
const MAX_NAME: usize = 3;

/// The people an article has named in full so far, by surname.
pub(crate) struct Surnames<'a> {
    units: &'a Units,
    dict: &'a ActorDict,
    /// Surname -> the person's draft, or `None` once two people of the article share it.
    known: HashMap<&'a str, Option<Draft>>,
}

impl<'a> Surnames<'a> {
    /// No one known yet.
    pub(crate) fn new(units: &'a Units, dict: &'a ActorDict) -> Surnames<'a> {
        Surnames {
            units,
            dict,
            known: HashMap::new(),
        }
    }

    /// Learns the surnames of the people named in full among one sentence's resolved drafts.
    pub(crate) fn learn(&mut self, drafts: &[Draft]) {
        for d in drafts {
            // An aid worker of no stated country ("aid worker Margaret Hassan") is still
            // the person "Mrs Hassan" names.
            if d.place || (state_of(&d.code).is_none() && !d.code.starts_with("NGO")) {
                continue;
            }
            let surname = match d.kind {
                ActorKind::Person if d.u1 - d.u0 >= 2 && d.class == RefClass::Person => {
                    Some(d.u1 - 1)
                }
                ActorKind::Person | ActorKind::Coreference => None,
                _ => self.titled_name(drafts, d.u1),
            };
            let Some(s) = surname else { continue };
            self.known
                .entry(self.units.norm(s))
                .and_modify(|k| {
                    if k.as_ref().is_some_and(|p| p.code != d.code) {
                        *k = None;
                    }
                })
                .or_insert_with(|| Some(d.clone()));
        }
    }

    /// Adds to one sentence's drafts (units `range`, in text order) a mention for every use of
    /// a known surname that no draft covers.
    pub(crate) fn find(&self, range: Range<usize>, drafts: &mut Vec<Draft>) {
        if self.known.is_empty() {
            return;
        }
        let units = self.units;
        // The article's own person beats a namesake the dictionary knows by surname alone:
        // after "Michael Howard", "Mr Howard" is not Australia's John Howard.
        for d in drafts.iter_mut() {
            let short = d.kind == ActorKind::Person && d.u1 - d.u0 <= 2 && d.head + 1 == d.u1;
            if let Some(Some(person)) = short
                .then(|| self.known.get(units.norm(d.head)))
                .flatten()
                .filter(|p| p.as_ref().is_some_and(|p| !range.contains(&p.u0)))
            {
                if person.entry != d.entry {
                    d.code = person.code.clone();
                    d.entry = person.entry.clone();
                    d.kind = ActorKind::Coreference;
                }
            }
        }
        let covered = |u: usize| drafts.iter().any(|d| (d.u0..d.u1).contains(&u));
        let mut added = Vec::new();
        for i in range.clone() {
            // A person named in this very sentence is not its own antecedent (the headline is
            // looked at again once the whole article is known).
            let Some(Some(person)) = self.known.get(units.norm(i)) else {
                continue;
            };
            if range.contains(&person.u0) {
                continue;
            }
            if covered(i) || !units.v[i].cap || units.v[i].upper {
                continue;
            }
            let titled =
                i > range.start && !covered(i - 1) && SURNAME_TITLES.contains(&units.norm(i - 1));
            // The tagger misreads some names that open a sentence ("Novak later met…").
            let alone = (units.v[i].upos == Some(Upos::Propn)
                || !self.dict.is_common_word(units.norm(i)))
                && (i == range.start
                    || !units.v[i - 1].cap
                    || units.v[i - 1].upos.is_some_and(|p| p != Upos::Propn));
            let name_goes_on =
                i + 1 < range.end && units.v[i + 1].cap && units.v[i + 1].upos == Some(Upos::Propn);
            if (titled || alone) && !name_goes_on {
                added.push(Draft {
                    u0: if titled { i - 1 } else { i },
                    u1: i + 1,
                    head: i,
                    kind: ActorKind::Coreference,
                    class: RefClass::Person,
                    ..person.clone()
                });
            }
        }
        for d in added {
            let at = drafts.partition_point(|x| x.u0 < d.u0);
            drafts.insert(at, d);
        }
    }

    /// The unit of the surname of a personal name of two to [`MAX_NAME`] capitalised words
    /// just after a title that ends at unit `u`, where no draft of the sentence is: "Home
    /// Secretary Charles Clarke" → "Clarke".
    fn titled_name(&self, drafts: &[Draft], u: usize) -> Option<usize> {
        let units = self.units;
        let sent = units.v.get(u.checked_sub(1)?)?.sent;
        let name = |j: usize| {
            j < units.v.len()
                && units.v[j].sent == sent
                && units.v[j].cap
                && !units.v[j].upper
                && units.v[j].upos == Some(Upos::Propn)
                && !drafts.iter().any(|d| (d.u0..d.u1).contains(&j))
        };
        let len = (u..u + MAX_NAME + 1).take_while(|&j| name(j)).count();
        let uncommon = (u..u + len).any(|j| !self.dict.is_common_word(units.norm(j)));
        ((2..=MAX_NAME).contains(&len) && uncommon).then(|| u + len - 1)
    }
}

/// The units of each sentence that has any, in order (the blocks of drafts `resolve` gets).
pub(crate) fn sentence_ranges(units: &Units) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (i, u) in units.v.iter().enumerate() {
        match out.last_mut() {
            Some(r) if units.v[r.start].sent == u.sent => r.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}
