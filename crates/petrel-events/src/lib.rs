//! Event coding: from the parse and the actor mentions to CAMEO-coded events.
//!
//! 1. [`RuleSet`] loads the rule files (`rules/*.rules`, see its README) once.
//! 2. [`EventCoder`] is the pipeline stage: for each sentence it matches rules on lemmas and
//!    dependency structure, keeps the most specific rule per trigger, drops triggers that are
//!    complements of another event ("agreed to withdraw" is an agreement), finds source and
//!    target through the parse (passive and conjunctions included), and attaches
//!    [`petrel_core::Modality`] and evidence.
//! 3. Recoding by CAMEO's conventions ([`recode`]): future cooperation is an intent (03),
//!    future or conditional hostility a threat (13), "Y must …" under "X said" X's demand (10).
//! 4. Per sentence, events with no actor beside one with an actor are dropped as background;
//!    a definite meeting noun with no actors ("the video call") takes the last asserted dyad.
//!
//! 5. Each event links to the event that reports or contains it (`parent`): a statement and
//!    what it reports, a threat and what it threatens.
//!
//! Matches dropped before coding (topics of another event, unasserted event nouns, sports
//! contexts, `[---]` dictionary patterns) are listed with their reason by `petrel explain`.
#![warn(missing_docs)]

pub mod arguments;
mod blame;
mod coder;
mod commerce;
mod figurative;
mod gate;
mod growth;
mod habitual;
mod headline;
mod judged;
mod legal;
mod lower;
mod matching;
pub mod modality;
mod mood;
mod offsets;
mod parents;
pub mod petrarch;
pub mod quotes;
pub mod recode;
mod rule;
mod ruleset;
mod sought;
mod speaking;
mod statement_target;
mod storms;
mod topic;
pub mod tree;
mod unasserted;
mod weapons;

pub use coder::{EventCoder, Match};
pub use gate::{Need, ParseGate, Scratch};
pub use headline::HeadlineVerbs;
pub use rule::Rule;
pub use ruleset::{RuleSet, EMBEDDED};
