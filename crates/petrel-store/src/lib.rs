//! The event store: months of coded news in one SQLite file.
//!
//! - [`Store`] opens or creates a store (WAL journaling, so readers work while an ingest
//!   writes) and refuses files that are not petrel stores or come from a newer version.
//! - [`PreparedDoc`] turns a coded document into rows; [`Store::add_batch`] writes a batch in
//!   one transaction, skipping documents already stored by id, URL or content hash.
//! - Asserted, dated events are grouped into **event clusters** (same date and precision,
//!   same source and target codes, same CAMEO code) with mention, document and outlet counts.
//! - [`Filter`] is the one query layer: [`Store::events`], [`Store::clusters`],
//!   [`Store::series`] and [`Store::top_dyads`] read through it.
//! - [`ParquetSink`] exports events with typed columns (feature `parquet`, on by default).
//!
//! The schema and the clustering rule are documented in docs/store.md.
#![warn(missing_docs)]

mod error;
mod filter;
#[cfg(feature = "parquet")]
mod parquet_out;
mod prepare;
mod read;
mod schema;
mod series;
mod store;
mod write;

pub use filter::{
    actor_code, cameo_code, cameo_root, date_bound, plover_type, quad_class, Dyad, Filter,
};
#[cfg(feature = "parquet")]
pub use parquet_out::{schema as parquet_schema, ParquetSink};
pub use prepare::{content_hash, outlet, EventRow, PreparedDoc};
pub use read::{StoredDoc, StoredEvent};
pub use schema::{APPLICATION_ID, SCHEMA_VERSION};
pub use series::{DyadCount, Period, SeriesRow};
pub use store::{Store, StoreStats};
pub use write::Duplicate;
