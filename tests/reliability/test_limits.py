"""Limits: the maximum article size (``[limits] max_article_chars``) set from a user config file and the
tokenizer guard for long whitespace-free runs (peak memory of a long article: benchmarks/reliability.py)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from dateline import cli
from dateline.errors import Rejected
from dateline.pipeline import RUN_CHARS, run_cuts
from dateline.records import Article, Record

LIMIT = 300
REASON = f"exceeds the limit of {LIMIT:,} characters (limits.max_article_chars)"
SHORT = "The minister said on Monday that talks would resume in Geneva."
LONG = "Officials met again to discuss the border. " * 20  # 860 characters


@pytest.fixture
def config(tmp_path) -> Path:
    path = tmp_path / "small.toml"
    path.write_text(f"[limits]\nmax_article_chars = {LIMIT}\n", encoding="utf-8")
    return path


@pytest.fixture
def inputs(tmp_path) -> dict[str, Path]:
    (tmp_path / "short.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "long.txt").write_text(LONG, encoding="utf-8")
    rows = [{"id": "j-short", "text": SHORT, "date": "2024-06-30"}, {"id": "j-long", "text": LONG}]
    (tmp_path / "batch.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (tmp_path / "page.html").write_text(f"<html><body><article><p>{LONG}</p></article></body></html>",
                                        encoding="utf-8")
    return {p.stem: p for p in tmp_path.iterdir() if p.suffix in (".txt", ".jsonl", ".html")}


def with_session_pipeline(monkeypatch, pipeline) -> None:
    """The commands' engine, backed by the already loaded session pipeline (no second model load)."""
    from dateline.engines import local

    def run_local(items, **kwargs):
        for item in items:
            yield item if isinstance(item, Rejected) else next(pipeline.process([item]))

    monkeypatch.setattr(local, "run_local", run_local)


def test_extract_with_a_user_config_rejects_oversize_articles(pipeline, config, inputs, tmp_path, monkeypatch,
                                                              capsys):
    with_session_pipeline(monkeypatch, pipeline)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code = cli.main(["--config", str(config), "extract", str(inputs["short"]), str(inputs["long"]),
                     str(inputs["batch"]), str(inputs["page"]), "-o", str(out), "--errors", str(errors),
                     "--date", "2024-06-30"])
    err = capsys.readouterr().err
    assert code == 0
    records = [Record.from_dict(json.loads(line)) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r.id for r in records) == ["j-short", "short"]  # the short ones go through untouched
    assert all(r.text == SHORT and not r.span_errors() for r in records)
    rejected = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert len(rejected) == 3 and all(REASON in r["reason"] for r in rejected)
    assert {r["id"] for r in rejected} >= {"j-long"}
    assert f"article of {len(LONG):,} characters {REASON}" in err
    assert "2 record(s) written, 3 rejected" in err


def test_the_same_command_without_the_config_accepts_them(pipeline, inputs, tmp_path, monkeypatch, capsys):
    with_session_pipeline(monkeypatch, pipeline)
    out = tmp_path / "out.jsonl"
    assert cli.main(["extract", str(inputs["long"]), str(inputs["batch"]), "-o", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    assert "3 record(s) written, 0 rejected" in capsys.readouterr().err


def test_config_from_the_environment_and_ingest(config, inputs, tmp_path, monkeypatch, capsys):
    """$DATELINE_CONFIG works like --config; ingest stores what fits and reports the rest (no model needed)."""
    from dateline.engines import local
    from dateline.store import Store

    monkeypatch.setenv("DATELINE_CONFIG", str(config))
    monkeypatch.setattr(local, "run_local", lambda items, **kw: (
        item if isinstance(item, Rejected) else Record(id=item.id, text=item.text, date=item.date) for item in items))
    db = tmp_path / "s.db"
    assert cli.main(["ingest", str(inputs["batch"]), str(inputs["long"]), "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert err.count(REASON) == 2 and "1 stored" in err and "2 rejected" in err
    with Store(db) as store:
        assert store.article_ids() == ["j-short"]


def test_a_bad_limit_in_the_config_is_a_clear_error(tmp_path, inputs, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text("[limits\nmax_article_chars = 10\n", encoding="utf-8")
    assert cli.main(["--config", str(bad), "extract", str(inputs["short"])]) == 2
    assert f"cannot read config {bad}" in capsys.readouterr().err


def test_long_runs_without_spaces_are_tokenised_in_pieces(pipeline):
    """spaCy's affix splitting is quadratic in a whitespace-free run: 12,000 punctuation marks took about
    100 s to tokenise before runs were cut into pieces; now seconds, with exact offsets."""
    assert run_cuts("a " + "x" * (2 * RUN_CHARS - 1) + " b") == []
    assert run_cuts("x" * (4 * RUN_CHARS)) == [RUN_CHARS, 2 * RUN_CHARS, 3 * RUN_CHARS]
    for text in ("!?.,;:" * 2000, "😀" * 20_000, "see " + "(" * 5000 + "x" + ")" * 5000 + " here"):
        start = time.process_time()
        doc = pipeline._tokenize(text)
        assert time.process_time() - start < 15
        assert doc.text == text and "".join(t.text_with_ws for t in doc) == text
    normal = "Pakistan's minister said: “We will not attack.”"
    assert [t.text for t in pipeline._tokenize(normal)] == [t.text for t in pipeline.nlp.make_doc(normal)]


MEMORY_SCRIPT = textwrap.dedent("""
    import json, resource, sys, time
    from dateline import Pipeline
    from dateline.records import Article
    n = int(sys.argv[1])
    paragraph = ("Defence Minister Khawaja Asif said on Saturday that Pakistan would not attack Afghan posts, "
                 "officials in Islamabad told reporters after talks in Kabul collapsed. ") * 3
    text = ""
    i = 0
    while len(text) < n:
        text += f"Paragraph {i}. " + paragraph + "\\n\\n"
        i += 1
    text = text[:n]
    pipeline = Pipeline(config={"limits": {"max_article_chars": 1_000_000}})
    loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    (record,) = list(pipeline.process([Article(id="big", text=text, date="2024-06-30")]))
    print(json.dumps({"chars": len(text), "model_mb": round(loaded), "seconds": round(time.perf_counter() - start, 1),
                      "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                      "record": type(record).__name__, "events": len(getattr(record, "events", [])),
                      "span_errors": len(record.span_errors()) if hasattr(record, "span_errors") else None}))
""")


def measure_memory(chars: int, timeout: float) -> dict:
    """Peak RSS (ru_maxrss) of a fresh process that extracts one article of ``chars`` characters.

    Not run in the suite: extraction time grows faster than linearly with one article's length (a 100,000-
    character article did not finish in 6 minutes on the shared machine; see docs/reliability.md), so this is
    for benchmarks/reliability.py --memory-chars N."""
    result = subprocess.run([sys.executable, "-c", MEMORY_SCRIPT, str(chars)], capture_output=True, text=True,
                            timeout=timeout)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_oversize_articles_reach_the_pipeline_only_through_the_api(pipeline):
    """The limit is enforced by the readers (every command); Pipeline.process takes what it is given."""
    (record,) = list(pipeline.process([Article(id="api", text=LONG)]))
    assert isinstance(record, Record) and record.text == LONG
