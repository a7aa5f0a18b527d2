"""Coding at cluster scale on Apache Spark.

:func:`code_events` turns a Spark DataFrame of documents into a Spark DataFrame of events with
the columns of :data:`stormpetrel.COLUMNS`. It runs on ``mapInArrow``: each Python worker
process loads one :class:`stormpetrel.Coder` on first use and codes Arrow batches of documents
into Arrow batches of events, so no row goes through Python objects.
"""

from __future__ import annotations

import os
import threading
from typing import Iterator, Optional

import pyarrow as pa

import stormpetrel

__all__ = ["code_events", "events_schema"]

_coder: Optional[stormpetrel.Coder] = None
_lock = threading.Lock()


def _executor_coder() -> stormpetrel.Coder:
    """The worker process's coder, loaded once."""
    global _coder
    with _lock:
        if _coder is None:
            _coder = stormpetrel.Coder()
        return _coder


def events_schema():
    """The Spark schema of the events DataFrame."""
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(stormpetrel.schema())


def code_events(df, text: str = "text", id: str = "id", date: str = "date", jobs: Optional[int] = 1):
    """The events of a Spark DataFrame of documents, as a Spark DataFrame.

    :param df: documents, with a string column ``text``, an id column ``id`` (any type, read
        as text) and, optionally, a publication-date column ``date`` (string 'YYYY-MM-DD',
        date or timestamp).
    :param jobs: threads each Spark task codes on. The default, 1, leaves parallelism to
        Spark (one task per core); raise it when executors run fewer tasks than cores.
    """
    columns = df.columns
    for name, what in ((text, "text"), (id, "id")):
        if name not in columns:
            raise ValueError(f"no {what} column {name!r} in the DataFrame (columns: {', '.join(columns)})")
    selected = [text, id] + ([date] if date in columns else [])

    def code_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        coder = _executor_coder()
        for batch in batches:
            yield coder.code_arrow(batch, text=text, id=id, date=date, jobs=jobs)

    return df.select(*selected).mapInArrow(code_batches, events_schema())
