//! `Coder`: the models, dictionaries and rules loaded once, shared by every Python thread.
//! Coding runs with the GIL released, on a rayon pool for batches.

use crate::columns::Columns;
use crate::errors::{to_py, value_error};
use arrow::array::{Array, StringArray};
use arrow::compute::cast;
use arrow::datatypes::DataType;
use arrow::pyarrow::PyArrowType;
use arrow::record_batch::RecordBatch;
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use rayon::prelude::*;
use std::path::PathBuf;
use stormpetrel::output::EventRecord;
use stormpetrel::{Date, Doc, DocMeta, Pipeline, ResourceOptions, Resources};

/// A loaded coder. Immutable, so one instance serves many threads at once.
#[pyclass(frozen, module = "stormpetrel._stormpetrel")]
pub struct Coder {
    pipeline: Pipeline,
    version: String,
}

/// One document to code.
struct Input {
    id: String,
    date: Option<Date>,
    text: String,
}

/// Parses an optional `YYYY-MM-DD` date; `what` names the document in the message.
pub fn parse_date(s: Option<&str>, what: &str) -> PyResult<Option<Date>> {
    match s.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => Date::parse(s.get(..10).unwrap_or(s))
            .filter(|_| s.len() == 10 || s.as_bytes().get(10).is_some_and(|b| matches!(b, b'T' | b' ')))
            .map(Some)
            .ok_or_else(|| value_error(format!("{what}: date must be YYYY-MM-DD, got {s:?}"))),
    }
}

impl Coder {
    /// The coder version (models, dictionaries and rules) that the store records.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Runs the pipeline on `doc`.
    pub fn run(&self, doc: &mut Doc) -> PyResult<()> {
        self.pipeline.run(doc).map_err(to_py)
    }

    fn code_doc(&self, input: Input) -> PyResult<Doc> {
        let mut doc = Doc::new(
            DocMeta {
                id: input.id,
                date: input.date,
                ..Default::default()
            },
            input.text,
        );
        self.pipeline.run(&mut doc).map_err(to_py)?;
        Ok(doc)
    }

    /// Codes `inputs` on `jobs` threads (all cores when `None`) and returns one batch.
    fn code_all(&self, inputs: Vec<Input>, jobs: Option<usize>) -> PyResult<RecordBatch> {
        let run = || -> PyResult<Vec<Doc>> {
            inputs.into_par_iter().map(|i| self.code_doc(i)).collect()
        };
        let docs = match jobs {
            Some(0) => return Err(value_error("jobs must be at least 1")),
            Some(n) => rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| PyRuntimeError::new_err(format!("cannot start {n} threads: {e}")))?
                .install(run)?,
            None => run()?,
        };
        let mut cols = Columns::default();
        for d in &docs {
            cols.add_doc(d, stormpetrel::is_asserted);
        }
        cols.finish()
            .map_err(|e| PyRuntimeError::new_err(format!("building the Arrow batch: {e}")))
    }
}

/// The text of column `name` of `batch` as strings (casting ids and dates as needed).
fn column(batch: &RecordBatch, name: &str, what: &str) -> PyResult<StringArray> {
    let Some(col) = batch.column_by_name(name) else {
        let have: Vec<&str> = batch.schema_ref().fields().iter().map(|f| f.name().as_str()).collect();
        return Err(value_error(format!(
            "no {what} column {name:?} in the batch (columns: {})",
            have.join(", ")
        )));
    };
    let text = match col.data_type() {
        DataType::Utf8 => col.clone(),
        DataType::LargeUtf8 | DataType::Utf8View if what == "text" => {
            cast(col, &DataType::Utf8).map_err(|e| value_error(e.to_string()))?
        }
        _ if what == "text" => {
            return Err(pyo3::exceptions::PyTypeError::new_err(format!(
                "the text column {name:?} must hold strings, not {}",
                col.data_type()
            )))
        }
        _ => cast(col, &DataType::Utf8).map_err(|e| {
            value_error(format!("the {what} column {name:?} cannot be read as text: {e}"))
        })?,
    };
    text.as_any()
        .downcast_ref::<StringArray>()
        .cloned()
        .ok_or_else(|| value_error(format!("the {what} column {name:?} is not text")))
}

#[pymethods]
impl Coder {
    /// Loads the models and dictionaries: PETRARCH actor, agent and verb dictionaries and extra
    /// rule files are added to the built-in ones when given.
    #[new]
    #[pyo3(signature = (actors=None, agents=None, rules=None, verbs=None))]
    fn new(
        py: Python<'_>,
        actors: Option<Vec<PathBuf>>,
        agents: Option<Vec<PathBuf>>,
        rules: Option<Vec<PathBuf>>,
        verbs: Option<Vec<PathBuf>>,
    ) -> PyResult<Coder> {
        let opts = ResourceOptions {
            petrarch_actors: actors.unwrap_or_default(),
            petrarch_agents: agents.unwrap_or_default(),
            rule_files: rules.unwrap_or_default(),
            verb_files: verbs.unwrap_or_default(),
            ..Default::default()
        };
        for p in opts
            .petrarch_actors
            .iter()
            .chain(&opts.petrarch_agents)
            .chain(&opts.rule_files)
            .chain(&opts.verb_files)
        {
            if !p.exists() {
                return Err(pyo3::exceptions::PyFileNotFoundError::new_err(format!(
                    "{}: no such file",
                    p.display()
                )));
            }
        }
        py.allow_threads(|| {
            let res = Resources::load(&opts)?;
            let pipeline = stormpetrel::pipeline(&res)?;
            Ok(Coder {
                pipeline,
                version: res.coder_version.clone(),
            })
        })
        .map_err(to_py)
    }

    /// The events of one text as a JSON array, each object as `petrel code` writes it.
    #[pyo3(signature = (text, date=None, id=None))]
    fn code_json(
        &self,
        py: Python<'_>,
        text: String,
        date: Option<String>,
        id: Option<String>,
    ) -> PyResult<String> {
        let date = parse_date(date.as_deref(), "code")?;
        let id = id.unwrap_or_else(|| "0".into());
        py.allow_threads(|| {
            let doc = self.code_doc(Input { id, date, text })?;
            let recs: Vec<EventRecord> = doc
                .events
                .iter()
                .enumerate()
                .filter(|(_, e)| stormpetrel::is_asserted(e))
                .map(|(n, e)| EventRecord::new(&doc, e, n))
                .collect();
            serde_json::to_string(&recs)
                .map_err(|e| PyRuntimeError::new_err(format!("encoding JSON: {e}")))
        })
    }

    /// The events of many texts as one Arrow record batch.
    #[pyo3(signature = (texts, dates, ids, jobs=None))]
    fn code_batch(
        &self,
        py: Python<'_>,
        texts: Vec<String>,
        dates: Vec<Option<String>>,
        ids: Vec<String>,
        jobs: Option<usize>,
    ) -> PyResult<PyArrowType<RecordBatch>> {
        let mut inputs = Vec::with_capacity(texts.len());
        for ((text, date), id) in texts.into_iter().zip(dates).zip(ids) {
            let date = parse_date(date.as_deref(), &format!("document {id:?}"))?;
            inputs.push(Input { id, date, text });
        }
        py.allow_threads(|| self.code_all(inputs, jobs))
            .map(PyArrowType)
    }

    /// The events of the documents of an Arrow record batch (columns `text`, `id`, `date`).
    #[pyo3(signature = (batch, text="text", id="id", date="date", jobs=None))]
    fn code_arrow(
        &self,
        py: Python<'_>,
        batch: PyArrowType<RecordBatch>,
        text: &str,
        id: &str,
        date: &str,
        jobs: Option<usize>,
    ) -> PyResult<PyArrowType<RecordBatch>> {
        let batch = batch.0;
        let texts = column(&batch, text, "text")?;
        let ids = column(&batch, id, "id")?;
        let dates = match batch.column_by_name(date) {
            Some(_) => Some(column(&batch, date, "date")?),
            None => None,
        };
        let mut inputs = Vec::with_capacity(batch.num_rows());
        for row in 0..batch.num_rows() {
            let doc_id = if ids.is_null(row) {
                row.to_string()
            } else {
                ids.value(row).to_string()
            };
            let d = match &dates {
                Some(d) if !d.is_null(row) => parse_date(Some(d.value(row)), &format!("document {doc_id:?}"))?,
                _ => None,
            };
            let t = if texts.is_null(row) { "" } else { texts.value(row) };
            inputs.push(Input {
                id: doc_id,
                date: d,
                text: t.to_string(),
            });
        }
        py.allow_threads(|| self.code_all(inputs, jobs))
            .map(PyArrowType)
    }
}
