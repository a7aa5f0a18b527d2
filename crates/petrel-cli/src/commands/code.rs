//! `petrel code [PATH ...]`: code events from text, JSONL, HTML, WARC or directories.

use super::progress::Progress;
use super::shared::{jobs, open_output, parse_date, ResourceArgs};
use petrel_core::{Date, Doc, Event, PetrelError, Result};
use std::path::PathBuf;
use std::process::ExitCode;
use stormpetrel::ingest::{Inputs, ReadOptions, Warning};
use stormpetrel::output::{Format, Sink};
use stormpetrel::runner::{run_stream, RunObserver};

/// Flags of `petrel code`.
#[derive(clap::Args)]
pub struct Args {
    /// Files or directories to read; `-` (or nothing) reads standard input.
    paths: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for documents that carry none.
    #[arg(long, value_parser = parse_date)]
    date: Option<Date>,
    /// Output format: jsonl, csv, gdelt or table.
    #[arg(long, short = 'f', default_value = "jsonl", value_parser = ["jsonl", "json", "csv", "gdelt", "table"])]
    format: String,
    /// Write events here instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Which events to write: `asserted` (default; drops negated and hypothetical events) or `all`.
    #[arg(long, default_value = "asserted", value_parser = ["asserted", "all"])]
    modality: String,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    jobs: Option<usize>,
    /// Also read README, LICENSE and similar files found in directories (skipped by default:
    /// they are a corpus's documentation, not news).
    #[arg(long)]
    all_files: bool,
    /// No progress bar and no summary (warnings are still printed).
    #[arg(long)]
    quiet: bool,
    /// Write CSV and GDELT cells as they are, without defusing spreadsheet formulas
    /// (cells starting with = + - @ get a leading ' by default).
    #[arg(long)]
    raw_cells: bool,
    #[command(flatten)]
    resources: ResourceArgs,
}

struct Observer<'a> {
    sink: Box<dyn Sink + 'a>,
    keep: fn(&Event) -> bool,
    written: u64,
    withheld: u64,
    progress: Progress,
    /// Hashes of the document ids seen so far (8 bytes a document), to flag repeats.
    seen: std::collections::HashSet<u64>,
    duplicates: u64,
}

fn id_hash(id: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    id.hash(&mut h);
    h.finish()
}

impl RunObserver for Observer<'_> {
    fn warning(&mut self, w: &Warning) {
        self.progress.println(format!("petrel: warning: {w}"));
    }
    fn failed(&mut self, doc_id: &str, e: &PetrelError) {
        eprintln!("petrel: warning: {doc_id}: coding failed: {e}");
    }
    fn doc(&mut self, doc: &Doc) -> Result<()> {
        if !self.seen.insert(id_hash(&doc.meta.id)) {
            self.duplicates += 1;
            self.warning(&Warning::new(
                doc.meta.id.clone(),
                stormpetrel::ingest::Reason::Duplicate,
                "a document with this id was already coded; coded again, so its event_ids repeat",
            ));
        }
        let keep = self.keep;
        let n = doc.events.iter().filter(|e| keep(e)).count() as u64;
        self.written += n;
        self.withheld += doc.events.len() as u64 - n;
        self.progress.doc(doc, self.written);
        self.sink.write_doc(doc, &keep)
    }
}

fn all(_: &Event) -> bool {
    true
}

/// Runs the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let res = args.resources.load()?;
    let pipeline = stormpetrel::pipeline(&res)?;
    let jobs = jobs(args.jobs)?;
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.paths.clone()
    };
    let opts = ReadOptions {
        date: args.date,
        all_files: args.all_files,
        ..Default::default()
    };
    let progress = Progress::new(&paths, args.quiet);
    let mut inputs = Inputs::new(paths, opts);
    let format = Format::parse(&args.format).unwrap_or(Format::Jsonl);
    let (out, output) = open_output(args.output.as_ref())?;
    let mut obs = Observer {
        sink: format.sink_with(out, args.raw_cells),
        keep: if args.modality == "all" {
            all
        } else {
            stormpetrel::is_asserted
        },
        written: 0,
        withheld: 0,
        progress,
        seen: Default::default(),
        duplicates: 0,
    };
    let stats = run_stream(&mut inputs, &pipeline, jobs, 64 * jobs, &mut obs)?;
    obs.sink.finish()?;
    drop(obs.sink);
    output.commit()?;
    obs.progress.finish();
    let istats = inputs.stats();
    let secs = stats.elapsed.as_secs_f64().max(1e-9);
    if !args.quiet {
        let mut skipped: Vec<String> = istats
            .iter()
            .filter(|(r, n)| *n > 0 && r.skips())
            .map(|(r, n)| format!("{n} {r}"))
            .collect();
        if stats.failed > 0 {
            skipped.push(format!("{} failed in coding", stats.failed));
        }

        eprintln!(
            "petrel: {} documents, {} sentences, {} events written ({} negated or hypothetical withheld{}), {:.2}s ({:.0} sentences/s); skipped: {}",
            stats.docs,
            stats.sentences,
            obs.written,
            obs.withheld,
            if args.modality == "all" { "; none, --modality all" } else { "; see --modality all" },
            secs,
            stats.sentences as f64 / secs,
            if skipped.is_empty() { "none".to_string() } else { skipped.join(", ") },
        );
        if obs.duplicates > 0 {
            eprintln!(
                "petrel: {} documents repeated an earlier document id (coded again; see the warnings)",
                obs.duplicates
            );
        }
    }
    if stats.docs == 0 {
        eprintln!("petrel: error: no document could be read");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
