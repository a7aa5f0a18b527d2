//! The escalation monitor: is this crisis escalating?
//!
//! - [`alerts`]: each period of a dyad's series against the dyad's own baseline, as a share of
//!   all events (binomial test) or as a count (Poisson test), for material and verbal conflict;
//! - [`run`]: alerts over a store, with the event clusters that contribute most as evidence;
//! - [`stats`]: the tail probabilities they rest on.
//!
//! The method, its parameters and when to use which measure: docs/monitor.md.
#![warn(missing_docs)]

pub mod alerts;
pub mod run;
pub mod stats;

pub use alerts::{detect, Alert, Measure, Params, PeriodTest, Signal};
pub use run::{alerts, dominant_dyad, fitting_measure, view_alerts, AlertQuery, TOPIC_SHARE};
