"""Code a JSONL file of documents on Spark and write the events as Parquet.

    python python/examples/spark_code.py INPUT.jsonl OUTPUT.parquet [--master local[2]]

Each input line is a JSON object with "text", "id" and (optionally) "date", as `petrel code`
reads JSONL. On a cluster, drop --master and submit with spark-submit, shipping the wheel to
the executors (see docs/python.md).
"""

import argparse
import os
import sys

from pyspark.sql import SparkSession

from stormpetrel.spark import code_events


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", help="JSONL documents: text, id, date")
    ap.add_argument("output", help="Parquet folder for the events")
    ap.add_argument("--master", default=None, help="Spark master, e.g. local[2] (default: spark-submit's)")
    args = ap.parse_args()
    builder = SparkSession.builder.appName("stormpetrel-code")
    if args.master:
        builder = builder.master(args.master)
        if args.master.startswith("local"):
            # Local workers run this interpreter, the one with stormpetrel installed.
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = builder.getOrCreate()
    try:
        docs = spark.read.json(args.input)
        events = code_events(docs)
        events.write.mode("overwrite").parquet(args.output)
        written = spark.read.parquet(args.output).count()
        print(f"{docs.count()} documents, {written} events written to {args.output}", file=sys.stderr)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
