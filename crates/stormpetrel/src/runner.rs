//! Streaming, parallel coding: documents are read in batches, each batch is coded on a rayon
//! pool, and results are handed on in input order. Memory is bounded by the batch size, never
//! by the corpus.

use petrel_core::{Doc, ErrorKind, PetrelError, Pipeline, Result};
use petrel_ingest::{Item, Warning};
use rayon::prelude::*;
use std::time::{Duration, Instant};

/// Counts for the end-of-run summary.
#[derive(Debug, Clone, Default)]
pub struct RunStats {
    /// Documents coded.
    pub docs: u64,
    /// Documents whose coding failed (reported and skipped).
    pub failed: u64,
    /// Sentences seen.
    pub sentences: u64,
    /// Events coded (before any output filter).
    pub events: u64,
    /// Bytes of document text.
    pub bytes: u64,
    /// Wall time.
    pub elapsed: Duration,
}

/// What the runner reports to its caller as it goes.
pub trait RunObserver {
    /// An input was skipped or repaired.
    fn warning(&mut self, w: &Warning);
    /// A document failed in the pipeline; the run goes on.
    fn failed(&mut self, doc_id: &str, e: &PetrelError);
    /// A coded document, in input order.
    fn doc(&mut self, doc: &Doc) -> Result<()>;
}

/// Codes every document of `items` with `pipeline` on `jobs` threads, `batch` documents at a time.
pub fn run_stream(
    items: impl Iterator<Item = Item>,
    pipeline: &Pipeline,
    jobs: usize,
    batch: usize,
    obs: &mut dyn RunObserver,
) -> Result<RunStats> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.max(1))
        .build()
        .map_err(|e| {
            PetrelError::new(
                ErrorKind::Config,
                format!("cannot start {jobs} worker threads: {e}"),
            )
        })?;
    let start = Instant::now();
    let mut stats = RunStats::default();
    let mut buf: Vec<Doc> = Vec::with_capacity(batch);
    let flush =
        |buf: &mut Vec<Doc>, stats: &mut RunStats, obs: &mut dyn RunObserver| -> Result<()> {
            let results: Vec<Result<()>> =
                pool.install(|| buf.par_iter_mut().map(|d| pipeline.run(d)).collect());
            for (doc, r) in buf.drain(..).zip(results) {
                match r {
                    Ok(()) => {
                        for n in &doc.notes {
                            obs.warning(&Warning::new(
                                doc.meta.id.clone(),
                                petrel_ingest::Reason::LongSentence,
                                n.clone(),
                            ));
                        }
                        stats.docs += 1;
                        stats.sentences += doc.sentences.len() as u64;
                        stats.events += doc.events.len() as u64;
                        stats.bytes += doc.text.len() as u64;
                        obs.doc(&doc)?;
                    }
                    Err(e) => {
                        stats.failed += 1;
                        obs.failed(&doc.meta.id, &e);
                    }
                }
            }
            Ok(())
        };
    for item in items {
        match item {
            Item::Doc(d) => {
                buf.push(d);
                if buf.len() >= batch {
                    flush(&mut buf, &mut stats, obs)?;
                }
            }
            Item::Warning(w) => obs.warning(&w),
        }
    }
    flush(&mut buf, &mut stats, obs)?;
    stats.elapsed = start.elapsed();
    Ok(stats)
}
