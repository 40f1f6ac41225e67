"""What the component benchmarks share: Wikinews articles parsed by the model, with the model's CPU time.

A component's own cost is then timed by running it alone over these Docs.
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

WIKINEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpora" / "wikinews" / "wikinews_2019.csv"


def parsed_wikinews(nlp: Language, limit: int, analysis: list[str]) -> tuple[list[Doc], float]:
    """The first ``limit`` Wikinews articles through the model with ``analysis`` components disabled,
    and the CPU seconds the model took."""
    csv.field_size_limit(sys.maxsize)
    with WIKINEWS.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))[:limit]
    docs = []
    for row in rows:
        doc = nlp.make_doc(row["text"])
        doc._.dl_date = (row.get("date") or "")[:10] or None
        docs.append(doc)
    start = time.process_time()
    with nlp.select_pipes(disable=analysis):
        parsed = list(nlp.pipe(docs, batch_size=16))
    return parsed, time.process_time() - start
