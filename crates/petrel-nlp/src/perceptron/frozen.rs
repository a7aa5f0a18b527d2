//! The frozen, quantised perceptron used at run time: an open-addressing table from 32-bit
//! feature keys to runs of `(class, i16 weight)` entries.

use super::huge::HugeVec;
use crate::binio::{Reader, Writer};
use petrel_core::Result;

/// A table slot of 16 bytes (four to a cache line): the feature key and up to three entries
/// inline, unused ones [`NO_ENTRY`]; a longer row has `EXTERNAL | start` and its length instead,
/// pointing into `entries`, and, if the row is long enough to be scored densely, the offset of
/// its dense copy in `dense` (else [`NO_ENTRY`]). An empty slot has `e[0] == NO_ENTRY`.
#[derive(Clone, Copy)]
#[repr(C, align(16))]
struct Slot {
    key: u32,
    e: [u32; 3],
}

impl Default for Slot {
    fn default() -> Slot {
        Slot {
            key: 0,
            e: [NO_ENTRY; 3],
        }
    }
}

/// An unused inline entry; its class (0xffff) is out of range, so it never scores.
const NO_ENTRY: u32 = u32::MAX;
/// Marks a slot whose row lives in `entries`.
const EXTERNAL: u32 = 1 << 31;

impl Slot {
    #[inline]
    fn is_live(self) -> bool {
        self.e[0] != NO_ENTRY
    }
    /// The entries of this slot: inline, or a range of `entries`.
    #[inline]
    fn entries<'a>(&'a self, entries: &'a [u32]) -> &'a [u32] {
        if self.e[0] & EXTERNAL != 0 && self.e[0] != NO_ENTRY {
            let a = (self.e[0] & !EXTERNAL) as usize;
            entries.get(a..a + self.e[1] as usize).unwrap_or(&[])
        } else {
            let n = self.e.iter().take_while(|&&e| e != NO_ENTRY).count();
            &self.e[..n]
        }
    }
}

/// An entry: class in the high 16 bits, weight (as `u16`) in the low 16 bits.
#[inline]
fn entry(class: u8, w: i16) -> u32 {
    (class as u32) << 16 | w as u16 as u32
}

/// Adds an entry's weight to its class's lane. Classes are below 255 (checked on reading), so
/// the index needs no bounds check, and [`NO_ENTRY`] lands harmlessly in lane 255.
#[inline(always)]
fn add(acc: &mut [i32; 256], e: u32) {
    acc[(e >> 16) as u8 as usize] += e as u16 as i16 as i32;
}

/// A read-only perceptron model; cheap to share between threads.
pub struct Model {
    n_classes: usize,
    slots: HugeVec<Slot>,
    shift: u32,
    entries: Vec<u32>,
    /// Rows with many entries as `n_classes` weights each: adding them is a vectorised loop
    /// instead of a scatter (most of the work for frequent features).
    dense: Vec<i32>,
}

/// A row is stored densely as well when it has at least `n_classes / DENSE_RATIO` entries.
const DENSE_RATIO: usize = 3;

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
        let mut slots = HugeVec::filled(1 << bits, Slot::default());
        let mask = (1usize << bits) - 1;
        let all: Vec<u32> = classes
            .iter()
            .zip(&weights)
            .map(|(&c, &w)| entry(c, w))
            .collect();
        let mut entries = Vec::new();
        let mut dense = Vec::new();
        let mut start = 0usize;
        for (&key, &len) in keys.iter().zip(lens) {
            let mut s = slot_of(key, shift);
            while slots[s].is_live() {
                s = (s + 1) & mask;
            }
            let row = all.get(start..start + len as usize).unwrap_or(&[]);
            let mut e = [NO_ENTRY; 3];
            if row.len() <= 3 && !row.is_empty() {
                e[..row.len()].copy_from_slice(row);
            } else {
                e[0] = EXTERNAL | entries.len() as u32;
                e[1] = row.len() as u32;
                entries.extend_from_slice(row);
                if row.len() * DENSE_RATIO >= n_classes {
                    e[2] = dense.len() as u32;
                    let at = dense.len();
                    dense.resize(at + n_classes, 0);
                    for &x in row {
                        if let Some(d) = dense.get_mut(at + (x >> 16) as usize) {
                            *d += x as u16 as i16 as i32;
                        }
                    }
                }
            }
            slots[s] = Slot { key, e };
            start += len as usize;
        }
        Model {
            n_classes,
            slots,
            shift,
            entries,
            dense,
        }
    }

    /// Number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }
    /// Number of features with weights.
    pub fn n_features(&self) -> usize {
        self.slots.iter().filter(|s| s.is_live()).count()
    }

    /// Sets `scores` (length `n_classes`) to the summed weights of `feats`. The work goes in
    /// batches and phases so that the memory loads of different features overlap: load every
    /// feature's home slot, resolve collisions, touch the first entry of long rows, then add.
    #[inline]
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        let mut acc = [0i32; 256];
        let mask = self.slots.len() - 1;
        let mut found = [Slot::default(); 64];
        for chunk in feats.chunks(64) {
            for (f, slot) in chunk.iter().zip(found.iter_mut()) {
                *slot = self.slots[slot_of((f >> 32) as u32, self.shift)];
            }
            let mut n = 0;
            for (i, &f) in chunk.iter().enumerate() {
                let key = (f >> 32) as u32;
                let mut slot = found[i];
                let mut s = slot_of(key, self.shift);
                while slot.is_live() && slot.key != key {
                    s = (s + 1) & mask;
                    slot = self.slots[s];
                }
                found[n] = slot;
                n += slot.is_live() as usize;
            }
            let hits = &found[..n];
            let mut touch = 0u32;
            for slot in hits {
                if slot.e[0] & EXTERNAL != 0 {
                    let a = (slot.e[0] & !EXTERNAL) as usize;
                    touch ^= self.entries.get(a).copied().unwrap_or(0);
                }
            }
            std::hint::black_box(touch);
            for slot in hits {
                if slot.e[0] & EXTERNAL == 0 {
                    slot.e.iter().for_each(|&e| add(&mut acc, e));
                } else if slot.e[2] != NO_ENTRY {
                    let at = slot.e[2] as usize;
                    if let Some(row) = self.dense.get(at..at + self.n_classes) {
                        for (a, w) in acc.iter_mut().zip(row) {
                            *a += w;
                        }
                    }
                } else {
                    slot.entries(&self.entries)
                        .iter()
                        .for_each(|&e| add(&mut acc, e));
                }
            }
        }
        for (s, a) in scores.iter_mut().zip(acc.iter()) {
            *s = *a;
        }
    }

    /// A copy without entries whose weight is below `min` in absolute value (and without
    /// features left empty): a smaller, faster model.
    pub fn pruned(&self, min: i16) -> Model {
        let mut rows = Vec::new();
        for slot in self.slots.iter().filter(|s| s.is_live()) {
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
        slot.entries(&self.entries).to_vec()
    }

    /// Serialises the model.
    pub fn write(&self, w: &mut Writer) {
        let mut live: Vec<Slot> = self.slots.iter().copied().filter(|s| s.is_live()).collect();
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
        if n_classes > 255 {
            return Err(r.error("too many classes"));
        }
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
