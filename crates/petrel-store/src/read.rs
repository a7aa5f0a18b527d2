//! Reading: events and clusters that match a [`Filter`], rebuilt as the records the output
//! sinks write, and stored documents for re-coding.

use crate::error::{sql_err, store_err};
use crate::filter::Filter;
use crate::prepare::{decompress, Detail};
use crate::Store;
use petrel_core::{Date, DocMeta, Result};
use petrel_output::{ClusterInfo, MentionRef, OwnedRecord};
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Row};

/// An event read from a store, with its document's metadata.
#[derive(Debug, Clone)]
pub struct StoredEvent {
    /// The event as `petrel code` wrote it (plus its cluster, when listing clusters).
    pub record: OwnedRecord,
    /// Its document's id, date, title, URL and outlet.
    pub meta: DocMeta,
    /// The event cluster it belongs to (asserted, dated events only).
    pub cluster_id: Option<i64>,
}

/// How many events, in order, a short page is first looked for among.
const PROBE_ROWS: u64 = 20_000;
/// Pages up to this many rows (limit plus offset) are probed first.
const PROBE_MAX_PAGE: u64 = 1_000;

/// Columns read for each event (`e` events, `d` documents).
const EVENT_COLUMNS: &str = "e.event_id, e.sentence, e.sentence_text, e.code, e.detail, \
     d.id, d.pub_date, d.title, d.url, d.outlet, e.cluster_id";

fn event_from_row(r: &Row) -> rusqlite::Result<StoredEvent> {
    let detail: String = r.get(4)?;
    let d: Detail = serde_json::from_str(&detail).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(4, rusqlite::types::Type::Text, Box::new(e))
    })?;
    let meta = DocMeta {
        id: r.get(5)?,
        date: r.get::<_, Option<String>>(6)?.and_then(|s| Date::parse(&s)),
        title: r.get(7)?,
        url: r.get(8)?,
        source: r.get(9)?,
    };
    let record = OwnedRecord {
        doc_id: meta.id.clone(),
        event_id: r.get(0)?,
        sentence: r.get::<_, i64>(1)? as usize,
        sentence_text: r.get(2)?,
        code: r.get(3)?,
        plover: d.plover,
        mode: d.mode,
        source: d.source,
        target: d.target,
        modality: d.modality,
        date: d.date,
        location: d.location,
        evidence: d.evidence,
        parent: d.parent,
        cluster: None,
    };
    Ok(StoredEvent {
        record,
        meta,
        cluster_id: r.get(10)?,
    })
}

/// A stored document, as `petrel recode` reads it back.
#[derive(Debug, Clone)]
pub struct StoredDoc {
    /// Its key in the store.
    pub key: i64,
    /// Id, date, title, URL and source.
    pub meta: DocMeta,
    /// The full text.
    pub text: String,
}

impl Store {
    /// Events matching `f`, in ingest order (document, then event), skipping `offset` and returning at most `limit`.
    pub fn events(&self, f: &Filter, limit: Option<u64>, offset: u64) -> Result<Vec<StoredEvent>> {
        let mut out = Vec::new();
        self.for_each_event(f, limit, offset, |e| {
            out.push(e);
            Ok(())
        })?;
        Ok(out)
    }

    /// Streams the events matching `f` to `each`, in ingest order, without holding them all.
    pub fn for_each_event(
        &self,
        f: &Filter,
        limit: Option<u64>,
        offset: u64,
        mut each: impl FnMut(StoredEvent) -> Result<()>,
    ) -> Result<()> {
        f.validate()?;
        let w = f.sql();
        // A short page is usually found fastest by reading events in order and stopping at the
        // page's end; a rare filter is found fastest through an index. So first read the
        // first PROBE_ROWS events in order: when they hold the whole page, it is the answer
        // (no later event comes before them); otherwise ask through the indexes.
        if let Some(l) = limit.filter(|l| l + offset <= PROBE_MAX_PAGE) {
            let sql = format!(
                "SELECT {EVENT_COLUMNS} FROM
                   (SELECT * FROM events NOT INDEXED ORDER BY event_key LIMIT {PROBE_ROWS}) e
                 JOIN documents d ON d.doc_key = e.doc_key
                 WHERE {} ORDER BY e.event_key LIMIT ?",
                w.clause
            );
            let mut params = w.params.clone();
            params.push(Value::Integer((l + offset) as i64));
            let found = self.collect(&sql, params)?;
            if found.len() as u64 == l + offset {
                for e in found.into_iter().skip(offset as usize) {
                    each(e)?;
                }
                return Ok(());
            }
        }
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM events e JOIN documents d ON d.doc_key = e.doc_key
             WHERE {} ORDER BY e.event_key LIMIT ? OFFSET ?",
            w.clause
        );
        let mut params = w.params;
        params.push(Value::Integer(limit.map(|l| l as i64).unwrap_or(-1)));
        params.push(Value::Integer(offset as i64));
        let mut st = self
            .conn
            .prepare(&sql)
            .map_err(|e| sql_err(&self.path, e))?;
        let rows = st
            .query_map(params_from_iter(params), event_from_row)
            .map_err(|e| sql_err(&self.path, e))?;
        for r in rows {
            each(r.map_err(|e| sql_err(&self.path, e))?)?;
        }
        Ok(())
    }

    fn collect(&self, sql: &str, params: Vec<Value>) -> Result<Vec<StoredEvent>> {
        let mut st = self.conn.prepare(sql).map_err(|e| sql_err(&self.path, e))?;
        let rows = st
            .query_map(params_from_iter(params), event_from_row)
            .map_err(|e| sql_err(&self.path, e))?;
        rows.map(|r| r.map_err(|e| sql_err(&self.path, e)))
            .collect()
    }

    /// How many events match `f`.
    pub fn count_events(&self, f: &Filter) -> Result<u64> {
        f.validate()?;
        let w = f.sql();
        let sql = format!("SELECT count(*) FROM events e WHERE {}", w.clause);
        self.conn
            .query_row(&sql, params_from_iter(w.params), |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(|e| sql_err(&self.path, e))
    }

    /// Event clusters with at least one mention matching `f`, in order of first mention. Each
    /// comes as its first mention's record with the cluster's counts and (up to
    /// `max_mentions`) mentions.
    pub fn clusters(
        &self,
        f: &Filter,
        limit: Option<u64>,
        offset: u64,
        max_mentions: usize,
    ) -> Result<Vec<StoredEvent>> {
        f.validate()?;
        let w = f.sql();
        let sql = format!(
            "SELECT e.cluster_id, min(e.event_key) AS first FROM events e
             WHERE e.cluster_id IS NOT NULL AND {} GROUP BY e.cluster_id
             ORDER BY first LIMIT ? OFFSET ?",
            w.clause
        );
        let mut params = w.params;
        params.push(Value::Integer(limit.map(|l| l as i64).unwrap_or(-1)));
        params.push(Value::Integer(offset as i64));
        let ids: Vec<i64> = {
            let mut st = self
                .conn
                .prepare(&sql)
                .map_err(|e| sql_err(&self.path, e))?;
            let rows = st
                .query_map(params_from_iter(params), |r| r.get(0))
                .map_err(|e| sql_err(&self.path, e))?;
            rows.collect::<rusqlite::Result<_>>()
                .map_err(|e| sql_err(&self.path, e))?
        };
        ids.into_iter()
            .map(|id| self.cluster(id, max_mentions))
            .collect::<Result<Vec<_>>>()
            .map(|v| v.into_iter().flatten().collect())
    }

    /// Ids of the clusters with the most mentions matching `f` (ties: earlier first).
    pub fn top_clusters(&self, f: &Filter, limit: usize) -> Result<Vec<i64>> {
        self.top_clusters_page(f, limit, 0)
    }

    /// A page of [`Store::top_clusters`]: `limit` ids after skipping `offset`.
    pub fn top_clusters_page(&self, f: &Filter, limit: usize, offset: u64) -> Result<Vec<i64>> {
        f.validate()?;
        let w = f.sql();
        let sql = format!(
            "SELECT e.cluster_id FROM events e WHERE e.cluster_id IS NOT NULL AND {}
             GROUP BY e.cluster_id ORDER BY count(*) DESC, min(e.event_key) LIMIT ? OFFSET ?",
            w.clause
        );
        let mut params = w.params;
        params.push(Value::Integer(limit as i64));
        params.push(Value::Integer(offset as i64));
        let mut st = self
            .conn
            .prepare(&sql)
            .map_err(|e| sql_err(&self.path, e))?;
        let rows = st
            .query_map(params_from_iter(params), |r| r.get(0))
            .map_err(|e| sql_err(&self.path, e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| sql_err(&self.path, e))
    }

    /// Events matching `f` per country of the event place (ISO alpha-3), most first, at most
    /// `limit` countries; events with no place are left out.
    pub fn places(&self, f: &Filter, limit: usize) -> Result<Vec<(String, u64)>> {
        f.validate()?;
        let w = f.sql();
        let sql = format!(
            "SELECT e.place_country, count(*) FROM events e
             WHERE e.place_country IS NOT NULL AND e.place_country != '' AND {}
             GROUP BY e.place_country ORDER BY count(*) DESC, e.place_country LIMIT ?",
            w.clause
        );
        let mut params = w.params;
        params.push(Value::Integer(limit as i64));
        let err = |e| sql_err(&self.path, e);
        let mut st = self.conn.prepare(&sql).map_err(err)?;
        let rows = st
            .query_map(params_from_iter(params), |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
            })
            .map_err(err)?;
        rows.collect::<rusqlite::Result<_>>().map_err(err)
    }

    /// One cluster by id, as its first mention with the cluster attached.
    pub fn cluster(&self, id: i64, max_mentions: usize) -> Result<Option<StoredEvent>> {
        let err = |e| sql_err(&self.path, e);
        let head = self.conn.query_row(
            "SELECT num_mentions, num_documents, num_sources, first_reported, last_reported
             FROM clusters WHERE cluster_id = ?1",
            [id],
            |r| {
                Ok(ClusterInfo {
                    id,
                    num_mentions: r.get(0)?,
                    num_documents: r.get(1)?,
                    num_sources: r.get(2)?,
                    first_reported: r.get::<_, Option<String>>(3)?.and_then(|s| Date::parse(&s)),
                    last_reported: r.get::<_, Option<String>>(4)?.and_then(|s| Date::parse(&s)),
                    mentions: Vec::new(),
                })
            },
        );
        let mut info = match head {
            Ok(i) => i,
            Err(rusqlite::Error::QueryReturnedNoRows) => return Ok(None),
            Err(e) => return Err(err(e)),
        };
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM events e JOIN documents d ON d.doc_key = e.doc_key
             WHERE e.cluster_id = ?1 ORDER BY e.event_key LIMIT ?2"
        );
        let mut st = self.conn.prepare_cached(&sql).map_err(err)?;
        let mentions: Vec<StoredEvent> = st
            .query_map(
                rusqlite::params![id, max_mentions.max(1) as i64],
                event_from_row,
            )
            .map_err(err)?
            .collect::<rusqlite::Result<_>>()
            .map_err(err)?;
        let Some(first) = mentions.first().cloned() else {
            return Ok(None);
        };
        info.mentions = mentions
            .iter()
            .map(|m| MentionRef {
                event_id: m.record.event_id.clone(),
                doc_id: m.meta.id.clone(),
                outlet: m.meta.source.clone(),
                trigger: m.record.evidence.text.clone(),
                sentence_text: m.record.sentence_text.clone(),
            })
            .collect();
        let mut first = first;
        first.record.cluster = Some(info);
        Ok(Some(first))
    }

    /// Up to `limit` stored documents after key `after`, in key order; with `except_coder`,
    /// only those coded by another coder version.
    pub fn documents_after(
        &self,
        after: i64,
        except_coder: Option<i64>,
        limit: usize,
    ) -> Result<Vec<StoredDoc>> {
        let err = |e| sql_err(&self.path, e);
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT doc_key, id, pub_date, title, url, outlet, text_z FROM documents
                 WHERE doc_key > ?1 AND coder_key IS NOT ?2 ORDER BY doc_key LIMIT ?3",
            )
            .map_err(err)?;
        let rows = st
            .query_map(rusqlite::params![after, except_coder, limit as i64], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    DocMeta {
                        id: r.get(1)?,
                        date: r.get::<_, Option<String>>(2)?.and_then(|s| Date::parse(&s)),
                        title: r.get(3)?,
                        url: r.get(4)?,
                        source: r.get(5)?,
                    },
                    r.get::<_, Vec<u8>>(6)?,
                ))
            })
            .map_err(err)?;
        let mut out = Vec::new();
        for row in rows {
            let (key, meta, z) = row.map_err(err)?;
            let text = decompress(&z).map_err(|e| {
                store_err(format!(
                    "{}: the stored text of {} is damaged: {e}",
                    self.path, meta.id
                ))
            })?;
            out.push(StoredDoc { key, meta, text });
        }
        Ok(out)
    }

    /// How many documents were coded by a coder other than `coder` (all, when `None`).
    pub fn count_documents(&self, except_coder: Option<i64>) -> Result<u64> {
        self.conn
            .query_row(
                "SELECT count(*) FROM documents WHERE coder_key IS NOT ?1",
                [except_coder],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n as u64)
            .map_err(|e| sql_err(&self.path, e))
    }
}
