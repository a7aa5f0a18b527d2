//! The store's SQL schema, its version, and the checks made when a file is opened.
//!
//! `PRAGMA application_id` marks a file as a petrel store and `PRAGMA user_version` holds the
//! schema version. A binary opens stores of its own version or older (upgrading them in
//! place) and refuses newer ones. docs/store.md describes every table and column.

use crate::error::{sql_err, store_err};
use petrel_core::Result;
use rusqlite::Connection;

/// Marks an SQLite file as a petrel store ("PETR").
pub const APPLICATION_ID: i64 = 0x5045_5452;

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = 1;

/// Version 1 of the schema.
const SCHEMA_V1: &str = r#"
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE coders (
    coder_key INTEGER PRIMARY KEY,
    version TEXT NOT NULL UNIQUE,
    first_used TEXT NOT NULL
);
CREATE TABLE documents (
    doc_key INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT,
    outlet TEXT,
    title TEXT,
    pub_date TEXT,
    content_hash BLOB NOT NULL,
    ingested_at TEXT NOT NULL,
    coder_key INTEGER NOT NULL REFERENCES coders(coder_key),
    sentences INTEGER NOT NULL,
    text_z BLOB NOT NULL
);
CREATE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;
CREATE INDEX documents_hash ON documents(content_hash);
CREATE TABLE clusters (
    cluster_id INTEGER PRIMARY KEY,
    day INTEGER NOT NULL,
    date_precision TEXT NOT NULL,
    source_key TEXT NOT NULL,
    target_key TEXT NOT NULL,
    code TEXT NOT NULL,
    num_mentions INTEGER NOT NULL DEFAULT 0,
    num_documents INTEGER NOT NULL DEFAULT 0,
    num_sources INTEGER NOT NULL DEFAULT 0,
    first_reported TEXT,
    last_reported TEXT,
    UNIQUE (day, date_precision, source_key, target_key, code)
);
CREATE TABLE events (
    event_key INTEGER PRIMARY KEY,
    doc_key INTEGER NOT NULL REFERENCES documents(doc_key),
    n INTEGER NOT NULL,
    event_id TEXT NOT NULL UNIQUE,
    sentence INTEGER NOT NULL,
    code TEXT NOT NULL,
    root TEXT NOT NULL,
    quad_class INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    plover TEXT,
    mode TEXT,
    source_code TEXT,
    source_root TEXT,
    source_country TEXT,
    source_sector TEXT,
    source_text TEXT,
    target_code TEXT,
    target_root TEXT,
    target_country TEXT,
    target_sector TEXT,
    target_text TEXT,
    negated INTEGER NOT NULL,
    hypothetical INTEGER NOT NULL,
    future INTEGER NOT NULL,
    reported_by TEXT,
    reported_text TEXT,
    asserted INTEGER NOT NULL,
    date TEXT,
    day INTEGER,
    date_precision TEXT,
    date_source TEXT,
    place_name TEXT,
    place_country TEXT,
    lat REAL,
    lon REAL,
    trigger TEXT NOT NULL,
    rule TEXT NOT NULL,
    sentence_text TEXT NOT NULL,
    cluster_id INTEGER REFERENCES clusters(cluster_id),
    detail TEXT NOT NULL
);
CREATE INDEX events_doc ON events(doc_key, n);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_source ON events(source_root, day);
CREATE INDEX events_target ON events(target_root, day);
CREATE INDEX events_dyad ON events(source_root, target_root, day);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_cluster ON events(cluster_id);
CREATE TABLE daily (
    day INTEGER NOT NULL,
    quad_class INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (day, quad_class)
) WITHOUT ROWID;
CREATE TRIGGER events_daily_insert AFTER INSERT ON events
WHEN NEW.asserted = 1 AND NEW.day IS NOT NULL BEGIN
    INSERT INTO daily (day, quad_class, n) VALUES (NEW.day, NEW.quad_class, 1)
    ON CONFLICT (day, quad_class) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER events_daily_delete AFTER DELETE ON events
WHEN OLD.asserted = 1 AND OLD.day IS NOT NULL BEGIN
    UPDATE daily SET n = n - 1 WHERE day = OLD.day AND quad_class = OLD.quad_class;
END;
CREATE TABLE dyad_daily (
    source_root TEXT NOT NULL,
    target_root TEXT NOT NULL,
    day INTEGER NOT NULL,
    quad_class INTEGER NOT NULL,
    n INTEGER NOT NULL,
    goldstein_sum REAL NOT NULL,
    PRIMARY KEY (source_root, target_root, day, quad_class)
) WITHOUT ROWID;
CREATE TRIGGER events_dyad_insert AFTER INSERT ON events
WHEN NEW.asserted = 1 AND NEW.day IS NOT NULL BEGIN
    INSERT INTO dyad_daily (source_root, target_root, day, quad_class, n, goldstein_sum)
    VALUES (coalesce(NEW.source_root, ''), coalesce(NEW.target_root, ''), NEW.day,
            NEW.quad_class, 1, NEW.goldstein)
    ON CONFLICT (source_root, target_root, day, quad_class)
    DO UPDATE SET n = n + 1, goldstein_sum = goldstein_sum + NEW.goldstein;
END;
CREATE TRIGGER events_dyad_delete AFTER DELETE ON events
WHEN OLD.asserted = 1 AND OLD.day IS NOT NULL BEGIN
    UPDATE dyad_daily SET n = n - 1, goldstein_sum = goldstein_sum - OLD.goldstein
    WHERE source_root = coalesce(OLD.source_root, '') AND target_root = coalesce(OLD.target_root, '')
      AND day = OLD.day AND quad_class = OLD.quad_class;
END;
CREATE VIRTUAL TABLE events_fts USING fts5(
    sentence_text, content = 'events', content_rowid = 'event_key'
);
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_fts (rowid, sentence_text) VALUES (NEW.event_key, NEW.sentence_text);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, sentence_text)
    VALUES ('delete', OLD.event_key, OLD.sentence_text);
END;
"#;

/// Whether a file is a petrel store, and of which version.
pub(crate) enum Kind {
    /// A new, empty database: the schema must be created.
    Empty,
    /// A petrel store of this schema version.
    Current,
}

/// Checks the identity and version of an open database.
pub(crate) fn check(conn: &Connection, path: &str) -> Result<Kind> {
    let app: i64 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(|e| sql_err(path, e))?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| sql_err(path, e))?;
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(|e| sql_err(path, e))?;
    if app == 0 && version == 0 && tables == 0 {
        return Ok(Kind::Empty);
    }
    if app != APPLICATION_ID {
        return Err(store_err(format!(
            "{path} is an SQLite database but not a petrel store"
        )));
    }
    if version > SCHEMA_VERSION {
        return Err(store_err(format!(
            "{path} was written by a newer petrel (store schema {version}; this petrel reads up to {SCHEMA_VERSION}): upgrade petrel to read it"
        )));
    }
    if version < 1 {
        return Err(store_err(format!(
            "{path} has store schema {version}, which no petrel release wrote"
        )));
    }
    Ok(Kind::Current)
}

/// Creates the schema in an empty database, in one transaction.
pub(crate) fn create(conn: &Connection, path: &str, created_by: &str) -> Result<()> {
    let sql = format!(
        "BEGIN IMMEDIATE;
         {SCHEMA_V1}
         INSERT INTO meta (key, value) VALUES ('created_by', '{}');
         PRAGMA application_id = {APPLICATION_ID};
         PRAGMA user_version = {SCHEMA_VERSION};
         COMMIT;",
        created_by.replace('\'', "''")
    );
    conn.execute_batch(&sql).map_err(|e| {
        let _ = conn.execute_batch("ROLLBACK");
        sql_err(path, e)
    })
}
