//! The trained parser: greedy arc-hybrid decoding with a perceptron over labelled moves.

use super::features::{extract_buffer, extract_dynamic, extract_s0, extract_s1, Sent};
use super::state::{Move, State, NONE, N_CLASSES, N_LABELS, ROOT_LABEL};
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
    buffer: GroupCache,
    s0: GroupCache,
    s1: GroupCache,
}

/// Scores of one single-position feature group, computed at most once per position and
/// sentence (positions `0..=n`, and `n + 1` for "none").
#[derive(Default)]
struct GroupCache {
    scores: Vec<i32>,
    done: Vec<bool>,
}

impl GroupCache {
    fn reset(&mut self, positions: usize) {
        self.done.clear();
        self.done.resize(positions, false);
        self.scores.resize(positions * N_CLASSES, 0);
    }

    /// Adds the group's scores at `pos` into `scores`, computing them first if needed.
    fn add_into(
        &mut self,
        pos: usize,
        model: &Model,
        feats: &mut Vec<u64>,
        fill: impl FnOnce(&mut Vec<u64>),
        scores: &mut [i32],
    ) {
        let row = &mut self.scores[pos * N_CLASSES..(pos + 1) * N_CLASSES];
        if !self.done[pos] {
            feats.clear();
            fill(feats);
            model.score(feats, row);
            self.done[pos] = true;
        }
        for (s, r) in scores.iter_mut().zip(row.iter()) {
            *s += r;
        }
    }
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
        for cache in [&mut s.buffer, &mut s.s0, &mut s.s1] {
            cache.reset(n + 2);
        }
        let none = |x: u32| if x == NONE { n + 1 } else { x as usize };
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
            s.feats.clear();
            extract_dynamic(&s.sent, &s.state, &mut s.feats);
            self.model.score(&s.feats, &mut s.scores);
            let (sent, st, m) = (&s.sent, &s.state, &self.model);
            let (s0, s1) = (st.s(0), st.s(1));
            let b = st.b as usize;
            s.buffer.add_into(
                b,
                m,
                &mut s.feats,
                |f| extract_buffer(sent, st.b, st.n, f),
                &mut s.scores,
            );
            s.s0.add_into(
                none(s0),
                m,
                &mut s.feats,
                |f| extract_s0(sent, s0, f),
                &mut s.scores,
            );
            s.s1.add_into(
                none(s1),
                m,
                &mut s.feats,
                |f| extract_s1(sent, s1, f),
                &mut s.scores,
            );
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
