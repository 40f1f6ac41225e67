"""``dateline demo``: the main job on the bundled sample (what `make run` runs)."""

from __future__ import annotations

import argparse
from collections import Counter
from importlib import resources
from pathlib import Path

from ..errors import Rejected


def sample_path() -> Path:
    return Path(str(resources.files("dateline").joinpath("resources/sample")))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="extract the bundled sample and print a summary")
    p.add_argument("-o", "--output", default="sample-records.jsonl", help="records written here")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..engines.local import run_local
    from ..readers import read_inputs

    counts: Counter[str] = Counter()
    with open(args.output, "w", encoding="utf-8") as out:
        for item in run_local(read_inputs([sample_path()])):
            if isinstance(item, Rejected):
                print(item.message())
                counts["rejected"] += 1
                continue
            out.write(item.to_json() + "\n")
            counts["articles"] += 1
            for name in ("times", "actors", "places", "quotes", "events"):
                counts[name] += len(getattr(item, name))
    print(f"sample: {sample_path()}")
    print("extracted: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    print(f"records written to {args.output}")
    return 0
