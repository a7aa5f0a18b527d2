"""Store: what `Store.ingest` writes is what `petrel code` codes; queries, series and alerts
as DataFrames; read-only until `ingest`; clear errors."""

import json
import os

import pytest

import stormpetrel
from conftest import DISPATCHES, petrel


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "events.db"
    s = stormpetrel.Store.create(path)
    counts = s.ingest([DISPATCHES])
    assert counts["added"] == 165 and counts["skipped"] == 0
    return s


def test_ingest_stores_what_petrel_code_codes(store):
    cli = [json.loads(line) for line in petrel("code", "--quiet", "--modality", "all", str(DISPATCHES)).splitlines()]
    frame = store.query(modality="all")
    assert sorted(frame.event_id) == sorted(e["event_id"] for e in cli)
    assert dict(zip(frame.event_id, frame.code)) == {e["event_id"]: e["code"] for e in cli}


def test_ingest_twice_adds_nothing(store):
    assert store.ingest([DISPATCHES]) == {"added": 0, "events": 0, "skipped": 165, "unreadable": 0}


def test_ingest_texts_and_dicts(tmp_path):
    s = stormpetrel.Store.create(tmp_path / "t.db")
    first = s.ingest(["Russia invaded Ukraine on Thursday.", {"text": "France and Germany signed a deal.", "id": "fd", "date": "2024-01-08"}])
    assert first["added"] == 2 and first["events"] >= 2
    assert s.ingest(["Russia invaded Ukraine on Thursday."])["skipped"] == 1
    assert set(s.query().doc_id) >= {"fd"}


def test_ingest_writes_in_batches_and_counts_unreadable_files(tmp_path):
    s = stormpetrel.Store.create(tmp_path / "b.db")
    docs = [{"text": f"Report {i}: France and Germany signed a deal.", "id": f"b{i}", "date": "2024-01-08"} for i in range(300)]
    first = s.ingest(docs)
    assert (first["added"], first["skipped"]) == (300, 0)
    assert len(s.query(modality="all")) == first["events"] > 0
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Russia invaded Ukraine on Thursday.")
    (folder / "b.txt").write_bytes(b"\x00\x01\x02 binary \xff\xfe" * 50)
    again = s.ingest([folder] + docs[:10])
    assert (again["added"], again["skipped"], again["unreadable"]) == (1, 10, 1)


def test_query_takes_the_cli_filters(store):
    frame = store.query(dyad="AZE-ARM", root="19", from_="2024-05-01", to="2024-05-31")
    assert len(frame) > 10
    assert set(frame.source_code.str[:3]) == {"AZE"} and set(frame.target_code.str[:3]) == {"ARM"}
    assert all(c.startswith("19") for c in frame.code)
    cli = petrel("query", "--db", store.path, "--dyad", "AZE-ARM", "--root", "19", "--from", "2024-05-01", "--to", "2024-05-31", "--count")
    assert int(cli.strip().split()[0]) == len(frame)
    assert len(store.query(limit=5, offset=2)) == 5
    assert len(store.query(dyad=["AZE-ARM", "ARM-AZE"], quad=4)) > len(store.query(dyad="AZE-ARM", quad=4))


def test_series_and_alerts(store):
    s = store.series("AZE-ARM", by="month", from_="2024-01-01", to="2024-06-30")
    assert list(s.start.dt.month) == [1, 2, 3, 4, 5, 6]
    assert s.material_conflict.idxmax() == 4  # May
    a = store.alerts(measure="count")
    assert a.iloc[0].dyad == "AZE-ARM" and a.iloc[0].signal == "material_conflict"
    assert a.iloc[0].start.month in (4, 5)
    assert len(a.iloc[0].evidence) >= 1
    assert store.alerts(dyads="IND-PAK", measure="count", since="2030-01-01").empty


def test_the_store_is_read_only_until_ingest(store):
    before = os.path.getmtime(store.path)
    store.query(dyad="AZE-ARM")
    store.series("AZE-ARM")
    store.alerts()
    assert os.path.getmtime(store.path) == before


@pytest.mark.parametrize(
    "call, error, words",
    [
        (lambda s: s.query(quad=7), ValueError, "quad"),
        (lambda s: s.query(dyad="AZEARM"), ValueError, "SOURCE-TARGET"),
        (lambda s: s.query(colour="red"), ValueError, 'unknown filter "colour"'),
        (lambda s: s.query(from_="May 2024"), ValueError, "YYYY-MM-DD"),
        (lambda s: s.query(limit=-1), ValueError, "limit"),
        (lambda s: s.series("AZE-ARM", by="year"), ValueError, "by"),
        (lambda s: s.alerts(measure="loud"), ValueError, "measure"),
        (lambda s: s.ingest([12]), TypeError, "item 0"),
    ],
)
def test_bad_arguments(store, call, error, words):
    with pytest.raises(error) as info:
        call(store)
    assert words in str(info.value)


def test_a_missing_store_is_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        stormpetrel.Store(tmp_path / "none.db")
    not_a_store = tmp_path / "x.db"
    not_a_store.write_text("hello, this is not SQLite at all")
    with pytest.raises(RuntimeError, match="not a petrel store"):
        stormpetrel.Store(not_a_store)
