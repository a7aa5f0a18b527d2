//! Opening a store: checks that a file is a petrel store of a version this binary reads, sets
//! WAL journaling and a busy timeout, and creates the schema in a new file.

use crate::error::{sql_err, store_err};
use crate::schema::{self, Kind};
use petrel_core::{PetrelError, Result};
use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::time::Duration;

/// How long a writer or reader waits for a lock held by another process.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// An open event store (one SQLite file and its WAL).
pub struct Store {
    pub(crate) conn: Connection,
    pub(crate) path: String,
}

/// Counts of what a store holds.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct StoreStats {
    /// Documents.
    pub documents: u64,
    /// Event mentions (all modalities).
    pub events: u64,
    /// Event clusters.
    pub clusters: u64,
    /// Earliest event date.
    pub first_day: Option<petrel_core::Date>,
    /// Latest event date.
    pub last_day: Option<petrel_core::Date>,
}

/// Refuses a path that exists but cannot be an SQLite database (a directory, another format).
fn check_file(path: &Path, shown: &str) -> Result<bool> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(PetrelError::io(shown, e)),
    };
    if meta.is_dir() {
        return Err(store_err(format!(
            "{shown} is a directory, not a petrel store"
        )));
    }
    if meta.len() == 0 {
        return Ok(true);
    }
    let mut head = [0u8; 16];
    let n = std::io::Read::read(
        &mut std::fs::File::open(path).map_err(|e| PetrelError::io(shown, e))?,
        &mut head,
    )
    .map_err(|e| PetrelError::io(shown, e))?;
    if n < 16 || &head != b"SQLite format 3\0" {
        return Err(store_err(format!(
            "{shown} is not a petrel store (not an SQLite database)"
        )));
    }
    Ok(true)
}

impl Store {
    /// Opens a store for reading; it must exist. Readers see each batch an ingest commits.
    pub fn open(path: &Path) -> Result<Store> {
        let shown = path.display().to_string();
        if !check_file(path, &shown)? {
            return Err(store_err(format!(
                "{shown}: no such store (create one with `petrel ingest PATH --db {shown}`)"
            )));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| sql_err(&shown, e))?;
        conn.busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| sql_err(&shown, e))?;
        match schema::check(&conn, &shown)? {
            Kind::Current => Ok(Store { conn, path: shown }),
            Kind::Empty => Err(store_err(format!(
                "{shown} is an empty database, not a petrel store"
            ))),
        }
    }

    /// Opens a store for writing, creating it when the file does not exist.
    pub fn open_or_create(path: &Path) -> Result<Store> {
        Self::open_writable(path, true)
    }

    /// Opens an existing store for writing (as `petrel recode` does).
    pub fn open_existing_writable(path: &Path) -> Result<Store> {
        Self::open_writable(path, false)
    }

    fn open_writable(path: &Path, create: bool) -> Result<Store> {
        let shown = path.display().to_string();
        let exists = check_file(path, &shown)?;
        if !exists && !create {
            return Err(store_err(format!(
                "{shown}: no such store (create one with `petrel ingest PATH --db {shown}`)"
            )));
        }
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if create {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let conn = Connection::open_with_flags(path, flags).map_err(|e| sql_err(&shown, e))?;
        conn.busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| sql_err(&shown, e))?;
        let kind = schema::check(&conn, &shown)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| sql_err(&shown, e))?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(|e| sql_err(&shown, e))?;
        if let Kind::Empty = kind {
            schema::create(&conn, &shown, concat!("petrel ", env!("CARGO_PKG_VERSION")))?;
        }
        Ok(Store { conn, path: shown })
    }

    /// How long to wait for a lock another process holds before giving up (default 10 s).
    pub fn set_busy_timeout(&self, wait: Duration) -> Result<()> {
        self.conn
            .busy_timeout(wait)
            .map_err(|e| sql_err(&self.path, e))
    }

    /// The path the store was opened with, for messages.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Caps the database file at `pages` pages, so that writing past it fails as a full disk
    /// does (for quotas and for testing that a full disk leaves the store intact).
    pub fn limit_pages(&self, pages: u64) -> Result<()> {
        self.conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))
            .map_err(|e| sql_err(&self.path, e))
    }

    /// A number that grows with every write transaction (0 for a store never written since
    /// it was counted): readers compare it to know whether what they cached is stale.
    pub fn generation(&self) -> Result<i64> {
        self.conn
            .query_row(
                "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'",
                [],
                |r| r.get(0),
            )
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(0),
                e => Err(e),
            })
            .map_err(|e| sql_err(&self.path, e))
    }

    /// Counts of documents, events and clusters, and the range of event dates.
    pub fn stats(&self) -> Result<StoreStats> {
        let q = |sql: &str| -> Result<i64> {
            self.conn
                .query_row(sql, [], |r| r.get::<_, Option<i64>>(0))
                .map(|v| v.unwrap_or(0))
                .map_err(|e| sql_err(&self.path, e))
        };
        let range: (Option<i64>, Option<i64>) = self
            .conn
            .query_row(
                "SELECT min(day), max(day) FROM daily WHERE n > 0",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(|e| sql_err(&self.path, e))?;
        Ok(StoreStats {
            documents: q("SELECT count(*) FROM documents")? as u64,
            events: q("SELECT count(*) FROM events")? as u64,
            clusters: q("SELECT count(*) FROM clusters")? as u64,
            first_day: range.0.map(petrel_core::Date::from_days),
            last_day: range.1.map(petrel_core::Date::from_days),
        })
    }
}
