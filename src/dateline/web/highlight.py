"""An article's text as HTML with every extracted item's evidence span highlighted.

The text is escaped piece by piece, so nothing in an article can become markup. Spans may nest or cross:
a crossing span is closed and reopened around the other one, so each highlighted item becomes one or more
``<mark>`` pieces whose union is exactly its ``[start, end)`` span. Each piece carries ``data-key`` (the
item's label, as in ``Record.spans()``) and ``data-span`` (``start-end``), so a browser test can check the
highlights against the record. The container's text content equals ``Record.text`` exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from ..records import Record


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    key: str  # "actor a-1", "quote q-1 content", "event e-1 trigger", ...
    css: str  # CSS classes of the piece
    ref: str  # "kind id": what the details panel shows


def record_highlights(record: Record) -> list[Highlight]:
    """Every highlighted span of a record (event evidence sentences excepted: shown on focus instead)."""
    out: list[Highlight] = []
    for t in record.times:
        out.append(Highlight(t.start, t.end, f"time {t.id}", "hl hl-time", f"time {t.id}"))
    for p in record.places:
        out.append(Highlight(p.start, p.end, f"place {p.id}", "hl hl-place", f"place {p.id}"))
    for a in record.actors:
        out += [Highlight(s, e, f"actor {a.id}", "hl hl-actor", f"actor {a.id}") for s, e in a.mentions]
        out += [Highlight(s, e, f"actor {a.id}", "hl hl-actor hl-metonym", f"actor {a.id}")
                for s, e in a.metonymy]
    for q in record.quotes:
        for part in ("content", "cue", "speaker"):
            out += [Highlight(s, e, f"quote {q.id} {part}", f"hl hl-{part}", f"quote {q.id}")
                    for s, e in getattr(q, part)]
        if q.medium:
            out.append(Highlight(q.medium.start, q.medium.end, f"quote {q.id} medium", "hl hl-medium",
                                 f"quote {q.id}"))
    for ev in record.events:
        if len(ev.trigger) == 2:
            out.append(Highlight(ev.trigger[0], ev.trigger[1], f"event {ev.id} trigger", "hl hl-event",
                                 f"event {ev.id}"))
    return valid_unique(out, len(record.text))


def valid_unique(spans: list[Highlight], n: int) -> list[Highlight]:
    """Drop empty or out-of-range spans and exact duplicates (same key and span), keeping first seen."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for h in spans:
        ident = (h.key, h.start, h.end)
        if 0 <= h.start < h.end <= n and ident not in seen:
            seen.add(ident)
            out.append(h)
    return out


def _open_tag(h: Highlight, first: bool) -> str:
    # first piece of an item is a tab stop, so every item can be reached and inspected by keyboard
    focus = ' tabindex="0"' if first else ""
    return (f'<mark class="{escape(h.css)}" data-key="{escape(h.key)}" data-span="{h.start}-{h.end}" '
            f'data-ref="{escape(h.ref)}"{focus}>')


def highlight_html(text: str, spans: list[Highlight]) -> Markup:
    """``text`` escaped, with each span wrapped in ``<mark>`` pieces (outer spans first at equal starts)."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i].start, -spans[i].end, i))
    starts: dict[int, list[int]] = {}
    for i in order:
        starts.setdefault(spans[i].start, []).append(i)
    bounds = sorted({0, len(text), *(h.start for h in spans), *(h.end for h in spans)})
    parts: list[str] = []
    stack: list[int] = []
    opened: set[int] = set()
    prev = 0
    for pos in bounds:
        parts.append(str(escape(text[prev:pos])))
        prev = pos
        # close every span ending here; spans opened above it are closed and reopened as new pieces
        lowest = next((k for k, i in enumerate(stack) if spans[i].end == pos), None)
        if lowest is not None:
            above = stack[lowest:]
            parts.append("</mark>" * len(above))
            del stack[lowest:]
            for i in above:
                if spans[i].end > pos:
                    parts.append(_open_tag(spans[i], first=False))
                    stack.append(i)
        for i in starts.get(pos, ()):
            parts.append(_open_tag(spans[i], first=i not in opened))
            opened.add(i)
            stack.append(i)
    parts.append("</mark>" * len(stack))
    return Markup("".join(parts))
