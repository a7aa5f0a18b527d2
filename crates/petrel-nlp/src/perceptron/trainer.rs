//! Training-time weights: sparse per feature, with lazy averaging.

use super::Model;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A hasher for keys that are already good hashes.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = crate::features::mix(self.0, b as u64);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
    fn write_u32(&mut self, v: u32) {
        self.0 = (v as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// A hash map keyed by values that are already hashes.
pub type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;
type Map<V> = IdMap<u64, V>;

#[derive(Clone, Copy)]
struct Entry {
    class: u16,
    w: f32,
    total: f64,
    stamp: u32,
}

/// Perceptron weights being trained: feature → few (class, weight) entries.
pub struct Trainer {
    n_classes: usize,
    weights: Map<Vec<Entry>>,
    now: u32,
}

impl Trainer {
    /// An empty model over `n_classes` classes.
    pub fn new(n_classes: usize) -> Trainer {
        Trainer {
            n_classes,
            weights: Map::default(),
            now: 1,
        }
    }
    /// Number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }
    /// Adds the current (unaveraged) weights of `feats` into `scores` (length `n_classes`).
    pub fn score(&self, feats: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in feats {
            if let Some(row) = self.weights.get(f) {
                for e in row {
                    scores[e.class as usize] += e.w;
                }
            }
        }
    }
    /// Marks the end of one training instance (for averaging).
    pub fn tick(&mut self) {
        self.now += 1;
    }
    /// Moves the weights of `feats` towards `truth` and away from `guess`.
    pub fn update(&mut self, feats: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        let now = self.now;
        for f in feats {
            let row = self.weights.entry(*f).or_default();
            for (class, delta) in [(truth, 1.0f32), (guess, -1.0)] {
                let e = match row.iter_mut().position(|e| e.class as usize == class) {
                    Some(i) => &mut row[i],
                    None => {
                        row.push(Entry {
                            class: class as u16,
                            w: 0.0,
                            total: 0.0,
                            stamp: now,
                        });
                        let last = row.len() - 1;
                        &mut row[last]
                    }
                };
                e.total += (now - e.stamp) as f64 * e.w as f64;
                e.stamp = now;
                e.w += delta;
            }
        }
    }
    /// Freezes the averaged weights, quantised to `i16`; entries below `min_weight` (of 32000) are dropped.
    pub fn freeze(&self, min_weight: i16) -> Model {
        Trainer::freeze_sum(&[self], min_weight)
    }

    /// Freezes the sum of several trainers' averaged weights (a mixture of models trained with
    /// different seeds), quantised to `i16`; entries below `min_weight` (of 32000) are dropped.
    pub fn freeze_sum(trainers: &[&Trainer], min_weight: i16) -> Model {
        let n_classes = trainers.first().map(|t| t.n_classes).unwrap_or(0);
        let mut sums: Map<Vec<(u16, f64)>> = Map::default();
        for t in trainers {
            let now = t.now as f64;
            for (k, row) in &t.weights {
                let out = sums.entry(*k).or_default();
                for e in row {
                    let avg = (e.total + (t.now - e.stamp) as f64 * e.w as f64) / now;
                    match out.iter_mut().find(|x| x.0 == e.class) {
                        Some(x) => x.1 += avg,
                        None => out.push((e.class, avg)),
                    }
                }
            }
        }
        let max = sums
            .values()
            .flatten()
            .map(|e| e.1.abs())
            .fold(0.0f64, f64::max)
            .max(1e-9);
        let scale = 32000.0 / max;
        let mut rows: Vec<(u32, Vec<(u8, i16)>)> = Vec::with_capacity(sums.len());
        for (k, row) in &sums {
            let q: Vec<(u8, i16)> = row
                .iter()
                .map(|&(c, w)| (c as u8, (w * scale).round() as i16))
                .filter(|&(_, w)| w.abs() >= min_weight.max(1))
                .collect();
            if !q.is_empty() {
                rows.push(((k >> 32) as u32, q));
            }
        }
        Model::from_rows(n_classes, rows)
    }
}
