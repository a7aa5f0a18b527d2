"""Build the "day of news" benchmark corpus: 250,000 articles as one JSONL file.

A day of global online news is about 250,000 articles and 5 million sentences (20 per
article). The BBC News articles average 20 sentences, AG News items two; the day takes the BBC
articles in turn and every 25th item from AG News, each under a fresh id, all dated one day.
Each copy ends with a one-line reference ("Ref. day-0000123.") so that no two texts are equal:
`petrel ingest` skips a text it already holds, and a day of news repeats no article 100 times.

    python3 scripts/day_corpus.py [--articles 250000] [--out target/day/day.jsonl]

Reads ../shared/news (research use only: never commit the output).
"""

import argparse
import csv
import json
import pathlib

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("--articles", type=int, default=250_000)
ap.add_argument("--out", type=pathlib.Path, default=pathlib.Path("target/day/day.jsonl"))
ap.add_argument("--news", type=pathlib.Path, default=pathlib.Path("../shared/news"))
ap.add_argument("--ag-every", type=int, default=25, help="every Nth article is from AG News")
a = ap.parse_args()

bbc = []
for p in sorted((a.news / "bbc_news_2225" / "bbc").rglob("*.txt")):
    if p.name.upper().startswith("README"):
        continue
    text = p.read_text(encoding="utf-8", errors="replace").strip()
    bbc.append((text.split("\n", 1)[0].strip(), text))
with open(a.news / "ag_news" / "test.csv", newline="", encoding="utf-8") as f:
    ag = [(r["title"], f"{r['title']}. {r['description']}") for r in csv.DictReader(f)]

a.out.parent.mkdir(parents=True, exist_ok=True)
sentences_hint = 0
with a.out.open("w", encoding="utf-8") as out:
    nb = na = 0
    for i in range(a.articles):
        if (i + 1) % a.ag_every == 0:
            title, text = ag[na % len(ag)]
            na += 1
            source = "ag_news"
        else:
            title, text = bbc[nb % len(bbc)]
            nb += 1
            source = "bbc"
        doc_id = f"day-{i:07d}"
        out.write(json.dumps({
            "id": doc_id,
            "date": "2024-05-01",
            "source": source,
            "title": title,
            "text": f"{text}\n\nRef. {doc_id}.",
        }) + "\n")
print(f"{a.articles} articles ({nb} BBC, {na} AG News) -> {a.out}")
