//! One module per subcommand; each parses its flags and calls library functions.

pub mod actors;
pub mod alerts;
pub mod bench;
pub mod code;
pub mod codes;
pub mod eval;
pub mod eval_dates;
pub mod eval_quotes;
pub mod eval_ud;
pub mod explain;
pub mod extract;
pub mod ingest;
pub mod parse;
pub mod plot;
pub mod progress;
pub mod query;
pub mod recode;
pub mod series;
pub mod serve;
pub mod shared;
pub mod train;
