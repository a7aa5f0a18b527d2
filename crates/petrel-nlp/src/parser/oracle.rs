//! The dynamic oracle of arc-hybrid (Goldberg & Nivre 2013): the number of gold arcs each move
//! makes unreachable, with a label error counted as one more lost arc.

use super::state::{Move, State, NONE};

/// Gold heads (`0` = ROOT) and labels of nodes `0..=n` (entry 0 unused).
pub struct Gold<'a> {
    /// Gold head of each node.
    pub heads: &'a [u32],
    /// Gold label of each node.
    pub labels: &'a [u8],
}

/// Costs of SHIFT, LEFT and RIGHT (unlabelled) in `st`.
pub fn costs(st: &State, g: &Gold) -> [u32; 3] {
    let s0 = st.s(0);
    let s1 = st.s(1);
    let b0 = st.buf(0);
    let in_buffer = |x: u32| x != 0 && x >= st.b && x <= st.n;
    let mut shift = 0;
    if b0 != NONE {
        let hb = g.heads[b0 as usize];
        for (i, &x) in st.stack.iter().enumerate() {
            if x != 0 && g.heads[x as usize] == b0 {
                shift += 1;
            }
            if x == hb && hb != 0 && i + 1 < st.stack.len() {
                shift += 1;
            }
        }
    }
    let (mut left, mut right) = (0, 0);
    if s0 != NONE && s0 != 0 {
        let deps_in_buffer = (st.b..=st.n).filter(|&d| g.heads[d as usize] == s0).count() as u32;
        let h = g.heads[s0 as usize];
        left = deps_in_buffer
            + (h != b0 && (in_buffer(h) || (h == s1 && s1 != 0) || (h == 0 && s1 == 0))) as u32;
        right = deps_in_buffer + (h != s1 && in_buffer(h)) as u32;
    }
    [shift, left, right]
}

/// The cost of a labelled move.
pub fn move_cost(st: &State, g: &Gold, c: &[u32; 3], m: Move) -> u32 {
    let s0 = st.s(0);
    match m {
        Move::Shift => c[0],
        Move::Left(l) => {
            c[1] + (g.heads[s0 as usize] == st.buf(0) && g.labels[s0 as usize] as usize != l) as u32
        }
        Move::Right(l) => {
            c[2] + (g.heads[s0 as usize] == st.s(1) && g.labels[s0 as usize] as usize != l) as u32
        }
    }
}
