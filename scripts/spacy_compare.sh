#!/usr/bin/env bash
# spaCy against `petrel code -j1` on the same texts, one thread each, best of 3 runs.
#
#   scripts/spacy_compare.sh [CORPUS_DIR]      (default: ../shared/news/bbc_news_2225/bbc)
#
# spaCy goes into a virtual environment of its own (target/spacy-venv). If the package
# en_core_web_sm can be installed or is already there, it is timed. spaCy's models are
# published as GitHub release files, not on PyPI, so on a machine that reaches only package
# registries the script builds a stand-in with the same architecture: spaCy's own
# "efficiency" configuration for a tagger and a parser (hash-embedding CNN, width 96, depth 4;
# a parser with a hidden layer of 64), trained briefly on UD English EWT. Speed depends on the
# architecture, not on the weights, so the timing stands for en_core_web_sm's tagger and parser.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-../shared/news/bbc_news_2225/bbc}
EWT=${EWT:-../shared/nlp/ud_english_ewt}
VENV=target/spacy-venv
PY=$VENV/bin/python

[ -x "$PY" ] || python3 -m venv "$VENV"
"$PY" -c "import spacy" 2>/dev/null || "$VENV/bin/pip" install -q 'spacy>=3.7,<4'
"$PY" -c "import en_core_web_sm" 2>/dev/null || "$VENV/bin/pip" install -q en_core_web_sm 2>/dev/null || true

if "$PY" -c "import en_core_web_sm" 2>/dev/null; then
    MODEL=en_core_web_sm
else
    MODEL=target/spacy-sm-arch/model-last
    if [ ! -d "$MODEL" ]; then
        echo "en_core_web_sm is not installable here; building a stand-in of the same architecture" >&2
        W=target/spacy-sm-arch
        mkdir -p "$W/data"
        "$PY" -m spacy convert "$EWT/en_ewt-ud-train.conllu" "$W/data" --converter conllu -n 10 >&2
        "$PY" -m spacy convert "$EWT/en_ewt-ud-dev.conllu" "$W/data" --converter conllu -n 10 >&2
        "$PY" -m spacy init config "$W/config.cfg" --lang en --pipeline tagger,parser \
            --optimize efficiency --force >&2
        "$PY" -m spacy train "$W/config.cfg" --output "$W" \
            --paths.train "$W/data/en_ewt-ud-train.spacy" --paths.dev "$W/data/en_ewt-ud-dev.spacy" \
            --training.max_steps 600 --training.eval_frequency 300 >&2
    fi
fi

cargo build --release -q -p petrel-cli
# One thread for spaCy's numerical libraries too, as for petrel.
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
"$PY" scripts/spacy_compare.py "$CORPUS" --model "$MODEL" --petrel target/release/petrel
