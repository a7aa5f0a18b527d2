//! The flat, serialisable view of one event that every sink writes.

use petrel_core::{ActorRef, Date, Doc, Event, EventDate, Evidence, Location, Modality, Span};
use serde::{Deserialize, Serialize};

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
    /// The `event_id` of the event that reports or contains this one (docs/events.md).
    pub parent: Option<String>,
    /// The event cluster this record stands for, when a store lists clusters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster: Option<&'a ClusterInfo>,
}

/// One mention of an event cluster: which document reported it, and how.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionRef {
    /// The mention's event id.
    pub event_id: String,
    /// Its document.
    pub doc_id: String,
    /// The document's outlet, when known.
    pub outlet: Option<String>,
    /// The trigger as written.
    pub trigger: String,
    /// The sentence it was coded from.
    pub sentence_text: String,
}

/// An event cluster: the mentions of one event across documents (GDELT's NumMentions,
/// NumArticles and NumSources).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClusterInfo {
    /// Cluster id in its store.
    pub id: i64,
    /// Event mentions in the cluster.
    pub num_mentions: u32,
    /// Distinct documents.
    pub num_documents: u32,
    /// Distinct outlets (a document with no outlet counts as its own).
    pub num_sources: u32,
    /// Earliest publication date among its documents.
    pub first_reported: Option<Date>,
    /// Latest publication date among its documents.
    pub last_reported: Option<Date>,
    /// The mentions, in ingest order (possibly cut to a limit; `num_mentions` is the total).
    pub mentions: Vec<MentionRef>,
}

/// An owned event record, as read back from a store or a JSONL file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OwnedRecord {
    /// Document id.
    pub doc_id: String,
    /// Event id.
    pub event_id: String,
    /// Sentence index.
    pub sentence: usize,
    /// Sentence text.
    pub sentence_text: String,
    /// CAMEO code.
    pub code: String,
    /// PLOVER type.
    pub plover: Option<String>,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// Source actor.
    pub source: Option<ActorRef>,
    /// Target actor.
    pub target: Option<ActorRef>,
    /// Modality.
    pub modality: Modality,
    /// Event date.
    pub date: Option<EventDate>,
    /// Location.
    pub location: Option<Location>,
    /// Evidence.
    pub evidence: Evidence,
    /// The event that reports or contains this one.
    #[serde(default)]
    pub parent: Option<String>,
    /// Cluster, when listing clusters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<ClusterInfo>,
}

impl OwnedRecord {
    /// The record view that sinks write (name, root, quad class and Goldstein from the code).
    pub fn record(&self) -> EventRecord<'_> {
        let info = petrel_ontology::lookup(&self.code);
        EventRecord {
            doc_id: &self.doc_id,
            event_id: self.event_id.clone(),
            sentence: self.sentence,
            sentence_text: &self.sentence_text,
            code: &self.code,
            root: self.code.get(..2).unwrap_or(""),
            name: info.map(|c| c.name).unwrap_or(""),
            plover: self.plover.as_deref(),
            mode: self.mode.as_deref(),
            quad_class: info.map(|c| c.quad_class().number()).unwrap_or(0),
            goldstein: info.map(|c| c.goldstein).unwrap_or(0.0),
            source: self.source.as_ref(),
            target: self.target.as_ref(),
            modality: &self.modality,
            date: self.date.as_ref(),
            location: self.location.as_ref(),
            evidence: &self.evidence,
            parent: self.parent.clone(),
            cluster: self.cluster.as_ref(),
        }
    }
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
            parent: e.parent.map(|p| event_id(&doc.meta.id, p)),
            cluster: None,
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
