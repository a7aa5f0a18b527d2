//! `petrel extract` and `petrel bench` on small inputs we write, and HTML through `petrel code`.

mod util;
use util::*;

const PAGE: &str = r#"<!doctype html><html><head><title>Border clashes</title>
<meta property="article:published_time" content="2023-06-14T08:00:00Z">
<link rel="canonical" href="https://news.example/border-clashes"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Border clashes</h1>
<p>Russian troops attacked Ukrainian positions near Kharkiv on Tuesday, the Ukrainian military said.</p>
<p>The United States imposed new sanctions on Russia after the attack.</p>
<figure><figcaption>Soldiers near the front. Photo: Reuters</figcaption></figure></article>
<aside class="related">Related: celebrity news</aside><footer>Share this article</footer></body></html>"#;

#[test]
fn extract_prints_main_text_and_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "page.html", PAGE.as_bytes());
    let r = petrel(&["extract", p.to_str().unwrap()], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Russian troops attacked"), "{}", r.stdout);
    assert!(
        !r.stdout.contains("Home") && !r.stdout.contains("Share this"),
        "navigation dropped: {}",
        r.stdout
    );
    let j = petrel(&["extract", "--json", p.to_str().unwrap()], None);
    let v: serde_json::Value = serde_json::from_str(j.stdout.trim()).expect("one JSON object");
    assert_eq!(v["title"], "Border clashes");
    assert!(
        v["date"].as_str().unwrap_or("").starts_with("2023-06-14"),
        "{v}"
    );
    assert_eq!(v["url"], "https://news.example/border-clashes");
}

#[test]
fn html_pages_are_coded_with_their_own_date() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "page.html", PAGE.as_bytes());
    let r = petrel(&["code", "--quiet", p.to_str().unwrap()], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ev = events(&r.stdout);
    assert!(ev.iter().any(|e| e["root"] == "19"), "{}", r.stdout);
    assert!(
        ev.iter().all(|e| e["date"]["value"]
            .as_str()
            .is_some_and(|d| d.starts_with("2023-06"))),
        "{}",
        r.stdout
    );
}

#[test]
fn bench_reports_every_stage() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..3 {
        write(
            dir.path(),
            &format!("d{i}.txt"),
            b"Russian troops attacked Ukrainian positions. Officials met in Geneva.",
        );
    }
    let r = petrel(
        &[
            "bench",
            "--json",
            "--jobs",
            "1",
            dir.path().to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = r.stdout.to_lowercase();
    for stage in ["segment", "parse", "actors"] {
        assert!(text.contains(stage), "{stage} missing: {}", r.stdout);
    }
}

#[test]
fn character_references_in_jsonl_text_are_repaired() {
    let line = r#"{"id":"a","date":"2004-09-01","text":"Iraq #39;s interim government said  quot;we will not negotiate quot; with the kidnappers of two French journalists."}"#;
    let r = petrel(&["code", "-"], Some(line.as_bytes()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ev = events(&r.stdout);
    assert!(!ev.is_empty(), "{}", r.stdout);
    let text = ev[0]["sentence_text"].as_str().unwrap_or("");
    assert!(
        text.starts_with("Iraq's interim government said \"we will not negotiate\" with"),
        "{text}"
    );
}
