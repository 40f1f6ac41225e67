"""``dateline timeline ACTOR``: what an actor did and said, in date order."""

from __future__ import annotations

import argparse

from .store_common import add_db, add_output, emit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("timeline", help="an actor's events and quotes in date order")
    p.add_argument("actor", metavar="ACTOR", help="actor name substring (case-insensitive) or kb id")
    add_db(p)
    p.add_argument("--since", metavar="DATE", help="on or after YYYY[-MM[-DD]]")
    p.add_argument("--until", metavar="DATE", help="on or before YYYY[-MM[-DD]]")
    add_output(p, limit=0)
    p.set_defaults(func=run)


COLUMNS = {
    "date": lambda t: t.date,
    "kind": lambda t: t.kind,
    "role": lambda t: t.role,
    "what": lambda t: t.what,
    "with": lambda t: t.others,
    "article": lambda t: t.article,
    "text": lambda t: t.text,
}


def run(args: argparse.Namespace) -> int:
    from ..store import Store

    with Store(args.db) as store:
        rows = store.timeline(args.actor, since=args.since, until=args.until, limit=args.limit)
    emit(rows, args.format, COLUMNS, title=f"timeline of {args.actor}: {len(rows)} item(s)")
    return 0
