//! Criterion benchmarks of the hot paths of reading: HTML main-text extraction, JSONL and
//! WARC streaming, and the English check. `cargo bench -p petrel-ingest`.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use petrel_ingest::{html, lang, Inputs, ReadOptions};

const PARA: &str = "Government envoys met rebel leaders in the capital on Monday, officials said, and agreed to a \
    truce that would take effect at midnight, according to a statement read on state television.";

/// A news-like page: navigation, a sidebar of links, 30 paragraphs, share widgets, comments.
fn page() -> String {
    let mut p = String::from(
        "<!doctype html><html><head><meta charset=utf-8><title>Truce agreed | Daily</title>\
        <meta property=\"article:published_time\" content=\"2021-12-06\"></head><body><nav>",
    );
    for i in 0..40 {
        p.push_str(&format!("<a href=\"/s{i}\">Section {i}</a> "));
    }
    p.push_str("</nav><div class=sidebar><ul>");
    for i in 0..30 {
        p.push_str(&format!(
            "<li><a href=\"/r{i}\">Related story number {i}</a></li>"
        ));
    }
    p.push_str("</ul></div><article><h1>Truce agreed</h1>");
    for i in 0..30 {
        p.push_str(&format!("<p>{PARA} ({i})</p>"));
        if i % 10 == 5 {
            p.push_str("<div class=\"ad-slot\">Advertisement</div><figure><img src=x.jpg><figcaption>Photo: Agency</figcaption></figure>");
        }
    }
    p.push_str("<div class=share><a href=#>Share</a></div></article><div id=comments>");
    for _ in 0..10 {
        p.push_str(
            "<p>A reader comment that goes on for a while, with opinions, and more opinions.</p>",
        );
    }
    p.push_str("</div><script>var tracking = 1;</script></body></html>");
    p
}

fn warc(pages: usize) -> Vec<u8> {
    let body = page();
    let http = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let mut out = Vec::new();
    for i in 0..pages {
        out.extend(
            format!(
                "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x.example/{i}\r\nWARC-Date: 2021-12-06T00:00:00Z\r\n\
                 Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
                http.len()
            )
            .into_bytes(),
        );
    }
    out
}

fn benches(c: &mut Criterion) {
    let html_page = page();
    let mut g = c.benchmark_group("ingest");
    g.throughput(Throughput::Bytes(html_page.len() as u64));
    g.bench_function("html_extract", |b| {
        b.iter(|| html::extract(black_box(html_page.as_bytes()), None))
    });

    let jsonl: String = (0..1000)
        .map(|i| format!("{{\"id\":{i},\"date\":\"2021-12-06\",\"text\":\"{PARA}\"}}\n"))
        .collect();
    g.throughput(Throughput::Bytes(jsonl.len() as u64));
    g.bench_function("jsonl_1000_lines", |b| {
        b.iter(|| {
            Inputs::from_reader(
                "-",
                std::io::Cursor::new(jsonl.clone().into_bytes()),
                ReadOptions::default(),
            )
            .count()
        })
    });

    let archive = warc(20);
    g.throughput(Throughput::Bytes(archive.len() as u64));
    g.bench_function("warc_20_pages", |b| {
        b.iter(|| {
            Inputs::from_reader(
                "-",
                std::io::Cursor::new(archive.clone()),
                ReadOptions::default(),
            )
            .count()
        })
    });

    let text = PARA.repeat(20);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("english_check", |b| {
        b.iter(|| lang::is_english(black_box(&text)))
    });
    g.finish();
}

criterion_group!(ingest, benches);
criterion_main!(ingest);
