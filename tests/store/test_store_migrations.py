"""Schema versions: a fresh store is at SCHEMA_VERSION; a later migration upgrades in place, keeping data."""

from __future__ import annotations

import sqlite3

from store_records import make_record

from dateline.store import Store, StoreWriter, migrations


def test_fresh_store_version(tmp_path):
    db = tmp_path / "s.db"
    StoreWriter(db).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
    assert {"articles", "actors", "actor_mentions", "events", "event_actors", "quotes", "times", "places",
            "articles_fts", "quotes_fts", "articles_ai", "quotes_ad"} <= names
    cols = {r[1] for r in conn.execute("PRAGMA table_info(events)")}
    assert "cluster_id" in cols


NEXT = migrations.SCHEMA_VERSION + 1  # a hypothetical next release


def test_a_later_migration_upgrades_in_place(tmp_path, monkeypatch):
    db = tmp_path / "s.db"
    with StoreWriter(db) as writer:
        writer.write([make_record("a")])
    step = (NEXT, "ALTER TABLE events ADD COLUMN salience REAL;\nCREATE INDEX events_salience ON events(salience);")
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, step])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", NEXT)
    with StoreWriter(db) as writer:
        assert writer.conn.execute("PRAGMA user_version").fetchone()[0] == NEXT
    with Store(db) as store:
        assert store.record("a") == make_record("a")
        assert store.sql("SELECT salience FROM events") == [{"salience": None}] * 2


def test_a_failed_migration_changes_nothing(tmp_path, monkeypatch):
    db = tmp_path / "s.db"
    with StoreWriter(db) as writer:
        writer.write([make_record("a")])
    step = (NEXT, "ALTER TABLE events ADD COLUMN ok REAL;\nALTER TABLE nowhere ADD COLUMN x;")
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, step])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", NEXT)
    try:
        StoreWriter(db)
    except Exception as exc:
        assert f"migration to schema version {NEXT} failed" in str(exc)
    else:
        raise AssertionError("migration should have failed")
    monkeypatch.undo()
    with Store(db) as store:
        assert store.schema_version() == NEXT - 1
        assert "ok" not in store.sql("SELECT * FROM events")[0]
