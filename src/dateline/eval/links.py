"""``dateline eval links GOLD.jsonl``: link dateline's events across the gold documents and score them.

Gold: one document per line, ``{"id", "date", "text", "mentions": [{"start", "end", "cluster"}]}`` (the
converted GVC / ECB+ files in ../shared/data/links/). ``subtopic`` (the gold incident) is never an input;
it is read only for the document-level score, where each article is one mention and articles whose
events share a cluster are grouped (the question analysts ask: which articles report the same incident?).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import Rejected
from ..link import Links, link_records
from ..records import Article, Record
from .coref_metrics import evaluate, score


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def extract(gold: list[dict[str, Any]], pipeline: Any) -> list[Record]:
    articles = [Article(id=str(d["id"]), text=d["text"], date=d.get("date")) for d in gold]
    return [r for r in pipeline.process(articles) if not isinstance(r, Rejected)]


def predictions(records: Iterable[Record], links: Links) -> list[dict[str, Any]]:
    """Scorer-format lines: each event trigger is a mention carrying its cluster."""
    return [{"id": r.id, "mentions": [{"start": e.trigger[0], "end": e.trigger[1],
                                       "cluster": links.event_cluster[e.id]} for e in r.events if e.trigger]}
            for r in records]


def article_groups(records: Iterable[Record], links: Links) -> dict[str, str]:
    """article id -> group: articles whose events share a cluster are one group (union-find)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for record in records:
        find(f"a:{record.id}")
        for event in record.events:
            parent[find(f"a:{record.id}")] = find(f"c:{links.event_cluster[event.id]}")
    return {key[2:]: find(key) for key in list(parent) if key.startswith("a:")}


def document_level(gold: list[dict[str, Any]], groups: dict[str, str]) -> dict[str, Any]:
    key: dict[str, set[str]] = {}
    resp: dict[str, set[str]] = {}
    for doc in gold:
        if "subtopic" in doc:
            key.setdefault(str(doc["subtopic"]), set()).add(doc["id"])
        resp.setdefault(groups.get(doc["id"], doc["id"]), set()).add(doc["id"])
    return score(list(key.values()), list(resp.values())) if key else {}


def run_eval(gold_path: str | Path, pipeline: Any, pred_out: str | Path | None = None) -> dict[str, Any]:
    gold = read_gold(gold_path)
    records = extract(gold, pipeline)
    links = link_records(records)
    pred = predictions(records, links)
    if pred_out:
        Path(pred_out).write_text("".join(json.dumps(p) + "\n" for p in pred), encoding="utf-8")
    result = {"documents": len(gold), "extracted": len(records),
              "mention_level": evaluate({str(d["id"]): d.get("mentions", []) for d in gold},
                                        {p["id"]: p["mentions"] for p in pred})}
    doc_level = document_level(gold, article_groups(records, links))
    if doc_level:
        result["document_level"] = doc_level
    return result


def _fmt(res: dict[str, Any]) -> str:
    lines = [f"  {k:7s} R {100 * res[k][0]:6.2f}  P {100 * res[k][1]:6.2f}  F1 {100 * res[k][2]:6.2f}"
             for k in ("MUC", "B3", "CEAF-e")]
    return "\n".join(lines + [f"  CoNLL F1 {100 * res['CoNLL_F1']:6.2f}"])


def register(tasks: argparse._SubParsersAction) -> None:
    p = tasks.add_parser("links", help="cross-article event linking (GVC / ECB+ JSONL)")
    p.add_argument("gold", help="gold JSONL (e.g. ../shared/data/links/gvc_val.jsonl)")
    p.add_argument("--pred-out", help="also write the predictions in the reference scorer's format")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..pipeline import Pipeline

    result = run_eval(args.gold, Pipeline(), args.pred_out)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{result['extracted']}/{result['documents']} documents extracted")
    print("mention level (event triggers vs gold event mentions):")
    print(_fmt(result["mention_level"]))
    m = result["mention_level"]["mentions"]
    print(f"  mentions: gold {m['gold']}, predicted {m['pred']}, matched {m['matched']}")
    if "document_level" in result:
        print("document level (articles grouped by shared event clusters vs gold incidents):")
        print(_fmt(result["document_level"]))
    return 0
