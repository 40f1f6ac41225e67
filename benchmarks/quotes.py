"""Quotes benchmark: PolNeAR dev accuracy (reference scorer's metrics), the gap explained by beliefs, polls
and documents, and the component's cost next to the model's.

Accuracy: ``dateline eval quotes`` logic on ../shared/data/quotes/polnear/polnear_dev.jsonl (84 articles).
PolNeAR marks no attribution type, so beliefs, polls and documents are estimated from the gold cue and source
words (lists below); the score is recomputed with those gold attributions (and the predictions that match
them) left out. Speed: Wikinews articles are parsed once with the model, times and actors; then the quotes
component runs alone on the parsed Docs (budget ~10 ms per article). Writes benchmarks/results/quotes.json.

    .venv/bin/python benchmarks/quotes.py [--wikinews N] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
from pathlib import Path
from typing import Any

from wikinews_docs import WIKINEWS, parsed_wikinews

from dateline.components.quotes.cues import CUE_VERBS
from dateline.eval.quotes import charset, load_gold, predict, score
from dateline.nlp import build_nlp

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
DEV = SHARED / "quotes" / "polnear" / "polnear_dev.jsonl"
OUT = ROOT / "benchmarks" / "results" / "quotes.json"

BELIEF_CUES = re.compile(r"\b(?:believ|think|thought|feel|felt|know|knew|want|hope|fear|worr|expect|doubt|"
                         r"wish|prefer|like|see|seem|appear|consider|suspect)", re.I)
POLL_SOURCES = re.compile(r"\b(?:poll|polls|survey|percent|%|voters|respondents|majority|half|third|quarter|"
                          r"most|plurality|americans|democrats|republicans)\b", re.I)
DOCUMENT_SOURCES = re.compile(r"\b(?:report|document|study|memo|letter|record|records|filing|court|article|"
                              r"email|emails|ad|book|data|statement|bill|law|analysis|transcript|website|"
                              r"post|tweet|headline|story|paper|newspaper|times|journal)\b", re.I)


IRREGULAR = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
             "thought": "think", "knew": "know", "known": "know", "found": "find", "sought": "seek",
             "felt": "feel", "spoke": "speak", "spoken": "speak", "saying": "say"}
_SUFFIX = re.compile(r"(?:ing|ed|es|s|d)$")


def is_lexicon_cue(cue: str) -> bool:
    """Whether a gold cue holds a verb of dateline's cue lexicon (or is a colon / 'according to')."""
    words = [IRREGULAR.get(w, w) for w in re.findall(r"[a-z]+", cue.lower())]
    if not words or "according" in words:
        return True
    return any(w in CUE_VERBS or _SUFFIX.sub("", w) in CUE_VERBS or _SUFFIX.sub("", w) + "e" in CUE_VERBS
               or w[:-3] in CUE_VERBS for w in words)


def category(text: str, quote: dict[str, Any]) -> str:
    source = " ".join(text[s:e] for s, e in quote["speaker"])
    cue = " ".join(text[s:e] for s, e in quote["cue"])
    if POLL_SOURCES.search(source):
        return "poll"
    if DOCUMENT_SOURCES.search(source):
        return "document"
    if BELIEF_CUES.search(cue):
        return "belief"
    if not is_lexicon_cue(cue):
        return "eventuality"  # actions and stances ("cheered for", "banned"): no verb of saying
    return "statement"


def without(gold: dict[str, Any], preds: dict[str, list], drop: set[str]) -> tuple[dict, dict]:
    """Gold and predictions with the dropped categories left out (a prediction goes with the gold it hits)."""
    g2, p2 = {}, {}
    for did, g in gold.items():
        text = g["text"]
        keep, gone = [], []
        for q in g["quotes"]:
            (gone if category(text, q) in drop else keep).append(q)
        gone_sets = [charset(q["content"], text) for q in gone]
        g2[did] = {**g, "quotes": keep}
        p2[did] = [p for p in preds.get(did, []) if not any(
            len(charset(p["content"], text) & gs) >= 0.5 * max(1, len(charset(p["content"], text)))
            for gs in gone_sets)]
    return g2, p2


def wikinews_speed(limit: int) -> dict[str, Any]:
    nlp = build_nlp(["times", "actors", "quotes"])
    parsed, model_s = parsed_wikinews(nlp, limit, ["times", "actors", "quotes"])
    for name in ("times", "actors"):
        for doc in parsed:
            nlp.get_pipe(name)(doc)
    component = nlp.get_pipe("quotes")
    start = time.process_time()
    n_quotes = 0
    for doc in parsed:
        component(doc)
        n_quotes += len(doc._.dl_quotes)
    quotes_s = time.process_time() - start
    n = len(parsed)
    return {"articles": n, "characters": sum(len(d.text) for d in parsed),
            "model_cpu_s": round(model_s, 3), "quotes_cpu_s": round(quotes_s, 3),
            "model_ms_per_article": round(1000 * model_s / n, 2),
            "quotes_ms_per_article": round(1000 * quotes_s / n, 2),
            "quotes_share_of_model": round(quotes_s / model_s, 4),
            "quotes_per_article": round(n_quotes / n, 2)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wikinews", type=int, default=60, help="Wikinews articles to time (0: skip)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N dev articles (0: all)")
    args = ap.parse_args()
    if not DEV.exists():
        print(f"no gold data at {DEV}", file=sys.stderr)
        return 1
    gold = load_gold(str(DEV))
    if args.limit:
        gold = dict(list(gold.items())[:args.limit])
    start = time.perf_counter()
    preds = predict(gold)
    wall = time.perf_counter() - start
    counts: dict[str, int] = {}
    for g in gold.values():
        for q in g["quotes"]:
            c = category(g["text"], q)
            counts[c] = counts.get(c, 0) + 1
    result: dict[str, Any] = {
        "data": "PolNeAR dev", "articles": len(gold), "pipeline_wall_s": round(wall, 1),
        "polnear_dev": score(gold, preds),
        "gold_categories_estimated": counts,
        "without_beliefs_polls_documents": score(*without(gold, preds, {"belief", "poll", "document"})),
        "without_beliefs": score(*without(gold, preds, {"belief"}))["0.3"],
        "without_polls": score(*without(gold, preds, {"poll"}))["0.3"],
        "without_documents": score(*without(gold, preds, {"document"}))["0.3"],
        "without_eventualities": score(*without(gold, preds, {"eventuality"}))["0.3"],
        "statements_only": score(*without(gold, preds, {"belief", "poll", "document", "eventuality"}))["0.3"],
        "python": platform.python_version(),
    }
    if args.wikinews and WIKINEWS.exists():
        result["speed_wikinews"] = wikinews_speed(args.wikinews)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
