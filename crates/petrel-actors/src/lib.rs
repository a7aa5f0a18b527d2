//! Actors: who is acting, as CAMEO actor codes.
//!
//! The story of a document through this crate:
//!
//! 1. [`ActorDict`] holds every entry (countries and territories with their adjectives,
//!    capitals and government metonyms; persons with dated roles; IGOs, NGOs, media, armed
//!    groups; generic agent nouns), read from our data files (compiled in, see `data/README.md`)
//!    and optionally from PETRARCH/TABARI dictionaries, and indexed once into a trie over
//!    normalised words (lower case, no punctuation, no diacritics, no possessive).
//! 2. [`ActorStage`] splits tokens into units (`US-Russia` → `US`, `Russia`), finds the
//!    longest dictionary match at each position (with a one-edit fallback for misspelt
//!    surnames), and picks each entry's role on the document date.
//! 3. Matches in a sentence are composed: `Russian troops` → `RUSMIL`, `Iran's foreign
//!    minister` → `IRNGOV`, `Russian-backed separatists` → the context country + `REB`.
//! 4. A document pass resolves pronouns, definite descriptions and bare agents, and finds
//!    the surnames of people named in full earlier ("Mr Brown").
//!
//! [`find_mentions`] runs all of it on a plain string.

#![warn(missing_docs)]

mod binding;
mod compose;
mod coref;
pub mod data;
mod demonyms;
mod dict;
mod entry;
mod find;
mod foreign_parties;
pub mod format;
mod fuzzy;
mod history;
mod matcher;
pub mod normalize;
mod outlets;
pub mod petrarch;
mod private;
mod role;
mod shared_head;
mod stage;
mod surnames;
mod topic_state;
mod units;
mod unknown_speakers;
mod unnamed;
pub use unnamed::UNNAMED_PERSON;

pub use coref::PLEONASTIC;
pub use demonyms::is_demonym;
pub use dict::{ActorDict, ActorDictBuilder, Entry};
pub use entry::{AgentClass, Alias, EntryKind, RawEntry};
pub use find::find_mentions;
pub use role::{select as select_role, Role};
pub use shared_head::shares_head;
pub use stage::{ActorStage, ExpletiveCheck};
