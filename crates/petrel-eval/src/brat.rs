//! Reading brat standoff annotation (`.ann`): text-bound annotations (`T`) over character
//! offsets, possibly discontinuous, and the events (`E`) that tie them together.

use petrel_core::{ErrorKind, PetrelError, Result};
use std::collections::HashSet;
use std::path::Path;

/// A text-bound annotation, e.g. `T3\tContent 10 20;25 30\tsome text`.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBound {
    /// Its id, e.g. `T3`.
    pub id: String,
    /// Its type, e.g. `Content`.
    pub kind: String,
    /// Its fragments as half-open ranges of character (Unicode code point) offsets.
    pub fragments: Vec<(usize, usize)>,
    /// The annotated text as written in the file (fragments joined by a space).
    pub text: String,
}

/// An event, e.g. `E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1`; parts may be missing.
#[derive(Debug, Clone, PartialEq)]
pub struct BratEvent {
    /// Its id, e.g. `E1`.
    pub id: String,
    /// Its type, e.g. `Attribution`.
    pub kind: String,
    /// The id of its trigger annotation.
    pub trigger: String,
    /// Its arguments as (role, annotation id), in file order, e.g. `("Content2", "T22")`.
    pub args: Vec<(String, String)>,
}

/// The text-bound annotations and events of one `.ann` file, in file order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BratDoc {
    /// The `T` lines.
    pub spans: Vec<TextBound>,
    /// The `E` lines.
    pub events: Vec<BratEvent>,
}

impl BratDoc {
    /// The text-bound annotation with `id`.
    pub fn span(&self, id: &str) -> Option<&TextBound> {
        self.spans.iter().find(|t| t.id == id)
    }
}

/// Reads a `.ann` file; a malformed file is an error naming it and the line.
pub fn read_brat(path: &Path) -> Result<BratDoc> {
    let src = std::fs::read_to_string(path).map_err(|e| PetrelError::io(path.display(), e))?;
    parse_brat(&path.display().to_string(), &src)
}

/// Parses brat standoff; errors start with `name:line:`. Relations, attributes, normalisations
/// and notes (`R`, `A`, `M`, `N`, `#`, `*` lines) are skipped.
pub fn parse_brat(name: &str, src: &str) -> Result<BratDoc> {
    let fail =
        |n: usize, msg: String| PetrelError::new(ErrorKind::Parse, format!("{name}:{n}: {msg}"));
    let mut doc = BratDoc::default();
    let mut event_lines = Vec::new();
    for (i, line) in src.lines().enumerate() {
        let n = i + 1;
        let line = line.trim_end_matches('\r');
        match line.chars().next() {
            None => continue,
            Some('T') => doc.spans.push(text_bound(line).map_err(|m| fail(n, m))?),
            Some('E') => {
                doc.events.push(event(line).map_err(|m| fail(n, m))?);
                event_lines.push(n);
            }
            Some('R' | 'A' | 'M' | 'N' | '#' | '*') => continue,
            Some(_) => {
                return Err(fail(
                    n,
                    format!("not a brat annotation: {:?}", snippet(line)),
                ))
            }
        }
    }
    let ids: HashSet<&str> = doc.spans.iter().map(|t| t.id.as_str()).collect();
    for (e, &n) in doc.events.iter().zip(&event_lines) {
        let mut refs = std::iter::once(&e.trigger).chain(e.args.iter().map(|(_, id)| id));
        if let Some(id) = refs.find(|id| !ids.contains(id.as_str())) {
            return Err(fail(
                n,
                format!("{} refers to {id}, which is not a T line", e.id),
            ));
        }
    }
    Ok(doc)
}

/// `T<n>\t<Type> <start> <end>[;<start> <end>...]\t<text>`.
fn text_bound(line: &str) -> std::result::Result<TextBound, String> {
    let mut fields = line.splitn(3, '\t');
    let (id, head, text) = match (fields.next(), fields.next(), fields.next()) {
        (Some(id), Some(head), text) => (id, head, text.unwrap_or("")),
        _ => return Err("a T line needs an id, a type with offsets and a text".into()),
    };
    let (kind, offsets) = head
        .split_once(' ')
        .ok_or_else(|| format!("{id}: no offsets after the type {head:?}"))?;
    let mut fragments = Vec::new();
    for part in offsets.split(';') {
        let nums: Vec<&str> = part.split_whitespace().collect();
        let pair = match nums[..] {
            [a, b] => a.parse::<usize>().ok().zip(b.parse::<usize>().ok()),
            _ => None,
        };
        match pair {
            Some((a, b)) if a <= b => fragments.push((a, b)),
            _ => return Err(format!("{id}: bad offsets {part:?} (want \"START END\")")),
        }
    }
    Ok(TextBound {
        id: id.to_string(),
        kind: kind.to_string(),
        fragments,
        text: text.to_string(),
    })
}

/// `E<n>\t<Type>:<T id> <Role>:<id> ...`.
fn event(line: &str) -> std::result::Result<BratEvent, String> {
    let (id, rest) = line
        .split_once('\t')
        .ok_or("an E line needs an id and a type:trigger")?;
    let mut parts = rest.split_whitespace().map(|p| {
        p.split_once(':')
            .filter(|(a, b)| !a.is_empty() && !b.is_empty())
            .ok_or_else(|| format!("{id}: {p:?} is not ROLE:ID"))
    });
    let (kind, trigger) = parts.next().ok_or(format!("{id}: no type:trigger"))??;
    let args = parts
        .map(|p| p.map(|(r, t)| (r.to_string(), t.to_string())))
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(BratEvent {
        id: id.to_string(),
        kind: kind.to_string(),
        trigger: trigger.to_string(),
        args,
    })
}

fn snippet(s: &str) -> String {
    s.chars().take(30).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANN: &str = "T1\tSource 0 8\tThe mayor\n\
T2\tCue 9 13\tsaid\n\
T3\tContent 14 20;25 31\troads; closed\n\
T4\tAttribution 9 13\tsaid\n\
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n\
#1\tAnnotatorNotes T3\tchecked\n\
\n\
T5\tAttribution-no-source 40 45\tasked\n\
T6\tContent 46 50\twhy?\n\
E2\tAttribution-no-source:T5 Content2:T6 \n\
E3\tAttribution-no-source:T5 \n";

    #[test]
    fn reads_discontinuous_spans_and_events_with_missing_parts() {
        let d = parse_brat("x.ann", ANN).unwrap();
        assert_eq!(d.spans.len(), 6);
        let c = d.span("T3").unwrap();
        assert_eq!(c.kind, "Content");
        assert_eq!(c.fragments, vec![(14, 20), (25, 31)]);
        assert_eq!(c.text, "roads; closed");
        assert_eq!(d.events.len(), 3);
        assert_eq!(d.events[0].trigger, "T4");
        assert_eq!(d.events[0].args.len(), 3);
        assert_eq!(
            d.events[0].args[2],
            ("Source".to_string(), "T1".to_string())
        );
        let e = &d.events[1];
        assert_eq!(e.kind, "Attribution-no-source");
        assert_eq!(e.args, vec![("Content2".to_string(), "T6".to_string())]);
        assert!(d.events[2].args.is_empty());
    }

    #[test]
    fn malformed_lines_are_errors_naming_file_and_line() {
        let cases = [
            ("T1\tSource 0\tx\n", "x.ann:1: T1: bad offsets"),
            ("T1\tSource 5 2\tx\n", "bad offsets"),
            ("T1\tSource 0 1;2\tx\n", "bad offsets \"2\""),
            ("T1\tSource\n", "no offsets"),
            ("T1 Source 0 1 x\n", "a T line needs"),
            (
                "T1\tCue 0 1\tx\nE1\tAttribution:T1 Source:T9\n",
                "x.ann:2: E1 refers to T9",
            ),
            (
                "T1\tCue 0 1\tx\nE1\tAttribution:T1 Source\n",
                "is not ROLE:ID",
            ),
            ("E1\t\n", "no type:trigger"),
            ("Q1\tfoo\n", "x.ann:1: not a brat annotation"),
        ];
        for (src, want) in cases {
            let e = parse_brat("x.ann", src).unwrap_err().to_string();
            assert!(e.starts_with("x.ann:"), "{e}");
            assert!(e.contains(want), "{e} should contain {want}");
        }
    }
}
