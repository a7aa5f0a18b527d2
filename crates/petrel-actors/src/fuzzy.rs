//! The misspelling fallback: one edit (insert, delete, substitute or swap two neighbours).

/// True when `a` and `b` differ by at most one edit.
pub fn within_one_edit(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return one_edit(a.as_bytes(), b.as_bytes());
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    one_edit(&a, &b)
}

/// [`within_one_edit`] over letters of any kind (bytes of ASCII text, or chars).
fn one_edit<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let p = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if p == short.len() {
        return true;
    }
    if short.len() == long.len() {
        if short[p + 1..] == long[p + 1..] {
            return true;
        }
        return p + 1 < short.len()
            && short[p] == long[p + 1]
            && short[p + 1] == long[p]
            && short[p + 2..] == long[p + 2..];
    }
    short[p..] == long[p + 1..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit() {
        assert!(within_one_edit("baiden", "biden"));
        assert!(within_one_edit("bidne", "biden"));
        assert!(within_one_edit("putim", "putin"));
        assert!(within_one_edit("putin", "putin"));
        assert!(!within_one_edit("bidenov", "biden"));
        assert!(!within_one_edit("nibed", "biden"));
        assert!(within_one_edit("zelenskyy", "zelenskiy"));
        assert!(within_one_edit("müller", "muller"));
        assert!(!within_one_edit("müller", "mueller"));
    }
}
