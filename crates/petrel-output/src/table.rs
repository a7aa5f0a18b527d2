//! A human-readable listing of events with their evidence.

use crate::{io_err, EventRecord, Sink};
use petrel_core::{ActorRef, Doc, Event, Location, Result};
use std::io::Write;

/// Writes one block per event: code, actors, modality, date and the rule that fired.
pub struct TableSink<'w> {
    out: Box<dyn Write + 'w>,
}

impl<'w> TableSink<'w> {
    /// A sink over `out`.
    pub fn new(out: Box<dyn Write + 'w>) -> Self {
        TableSink { out }
    }
}

fn who(a: Option<&ActorRef>) -> String {
    a.map(|a| format!("{} ({})", a.code, a.text))
        .unwrap_or_else(|| "-".into())
}

/// "    place Tunis (TUN, 36.8190 10.1658)\n", or without coordinates for a country.
fn place_line(l: &Location) -> String {
    let country = l.country.as_deref().unwrap_or("-");
    match (l.lat, l.lon) {
        (Some(lat), Some(lon)) => format!("    place {} ({country}, {lat:.4} {lon:.4})\n", l.name),
        _ => format!("    place {} ({country})\n", l.name),
    }
}

impl Sink for TableSink<'_> {
    fn write_doc(&mut self, doc: &Doc, keep: &dyn Fn(&Event) -> bool) -> Result<()> {
        for (n, e) in doc.events.iter().enumerate().filter(|(_, e)| keep(e)) {
            let r = EventRecord::new(doc, e, n);
            let flags = r.modality_flags();
            let date = r
                .date
                .map(|d| {
                    format!("{} ({:?}, from {:?})", d.value, d.precision, d.source).to_lowercase()
                })
                .unwrap_or_else(|| "-".into());
            writeln!(
                self.out,
                "{id}  {code} {name} [{plover}]\n    {src} -> {tgt}{flags}\n    date {date}\n{place}    trigger \"{trig}\" rule {rule}\n    | {sent}\n",
                id = r.event_id,
                code = r.code,
                name = r.name,
                plover = r.plover.unwrap_or("-"),
                src = who(r.source),
                tgt = who(r.target),
                flags = if flags.is_empty() { String::new() } else { format!("  ({flags})") },
                place = r.location.map(place_line).unwrap_or_default(),
                trig = r.evidence.text,
                rule = r.evidence.rule,
                sent = r.sentence_text.replace('\n', " "),
            )
            .map_err(io_err)?;
        }
        Ok(())
    }
    fn finish(&mut self) -> Result<()> {
        self.out.flush().map_err(io_err)
    }
}
