"""Times benchmark: TempEval-3 Task A figures on TBAQ-cleaned and the component's cost next to the model's.

Parses every document once with the bare model (times disabled), then runs the times component on the
parsed Docs, so the model time and the component time are measured on the same input. Scores with the
same logic as ../shared/tools/score_times.py. Also times the component on Wikinews articles (the speed
budget is ~10 ms per article). Writes benchmarks/results/times.json.

    .venv/bin/python benchmarks/times.py [--limit N] [--wikinews N]
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

from wikinews_docs import WIKINEWS, parsed_wikinews

from dateline.components.base import ensure_extension
from dateline.eval.times import read_gold, score_pairs, system_timexes
from dateline.nlp import build_nlp

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
TBAQ = SHARED / "times" / "tbaq-cleaned"
OUT = ROOT / "benchmarks" / "results" / "times.json"


def parse(nlp, items: list[tuple[str, str | None]]) -> tuple[list, float]:
    """Docs for (text, date) pairs through the model only; seconds of CPU spent."""
    docs = []
    for text, date in items:
        doc = nlp.make_doc(text)
        doc._.dl_date = date
        docs.append(doc)
    start = time.process_time()
    with nlp.select_pipes(disable=["times"]):
        parsed = list(nlp.pipe(docs, batch_size=16))
    return parsed, time.process_time() - start


def run_times(nlp, docs: list) -> float:
    component = nlp.get_pipe("times")
    start = time.process_time()
    for doc in docs:
        component(doc)
    return time.process_time() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, help="only the first N TBAQ documents")
    ap.add_argument("--wikinews", type=int, default=100, help="Wikinews articles to time (0: skip)")
    args = ap.parse_args()
    if not TBAQ.is_dir():
        print(f"no gold data at {TBAQ}", file=sys.stderr)
        return 1
    ensure_extension("dl_times")
    nlp = build_nlp(["times"])
    gold = read_gold(TBAQ, args.limit)
    docs, model_s = parse(nlp, [(g.text, g.dct) for g in gold])
    times_s = run_times(nlp, docs)
    triples = [(g.name, g.timexes, system_timexes(g.text, d._.dl_times)) for g, d in zip(gold, docs, strict=True)]
    scores = score_pairs(triples)
    result = {
        "data": f"TBAQ-cleaned ({len(gold)} documents: TimeBank + AQUAINT)",
        "value_F1": scores["value_F1"], "strict_F1": scores["strict_F1"], "relaxed_F1": scores["relaxed_F1"],
        "type_accuracy": scores["type_acc"], "value_accuracy": scores["value_acc"], "type_F1": scores["type_F1"],
        "scores": scores,
        "speed_tbaq": {"characters": sum(len(g.text) for g in gold), "model_cpu_s": round(model_s, 3),
                       "times_cpu_s": round(times_s, 3), "times_share_of_model": round(times_s / model_s, 4)},
        "reference": {"HeidelTime_TE3_value_F1": 0.776},
        "python": platform.python_version(),
    }
    if args.wikinews and WIKINEWS.exists():
        wdocs, wmodel = parsed_wikinews(nlp, args.wikinews, ["times"])
        wtimes = run_times(nlp, wdocs)
        result["speed_wikinews"] = {
            "articles": len(wdocs), "model_ms_per_article": round(1000 * wmodel / len(wdocs), 2),
            "times_ms_per_article": round(1000 * wtimes / len(wdocs), 2),
            "times_share_of_model": round(wtimes / wmodel, 4),
            "expressions_per_article": round(sum(len(d._.dl_times) for d in wdocs) / len(wdocs), 2)}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "scores"}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
