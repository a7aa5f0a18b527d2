//! `petrel ingest PATH... --db FILE`: code documents into an event store. Documents already in
//! the store (same id, URL or text) are skipped before coding; each batch of documents is
//! committed in one transaction, so an interrupted ingest resumes where it stopped.

use super::progress::Progress;
use super::shared::{jobs, parse_date, ResourceArgs};
use petrel_core::{Date, Doc, PetrelError, Result};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::process::ExitCode;
use std::rc::Rc;
use stormpetrel::ingest::{Inputs, Item, ReadOptions, Warning};
use stormpetrel::runner::{run_stream, RunObserver};
use stormpetrel::store::{content_hash, Duplicate, PreparedDoc, Store};

/// Flags of `petrel ingest`.
#[derive(clap::Args)]
pub struct Args {
    /// Files or directories to read (as `petrel code` reads them); `-` reads standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// The store to add to (created when missing).
    #[arg(long, value_name = "FILE")]
    db: PathBuf,
    /// Publication date (YYYY-MM-DD) for documents that carry none.
    #[arg(long, value_parser = parse_date)]
    date: Option<Date>,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    jobs: Option<usize>,
    /// Also read README, LICENSE and similar files found in directories (skipped by default:
    /// they are a corpus's documentation, not news).
    #[arg(long)]
    all_files: bool,
    /// Documents per transaction: at most this many are coded again after a crash.
    #[arg(long, default_value_t = 256, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    batch: u32,
    /// No progress bar and no summary (warnings are still printed).
    #[arg(long)]
    quiet: bool,
    #[command(flatten)]
    resources: ResourceArgs,
}

/// Counts of documents skipped because the store (or this run) already has them.
#[derive(Default)]
pub struct Skips(HashMap<Duplicate, u64>);

impl Skips {
    fn add(&mut self, d: Duplicate) {
        *self.0.entry(d).or_default() += 1;
    }
    /// Adds the counts of `other`.
    fn merge(&mut self, other: &Skips) {
        for (k, n) in &other.0 {
            *self.0.entry(*k).or_default() += n;
        }
    }
    /// Total skipped.
    pub fn total(&self) -> u64 {
        self.0.values().sum()
    }
    /// "12 already stored (by id 10, by content 2)" or "none already stored".
    pub fn describe(&self) -> String {
        if self.total() == 0 {
            return "none already stored".into();
        }
        let parts: Vec<String> = [Duplicate::Id, Duplicate::Url, Duplicate::Content]
            .iter()
            .filter_map(|d| self.0.get(d).map(|n| format!("by {d} {n}")))
            .collect();
        format!("{} already stored ({})", self.total(), parts.join(", "))
    }
}

/// Documents admitted in this run, so that a repeat within the input is skipped too.
#[derive(Default)]
struct Seen {
    ids: HashSet<String>,
    urls: HashSet<String>,
    hashes: HashSet<[u8; 32]>,
}

impl Seen {
    /// Why `doc` is a duplicate of the store or of this run, if it is; otherwise records it.
    fn check(&mut self, store: &Store, doc: &Doc) -> Result<Option<Duplicate>> {
        let hash = content_hash(&doc.text);
        let url = doc.meta.url.as_deref().filter(|u| !u.is_empty());
        if let Some(d) = store.find_duplicate(&doc.meta.id, url, &hash)? {
            return Ok(Some(d));
        }
        if self.ids.contains(&doc.meta.id) {
            return Ok(Some(Duplicate::Id));
        }
        if url.is_some_and(|u| self.urls.contains(u)) {
            return Ok(Some(Duplicate::Url));
        }
        if !self.hashes.insert(hash) {
            return Ok(Some(Duplicate::Content));
        }
        self.ids.insert(doc.meta.id.clone());
        if let Some(u) = url {
            self.urls.insert(u.to_string());
        }
        Ok(None)
    }
}

/// Writes coded documents to the store in batches.
pub struct StoreWriter {
    store: Rc<RefCell<Store>>,
    coder_key: i64,
    pending: Vec<PreparedDoc>,
    batch: usize,
    /// Documents added.
    pub added: u64,
    /// Events added.
    pub events: u64,
    /// Documents found already stored when their batch was written (another writer won).
    pub late_skips: Skips,
    progress: Progress,
}

impl StoreWriter {
    /// A writer into `store` for documents coded by `coder_version`.
    pub fn new(
        store: Rc<RefCell<Store>>,
        coder_version: &str,
        batch: usize,
        progress: Progress,
    ) -> Result<Self> {
        let coder_key = store.borrow().coder_key(coder_version)?;
        Ok(StoreWriter {
            store,
            coder_key,
            pending: Vec::with_capacity(batch),
            batch,
            added: 0,
            events: 0,
            late_skips: Skips::default(),
            progress,
        })
    }
    /// Writes what is pending in one transaction.
    pub fn flush(&mut self) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let res = self
            .store
            .borrow_mut()
            .add_batch(&self.pending, self.coder_key)?;
        for (d, dup) in self.pending.iter().zip(res) {
            match dup {
                Some(k) => self.late_skips.add(k),
                None => {
                    self.added += 1;
                    self.events += d.events.len() as u64;
                }
            }
        }
        self.pending.clear();
        Ok(())
    }
    /// The progress display.
    pub fn progress(&self) -> &Progress {
        &self.progress
    }
}

impl RunObserver for StoreWriter {
    fn warning(&mut self, w: &Warning) {
        self.progress.println(format!("petrel: warning: {w}"));
    }
    fn failed(&mut self, doc_id: &str, e: &PetrelError) {
        self.progress
            .println(format!("petrel: warning: {doc_id}: coding failed: {e}"));
    }
    fn doc(&mut self, doc: &Doc) -> Result<()> {
        self.pending.push(PreparedDoc::new(doc));
        let events = self.events
            + self
                .pending
                .iter()
                .map(|d| d.events.len() as u64)
                .sum::<u64>();
        self.progress.doc(doc, events);
        if self.pending.len() >= self.batch {
            self.flush()?;
        }
        Ok(())
    }
}

/// Runs the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let created = !args.db.exists();
    let store = Rc::new(RefCell::new(Store::open_or_create(&args.db)?));
    let res = args.resources.load()?;
    let pipeline = stormpetrel::pipeline(&res)?;
    let jobs = jobs(args.jobs)?;
    let opts = ReadOptions {
        date: args.date,
        all_files: args.all_files,
        ..Default::default()
    };
    let progress = Progress::new(&args.paths, args.quiet);
    let mut writer = StoreWriter::new(
        store.clone(),
        &res.coder_version,
        args.batch as usize,
        progress,
    )?;
    let mut inputs = Inputs::new(args.paths.clone(), opts);
    let mut seen = Seen::default();
    let mut skips = Skips::default();
    let mut read = 0u64;
    let mut error: Option<PetrelError> = None;
    let items = inputs.by_ref().filter_map(|item| match item {
        Item::Doc(d) if error.is_none() => {
            read += 1;
            match seen.check(&store.borrow(), &d) {
                Ok(None) => Some(Item::Doc(d)),
                Ok(Some(dup)) => {
                    skips.add(dup);
                    None
                }
                Err(e) => {
                    error = Some(e);
                    None
                }
            }
        }
        Item::Doc(_) => None,
        w @ Item::Warning(_) => Some(w),
    });
    let stats = run_stream(items, &pipeline, jobs, 64 * jobs, &mut writer);
    let flushed = stats
        .and_then(|s| writer.flush().map(|_| s))
        .and_then(|s| store.borrow().optimize().map(|_| s));
    writer.progress().finish();
    if let Some(e) = error {
        return Err(e);
    }
    let stats = flushed?;
    skips.merge(&writer.late_skips);
    let istats = inputs.stats();
    if !args.quiet {
        let mut bad: Vec<String> = istats
            .iter()
            .filter(|(r, n)| *n > 0 && r.skips())
            .map(|(r, n)| format!("{n} {r}"))
            .collect();
        if stats.failed > 0 {
            bad.push(format!("{} failed in coding", stats.failed));
        }
        let totals = store.borrow().stats()?;
        let secs = stats.elapsed.as_secs_f64().max(1e-9);
        eprintln!(
            "petrel: {} documents read, {} added with {} events ({} sentences, {:.2}s, {:.0} sentences/s); skipped: {}{}{}; store {}: {} documents, {} events, {} clusters",
            read,
            writer.added,
            writer.events,
            stats.sentences,
            secs,
            stats.sentences as f64 / secs,
            skips.describe(),
            if bad.is_empty() { "" } else { ", " },
            bad.join(", "),
            args.db.display(),
            totals.documents,
            totals.events,
            totals.clusters,
        );
    }
    if read == 0 {
        if created {
            // Nothing was read into the store this run made: leave no empty store behind.
            drop(writer);
            drop(store);
            for suffix in ["", "-wal", "-shm"] {
                let mut p = args.db.clone().into_os_string();
                p.push(suffix);
                let _ = std::fs::remove_file(p);
            }
        }
        eprintln!("petrel: error: no document could be read");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
