"""Document-level gender evidence for person actors, so that "he" and "she" speakers skip antecedents of
the other gender without a coreference model.

All evidence comes from the article itself:
- a title or family noun in or right before a mention ("Mr. Obama", "Congresswoman Lee", "his wife,
  Michelle");
- pronouns in a sentence that names exactly one person, after the name ("Warren said her bill ...",
  "Trump, who has said he ..."), and the pronoun that opens the next sentence when that one names no
  person ("... said Terry Strada. She added ...").
Pronouns inside quotation marks are the quoted speaker's and are not counted.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from .marks import find_quoted
from .reported import doc_text

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
# Honorifics, gendered offices and family nouns (common dictionary vocabulary).
MALE_TITLES = frozenset("""
mr mr. sir lord king prince duke baron congressman assemblyman councilman alderman spokesman chairman
businessman statesman sportsman father husband son brother uncle nephew grandfather grandson boyfriend
widower actor monsignor
""".split())
FEMALE_TITLES = frozenset("""
mrs mrs. ms ms. miss madam madame dame lady queen princess duchess baroness congresswoman assemblywoman
councilwoman alderwoman spokeswoman chairwoman businesswoman stateswoman sportswoman mother wife daughter
sister aunt niece grandmother granddaughter girlfriend widow actress
""".split())
_WORD = re.compile(r"[A-Za-z.]+")
_PRONOUN = re.compile(r"\b(?:" + "|".join(sorted(MALE_PRONOUNS | FEMALE_PRONOUNS)) + r")\b", re.IGNORECASE)
TITLE_WINDOW = 25  # characters before a mention searched for a title ("his wife, " / "Rep. ")
TITLE_WORDS = 3  # of which the last few words count
_LEAD = " \t\n\"“‘'(—–-"


def person_genders(doc: Doc, mentions: list[tuple[int, int, str]]) -> dict[str, str]:
    """{actor id: "m" or "f"} for the person actors with more evidence for one gender than the other.
    ``mentions``: (start, end, actor id) of person mentions, sorted by start."""
    if not mentions:
        return {}
    text = doc_text(doc)
    # names only: the actors component also lists pronouns it attached to a person, without gender
    mentions = [m for m in mentions if text[m[0]:m[1]].lower() not in MALE_PRONOUNS | FEMALE_PRONOUNS]
    votes: dict[str, list[int]] = {}
    for start, end, actor_id in mentions:
        gender = _title_gender(text, start, end)
        if gender is not None:
            _vote(votes, actor_id, gender, 2)
    quoted = [(q.start, q.end) for q in find_quoted(text)]
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    sent_starts = [s for s, _ in sentences]
    named: list[list[tuple[int, str]]] = [[] for _ in sentences]  # per sentence: (start, actor id)
    for start, _end, actor_id in mentions:
        named[bisect.bisect_right(sent_starts, start) - 1].append((start, actor_id))
    for match in _PRONOUN.finditer(text):
        at = match.start()
        if _in_spans(quoted, at):
            continue
        gender = "m" if match.group().lower() in MALE_PRONOUNS else "f"
        sentence = bisect.bisect_right(sent_starts, at) - 1
        ids = {a for _, a in named[sentence]}
        if len(ids) == 1:
            if named[sentence][0][0] < at:  # after the name: "Warren said her bill ..."
                _vote(votes, next(iter(ids)), gender, 1)
        elif not ids and sentence > 0 and not text[sent_starts[sentence]:at].strip(_LEAD):
            previous = {a for _, a in named[sentence - 1]}
            if len(previous) == 1:  # "... said Terry Strada. She added ..."
                _vote(votes, next(iter(previous)), gender, 1)
    return {a: ("m" if m > f else "f") for a, (m, f) in sorted(votes.items()) if m != f}


def _title_gender(text: str, start: int, end: int) -> str | None:
    before = _WORD.findall(text, max(0, start - TITLE_WINDOW), start)[-TITLE_WORDS:]
    words = [w.lower() for w in before + _WORD.findall(text, start, end)]
    male = any(w in MALE_TITLES for w in words)
    female = any(w in FEMALE_TITLES for w in words)
    if male != female:
        return "m" if male else "f"
    return None


def _vote(votes: dict[str, list[int]], actor_id: str, gender: str, weight: int) -> None:
    counts = votes.setdefault(actor_id, [0, 0])
    counts[0 if gender == "m" else 1] += weight


def _in_spans(spans: list[tuple[int, int]], at: int) -> bool:
    i = bisect.bisect_right(spans, (at, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


def pronoun_gender(word: str) -> str | None:
    lower = word.strip().lower()
    if lower in MALE_PRONOUNS:
        return "m"
    if lower in FEMALE_PRONOUNS:
        return "f"
    return None
