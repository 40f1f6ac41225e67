"""Plain text: an optional leading ``date YYYY-MM-DD`` prefix, then the article."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import Rejected
from ..records import Article
from .common import build_article, decode

# The prefix may share its line with the text (as an image caption does in the canonical example).
DATE_PREFIX = re.compile(r"^\s*date[ \t]+(\S+)[ \t]*\n?")


def split_date_prefix(raw: str) -> tuple[str | None, str]:
    m = DATE_PREFIX.match(raw)
    if not m:
        return None, raw
    return m[1], raw[m.end():]


def read_text(raw: str, *, location: str, art_id: str, default_date: str | None, max_chars: int
              ) -> Article | Rejected:
    date, text = split_date_prefix(raw)
    return build_article(
        {"id": art_id, "text": text, "date": date if date is not None else default_date},
        location=location, default_id=art_id, max_chars=max_chars,
    )


def read_txt(path: Path, *, default_date: str | None, max_chars: int, data: bytes | None = None,
             name: str | None = None) -> Iterator[Article | Rejected]:
    location = name or str(path)
    raw = decode(data if data is not None else path.read_bytes(), location)
    if isinstance(raw, Rejected):
        raw.id = path.stem
        yield raw
        return
    yield read_text(raw, location=location, art_id=path.stem, default_date=default_date, max_chars=max_chars)
