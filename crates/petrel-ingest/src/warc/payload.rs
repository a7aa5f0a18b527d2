//! The content of one record: the HTTP head checked (status 200, an HTML type), the body
//! read up to the size limit, chunked transfer and gzip/deflate content encoding undone.

use super::http;
use super::{MAX_HEAD, MAX_LINE};
use crate::text::read_limited;
use crate::Reason;
use std::io::{self, BufRead, Read};

/// What a record's payload turned out to be.
pub(super) enum Payload {
    /// An HTML page and the charset its HTTP head names.
    Html {
        bytes: Vec<u8>,
        charset: Option<String>,
    },
    /// Skipped, and why.
    Skip(Reason, String),
    /// The record ends early by this many bytes.
    Short { missing: u64 },
}

/// Reads a record's `len` bytes of content to the end and says what they hold.
pub(super) fn read_payload(
    r: &mut impl BufRead,
    len: u64,
    http: bool,
    limit: usize,
) -> io::Result<Payload> {
    let mut body = r.take(len);
    let verdict = payload_verdict(&mut body, http, limit)?;
    io::copy(&mut body, &mut io::sink())?;
    if body.limit() > 0 {
        return Ok(Payload::Short {
            missing: body.limit(),
        });
    }
    Ok(verdict)
}

fn payload_verdict(body: &mut impl BufRead, http: bool, limit: usize) -> io::Result<Payload> {
    let mut head = http::HttpHead::default();
    if http {
        let raw = read_head(body)?;
        head = http::parse_head(&raw);
        if head.status != 200 {
            let msg = if head.status == 0 {
                "no HTTP status line".to_string()
            } else {
                format!("HTTP status {}", head.status)
            };
            return Ok(Payload::Skip(Reason::HttpStatus, msg));
        }
        if !http::is_html(&head, body.fill_buf()?) {
            let ct = head.content_type.as_deref().unwrap_or("unknown");
            return Ok(Payload::Skip(Reason::NotHtml, format!("content type {ct}")));
        }
    }
    let bytes = read_limited(&mut *body, limit)?;
    if bytes.len() > limit {
        return Ok(Payload::Skip(
            Reason::TooLarge,
            format!("payload larger than {limit} bytes"),
        ));
    }
    let bytes = if head.chunked {
        http::dechunk(&bytes).unwrap_or(bytes)
    } else {
        bytes
    };
    match http::decode_content(bytes, head.encoding.as_deref(), limit) {
        Ok(bytes) => Ok(Payload::Html {
            bytes,
            charset: head.charset().map(str::to_string),
        }),
        Err(msg) => Ok(Payload::Skip(Reason::Corrupt, msg)),
    }
}

/// Bytes up to the blank line that ends an HTTP head (without it).
fn read_head(r: &mut impl BufRead) -> io::Result<Vec<u8>> {
    let mut head = Vec::new();
    loop {
        let start = head.len();
        let n = r.take(MAX_LINE).read_until(b'\n', &mut head)?;
        let line = &head[start..];
        if n == 0 || line.iter().all(u8::is_ascii_whitespace) || head.len() > MAX_HEAD {
            head.truncate(start);
            return Ok(head);
        }
    }
}
