"""Coder: the same events as `petrel code`, as dicts, DataFrames and Arrow batches; bad input
raises clear Python exceptions; one coder serves many threads."""

import datetime as dt
import pathlib
import re
import threading

import pyarrow as pa
import pytest

import stormpetrel

REPO = pathlib.Path(__file__).resolve().parents[2]


def test_version_is_the_crate_version():
    cargo = (REPO / "Cargo.toml").read_text()
    workspace = re.search(r'\[workspace\.package\][^\[]*?version = "([^"]+)"', cargo, re.S).group(1)
    assert stormpetrel.__version__ == workspace
    own = (REPO / "python" / "Cargo.toml").read_text()
    assert re.search(r'^version = "([^"]+)"', own, re.M).group(1) == workspace


def test_code_gives_what_the_cli_writes(coder, docs, cli_events):
    ours = []
    for d in docs:
        ours.extend(coder.code(d["text"], date=d.get("date"), id=d["id"]))
    assert ours == cli_events


def test_module_functions_use_a_default_coder(docs):
    d = docs[0]
    assert stormpetrel.code(d["text"], date=d["date"], id=d["id"]) == stormpetrel.Coder().code(d["text"], date=d["date"], id=d["id"])
    frame = stormpetrel.code_frame([d["text"]], dates=[d["date"]], ids=[d["id"]])
    assert list(frame.columns) == list(stormpetrel.COLUMNS)


def _v(x):
    """A frame cell with pandas' missing values as None."""
    import pandas as pd

    return None if not isinstance(x, (list, dict)) and pd.isna(x) else x


def test_code_frame_flattens_every_event(coder, docs, cli_events):
    frame = coder.code_frame([d["text"] for d in docs], dates=[d["date"] for d in docs], ids=[d["id"] for d in docs], jobs=2)
    assert list(frame.columns) == list(stormpetrel.COLUMNS)
    assert len(frame) == len(cli_events)
    for row, e in zip(frame.itertuples(index=False), cli_events):
        assert row.event_id == e["event_id"]
        assert row.code == e["code"] and row.root == e["root"] and row.name == e["name"]
        assert row.quad_class == e["quad_class"]
        assert _v(row.source_code) == (e["source"] or {}).get("code")
        assert _v(row.target_country) == (e["target"] or {}).get("country")
        assert str(row.date) == e["date"]["value"]
        assert row.date_precision == e["date"]["precision"]
        assert row.negated == e["modality"]["negated"]
        assert row.trigger == e["evidence"]["text"]
        assert row.sentence_text == e["sentence_text"]
        place = e["location"] or {}
        assert _v(row.place_name) == place.get("name")
        assert _v(row.lat) == place.get("lat")


def test_dates_may_be_dates_and_ids_default_to_positions(coder):
    texts = ["Russia invaded Ukraine on Thursday.", "Nothing happened."]
    frame = coder.code_frame(texts, dates=[dt.date(2022, 2, 24), None])
    assert list(frame.doc_id) == ["0"]
    assert frame.date[0] == dt.date(2022, 2, 24)


def test_code_arrow_returns_typed_columns(coder, docs):
    batch = pa.RecordBatch.from_pylist(
        [{"body": d["text"], "key": i, "published": dt.date.fromisoformat(d["date"])} for i, d in enumerate(docs[:40])]
    )
    out = coder.code_arrow(batch, text="body", id="key", date="published")
    assert isinstance(out, pa.RecordBatch)
    assert out.schema == stormpetrel.schema()
    assert out.schema.field("date").type == pa.date32()
    assert out.schema.field("quad_class").type == pa.int8()
    assert out.schema.field("goldstein").type == pa.float32()
    frame = coder.code_frame([d["text"] for d in docs[:40]], dates=[d["date"] for d in docs[:40]])
    assert out.num_rows == len(frame)
    assert out.column("event_id").to_pylist() == list(frame.event_id)
    empty = coder.code_arrow(pa.RecordBatch.from_pylist([], schema=pa.schema([("text", pa.string()), ("id", pa.string())])))
    assert empty.num_rows == 0


@pytest.mark.parametrize(
    "call, error, words",
    [
        (lambda c: c.code(42), TypeError, "text must be a string"),
        (lambda c: c.code(b"bytes"), TypeError, "text must be a string"),
        (lambda c: c.code("Russia invaded Ukraine.", date="last Tuesday"), ValueError, "YYYY-MM-DD"),
        (lambda c: c.code("Russia invaded Ukraine.", date="2022-02-30"), ValueError, "YYYY-MM-DD"),
        (lambda c: c.code("Russia invaded Ukraine.", date=20220224), TypeError, "date"),
        (lambda c: c.code_frame("one text"), TypeError, "not a single string"),
        (lambda c: c.code_frame(["ok", None]), TypeError, "texts[1]"),
        (lambda c: c.code_frame(["a", "b"], dates=["2024-01-01"]), ValueError, "dates has 1 items"),
        (lambda c: c.code_frame(["a"], jobs=0), ValueError, "jobs"),
        (lambda c: c.code_arrow(pa.RecordBatch.from_pylist([{"text": "x", "id": "1"}]), text="body"), ValueError, 'no text column "body"'),
        (lambda c: c.code_arrow(pa.RecordBatch.from_pylist([{"text": 5, "id": "1"}])), TypeError, "must hold strings"),
        (lambda c: c.code_arrow(pa.RecordBatch.from_pylist([{"text": "x", "id": "1", "date": "soon"}])), ValueError, "YYYY-MM-DD"),
        (lambda c: c.code_arrow({"text": ["x"]}), TypeError, "RecordBatch"),
    ],
)
def test_bad_input_raises_a_clear_exception(coder, call, error, words):
    with pytest.raises(error) as info:
        call(coder)
    assert words in str(info.value)


def test_missing_dictionaries_raise_file_not_found():
    with pytest.raises(FileNotFoundError):
        stormpetrel.Coder(actors="/nonexistent/actors.txt")
    with pytest.raises(FileNotFoundError):
        stormpetrel.Coder(verbs="/nonexistent/verbs.txt")


def test_a_verb_dictionary_replaces_the_rules_of_its_verbs(tmp_path):
    verbs = tmp_path / "test.verbs"
    verbs.write_text("--- EXPEL [---] ---\nEXPEL\n- * DIPLOMATS (FROM $) [:1663]\n")
    text = "Norway expelled diplomats from Russia."
    events = stormpetrel.Coder(verbs=str(verbs)).code(text, date="2024-05-15")
    assert [(e["code"], e["source"]["code"][:3], e["target"]["code"][:3]) for e in events] == [("1663", "NOR", "RUS")]


def test_threads_share_one_coder(coder, docs):
    texts = [d["text"] for d in docs]
    expected = [coder.code(t, id=str(i)) for i, t in enumerate(texts)]
    results = {}
    errors = []

    def work(k):
        try:
            for i in range(k, len(texts), 8):
                results[i] = coder.code(texts[i], id=str(i))
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert [results[i] for i in range(len(texts))] == expected
