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
use std::ops::Range;

/// The most tokens a sentence may have. Longer "sentences" (text with no sentence
/// punctuation, lists, tables flattened to one line) are cut into pieces of at most this many
/// tokens, so that the cost of coding stays linear in the length of the text: the parser and
/// the event rules look across a whole sentence. News sentences rarely pass 80 tokens.
pub const MAX_SENTENCE_TOKENS: usize = 150;

/// A piece is cut at the best break after this many tokens: clause punctuation (`;` `:`
/// dashes), else a comma, else before a conjunction, else at the limit.
const MIN_PIECE_TOKENS: usize = 50;

/// Cuts `range` of `toks` into pieces of at most [`MAX_SENTENCE_TOKENS`] tokens.
fn cap(text: &str, toks: &[Span], range: Range<usize>, out: &mut Vec<Range<usize>>) -> bool {
    let mut start = range.start;
    let mut cut = false;
    while range.end - start > MAX_SENTENCE_TOKENS {
        let window = start + MIN_PIECE_TOKENS..start + MAX_SENTENCE_TOKENS;
        let word = |i: usize| toks[i].slice(text);
        let after = |pred: &dyn Fn(&str) -> bool| {
            window.clone().rev().find(|&i| pred(word(i))).map(|i| i + 1)
        };
        let end = after(&|w| matches!(w, ";" | ":" | "—" | "–" | "--"))
            .or_else(|| after(&|w| w == ","))
            .or_else(|| {
                window.clone().rev().find(|&i| {
                    matches!(
                        word(i).to_ascii_lowercase().as_str(),
                        "and" | "but" | "or" | "while" | "whereas"
                    )
                })
            })
            .filter(|&e| e > start)
            .unwrap_or(start + MAX_SENTENCE_TOKENS);
        out.push(start..end);
        start = end;
        cut = true;
    }
    out.push(start..range.end);
    cut
}

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
        self.split_counting(text).0
    }

    /// [`Segmenter::split`], and how many over-long sentences were cut.
    pub fn split_counting(&self, text: &str) -> (Vec<(Vec<Span>, bool)>, usize) {
        let mut out = Vec::new();
        let mut toks = Vec::new();
        let mut pieces = Vec::new();
        let mut cut = 0;
        let mut line_start = 0;
        for line in text.split('\n') {
            toks.clear();
            tokenize(line, line_start, &mut toks);
            if !toks.is_empty() {
                let boiler = is_boilerplate_line(line);
                for range in boundary::sentence_ranges(text, &toks) {
                    pieces.clear();
                    cut += cap(text, &toks, range, &mut pieces) as usize;
                    for r in pieces.drain(..) {
                        out.push((toks[r].to_vec(), boiler));
                    }
                }
            }
            line_start += line.len() + 1;
        }
        (out, cut)
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
        let (sentences, cut) = self.split_counting(&doc.text);
        if cut > 0 {
            doc.notes.push(format!(
                "{cut} sentence(s) longer than {MAX_SENTENCE_TOKENS} tokens were cut at clause breaks (text without sentence punctuation?)"
            ));
        }
        for (spans, boilerplate) in sentences {
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
                unparsed: false,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
