//! Actor agreement on PLOVER-GSR dev (`../shared/eval/plover-gsr-dev.jsonl`): for each gold actor,
//! the mention that overlaps its text most must share the first three letters of its code
//! (JAP = JPN, ITL = ITA). Run with
//! `cargo test -p petrel-actors --test eval_plover -- --ignored --nocapture`.

use petrel_actors::{find_mentions, ActorDict};
use petrel_core::Date;
use std::collections::BTreeMap;
use std::path::PathBuf;

fn same_country(a: &str, b: &str) -> bool {
    let canon = |s: &str| match s {
        "JAP" => "JPN".to_string(),
        "ITL" => "ITA".to_string(),
        _ => s.to_string(),
    };
    canon(a) == canon(b)
}

/// Byte range of the gold text in `text`: spaces collapsed, the part before an ellipsis for
/// discontinuous spans (`U.S. ... negotiators`), exact then case-insensitive.
fn locate(text: &str, gold: &str) -> Option<(usize, usize)> {
    let gold = gold.split("...").next().unwrap_or(gold);
    let gold = gold.split_whitespace().collect::<Vec<_>>().join(" ");
    if gold.is_empty() {
        return None;
    }
    let start = text.find(&gold).or_else(|| {
        text.to_lowercase()
            .find(&gold.to_lowercase())
            .filter(|&s| text.is_char_boundary(s))
    })?;
    Some((start, start + gold.len()))
}

#[test]
#[ignore]
fn plover_gsr_dev_actor_agreement() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/plover-gsr-dev.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} not found", path.display());
        return;
    };
    let dict = ActorDict::embedded().unwrap();
    let (mut total, mut agree) = (0usize, 0usize);
    let mut confusions: BTreeMap<(String, String), usize> = BTreeMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let item: serde_json::Value = serde_json::from_str(line).unwrap();
        let t = item["text"].as_str().unwrap_or("");
        let date = item["date"].as_str().and_then(Date::parse);
        let mentions = find_mentions(&dict, t, date).unwrap();
        for a in item["actors"].as_array().into_iter().flatten() {
            let (Some(gold_text), Some(code)) = (a["text"].as_str(), a["code"].as_str()) else {
                continue;
            };
            let gold3 = code.get(..3).unwrap_or(code);
            total += 1;
            let Some((start, end)) = locate(t, gold_text) else {
                eprintln!("  {gold3} text not found: {gold_text:?}");
                *confusions
                    .entry((gold3.to_string(), "text?".into()))
                    .or_default() += 1;
                continue;
            };
            let best = mentions
                .iter()
                .map(|m| {
                    (
                        m,
                        (m.span.end as usize)
                            .min(end)
                            .saturating_sub((m.span.start as usize).max(start)),
                    )
                })
                .filter(|(_, o)| *o > 0)
                .max_by_key(|(_, o)| *o)
                .map(|(m, _)| m);
            let got = best
                .map(|m| m.code.get(..3).unwrap_or(&m.code).to_string())
                .unwrap_or_else(|| "none".into());
            if same_country(&got, gold3) {
                agree += 1;
            } else {
                eprintln!("  {gold3} got {got}: {gold_text:?}");
                *confusions.entry((gold3.to_string(), got)).or_default() += 1;
            }
        }
    }
    let share = agree as f64 / total.max(1) as f64;
    println!(
        "plover-gsr-dev actor agreement: {agree}/{total} = {:.1}%",
        share * 100.0
    );
    let mut worst: Vec<_> = confusions.into_iter().collect();
    worst.sort_by_key(|w| std::cmp::Reverse(w.1));
    for ((g, m), n) in worst.iter().take(15) {
        println!("  gold {g} -> {m}: {n}");
    }
}
