"""``dateline demo``: the main job on the bundled sample (what `make run` runs).

The sample (resources/sample/articles.jsonl) is ten short news articles written for this project:
fictional events between real countries, dated over one week, from three invented outlets.
"""

from __future__ import annotations

import argparse
from collections import Counter
from importlib import resources
from pathlib import Path

from ..errors import InputError, Rejected
from ..records import Record

KINDS = ("times", "actors", "places", "quotes", "events")


def sample_path() -> Path:
    return Path(str(resources.files("dateline").joinpath("resources/sample")))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="extract the bundled sample and print a summary")
    p.add_argument("-o", "--output", default="out/sample-records.jsonl",
                   help="records written here (default: %(default)s)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--serve", action="store_true",
                   help="then store the records in --db and browse them in the web UI (what `make run` does)")
    p.add_argument("--db", default="out/sample.db", help="the store --serve writes and serves (default: %(default)s)")
    p.add_argument("--host", default="127.0.0.1", help="--serve: address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="--serve: port (default 8000; 0 = any free one)")
    p.set_defaults(func=run)


def summary_line(record: Record) -> str:
    counts = ", ".join(f"{len(getattr(record, k))} {k}" for k in KINDS)
    return f"  {record.date or '????-??-??'}  {(record.outlet or '-')[:16]:16s} {record.id:28s} {counts}"


def run(args: argparse.Namespace) -> int:
    from ..config import load_config
    from ..engines.local import run_local
    from ..progress import progress
    from ..readers import read_inputs

    config = load_config(args.config)
    output = Path(args.output)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        out = output.open("w", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror or exc}") from exc
    totals: Counter[str] = Counter()
    records: list[Record] = []
    print(f"sample: {sample_path()}")
    with out:
        articles = read_inputs([sample_path()], max_chars=int(config["limits"]["max_article_chars"]))
        for item in progress(run_local(articles, workers=args.workers, config=config)):
            if isinstance(item, Rejected):
                print(f"  {item.message()}")
                totals["rejected"] += 1
                continue
            out.write(item.to_json() + "\n")
            records.append(item)
            print(summary_line(item))
            totals["articles"] += 1
            for kind in KINDS:
                totals[kind] += len(getattr(item, kind))
    print("extracted: " + ", ".join(f"{totals[k]} {k}" for k in ("articles", *KINDS, "rejected")))
    print(f"records written to {output}")
    if args.serve and records:
        from .serve import store_and_serve

        store_and_serve(records, args.db, args.host, args.port)
    return 0 if totals["articles"] else 1
