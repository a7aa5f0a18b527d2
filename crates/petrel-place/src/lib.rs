//! Event places.
//!
//! [`PlaceStage`] gives an event the place its sentence says it happened in: the locative
//! phrase attached to the trigger ("clashes in the outskirts of Tunis", "a rally in Kirkuk"),
//! resolved in a gazetteer of the world's cities ([`Gazetteer`], from GeoNames), or, for a
//! country, to the country alone.
#![warn(missing_docs)]

mod gazetteer;
mod stage;

pub use gazetteer::{fips, Gazetteer, Place};
pub use stage::PlaceStage;
