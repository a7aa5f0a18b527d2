//! The frozen, quantised perceptron used at run time: an open-addressing table from 32-bit
//! feature keys to runs of `(class, i16 weight)` entries.

use crate::binio::{Reader, Writer};
use petrel_core::Result;

#[derive(Clone, Copy, Default)]
struct Slot {
    key: u32,
    start: u32,
    len: u32,
}

/// A read-only perceptron model; cheap to share between threads.
pub struct Model {
    n_classes: usize,
    slots: Vec<Slot>,
    shift: u32,
    classes: Vec<u8>,
    weights: Vec<i16>,
}

#[inline]
fn slot_of(key: u32, shift: u32) -> usize {
    (key.wrapping_mul(0x9e37_79b9) >> shift) as usize
}

impl Model {
    /// Builds a model from rows keyed by 32-bit keys; rows with equal keys are summed.
    pub fn from_rows(n_classes: usize, mut rows: Vec<(u32, Vec<(u8, i16)>)>) -> Model {
        rows.sort_by_key(|r| r.0);
        let mut keys = Vec::with_capacity(rows.len());
        let mut lens = Vec::with_capacity(rows.len());
        let mut classes = Vec::new();
        let mut weights = Vec::new();
        let mut i = 0;
        while i < rows.len() {
            let key = rows[i].0;
            let mut merged: Vec<(u8, i16)> = Vec::new();
            while i < rows.len() && rows[i].0 == key {
                for &(c, w) in &rows[i].1 {
                    match merged.iter_mut().find(|m| m.0 == c) {
                        Some(m) => m.1 = m.1.saturating_add(w),
                        None => merged.push((c, w)),
                    }
                }
                i += 1;
            }
            keys.push(key);
            lens.push(merged.len() as u32);
            for (c, w) in merged {
                classes.push(c);
                weights.push(w);
            }
        }
        Model::build(n_classes, &keys, &lens, classes, weights)
    }

    fn build(n_classes: usize, keys: &[u32], lens: &[u32], classes: Vec<u8>, weights: Vec<i16>) -> Model {
        let n = keys.len().max(1);
        let mut bits = 4;
        while (1usize << bits) < n + n / 2 {
            bits += 1;
        }
        let shift = 32 - bits;
        let mut slots = vec![Slot::default(); 1 << bits];
        let mask = (1usize << bits) - 1;
        let mut start = 0u32;
        for (&key, &len) in keys.iter().zip(lens) {
            let mut s = slot_of(key, shift);
            while slots[s].len != 0 {
                s = (s + 1) & mask;
            }
            slots[s] = Slot { key, start, len };
            start += len;
        }
        Model { n_classes, slots, shift, classes, weights }
    }

    /// Number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }
    /// Number of features with weights.
    pub fn n_features(&self) -> usize {
        self.slots.iter().filter(|s| s.len != 0).count()
    }

    /// Sets `scores` (length `n_classes`) to the summed weights of `feats`.
    #[inline]
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        let mask = self.slots.len() - 1;
        for &f in feats {
            let key = (f >> 32) as u32;
            let mut s = slot_of(key, self.shift);
            loop {
                let slot = self.slots[s];
                if slot.len == 0 {
                    break;
                }
                if slot.key == key {
                    let a = slot.start as usize;
                    let b = a + slot.len as usize;
                    for (c, w) in self.classes[a..b].iter().zip(&self.weights[a..b]) {
                        if let Some(x) = scores.get_mut(*c as usize) {
                            *x += *w as i32;
                        }
                    }
                    break;
                }
                s = (s + 1) & mask;
            }
        }
    }

    /// Serialises the model.
    pub fn write(&self, w: &mut Writer) {
        let mut live: Vec<Slot> = self.slots.iter().copied().filter(|s| s.len != 0).collect();
        live.sort_by_key(|s| s.start);
        w.u32(self.n_classes as u32);
        w.u32s(&live.iter().map(|s| s.key).collect::<Vec<_>>());
        w.bytes(&live.iter().map(|s| s.len.min(255) as u8).collect::<Vec<_>>());
        w.bytes(&self.classes);
        w.i16s(&self.weights);
    }

    /// Reads a model written by [`Model::write`].
    pub fn read(r: &mut Reader) -> Result<Model> {
        let n_classes = r.u32()? as usize;
        let keys = r.u32s()?;
        let lens: Vec<u32> = r.bytes()?.into_iter().map(u32::from).collect();
        let classes = r.bytes()?;
        let weights = r.i16s()?;
        let total: usize = lens.iter().map(|&l| l as usize).sum();
        if keys.len() != lens.len() || classes.len() != total || weights.len() != total || lens.contains(&0) {
            return Err(r.error("inconsistent perceptron tables"));
        }
        Ok(Model::build(n_classes, &keys, &lens, classes, weights))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perceptron::Trainer;

    #[test]
    fn learns_separable_data_and_round_trips() {
        let mut t = Trainer::new(3);
        let data: Vec<(Vec<u64>, usize)> = (0..30u64).map(|i| (vec![(i % 3) << 40 | 7, 99 << 32], (i % 3) as usize)).collect();
        let mut scores = vec![0.0; 3];
        for _ in 0..5 {
            for (f, y) in &data {
                t.score(f, &mut scores);
                let g = (0..3).max_by(|&a, &b| scores[a].total_cmp(&scores[b])).unwrap_or(0);
                t.update(f, *y, g);
                t.tick();
            }
        }
        let m = t.freeze(2);
        let mut w = Writer::default();
        m.write(&mut w);
        let m2 = Model::read(&mut Reader::new(&w.buf, "test")).unwrap();
        let mut s = vec![0i32; 3];
        for (f, y) in &data {
            for model in [&m, &m2] {
                model.score(f, &mut s);
                let g = (0..3).max_by_key(|&c| s[c]).unwrap_or(0);
                assert_eq!(g, *y);
            }
        }
        assert!(Model::read(&mut Reader::new(&w.buf[..w.buf.len() - 1], "test")).is_err());
    }
}
