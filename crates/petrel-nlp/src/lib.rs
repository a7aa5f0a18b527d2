//! Linguistic core of stormpetrel.
//!
//! The stages run in this order, each filling in [`petrel_core::Layers`] of a [`petrel_core::Doc`]:
//!
//! 1. [`Segmenter`] (`"segment"`): lines → sentences → tokens with byte offsets; caption and
//!    credit lines are marked as boilerplate. Needs no model.
//! 2. [`tagger::Tagger`] (`"tag"`): UPOS and XPOS from an averaged perceptron trained on UD English EWT.
//! 3. [`lemma::Lemmatizer`] (`"lemma"`): rules plus irregular-form tables, driven by the tags.
//! 4. [`parser::Parser`] (`"parse"`): a greedy arc-hybrid dependency parser with UD relations.

#![warn(missing_docs)]

pub mod binio;
pub mod conllu;
pub mod eval;
pub mod features;
pub mod lemma;
mod nlp;
pub mod output;
pub mod parser;
pub mod perceptron;
pub mod rng;
pub mod segment;
pub mod tagger;
pub mod train;

pub use eval::{eval_ud, UdScores};
pub use nlp::{stages, Nlp};
pub use segment::Segmenter;
