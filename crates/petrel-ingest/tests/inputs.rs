//! Reading text, JSONL, directories and gzip through `Inputs`, with every kind of bad input.

use flate2::write::GzEncoder;
use petrel_core::Date;
use petrel_ingest::{Inputs, Item, ReadOptions, Reason, Warning};
use std::io::Write;
use std::path::Path;

fn read(
    paths: &[&Path],
    opts: ReadOptions,
) -> (Vec<petrel_core::Doc>, Vec<Warning>, petrel_ingest::Stats) {
    let mut inputs = Inputs::new(paths.iter().map(|p| p.to_path_buf()), opts);
    let (mut docs, mut warns) = (Vec::new(), Vec::new());
    for item in &mut inputs {
        match item {
            Item::Doc(d) => docs.push(d),
            Item::Warning(w) => warns.push(w),
        }
    }
    (docs, warns, inputs.stats().clone())
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, bytes).unwrap();
    p
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

#[test]
fn text_file_gets_id_and_date() {
    let t = tempfile::tempdir().unwrap();
    let p = write(t.path(), "a.txt", b"Troops attacked the town.\n");
    let opts = ReadOptions {
        date: Date::new(2021, 12, 6),
        ..Default::default()
    };
    let (docs, warns, stats) = read(&[&p], opts);
    assert!(warns.is_empty());
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].meta.id, p.display().to_string());
    assert_eq!(
        docs[0].meta.date.map(|d| d.to_string()).as_deref(),
        Some("2021-12-06")
    );
    assert_eq!(docs[0].text, "Troops attacked the town.\n");
    assert_eq!(stats.docs, 1);
}

#[test]
fn empty_binary_missing_are_warned_and_run_goes_on() {
    let t = tempfile::tempdir().unwrap();
    let empty = write(t.path(), "empty.txt", b"  \n");
    let bin = write(t.path(), "photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let missing = t.path().join("nope.txt");
    let good = write(t.path(), "good.txt", b"Rebels met envoys.");
    let (docs, warns, stats) = read(&[&empty, &bin, &missing, &good], ReadOptions::default());
    assert_eq!(
        docs.len(),
        1,
        "the good file after three bad ones is still read"
    );
    let reasons: Vec<Reason> = warns.iter().map(|w| w.reason).collect();
    assert_eq!(reasons, [Reason::Empty, Reason::Binary, Reason::Unreadable]);
    assert!(warns[0].to_string().contains("empty.txt"));
    assert!(warns[1].to_string().contains("photo.txt"));
    assert!(warns[2].to_string().contains("nope.txt"));
    assert_eq!(stats.skipped(), 3);
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_warning() {
    let t = tempfile::tempdir().unwrap();
    let p = write(t.path(), "latin1.txt", b"Caf\xe9 owners protested.");
    let (docs, warns, stats) = read(&[&p], ReadOptions::default());
    assert_eq!(docs[0].text, "Caf\u{fffd} owners protested.");
    assert_eq!(warns.len(), 1);
    assert_eq!(warns[0].reason, Reason::InvalidUtf8);
    assert!(warns[0].message.contains("byte 3"));
    assert_eq!((stats.docs, stats.skipped()), (1, 0));
}

#[test]
fn malformed_jsonl_lines_are_skipped_with_line_numbers() {
    let t = tempfile::tempdir().unwrap();
    let body = concat!(
        "{\"id\": \"a1\", \"text\": \"Police arrested protesters.\", \"date\": \"2021-12-06\", \"title\": \"T\"}\n",
        "{\"id\": 2, \"text\": \"oops\"\n",
        "\n",
        "{\"id\": 3, \"title\": \"no text\"}\n",
        "[1, 2]\n",
        "{\"id\": 4, \"text\": \"Leaders met.\", \"date\": \"2021-12-07T10:00:00Z\", \"url\": \"http://x\"}\n",
        "{\"text\": \"No id.\", \"date\": \"soon\"}",
    );
    let p = write(t.path(), "docs.jsonl", body.as_bytes());
    let opts = ReadOptions {
        date: Date::new(2020, 1, 1),
        ..Default::default()
    };
    let (docs, warns, stats) = read(&[&p], opts);
    let ids: Vec<&str> = docs.iter().map(|d| d.meta.id.as_str()).collect();
    assert_eq!(ids, ["a1", "4", &format!("{}:7", p.display())]);
    assert_eq!(docs[0].meta.title.as_deref(), Some("T"));
    assert_eq!(docs[1].meta.date.unwrap().to_string(), "2021-12-07");
    assert_eq!(docs[1].meta.url.as_deref(), Some("http://x"));
    assert_eq!(
        docs[2].meta.date.unwrap().to_string(),
        "2020-01-01",
        "bad date falls back to --date"
    );
    let at: Vec<(Reason, Option<usize>)> = warns.iter().map(|w| (w.reason, w.line)).collect();
    assert_eq!(
        at,
        [
            (Reason::MalformedJson, Some(2)),
            (Reason::NoText, Some(4)),
            (Reason::MalformedJson, Some(5)),
            (Reason::BadDate, Some(7))
        ]
    );
    assert!(warns[0]
        .to_string()
        .starts_with(&format!("{}:2: malformed JSON", p.display())));
    assert_eq!(stats.count(Reason::MalformedJson), 2);
}

#[test]
fn directories_recurse_in_sorted_order_skipping_hidden() {
    let t = tempfile::tempdir().unwrap();
    write(t.path(), "b.txt", b"second");
    write(t.path(), "a/z.txt", b"first");
    write(
        t.path(),
        "c/d/e.jsonl",
        b"{\"id\":\"x\",\"text\":\"third\"}\n",
    );
    write(t.path(), ".hidden.txt", b"never");
    write(t.path(), ".git/config", b"never");
    write(t.path(), "f.txt.gz", &gz(b"fourth"));
    let (docs, warns, _) = read(&[t.path()], ReadOptions::default());
    assert!(warns.is_empty(), "{warns:?}");
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(texts, ["first", "second", "third", "fourth"]);
}

#[test]
fn gzip_multi_member_and_sniffed_without_extension() {
    let t = tempfile::tempdir().unwrap();
    let mut two = gz(b"{\"id\":1,\"text\":\"one\"}\n");
    two.extend(gz(b"{\"id\":2,\"text\":\"two\"}\n"));
    let p = write(t.path(), "docs.jsonl.gz", &two);
    let q = write(t.path(), "docs.data", &two);
    let (docs, warns, _) = read(&[&p, &q], ReadOptions::default());
    assert!(warns.is_empty(), "{warns:?}");
    let ids: Vec<&str> = docs.iter().map(|d| d.meta.id.as_str()).collect();
    assert_eq!(ids, ["1", "2", "1", "2"]);
}

#[test]
fn corrupt_gzip_is_a_warning() {
    let t = tempfile::tempdir().unwrap();
    let mut bytes =
        gz(b"Some text that is long enough to compress into several bytes of deflate data.");
    let n = bytes.len();
    bytes.truncate(n - 12);
    let p = write(t.path(), "cut.txt.gz", &bytes);
    let (docs, warns, _) = read(&[&p], ReadOptions::default());
    assert!(docs.is_empty());
    assert_eq!(warns.len(), 1);
    assert!(
        matches!(warns[0].reason, Reason::Truncated | Reason::Corrupt),
        "{:?}",
        warns[0]
    );
}

#[test]
fn too_large_document_is_skipped() {
    let t = tempfile::tempdir().unwrap();
    let p = write(t.path(), "big.txt", &[b'a'; 100]);
    let q = write(
        t.path(),
        "big.jsonl",
        format!(
            "{{\"text\":\"{}\"}}\n{{\"text\":\"ok\"}}\n",
            "a".repeat(100)
        )
        .as_bytes(),
    );
    let (docs, warns, _) = read(
        &[&p, &q],
        ReadOptions {
            max_doc_bytes: 50,
            ..Default::default()
        },
    );
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].text, "ok");
    assert_eq!(
        warns.iter().map(|w| (w.reason, w.line)).collect::<Vec<_>>(),
        [(Reason::TooLarge, None), (Reason::TooLarge, Some(1))]
    );
}

#[test]
fn non_english_documents_are_counted_not_yielded() {
    let t = tempfile::tempdir().unwrap();
    let de = "Die Regierung hat am Montag mit den Rebellen in der Hauptstadt verhandelt und eine Waffenruhe \
              vereinbart, die um Mitternacht in Kraft treten soll. Die Gespräche sollen nächste Woche \
              fortgesetzt werden, nachdem beide Seiten ihre Mitglieder konsultiert haben, sagte ein Sprecher.";
    let body = format!(
        "{{\"id\":\"de\",\"text\":\"{de}\"}}\n{{\"id\":\"en\",\"text\":\"Rebels seize Goma\"}}\n{{\"id\":\"ru\",\"text\":\"Путин встретился с Макроном\"}}\n"
    );
    let p = write(t.path(), "mixed.jsonl", body.as_bytes());
    let (docs, warns, stats) = read(&[&p], ReadOptions::default());
    assert_eq!(
        docs.iter().map(|d| d.meta.id.as_str()).collect::<Vec<_>>(),
        ["en"]
    );
    assert!(warns.is_empty(), "non-English skips are quiet by default");
    assert_eq!(stats.count(Reason::NonEnglish), 2);
    let (docs, warns, _) = read(
        &[&p],
        ReadOptions {
            report_quiet: true,
            ..Default::default()
        },
    );
    assert_eq!(docs.len(), 1);
    assert_eq!(
        warns.iter().map(|w| w.path.as_str()).collect::<Vec<_>>(),
        ["de", "ru"]
    );
    let (docs, _, _) = read(
        &[&p],
        ReadOptions {
            english_only: false,
            ..Default::default()
        },
    );
    assert_eq!(docs.len(), 3);
}

#[test]
fn streams_are_sniffed_like_stdin() {
    let sniffed = |bytes: Vec<u8>| {
        let mut inputs =
            Inputs::from_reader("-", std::io::Cursor::new(bytes), ReadOptions::default());
        let items: Vec<Item> = (&mut inputs).collect();
        items
            .into_iter()
            .map(|i| match i {
                Item::Doc(d) => format!("doc {} {}", d.meta.id, d.text.len()),
                Item::Warning(w) => format!("warn {}", w.reason),
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        sniffed(
            b"{\"id\":7,\"text\":\"Troops left.\"}\n{\"id\":8,\"text\":\"Talks began.\"}\n"
                .to_vec()
        ),
        ["doc 7 12", "doc 8 12"]
    );
    assert_eq!(sniffed(b"Troops left the city.".to_vec()), ["doc - 21"]);
    assert_eq!(
        sniffed(gz(b"{\"id\":\"z\",\"text\":\"Talks began.\"}")),
        ["doc z 12"]
    );
    let page = b"<!doctype html><html><body><p>Talks between the two governments began in Geneva on Monday.</p></body></html>";
    assert_eq!(sniffed(page.to_vec()), ["doc - 60"]);
    assert_eq!(sniffed(Vec::new()), ["warn empty"]);
    assert_eq!(sniffed(b"\0\0\0\x01binary".to_vec()), ["warn binary"]);
}
