#!/usr/bin/env python3
"""Writes the precision-audit corpus (tests/audit/README.md) as JSONL to stdout.

All 2,225 BBC News articles (id bbc-<topic>-NNN, dated 2005-01-01), then the first 7,600 rows
of the AG News test set (title + ". " + description, id ag-<row>, dated 2004-08-01).

Usage: python3 scripts/audit_corpus.py ../shared/news > input.jsonl
"""
import csv
import json
import pathlib
import sys


def main(news: pathlib.Path) -> None:
    out = sys.stdout
    for path in sorted((news / "bbc_news_2225" / "bbc").glob("*/*.txt")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
        doc = {"id": f"bbc-{path.parent.name}-{path.stem}", "date": "2005-01-01", "text": text}
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    with open(news / "ag_news" / "test.csv", newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for i, row in enumerate(rows):
            if i >= 7600:
                break
            doc = {"id": f"ag-{i}", "date": "2004-08-01", "text": f"{row[1]}. {row[2]}"}
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(pathlib.Path(sys.argv[1]))
