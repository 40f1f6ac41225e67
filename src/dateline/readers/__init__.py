"""Readers: one module per format. Each yields ``Article`` or ``Rejected`` (never raises on bad data)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from ..errors import Rejected
from ..records import Article
from .common import DEFAULT_MAX_CHARS
from .csv import read_csv
from .html import HTML_BYTES_PER_TEXT_CHAR, read_html
from .jsonl import read_jsonl
from .txt import read_text, read_txt

Reader = Callable[..., Iterator[Article | Rejected]]
READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".csv": read_csv,
    ".html": read_html,
    ".htm": read_html,
}

__all__ = ["READERS", "read_inputs", "read_path", "read_stdin", "read_text"]


def read_path(path: Path, *, default_date: str | None = None, max_chars: int = DEFAULT_MAX_CHARS
              ) -> Iterator[Article | Rejected]:
    """One file or a directory (recursively, files in sorted order; other suffixes are skipped)."""
    if path.is_dir():
        found = False
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if child.suffix.lower() in READERS and not child.name.startswith("."):
                found = True
                yield from read_path(child, default_date=default_date, max_chars=max_chars)
        if not found:
            yield Rejected(location=str(path), reason=f"no {', '.join(sorted(READERS))} files in directory")
        return
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        yield Rejected(location=str(path), reason=f"unknown format {path.suffix or '(no suffix)'!r}; "
                                                  f"expected one of {', '.join(sorted(READERS))}")
        return
    try:
        if path.stat().st_size == 0:
            yield Rejected(location=str(path), id=path.stem, reason="empty file")
            return
        yield from reader(path, default_date=default_date, max_chars=max_chars)
    except OSError as exc:
        yield Rejected(location=str(path), reason=f"cannot read: {exc.strerror or exc}")


def read_stdin(*, default_date: str | None, max_chars: int, fmt: str = ".txt",
               stream: IO[bytes] | None = None) -> Iterator[Article | Rejected]:
    """Standard input in the given format (JSON Lines are streamed; others are read whole)."""
    stream = stream if stream is not None else sys.stdin.buffer
    reader = READERS.get(fmt if fmt.startswith(".") else f".{fmt}", read_txt)
    if reader is read_jsonl:
        found = False
        for item in read_jsonl(Path("stdin"), default_date=default_date, max_chars=max_chars,
                               stream=stream, name="<stdin>"):
            found = True
            yield item
        if not found:
            yield Rejected(location="<stdin>", reason="empty input")
        return
    # One article (txt, html): never read more than the largest acceptable article could need.
    data = stream.read() if reader is read_csv else stream.read(max_chars * HTML_BYTES_PER_TEXT_CHAR + 65)
    if not data.strip():
        yield Rejected(location="<stdin>", reason="empty input")
        return
    yield from reader(Path("stdin"), default_date=default_date, max_chars=max_chars, data=data, name="<stdin>")


def read_inputs(inputs: Iterable[str | Path], *, default_date: str | None = None,
                max_chars: int = DEFAULT_MAX_CHARS, stdin_format: str = ".txt") -> Iterator[Article | Rejected]:
    """Every article of every input in order; ``-`` reads standard input."""
    for item in inputs:
        if str(item) == "-":
            yield from read_stdin(default_date=default_date, max_chars=max_chars, fmt=stdin_format)
            continue
        path = Path(item)
        if not path.exists():
            yield Rejected(location=str(path), reason="no such file or directory")
            continue
        yield from read_path(path, default_date=default_date, max_chars=max_chars)
