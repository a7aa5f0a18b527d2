//! Scoring coded events against a gold set.
//!
//! Gold items are JSON lines with `id`, `text`, `events` and `relevant`; predictions are events
//! with `doc_id`, `code`, `plover`, `source` and `target`. The figures are those of the
//! project's reference scorer: detection, type, dyad and code precision/recall/F1, plus the
//! hit and false-alarm rates of case sets.
//!
//! Event dates are scored against TimeML gold (TempEval-3 `.tml` files): [`read_timeml`] reads
//! a file and [`DateScores`] compares coded event dates, and the publication date, with the
//! gold dates of the aligned events.
//!
//! Reported speech is scored against PolNeAR attribution gold (brat `.ann` files over plain
//! text): [`read_brat`] reads a file, [`AttributionDoc`] places it on the text and
//! [`QuoteScores`] compares the coded events' attributions, and a say/tell baseline's, with it.
#![warn(missing_docs)]

mod attribution;
mod brat;
mod dates;
mod gold;
mod period;
mod quotes;
mod score;
mod timeml;

pub use attribution::{AttributionDoc, GoldAttribution};
pub use brat::{parse_brat, read_brat, BratDoc, BratEvent, TextBound};
pub use dates::{gold_dates, ClassScores, DateClass, DateOutcome, DateScores, GoldDate};
pub use gold::{read_gold, GoldItem};
pub use period::{parse_gold_value, Period};
pub use quotes::{locate, speaker_matches, Marking, QuoteOutcome, QuoteScores, Slip, SystemScores};
pub use score::{score, Prediction, Prf, Scores};
pub use timeml::{parse_timeml, read_timeml, LinkEnd, TLink, TimeMlDoc, Timex, TmlEvent};
