//! JSON lines: one event object per line.

use crate::{io_err, EventRecord, Sink};
use petrel_core::{DocMeta, Result};
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
    fn write_record(&mut self, rec: &EventRecord, _meta: &DocMeta) -> Result<()> {
        serde_json::to_writer(&mut self.out, rec).map_err(|e| io_err(e.into()))?;
        self.out.write_all(b"\n").map_err(io_err)
    }
    fn finish(&mut self) -> Result<()> {
        self.out.flush().map_err(io_err)
    }
}
