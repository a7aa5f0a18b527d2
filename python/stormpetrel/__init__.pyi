"""Type stubs for stormpetrel: political event data (CAMEO, PLOVER) from news text."""

import datetime
import os
from typing import Any, Iterable, Optional, Sequence, Union

import pandas
import pyarrow

__version__: str
COLUMNS: tuple[str, ...]

_Path = Union[str, os.PathLike[str]]
_Paths = Union[_Path, Iterable[_Path], None]
_Date = Union[str, datetime.date, None]

def schema() -> pyarrow.Schema:
    """The Arrow schema of event batches (the types of COLUMNS)."""

class Coder:
    """The models, dictionaries and rules, loaded once; safe to share across threads."""

    def __init__(self, actors: _Paths = None, agents: _Paths = None, rules: _Paths = None, verbs: _Paths = None) -> None: ...
    def code(self, text: str, date: _Date = None, id: Optional[str] = None) -> list[dict[str, Any]]:
        """The events of one text, each a dict exactly as `petrel code` writes a JSONL line."""
    def code_frame(
        self,
        texts: Sequence[str],
        dates: Optional[Sequence[_Date]] = None,
        ids: Optional[Sequence[Any]] = None,
        jobs: Optional[int] = None,
    ) -> pandas.DataFrame:
        """One row per event of many texts, with the columns COLUMNS."""
    def code_arrow(
        self,
        batch: pyarrow.RecordBatch,
        text: str = "text",
        id: str = "id",
        date: str = "date",
        jobs: Optional[int] = None,
    ) -> pyarrow.RecordBatch:
        """The events of a record batch of documents, typed; coded in parallel without the GIL."""

def code(text: str, date: _Date = None, id: Optional[str] = None) -> list[dict[str, Any]]:
    """Coder.code on a shared default coder."""

def code_frame(
    texts: Sequence[str],
    dates: Optional[Sequence[_Date]] = None,
    ids: Optional[Sequence[Any]] = None,
    jobs: Optional[int] = None,
) -> pandas.DataFrame:
    """Coder.code_frame on a shared default coder."""

class Store:
    """An event store made by `petrel ingest`, read-only unless ingest() is called."""

    path: str

    def __init__(self, path: _Path) -> None: ...
    @classmethod
    def create(cls, path: _Path) -> "Store":
        """A new, empty store at path (an existing one is opened as it is)."""
    def query(
        self,
        *,
        limit: Optional[int] = None,
        offset: int = 0,
        source: Optional[str] = None,
        target: Optional[str] = None,
        dyad: Union[str, Sequence[str], None] = None,
        root: Optional[str] = None,
        code: Optional[str] = None,
        quad: Optional[int] = None,
        plover: Optional[str] = None,
        from_: _Date = None,
        to: _Date = None,
        place: Optional[str] = None,
        text: Optional[str] = None,
        modality: str = "asserted",
    ) -> pandas.DataFrame:
        """Events matching the filters of `petrel query`, with the columns COLUMNS."""
    def series(self, dyad: str, by: str = "week", from_: _Date = None, to: _Date = None) -> pandas.DataFrame:
        """A dyad's events per day, week or month."""
    def alerts(
        self,
        dyads: Union[str, Sequence[str], None] = None,
        by: str = "week",
        measure: str = "auto",
        since: _Date = None,
        dyad_limit: int = 50,
    ) -> pandas.DataFrame:
        """Escalation alerts, most significant first."""
    def ingest(self, paths_or_texts: Iterable[Any], coder: Optional[Coder] = None) -> dict[str, int]:
        """Codes paths, texts or {text, id, date} dicts into the store; returns added, events, skipped, unreadable."""
