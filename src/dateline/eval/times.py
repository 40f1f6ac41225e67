"""``dateline eval times GOLD_DIR``: run the times component on inline TimeML and score it TempEval-3 style.

The reading and scoring follow ``../shared/tools/score_times.py`` exactly (same tag stripping, same
whitespace trimming, same greedy one-to-one alignment by overlap, same micro-averaged figures), so the
numbers printed here agree with that script run on the files this harness writes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TAG_RE = re.compile(r"<(/?)(\w+)([^>]*)>")
ATTR_RE = re.compile(r'(\w+)="([^"]*)"')
TEXT_RE = re.compile(r"<TEXT>(.*)</TEXT>", re.S)
DCT_RE = re.compile(r"<DCT>.*?value=\"([^\"]+)\"", re.S)


@dataclass
class GoldDoc:
    """One TimeML file: its plain <TEXT> (tags stripped, entities left as written) and gold timexes."""

    name: str  # path relative to the gold folder
    dct: str | None  # YYYY-MM-DD
    text: str
    timexes: list[dict[str, Any]]


# -- reading (same logic as score_times.read_timexes) -------------------------------------------------
def strip_timeml(raw: str) -> tuple[str, list[dict[str, Any]]]:
    """Plain text of <TEXT> and its TIMEX3s (offsets into that text, whitespace-trimmed, DCT left out)."""
    m = TEXT_RE.search(raw)
    body = m.group(1) if m else raw
    found, pieces, pos, stack, offset = [], [], 0, [], 0
    for tm in TAG_RE.finditer(body):
        chunk = body[pos:tm.start()]
        pieces.append(chunk)
        offset += len(chunk)
        closing, name, attrs = tm.group(1), tm.group(2), tm.group(3)
        if name == "TIMEX3":
            if not closing:
                stack.append((offset, dict(ATTR_RE.findall(attrs))))
            elif stack:
                start, a = stack.pop()
                found.append((start, offset, a))
        pos = tm.end()
    pieces.append(body[pos:])
    plain = "".join(pieces)
    out = []
    for s, e, a in found:
        span = plain[s:e]
        s2 = s + len(span) - len(span.lstrip())
        e2 = e - (len(span) - len(span.rstrip()))
        if e2 > s2 and a.get("functionInDocument") != "CREATION_TIME":
            out.append({"start": s2, "end": e2, "type": a.get("type", ""), "value": a.get("value", ""),
                        "text": plain[s2:e2]})
    return plain, out


def read_timexes(path: Path) -> list[dict[str, Any]]:
    return strip_timeml(path.read_text(encoding="utf-8"))[1]


def read_gold_doc(path: Path, root: Path) -> GoldDoc:
    raw = path.read_text(encoding="utf-8")
    text, timexes = strip_timeml(raw)
    m = DCT_RE.search(raw)
    dct = m.group(1)[:10] if m and re.match(r"\d{4}-\d\d-\d\d", m.group(1)) else None
    return GoldDoc(name=str(path.relative_to(root)), dct=dct, text=text, timexes=timexes)


def gold_files(gold_dir: Path) -> list[Path]:
    """Every .tml file under the folder (TBAQ keeps TimeBank and AQUAINT in subfolders), sorted."""
    return sorted(p for p in gold_dir.rglob("*.tml") if p.is_file())


def read_gold(gold_dir: Path, limit: int | None = None) -> list[GoldDoc]:
    files = gold_files(gold_dir)
    return [read_gold_doc(p, gold_dir) for p in (files[:limit] if limit else files)]


# -- writing -----------------------------------------------------------------------------------------
def to_timeml(text: str, times: Iterable[Any], dct: str | None = None) -> str:
    """Inline TimeML with the predicted TIMEX3s (non-overlapping, in order) around the original text."""
    parts, pos = [], 0
    for i, t in enumerate(sorted(times, key=lambda t: (t.start, -t.end)), start=1):
        if t.start < pos:
            continue  # nested or overlapping: TimeML timexes do not nest
        mod = f' mod="{t.mod}"' if t.mod else ""
        parts.append(text[pos:t.start])
        parts.append(f'<TIMEX3 tid="t{i}" type="{t.type}" value="{t.value}"{mod}>{text[t.start:t.end]}</TIMEX3>')
        pos = t.end
    parts.append(text[pos:])
    dct_tag = (f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" functionInDocument="CREATION_TIME">'
               f"{dct}</TIMEX3></DCT>\n") if dct else ""
    return f'<?xml version="1.0" ?>\n<TimeML>\n{dct_tag}<TEXT>{"".join(parts)}</TEXT>\n</TimeML>\n'


# -- scoring (same logic as score_times.align / score) -------------------------------------------------
def align(gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> list[tuple[dict, dict]]:
    """One-to-one pairs of overlapping timexes, greedily by overlap size (ties as the reference sorts)."""
    cands = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            ov = min(g["end"], s["end"]) - max(g["start"], s["start"])
            if ov > 0:
                cands.append((ov, i, j))
    cands.sort(reverse=True)
    pairs, used_g, used_s = [], set(), set()
    for _, i, j in cands:
        if i in used_g or j in used_s:
            continue
        used_g.add(i)
        used_s.add(j)
        pairs.append((gold[i], system[j]))
    return pairs


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_pairs(docs: Iterable[tuple[str, list[dict], list[dict]]],
                errors: list[tuple] | None = None) -> dict[str, Any]:
    """TE3 Task A figures over (name, gold, system) triples; value errors appended to ``errors``."""
    n_gold = n_sys = strict = relaxed = tmatch = vmatch = 0
    for name, gold, system in docs:
        n_gold += len(gold)
        n_sys += len(system)
        for g, s in align(gold, system):
            relaxed += 1
            strict += (g["start"], g["end"]) == (s["start"], s["end"])
            tmatch += g["type"] == s["type"]
            if g["value"] == s["value"]:
                vmatch += 1
            elif errors is not None:
                errors.append((name, g["text"], g["value"], s["text"], s["value"]))
    sp, sr = strict / max(n_sys, 1), strict / max(n_gold, 1)
    rp, rr = relaxed / max(n_sys, 1), relaxed / max(n_gold, 1)
    rf = f1(rp, rr)
    tacc, vacc = tmatch / max(relaxed, 1), vmatch / max(relaxed, 1)
    return {"gold": n_gold, "system": n_sys, "strict_P": sp, "strict_R": sr, "strict_F1": f1(sp, sr),
            "relaxed_P": rp, "relaxed_R": rr, "relaxed_F1": rf,
            "type_acc": tacc, "value_acc": vacc, "type_F1": tacc * rf, "value_F1": vacc * rf}


def score_dirs(gold_dir: Path, sys_dir: Path, errors: list[tuple] | None = None) -> dict[str, Any]:
    """Score every gold .tml against the same relative path under ``sys_dir`` (missing = no timexes)."""
    def triples() -> Iterator[tuple[str, list[dict], list[dict]]]:
        for path in gold_files(gold_dir):
            rel = path.relative_to(gold_dir)
            sys_path = sys_dir / rel
            yield str(rel), read_timexes(path), read_timexes(sys_path) if sys_path.exists() else []
    return score_pairs(triples(), errors)


# -- running ------------------------------------------------------------------------------------------
def run_times(docs: list[GoldDoc], pipeline: Any = None) -> list[list[Any]]:
    """Predicted Time records per document, from a times-only pipeline (the model plus times)."""
    from ..records import Article

    if pipeline is None:
        from ..pipeline import Pipeline

        pipeline = Pipeline(components=["times"])
    articles = [Article(id=d.name, text=d.text, date=d.dct) for d in docs]
    out = []
    for rec in pipeline.process(articles):
        out.append(list(getattr(rec, "times", []) or []))
    return out


def system_timexes(text: str, times: Iterable[Any]) -> list[dict[str, Any]]:
    """What the scorer reads back from our written TimeML (round-trips through to_timeml)."""
    return strip_timeml(to_timeml(text, times))[1]


def evaluate(gold_dir: Path, out_dir: Path | None = None, limit: int | None = None,
             pipeline: Any = None, errors: list[tuple] | None = None) -> dict[str, Any]:
    """Run on every gold document, optionally write TimeML to ``out_dir``, and score."""
    docs = read_gold(gold_dir, limit)
    predicted = run_times(docs, pipeline)
    triples = []
    for doc, times in zip(docs, predicted, strict=True):
        if out_dir is not None:
            target = out_dir / doc.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(to_timeml(doc.text, times, doc.dct), encoding="utf-8")
        triples.append((doc.name, doc.timexes, system_timexes(doc.text, times)))
    result = score_pairs(triples, errors)
    result["documents"] = len(docs)
    return result


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("times", help="TIMEX3 extents and values on inline TimeML (TempEval-3 Task A)")
    p.add_argument("gold_dir", metavar="GOLD_DIR", help="folder of .tml files (searched recursively)")
    p.add_argument("--out", help="write the system TimeML here (same relative paths as the gold)")
    p.add_argument("--limit", type=int, help="only the first N documents (sorted by path)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("-v", "--verbose", action="store_true", help="list value errors")
    p.set_defaults(func=_main)


def _main(args: argparse.Namespace) -> int:
    from ..errors import ConfigError

    gold_dir = Path(args.gold_dir)
    if not gold_dir.is_dir():
        raise ConfigError(f"gold folder not found: {gold_dir}")
    errors: list[tuple] | None = [] if args.verbose else None
    result = evaluate(gold_dir, Path(args.out) if args.out else None, args.limit, errors=errors)
    for e in errors or ():
        print("VALUE-ERR", *e, sep="\t")
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for k, v in result.items():
            print(f"{k:12s} {v:.4f}" if isinstance(v, float) else f"{k:12s} {v}")
    sys.stdout.flush()
    return 0
