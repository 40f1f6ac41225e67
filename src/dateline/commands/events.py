"""``dateline events``: stored events, filtered by actor, type, country, dates, place, text, negation."""

from __future__ import annotations

import argparse

from .store_common import add_db, add_output, emit, span


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("events", help="list stored events (who did what to whom, when, where)")
    add_db(p)
    p.add_argument("--actor", help="source or target actor: name substring (case-insensitive) or kb id")
    p.add_argument("--type", help="PLOVER event type(s), comma-separated (e.g. ACCUSE,ASSAULT)")
    p.add_argument("--country", help="an actor's or the place's country: ISO code or name")
    p.add_argument("--since", metavar="DATE", help="on or after YYYY[-MM[-DD]] (event date, else article date)")
    p.add_argument("--until", metavar="DATE", help="on or before YYYY[-MM[-DD]]")
    p.add_argument("--place", help="place name substring")
    p.add_argument("--text", help="substring of the evidence sentence")
    p.add_argument("--negated", action=argparse.BooleanOptionalAction, default=None,
                   help="only negated events (--no-negated: only affirmed ones)")
    p.add_argument("--article", metavar="ID", help="events of one article")
    p.add_argument("--cluster", metavar="ID", help="the reports of one cross-article event cluster")
    p.add_argument("--linked", action="store_true",
                   help="one row per cross-article cluster (the same event reported by several articles)")
    add_output(p)
    p.set_defaults(func=run)


COLUMNS = {
    "date": lambda e: e.date or (f"{e.article_date} (pub)" if e.article_date else None),
    "type": lambda e: e.type + (f"/{e.mode}" if e.mode else "") + (" (not)" if e.negated else ""),
    "source": lambda e: e.source,
    "target": lambda e: e.target,
    "article": lambda e: e.article,
    "reports": lambda e: e.reports,
    "trigger": lambda e: f"{e.trigger_text or ''} {span(e.trigger)}".strip(),
    "evidence": lambda e: e.sentence,
}


def run(args: argparse.Namespace) -> int:
    from ..store import Store

    with Store(args.db) as store:
        rows = store.events(actor=args.actor, type=args.type, country=args.country, since=args.since,
                            until=args.until, place=args.place, text=args.text, negated=args.negated,
                            article=args.article, cluster=args.cluster, linked=args.linked, limit=args.limit)
    emit(rows, args.format, COLUMNS, title=f"{len(rows)} event(s)")
    return 0
