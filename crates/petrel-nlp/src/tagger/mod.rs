//! Part-of-speech tagging: UPOS and Penn Treebank XPOS, predicted jointly.

mod features;
mod finite;
mod model;
mod tagset;
mod train;

pub use finite::ensure_finite_verb;
pub use model::{argmax, TagScratch, TaggerModel, SKIP_MARGIN};
pub use tagset::{xpos_index, TagClass, XPOS_NAMES};
pub use train::{accuracy, train_tagger, TagTrainOptions};

use petrel_core::{Doc, Layers, Result, Stage};
use std::sync::Arc;

/// The tagging stage: requires TOKENS, provides TAGS.
#[derive(Clone)]
pub struct Tagger {
    model: Arc<TaggerModel>,
}

impl Tagger {
    /// A tagging stage over a shared model.
    pub fn new(model: Arc<TaggerModel>) -> Tagger {
        Tagger { model }
    }
}

impl Stage for Tagger {
    fn name(&self) -> &'static str {
        "tag"
    }
    fn requires(&self) -> Layers {
        Layers::TOKENS
    }
    fn provides(&self) -> Layers {
        Layers::TAGS
    }
    fn process(&self, doc: &mut Doc) -> Result<()> {
        let mut scratch = TagScratch::default();
        let mut out = Vec::new();
        let mut tags = Vec::new();
        let mut words: Vec<&str> = Vec::new();
        doc.xpos_names = &XPOS_NAMES;
        for si in 0..doc.sentences.len() {
            let range = doc.sentences[si].tokens();
            let text = &doc.text;
            self.model.tag(
                doc.tokens[range.clone()].iter().map(|t| t.span.slice(text)),
                &mut scratch,
                &mut out,
            );
            tags.clear();
            tags.extend(out.iter().map(|&c| {
                self.model
                    .classes
                    .get(c as usize)
                    .copied()
                    .unwrap_or(TagClass {
                        upos: petrel_core::Upos::X,
                        xpos: 0,
                    })
            }));
            words.clear();
            words.extend(doc.tokens[range.clone()].iter().map(|t| t.span.slice(text)));
            ensure_finite_verb(&words, &mut tags);
            for (t, c) in doc.tokens[range].iter_mut().zip(&tags) {
                t.upos = c.upos;
                t.xpos = c.xpos;
            }
        }
        Ok(())
    }
}
