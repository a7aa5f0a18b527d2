//! Composition of one sentence's matches into draft mentions.
//!
//! - country + government metonym: `Ivory Coast's Supreme Court` → `CIVJUD`;
//! - country (+ up to two modifier words) + agent nouns: `Russian troops` → `RUSMIL`,
//!   `Iran's foreign minister` → `IRNGOV`, `UN peacekeepers` → `IGOUNOMIL`;
//! - agent + `of`/`from`/`in` (+ `the`) + country: `the foreign minister of Iran` → `IRNGOV`,
//!   `security forces in Guinea` → `GINMIL` (an agent's location is its country by default);
//! - a title before a person is absorbed: `Russian President Vladimir Putin` is one mention;
//! - `X-backed` (`-sponsored`, `-supported`…) marks a sponsor, not the actor's country: the
//!   agent after it is left for the document pass (see [`crate::coref`]);
//! - a capital or government metonym after `in`/`at`/`to`… is a place: its code drops the sector;
//! - agents with no country are left for the document pass (context or coreference).

use crate::dict::{ActorDict, CONTEXT, PLURAL};
use crate::entry::{AgentClass, EntryKind};
use crate::matcher::{Item, Pronoun};
use crate::units::Units;
use petrel_core::{ActorKind, Date};

/// Which pronouns may refer back to a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RefClass {
    /// One person.
    Person,
    /// A group of people.
    Plural,
    /// A state, organisation or institution.
    Thing,
}

/// What the document pass must still decide for a draft.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Pending {
    /// Nothing: the code is final.
    No,
    /// A generic agent with no country: `definite` after `the`/`this`/`that`.
    Bare { definite: bool },
    /// A pronoun.
    Pronoun(Pronoun),
    /// An agent backed by the country `sponsor`.
    Sponsor { sponsor: String },
}

/// A mention before the document pass.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub u0: usize,
    pub u1: usize,
    pub head: usize,
    /// Final code, or for pending agents the sector parts (`~GOV`, `NGO~` joined by spaces).
    pub code: String,
    pub kind: ActorKind,
    pub entry: String,
    pub class: RefClass,
    pub pending: Pending,
    /// A state named as a place (`in Ukraine`): not counted as article context.
    pub place: bool,
    /// Kept only if its state is named elsewhere in the document (contextual alias, misspelling).
    pub contextual: bool,
}

const SPONSOR: [&str; 8] = ["backed", "sponsored", "supported", "funded", "armed", "trained", "allied", "aligned"];
const LOCATIVE: [&str; 9] = ["in", "at", "near", "outside", "around", "across", "to", "into", "visited"];
const NOT_MODIFIER: [&str; 30] = [
    "and", "or", "of", "the", "a", "an", "to", "in", "on", "at", "for", "with", "by", "from", "said", "says", "has",
    "have", "had", "is", "are", "was", "were", "will", "would", "that", "which", "who", "as", "but",
];

/// Turns the items of one sentence into drafts.
pub(crate) fn sentence(dict: &ActorDict, date: Option<Date>, units: &Units, items: &[Item], out: &mut Vec<Draft>) {
    let mut k = 0;
    while k < items.len() {
        let (u0, u1, entry, flags) = match items[k] {
            Item::Pronoun { u, class } => {
                let c = match class {
                    Pronoun::Person => RefClass::Person,
                    Pronoun::Plural => RefClass::Plural,
                    Pronoun::Thing => RefClass::Thing,
                };
                out.push(Draft { u0: u, u1: u + 1, head: u, code: String::new(), kind: ActorKind::Coreference, entry: String::new(), class: c, pending: Pending::Pronoun(class), place: false, contextual: false });
                k += 1;
                continue;
            }
            Item::Match { u0, u1, entry, flags, .. } => (u0, u1, entry, flags),
        };
        let e = dict.entry(entry);
        let Some(code) = e.code_on(date).filter(|c| c.starts_with(|ch: char| ch.is_ascii_alphabetic() || ch == '~')) else {
            k += 1;
            continue;
        };
        match e.kind {
            EntryKind::Agent(_) => {
                let (end, agent) = chain(dict, date, items, k);
                let next = items.get(end).copied();
                if let Some(Item::Match { u0: c0, u1: c1, entry: ce, .. }) = next {
                    let cent = dict.entry(ce);
                    if matches!(cent.kind, EntryKind::Country | EntryKind::Organisation) && of_gap(units, agent.u1, c0) {
                        if let Some(base) = cent.code_on(date) {
                            let code = compose(base, cent.kind == EntryKind::Organisation, &agent.code);
                            out.push(Draft { u0, u1: c1, head: agent.head, code, kind: ActorKind::Agent, entry: format!("{} + {}", cent.name, agent.entry), class: agent.class, pending: Pending::No, place: false, contextual: false });
                            k = end + 1;
                            continue;
                        }
                    }
                    if dict.entry(ce).kind == EntryKind::Person && c0 == agent.u1 {
                        out.push(person(dict, date, u0, items[end], false));
                        k = end + 1;
                        continue;
                    }
                }
                let definite = u0 > 0 && units.v[u0 - 1].sent == units.v[u0].sent && matches!(units.norm(u0 - 1), "the" | "this" | "that" | "these" | "those");
                out.push(Draft { pending: Pending::Bare { definite }, ..agent });
                k = end;
            }
            EntryKind::Country | EntryKind::Organisation => {
                let org = e.kind == EntryKind::Organisation;
                let next = items.get(k + 1).copied();
                let sponsor = !org && u1 < units.v.len() && units.v[u1].hyphen && units.v[u1].sent == units.v[u0].sent && SPONSOR.contains(&units.norm(u1));
                if sponsor {
                    match next {
                        Some(Item::Match { u0: a0, entry: ae, .. }) if a0 == u1 + 1 && matches!(dict.entry(ae).kind, EntryKind::Agent(_)) => {
                            let (end, agent) = chain(dict, date, items, k + 1);
                            out.push(Draft { u0, pending: Pending::Sponsor { sponsor: code[..3.min(code.len())].to_string() }, ..agent });
                            k = end;
                        }
                        _ => k += 1,
                    }
                    continue;
                }
                if let Some(Item::Match { u0: a0, entry: ae, .. }) = next {
                    if matches!(dict.entry(ae).kind, EntryKind::Agent(_)) && modifier_gap(units, u1, a0) {
                        let (end, agent) = chain(dict, date, items, k + 1);
                        if let Some(p @ Item::Match { u0: p0, entry: pe, .. }) = items.get(end).copied() {
                            if dict.entry(pe).kind == EntryKind::Person && p0 == agent.u1 {
                                out.push(person(dict, date, u0, p, true));
                                k = end + 1;
                                continue;
                            }
                        }
                        let code = compose(code, org, &agent.code);
                        out.push(Draft { u0, code, kind: ActorKind::Agent, entry: format!("{} + {}", e.name, agent.entry), pending: Pending::No, ..agent });
                        k = end;
                        continue;
                    }
                    let next_entry = dict.entry(ae);
                    if next_entry.kind == EntryKind::Person && a0 == u1 && !org {
                        out.push(person(dict, date, u0, items[k + 1], true));
                        k += 2;
                        continue;
                    }
                    let metonym = next_entry.code_on(date).filter(|c| c.len() > 3);
                    if let (Some(m), Some(Item::Match { u1: m1, .. })) = (metonym, next) {
                        if next_entry.kind == EntryKind::Country && a0 == u1 && !org && code.len() == 3 {
                            let code = compose(code, false, &format!("~{}", &m[3..]));
                            out.push(Draft { u0, u1: m1, head: m1 - 1, code, kind: ActorKind::Agent, entry: format!("{} + {}", e.name, next_entry.name), class: RefClass::Thing, pending: Pending::No, place: false, contextual: false });
                            k += 2;
                            continue;
                        }
                    }
                }
                let place = !org && u0 > 0 && units.v[u0 - 1].sent == units.v[u0].sent && LOCATIVE.contains(&units.norm(u0 - 1));
                let code = if place && code.len() > 3 { &code[..3] } else { code };
                out.push(Draft { u0, u1, head: u1 - 1, code: code.to_string(), kind: e.kind.actor_kind(), entry: e.name.to_string(), class: RefClass::Thing, pending: Pending::No, place, contextual: flags & CONTEXT != 0 });
                k += 1;
            }
            EntryKind::Person => {
                out.push(person(dict, date, u0, items[k], false));
                k += 1;
            }
        }
    }
}

/// A person match, its span widened to start at `u0` (over a title, and a country when
/// `country_named`, which settles a contextual match).
fn person(dict: &ActorDict, date: Option<Date>, u0: usize, item: Item, country_named: bool) -> Draft {
    let (u1, entry, fuzzy, flags) = match item {
        Item::Match { u1, entry, fuzzy, flags, .. } => (u1, entry, fuzzy, flags),
        Item::Pronoun { u, .. } => (u + 1, 0, false, 0),
    };
    let e = dict.entry(entry);
    let name = if fuzzy { format!("{} (spelling)", e.name) } else { e.name.to_string() };
    Draft { u0, u1, head: u1 - 1, code: e.code_on(date).unwrap_or("").to_string(), kind: ActorKind::Person, entry: name, class: RefClass::Person, pending: Pending::No, place: false, contextual: flags & CONTEXT != 0 && !country_named }
}

/// Adjacent agent matches from item `k` on, merged: returns the index after the chain and a
/// draft whose `code` holds the sector part of the last agent, the head noun (a `deputy
/// governor` is a governor).
fn chain(dict: &ActorDict, date: Option<Date>, items: &[Item], k: usize) -> (usize, Draft) {
    let (mut code, mut name) = ("", "");
    let (mut u0, mut u1, mut class) = (usize::MAX, 0, RefClass::Thing);
    let mut i = k;
    while let Some(Item::Match { u0: a0, u1: a1, entry, flags, .. }) = items.get(i).copied() {
        let e = dict.entry(entry);
        let EntryKind::Agent(ac) = e.kind else { break };
        if u0 != usize::MAX && a0 != u1 {
            break;
        }
        if u0 == usize::MAX {
            u0 = a0;
        }
        u1 = a1;
        code = e.code_on(date).unwrap_or(code);
        name = &e.name;
        class = match ac {
            AgentClass::Person if flags & PLURAL == 0 => RefClass::Person,
            AgentClass::Body => RefClass::Thing,
            _ => RefClass::Plural,
        };
        i += 1;
    }
    let draft = Draft {
        u0,
        u1,
        head: u1.saturating_sub(1),
        code: code.to_string(),
        kind: ActorKind::Agent,
        entry: name.to_string(),
        class,
        pending: Pending::No,
        place: false,
        contextual: false,
    };
    (i, draft)
}

/// Joins a base code and agent parts (`~GOV` appends, `NGO~` prepends). A country keeps
/// only its first three letters; an organisation keeps its whole code.
pub(crate) fn compose(base: &str, keep_whole: bool, agents: &str) -> String {
    let mut code = if keep_whole || base.len() < 3 { base.to_string() } else { base[..3].to_string() };
    for a in agents.split(' ').filter(|a| !a.is_empty()) {
        if let Some(s) = a.strip_prefix('~') {
            if !code.get(3..).is_some_and(|rest| rest.contains(s)) {
                code.push_str(s);
            }
        } else if let Some(p) = a.strip_suffix('~') {
            code.insert_str(0, p);
        }
    }
    code
}

/// Units between a country and an agent: at most two plain words, no punctuation.
fn modifier_gap(units: &Units, from: usize, to: usize) -> bool {
    to >= from && to - from <= 2 && (from..to).all(|i| {
        let n = units.norm(i);
        !n.is_empty() && n.chars().all(char::is_alphabetic) && !NOT_MODIFIER.contains(&n)
    })
}

/// `of` / `from` / `in` (and an optional `the`) between an agent and a country.
fn of_gap(units: &Units, from: usize, to: usize) -> bool {
    match to.checked_sub(from) {
        Some(1) => matches!(units.norm(from), "of" | "from" | "in"),
        Some(2) => matches!(units.norm(from), "of" | "from" | "in") && units.norm(from + 1) == "the",
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::compose;

    #[test]
    fn composes_codes() {
        assert_eq!(compose("RUS", false, "~MIL"), "RUSMIL");
        assert_eq!(compose("RUSGOV", false, "~GOV"), "RUSGOV");
        assert_eq!(compose("IGOUNO", true, "~MIL"), "IGOUNOMIL");
        assert_eq!(compose("FRA", false, "NGO~"), "NGOFRA");
        assert_eq!(compose("UKR", false, "~OPP ~LEG"), "UKROPPLEG");
    }
}
