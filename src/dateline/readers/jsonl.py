"""JSON Lines: one object per line; a malformed line is rejected alone, the rest are read."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import Rejected
from ..records import Article
from .common import build_article, decode


def read_jsonl(path: Path, *, default_date: str | None, max_chars: int, data: bytes | None = None,
               name: str | None = None) -> Iterator[Article | Rejected]:
    location = name or str(path)
    raw = decode(data if data is not None else path.read_bytes(), location)
    if isinstance(raw, Rejected):
        yield raw
        return
    for lineno, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{location}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(location=where, reason=f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(obj, dict):
            yield Rejected(location=where, reason=f"expected a JSON object, got {type(obj).__name__}")
            continue
        yield build_article(obj, location=where, default_id=f"{path.stem}-{lineno}",
                            default_date=default_date, max_chars=max_chars)
