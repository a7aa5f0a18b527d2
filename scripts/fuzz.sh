#!/usr/bin/env bash
# Coverage-guided fuzzing with cargo fuzz (libFuzzer, AddressSanitizer) of every reader and of
# the whole pipeline. The fuzzing flags need a nightly compiler; RUSTC_BOOTSTRAP=1 lets the
# stable toolchain accept them.
#
#   scripts/fuzz.sh 600            # each target for 600 s, one after another
#   scripts/fuzz.sh 0              # replay the saved corpus only (no new inputs)
#   scripts/fuzz.sh 600 read_warc  # one target
#
# Needs `cargo install cargo-fuzz`. New inputs that add coverage go to fuzz/corpus/TARGET;
# a crash stops the run and is saved in fuzz/artifacts/TARGET (turn it into a regression test).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
secs="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(read_text read_jsonl read_html read_warc read_arc read_gzip pipeline)
fi
export RUSTC_BOOTSTRAP=1
# In a job that has just run `cargo install cargo-fuzz`, the first `cargo fuzz run` failed
# (twice in two tries, 2026-12-06) while cargo probed rustc ("failed to run `rustc` to learn
# about target-specific information"); the same run in a later job, or after a `cargo fuzz
# build`, did not. So the first target is built first. A failure of that build is only
# reported here: a real build error fails the `cargo fuzz run` below.
cargo fuzz build -O "${targets[0]}" > /dev/null 2>&1 || echo "fuzz: first build failed; building again"
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t"
    if [ "$secs" = 0 ]; then
        echo "fuzz: replaying the corpus of $t ($(ls "corpus/$t" | wc -l) inputs)"
        cargo fuzz run -O "$t" "corpus/$t" -- -runs=0 -rss_limit_mb=4096 -timeout=30
    else
        echo "fuzz: $t for $secs s"
        cargo fuzz run -O "$t" "corpus/$t" -- -max_total_time="$secs" -rss_limit_mb=4096 -timeout=30 -max_len=65536 -print_final_stats=1
    fi
done
