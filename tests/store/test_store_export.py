"""Exports: Parquet round-trips through DuckDB and pandas; JSONL records; PLOVER JSON; GDELT TSV."""

from __future__ import annotations

import csv
import io
import json

import pytest
from store_records import make_records

from dateline.cli import main
from dateline.records import Record
from dateline.store import Store, StoreWriter
from dateline.store.api import TABLES
from dateline.store.export import export_gdelt, export_jsonl, export_parquet, export_plover


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.db"
    with StoreWriter(path) as writer:
        writer.write(make_records(4))
    return path


def test_parquet_round_trips_through_duckdb_and_pandas(db, tmp_path):
    import duckdb
    import pandas as pd

    out = tmp_path / "pq"
    with Store(db) as store:
        counts = export_parquet(store, out)
        assert counts == store.counts()
        for table in TABLES:
            sqlite_rows = [tuple(r.values()) for r in store.table(table)]
            duck_rows = duckdb.sql(f"SELECT * FROM read_parquet('{out / (table + '.parquet')}')").fetchall()
            assert duck_rows == sqlite_rows, table
            frame = pd.read_parquet(out / f"{table}.parquet")
            assert list(frame.columns) == list(store.table(table)[0].keys()) and len(frame) == counts[table]
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/events.parquet') WHERE negated = 1"
                      ).fetchall() == [(4,)]


def test_parquet_of_an_empty_store_keeps_types(tmp_path):
    import pyarrow.parquet as pq

    db = tmp_path / "e.db"
    with StoreWriter(db) as writer:
        writer.write([])
    with Store(db) as store:
        export_parquet(store, tmp_path / "pq")
    schema = pq.read_schema(tmp_path / "pq" / "events.parquet")
    assert str(schema.field("trigger_start").type) == "int64" and str(schema.field("confidence").type) == "double"


def test_jsonl_export_is_the_records(db):
    buf = io.StringIO()
    with Store(db) as store:
        assert export_jsonl(store, buf) == 4
    assert [Record.from_json(line) for line in buf.getvalue().splitlines()] == make_records(4)


def test_plover_json_has_the_manual_fields(db, tmp_path):
    pytest.importorskip("dateline.exports.plover")
    buf = io.StringIO()
    with Store(db) as store:
        assert export_plover(store, buf) == 8
    rows = [json.loads(line) for line in buf.getvalue().splitlines()]
    for field in ("id", "date", "actor", "recipient", "event", "mode", "context"):
        assert all(field in row for row in rows), field
    first = rows[0]
    assert first["event"] == ["ACCUSE"] and first["actor"][0]["actorText"] == "Khawaja Asif"
    out = tmp_path / "plover.json"
    assert main(["export", "--db", str(db), "--format", "plover", "--out", str(out)]) == 0
    assert len(json.loads(out.read_text("utf-8"))) == 8  # a .json path gets one JSON list


def test_gdelt_tsv(db):
    pytest.importorskip("dateline.exports.gdelt")
    buf = io.StringIO()
    with Store(db) as store:
        assert export_gdelt(store, buf) == 8
    rows = list(csv.DictReader(io.StringIO(buf.getvalue()), delimiter="\t"))
    assert len(rows) == 8 and len(rows[0]) > 5


def test_export_cli(db, tmp_path, capsys):
    assert main(["export", "--db", str(db), "--format", "parquet", "--out", str(tmp_path / "p")]) == 0
    assert "row(s) in 8 Parquet file(s)" in capsys.readouterr().err
    assert main(["export", "--db", str(db), "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 4
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["export", "--db", str(db), "--format", "parquet", "--out", str(blocker)]) == 2
    assert "is not a directory" in capsys.readouterr().err
