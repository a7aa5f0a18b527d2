//! Core types of stormpetrel.
//!
//! One [`Doc`] flows through named pipeline stages, each of which fills in one or more
//! [`Layers`]:
//!
//! 1. ingest: `text` and [`DocMeta`] (id, publication date, title, url, source)
//! 2. clean: caption and credit lines are marked
//! 3. segment: [`Sentence`]s and [`Token`]s with byte offsets into `text`
//! 4. tag / lemmatise / parse: UPOS, XPOS, lemma, head and relation on each token
//! 5. actors: [`ActorMention`]s with CAMEO actor codes
//! 6. events: [`Event`]s with CAMEO code, source, target, modality and evidence
//! 7. time / place: event dates and locations
//!
//! Every stage implements [`Stage`]; a [`Pipeline`] checks that each stage's inputs are
//! produced by an earlier stage before anything runs.

#![warn(missing_docs)]

mod actor;
mod date;
mod doc;
mod error;
mod event;
mod layers;
mod span;
mod stage;
mod token;
pub mod words;

pub use actor::{ActorKind, ActorMention};
pub use date::{Date, DatePrecision, DateRelation, DateSource, EventDate};
pub use doc::{Doc, DocMeta, Sentence};
pub use error::{ErrorKind, PetrelError, Result};
pub use event::{ActorRef, Attribution, Event, Evidence, Location, Modality};
pub use layers::Layers;
pub use span::Span;
pub use stage::{Pipeline, Stage};
pub use token::{Deprel, Token, Upos, DEPRELS};
