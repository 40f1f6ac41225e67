"""The engine-agnostic batch processor: a batch of raw article rows in, a batch of record rows out.

Every engine (local process pool, Ray actor pool) uses it, so records are identical whichever runs them.
Rows are plain dicts (Arrow/pandas friendly): input rows carry the reader fields (id, date|published,
title, text|body|content, url, outlet|source); output rows follow OUTPUT_SCHEMA with the full record as
JSON, so nested record structure never has to be inferred by Arrow.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from typing import Any

import pyarrow as pa

from ..errors import Rejected
from ..pipeline import Pipeline
from ..readers.common import build_article
from ..records import Article, Record

OUTPUT_SCHEMA = pa.schema([
    ("id", pa.string()),
    ("ok", pa.bool_()),
    ("location", pa.string()),
    ("reason", pa.string()),
    ("record", pa.string()),
])


def clean_value(value: Any) -> Any:
    """Arrow and pandas hand back dates, NaN and numpy scalars; readers expect plain strings/None."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    return value


def content_id(text: Any) -> str:
    return "a-" + hashlib.sha1(str(text).encode("utf-8", "replace")).hexdigest()[:12]


class BatchProcessor:
    """Loads the pipeline once; call it with a list of raw rows to get record rows."""

    def __init__(self, components: list[str] | None = None, config: dict[str, Any] | None = None) -> None:
        self.pipeline = Pipeline(components=components, config=config)
        self.max_chars = int(self.pipeline.config["limits"]["max_article_chars"])

    def article(self, row: dict[str, Any], location: str) -> Article | Rejected:
        fields = {k: clean_value(v) for k, v in row.items()}
        text = next((fields[k] for k in ("text", "body", "content") if fields.get(k)), "")
        return build_article(fields, location=location, default_id=content_id(text), max_chars=self.max_chars)

    def process_rows(self, rows: list[dict[str, Any]], source: str = "batch") -> list[dict[str, Any]]:
        """Raw reader fields in (as Ray Data reads them), output rows out."""
        return self.process_articles([self.article(row, f"{source}#{i}") for i, row in enumerate(rows)])

    def process_articles(self, items: list[Article | Rejected]) -> list[dict[str, Any]]:
        """Articles already read (the local engine's readers) in, output rows out, in order."""
        good = [a for a in items if isinstance(a, Article)]
        done = iter(self.pipeline.process(good))
        return [encode_row(item if isinstance(item, Rejected) else next(done)) for item in items]

    def __call__(self, batch: pa.Table) -> pa.Table:
        """Ray Data entry point (``batch_format="pyarrow"``)."""
        return pa.Table.from_pylist(self.process_rows(batch.to_pylist(), "ray"), schema=OUTPUT_SCHEMA)


def encode_row(result: Record | Rejected) -> dict[str, Any]:
    if isinstance(result, Rejected):
        return {"id": result.id, "ok": False, "location": result.location, "reason": result.reason,
                "record": None}
    return {"id": result.id, "ok": True, "location": None, "reason": None, "record": result.to_json()}


def decode_row(row: dict[str, Any], where: str = "batch") -> Record | Rejected:
    if row["ok"]:
        return Record.from_json(row["record"])
    return Rejected(location=row["location"] or where, reason=row["reason"] or "", id=row["id"])
