//! Character offsets beside byte offsets. Rust slices text by bytes; Python's `str`, and most
//! tools users reach for, index it by characters (Unicode scalar values). The coder fills the
//! character spans of every event's trigger, actors and speaker in one pass over the text.

use petrel_core::{Event, Span};

/// Fills `trigger_chars`, each actor's `chars` and the speaker's `span` from their byte spans.
pub fn fill_char_spans(text: &str, events: &mut [Event]) {
    let mut bytes: Vec<u32> = Vec::new();
    for e in events.iter() {
        each_span(e, |s| bytes.extend([s.start, s.end]));
    }
    bytes.sort_unstable();
    bytes.dedup();
    let chars = char_offsets(text, &bytes);
    let to_chars = |s: Span| {
        let at = |b: u32| bytes.binary_search(&b).map_or(b, |i| chars[i]);
        Span {
            start: at(s.start),
            end: at(s.end),
        }
    };
    for e in events.iter_mut() {
        e.evidence.trigger_chars = to_chars(e.evidence.trigger);
        for a in [&mut e.source, &mut e.target].into_iter().flatten() {
            a.chars = to_chars(a.span);
        }
        if let Some(r) = e.modality.reported.as_mut() {
            r.span = r.bytes.map(to_chars);
        }
    }
}

fn each_span(e: &Event, mut f: impl FnMut(Span)) {
    f(e.evidence.trigger);
    for a in [&e.source, &e.target].into_iter().flatten() {
        f(a.span);
    }
    if let Some(b) = e.modality.reported.as_ref().and_then(|r| r.bytes) {
        f(b);
    }
}

/// The character offset of each byte offset in `sorted` (ascending), in one pass over `text`.
fn char_offsets(text: &str, sorted: &[u32]) -> Vec<u32> {
    if text.is_ascii() {
        return sorted.to_vec();
    }
    let mut out = Vec::with_capacity(sorted.len());
    let mut chars = 0u32;
    let mut it = text.char_indices().peekable();
    for &b in sorted {
        while let Some(&(i, _)) = it.peek() {
            if i as u32 >= b {
                break;
            }
            it.next();
            chars += 1;
        }
        out.push(chars);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_characters_not_bytes() {
        let text = "Zürich – “Kyiv” x";
        let at = |s: &str| text.find(s).unwrap() as u32;
        let got = char_offsets(
            text,
            &[0, at("–"), at("“"), at("K"), at("x"), text.len() as u32],
        );
        assert_eq!(got, [0, 7, 9, 10, 16, 17]);
        assert_eq!(char_offsets("abc", &[1, 3]), [1, 3]);
    }
}
