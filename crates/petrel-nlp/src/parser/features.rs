//! Parser features (after Zhang & Nivre 2011, adapted to arc-hybrid): words, tags, labels,
//! distance, valency and label sets around the stack top and buffer front.

use super::state::{State, NONE};
use crate::features::{feat2, feat3, mix};

/// Per-node word and tag hashes of one sentence; node 0 is ROOT.
#[derive(Default)]
pub struct Sent {
    /// Lower-cased word hash per node.
    pub words: Vec<u64>,
    /// Tag value per node (UPOS index × 64 + XPOS index).
    pub tags: Vec<u64>,
}

const NO_WORD: u64 = 0x7777;
const NO_TAG: u64 = 0x7778;
const NO_LABEL: u64 = 0x7779;

impl Sent {
    /// Clears and adds the ROOT node.
    pub fn reset(&mut self) {
        self.words.clear();
        self.tags.clear();
        self.words.push(0x5555);
        self.tags.push(0x5556);
    }
    #[inline]
    fn w(&self, x: u32) -> u64 {
        if x == NONE {
            NO_WORD
        } else {
            self.words[x as usize]
        }
    }
    #[inline]
    fn t(&self, x: u32) -> u64 {
        if x == NONE {
            NO_TAG
        } else {
            self.tags[x as usize]
        }
    }
}

#[inline]
fn lab(st: &State, x: u32) -> u64 {
    if x == NONE {
        NO_LABEL
    } else {
        st.labels[x as usize] as u64
    }
}

#[inline]
fn child(v: &[[u32; 2]], x: u32, k: usize) -> u32 {
    if x == NONE {
        NONE
    } else {
        v[x as usize][k]
    }
}

/// Distance buckets: 1, 2, 3, 4, 5–6, 7–10, 11+.
#[inline]
fn bucket(d: u32) -> u64 {
    match d {
        0..=4 => d as u64,
        5..=6 => 5,
        7..=10 => 6,
        _ => 7,
    }
}

/// Fills `out` with the feature keys of configuration `st`: [`extract_dynamic`] plus the
/// single-position groups.
pub fn extract(s: &Sent, st: &State, out: &mut Vec<u64>) {
    out.clear();
    extract_dynamic(s, st, out);
    extract_buffer(s, st.b, st.n, out);
    extract_s0(s, st.s(0), out);
    extract_s1(s, st.s(1), out);
}

/// Appends the templates of the buffer's first three words, which depend only on the buffer
/// front `b` (the buffer is `b..=n`), so a decoder can score them once per position.
pub fn extract_buffer(s: &Sent, b: u32, n: u32, out: &mut Vec<u64>) {
    let at = |k: u32| if b + k <= n { b + k } else { NONE };
    let (b0, b1, b2) = (at(0), at(1), at(2));
    let (b0w, b0t, b1w, b1t, b2w, b2t) = (s.w(b0), s.t(b0), s.w(b1), s.t(b1), s.w(b2), s.t(b2));
    out.extend_from_slice(&[
        feat2(4, mix(b0w, b0t), 0),
        feat2(5, b0w, 0),
        feat2(6, b0t, 0),
        feat2(7, b1w, b1t),
        feat2(8, b1w, 0),
        feat2(9, b1t, 0),
        feat2(10, b2w, b2t),
        feat2(11, b2t, 0),
        feat2(23, b0t, b1t),
        feat3(29, b0t, b1t, b2t),
        feat3(87, u(b0t), u(b1t), u(b2t)),
    ]);
}

/// Appends the word and tag templates of the stack top `s0` (a node or `NONE`).
pub fn extract_s0(s: &Sent, s0: u32, out: &mut Vec<u64>) {
    let (w, t) = (s.w(s0), s.t(s0));
    out.extend_from_slice(&[feat2(1, mix(w, t), 0), feat2(2, w, 0), feat2(3, t, 0)]);
}

/// Appends the word and tag templates of the second stack element `s1` (a node or `NONE`).
pub fn extract_s1(s: &Sent, s1: u32, out: &mut Vec<u64>) {
    let (w, t) = (s.w(s1), s.t(s1));
    out.extend_from_slice(&[feat2(12, mix(w, t), 0), feat2(13, w, 0), feat2(14, t, 0)]);
}

/// Appends every template that depends on more than one position or on the arcs built so far.
pub fn extract_dynamic(s: &Sent, st: &State, out: &mut Vec<u64>) {
    let (s0, s1, s2) = (st.s(0), st.s(1), st.s(2));
    let (b0, b1) = (st.buf(0), st.buf(1));
    let (s0w, s0t, s1w, s1t, s2t) = (s.w(s0), s.t(s0), s.w(s1), s.t(s1), s.t(s2));
    let (b0w, b0t, b1t) = (s.w(b0), s.t(b0), s.t(b1));
    let s0wt = mix(s0w, s0t);
    let s1wt = mix(s1w, s1t);
    let b0wt = mix(b0w, b0t);
    let (s0l, s0l2) = (child(&st.lc, s0, 0), child(&st.lc, s0, 1));
    let (s0r, s0r2) = (child(&st.rc, s0, 0), child(&st.rc, s0, 1));
    let (b0l, b0l2) = (child(&st.lc, b0, 0), child(&st.lc, b0, 1));
    let (s1l, s1r) = (child(&st.lc, s1, 0), child(&st.rc, s1, 0));
    let dist = if s0 != NONE && b0 != NONE {
        bucket(b0 - s0)
    } else {
        0
    };
    let dist1 = if s1 != NONE && s0 != NONE && s0 > s1 {
        bucket(s0 - s1)
    } else {
        0
    };
    let val = |x: u32, k: usize| {
        if x == NONE {
            99
        } else {
            st.valency[x as usize][k] as u64
        }
    };
    let lset = |x: u32, k: usize| {
        if x == NONE {
            1 << 63
        } else {
            st.labelset[x as usize][k]
        }
    };
    out.extend_from_slice(&[
        feat2(15, s2t, 0),
        feat2(16, s0wt, b0wt),
        feat2(17, s0wt, b0w),
        feat2(18, s0w, b0wt),
        feat2(19, s0wt, b0t),
        feat2(20, s0t, b0wt),
        feat2(21, s0w, b0w),
        feat2(22, s0t, b0t),
        feat2(24, s1wt, s0wt),
        feat2(25, s1w, s0w),
        feat2(26, s1t, s0t),
        feat2(27, s1t, s0wt),
        feat2(28, s1wt, s0t),
        feat3(30, s0t, b0t, b1t),
        feat3(31, s1t, s0t, b0t),
        feat3(32, s0t, s.t(s0l), b0t),
        feat3(33, s0t, s.t(s0r), b0t),
        feat3(34, s0t, b0t, s.t(b0l)),
        feat3(35, s2t, s1t, s0t),
        feat3(36, s1t, s.t(s1r), s0t),
        feat3(37, s1t, s0t, s.t(s0r)),
        feat3(38, s1t, s.t(s1l), s0t),
        feat2(39, s0w, dist),
        feat2(40, s0t, dist),
        feat2(41, b0w, dist),
        feat2(42, b0t, dist),
        feat3(43, s0w, b0w, dist),
        feat3(44, s0t, b0t, dist),
        feat3(45, s1t, s0t, dist1),
        feat3(46, s1w, s0w, dist1),
        feat2(47, s0w, val(s0, 1)),
        feat2(48, s0t, val(s0, 1)),
        feat2(49, s0w, val(s0, 0)),
        feat2(50, s0t, val(s0, 0)),
        feat2(51, b0w, val(b0, 0)),
        feat2(52, b0t, val(b0, 0)),
        feat2(53, s1w, val(s1, 1)),
        feat2(54, s1t, val(s1, 1)),
        feat2(55, s.w(s0l), 0),
        feat2(56, s.t(s0l), 0),
        feat2(57, lab(st, s0l), 0),
        feat2(58, s.w(s0r), 0),
        feat2(59, s.t(s0r), 0),
        feat2(60, lab(st, s0r), 0),
        feat2(61, s.w(b0l), 0),
        feat2(62, s.t(b0l), 0),
        feat2(63, lab(st, b0l), 0),
        feat2(64, s.w(s1r), s.t(s1r)),
        feat2(65, lab(st, s1r), 0),
        feat2(66, s.t(s1l), lab(st, s1l)),
        feat2(67, s.t(s0l2), 0),
        feat2(68, lab(st, s0l2), 0),
        feat2(69, s.t(s0r2), 0),
        feat2(70, lab(st, s0r2), 0),
        feat2(71, s.t(b0l2), 0),
        feat2(72, lab(st, b0l2), 0),
        feat3(73, s0t, s.t(s0l), s.t(s0l2)),
        feat3(74, s0t, s.t(s0r), s.t(s0r2)),
        feat3(75, b0t, s.t(b0l), s.t(b0l2)),
        feat2(76, s0w, lset(s0, 1)),
        feat2(77, s0t, lset(s0, 1)),
        feat2(78, s0w, lset(s0, 0)),
        feat2(79, s0t, lset(s0, 0)),
        feat2(80, b0w, lset(b0, 0)),
        feat2(81, b0t, lset(b0, 0)),
        feat3(82, s0t, lab(st, s0l), lab(st, s0r)),
        feat3(83, s1t, s0t, lab(st, s0l)),
        feat3(84, s0w, s0t, b1t),
        feat3(85, b0w, b0t, b1t),
        feat2(86, (st.b > st.n) as u64, st.stack.len().min(4) as u64),
        feat3(88, u(s0t), u(b0t), u(b1t)),
        feat3(89, u(s1t), u(s0t), u(b0t)),
        feat3(90, u(s2t), u(s1t), u(s0t)),
        feat3(91, u(s0t), u(s.t(s0l)), u(b0t)),
        feat3(92, u(s1t), u(s.t(s1r)), u(s0t)),
        feat3(93, u(s1t), u(b0t), 0),
        feat3(94, s0w, u(b0t), u(b1t)),
    ]);
}

/// The UPOS part of a tag value (coarser, so sparse tag n-grams generalise).
#[inline]
fn u(t: u64) -> u64 {
    t / 64
}
