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
    p.add_argument("--db", help="the store the records go to, and --serve serves "
                                "(default: sample.db beside --output, so out/sample.db)")
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
    db = args.db or str(output.with_name("sample.db"))
    if records:
        store_summary(records, db)
    if args.serve and records:
        from .serve import serve

        serve(db, args.host, args.port)
    return 0 if totals["articles"] else 1


def store_summary(records: list[Record], db: str) -> None:
    """Store the records (unchanged ones are skipped) and print what the store now holds."""
    from ..store import Store, StoreWriter

    Path(db).parent.mkdir(parents=True, exist_ok=True)
    with StoreWriter(db) as writer:
        stats = writer.write(records)
    print(f"stored in {db}: {stats.inserted} new, {stats.replaced} replaced, {stats.skipped} unchanged")
    from ..link.store_link import link_store

    linked = link_store(db)
    print(f"linked: {linked.event_clusters} event clusters; {linked.linked_events} events are reported "
          "by more than one article")
    with Store(db) as store:
        s = store.summary()
    c = s["counts"]
    print(f"store: {c['articles']} articles from {s['dates'][0]} to {s['dates'][1]}, {c['events']} events, "
          f"{c['quotes']} quotes, {c['actors']} actors, {c['places']} places, {c['times']} times")
    print("event types: " + ", ".join(f"{t} {n}" for t, n in s["event_types"].items()))
    print("top actors: " + ", ".join(f"{name} ({n})" for name, n in s["top_actors"]))
    if s["top_actors"]:
        print(f'query it: dateline events --db {db} --actor "{s["top_actors"][0][0]}"')
