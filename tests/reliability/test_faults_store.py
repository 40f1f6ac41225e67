"""Faults around the store: a full disk, a corrupt file, two writers at once, a read-only location.

Each test checks the same promise: a clear StoreError (or CLI message), and every article committed before
the fault is still there, whole and readable. Faults already proven in tests/store/ are not repeated here:
SIGKILL mid-ingest then resume without duplicates (test_store_concurrency.py::test_sigkill_mid_ingest_then_resume,
test_store_corpus.py::test_cli_ingest_killed_and_rerun), a non-SQLite or truncated file, a foreign or newer
database (test_store_errors.py). benchmarks/reliability.py counts those together with these.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from store_records import make_records  # noqa: E402

from dateline import cli  # noqa: E402
from dateline.errors import StoreError  # noqa: E402
from dateline.store import Store, StoreWriter  # noqa: E402
from dateline.store import db as store_db  # noqa: E402

WRITER_PROC = Path(__file__).resolve().parents[1] / "store" / "store_writer_proc.py"
DISK_FULL = "database or disk is full"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_intact(db: Path, expected_ids: list[str]) -> None:
    """The store opens read-only, holds exactly these articles once each, and each equals what was written."""
    wanted = {r.id: r for r in make_records(len(expected_ids))}
    with Store(db) as store:
        ids = store.article_ids()
        assert sorted(ids) == sorted(expected_ids) and len(set(ids)) == len(ids)
        for record in store.records():
            assert record == wanted[record.id]
        assert store.sql("PRAGMA integrity_check")[0]["integrity_check"] == "ok"


@contextlib.contextmanager
def tmpfs(size: str) -> Iterator[Path]:
    """A small RAM file system (needs root to mount; skipped elsewhere)."""
    path = Path(tempfile.mkdtemp(prefix="dateline-tmpfs-"))
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        path.rmdir()
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip() or 'not root'})")
    try:
        yield path
    finally:
        subprocess.run(["umount", str(path)], check=False)
        path.rmdir()


class FailingConnection:
    """Wraps the writer's sqlite3 connection: the ``fail_at``-th executemany raises 'disk is full'."""

    def __init__(self, conn: sqlite3.Connection, fail_at: int) -> None:
        self._conn, self._left = conn, fail_at

    def executemany(self, sql: str, rows):  # type: ignore[no-untyped-def]
        self._left -= 1
        if self._left == 0:
            raise sqlite3.OperationalError(DISK_FULL)
        return self._conn.executemany(sql, rows)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._conn, name)


# -- a full disk ------------------------------------------------------------------------------------------
def test_disk_full_mid_batch_rolls_back_that_batch_only(tmp_path):
    db = tmp_path / "s.db"
    records = make_records(30)
    writer = StoreWriter(db)
    writer.write(records[:10])
    writer.conn = FailingConnection(writer.conn, fail_at=20)  # a few records into the second batch
    with pytest.raises(StoreError) as err:
        writer.write(records[10:20])
    assert DISK_FULL in str(err.value) and "batch rolled back" in str(err.value) and str(db) in str(err.value)
    assert_intact(db, [r.id for r in records[:10]])  # none of the failed batch, all of the first
    writer.conn = writer.conn._conn  # space freed: the same writer carries on
    writer.write(records[10:])
    writer.close()
    assert_intact(db, [r.id for r in records])


def test_disk_full_through_the_ingest_command(tmp_path, monkeypatch, capsys):
    """`dateline ingest` reports the full disk as a one-line error (exit 2); committed batches stay."""
    from dateline.engines import local
    from dateline.records import Article
    from dateline.store import writer as writer_mod

    db = tmp_path / "s.db"
    records = {r.id: r for r in make_records(12)}
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": r.id, "text": r.text, "date": r.date, "title": r.title,
                                       "outlet": r.outlet, "url": r.url}) + "\n" for r in records.values()),
                   encoding="utf-8")

    def fake_extract(items, **kwargs):  # the hand-built records instead of a model run
        return (records[item.id] if isinstance(item, Article) else item for item in items)

    real_connect = writer_mod.connect_write
    monkeypatch.setattr(local, "run_local", fake_extract)
    per_record = 7  # executemany calls per record: times, actors, mentions, places, quotes, events, sides
    fail_at = 4 * per_record + 2 * per_record + 1  # batch 2, third record
    monkeypatch.setattr(writer_mod, "connect_write", lambda path: FailingConnection(real_connect(path), fail_at))
    code = cli.main(["ingest", str(src), "--db", str(db), "--batch-size", "4"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"dateline: error: {db}: write failed, batch rolled back ({DISK_FULL})" in err
    assert "Traceback" not in err
    assert_intact(db, list(records)[:4])  # batch 1 committed, batch 2 failed at its third record


def test_real_full_file_system_then_resume(tmp_path):
    """A 3 MB tmpfs, most of it taken by another file: writes fail cleanly; after freeing space they finish."""
    records = make_records(300)
    with tmpfs("3M") as disk:
        db = disk / "s.db"
        filler = disk / "filler"
        filler.write_bytes(b"\0" * 2_200_000)
        committed = 0
        with pytest.raises(StoreError) as err, StoreWriter(db) as writer:
            for i in range(0, len(records), 20):
                writer.write(records[i:i + 20])
                committed = i + 20
        assert DISK_FULL in str(err.value)
        assert 0 < committed < len(records)
        assert_intact(db, [r.id for r in records[:committed]])
        filler.unlink()
        with StoreWriter(db) as writer:
            stats = writer.write(records)
        assert (stats.skipped, stats.inserted) == (committed, len(records) - committed)
        assert_intact(db, [r.id for r in records])


# -- a corrupt file -------------------------------------------------------------------------------------
def corrupt_pages(db: Path, first: float = 0.5, pages: int = 3) -> None:
    """Overwrite a few pages in the middle of the file with fixed garbage (the header stays valid)."""
    data = bytearray(db.read_bytes())
    size = 4096
    start = int(len(data) // size * first) * size
    data[start:start + pages * size] = bytes((i * 37 + 11) % 256 for i in range(pages * size))
    db.write_bytes(bytes(data))


def test_corrupt_pages_give_a_clear_error_and_no_further_damage(tmp_path):
    db = tmp_path / "s.db"
    with StoreWriter(db) as writer:
        writer.write(make_records(200))
    corrupt_pages(db)
    before = digest(db)
    with Store(db) as store, pytest.raises(StoreError, match="malformed"):
        list(store.records())
    with pytest.raises(StoreError, match=r"write failed, batch rolled back \(database disk image is malformed\)"):
        with StoreWriter(db) as writer:
            writer.write(make_records(5, prefix="new"))
    assert digest(db) == before
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0


def test_server_over_a_corrupt_store_answers_503_not_500(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from dateline.web import create_app

    db = tmp_path / "s.db"
    with StoreWriter(db) as writer:
        writer.write(make_records(200))
    client = TestClient(create_app(db), raise_server_exceptions=False)
    corrupt_pages(db)
    before = digest(db)
    statuses = {url: client.get(url).status_code for url in ("/api/events?limit=500", "/api/quotes?limit=500",
                                                                "/api/actors", "/api/places", "/api/network")}
    assert 500 not in statuses.values() and 503 in statuses.values(), statuses
    response = client.get("/api/events?limit=500")
    if response.status_code == 503:
        assert "malformed" in response.json()["detail"]
    assert digest(db) == before


# -- two writers at once --------------------------------------------------------------------------------
def writer_proc(db: Path, n: int, batch: int, pause: float) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(WRITER_PROC), str(db), str(n), str(batch), str(pause)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_ingests_at_once_both_finish_nothing_lost_or_doubled(tmp_path):
    """Two processes write overlapping sets: the second waits for each of the first's commits (busy
    timeout), an article both write is stored once (same content hash), and every article is there."""
    db = tmp_path / "s.db"
    first = writer_proc(db, 80, batch=8, pause=0.01)
    second = writer_proc(db, 120, batch=12, pause=0.0)
    for proc in (first, second):
        assert proc.wait(timeout=120) == 0, proc.stderr.read()
    assert_intact(db, [r.id for r in make_records(120)])


def test_second_writer_refused_clearly_while_the_first_holds_the_lock(tmp_path, monkeypatch):
    db = tmp_path / "s.db"
    records = make_records(20)
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 300)  # the default waits 10 s before refusing
    with StoreWriter(db) as first:
        first.write(records[:10])
        first.conn.execute("BEGIN IMMEDIATE")  # the first ingest is mid-batch
        with StoreWriter(db) as second:
            with pytest.raises(StoreError, match=r"write failed, batch rolled back \(database is locked\)"):
                second.write(records[10:])
            first.conn.execute("COMMIT")
            second.write(records[10:])  # once the first lets go, the second proceeds
    assert_intact(db, [r.id for r in records])


# -- a read-only location -------------------------------------------------------------------------------
@contextlib.contextmanager
def read_only_copy(db: Path) -> Iterator[Path]:
    """``db`` copied to a location this process cannot write: a read-only mount as root, chmod otherwise."""
    if os.geteuid() == 0:
        with tmpfs("8M") as folder:
            target = folder / db.name
            target.write_bytes(db.read_bytes())
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
            yield target
        return
    folder = db.parent / "ro"
    folder.mkdir()
    target = folder / db.name
    target.write_bytes(db.read_bytes())
    target.chmod(0o444)
    folder.chmod(0o555)
    try:
        yield target
    finally:
        folder.chmod(0o755)


def test_read_only_location(tmp_path):
    db = tmp_path / "s.db"
    records = make_records(10)
    with StoreWriter(db) as writer:
        writer.write(records)
    with read_only_copy(db) as ro:
        before = digest(ro)
        with pytest.raises(StoreError, match="read-only"):
            StoreWriter(ro)
        with pytest.raises(StoreError, match="read-only"):
            StoreWriter(ro.parent / "new.db")
        assert_intact(ro, [r.id for r in records])  # readers still read it
        assert digest(ro) == before
