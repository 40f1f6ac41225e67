"""``dateline actors``: actors across the store, most mentioned first."""

from __future__ import annotations

import argparse

from .store_common import add_db, add_output, emit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("actors", help="list stored actors with their counts")
    add_db(p)
    p.add_argument("--name", help="name substring (case-insensitive)")
    p.add_argument("--country", help="ISO code or country name")
    add_output(p)
    p.set_defaults(func=run)


COLUMNS = {
    "name": lambda a: a.name,
    "country": lambda a: a.country,
    "sector": lambda a: a.sector,
    "kind": lambda a: a.kind,
    "articles": lambda a: a.articles,
    "mentions": lambda a: a.mentions,
    "events": lambda a: a.events,
    "quotes": lambda a: a.quotes,
}


def run(args: argparse.Namespace) -> int:
    from ..store import Store

    with Store(args.db) as store:
        rows = store.actors(name=args.name, country=args.country, limit=args.limit)
    emit(rows, args.format, COLUMNS, title=f"{len(rows)} actor(s)")
    return 0
