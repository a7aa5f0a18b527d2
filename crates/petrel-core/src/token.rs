//! Tokens and their linguistic annotation: UPOS, XPOS, lemma, head and relation.

use crate::Span;
use serde::{Deserialize, Serialize};

/// Universal part-of-speech tags (UD v2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[repr(u8)]
#[allow(missing_docs)]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    #[default]
    X,
}

impl Upos {
    /// All tags in index order.
    pub const ALL: [Upos; 17] = [
        Upos::Adj,
        Upos::Adp,
        Upos::Adv,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Intj,
        Upos::Noun,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Propn,
        Upos::Punct,
        Upos::Sconj,
        Upos::Sym,
        Upos::Verb,
        Upos::X,
    ];
    /// The UD name, e.g. `"PROPN"`.
    pub fn as_str(self) -> &'static str {
        [
            "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
            "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
        ][self as usize]
    }
    /// Parses a UD name; unknown names give `None`.
    pub fn parse(s: &str) -> Option<Upos> {
        Upos::ALL.iter().copied().find(|u| u.as_str() == s)
    }
    /// Dense index in `0..17`.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Dependency relations known to the parser (UD English EWT labels, with subtypes).
pub const DEPRELS: [&str; 53] = [
    "_",
    "root",
    "punct",
    "case",
    "nsubj",
    "det",
    "advmod",
    "obj",
    "amod",
    "obl",
    "conj",
    "compound",
    "mark",
    "nmod",
    "cc",
    "aux",
    "cop",
    "advcl",
    "nmod:poss",
    "xcomp",
    "ccomp",
    "acl:relcl",
    "flat",
    "parataxis",
    "nummod",
    "appos",
    "acl",
    "aux:pass",
    "nsubj:pass",
    "obl:unmarked",
    "nmod:unmarked",
    "discourse",
    "compound:prt",
    "iobj",
    "list",
    "expl",
    "fixed",
    "nmod:desc",
    "obl:agent",
    "csubj",
    "nsubj:outer",
    "det:predet",
    "vocative",
    "goeswith",
    "advcl:relcl",
    "cc:preconj",
    "reparandum",
    "orphan",
    "csubj:pass",
    "dislocated",
    "dep",
    "csubj:outer",
    "obl:tmod",
];

/// A dependency relation, as an index into [`DEPRELS`]; `Deprel(0)` means "none".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Deprel(pub u8);

impl Deprel {
    /// No relation assigned.
    pub const NONE: Deprel = Deprel(0);
    /// Looks up a label; unknown labels fall back to their base (`nmod:x` → `nmod`), then to `dep`.
    pub fn parse(s: &str) -> Deprel {
        if let Some(i) = DEPRELS.iter().position(|d| *d == s) {
            return Deprel(i as u8);
        }
        let base = s.split(':').next().unwrap_or(s);
        let i = DEPRELS
            .iter()
            .position(|d| *d == base)
            .unwrap_or_else(|| DEPRELS.iter().position(|d| *d == "dep").unwrap_or(0));
        Deprel(i as u8)
    }
    /// The label, e.g. `"nsubj:pass"`.
    pub fn as_str(self) -> &'static str {
        DEPRELS.get(self.0 as usize).copied().unwrap_or("dep")
    }
    /// The label without its subtype, e.g. `"nsubj"` for `"nsubj:pass"`.
    pub fn base(self) -> &'static str {
        let s = self.as_str();
        s.split(':').next().unwrap_or(s)
    }
}

/// A token: a byte span of the text plus its annotation. The lemma lives in the document's
/// lemma buffer so that tagging a token allocates nothing.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Token {
    /// Bytes of the token in `Doc::text`.
    pub span: Span,
    /// Index of the sentence that holds the token.
    pub sentence: u32,
    /// Universal POS tag (`X` until tagged).
    pub upos: Upos,
    /// Penn Treebank tag as an index into the tagger's XPOS table (0 = none).
    pub xpos: u8,
    /// Lemma as a span of `Doc::lemma_buf` (empty until lemmatised).
    pub lemma: Span,
    /// Head as a document-level token index; `u32::MAX` for the root or when unparsed.
    pub head: u32,
    /// Relation to the head.
    pub deprel: Deprel,
}

impl Token {
    /// A new unannotated token.
    pub fn new(span: Span, sentence: usize) -> Token {
        Token {
            span,
            sentence: sentence as u32,
            head: u32::MAX,
            ..Default::default()
        }
    }
    /// The head's document-level index, or `None` for the root.
    pub fn head(&self) -> Option<usize> {
        (self.head != u32::MAX).then_some(self.head as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deprel_falls_back_to_base_then_dep() {
        assert_eq!(Deprel::parse("nsubj:pass").as_str(), "nsubj:pass");
        assert_eq!(Deprel::parse("obl:npmod").as_str(), "obl");
        assert_eq!(Deprel::parse("weird").as_str(), "dep");
        assert_eq!(Deprel::parse("nsubj:pass").base(), "nsubj");
    }

    #[test]
    fn upos_round_trips() {
        for u in Upos::ALL {
            assert_eq!(Upos::parse(u.as_str()), Some(u));
        }
        assert_eq!(Upos::parse("NOPE"), None);
    }
}
