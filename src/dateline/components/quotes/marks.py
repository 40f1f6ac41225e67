"""Direct quotations: spans between quotation marks, curly or straight, balanced or not.

News conventions handled: a quotation that runs over several paragraphs leaves the closing mark off every
paragraph but the last and reopens each one ("...\n\n“More..."); a missing closing mark ends the quotation at
the paragraph end; single marks inside double ones are nested quotations and stay part of the content;
top-level single curly marks (British style) count when they open at a word start and close at a word end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
_MARKS = re.compile(r"[\"“”„«»]")
_SINGLE = re.compile(r"(?<![\w’'])‘([^‘’\n]{2,}?)’(?![\w‘])")
_PARAGRAPH = re.compile(r"[^\n]+")
_WORD = re.compile(r"\w+")


@dataclass
class Quoted:
    """Text between a pair of quotation marks, the marks excluded; ``group`` joins multi-paragraph pieces."""

    start: int
    end: int
    group: int
    closed: bool = True

    def words(self, text: str) -> int:
        return len(_WORD.findall(text, self.start, self.end))


def _is_opening_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return before.isspace() or before in "([{—–-:/"


_DOUBLED_APOSTROPHE = re.compile(r"''")


def find_quoted(text: str) -> list[Quoted]:
    """All top-level quotations in ``text`` in order; pieces of one multi-paragraph quotation share a group."""
    # Two apostrophes stand for a straight double mark in some wire and archive texts (''Yes,'' he said);
    # read them as '"' plus a space, which keeps every offset.
    text = _DOUBLED_APOSTROPHE.sub('" ', text)
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    out: list[Quoted] = []
    group = 0
    carried = False  # the previous paragraph ended inside an open quotation
    for n, (p_start, p_end) in enumerate(paragraphs):
        open_at: int | None = None
        first_mark = True
        for m in _MARKS.finditer(text, p_start, p_end):
            ch, i = m.group(), m.start()
            if open_at is None:
                if ch in CLOSING:
                    continue  # a stray closing mark with nothing open
                if not (ch in OPENING or _is_opening_straight(text, i)):
                    continue
                starts_paragraph = first_mark and not text[p_start:i].strip()
                if not (carried and starts_paragraph):
                    group += 1
                open_at = i + 1
            elif ch in CLOSING or ch == STRAIGHT:
                out.append(Quoted(open_at, i, group))
                open_at = None
            else:  # an opening mark while open: the earlier one was never closed
                out.append(Quoted(open_at, i, group, closed=False))
                group += 1
                open_at = i + 1
            first_mark = False
        carried = False
        if open_at is not None:
            out.append(Quoted(open_at, p_end, group, closed=False))
            nxt = paragraphs[n + 1][0] if n + 1 < len(paragraphs) else None
            carried = nxt is not None and text[nxt] in OPENING + STRAIGHT
    if not out:  # British style: single marks at the top level
        for m in _SINGLE.finditer(text):
            group += 1
            out.append(Quoted(m.start(1), m.end(1), group))
    return [q for q in (_trim(text, q) for q in out) if q.end > q.start]


def _trim(text: str, q: Quoted) -> Quoted:
    start, end = q.start, q.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quoted(start, end, q.group, q.closed)
