//! Output sinks: each writes the events of one document at a time, in input order.
//!
//! - [`JsonlSink`]: one JSON object per event (the default; documented in docs/events.md)
//! - [`CsvSink`]: flat CSV with a header
//! - [`GdeltSink`]: GDELT 2.0 event-table columns, tab-separated, empty where we have no value
//! - [`TableSink`]: human-readable, with the evidence
#![warn(missing_docs)]

mod csv;
mod gdelt;
mod jsonl;
mod record;
mod safe;
mod table;

pub use csv::CsvSink;
pub use gdelt::GdeltSink;
pub use jsonl::JsonlSink;
pub use record::{event_id, ClusterInfo, EventRecord, MentionRef, OwnedRecord};
pub use safe::{defuse, is_formula, printable};
pub use table::TableSink;

use petrel_core::{Doc, DocMeta, Event, Result};

/// Where coded events go.
pub trait Sink {
    /// Writes one event record of the document described by `meta`.
    fn write_record(&mut self, r: &EventRecord, meta: &DocMeta) -> Result<()>;
    /// Writes the events of `doc` that pass `keep`.
    fn write_doc(&mut self, doc: &Doc, keep: &dyn Fn(&Event) -> bool) -> Result<()> {
        for (n, e) in doc.events.iter().enumerate().filter(|(_, e)| keep(e)) {
            self.write_record(&EventRecord::new(doc, e, n), &doc.meta)?;
        }
        Ok(())
    }
    /// Flushes and writes any trailer.
    fn finish(&mut self) -> Result<()>;
}

/// Output formats by name, for the CLI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// JSON lines.
    Jsonl,
    /// CSV.
    Csv,
    /// GDELT 2.0 TSV.
    Gdelt,
    /// Human-readable table.
    Table,
}

impl Format {
    /// Parses a format name (`json`, `jsonl`, `csv`, `gdelt`, `table`).
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "json" | "jsonl" => Some(Format::Jsonl),
            "csv" => Some(Format::Csv),
            "gdelt" | "tsv" => Some(Format::Gdelt),
            "table" => Some(Format::Table),
            _ => None,
        }
    }
    /// A sink of this format over `w`, with formula cells defused (see [`defuse`]).
    pub fn sink<'w>(self, w: Box<dyn std::io::Write + 'w>) -> Box<dyn Sink + 'w> {
        self.sink_with(w, false)
    }
    /// A sink of this format over `w`; `raw_cells` writes CSV and GDELT cells as they are,
    /// without defusing spreadsheet formulas.
    pub fn sink_with<'w>(
        self,
        w: Box<dyn std::io::Write + 'w>,
        raw_cells: bool,
    ) -> Box<dyn Sink + 'w> {
        match self {
            Format::Jsonl => Box::new(JsonlSink::new(w)),
            Format::Csv => Box::new(CsvSink::new(w).raw_cells(raw_cells)),
            Format::Gdelt => Box::new(GdeltSink::new(w).raw_cells(raw_cells)),
            Format::Table => Box::new(TableSink::new(w)),
        }
    }
}

pub(crate) fn io_err(e: std::io::Error) -> petrel_core::PetrelError {
    petrel_core::PetrelError::io("writing output", e)
}
