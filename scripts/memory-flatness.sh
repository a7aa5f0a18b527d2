#!/usr/bin/env bash
# Constant memory: peak RSS of coding the BBC corpus once and 20 times over (streamed on stdin)
# must stay within 10%. Needs ../shared (research data, not shipped) and a release build.
#
#   cargo build --release -p petrel-cli && scripts/memory-flatness.sh [JOBS]
set -euo pipefail
cd "$(dirname "$0")/.."
bbc=../shared/news/bbc_news_2225/bbc
[ -d "$bbc" ] || { echo "skipped: $bbc not found"; exit 0; }
jobs=${1:-2}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$bbc" > "$tmp/bbc.jsonl" <<'PY'
import glob, json, sys
for p in sorted(glob.glob(sys.argv[1] + "/*/*.txt")):
    text = open(p, encoding="utf-8", errors="replace").read()
    print(json.dumps({"id": p.rsplit("/bbc/", 1)[-1], "text": text, "date": "2005-01-01"}))
PY
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
once=$( { peak target/release/petrel code -j "$jobs" --quiet "$tmp/bbc.jsonl"; } )
twenty=$( { peak bash -c "for i in \$(seq 20); do cat '$tmp/bbc.jsonl'; done | target/release/petrel code -j $jobs --quiet -"; } )
echo "peak RSS once: ${once} KiB; 20 times: ${twenty} KiB; ratio $(python3 -c "print(round($twenty/$once, 3))")"
