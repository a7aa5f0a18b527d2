//! A cheap guard against pathologically deep markup, which HTML tree building handles in
//! time quadratic in the depth: a rough count of open elements over the raw bytes.

/// Deepest nesting accepted (real pages stay well under a few hundred). Tree building costs
/// up to this much per start tag, so the cap keeps a page's cost linear in its length.
pub(crate) const MAX_DEPTH: usize = 2_000;

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
            // The end tag of an element that was not counted (`</p>`, `</li>`) must not
            // uncount another: `<div><p>a</p>` is one level deep.
            Some(b'/') => {
                let name_start = start + 1;
                let name_end = bytes[name_start..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .map_or(bytes.len(), |k| name_start + k);
                let name = bytes[name_start..name_end].to_ascii_lowercase();
                if !NOT_COUNTED.contains(&name.as_slice()) {
                    depth = depth.saturating_sub(1);
                }
            }
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
        // Found by scripts/linear_bench.py: closed paragraphs inside ever deeper divs.
        let deep = b"<div><p>text</p>".repeat(5_000);
        assert_eq!(rough_depth(&deep), 5_000);
        assert_eq!(rough_depth(b"a < b and <"), 0);
    }
}
