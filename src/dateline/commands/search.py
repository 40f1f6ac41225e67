"""``dateline search TEXT``: full-text search over stored article text and quotes."""

from __future__ import annotations

import argparse

from .store_common import add_db, add_output, emit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="full-text search over articles and quotes (FTS5 syntax)")
    p.add_argument("text", metavar="TEXT", help='words, "a phrase", or FTS5 syntax (AND, OR, NOT, prefix*)')
    add_db(p)
    p.add_argument("--in", dest="kind", default="all", choices=["all", "articles", "quotes"],
                   help="search articles, quotes or both (default)")
    add_output(p, limit=20)
    p.set_defaults(func=run)


COLUMNS = {
    "kind": lambda h: h.kind,
    "article": lambda h: h.article,
    "date": lambda h: h.date,
    "title": lambda h: h.title,
    "match": lambda h: h.snippet,
}


def run(args: argparse.Namespace) -> int:
    from ..store import Store

    with Store(args.db) as store:
        rows = store.search(args.text, limit=args.limit, kind=args.kind)
    emit(rows, args.format, COLUMNS, title=f"{len(rows)} match(es) for {args.text!r}")
    return 0
