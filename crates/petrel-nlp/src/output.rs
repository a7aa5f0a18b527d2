//! Writing an annotated document as CoNLL-U or as JSON lines (one object per sentence).

use crate::conllu;
use petrel_core::Doc;
use std::fmt::Write;

/// The document as CoNLL-U text.
pub fn to_conllu(doc: &Doc) -> String {
    conllu::write(&conllu::from_doc(doc))
}

fn json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The document as JSON lines: per sentence its text, boilerplate flag and tokens with byte
/// offsets, lemma, UPOS, XPOS, head (sentence-relative, 0 = root) and relation.
pub fn to_json_lines(doc: &Doc) -> String {
    let mut out = String::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        let start = s.tok_start as usize;
        out.push_str("{\"sentence\":");
        let _ = write!(out, "{si},\"text\":");
        json_str(&mut out, doc.sentence_text(si));
        let _ = write!(out, ",\"boilerplate\":{},\"tokens\":[", s.boilerplate);
        for i in s.tokens() {
            let t = &doc.tokens[i];
            if i > start {
                out.push(',');
            }
            let _ = write!(out, "{{\"id\":{},\"form\":", i - start + 1);
            json_str(&mut out, doc.word(i));
            let _ = write!(
                out,
                ",\"start\":{},\"end\":{},\"lemma\":",
                t.span.start, t.span.end
            );
            json_str(&mut out, doc.lemma(i));
            let head = t.head().map(|h| h + 1 - start).unwrap_or(0);
            let _ = write!(
                out,
                ",\"upos\":\"{}\",\"xpos\":\"{}\",\"head\":{},\"deprel\":\"{}\"}}",
                t.upos.as_str(),
                doc.xpos(i).replace('"', "\\\""),
                head,
                t.deprel.as_str()
            );
        }
        out.push_str("]}\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Segmenter;
    use petrel_core::Stage;

    #[test]
    fn json_escapes_and_counts_tokens() {
        let mut d = Doc::new(Default::default(), "He said \"no\".\nTab\there");
        Segmenter::new().process(&mut d).unwrap();
        let j = to_json_lines(&d);
        assert_eq!(j.lines().count(), 2);
        assert!(j.contains("\"form\":\"\\\"\""), "{j}");
        assert!(j.contains("\"text\":\"Tab\\there\""), "{j}");
        let c = to_conllu(&d);
        assert_eq!(c.lines().filter(|l| l.starts_with("1\t")).count(), 2);
    }
}
