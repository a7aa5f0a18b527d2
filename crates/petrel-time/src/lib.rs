//! Event dates.
//!
//! [`TimeStage`] gives every event a date: the date expression attached to its trigger in the
//! parse ("Moscow's 2014 invasion", "the call scheduled for Tuesday", "on November 18"),
//! resolved against the publication date, or else the publication date itself, with how the
//! event stands to it (`before`, `overlaps`, `after`: [`relation`]).
#![warn(missing_docs)]

mod expr;
mod resolve;
mod stage;
mod tense;

pub use expr::{find_expressions, DateExpr, DateKind};
pub use resolve::resolve;
pub use stage::TimeStage;
pub use tense::relation;
