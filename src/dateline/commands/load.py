"""``dateline load OUT/ [--db PATH]``: bulk-load the Parquet record shards of a ray run into the store.

The store keeps its single writer: Ray workers only ever write Parquet; this command is the one writer.
Loading is idempotent (unchanged articles are skipped by content hash), so it can be re-run after each
resumed ray run.
"""

from __future__ import annotations

import argparse
import itertools
import sys

from ..errors import Rejected
from .store_common import add_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("load", help="load the record shards of `extract --engine ray` into the store")
    p.add_argument("folder", metavar="OUT", help="output folder of a ray run")
    add_db(p)
    p.add_argument("--batch-size", type=int, default=256, metavar="N", help="records per transaction")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..engines.ray_engine import iter_output
    from ..store.writer import StoreWriter

    inserted = replaced = skipped = rejected = 0
    items = iter_output(args.folder)
    with StoreWriter(args.db) as writer:
        while batch := list(itertools.islice(items, max(1, args.batch_size))):
            for item in batch:
                if isinstance(item, Rejected):
                    rejected += 1
                    print(f"dateline: {item.message()}", file=sys.stderr)
            stats = writer.write([r for r in batch if not isinstance(r, Rejected)])
            inserted, replaced, skipped = (inserted + stats.inserted, replaced + stats.replaced,
                                           skipped + stats.skipped)
            for article_id, reason in stats.failed:
                rejected += 1
                print(f"dateline: rejected record {article_id!r}: {reason}", file=sys.stderr)
    print(f"dateline: loaded {inserted} new, {replaced} replaced, {skipped} unchanged, {rejected} rejected "
          f"-> {args.db}", file=sys.stderr)
    return 0
