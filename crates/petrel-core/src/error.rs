//! The one error type of the library: a kind, a message and an optional source.

use std::fmt;

/// What went wrong, for callers that branch on it (e.g. to map to exit codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Reading or writing a file failed.
    Io,
    /// Input could not be parsed (JSONL line, date, CoNLL-U, WARC record).
    Parse,
    /// Input is empty or not text.
    BadInput,
    /// A dictionary, model or rule file is malformed; the message names file:line.
    Resource,
    /// A pipeline or command was configured wrongly.
    Config,
    /// The event store refused an operation: not a store, a newer schema, locked, read-only
    /// or full.
    Store,
    /// Anything else.
    Other,
}

/// An error with a [`ErrorKind`], a human message and an optional underlying cause.
#[derive(Debug)]
pub struct PetrelError {
    /// What kind of failure this is.
    pub kind: ErrorKind,
    /// Human-readable message, naming the file, line or item at fault.
    pub message: String,
    /// The underlying cause, if any.
    pub source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

/// Result alias used throughout stormpetrel.
pub type Result<T> = std::result::Result<T, PetrelError>;

impl PetrelError {
    /// A new error of `kind` with `message`.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        PetrelError {
            kind,
            message: message.into(),
            source: None,
        }
    }
    /// Attaches an underlying cause.
    pub fn with_source(mut self, e: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(Box::new(e));
        self
    }
    /// A resource error at `file:line`.
    pub fn resource(file: &str, line: usize, message: impl fmt::Display) -> Self {
        Self::new(ErrorKind::Resource, format!("{file}:{line}: {message}"))
    }
    /// An I/O error about `what` (usually a path).
    pub fn io(what: impl fmt::Display, e: std::io::Error) -> Self {
        Self::new(ErrorKind::Io, format!("{what}: {e}")).with_source(e)
    }
}

impl fmt::Display for PetrelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for PetrelError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}
