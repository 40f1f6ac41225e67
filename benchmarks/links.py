"""Linking quality on GVC val and ECB+ dev, and linking time for 10,000 events.

Writes benchmarks/results/links.json. Usage: python benchmarks/links.py [--events 10000]
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINKS = ROOT.parent / "shared" / "data" / "links"


def scaled_records(records: list, n_events: int) -> list:
    """Copies of real records, re-dated a week apart per copy, until they hold n_events events."""
    out, copy_no = [], 0
    while sum(len(r.events) for r in out) < n_events:
        for record in records:
            clone = copy.deepcopy(record)
            shift = dt.timedelta(days=7 * copy_no)
            clone.id = f"{record.id}#{copy_no}"
            if clone.date:
                clone.date = (dt.date.fromisoformat(clone.date) + shift).isoformat()
            for event in clone.events:
                event.id = f"{event.id}#{copy_no}"
                if event.date and len(event.date) == 10:
                    event.date = (dt.date.fromisoformat(event.date) + shift).isoformat()
            for quote in clone.quotes:
                quote.id = f"{quote.id}#{copy_no}"
            out.append(clone)
            if sum(len(r.events) for r in out) >= n_events:
                break
        copy_no += 1
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args()
    if not LINKS.exists():
        print("benchmark skipped: ../shared/data not available")
        return 0
    from dateline.eval.links import extract, read_gold, run_eval
    from dateline.link import link_records
    from dateline.pipeline import Pipeline

    pipeline = Pipeline()
    results: dict[str, object] = {}
    for name in ("gvc_val", "ecbplus_dev"):
        res = run_eval(LINKS / f"{name}.jsonl", pipeline)
        results[name] = res
        line = f"{name}: mention-level CoNLL F1 {100 * res['mention_level']['CoNLL_F1']:.1f}"
        if "document_level" in res:
            line += f", document-level CoNLL F1 {100 * res['document_level']['CoNLL_F1']:.1f}"
        print(line)
    base = extract(read_gold(LINKS / "gvc_val.jsonl"), pipeline)
    records = scaled_records(base, args.events)
    n_events = sum(len(r.events) for r in records)
    start = time.perf_counter()
    link_records(records)
    seconds = time.perf_counter() - start
    results["speed"] = {"events": n_events, "articles": len(records), "seconds": round(seconds, 2)}
    print(f"linked {n_events} events of {len(records)} articles in {seconds:.2f} s")
    out = ROOT / "benchmarks" / "results" / "links.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
