//! `Store`: a store made by `petrel ingest`, read-only unless `ingest` is called.

use crate::columns::Columns;
use crate::errors::{to_py, value_error};
use arrow::pyarrow::PyArrowType;
use arrow::record_batch::RecordBatch;
use petrel_monitor::{alerts, fitting_measure, AlertQuery, Measure, Params};
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;
use stormpetrel::ingest::{Inputs, Item, ReadOptions};
use stormpetrel::store::{
    actor_code, cameo_code, cameo_root, date_bound, plover_type, quad_class, Dyad, Filter,
    content_hash, Period, PreparedDoc,
};
use stormpetrel::{Doc, DocMeta};

/// Documents written per transaction by `ingest`.
const BATCH: usize = 256;

/// An event store file.
#[pyclass(module = "stormpetrel._stormpetrel")]
pub struct Store {
    path: PathBuf,
    read: Mutex<stormpetrel::store::Store>,
}

fn one(f: &mut HashMap<String, Vec<String>>, name: &str) -> PyResult<Option<String>> {
    match f.remove(name) {
        None => Ok(None),
        Some(mut v) if v.len() == 1 => Ok(v.pop()),
        Some(v) => Err(value_error(format!("{name} takes one value, got {}", v.len()))),
    }
}

/// A store filter from keyword arguments (every value already a list of strings).
fn filter(mut f: HashMap<String, Vec<String>>) -> PyResult<Filter> {
    fn e<T>(r: stormpetrel::Result<T>) -> PyResult<T> {
        r.map_err(to_py)
    }
    let filter = Filter {
        source: one(&mut f, "source")?.map(|s| e(actor_code(&s, "source"))).transpose()?,
        target: one(&mut f, "target")?.map(|s| e(actor_code(&s, "target"))).transpose()?,
        dyads: f
            .remove("dyad")
            .unwrap_or_default()
            .iter()
            .map(|d| e(Dyad::parse(d)))
            .collect::<PyResult<_>>()?,
        root: one(&mut f, "root")?.map(|s| e(cameo_root(&s))).transpose()?,
        code: one(&mut f, "code")?.map(|s| e(cameo_code(&s, "code"))).transpose()?,
        quad: one(&mut f, "quad")?.map(|s| e(quad_class(&s))).transpose()?,
        plover: one(&mut f, "plover")?.map(|s| e(plover_type(&s))).transpose()?,
        from: one(&mut f, "from")?.map(|s| e(date_bound(&s, "from_"))).transpose()?,
        to: one(&mut f, "to")?.map(|s| e(date_bound(&s, "to"))).transpose()?,
        place: one(&mut f, "place")?,
        text: one(&mut f, "text")?,
        all_modalities: match one(&mut f, "modality")?.as_deref() {
            None | Some("asserted") => false,
            Some("all") => true,
            Some(s) => return Err(value_error(format!("modality is 'asserted' or 'all', got {s:?}"))),
        },
    };
    if let Some(k) = f.keys().next() {
        return Err(value_error(format!(
            "unknown filter {k:?} (filters: source, target, dyad, root, code, quad, plover, from_, to, place, text, modality)"
        )));
    }
    e(filter.validate())?;
    Ok(filter)
}

impl Store {
    fn with<T>(&self, f: impl FnOnce(&stormpetrel::store::Store) -> stormpetrel::Result<T>) -> PyResult<T> {
        let s = self
            .read
            .lock()
            .map_err(|_| PyRuntimeError::new_err("the store connection was poisoned by an earlier failure"))?;
        f(&s).map_err(to_py)
    }
}

#[pymethods]
impl Store {
    /// Opens an existing store for reading.
    #[new]
    fn new(path: PathBuf) -> PyResult<Store> {
        let s = stormpetrel::store::Store::open(&path).map_err(to_py)?;
        Ok(Store {
            path,
            read: Mutex::new(s),
        })
    }

    /// Creates an empty store at `path` (opening it as it is when it exists).
    #[staticmethod]
    fn create(path: PathBuf) -> PyResult<()> {
        stormpetrel::store::Store::open_or_create(&path).map_err(to_py)?;
        Ok(())
    }

    /// Events matching the filters, as one Arrow batch (at most `limit` after `offset`).
    #[pyo3(signature = (filters, limit=None, offset=0))]
    fn query(
        &self,
        py: Python<'_>,
        filters: HashMap<String, Vec<String>>,
        limit: Option<u64>,
        offset: u64,
    ) -> PyResult<PyArrowType<RecordBatch>> {
        let f = filter(filters)?;
        py.allow_threads(|| {
            let events = self.with(|s| s.events(&f, limit, offset))?;
            let mut cols = Columns::default();
            for e in &events {
                cols.add(&e.record.record());
            }
            cols.finish()
                .map_err(|e| PyRuntimeError::new_err(format!("building the Arrow batch: {e}")))
        })
        .map(PyArrowType)
    }

    /// A dyad's series as JSON rows (`petrel series --format json`).
    #[pyo3(signature = (dyad, by="week", from_=None, to=None))]
    fn series_json(
        &self,
        dyad: &str,
        by: &str,
        from_: Option<&str>,
        to: Option<&str>,
    ) -> PyResult<String> {
        let d = Dyad::parse(dyad).map_err(to_py)?;
        let by = Period::parse(by).map_err(|_| value_error(format!("by is 'day', 'week' or 'month', got {by:?}")))?;
        let from = from_.map(|s| date_bound(s, "from_")).transpose().map_err(to_py)?;
        let to = to.map(|s| date_bound(s, "to")).transpose().map_err(to_py)?;
        let rows = self.with(|s| s.series(&d, by, from, to))?;
        serde_json::to_string(&rows).map_err(|e| PyRuntimeError::new_err(e.to_string()))
    }

    /// Alerts as JSON objects (`petrel alerts --json`).
    #[pyo3(signature = (dyads, by="week", measure="auto", since=None, dyad_limit=50))]
    fn alerts_json(
        &self,
        dyads: Vec<String>,
        by: &str,
        measure: &str,
        since: Option<&str>,
        dyad_limit: usize,
    ) -> PyResult<String> {
        let dyads = dyads
            .iter()
            .map(|d| Dyad::parse(d))
            .collect::<stormpetrel::Result<Vec<_>>>()
            .map_err(to_py)?;
        let by = match by {
            "day" => Period::Day,
            "week" => Period::Week,
            _ => return Err(value_error(format!("by is 'day' or 'week', got {by:?}"))),
        };
        let since = since.map(|s| date_bound(s, "since")).transpose().map_err(to_py)?;
        let found = self.with(|s| {
            let measure = match measure {
                "share" => Measure::Share,
                "count" => Measure::Count,
                "auto" => fitting_measure(s)?,
                m => {
                    return Err(stormpetrel::PetrelError::new(
                        stormpetrel::ErrorKind::Config,
                        format!("measure is 'auto', 'share' or 'count', got {m:?}"),
                    ))
                }
            };
            let q = AlertQuery {
                dyads,
                by,
                since,
                max_dyads: dyad_limit.max(1),
                params: Params {
                    measure,
                    ..Params::default()
                },
            };
            alerts(s, &q)
        })?;
        serde_json::to_string(&found).map_err(|e| PyRuntimeError::new_err(e.to_string()))
    }

    /// Codes files (`paths`) and texts (`texts`, with ids and dates) into the store, skipping
    /// documents it already holds, `BATCH` documents at a time; returns (documents added,
    /// events added, documents skipped as already stored, inputs that could not be read).
    #[pyo3(signature = (coder, paths, texts, ids, dates))]
    fn ingest(
        &self,
        py: Python<'_>,
        coder: &crate::coder::Coder,
        paths: Vec<PathBuf>,
        texts: Vec<String>,
        ids: Vec<String>,
        dates: Vec<Option<String>>,
    ) -> PyResult<(u64, u64, u64, u64)> {
        for path in &paths {
            if !path.exists() {
                return Err(pyo3::exceptions::PyFileNotFoundError::new_err(format!(
                    "{}: no such file or directory",
                    path.display()
                )));
            }
        }
        let text_docs = texts
            .into_iter()
            .zip(ids)
            .zip(dates)
            .map(|((text, id), date)| {
                let date = crate::coder::parse_date(date.as_deref(), &format!("document {id:?}"))?;
                let meta = DocMeta {
                    id,
                    date,
                    ..Default::default()
                };
                Ok(Doc::new(meta, text))
            })
            .collect::<PyResult<Vec<Doc>>>()?;
        let path = self.path.clone();
        py.allow_threads(|| {
            let mut w = stormpetrel::store::Store::open_or_create(&path).map_err(to_py)?;
            let key = w.coder_key(coder.version()).map_err(to_py)?;
            let mut counts = Counts::default();
            let mut batch = Vec::with_capacity(BATCH);
            let files = Inputs::new(paths, ReadOptions::default());
            for item in files.chain(text_docs.into_iter().map(Item::Doc)) {
                match item {
                    Item::Doc(d) => batch.push(d),
                    Item::Warning(warn) => counts.unreadable += u64::from(warn.reason.skips()),
                }
                if batch.len() == BATCH {
                    ingest_batch(&mut w, key, coder, &mut batch, &mut counts)?;
                }
            }
            ingest_batch(&mut w, key, coder, &mut batch, &mut counts)?;
            Ok((counts.added, counts.events, counts.skipped, counts.unreadable))
        })
    }
}

/// What an ingest did.
#[derive(Default)]
struct Counts {
    added: u64,
    events: u64,
    skipped: u64,
    unreadable: u64,
}

/// Codes the documents of `batch` that the store does not hold yet and writes them in one
/// transaction; empties `batch`.
fn ingest_batch(
    w: &mut stormpetrel::store::Store,
    key: i64,
    coder: &crate::coder::Coder,
    batch: &mut Vec<Doc>,
    counts: &mut Counts,
) -> PyResult<()> {
    let mut fresh = Vec::with_capacity(batch.len());
    for d in batch.drain(..) {
        let hash = content_hash(&d.text);
        match w
            .find_duplicate(&d.meta.id, d.meta.url.as_deref(), &hash)
            .map_err(to_py)?
        {
            Some(_) => counts.skipped += 1,
            None => fresh.push(d),
        }
    }
    let coded: Vec<PreparedDoc> = fresh
        .into_par_iter()
        .map(|mut d| {
            coder.run(&mut d)?;
            Ok(PreparedDoc::new(&d))
        })
        .collect::<PyResult<_>>()?;
    for (d, dup) in coded.iter().zip(w.add_batch(&coded, key).map_err(to_py)?) {
        match dup {
            Some(_) => counts.skipped += 1,
            None => {
                counts.added += 1;
                counts.events += d.events.len() as u64;
            }
        }
    }
    Ok(())
}
