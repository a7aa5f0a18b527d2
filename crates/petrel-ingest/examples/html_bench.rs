//! Scores HTML main-text extraction on the article-extraction benchmark
//! (`../shared/news/article_extraction_benchmark`: gzipped pages and `ground-truth.json`).
//!
//! ```text
//! cargo run --release -p petrel-ingest --example html_bench [-- [DIR] [--reference NAME] [--worst N]]
//! ```
//!
//! Prints precision, recall and F1 for 4-gram shingles (the benchmark's measure) and for a
//! bag of tokens, plus the pages with the lowest F1. `--reference NAME` scores the stored
//! output of another extractor (`reference_outputs/NAME.json`, or a file of the same
//! `{"output": {id: {"articleBody": …}}}` shape) instead of ours; `--show ID`
//! prints what we extract from one page.

use petrel_ingest::eval::{page_counts, prf};
use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn main() {
    let mut dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/news/article_extraction_benchmark");
    let (mut reference, mut worst, mut show) = (None, 5usize, None);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--reference" => reference = args.next(),
            "--show" => show = args.next(),
            "--worst" => worst = args.next().and_then(|n| n.parse().ok()).unwrap_or(5),
            _ => dir = PathBuf::from(a),
        }
    }
    let truth: Value = match std::fs::read_to_string(dir.join("ground-truth.json"))
        .ok()
        .and_then(|s| serde_json::from_str(&s).ok())
    {
        Some(v) => v,
        None => {
            eprintln!("skipped: no benchmark at {}", dir.display());
            return;
        }
    };
    let refs: Option<Value> = reference.as_ref().and_then(|r| {
        let p = if Path::new(r).is_file() {
            PathBuf::from(r)
        } else {
            dir.join("reference_outputs").join(format!("{r}.json"))
        };
        let v: Value = std::fs::read_to_string(p)
            .ok()
            .and_then(|s| serde_json::from_str(&s).ok())?;
        Some(v.get("output").cloned().unwrap_or(v))
    });
    if let Some(id) = show {
        let ex = petrel_ingest::html::extract(
            &read_gz(&dir.join("html").join(format!("{id}.html.gz"))),
            None,
        );
        println!("{:?}\n{}", ex.meta, ex.text);
        return;
    }
    let Some(pages) = truth.as_object() else {
        return;
    };
    let (mut shingles, mut bags, mut per_page) = (Vec::new(), Vec::new(), Vec::new());
    let (mut bytes, mut secs) = (0usize, 0f64);
    for (id, v) in pages {
        let truth = v.get("articleBody").and_then(Value::as_str).unwrap_or("");
        let pred = match &refs {
            Some(r) => r
                .get(id)
                .and_then(|p| p.get("articleBody"))
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            None => {
                let html = read_gz(&dir.join("html").join(format!("{id}.html.gz")));
                bytes += html.len();
                let t = Instant::now();
                let text = petrel_ingest::html::extract(&html, None).text;
                secs += t.elapsed().as_secs_f64();
                text
            }
        };
        let s = page_counts(truth, &pred, 4);
        shingles.push(s);
        bags.push(page_counts(truth, &pred, 1));
        per_page.push((prf(&[s]).f1, id.clone()));
    }
    let (s, b) = (prf(&shingles), prf(&bags));
    println!(
        "extractor: {}",
        reference.as_deref().unwrap_or("petrel-ingest")
    );
    println!("pages: {}", pages.len());
    println!(
        "4-gram shingles: P {:.3}  R {:.3}  F1 {:.3}",
        s.precision, s.recall, s.f1
    );
    println!(
        "bag of tokens:   P {:.3}  R {:.3}  F1 {:.3}",
        b.precision, b.recall, b.f1
    );
    if secs > 0.0 {
        println!(
            "speed: {:.1} pages/s, {:.1} MB/s",
            pages.len() as f64 / secs,
            bytes as f64 / secs / 1e6
        );
    }
    per_page.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (f1, id) in per_page.iter().take(worst) {
        println!("worst: {f1:.3} {id}");
    }
}

fn read_gz(path: &std::path::Path) -> Vec<u8> {
    let mut out = Vec::new();
    if let Ok(f) = std::fs::File::open(path) {
        let _ = flate2::read::MultiGzDecoder::new(f).read_to_end(&mut out);
    }
    out
}
