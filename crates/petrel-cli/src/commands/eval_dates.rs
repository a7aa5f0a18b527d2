//! `petrel eval-dates DIR`: code TimeML documents (TempEval-3) and score the coded events'
//! dates against the gold, beside a baseline that gives every event the publication date.

use petrel_core::{Doc, DocMeta, ErrorKind, PetrelError, Result};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use stormpetrel::eval::{read_timeml, ClassScores, DateClass, DateOutcome, DateScores, TimeMlDoc};

/// Flags of `petrel eval-dates`.
#[derive(clap::Args)]
pub struct Args {
    /// A folder of TimeML `.tml` files (read recursively, in path order), or one `.tml` file.
    dir: PathBuf,
    /// Print the figures as one JSON object.
    #[arg(long)]
    json: bool,
    /// Also print up to N events the coder dated wrongly (text and document dates).
    #[arg(long, value_name = "N")]
    errors: Option<usize>,
}

/// An event the coder dated wrongly, for `--errors`.
struct Miss {
    class: &'static str,
    file: String,
    event: String,
    gold: String,
    expression: String,
    predicted: String,
    sentence: String,
}

/// Runs the command.
pub fn run(a: Args) -> Result<ExitCode> {
    let files = tml_files(&a.dir)?;
    let res = stormpetrel::Resources::embedded()?;
    let pipeline = stormpetrel::pipeline(&res)?;
    let mut scores = DateScores::default();
    let mut misses = Vec::new();
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    for path in &files {
        let gold = read_timeml(path)?;
        if let Some(first) = seen.get(&gold.id) {
            eprintln!(
                "petrel: warning: {}: document {} was already read from {}; skipped",
                path.display(),
                gold.id,
                first.display()
            );
            continue;
        }
        seen.insert(gold.id.clone(), path.clone());
        let meta = DocMeta {
            id: gold.id.clone(),
            date: Some(gold.dct),
            ..Default::default()
        };
        let mut doc = Doc::new(meta, gold.text.clone());
        pipeline.run(&mut doc).map_err(|e| {
            PetrelError::new(e.kind, format!("{}: coding failed: {e}", path.display()))
        })?;
        let outcomes = scores.add_doc(&gold, &doc)?;
        let want = a.errors.unwrap_or(0);
        let wrong = outcomes.iter().filter(|o| !o.at_granularity);
        for o in wrong.take(want.saturating_sub(misses.len())) {
            let file = path.strip_prefix(&a.dir).unwrap_or(path);
            misses.push(miss(&file.display().to_string(), &gold, &doc, o));
        }
    }
    if a.json {
        let mut v = to_json(&scores);
        if a.errors.is_some() {
            v["errors"] = misses.iter().map(miss_json).collect();
        }
        println!("{v}");
    } else {
        print_report(&scores);
        if a.errors.is_some() {
            print_misses(&misses);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Every `.tml` file below `dir` (or `dir` itself when it is a file), sorted by path.
fn tml_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(dir).map_err(|e| PetrelError::io(dir.display(), e))?;
    if meta.is_file() {
        return Ok(vec![dir.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| PetrelError::io(d.display(), e))?;
        for entry in entries {
            let p = entry.map_err(|e| PetrelError::io(d.display(), e))?.path();
            if p.is_dir() {
                todo.push(p);
            } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("tml")) {
                out.push(p);
            }
        }
    }
    if out.is_empty() {
        return Err(PetrelError::new(
            ErrorKind::BadInput,
            format!("{}: no .tml files", dir.display()),
        ));
    }
    out.sort();
    Ok(out)
}

fn miss(file: &str, gold: &TimeMlDoc, doc: &Doc, o: &DateOutcome) -> Miss {
    let e = &doc.events[o.coded];
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let predicted = match &e.date {
        Some(d) => {
            let from = d.expression.as_deref().map_or_else(
                || format!("{:?}", d.source).to_lowercase(),
                |x| format!("{x:?}"),
            );
            format!("{} {} from {from}", d.value, d.precision.as_str())
        }
        None => "none".to_string(),
    };
    Miss {
        class: match o.gold.class {
            DateClass::Text => "text date",
            DateClass::Document => "document date",
        },
        file: file.to_string(),
        event: gold.events[o.gold.event].span.slice(&gold.text).to_string(),
        gold: o.gold.value.clone(),
        expression: o.gold.timex.map_or(String::new(), |t| {
            one_line(gold.timexes[t].span.slice(&gold.text))
        }),
        predicted,
        sentence: one_line(doc.sentence_text(e.sentence)),
    }
}

fn pct(n: usize, of: usize) -> Option<f64> {
    (of > 0).then(|| (1000.0 * n as f64 / of as f64).round() / 10.0)
}

fn pct_cell(n: usize, of: usize) -> String {
    pct(n, of).map_or("-".into(), |p| format!("{p:.1}%"))
}

fn print_report(s: &DateScores) {
    let (t, d) = (&s.text, &s.document);
    println!("files                          {:>6}", s.files);
    println!("gold events                    {:>6}", s.gold_events);
    println!("  with a scorable text date    {:>6}", t.gold);
    println!("  with a document date         {:>6}", d.gold);
    println!("  with an unscorable gold date {:>6}", s.unscorable_gold);
    println!("coded events                   {:>6}", s.coded_events);
    println!(
        "  aligned with a gold event    {:>6} ({} of coded events)",
        s.aligned_coded,
        pct_cell(s.aligned_coded, s.coded_events)
    );
    println!(
        "aligned gold events            {:>6} ({} of gold events)",
        s.aligned_events,
        pct_cell(s.aligned_events, s.gold_events)
    );
    println!("  with a scorable text date    {:>6}", t.aligned);
    println!("  with a document date         {:>6}", d.aligned);
    println!();
    println!(
        "class          events  at gold granularity   exact  baseline at granularity  baseline exact"
    );
    println!(
        "text date      {:>6}  {:>19}  {:>6}  {:>23}  {:>14}",
        t.aligned,
        pct_cell(t.at_granularity, t.aligned),
        pct_cell(t.exact, t.aligned),
        pct_cell(t.baseline_at_granularity, t.aligned),
        pct_cell(t.baseline_exact, t.aligned)
    );
    println!();
    println!("class          events   right  baseline right");
    println!(
        "document date  {:>6}  {:>6}  {:>14}",
        d.aligned,
        pct_cell(d.exact, d.aligned),
        pct_cell(d.baseline_exact, d.aligned)
    );
}

fn figure(n: usize, of: usize) -> Value {
    json!({"n": n, "pct": pct(n, of)})
}

fn to_json(s: &DateScores) -> Value {
    let (t, d): (&ClassScores, &ClassScores) = (&s.text, &s.document);
    json!({
        "files": s.files,
        "gold_events": s.gold_events,
        "unscorable_gold": s.unscorable_gold,
        "coded_events": s.coded_events,
        "aligned_events": s.aligned_events,
        "aligned_coded_events": s.aligned_coded,
        "text_date": {
            "gold": t.gold,
            "aligned": t.aligned,
            "at_granularity": figure(t.at_granularity, t.aligned),
            "exact": figure(t.exact, t.aligned),
            "baseline_at_granularity": figure(t.baseline_at_granularity, t.aligned),
            "baseline_exact": figure(t.baseline_exact, t.aligned),
        },
        "document_date": {
            "gold": d.gold,
            "aligned": d.aligned,
            "right": figure(d.exact, d.aligned),
            "baseline_right": figure(d.baseline_exact, d.aligned),
        },
    })
}

fn miss_json(m: &Miss) -> Value {
    json!({
        "class": m.class, "file": m.file, "event": m.event, "gold": m.gold, "gold_expression": m.expression,
        "predicted": m.predicted, "sentence": m.sentence,
    })
}

fn print_misses(misses: &[Miss]) {
    println!();
    println!("wrong dates ({} shown)", misses.len());
    for m in misses {
        println!(
            "{}  {}  {:?}  gold {} ({:?})  predicted {}",
            m.class, m.file, m.event, m.gold, m.expression, m.predicted
        );
        println!("    {}", m.sentence);
    }
}
