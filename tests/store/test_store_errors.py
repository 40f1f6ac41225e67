"""Bad input: malformed filters, missing / corrupt / foreign / newer databases. Clear errors, files untouched."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from store_records import make_records

from dateline.errors import QueryError, StoreError
from dateline.store import Store, StoreWriter
from dateline.store.migrations import SCHEMA_VERSION


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.db"
    with StoreWriter(path) as writer:
        writer.write(make_records(3))
    return path


@pytest.mark.parametrize("kwargs, message", [
    ({"since": "2024-13-45"}, "--since '2024-13-45': not a calendar date"),
    ({"until": "June 2024"}, "--until 'June 2024': expected YYYY, YYYY-MM or YYYY-MM-DD"),
    ({"since": "2024-07", "until": "2024-06"}, "--since 2024-07 is after --until 2024-06"),
    ({"country": "Atlantis"}, "--country 'Atlantis': not an ISO 3166 code or country name"),
    ({"type": ","}, "--type ',': expected one or more event types"),
    ({"limit": -1}, "--limit -1: must be a positive number"),
])
def test_malformed_filters(db, kwargs, message):
    with Store(db) as store, pytest.raises(QueryError) as err:
        store.events(**kwargs)
    assert message in str(err.value)


def test_missing_database_is_not_created(tmp_path):
    path = tmp_path / "nope.db"
    with pytest.raises(StoreError, match="no such database"):
        Store(path)
    assert not path.exists()


def test_corrupt_database(tmp_path):
    path = tmp_path / "bad.db"
    path.write_bytes(b"this is not sqlite at all" * 200)
    before = digest(path)
    with pytest.raises(StoreError, match="not a readable SQLite database"):
        Store(path)
    with pytest.raises(StoreError, match="not a readable SQLite database"):
        StoreWriter(path)
    assert digest(path) == before
    assert not (tmp_path / "bad.db-wal").exists()


def test_truncated_database(db, tmp_path):
    data = db.read_bytes()
    cut = tmp_path / "cut.db"
    cut.write_bytes(data[:100] + b"\x00" * 50)  # header kept, pages gone
    before = digest(cut)
    with pytest.raises(StoreError):
        Store(cut).counts()
    assert digest(cut) == before


def test_foreign_sqlite_database(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    for opener in (Store, StoreWriter):
        with pytest.raises(StoreError, match="not a dateline store"):
            opener(path)
    assert digest(path) == before


def test_newer_schema_is_refused_untouched(db):
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = digest(db)
    for opener in (Store, StoreWriter):
        with pytest.raises(StoreError, match=f"schema version {SCHEMA_VERSION + 1} is newer"):
            opener(db)
    assert digest(db) == before


def test_directory_is_refused(tmp_path):
    for opener in (Store, StoreWriter):
        with pytest.raises(StoreError, match="is a directory"):
            opener(tmp_path)


def test_readers_cannot_write(db):
    with Store(db) as store, pytest.raises(StoreError, match="readonly"):
        store.sql("DELETE FROM articles")
    with Store(db) as store:
        assert store.counts()["articles"] == 3


def test_values_are_parameters_not_sql(db):
    with Store(db) as store:
        evil = "x' OR 1=1; DROP TABLE events; --"
        assert store.events(actor=evil) == []
        assert store.quotes(speaker=evil, medium=evil) == []
        assert store.events(type=evil) == []
        assert store.counts()["events"] == 6
        assert store.events(actor="%") == []  # LIKE wildcards are literal
        assert store.events(actor="_") == []


def test_unknown_article_and_table(db):
    with Store(db) as store:
        with pytest.raises(QueryError, match="no article 'zzz'"):
            store.record("zzz")
        with pytest.raises(QueryError, match="unknown table"):
            store.table("sqlite_master")
