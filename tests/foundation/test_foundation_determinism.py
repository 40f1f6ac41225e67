"""Whole records are identical in every process, whatever the string hash seed and the batch history.

Ray workers, pool workers and the CLI each get their own hash seed; a component that lets the order of a
set of strings decide an answer gives records that differ between engines (it once coded a car-bomb
attack's mode as "targeted" in one process and "explosives" in another).
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import shared_path

PROBE = """
import json, sys
from pathlib import Path
from dateline import Pipeline
from dateline.readers import read_inputs
articles = list(read_inputs([Path(sys.argv[1])]))
if sys.argv[2] == "reversed":  # other batches, other strings already seen
    articles = articles[::-1]
print(json.dumps({r.id: r.to_json() for r in Pipeline().process(articles)}))
"""
ARTICLES = 60


def _records(path: Path, seed: str, order: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", PROBE, str(path), order], env=env, capture_output=True,
                          text=True, timeout=600, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _first_difference(a: dict, b: dict) -> str:
    for key in a:
        left, right = json.loads(a[key]), json.loads(b[key])
        for field in left:
            if left[field] != right[field]:
                if isinstance(left[field], list):
                    pairs = zip(left[field], right[field], strict=False)
                    diff = next(((x, y) for x, y in pairs if x != y), (len(left[field]), len(right[field])))
                    return f"{key} {field}: {diff[0]} != {diff[1]}"
                return f"{key} {field}: {left[field]!r} != {right[field]!r}"
    return ""


@pytest.mark.slow
def test_records_identical_across_hash_seeds_and_batch_order(tmp_path):
    csv.field_size_limit(sys.maxsize)
    with shared_path("data/corpora/wikinews/wikinews_2019.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[:ARTICLES]
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    first = _records(path, "1", "forward")
    for seed, order in (("2", "forward"), ("3", "reversed")):
        other = _records(path, seed, order)
        assert other.keys() == first.keys()
        assert not _first_difference(first, other), _first_difference(first, other)
