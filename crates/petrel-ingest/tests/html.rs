//! HTML files through `Inputs` and `extract_path`, and (ignored) the extraction benchmark.

use petrel_ingest::eval::{page_counts, prf};
use petrel_ingest::html::{extract, extract_path};
use petrel_ingest::{Inputs, Item, ReadOptions, Reason};
use std::io::{Read, Write};
use std::path::Path;

const PAGE: &[u8] = b"<!DOCTYPE html><html><head><meta charset=\"windows-1252\">\
    <title>Talks resume | Daily</title><meta property=\"og:title\" content=\"Talks resume\">\
    <meta property=\"article:published_time\" content=\"2021-12-06T08:00:00+01:00\">\
    <link rel=\"canonical\" href=\"https://daily.example/talks\"></head><body>\
    <nav><a href=\"/\">Home</a><a href=\"/world\">World</a></nav>\
    <article><h1>Talks resume</h1><p>Government envoys met rebel leaders in the caf\xe9 on Monday, officials said, and agreed to a truce.</p>\
    <figure><img src=\"a.jpg\"><figcaption>Envoys arrive. Photo: Agency</figcaption></figure>\
    <p>The talks will resume next week, a spokesman added, after both sides consult their members.</p>\
    <div class=\"share-tools\"><a href=\"#\">Share on Twitter</a></div></article>\
    <div id=\"comments\"><p>First! This is a comment that should never be part of the article text.</p></div>\
    <script>var x = 'not text';</script></body></html>";

#[test]
fn html_file_gives_text_and_metadata() {
    let t = tempfile::tempdir().unwrap();
    let p = t.path().join("page.html");
    std::fs::write(&p, PAGE).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(PAGE).unwrap();
    let q = t.path().join("page.html.gz");
    std::fs::write(&q, gz.finish().unwrap()).unwrap();
    let empty = t.path().join("nothing.htm");
    std::fs::write(
        &empty,
        b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
    )
    .unwrap();
    let mut docs = Vec::new();
    let mut warns = Vec::new();
    for item in Inputs::new([&p, &q, &empty], ReadOptions::default()) {
        match item {
            Item::Doc(d) => docs.push(d),
            Item::Warning(w) => warns.push(w),
        }
    }
    assert_eq!(docs.len(), 2);
    let d = &docs[0];
    assert_eq!(
        d.text,
        "Government envoys met rebel leaders in the caf\u{e9} on Monday, officials said, and agreed to a truce.\n\n\
         The talks will resume next week, a spokesman added, after both sides consult their members."
    );
    assert_eq!(d.meta.id, p.display().to_string());
    assert_eq!(d.meta.title.as_deref(), Some("Talks resume"));
    assert_eq!(d.meta.date.unwrap().to_string(), "2021-12-06");
    assert_eq!(d.meta.url.as_deref(), Some("https://daily.example/talks"));
    assert_eq!(docs[1].text, d.text);
    assert_eq!(
        warns.iter().map(|w| w.reason).collect::<Vec<_>>(),
        [Reason::NoMainText]
    );
    assert!(warns[0].path.ends_with("nothing.htm"));
    let ex = extract_path(&q, 1 << 20).unwrap();
    assert_eq!(ex.text, d.text);
    assert!(extract_path(&t.path().join("missing.html"), 1 << 20)
        .unwrap_err()
        .to_string()
        .contains("missing.html"));
}

#[test]
fn broken_markup_does_not_lose_text() {
    let page = b"<html><body><div class=story><p>Police arrested forty protesters outside parliament, the ministry said\
        <p>Unclosed paragraphs, stray </span> tags and <b>bold <i>nesting</b></i> still give text, officials added.\
        <table><tr><td>cell</table></div>";
    let text = extract(page, None).text;
    assert!(text.contains("Police arrested forty protesters"), "{text}");
    assert!(text.contains("bold nesting still give text"), "{text}");
}

#[test]
fn any_cut_of_a_page_is_survived() {
    for cut in 0..PAGE.len() {
        let ex = extract(&PAGE[..cut], None);
        assert!(ex.text.len() <= PAGE.len() * 2);
        let mut flipped = PAGE.to_vec();
        flipped[cut] ^= 0x80;
        let _ = extract(&flipped, Some("no-such-charset"));
    }
}

/// Token F1 on the 181 pages of the article-extraction benchmark (4-gram shingles, as the
/// benchmark scores). Run: `cargo test -p petrel-ingest --release --test html -- --ignored --nocapture`.
#[test]
#[ignore]
fn extraction_benchmark_f1() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/news/article_extraction_benchmark");
    let Ok(truth) = std::fs::read_to_string(dir.join("ground-truth.json")) else {
        eprintln!("skipped: no benchmark at {}", dir.display());
        return;
    };
    let truth: serde_json::Value = serde_json::from_str(&truth).unwrap();
    let mut pages = Vec::new();
    for (id, v) in truth.as_object().unwrap() {
        let mut html = Vec::new();
        let f = std::fs::File::open(dir.join("html").join(format!("{id}.html.gz"))).unwrap();
        flate2::read::MultiGzDecoder::new(f)
            .read_to_end(&mut html)
            .unwrap();
        pages.push(page_counts(
            v["articleBody"].as_str().unwrap_or(""),
            &extract(&html, None).text,
            4,
        ));
    }
    let r = prf(&pages);
    eprintln!(
        "pages {}: P {:.3} R {:.3} F1 {:.3}",
        pages.len(),
        r.precision,
        r.recall,
        r.f1
    );
    assert!(r.f1 >= 0.90, "{r:?}");
}

#[test]
fn pathologically_deep_markup_is_refused_quickly() {
    let t = tempfile::tempdir().unwrap();
    let p = t.path().join("deep.html");
    let mut page = b"<html><body>".to_vec();
    page.extend(b"<div>".repeat(200_000));
    page.extend(b"<p>Deep text, deep text, deep text.</p>");
    std::fs::write(&p, page).unwrap();
    let start = std::time::Instant::now();
    let items: Vec<Item> = Inputs::new([&p], ReadOptions::default()).collect();
    assert!(
        matches!(&items[..], [Item::Warning(w)] if w.reason == Reason::TooLarge && w.message.contains("nested")),
        "{items:?}"
    );
    assert!(start.elapsed().as_secs() < 5);
}
