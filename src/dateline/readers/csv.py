"""CSV with a header row naming the same fields as JSONL (the Wikinews CSVs read as they are)."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import Rejected
from ..records import Article
from .common import build_article, decode

csv.field_size_limit(sys.maxsize)


def read_csv(path: Path, *, default_date: str | None, max_chars: int, data: bytes | None = None,
             name: str | None = None) -> Iterator[Article | Rejected]:
    location = name or str(path)
    raw = decode(data if data is not None else path.read_bytes(), location)
    if isinstance(raw, Rejected):
        yield raw
        return
    reader = csv.DictReader(io.StringIO(raw, newline=""))
    if not reader.fieldnames:
        yield Rejected(location=location, reason="CSV has no header row")
        return
    try:
        for row in reader:
            where = f"{location}:{reader.line_num}"
            if None in row:
                yield Rejected(location=where, reason=f"row has {len(row) - 1 + len(row[None])} fields, "
                                                      f"header has {len(reader.fieldnames)}")
                continue
            yield build_article(row, location=where, default_id=f"{path.stem}-{reader.line_num}",
                                default_date=default_date, max_chars=max_chars)
    except csv.Error as exc:
        yield Rejected(location=f"{location}:{reader.line_num}", reason=f"malformed CSV: {exc}")
