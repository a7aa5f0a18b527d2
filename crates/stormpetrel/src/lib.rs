//! stormpetrel: political event data from news text.
//!
//! This crate is the one entry point for other Rust programs (and the CLI, the Python package
//! and the monitor): it re-exports the stage crates and builds the standard pipeline
//!
//! ingest → segment → tag → lemma → headline → actors → gate → parse → expletives → events →
//! time → place → sinks or store
//!
//! from one immutable, shareable [`Resources`].
//!
//! ```
//! let res = stormpetrel::Resources::embedded().unwrap();
//! let pipeline = stormpetrel::pipeline(&res).unwrap();
//! let mut doc = stormpetrel::Doc::new(
//!     stormpetrel::DocMeta { id: "d1".into(), date: stormpetrel::Date::parse("2022-02-24"), ..Default::default() },
//!     "Russia invaded Ukraine on Thursday.",
//! );
//! pipeline.run(&mut doc).unwrap();
//! assert!(doc.events.iter().any(|e| e.code.starts_with("19")));
//! ```
#![warn(missing_docs)]

mod resources;
pub mod runner;

pub use petrel_actors as actors;
pub use petrel_core::*;
pub use petrel_eval as eval;
pub use petrel_events as events;
pub use petrel_ingest as ingest;
pub use petrel_nlp as nlp;
pub use petrel_ontology as ontology;
pub use petrel_output as output;
pub use petrel_place as place;
pub use petrel_store as store;
pub use petrel_time as time;
pub use resources::{ResourceOptions, Resources};

/// The standard pipeline over `res`: every stage from segmentation to event dates and places.
/// A parse gate before the parser skips the sentences that cannot yield an event; the events
/// are the same as with [`pipeline_parsing_all`].
pub fn pipeline(res: &Resources) -> Result<Pipeline> {
    build(res, true)
}

/// The standard pipeline without the parse gate: every sentence is parsed (for `petrel
/// explain`, and to check that the gate changes no event).
pub fn pipeline_parsing_all(res: &Resources) -> Result<Pipeline> {
    build(res, false)
}

fn build(res: &Resources, gate: bool) -> Result<Pipeline> {
    let mut stages: Vec<Box<dyn Stage>> = Vec::new();
    stages.push(Box::new(petrel_nlp::Segmenter::new()));
    stages.push(Box::new(res.nlp.tagger_stage()));
    stages.push(Box::new(petrel_nlp::lemma::Lemmatizer::new()));
    stages.push(Box::new(petrel_events::HeadlineVerbs::new(
        res.rules.clone(),
    )));
    if gate {
        // Actors before the gate, which parses only sentences that name one (or may borrow one).
        stages.push(Box::new(petrel_actors::ActorStage::new(res.actors.clone())));
        stages.push(Box::new(petrel_events::ParseGate::new(res.rules.clone())));
        stages.push(Box::new(res.nlp.parser_stage()));
        stages.push(Box::new(petrel_actors::ExpletiveCheck::new(
            res.actors.clone(),
        )));
    } else {
        stages.push(Box::new(res.nlp.parser_stage()));
        stages.push(Box::new(petrel_actors::ActorStage::new(res.actors.clone())));
    }
    stages.push(Box::new(petrel_events::EventCoder::new(res.rules.clone())));
    stages.push(Box::new(petrel_time::TimeStage));
    stages.push(Box::new(petrel_place::PlaceStage::new(res.places.clone())));
    Pipeline::new(stages)
}

/// True when an event is asserted: neither negated nor hypothetical. The CLI's default output
/// holds only these (future and reported events included, with their flags).
pub fn is_asserted(e: &Event) -> bool {
    e.modality.is_factual()
}
