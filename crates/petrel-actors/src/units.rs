//! Matching units: the document's tokens split at hyphens and slashes, normalised once.
//!
//! `US-Russia` gives two units; a possessive token (`'s` in `Moscow 's`) gives none, so the
//! name and the noun after it stay adjacent; a lone `-` token marks the next unit as
//! hyphen-joined. Normalised forms live in one buffer per document.

use crate::dict::ActorDict;
use crate::normalize::{core_range, is_apostrophe, normalize_into, split_units};
use petrel_core::{Doc, Layers, Upos};

/// One unit of text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Unit {
    /// Document-level token index.
    pub tok: u32,
    /// Sentence index.
    pub sent: u32,
    /// Bytes of the word proper in the text.
    pub start: u32,
    /// End byte.
    pub end: u32,
    /// Range of the normalised form in [`Units::norms`].
    pub norm: (u32, u32),
    /// Vocabulary id, if the dictionary knows the word.
    pub word: Option<u32>,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Every letter is upper case.
    pub upper: bool,
    /// Joined to the previous unit by a hyphen.
    pub hyphen: bool,
    /// Tagged as a proper noun / a noun, when tags exist.
    pub upos: Option<Upos>,
    /// Followed by a possessive "'s" or "'" ("the rapper's").
    pub owner: bool,
}

/// All units of a document.
pub(crate) struct Units {
    pub v: Vec<Unit>,
    pub norms: String,
}

impl Units {
    /// The normalised form of unit `i`.
    pub fn norm(&self, i: usize) -> &str {
        let (a, b) = self.v[i].norm;
        &self.norms[a as usize..b as usize]
    }

    /// Splits every token of `doc` into units.
    pub fn build(doc: &Doc, dict: &ActorDict) -> Units {
        let tags = doc.layers.contains(Layers::TAGS);
        let mut u = Units {
            v: Vec::with_capacity(doc.tokens.len() + 8),
            norms: String::with_capacity(doc.text.len()),
        };
        let mut hyphen = false;
        let mut last_sent = u32::MAX;
        for (ti, t) in doc.tokens.iter().enumerate() {
            if t.sentence != last_sent {
                hyphen = false;
                last_sent = t.sentence;
            }
            let text = doc.word(ti);
            let dash = !text.is_empty()
                && text
                    .chars()
                    .all(|c| matches!(c, '-' | '\u{2010}'..='\u{2015}'));
            if dash {
                if spaced(doc, ti) {
                    // A dash between phrases parts them, as a comma would.
                    u.v.push(Unit {
                        tok: ti as u32,
                        sent: t.sentence,
                        start: t.span.start,
                        end: t.span.end,
                        norm: (u.norms.len() as u32, u.norms.len() as u32),
                        word: None,
                        cap: false,
                        upper: false,
                        hyphen: false,
                        upos: tags.then_some(t.upos),
                        owner: false,
                    });
                } else if is_hyphen(text) {
                    hyphen = true;
                }
                continue;
            }
            let mut chars = text.chars();
            let apostrophe = chars.next().is_some_and(is_apostrophe);
            // A possessive ending is written against its word; a quotation mark after a space
            // opens a quotation ("rights groups 'terrorists'").
            let attached = ti > 0 && doc.tokens[ti - 1].span.end == t.span.start;
            if apostrophe
                && ((attached && chars.as_str().is_empty())
                    || chars.as_str().eq_ignore_ascii_case("s"))
            {
                if let Some(last) = u.v.last_mut().filter(|l| l.sent == t.sentence) {
                    last.owner = true;
                }
                continue;
            }
            // "Iranian-made" as one token, or as "Iranian" "-" "made".
            let split_origin = ti + 2 < doc.tokens.len()
                && is_hyphen(doc.word(ti + 1))
                && ORIGIN_SUFFIXES
                    .iter()
                    .any(|s| doc.word(ti + 2).eq_ignore_ascii_case(s));
            if names_origin(text) || split_origin {
                continue;
            }
            let base = t.span.start as usize;
            let mut first = true;
            split_units(text, |a, b| {
                let piece = &text[a..b];
                let n0 = u.norms.len();
                normalize_into(piece, &mut u.norms);
                let norm = &u.norms[n0..];
                let (cs, ce) = core_range(piece);
                let core = &piece[cs..ce];
                let unit = Unit {
                    tok: ti as u32,
                    sent: t.sentence,
                    start: (base + a + cs) as u32,
                    end: (base + a + ce) as u32,
                    norm: (n0 as u32, u.norms.len() as u32),
                    word: dict.word_id(norm),
                    cap: core.chars().next().is_some_and(char::is_uppercase),
                    upper: core.chars().any(char::is_alphabetic)
                        && !core.chars().any(char::is_lowercase),
                    hyphen: hyphen || !first,
                    upos: tags.then_some(t.upos),
                    owner: false,
                };
                u.v.push(unit);
                first = false;
                hyphen = false;
            });
        }
        u
    }
}

/// Second halves of hyphenated words that name where a thing comes from or who holds it, not
/// who acts: an "Iranian-made drone" is not Iran, nor are "Russian-held towns" Russia. (Sponsors,
/// "Iranian-backed", are read by composition.)
const ORIGIN_SUFFIXES: &[&str] = &[
    "made",
    "built",
    "designed",
    "supplied",
    "manufactured",
    "produced",
    "speaking",
    "occupied",
    "controlled",
    "held",
    "style",
    "born",
];

/// Whether a token is a hyphenated origin word ("Iranian-made", "Russian-held").
fn names_origin(word: &str) -> bool {
    word.rsplit_once(['-', '\u{2010}', '\u{2011}'])
        .is_some_and(|(a, b)| {
            !a.is_empty() && ORIGIN_SUFFIXES.iter().any(|s| b.eq_ignore_ascii_case(s))
        })
}

/// A token that is only hyphens.
/// Whether token `ti` has white space on both sides: a dash between phrases ("AP - Election
/// officials"), not a hyphen inside a word.
fn spaced(doc: &Doc, ti: usize) -> bool {
    let span = doc.tokens[ti].span;
    let before = doc.text[..span.start as usize].chars().next_back();
    let after = doc.text[span.end as usize..].chars().next();
    before.is_some_and(char::is_whitespace) && after.is_some_and(char::is_whitespace)
}

fn is_hyphen(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| matches!(c, '-' | '\u{2010}' | '\u{2011}'))
}
