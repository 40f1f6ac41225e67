"""Actors: named people, organisations, places and groups grouped into one actor per entity.

Foundation step: entities from the NER model, grouped by normalised name, with surnames joined to the
full name mentioned earlier. The actors issue deepens this (roles, knowledge base, coding).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...records import Actor, make_id
from ..base import article_id, ensure_extension

ACTOR_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "NORP", "LOC": "GPE", "FAC": "ORG"}
_POSSESSIVE = re.compile(r"[’']s?$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def normalise_name(text: str) -> str:
    text = _POSSESSIVE.sub("", text.strip())
    text = _LEADING_THE.sub("", text)
    return " ".join(text.split()).casefold()


def mention_bounds(span: Span) -> tuple[int, int]:
    """Character bounds without a trailing possessive, so the mention is the name itself."""
    end = span.end
    if end - 1 > span.start and span.doc[end - 1].tag_ == "POS":
        end -= 1
    s = span.doc[span.start:end]
    return s.start_char, s.end_char


class ActorsComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        ensure_extension("dl_actors", default=None)

    def __call__(self, doc: Doc) -> Doc:
        aid = article_id(doc)
        groups: dict[str, Actor] = {}
        for ent in doc.ents:
            kind = ACTOR_LABELS.get(ent.label_)
            if kind is None:
                continue
            start, end = mention_bounds(ent)
            name = doc.text[start:end]
            key = normalise_name(name)
            if not key:
                continue
            if kind == "PERSON" and key not in groups and " " not in key:
                key = self._surname_owner(groups, key) or key
            actor = groups.get(key)
            if actor is None:
                actor = Actor(id=make_id("actor", aid, key), name=" ".join(name.split()), kind=kind)
                groups[key] = actor
            actor.mentions.append([start, end])
        doc._.dl_actors = list(groups.values())
        doc._.dl_actor_index = sorted((s, e, a.id) for a in groups.values() for s, e in a.mentions)
        return doc

    @staticmethod
    def _surname_owner(groups: dict[str, Actor], surname: str) -> str | None:
        owners = [k for k, a in groups.items() if a.kind == "PERSON" and k.split()[-1] == surname]
        return owners[0] if len(owners) == 1 else None


@Language.factory("dateline_actors_v1")
def make_actors(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent(nlp, name)
