"""stormpetrel: political event data (CAMEO, PLOVER) from news text.

The Rust pipeline of the ``petrel`` command, from Python:

- :class:`Coder` codes texts into events: ``code`` gives a list of dicts exactly as
  ``petrel code`` writes JSONL, ``code_frame`` a pandas DataFrame, ``code_arrow`` an Arrow
  record batch (coded in parallel with the GIL released).
- :func:`code` and :func:`code_frame` do the same on a shared default coder.
- :class:`Store` reads an event store made by ``petrel ingest``: events, series and alerts as
  DataFrames.
- :mod:`stormpetrel.spark` codes a Spark DataFrame of documents on a cluster.

Only asserted events are returned (negated and hypothetical ones are withheld), as ``petrel
code`` does by default. The columns of frames and batches are listed in :data:`COLUMNS`.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import math
import os
import threading
from typing import Any, Iterable, Optional, Sequence, Union

import pyarrow as pa

from . import _stormpetrel as _native

__version__: str = _native.__version__
#: Columns of :meth:`Coder.code_frame`, :meth:`Coder.code_arrow` and :meth:`Store.query`.
COLUMNS: tuple = tuple(_native.COLUMNS)

__all__ = ["Coder", "Store", "code", "code_frame", "schema", "COLUMNS", "__version__"]

PathLike = Union[str, "os.PathLike[str]"]


def schema() -> pa.Schema:
    """The Arrow schema of event batches (the types of :data:`COLUMNS`)."""
    return _native.schema()


def _paths(value: Any, name: str) -> Optional[list]:
    """None, one path, or an iterable of paths, as a list of strings."""
    if value is None:
        return None
    if isinstance(value, (str, os.PathLike)):
        return [os.fspath(value)]
    try:
        return [os.fspath(p) for p in value]
    except TypeError:
        raise TypeError(f"{name} must be a path or a list of paths, not {type(value).__name__}") from None


def _date(value: Any, what: str) -> Optional[str]:
    """A date given as None, 'YYYY-MM-DD', datetime.date/datetime or pandas.Timestamp."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    if hasattr(value, "isoformat"):  # pandas.Timestamp, numpy datetime64 via pandas
        try:
            if value != value:  # NaT
                return None
        except (TypeError, ValueError):
            pass
        return value.isoformat()[:10]
    raise TypeError(f"{what}: a date must be a 'YYYY-MM-DD' string or a datetime.date, not {type(value).__name__}")


def _texts(texts: Any) -> list:
    if isinstance(texts, (str, bytes)):
        raise TypeError("texts must be a sequence of strings, not a single string (use code() for one text)")
    try:
        out = list(texts)
    except TypeError:
        raise TypeError(f"texts must be a sequence of strings, not {type(texts).__name__}") from None
    for i, t in enumerate(out):
        if not isinstance(t, str):
            raise TypeError(f"texts[{i}] must be a string, not {type(t).__name__}")
    return out


def _aligned(values: Any, n: int, name: str) -> list:
    out = list(values)
    if len(out) != n:
        raise ValueError(f"{name} has {len(out)} items but texts has {n}")
    return out


class Coder:
    """The models, dictionaries and rules, loaded once.

    Safe to share across threads: coding releases the GIL, and several threads may code
    with one coder at once.

    :param actors: PETRARCH actor dictionaries to use beside the built-in ones.
    :param agents: PETRARCH agent dictionaries.
    :param rules: extra rule files.
    :param verbs: PETRARCH-2 verb dictionaries; each replaces the built-in rules of its verbs.
    """

    def __init__(self, actors: Any = None, agents: Any = None, rules: Any = None, verbs: Any = None) -> None:
        self._native = _native.Coder(
            _paths(actors, "actors"), _paths(agents, "agents"), _paths(rules, "rules"), _paths(verbs, "verbs")
        )

    def code(self, text: str, date: Any = None, id: Optional[str] = None) -> list:
        """The events of one text, each a dict exactly as ``petrel code`` writes a JSONL line.

        :param date: the publication date ('YYYY-MM-DD' or a date), which anchors relative dates.
        :param id: the document id (default ``"0"``); event ids are ``ID:N``.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a string, not {type(text).__name__}")
        if id is not None and not isinstance(id, str):
            raise TypeError(f"id must be a string, not {type(id).__name__}")
        return json.loads(self._native.code_json(text, _date(date, "date"), id))

    def code_frame(self, texts: Sequence[str], dates: Any = None, ids: Any = None, jobs: Optional[int] = None):
        """One row per event of many texts, as a pandas DataFrame with the columns :data:`COLUMNS`.

        :param dates: one date per text (or None).
        :param ids: one id per text; default the texts' positions ``"0"``, ``"1"``, ….
        :param jobs: threads to code on (default: all cores).
        """
        return self._batch(texts, dates, ids, jobs).to_pandas()

    def _batch(self, texts: Any, dates: Any, ids: Any, jobs: Optional[int]) -> pa.RecordBatch:
        texts = _texts(texts)
        n = len(texts)
        dates = [None] * n if dates is None else [_date(d, f"dates[{i}]") for i, d in enumerate(_aligned(dates, n, "dates"))]
        ids = [str(i) for i in range(n)] if ids is None else [str(x) for x in _aligned(ids, n, "ids")]
        if jobs is not None and (not isinstance(jobs, int) or jobs < 1):
            raise ValueError(f"jobs must be a whole number of at least 1, got {jobs!r}")
        return self._native.code_batch(texts, dates, ids, jobs)

    def code_arrow(self, batch: pa.RecordBatch, text: str = "text", id: str = "id", date: str = "date",
                   jobs: Optional[int] = None) -> pa.RecordBatch:
        """The events of the documents of an Arrow record batch, as a typed record batch.

        ``text`` names the column of texts, ``id`` the ids (any type, read as text) and
        ``date`` the publication dates (strings, dates or timestamps; optional). The batch
        is coded in parallel with the GIL released.
        """
        if isinstance(batch, pa.Table):
            batch = batch.combine_chunks().to_batches()[0] if batch.num_rows else pa.RecordBatch.from_pylist([], schema=batch.schema)
        if not isinstance(batch, pa.RecordBatch):
            raise TypeError(f"batch must be a pyarrow.RecordBatch, not {type(batch).__name__}")
        if jobs is not None and (not isinstance(jobs, int) or jobs < 1):
            raise ValueError(f"jobs must be a whole number of at least 1, got {jobs!r}")
        return self._native.code_arrow(batch, text, id, date, jobs)


_default: Optional[Coder] = None
_default_lock = threading.Lock()


def _default_coder() -> Coder:
    global _default
    with _default_lock:
        if _default is None:
            _default = Coder()
        return _default


def code(text: str, date: Any = None, id: Optional[str] = None) -> list:
    """:meth:`Coder.code` on a shared default coder (loaded on first use)."""
    return _default_coder().code(text, date=date, id=id)


def code_frame(texts: Sequence[str], dates: Any = None, ids: Any = None, jobs: Optional[int] = None):
    """:meth:`Coder.code_frame` on a shared default coder (loaded on first use)."""
    return _default_coder().code_frame(texts, dates=dates, ids=ids, jobs=jobs)


def _filter_values(filters: dict) -> dict:
    out = {}
    for key, value in filters.items():
        name = "from" if key == "from_" else key
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            out[name] = [str(v) for v in value]
        elif isinstance(value, (_dt.date, _dt.datetime)):
            out[name] = [value.isoformat()[:10]]
        else:
            out[name] = [str(value)]
    return out


class Store:
    """An event store made by ``petrel ingest`` (one SQLite file), opened read-only.

    It stays read-only unless :meth:`ingest` is called. ``petrel ingest`` may add to the same
    file meanwhile; each query sees what was committed before it.
    """

    def __init__(self, path: PathLike) -> None:
        self.path = os.fspath(path)
        if not os.path.exists(self.path):
            raise FileNotFoundError(f"{self.path}: no such store (create one with `petrel ingest PATH --db {self.path}` or Store.create)")
        self._native = _native.Store(self.path)

    @classmethod
    def create(cls, path: PathLike) -> "Store":
        """A new, empty store at ``path`` (an existing store is opened as it is)."""
        p = os.fspath(path)
        if not os.path.exists(p):
            _native.Store.create(p)
        return cls(p)

    def query(self, *, limit: Optional[int] = None, offset: int = 0, **filters: Any):
        """Events matching the filters of ``petrel query``, as a DataFrame with :data:`COLUMNS`.

        Filters: ``source``, ``target`` (actor-code prefixes), ``dyad`` ('A-B' or a list),
        ``root``, ``code``, ``quad``, ``plover``, ``from_``, ``to`` (dates), ``place``,
        ``text`` (words), ``modality`` ('asserted' or 'all').
        """
        if limit is not None and (not isinstance(limit, int) or limit < 0):
            raise ValueError(f"limit must be a whole number, got {limit!r}")
        if not isinstance(offset, int) or offset < 0:
            raise ValueError(f"offset must be a whole number, got {offset!r}")
        return self._native.query(_filter_values(filters), limit, offset).to_pandas()

    def series(self, dyad: str, by: str = "week", from_: Any = None, to: Any = None):
        """A dyad's events per day, week or month, as ``petrel series --format json`` gives them."""
        import pandas as pd

        rows = json.loads(self._native.series_json(str(dyad), by, _date(from_, "from_"), _date(to, "to")))
        frame = pd.DataFrame(rows, columns=["dyad", "start", "end", "events", "verbal_coop", "material_coop",
                                            "verbal_conflict", "material_conflict", "goldstein_sum",
                                            "goldstein_mean", "total_events", "share"])
        for c in ("start", "end"):
            frame[c] = pd.to_datetime(frame[c])
        return frame

    def alerts(self, dyads: Any = None, by: str = "week", measure: str = "auto", since: Any = None,
               dyad_limit: int = 50):
        """Escalation alerts, as ``petrel alerts --json`` gives them, most significant first.

        ``measure`` is 'share', 'count', or 'auto' (count when one dyad holds over a tenth of
        all events).
        """
        import pandas as pd

        if dyads is None:
            dyads = []
        elif isinstance(dyads, str):
            dyads = [dyads]
        found = json.loads(self._native.alerts_json([str(d) for d in dyads], by, measure, _date(since, "since"), int(dyad_limit)))
        frame = pd.DataFrame(found, columns=["dyad", "start", "end", "signal", "measure", "observed", "expected",
                                             "score", "p_value", "periods", "evidence"])
        for c in ("start", "end"):
            frame[c] = pd.to_datetime(frame[c])
        return frame

    def ingest(self, paths_or_texts: Iterable[Any], coder: Optional[Coder] = None) -> dict:
        """Codes documents into the store, skipping those it holds (by id, URL or text).

        Each item is a path (``os.PathLike``, or a string naming an existing file or folder,
        read as ``petrel ingest`` reads it), a text, or a dict with ``text`` and optional
        ``id`` and ``date``. A text's id defaults to ``text-`` and a hash of the text.
        Documents are coded and written 256 at a time. Returns the counts ``added``,
        ``events``, ``skipped`` (already stored) and ``unreadable`` (inputs that could not be
        read, as ``petrel ingest`` warns of them).
        """
        if isinstance(paths_or_texts, (str, os.PathLike, dict)):
            paths_or_texts = [paths_or_texts]
        paths, texts, ids, dates = [], [], [], []
        for i, item in enumerate(paths_or_texts):
            if isinstance(item, os.PathLike) or (isinstance(item, str) and "\n" not in item and len(item) < 4096 and os.path.exists(item)):
                paths.append(os.fspath(item))
                continue
            if isinstance(item, dict):
                text, doc_id, date = item.get("text"), item.get("id"), item.get("date")
            else:
                text, doc_id, date = item, None, None
            if not isinstance(text, str):
                raise TypeError(f"item {i} must be a path, a text or a dict with a 'text', not {type(text).__name__}")
            texts.append(text)
            ids.append(str(doc_id) if doc_id is not None else "text-" + hashlib.sha256(text.encode()).hexdigest()[:16])
            dates.append(_date(date, f"item {i}"))
        added, events, skipped, unreadable = self._native.ingest((coder or _default_coder())._native, paths, texts, ids, dates)
        return {"added": added, "events": events, "skipped": skipped, "unreadable": unreadable}
