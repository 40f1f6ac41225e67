"""``dateline quotes``: stored quotes, filtered by speaker, medium and text."""

from __future__ import annotations

import argparse

from .store_common import add_db, add_output, emit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("quotes", help="list stored quotes (who said what, where)")
    add_db(p)
    p.add_argument("--speaker", help="speaker name substring (case-insensitive)")
    p.add_argument("--medium", help="medium substring or type (e.g. 'BBC', interview)")
    p.add_argument("--text", help="a phrase in the quote (full-text)")
    p.add_argument("--since", metavar="DATE", help="on or after YYYY[-MM[-DD]]")
    p.add_argument("--until", metavar="DATE", help="on or before YYYY[-MM[-DD]]")
    p.add_argument("--article", metavar="ID", help="quotes of one article")
    add_output(p)
    p.set_defaults(func=run)


COLUMNS = {
    "date": lambda q: q.date,
    "speaker": lambda q: q.speaker,
    "medium": lambda q: " / ".join(x for x in (q.medium, q.medium_type) if x) or None,
    "kind": lambda q: q.kind,
    "article": lambda q: q.article,
    "quote": lambda q: q.content,
}


def run(args: argparse.Namespace) -> int:
    from ..store import Store

    with Store(args.db) as store:
        rows = store.quotes(speaker=args.speaker, medium=args.medium, text=args.text, since=args.since,
                            until=args.until, article=args.article, limit=args.limit)
    emit(rows, args.format, COLUMNS, title=f"{len(rows)} quote(s)")
    return 0
