//! A news page coded from a WARC archive yields the same events as the same page coded from
//! its HTML file (shared/news: the synthetic news WARC is built from the extraction
//! benchmark's pages), given the same fallback date. Skips when shared/ is absent.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use stormpetrel::ingest::{Inputs, Item, ReadOptions};
use stormpetrel::Doc;

type EventKey = (String, Option<String>, Option<String>, String);

fn coded(path: &Path, date: Option<stormpetrel::Date>) -> Vec<Doc> {
    let res = stormpetrel::Resources::embedded().unwrap();
    let pipeline = stormpetrel::pipeline(&res).unwrap();
    Inputs::new(
        [path.to_path_buf()],
        ReadOptions {
            date,
            ..Default::default()
        },
    )
    .filter_map(|i| match i {
        Item::Doc(d) => Some(d),
        Item::Warning(_) => None,
    })
    .map(|mut d| {
        pipeline.run(&mut d).unwrap();
        d
    })
    .collect()
}

fn keys(d: &Doc) -> BTreeSet<EventKey> {
    d.events
        .iter()
        .map(|e| {
            let code = |a: &Option<stormpetrel::ActorRef>| a.as_ref().map(|a| a.code.clone());
            (
                e.code.clone(),
                code(&e.source),
                code(&e.target),
                e.evidence.text.clone(),
            )
        })
        .collect()
}

#[test]
fn warc_records_code_like_their_html_pages() {
    let news = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/news");
    let warc = news.join("warc_test_files/synthetic/news_pages.warc.gz");
    let truth = news.join("article_extraction_benchmark/ground-truth.json");
    let (Ok(truth), true) = (std::fs::read_to_string(&truth), warc.exists()) else {
        eprintln!("skipped: shared/news not found");
        return;
    };
    let truth: serde_json::Value = serde_json::from_str(&truth).unwrap();
    let from_warc: HashMap<String, Doc> = coded(&warc, None)
        .into_iter()
        .map(|d| (d.meta.id.clone(), d))
        .collect();
    let mut compared = 0;
    let mut with_events = 0;
    for (hash, page) in truth.as_object().unwrap().iter().take(40) {
        let Some(url) = page.get("url").and_then(|u| u.as_str()) else {
            continue;
        };
        let Some(w) = from_warc.get(url) else {
            continue;
        };
        let html = news.join(format!("article_extraction_benchmark/html/{hash}.html.gz"));
        // A page without a date of its own takes the crawl date in the archive; give the file
        // the same fallback, since the date selects actors' roles.
        let h = coded(&html, w.meta.date);
        assert_eq!(h.len(), 1, "{}", html.display());
        assert_eq!(w.text, h[0].text, "same main text for {url}");
        assert_eq!(keys(w), keys(&h[0]), "same events for {url}");
        compared += 1;
        with_events += (!w.events.is_empty()) as usize;
    }
    assert!(
        compared >= 20 && with_events >= 5,
        "compared {compared} pages, {with_events} with events"
    );
}
