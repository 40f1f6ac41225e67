"""HTML pages: main text, title and date through trafilatura (offline; no fetching)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import Rejected
from ..records import Article
from .common import build_article, decode


def read_html(path: Path, *, default_date: str | None, max_chars: int, data: bytes | None = None,
              name: str | None = None) -> Iterator[Article | Rejected]:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    location = name or str(path)
    raw = decode(data if data is not None else path.read_bytes(), location)
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
        "date": doc.date or default_date,
        "url": doc.url,
        "outlet": doc.sitename,
    }
    yield build_article(fields, location=location, default_id=path.stem, max_chars=max_chars)
