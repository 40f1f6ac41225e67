"""Property-based tests: readers never crash; every item is an Article or a Rejected with a reason."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.errors import Rejected
from dateline.readers import READERS, read_path
from dateline.readers.common import build_article
from dateline.records import Article

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SUFFIXES = sorted(READERS)
# Text that stresses tokenisers and offset arithmetic: controls, zero-width and bidi marks, emoji, CJK.
TRICKY = st.text(alphabet=st.sampled_from(list("ab \n\t\r\x0b\x0c\x1f\u200b\u200d\u202e\u2066\ufeff\u00a0é😀👩‍🚀中文\"',<>&{}[]:;#")),
                 max_size=300)
ANY_TEXT = st.one_of(st.text(max_size=300), TRICKY)
JSON_VALUE = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | ANY_TEXT,
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                      max_size=3),
                          max_leaves=8)


def check(items: list[Article | Rejected]) -> None:
    for item in items:
        if isinstance(item, Rejected):
            assert item.reason and item.location
        else:
            assert isinstance(item, Article)
            assert isinstance(item.text, str) and item.text.strip()
            assert item.date is None or len(item.date) == 10


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_in_any_format(tmp_path_factory, data, suffix):
    path = Path(tmp_path_factory.mktemp("fuzz")) / f"input{suffix}"
    path.write_bytes(data)
    check(list(read_path(path)))


@FUZZ
@given(text=ANY_TEXT, suffix=st.sampled_from(SUFFIXES))
def test_random_unicode_in_any_format(tmp_path_factory, text, suffix):
    path = Path(tmp_path_factory.mktemp("fuzz")) / f"input{suffix}"
    path.write_text(text, encoding="utf-8")
    check(list(read_path(path)))


@FUZZ
@given(fields=st.dictionaries(st.sampled_from(["id", "date", "published", "title", "text", "body", "content",
                                                "url", "outlet", "source"]), JSON_VALUE, max_size=8))
def test_jsonl_with_wrong_types(tmp_path_factory, fields):
    path = Path(tmp_path_factory.mktemp("fuzz")) / "records.jsonl"
    good = {"id": "good", "text": "A real article.", "date": "2024-06-30"}
    path.write_text(json.dumps(fields) + "\n" + json.dumps(good) + "\n{not json\n", encoding="utf-8")
    items = list(read_path(path))
    check(items)
    assert len(items) == 3
    assert any(isinstance(i, Article) and i.id == "good" for i in items)  # the good record always survives


@FUZZ
@given(cells=st.lists(st.lists(TRICKY, min_size=0, max_size=5), min_size=1, max_size=5),
       quote=st.sampled_from(['"', "'", ""]))
def test_csv_with_wrong_quoting(tmp_path_factory, cells, quote):
    path = Path(tmp_path_factory.mktemp("fuzz")) / "records.csv"
    lines = ["id,date,text"] + [",".join(f"{quote}{c}" for c in row) for row in cells]
    path.write_text("\n".join(lines), encoding="utf-8")
    check(list(read_path(path)))


@FUZZ
@given(depth=st.integers(min_value=1, max_value=400), body=TRICKY, close=st.booleans())
def test_deeply_nested_or_broken_html(tmp_path_factory, depth, body, close):
    path = Path(tmp_path_factory.mktemp("fuzz")) / "page.html"
    html = "<html><body>" + "<div><p>" * depth + body + ("</p></div>" * depth if close else "<td><script>")
    path.write_text(html, encoding="utf-8")
    check(list(read_path(path)))


@FUZZ
@given(fields=st.dictionaries(st.text(max_size=8), JSON_VALUE, max_size=6), date=JSON_VALUE)
def test_build_article_never_raises(fields, date):
    item = build_article(fields, location="fuzz", default_id="fuzz", default_date=date if isinstance(date, str) else None)
    check([item])
