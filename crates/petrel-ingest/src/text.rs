//! Plain-text documents, and the checks every byte input goes through
//! (empty, binary, too large, invalid UTF-8).

use crate::{Item, ReadOptions, Reason, Warning};
use petrel_core::{Doc, DocMeta};
use std::io::Read;

/// True when `bytes` look like binary data: a NUL byte, or more than 10% control bytes
/// other than tab, newline, carriage return and form feed, within the first 8 KiB.
pub(crate) fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, head).is_some() {
        return true;
    }
    let ctrl = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    ctrl * 10 > head.len()
}

/// Decodes UTF-8, replacing invalid sequences; the error names the byte offset of the first.
pub(crate) fn decode_lossy(bytes: Vec<u8>) -> (String, Option<String>) {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(s) => (s, None),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let s = String::from_utf8_lossy(e.as_bytes()).into_owned();
            (
                s,
                Some(format!(
                    "invalid UTF-8 from byte {at}; replaced with U+FFFD"
                )),
            )
        }
    }
}

/// Reads at most `limit + 1` bytes of `r`; `Err` holds an I/O or decompression message.
pub(crate) fn read_limited(r: impl Read, limit: usize) -> Result<Vec<u8>, std::io::Error> {
    let mut buf = Vec::new();
    r.take(limit as u64 + 1).read_to_end(&mut buf)?;
    Ok(buf)
}

/// Checks raw bytes of a whole document; the reason and message when they cannot be used.
pub(crate) fn check_bytes(bytes: &[u8], limit: usize) -> Option<(Reason, String)> {
    if bytes.len() > limit {
        return Some((
            Reason::TooLarge,
            format!("larger than {limit} bytes; skipped"),
        ));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Some((Reason::Empty, "empty; skipped".into()));
    }
    if looks_binary(bytes) {
        return Some((Reason::Binary, "binary data, not text; skipped".into()));
    }
    None
}

/// Reads one plain-text document named `name` (its id) from `r`.
pub(crate) fn read_text(name: &str, r: impl Read, opts: &ReadOptions) -> Vec<Item> {
    let bytes = match read_limited(r, opts.max_doc_bytes) {
        Ok(b) => b,
        Err(e) => return vec![Item::Warning(io_warning(name, &e))],
    };
    if let Some((reason, msg)) = check_bytes(&bytes, opts.max_doc_bytes) {
        return vec![Item::Warning(Warning::new(name, reason, msg))];
    }
    let (text, bad) = decode_lossy(bytes);
    let mut out = Vec::with_capacity(2);
    if let Some(msg) = bad {
        out.push(Item::Warning(Warning::new(name, Reason::InvalidUtf8, msg)));
    }
    let meta = DocMeta {
        id: name.to_string(),
        date: opts.date,
        source: opts.source.clone(),
        ..Default::default()
    };
    let text = match crate::entities::repair(&text) {
        std::borrow::Cow::Owned(repaired) => repaired,
        std::borrow::Cow::Borrowed(_) => text,
    };
    out.push(Item::Doc(Doc::new(meta, text)));
    out
}

/// A warning for an I/O error while reading `name`: corrupt or truncated compressed data,
/// or an unreadable file.
pub(crate) fn io_warning(name: &str, e: &std::io::Error) -> Warning {
    use std::io::ErrorKind as K;
    let reason = match e.kind() {
        K::UnexpectedEof => Reason::Truncated,
        K::InvalidData | K::InvalidInput => Reason::Corrupt,
        _ => Reason::Unreadable,
    };
    Warning::new(name, reason, format!("cannot read: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_and_lossy() {
        assert!(looks_binary(b"abc\0def"));
        assert!(looks_binary(&[1, 2, 3, 4, 5, b'a']));
        assert!(!looks_binary(b"plain\ttext\r\n"));
        let (s, w) = decode_lossy(b"caf\xe9 ok".to_vec());
        assert_eq!(s, "caf\u{fffd} ok");
        assert!(w.unwrap().contains("byte 3"));
        assert_eq!(
            decode_lossy(b"\xEF\xBB\xBFhi".to_vec()),
            ("hi".to_string(), None)
        );
    }
}
