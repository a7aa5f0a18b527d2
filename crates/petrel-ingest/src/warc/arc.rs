//! ARC (Internet Archive) record header lines:
//! `URL IP-address Archive-date Content-type [… version-2 fields …] Archive-length`.

use crate::parse_date;
use petrel_core::Date;

/// One ARC record header.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ArcHeader {
    /// The URL (may contain spaces in broken files).
    pub url: String,
    /// Archive date.
    pub date: Option<Date>,
    /// Content type from the header line.
    pub content_type: String,
    /// Bytes of content that follow the header line.
    pub length: u64,
}

/// Parses a header line. `Err` says why it is not one (for a warning), `Ok(None)` when the
/// line does not look like a header at all (so a resync goes on scanning).
pub(crate) fn parse_header(line: &str) -> Result<Option<ArcHeader>, String> {
    let f: Vec<&str> = line.split_whitespace().collect();
    if f.len() < 5 || !f[0].contains(':') {
        return Ok(None);
    }
    let Some(d) = (2..f.len() - 1).find(|&i| {
        f[i].len() >= 8 && f[i].bytes().all(|b| b.is_ascii_digit()) && looks_like_ip(f[i - 1])
    }) else {
        return Ok(None);
    };
    let last = f[f.len() - 1];
    let length = last
        .parse::<u64>()
        .map_err(|_| format!("ARC record length {last:?} is not a byte count"))?;
    Ok(Some(ArcHeader {
        url: f[..d - 1].join(" "),
        date: parse_date(f[d]),
        content_type: f[d + 1].to_ascii_lowercase(),
        length,
    }))
}

fn looks_like_ip(s: &str) -> bool {
    s.contains(['.', ':'])
        && s.bytes()
            .all(|b| b.is_ascii_hexdigit() || b == b'.' || b == b':')
        || s == "-"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers() {
        let h = parse_header("http://example.com/ 93.184.216.119 20140216050323 text/html 1591")
            .unwrap()
            .unwrap();
        assert_eq!(
            (h.url.as_str(), h.length, h.content_type.as_str()),
            ("http://example.com/", 1591, "text/html")
        );
        assert_eq!(h.date.unwrap().to_string(), "2014-02-16");
        let spaced = parse_header("http://ex.com/a b&c 1.2.3.4 20140216050221 text/html 10")
            .unwrap()
            .unwrap();
        assert_eq!(spaced.url, "http://ex.com/a b&c");
        let v2 = parse_header(
            "http://ex.com/ 1.2.3.4 20080430204825 text/html 200 XYZ - 0 file.arc 777",
        )
        .unwrap()
        .unwrap();
        assert_eq!(v2.length, 777);
        assert!(
            parse_header("http://example.com/ 93.184.216.119 201404010000000000 text/html -1")
                .is_err()
        );
        assert!(
            parse_header("http://example.com/ 93.184.216.119 20140401000000 text/html abc")
                .is_err()
        );
        assert_eq!(parse_header("1 0 Bad Capture"), Ok(None));
        assert_eq!(
            parse_header("URL IP-address Archive-date Content-type Archive-length"),
            Ok(None)
        );
    }
}
