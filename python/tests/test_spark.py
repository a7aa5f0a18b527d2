"""stormpetrel.spark on a real engine (PySpark, local[2]): the Spark job's events are
`petrel code`'s on the same documents (the same event ids and codes)."""

import pytest

pyspark = pytest.importorskip("pyspark", reason="the Spark extra: pip install './python[spark]'")

from conftest import DISPATCHES  # noqa: E402
from stormpetrel.spark import code_events  # noqa: E402


@pytest.fixture(scope="module")
def spark():
    import os
    import sys

    from pyspark.sql import SparkSession

    # The Python workers must run the interpreter that has stormpetrel installed.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    session = (
        SparkSession.builder.master("local[2]")
        .appName("stormpetrel-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_spark_events_equal_petrel_code(spark, cli_events):
    docs = spark.read.json(str(DISPATCHES)).repartition(4)
    events = code_events(docs).select("event_id", "code", "source_code", "target_code").collect()
    assert {(r.event_id, r.code) for r in events} == {(e["event_id"], e["code"]) for e in cli_events}
    assert len(events) == len(cli_events)


def test_spark_checks_its_columns(spark):
    docs = spark.createDataFrame([("1", "Russia invaded Ukraine.")], ["id", "body"])
    with pytest.raises(ValueError, match="no text column 'text'"):
        code_events(docs)
    out = code_events(docs, text="body").collect()
    assert [(r.event_id, r.code) for r in out] == [("1:0", "190")]
