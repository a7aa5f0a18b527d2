//! Writing: each batch of documents and their events goes in one transaction, so a crash
//! leaves the store as it was after the last whole batch. Duplicates are checked inside the
//! transaction, so two writers cannot both add the same document.

use crate::error::sql_err;
use crate::prepare::{now_utc, EventRow, PreparedDoc};
use crate::Store;
use petrel_core::Result;
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::BTreeMap;

/// Why a document was not added: it is already in the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Duplicate {
    /// A stored document has the same id.
    Id,
    /// A stored document has the same URL.
    Url,
    /// A stored document has the same text.
    Content,
}

impl std::fmt::Display for Duplicate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Duplicate::Id => "id",
            Duplicate::Url => "URL",
            Duplicate::Content => "content",
        })
    }
}

/// The actor part of a cluster key: the actor's country (or IGO), else its whole code, else
/// the empty string.
fn cluster_actor(a: &[Option<String>; 4]) -> &str {
    a[1].as_deref().or(a[0].as_deref()).unwrap_or("")
}

/// The first three letters of an actor code: the country or IGO part, which dyads and the
/// per-dyad daily counts key on.
fn root(code: &Option<String>) -> Option<&str> {
    code.as_deref().map(|c| c.get(..3).unwrap_or(c))
}

/// Finds a stored document with the same id, URL or text hash.
pub(crate) fn find_duplicate(
    conn: &Connection,
    id: &str,
    url: Option<&str>,
    hash: &[u8; 32],
) -> rusqlite::Result<Option<Duplicate>> {
    let one = |sql: &str, p: &dyn rusqlite::ToSql| -> rusqlite::Result<bool> {
        conn.prepare_cached(sql)?
            .query_row([p], |_| Ok(()))
            .optional()
            .map(|o| o.is_some())
    };
    if one("SELECT 1 FROM documents WHERE id = ?1", &id)? {
        return Ok(Some(Duplicate::Id));
    }
    if let Some(u) = url.filter(|u| !u.is_empty()) {
        if one("SELECT 1 FROM documents WHERE url = ?1", &u)? {
            return Ok(Some(Duplicate::Url));
        }
    }
    if one(
        "SELECT 1 FROM documents WHERE content_hash = ?1",
        &hash.as_slice(),
    )? {
        return Ok(Some(Duplicate::Content));
    }
    Ok(None)
}

/// Bits of an event key that hold the event's number in its document: keys are
/// `doc_key << EVENT_BITS | n`, so key order is document order, also after a re-code.
pub(crate) const EVENT_BITS: u32 = 20;

/// Inserts the events of document `doc_key`, assigning clusters; returns the clusters touched.
fn insert_events(
    conn: &Connection,
    doc_key: i64,
    events: &[EventRow],
    touched: &mut BTreeMap<i64, i64>,
) -> rusqlite::Result<()> {
    if events.len() >= 1 << EVENT_BITS {
        return Err(rusqlite::Error::ToSqlConversionFailure(
            format!(
                "a document has {} events; the store takes at most {}",
                events.len(),
                (1 << EVENT_BITS) - 1
            )
            .into(),
        ));
    }
    for e in events {
        let cluster: Option<i64> = match (&e.date, e.asserted()) {
            (Some(d), true) => Some(
                conn.prepare_cached(
                    "INSERT INTO clusters (day, date_precision, source_key, target_key, code)
                     VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (day, date_precision, source_key, target_key, code)
                     DO UPDATE SET num_mentions = num_mentions
                     RETURNING cluster_id",
                )?
                .query_row(
                    params![
                        d.value.to_days(),
                        d.precision.as_str(),
                        cluster_actor(&e.source),
                        cluster_actor(&e.target),
                        e.code
                    ],
                    |r| r.get(0),
                )?,
            ),
            _ => None,
        };
        if let Some(c) = cluster {
            *touched.entry(c).or_default() += 1;
        }
        conn.prepare_cached(
            "INSERT INTO events (event_key, doc_key, n, event_id, sentence, code, root, quad_class, goldstein,
                plover, mode, source_code, source_root, source_country, source_sector, source_text,
                target_code, target_root, target_country, target_sector, target_text,
                negated, hypothetical, future, reported_by, reported_text, asserted,
                date, day, date_precision, date_source, place_name, place_country, lat, lon,
                trigger, rule, sentence_text, cluster_id, detail)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33,
                ?34, ?35, ?36, ?37, ?38, ?39, ?40)",
        )?
        .execute(params![
            (doc_key << EVENT_BITS) | e.n as i64,
            doc_key,
            e.n as i64,
            e.event_id,
            e.sentence as i64,
            e.code,
            e.code.get(..2).unwrap_or(""),
            e.quad_class,
            e.goldstein as f64,
            e.plover.0,
            e.plover.1,
            e.source[0],
            root(&e.source[0]),
            e.source[1],
            e.source[2],
            e.source[3],
            e.target[0],
            root(&e.target[0]),
            e.target[1],
            e.target[2],
            e.target[3],
            e.flags[0],
            e.flags[1],
            e.flags[2],
            e.reported.0,
            e.reported.1,
            e.asserted(),
            e.date.as_ref().map(|d| d.value.to_string()),
            e.day(),
            e.date.as_ref().map(|d| d.precision.as_str()),
            e.date.as_ref().map(|d| d.source.as_str()),
            e.place.0,
            e.place.1,
            e.place.2,
            e.place.3,
            e.evidence.0,
            e.evidence.1,
            e.sentence_text,
            cluster,
            e.detail,
        ])?;
    }
    Ok(())
}

/// Adds one new document's mentions to the counts of its clusters (`added`: cluster → mentions),
/// without reading the clusters' other events: the document is new, so it adds one document,
/// and one source unless another document of the cluster has the same outlet. The counts are
/// those [`refresh_clusters`] would compute, at a cost that does not grow with the clusters.
fn add_to_clusters(
    conn: &Connection,
    doc_key: i64,
    outlet: Option<&str>,
    pub_date: Option<&str>,
    added: &BTreeMap<i64, i64>,
) -> rusqlite::Result<()> {
    let mut same_outlet = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM events e JOIN documents d ON d.doc_key = e.doc_key
                        WHERE e.cluster_id = ?1 AND e.doc_key != ?2 AND d.outlet = ?3)",
    )?;
    let mut up = conn.prepare_cached(
        "UPDATE clusters SET num_mentions = num_mentions + ?2,
                             num_documents = num_documents + 1,
                             num_sources = num_sources + ?3,
                             first_reported = CASE WHEN first_reported IS NULL OR ?4 < first_reported
                                              THEN coalesce(?4, first_reported) ELSE first_reported END,
                             last_reported = CASE WHEN last_reported IS NULL OR ?4 > last_reported
                                             THEN coalesce(?4, last_reported) ELSE last_reported END
         WHERE cluster_id = ?1",
    )?;
    for (&c, &n) in added {
        let known = match outlet {
            Some(o) => same_outlet.query_row(params![c, doc_key, o], |r| r.get::<_, bool>(0))?,
            None => false,
        };
        up.execute(params![c, n, !known as i64, pub_date])?;
    }
    Ok(())
}

/// Recomputes the counts of the touched clusters and drops those left with no mention.
fn refresh_clusters(conn: &Connection, touched: &BTreeMap<i64, i64>) -> rusqlite::Result<()> {
    let mut up = conn.prepare_cached(
        "UPDATE clusters SET (num_mentions, num_documents, num_sources, first_reported, last_reported) =
            (SELECT count(*), count(DISTINCT e.doc_key),
                    count(DISTINCT coalesce(d.outlet, 'doc:' || d.doc_key)),
                    min(d.pub_date), max(d.pub_date)
             FROM events e JOIN documents d ON d.doc_key = e.doc_key
             WHERE e.cluster_id = ?1)
         WHERE cluster_id = ?1",
    )?;
    let mut del =
        conn.prepare_cached("DELETE FROM clusters WHERE cluster_id = ?1 AND num_mentions = 0")?;
    for c in touched.keys() {
        up.execute([c])?;
        del.execute([c])?;
    }
    Ok(())
}

/// Runs `f` inside `BEGIN IMMEDIATE … COMMIT`, rolling back on any error.
fn in_transaction<T>(
    conn: &Connection,
    f: impl FnOnce(&Connection) -> rusqlite::Result<T>,
) -> rusqlite::Result<T> {
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let bump = |v| {
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('generation', '1')
             ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
            [],
        )
        .map(|_| v)
    };
    match f(conn)
        .and_then(bump)
        .and_then(|v| conn.execute_batch("COMMIT").map(|_| v))
    {
        Ok(v) => Ok(v),
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}

impl Store {
    /// The key of a coder version (rules, dictionaries, models), added on first use.
    pub fn coder_key(&self, version: &str) -> Result<i64> {
        let r = in_transaction(&self.conn, |c| {
            c.execute(
                "INSERT OR IGNORE INTO coders (version, first_used) VALUES (?1, ?2)",
                params![version, now_utc()],
            )?;
            c.query_row(
                "SELECT coder_key FROM coders WHERE version = ?1",
                [version],
                |r| r.get(0),
            )
        });
        r.map_err(|e| sql_err(&self.path, e))
    }

    /// Updates the query planner's statistics (after a large ingest or re-code).
    pub fn optimize(&self) -> Result<()> {
        self.conn
            .execute_batch("PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002;")
            .map_err(|e| sql_err(&self.path, e))
    }

    /// Whether a document with this id, URL or text hash is already stored.
    pub fn find_duplicate(
        &self,
        id: &str,
        url: Option<&str>,
        hash: &[u8; 32],
    ) -> Result<Option<Duplicate>> {
        find_duplicate(&self.conn, id, url, hash).map_err(|e| sql_err(&self.path, e))
    }

    /// Adds a batch of documents in one transaction. Each document already in the store (by
    /// id, URL or content) is left out, and its entry in the result says why.
    pub fn add_batch(
        &mut self,
        docs: &[PreparedDoc],
        coder_key: i64,
    ) -> Result<Vec<Option<Duplicate>>> {
        let r = in_transaction(&self.conn, |c| {
            let mut added = BTreeMap::new();
            let mut out = Vec::with_capacity(docs.len());
            let now = now_utc();
            for d in docs {
                if let Some(dup) = find_duplicate(c, &d.meta.id, d.meta.url.as_deref(), &d.hash)? {
                    out.push(Some(dup));
                    continue;
                }
                c.prepare_cached(
                    "INSERT INTO documents (id, url, outlet, title, pub_date, content_hash,
                        ingested_at, coder_key, sentences, text_z)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                )?
                .execute(params![
                    d.meta.id,
                    d.meta.url.as_deref().filter(|u| !u.is_empty()),
                    d.outlet,
                    d.meta.title,
                    d.meta.date.map(|d| d.to_string()),
                    d.hash.as_slice(),
                    now,
                    coder_key,
                    d.sentences as i64,
                    d.text_z,
                ])?;
                let doc_key = c.last_insert_rowid();
                added.clear();
                insert_events(c, doc_key, &d.events, &mut added)?;
                let pub_date = d.meta.date.map(|d| d.to_string());
                add_to_clusters(c, doc_key, d.outlet.as_deref(), pub_date.as_deref(), &added)?;
                out.push(None);
            }
            Ok(out)
        });
        r.map_err(|e| sql_err(&self.path, e))
    }

    /// Replaces the events of stored documents with newly coded ones, in one transaction
    /// (`petrel recode`). Each entry is a document key and its new rows.
    pub fn replace_events(&mut self, docs: &[(i64, PreparedDoc)], coder_key: i64) -> Result<()> {
        let r = in_transaction(&self.conn, |c| {
            let mut touched = BTreeMap::new();
            for (key, d) in docs {
                let mut old = c.prepare_cached(
                    "SELECT cluster_id FROM events WHERE doc_key = ?1 AND cluster_id IS NOT NULL",
                )?;
                for id in old.query_map([key], |r| r.get::<_, i64>(0))? {
                    touched.insert(id?, 0);
                }
                c.prepare_cached("DELETE FROM events WHERE doc_key = ?1")?
                    .execute([key])?;
                c.prepare_cached(
                    "UPDATE documents SET coder_key = ?2, sentences = ?3 WHERE doc_key = ?1",
                )?
                .execute(params![key, coder_key, d.sentences as i64])?;
                insert_events(c, *key, &d.events, &mut touched)?;
            }
            refresh_clusters(c, &touched)?;
            c.execute("DELETE FROM daily WHERE n <= 0", [])?;
            c.execute("DELETE FROM dyad_daily WHERE n <= 0", [])?;
            Ok(())
        });
        r.map_err(|e| sql_err(&self.path, e))
    }
}
