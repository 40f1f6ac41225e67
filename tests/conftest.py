"""Shared fixtures: one model load per test session; ../shared data that skips cleanly when absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SHARED_DATA = SHARED / "data"
EXAMPLE = SHARED / "examples" / "pak-afghan-2024-06-30.txt"


def shared_path(relative: str) -> Path:
    """A path under ../shared, or skip the test when it is not there (a fresh clone has no ../shared)."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"../shared/{relative} not available")
    return path


@pytest.fixture(scope="session")
def pipeline():
    from dateline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline):
    return pipeline.nlp


@pytest.fixture(scope="session")
def example_record(pipeline):
    from dateline.readers import read_inputs

    path = shared_path("examples/pak-afghan-2024-06-30.txt")
    (article,) = list(read_inputs([path]))
    (record,) = list(pipeline.process([article]))
    assert not record.span_errors()
    return record
