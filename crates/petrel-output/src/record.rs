//! The flat, serialisable view of one event that every sink writes.

use petrel_core::{ActorRef, Doc, Event, EventDate, Evidence, Location, Modality, Span};
use serde::Serialize;

/// One output event, field by field as documented in docs/events.md.
#[derive(Debug, Serialize)]
pub struct EventRecord<'a> {
    /// Document id.
    pub doc_id: &'a str,
    /// `DOCID:N`, unique within a run.
    pub event_id: String,
    /// Sentence index within the document.
    pub sentence: usize,
    /// Sentence text.
    pub sentence_text: &'a str,
    /// CAMEO code.
    pub code: &'a str,
    /// CAMEO root.
    pub root: &'a str,
    /// CAMEO code name.
    pub name: &'static str,
    /// PLOVER 2.0 type (null for plain statements).
    pub plover: Option<&'a str>,
    /// PLOVER mode.
    pub mode: Option<&'a str>,
    /// GDELT quad class 1–4.
    pub quad_class: u8,
    /// Goldstein value.
    pub goldstein: f32,
    /// Source actor.
    pub source: Option<&'a ActorRef>,
    /// Target actor.
    pub target: Option<&'a ActorRef>,
    /// Modality.
    pub modality: &'a Modality,
    /// Event date.
    pub date: Option<&'a EventDate>,
    /// Location.
    pub location: Option<&'a Location>,
    /// Evidence.
    pub evidence: &'a Evidence,
}

/// The id of the `n`th event of a document.
pub fn event_id(doc_id: &str, n: usize) -> String {
    format!("{doc_id}:{n}")
}

impl<'a> EventRecord<'a> {
    /// Builds the record for event number `n` of `doc`.
    pub fn new(doc: &'a Doc, e: &'a Event, n: usize) -> EventRecord<'a> {
        let info = petrel_ontology::lookup(&e.code);
        EventRecord {
            doc_id: &doc.meta.id,
            event_id: event_id(&doc.meta.id, n),
            sentence: e.sentence,
            sentence_text: doc
                .sentences
                .get(e.sentence)
                .map(|s| s.span.slice(&doc.text))
                .unwrap_or(""),
            code: &e.code,
            root: e.code.get(..2).unwrap_or(""),
            name: info.map(|c| c.name).unwrap_or(""),
            plover: e.plover.as_deref().or_else(|| info.and_then(|c| c.plover)),
            mode: e.mode.as_deref(),
            quad_class: info.map(|c| c.quad_class().number()).unwrap_or(0),
            goldstein: info.map(|c| c.goldstein).unwrap_or(0.0),
            source: e.source.as_ref(),
            target: e.target.as_ref(),
            modality: &e.modality,
            date: e.date.as_ref(),
            location: e.location.as_ref(),
            evidence: &e.evidence,
        }
    }
    /// The modality as a short comma-separated list ("future,reported"), empty for plain facts.
    pub fn modality_flags(&self) -> String {
        let m = self.modality;
        let mut v = Vec::new();
        if m.negated {
            v.push("negated");
        }
        if m.hypothetical {
            v.push("hypothetical");
        }
        if m.future {
            v.push("future");
        }
        if m.reported.is_some() {
            v.push("reported");
        }
        v.join(",")
    }
}

/// `[start, end]` of a span, for flat formats.
pub fn span_str(s: Span) -> String {
    format!("{}-{}", s.start, s.end)
}
