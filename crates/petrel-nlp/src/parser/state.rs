//! The arc-hybrid configuration: a stack with ROOT (node 0) at the bottom, a buffer of words
//! `b..=n`, and the arcs built so far. Every terminal configuration is a single-rooted tree.

/// Marker for "no node".
pub const NONE: u32 = u32::MAX;

/// Transitions, encoded as class indices: 0 = SHIFT, `1 + l` = LEFT with label `l`,
/// `1 + N_LABELS + l` = RIGHT with label `l`.
pub const N_LABELS: usize = petrel_core::DEPRELS.len();
/// Number of transition classes.
pub const N_CLASSES: usize = 1 + 2 * N_LABELS;
/// The `root` label index.
pub const ROOT_LABEL: usize = 1;

/// A decoded transition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// Push the buffer front onto the stack.
    Shift,
    /// Pop s0 and attach it to the buffer front.
    Left(usize),
    /// Pop s0 and attach it to the new stack top.
    Right(usize),
}

impl Move {
    /// Decodes a class index.
    pub fn from_class(c: usize) -> Move {
        if c == 0 {
            Move::Shift
        } else if c <= N_LABELS {
            Move::Left(c - 1)
        } else {
            Move::Right(c - 1 - N_LABELS)
        }
    }
    /// The class index.
    pub fn class(self) -> usize {
        match self {
            Move::Shift => 0,
            Move::Left(l) => 1 + l,
            Move::Right(l) => 1 + N_LABELS + l,
        }
    }
}

/// A parser configuration over `n` words (nodes `1..=n`, ROOT = 0).
#[derive(Debug, Default)]
pub struct State {
    /// Number of words.
    pub n: u32,
    /// The stack, ROOT first.
    pub stack: Vec<u32>,
    /// The buffer front; the buffer is `b..=n`.
    pub b: u32,
    /// Head of each node (`NONE` until attached).
    pub heads: Vec<u32>,
    /// Label of each node.
    pub labels: Vec<u8>,
    /// Leftmost and second-leftmost dependents.
    pub lc: Vec<[u32; 2]>,
    /// Rightmost and second-rightmost dependents.
    pub rc: Vec<[u32; 2]>,
    /// Numbers of left and right dependents.
    pub valency: Vec<[u8; 2]>,
    /// Bit sets of left and right dependent labels.
    pub labelset: Vec<[u64; 2]>,
}

impl State {
    /// Resets to the initial configuration for `n` words, reusing buffers.
    pub fn reset(&mut self, n: usize) {
        let m = n + 1;
        self.n = n as u32;
        self.stack.clear();
        self.stack.push(0);
        self.b = 1;
        self.heads.clear();
        self.heads.resize(m, NONE);
        self.labels.clear();
        self.labels.resize(m, 0);
        self.lc.clear();
        self.lc.resize(m, [NONE; 2]);
        self.rc.clear();
        self.rc.resize(m, [NONE; 2]);
        self.valency.clear();
        self.valency.resize(m, [0; 2]);
        self.labelset.clear();
        self.labelset.resize(m, [0; 2]);
    }
    /// True when parsing is finished.
    pub fn is_terminal(&self) -> bool {
        self.b > self.n && self.stack.len() == 1
    }
    /// The `k`-th stack element from the top, or `NONE`.
    pub fn s(&self, k: usize) -> u32 {
        self.stack
            .len()
            .checked_sub(k + 1)
            .map(|i| self.stack[i])
            .unwrap_or(NONE)
    }
    /// The `k`-th buffer element, or `NONE`.
    pub fn buf(&self, k: u32) -> u32 {
        let i = self.b + k;
        if i <= self.n {
            i
        } else {
            NONE
        }
    }
    /// Whether SHIFT, LEFT and RIGHT are allowed.
    pub fn valid(&self) -> [bool; 3] {
        let has_b = self.b <= self.n;
        let len = self.stack.len();
        [has_b, has_b && len >= 2, len >= 3 || (len == 2 && !has_b)]
    }
    /// True when `m` is allowed here (including the rule that only the final RIGHT uses `root`).
    pub fn allows(&self, m: Move) -> bool {
        let [sh, la, ra] = self.valid();
        match m {
            Move::Shift => sh,
            Move::Left(l) => la && l != ROOT_LABEL && l != 0,
            Move::Right(l) => ra && ((self.stack.len() == 2) == (l == ROOT_LABEL)) && l != 0,
        }
    }
    fn attach(&mut self, head: u32, dep: u32, label: usize) {
        let (h, d) = (head as usize, dep as usize);
        self.heads[d] = head;
        self.labels[d] = label as u8;
        let side = (dep > head) as usize;
        if side == 0 {
            self.lc[h] = [dep, self.lc[h][0]];
        } else {
            self.rc[h] = [dep, self.rc[h][0]];
        }
        self.valency[h][side] = self.valency[h][side].saturating_add(1);
        self.labelset[h][side] |= 1u64 << (label % 64);
    }
    /// Applies `m`, which must be allowed.
    pub fn apply(&mut self, m: Move) {
        match m {
            Move::Shift => {
                self.stack.push(self.b);
                self.b += 1;
            }
            Move::Left(l) => {
                if let Some(s0) = self.stack.pop() {
                    self.attach(self.b, s0, l);
                }
            }
            Move::Right(l) => {
                if let Some(s0) = self.stack.pop() {
                    let s1 = self.s(0);
                    self.attach(s1, s0, l);
                }
            }
        }
    }
}
