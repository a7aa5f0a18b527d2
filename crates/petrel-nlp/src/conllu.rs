//! Reading and writing CoNLL-U (UD treebanks and parser output).

use petrel_core::{Doc, ErrorKind, PetrelError, Result};
use std::fmt::Write;

/// One syntactic word of a CoNLL-U sentence (multiword-token ranges and empty nodes are kept apart).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Word {
    /// Word index, 1-based.
    pub id: u32,
    /// Surface form.
    pub form: String,
    /// Lemma.
    pub lemma: String,
    /// Universal POS tag.
    pub upos: String,
    /// Language-specific POS tag.
    pub xpos: String,
    /// Morphological features.
    pub feats: String,
    /// Head index (0 = root).
    pub head: u32,
    /// Dependency relation.
    pub deprel: String,
    /// Enhanced dependencies.
    pub deps: String,
    /// Miscellaneous column.
    pub misc: String,
}

/// A sentence: its comment lines, its words, and any other lines (multiword ranges, empty nodes) verbatim.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sentence {
    /// Comment lines without the leading `#`.
    pub comments: Vec<String>,
    /// Syntactic words in order.
    pub words: Vec<Word>,
    /// Multiword-token and empty-node lines, each with the number of words preceding it.
    pub extra: Vec<(usize, String)>,
}

fn field(cols: &[&str], i: usize) -> String {
    cols.get(i).copied().unwrap_or("_").to_string()
}

/// Parses CoNLL-U text; errors name the offending line.
pub fn parse(text: &str, name: &str) -> Result<Vec<Sentence>> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for (ln, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.words.is_empty() || !cur.comments.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            cur.comments.push(c.trim_start().to_string());
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(PetrelError::new(
                ErrorKind::Parse,
                format!(
                    "{name}:{}: expected 10 columns, found {}",
                    ln + 1,
                    cols.len()
                ),
            ));
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            cur.extra.push((cur.words.len(), line.to_string()));
            continue;
        }
        let bad = |what: &str| {
            PetrelError::new(ErrorKind::Parse, format!("{name}:{}: bad {what}", ln + 1))
        };
        let id: u32 = cols[0].parse().map_err(|_| bad("ID"))?;
        let head: u32 = if cols[6] == "_" {
            0
        } else {
            cols[6].parse().map_err(|_| bad("HEAD"))?
        };
        cur.words.push(Word {
            id,
            form: field(&cols, 1),
            lemma: field(&cols, 2),
            upos: field(&cols, 3),
            xpos: field(&cols, 4),
            feats: field(&cols, 5),
            head,
            deprel: field(&cols, 7),
            deps: field(&cols, 8),
            misc: field(&cols, 9),
        });
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Reads and parses a CoNLL-U file.
pub fn read_file(path: &std::path::Path) -> Result<Vec<Sentence>> {
    let text = std::fs::read_to_string(path).map_err(|e| PetrelError::io(path.display(), e))?;
    parse(&text, &path.display().to_string())
}

/// Writes sentences as CoNLL-U text (each sentence followed by a blank line).
pub fn write(sentences: &[Sentence]) -> String {
    let mut s = String::new();
    for sent in sentences {
        for c in &sent.comments {
            let _ = writeln!(s, "# {c}");
        }
        let mut extra = sent.extra.iter().peekable();
        for (i, w) in sent.words.iter().enumerate() {
            while let Some((_, l)) = extra.next_if(|e| e.0 == i) {
                let _ = writeln!(s, "{l}");
            }
            let _ = writeln!(
                s,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head, w.deprel, w.deps, w.misc
            );
        }
        for (_, l) in extra {
            let _ = writeln!(s, "{l}");
        }
        s.push('\n');
    }
    s
}

/// Converts an annotated document into CoNLL-U sentences (heads made sentence-relative).
pub fn from_doc(doc: &Doc) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (si, sent) in doc.sentences.iter().enumerate() {
        let start = sent.tok_start as usize;
        let mut s = Sentence::default();
        s.comments.push(format!("sent_id = {}", si + 1));
        s.comments.push(format!(
            "text = {}",
            doc.sentence_text(si).replace('\n', " ")
        ));
        for i in sent.tokens() {
            let t = &doc.tokens[i];
            let head = t
                .head()
                .map(|h| (h + 1).saturating_sub(start) as u32)
                .unwrap_or(0);
            let space = doc
                .tokens
                .get(i + 1)
                .is_some_and(|n| n.span.start > t.span.end);
            let layers = doc.layers;
            let tagged = layers.contains(petrel_core::Layers::TAGS);
            let parsed = layers.contains(petrel_core::Layers::PARSE);
            s.words.push(Word {
                id: (i - start + 1) as u32,
                form: doc.word(i).to_string(),
                lemma: if t.lemma.is_empty() {
                    "_".into()
                } else {
                    doc.lemma(i).to_string()
                },
                upos: if tagged {
                    t.upos.as_str().into()
                } else {
                    "_".into()
                },
                xpos: if tagged {
                    doc.xpos(i).into()
                } else {
                    "_".into()
                },
                feats: "_".into(),
                head: if parsed { head } else { 0 },
                deprel: if parsed {
                    t.deprel.as_str().into()
                } else {
                    "_".into()
                },
                deps: "_".into(),
                misc: if space || i + 1 == sent.tok_end as usize {
                    "_".into()
                } else {
                    "SpaceAfter=No".into()
                },
            });
        }
        out.push(s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# sent_id = 1\n# text = Don't go.\n1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tDo\tdo\tAUX\tVB\t_\t3\taux\t3:aux\t_\n2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t3:advmod\t_\n3\tgo\tgo\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n3.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t3:conj\t_\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t3:punct\t_\n\n";

    #[test]
    fn round_trips_with_multiword_and_empty_nodes() {
        let s = parse(SAMPLE, "sample").unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].words.len(), 4);
        assert_eq!(s[0].words[3].form, ".");
        assert_eq!(s[0].words[0].head, 3);
        assert_eq!(s[0].extra.len(), 2);
        assert_eq!(write(&s), SAMPLE);
    }

    #[test]
    fn reports_the_bad_line() {
        let err = parse("1\tx\n", "f.conllu").unwrap_err();
        assert!(err.message.contains("f.conllu:1"), "{}", err.message);
        let err = parse("1\tx\tx\tX\t_\t_\tq\tdep\t_\t_\n", "f.conllu").unwrap_err();
        assert!(err.message.contains("HEAD"), "{}", err.message);
    }
}
