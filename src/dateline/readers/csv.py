"""CSV with a header row naming the same fields as JSONL (the Wikinews CSVs read as they are).

Read as a stream. Locations name the line a row starts on; default ids are ``<file stem>-<row number>``
(data rows counted from 1) unless the row has an ``id`` or ``url``.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..errors import Rejected
from ..records import Article
from .common import build_article, looks_binary, open_binary

csv.field_size_limit(sys.maxsize)


def read_csv(path: Path, *, default_date: str | None, max_chars: int, data: bytes | None = None,
             name: str | None = None, stream: IO[bytes] | None = None) -> Iterator[Article | Rejected]:
    location = name or str(path)
    if stream is not None:
        data = stream.read()  # wrapping stdin in a TextIOWrapper would close it when the wrapper goes
    binary = io.BufferedReader(open_binary(path, data, None))  # type: ignore[arg-type]
    if looks_binary(binary.peek(8192)):
        yield Rejected(location=location, reason="binary file (NUL bytes); expected UTF-8 CSV")
        return
    text = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
    reader = csv.DictReader(text)
    row_no, start_line = 0, 1
    try:
        if not reader.fieldnames:
            yield Rejected(location=location, reason="CSV has no header row")
            return
        start_line = reader.line_num + 1
        for row in reader:
            row_no += 1
            where = f"{location}:{start_line}"
            start_line = reader.line_num + 1
            if None in row:
                yield Rejected(location=where, reason=f"row has {len(row) - 1 + len(row[None])} fields, "
                                                      f"header has {len(reader.fieldnames)}")
                continue
            yield build_article(row, location=where, default_id=f"{path.stem}-{row_no}",
                                default_date=default_date, max_chars=max_chars)
    except csv.Error as exc:
        # The csv module refuses the rest of a file once a field breaks it (e.g. a field over its size
        # limit or a NUL byte); the rows before it have been yielded.
        yield Rejected(location=f"{location}:{start_line}", reason=f"malformed CSV, rest of file skipped: {exc}")
    except UnicodeDecodeError as exc:
        yield Rejected(location=f"{location}:{start_line}",
                       reason=f"invalid UTF-8 near line {start_line}: {exc.reason}; rest of file skipped")
    finally:
        text.close()
