"""`dateline eval quotes` agrees with the reference scorer; PolNeAR dev quality gate."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dateline.eval.quotes import charset, load_gold, read_predictions, score, write_predictions
from tests.conftest import shared_path


def perturbed_predictions(gold):
    """Deterministic predictions of every kind: exact, shifted, halved, wrong speaker, spurious, missing."""
    preds = {}
    for n, (did, g) in enumerate(gold.items()):
        rows = []
        for i, q in enumerate(g["quotes"]):
            if not q["content"]:
                continue
            s, e = q["content"][0]
            mode = (n + i) % 5
            if mode == 0:
                content = q["content"]
            elif mode == 1:
                content = [[s + 3, e + 10]]
            elif mode == 2:
                content = [[s, s + max(1, (e - s) // 2)]]
            elif mode == 3:
                content = [[max(0, s - 200), e]]
            else:
                continue
            speaker = q["speaker"] if i % 3 else [[0, 5]]
            rows.append({"content": content, "speaker": speaker, "cue": q["cue"], "speaker_name": None})
        rows.append({"content": [[0, 40]], "speaker": [], "cue": []})
        preds[did] = rows
    return preds


def test_charset_ignores_quote_marks_and_punctuation():
    text = '“Yes,” he said.'
    assert charset([[0, 6]], text) == {1, 2, 3}
    assert charset([[4, 5]], text) == {4}  # punctuation only falls back to the raw characters


@pytest.mark.gold
def test_agrees_with_reference_scorer(tmp_path):
    gold_path = shared_path("data/quotes/polnear/polnear_dev.jsonl")
    scorer = shared_path("tools/score_quotes.py")
    gold = load_gold(str(gold_path))
    pred_path = tmp_path / "pred.jsonl"
    write_predictions(str(pred_path), perturbed_predictions(gold))
    ours = score(gold, read_predictions(str(pred_path)))
    ref = subprocess.run([sys.executable, str(scorer), "--gold", str(gold_path), "--pred", str(pred_path)],
                         capture_output=True, text=True, check=True)
    assert ours == json.loads(ref.stdout)
    cli = subprocess.run([sys.executable, "-m", "dateline.cli", "eval", "quotes", str(gold_path),
                          "--pred", str(pred_path)], capture_output=True, text=True, check=True)
    assert json.loads(cli.stdout) == ours


@pytest.mark.gold
@pytest.mark.slow
def test_polnear_dev_quality_gate(pipeline):
    """First 20 PolNeAR dev articles; floors pinned just below the measured scores (FLOORS)."""
    from dateline.eval.quotes import prediction_row
    from dateline.records import Article

    gold = load_gold(str(shared_path("data/quotes/polnear/polnear_dev.jsonl")))
    gold = dict(list(gold.items())[:20])
    articles = [Article(id=did, text=g["text"], date=g.get("date")) for did, g in gold.items()]
    preds = {r.id: [prediction_row(q) for q in r.quotes] for r in pipeline.process(articles)}
    result = score(gold, preds)["0.3"]
    assert result["F1"] >= FLOORS["F1"], result
    assert result["speaker_acc"] >= FLOORS["speaker_acc"], result
    assert result["e2e_F1"] >= FLOORS["e2e_F1"], result


FLOORS = {"F1": 0.74, "speaker_acc": 0.89, "e2e_F1": 0.67}  # measured 0.7628, 0.9144, 0.6977
