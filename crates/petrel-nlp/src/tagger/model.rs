//! The trained tagger: joint UPOS+XPOS classes, a tag dictionary for unambiguous frequent words,
//! and a perceptron for the rest, decoded greedily left to right.

use super::features::{extract, WordFeats};
use super::tagset::TagClass;
use crate::binio::{Reader, Writer};
use crate::features::hash_exact;
use crate::perceptron::{IdMap, Model};
use petrel_core::Result;

const MAGIC: &[u8] = b"PETRTAG1";

/// A trained POS tagger.
pub struct TaggerModel {
    /// Class index → (UPOS, XPOS).
    pub classes: Vec<TagClass>,
    /// Exact word hash (high 32 bits) → class, for frequent unambiguous words.
    pub tagdict: IdMap<u32, u8>,
    /// Exact word hash (high 32 bits) → most frequent class, for words seen a few times.
    pub lexicon: IdMap<u32, u8>,
    /// The perceptron.
    pub model: Model,
    /// The second-pass perceptron, which also sees the first pass's classes to the right.
    pub second: Option<Model>,
    /// The second pass re-tags only words whose first-pass margin (best minus runner-up
    /// score) is below this; the others keep their first-pass class. `i32::MAX` re-tags all.
    pub skip_margin: i32,
}

/// Default [`TaggerModel::skip_margin`].
pub const SKIP_MARGIN: i32 = 20_000;

/// Scratch buffers reused across sentences.
#[derive(Default)]
pub struct TagScratch {
    words: Vec<WordFeats>,
    feats: Vec<u64>,
    scores: Vec<i32>,
    margins: Vec<i32>,
}

impl TaggerModel {
    /// Tags one sentence, writing class indices into `out`.
    pub fn tag<'a>(
        &self,
        words: impl Iterator<Item = &'a str>,
        s: &mut TagScratch,
        out: &mut Vec<u8>,
    ) {
        s.words.clear();
        s.words.extend([WordFeats::pad(1), WordFeats::pad(2)]);
        s.words.extend(words.map(WordFeats::new));
        s.words.extend([WordFeats::pad(3), WordFeats::pad(4)]);
        self.fill_lexicon(&mut s.words);
        self.decode(&self.model, false, s, out);
        if let Some(second) = &self.second {
            for (w, &c) in s.words[2..].iter_mut().zip(out.iter()) {
                w.first = c as u64;
            }
            self.decode(second, true, s, out);
        }
    }

    /// One greedy left-to-right pass over the words in `s`. The first pass records each word's
    /// margin; the second re-tags only low-margin words.
    fn decode(&self, model: &Model, second: bool, s: &mut TagScratch, out: &mut Vec<u8>) {
        if !second {
            out.clear();
            s.margins.clear();
        }
        s.scores.resize(model.n_classes(), 0);
        let (mut p1, mut p2) = (1000u64, 1001u64);
        for i in 2..s.words.len() - 2 {
            let k = i - 2;
            let c = match self.tagdict.get(&((s.words[i].exact >> 32) as u32)) {
                Some(&c) => {
                    if !second {
                        s.margins.push(i32::MAX);
                    }
                    c
                }
                None if second && s.margins.get(k).is_some_and(|&m| m >= self.skip_margin) => {
                    out[k]
                }
                None => {
                    extract(&s.words, i, p1, p2, second, &mut s.feats);
                    model.score(&s.feats, &mut s.scores);
                    let best = argmax(&s.scores);
                    if !second {
                        let runner_up = s
                            .scores
                            .iter()
                            .enumerate()
                            .filter(|&(j, _)| j != best)
                            .map(|(_, &v)| v)
                            .max()
                            .unwrap_or(i32::MIN);
                        s.margins.push(s.scores[best].saturating_sub(runner_up));
                    }
                    best as u8
                }
            };
            if second {
                out[k] = c;
            } else {
                out.push(c);
            }
            p2 = p1;
            p1 = c as u64;
        }
    }

    /// The class the tag dictionary or the lexicon gives the word `w` as written, if either
    /// knows it.
    pub fn known_class(&self, w: &str) -> Option<TagClass> {
        let key = (hash_exact(w) >> 32) as u32;
        let c = self.tagdict.get(&key).or_else(|| self.lexicon.get(&key))?;
        self.classes.get(*c as usize).copied()
    }

    /// Sets each word's lexicon class feature.
    pub fn fill_lexicon(&self, words: &mut [WordFeats]) {
        for w in words {
            if let Some(&c) = self.lexicon.get(&((w.exact >> 32) as u32)) {
                w.lex = c as u64;
            }
        }
    }

    /// Serialises the tagger.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.buf.extend_from_slice(MAGIC);
        w.u32(self.classes.len() as u32);
        for c in &self.classes {
            w.str(c.upos.as_str());
            w.str(c.xpos_name());
        }
        for table in [&self.tagdict, &self.lexicon] {
            let mut dict: Vec<(u32, u8)> = table.iter().map(|(k, v)| (*k, *v)).collect();
            dict.sort_unstable();
            w.u32s(&dict.iter().map(|d| d.0).collect::<Vec<_>>());
            w.bytes(&dict.iter().map(|d| d.1).collect::<Vec<_>>());
        }
        self.model.write(&mut w);
        w.u32(self.second.is_some() as u32);
        if let Some(m) = &self.second {
            m.write(&mut w);
        }
        w.buf
    }

    /// Reads a tagger written by [`TaggerModel::to_bytes`].
    pub fn from_bytes(data: &[u8], name: &str) -> Result<TaggerModel> {
        let mut r = Reader::new(data, name);
        r.expect(MAGIC)?;
        let n = r.u32()? as usize;
        let mut classes = Vec::with_capacity(n.min(256));
        for _ in 0..n {
            let u = r.str()?;
            let x = r.str()?;
            classes.push(TagClass::new(&u, &x));
        }
        let mut tables = Vec::new();
        for _ in 0..2 {
            let keys = r.u32s()?;
            let vals = r.bytes()?;
            if keys.len() != vals.len() || vals.iter().any(|&v| v as usize >= n) {
                return Err(r.error("bad tag dictionary"));
            }
            tables.push(keys.into_iter().zip(vals).collect::<IdMap<u32, u8>>());
        }
        let lexicon = tables.pop().unwrap_or_default();
        let tagdict = tables.pop().unwrap_or_default();
        let model = Model::read(&mut r)?;
        let second = if r.u32()? == 1 {
            Some(Model::read(&mut r)?)
        } else {
            None
        };
        if model.n_classes() != n || second.as_ref().is_some_and(|m| m.n_classes() != n) {
            return Err(r.error("class count mismatch"));
        }
        Ok(TaggerModel {
            classes,
            tagdict,
            lexicon,
            model,
            second,
            skip_margin: SKIP_MARGIN,
        })
    }
}

/// Index of the highest score (first on ties).
pub fn argmax<T: PartialOrd + Copy>(scores: &[T]) -> usize {
    let mut best = 0;
    for (i, s) in scores.iter().enumerate() {
        if *s > scores[best] {
            best = i;
        }
    }
    best
}
