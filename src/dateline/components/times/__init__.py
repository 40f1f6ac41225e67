"""times component: TIMEX3 expressions (DATE, TIME, DURATION, SET) anchored on the article date.

A HeidelTime-style grammar of precompiled regexes (``rules``) finds candidates over ``doc.text``; the
longest non-overlapping matches win; handlers normalise them in text order (so "the quarter" and
"a year earlier" can refer back to the last quarter mentioned), using the parse only to read the tense
of the governing verb (``anchor``). Fills ``doc._.dl_times`` with ``records.Time``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ...records import Time, make_id
from ..base import add_warning, article_date, article_id, doc_text, ensure_extension
from .anchor import Context
from .grammar import RULES
from .normalise import parse_dct
from .rules import Hit

UNDATED_WARNING = "times: the article has no date; relative time expressions are left unresolved (XXXX)"


def candidates(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    """(start, end, rule index, match) for every rule match, longest and earliest rules first."""
    found = []
    for index, (_, pattern, _) in enumerate(RULES):
        for m in pattern.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), index, m))
    found.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    return found


def select(found: list[tuple[int, int, int, re.Match[str]]], ctx: Context) -> list[tuple[int, int, int, re.Match[str]]]:
    """Greedy longest-first choice of non-overlapping matches that their handler accepts, in text order.

    A rejected match (an age, "the two days" without its article...) leaves room for shorter ones.
    """
    taken: list[tuple[int, int]] = []
    chosen = []
    for c in found:
        if any(c[0] < e and s < c[1] for s, e in taken):
            continue
        if not RULES[c[2]][2](c[3], ctx):  # type: ignore[arg-type]
            continue
        taken.append((c[0], c[1]))
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


def find_times(text: str, date: str | None, doc: Doc | None = None) -> list[Hit]:
    """All TIMEX3 hits in ``text`` anchored on ``date`` (YYYY-MM-DD or None); ``doc`` gives tense."""
    ctx = Context(dct=parse_dct(date), doc=doc, text=text, selecting=True)
    chosen = select(candidates(text), ctx)
    ctx.selecting = False
    ctx.last_quarter = ctx.last_year = ctx.last_date = None  # followed in text order below
    hits: list[Hit] = []
    for _, _, index, m in chosen:
        handler = RULES[index][2]
        for h in handler(m, ctx) or ():  # type: ignore[arg-type]
            span = text[h.start:h.end]
            stripped = span.rstrip(" ,")
            if stripped:
                h.end = h.start + len(stripped)
                hits.append(h)
                follow_reference(ctx, h)
    return hits


_ABSOLUTE_VALUE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$")


def follow_reference(ctx: Context, h: Hit) -> None:
    """The last calendar date named (absolute or resolved) is the reference time of the narrative that follows."""
    if h.type != "DATE":
        return
    m = _ABSOLUTE_VALUE.match(h.value)
    if not m:
        return
    if h.anchor == "absolute":
        ctx.last_year = int(m.group(1))
    ctx.last_date = (h.value, "D" if m.group(3) else "M" if m.group(2) else "Y", h.anchor)


def to_records(doc: Doc, text: str, hits: list[Hit]) -> list[Time]:
    aid = article_id(doc)
    return [Time(id=make_id("time", aid, h.start, h.end), start=h.start, end=h.end,
                 text=text[h.start:h.end], type=h.type, value=h.value, mod=h.mod, anchor=h.anchor)
            for h in hits]


@Language.factory("dateline_times_v1", assigns=["doc._.dl_times"])
def make_times(nlp: Language, name: str) -> TimesComponent:
    ensure_extension("dl_times", default=None)
    return TimesComponent()


class TimesComponent:
    """Fills ``doc._.dl_times``; warns once when the article has no (valid) date."""

    def __call__(self, doc: Doc) -> Doc:
        date = article_date(doc)
        if parse_dct(date) is None:
            add_warning(doc, UNDATED_WARNING)
        text = doc_text(doc)
        doc._.dl_times = to_records(doc, text, find_times(text, date, doc))
        return doc
