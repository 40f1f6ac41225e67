"""What components share: the article context on the Doc and guarded extension registration."""

from __future__ import annotations

import bisect
from typing import Any

from spacy.tokens import Doc


def ensure_extension(name: str, default: Any = None) -> None:
    """Register ``Doc._.<name>`` once per process (fresh worker processes need it too)."""
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=default)


ensure_extension("dl_article_id", default="doc")
ensure_extension("dl_date", default=None)  # publication date, YYYY-MM-DD or None
ensure_extension("dl_warnings", default=None)  # list[str], set by components; None until then


def article_id(doc: Doc) -> str:
    return doc._.dl_article_id or "doc"


def article_date(doc: Doc) -> str | None:
    return doc._.dl_date


TEXT_KEY = "dl_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc. spaCy rebuilds ``Doc.text`` from every token on each access, so
    calling it per entity or per candidate is quadratic in the document's length; use this instead.
    The Pipeline stores the article text here when it makes the Doc."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def add_warning(doc: Doc, message: str) -> None:
    if doc._.dl_warnings is None:
        doc._.dl_warnings = []
    if message not in doc._.dl_warnings:
        doc._.dl_warnings.append(message)


ensure_extension("dl_actor_index", default=None)  # list[(start, end, actor_id)] sorted; set by actors


def actor_covering(doc: Doc, start: int, end: int) -> str | None:
    """Id of the actor whose mention best overlaps the character span [start, end), if any.

    The public way for quotes and events to resolve a speaker or a role through the actors component.
    Binary search over the sorted index, so long documents stay linear overall.
    """
    index = doc._.dl_actor_index
    if not index:
        return None
    key = ("dateline", "actor_index_starts", id(index), len(index))
    cached = doc.user_data.get(key)
    if cached is None:  # starts and the longest mention, computed once per index
        cached = ([s for s, _, _ in index], max(e - s for s, e, _ in index))
        doc.user_data[key] = cached
    starts, longest = cached
    best, best_overlap = None, 0
    i = bisect.bisect_left(starts, end) - 1
    while i >= 0 and starts[i] > start - longest:
        s, e, actor_id = index[i]
        overlap = min(e, end) - max(s, start)
        # ties go to the earliest mention, as a left-to-right scan would choose
        if overlap > 0 and overlap >= best_overlap:
            best, best_overlap = actor_id, overlap
        i -= 1
    return best
