"""What every reader shares: turning raw fields into an Article or a Rejected with a reason."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import re
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

from ..errors import Rejected
from ..records import Article

DEFAULT_MAX_CHARS = 1_000_000  # = limits.max_article_chars in config/defaults.toml
# UTF-8 needs at most 4 bytes a character: a file larger than this cannot hold an acceptable article.
BYTES_PER_CHAR = 4
SNIFF_BYTES = 8192
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
TEXT_FIELDS = ("text", "body", "content")
DATE_FIELDS = ("date", "published", "publish_date", "pubdate")
OUTLET_FIELDS = ("outlet", "source", "publisher")


def parse_date(raw: Any) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD or None, warning or None). Impossible dates become None with a warning.

    Accepts ``YYYY-MM-DD`` optionally followed by a time (``2024-06-30T08:00:00Z``); the time is dropped.
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, None
    if isinstance(raw, dt.datetime | dt.date):
        return raw.isoformat()[:10], None
    if not isinstance(raw, str):
        return None, f"date {raw!r} is not a string; date set to null"
    m = _ISO_DATE.match(raw)
    if not m:
        return None, f"date {raw.strip()!r} is not YYYY-MM-DD; date set to null"
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat(), None
    except ValueError:
        return None, f"impossible date {raw.strip()!r}; date set to null"


def first(fields: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = fields.get(name)
        if value not in (None, ""):
            return value
    return None


def text_problem(text: Any, max_chars: int) -> str | None:
    """Why this text cannot be processed, or None."""
    if text is None:
        return "no text field (expected one of: text, body, content)"
    if not isinstance(text, str):
        return f"text is a {type(text).__name__}, not a string"
    if not text.strip():
        return "empty text"
    if "\x00" in text:
        return "binary content (NUL bytes) in text"
    if len(text) > max_chars:
        return too_long(f"article of {len(text):,} characters", max_chars)
    return None


def too_long(what: str, max_chars: int) -> str:
    return f"{what} exceeds the limit of {max_chars:,} characters (limits.max_article_chars)"


def _normalise_keys(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Field names compared case-insensitively (``Text``, `` title``); the first spelling wins."""
    out: dict[str, Any] = {}
    for key, value in fields.items():
        out.setdefault(str(key).strip().lower(), value)
    return out


def build_article(
    fields: Mapping[str, Any],
    *,
    location: str,
    default_id: str,
    default_date: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Article | Rejected:
    fields = _normalise_keys(fields)
    raw_id = fields.get("id")
    # No id: the URL is the natural stable key (same id whichever engine or file position reads it).
    url = fields.get("url")
    art_id = str(raw_id) if raw_id not in (None, "") else str(url) if url not in (None, "") else default_id
    text = first(fields, TEXT_FIELDS)
    if text is None and any(isinstance(fields.get(n), str) for n in TEXT_FIELDS):
        text = ""
    problem = text_problem(text, max_chars)
    if problem:
        return Rejected(location=location, reason=problem, id=art_id)
    warnings: list[str] = []
    raw_date = first(fields, DATE_FIELDS)
    date, warning = parse_date(raw_date if raw_date is not None else default_date)
    if warning:
        warnings.append(warning)

    def opt(value: Any) -> str | None:
        return None if value in (None, "") else str(value)

    return Article(
        id=art_id,
        text=text,
        date=date,
        title=opt(fields.get("title")),
        outlet=opt(first(fields, OUTLET_FIELDS)),
        url=opt(url),
        warnings=warnings,
        location=location,
    )


def looks_binary(head: bytes) -> bool:
    """NUL bytes in the first block: an image, archive or UTF-16 file, not UTF-8 text."""
    return b"\x00" in head[:SNIFF_BYTES]


def decode(data: bytes, location: str) -> str | Rejected:
    """UTF-8 (a leading BOM is dropped) or a rejection naming the byte offset."""
    if looks_binary(data):
        return Rejected(location=location, reason="binary file (NUL bytes); expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Rejected(location=location, reason=f"invalid UTF-8 at byte {exc.start}: {exc.reason}")


def open_binary(path: Path, data: bytes | None, stream: IO[bytes] | None) -> IO[bytes]:
    """The input as a binary stream: given bytes, a given stream (stdin) or the file itself."""
    if stream is not None:
        return stream
    if data is not None:
        return io.BytesIO(data)
    return path.open("rb")


def read_small(path: Path, data: bytes | None, stream: IO[bytes] | None, location: str, max_chars: int,
               bytes_per_char: int = BYTES_PER_CHAR, art_id: str | None = None) -> str | Rejected:
    """A whole one-article input, decoded. An input too large to hold an article within ``max_chars``
    is refused before it is read whole (at most ``max_chars * bytes_per_char`` bytes are read)."""
    max_bytes = max_chars * bytes_per_char + 64
    from_file = data is None and stream is None
    if data is None and stream is not None:
        data = stream.read(max_bytes + 1)
    elif data is None:
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        size = f"{path.stat().st_size:,} bytes" if from_file else f"over {max_bytes:,} bytes"
        return Rejected(location=location, id=art_id,
                        reason=too_long(f"input of {size} (at most {bytes_per_char} bytes a character)", max_chars))
    raw = decode(data, location)
    if isinstance(raw, Rejected):
        raw.id = art_id
    return raw


def strip_bom(text: str) -> str:
    return text[1:] if text.startswith(codecs.BOM_UTF8.decode("utf-8")) else text
