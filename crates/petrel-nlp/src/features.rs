//! Allocation-free hashing of words and feature templates into `u64` keys.

const K: u64 = 0x517c_c1b7_2722_0a95;

/// Combines a running hash with one more value.
#[inline]
pub fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(K)
}

/// A feature key from a template id and two values.
#[inline]
pub fn feat2(template: u64, a: u64, b: u64) -> u64 {
    mix(mix(mix(0x9e37_79b9_7f4a_7c15, template), a), b)
}

/// A feature key from a template id and three values.
#[inline]
pub fn feat3(template: u64, a: u64, b: u64, c: u64) -> u64 {
    mix(feat2(template, a, b), c)
}

/// Hashes a word lower-cased, without allocating.
pub fn hash_lower(word: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for c in word.chars() {
        if c.is_ascii() {
            h = mix(h, c.to_ascii_lowercase() as u64);
        } else {
            for l in c.to_lowercase() {
                h = mix(h, l as u64);
            }
        }
    }
    mix(h, 0xff)
}

/// Hashes a word exactly as written, without allocating.
pub fn hash_exact(word: &str) -> u64 {
    let mut h = 0x1234_5678_9abc_def0u64;
    for b in word.bytes() {
        h = mix(h, b as u64);
    }
    mix(h, 0xfe)
}

/// Hashes the last `n` characters of a word, lower-cased (the whole word when shorter).
pub fn hash_suffix(word: &str, n: usize) -> u64 {
    let start = word
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map(|(i, _)| i)
        .unwrap_or(0);
    mix(hash_lower(&word[start..]), n as u64)
}

/// Hashes the first `n` characters of a word, lower-cased (the whole word when shorter).
pub fn hash_prefix(word: &str, n: usize) -> u64 {
    let end = word
        .char_indices()
        .nth(n)
        .map(|(i, _)| i)
        .unwrap_or(word.len());
    mix(hash_lower(&word[..end]), 0x100 + n as u64)
}

/// A collapsed word shape: runs of upper (`X`), lower (`x`), digit (`d`) and other characters,
/// each run capped at two, hashed: "Moscow" → `Xxx`, "1,000" → `d,dd`.
pub fn hash_shape(word: &str) -> u64 {
    let mut h = 0x8422_2325u64;
    let mut last = '\0';
    let mut run = 0;
    for c in word.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if k == last {
            run += 1;
        } else {
            run = 1;
            last = k;
        }
        if run <= 2 {
            h = mix(h, k as u64);
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_and_affixes() {
        assert_eq!(hash_lower("Moscow"), hash_lower("MOSCOW"));
        assert_ne!(hash_lower("Moscow"), hash_lower("Moscows"));
        assert_eq!(hash_suffix("attacked", 2), hash_suffix("massed", 2));
        assert_ne!(hash_suffix("attacked", 2), hash_prefix("ed", 2));
        assert_eq!(hash_suffix("a", 3), hash_suffix("a", 3));
        assert_eq!(hash_shape("Moscow"), hash_shape("Kyiv"));
        assert_ne!(hash_shape("Moscow"), hash_shape("moscow"));
        assert_eq!(hash_shape("1,000"), hash_shape("5,999"));
    }
}
