//! The HTTP response inside a WARC `response` record or an ARC record: status line,
//! headers, chunked transfer encoding and gzip/deflate content encoding.

use flate2::read::{DeflateDecoder, GzDecoder, ZlibDecoder};
use std::io::Read;

/// What the HTTP head says about the payload.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct HttpHead {
    /// Status code (0 when the status line is unreadable).
    pub status: u16,
    /// `Content-Type`, lower-cased.
    pub content_type: Option<String>,
    /// True for `Transfer-Encoding: chunked`.
    pub chunked: bool,
    /// `Content-Encoding`, lower-cased.
    pub encoding: Option<String>,
}

impl HttpHead {
    /// The `charset=` parameter of the content type.
    pub(crate) fn charset(&self) -> Option<&str> {
        let ct = self.content_type.as_deref()?;
        let i = ct.find("charset=")?;
        Some(
            ct[i + 8..]
                .split([';', ' '])
                .next()
                .unwrap_or("")
                .trim_matches(['"', '\'']),
        )
    }
}

/// Parses a head (status line and header lines, without the blank line).
pub(crate) fn parse_head(head: &[u8]) -> HttpHead {
    let text = String::from_utf8_lossy(head);
    let mut lines = text.lines();
    let status = lines
        .next()
        .filter(|l| l.starts_with("HTTP/"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut h = HttpHead {
        status,
        ..Default::default()
    };
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().to_ascii_lowercase();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => h.content_type = Some(value),
            "transfer-encoding" => h.chunked = value.contains("chunked"),
            "content-encoding" if value != "identity" && !value.is_empty() => {
                h.encoding = Some(value)
            }
            _ => {}
        }
    }
    h
}

/// True when the content type names HTML, or, without one, the body starts like HTML.
pub(crate) fn is_html(head: &HttpHead, body_start: &[u8]) -> bool {
    match head.content_type.as_deref() {
        Some(ct) => ct.contains("html"),
        None => crate::sniff::sniff(body_start) == crate::Format::Html,
    }
}

/// Undoes chunked transfer encoding; `None` when the body is not validly chunked.
pub(crate) fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let nl = memchr::memchr(b'\n', rest)?;
        let size_line = std::str::from_utf8(&rest[..nl]).ok()?.trim();
        let size = usize::from_str_radix(size_line.split(';').next()?.trim(), 16).ok()?;
        rest = &rest[nl + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(rest.get(..size)?);
        rest = &rest[size..];
        rest = rest
            .strip_prefix(b"\r\n")
            .or_else(|| rest.strip_prefix(b"\n"))
            .unwrap_or(rest);
        if rest.is_empty() {
            return Some(out);
        }
    }
}

/// Undoes a gzip or deflate content encoding, reading at most `limit` bytes.
pub(crate) fn decode_content(
    body: Vec<u8>,
    encoding: Option<&str>,
    limit: usize,
) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let cap = limit as u64 + 1;
    let res = match encoding {
        None => return Ok(body),
        Some(e) if e.contains("gzip") => GzDecoder::new(&body[..]).take(cap).read_to_end(&mut out),
        Some(e) if e.contains("deflate") => {
            let r = ZlibDecoder::new(&body[..]).take(cap).read_to_end(&mut out);
            if r.is_err() {
                out.clear();
                DeflateDecoder::new(&body[..])
                    .take(cap)
                    .read_to_end(&mut out)
            } else {
                r
            }
        }
        Some(e) => return Err(format!("unsupported content encoding {e:?}")),
    };
    match res {
        Ok(_) if out.len() > limit => Err(format!("decoded payload larger than {limit} bytes")),
        Ok(_) => Ok(out),
        Err(e) => Err(format!("cannot undo content encoding: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_chunks_and_encoding() {
        let h = parse_head(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip");
        assert_eq!(
            (h.status, h.chunked, h.encoding.as_deref(), h.charset()),
            (200, true, Some("gzip"), Some("iso-8859-1"))
        );
        assert!(is_html(&h, b""));
        assert!(is_html(&parse_head(b"HTTP/1.0 200 OK"), b"<!doctype html>"));
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n5;x=y\r\npedia\r\n0\r\n\r\n").as_deref(),
            Some(&b"Wikipedia"[..])
        );
        assert_eq!(dechunk(b"<html>not chunked</html>"), None);
        assert_eq!(dechunk(b"ff\r\nshort"), None);
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut e, b"<p>hi</p>").unwrap();
        let z = e.finish().unwrap();
        assert_eq!(
            decode_content(z.clone(), Some("gzip"), 100).unwrap(),
            b"<p>hi</p>"
        );
        assert!(decode_content(z, Some("gzip"), 3).is_err());
        assert!(decode_content(b"nope".to_vec(), Some("gzip"), 100).is_err());
        assert!(decode_content(b"x".to_vec(), Some("br"), 100).is_err());
    }
}
