"""Helpers the quotes tests share (a module, not a test file)."""

from __future__ import annotations


def quotes_of(pipeline, text, date="2024-06-30"):
    """The record of ``text`` (every span checked) and its quotes."""
    record = pipeline.extract(text, date=date)
    assert not record.span_errors()
    return record, record.quotes


def show(record, spans):
    return [record.text[s:e] for s, e in spans]
