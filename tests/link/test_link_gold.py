"""Linking metrics agree with the reference scorer; GVC document-level quality gate."""

from __future__ import annotations

import importlib.util
import json

import pytest
from conftest import shared_path

from dateline.eval.coref_metrics import evaluate


def reference_scorer():
    path = shared_path("tools/score_links.py")
    spec = importlib.util.spec_from_file_location("score_links", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_metrics_agree_with_reference_scorer(tmp_path):
    scorer = reference_scorer()
    gold_path = shared_path("data/links/gvc_val.jsonl")
    gold = [json.loads(line) for line in gold_path.read_text().splitlines()[:12]]
    # A deliberately imperfect prediction: shifted spans, merged and split clusters, spurious mentions.
    pred = []
    for i, doc in enumerate(gold):
        mentions = [{"start": m["start"] + 1, "end": m["end"], "cluster": m["cluster"] if j % 3 else f"x{i}"}
                    for j, m in enumerate(doc["mentions"])]
        mentions.append({"start": 0, "end": 3, "cluster": "spurious"})
        pred.append({"id": doc["id"], "mentions": mentions})
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(d) + "\n" for d in gold))
    (tmp_path / "pred.jsonl").write_text("".join(json.dumps(p) + "\n" for p in pred))
    ref = scorer.evaluate(str(tmp_path / "gold.jsonl"), str(tmp_path / "pred.jsonl"))
    mine = evaluate({d["id"]: d["mentions"] for d in gold}, {p["id"]: p["mentions"] for p in pred})
    for metric in ("MUC", "B3", "CEAF-e"):
        assert mine[metric] == pytest.approx(ref[metric])
    assert mine["CoNLL_F1"] == pytest.approx(ref["CoNLL_F1"])
    assert mine["mentions"] == ref["mentions"]


@pytest.mark.slow
@pytest.mark.gold
def test_gvc_document_level_floor(pipeline):
    from dateline.eval.links import run_eval

    result = run_eval(shared_path("data/links/gvc_val.jsonl"), pipeline)
    # Floors measured on GVC val: every article alone 0.36, same publication date 0.66.
    assert result["document_level"]["CoNLL_F1"] >= 0.85
