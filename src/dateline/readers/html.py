"""HTML pages: main text, title and date through trafilatura (offline; no fetching).

Offsets index the extracted main text (``Record.text``), not the HTML source.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..errors import Rejected
from ..records import Article
from .common import BYTES_PER_CHAR, build_article, read_small

# Markup and boilerplate make pages several times larger than their text.
HTML_BYTES_PER_TEXT_CHAR = 4 * BYTES_PER_CHAR


def read_html(path: Path, *, default_date: str | None, max_chars: int, data: bytes | None = None,
              name: str | None = None, stream: IO[bytes] | None = None) -> Iterator[Article | Rejected]:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    location = name or str(path)
    raw = read_small(path, data, stream, location, max_chars, HTML_BYTES_PER_TEXT_CHAR, art_id=path.stem)
    if isinstance(raw, Rejected):
        yield raw
        return
    try:
        doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        yield Rejected(location=location, id=path.stem, reason=f"HTML could not be parsed: {exc}")
        return
    if doc is None or not getattr(doc, "text", None):
        yield Rejected(location=location, id=path.stem, reason="no main text found in HTML")
        return
    fields = {
        "id": path.stem,
        "text": doc.text,
        "title": doc.title,
        "date": doc.date,
        "url": doc.url,
        "outlet": doc.sitename,
    }
    yield build_article(fields, location=location, default_id=path.stem, default_date=default_date,
                        max_chars=max_chars)
