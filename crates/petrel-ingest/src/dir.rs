//! Directory listing: sorted for a deterministic order, hidden entries skipped.

use std::path::{Path, PathBuf};

/// The entries of `dir` whose names do not start with `.`, sorted by name.
pub(crate) fn list_dir(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_name().as_encoded_bytes().first() != Some(&b'.') {
            out.push(entry.path());
        }
    }
    out.sort();
    Ok(out)
}
