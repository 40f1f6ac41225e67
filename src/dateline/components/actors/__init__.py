"""Actors: one canonical actor per entity, with every mention, coded by country and PLOVER sector.

Modules: ``mentions`` (names, acronyms, titles, role nouns, pronouns), ``resolution`` (one draft per entity),
``coding`` (country/sector/role from the text first, then the KB for the article's date), ``kb`` (the packaged
knowledge base and the user's actors file). Fills ``doc._.dl_actors`` (list[Actor]) and
``doc._.dl_actor_index`` (sorted (start, end, actor_id) for every mention, metonymy included), which
``components.base.actor_covering`` reads.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...records import Actor, make_id
from ..base import article_date, article_id, ensure_extension
from .coding import Coded, code_draft
from .kb import KnowledgeBase, load_kb
from .resolution import Draft, Resolver


def first_title(draft: Draft) -> str | None:
    """The role as first written in the article."""
    if not draft.titles:
        return None
    at = draft.title_at + [10**9] * (len(draft.titles) - len(draft.title_at))
    return min(zip(at, draft.titles, strict=False))[1]


class ActorsComponent:
    def __init__(self, nlp: Language, name: str, user_file: str = "") -> None:
        ensure_extension("dl_actors", default=None)
        ensure_extension("dl_actor_index", default=None)
        self.kb: KnowledgeBase = load_kb(user_file or None)

    def __call__(self, doc: Doc) -> Doc:
        aid, date = article_id(doc), article_date(doc)
        resolver = Resolver(doc, self.kb)
        drafts = resolver.run()
        coded: dict[str, Coded] = {}
        actors: list[Actor] = []
        for key, d in drafts.items():
            if not d.mentions and not d.metonymy:
                continue
            c = code_draft(d, drafts, self.kb, date, resolver.dominant, coded)
            actors.append(Actor(
                id=make_id("actor", aid, key), name=d.name, country=c.country, sector=c.sector,
                role=first_title(d), kb_id=c.kb_id,
                mentions=sorted([list(m) for m in d.mentions]), kind=d.kind,
                metonymy=sorted([list(m) for m in d.metonymy]), evidence=c.evidence,
            ))
        actors.sort(key=lambda a: (a.mentions or a.metonymy)[0])
        doc._.dl_actors = actors
        doc._.dl_actor_index = sorted((s, e, a.id) for a in actors for s, e in a.mentions + a.metonymy)
        return doc


@Language.factory("dateline_actors_v1", default_config={"user_file": ""})
def make_actors(nlp: Language, name: str, user_file: str) -> ActorsComponent:
    return ActorsComponent(nlp, name, user_file)
