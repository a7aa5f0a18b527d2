//! `petrel recode --db FILE`: code the stored documents again with today's coder (rules,
//! dictionaries, models) and replace their events. By default only documents coded by another
//! coder version; `--all` re-codes every one. Each batch is one transaction.

use super::progress::Progress;
use super::shared::{jobs, ResourceArgs};
use petrel_core::{Doc, PetrelError, Result};
use std::cell::RefCell;
use std::path::PathBuf;
use std::process::ExitCode;
use std::rc::Rc;
use stormpetrel::ingest::{Item, Warning};
use stormpetrel::runner::{run_stream, RunObserver};
use stormpetrel::store::{PreparedDoc, Store};

/// Flags of `petrel recode`.
#[derive(clap::Args)]
pub struct Args {
    /// The store to re-code.
    #[arg(long, value_name = "FILE")]
    db: PathBuf,
    /// Re-code every document, also those coded by this coder version.
    #[arg(long)]
    all: bool,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    jobs: Option<usize>,
    /// Documents per transaction.
    #[arg(long, default_value_t = 256, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    batch: u32,
    /// No progress bar and no summary (warnings are still printed).
    #[arg(long)]
    quiet: bool,
    #[command(flatten)]
    resources: ResourceArgs,
}

/// Replaces the events of each re-coded document, a batch per transaction.
struct Recoder {
    store: Rc<RefCell<Store>>,
    coder_key: i64,
    pending: Vec<(i64, PreparedDoc)>,
    keys: Rc<RefCell<std::collections::HashMap<String, i64>>>,
    batch: usize,
    docs: u64,
    events: u64,
    progress: Progress,
}

impl Recoder {
    fn flush(&mut self) -> Result<()> {
        if !self.pending.is_empty() {
            self.store
                .borrow_mut()
                .replace_events(&self.pending, self.coder_key)?;
            self.pending.clear();
        }
        Ok(())
    }
}

impl RunObserver for Recoder {
    fn warning(&mut self, w: &Warning) {
        self.progress.println(format!("petrel: warning: {w}"));
    }
    fn failed(&mut self, doc_id: &str, e: &PetrelError) {
        self.progress.println(format!(
            "petrel: warning: {doc_id}: coding failed, its stored events are kept: {e}"
        ));
    }
    fn doc(&mut self, doc: &Doc) -> Result<()> {
        let Some(key) = self.keys.borrow_mut().remove(&doc.meta.id) else {
            return Ok(());
        };
        let p = PreparedDoc::new(doc);
        self.docs += 1;
        self.events += p.events.len() as u64;
        self.progress.doc(doc, self.events);
        self.pending.push((key, p));
        if self.pending.len() >= self.batch {
            self.flush()?;
        }
        Ok(())
    }
}

/// Runs the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let store = Rc::new(RefCell::new(Store::open_existing_writable(&args.db)?));
    let res = args.resources.load()?;
    let pipeline = stormpetrel::pipeline(&res)?;
    let jobs = jobs(args.jobs)?;
    let coder_key = store.borrow().coder_key(&res.coder_version)?;
    let except = (!args.all).then_some(coder_key);
    let todo = store.borrow().count_documents(except)?;
    let keys = Rc::new(RefCell::new(std::collections::HashMap::new()));
    let mut obs = Recoder {
        store: store.clone(),
        coder_key,
        pending: Vec::new(),
        keys: keys.clone(),
        batch: args.batch as usize,
        docs: 0,
        events: 0,
        progress: Progress::spinner(args.quiet),
    };
    // Documents are read a chunk at a time, by key, so memory stays bounded; a document that
    // another coder re-codes meanwhile is simply skipped by the key filter.
    let mut after = 0i64;
    let mut error: Option<PetrelError> = None;
    let chunk = 4 * args.batch as usize;
    let mut buffer: std::collections::VecDeque<Doc> = Default::default();
    let items = std::iter::from_fn(|| loop {
        if let Some(d) = buffer.pop_front() {
            return Some(Item::Doc(d));
        }
        if error.is_some() {
            return None;
        }
        match store.borrow().documents_after(after, except, chunk) {
            Ok(docs) if docs.is_empty() => return None,
            Ok(docs) => {
                for d in docs {
                    after = d.key;
                    keys.borrow_mut().insert(d.meta.id.clone(), d.key);
                    buffer.push_back(Doc::new(d.meta, d.text));
                }
            }
            Err(e) => {
                error = Some(e);
                return None;
            }
        }
    });
    let stats = run_stream(items, &pipeline, jobs, 64 * jobs, &mut obs);
    let flushed = stats
        .and_then(|s| obs.flush().map(|_| s))
        .and_then(|s| store.borrow().optimize().map(|_| s));
    obs.progress.finish();
    if let Some(e) = error {
        return Err(e);
    }
    let stats = flushed?;
    if !args.quiet {
        let t = store.borrow().stats()?;
        eprintln!(
            "petrel: {} of {} documents to re-code re-coded with {} ({} events, {:.2}s); store {}: {} documents, {} events, {} clusters",
            obs.docs,
            todo,
            res.coder_version,
            obs.events,
            stats.elapsed.as_secs_f64(),
            args.db.display(),
            t.documents,
            t.events,
            t.clusters
        );
    }
    Ok(ExitCode::SUCCESS)
}
