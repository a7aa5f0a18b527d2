//! Gold attributions (PolNeAR): the content, source and cue of each attribution as byte spans
//! of the document text, built from a brat file whose offsets count characters of that text.

use crate::brat::BratDoc;
use petrel_core::{ErrorKind, PetrelError, Result, Span};

/// One gold attribution (a brat event whose type starts with `Attribution`).
#[derive(Debug, Clone, PartialEq)]
pub struct GoldAttribution {
    /// The brat event id, e.g. `E3`.
    pub id: String,
    /// Byte fragments of its content (roles `Content`, `Content2`, …); empty when missing.
    pub content: Vec<Span>,
    /// Byte fragments of its source; empty when missing.
    pub source: Vec<Span>,
    /// Byte fragments of its cue; empty when missing.
    pub cue: Vec<Span>,
}

/// A document with its gold attributions.
#[derive(Debug, Clone, PartialEq)]
pub struct AttributionDoc {
    /// The document id (the text file's name without `.txt`).
    pub id: String,
    /// The text the annotation is over, as read.
    pub text: String,
    /// Every `Content` annotation as byte fragments, whether an attribution uses it or not.
    pub contents: Vec<Vec<Span>>,
    /// The attributions, in file order.
    pub attributions: Vec<GoldAttribution>,
}

impl AttributionDoc {
    /// Converts `brat`, annotated over `text`, to byte spans; an error names `name` when an
    /// offset is past the end of the text or the text there is not the annotated text.
    pub fn new(name: &str, id: &str, text: String, brat: &BratDoc) -> Result<AttributionDoc> {
        let bytes: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(text.len()))
            .collect();
        let mut spans = std::collections::HashMap::new();
        for t in &brat.spans {
            let mut frags = Vec::new();
            for &(a, b) in &t.fragments {
                let (Some(&x), Some(&y)) = (bytes.get(a), bytes.get(b)) else {
                    return Err(bad(
                        name,
                        format!(
                            "{}: offsets {a}..{b} are past the end of the text ({} characters)",
                            t.id,
                            bytes.len() - 1
                        ),
                    ));
                };
                frags.push(Span::new(x, y));
            }
            let found = join(&text, &frags);
            if squeeze(&found) != squeeze(&t.text) {
                return Err(bad(
                    name,
                    format!(
                        "{}: the text at its offsets is {:?}, not {:?} as annotated",
                        t.id,
                        short(&found),
                        short(&t.text)
                    ),
                ));
            }
            spans.insert(t.id.as_str(), (t.kind.as_str(), frags));
        }
        let contents = brat
            .spans
            .iter()
            .filter(|t| t.kind == "Content")
            .map(|t| spans[t.id.as_str()].1.clone())
            .collect();
        let attributions = brat
            .events
            .iter()
            .filter(|e| e.kind.starts_with("Attribution"))
            .map(|e| {
                let mut a = GoldAttribution {
                    id: e.id.clone(),
                    content: Vec::new(),
                    source: Vec::new(),
                    cue: Vec::new(),
                };
                for (role, tid) in &e.args {
                    let frags = spans.get(tid.as_str()).map_or(&[][..], |(_, f)| f);
                    match role.trim_end_matches(|c: char| c.is_ascii_digit()) {
                        "Content" => a.content.extend_from_slice(frags),
                        "Source" => a.source.extend_from_slice(frags),
                        "Cue" => a.cue.extend_from_slice(frags),
                        _ => {}
                    }
                }
                a
            })
            .collect();
        Ok(AttributionDoc {
            id: id.to_string(),
            text,
            contents,
            attributions,
        })
    }

    /// The text of byte fragments, joined by a space.
    pub fn text_of(&self, frags: &[Span]) -> String {
        join(&self.text, frags)
    }
}

fn join(text: &str, frags: &[Span]) -> String {
    frags
        .iter()
        .map(|s| s.slice(text))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whitespace runs as one space, so that a line break in the text matches brat's space.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn short(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

fn bad(name: &str, msg: String) -> PetrelError {
    PetrelError::new(ErrorKind::Parse, format!("{name}: {msg}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brat::parse_brat;

    const TEXT: &str = "Ça va: the mayor said roads, bridges\nand tunnels closed.";

    #[test]
    fn character_offsets_become_byte_spans() {
        let ann = "T1\tSource 7 16\tthe mayor\n\
T2\tCue 17 21\tsaid\n\
T3\tContent 22 27;29 36\troads bridges\n\
T4\tAttribution 17 21\tsaid\n\
E1\tAttribution:T4 Cue:T2 Source:T1 Content:T3\n\
T5\tContent 37 55\tand tunnels closed\n\
E2\tAttribution-no-source:T4 Content:T5\n";
        let brat = parse_brat("x.ann", ann).unwrap();
        let d = AttributionDoc::new("x.ann", "x", TEXT.to_string(), &brat).unwrap();
        assert_eq!(d.contents.len(), 2);
        let a = &d.attributions[0];
        assert_eq!(d.text_of(&a.source), "the mayor");
        assert_eq!(a.source[0], Span::new(8, 17), "Ç is two bytes");
        assert_eq!(d.text_of(&a.content), "roads bridges");
        assert_eq!(d.text_of(&d.attributions[1].content), "and tunnels closed");
        assert!(d.attributions[1].source.is_empty());
    }

    #[test]
    fn offsets_that_do_not_fit_the_text_are_errors() {
        for (ann, want) in [
            ("T1\tSource 8 17\tthe mayor\n", "not \"the mayor\""),
            (
                "T1\tSource 50 99\tx\n",
                "past the end of the text (56 characters)",
            ),
        ] {
            let brat = parse_brat("x.ann", ann).unwrap();
            let e = AttributionDoc::new("x.ann", "x", TEXT.to_string(), &brat)
                .unwrap_err()
                .to_string();
            assert!(e.starts_with("x.ann: T1: "), "{e}");
            assert!(e.contains(want), "{e} should contain {want}");
        }
    }
}
