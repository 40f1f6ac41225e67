"""Exports: full records (JSONL), every table as Parquet, PLOVER events (JSON), GDELT event rows (TSV).

PLOVER and GDELT rows come from the pure functions ``dateline.exports.plover.plover_events(record)`` and
``dateline.exports.gdelt.gdelt_rows(record)``; this module only feeds them stored records and writes files.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable
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


def export_plover(store: Store, out: TextIO, as_list: bool = False) -> int:
    """PLOVER event records: one JSON object per line, or one JSON list when ``as_list``."""
    plover_events = _exporter("plover", "plover_events")
    rows = (row for record in store.records() for row in plover_events(record))
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
    gdelt_rows = _exporter("gdelt", "gdelt_rows")
    writer: csv.DictWriter[str] | None = None
    n = 0
    for record in store.records():
        for row in gdelt_rows(record):
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row), delimiter="\t", lineterminator="\n",
                                        extrasaction="ignore")
                writer.writeheader()
            writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                             for k, v in row.items()})
            n += 1
    return n
