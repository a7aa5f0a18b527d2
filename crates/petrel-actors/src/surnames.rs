//! Surnames: a person named in full once ("Chancellor Gordon Brown", "Home Secretary Charles
//! Clarke") is the same actor when the article later calls them by surname alone ("Mr Brown
//! said", "Clarke said").

use crate::compose::{Draft, RefClass, SURNAME_TITLES};
use crate::coref::state_of;
use crate::dict::ActorDict;
use crate::units::Units;
use petrel_core::{ActorKind, Upos};
use std::collections::HashMap;

/// The longest personal name read after a title ("Home Secretary Charles Clarke").
const MAX_NAME: usize = 3;

/// Adds a mention for every later use of the surname of a person named in full, with that
/// person's code. `sentences` holds each sentence's drafts in text order.
pub(crate) fn resolve(units: &Units, dict: &ActorDict, sentences: &mut [Vec<Draft>]) {
    let mut covered = vec![false; units.v.len()];
    for d in sentences.iter().flatten() {
        covered[d.u0..d.u1].iter_mut().for_each(|c| *c = true);
    }
    // surname -> (unit where the full name ends, the person's draft), or None if two people
    // of the article share it.
    let mut known: HashMap<&str, Option<(usize, &Draft)>> = HashMap::new();
    for d in sentences.iter().flatten() {
        if d.place || state_of(&d.code).is_none() {
            continue;
        }
        let surname = match d.kind {
            ActorKind::Person if d.u1 - d.u0 >= 2 && d.class == RefClass::Person => {
                Some(d.u1 - 1)
            }
            ActorKind::Person | ActorKind::Coreference => None,
            _ => titled_name(units, dict, &covered, d.u1),
        };
        let Some(s) = surname else { continue };
        known
            .entry(units.norm(s))
            .and_modify(|k| {
                if k.is_some_and(|(_, p)| p.code != d.code) {
                    *k = None;
                }
            })
            .or_insert(Some((s, d)));
    }
    if known.is_empty() {
        return;
    }
    let mut added: Vec<Draft> = Vec::new();
    for i in 0..units.v.len() {
        let Some(Some((at, person))) = known.get(units.norm(i)) else {
            continue;
        };
        if i <= *at || covered[i] || !units.v[i].cap || units.v[i].upper {
            continue;
        }
        let same = |j: usize| units.v[j].sent == units.v[i].sent;
        let titled =
            i > 0 && same(i - 1) && !covered[i - 1] && SURNAME_TITLES.contains(&units.norm(i - 1));
        // The tagger misreads some names that open a sentence ("Novak later met…").
        let alone = (units.v[i].upos == Some(Upos::Propn)
            || !dict.is_common_word(units.norm(i)))
            && (i == 0 || !same(i - 1) || !units.v[i - 1].cap);
        let name_goes_on = i + 1 < units.v.len()
            && same(i + 1)
            && units.v[i + 1].cap
            && units.v[i + 1].upos == Some(Upos::Propn);
        if (titled || alone) && !name_goes_on {
            let u0 = if titled { i - 1 } else { i };
            added.push(Draft {
                u0,
                u1: i + 1,
                head: i,
                kind: ActorKind::Coreference,
                class: RefClass::Person,
                ..(*person).clone()
            });
        }
    }
    place(units, sentences, added);
}

/// The unit of the surname of a personal name of two to [`MAX_NAME`] capitalised words just
/// after a title that ends at unit `u`, not known to the dictionary: "Home Secretary Charles
/// Clarke" → "Clarke".
fn titled_name(units: &Units, dict: &ActorDict, covered: &[bool], u: usize) -> Option<usize> {
    let sent = units.v.get(u.checked_sub(1)?)?.sent;
    let name = |j: usize| {
        j < units.v.len()
            && !covered[j]
            && units.v[j].sent == sent
            && units.v[j].cap
            && !units.v[j].upper
            && units.v[j].upos == Some(Upos::Propn)
    };
    let len = (u..u + MAX_NAME + 1).take_while(|&j| name(j)).count();
    let uncommon = (u..u + len).any(|j| !dict.is_common_word(units.norm(j)));
    ((2..=MAX_NAME).contains(&len) && uncommon).then(|| u + len - 1)
}

/// Puts each added draft into its sentence, in text order.
fn place(units: &Units, sentences: &mut [Vec<Draft>], added: Vec<Draft>) {
    if added.is_empty() {
        return;
    }
    let mut block_of: HashMap<u32, usize> = HashMap::new();
    for u in &units.v {
        let n = block_of.len();
        block_of.entry(u.sent).or_insert(n);
    }
    for d in added {
        if let Some(b) = block_of
            .get(&units.v[d.u0].sent)
            .and_then(|&b| sentences.get_mut(b))
        {
            let at = b.partition_point(|x| x.u0 < d.u0);
            b.insert(at, d);
        }
    }
}
