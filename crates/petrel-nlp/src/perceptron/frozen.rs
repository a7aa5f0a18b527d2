//! The frozen, quantised perceptron used at run time: an open-addressing table from 32-bit
//! feature keys to runs of `(class, i16 weight)` entries.

use crate::binio::{Reader, Writer};
use petrel_core::Result;

/// A table slot: the feature key and either `start << 8 | len` of its entries, or, with the top
/// bit set, its only entry inline (saves a memory access). 0 = empty slot.
#[derive(Clone, Copy, Default)]
struct Slot {
    key: u32,
    pos: u32,
}

const INLINE: u32 = 1 << 31;

impl Slot {
    fn len(self) -> usize {
        if self.pos & INLINE != 0 {
            1
        } else {
            (self.pos & 0xff) as usize
        }
    }
    fn start(self) -> usize {
        (self.pos >> 8) as usize
    }
    /// The entries of this slot: inline, or a range of `entries`.
    #[inline]
    fn entries(self, entries: &[u32]) -> &[u32] {
        if self.pos & INLINE != 0 {
            &[]
        } else {
            let a = self.start();
            entries.get(a..a + self.len()).unwrap_or(&[])
        }
    }
}

/// An entry: class in the high 16 bits, weight (as `u16`) in the low 16 bits.
#[inline]
fn entry(class: u8, w: i16) -> u32 {
    (class as u32) << 16 | w as u16 as u32
}

/// A read-only perceptron model; cheap to share between threads.
pub struct Model {
    n_classes: usize,
    slots: Vec<Slot>,
    shift: u32,
    entries: Vec<u32>,
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

    fn build(
        n_classes: usize,
        keys: &[u32],
        lens: &[u32],
        classes: Vec<u8>,
        weights: Vec<i16>,
    ) -> Model {
        let n = keys.len().max(1);
        let mut bits = 4;
        while (1usize << bits) < n + n / 2 {
            bits += 1;
        }
        let shift = 32 - bits;
        let mut slots = vec![Slot::default(); 1 << bits];
        let mask = (1usize << bits) - 1;
        let all: Vec<u32> = classes
            .iter()
            .zip(&weights)
            .map(|(&c, &w)| entry(c, w))
            .collect();
        let mut entries = Vec::with_capacity(all.len());
        let mut start = 0usize;
        for (&key, &len) in keys.iter().zip(lens) {
            let mut s = slot_of(key, shift);
            while slots[s].pos != 0 {
                s = (s + 1) & mask;
            }
            let row = all.get(start..start + len as usize).unwrap_or(&[]);
            let pos = match row {
                [e] if e >> 16 < 128 => INLINE | e,
                _ => {
                    let p = (entries.len() as u32) << 8 | len.min(255);
                    entries.extend_from_slice(row);
                    p
                }
            };
            slots[s] = Slot { key, pos };
            start += len as usize;
        }
        Model {
            n_classes,
            slots,
            shift,
            entries,
        }
    }

    /// Number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }
    /// Number of features with weights.
    pub fn n_features(&self) -> usize {
        self.slots.iter().filter(|s| s.pos != 0).count()
    }

    /// Sets `scores` (length `n_classes`) to the summed weights of `feats`. Slots are first
    /// loaded for a batch of features with no data-dependent branches, so that the memory
    /// loads overlap; collisions are then resolved by probing.
    #[inline]
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        let mask = self.slots.len() - 1;
        let mut first = [Slot::default(); 128];
        for chunk in feats.chunks(128) {
            for (f, slot) in chunk.iter().zip(first.iter_mut()) {
                *slot = self.slots[slot_of((f >> 32) as u32, self.shift)];
            }
            for (&f, &slot0) in chunk.iter().zip(first.iter()) {
                let key = (f >> 32) as u32;
                let mut slot = slot0;
                let mut s = slot_of(key, self.shift);
                while slot.pos != 0 && slot.key != key {
                    s = (s + 1) & mask;
                    slot = self.slots[s];
                }
                if slot.pos == 0 {
                    continue;
                }
                if slot.pos & INLINE != 0 {
                    let e = slot.pos & !INLINE;
                    if let Some(x) = scores.get_mut((e >> 16) as usize) {
                        *x += e as u16 as i16 as i32;
                    }
                    continue;
                }
                for &e in slot.entries(&self.entries) {
                    if let Some(x) = scores.get_mut((e >> 16) as usize) {
                        *x += e as u16 as i16 as i32;
                    }
                }
            }
        }
    }

    /// A copy without entries whose weight is below `min` in absolute value (and without
    /// features left empty): a smaller, faster model.
    pub fn pruned(&self, min: i16) -> Model {
        let mut rows = Vec::new();
        for slot in self.slots.iter().filter(|s| s.pos != 0) {
            let row: Vec<(u8, i16)> = self
                .row(*slot)
                .iter()
                .map(|&e| ((e >> 16) as u8, e as u16 as i16))
                .filter(|e| e.1.abs() >= min)
                .collect();
            if !row.is_empty() {
                rows.push((slot.key, row));
            }
        }
        Model::from_rows(self.n_classes, rows)
    }

    /// The entries of a live slot.
    fn row(&self, slot: Slot) -> Vec<u32> {
        if slot.pos & INLINE != 0 {
            vec![slot.pos & !INLINE]
        } else {
            slot.entries(&self.entries).to_vec()
        }
    }

    /// Serialises the model.
    pub fn write(&self, w: &mut Writer) {
        let mut live: Vec<Slot> = self.slots.iter().copied().filter(|s| s.pos != 0).collect();
        live.sort_by_key(|s| s.key);
        let rows: Vec<Vec<u32>> = live.iter().map(|s| self.row(*s)).collect();
        w.u32(self.n_classes as u32);
        w.u32s(&live.iter().map(|s| s.key).collect::<Vec<_>>());
        w.bytes(&rows.iter().map(|r| r.len() as u8).collect::<Vec<_>>());
        w.bytes(
            &rows
                .iter()
                .flatten()
                .map(|e| (e >> 16) as u8)
                .collect::<Vec<_>>(),
        );
        w.i16s(
            &rows
                .iter()
                .flatten()
                .map(|&e| e as u16 as i16)
                .collect::<Vec<_>>(),
        );
    }

    /// Reads a model written by [`Model::write`].
    pub fn read(r: &mut Reader) -> Result<Model> {
        let n_classes = r.u32()? as usize;
        let keys = r.u32s()?;
        let lens: Vec<u32> = r.bytes()?.into_iter().map(u32::from).collect();
        let classes = r.bytes()?;
        let weights = r.i16s()?;
        let total: usize = lens.iter().map(|&l| l as usize).sum();
        if keys.len() != lens.len()
            || classes.len() != total
            || weights.len() != total
            || lens.contains(&0)
        {
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
        let data: Vec<(Vec<u64>, usize)> = (0..30u64)
            .map(|i| (vec![(i % 3) << 40 | 7, 99 << 32], (i % 3) as usize))
            .collect();
        let mut scores = vec![0.0; 3];
        for _ in 0..5 {
            for (f, y) in &data {
                t.score(f, &mut scores);
                let g = (0..3)
                    .max_by(|&a, &b| scores[a].total_cmp(&scores[b]))
                    .unwrap_or(0);
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
