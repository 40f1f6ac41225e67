"""Attach time expressions, places and quotes (from the other components) to event triggers.

A time or place attaches to the nearest verb or event noun it depends on; an event takes the one attached
to its trigger or, failing that, to the nearest verb above it ("On Thursday Asif said Pakistan could target
..." dates the threat to Thursday: the day it was made).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from typing import Any

from spacy.tokens import Doc, Span, Token

LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "across", "within", "into", "from", "over",
                  "throughout", "around", "along"}
DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-Q\d)?$")


def _root(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _anchor(tok: Token, start: int, end: int, steps: int = 5) -> Token | None:
    """The verb or noun a modifier phrase depends on: 'on Saturday' -> drew; 'in Afghanistan' -> target."""
    for _ in range(steps):
        head = tok.head
        if head.i == tok.i:
            return None
        inside = start <= head.idx < end
        if not inside and head.pos_ in ("VERB", "AUX", "NOUN", "PROPN"):
            return head
        tok = head
    return None


def time_index(doc: Doc, times: list[Any]) -> dict[int, list[Any]]:
    """token index of the anchor -> times attached there (only dates with a calendar value)."""
    index: dict[int, list[Any]] = defaultdict(list)
    for t in times or ():
        if t.type not in ("DATE", "TIME") or not DATE_VALUE.match(str(t.value or "")[:10]):
            continue
        root = _root(doc, t.start, t.end)
        if root is None:
            continue
        anchor = _anchor(root, t.start, t.end)
        if anchor is not None:
            index[anchor.i].append(t)
    return index


def event_time(trigger: Token, index: dict[int, list[Any]]) -> Any | None:
    """The time attached to the trigger, else to the nearest verb above it in the same sentence."""
    tok = trigger
    for _ in range(8):
        hits = index.get(tok.i)
        if hits:
            return min(hits, key=lambda t: abs(t.start - trigger.idx))
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _places_in(doc: Doc, places: list[Any], start: int, end: int) -> list[Any]:
    """Places starting in [start, end), by binary search over places sorted once per Doc and list
    (a scan per event made long documents quadratic)."""
    if not places:
        return []
    key = ("dateline", "events", "places_by_start", id(places), len(places))
    index = doc.user_data.get(key)
    if index is None:
        ordered = sorted(places, key=lambda p: p.start)
        index = doc.user_data[key] = ([p.start for p in ordered], ordered)
    starts, ordered = index
    return ordered[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]


def event_place(doc: Doc, trigger: Token, sent: Span, places: list[Any]) -> Any | None:
    """A place in a locative phrase of the trigger (or of its object), in the trigger's sentence."""
    best = None
    for place in _places_in(doc, places, sent.start_char, sent.end_char):
        tok = _root(doc, place.start, place.end)
        if tok is None:
            continue
        first_prep = None
        for _ in range(6):
            head = tok.head
            if head.i == tok.i:
                break
            if tok.dep_ == "prep" and first_prep is None:
                first_prep = tok.lower_
            if head.i == trigger.i:
                if first_prep in LOCATIVE_PREPS or (tok.dep_ == "prep" and tok.lower_ in LOCATIVE_PREPS):
                    if best is None or abs(place.start - trigger.idx) < abs(best.start - trigger.idx):
                        best = place
                break
            if head.pos_ in ("VERB", "AUX") and head.i != trigger.i:
                break
            tok = head
    return best


def event_quote(trigger_start: int, quotes: list[Any]) -> Any | None:
    for quote in quotes or ():
        for s, e in quote.content:
            if s <= trigger_start < e:
                return quote
    return None
