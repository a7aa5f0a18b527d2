//! `petrel bench CORPUS ...`: throughput and peak memory of each stage, and end to end.
//!
//! Pass 1 runs on one thread, document by document: reading (with HTML extraction and the
//! language check) is timed around each read, and every pipeline stage with
//! `Pipeline::run_timed`. Pass 2 reads and codes the corpus again on `--jobs` threads, as
//! `petrel code` does. Peak RSS per stage is the process's high-water mark while that stage
//! ran (reset before each stage through `/proc/self/clear_refs`; where that is unavailable,
//! the process peak so far). MB/s counts UTF-8 bytes of document text.

use super::shared::{jobs, parse_date, ResourceArgs};
use petrel_core::{Date, Doc, PetrelError, Result};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use stormpetrel::ingest::{Inputs, Item, ReadOptions, Warning};
use stormpetrel::runner::{run_stream, RunObserver};

/// Flags of `petrel bench`.
#[derive(clap::Args)]
pub struct Args {
    /// Files or directories to read (any input `petrel code` takes).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for documents that carry none.
    #[arg(long, value_parser = parse_date)]
    date: Option<Date>,
    /// Stop after this many documents.
    #[arg(long)]
    limit: Option<u64>,
    /// Worker threads for the end-to-end pass (default: all cores).
    #[arg(long, short = 'j')]
    jobs: Option<usize>,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    resources: ResourceArgs,
}

#[derive(Default, Clone)]
struct Row {
    time: Duration,
    peak_kb: u64,
}

/// Peak and current resident memory in KiB, from `/proc/self/status`.
fn rss_kb() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

/// Resets the peak to the current RSS; false where the kernel does not allow it.
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

struct Quiet {
    warnings: u64,
}

impl RunObserver for Quiet {
    fn warning(&mut self, _: &Warning) {
        self.warnings += 1;
    }
    fn failed(&mut self, _: &str, _: &PetrelError) {}
    fn doc(&mut self, _: &Doc) -> Result<()> {
        Ok(())
    }
}

/// Runs the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let t = Instant::now();
    let res = args.resources.load()?;
    let pipeline = stormpetrel::pipeline(&res)?;
    let load = t.elapsed();
    let (_, base_kb) = rss_kb();
    let opts = ReadOptions {
        date: args.date,
        ..Default::default()
    };
    let limit = args.limit.unwrap_or(u64::MAX);

    let names = pipeline.names();
    let mut rows: BTreeMap<&'static str, Row> = BTreeMap::new();
    let mut read = Row::default();
    let (mut docs, mut sentences, mut bytes, mut failed) = (0u64, 0u64, 0u64, 0u64);
    let mut parsed = 0u64;
    let resettable = reset_peak();
    let mut inputs = Inputs::new(args.paths.clone(), opts.clone());
    let start = Instant::now();
    while docs < limit {
        reset_peak();
        let t = Instant::now();
        let Some(item) = inputs.next() else { break };
        read.time += t.elapsed();
        read.peak_kb = read.peak_kb.max(rss_kb().0);
        let Item::Doc(mut doc) = item else { continue };
        reset_peak();
        let r = pipeline.run_timed(&mut doc, |name, d| {
            let row = rows.entry(name).or_default();
            row.time += d;
            row.peak_kb = row.peak_kb.max(rss_kb().0);
            reset_peak();
        });
        if r.is_err() {
            failed += 1;
            continue;
        }
        docs += 1;
        sentences += doc.sentences.len() as u64;
        parsed += doc.sentences.iter().filter(|s| !s.unparsed).count() as u64;
        bytes += doc.text.len() as u64;
    }
    let single = start.elapsed();
    let skipped = inputs.stats().skipped();

    let jobs = jobs(args.jobs)?;
    reset_peak();
    let inputs = Inputs::new(args.paths.clone(), opts)
        .filter(|i| matches!(i, Item::Doc(_)))
        .take(docs as usize);
    let mut quiet = Quiet { warnings: 0 };
    let par = run_stream(inputs, &pipeline, jobs, 64 * jobs, &mut quiet)?;
    let par_peak = rss_kb().0;

    let mut table: Vec<(String, Duration, u64)> =
        vec![("read+extract".into(), read.time, read.peak_kb)];
    for n in &names {
        let r = rows.get(n).cloned().unwrap_or_default();
        table.push(((*n).to_string(), r.time, r.peak_kb));
    }
    table.push((
        "total, 1 thread".into(),
        single,
        table.iter().map(|r| r.2).max().unwrap_or(0),
    ));
    table.push((format!("end to end, {jobs} threads"), par.elapsed, par_peak));
    let rate = |n: u64, d: Duration| n as f64 / d.as_secs_f64().max(1e-9);
    if args.json {
        let stages: Vec<serde_json::Value> = table
            .iter()
            .map(|(name, d, kb)| {
                serde_json::json!({
                    "stage": name, "seconds": d.as_secs_f64(), "docs_per_s": rate(docs, *d),
                    "sentences_per_s": rate(sentences, *d), "mb_per_s": rate(bytes, *d) / 1e6, "peak_rss_mb": *kb as f64 / 1024.0,
                })
            })
            .collect();
        let obj = serde_json::json!({
            "docs": docs, "sentences": sentences, "parsed": parsed, "text_mb": bytes as f64 / 1e6, "skipped": skipped, "failed": failed,
            "load_seconds": load.as_secs_f64(), "rss_after_load_mb": base_kb as f64 / 1024.0,
            "peak_per_stage": resettable, "stages": stages,
        });
        println!("{obj}");
    } else {
        println!(
            "{docs} documents, {sentences} sentences ({parsed} parsed), {:.1} MB of text ({skipped} inputs skipped, {failed} failed); resources loaded in {:.2}s, RSS {:.0} MB",
            bytes as f64 / 1e6,
            load.as_secs_f64(),
            base_kb as f64 / 1024.0
        );
        println!(
            "{:<22} {:>9} {:>10} {:>12} {:>8} {:>14}",
            "stage", "seconds", "docs/s", "sentences/s", "MB/s", "peak RSS (MB)"
        );
        for (name, d, kb) in &table {
            println!(
                "{:<22} {:>9.3} {:>10.1} {:>12.0} {:>8.2} {:>14.0}",
                name,
                d.as_secs_f64(),
                rate(docs, *d),
                rate(sentences, *d),
                rate(bytes, *d) / 1e6,
                *kb as f64 / 1024.0
            );
        }
        if !resettable {
            println!(
                "(peak RSS per stage unavailable here: each figure is the process peak so far)"
            );
        }
    }
    if docs == 0 {
        eprintln!("petrel: error: no document could be read");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
