//! Part-of-speech tagging: UPOS and Penn Treebank XPOS, predicted jointly.

mod acronyms;
mod closed;
mod features;
mod finite;
mod model;
mod tagset;
mod train;
mod truecase;

pub use finite::ensure_finite_verb;
pub use model::{argmax, TagScratch, TaggerModel, SKIP_MARGIN};
pub use tagset::{xpos_index, TagClass, XPOS_NAMES};
pub use train::{accuracy, train_tagger, TagTrainOptions};

use petrel_core::words::is_title_case;
use petrel_core::{Doc, Layers, Result, Stage, Upos};
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
        let mut lowered: Vec<String> = Vec::new();
        let mut again = Vec::new();
        doc.xpos_names = &XPOS_NAMES;
        for si in 0..doc.sentences.len() {
            let range = doc.sentences[si].tokens();
            let text = &doc.text;
            words.clear();
            // A lone `’` after an opening `‘` of its sentence closes that quotation.
            let mut open = false;
            words.extend(doc.tokens[range.clone()].iter().map(|t| {
                let w = t.span.slice(text);
                match w {
                    "‘" => open = true,
                    "’" if open => {
                        open = false;
                        return "\"";
                    }
                    _ => {}
                }
                as_trained(w)
            }));
            self.model
                .tag(words.iter().copied(), &mut scratch, &mut out);
            let title = is_title_case(words.iter().copied())
                && !truecase::has_class(&self.model, &out, truecase::is_finite)
                && {
                    truecase::lower_title_words(&self.model, &words, &mut lowered);
                    self.model
                        .tag(lowered.iter().map(String::as_str), &mut scratch, &mut again);
                    truecase::finds_verb(&self.model, &words, &lowered, &again)
                };
            if title {
                std::mem::swap(&mut out, &mut again);
            }
            tags.clear();
            tags.extend(out.iter().map(|&c| {
                self.model
                    .classes
                    .get(c as usize)
                    .copied()
                    .unwrap_or(TagClass {
                        upos: Upos::X,
                        xpos: 0,
                    })
            }));
            if title {
                truecase::restore_names(&self.model, &words, &lowered, &mut tags);
            }
            acronyms::acronym_plurals_are_nouns(&words, &mut tags);
            acronyms::capital_wh_words_are_names(&words, &mut tags);
            closed::prepositions_are_prepositions(&words, &mut tags);
            closed::shot_dead_is_a_verb(&words, &mut tags);
            ensure_finite_verb(&words, &mut tags);
            for (t, c) in doc.tokens[range].iter_mut().zip(&tags) {
                t.upos = c.upos;
                t.xpos = c.xpos;
            }
        }
        Ok(())
    }
}

/// The word as the training treebank writes it: curly opening quotes and double quotes are
/// straight ones there ("‘without justification’" is no noun). A lone `’` stays, unless it
/// closes a `‘` (see [`Tagger`]'s pass): it may be a plural possessive.
fn as_trained(w: &str) -> &str {
    match w {
        "‘" | "“" | "”" | "„" => "\"",
        _ => w,
    }
}
