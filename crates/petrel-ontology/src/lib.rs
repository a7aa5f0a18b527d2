//! The CAMEO and PLOVER ontologies, compiled into the binary.
//!
//! - [`cameo`]: every CAMEO event code with its name, root, Goldstein value, quad class and
//!   PLOVER type and mode.
//! - [`actor_code`]: the structure of CAMEO actor codes (a country or IGO part, then sectors).
#![warn(missing_docs)]

pub mod actor_code;
pub mod cameo;

pub use actor_code::{is_state, ActorCode, SECTORS};
pub use cameo::{codes, lookup, CameoCode, QuadClass};
