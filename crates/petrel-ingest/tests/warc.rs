//! WARC and ARC reading on synthetic archives built here (good, bad, truncated, gzipped per
//! record with a corrupt member), and on every file of `../shared/news/warc_test_files`
//! when it exists.

use flate2::write::GzEncoder;
use petrel_core::Doc;
use petrel_ingest::{Inputs, Item, ReadOptions, Reason, Stats, Warning};
use std::io::Write;
use std::path::{Path, PathBuf};

fn read(path: &Path) -> (Vec<Doc>, Vec<Warning>, Stats) {
    let mut inputs = Inputs::new(
        [path],
        ReadOptions {
            report_quiet: true,
            ..Default::default()
        },
    );
    let (mut docs, mut warns) = (Vec::new(), Vec::new());
    for item in &mut inputs {
        match item {
            Item::Doc(d) => docs.push(d),
            Item::Warning(w) => warns.push(w),
        }
    }
    (docs, warns, inputs.stats().clone())
}

const PAGE: &str = "<html><head><title>Talks</title></head><body><article>\
    <p>Government envoys met rebel leaders in the capital on Monday, officials said, and agreed to a truce.</p>\
    <p>The talks will resume next week, a spokesman added, after both sides consult their members.</p>\
    </article></body></html>";

fn record(kind: &str, uri: &str, ctype: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2021-12-06T10:00:00Z\r\n\
         WARC-Record-ID: <urn:uuid:{kind}-{uri}>\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    r.extend_from_slice(body);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn http(status: &str, headers: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!("HTTP/1.1 {status}\r\n{headers}\r\n").into_bytes();
    r.extend_from_slice(body);
    r
}

fn gz(b: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(b).unwrap();
    e.finish().unwrap()
}

fn chunked(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for c in b.chunks(50) {
        out.extend(format!("{:x}\r\n", c.len()).into_bytes());
        out.extend_from_slice(c);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

const HTTP: &str = "application/http; msgtype=response";

/// Records: info, request, good page, 404, image, chunked+gzip page, garbage, good page, truncated.
fn records() -> Vec<Vec<u8>> {
    vec![
        record("warcinfo", "", "application/warc-fields", b"software: test\r\n"),
        record("request", "http://a.example/", "application/http; msgtype=request", b"GET / HTTP/1.1\r\n\r\n"),
        record("response", "http://a.example/", HTTP, &http("200 OK", "Content-Type: text/html; charset=utf-8\r\n", PAGE.as_bytes())),
        record("response", "http://a.example/missing", HTTP, &http("404 Not Found", "Content-Type: text/html\r\n", b"<p>nope</p>")),
        record("response", "http://a.example/x.png", HTTP, &http("200 OK", "Content-Type: image/png\r\n", b"\x89PNG\r\n")),
        record(
            "response",
            "http://b.example/",
            HTTP,
            &http("200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", &chunked(&gz(PAGE.as_bytes()))),
        ),
        b"this is not a record\r\nnor is this\r\n".to_vec(),
        record("response", "<http://c.example/>", HTTP, &http("200 OK", "Content-Type: text/html\r\n", PAGE.as_bytes())),
    ]
}

fn truncated_tail() -> Vec<u8> {
    let mut r = record(
        "response",
        "http://d.example/",
        HTTP,
        &http("200 OK", "Content-Type: text/html\r\n", PAGE.as_bytes()),
    );
    r.truncate(r.len() - 60);
    r
}

fn check_records(docs: &[Doc], stats: &Stats) {
    let ids: Vec<&str> = docs.iter().map(|d| d.meta.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "http://a.example/",
            "http://b.example/",
            "http://c.example/"
        ]
    );
    assert!(docs
        .iter()
        .all(|d| d.text.starts_with("Government envoys met rebel leaders")));
    assert_eq!(
        docs[0].meta.date.unwrap().to_string(),
        "2021-12-06",
        "WARC-Date when the page has none"
    );
    assert_eq!(docs[0].meta.title.as_deref(), Some("Talks"));
    assert_eq!(stats.count(Reason::NotResponse), 2);
    assert_eq!(stats.count(Reason::HttpStatus), 1);
    assert_eq!(stats.count(Reason::NotHtml), 1);
}

#[test]
fn plain_warc_with_garbage_and_truncated_record() {
    let t = tempfile::tempdir().unwrap();
    let mut bytes: Vec<u8> = records().concat();
    let garbage_at = records()[..6].iter().map(Vec::len).sum::<usize>();
    let trunc_at = bytes.len();
    bytes.extend(truncated_tail());
    let p = t.path().join("crawl.warc");
    std::fs::write(&p, &bytes).unwrap();
    let (docs, warns, stats) = read(&p);
    check_records(&docs, &stats);
    let corrupt: Vec<&Warning> = warns
        .iter()
        .filter(|w| w.reason == Reason::Corrupt)
        .collect();
    assert_eq!(corrupt.len(), 1, "{warns:?}");
    assert_eq!(corrupt[0].offset, Some(garbage_at as u64));
    let trunc: Vec<&Warning> = warns
        .iter()
        .filter(|w| w.reason == Reason::Truncated)
        .collect();
    assert_eq!(trunc.len(), 1, "{warns:?}");
    assert_eq!(trunc[0].offset, Some(trunc_at as u64));
    assert!(trunc[0].to_string().contains("crawl.warc"));
}

#[test]
fn per_record_gzip_with_a_corrupt_member() {
    let t = tempfile::tempdir().unwrap();
    let mut bytes = Vec::new();
    let mut bad_at = 0;
    for (i, r) in records().iter().enumerate() {
        if i == 4 {
            bad_at = bytes.len();
            let mut g = gz(r);
            let n = g.len();
            g[n / 2..].iter_mut().for_each(|b| *b ^= 0x5a);
            bytes.extend(g);
        } else {
            bytes.extend(gz(r));
        }
    }
    let p = t.path().join("crawl.warc.gz");
    std::fs::write(&p, &bytes).unwrap();
    let (docs, warns, stats) = read(&p);
    let ids: Vec<&str> = docs.iter().map(|d| d.meta.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "http://a.example/",
            "http://b.example/",
            "http://c.example/"
        ],
        "{warns:?}"
    );
    assert_eq!(
        stats.count(Reason::NotHtml),
        0,
        "the image record was in the corrupt member"
    );
    let bad: Vec<&Warning> = warns
        .iter()
        .filter(|w| w.reason == Reason::Corrupt)
        .collect();
    assert!(!bad.is_empty(), "{warns:?}");
    assert_eq!(bad[0].offset, Some(bad_at as u64), "{bad:?}");
}

#[test]
fn arc_records_and_bad_lengths() {
    let t = tempfile::tempdir().unwrap();
    let page = http("200 OK", "Content-Type: text/html\r\n", PAGE.as_bytes());
    let desc = "1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n";
    let mut bytes = format!(
        "filedesc://t.arc 0.0.0.0 20211206000000 text/plain {}\n{desc}\n",
        desc.len()
    )
    .into_bytes();
    bytes.extend(
        format!(
            "http://a.example/ 1.2.3.4 20211206101010 text/html {}\n",
            page.len()
        )
        .into_bytes(),
    );
    bytes.extend(&page);
    bytes.extend(b"\nhttp://bad.example/ 1.2.3.4 20211206101010 text/html -1\n\n");
    bytes.extend(
        format!(
            "http://b.example/x y 1.2.3.4 20211207101010 text/html {}\n",
            page.len()
        )
        .into_bytes(),
    );
    bytes.extend(&page);
    bytes.push(b'\n');
    let p = t.path().join("old.arc.gz");
    std::fs::write(&p, gz(&bytes)).unwrap();
    let (docs, warns, stats) = read(&p);
    let ids: Vec<&str> = docs.iter().map(|d| d.meta.id.as_str()).collect();
    assert_eq!(ids, ["http://a.example/", "http://b.example/x y"]);
    assert_eq!(docs[1].meta.date.unwrap().to_string(), "2021-12-07");
    assert_eq!(stats.count(Reason::Corrupt), 1, "{warns:?}");
    assert_eq!(stats.count(Reason::NotResponse), 1);
}

#[test]
fn not_an_archive_and_empty_archive() {
    let t = tempfile::tempdir().unwrap();
    let junk = t.path().join("junk.warc");
    std::fs::write(&junk, b"\x00\x01binary\x02 stuff\n\xff\xfe").unwrap();
    let empty = t.path().join("empty.warc.gz");
    std::fs::write(&empty, b"").unwrap();
    let (docs, warns, _) = read(&junk);
    assert!(docs.is_empty());
    assert_eq!(
        warns.iter().map(|w| w.reason).collect::<Vec<_>>(),
        [Reason::Corrupt, Reason::Empty]
    );
    let (docs, warns, _) = read(&empty);
    assert!(docs.is_empty());
    assert_eq!(
        warns.iter().map(|w| w.reason).collect::<Vec<_>>(),
        [Reason::Empty]
    );
}

fn shared(rel: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/news/warc_test_files")
        .join(rel);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipped: {} is absent", p.display());
        None
    }
}

/// (file, documents, reasons that must appear)
const EXPECTED: [(&str, usize, &[Reason]); 21] = [
    ("warcio/bad.arc", 0, &[Reason::Corrupt, Reason::HttpStatus]),
    (
        "warcio/example-bad-non-chunked.warc.gz",
        1,
        &[Reason::NotResponse],
    ),
    ("warcio/example-bad.warc.gz.bad", 1, &[Reason::HttpStatus]),
    ("warcio/example-digest.warc", 0, &[Reason::NotResponse]),
    ("warcio/example-iana.org-chunked.warc", 1, &[]),
    ("warcio/example-resource.warc.gz", 1, &[]),
    (
        "warcio/example-space-in-target-uri.warc.gz",
        0,
        &[Reason::NotResponse],
    ),
    ("warcio/example-space-in-url.arc", 0, &[Reason::Truncated]),
    ("warcio/example-trunc.warc", 0, &[Reason::Corrupt]),
    ("warcio/example-wget-bad-target-uri.warc.gz", 1, &[]),
    ("warcio/example-wrong-chunks.warc.gz", 1, &[]),
    ("warcio/example.arc", 1, &[]),
    ("warcio/example.arc.gz", 1, &[]),
    ("warcio/example.warc", 1, &[]),
    ("warcio/example.warc.gz", 1, &[]),
    ("warcio/post-test.warc.gz", 0, &[Reason::NotHtml]),
    (
        "ukwa/small-arcs-and-warcs_IAH-20080430204825-00000-blackbook-truncated.arc.gz",
        2,
        &[Reason::NotHtml],
    ),
    (
        "ukwa/small-arcs-and-warcs_IAH-20080430204825-00000-blackbook-truncated.warc",
        2,
        &[Reason::NotHtml],
    ),
    (
        "ukwa/small-arcs-and-warcs_IAH-20080430204825-00000-blackbook-truncated.warc.gz",
        2,
        &[Reason::NotHtml],
    ),
    (
        "ukwa/small-arcs-and-warcs_IAH-urls-wget.warc.gz",
        2,
        &[Reason::HttpStatus],
    ),
    (
        "ukwa/wikipedia-sopa-blackout-2012_wikipedia-blackout_sopa-wikipedia-homepage.warc.gz",
        1,
        &[Reason::NotHtml],
    ),
];

#[test]
fn shared_test_files() {
    for (rel, n_docs, reasons) in EXPECTED {
        let Some(p) = shared(rel) else { return };
        let (docs, warns, stats) = read(&p);
        assert_eq!(docs.len(), n_docs, "{rel}: {warns:#?}");
        for r in reasons {
            assert!(
                stats.count(*r) > 0,
                "{rel}: expected a {r} warning in {warns:#?}"
            );
        }
        for w in warns.iter().filter(|w| !w.reason.is_quiet()) {
            assert!(w.path.ends_with(rel) && w.offset.is_some(), "{rel}: {w:?}");
        }
    }
    let Some(p) = shared("warcio/example.warc.gz") else {
        return;
    };
    let (docs, _, _) = read(&p);
    assert_eq!(docs[0].meta.id, "http://example.com/");
    assert!(docs[0]
        .text
        .starts_with("This domain is established to be used for illustrative examples"));
    let Some(p) = shared("warcio/example-trunc.warc") else {
        return;
    };
    let (_, warns, _) = read(&p);
    assert!(
        warns
            .iter()
            .any(|w| w.reason == Reason::Corrupt && w.offset == Some(1197)),
        "{warns:#?}"
    );
}

#[test]
fn shared_news_warc_streams_every_page() {
    let Some(p) = shared("synthetic/news_pages.warc.gz") else {
        return;
    };
    let (docs, _, stats) = read(&p);
    assert_eq!(
        docs.len() as u64 + stats.skipped(),
        311,
        "every response is read or counted: {stats}"
    );
    assert!(docs.len() >= 240, "{stats}");
    assert!(
        (40..80).contains(&stats.count(Reason::NonEnglish)),
        "lorem ipsum and foreign pages: {stats}"
    );
    assert!(docs
        .iter()
        .all(|d| d.meta.date.is_some() && d.meta.id.starts_with("http")));
}

#[test]
fn any_cut_or_flipped_byte_is_survived() {
    let plain: Vec<u8> = records().concat();
    let per_record: Vec<u8> = records().iter().flat_map(|r| gz(r)).collect();
    for (name, bytes) in [("x.warc", &plain), ("x.warc.gz", &per_record)] {
        let step = (bytes.len() / 97).max(1);
        for cut in (0..bytes.len()).step_by(step) {
            let mut cut_bytes = bytes[..cut].to_vec();
            let mut flipped = bytes.clone();
            flipped[cut] ^= 0xff;
            for variant in [&mut cut_bytes, &mut flipped] {
                let inputs = Inputs::from_reader(
                    name,
                    std::io::Cursor::new(std::mem::take(variant)),
                    ReadOptions::default(),
                );
                let n = inputs.count();
                assert!(n <= 3 * records().len(), "{name} at {cut}: {n} items");
            }
        }
    }
}

/// Found by fuzzing (read_warc): a response record with no WARC-Target-URI and no
/// WARC-Record-ID gave a document with an empty id, and two of them would have been one
/// document in the store.
#[test]
fn regression_records_without_uri_or_record_id_get_distinct_ids() {
    let body = http("200 OK", "Content-Type: text/html\r\n", PAGE.as_bytes());
    let mut one = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    one.extend_from_slice(&body);
    one.extend_from_slice(b"\r\n\r\n");
    let archive = [one.clone(), one].concat();
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("anon.warc");
    std::fs::write(&p, archive).unwrap();
    let (docs, _, _) = read(&p);
    assert_eq!(docs.len(), 2);
    assert!(docs.iter().all(|d| !d.meta.id.is_empty()));
    assert_ne!(docs[0].meta.id, docs[1].meta.id);
    assert!(
        docs[0].meta.id.starts_with(&p.display().to_string()),
        "{}",
        docs[0].meta.id
    );
}
