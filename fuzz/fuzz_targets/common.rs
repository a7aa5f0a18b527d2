//! What every reader target checks: reading a byte stream ends, never panics, and every
//! document it yields is valid UTF-8 text within the size limit.

use petrel_ingest::{Inputs, Item, ReadOptions};

/// Reads `bytes` as one stream (format sniffed from its first bytes, as for stdin).
pub fn read_all(bytes: Vec<u8>) {
    let opts = ReadOptions {
        max_doc_bytes: 1 << 20,
        english_only: false,
        ..Default::default()
    };
    let limit = opts.max_doc_bytes;
    for item in Inputs::from_reader("fuzz", std::io::Cursor::new(bytes), opts) {
        if let Item::Doc(d) = item {
            assert!(d.text.len() <= limit * 4, "document of {} bytes", d.text.len());
            assert!(!d.meta.id.is_empty());
        }
    }
}

/// `prefix` then `data`: steers the format sniffer to one reader.
#[allow(dead_code)]
pub fn with_prefix(prefix: &[u8], data: &[u8]) -> Vec<u8> {
    let mut v = prefix.to_vec();
    v.extend_from_slice(data);
    v
}
