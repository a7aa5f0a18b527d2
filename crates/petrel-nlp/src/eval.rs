//! Scoring the tagger and parser on a UD treebank with gold tokenisation, as the CoNLL 2018
//! scorer does: every syntactic word counts (punctuation included), multiword-token lines and
//! empty nodes are skipped, LAS compares universal relations (subtypes stripped).

use crate::conllu::{read_file, Sentence};
use crate::lemma::Lemmatizer;
use crate::Nlp;
use petrel_core::{Doc, Layers, Result, Span, Stage, Token};
use std::path::Path;

/// Scores of one evaluation run.
#[derive(Debug, Clone, Default)]
pub struct UdScores {
    /// Sentences scored.
    pub sentences: usize,
    /// Words scored.
    pub words: usize,
    /// UPOS accuracy.
    pub upos: f64,
    /// XPOS accuracy.
    pub xpos: f64,
    /// Lemma accuracy.
    pub lemma: f64,
    /// Unlabelled attachment score.
    pub uas: f64,
    /// Labelled attachment score (universal relation, CoNLL 2018).
    pub las: f64,
    /// Tagging plus parsing throughput in words per second (wall clock).
    pub tokens_per_sec: f64,
    /// The same per second of this thread's CPU time (Linux; equals the wall-clock figure
    /// elsewhere), which other processes on a busy machine do not distort.
    pub tokens_per_cpu_sec: f64,
}

/// This thread's CPU time in seconds, from `/proc/thread-self/schedstat` (Linux only).
fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// A document holding `sents` with their gold tokens, one sentence per line.
pub fn doc_from_sentences(sents: &[Sentence]) -> Doc {
    let mut d = Doc::new(Default::default(), String::new());
    for s in sents {
        let start_tok = d.tokens.len() as u32;
        let sent_start = d.text.len();
        let si = d.sentences.len();
        for (k, w) in s.words.iter().enumerate() {
            if k > 0 {
                d.text.push(' ');
            }
            let a = d.text.len();
            d.text.push_str(&w.form);
            d.tokens.push(Token::new(Span::new(a, d.text.len()), si));
        }
        d.sentences.push(petrel_core::Sentence {
            span: Span::new(sent_start, d.text.len()),
            tok_start: start_tok,
            tok_end: d.tokens.len() as u32,
            boilerplate: false,
            unparsed: false,
        });
        d.text.push('\n');
    }
    d.layers = Layers::TEXT | Layers::SENTENCES | Layers::TOKENS;
    d
}

/// Tags, lemmatises and parses `sents` and scores the result.
pub fn eval_sentences(nlp: &Nlp, sents: &[Sentence]) -> Result<UdScores> {
    let mut d = doc_from_sentences(sents);
    let cpu0 = thread_cpu_seconds();
    let t = std::time::Instant::now();
    nlp.tagger_stage().process(&mut d)?;
    nlp.parser_stage().process(&mut d)?;
    let secs = t.elapsed().as_secs_f64();
    let cpu = match (cpu0, thread_cpu_seconds()) {
        (Some(a), Some(b)) if b > a => b - a,
        _ => secs,
    };
    Lemmatizer::new().process(&mut d)?;
    let mut c = [0usize; 5];
    let mut i = 0;
    for s in sents {
        let start = i;
        for w in &s.words {
            let t = &d.tokens[i];
            c[0] += (t.upos.as_str() == w.upos) as usize;
            c[1] += (d.xpos(i) == w.xpos) as usize;
            c[2] += (d.lemma(i) == w.lemma) as usize;
            let head = t.head().map(|h| h + 1 - start).unwrap_or(0) as u32;
            if head == w.head {
                c[3] += 1;
                c[4] += (t.deprel.base() == w.deprel.split(':').next().unwrap_or("")) as usize;
            }
            i += 1;
        }
    }
    let n = i.max(1) as f64;
    Ok(UdScores {
        sentences: sents.len(),
        words: i,
        upos: c[0] as f64 / n,
        xpos: c[1] as f64 / n,
        lemma: c[2] as f64 / n,
        uas: c[3] as f64 / n,
        las: c[4] as f64 / n,
        tokens_per_sec: i as f64 / secs.max(1e-9),
        tokens_per_cpu_sec: i as f64 / cpu.max(1e-9),
    })
}

/// Reads a CoNLL-U treebank and scores `nlp` on it with gold tokenisation.
pub fn eval_ud(nlp: &Nlp, path: &Path) -> Result<UdScores> {
    eval_sentences(nlp, &read_file(path)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared(rel: &str) -> Option<std::path::PathBuf> {
        let p =
            std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/nlp/"))
                .join(rel);
        if p.exists() {
            Some(p)
        } else {
            eprintln!("skipping: {} not found", p.display());
            None
        }
    }

    /// A smoke test only: EWT dev is part of the shipped models' training data.
    #[test]
    fn scores_a_small_slice_of_ewt_dev() {
        let Some(p) = shared("ud_english_ewt/en_ewt-ud-dev.conllu") else {
            return;
        };
        let sents = read_file(&p).unwrap();
        let nlp = Nlp::embedded().unwrap();
        let s = eval_sentences(&nlp, &sents[..300]).unwrap();
        assert!(s.words > 3000);
        assert!(
            s.upos > 0.9 && s.uas > 0.75 && s.las > 0.7 && s.lemma > 0.9,
            "{s:?}"
        );
    }

    /// Guards the shipped models' scores (UPOS 95.40, UAS 85.96, LAS 83.18 when trained); the
    /// issue's targets are UPOS 95.0, UAS 86, LAS 83.
    #[test]
    #[ignore = "full EWT test set: run with --release -- --ignored"]
    fn keeps_its_scores_on_ewt_test() {
        let Some(p) = shared("ud_english_ewt/en_ewt-ud-test.conllu") else {
            return;
        };
        let s = eval_ud(&Nlp::embedded().unwrap(), &p).unwrap();
        eprintln!("{s:?}");
        assert!(s.upos >= 0.953 && s.uas >= 0.859 && s.las >= 0.831, "{s:?}");
    }
}
