//! Scoring coded events against a gold set.
//!
//! Gold items are JSON lines with `id`, `text`, `events` and `relevant`; predictions are events
//! with `doc_id`, `code`, `plover`, `source` and `target`. The figures are those of the
//! project's reference scorer: detection, type, dyad and code precision/recall/F1, plus the
//! hit and false-alarm rates of case sets.
#![warn(missing_docs)]

mod gold;
mod score;

pub use gold::{read_gold, GoldItem};
pub use score::{score, Prediction, Prf, Scores};
