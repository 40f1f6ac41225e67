"""The real pipeline into the store: Wikinews subset + the example, ingested twice; a killed CLI ingest resumed."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import shared_path

from dateline.errors import Rejected
from dateline.readers import read_inputs
from dateline.store import Store, StoreWriter
from dateline.store.ingest import ingest, with_pipeline

SUBSET = 8


@pytest.fixture(scope="module")
def corpus_inputs(tmp_path_factory):
    """A JSONL file of the first Wikinews articles, and the example article."""
    wikinews = shared_path("data/corpora/wikinews/wikinews_2019.csv")
    example = shared_path("examples/pak-afghan-2024-06-30.txt")
    rows = itertools.islice(read_inputs([wikinews]), SUBSET)
    path = tmp_path_factory.mktemp("corpus") / "wikinews-subset.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for a in rows:
            out.write(json.dumps({"id": a.id, "date": a.date, "title": a.title, "url": a.url, "text": a.text}) + "\n")
    return [str(path), str(example)]


@pytest.fixture(scope="module")
def expected(pipeline, corpus_inputs):
    """What the pipeline extracts from the inputs, by article id."""
    records = list(with_pipeline(pipeline)(read_inputs(corpus_inputs)))
    assert not any(isinstance(r, Rejected) for r in records)
    return {r.id: r for r in records}


@pytest.mark.slow
@pytest.mark.gold
def test_ingest_twice_same_row_counts(tmp_path, corpus_inputs, expected):
    db = tmp_path / "s.db"

    def cached(items):  # the extraction, already done once: this test is about the store
        for item in items:
            yield item if isinstance(item, Rejected) else expected[item.id]

    with StoreWriter(db) as writer:
        first = ingest(read_inputs(corpus_inputs), writer, cached, batch_size=5)
    with Store(db) as store:
        counts = store.counts()
        assert store.record("pak-afghan-2024-06-30") == expected["pak-afghan-2024-06-30"]
    assert (first.read, first.inserted, first.unchanged, first.rejected) == (SUBSET + 1, SUBSET + 1, 0, [])
    assert counts["articles"] == SUBSET + 1
    assert counts["actors"] == sum(len(r.actors) for r in expected.values())
    assert counts["quotes"] == sum(len(r.quotes) for r in expected.values())
    assert counts["events"] == sum(len(r.events) for r in expected.values())
    with StoreWriter(db) as writer:
        again = ingest(read_inputs(corpus_inputs), writer, cached)
        assert (again.read, again.inserted, again.replaced, again.unchanged) == (SUBSET + 1, 0, 0, SUBSET + 1)
        forced = ingest(read_inputs(corpus_inputs), writer, cached, force=True)
        assert (forced.inserted, forced.replaced) == (0, SUBSET + 1)
    with Store(db) as store:
        assert store.counts() == counts


def item_ids(record) -> dict[str, list[str]]:
    """The identity of every item (ids are hashes of the article id and spans)."""
    return {kind: sorted(item.id for item in getattr(record, kind))
            for kind in ("times", "actors", "places", "quotes", "events")}


def dateline_ingest(inputs, db) -> subprocess.Popen:
    # One article per extraction batch and two per transaction, so commits are spread over the run and the
    # kill lands between them however fast the machine is.
    config = db.parent / "one-by-one.toml"
    config.write_text("[limits]\nbatch_size = 1\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "dateline.cli", "--config", str(config), "ingest", *inputs, "--db", str(db),
           "--batch-size", "2"]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "DATELINE_DB": ""})


@pytest.mark.slow
@pytest.mark.gold
def test_cli_ingest_killed_and_rerun(tmp_path, corpus_inputs, expected):
    db = tmp_path / "s.db"
    proc = dateline_ingest(corpus_inputs, db)
    deadline = time.monotonic() + 240
    stored = 0
    while stored < 2 and time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read()
        time.sleep(0.05)
        if db.exists():
            try:
                with Store(db) as store:
                    stored = store.counts()["articles"]
            except Exception:
                pass
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(db) as store:
        partial = store.counts()["articles"]
    assert 2 <= partial < SUBSET + 1
    rerun = dateline_ingest(corpus_inputs, db)
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert f"{SUBSET + 1 - partial} stored, 0 replaced, {partial} unchanged, 0 rejected" in err
    with Store(db) as store:
        ids = store.article_ids()
        assert sorted(ids) == sorted(expected) and len(ids) == len(set(ids))
        for record in store.records():  # every article once, with all its items
            assert item_ids(record) == item_ids(expected[record.id]), record.id
            assert not record.span_errors()
