//! Choosing a reader from a file name or, failing that, from the first bytes.

/// The kinds of input that are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text: one document.
    Text,
    /// One JSON object per line.
    Jsonl,
    /// One HTML page: its main text is extracted.
    Html,
    /// A WARC file: HTML responses are extracted.
    Warc,
    /// An ARC (Internet Archive) file: HTML responses are extracted.
    Arc,
}

/// The format named by a file's extension and whether it is gzipped (`.gz` is stripped first).
/// `None` when the name does not tell.
pub fn format_for_name(name: &str) -> (Option<Format>, bool) {
    let lower = name.to_ascii_lowercase();
    let (stem, gz) = match lower.strip_suffix(".gz") {
        Some(s) => (s, true),
        None => (lower.as_str(), false),
    };
    let ext = stem.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    let f = match ext {
        "txt" | "text" => Some(Format::Text),
        "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        "warc" => Some(Format::Warc),
        "arc" => Some(Format::Arc),
        _ => None,
    };
    (f, gz)
}

/// True when `head` starts with the gzip magic number.
pub fn is_gzip(head: &[u8]) -> bool {
    head.starts_with(&[0x1f, 0x8b])
}

/// Guesses the format of (uncompressed) bytes from their start.
pub fn sniff(head: &[u8]) -> Format {
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let h = &head[start..];
    if h.starts_with(b"WARC/") {
        return Format::Warc;
    }
    if h.starts_with(b"filedesc://") {
        return Format::Arc;
    }
    if h.starts_with(b"{") {
        return Format::Jsonl;
    }
    if h.starts_with(b"<") {
        let probe: Vec<u8> = h.iter().take(1024).map(u8::to_ascii_lowercase).collect();
        let has = |n: &[u8]| memchr::memmem::find(&probe, n).is_some();
        if has(b"<!doctype html") || has(b"<html") || has(b"<head") || has(b"<body") {
            return Format::Html;
        }
    }
    Format::Text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_bytes() {
        assert_eq!(format_for_name("a/b.JSONL"), (Some(Format::Jsonl), false));
        assert_eq!(format_for_name("x.warc.gz"), (Some(Format::Warc), true));
        assert_eq!(format_for_name("page.html.gz"), (Some(Format::Html), true));
        assert_eq!(format_for_name("README"), (None, false));
        assert_eq!(format_for_name("x.gz.bad"), (None, false));
        assert_eq!(sniff(b"  {\"id\":1}"), Format::Jsonl);
        assert_eq!(sniff(b"WARC/1.0\r\n"), Format::Warc);
        assert_eq!(sniff(b"<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(sniff(b"<b>not a page</b> but text"), Format::Text);
        assert_eq!(sniff(b"Troops attacked."), Format::Text);
    }
}
