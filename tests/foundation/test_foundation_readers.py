"""Readers: every format, every bad input. No model needed."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from conftest import shared_path

from dateline.errors import Rejected
from dateline.readers import read_inputs, read_path, read_stdin
from dateline.readers.common import DEFAULT_MAX_CHARS, parse_date
from dateline.readers.txt import split_date_prefix
from dateline.records import Article


def one(items):
    (item,) = list(items)
    return item


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# -- .txt ---------------------------------------------------------------------------------------------------
def test_txt_date_prefix_with_caption_on_the_same_line(tmp_path):
    path = write(tmp_path, "a.txt", " date 2024-06-30 The minister at a rally. —Photo\n\nBody starts here.\n")
    art = one(read_path(path))
    assert art.date == "2024-06-30"
    assert art.text == "The minister at a rally. —Photo\n\nBody starts here.\n"
    assert art.id == "a" and art.warnings == []


def test_txt_date_prefix_on_its_own_line_after_leading_blank_lines(tmp_path):
    path = write(tmp_path, "b.txt", "\n\n  date 2024-06-30\r\n  Indented first line.\n")
    art = one(read_path(path))
    assert (art.date, art.text) == ("2024-06-30", "  Indented first line.\n")


def test_txt_without_prefix_keeps_text_exactly_and_takes_default_date(tmp_path):
    raw = "  Date night in Paris was cancelled.\n\n"
    path = write(tmp_path, "c.txt", raw)
    art = one(read_path(path, default_date="2024-01-02"))
    assert (art.date, art.text) == ("2024-01-02", raw)
    assert one(read_path(path)).date is None


def test_txt_prefix_date_wins_over_default_date():
    assert split_date_prefix("date 2024-06-30 x") == ("2024-06-30", "x")
    assert split_date_prefix("date night out") == (None, "date night out")


def test_txt_impossible_date_becomes_null_with_warning(tmp_path):
    art = one(read_path(write(tmp_path, "d.txt", "date 2024-13-45\nSomething happened.")))
    assert isinstance(art, Article)
    assert art.date is None and art.text == "Something happened."
    assert art.warnings == ["impossible date '2024-13-45'; date set to null"]


def test_the_example_article():
    path = shared_path("examples/pak-afghan-2024-06-30.txt")
    art = one(read_inputs([path]))
    assert art.date == "2024-06-30"
    assert art.text.startswith("Federal Minister for Defence Khawaja Asif in the image")
    assert "\n\nDespite Pakistan’s repeated requests" in art.text
    assert path.read_text("utf-8").endswith(art.text)


# -- .jsonl -------------------------------------------------------------------------------------------------
def test_jsonl_field_aliases(tmp_path):
    rows = [
        {"id": 7, "published": "2024-06-30T08:15:00Z", "body": "Body text.", "source": "Wire", "Title": "T"},
        {"url": "https://x.example/a", "date": "2024-07-01", "content": "Content text.", "outlet": "Daily"},
        {"text": "No id at all.", "publisher": "P"},
    ]
    path = write(tmp_path, "n.ndjson", "".join(json.dumps(r) + "\n" for r in rows))
    a, b, c = read_path(path)
    assert (a.id, a.date, a.text, a.outlet, a.title) == ("7", "2024-06-30", "Body text.", "Wire", "T")
    assert (b.id, b.url, b.text, b.outlet) == ("https://x.example/a", "https://x.example/a", "Content text.", "Daily")
    assert (c.id, c.date, c.outlet, c.location) == ("n-3", None, "P", f"{path}:3")


def test_jsonl_splits_on_newlines_only(tmp_path):
    text = "First line\u2028same record\u0085still\x0cit."
    path = write(tmp_path, "u.jsonl", json.dumps({"id": "u", "text": text}, ensure_ascii=False) + "\n")
    assert one(read_path(path)).text == text


def test_jsonl_one_malformed_line_among_good_ones(tmp_path):
    lines = ['{"id": "a", "text": "A."}', '{"id": "b", "text": "B.', "", '[1, 2]', '{"id": "c", "text": "C."}']
    path = write(tmp_path, "m.jsonl", "\n".join(lines) + "\n")
    items = list(read_path(path))
    assert [i.id for i in items if isinstance(i, Article)] == ["a", "c"]
    bad = [i for i in items if isinstance(i, Rejected)]
    assert [(r.location, r.reason.split(":")[0]) for r in bad] == [
        (f"{path}:2", "malformed JSON"), (f"{path}:4", "expected a JSON object, got list")]
    assert "rejected" in bad[0].message() and str(path) in bad[0].message()


def test_jsonl_invalid_utf8_line_is_rejected_alone(tmp_path):
    data = b'{"id": "a", "text": "A."}\n{"id": "b", "text": "\xff\xfe"}\n{"id": "c", "text": "C."}\n'
    items = list(read_path(write(tmp_path, "x.jsonl", data)))
    assert [type(i).__name__ for i in items] == ["Article", "Rejected", "Article"]
    assert items[1].reason.startswith("invalid UTF-8 at byte 21")


def test_jsonl_record_without_text(tmp_path):
    path = write(tmp_path, "t.jsonl", '{"id": "x", "title": "only a title"}\n{"id": "y", "text": "   "}\n')
    x, y = read_path(path)
    assert (x.id, x.reason) == ("x", "no text field (expected one of: text, body, content)")
    assert (y.id, y.reason) == ("y", "empty text")


def test_jsonl_impossible_date(tmp_path):
    art = one(read_path(write(tmp_path, "d.jsonl", '{"id": "d", "date": "2024-13-45", "text": "T."}\n')))
    assert art.date is None and "impossible date '2024-13-45'" in art.warnings[0]


def test_huge_jsonl_line_is_rejected_and_the_next_line_is_read(tmp_path):
    big = json.dumps({"id": "big", "text": "word " * 1_000_000})  # 5 MB
    path = write(tmp_path, "h.jsonl", big + '\n{"id": "ok", "text": "Fine."}\n')
    big_item, ok = read_path(path)
    assert isinstance(big_item, Rejected) and "limits.max_article_chars" in big_item.reason
    assert ok.id == "ok"


# -- .csv ---------------------------------------------------------------------------------------------------
def test_csv_multiline_fields_and_row_locations(tmp_path):
    data = 'title,date,text\nOne,2024-06-30,"Para one.\n\nPara two."\nTwo,2024-07-01,Short.\nThree,only two\n'
    path = write(tmp_path, "c.csv", data)
    one_, two, three = read_path(path)
    assert (one_.id, one_.text, one_.location) == ("c-1", "Para one.\n\nPara two.", f"{path}:2")
    assert (two.id, two.location, two.date) == ("c-2", f"{path}:5", "2024-07-01")
    assert isinstance(three, Rejected) and three.location == f"{path}:6"


def test_wikinews_csv_read_as_is():
    folder = shared_path("data/corpora/wikinews")
    items = list(read_inputs([folder]))  # the directory: both CSVs, LICENSE.md skipped
    assert len(items) == 295 and all(isinstance(i, Article) for i in items)
    with open(folder / "wikinews_2019.csv", newline="", encoding="utf-8") as f:
        first = next(csv.DictReader(f))
    art = items[0]
    assert (art.text, art.title, art.url, art.id) == (first["text"], first["title"], first["url"], first["url"])
    assert art.date == first["date"] == "2019-01-04"
    assert len({i.id for i in items}) == 295


# -- .html --------------------------------------------------------------------------------------------------
HTML = """<!DOCTYPE html><html><head><title>Ministers meet in Nairobi | Example News</title>
<meta property="article:published_time" content="2024-06-30T09:00:00Z">
<meta property="og:site_name" content="Example News"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers meet in Nairobi</h1>
<p>The foreign ministers of Kenya and Ethiopia met in Nairobi on Saturday to discuss reopening the border
crossing at Moyale, which has been closed since January after clashes between herders.</p>
<p>Both ministers said after the meeting that they expected the crossing to reopen within weeks, and that
a joint commission would meet again next month in Addis Ababa to settle the remaining questions.</p>
</article><footer>Copyright Example News</footer></body></html>"""


def test_html_main_text_title_and_date(tmp_path):
    art = one(read_path(write(tmp_path, "page.html", HTML)))
    assert isinstance(art, Article), art
    assert art.date == "2024-06-30" and art.id == "page"
    assert "Ministers meet in Nairobi" in (art.title or "")
    assert "met in Nairobi on Saturday" in art.text and "Copyright" not in art.text and "Home" not in art.text


def test_html_without_main_text(tmp_path):
    item = one(read_path(write(tmp_path, "empty.htm", "<html><head><title>x</title></head><body><div></div></body></html>")))
    assert isinstance(item, Rejected) and item.reason == "no main text found in HTML"


# -- directories and stdin ----------------------------------------------------------------------------------
def test_directory_is_read_recursively_in_sorted_order(tmp_path):
    write(tmp_path, "b/z.txt", "Z text.")
    write(tmp_path, "a.jsonl", '{"id": "a1", "text": "A."}\n')
    write(tmp_path, "b/c/y.txt", "Y text.")
    write(tmp_path, "notes.md", "# not an article")
    assert [i.id for i in read_inputs([tmp_path])] == ["a1", "y", "z"]


def test_empty_directory_and_missing_path(tmp_path):
    (tmp_path / "empty").mkdir()
    empty = one(read_inputs([tmp_path / "empty"]))
    missing = one(read_inputs([tmp_path / "nope.txt"]))
    assert isinstance(empty, Rejected) and "files in directory" in empty.reason
    assert missing.reason == "no such file or directory"


def test_stdin_txt_and_jsonl(monkeypatch):
    art = one(read_stdin(default_date="2024-05-01", max_chars=DEFAULT_MAX_CHARS,
                         stream=io.BytesIO(b"Hello from stdin.\n")))
    assert (art.id, art.date, art.text, art.location) == ("stdin", "2024-05-01", "Hello from stdin.\n", "<stdin>")
    lines = io.BytesIO(b'{"id": "s1", "text": "One."}\nnot json\n')
    s1, bad = read_stdin(default_date=None, max_chars=DEFAULT_MAX_CHARS, fmt=".jsonl", stream=lines)
    assert s1.id == "s1" and bad.location == "<stdin>:2"

    class FakeStdin:
        buffer = io.BytesIO(b"date 2024-06-30 Via the dash.")

    monkeypatch.setattr(sys, "stdin", FakeStdin)
    art = one(read_inputs(["-"]))
    assert (art.date, art.text) == ("2024-06-30", "Via the dash.")


def test_empty_stdin():
    item = one(read_stdin(default_date=None, max_chars=10, stream=io.BytesIO(b"  \n")))
    assert item.reason == "empty input"


# -- bad files ----------------------------------------------------------------------------------------------
def test_empty_file(tmp_path):
    item = one(read_path(write(tmp_path, "e.jsonl", b"")))
    assert isinstance(item, Rejected) and (item.id, item.reason) == ("e", "empty file")


@pytest.mark.parametrize("name", ["img.txt", "img.jsonl", "img.csv", "img.html"])
def test_binary_file(tmp_path, name):
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4
    item = one(read_path(write(tmp_path, name, data)))
    assert isinstance(item, Rejected) and item.reason.startswith("binary file (NUL bytes)")


def test_invalid_utf8_file(tmp_path):
    item = one(read_path(write(tmp_path, "latin1.txt", "Café in Paris.".encode("latin-1"))))
    assert isinstance(item, Rejected) and item.id == "latin1"
    assert item.reason == "invalid UTF-8 at byte 3: invalid continuation byte"


def test_five_megabyte_article_is_rejected_with_the_limit(tmp_path):
    item = one(read_path(write(tmp_path, "huge.txt", "word " * 1_000_000)))
    assert isinstance(item, Rejected) and item.id == "huge"
    assert "limits.max_article_chars" in item.reason and f"{DEFAULT_MAX_CHARS:,}" in item.reason


def test_article_just_over_the_limit_is_rejected_by_length(tmp_path):
    item = one(read_path(write(tmp_path, "long.txt", "x" * 101), max_chars=100))
    assert item.reason == "article of 101 characters exceeds the limit of 100 characters (limits.max_article_chars)"


def test_unknown_suffix(tmp_path):
    item = one(read_path(write(tmp_path, "doc.pdf", b"%PDF-1.4")))
    assert "unknown format '.pdf'" in item.reason


@pytest.mark.parametrize("raw, expected", [
    ("2024-06-30", ("2024-06-30", None)),
    ("2024-6-3", ("2024-06-03", None)),
    (" 2024-06-30T10:00:00+02:00", ("2024-06-30", None)),
    ("2024-02-30", (None, "impossible date '2024-02-30'; date set to null")),
    ("30/06/2024", (None, "date '30/06/2024' is not YYYY-MM-DD; date set to null")),
    ("2024-06-301", (None, "date '2024-06-301' is not YYYY-MM-DD; date set to null")),
    ("", (None, None)),
    (None, (None, None)),
])
def test_parse_date(raw, expected):
    assert parse_date(raw) == expected


def test_huge_stdin_article_is_refused_after_a_bounded_read():
    stream = io.BytesIO(b"word " * 1_000_000)
    item = one(read_stdin(default_date=None, max_chars=1_000, stream=stream))
    assert isinstance(item, Rejected) and "exceeds the limit of 1,000 characters" in item.reason
    assert stream.tell() < 20_000  # read no further than a 1,000-character article could need
