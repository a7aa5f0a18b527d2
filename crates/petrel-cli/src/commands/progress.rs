//! The progress bar that `petrel code`, `ingest` and `recode` show on a terminal: a bar over
//! text bytes with an ETA when the input sizes are known, otherwise a spinner.

use indicatif::{ProgressBar, ProgressStyle};
use petrel_core::Doc;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Instant;

/// Documents, bytes and events seen so far, drawn on standard error when it is a terminal.
pub struct Progress {
    bar: Option<ProgressBar>,
    docs: u64,
    bytes: u64,
    started: Instant,
}

/// A bar over text bytes, when every input is a plain-text or JSONL file (their size is close
/// to the text they hold); otherwise a spinner.
fn progress_bar(paths: &[PathBuf]) -> ProgressBar {
    let plain = |p: &PathBuf| {
        p.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e, "txt" | "jsonl" | "ndjson"))
    };
    let sizes: Option<u64> = paths
        .iter()
        .map(|p| {
            std::fs::metadata(p)
                .ok()
                .filter(|m| m.is_file() && plain(p))
                .map(|m| m.len())
        })
        .sum();
    match sizes {
        Some(total) if total > 0 => {
            let b = ProgressBar::new(total);
            b.set_style(
                ProgressStyle::with_template(
                    "{bar:30} {percent:>3}% {msg} [{elapsed_precise}, ETA {eta}]",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            b
        }
        _ => spinner(),
    }
}

fn spinner() -> ProgressBar {
    let b = ProgressBar::new_spinner();
    b.set_style(
        ProgressStyle::with_template("{spinner} {msg} [{elapsed_precise}]")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    b
}

impl Progress {
    /// A bar over `paths` unless `quiet` or standard error is not a terminal.
    pub fn new(paths: &[PathBuf], quiet: bool) -> Progress {
        Progress {
            bar: (!quiet && std::io::stderr().is_terminal()).then(|| progress_bar(paths)),
            docs: 0,
            bytes: 0,
            started: Instant::now(),
        }
    }
    /// A spinner (for inputs of unknown size, such as a store's documents).
    pub fn spinner(quiet: bool) -> Progress {
        Progress {
            bar: (!quiet && std::io::stderr().is_terminal()).then(spinner),
            docs: 0,
            bytes: 0,
            started: Instant::now(),
        }
    }
    /// Prints a line above the bar (or on standard error).
    pub fn println(&self, msg: String) {
        match &self.bar {
            Some(b) => b.println(msg),
            None => eprintln!("{msg}"),
        }
    }
    /// Counts a coded document; `events` is the running count the command reports.
    pub fn doc(&mut self, doc: &Doc, events: u64) {
        self.docs += 1;
        self.bytes += doc.text.len() as u64;
        if let Some(b) = &self.bar {
            if b.length().is_some() {
                b.set_position(self.bytes);
            } else {
                b.set_position(self.docs);
            }
            let secs = self.started.elapsed().as_secs_f64().max(1e-3);
            b.set_message(format!(
                "{} docs, {:.1} MB ({:.2} MB/s), {} events ({:.0}/s)",
                self.docs,
                self.bytes as f64 / 1e6,
                self.bytes as f64 / 1e6 / secs,
                events,
                events as f64 / secs
            ));
        }
    }
    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}
