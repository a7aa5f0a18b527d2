//! Linguistic core of stormpetrel.
//!
//! The stages run in this order, each filling in [`petrel_core::Layers`] of a [`petrel_core::Doc`]:
//!
//! 1. [`Segmenter`] (`"segment"`): lines → sentences → tokens with byte offsets; caption and
//!    credit lines are marked as boilerplate. Needs no model.
//! 2. [`tagger::Tagger`] (`"tag"`): UPOS and XPOS from an averaged perceptron trained on UD English EWT.
//! 3. [`lemma::Lemmatizer`] (`"lemma"`): rules plus irregular-form tables, driven by the tags.
//! 4. [`parser::Parser`] (`"parse"`): a greedy arc-hybrid dependency parser with UD relations.
//!
//! ```
//! use petrel_core::{Doc, Pipeline};
//! let nlp = petrel_nlp::Nlp::embedded()?;
//! let pipeline = Pipeline::new(petrel_nlp::stages(&nlp))?;
//! let mut doc = Doc::new(Default::default(), "Russian troops attacked the city. Kyiv protested.");
//! pipeline.run(&mut doc)?;
//! assert_eq!(doc.sentences.len(), 2);
//! assert_eq!(doc.lemma(2), "attack");
//! # Ok::<(), petrel_core::PetrelError>(())
//! ```
//!
//! The models in `models/` are trained on UD English EWT train+dev, with epoch counts chosen
//! beforehand on dev (see [`train`] for the recipe), by `petrel train tagger|parser` or
//! `cargo run --release -p petrel-nlp --example train_models -- all 4 --with-dev`, and embedded
//! with `include_bytes!`; [`Nlp::from_files`] loads others instead.
//! [`eval_ud`] scores them on a treebank with gold tokens (`petrel eval-ud FILE.conllu`).

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
