//! A human-readable listing of events with their evidence.

use crate::{io_err, printable, ClusterInfo, EventRecord, Sink};
use petrel_core::{ActorRef, DocMeta, Location, Result};
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
    a.map(|a| format!("{} ({})", printable(&a.code), printable(&a.text)))
        .unwrap_or_else(|| "-".into())
}

/// "    place Tunis (TUN, 36.8190 10.1658)\n", or without coordinates for a country.
fn place_line(l: &Location) -> String {
    let country = l.country.as_deref().unwrap_or("-");
    match (l.lat, l.lon) {
        (Some(lat), Some(lon)) => format!(
            "    place {} ({}, {lat:.4} {lon:.4})\n",
            printable(&l.name),
            printable(country)
        ),
        _ => format!(
            "    place {} ({})\n",
            printable(&l.name),
            printable(country)
        ),
    }
}

/// The counts of a cluster and up to three other mentions' sentences.
fn cluster_lines(c: &ClusterInfo) -> String {
    let day = |d: Option<petrel_core::Date>| d.map(|d| d.to_string()).unwrap_or("-".into());
    let mut s = format!(
        "    cluster {}: {} mentions in {} documents from {} sources, reported {} to {}\n",
        c.id,
        c.num_mentions,
        c.num_documents,
        c.num_sources,
        day(c.first_reported),
        day(c.last_reported)
    );
    for m in c.mentions.iter().skip(1).take(3) {
        s.push_str(&format!(
            "      also {} ({}): {}\n",
            printable(&m.doc_id),
            printable(m.outlet.as_deref().unwrap_or("-")),
            printable(&m.sentence_text)
        ));
    }
    s
}

impl Sink for TableSink<'_> {
    fn write_record(&mut self, r: &EventRecord, _meta: &DocMeta) -> Result<()> {
        {
            let flags = r.modality_flags();
            let date = r
                .date
                .map(|d| {
                    format!("{} ({:?}, from {:?})", d.value, d.precision, d.source).to_lowercase()
                })
                .unwrap_or_else(|| "-".into());
            writeln!(
                self.out,
                "{id}  {code} {name} [{plover}]\n    {src} -> {tgt}{flags}\n    date {date}\n{place}{cluster}    trigger \"{trig}\" rule {rule}\n    | {sent}\n",
                id = printable(&r.event_id),
                cluster = r.cluster.map(cluster_lines).unwrap_or_default(),
                code = r.code,
                name = r.name,
                plover = r.plover.unwrap_or("-"),
                src = who(r.source),
                tgt = who(r.target),
                flags = if flags.is_empty() { String::new() } else { format!("  ({flags})") },
                place = r.location.map(place_line).unwrap_or_default(),
                trig = printable(&r.evidence.text),
                rule = printable(&r.evidence.rule),
                sent = printable(r.sentence_text),
            )
            .map_err(io_err)?;
        }
        Ok(())
    }
    fn finish(&mut self) -> Result<()> {
        self.out.flush().map_err(io_err)
    }
}
