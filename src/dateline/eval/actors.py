"""``dateline eval actors``: country-code accuracy of source/target actors on the PLOVER GSR sentences.

For each gold actor that carries a code, its ``actorText`` is located in the sentence and matched to the
dateline actor whose mention overlaps it most; the actor's country is compared with the gold code.
Gold quirks normalised here, not in the component: CAMEO's ``JAP`` is ISO3 ``JPN``, and the gold's ``IGO``
covers PLOVER's finer ``UNO``/``EUR``.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

DEFAULT_GOLD = Path("../shared/data/events/plover/PLOVER_GSR_CAMEO.txt")
DEFAULT_CONFLIBERT = Path("../shared/data/events/conflibert/cameo_ner__train.txt")
GOLD_ALIASES = {"JAP": "JPN", "ROM": "ROU", "TMP": "TLS", "ITL": "ITA"}  # CAMEO-era codes and a gold typo
IGO_FAMILY = {"IGO", "UNO", "EUR"}


def gold_actors(item: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(role, actor text, code) for the coded source/target actors of one gold sentence."""
    out = []
    for role in ("source", "target"):
        value = item.get(role)
        if isinstance(value, dict):
            value = [value]
        if not isinstance(value, list):
            continue
        for actor in value:
            if isinstance(actor, dict) and actor.get("code") and actor.get("actorText"):
                out.append((role, str(actor["actorText"]), str(actor["code"]).strip().upper()))
    return out


def locate(text: str, actor_text: str) -> tuple[int, int] | None:
    """Character span of the gold actor text in the sentence: whole words, exact case first ('US' is not
    the 'us' of 'push'); '...' gaps take the last part."""
    parts = [actor_text, *reversed([p.strip() for p in actor_text.split("...") if p.strip()])]
    for flags in (0, re.IGNORECASE):
        for part in parts:
            m = re.search(r"(?<!\w)" + re.escape(part) + r"(?!\w)", text, flags)
            if m:
                return m.start(), m.end()
    return None


def covering_country(record: Any, start: int, end: int) -> tuple[str | None, str | None]:
    """(country, actor name) of the actor whose mention overlaps [start, end) most."""
    best, best_overlap = None, 0
    for actor in record.actors:
        for s, e in actor.mentions + actor.metonymy:
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = actor, overlap
    return (best.country, best.name) if best else (None, None)


def same_code(gold: str, pred: str | None) -> bool:
    gold = GOLD_ALIASES.get(gold, gold)
    if pred is None:
        return False
    if gold == "IGO":
        return pred in IGO_FAMILY
    return gold == pred


def evaluate(gold_path: Path, limit: int | None = None, pipeline: Any = None) -> dict[str, Any]:
    from ..pipeline import Pipeline
    from ..records import Article

    items = [x for x in json.loads(gold_path.read_text("utf-8")) if x.get("text")]
    if limit:
        items = items[:limit]
    pipeline = pipeline or Pipeline(components=["actors"])
    articles = [Article(id=str(x.get("id", n)), text=x["text"], date=x.get("date")) for n, x in enumerate(items)]
    t0 = time.perf_counter()
    records = list(pipeline.process(articles))
    seconds = time.perf_counter() - t0
    counts: Counter[str] = Counter()
    errors = []
    for item, record in zip(items, records, strict=True):
        if not hasattr(record, "actors"):  # a rejected sentence: its actors count as misses
            record = Article(id="", text=item["text"])
            record.actors = []  # type: ignore[attr-defined]
        for role, actor_text, code in gold_actors(item):
            counts[f"{role}_total"] += 1
            span = locate(item["text"], actor_text)
            pred, name = covering_country(record, *span) if span else (None, None)
            if name is not None:
                counts[f"{role}_found"] += 1
            if same_code(code, pred):
                counts[f"{role}_correct"] += 1
            else:
                errors.append({"id": item.get("id"), "role": role, "actor": actor_text, "gold": code,
                               "pred": pred, "matched": name})
    total = counts["source_total"] + counts["target_total"]
    correct = counts["source_correct"] + counts["target_correct"]

    def ratio(a: int, b: int) -> float:
        return round(a / b, 4) if b else 0.0

    return {
        "gold": str(gold_path), "sentences": len(items), "actors": total,
        "country_accuracy": ratio(correct, total),
        "source_accuracy": ratio(counts["source_correct"], counts["source_total"]),
        "target_accuracy": ratio(counts["target_correct"], counts["target_total"]),
        "actor_found": ratio(counts["source_found"] + counts["target_found"], total),
        "seconds": round(seconds, 2), "errors": errors,
    }


def actor_role_spans(record: Any) -> dict[str, set[tuple[int, int]]]:
    """Mentions of the actors that events name as source (S) or target (T)."""
    by_id = {a.id: a for a in record.actors}
    out: dict[str, set[tuple[int, int]]] = {"S": set(), "T": set()}
    for ev in record.events:
        for role, ids in (("S", ev.source), ("T", ev.target)):
            for actor_id in ids:
                actor = by_id.get(actor_id)
                if actor is not None:
                    out[role].update((s, e) for s, e in actor.mentions + actor.metonymy)
    out["T"] -= out["S"]
    return out


def evaluate_conflibert(gold_path: Path, limit: int | None = None, pipeline: Any = None) -> dict[str, Any]:
    """Mention-level P/R/F1 of event source/target actors against ConfliBERT's S/T tags (overlap and exact)."""
    from ..pipeline import Pipeline
    from .events import read_conflibert_ner, run_pipeline

    sents = read_conflibert_ner(gold_path)[:limit] if limit else read_conflibert_ner(gold_path)
    pipeline = pipeline or Pipeline()
    records = run_pipeline(pipeline, ((f"ner{i}", s["text"], None) for i, s in enumerate(sents)))
    counts: dict[str, Counter[str]] = {"S": Counter(), "T": Counter()}
    for gold, record in zip(sents, records, strict=True):
        pred = actor_role_spans(record) if hasattr(record, "actors") else {"S": set(), "T": set()}
        for role in ("S", "T"):
            golds = [tuple(g) for g in gold[role]]
            c = counts[role]
            c["pred"] += len(pred[role])
            c["gold"] += len(golds)
            c["pred_ok"] += sum(any(p[0] < g[1] and g[0] < p[1] for g in golds) for p in pred[role])
            c["gold_ok"] += sum(any(p[0] < g[1] and g[0] < p[1] for p in pred[role]) for g in golds)
            c["exact"] += len(pred[role] & set(golds))

    def prf(c: Counter[str]) -> dict[str, float]:
        p = c["pred_ok"] / c["pred"] if c["pred"] else 0.0
        r = c["gold_ok"] / c["gold"] if c["gold"] else 0.0
        ep = c["exact"] / c["pred"] if c["pred"] else 0.0
        er = c["exact"] / c["gold"] if c["gold"] else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                "exact_f1": round(2 * ep * er / (ep + er), 4) if ep + er else 0.0}

    return {"gold": str(gold_path), "sentences": len(sents), "source": prf(counts["S"]),
            "target": prf(counts["T"]), "overall": prf(counts["S"] + counts["T"])}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("actors", help="actor country accuracy on the PLOVER GSR sentences")
    p.add_argument("--gold", default=str(DEFAULT_GOLD), help="PLOVER_GSR_CAMEO.txt (JSON list)")
    p.add_argument("--limit", type=int, help="only the first N sentences")
    p.add_argument("--json", action="store_true", help="print the full report (with errors) as JSON")
    p.add_argument("--conflibert", metavar="CONLL", nargs="?", const=str(DEFAULT_CONFLIBERT),
                   help="also score event source/target actor mentions on ConfliBERT cameo_ner (full pipeline)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..errors import ConfigError

    gold = Path(args.gold)
    if not gold.exists():
        raise ConfigError(f"gold file not found: {gold}")
    report = evaluate(gold, limit=args.limit)
    if args.conflibert:
        report["conflibert"] = evaluate_conflibert(Path(args.conflibert), limit=args.limit)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    print(f"PLOVER GSR: {report['sentences']} sentences, {report['actors']} coded actors")
    print(f"country accuracy {report['country_accuracy']:.3f} (source {report['source_accuracy']:.3f}, "
          f"target {report['target_accuracy']:.3f}); actor found for {report['actor_found']:.3f}")
    if "conflibert" in report:
        c = report["conflibert"]
        print(f"ConfliBERT cameo_ner ({c['sentences']} sentences), event actor mentions: "
              + "; ".join(f"{r} F1 {c[r]['f1']:.3f} (exact {c[r]['exact_f1']:.3f})" for r in ("source", "target")))
    return 0
