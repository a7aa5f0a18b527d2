//! Replays the saved fuzzing corpus of every reader (fuzz/corpus/read_*, grown by
//! scripts/fuzz.sh) with the checks of the fuzz targets: reading ends, never panics, and
//! every document has an id and text within the size limit.

use petrel_ingest::{Inputs, Item, ReadOptions};
use std::path::Path;

/// What each target puts before the fuzzer's bytes to steer the format sniffer.
const TARGETS: [(&str, &[u8]); 6] = [
    ("read_text", b""),
    ("read_jsonl", b"{"),
    ("read_html", b"<!DOCTYPE html>"),
    ("read_warc", b"WARC/1.0\r\n"),
    ("read_arc", b"filedesc://"),
    ("read_gzip", &[0x1f, 0x8b, 0x08]),
];

#[test]
fn every_saved_fuzz_input_reads_cleanly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus");
    let mut replayed = 0;
    for (target, prefix) in TARGETS {
        let Ok(dir) = std::fs::read_dir(root.join(target)) else {
            continue;
        };
        for entry in dir {
            let path = entry.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            if target == "read_html" {
                let e = petrel_ingest::html::extract(&data, None);
                assert!(e.text.len() <= data.len() * 4 + 64, "{}", path.display());
            }
            let mut bytes = prefix.to_vec();
            bytes.extend_from_slice(&data);
            let opts = ReadOptions {
                max_doc_bytes: 1 << 20,
                english_only: false,
                ..Default::default()
            };
            for item in Inputs::from_reader("fuzz", std::io::Cursor::new(bytes), opts) {
                if let Item::Doc(d) = item {
                    assert!(
                        !d.meta.id.is_empty(),
                        "{}: a document without an id",
                        path.display()
                    );
                    assert!(d.text.len() <= 4 << 20, "{}", path.display());
                }
            }
            replayed += 1;
        }
    }
    assert!(
        replayed >= 6,
        "the corpus is in the repository: {replayed} inputs found"
    );
}
