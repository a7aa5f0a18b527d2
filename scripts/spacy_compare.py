"""Time spaCy (tokenizer, tagger and parser through nlp.pipe, one process) and `petrel code -j1`
on the same texts, in one run. Used by scripts/spacy_compare.sh; prints a Markdown table."""

import argparse
import pathlib
import re
import subprocess
import sys
import time

import spacy


def texts(corpus: pathlib.Path) -> list[str]:
    """Every article file under the corpus folder, as petrel reads it (README and licence skipped)."""
    out = []
    for p in sorted(corpus.rglob("*.txt")):
        if p.name.upper().startswith(("README", "LICENSE", "LICENCE")):
            continue
        out.append(p.read_text(encoding="utf-8", errors="replace"))
    return out


def time_spacy(model: str, docs: list[str], runs: int) -> tuple[float, int, int]:
    nlp = spacy.load(model)
    keep = {"tok2vec", "tagger", "parser"}
    nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in keep])
    best, sents, tokens = float("inf"), 0, 0
    for _ in range(runs):
        t = time.perf_counter()
        sents = tokens = 0
        for doc in nlp.pipe(docs, batch_size=64):
            sents += sum(1 for _ in doc.sents)
            tokens += len(doc)
        best = min(best, time.perf_counter() - t)
    return best, sents, tokens


def time_petrel(petrel: str, corpus: pathlib.Path, runs: int) -> tuple[float, int]:
    best, sents = float("inf"), 0
    for _ in range(runs):
        r = subprocess.run(
            [petrel, "code", "-j1", "--date", "2005-01-01", "--output", "/dev/null", str(corpus)],
            capture_output=True, text=True, check=True)
        m = re.search(r"(\d+) sentences, .*?([\d.]+)s \(", r.stderr)
        if not m:
            sys.exit(f"unexpected petrel summary: {r.stderr[-300:]}")
        sents, secs = int(m.group(1)), float(m.group(2))
        best = min(best, secs)
    return best, sents


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus", type=pathlib.Path)
    ap.add_argument("--model", required=True, help="spaCy model name or folder")
    ap.add_argument("--petrel", default="target/release/petrel")
    ap.add_argument("--runs", type=int, default=3, help="best of this many runs each")
    a = ap.parse_args()
    docs = texts(a.corpus)
    s_time, s_sents, s_tokens = time_spacy(a.model, docs, a.runs)
    p_time, p_sents = time_petrel(a.petrel, a.corpus, a.runs)
    print(f"{len(docs)} documents, {s_tokens} spaCy tokens; best of {a.runs} runs each, one thread\n")
    print("| system | seconds | sentences | sentences/s (own count) | sentences/s (petrel's count) |")
    print("|---|---:|---:|---:|---:|")
    print(f"| spaCy {spacy.__version__} `{a.model}` (tagger + parser) | {s_time:.2f} | {s_sents} "
          f"| {s_sents / s_time:,.0f} | {p_sents / s_time:,.0f} |")
    print(f"| `petrel code -j1` (whole pipeline) | {p_time:.2f} | {p_sents} "
          f"| {p_sents / p_time:,.0f} | {p_sents / p_time:,.0f} |")
    print(f"\npetrel is {s_time / p_time:.1f}x faster on the same texts")


if __name__ == "__main__":
    main()
