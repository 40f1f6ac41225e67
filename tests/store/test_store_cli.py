"""The store commands: --db / $DATELINE_DB, output formats, clear errors with exit status 2."""

from __future__ import annotations

import csv
import io
import json

import pytest
from store_records import make_record

from dateline.cli import main
from dateline.store import StoreWriter


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.db"
    with StoreWriter(path) as writer:
        writer.write([make_record("jan", date="2024-01-10"), make_record("jun", date="2024-06-30")])
    return str(path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_events_jsonl_rows(db, capsys):
    status, out, _ = run(capsys, "events", "--db", db, "--actor", "Khawaja Asif", "--format", "jsonl")
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["article"], r["type"], r["date"], r["trigger"]) for r in rows] == [
        ("jan", "ACCUSE", "2024-06-29", [43, 53]), ("jun", "ACCUSE", "2024-06-29", [43, 53])]
    assert rows[0]["sentence"].startswith("On Saturday, Defence Minister Khawaja Asif criticised")
    assert rows[0]["source"] == ["Khawaja Asif"] and rows[0]["target"] == ["Afghanistan"]


def test_events_table_csv_json(db, capsys):
    status, out, _ = run(capsys, "events", "--db", db, "--type", "ASSAULT")
    assert status == 0 and "2 event(s)" in out and "ASSAULT (not)" in out and "attack [" in out
    status, out, _ = run(capsys, "events", "--db", db, "--negated", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["article"], r["type"], r["negated"], r["trigger"]) for r in rows] == [
        ("jan", "ASSAULT", "True", "[196, 202]"), ("jun", "ASSAULT", "True", "[196, 202]")]
    status, out, _ = run(capsys, "events", "--db", db, "--no-negated", "--format", "json")
    assert [r["type"] for r in json.loads(out)] == ["ACCUSE", "ACCUSE"]


def test_db_from_environment(db, capsys, monkeypatch):
    monkeypatch.setenv("DATELINE_DB", db)
    status, out, _ = run(capsys, "quotes", "--speaker", "Khawaja Asif", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and [(r["speaker"], r["medium"]) for r in rows] == [("Khawaja Asif", "BBC Urdu")] * 2


@pytest.mark.parametrize("argv", [
    ["actors"], ["timeline", "Khawaja Asif"], ["search", "militants"], ["show", "jan"], ["quotes"],
])
def test_table_commands(db, capsys, argv):
    status, out, err = run(capsys, *argv, "--db", db)
    assert status == 0 and out.strip() and not err


def test_show_json_is_the_record(db, capsys):
    status, out, _ = run(capsys, "show", "jan", "--db", db, "--format", "json")
    assert status == 0 and json.loads(out) == make_record("jan", date="2024-01-10").to_dict()


@pytest.mark.parametrize("argv, message", [
    (["events", "--since", "2024-13-45"], "--since '2024-13-45': not a calendar date"),
    (["events", "--country", "Narnia"], "not an ISO 3166 code"),
    (["show", "nope"], "no article 'nope'"),
    (["timeline", " "], "timeline: give an actor name"),
])
def test_query_errors(db, capsys, argv, message):
    status, out, err = run(capsys, *argv, "--db", db)
    assert status == 2 and message in err and err.startswith("dateline: error:") and not out


def test_missing_database(tmp_path, capsys):
    missing = tmp_path / "missing.db"
    status, _, err = run(capsys, "events", "--db", str(missing))
    assert status == 2 and "no such database" in err
    assert not missing.exists()


def test_ingest_into_a_corrupt_file_fails_before_extracting(tmp_path, capsys):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    article = tmp_path / "a.txt"
    article.write_text("date 2024-06-30\nNothing happened.", encoding="utf-8")
    status, _, err = run(capsys, "ingest", str(article), "--db", str(bad))
    assert status == 2 and "not a readable SQLite database" in err
    assert bad.read_bytes() == b"garbage" * 1000


def test_newer_schema_from_the_cli(db, capsys):
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    for argv in (["events"], ["export", "--format", "jsonl"]):
        status, out, err = run(capsys, *argv, "--db", db)
        assert status == 2 and "schema version 99 is newer" in err and not out
