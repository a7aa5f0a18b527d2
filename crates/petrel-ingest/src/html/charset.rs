//! Decoding HTML bytes: byte-order mark, then the HTTP header's charset, then a
//! `<meta charset>` / `http-equiv` declaration, then UTF-8, then windows-1252.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// Decoded page text, and a message when bytes had to be replaced or the encoding guessed.
pub(crate) fn decode(bytes: &[u8], header_charset: Option<&str>) -> (String, Option<String>) {
    let (enc, declared) = match Encoding::for_bom(bytes) {
        Some((e, _)) => (e, true),
        None => match header_charset
            .and_then(|l| Encoding::for_label(l.trim().as_bytes()))
            .or_else(|| meta_charset(bytes))
        {
            Some(e) => (e, true),
            None => (guess(bytes), false),
        },
    };
    let (text, used, errors) = enc.decode(bytes);
    let note = if errors {
        Some(format!(
            "bytes invalid in {} were replaced with U+FFFD",
            used.name()
        ))
    } else if !declared && used == WINDOWS_1252 {
        Some("no charset declared and not UTF-8; read as windows-1252".to_string())
    } else {
        None
    };
    (text.into_owned(), note)
}

/// UTF-8 when the bytes hold UTF-8 multi-byte sequences (even with a few bad bytes),
/// or are plain ASCII; windows-1252 otherwise.
fn guess(bytes: &[u8]) -> &'static Encoding {
    match std::str::from_utf8(bytes) {
        Ok(_) => UTF_8,
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let later_utf8 = bytes[e.valid_up_to()..]
                .windows(2)
                .any(|w| (0xC2..=0xF4).contains(&w[0]) && (0x80..=0xBF).contains(&w[1]));
            if valid.iter().any(|&b| b >= 0x80) || later_utf8 {
                UTF_8
            } else {
                WINDOWS_1252
            }
        }
    }
}

/// The encoding named by `charset=` in the first 4 KiB (a `<meta>` prescan, simplified).
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head: Vec<u8> = bytes
        .iter()
        .take(4096)
        .map(u8::to_ascii_lowercase)
        .collect();
    let mut from = 0;
    while let Some(i) = memchr::memmem::find(&head[from..], b"charset") {
        let mut j = from + i + 7;
        from = j;
        while head.get(j).is_some_and(|b| b.is_ascii_whitespace()) {
            j += 1;
        }
        if head.get(j) != Some(&b'=') {
            continue;
        }
        j += 1;
        while head
            .get(j)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b'\'')
        {
            j += 1;
        }
        let end = head[j..]
            .iter()
            .position(|b| matches!(b, b'"' | b'\'' | b';' | b'>' | b'/') || b.is_ascii_whitespace())
            .map_or(head.len(), |k| j + k);
        if let Some(e) = Encoding::for_label(&head[j..end]) {
            return Some(
                if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE {
                    UTF_8
                } else {
                    e
                },
            );
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarations_and_guesses() {
        let latin = b"<html><head><meta charset=\"ISO-8859-1\"></head><body>caf\xe9</body></html>";
        assert!(decode(latin, None).0.contains("caf\u{e9}"));
        let equiv = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>\xcf\xf0\xe8";
        assert!(decode(equiv, None).0.contains("\u{41f}\u{440}\u{438}"));
        let header = b"<p>caf\xe9</p>";
        assert_eq!(
            decode(header, Some("latin1")),
            ("<p>caf\u{e9}</p>".to_string(), None)
        );
        let (t, note) = decode(b"<p>caf\xe9</p>", None);
        assert_eq!(t, "<p>caf\u{e9}</p>");
        assert!(note.unwrap().contains("windows-1252"));
        let (t, note) = decode("<p>café \u{2014}</p>".as_bytes(), None);
        assert_eq!(t, "<p>café \u{2014}</p>");
        assert!(note.is_none(), "valid UTF-8 stays UTF-8");
        let (t, note) = decode(b"<p>caf\xc3\xa9 \xff</p>", None);
        assert_eq!(t, "<p>caf\u{e9} \u{fffd}</p>");
        assert!(note.unwrap().contains("UTF-8"));
    }
}
