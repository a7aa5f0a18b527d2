//! The loaded models, shared immutably between threads, and the stage list built from them.

use crate::lemma::Lemmatizer;
use crate::parser::{Parser, ParserModel};
use crate::tagger::{Tagger, TaggerModel};
use crate::Segmenter;
use petrel_core::{PetrelError, Result, Stage};
use std::path::Path;
use std::sync::{Arc, OnceLock};

static TAGGER_BIN: &[u8] = include_bytes!("../models/tagger.bin");
static PARSER_BIN: &[u8] = include_bytes!("../models/parser.bin");
static EMBEDDED: OnceLock<std::result::Result<Arc<Nlp>, String>> = OnceLock::new();

/// The tagger and parser models (read-only; wrap in `Arc` and share).
pub struct Nlp {
    /// POS tagger.
    pub tagger: Arc<TaggerModel>,
    /// Dependency parser.
    pub parser: Arc<ParserModel>,
}

impl Nlp {
    /// The models compiled into the binary, decoded once per process.
    pub fn embedded() -> Result<Arc<Nlp>> {
        EMBEDDED
            .get_or_init(|| {
                Nlp::from_bytes(TAGGER_BIN, PARSER_BIN)
                    .map(Arc::new)
                    .map_err(|e| e.message)
            })
            .clone()
            .map_err(|m| PetrelError::new(petrel_core::ErrorKind::Resource, m))
    }
    /// Decodes models from bytes.
    pub fn from_bytes(tagger: &[u8], parser: &[u8]) -> Result<Nlp> {
        Ok(Nlp {
            tagger: Arc::new(TaggerModel::from_bytes(tagger, "tagger model")?),
            parser: Arc::new(ParserModel::from_bytes(parser, "parser model")?),
        })
    }
    /// Loads models from files (an override of the embedded ones).
    pub fn from_files(tagger: &Path, parser: &Path) -> Result<Arc<Nlp>> {
        let t = std::fs::read(tagger).map_err(|e| PetrelError::io(tagger.display(), e))?;
        let p = std::fs::read(parser).map_err(|e| PetrelError::io(parser.display(), e))?;
        Ok(Arc::new(Nlp {
            tagger: Arc::new(TaggerModel::from_bytes(&t, &tagger.display().to_string())?),
            parser: Arc::new(ParserModel::from_bytes(&p, &parser.display().to_string())?),
        }))
    }
    /// The tagging stage.
    pub fn tagger_stage(&self) -> Tagger {
        Tagger::new(self.tagger.clone())
    }
    /// The parsing stage.
    pub fn parser_stage(&self) -> Parser {
        Parser::new(self.parser.clone())
    }
}

/// The stages `segment`, `tag`, `lemma`, `parse`, in pipeline order.
pub fn stages(nlp: &Arc<Nlp>) -> Vec<Box<dyn Stage>> {
    vec![
        Box::new(Segmenter::new()),
        Box::new(nlp.tagger_stage()),
        Box::new(Lemmatizer::new()),
        Box::new(nlp.parser_stage()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use petrel_core::{Doc, Pipeline, Upos};

    #[test]
    fn embedded_models_tag_lemmatise_and_parse() {
        let t = std::time::Instant::now();
        let nlp = Nlp::embedded().unwrap();
        assert!(
            t.elapsed().as_secs_f64() < 5.0,
            "load took {:?}",
            t.elapsed()
        );
        let p = Pipeline::new(stages(&nlp)).unwrap();
        assert_eq!(p.names(), ["segment", "tag", "lemma", "parse"]);
        let mut d = Doc::new(
            Default::default(),
            "Russian troops attacked the city on Monday. Officials met in Geneva.",
        );
        p.run(&mut d).unwrap();
        assert_eq!(d.sentences.len(), 2);
        let attacked = (0..d.tokens.len())
            .find(|&i| d.word(i) == "attacked")
            .unwrap();
        assert_eq!(d.tokens[attacked].upos, Upos::Verb);
        assert_eq!(d.lemma(attacked), "attack");
        assert_eq!(d.lemma(1), "troop");
        assert_eq!(d.tokens[attacked].head, u32::MAX);
        assert_eq!(d.tokens[1].head as usize, attacked);
        assert_eq!(d.tokens[1].deprel.as_str(), "nsubj");
        assert_eq!(d.xpos(attacked), "VBD");
        assert_eq!(d.lemma(0), "Russian");
    }

    #[test]
    fn every_parse_is_a_tree_even_for_long_unpunctuated_text() {
        let nlp = Nlp::embedded().unwrap();
        let p = Pipeline::new(stages(&nlp)).unwrap();
        let words = [
            "the", "army", "said", "forces", "of", "Russia", "and", "Ukraine", "fought", "near",
            "Kyiv", "while",
        ];
        let text: Vec<&str> = (0..400).map(|i| words[i % words.len()]).collect();
        let mut d = Doc::new(Default::default(), text.join(" "));
        p.run(&mut d).unwrap();
        // Cut into pieces of at most MAX_SENTENCE_TOKENS, each parsed to one tree.
        assert_eq!(d.sentences.len(), 3);
        assert!(d
            .sentences
            .iter()
            .all(|s| s.tokens().len() <= crate::segment::MAX_SENTENCE_TOKENS));
        let n = d.tokens.len();
        assert_eq!(n, 400);
        assert_eq!(d.tokens.iter().filter(|t| t.head == u32::MAX).count(), 3);
        for i in 0..n {
            let mut j = i;
            let mut steps = 0;
            while let Some(h) = d.tokens[j].head() {
                assert!(h < n);
                j = h;
                steps += 1;
                assert!(steps <= n, "cycle through token {i}");
            }
        }
    }

    #[test]
    fn random_text_never_panics_and_always_parses_to_trees() {
        let nlp = Nlp::embedded().unwrap();
        let p = Pipeline::new(stages(&nlp)).unwrap();
        let alphabet: Vec<char> =
            "ab Z.,;:!?'\"“”‘’()-—–/$%0123456789\n\tU.S. n't 's é İ ſ\u{200b}\r"
                .chars()
                .collect();
        let mut rng = crate::rng::Rng::new(3);
        for _ in 0..200 {
            let len = (rng.next_u64() % 120) as usize;
            let text: String = (0..len)
                .map(|_| alphabet[(rng.next_u64() % alphabet.len() as u64) as usize])
                .collect();
            let mut d = Doc::new(Default::default(), text);
            p.run(&mut d).unwrap();
            for s in &d.sentences {
                let roots = s.tokens().filter(|&i| d.tokens[i].head == u32::MAX).count();
                assert_eq!(roots, 1);
                assert!(s
                    .tokens()
                    .all(|i| d.tokens[i].head().is_none_or(|h| s.tokens().contains(&h))));
            }
        }
    }
}
