//! Averaged multi-class perceptron: a sparse trainer and a compact frozen model.

mod frozen;
mod trainer;

pub use frozen::Model;
pub use trainer::{IdHasher, IdMap, Trainer};
