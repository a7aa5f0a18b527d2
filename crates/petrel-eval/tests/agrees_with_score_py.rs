//! Our scorer prints what the reference scorer (`shared/eval/score.py`) prints on a small
//! fixture of our own. Skips when the reference scorer or python3 is not available.

use petrel_eval::{read_gold, score, Prediction};
use std::path::Path;
use std::process::Command;

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn predictions(path: &Path) -> Vec<Prediction> {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let code = |k: &str| {
                v.get(k)
                    .and_then(|a| a.get("code"))
                    .and_then(|c| c.as_str())
                    .map(String::from)
            };
            Prediction {
                doc_id: v["doc_id"].as_str().unwrap().to_string(),
                code: v.get("code").and_then(|c| c.as_str()).map(String::from),
                plover: v.get("plover").and_then(|c| c.as_str()).map(String::from),
                source: code("source"),
                target: code("target"),
            }
        })
        .collect()
}

#[test]
fn same_figures_as_the_reference_scorer() {
    let gold = read_gold(&fixture("gold.jsonl")).unwrap();
    let ours = score(&gold, &predictions(&fixture("pred.jsonl"))).to_string();
    assert!(ours.contains("dyad") && ours.contains("code"), "{ours}");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/score.py");
    if !script.exists() {
        eprintln!("skipped: {} not found", script.display());
        return;
    }
    let out = match Command::new("python3")
        .arg(&script)
        .arg(fixture("gold.jsonl"))
        .arg(fixture("pred.jsonl"))
        .output()
    {
        Ok(o) if o.status.success() => String::from_utf8(o.stdout).unwrap(),
        _ => {
            eprintln!("skipped: python3 could not run the reference scorer");
            return;
        }
    };
    assert_eq!(ours, out);
}
