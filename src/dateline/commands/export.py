"""``dateline export --format plover|gdelt|parquet|jsonl [--out PATH]``: the store for other tools."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    from .store_common import add_db

    p = sub.add_parser("export", help="export the store: PLOVER JSON, GDELT TSV, Parquet tables, JSONL records")
    add_db(p)
    p.add_argument("--format", required=True, choices=["plover", "gdelt", "parquet", "jsonl"],
                   help="plover: one PLOVER event per line (JSONL, or a JSON list if PATH ends in .json); "
                        "gdelt: tab-separated GDELT event rows with a header; parquet: one file per table "
                        "in the directory PATH; jsonl: one full record per line")
    p.add_argument("--out", metavar="PATH",
                   help="output file (default: stdout) or, for parquet, directory (default: dateline-parquet)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..store import Store
    from ..store import export as ex

    with Store(args.db) as store:
        if args.format == "parquet":
            out = args.out or "dateline-parquet"
            written = ex.export_parquet(store, out)
            total = sum(written.values())
            print(f"dateline: {total} row(s) in {len(written)} Parquet file(s) under {out}", file=sys.stderr)
            return 0
        writer = {"plover": ex.export_plover, "gdelt": ex.export_gdelt, "jsonl": ex.export_jsonl}[args.format]
        if args.out:
            with open(args.out, "w", encoding="utf-8", newline="") as fh:
                n = writer(store, fh, as_list=args.out.endswith(".json")) if args.format == "plover" \
                    else writer(store, fh)
        else:
            n = writer(store, sys.stdout)
    print(f"dateline: {n} {args.format} row(s) exported", file=sys.stderr)
    return 0
