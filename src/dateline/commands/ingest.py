"""``dateline ingest INPUT... [--db PATH]``: extract articles and store them (idempotent, resumable)."""

from __future__ import annotations

import argparse
import json
import sys

from ..config import load_config
from ..errors import Rejected
from .extract import components_arg
from .store_common import add_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="extract articles and store them in an SQLite store")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, or - for stdin")
    add_db(p)
    p.add_argument("--date", help="publication date YYYY-MM-DD for inputs that carry none")
    p.add_argument("--only", help="comma-separated components to run (times,actors,places,quotes,events)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--batch-size", type=int, default=32, metavar="N",
                   help="records per transaction (default 32)")
    p.add_argument("--force", action="store_true", help="re-extract and replace articles already stored")
    p.add_argument("--errors", metavar="FILE", help="also write rejections here as JSONL")
    p.add_argument("--no-link", action="store_true", help="skip cross-article linking after the ingest")
    p.add_argument("--stdin-format", default="txt", choices=["txt", "jsonl", "csv", "html"],
                   help="format of - (default txt)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..engines.local import run_local
    from ..progress import progress
    from ..readers import read_inputs
    from ..store.ingest import ingest
    from ..store.writer import StoreWriter

    if args.batch_size < 1:
        raise SystemExit("dateline: error: --batch-size must be at least 1")
    config = load_config(args.config)
    articles = read_inputs(args.inputs, default_date=args.date,
                           max_chars=int(config["limits"]["max_article_chars"]),
                           stdin_format="." + args.stdin_format)
    errors = open(args.errors, "w", encoding="utf-8") if args.errors else None

    def on_rejected(item: Rejected) -> None:
        print(f"dateline: {item.message()}", file=sys.stderr)
        if errors:
            errors.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")

    def process(items):  # type: ignore[no-untyped-def]
        return progress(run_local(items, components=components_arg(args.only), workers=args.workers,
                                  config=config))

    try:
        with StoreWriter(args.db) as writer:
            report = ingest(articles, writer, process, batch_size=args.batch_size, force=args.force,
                            on_rejected=on_rejected)
    finally:
        if errors:
            errors.close()
    print(f"dateline: {report.summary()} -> {args.db}", file=sys.stderr)
    if not args.no_link and (report.inserted or report.replaced):
        from ..link.store_link import link_store

        s = link_store(args.db)
        print(f"dateline: linked {s.events} event(s) into {s.event_clusters} cluster(s), "
              f"{s.linked_events} with more than one report", file=sys.stderr)
    return 0
