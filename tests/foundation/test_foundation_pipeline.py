"""The pipeline on the bundled sample, the example article, long documents and failing articles."""

from __future__ import annotations

import pytest
from conftest import shared_path

from dateline.commands.demo import sample_path
from dateline.errors import Rejected
from dateline.pipeline import Pipeline, chunk_bounds
from dateline.readers import read_inputs
from dateline.records import Article, Record


@pytest.fixture(scope="module")
def sample_articles() -> list[Article]:
    items = list(read_inputs([sample_path()]))
    assert all(isinstance(i, Article) for i in items)
    return items


@pytest.fixture(scope="module")
def sample_records(pipeline, sample_articles) -> list[Record]:
    return list(pipeline.process(sample_articles))


def test_sample_is_a_week_of_news_from_three_outlets(sample_articles):
    assert 8 <= len(sample_articles) <= 12
    dates = sorted(a.date for a in sample_articles)
    assert (dates[0], dates[-1]) == ("2025-03-03", "2025-03-09")
    assert len({a.outlet for a in sample_articles}) == 3
    joined = "\n".join(a.text for a in sample_articles)
    for phrase in ("on Saturday", "last week", "next Monday", "told Reuters", "In an interview with",
                   "did not attack", "ruled out talks", "could impose sanctions"):
        assert phrase in joined, phrase


def test_sample_records_are_complete_and_every_span_is_valid(sample_articles, sample_records):
    assert [type(r) for r in sample_records] == [Record] * len(sample_articles)
    for article, record in zip(sample_articles, sample_records, strict=True):
        assert (record.id, record.text, record.date, record.outlet) == (
            article.id, article.text, article.date, article.outlet)
        assert record.span_errors() == [], record.id
        assert record.actors, record.id
        assert Record.from_json(record.to_json()) == record


def test_same_input_gives_the_same_output(pipeline, sample_articles, sample_records):
    again = list(pipeline.process(sample_articles[:3]))
    assert [r.to_json() for r in again] == [r.to_json() for r in sample_records[:3]]


def test_example_article(example_record):
    assert example_record.date == "2024-06-30"
    assert example_record.text.startswith("Federal Minister for Defence Khawaja Asif in the image")
    assert "Despite Pakistan’s repeated requests" in example_record.text
    names = {a.name for a in example_record.actors}
    assert "Khawaja Asif" in names
    assert example_record.span_errors() == []
    assert shared_path("examples/pak-afghan-2024-06-30.txt").read_text("utf-8").endswith(example_record.text)


def test_a_caption_line_does_not_swallow_the_first_sentence(nlp):
    text = "The minister at a rally in Lahore on Friday\n\nThe minister said talks had failed."
    starts = {s.start_char for s in nlp(text).sents}
    assert text.index("The minister said") in starts


def test_vocabulary_does_not_grow_across_batches(pipeline, sample_articles):
    list(pipeline.process(sample_articles))
    size = len(pipeline.nlp.vocab.strings)
    list(pipeline.process(sample_articles))
    assert len(pipeline.nlp.vocab.strings) == size


@pytest.mark.parametrize("text, size", [
    ("a" * 10, 4),
    ("para one.\n\npara two is here.\n\nthree.\n" * 40, 50),
    ("line one\nline two\nline three\n" * 30, 40),
    ("word " * 200, 33),
])
def test_chunk_bounds_tile_the_text(text, size):
    bounds = chunk_bounds(text, size)
    assert "".join(text[s:e] for s, e in bounds) == text
    assert all(0 < e - s <= size for s, e in bounds[:-1])
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))


def test_chunk_bounds_prefer_paragraph_breaks():
    text = ("x" * 30 + ".\n\n") * 10
    for s, e in chunk_bounds(text, 100)[:-1]:
        assert text[s:e].endswith(".\n\n")


def test_long_document_path_keeps_offsets(pipeline, sample_articles):
    text = "\n\n".join(a.text for a in sample_articles)
    chunked = Pipeline(nlp=pipeline.nlp, config={"limits": {"chunk_chars": 2_000}})
    (long_record,) = chunked.process([Article(id="long", text=text, date="2025-03-09")])
    (whole,) = pipeline.process([Article(id="long", text=text, date="2025-03-09")])
    assert isinstance(long_record, Record) and long_record.text == text
    assert long_record.span_errors() == []
    chunked_mentions = {tuple(m) for a in long_record.actors for m in a.mentions}
    whole_mentions = {tuple(m) for a in whole.actors for m in a.mentions}
    assert len(chunked_mentions & whole_mentions) >= 0.9 * len(whole_mentions)


def test_a_failing_article_is_rejected_and_the_rest_of_the_batch_processed(pipeline, sample_articles,
                                                                            monkeypatch):
    original = Pipeline._to_record

    def fragile(article, doc):
        if "BOOM" in article.text:
            raise RuntimeError("component exploded")
        return original(article, doc)

    monkeypatch.setattr(Pipeline, "_to_record", staticmethod(fragile))
    bad = Article(id="bad", text="BOOM went the test.", location="mem:2")
    batch = [sample_articles[0], bad, sample_articles[1]]
    out = list(pipeline.process(batch))
    assert [type(x) for x in out] == [Record, Rejected, Record]
    assert (out[1].id, out[1].location) == ("bad", "mem:2")
    assert out[1].reason == "processing failed: RuntimeError: component exploded"
    assert [r.id for r in out if isinstance(r, Record)] == [sample_articles[0].id, sample_articles[1].id]


def test_extract_api(pipeline):
    record = pipeline.extract("Kenya's foreign minister met her Ethiopian counterpart in Nairobi.",
                              date="2025-03-05", id="api")
    assert (record.id, record.date) == ("api", "2025-03-05")
    assert record.span_errors() == []
