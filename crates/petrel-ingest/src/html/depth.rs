//! A cheap guard against pathologically deep markup, which HTML tree building handles in
//! time quadratic in the depth: a rough count of open elements over the raw bytes.

/// Deepest nesting accepted (real pages stay well under a few hundred).
pub(crate) const MAX_DEPTH: usize = 10_000;

/// Elements that have no end tag or whose end tag is usually left out.
const NOT_COUNTED: [&[u8]; 22] = [
    b"area", b"base", b"br", b"col", b"dd", b"dt", b"embed", b"hr", b"img", b"input", b"li",
    b"link", b"meta", b"option", b"p", b"param", b"source", b"td", b"th", b"tr", b"track", b"wbr",
];

/// The greatest number of elements open at once, roughly (start tags minus end tags).
pub(crate) fn rough_depth(bytes: &[u8]) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    let mut at = 0;
    while let Some(i) = memchr::memchr(b'<', &bytes[at..]) {
        let start = at + i + 1;
        at = start;
        match bytes.get(start) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let name_end = bytes[start..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .map_or(bytes.len(), |k| start + k);
                let name = bytes[start..name_end].to_ascii_lowercase();
                let close = memchr::memchr(b'>', &bytes[name_end..]).map(|k| name_end + k);
                let self_closing = close.is_some_and(|k| k > 0 && bytes[k - 1] == b'/');
                if !self_closing && !NOT_COUNTED.contains(&name.as_slice()) {
                    depth += 1;
                    max = max.max(depth);
                }
            }
            _ => {}
        }
    }
    max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth() {
        assert_eq!(
            rough_depth(b"<html><body><div><p>a<p>b<br><img src=x/></div></body></html>"),
            3
        );
        assert_eq!(rough_depth(&b"<div>".repeat(20_000)), 20_000);
        assert_eq!(rough_depth(b"a < b and <"), 0);
    }
}
