//! JSON lines: one event object per line.

use crate::{io_err, EventRecord, Sink};
use petrel_core::{Doc, Event, Result};
use std::io::Write;

/// Writes one JSON object per event.
pub struct JsonlSink<'w> {
    out: Box<dyn Write + 'w>,
}

impl<'w> JsonlSink<'w> {
    /// A sink over `out`.
    pub fn new(out: Box<dyn Write + 'w>) -> Self {
        JsonlSink { out }
    }
}

impl Sink for JsonlSink<'_> {
    fn write_doc(&mut self, doc: &Doc, keep: &dyn Fn(&Event) -> bool) -> Result<()> {
        for (n, e) in doc.events.iter().enumerate().filter(|(_, e)| keep(e)) {
            let rec = EventRecord::new(doc, e, n);
            serde_json::to_writer(&mut self.out, &rec).map_err(|e| io_err(e.into()))?;
            self.out.write_all(b"\n").map_err(io_err)?;
        }
        Ok(())
    }
    fn finish(&mut self) -> Result<()> {
        self.out.flush().map_err(io_err)
    }
}
