//! The native part of the `stormpetrel` Python package: the coder and the event store, with
//! events as JSON text (for `list[dict]`) or as Arrow record batches (for pandas and Spark).
//! The Python wrapper in `stormpetrel/` gives them their documented signatures.

mod coder;
mod columns;
mod errors;
mod store;

use arrow::pyarrow::PyArrowType;
use pyo3::prelude::*;

/// The Arrow schema of event batches.
#[pyfunction]
fn schema() -> PyArrowType<arrow::datatypes::Schema> {
    PyArrowType(columns::schema())
}

/// The compiled module, imported as `stormpetrel._stormpetrel`.
#[pymodule]
fn _stormpetrel(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<coder::Coder>()?;
    m.add_class::<store::Store>()?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("COLUMNS", columns::NAMES.to_vec())?;
    Ok(())
}
