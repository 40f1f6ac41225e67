"""Events benchmark: accuracy on the PLOVER GSR, PETRARCH-2 GSR and ConfliBERT sets, and the component's cost.

    .venv/bin/python benchmarks/events.py [--limit N] [--articles N]

Accuracy comes from ``dateline.eval.events`` (the same code as ``dateline eval events``). Speed: Wikinews
articles are parsed once with every component but events, then the events component alone runs on those
Docs, so its time per article is measured apart from the model's (budget ~12 ms per article).
Writes benchmarks/results/events.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RESULT = ROOT / "benchmarks/results/events.json"
TARGETS = {"plover_type_accuracy": 0.85, "plover_macro_f1": 0.80, "plover_source_country": 0.85,
           "plover_target_country": 0.80, "petr2_type_accuracy": 0.70, "conflibert_pentacode_macro_f1": 0.75,
           "conflibert_role_span_f1": 0.70}


def wikinews_texts(limit: int) -> list[tuple[str, str]]:
    csv.field_size_limit(sys.maxsize)
    out = []
    for path in sorted((SHARED / "data/corpora/wikinews").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                out.append((row["text"], row["date"][:10]))
    return out[:limit]


def speed(pipeline, articles: list[tuple[str, str]]) -> dict:
    nlp = pipeline.nlp
    events = nlp.get_pipe("events")
    docs = []
    t0 = time.perf_counter()
    with nlp.select_pipes(disable=["events"]):
        for text, date in articles:
            doc = nlp.make_doc(text)
            doc._.dl_date = date
            docs.append(nlp(doc))
    rest = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_events = 0
    for doc in docs:
        n_events += len(events(doc)._.dl_events)
    ev_time = time.perf_counter() - t0
    n = len(articles)
    return {"articles": n, "events": n_events, "events_ms_per_article": round(1000 * ev_time / n, 2),
            "other_pipeline_ms_per_article": round(1000 * rest / n, 1),
            "events_share_of_pipeline": round(ev_time / (ev_time + rest), 4)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N items of each gold set")
    parser.add_argument("--articles", type=int, default=60, help="Wikinews articles for the speed run")
    args = parser.parse_args()
    if not (SHARED / "data/events").exists():
        print("../shared/data/events not available", file=sys.stderr)
        return 1
    from dateline import Pipeline
    from dateline.eval.events import evaluate

    pipeline = Pipeline()
    result = {"machine": platform.platform(), "python": platform.python_version(),
              "components": pipeline.nlp.pipe_names}
    result.update(evaluate(limit=args.limit, pipeline=pipeline))
    result["speed_wikinews"] = speed(pipeline, wikinews_texts(args.articles))
    measured = {
        "plover_type_accuracy": result["plover_gsr"]["type_accuracy"],
        "plover_macro_f1": result["plover_gsr"]["type_macro_f1"],
        "plover_source_country": result["plover_gsr"]["source_country_accuracy"],
        "plover_target_country": result["plover_gsr"]["target_country_accuracy"],
        "petr2_type_accuracy": result["petr2_gsr"]["type_accuracy"],
        "conflibert_pentacode_macro_f1": result["conflibert_pentacode"]["macro_f1"],
        "conflibert_role_span_f1": result["conflibert_roles"]["overall"]["f1"],
    }
    result["acceptance"] = {k: {"target": TARGETS[k], "measured": v, "met": v is not None and v >= TARGETS[k]}
                            for k, v in measured.items()}
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result["acceptance"], indent=2))
    print(json.dumps(result["speed_wikinews"], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
