"""Load benchmark: the real `dateline serve` on 127.0.0.1 under a bounded number of concurrent clients.

Builds a store (default: the web benchmark's 2,500 synthetic articles with 10,000 events, tests/web/web_records.py;
or --db an existing store), starts `dateline serve --db STORE --port 0` as its own process (loopback only), and
drives it with --clients asyncio clients (httpx, one connection each) for --seconds: every client loops over a
mixed list of API and page URLs (filters, paging, search, timeline, network, article records) until the time is
up. Reports requests/s, latency percentiles and errors (exceptions, 5xx, or a status other than the expected
one) to benchmarks/results/load.json.

    .venv/bin/python benchmarks/load.py [--clients 50] [--seconds 30] [--db STORE]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "web"))
RESULT = ROOT / "benchmarks" / "results" / "load.json"


def url_mix(article_ids: list[str], actor_names: list[str]) -> list[tuple[str, int]]:
    """(url, expected status): what a person browsing and a script paging the API ask for."""
    rng = random.Random(0)
    urls: list[tuple[str, int]] = []
    for _ in range(20):
        aid = rng.choice(article_ids)
        actor = rng.choice(actor_names).replace(" ", "%20")
        urls += [
            (f"/api/events?limit=50&offset={rng.randrange(0, 5000)}", 200),
            (f"/api/events?actor={actor}&sort=-date", 200),
            ("/api/events?type=ASSAULT,AID&since=2021&until=2023-06", 200),
            (f"/api/quotes?q=talking&offset={rng.randrange(0, 500)}", 200),
            (f"/api/articles/{aid}", 200),
            (f"/api/timeline?actor={actor}&exact=true", 200),
            ("/api/actors", 200),
            ("/api/places", 200),
            ("/api/network", 200),
            (f"/api/search?q=case%20{rng.randrange(0, 2500)}", 200),
            ("/events?type=CONSULT", 200),
            (f"/articles/{aid}", 200),
            ("/api/events?actor=%27%20OR%201%3D1%20--", 200),  # an injection attempt is just a value
            ("/api/events?limit=5000", 422),  # over the page limit: refused, not an error
            ("/static/app.js", 200),
        ]
    rng.shuffle(urls)
    return urls


def start_server(db: Path) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "dateline.cli", "serve", "--db", str(db), "--host", "127.0.0.1",
                             "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline() if proc.stdout else ""
    if "serving" not in line:
        proc.kill()
        raise SystemExit(f"server did not start: {line} {proc.stderr.read() if proc.stderr else ''}")
    base = line.split(" at ", 1)[1].split()[0].rstrip("/")
    assert base.startswith("http://127.0.0.1:"), base  # loopback only
    return proc, base


async def drive(base: str, urls: list[tuple[str, int]], clients: int, seconds: float) -> dict:
    import httpx

    latencies: list[float] = []
    statuses: dict[str, int] = {}
    errors: list[str] = []
    deadline = time.perf_counter() + seconds

    async def client(k: int) -> None:
        async with httpx.AsyncClient(base_url=base, timeout=30, limits=httpx.Limits(max_connections=1)) as http:
            i = k * 7
            while time.perf_counter() < deadline:  # bounded: stops when the time is up
                url, expected = urls[i % len(urls)]
                i += 1
                start = time.perf_counter()
                try:
                    response = await http.get(url)
                except httpx.HTTPError as exc:
                    errors.append(f"{url}: {type(exc).__name__}: {exc}")
                    continue
                latencies.append(time.perf_counter() - start)
                statuses[str(response.status_code)] = statuses.get(str(response.status_code), 0) + 1
                if response.status_code != expected:
                    errors.append(f"{url}: status {response.status_code}, expected {expected}")

    started = time.perf_counter()
    await asyncio.gather(*(client(k) for k in range(clients)))
    elapsed = time.perf_counter() - started
    latencies.sort()

    def pct(p: float) -> float:
        return round(1000 * latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))], 1) if latencies else 0.0

    return {"requests": len(latencies), "elapsed_s": round(elapsed, 1),
            "requests_per_s": round(len(latencies) / elapsed, 1),
            "latency_ms": {"p50": pct(50), "p90": pct(90), "p99": pct(99), "max": pct(100),
                           "mean": round(1000 * statistics.fmean(latencies), 1) if latencies else 0.0},
            "statuses": statuses, "errors": len(errors), "error_examples": errors[:10]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--articles", type=int, default=2500, help="synthetic articles (4 events each)")
    parser.add_argument("--db", help="serve this existing store instead of building a synthetic one")
    parser.add_argument("--out", default=str(RESULT))
    args = parser.parse_args()
    if not 1 <= args.clients <= 200 or not 0 < args.seconds <= 600:
        raise SystemExit("--clients must be 1..200 and --seconds 0..600 (a bounded load, on loopback only)")

    from dateline.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        if args.db:
            db = Path(args.db)
            source = f"existing store {db}"
        else:
            from web_records import build_store

            db = build_store(Path(tmp) / "load.db", args.articles)
            source = f"synthetic: {args.articles} articles x 4 events (tests/web/web_records.py)"
        with Store(db) as store:
            counts = store.counts()
            article_ids = store.article_ids()[:2000]
            actor_names = [a.name for a in store.actors(limit=50)]
        urls = url_mix(article_ids, actor_names)
        proc, base = start_server(db)
        try:
            load_before = round(os.getloadavg()[0], 2)
            figures = asyncio.run(drive(base, urls, args.clients, args.seconds))
            load_after = round(os.getloadavg()[0], 2)
        finally:
            proc.terminate()
            proc.wait(timeout=20)

    report = {
        "benchmark": "load: the real `dateline serve` (uvicorn, one process) on 127.0.0.1, concurrent clients",
        "machine": f"{platform.machine()}, {os.cpu_count()} cores (shared with other jobs; see load average), "
                   f"{platform.python_implementation()} {platform.python_version()}",
        "load_average_1m_before_after": [load_before, load_after],
        "store": {"source": source, **{k: counts[k] for k in ("articles", "events", "quotes", "actors")}},
        "clients": args.clients, "seconds": args.seconds, "distinct_urls": len(set(urls)),
        **figures,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{report['requests']} requests in {report['elapsed_s']} s: {report['requests_per_s']} req/s, "
          f"p50 {report['latency_ms']['p50']} ms, p99 {report['latency_ms']['p99']} ms, errors {report['errors']}")
    print(f"written to {args.out}")
    return 0 if report["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
