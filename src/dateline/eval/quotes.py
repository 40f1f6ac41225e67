"""``dateline eval quotes GOLD``: run the pipeline on a quote gold set and score it.

The scoring logic is the reference scorer's (../shared/tools/score_quotes.py) carried over unchanged in
substance, so both print the same figures on the same predictions (a test checks it): quote P/R/F1 at
exact / 80% / 30% of gold characters, speaker and cue accuracy, end-to-end F1, and Citron-style content
character overlap. Gold formats: PolNeAR JSONL, GGT JSONL, or a German Wikinews directory.
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterable
from typing import Any

TRIM = set(" \t\n\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb,.:;")
THRESHOLDS: tuple[str | float, ...] = ("exact", 0.8, 0.3)


def charset(spans: Iterable[list[int]] | None, text: str) -> set[int]:
    s: set[int] = set()
    raw: set[int] = set()
    for a, b in spans or []:
        raw.update(range(a, min(b, len(text))))
        s.update(i for i in range(a, b) if i < len(text) and text[i] not in TRIM)
    return s or raw  # punctuation-only spans (PolNeAR ':' cues) fall back to raw chars


def load_gold(path: str) -> dict[str, dict[str, Any]]:
    """{doc id: {"text", "quotes": [{content, speaker, cue, name}], and "date" when the gold has one}}."""
    docs: dict[str, dict[str, Any]] = {}
    if os.path.isdir(path):  # German Wikinews dataset
        for f in glob.glob(os.path.join(path, "*.json")):
            with open(f, encoding="utf8") as fh:
                d = json.load(fh)
            did = os.path.basename(f).split(" - ")[0]
            qs = []
            for a in d["annotations"]:
                def sp(role: str, a: dict[str, Any] = a) -> list[list[int]]:
                    return [[s["charBegin"], s["charEnd"]] for s in a.get(role, {}).get("spans", [])]
                qs.append({"content": sp("quote"), "speaker": sp("speaker"), "cue": sp("cue"),
                           "name": None, "medium": a.get("medium"), "type": a.get("type")})
            docs[did] = {"text": d["originalText"], "quotes": qs, "date": None}
        return docs
    with open(path, encoding="utf8") as fh:
        for line in fh:
            d = json.loads(line)
            if "attributions" in d:  # PolNeAR
                qs = [{"content": [x[:2] for x in a["content"]], "speaker": [x[:2] for x in a["source"]],
                       "cue": [x[:2] for x in a["cue"]], "name": None} for a in d["attributions"]]
            else:  # GGT
                qs = [{"content": [q["quote_span"]] if q["quote_span"] else [],
                       "speaker": [q["speaker_span"]] if q.get("speaker_span") else [],
                       "cue": [q["verb_span"]] if q.get("verb_span") else [],
                       "name": q.get("reference")} for q in d["quotes"] if q.get("quote_span")]
            docs[str(d["id"])] = {"text": d["text"], "quotes": qs, "date": d.get("date")}
    return docs


def norm_name(s: str | None) -> str:
    s = "".join(c for c in unicodedata.normalize("NFKD", s or "") if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9 ]", "", s.lower()).strip()


def name_ok(pred: str | None, gold: str | None) -> bool:
    p, g = norm_name(pred), norm_name(gold)
    return bool(p and g) and (p == g or p.split()[-1] == g.split()[-1])


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: dict[str, dict[str, Any]], preds: dict[str, list[dict[str, Any]]],
          thresholds: Iterable[str | float] = THRESHOLDS, min_pred_cov: float = 0.5) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for t in thresholds:
        c: collections.Counter[str] = collections.Counter()
        for did, g in gold.items():
            text = g["text"]
            P = preds.get(did, [])
            gsets = [charset(q["content"], text) for q in g["quotes"]]
            psets = [charset(q.get("content"), text) for q in P]
            cands = []
            for i, gs in enumerate(gsets):
                for j, ps in enumerate(psets):
                    if not gs or not ps:
                        continue
                    inter = len(gs & ps)
                    if t == "exact":
                        ok, sc = gs == ps, 1.0
                    else:
                        sc = inter / len(gs)
                        ok = sc >= t and inter / len(ps) >= min_pred_cov
                    if ok:
                        cands.append((sc, i, j))
            usedg: set[int] = set()
            usedp: set[int] = set()
            for _sc, i, j in sorted(cands, reverse=True):
                if i in usedg or j in usedp:
                    continue
                usedg.add(i)
                usedp.add(j)
                c["tp"] += 1
                gq, pq = g["quotes"][i], P[j]
                spk = None
                if gq["speaker"]:
                    c["spk_n"] += 1
                    spk = bool(charset(gq["speaker"], text) & charset(pq.get("speaker"), text))
                    c["spk_ok"] += spk
                if gq["cue"]:
                    c["cue_n"] += 1
                    c["cue_ok"] += bool(charset(gq["cue"], text) & charset(pq.get("cue"), text))
                nm = None
                if gq.get("name"):
                    c["name_n"] += 1
                    nm = name_ok(pq.get("speaker_name"), gq["name"])
                    c["name_ok"] += nm
                if (nm if pq.get("speaker_name") and gq.get("name")
                        else (spk if spk is not None else not pq.get("speaker"))):
                    c["e2e_tp"] += 1
            c["fp"] += len(P) - len(usedp)
            c["fn"] += len(gsets) - len(usedg)
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        _ep, _er, ef = prf(c["e2e_tp"], c["tp"] + c["fp"] - c["e2e_tp"], c["tp"] + c["fn"] - c["e2e_tp"])
        out[str(t)] = {"P": round(p, 4), "R": round(r, 4), "F1": round(f, 4), "e2e_F1": round(ef, 4),
                       "speaker_acc": round(c["spk_ok"] / c["spk_n"], 4) if c["spk_n"] else None,
                       "cue_acc": round(c["cue_ok"] / c["cue_n"], 4) if c["cue_n"] else None,
                       "name_acc": round(c["name_ok"] / c["name_n"], 4) if c["name_n"] else None,
                       "n_gold": c["tp"] + c["fn"], "n_pred": c["tp"] + c["fp"]}
    inter = pl = gl = 0
    for did, g in gold.items():
        G = set().union(*[charset(q["content"], g["text"]) for q in g["quotes"]]) if g["quotes"] else set()
        pq_list = preds.get(did)
        Pp = set().union(*[charset(q.get("content"), g["text"]) for q in pq_list]) if pq_list else set()
        inter += len(G & Pp)
        pl += len(Pp)
        gl += len(G)
    p = inter / pl if pl else 0
    r = inter / gl if gl else 0
    out["content_char_overlap"] = {"P": round(p, 4), "R": round(r, 4),
                                   "F1": round(2 * p * r / (p + r), 4) if p + r else 0}
    return out


def predict(gold: dict[str, dict[str, Any]], components: list[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """Run dateline on each gold text (with its date) and return predictions in the scorer's format."""
    from ..pipeline import Pipeline
    from ..records import Article

    pipeline = Pipeline(components=components or ["times", "actors", "quotes"])
    articles = [Article(id=did, text=g["text"], date=g.get("date")) for did, g in gold.items()]
    preds: dict[str, list[dict[str, Any]]] = {}
    for item in pipeline.process(articles):
        quotes = getattr(item, "quotes", None)
        if quotes is None:
            continue
        preds[item.id] = [prediction_row(q) for q in quotes]
    return preds


def prediction_row(quote: Any) -> dict[str, Any]:
    return {"content": quote.content, "speaker": quote.speaker, "cue": quote.cue,
            "speaker_name": quote.speaker_name, "kind": quote.kind}


def write_predictions(path: str, preds: dict[str, list[dict[str, Any]]]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for did, quotes in preds.items():
            fh.write(json.dumps({"id": did, "quotes": quotes}, ensure_ascii=False) + "\n")


def read_predictions(path: str) -> dict[str, list[dict[str, Any]]]:
    preds = {}
    with open(path, encoding="utf8") as fh:
        for line in fh:
            d = json.loads(line)
            preds[str(d["id"])] = d.get("quotes", [])
    return preds


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("quotes", help="quote extraction and attribution (PolNeAR / GGT JSONL, German dir)")
    p.add_argument("gold", metavar="GOLD", help="gold JSONL (PolNeAR or GGT) or German Wikinews directory")
    p.add_argument("--pred", help="score these predictions (scorer's JSONL) instead of running the pipeline")
    p.add_argument("--write-pred", metavar="FILE", help="also write the predictions here")
    p.add_argument("--min-pred-cov", type=float, default=0.5,
                   help="also require |pred∩gold|/|pred| >= this (default 0.5, as the reference scorer)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    gold = load_gold(args.gold)
    preds = read_predictions(args.pred) if args.pred else predict(gold)
    if args.write_pred:
        write_predictions(args.write_pred, preds)
    json.dump(score(gold, preds, min_pred_cov=args.min_pred_cov), sys.stdout, indent=1)
    print()
    return 0
