//! Averaged multi-class perceptron: a sparse trainer and a compact frozen model.

mod frozen;
mod huge;
mod trainer;

pub use frozen::Model;
pub use trainer::{IdHasher, IdMap, Trainer};
