//! Dependency parsing: greedy arc-hybrid transitions scored by an averaged perceptron,
//! labelled with UD relations from [`petrel_core::DEPRELS`]. Every output is a tree.

mod accused;
mod features;
mod model;
mod oracle;
mod repair;
mod state;
mod train;

pub use model::{ParseScratch, ParserModel};
pub use state::{Move, State};
pub use train::{attachment, tag_value, train_parser, ParseTrainOptions, TreeSent};

use crate::features::hash_lower;
use crate::tagger::TagClass;
use petrel_core::{Deprel, Doc, Layers, Result, Stage};
use std::sync::Arc;

/// The parsing stage: requires TOKENS and TAGS, provides PARSE.
#[derive(Clone)]
pub struct Parser {
    model: Arc<ParserModel>,
}

impl Parser {
    /// A parsing stage over a shared model.
    pub fn new(model: Arc<ParserModel>) -> Parser {
        Parser { model }
    }
}

impl Stage for Parser {
    fn name(&self) -> &'static str {
        "parse"
    }
    fn requires(&self) -> Layers {
        Layers::TOKENS | Layers::TAGS
    }
    fn provides(&self) -> Layers {
        Layers::PARSE
    }
    fn process(&self, doc: &mut Doc) -> Result<()> {
        let mut s = ParseScratch::default();
        for si in 0..doc.sentences.len() {
            if doc.sentences[si].unparsed {
                continue;
            }
            let range = doc.sentences[si].tokens();
            let start = range.start;
            s.sent.reset();
            for t in &doc.tokens[range.clone()] {
                s.sent.words.push(hash_lower(t.span.slice(&doc.text)));
                s.sent.tags.push(tag_value(TagClass {
                    upos: t.upos,
                    xpos: t.xpos,
                }));
            }
            self.model.parse(&mut s);
            for (k, t) in doc.tokens[range].iter_mut().enumerate() {
                let h = s.state.heads.get(k + 1).copied().unwrap_or(0);
                t.head = if h == 0 || h == state::NONE {
                    u32::MAX
                } else {
                    (start + h as usize - 1) as u32
                };
                t.deprel = Deprel(s.state.labels.get(k + 1).copied().unwrap_or(1));
            }
            repair::opening_participle(doc, doc.sentences[si].tokens());
            repair::compound_across_case(doc, doc.sentences[si].tokens());
            repair::clause_after_preposition(doc, doc.sentences[si].tokens());
            repair::noun_read_as_verb(doc, doc.sentences[si].tokens());
            repair::subject_with_preposition(doc, doc.sentences[si].tokens());
            repair::name_before_weekday(doc, doc.sentences[si].tokens());
            repair::naming_complement(doc, doc.sentences[si].tokens());
            repair::bare_infinitive_noun(doc, doc.sentences[si].tokens());
            repair::clause_on_noun(doc, doc.sentences[si].tokens());
            repair::verb_conjoined_to_object(doc, doc.sentences[si].tokens());
            accused::object_before_of_clause(doc, doc.sentences[si].tokens());
        }
        Ok(())
    }
}
