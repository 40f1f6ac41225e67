"""``dateline extract`` and ``dateline demo``: outputs, rejections, --errors, --strict, --date, --only, --workers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import shared_path

from dateline.cli import main
from dateline.commands.demo import sample_path
from dateline.records import Record

SAMPLE = str(sample_path() / "articles.jsonl")


@pytest.fixture
def cli(monkeypatch, pipeline):
    """Run the CLI in this process with the session pipeline (no second model load)."""

    def shared_pipeline(components=None, config=None):
        assert components is None, "tests that choose components run the CLI in a subprocess"
        return pipeline

    monkeypatch.setattr("dateline.engines.local.Pipeline", shared_pipeline)
    return main


def records_of(text: str) -> list[Record]:
    return [Record.from_json(line) for line in text.splitlines() if line.strip()]


def test_extract_the_example_to_stdout(cli, capsys):
    example = shared_path("examples/pak-afghan-2024-06-30.txt")
    assert cli(["extract", str(example)]) == 0
    out, err = capsys.readouterr()
    (record,) = records_of(out)
    assert record.date == "2024-06-30"
    assert record.text.startswith("Federal Minister for Defence Khawaja Asif")
    assert "Khawaja Asif" in {a.name for a in record.actors}
    assert record.span_errors() == []
    assert "1 record(s) written, 0 rejected" in err


def test_extract_to_a_file(cli, capsys, tmp_path):
    out_path = tmp_path / "records.jsonl"
    assert cli(["extract", SAMPLE, "-o", str(out_path)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    records = records_of(out_path.read_text("utf-8"))
    assert len(records) == 10 and all(not r.span_errors() for r in records)
    assert "10 record(s) written, 0 rejected" in err


@pytest.fixture
def bad_batch(tmp_path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a-good.txt").write_text("date 2025-03-05 Kenya and Ethiopia agreed on Wednesday to reopen "
                                       "the border.", encoding="utf-8")
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "c-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR")
    (folder / "d-latin1.txt").write_bytes("Café talks in Paris.".encode("latin-1"))
    (folder / "e-huge.txt").write_text("word " * 1_000_000, encoding="utf-8")
    (folder / "f-mixed.jsonl").write_text("\n".join([
        '{"id": "ok-1", "date": "2025-03-06", "text": "Poland and Ukraine signed a deal in Warsaw."}',
        '{"id": "broken", "text": ',
        '{"id": "no-text", "title": "headline only"}',
        '{"id": "bad-date", "date": "2024-13-45", "text": "Police said on Tuesday that three people died."}',
    ]) + "\n", encoding="utf-8")
    (folder / "g-undated.txt").write_text("The talks will resume next Monday in Geneva.", encoding="utf-8")
    return folder


def test_bad_inputs_are_reported_and_good_records_all_processed(cli, capsys, bad_batch, tmp_path):
    errors = tmp_path / "errors.jsonl"
    assert cli(["extract", str(bad_batch), "--errors", str(errors), "--date", "2025-03-07"]) == 0
    out, err = capsys.readouterr()
    records = {r.id: r for r in records_of(out)}
    assert sorted(records) == ["a-good", "bad-date", "g-undated", "ok-1"]
    assert records["bad-date"].date is None
    assert records["bad-date"].warnings[0] == "impossible date '2024-13-45'; date set to null"
    assert records["g-undated"].date == "2025-03-07" and records["a-good"].date == "2025-03-05"
    rejected = [json.loads(line) for line in errors.read_text("utf-8").splitlines()]
    reasons = {Path(r["location"]).name: r["reason"] for r in rejected}
    assert reasons == {
        "b-empty.txt": "empty file",
        "c-binary.txt": "binary file (NUL bytes); expected UTF-8 text",
        "d-latin1.txt": "invalid UTF-8 at byte 3: invalid continuation byte",
        "e-huge.txt": "input of 5,000,000 bytes (at most 4 bytes a character) exceeds the limit of "
                      "1,000,000 characters (limits.max_article_chars)",
        "f-mixed.jsonl:2": "malformed JSON: Expecting value at column 26",
        "f-mixed.jsonl:3": "no text field (expected one of: text, body, content)",
    }
    assert {r["id"] for r in rejected} >= {"b-empty", "e-huge", "no-text"}
    for line in err.splitlines()[:-1]:
        assert line.startswith("dateline: rejected ")
    assert err.splitlines()[-1] == "dateline: 4 record(s) written, 6 rejected"


def test_strict_exits_non_zero_on_any_rejection(cli, capsys, bad_batch, tmp_path):
    assert cli(["extract", str(bad_batch), "--strict", "-o", str(tmp_path / "o.jsonl")]) == 1
    assert cli(["extract", str(bad_batch / "a-good.txt"), "--strict", "-o", str(tmp_path / "p.jsonl")]) == 0


@pytest.mark.parametrize("args, message", [
    (["--date", "2024-13-45"], "--date '2024-13-45' is not a valid YYYY-MM-DD date"),
    (["--only", "times,weather"], "unknown component(s) weather"),
    (["--workers", "0"], "--workers must be at least 1"),
])
def test_usage_errors_exit_2(cli, capsys, args, message):
    assert cli(["extract", SAMPLE, *args]) == 2
    assert message in capsys.readouterr().err


def test_demo_writes_the_sample_records(cli, capsys, tmp_path):
    out_path = tmp_path / "demo" / "records.jsonl"
    assert cli(["demo", "-o", str(out_path)]) == 0
    out = capsys.readouterr().out
    assert "extracted: 10 articles" in out and "0 rejected" in out
    assert len(records_of(out_path.read_text("utf-8"))) == 10


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dateline.cli", *args], capture_output=True, text=True,
                          timeout=300, check=False)


@pytest.mark.slow
def test_only_runs_the_chosen_components():
    result = run_cli("extract", SAMPLE, "--only", "actors")
    assert result.returncode == 0, result.stderr
    records = records_of(result.stdout)
    assert len(records) == 10
    assert all(r.actors for r in records)
    assert not any(r.times or r.places or r.quotes or r.events for r in records)


@pytest.mark.slow
def test_two_workers_give_the_same_records_as_one(cli, capsys):
    assert cli(["extract", SAMPLE]) == 0
    one_worker = capsys.readouterr().out
    result = run_cli("extract", SAMPLE, "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert result.stdout == one_worker
