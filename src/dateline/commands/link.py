"""``dateline link [--db PATH]``: cluster the stored events (and quotes) that report the same thing."""

from __future__ import annotations

import argparse
import sys

from .store_common import add_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("link", help="link the same event across articles and outlets")
    add_db(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..link.store_link import link_store

    s = link_store(args.db)
    print(f"dateline: linked {s.events} event(s) of {s.articles} article(s) into {s.event_clusters} cluster(s); "
          f"{s.linked_events} event(s) have more than one report ({s.seconds:.1f} s)", file=sys.stderr)
    return 0
