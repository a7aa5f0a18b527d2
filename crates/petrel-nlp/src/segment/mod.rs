//! Segmentation: every text line is a block; blocks are tokenised, then split into sentences.
//!
//! Tokenisation follows UD English EWT: clitics are split (`Moscow's` → `Moscow 's`,
//! `don't` → `do n't`, `cannot` → `can not`), hyphenated words are split at the hyphen
//! (`US-Russia` → `US - Russia`, as EWT does in most cases) except after common prefixes
//! (`anti-war`, `non-stop`, `post-war` stay whole, as in EWT) and in codes such as `COVID-19`.

mod abbrev;
mod boilerplate;
mod boundary;
mod tokenize;

pub use boilerplate::is_boilerplate_line;
pub use tokenize::tokenize;

use petrel_core::{Doc, Layers, Result, Sentence, Span, Stage, Token};

/// The segmentation stage: requires TEXT, provides CLEAN, SENTENCES and TOKENS.
#[derive(Debug, Clone, Default)]
pub struct Segmenter {
    _private: (),
}

impl Segmenter {
    /// A segmenter with the built-in English news rules.
    pub fn new() -> Segmenter {
        Segmenter { _private: () }
    }

    /// Splits `text` into sentences of token spans (byte offsets into `text`), with a boilerplate flag.
    pub fn split(&self, text: &str) -> Vec<(Vec<Span>, bool)> {
        let mut out = Vec::new();
        let mut toks = Vec::new();
        let mut line_start = 0;
        for line in text.split('\n') {
            toks.clear();
            tokenize(line, line_start, &mut toks);
            if !toks.is_empty() {
                let boiler = is_boilerplate_line(line);
                for range in boundary::sentence_ranges(text, &toks) {
                    out.push((toks[range].to_vec(), boiler));
                }
            }
            line_start += line.len() + 1;
        }
        out
    }
}

impl Stage for Segmenter {
    fn name(&self) -> &'static str {
        "segment"
    }
    fn requires(&self) -> Layers {
        Layers::TEXT
    }
    fn provides(&self) -> Layers {
        Layers::CLEAN | Layers::SENTENCES | Layers::TOKENS
    }
    fn process(&self, doc: &mut Doc) -> Result<()> {
        doc.sentences.clear();
        doc.tokens.clear();
        doc.lemma_buf.clear();
        for (spans, boilerplate) in self.split(&doc.text) {
            let (Some(first), Some(last)) = (spans.first(), spans.last()) else {
                continue;
            };
            let s = doc.sentences.len();
            let tok_start = doc.tokens.len() as u32;
            doc.tokens.extend(spans.iter().map(|&sp| Token::new(sp, s)));
            doc.sentences.push(Sentence {
                span: first.cover(*last),
                tok_start,
                tok_end: doc.tokens.len() as u32,
                boilerplate,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
