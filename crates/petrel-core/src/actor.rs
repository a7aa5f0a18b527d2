//! Actor mentions: a span of text resolved to a CAMEO actor code.

use crate::Span;
use serde::{Deserialize, Serialize};

/// What kind of dictionary entry a mention matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A country or territory name, adjective, capital or metonym.
    Country,
    /// A named person with a dated role.
    Person,
    /// An IGO, NGO, media outlet or armed group.
    Organisation,
    /// A generic agent noun ("troops", "officials") composed with a country.
    Agent,
    /// A pronoun or definite description resolved to an earlier mention.
    Coreference,
}

/// A mention of an actor in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorMention {
    /// Bytes of the mention.
    pub span: Span,
    /// First token (document-level index).
    pub tok_start: u32,
    /// One past the last token.
    pub tok_end: u32,
    /// Index of the token that heads the mention (for linking to the parse).
    pub head: u32,
    /// Full CAMEO actor code, e.g. `USAGOV`, `RUSMIL`, `NATO`.
    pub code: String,
    /// Country or IGO part of the code (first three letters for states).
    pub country: Option<String>,
    /// Primary sector, e.g. `GOV`, `MIL`, `REB`.
    pub sector: Option<String>,
    /// Kind of entry that matched.
    pub kind: ActorKind,
    /// The dictionary entry that matched (its canonical name), for explanation.
    pub entry: String,
}

impl ActorMention {
    /// Token indices of the mention.
    pub fn tokens(&self) -> std::ops::Range<usize> {
        self.tok_start as usize..self.tok_end as usize
    }
}
