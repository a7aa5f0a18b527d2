#!/usr/bin/env python3
"""Speed of the Python package against the command line, on one corpus, in one run.

    python scripts/python_bench.py ../shared/news/bbc_news_2225/bbc [--jobs 2] [--runs 3] [--spark]

Codes every .txt file of the folder (README files left out) three ways and prints the best
of --runs for each:

1. `petrel code -jJOBS --date 2005-01-01 FOLDER > /dev/null` (the sentence count comes from its
   summary line);
2. `stormpetrel.Coder().code_frame(texts, dates, ids, jobs=JOBS)`, texts already in memory;
3. with --spark, `stormpetrel.spark.code_events` on PySpark local[JOBS], counting the events
   (session start-up timed apart).

Needs the package installed (`pip install ./python`, with `[spark]` for 3) and a release
`petrel` (`cargo build --release -p petrel-cli`, or --petrel PATH).
"""

import argparse
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import time

REPO = pathlib.Path(__file__).resolve().parents[1]
DATE = "2005-01-01"


def corpus(folder: pathlib.Path):
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.upper().startswith("README"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    ids = [str(p.relative_to(folder)) for p in files]
    return ids, texts


def cli(petrel: str, folder: pathlib.Path, jobs: int):
    t = time.perf_counter()
    out = subprocess.run(
        [petrel, "code", "-j", str(jobs), "--date", DATE, str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True,
    )
    secs = time.perf_counter() - t
    m = re.search(r"(\d+) documents, (\d+) sentences, (\d+) events written", out.stderr)
    if not m:
        sys.exit(f"cannot read petrel's summary: {out.stderr[-400:]}")
    return secs, int(m.group(2)), int(m.group(3))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=pathlib.Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--petrel", default=str(REPO / "target/release/petrel"))
    ap.add_argument("--spark", action="store_true")
    args = ap.parse_args()

    import stormpetrel

    ids, texts = corpus(args.folder)
    print(f"{len(texts)} documents, {sum(map(len, texts)) / 1e6:.1f} MB", flush=True)
    coder = stormpetrel.Coder()
    coder.code_frame(texts[:20], jobs=args.jobs)  # warm up

    cli_best, py_best = float("inf"), float("inf")
    sentences = cli_events = py_events = 0
    for run in range(args.runs):
        secs, sentences, cli_events = cli(args.petrel, args.folder, args.jobs)
        cli_best = min(cli_best, secs)
        t = time.perf_counter()
        frame = coder.code_frame(texts, dates=[DATE] * len(texts), ids=ids, jobs=args.jobs)
        py_secs = time.perf_counter() - t
        py_best = min(py_best, py_secs)
        py_events = len(frame)
        print(f"run {run + 1}: petrel code {secs:.2f} s, code_frame {py_secs:.2f} s", flush=True)
    print(f"petrel code -j{args.jobs}:        {cli_best:.2f} s, {sentences / cli_best:,.0f} sentences/s, {cli_events} events")
    print(f"Coder.code_frame(jobs={args.jobs}): {py_best:.2f} s, {sentences / py_best:,.0f} sentences/s, {py_events} events")
    print(f"code_frame reaches {100 * cli_best / py_best:.0f}% of petrel code's sentences/s")

    if args.spark:
        from pyspark.sql import SparkSession
        from stormpetrel.spark import code_events

        with tempfile.TemporaryDirectory() as tmp:
            docs = os.path.join(tmp, "docs.jsonl")
            with open(docs, "w", encoding="utf-8") as f:
                for i, t in zip(ids, texts):
                    f.write(json.dumps({"id": i, "text": t, "date": DATE}) + "\n")
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            t0 = time.perf_counter()
            spark = (SparkSession.builder.master(f"local[{args.jobs}]").appName("stormpetrel-bench")
                     .config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
                     .getOrCreate())
            start_up = time.perf_counter() - t0
            df = spark.read.json(docs).repartition(args.jobs * 4).cache()
            df.count()
            best = float("inf")
            n = 0
            for _ in range(args.runs):
                t = time.perf_counter()
                n = code_events(df).count()
                best = min(best, time.perf_counter() - t)
            spark.stop()
        print(f"Spark local[{args.jobs}] code_events: {best:.2f} s, {sentences / best:,.0f} sentences/s, {n} events "
              f"(session start-up {start_up:.1f} s, not included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
