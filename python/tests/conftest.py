"""Shared fixtures: the repository's example corpus and the `petrel` binary that `cargo test`
(or `cargo build`) made, to compare the package with the command line."""

import json
import os
import pathlib
import subprocess

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
DISPATCHES = REPO / "examples" / "dispatches.jsonl"


def petrel_binary() -> pathlib.Path:
    """$PETREL, else target/release/petrel or target/debug/petrel, whichever is newer."""
    if os.environ.get("PETREL"):
        return pathlib.Path(os.environ["PETREL"])
    found = [p for p in (REPO / "target/release/petrel", REPO / "target/debug/petrel") if p.exists()]
    if not found:
        pytest.fail("no petrel binary: run `cargo build -p petrel-cli` first (or set PETREL)")
    return max(found, key=lambda p: p.stat().st_mtime)


def petrel(*args: str) -> str:
    """Runs petrel and returns its standard output."""
    out = subprocess.run([str(petrel_binary()), *args], check=True, capture_output=True, text=True)
    return out.stdout


@pytest.fixture(scope="session")
def docs():
    """The example corpus: 165 invented reports with ids and dates."""
    with open(DISPATCHES, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="session")
def cli_events():
    """What `petrel code` writes for the example corpus, one dict per event."""
    out = petrel("code", "--quiet", str(DISPATCHES))
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture(scope="session")
def coder():
    import stormpetrel

    return stormpetrel.Coder()
