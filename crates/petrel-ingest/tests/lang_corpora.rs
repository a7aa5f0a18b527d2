//! The English detector keeps English news (BBC articles, AG News descriptions) and skips the
//! non-English pages of the extraction benchmark. Skips when `../shared` is absent.

use petrel_ingest::lang::{check, is_english};
use std::path::{Path, PathBuf};

fn shared(rel: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/news")
        .join(rel);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipped: {} is absent", p.display());
        None
    }
}

#[test]
fn english_news_is_kept() {
    let Some(bbc) = shared("bbc_news_2225/bbc") else {
        return;
    };
    let mut n = 0;
    for topic in ["business", "entertainment", "politics", "sport", "tech"] {
        for e in std::fs::read_dir(bbc.join(topic)).unwrap() {
            let bytes = std::fs::read(e.unwrap().path()).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            assert!(
                is_english(&text),
                "{:?}: {}",
                check(&text),
                &text[..text.len().min(200)]
            );
            n += 1;
        }
    }
    assert!(n > 2000);
    let Some(ag) = shared("ag_news/test.csv") else {
        return;
    };
    let csv = std::fs::read_to_string(ag).unwrap();
    let lost: Vec<&str> = csv.lines().skip(1).filter(|l| !is_english(l)).collect();
    assert!(
        lost.len() <= 2,
        "{} of 7600 AG News lines judged non-English: {lost:#?}",
        lost.len()
    );
}
