"""What the store commands share: ``--db``, ``--format``, ``--limit`` and printing rows."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from typing import Any

FORMATS = ("table", "jsonl", "csv", "json")


def add_db(p: argparse.ArgumentParser) -> None:
    from ..store.db import default_db

    p.add_argument("--db", default=default_db(), metavar="PATH",
                   help="the store (default: $DATELINE_DB or ./dateline.db; now %(default)s)")


def add_output(p: argparse.ArgumentParser, limit: int | None = 100) -> None:
    p.add_argument("--format", default="table", choices=FORMATS, help="output format (default: table)")
    p.add_argument("--limit", type=int, default=limit, metavar="N",
                   help=f"at most N rows (default {limit}; 0 = all)")


def as_dict(row: Any) -> dict[str, Any]:
    return asdict(row) if is_dataclass(row) else dict(row)


def span(value: list[int] | None) -> str:
    return f"[{value[0]},{value[1]})" if value else ""


def emit(rows: Sequence[Any], fmt: str, columns: dict[str, Callable[[Any], Any]], title: str | None = None) -> None:
    """Rows as a rich table (the given columns) or, in full, as jsonl / json / csv on stdout."""
    out = sys.stdout
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(as_dict(row), ensure_ascii=False) + "\n")
    elif fmt == "json":
        json.dump([as_dict(row) for row in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        dicts = [as_dict(row) for row in rows]
        names = list(dicts[0]) if dicts else list(columns)
        writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        for d in dicts:
            writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                             for k, v in d.items()})
    else:
        print_table(rows, columns, title)


def print_table(rows: Sequence[Any], columns: dict[str, Callable[[Any], Any]], title: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    cells = [[_cell(get(row)) for get in columns.values()] for row in rows]
    table = Table(title=title, show_lines=False)
    last = len(columns) - 1
    for i, name in enumerate(columns):
        # short columns keep up to 8 characters on a line; the last one (long text) wraps in the rest
        widest = max([len(name)] + [len(c[i]) for c in cells])
        table.add_column(name, overflow="fold", min_width=None if i == last else min(widest, 8))
    for row_cells in cells:
        table.add_row(*row_cells)
    console = Console(width=None if sys.stdout.isatty() else 160)  # piped: wide lines, not 80 columns
    console.print(table)
    if not rows:
        console.print("(no rows)", style="dim")


def _cell(value: Any) -> Any:
    from rich.text import Text  # plain Text: brackets in article text are not rich markup

    if value is None:
        return Text("")
    if isinstance(value, list):
        return Text(", ".join(map(str, value)))
    if isinstance(value, bool):
        return Text("yes" if value else "")
    return Text(str(value))
