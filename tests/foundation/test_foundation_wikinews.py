"""All 295 Wikinews articles (../shared) give 295 records whose every span is valid."""

from __future__ import annotations

import pytest
from conftest import shared_path

from dateline.readers import read_inputs
from dateline.records import Record


@pytest.mark.slow
def test_every_wikinews_article_gives_a_record_with_valid_spans(pipeline):
    articles = list(read_inputs([shared_path("data/corpora/wikinews")]))
    assert len(articles) == 295
    records = list(pipeline.process(articles))
    rejected = [r for r in records if not isinstance(r, Record)]
    assert rejected == []
    assert [r.id for r in records] == [a.id for a in articles]
    problems = {r.id: r.span_errors()[:3] for r in records if r.span_errors()}
    assert problems == {}
    assert all(r.text == a.text for r, a in zip(records, articles, strict=True))
