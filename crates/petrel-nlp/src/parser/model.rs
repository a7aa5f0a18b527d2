//! The trained parser: greedy arc-hybrid decoding with a perceptron over labelled moves.

use super::features::{extract, Sent};
use super::state::{Move, State, N_CLASSES, N_LABELS, ROOT_LABEL};
use crate::binio::{Reader, Writer};
use crate::perceptron::Model;
use petrel_core::Result;

const MAGIC: &[u8] = b"PETRPAR1";

/// A trained dependency parser.
pub struct ParserModel {
    /// The perceptron over [`N_CLASSES`] labelled moves.
    pub model: Model,
}

/// Buffers reused across sentences.
#[derive(Default)]
pub struct ParseScratch {
    /// Word and tag hashes of the sentence being parsed.
    pub sent: Sent,
    /// The configuration.
    pub state: State,
    feats: Vec<u64>,
    scores: Vec<i32>,
}

/// The best-scoring move allowed in `st`.
pub fn best_allowed<T: PartialOrd + Copy>(st: &State, scores: &[T]) -> Option<Move> {
    let [sh, la, ra] = st.valid();
    let root_only = st.stack.len() == 2;
    let mut best: Option<(usize, T)> = None;
    let mut consider = |c: usize| {
        if best.is_none_or(|(_, s)| scores[c] > s) {
            best = Some((c, scores[c]));
        }
    };
    if sh {
        consider(0);
    }
    for l in 2..N_LABELS {
        if la {
            consider(1 + l);
        }
        if ra && !root_only {
            consider(1 + N_LABELS + l);
        }
    }
    if ra && root_only {
        consider(1 + N_LABELS + ROOT_LABEL);
    }
    best.map(|(c, _)| Move::from_class(c))
}

impl ParserModel {
    /// Parses the sentence in `s.sent` (already filled), leaving heads and labels in `s.state`.
    pub fn parse(&self, s: &mut ParseScratch) {
        let n = s.sent.words.len() - 1;
        s.state.reset(n);
        s.scores.resize(N_CLASSES, 0);
        while !s.state.is_terminal() {
            match s.state.valid() {
                [true, false, false] => {
                    s.state.apply(Move::Shift);
                    continue;
                }
                [false, false, true] if s.state.stack.len() == 2 => {
                    s.state.apply(Move::Right(ROOT_LABEL));
                    continue;
                }
                _ => {}
            }
            extract(&s.sent, &s.state, &mut s.feats);
            self.model.score(&s.feats, &mut s.scores);
            match best_allowed(&s.state, &s.scores) {
                Some(m) => s.state.apply(m),
                None => break,
            }
        }
    }

    /// Serialises the parser.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.buf.extend_from_slice(MAGIC);
        self.model.write(&mut w);
        w.buf
    }

    /// Reads a parser written by [`ParserModel::to_bytes`].
    pub fn from_bytes(data: &[u8], name: &str) -> Result<ParserModel> {
        let mut r = Reader::new(data, name);
        r.expect(MAGIC)?;
        let model = Model::read(&mut r)?;
        if model.n_classes() != N_CLASSES {
            return Err(r.error("class count mismatch"));
        }
        Ok(ParserModel { model })
    }
}
