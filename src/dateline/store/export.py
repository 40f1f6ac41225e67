"""Exports: full records (JSONL), every table as Parquet, PLOVER events (JSON), GDELT event rows (TSV).

PLOVER and GDELT rows come from the pure functions ``dateline.exports.plover.plover_events(record)`` and
``dateline.exports.gdelt.gdelt_rows(record)``; this module only feeds them stored records and writes files.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

from ..errors import StoreError
from ..records import Record
from .api import TABLES, Store

_ARROW_TYPES = {"INTEGER": "int64", "REAL": "float64", "TEXT": "string"}


def export_jsonl(store: Store, out: TextIO) -> int:
    """One full Record per line (the same JSON as ``dateline extract``)."""
    n = 0
    for record in store.records():
        out.write(record.to_json() + "\n")
        n += 1
    return n


def table_schema(store: Store, table: str) -> Any:
    """The Arrow schema of a store table from its declared SQLite column types."""
    import pyarrow as pa

    cols = store.sql(f"SELECT name, type FROM pragma_table_info('{table}') ORDER BY cid")
    return pa.schema([pa.field(c["name"], pa.type_for_alias(_ARROW_TYPES.get(c["type"].upper(), "string")))
                      for c in cols])


def export_parquet(store: Store, out_dir: str | os.PathLike[str]) -> dict[str, int]:
    """Every table to ``out_dir/<table>.parquet`` (same columns and rows); row counts by table."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = Path(out_dir)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: exists and is not a directory (Parquet export writes one file per table)")
    path.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table in TABLES:
        rows = store.table(table)
        arrow = pa.Table.from_pylist(list(rows), schema=table_schema(store, table))
        tmp = path / f".{table}.parquet.tmp"
        pq.write_table(arrow, tmp)
        tmp.replace(path / f"{table}.parquet")  # a reader never sees a half-written file
        counts[table] = arrow.num_rows
    return counts


def _exporter(module: str, name: str) -> Callable[[Record], list[dict[str, Any]]]:
    import importlib

    try:
        return getattr(importlib.import_module(f"dateline.exports.{module}"), name)
    except (ImportError, AttributeError) as exc:
        raise StoreError(f"{module} export is not available in this build ({exc})") from exc


def event_clusters(store: Store) -> dict[tuple[str, str], dict[str, Any]]:
    """(article, event id) -> {"id", "reports", "outlets"} of its cross-article cluster (see `dateline link`)."""
    rows = store.sql("""SELECT e.article, e.id, e.cluster_id,
        (SELECT COUNT(DISTINCT e2.article) FROM events e2 WHERE e2.cluster_id = e.cluster_id) AS reports,
        (SELECT COUNT(DISTINCT a2.outlet) FROM events e2 JOIN articles a2 ON a2.id = e2.article
          WHERE e2.cluster_id = e.cluster_id) AS outlets
        FROM events e WHERE e.cluster_id IS NOT NULL""")
    return {(r["article"], r["id"]): {"id": r["cluster_id"], "reports": r["reports"], "outlets": r["outlets"]}
            for r in rows}


def _rows_with_clusters(store: Store, exporter: Callable[[Record], list[dict[str, Any]]],
                        attach: Callable[[dict[str, Any], dict[str, Any] | None], None]) -> Iterator[dict[str, Any]]:
    """Exported rows of every record, each given its event's cluster (exporters keep the event order)."""
    clusters = event_clusters(store)
    for record in store.records():
        for event, row in zip(record.events, exporter(record), strict=True):
            attach(row, clusters.get((record.id, event.id)))
            yield row


def _plover_cluster(row: dict[str, Any], cluster: dict[str, Any] | None) -> None:
    row["cluster"] = cluster


def _gdelt_cluster(row: dict[str, Any], cluster: dict[str, Any] | None) -> None:
    # GDELT's own columns for how many reports an event has (here: of its linked cluster); an unlinked
    # event is its own single report
    row["NumArticles"] = cluster["reports"] if cluster else 1
    row["NumSources"] = cluster["outlets"] if cluster else 1
    row["ClusterID"] = cluster["id"] if cluster else ""


def export_plover(store: Store, out: TextIO, as_list: bool = False) -> int:
    """PLOVER event records (with their cluster): one JSON object per line, or one JSON list when ``as_list``."""
    rows = _rows_with_clusters(store, _exporter("plover", "plover_events"), _plover_cluster)
    if as_list:
        items = list(rows)
        json.dump(items, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return len(items)
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def export_gdelt(store: Store, out: TextIO) -> int:
    """GDELT-style event rows, tab-separated, with a header line of the column names."""
    writer: csv.DictWriter[str] | None = None
    n = 0
    for row in _rows_with_clusters(store, _exporter("gdelt", "gdelt_rows"), _gdelt_cluster):
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row), delimiter="\t", lineterminator="\n",
                                    extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                         for k, v in row.items()})
        n += 1
    return n
