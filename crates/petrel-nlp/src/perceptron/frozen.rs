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
    /// Rows with many entries as [`stride`] weights each (zero-padded): adding them is a
    /// vectorised loop instead of a scatter (most of the work for frequent features).
    dense: Vec<i32>,
    /// Whether this CPU has AVX2, for [`add_dense`].
    avx2: bool,
}

/// Features are looked up in batches of up to this many, so that their memory loads overlap
/// (a parser configuration has 77 keys besides its cached groups).
const CHUNK: usize = 80;

/// Dense rows are summed in blocks of this many classes, held in registers.
const BLOCK: usize = 32;

/// The length of a dense row: `n_classes` rounded up to whole blocks (at most 256).
#[inline]
fn stride(n_classes: usize) -> usize {
    n_classes.next_multiple_of(BLOCK)
}

/// Adds the dense rows starting at `rows` to `acc`, a block of classes at a time, so that the
/// block's running sum stays in registers across rows.
#[inline(always)]
fn add_dense_blocks(dense: &[i32], stride: usize, rows: &[u32], acc: &mut [i32; 256]) {
    for b in (0..stride.min(256)).step_by(BLOCK) {
        let mut sum = [0i32; BLOCK];
        for &at in rows {
            let at = at as usize + b;
            if let Some(row) = dense.get(at..at + BLOCK) {
                for (s, w) in sum.iter_mut().zip(row) {
                    *s += w;
                }
            }
        }
        for (a, s) in acc[b..b + BLOCK].iter_mut().zip(sum) {
            *a += s;
        }
    }
}

/// [`add_dense_blocks`] compiled for AVX2: eight classes per instruction instead of four.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn add_dense_avx2(dense: &[i32], stride: usize, rows: &[u32], acc: &mut [i32; 256]) {
    add_dense_blocks(dense, stride, rows, acc)
}

/// Adds the dense rows starting at `rows` to `acc`, with AVX2 when `avx2` says the CPU has it.
#[inline]
fn add_dense(avx2: bool, dense: &[i32], stride: usize, rows: &[u32], acc: &mut [i32; 256]) {
    #[cfg(target_arch = "x86_64")]
    if avx2 {
        // SAFETY: `avx2` is true only when the CPU was detected to support AVX2.
        unsafe { add_dense_avx2(dense, stride, rows, acc) };
        return;
    }
    let _ = avx2;
    add_dense_blocks(dense, stride, rows, acc)
}

/// Whether the CPU running us has AVX2.
fn has_avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
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
        let starts: Vec<u32> = lens
            .iter()
            .scan(0u32, |at, &len| {
                let start = *at;
                *at += len;
                Some(start)
            })
            .collect();
        // Long rows first: they belong to the most frequent features, which then sit in their
        // home slots (no probing) and next to each other in `entries`.
        let mut order: Vec<u32> = (0..keys.len() as u32).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(lens[i as usize]));
        for i in order {
            let i = i as usize;
            let (key, len, start) = (keys[i], lens[i], starts[i] as usize);
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
                    dense.resize(at + stride(n_classes), 0);
                    for &x in row {
                        if let Some(d) = dense.get_mut(at + (x >> 16) as usize) {
                            *d += x as u16 as i16 as i32;
                        }
                    }
                }
            }
            slots[s] = Slot { key, e };
        }
        Model {
            n_classes,
            slots,
            shift,
            entries,
            dense,
            avx2: has_avx2(),
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
    /// feature's home slot, resolve collisions, touch the first entry of long sparse rows, then
    /// add (dense rows last, together).
    #[inline]
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        // Less scratch to clear for fewer features.
        match feats.len() {
            0..=16 => self.score_in::<16>(feats, scores),
            17..=48 => self.score_in::<48>(feats, scores),
            _ => self.score_in::<CHUNK>(feats, scores),
        }
    }

    /// [`Model::score`] in batches of `N` features.
    #[inline(always)]
    fn score_in<const N: usize>(&self, feats: &[u64], scores: &mut [i32]) {
        let mut acc = [0i32; 256];
        let mask = self.slots.len() - 1;
        let mut found = [Slot::default(); N];
        for chunk in feats.chunks(N) {
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
                if slot.e[0] & EXTERNAL != 0 && slot.e[2] == NO_ENTRY {
                    let a = (slot.e[0] & !EXTERNAL) as usize;
                    touch ^= self.entries.get(a).copied().unwrap_or(0);
                }
            }
            std::hint::black_box(touch);
            let mut dense_rows = [0u32; N];
            let mut n_dense = 0;
            for slot in hits {
                if slot.e[0] & EXTERNAL == 0 {
                    slot.e.iter().for_each(|&e| add(&mut acc, e));
                } else if slot.e[2] != NO_ENTRY {
                    dense_rows[n_dense] = slot.e[2];
                    n_dense += 1;
                } else {
                    slot.entries(&self.entries)
                        .iter()
                        .for_each(|&e| add(&mut acc, e));
                }
            }
            let stride = stride(self.n_classes);
            add_dense(
                self.avx2,
                &self.dense,
                stride,
                &dense_rows[..n_dense],
                &mut acc,
            );
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

    #[test]
    fn scores_are_the_sums_of_the_weights_for_rows_of_every_length() {
        let n_classes = 107;
        let mut rng = crate::rng::Rng::new(5);
        let mut rows = Vec::new();
        for key in 1..2000u32 {
            let len = [1, 3, 5, 20, 40, 107][(rng.next_u64() % 6) as usize];
            let row: Vec<(u8, i16)> = (0..len)
                .map(|c| (c as u8, (rng.next_u64() % 20_001) as i16 - 10_000))
                .collect();
            rows.push((key * 7919, row));
        }
        let m = Model::from_rows(n_classes, rows.clone());
        let weight = |key: u32, c: usize| -> i32 {
            let row = rows.iter().find(|r| r.0 == key).map(|r| &r.1);
            row.and_then(|r| r.iter().find(|e| e.0 as usize == c))
                .map_or(0, |e| e.1 as i32)
        };
        let mut got = vec![0i32; n_classes];
        for len in [0, 1, 40, 64, 73, 200] {
            let keys: Vec<u32> = (0..len)
                .map(|_| (1 + (rng.next_u64() % 2100) as u32) * 7919)
                .collect();
            let feats: Vec<u64> = keys.iter().map(|&k| (k as u64) << 32 | 3).collect();
            m.score(&feats, &mut got);
            for (c, &g) in got.iter().enumerate() {
                let want: i32 = keys.iter().map(|&k| weight(k, c)).sum();
                assert_eq!(g, want, "{len} features, class {c}");
            }
        }
    }
}
