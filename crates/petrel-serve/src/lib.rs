//! `petrel serve`: the escalation monitor over an event store.
//!
//! - [`api`]: the read-only JSON API (health, dyads, series, alerts, clusters, events, places);
//! - [`params`]: strict parsing of query strings into store filters (any bad value is a 400);
//! - [`assets`]: the web page, embedded in the binary;
//! - [`cache`]: answers kept until the store changes;
//! - [`pool`]: read connections to the store, shared by the request handlers;
//! - [`headers`]: security headers and the refusal of every method but GET and HEAD.
//!
//! The API is documented in docs/monitor.md.
#![warn(missing_docs)]

pub mod api;
pub mod assets;
pub mod cache;
pub mod error;
pub mod headers;
pub mod params;
pub mod pool;
pub mod server;

pub use server::{check_addr, router, serve, AppState};
