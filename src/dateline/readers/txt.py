"""Plain text: an optional leading ``date YYYY-MM-DD`` prefix, then the article."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..errors import Rejected
from ..records import Article
from .common import build_article, read_small

# The prefix may share its line with the text (as an image caption does in the canonical example); only
# the prefix and the blanks after it (up to one line break) are removed, the text keeps everything else.
# A date-like token is required so that a text beginning "date night ..." keeps its first words.
DATE_PREFIX = re.compile(r"^\s*date:?[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?![\w-])[ \t]*(?:\r?\n)?", re.IGNORECASE)


def split_date_prefix(raw: str) -> tuple[str | None, str]:
    """(the prefix's date string or None, the text after the prefix)."""
    m = DATE_PREFIX.match(raw)
    if not m:
        return None, raw
    return m[1], raw[m.end():]


def read_text(raw: str, *, location: str, art_id: str, default_date: str | None, max_chars: int
              ) -> Article | Rejected:
    """One article from a decoded text: the prefix's date wins over ``default_date`` (``--date``)."""
    date, text = split_date_prefix(raw)
    return build_article(
        {"id": art_id, "text": text, "date": date if date is not None else default_date},
        location=location, default_id=art_id, max_chars=max_chars,
    )


def read_txt(path: Path, *, default_date: str | None, max_chars: int, data: bytes | None = None,
             name: str | None = None, stream: IO[bytes] | None = None) -> Iterator[Article | Rejected]:
    location = name or str(path)
    raw = read_small(path, data, stream, location, max_chars, art_id=path.stem)
    if isinstance(raw, Rejected):
        yield raw
        return
    yield read_text(raw, location=location, art_id=path.stem, default_date=default_date, max_chars=max_chars)
