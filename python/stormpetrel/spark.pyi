"""Type stubs for stormpetrel.spark: coding a Spark DataFrame of documents on mapInArrow."""

from typing import Any, Optional

def events_schema() -> Any:
    """The Spark StructType of the events DataFrame."""

def code_events(df: Any, text: str = "text", id: str = "id", date: str = "date", jobs: Optional[int] = 1) -> Any:
    """The events of a Spark DataFrame of documents, as a Spark DataFrame with stormpetrel.COLUMNS."""
