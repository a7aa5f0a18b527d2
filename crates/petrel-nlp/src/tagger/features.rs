//! Tagger features: per-word hashes computed once, then combined per position.

use crate::features::{feat2, feat3, hash_exact, hash_lower, hash_prefix, hash_shape, hash_suffix};

/// Hashes of one word that the feature templates combine.
#[derive(Debug, Clone, Copy)]
pub struct WordFeats {
    /// The word exactly as written (tag dictionary key).
    pub exact: u64,
    /// Lower-cased word.
    pub lower: u64,
    /// Word shape.
    pub shape: u64,
    /// Suffixes of 1 to 4 characters.
    pub suf: [u64; 4],
    /// Prefixes of 1 to 3 characters.
    pub pre: [u64; 3],
    /// Bit flags: capitalised, has digit, has hyphen, all upper.
    pub flags: u64,
    /// The word's most frequent class in training (lexicon), or a marker for unknown words.
    pub lex: u64,
    /// The class predicted by the first pass (second pass only).
    pub first: u64,
}

impl WordFeats {
    /// Computes the hashes of `w`.
    pub fn new(w: &str) -> WordFeats {
        let cap = w.chars().next().is_some_and(char::is_uppercase) as u64;
        let digit = w.chars().any(|c| c.is_ascii_digit()) as u64;
        let hyph = w.contains('-') as u64;
        let upper =
            (w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)) as u64;
        WordFeats {
            exact: hash_exact(w),
            lower: hash_lower(w),
            shape: hash_shape(w),
            suf: [
                hash_suffix(w, 1),
                hash_suffix(w, 2),
                hash_suffix(w, 3),
                hash_suffix(w, 4),
            ],
            pre: [hash_prefix(w, 1), hash_prefix(w, 2), hash_prefix(w, 3)],
            flags: cap | digit << 1 | hyph << 2 | upper << 3,
            lex: 999,
            first: 999,
        }
    }
    /// The padding value before the first and after the last word.
    pub fn pad(k: u64) -> WordFeats {
        WordFeats {
            exact: k,
            lower: k,
            shape: k,
            suf: [k; 4],
            pre: [k; 3],
            flags: 1 << 8 | k,
            lex: 990 + k,
            first: 980 + k,
        }
    }
}

/// Appends the features of position `i` of `ws` (which carries two pads on each side) given the
/// previous two predicted classes; `second` adds the first-pass classes of the word and its
/// right neighbours.
pub fn extract(ws: &[WordFeats], i: usize, p1: u64, p2: u64, second: bool, out: &mut Vec<u64>) {
    out.clear();
    let w = &ws[i];
    let (m1, m2, n1, n2) = (&ws[i - 1], &ws[i - 2], &ws[i + 1], &ws[i + 2]);
    let first = (i == 2) as u64;
    out.extend_from_slice(&[
        feat2(0, 0, 0),
        feat2(1, w.lower, 0),
        feat2(2, w.suf[0], 0),
        feat2(3, w.suf[1], 0),
        feat2(4, w.suf[2], 0),
        feat2(5, w.suf[3], 0),
        feat2(6, w.pre[0], 0),
        feat2(7, w.pre[1], 0),
        feat2(8, w.pre[2], 0),
        feat2(9, w.shape, first),
        feat2(10, w.flags, first),
        feat2(11, m1.lower, 0),
        feat2(12, m2.lower, 0),
        feat2(13, n1.lower, 0),
        feat2(14, n2.lower, 0),
        feat2(15, m1.suf[2], 0),
        feat2(16, n1.suf[2], 0),
        feat2(17, n1.shape, 0),
        feat2(18, m1.shape, 0),
        feat2(19, p1, 0),
        feat2(20, p2, 0),
        feat3(21, p1, p2, 0),
        feat3(22, p1, w.lower, 0),
        feat3(23, m1.lower, w.lower, 0),
        feat3(24, w.lower, n1.lower, 0),
        feat3(25, p1, w.suf[2], 0),
        feat3(26, p1, n1.lower, 0),
        feat2(27, n1.suf[1], 0),
        feat3(28, w.shape, n1.shape, m1.shape),
        feat3(29, w.lower, w.flags, first),
        feat3(30, p1, p2, w.suf[1]),
        feat2(31, w.lex, 0),
        feat2(32, n1.lex, 0),
        feat2(33, n2.lex, 0),
        feat3(34, p1, n1.lex, 0),
        feat3(35, n1.lex, n2.lex, 0),
        feat3(36, w.lex, n1.lex, 0),
        feat3(37, w.lower, n1.lex, 0),
        feat3(38, n1.lex, w.suf[2], 0),
    ]);
    if second {
        out.extend_from_slice(&[
            feat2(40, w.first, 0),
            feat2(41, n1.first, 0),
            feat2(42, n2.first, 0),
            feat3(43, n1.first, n2.first, 0),
            feat3(44, p1, n1.first, 0),
            feat3(45, w.lower, n1.first, 0),
            feat3(46, w.first, n1.first, 0),
            feat3(47, p1, w.first, n1.first),
            feat3(48, w.suf[2], n1.first, 0),
        ]);
    }
}
