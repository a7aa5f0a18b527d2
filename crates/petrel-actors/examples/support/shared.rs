//! Paths shared by the data generators.

use std::path::PathBuf;

/// The read-only data folder: `$PETREL_SHARED`, else the `shared` folder beside the workspace.
pub fn shared_dir() -> PathBuf {
    std::env::var_os("PETREL_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("..")
                .join("..")
                .join("..")
                .join("shared")
        })
}

/// A file in this crate's `data/` folder.
pub fn data_file(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join(name)
}

/// Reads a file as text, exiting with a message when it is missing.
pub fn read(p: &std::path::Path) -> String {
    match std::fs::read(p) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            eprintln!("cannot read {}: {e}", p.display());
            std::process::exit(1)
        }
    }
}
