"""Places benchmark: geoparsing scores on LGL and GeoWebNews, component cost, gazetteer load, peak memory.

Parses every article once with the bare model (places disabled, CPU time), then runs the places component
on the parsed Docs, so the model time and the component time are measured on the same input. Scores with
dateline.eval.places. Times the component on Wikinews articles (budget ~10 ms per article), measures the
gazetteer load from its cache and the whole pipeline's peak RSS in fresh processes.
Writes benchmarks/results/places.json.

    .venv/bin/python benchmarks/places.py [--limit N] [--wikinews N]
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

from dateline.components.base import ensure_extension
from dateline.eval.places import load_gold, score
from dateline.nlp import build_nlp

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
GOLD = {"LGL": SHARED / "places" / "lgl.xml", "GeoWebNews (literal toponyms)": SHARED / "places" / "GWN.xml"}
WIKINEWS = SHARED / "corpora" / "wikinews" / "wikinews_2019.csv"
OUT = ROOT / "benchmarks" / "results" / "places.json"

LOAD_PROBE = """
import time
from dateline.components.places.gazetteer import load_gazetteer
t = time.perf_counter()  # the import (spaCy, dateline) is not part of the load
g = load_gazetteer()
hwm = [line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM")][0]
print(time.perf_counter() - t, len(g.entries), hwm)
"""

PIPELINE_PROBE = """
import csv, sys
from dateline import Pipeline
from dateline.records import Article
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))[: int(sys.argv[2])]
pipeline = Pipeline()
n = sum(1 for _ in pipeline.process([Article(id=r["url"], text=r["text"], date=r["date"]) for r in rows]))
hwm = [line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM")][0]
print(n, pipeline.analysis, hwm)  # VmHWM: this process's peak RSS (ru_maxrss would include the parent's)
"""


def parse(nlp, texts: list[str]) -> tuple[list, float]:
    start = time.process_time()
    with nlp.select_pipes(disable=["places"]):
        docs = list(nlp.pipe(texts, batch_size=16))
    return docs, time.process_time() - start


def run_places(nlp, docs: list, ids: list[str]) -> float:
    component = nlp.get_pipe("places")
    start = time.process_time()
    for doc, aid in zip(docs, ids, strict=True):
        doc._.dl_article_id = aid
        component(doc)
    return time.process_time() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, help="only the first N articles of each gold set")
    ap.add_argument("--wikinews", type=int, default=100, help="Wikinews articles to time (0: skip)")
    args = ap.parse_args()
    ensure_extension("dl_places")
    nlp = build_nlp(["places"])
    result: dict = {"python": platform.python_version(), "scores": {}}
    for name, path in GOLD.items():
        if not path.exists():
            print(f"no gold data at {path}", file=sys.stderr)
            continue
        gold = load_gold(str(path))[: args.limit] if args.limit else load_gold(str(path))
        docs, model_s = parse(nlp, [d["text"] for d in gold])
        places_s = run_places(nlp, docs, [d["id"] for d in gold])
        preds = {d["id"]: [asdict(p) for p in doc._.dl_places] for d, doc in zip(gold, docs, strict=True)}
        scores = score(gold, preds)
        scores.update(articles=len(gold), model_cpu_s=round(model_s, 2), places_cpu_s=round(places_s, 3),
                      places_ms_per_article=round(1000 * places_s / max(1, len(gold)), 2))
        result["scores"][name] = scores
        print(name, json.dumps(scores), flush=True)
    if args.wikinews and WIKINEWS.exists():
        with WIKINEWS.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))[: args.wikinews]
        docs, model_s = parse(nlp, [r["text"] for r in rows])
        places_s = run_places(nlp, docs, [r["url"] for r in rows])
        result["speed_wikinews"] = {
            "articles": len(rows), "model_cpu_ms_per_article": round(1000 * model_s / len(rows), 1),
            "places_cpu_ms_per_article": round(1000 * places_s / len(rows), 2),
            "places_share_of_model": round(places_s / model_s, 4),
            "places_per_article": round(sum(len(d._.dl_places) for d in docs) / len(rows), 1)}
        print("speed", result["speed_wikinews"], flush=True)
    load = subprocess.run([sys.executable, "-c", LOAD_PROBE], capture_output=True, text=True, check=True)
    seconds, entries, rss_kb = load.stdout.split()
    result["gazetteer"] = {"load_s_from_cache": round(float(seconds), 3), "entries": int(entries),
                           "process_peak_rss_mb": round(int(rss_kb) / 1024, 1)}
    if WIKINEWS.exists():
        probe = subprocess.run([sys.executable, "-c", PIPELINE_PROBE, str(WIKINEWS), "50"],
                               capture_output=True, text=True, check=True)
        last = probe.stdout.strip().splitlines()[-1]
        n, rss_kb = last.split()[0], last.split()[-1]
        result["whole_pipeline_peak_rss_mb"] = {"articles": int(n), "mb": round(int(rss_kb) / 1024, 1),
                                                "components": last.split(" ", 1)[1].rsplit(" ", 1)[0]}
    print("gazetteer", result["gazetteer"], result.get("whole_pipeline_peak_rss_mb"))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
