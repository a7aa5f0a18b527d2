//! Rust errors as Python exceptions: a bad argument is a `ValueError`, a missing file a
//! `FileNotFoundError`, anything else a `RuntimeError`; each keeps the Rust message.

use pyo3::exceptions::{PyFileNotFoundError, PyRuntimeError, PyValueError};
use pyo3::PyErr;
use stormpetrel::{ErrorKind, PetrelError};

/// The Python exception for `e`.
pub fn to_py(e: PetrelError) -> PyErr {
    let msg = e.to_string();
    match e.kind {
        ErrorKind::Config | ErrorKind::Parse | ErrorKind::BadInput => PyValueError::new_err(msg),
        ErrorKind::Store if msg.contains("no such store") => PyFileNotFoundError::new_err(msg),
        ErrorKind::Io if msg.contains("No such file") => PyFileNotFoundError::new_err(msg),
        _ => PyRuntimeError::new_err(msg),
    }
}

/// A `ValueError` with `msg`.
pub fn value_error(msg: impl Into<String>) -> PyErr {
    PyValueError::new_err(msg.into())
}
