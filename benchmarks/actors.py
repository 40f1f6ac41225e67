"""Actors benchmark: PLOVER GSR country accuracy and the component's cost next to the model's.

Accuracy: ``dateline eval actors`` logic on ../shared/data/events/plover/PLOVER_GSR_CAMEO.txt.
Speed: Wikinews articles are parsed once by the bare model (actors disabled), then the actors component
runs on the parsed Docs, so model and component CPU time are measured on the same input (budget: ~10 ms
per Wikinews article, ~8-10% of the model). Writes benchmarks/results/actors.json.

    .venv/bin/python benchmarks/actors.py [--wikinews N]
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections import Counter
from pathlib import Path

from wikinews_docs import WIKINEWS, parsed_wikinews

from dateline.eval.actors import evaluate, evaluate_conflibert
from dateline.nlp import build_nlp
from dateline.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
GSR = SHARED / "events" / "plover" / "PLOVER_GSR_CAMEO.txt"
CONFLIBERT = SHARED / "events" / "conflibert" / "cameo_ner__train.txt"
OUT = ROOT / "benchmarks" / "results" / "actors.json"


def wikinews_speed(nlp, limit: int) -> dict:
    parsed, model_s = parsed_wikinews(nlp, limit, ["actors"])
    component = nlp.get_pipe("actors")
    component(parsed[0])  # the KB loads once per process, outside the timing
    start = time.process_time()
    kinds: Counter[str] = Counter()
    for doc in parsed:
        component(doc)
        kinds.update(a.kind for a in doc._.dl_actors)
    actors_s = time.process_time() - start
    n = len(parsed)
    return {"articles": n, "characters": sum(len(d.text) for d in parsed),
            "model_cpu_s": round(model_s, 3), "actors_cpu_s": round(actors_s, 3),
            "model_ms_per_article": round(1000 * model_s / n, 2),
            "actors_ms_per_article": round(1000 * actors_s / n, 2),
            "actors_share_of_model": round(actors_s / model_s, 4),
            "actors_per_article": round(sum(kinds.values()) / n, 1), "kinds": dict(kinds)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wikinews", type=int, default=100, help="Wikinews articles to time (0: skip)")
    ap.add_argument("--conflibert", type=int, default=-1,
                    help="ConfliBERT cameo_ner sentences for event-actor mention F1 (-1: all, 0: skip)")
    args = ap.parse_args()
    if not GSR.exists():
        print(f"no gold data at {GSR}", file=sys.stderr)
        return 1
    nlp = build_nlp(["actors"])
    report = evaluate(GSR, pipeline=Pipeline(components=["actors"], nlp=nlp))
    errors = report.pop("errors")
    result = {"plover_gsr": report, "errors_sample": errors[:40], "python": platform.python_version()}
    if args.wikinews and WIKINEWS.exists():
        result["speed_wikinews"] = wikinews_speed(nlp, args.wikinews)
    if args.conflibert and CONFLIBERT.exists():  # needs the events component: the full pipeline
        result["conflibert_event_actor_mentions"] = evaluate_conflibert(
            CONFLIBERT, limit=None if args.conflibert < 0 else args.conflibert)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "errors_sample"}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
