"""The medium a statement was made through ("Talking with BBC Urdu", "told Geo News", "in a statement",
"on Twitter", "at a press conference") and the time attached to it ("... (VoA) Thursday").

Patterns run on the quote's frame: its sentences with the quoted content blanked out, so words inside a
quotation never make a medium.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...records import Medium, Time
from ..base import actor_covering
from .reported import doc_text

# A proper name: capitalised words joined by small words, with an optional "(ABBR)" after it.
_CALENDAR = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
             r"June|July|August|September|October|November|December)\b)")
_NAME = (r"(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|the|de|al|on)?\s*" + _CALENDAR + r"[A-Z][\w&.'’-]*)*"
         r"(?:\s+\([A-Z][\w.&-]*\))?")
_PLATFORMS = r"Twitter|X|Facebook|Instagram|Truth Social|TikTok|YouTube|Telegram|Weibo|LinkedIn|Threads|Bluesky|Snapchat|WhatsApp|Reddit"

# (pattern, type, group holding the medium's text: a name, or 0 for the whole phrase)
_PATTERNS: list[tuple[re.Pattern[str], str, int]] = [
    (re.compile(r"\b[Ii]n an?\s+(?:[a-z-]+\s+){0,3}interview\s+(?:with|on|to)\s+(" + _NAME + ")"), "interview", 1),
    (re.compile(r"\b(?:[Tt]alking|[Ss]peaking)\s+(?:with|to)\s+(" + _NAME + ")"), "interview", 1),
    (re.compile(r"\b(?:[Tt]old|[Tt]elling|[Ss]aid\s+to)\s+(" + _NAME + ")"), "interview", 1),
    (re.compile(r"\b(?:[Tt]alking|[Ss]peaking|[Tt]old|[Tt]elling)\s+(?:to\s+)?(?:reporters|journalists|the press|the media|a news conference)\b"), "press conference", 0),
    (re.compile(r"\b(?:[Aa]t|[Dd]uring|[Ii]n)\s+an?\s+(?:[a-z-]+\s+){0,2}(?:press|news|media)\s+(?:conference|briefing|availability)\b"), "press conference", 0),
    (re.compile(r"\b[Ii]n\s+an?\s+(?:[a-z-]+\s+){0,2}(?:statement|press release|communiqu[ée]|declaration)\b"), "statement", 0),
    (re.compile(r"\b[Ii]n\s+an?\s+(?:[a-z-]+\s+){0,2}(?:tweet|Facebook post|Instagram post|social media post|video posted)\b"), "social media", 0),
    (re.compile(r"\b(?:on|via|in a post on)\s+(" + _PLATFORMS + r")\b"), "social media", 1),
    (re.compile(r"\b(?:[Aa]ppearing|an appearance|[Ss]peaking)\s+on\s+(" + _NAME + ")"), "broadcast", 1),
    (re.compile(r"\b(?:on|in an interview on)\s+(" + _NAME + r")(?:’s|'s)\s+[A-Z]"), "broadcast", 1),
    (re.compile(r"\b[Ii]n\s+an?\s+(?:[a-z-]+\s+){0,2}(?:op-ed|opinion piece|column|editorial|essay|open letter|letter|memo|book|article|blog post|report)(?:\s+(?:for|in|published\s+(?:in|by)|to)\s+(" + _NAME + "))?"), "publication", 0),
    (re.compile(r"\b(?:[Ww]rote|[Ww]riting)\s+(?:in|for)\s+(" + _NAME + ")"), "publication", 1),
]
# "told X": a medium only when X is an organisation, not a person being told.
_NEEDS_ORG = {2}
_MEDIA_WORDS = re.compile(r"\b(?:News|TV|Television|Radio|Times|Post|Journal|Press|Agency|Broadcasting|Network|Channel|Daily|Herald|Tribune|Gazette|Magazine|BBC|CNN|AP|AFP|Reuters)\b")
_DOC_ORG = {"ORG", "MEDIA"}


def find_medium(doc: Doc, frame: str, offset: int) -> Medium | None:
    """The first medium phrase in ``frame`` (doc text from ``offset``, content blanked out)."""
    for n, (pattern, kind, group) in enumerate(_PATTERNS):
        for match in pattern.finditer(frame):
            g = group if group and match.group(group) else 0
            start, end = match.start(g) + offset, match.end(g) + offset
            start, end = _strip_trailing(doc_text(doc), start, end)
            if n in _NEEDS_ORG and not _is_organisation(doc, start, end):
                continue
            return Medium(text=doc_text(doc)[start:end], start=start, end=end, type=kind)
    return None


def _strip_trailing(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,.;:’'":
        end -= 1
    if text[end - 2:end] in ("’s", "'s"):
        end -= 2
    return start, end


def _is_organisation(doc: Doc, start: int, end: int) -> bool:
    if _MEDIA_WORDS.search(doc_text(doc), start, end):
        return True
    actor_id = actor_covering(doc, start, end)
    if actor_id is None:
        return False
    kinds = {a.id: a.kind for a in doc._.dl_actors or []}
    return kinds.get(actor_id) in _DOC_ORG


def find_time(times: list[Time], frame_start: int, frame_end: int, blocked: list[list[int]],
              near: int) -> Time | None:
    """The date/time expression in the frame and outside the content that is nearest to ``near``."""
    best: Time | None = None
    for t in times:
        if t.type not in ("DATE", "TIME") or t.start < frame_start or t.end > frame_end:
            continue
        if any(s < t.end and t.start < e for s, e in blocked):
            continue
        if best is None or abs(t.start - near) < abs(best.start - near):
            best = t
    return best
