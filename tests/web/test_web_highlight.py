"""Article highlighting: exact spans, nesting and crossing, escaping; no model, no server."""

from __future__ import annotations

import html
import re

from web_records import hostile_record, synthetic_record

from dateline.web.highlight import Highlight, highlight_html, record_highlights

MARK = re.compile(r'<mark class="([^"]*)" data-key="([^"]*)" data-span="(\d+)-(\d+)" data-ref="[^"]*"( tabindex="0")?>|</mark>')


def pieces(markup: str) -> tuple[str, dict[tuple[str, int, int], list[tuple[int, int]]], int]:
    """(plain text, {(key, start, end): [piece ranges]}, tab stops) recovered from the markup."""
    plain, stack, out, pos, stops = [], [], {}, 0, 0
    last = 0
    for m in MARK.finditer(markup):
        chunk = html.unescape(markup[last:m.start()])
        plain.append(chunk)
        pos += len(chunk)
        last = m.end()
        if m.group(0) == "</mark>":
            key, start = stack.pop()
            out.setdefault(key, []).append((start, pos))
        else:
            stack.append(((html.unescape(m.group(2)), int(m.group(3)), int(m.group(4))), pos))
            stops += bool(m.group(5))
    plain.append(html.unescape(markup[last:]))
    assert not stack
    return "".join(plain), out, stops


def covered(ranges: list[tuple[int, int]]) -> set[int]:
    return {i for s, e in ranges for i in range(s, e)}


def test_nested_and_crossing_spans_keep_exact_extents():
    text = "abcdefghij"
    spans = [Highlight(0, 6, "outer", "hl", "x"), Highlight(2, 4, "inner", "hl", "y"),
             Highlight(4, 9, "cross", "hl", "z"), Highlight(9, 10, "last", "hl", "w")]
    plain, got, stops = pieces(str(highlight_html(text, spans)))
    assert plain == text
    assert set(got) == {("outer", 0, 6), ("inner", 2, 4), ("cross", 4, 9), ("last", 9, 10)}
    for (_, start, end), ranges in got.items():
        assert covered(ranges) == set(range(start, end))
    assert len(got[("cross", 4, 9)]) == 2  # closed at 6 (inside outer) and reopened
    assert stops == 4  # one tab stop per item, not per piece


def test_same_start_opens_the_longer_span_outside():
    markup = str(highlight_html("Khawaja Asif said", [Highlight(8, 12, "short", "hl", "a"),
                                                      Highlight(0, 12, "long", "hl", "b")]))
    assert markup.index('data-key="long"') < markup.index('data-key="short"')
    assert markup.endswith("</mark></mark> said")


def test_markup_in_the_text_is_escaped():
    record = hostile_record()
    markup = str(highlight_html(record.text, record_highlights(record)))
    assert "<script>" not in markup and "<img" not in markup and "<b>" not in markup
    assert "&lt;script&gt;" in markup
    assert pieces(markup)[0] == record.text


def test_record_highlights_cover_every_record_span_but_evidence():
    record = synthetic_record(3)
    plain, got, _ = pieces(str(highlight_html(record.text, record_highlights(record))))
    assert plain == record.text
    expected = {(label, s, e) for label, s, e, _ in record.spans() if not label.endswith("evidence")}
    assert set(got) == expected
    for (_, start, end), ranges in got.items():
        assert covered(ranges) == set(range(start, end))


def test_invalid_and_duplicate_spans_are_dropped():
    record = synthetic_record(1)
    record.actors[0].mentions.append(list(record.actors[0].mentions[0]))  # duplicate
    record.times[0].end = len(record.text) + 5  # out of range
    keys = [(h.key, h.start, h.end) for h in record_highlights(record)]
    assert len(keys) == len(set(keys))
    assert all(h.end <= len(record.text) for h in record_highlights(record))
