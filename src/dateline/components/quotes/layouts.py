"""Attributions carried by page layout rather than by a verb of saying.

- Transcripts: a paragraph that opens with a speaker label in capitals ("JAKE TAPPER: ...", "TRUMP: ...").
- Embedded posts: "text — Name (@handle) June 28, 2016", the way pages render an embedded tweet.
- Signed quotations: a line that is one quotation followed by a dash and a name ('"We matter." ― Ana Ruiz'),
  the way collections of testimonies and epigraphs credit each quotation.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .cues import EDITORIAL_LABELS
from .reported import Candidate, trim_chars

_TRANSCRIPT = re.compile(r"^[ \t]*[\"“]?((?:[A-Z][A-Z.'’-]+)(?:[ \t]+[A-Z][A-Z.'’-]+){0,3})[ \t]*(:)[ \t]*(\S[^\n]*)",
                         re.MULTILINE)
_EMBEDDED_POST = re.compile(r"^[ \t]*(\S[^\n]*?)[ \t]+[—–][ \t]+([^()\n—–]{2,60}?[ \t]*\(@\w+\))[ \t]+"
                            r"[A-Z][a-z]+\.? \d{1,2}, \d{4}", re.MULTILINE)
MIN_CONTENT_WORDS = 3
_SIGNED = re.compile(r"^[ \t]*[“”\"«„]([^\n]+?)[”\"»][ \t]*([―—–])[ \t]*([A-Z][^\n―—–()]{1,60}?)[ \t\u00a0.]*$",
                     re.MULTILINE)
MAX_NAME_WORDS = 5


def layout_candidates(doc: Doc, text: str) -> list[Candidate]:
    out = []
    for match in _TRANSCRIPT.finditer(text):
        if len(match.group(3).split()) < MIN_CONTENT_WORDS or _editorial(match.group(1)):
            continue
        out.append(_candidate(doc, text, match.span(1), match.span(2), match.span(3)))
    for match in _EMBEDDED_POST.finditer(text):
        if len(match.group(1).split()) < MIN_CONTENT_WORDS:
            continue
        dash = text.rindex("—" if "—" in text[match.end(1):match.start(2)] else "–", match.end(1), match.start(2))
        out.append(_candidate(doc, text, match.span(2), (dash, dash + 1), match.span(1)))
    for match in _SIGNED.finditer(text):
        if len(match.group(1).split()) < MIN_CONTENT_WORDS or len(match.group(3).split()) > MAX_NAME_WORDS:
            continue
        signed = _candidate(doc, text, match.span(3), match.span(2), match.span(1))
        if signed is not None:
            signed.verbatim = True
            out.append(signed)
    return [c for c in out if c is not None]


def _editorial(label: str) -> bool:
    return any(word.lower().replace("’", "'") in EDITORIAL_LABELS for word in label.split())


def _candidate(doc: Doc, text: str, speaker: tuple[int, int], cue: tuple[int, int],
               content: tuple[int, int]) -> Candidate | None:
    span = trim_chars(text, *content)
    tokens = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or tokens is None or len(tokens) == 0:
        return None
    return Candidate(cue=[list(cue)], content=[span], speaker=[list(speaker)], cue_token=tokens[0].i,
                     sentence=speaker[0], colon=True, antecedent=list(speaker))
