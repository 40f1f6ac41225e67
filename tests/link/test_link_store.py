"""Linking through the store and CLI: clusters and report counts on event rows, one row per cluster."""

from __future__ import annotations

import json
from pathlib import Path

from test_linking import report

from dateline.cli import main
from dateline.link.store_link import link_store
from dateline.store import Store, StoreWriter


def three_reports_stored(tmp_path) -> Path:
    """Two outlets reporting one event on 2024-06-01, and an unrelated one on 2024-06-19."""
    db = tmp_path / "l.db"
    a = report("a", "2024-06-02", "Daily One", event_date="2024-06-01")
    b = report("b", "2024-06-03", "Other Post", event_date="2024-06-01")
    c = report("c", "2024-06-20", "Other Post", event_date="2024-06-19", person="John Roe", town=4259418)
    with StoreWriter(db) as writer:
        writer.write([a, b, c])
    return db


def test_store_rows_carry_cluster_and_reports(tmp_path, capsys):
    db = three_reports_stored(tmp_path)
    summary = link_store(db)
    assert summary.event_clusters == 2 and summary.linked_events == 2
    with Store(db) as store:
        rows = {r.article: r for r in store.events()}
        assert rows["a"].cluster == rows["b"].cluster != rows["c"].cluster
        assert (rows["a"].reports, rows["a"].outlets, rows["c"].reports) == (2, 2, 1)
        assert [r.article for r in store.events(linked=True)] == ["a", "c"]
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--format", "jsonl"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {(x["article"], x["reports"]) for x in lines} == {("a", 2), ("b", 2), ("c", 1)}
    assert all(x["cluster"] and x["trigger"] for x in lines)
    assert main(["events", "--db", str(db), "--linked", "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_relinking_keeps_cluster_ids(tmp_path):
    db = tmp_path / "l.db"
    a = report("a", "2024-06-02", "Daily One", event_date="2024-06-01")
    b = report("b", "2024-06-03", "Other Post", event_date="2024-06-01")
    with StoreWriter(db) as writer:
        writer.write([a])
    link_store(db)
    with Store(db) as store:
        first = store.events()[0].cluster
    with StoreWriter(db) as writer:
        writer.write([b])
    link_store(db)
    with Store(db) as store:
        assert {r.cluster for r in store.events()} == {first}


def test_sample_event_reported_by_two_outlets_is_one_cluster(pipeline, tmp_path):
    from dateline.commands.demo import sample_path
    from dateline.readers import read_inputs

    records = list(pipeline.process(a for a in read_inputs([sample_path()])))
    db = tmp_path / "sample.db"
    with StoreWriter(db) as writer:
        writer.write(records)
    link_store(db)
    with Store(db) as store:
        linked = [r for r in store.events(linked=True) if r.reports >= 2 and r.outlets >= 2]
    assert linked, "the sample's event reported by two outlets should form one cluster"


def test_exports_carry_the_cluster_and_its_report_counts(tmp_path):
    import io

    from dateline.store.export import export_gdelt, export_plover

    db = three_reports_stored(tmp_path)
    link_store(db)
    with Store(db) as store:
        plover, gdelt = io.StringIO(), io.StringIO()
        export_plover(store, plover)
        export_gdelt(store, gdelt)
    rows = {r["text_info"]["article_id"]: r for r in map(json.loads, plover.getvalue().splitlines())}
    assert rows["a"]["cluster"] == rows["b"]["cluster"] and rows["a"]["cluster"]["reports"] == 2
    assert rows["c"]["cluster"]["reports"] == 1
    header, *lines = gdelt.getvalue().splitlines()
    columns = header.split("\t")
    counts = sorted(int(line.split("\t")[columns.index("NumArticles")]) for line in lines)
    assert counts == [1, 2, 2]
