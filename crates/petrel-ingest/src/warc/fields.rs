//! `Name: value` header fields of a WARC record.

use super::{MAX_HEAD, MAX_LINE};
use std::io::{self, BufRead, Read};

/// `Name: value` header fields up to a blank line; `None` when the input ends first.
pub(super) fn read_fields(r: &mut impl BufRead) -> io::Result<Option<Vec<(String, String)>>> {
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut total = 0usize;
    loop {
        let mut line = Vec::new();
        let n = r.take(MAX_LINE).read_until(b'\n', &mut line)?;
        if n == 0 {
            return Ok(None);
        }
        total += n;
        let text = String::from_utf8_lossy(&line);
        if text.trim().is_empty() {
            return Ok(Some(fields));
        }
        if total > MAX_HEAD {
            return Ok(None);
        }
        if text.starts_with([' ', '\t']) {
            if let Some(last) = fields.last_mut() {
                last.1.push(' ');
                last.1.push_str(text.trim());
            }
        } else if let Some((k, v)) = text.split_once(':') {
            fields.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
}
