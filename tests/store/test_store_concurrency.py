"""A second process reads while one writes; a writer killed with SIGKILL loses nothing and duplicates nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from store_records import make_records

from dateline.store import Store

PROC = Path(__file__).parent / "store_writer_proc.py"


def start_writer(db: Path, n: int, batch: int, pause: float) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(PROC), str(db), str(n), str(batch), str(pause)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_articles(db: Path, at_least: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if db.exists():
            try:
                with Store(db) as store:
                    if store.counts()["articles"] >= at_least:
                        return
            except Exception:
                pass  # the writer may not have created the schema yet
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        time.sleep(0.02)
    raise AssertionError(f"writer did not reach {at_least} articles")


def test_reader_in_second_process_while_writing(tmp_path):
    db = tmp_path / "s.db"
    n = 120
    proc = start_writer(db, n, batch=10, pause=0.05)
    wait_for_articles(db, 10, proc)
    seen = []
    with Store(db) as store:  # one long-lived read-only connection, as a web server would hold
        while proc.poll() is None:
            c = store.counts()
            # every snapshot is consistent: whole records only, never a half-written one
            assert (c["actors"], c["events"], c["quotes"], c["actor_mentions"]) == (
                3 * c["articles"], 2 * c["articles"], c["articles"], 5 * c["articles"])
            assert not seen or c["articles"] >= seen[-1]
            assert len(store.events(actor="Khawaja Asif")) == c["articles"] or store.counts() != c
            seen.append(c["articles"])
            time.sleep(0.01)
        assert proc.returncode == 0, proc.stderr.read()
        assert store.counts()["articles"] == n
    assert len(set(seen)) >= 3, seen  # reads really happened between commits


def test_sigkill_mid_ingest_then_resume(tmp_path):
    db = tmp_path / "s.db"
    n = 400
    proc = start_writer(db, n, batch=25, pause=0.03)
    wait_for_articles(db, 50, proc)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with Store(db) as store:
        partial = store.counts()["articles"]
    assert 50 <= partial < n and partial % 25 == 0  # whole batches only
    resumed = start_writer(db, n, batch=25, pause=0)
    assert resumed.wait(timeout=120) == 0, resumed.stderr.read()
    expected = {r.id: r for r in make_records(n)}
    with Store(db) as store:
        assert store.counts() == {"articles": n, "actors": 3 * n, "actor_mentions": 5 * n, "events": 2 * n,
                                  "event_actors": 3 * n, "quotes": n, "times": n, "places": n}
        ids = store.article_ids()
        assert sorted(ids) == sorted(expected) and len(set(ids)) == n
        for record in store.records():
            assert record == expected[record.id]
        assert len(store.search("militants", kind="quotes", limit=0)) == n


def test_two_writers_at_once_duplicate_nothing(tmp_path):
    db = tmp_path / "s.db"
    procs = [start_writer(db, 100, batch=10, pause=0.01) for _ in range(2)]
    for proc in procs:
        assert proc.wait(timeout=120) == 0, proc.stderr.read()
    with Store(db) as store:
        assert store.counts() == {"articles": 100, "actors": 300, "actor_mentions": 500, "events": 200,
                                  "event_actors": 300, "quotes": 100, "times": 100, "places": 100}
