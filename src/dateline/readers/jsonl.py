"""JSON Lines: one object per line, read as a stream; a bad line is rejected alone, the rest are read."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..errors import Rejected
from ..records import Article
from .common import BYTES_PER_CHAR, SNIFF_BYTES, build_article, looks_binary, open_binary

# JSON escapes can take 6 bytes a character (\uXXXX); a longer line cannot hold an acceptable article.
JSON_OVERHEAD = 6


def read_jsonl(path: Path, *, default_date: str | None, max_chars: int, data: bytes | None = None,
               name: str | None = None, stream: IO[bytes] | None = None) -> Iterator[Article | Rejected]:
    location = name or str(path)
    max_line = max_chars * max(BYTES_PER_CHAR, JSON_OVERHEAD) + 65_536
    f = open_binary(path, data, stream)
    if not hasattr(f, "peek"):
        f = io.BufferedReader(f)  # type: ignore[arg-type]  # BytesIO: add peek() for the binary sniff
    if looks_binary(f.peek(SNIFF_BYTES)):  # type: ignore[attr-defined]
        if stream is None:
            f.close()
        yield Rejected(location=location, reason="binary file (NUL bytes); expected UTF-8 JSON Lines")
        return
    try:
        lineno = 0
        while True:
            line = f.readline(max_line + 1)
            if not line:
                break
            lineno += 1
            where = f"{location}:{lineno}"
            if len(line) > max_line and not line.endswith(b"\n"):
                while (rest := f.readline(65_536)) and not rest.endswith(b"\n"):
                    pass  # skip the rest of the over-long line without holding it in memory
                yield Rejected(location=where, reason=f"line longer than {max_line:,} bytes cannot hold an "
                                                      f"article within the limit (limits.max_article_chars)")
                continue
            yield from _parse_line(line, where, f"{path.stem}-{lineno}", default_date, max_chars, lineno)
    finally:
        if stream is None:
            f.close()


def _parse_line(line: bytes, where: str, default_id: str, default_date: str | None, max_chars: int,
                lineno: int) -> Iterator[Article | Rejected]:
    # Split on b"\n" only: U+2028 and friends may appear raw inside JSON strings (str.splitlines breaks them).
    if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    try:
        text = line.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError as exc:
        yield Rejected(location=where, reason=f"invalid UTF-8 at byte {exc.start} of the line: {exc.reason}")
        return
    if not text.strip():
        return
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Rejected(location=where, reason=f"malformed JSON: {exc.msg} at column {exc.colno}")
        return
    if not isinstance(obj, dict):
        yield Rejected(location=where, reason=f"expected a JSON object, got {type(obj).__name__}")
        return
    yield build_article(obj, location=where, default_id=default_id, default_date=default_date,
                        max_chars=max_chars)
