//! The Penn Treebank XPOS table used by UD English EWT, and the joint UPOS+XPOS classes.

use petrel_core::Upos;

/// XPOS names; `Token::xpos` indexes this table (0 = none).
pub static XPOS_NAMES: [&str; 51] = [
    "_", "NN", "IN", "DT", "NNP", "PRP", "JJ", "RB", ".", "VB", "NNS", ",", "CC", "VBD", "VBP",
    "VBZ", "CD", "VBN", "VBG", "MD", "TO", "PRP$", "-RRB-", "-LRB-", "WDT", ":", "WRB", "``", "''",
    "WP", "RP", "UH", "POS", "HYPH", "NNPS", "JJR", "JJS", "EX", "NFP", "RBR", "ADD", "GW", "$",
    "SYM", "PDT", "LS", "FW", "RBS", "AFX", "WP$", "XX",
];

/// Index of an XPOS name in [`XPOS_NAMES`] (0 when unknown).
pub fn xpos_index(name: &str) -> u8 {
    XPOS_NAMES.iter().position(|x| *x == name).unwrap_or(0) as u8
}

/// One tagger class: a UPOS with an XPOS index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TagClass {
    /// Universal tag.
    pub upos: Upos,
    /// Index into [`XPOS_NAMES`].
    pub xpos: u8,
}

impl TagClass {
    /// The class for a UPOS and XPOS name pair.
    pub fn new(upos: &str, xpos: &str) -> TagClass {
        TagClass {
            upos: Upos::parse(upos).unwrap_or(Upos::X),
            xpos: xpos_index(xpos),
        }
    }
    /// The XPOS name.
    pub fn xpos_name(self) -> &'static str {
        XPOS_NAMES.get(self.xpos as usize).copied().unwrap_or("_")
    }
}
