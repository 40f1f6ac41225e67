"""``dateline eval events``: score the events component on the PLOVER GSR, PETRARCH-2 GSR and ConfliBERT sets.

- PLOVER GSR (JSON list, PLOVER v0.5 labels mapped: DEMAND->REQUEST, DISAPPROVE->ACCUSE/disapprove,
  INVESTIGATE->ACCUSE/investigate, FIGHT->ASSAULT): event-type accuracy and macro-F1 of the sentence's most
  confident event; source and target country accuracy, the country coming from the actor records of the
  event's source/target actors.
- PETR2_GSR_validation.xml (CAMEO codes -> PLOVER with CAMEO2PLOVER-2021's cue-category table): a sentence is
  right when its most confident event's type is one of the gold events' types.
- ConfliBERT cameo_class: pentacode macro-F1 (no event -> 0; AGREE/CONSULT/SUPPORT -> 1; CONCEDE/RETREAT/
  COOPERATE/AID -> 2; ACCUSE/REQUEST/REJECT/THREATEN -> 3; PROTEST/MOBILIZE/SANCTION/COERCE/ASSAULT -> 4).
- ConfliBERT cameo_ner: source/target span F1 (event sources and quote speakers vs S tags, event targets vs
  T tags; a predicted span matches a gold span of the same role when they overlap).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..records import Article, Record

SHARED_EVENTS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "events"
V05_MAP = {"DEMAND": ("REQUEST", None), "DISAPPROVE": ("ACCUSE", "disapprove"),
           "INVESTIGATE": ("ACCUSE", "investigate"), "FIGHT": ("ASSAULT", None)}
# PLOVER manual, "PLOVER equivalents to CAMEO cue categories" (01 and 02 dropped; 08 split at 084).
CAMEO_ROOTS = {"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
               "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN",
               "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT",
               "19": "ASSAULT", "20": "ASSAULT"}
PENTACODE = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 2, "RETREAT": 2, "COOPERATE": 2, "AID": 2,
             "ACCUSE": 3, "REQUEST": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4, "MOBILIZE": 4,
             "SANCTION": 4, "COERCE": 4, "ASSAULT": 4}
NONE = "NONE"
# The GSR's coders wrote a few country codes that are no ISO 3166 alpha-3 code (CAMEO/COW-style spellings).
GOLD_CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "TMP": "TLS"}


# -- gold readers ---------------------------------------------------------------------------------------
def cameo_to_plover(code: str) -> str | None:
    code = code.strip()
    if code.startswith("08"):
        return "RETREAT" if code[:3] >= "084" else "CONCEDE"
    return CAMEO_ROOTS.get(code[:2])


def _codes(actors: Any) -> list[str]:
    return [a["code"] for a in actors if isinstance(a, dict) and a.get("code")] if isinstance(actors, list) else []


def read_plover_gsr(path: Path) -> list[dict[str, Any]]:
    out = []
    for row in json.loads(path.read_text(encoding="utf-8")):
        if row.get("event") == "DOCUMENT" or not row.get("text"):
            continue
        etype, mode = V05_MAP.get(row["event"], (row["event"], None))
        out.append({"id": row["id"], "text": row["text"], "date": row.get("date"), "type": etype, "mode": mode,
                    "source": _codes(row.get("source")), "target": _codes(row.get("target"))})
    return out


def read_petr2(path: Path) -> list[dict[str, Any]]:
    raw = path.read_text(encoding="utf-8")
    out = []
    for m in re.finditer(r"<Sentence ([^>]*)>(.*?)<Text>\s*(.*?)\s*</Text>", raw, re.S):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        codes = re.findall(r'eventcode="([^"]*)"', m.group(2))
        date = attrs.get("date", "")
        out.append({"id": attrs.get("id"), "text": " ".join(m.group(3).split()),
                    "date": f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else None,
                    "types": sorted({t for t in map(cameo_to_plover, codes) if t}), "codes": codes})
    return out


def read_conflibert_class(path: Path) -> list[tuple[str, int]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            text, label = line.rsplit("\t", 1)
            rows.append((text.strip(), int(label)))
    return rows


def read_conflibert_ner(path: Path) -> list[dict[str, Any]]:
    """Sentences as space-joined tokens, with gold S/T spans (char offsets into that text)."""
    sents, tokens = [], []

    def flush() -> None:
        if not tokens:
            return
        text, spans, pos, cur = "", {"S": [], "T": []}, 0, None
        for word, tag in tokens:
            if text:
                text += " "
            start = len(text)
            text += word
            role = tag[2:] if tag[:2] in ("B-", "I-") else None
            if role == "R":
                role = None
            if role and (tag.startswith("B-") or cur is None or cur[0] != role):
                cur = [role, start, len(text)]
                spans[role].append(cur)
            elif role and cur:
                cur[2] = len(text)
            else:
                cur = None
            pos += 1
        sents.append({"text": text, "S": [(s, e) for _, s, e in spans["S"]],
                      "T": [(s, e) for _, s, e in spans["T"]]})
        tokens.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            tokens.append((parts[0], parts[-1]))
        else:
            flush()
    flush()
    return sents


# -- running ----------------------------------------------------------------------------------------------
def run_pipeline(pipeline: Any, rows: Iterable[tuple[str, str, str | None]]) -> list[Record]:
    articles = [Article(id=i, text=t, date=d) for i, t, d in rows]
    out = []
    for rec in pipeline.process(articles):
        out.append(rec if isinstance(rec, Record) else Record(id="?", text=""))
    return out


def top_event(record: Record) -> Any | None:
    best = None
    for ev in record.events:
        if best is None or ev.confidence > best.confidence:
            best = ev
    return best


def _alpha3(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().upper()
    try:
        import pycountry

        if len(code) == 2:
            c = pycountry.countries.get(alpha_2=code)
            return c.alpha_3 if c else code
    except (ImportError, LookupError, KeyError):
        pass
    return code[:3]


def _is_country(code: str) -> bool:
    try:
        import pycountry

        return pycountry.countries.get(alpha_3=code) is not None
    except (ImportError, LookupError, KeyError):
        return True


def actor_countries(record: Record, ids: list[str]) -> set[str]:
    """Country codes of the actors; an actor coded with a non-country code (UNO, EUR, NATO) also counts as
    the GSR's generic "IGO"."""
    by_id = {a.id: a for a in record.actors}
    out = set()
    for code in (_alpha3(by_id[i].country) for i in ids if i in by_id):
        if code:
            out.add(code)
            if not _is_country(code):
                out.add("IGO")
    return out


def macro_f1(gold: list[str], pred: list[str], labels: Iterable[str]) -> float:
    f1s = []
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(p == label and g != label for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, pred, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s) if f1s else 0.0


# -- scorers ----------------------------------------------------------------------------------------------
def score_plover(pipeline: Any, gold: list[dict[str, Any]]) -> dict[str, Any]:
    records = run_pipeline(pipeline, ((g["id"], g["text"], g["date"]) for g in gold))
    golds, preds, src_ok, src_n, tgt_ok, tgt_n, mode_ok, mode_n = [], [], 0, 0, 0, 0, 0, 0
    confusion: Counter = Counter()
    for g, rec in zip(gold, records, strict=True):
        ev = top_event(rec)
        pred = ev.type if ev else NONE
        golds.append(g["type"])
        preds.append(pred)
        confusion[(g["type"], pred)] += 1
        if g["mode"]:
            mode_n += 1
            mode_ok += bool(ev and ev.type == g["type"] and ev.mode == g["mode"])
        gs = {GOLD_CODE_ALIASES.get(c, c) for c in map(_alpha3, g["source"]) if c and c != "---"}
        gt = {GOLD_CODE_ALIASES.get(c, c) for c in map(_alpha3, g["target"]) if c and c != "---"}
        if gs:
            src_n += 1
            src_ok += bool(ev and actor_countries(rec, ev.source) & gs)
        if gt:
            tgt_n += 1
            tgt_ok += bool(ev and actor_countries(rec, ev.target) & gt)
    labels = sorted(set(golds))
    return {
        "sentences": len(gold),
        "type_accuracy": round(sum(g == p for g, p in zip(golds, preds, strict=True)) / len(gold), 4),
        "type_macro_f1": round(macro_f1(golds, preds, labels), 4),
        "no_event": preds.count(NONE),
        "accuse_mode_accuracy": round(mode_ok / mode_n, 4) if mode_n else None,
        "source_country_accuracy": round(src_ok / src_n, 4) if src_n else None,
        "target_country_accuracy": round(tgt_ok / tgt_n, 4) if tgt_n else None,
        "source_sentences": src_n, "target_sentences": tgt_n,
        "top_confusions": [f"{g}->{p}: {n}" for (g, p), n in confusion.most_common(40) if g != p][:15],
    }


def score_petr2(pipeline: Any, gold: list[dict[str, Any]]) -> dict[str, Any]:
    gold = [g for g in gold if g["types"]]
    records = run_pipeline(pipeline, ((g["id"], g["text"], g["date"]) for g in gold))
    ok = 0
    any_ok = 0
    for g, rec in zip(gold, records, strict=True):
        ev = top_event(rec)
        ok += bool(ev and ev.type in g["types"])
        any_ok += bool({e.type for e in rec.events} & set(g["types"]))
    return {"sentences": len(gold), "type_accuracy": round(ok / len(gold), 4),
            "any_event_type_recall": round(any_ok / len(gold), 4)}


def pentacode(record: Record) -> int:
    ev = top_event(record)
    return PENTACODE.get(ev.type, 0) if ev else 0


def score_pentacode(pipeline: Any, rows: list[tuple[str, int]]) -> dict[str, Any]:
    records = run_pipeline(pipeline, ((f"cb{i}", t, None) for i, (t, _) in enumerate(rows)))
    gold = [str(label) for _, label in rows]
    pred = [str(pentacode(r)) for r in records]
    return {"sentences": len(rows),
            "accuracy": round(sum(g == p for g, p in zip(gold, pred, strict=True)) / len(rows), 4),
            "macro_f1": round(macro_f1(gold, pred, [str(i) for i in range(5)]), 4),
            "per_class_f1": {str(i): round(macro_f1(gold, pred, [str(i)]), 4) for i in range(5)}}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def predicted_roles(record: Record, top_only: bool = False) -> dict[str, list[tuple[int, int]]]:
    src: list[tuple[int, int]] = []
    tgt: list[tuple[int, int]] = []
    top = top_event(record)
    for ev in ([top] if top else []) if top_only else record.events:
        src += [tuple(s) for s in ev.source_spans]
        tgt += [tuple(s) for s in ev.target_spans]
    for q in record.quotes:
        src += [tuple(s) for s in q.speaker]
    return {"S": sorted(set(src)), "T": sorted(set(tgt) - set(src))}


def score_roles(pipeline: Any, sents: list[dict[str, Any]]) -> dict[str, Any]:
    """Span F1 of the most confident event's source/target (plus quote speakers) against S/T tags: the
    gold marks one event per sentence, as the pentacode label does. ``all_events`` scores every event."""
    records = run_pipeline(pipeline, ((f"ner{i}", s["text"], None) for i, s in enumerate(sents)))
    out = _role_scores(sents, records, top_only=True)
    out["all_events"] = _role_scores(sents, records, top_only=False)
    return out


def _role_scores(sents: list[dict[str, Any]], records: list[Record], top_only: bool) -> dict[str, Any]:
    counts = {r: Counter() for r in ("S", "T")}
    for gold, rec in zip(sents, records, strict=True):
        pred = predicted_roles(rec, top_only)
        for role in ("S", "T"):
            counts[role]["pred"] += len(pred[role])
            counts[role]["gold"] += len(gold[role])
            counts[role]["pred_ok"] += sum(any(_overlaps(p, g) for g in gold[role]) for p in pred[role])
            counts[role]["gold_ok"] += sum(any(_overlaps(p, g) for p in pred[role]) for g in gold[role])

    def prf(c: Counter) -> dict[str, float]:
        p = c["pred_ok"] / c["pred"] if c["pred"] else 0.0
        r = c["gold_ok"] / c["gold"] if c["gold"] else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}

    total = counts["S"] + counts["T"]
    return {"sentences": len(sents), "source": prf(counts["S"]), "target": prf(counts["T"]), "overall": prf(total)}


def evaluate(sets: Iterable[str] = ("plover", "petr2", "conflibert"), limit: int | None = None,
             data: Path = SHARED_EVENTS, pipeline: Any = None) -> dict[str, Any]:
    if pipeline is None:
        from ..pipeline import Pipeline

        pipeline = Pipeline()
    out: dict[str, Any] = {}
    for name in sets:
        t0 = time.perf_counter()
        if name == "plover":
            out["plover_gsr"] = score_plover(pipeline, read_plover_gsr(data / "plover" / "PLOVER_GSR_CAMEO.txt")[:limit])
        elif name == "petr2":
            out["petr2_gsr"] = score_petr2(pipeline, read_petr2(data / "petrarch" / "PETR2_GSR_validation.xml")[:limit])
        elif name == "conflibert":
            base = data / "conflibert"
            out["conflibert_pentacode"] = score_pentacode(
                pipeline, read_conflibert_class(base / "cameo_class__train.tsv")[:limit])
            out["conflibert_roles"] = score_roles(pipeline, read_conflibert_ner(base / "cameo_ner__train.txt")[:limit])
        else:
            raise ValueError(f"unknown event gold set {name!r}")
        out.setdefault("seconds", {})[name] = round(time.perf_counter() - t0, 1)
    return out


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("events", help="PLOVER GSR, PETRARCH-2 GSR and ConfliBERT scores of the events component")
    p.add_argument("--set", default="plover,petr2,conflibert", help="comma-separated: plover,petr2,conflibert")
    p.add_argument("--data", default=str(SHARED_EVENTS), help="folder holding plover/ petrarch/ conflibert/")
    p.add_argument("--limit", type=int, help="only the first N items of each set")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    result = evaluate([s for s in args.set.split(",") if s], args.limit, Path(args.data))
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0
