//! Dictionary entries as read from a file, before indexing.

use crate::Role;
use petrel_core::ActorKind;

/// How a generic agent noun refers, for coreference: to one person, to a group of people, or
/// to an institution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgentClass {
    /// One person: minister, president, spokesman (`he`/`she`; plural `they`).
    Person,
    /// People in numbers: troops, police, rebels (`they`).
    Group,
    /// An institution: government, ministry, army, parliament (`it`/`they`).
    Body,
    /// A weapon carrier: warplane, drone, gunship (`it`/`they`). It takes a country only from
    /// its own words ("Russian drones"), never from the places around it.
    Weapon,
}

/// What an entry names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// A country, territory or region, its adjective, capital or metonym.
    Country,
    /// A named person with dated roles.
    Person,
    /// An IGO, NGO, outlet or armed group.
    Organisation,
    /// A generic agent noun that gives a sector (`~GOV`).
    Agent(AgentClass),
}

impl EntryKind {
    /// The kind reported on a mention.
    pub fn actor_kind(self) -> ActorKind {
        match self {
            EntryKind::Country => ActorKind::Country,
            EntryKind::Person => ActorKind::Person,
            EntryKind::Organisation => ActorKind::Organisation,
            EntryKind::Agent(_) => ActorKind::Agent,
        }
    }
}

/// One name by which an entry is matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    /// The name as written in the dictionary.
    pub text: String,
    /// Must appear capitalised as written (set with a leading `=` in our files).
    pub exact_case: bool,
    /// A plural form (for agents: `they` refers back to it).
    pub plural: bool,
    /// Only counts when the entry's country is named elsewhere in the document (a leading `?`
    /// in our files): common surnames such as `Howard` or `Brown`.
    pub contextual: bool,
}

/// An entry read from a dictionary file: names, roles, kind and where it was defined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawEntry {
    /// Names; the first is the canonical one.
    pub aliases: Vec<Alias>,
    /// Codes with optional date ranges.
    pub roles: Vec<Role>,
    /// What the entry names.
    pub kind: EntryKind,
    /// `file:line` of the definition, for explanations and errors.
    pub origin: String,
}
