//! Store errors: every SQLite failure becomes a one-line [`PetrelError`] that names the file
//! and the problem (locked, read-only, full, not a store).

use petrel_core::{ErrorKind, PetrelError};
use rusqlite::ErrorCode;

/// A store error with `message`.
pub(crate) fn store_err(message: impl Into<String>) -> PetrelError {
    PetrelError::new(ErrorKind::Store, message)
}

/// Maps an SQLite error on the store at `path` to a message a user can act on.
pub(crate) fn sql_err(path: &str, e: rusqlite::Error) -> PetrelError {
    let code = e.sqlite_error_code();
    let what = match code {
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => {
            format!("{path} is locked by another process (another petrel ingest?); try again when it ends")
        }
        Some(ErrorCode::ReadOnly) => format!("{path} is read-only; petrel cannot write to it"),
        Some(ErrorCode::DiskFull) => format!(
            "{path}: the disk is full (or the store reached its size limit); the last batch was rolled back and the store is intact"
        ),
        Some(ErrorCode::NotADatabase) => format!("{path} is not a petrel store (not an SQLite database)"),
        Some(ErrorCode::CannotOpen) => format!("{path}: cannot open the store ({e})"),
        Some(ErrorCode::DatabaseCorrupt) => format!("{path} is damaged ({e})"),
        _ => format!("{path}: store error: {e}"),
    };
    PetrelError::new(ErrorKind::Store, what).with_source(e)
}
