"""The writer: lossless round trip, idempotence by content hash, replacement, FTS kept current."""

from __future__ import annotations

import dataclasses

from store_records import TEXT, make_record, make_records

from dateline.records import Record
from dateline.store import Store, StoreWriter, content_hash
from dateline.store.migrations import APPLICATION_ID, SCHEMA_VERSION


def counts(db) -> dict[str, int]:
    with Store(db) as store:
        return store.counts()


def test_round_trip_every_field(tmp_path):
    db = tmp_path / "s.db"
    original = make_record("a1")
    with StoreWriter(db) as writer:
        stats = writer.write([original])
    assert (stats.inserted, stats.replaced, stats.skipped, stats.failed) == (1, 0, 0, [])
    with Store(db) as store:
        assert store.record("a1") == original
        assert store.schema_version() == SCHEMA_VERSION
        assert store.sql("PRAGMA application_id")[0]["application_id"] == APPLICATION_ID
        assert store.sql("PRAGMA journal_mode")[0]["journal_mode"] == "wal"
    assert counts(db) == {"articles": 1, "actors": 3, "actor_mentions": 5, "events": 2, "event_actors": 3,
                          "quotes": 1, "times": 1, "places": 1}


def test_empty_record_round_trips(tmp_path):
    db = tmp_path / "s.db"
    bare = Record(id="bare", text="Nothing happened.")
    with StoreWriter(db) as writer:
        writer.write([bare])
    with Store(db) as store:
        assert store.record("bare") == bare


def test_unchanged_is_skipped_and_changed_replaced(tmp_path):
    db = tmp_path / "s.db"
    with StoreWriter(db) as writer:
        writer.write(make_records(5))
        before = counts(db)
        again = writer.write(make_records(5))
        assert (again.inserted, again.replaced, again.skipped) == (0, 0, 5)
        assert counts(db) == before
        changed = make_record("art-0002", text="Breaking. " + TEXT)
        stats = writer.write([changed])
        assert (stats.inserted, stats.replaced, stats.skipped) == (0, 1, 0)
    assert counts(db) == before
    with Store(db) as store:
        assert store.record("art-0002") == changed
        assert [h.article for h in store.search("Breaking")] == ["art-0002"]
        assert store.sql("SELECT count(*) AS n FROM articles WHERE id = 'art-0002'")[0]["n"] == 1


def test_force_replaces_unchanged(tmp_path):
    db = tmp_path / "s.db"
    with StoreWriter(db) as writer:
        writer.write([make_record("a")])
        stats = writer.write([make_record("a")], force=True)
    assert (stats.replaced, stats.skipped) == (1, 0)
    assert counts(db)["events"] == 2


def test_content_hash_follows_article_fields():
    rec = make_record("a")
    assert content_hash(rec) == content_hash(dataclasses.replace(rec, events=[]))  # extraction is not content
    assert content_hash(rec) != content_hash(dataclasses.replace(rec, date="2024-07-01"))
    assert content_hash(rec) != content_hash(dataclasses.replace(rec, text=rec.text + " "))


def test_a_bad_record_fails_alone(tmp_path):
    db = tmp_path / "s.db"
    bad = make_record("bad")
    bad.times.append(bad.times[0])  # duplicate item id: cannot be stored consistently
    with StoreWriter(db) as writer:
        stats = writer.write([make_record("good-1"), bad, make_record("good-2")])
    assert stats.inserted == 2
    assert [aid for aid, _ in stats.failed] == ["bad"]
    assert "IntegrityError" in stats.failed[0][1]
    with Store(db) as store:
        assert store.article_ids() == ["good-1", "good-2"]
        assert store.counts()["times"] == 2


def test_delete_and_clusters(tmp_path):
    db = tmp_path / "s.db"
    with StoreWriter(db) as writer:
        writer.write(make_records(2))
        writer.set_clusters([("art-0000", "e-art-0000-1", "c1"), ("art-0001", "e-art-0001-1", "c1")])
        with Store(db) as store:
            assert [e.article for e in store.events(cluster="c1")] == ["art-0000", "art-0001"]
        assert writer.delete("art-0000") is True
        assert writer.delete("art-0000") is False
    assert counts(db) == {"articles": 1, "actors": 3, "actor_mentions": 5, "events": 2, "event_actors": 3,
                          "quotes": 1, "times": 1, "places": 1}
    with Store(db) as store:
        assert store.search("militants", kind="quotes")[0].article == "art-0001"
        assert len(store.search("militants", kind="quotes")) == 1


def test_fields_without_a_column_survive_in_extra(tmp_path, monkeypatch):
    from dateline.records import Event
    from dateline.store import writer as writer_module

    # as if Event.quote and Record.outlet had been added to records.py after this schema
    monkeypatch.setitem(writer_module.MAPPED, Event, writer_module.MAPPED[Event] - {"quote"})
    monkeypatch.setitem(writer_module.MAPPED, Record, writer_module.MAPPED[Record] - {"outlet"})
    original = make_record("x")
    original.events[0].quote = "q-x-1"
    db = tmp_path / "s.db"
    with StoreWriter(db) as writer:
        writer.write([original])
    with Store(db) as store:
        assert store.record("x") == original
        assert store.sql("SELECT extra FROM events WHERE id = 'e-x-1'")[0]["extra"] == '{"quote": "q-x-1"}'
        assert store.sql("SELECT extra FROM articles")[0]["extra"] == '{"outlet": "Dawn"}'
