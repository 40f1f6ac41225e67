"""``dateline extract INPUT...``: one JSON record per article, to stdout or ``-o``."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import ExitStack
from typing import TextIO

from ..config import load_config
from ..errors import InputError, Rejected
from ..records import Record


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract records from articles (txt, jsonl, csv, html, dirs, -)")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, or - for stdin")
    p.add_argument("-o", "--output", help="write JSONL records here (default: stdout)")
    p.add_argument("--date", help="publication date YYYY-MM-DD for inputs that carry none")
    p.add_argument("--only", help="comma-separated components to run (times,actors,places,quotes,events)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--engine", choices=["local", "ray"], default="local",
                   help="local process pool (default) or ray: -o names a folder of Parquet record shards")
    p.add_argument("--address", help="ray cluster address (auto, HOST:PORT); default: start a local one")
    p.add_argument("--errors", metavar="FILE", help="also write rejections here as JSONL")
    p.add_argument("--actors", metavar="FILE", help="your own actors (YAML or CSV); override [actors] user_file")
    p.add_argument("--strict", action="store_true", help="exit non-zero if any record is rejected")
    p.add_argument("--stdin-format", default="txt", choices=["txt", "jsonl", "csv", "html"],
                   help="format of - (default txt)")
    p.set_defaults(func=run)


def components_arg(only: str | None) -> list[str] | None:
    return [c.strip() for c in only.split(",") if c.strip()] if only else None


def date_arg(date: str | None) -> str | None:
    """``--date`` checked once, up front: a bad value is a usage error, not a warning on every record."""
    if date is None:
        return None
    from ..readers.common import parse_date

    value, problem = parse_date(date)
    if problem or value is None or value != date.strip():
        raise InputError(f"--date {date!r} is not a valid YYYY-MM-DD date")
    return value


def open_output(path: str, stack: ExitStack) -> TextIO:
    try:
        return stack.enter_context(open(path, "w", encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from exc


def run_ray_engine(args: argparse.Namespace, config: dict) -> int:
    """Ray Data over JSONL/CSV/Parquet shards; records go to Parquet under -o (see docs/scale.md)."""
    from ..engines.ray_engine import ray_shutdown, run_ray

    if not args.output:
        raise InputError("--engine ray needs -o OUT/ (a folder for the Parquet record shards)")
    try:
        summary = run_ray(args.inputs, args.output, address=args.address, workers=max(1, args.workers),
                          components=components_arg(args.only), config=config)
    finally:
        ray_shutdown()
    for shard in summary.shards:
        state = "skipped (done before)" if shard.skipped else "processed"
        print(f"dateline: shard {shard.shard}: {shard.ok}/{shard.rows} records, {state}", file=sys.stderr)
    rejected = sum(s.rows - s.ok for s in summary.shards)
    print(f"dateline: {len(summary.processed)} shard(s) processed, "
          f"{len(summary.shards) - len(summary.processed)} skipped; load them with `dateline load {args.output}`",
          file=sys.stderr)
    return 1 if (args.strict and rejected) else 0


def run(args: argparse.Namespace) -> int:
    from ..engines.local import run_local
    from ..progress import progress
    from ..readers import read_inputs

    config = load_config(args.config)
    if getattr(args, "actors", None):  # a new dict: the loaded config is shared and cached
        config = {**config, "actors": {**config.get("actors", {}), "user_file": args.actors}}
    if args.engine == "ray":
        return run_ray_engine(args, config)
    articles = read_inputs(args.inputs, default_date=date_arg(args.date),
                           max_chars=int(config["limits"]["max_article_chars"]),
                           stdin_format="." + args.stdin_format)
    rejected = written = 0
    with ExitStack() as stack:
        out: TextIO = open_output(args.output, stack) if args.output else sys.stdout
        errors: TextIO | None = open_output(args.errors, stack) if args.errors else None
        results = run_local(articles, components=components_arg(args.only), workers=args.workers, config=config)
        for item in progress(results):
            if isinstance(item, Rejected):
                rejected += 1
                print(f"dateline: {item.message()}", file=sys.stderr)
                if errors:
                    errors.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
                continue
            assert isinstance(item, Record)
            out.write(item.to_json() + "\n")
            written += 1
    print(f"dateline: {written} record(s) written, {rejected} rejected", file=sys.stderr)
    return 1 if (args.strict and rejected) else 0
