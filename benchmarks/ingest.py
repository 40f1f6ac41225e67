"""Ingest overhead: time spent storing vs time spent extracting, on the Wikinews corpus + the example.

    .venv/bin/python benchmarks/ingest.py [--limit N] [--workers N]

One extraction pass feeds the store through ``dateline.store.ingest`` (as ``dateline ingest`` does), which
times the two sides separately; then the same records are stored again from memory into a fresh store
(pure write cost), and the ingest is re-run on the unchanged inputs (all skipped by content hash).
Writes benchmarks/results/ingest.json. Budget: storing adds at most 10% to extraction.
"""

from __future__ import annotations

import argparse
import itertools
import json
import platform
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
INPUTS = [SHARED / "data/corpora/wikinews", SHARED / "examples/pak-afghan-2024-06-30.txt"]
RESULT = ROOT / "benchmarks/results/ingest.json"
BUDGET = 0.10


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (0 = all)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    missing = [str(p) for p in INPUTS if not p.exists()]
    if missing:
        print(f"benchmark needs ../shared: missing {', '.join(missing)}", file=sys.stderr)
        return 1

    from dateline.engines.local import run_local
    from dateline.errors import Rejected
    from dateline.pipeline import Pipeline
    from dateline.readers import read_inputs
    from dateline.store import Store, StoreWriter
    from dateline.store.ingest import ingest, with_pipeline

    def articles():
        items = read_inputs(INPUTS)
        return itertools.islice(items, args.limit) if args.limit else items

    records = []
    # load the model before timing (one worker: the same Pipeline that run_local would build)
    extract = with_pipeline(Pipeline()) if args.workers <= 1 else \
        (lambda items: run_local(items, workers=args.workers))

    def process(items):  # keep the records for the write-only pass
        for item in extract(items):
            if not isinstance(item, Rejected):
                records.append(item)
            yield item

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        start = time.perf_counter()
        with StoreWriter(db) as writer:
            report = ingest(articles(), writer, process, batch_size=args.batch_size)
        total = time.perf_counter() - start

        with Store(db) as store:
            counts = store.counts()
        start = time.perf_counter()
        with StoreWriter(db) as writer:
            rerun = ingest(articles(), writer, process, batch_size=args.batch_size)
        rerun_s = time.perf_counter() - start
        with Store(db) as store:
            counts_after_rerun = store.counts()

        fresh = Path(tmp) / "write-only.db"
        start = time.perf_counter()
        with StoreWriter(fresh) as writer:
            for i in range(0, len(records), args.batch_size):
                writer.write(records[i:i + args.batch_size])
        write_only_s = time.perf_counter() - start

        size = db.stat().st_size

    n = report.inserted
    result = {
        "corpus": "wikinews (295 articles) + pak-afghan example" if not args.limit else f"first {args.limit}",
        "articles": n,
        "rejected": len(report.rejected),
        "rejected_reasons": [r.message() for r in report.rejected],
        "rows": counts,
        "extract_s": round(report.extract_s, 3),
        "store_s": round(report.store_s, 3),
        "ingest_total_s": round(total, 3),
        "overhead": round(report.store_s / report.extract_s, 4),
        "budget": BUDGET,
        "within_budget": report.store_s / report.extract_s <= BUDGET,
        "store_ms_per_article": round(1000 * report.store_s / max(n, 1), 3),
        "extract_ms_per_article": round(1000 * report.extract_s / max(n, 1), 1),
        "write_only_s": round(write_only_s, 3),
        "rerun_unchanged_s": round(rerun_s, 3),
        "rerun_skipped": rerun.unchanged,
        "same_rows_after_rerun": counts_after_rerun == counts,
        "db_bytes": size,
        "workers": args.workers,
        "batch_size": args.batch_size,
        "machine": f"{platform.machine()}, {platform.python_version()}, sqlite {sqlite3.sqlite_version}",
    }
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0 if result["within_budget"] and result["same_rows_after_rerun"] else 1


if __name__ == "__main__":
    sys.exit(main())
