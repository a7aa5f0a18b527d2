//! Coded events: CAMEO code, PLOVER type, actors, modality, date, place and evidence.

use crate::{EventDate, Span};
use serde::{Deserialize, Serialize};

/// An actor as it appears on an event (`source` or `target`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRef {
    /// Full CAMEO actor code, e.g. `USAGOV`.
    pub code: String,
    /// Country or IGO part.
    pub country: Option<String>,
    /// Sector, e.g. `GOV`.
    pub sector: Option<String>,
    /// The text as written.
    pub text: String,
    /// Bytes of the mention in the document text (what Rust slices).
    pub span: Span,
    /// Characters (Unicode scalar values) of the mention in the document text (what Python's
    /// `str` indexes).
    #[serde(default)]
    pub chars: Span,
}

/// Who an event is attributed to when it was reported in speech.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// The speaker's actor code, when known.
    pub speaker: Option<String>,
    /// The speaker as written ("a senior administration official").
    pub text: String,
    /// The reporting verb's lemma ("say", "tell", "warn"), or "according to".
    pub cue: String,
    /// Characters of the speaker's text in the document, when it is written there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// Bytes of the speaker's text (internal: the coder fills it, and `span` from it).
    #[serde(skip)]
    pub bytes: Option<Span>,
    /// The named actor a pronoun or description of a speaker stands for ("he": "Vladimir
    /// Putin"), when it differs from `text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved: Option<String>,
}

/// The modality of an event. Every event carries one; none is silently dropped.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Modality {
    /// "did not attack".
    pub negated: bool,
    /// "would cause damage if …", "in the event of an invasion", "we do not know whether".
    pub hypothetical: bool,
    /// "will warn", "scheduled for Tuesday".
    pub future: bool,
    /// Set when the event is reported or quoted speech.
    pub reported: Option<Attribution>,
}

impl Modality {
    /// True when the event is asserted as having happened or happening (not negated, not hypothetical).
    pub fn is_factual(&self) -> bool {
        !self.negated && !self.hypothetical
    }
}

/// Why an event was coded: the trigger text and the rule id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Bytes of the trigger (verb or event noun).
    pub trigger: Span,
    /// Characters of the trigger (what Python's `str` indexes).
    #[serde(default)]
    pub trigger_chars: Span,
    /// The trigger as written.
    pub text: String,
    /// Id of the rule that fired, e.g. `threaten.warn`.
    pub rule: String,
}

/// Where an event took place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// Place name as written.
    pub name: String,
    /// ISO 3166 alpha-3 country code.
    pub country: Option<String>,
    /// Latitude in degrees.
    pub lat: Option<f64>,
    /// Longitude in degrees.
    pub lon: Option<f64>,
}

/// One coded event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Index of the sentence it was coded from.
    pub sentence: usize,
    /// CAMEO event code, e.g. `"1312"`.
    pub code: String,
    /// PLOVER type when the rule sets one that differs from the code's mapping (e.g. a
    /// resignation is CAMEO 0831 but PLOVER `RETREAT`); `None` uses the CAMEO→PLOVER table.
    pub plover: Option<String>,
    /// PLOVER mode, when the rule or code gives one (e.g. `"visit"`).
    pub mode: Option<String>,
    /// The acting actor.
    pub source: Option<ActorRef>,
    /// The actor acted upon.
    pub target: Option<ActorRef>,
    /// Negation, hypothetical, future, reported speech.
    pub modality: Modality,
    /// Event date.
    pub date: Option<EventDate>,
    /// Event place (null until place resolution is built).
    pub location: Option<Location>,
    /// Trigger and rule.
    pub evidence: Evidence,
    /// Index, among the document's events, of the event that reports or contains this one: the
    /// statement whose reported clause holds it, or the event whose complement it is
    /// ("threatened to impose sanctions": the sanctions' parent is the threat).
    #[serde(default)]
    pub parent: Option<usize>,
}
