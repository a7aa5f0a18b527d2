#!/usr/bin/env python3
"""Cost per byte of `petrel code` from 10 kB to 10 MB, for normal prose and pathological input.

    cargo build --release -p petrel-cli
    python3 scripts/linear_bench.py [--sizes 10e3,100e3,1e6,10e6] [--petrel target/release/petrel]

Each input is one document (or one archive) of the given size, coded on one thread to
/dev/null; the table gives wall seconds and seconds per MB, with the start-up time (loading
the models) taken off. Flat s/MB along a row means linear cost. Kinds: prose (the bundled
example corpus's reports joined into one article), one long line with no sentence
punctuation, one word repeated, deeply nested HTML (1,900 levels, repeated; deeper pages are
refused), very wide HTML (one element per word), an
archive of tiny WARC records, and one JSONL line. Inputs are generated from the repository's
own example files; nothing is read from ../shared.
"""
import argparse, json, os, subprocess, sys, tempfile, time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def reports():
    with open(os.path.join(ROOT, "examples", "dispatches.jsonl")) as f:
        return [json.loads(l)["text"] for l in f]


def fill(unit, size):
    return (unit * (size // len(unit) + 1))[:size]


def make(kind, size, d):
    path = os.path.join(d, f"{kind}-{size}")
    if kind == "prose":
        path += ".txt"
        open(path, "w").write(fill("\n\n".join(reports()) + "\n\n", size))
    elif kind == "long-line":
        path += ".txt"
        open(path, "w").write(fill("Russia attacked Ukraine ", size))
    elif kind == "one-word":
        path += ".txt"
        open(path, "w").write(fill("Russia ", size))
    elif kind == "deep-html":
        # Nested 1,900 deep (just under the 2,000 that is accepted), again and again.
        unit = "<div><p>Russian troops attacked Ukrainian positions near Kharkiv.</p>"
        depth = 1900
        block = unit * depth + "</div>" * depth
        n = max(1, size // len(block))
        body = block * n if size >= len(block) else unit * (size // 80) + "</div>" * (size // 80)
        path += ".html"
        open(path, "w").write("<html><body>" + body + "</body></html>")
    elif kind == "wide-html":
        words = " ".join(reports()).split()
        n = max(1, size // 16)
        body = "".join(f"<span>{words[i % len(words)]} </span>" for i in range(n))
        path += ".html"
        open(path, "w").write("<html><body><article>" + body + "</article></body></html>")
    elif kind == "tiny-warc":
        page = b"<html><body><p>Russian troops attacked Ukrainian positions near Kharkiv on Monday.</p></body></html>"
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
        out = bytearray()
        i = 0
        while len(out) < size:
            out += (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.invalid/{i}\r\n"
                    f"WARC-Date: 2024-03-11T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
                    f"Content-Length: {len(http)}\r\n\r\n").encode() + http + b"\r\n\r\n"
            i += 1
        path += ".warc"
        open(path, "wb").write(bytes(out))
    elif kind == "jsonl-line":
        path += ".jsonl"
        text = fill(" ".join(reports()) + " ", size)
        open(path, "w").write(json.dumps({"id": "big", "date": "2024-03-11", "text": text}) + "\n")
    return path


def timed(petrel, path):
    t0 = time.perf_counter()
    r = subprocess.run([petrel, "code", "--quiet", "-j1", path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if r.returncode not in (0, 1):
        print(f"{path}: exit {r.returncode}: {r.stderr.decode()[:300]}", file=sys.stderr)
    return time.perf_counter() - t0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10e3,100e3,1e6,10e6")
    ap.add_argument("--petrel", default=os.path.join(ROOT, "target", "release", "petrel"))
    ap.add_argument("--kinds", default="prose,long-line,one-word,deep-html,wide-html,tiny-warc,jsonl-line")
    a = ap.parse_args()
    sizes = [int(float(s)) for s in a.sizes.split(",")]
    with tempfile.TemporaryDirectory() as d:
        tiny = os.path.join(d, "tiny.txt")
        open(tiny, "w").write("Russia attacked Ukraine.\n")
        base = min(timed(a.petrel, tiny) for _ in range(3))
        print(f"start-up, taken off each time: {base:.2f} s")
        print(f"{'kind':<11} " + " ".join(f"{s / 1e6:>13g} MB" for s in sizes) + "    (seconds / s per MB)")
        for kind in a.kinds.split(","):
            cells = []
            for size in sizes:
                p = make(kind, size, d)
                real = os.path.getsize(p)
                secs = max(0.0, timed(a.petrel, p) - base)
                cells.append(f"{secs:7.2f} / {secs / (real / 1e6):5.2f}")
                os.remove(p)
            print(f"{kind:<11} " + " ".join(f"{c:>16}" for c in cells), flush=True)


if __name__ == "__main__":
    main()
