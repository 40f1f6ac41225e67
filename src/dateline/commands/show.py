"""``dateline show ARTICLE_ID``: one stored article with everything extracted from it."""

from __future__ import annotations

import argparse
import json
import sys

from ..records import Record
from .store_common import add_db, print_table, span


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("show", help="one stored article with its extracted items")
    p.add_argument("article", metavar="ARTICLE_ID")
    add_db(p)
    p.add_argument("--format", default="table", choices=["table", "json", "jsonl"],
                   help="table (default), or the full record as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..store import Store

    with Store(args.db) as store:
        record = store.record(args.article)
    if args.format == "json":
        json.dump(record.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == "jsonl":
        sys.stdout.write(record.to_json() + "\n")
    else:
        show(record)
    return 0


def show(r: Record) -> None:
    from rich.console import Console
    from rich.text import Text

    console = Console()
    head = f"{r.id}  {r.date or '(no date)'}  {r.outlet or ''}\n{r.title or ''}\n{r.url or ''}".rstrip()
    console.print(Text(head, style="bold"))
    for warning in r.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))
    text = r.text
    names = {a.id: a.name for a in r.actors}
    print_table(r.times, {"span": lambda t: span([t.start, t.end]), "text": lambda t: t.text,
                          "type": lambda t: t.type, "value": lambda t: t.value}, f"{len(r.times)} time(s)")
    print_table(r.actors, {"name": lambda a: a.name, "country": lambda a: a.country, "sector": lambda a: a.sector,
                           "kind": lambda a: a.kind,
                           "mentions": lambda a: [text[s:e] for s, e in a.mentions]}, f"{len(r.actors)} actor(s)")
    print_table(r.places, {"span": lambda p: span([p.start, p.end]), "text": lambda p: p.text,
                           "name": lambda p: p.name, "country": lambda p: p.country, "role": lambda p: p.role},
                f"{len(r.places)} place(s)")
    print_table(r.quotes, {"speaker": lambda q: q.speaker_name or names.get(q.speaker_actor or ""),
                           "medium": lambda q: q.medium.text if q.medium else None,
                           "quote": lambda q: " … ".join(text[s:e] for s, e in q.content)},
                f"{len(r.quotes)} quote(s)")
    print_table(r.events, {"date": lambda e: e.date, "type": lambda e: e.type + (" (not)" if e.negated else ""),
                           "source": lambda e: [names.get(i, i) for i in e.source],
                           "target": lambda e: [names.get(i, i) for i in e.target],
                           "trigger": lambda e: f"{text[e.trigger[0]:e.trigger[1]]} {span(e.trigger)}"
                           if e.trigger else None,
                           "evidence": lambda e: text[e.evidence[0]:e.evidence[1]] if e.evidence else None},
                f"{len(r.events)} event(s)")
