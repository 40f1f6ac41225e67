"""Speaker resolution at document level, through the actors component.

The mention is looked up with ``actor_covering``. A singular personal pronoun ("he", "she") goes to the
nearest earlier person first: a resolved speaker or a PERSON mention that is not inside quoted content (so
"Imran Khan" inside what Asif said does not become the next "he"); a role description ("the minister") that
no actor covers falls back the same way.
Anonymous and collective speakers ("diplomatic sources", "officials") keep their own words as the name.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from spacy.tokens import Doc

from ..base import actor_covering
from .coref import person_genders, pronoun_gender
from .cues import PRONOUNS, SINGULAR_PERSON_PRONOUNS
from .reported import doc_text

# Singular nouns for a person's office or role (common dictionary vocabulary), for "the minister said".
ROLE_NOUNS = frozenset("""
minister president premier secretary spokesman spokeswoman spokesperson senator governor candidate chief
leader official mayor chairman chairwoman chair director ambassador envoy general commander lawyer attorney
judge nominee congressman congresswoman representative lawmaker legislator king queen prince emperor
chancellor diplomat adviser advisor aide founder ceo executive manager coach captain mother father wife
husband son daughter brother sister author writer professor doctor officer sheriff prosecutor detective
speaker commissioner administrator head deputy vice-president activist analyst economist expert witness
pastor bishop pope cleric imam rabbi priest physician scientist researcher owner pilot driver victim suspect
""".split())
_DEFINITE = re.compile(r"^(?:the|this|that)\s+(?:[\w'’-]+\s+){0,3}?([a-z][\w-]*)$", re.IGNORECASE)


def is_pronoun(mention: str) -> bool:
    return mention.strip().lower() in PRONOUNS


def is_role_description(mention: str) -> bool:
    match = _DEFINITE.match(mention.strip())
    return bool(match) and match.group(1).lower() in ROLE_NOUNS and not any(c.isupper() for c in mention[1:])


class SpeakerResolver:
    """Resolves speaker mentions in document order; remembers resolved persons for later pronouns."""

    def __init__(self, doc: Doc, quoted_content: list[tuple[int, int]]) -> None:
        self.doc = doc
        actors = doc._.dl_actors or []
        self.actors = {a.id: a for a in actors}
        self.content = sorted(quoted_content)
        self.mentions = [(s, e, a) for s, e, a in doc._.dl_actor_index or ()
                         if a in self.actors and self.actors[a].kind == "PERSON"]
        # pronouns the actors component attached to a person count too: they carry the topic person on
        persons = [(s, a) for s, e, a in self.mentions if not _inside(self.content, s, e)]
        self.persons = sorted(persons)
        self.person_starts = [p[0] for p in self.persons]
        self.speakers: list[tuple[int, str]] = []  # (mention start, actor id) of resolved person speakers
        self._genders: dict[str, str] | None = None

    def resolve(self, start: int, end: int, head: tuple[int, int] | None = None) -> tuple[str | None, str | None]:
        """(speaker_name, speaker_actor) for the mention [start, end) whose head word is ``head``."""
        mention = doc_text(self.doc)[start:end]
        actor_id = None
        if self._pronoun_fallback(mention):  # who is speaking: quoted content does not count
            actor_id = self._nearest_person(start, pronoun_gender(mention))
        if actor_id is None and head:
            actor_id = actor_covering(self.doc, *head)
        actor_id = actor_id or actor_covering(self.doc, start, end)
        if actor_id is None and is_role_description(mention):
            actor_id = self._nearest_person(start)
        if actor_id is None:
            return (None if is_pronoun(mention) else " ".join(mention.split())), None
        actor = self.actors.get(actor_id)
        if actor is not None and (actor.kind == "PERSON" or _looks_like_person(actor.name, actor.kind)):
            self.speakers.append((start, actor_id))
        return (actor.name if actor is not None else " ".join(mention.split())), actor_id

    @staticmethod
    def _pronoun_fallback(mention: str) -> bool:
        return mention.strip().lower() in SINGULAR_PERSON_PRONOUNS

    def _nearest_person(self, before: int, gender: str | None = None) -> str | None:
        """The person mentioned or speaking last before ``before`` whose known gender does not clash with
        ``gender`` (mentions include the pronouns the actors component attached to a person)."""
        i = bisect.bisect_left(self.person_starts, before)
        candidates = self.persons[max(0, i - MAX_ANTECEDENTS):i]
        candidates += [(pos, a) for pos, a in self.speakers if pos < before]
        candidates.sort(reverse=True)
        if gender is None or not candidates:
            return candidates[0][1] if candidates else None
        genders = self.genders()
        for _, actor_id in candidates[:MAX_ANTECEDENTS]:
            if genders.get(actor_id, gender) == gender:
                return actor_id
        return candidates[0][1]

    def genders(self) -> dict[str, str]:
        if self._genders is None:
            self._genders = person_genders(self.doc, self.mentions)
        return self._genders


MAX_ANTECEDENTS = 12  # person mentions looked back over for a pronoun


_ORG_WORDS = re.compile(r"\b(?:Ministry|Party|Government|Council|Committee|News|Inc|Corp|Company|Group|"
                        r"Association|Union|Agency|Department|Office|Court|Police|Army|Bank|University|"
                        r"Institute|Times|Post|Press|Radio|TV|League|Front|Movement|Campaign)\b")
_PERSON_NAME = re.compile(r"^[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){1,2}$")


def _looks_like_person(name: str, kind: str | None) -> bool:
    """An ORG speaker with a two- or three-word personal-looking name ("Laila Noor") is an NER slip."""
    return kind == "ORG" and bool(_PERSON_NAME.match(name)) and not _ORG_WORDS.search(name)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def continue_speakers(text: str, drafts: list[Any]) -> None:
    """A quote with no speaker continues the previous speaker: a quotation with no cue at all (the next
    paragraph of a statement), or a cue whose subject the parse did not give, when the previous speaker
    is named in the same paragraph (a speaker paragraphs back is a guess). Drafts are the extractor's."""
    previous: Any = None
    for d in drafts:
        if not d.speaker and not d.sourceless and previous is not None and previous.speaker and (
                not d.cue or "\n" not in text[previous.speaker[0][0]:d.cue[0][0]]):
            d.speaker = [list(previous.speaker[0])]
            d.antecedent = previous.antecedent
            d.inherited = True
        if d.speaker:
            previous = d
