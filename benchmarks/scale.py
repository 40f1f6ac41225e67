"""Throughput of the local engine with 1 and 2 workers and of the ray engine on this machine.

Writes benchmarks/results/scale.json. Usage: python benchmarks/scale.py [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "wikinews"


def rows(limit: int) -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    out: list[dict[str, str]] = []
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with (CORPUS / name).open(newline="", encoding="utf-8") as fh:
            out += list(csv.DictReader(fh))
    return out[:limit]


def children_peak_rss_mb() -> float:
    """Peak RSS of the largest child process waited for so far (the local pool's workers)."""
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def self_peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=295)
    parser.add_argument("--shards", type=int, default=4)
    args = parser.parse_args()
    if not CORPUS.exists():
        print("benchmark skipped: ../shared/data not available")
        return 0
    from dateline.engines.local import run_local
    from dateline.readers import read_inputs

    data = rows(args.limit)
    words = sum(len(r["text"].split()) for r in data)
    results: dict[str, object] = {"articles": len(data), "words": words, "machine": platform.platform(),
                                  "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory() as tmp:
        shards = []
        per = -(-len(data) // args.shards)
        for i in range(args.shards):
            path = Path(tmp) / f"shard{i}.jsonl"
            path.write_text("".join(json.dumps(r) + "\n" for r in data[i * per:(i + 1) * per]), encoding="utf-8")
            shards.append(path)
        for workers in (2, 1):  # the pool first: a spawned child inherits the forking parent's RSS in ru_maxrss
            start = time.perf_counter()
            n = sum(1 for _ in run_local(read_inputs(shards), workers=workers))
            seconds = time.perf_counter() - start
            results[f"local_{workers}"] = {"seconds": round(seconds, 2), "articles_per_s": round(n / seconds, 2)}
            print(f"local engine, {workers} worker(s): {n / seconds:.2f} articles/s")
            if workers == 2:  # pool workers have been joined: RUSAGE_CHILDREN holds the largest one's peak
                # (which includes the driver's size when it spawned them: hence the pool runs first)
                results["local_worker_peak_rss_mb"] = round(children_peak_rss_mb(), 1)
        from dateline.engines.ray_engine import (  # after the pool: keeps the driver small
            ray_shutdown,
            run_ray,
        )

        start = time.perf_counter()
        summary = run_ray(shards, Path(tmp) / "ray-out", workers=2)
        seconds = time.perf_counter() - start
        ray_shutdown()
        n = sum(s.rows for s in summary.shards)
        results["ray_2"] = {"seconds": round(seconds, 2), "articles_per_s": round(n / seconds, 2),
                            "note": "includes starting the local Ray cluster and one model load per actor per shard"}
        print(f"ray engine, 2 workers: {n / seconds:.2f} articles/s")
    one = results["local_1"]["articles_per_s"]  # type: ignore[index]
    two = results["local_2"]["articles_per_s"]  # type: ignore[index]
    results["local_speedup_2_vs_1"] = round(two / one, 2)
    results["articles_per_core_hour"] = round(two / 2 * 3600)
    results["one_million_articles_core_hours"] = round(1_000_000 / (two / 2 * 3600), 1)
    results["driver_peak_rss_mb"] = round(self_peak_rss_mb(), 1)  # ran the 1-worker pass inline + Ray driver
    out = ROOT / "benchmarks" / "results" / "scale.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
