//! A coded document turned into the rows the store writes: compressed text, content hash and
//! one flat row per event. Built on the thread that received the document, outside any
//! transaction, so that transactions stay short.

use petrel_core::{ActorRef, Date, Doc, DocMeta, EventDate, Evidence, Location, Modality};
use petrel_output::EventRecord;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::Write;

/// The SHA-256 of a document's text: the key that finds the same article under another id.
pub fn content_hash(text: &str) -> [u8; 32] {
    Sha256::digest(text.as_bytes()).into()
}

/// Deflate-compresses a document's text for storage.
pub(crate) fn compress(text: &str) -> Vec<u8> {
    let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
    // Writing to a Vec cannot fail.
    let _ = z.write_all(text.as_bytes());
    z.finish().unwrap_or_default()
}

/// Inflates text stored by [`compress`].
pub(crate) fn decompress(z: &[u8]) -> std::io::Result<String> {
    let mut s = String::new();
    std::io::Read::read_to_string(&mut flate2::read::DeflateDecoder::new(z), &mut s)?;
    Ok(s)
}

/// The outlet of a document: its `source`, else the host of its URL.
pub fn outlet(meta: &DocMeta) -> Option<String> {
    if let Some(s) = meta.source.as_deref().filter(|s| !s.trim().is_empty()) {
        return Some(s.trim().to_string());
    }
    let url = meta.url.as_deref()?;
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then(|| host.trim_start_matches("www.").to_ascii_lowercase())
}

/// The nested parts of an event, kept as JSON beside its flat columns.
#[derive(Serialize)]
pub(crate) struct DetailRef<'a> {
    pub plover: Option<&'a str>,
    pub mode: Option<&'a str>,
    pub source: Option<&'a ActorRef>,
    pub target: Option<&'a ActorRef>,
    pub modality: &'a Modality,
    pub date: Option<&'a EventDate>,
    pub location: Option<&'a Location>,
    pub evidence: &'a Evidence,
    pub parent: Option<&'a str>,
}

/// [`DetailRef`] read back.
#[derive(Deserialize)]
pub(crate) struct Detail {
    pub plover: Option<String>,
    pub mode: Option<String>,
    pub source: Option<ActorRef>,
    pub target: Option<ActorRef>,
    pub modality: Modality,
    pub date: Option<EventDate>,
    pub location: Option<Location>,
    pub evidence: Evidence,
    /// Absent in stores written before events had parents.
    #[serde(default)]
    pub parent: Option<String>,
}

/// One event as the store's flat columns.
#[derive(Debug, Clone)]
pub struct EventRow {
    /// Position of the event in its document (`event_id` is `doc_id:n`).
    pub n: usize,
    /// `doc_id:n`.
    pub event_id: String,
    /// Sentence index.
    pub sentence: usize,
    /// CAMEO code.
    pub code: String,
    /// GDELT quad class.
    pub quad_class: u8,
    /// Goldstein value.
    pub goldstein: f32,
    /// Source actor: code, country, sector, text.
    pub source: [Option<String>; 4],
    /// Target actor: code, country, sector, text.
    pub target: [Option<String>; 4],
    /// Negated, hypothetical, future.
    pub flags: [bool; 3],
    /// Reporting speaker's code and text.
    pub reported: (Option<String>, Option<String>),
    /// Event date.
    pub date: Option<EventDate>,
    /// Place name, country, latitude, longitude.
    pub place: (Option<String>, Option<String>, Option<f64>, Option<f64>),
    /// Trigger text and rule id.
    pub evidence: (String, String),
    /// Sentence text.
    pub sentence_text: String,
    /// PLOVER type and mode.
    pub plover: (Option<String>, Option<String>),
    /// The nested JSON of the event.
    pub detail: String,
}

impl EventRow {
    /// Neither negated nor hypothetical.
    pub fn asserted(&self) -> bool {
        !self.flags[0] && !self.flags[1]
    }
    /// Days since 1970-01-01 of the event date.
    pub fn day(&self) -> Option<i64> {
        self.date.as_ref().map(|d| d.value.to_days())
    }
}

/// A coded document ready to be written.
#[derive(Debug, Clone)]
pub struct PreparedDoc {
    /// Id, URL, outlet, title, publication date.
    pub meta: DocMeta,
    /// The outlet (source, else URL host).
    pub outlet: Option<String>,
    /// SHA-256 of the text.
    pub hash: [u8; 32],
    /// Compressed text.
    pub text_z: Vec<u8>,
    /// Number of sentences.
    pub sentences: usize,
    /// Every event, whatever its modality.
    pub events: Vec<EventRow>,
}

fn actor(a: Option<&ActorRef>) -> [Option<String>; 4] {
    match a {
        Some(a) => [
            Some(a.code.clone()),
            a.country.clone(),
            a.sector.clone(),
            Some(a.text.clone()),
        ],
        None => Default::default(),
    }
}

impl PreparedDoc {
    /// Builds the rows of a coded document.
    pub fn new(doc: &Doc) -> PreparedDoc {
        let events = doc
            .events
            .iter()
            .enumerate()
            .map(|(n, e)| {
                let r = EventRecord::new(doc, e, n);
                let detail = DetailRef {
                    plover: r.plover,
                    mode: r.mode,
                    source: r.source,
                    target: r.target,
                    modality: r.modality,
                    date: r.date,
                    location: r.location,
                    evidence: r.evidence,
                    parent: r.parent.as_deref(),
                };
                let m = r.modality;
                EventRow {
                    n,
                    event_id: r.event_id.clone(),
                    sentence: r.sentence,
                    code: r.code.to_string(),
                    quad_class: r.quad_class,
                    goldstein: r.goldstein,
                    source: actor(r.source),
                    target: actor(r.target),
                    flags: [m.negated, m.hypothetical, m.future],
                    reported: m
                        .reported
                        .as_ref()
                        .map(|a| (a.speaker.clone(), Some(a.text.clone())))
                        .unwrap_or_default(),
                    date: r.date.cloned(),
                    place: r
                        .location
                        .map(|l| (Some(l.name.clone()), l.country.clone(), l.lat, l.lon))
                        .unwrap_or_default(),
                    evidence: (r.evidence.text.clone(), r.evidence.rule.clone()),
                    sentence_text: r.sentence_text.to_string(),
                    plover: (r.plover.map(String::from), r.mode.map(String::from)),
                    detail: serde_json::to_string(&detail).unwrap_or_else(|_| "{}".into()),
                }
            })
            .collect();
        PreparedDoc {
            outlet: outlet(&doc.meta),
            hash: content_hash(&doc.text),
            text_z: compress(&doc.text),
            sentences: doc.sentences.len(),
            meta: doc.meta.clone(),
            events,
        }
    }
}

/// Today's date in UTC, as `YYYY-MM-DDTHH:MM:SSZ`.
pub(crate) fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let d = Date::from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!("{d}T{:02}:{:02}:{:02}Z", s / 3600, s / 60 % 60, s % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlet_from_source_or_host() {
        let mut m = DocMeta {
            url: Some("https://www.Example.org:8080/news/1?x=2".into()),
            ..Default::default()
        };
        assert_eq!(outlet(&m).as_deref(), Some("example.org"));
        m.source = Some(" Harbour Times ".into());
        assert_eq!(outlet(&m).as_deref(), Some("Harbour Times"));
        assert_eq!(outlet(&DocMeta::default()), None);
    }

    #[test]
    fn text_round_trips_through_compression() {
        let t = "Russia attacked Ukraine. «Unicode» text — and more.".repeat(50);
        assert_eq!(decompress(&compress(&t)).unwrap(), t);
        assert!(decompress(b"not deflate data at all").is_err());
    }
}
