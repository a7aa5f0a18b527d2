//! `petrel eval-quotes DIR`: code PolNeAR documents and score the events marked as reported
//! speech against the gold attributions (content spans and sources), beside a say/tell baseline.

use petrel_core::{Date, Doc, DocMeta, ErrorKind, PetrelError, Result, Span};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use stormpetrel::eval::{read_brat, AttributionDoc, QuoteOutcome, QuoteScores, SystemScores};

/// Flags of `petrel eval-quotes`.
#[derive(clap::Args)]
pub struct Args {
    /// A PolNeAR folder holding `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann`.
    dir: PathBuf,
    /// Publication dates: a TSV with `filename` and `publication_date` columns [default:
    /// `metadata.tsv` in DIR or its parent, when there is one].
    #[arg(long, value_name = "FILE")]
    metadata: Option<PathBuf>,
    /// Print the figures as one JSON object.
    #[arg(long)]
    json: bool,
    /// Also print up to N events that petrel missed, gave a wrong speaker or marked falsely.
    #[arg(long, value_name = "N")]
    errors: Option<usize>,
}

/// A text and the annotation file scored for it.
struct Pair {
    name: String,
    text: PathBuf,
    ann: PathBuf,
}

/// An error of petrel's, for `--errors`.
struct Miss {
    doc: String,
    kind: &'static str,
    trigger: String,
    ours: Option<String>,
    cue: String,
    gold: Option<String>,
    gold_cue: Option<String>,
    sentence: String,
}

/// Runs the command.
pub fn run(a: Args) -> Result<ExitCode> {
    let (pairs, ann_files) = pairs(&a.dir)?;
    let dates = match metadata_path(&a) {
        Some(p) => read_dates(&p)?,
        None => {
            eprintln!("petrel: note: no metadata.tsv; documents are coded without a date");
            HashMap::new()
        }
    };
    let res = stormpetrel::Resources::embedded()?;
    let pipeline = stormpetrel::pipeline(&res)?;
    let mut scores = QuoteScores::default();
    let mut misses = Vec::new();
    let want = a.errors.unwrap_or(0);
    for p in &pairs {
        let text =
            std::fs::read_to_string(&p.text).map_err(|e| PetrelError::io(p.text.display(), e))?;
        let brat = read_brat(&p.ann)?;
        let gold = AttributionDoc::new(&p.ann.display().to_string(), &p.name, text, &brat)?;
        let meta = DocMeta {
            id: p.name.clone(),
            date: dates.get(&p.name).copied(),
            ..Default::default()
        };
        let mut doc = Doc::new(meta, gold.text.clone());
        pipeline.run(&mut doc).map_err(|e| {
            PetrelError::new(e.kind, format!("{}: coding failed: {e}", p.text.display()))
        })?;
        let outcomes = scores.add_doc(&gold, &doc)?;
        for o in outcomes.iter().filter(|o| o.slip().is_some()) {
            if misses.len() >= want {
                break;
            }
            misses.push(miss(&gold, &doc, o));
        }
    }
    let skipped = ann_files - pairs.len();
    if a.json {
        let mut v = to_json(&scores, ann_files, skipped);
        if a.errors.is_some() {
            v["errors"] = misses.iter().map(miss_json).collect();
        }
        println!("{v}");
    } else {
        print_report(&scores, ann_files, skipped);
        if a.errors.is_some() {
            print_misses(&misses);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The texts of `dir/text` with their annotation file, and how many `.ann` files there are.
/// When several annotators' files share a text, the first in sorted order is scored.
fn pairs(dir: &Path) -> Result<(Vec<Pair>, usize)> {
    let texts = files(&dir.join("text"), "txt")?;
    let anns = files(&dir.join("attributions"), "ann")?;
    let mut by_name: BTreeMap<String, (PathBuf, Vec<PathBuf>)> = BTreeMap::new();
    for t in texts {
        by_name.insert(stem(&t), (t, Vec::new()));
    }
    for ann in &anns {
        let s = stem(ann);
        let name = if by_name.contains_key(&s) {
            s
        } else {
            s.rsplit_once('_').map(|(n, _)| n.to_string()).unwrap_or(s)
        };
        match by_name.get_mut(&name) {
            Some((_, v)) => v.push(ann.clone()),
            None => {
                return Err(PetrelError::new(
                    ErrorKind::BadInput,
                    format!("{}: no text/{name}.txt for it", ann.display()),
                ))
            }
        }
    }
    let mut out = Vec::new();
    for (name, (text, found)) in by_name {
        match found.into_iter().next() {
            Some(ann) => out.push(Pair { name, text, ann }),
            None => eprintln!(
                "petrel: warning: {}: no annotation file; skipped",
                text.display()
            ),
        }
    }
    Ok((out, anns.len()))
}

/// The files of `dir` ending in `.ext`, sorted; an error when there are none.
fn files(dir: &Path, ext: &str) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => PetrelError::new(
            ErrorKind::BadInput,
            format!(
                "{}: no such folder (DIR holds text/ and attributions/)",
                dir.display()
            ),
        ),
        _ => PetrelError::io(dir.display(), e),
    })?;
    let mut out = Vec::new();
    for entry in entries {
        let p = entry.map_err(|e| PetrelError::io(dir.display(), e))?.path();
        if p.is_file() && p.extension().is_some_and(|x| x.eq_ignore_ascii_case(ext)) {
            out.push(p);
        }
    }
    if out.is_empty() {
        return Err(PetrelError::new(
            ErrorKind::BadInput,
            format!("{}: no .{ext} files", dir.display()),
        ));
    }
    out.sort();
    Ok(out)
}

fn stem(p: &Path) -> String {
    p.file_stem()
        .map_or(String::new(), |s| s.to_string_lossy().into_owned())
}

/// `--metadata`, else `metadata.tsv` in DIR or its parent when it exists.
fn metadata_path(a: &Args) -> Option<PathBuf> {
    if let Some(p) = &a.metadata {
        return Some(p.clone());
    }
    let here = a.dir.join("metadata.tsv");
    let up = a.dir.join("..").join("metadata.tsv");
    [here, up].into_iter().find(|p| p.is_file())
}

/// File name to publication date, from a TSV with `filename` and `publication_date` columns;
/// the first row with a valid date wins, and rows without one are left out.
fn read_dates(path: &Path) -> Result<HashMap<String, Date>> {
    let src = std::fs::read_to_string(path).map_err(|e| PetrelError::io(path.display(), e))?;
    let mut lines = src.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |name: &str| {
        header.iter().position(|h| h.trim() == name).ok_or_else(|| {
            PetrelError::new(
                ErrorKind::Parse,
                format!("{}:1: no {name:?} column", path.display()),
            )
        })
    };
    let (f, d) = (col("filename")?, col("publication_date")?);
    let mut out = HashMap::new();
    for line in lines {
        let cells: Vec<&str> = line.split('\t').collect();
        let (Some(name), Some(date)) = (cells.get(f), cells.get(d).and_then(|d| Date::parse(d)))
        else {
            continue;
        };
        out.entry(name.trim().to_string()).or_insert(date);
    }
    Ok(out)
}

fn miss(gold: &AttributionDoc, doc: &Doc, o: &QuoteOutcome) -> Miss {
    let e = &doc.events[o.event];
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    // The attribution shown: the first holding the trigger that has a source, else the first.
    let shown = o
        .attributions
        .iter()
        .map(|&i| &gold.attributions[i])
        .min_by_key(|g| g.source.is_empty());
    let text_of = |s: &[Span]| (!s.is_empty()).then(|| one_line(&gold.text_of(s)));
    let gold_source = shown.map(|g| text_of(&g.source).unwrap_or_else(|| "(no source)".into()));
    let gold_cue = shown.and_then(|g| text_of(&g.cue));
    Miss {
        doc: gold.id.clone(),
        kind: o.slip().map_or("", |s| s.as_str()),
        trigger: e.evidence.text.clone(),
        ours: o.petrel.marked.then(|| one_line(&o.petrel.speaker)),
        cue: o.petrel.cue.clone(),
        gold: gold_source,
        gold_cue,
        sentence: one_line(doc.sentence_text(e.sentence)),
    }
}

fn pct(n: usize, of: usize) -> Option<f64> {
    (of > 0).then(|| (1000.0 * n as f64 / of as f64).round() / 10.0)
}

fn cell(n: usize, of: usize) -> String {
    let p = pct(n, of).map_or("-".into(), |p| format!("{p:.1}%"));
    format!("{p} ({n}/{of})")
}

fn print_report(s: &QuoteScores, ann_files: usize, skipped: usize) {
    println!("documents                      {:>6}", s.documents);
    println!(
        "annotation files               {:>6} ({skipped} skipped: only a text's first, in sorted order, is scored)",
        ann_files
    );
    println!("gold attributions              {:>6}", s.attributions);
    println!("gold content spans             {:>6}", s.content_spans);
    println!("coded events                   {:>6}", s.coded_events);
    println!("  inside a gold content span   {:>6}", s.inside);
    println!("marked events (petrel)         {:>6}", s.petrel.marked);
    println!("marked events (baseline)       {:>6}", s.baseline.marked);
    println!();
    println!(
        "{:<18}  {:<22}  {:<22}  speaker accuracy",
        "system", "coverage", "precision"
    );
    for (name, m) in [("petrel", &s.petrel), ("say/tell baseline", &s.baseline)] {
        println!(
            "{name:<18}  {:<22}  {:<22}  {}",
            cell(m.inside_marked, s.inside),
            cell(m.inside_marked, m.marked),
            cell(m.speaker_right, m.inside_marked)
        );
    }
}

fn figure(n: usize, of: usize) -> Value {
    json!({"n": n, "of": of, "pct": pct(n, of)})
}

fn system_json(m: &SystemScores, inside: usize) -> Value {
    json!({
        "marked": m.marked,
        "coverage": figure(m.inside_marked, inside),
        "precision": figure(m.inside_marked, m.marked),
        "speaker_accuracy": figure(m.speaker_right, m.inside_marked),
    })
}

fn to_json(s: &QuoteScores, ann_files: usize, skipped: usize) -> Value {
    json!({
        "documents": s.documents,
        "annotation_files": ann_files,
        "annotation_files_skipped": skipped,
        "gold_attributions": s.attributions,
        "gold_content_spans": s.content_spans,
        "coded_events": s.coded_events,
        "events_inside_content": s.inside,
        "petrel": system_json(&s.petrel, s.inside),
        "baseline": system_json(&s.baseline, s.inside),
    })
}

fn miss_json(m: &Miss) -> Value {
    json!({
        "document": m.doc, "kind": m.kind, "trigger": m.trigger, "reported": m.ours,
        "cue": (!m.cue.is_empty()).then_some(&m.cue), "gold_source": m.gold,
        "gold_cue": m.gold_cue,
        "sentence": m.sentence,
    })
}

fn print_misses(misses: &[Miss]) {
    println!();
    println!("errors ({} shown)", misses.len());
    for m in misses {
        let ours = m
            .ours
            .as_ref()
            .map_or("none".into(), |s| format!("{s:?} ({})", m.cue));
        let gold = match (&m.gold, &m.gold_cue) {
            (Some(g), Some(c)) => format!("{g:?} ({c})"),
            (Some(g), None) => format!("{g:?}"),
            (None, _) => "-".into(),
        };
        println!(
            "{:<13} {}  {:?}  ours {ours}  gold {gold}",
            m.kind, m.doc, m.trigger
        );
        println!("    {}", m.sentence);
    }
}
