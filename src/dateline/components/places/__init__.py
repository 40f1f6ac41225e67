"""Places: place mentions resolved to GeoNames ids, country (ISO3), admin1 and coordinates, offline.

``doc._.dl_places`` holds ``Place`` records in text order. The events component may later set
``role = "event"`` on places attached to its triggers; places here are ``mention`` or ``metonym``
(a capital or country standing for its government: "Kabul is not ready to use force").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from ...records import Place, make_id
from ..base import article_id, doc_text, ensure_extension
from .gazetteer import CAPITAL, COUNTRY, Entry, Gazetteer, load_gazetteer
from .mentions import LOCAL_FEATURE_WORDS, Mention, find_mentions
from .resolve import resolve

# Verbs and adjectives whose subject is a will or a voice: a capital or country there is its government.
ACTOR_VERBS = frozenset("""
say tell announce state claim warn threaten urge demand ask call insist deny accuse condemn criticize
criticise reject refuse agree decide want plan hope intend vow pledge promise offer seek try expect
believe respond reply protest welcome praise blame sanction negotiate retaliate oppose support back
""".split())
ACTOR_ADJECTIVES = frozenset("ready willing unwilling prepared reluctant determined eager keen able unable".split())
METONYM_FEATURES = frozenset({COUNTRY, CAPITAL})


def is_metonym(doc: Doc, mention: Mention) -> bool:
    """A country or capital that is the subject of a speech or volition verb or of 'is ready to'."""
    if mention.root < 0:
        return False
    tok: Token = doc[mention.root]
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = tok.head
    if head.lemma_.lower() in ACTOR_VERBS:
        return True
    return any(c.dep_ == "acomp" and c.lemma_.lower() in ACTOR_ADJECTIVES for c in head.children)


def to_place(gaz: Gazetteer, doc: Doc, mention: Mention, entry: Entry | None, aid: str) -> Place:
    place = Place(id=make_id("place", aid, mention.start, mention.end), start=mention.start, end=mention.end,
                  text=doc_text(doc)[mention.start:mention.end])
    if entry is not None:
        place.name = entry.name
        place.geonameid = entry.geonameid
        place.country = gaz.iso3.get(entry.country or "")
        place.admin1 = _admin1_name(gaz, entry)
        place.lat, place.lon = entry.lat, entry.lon
        place.feature = entry.feature
        if entry.feature in METONYM_FEATURES and mention.kind == "name" and is_metonym(doc, mention):
            place.role = "metonym"
    return place


def _admin1_name(gaz: Gazetteer, entry: Entry) -> str | None:
    if not entry.admin1 or not entry.country:
        return None
    if entry.country == "US":
        idx = gaz.admin1(entry.country, entry.admin1)
        return gaz.entries[idx].name if idx is not None else None
    if entry.feature == "ADM1":
        return entry.name
    return None  # GeoNames admin1 codes outside the US are not the ISO codes we hold names for


# Local features no gazetteer of towns holds: placed at the article's focus town, without an id.
LOCAL_FEATURE_FIRST_WORDS = frozenset("""highway route interstate lake mount mt. port fort river cape bay isle
""".split())
LOCAL_AREA_WORDS = frozenset({"township", "twp.", "twp"})  # "Readington Township": a municipality nearby


def is_local_feature(text: str) -> bool:
    words = text.lower().split()
    return bool(words) and (words[-1] in LOCAL_FEATURE_WORDS or words[-1] in LOCAL_AREA_WORDS
                            or (len(words) > 1 and words[0] in LOCAL_FEATURE_FIRST_WORDS))


def article_focus(mentions: list[Mention], entries: list[Entry | None]) -> Entry | None:
    """The most-mentioned town or county of the article's most-mentioned country."""
    top = main_country(entries)
    if top is None:
        return None
    local = Counter(e for e in entries if e is not None and e.country == top and e.lat is not None
                    and e.feature in ("PPL", "PPLC", "ADM2"))
    return _most_common(local)


def _most_common(counts: Counter) -> Any:
    """The most frequent key; ties go to the one mentioned first (explicit, in text order)."""
    first = {key: n for n, key in enumerate(counts)}
    return min(counts, key=lambda key: (-counts[key], first[key])) if counts else None


# "the western border areas", "tribal districts": a part of the article's main country (role mention).
DESCRIPTIVE = re.compile(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+|tribal\s+|border\s+|"
    r"frontier\s+|coastal\s+|mountainous\s+)+(?:areas?|regions?|provinces|districts|territories|belt)\b")


def main_country(entries: list[Entry | None]) -> str | None:
    """The country most of the article's distinct resolved places lie in (a name said five times, often a
    person's the model took for a town, counts once)."""
    countries = Counter(e.country for e in dict.fromkeys(entries) if e is not None and e.country)
    return _most_common(countries)


def descriptive_places(gaz: Gazetteer, doc: Doc, taken: list[tuple[int, int]], country: str, aid: str) -> list[Place]:
    idx = gaz.country(country)
    if idx is None:
        return []
    e = gaz.entries[idx]
    out = []
    for match in DESCRIPTIVE.finditer(doc_text(doc)):
        start, end = match.span()
        if " " not in match.group(0) or any(s < end and start < t for s, t in taken):
            continue
        out.append(Place(id=make_id("place", aid, start, end), start=start, end=end, text=match.group(0),
                         name=e.name, geonameid=e.geonameid, country=gaz.iso3.get(country), lat=e.lat, lon=e.lon,
                         feature=e.feature, qualifier=match.group(0)))
    return out


class PlacesComponent:
    """Mentions -> gazetteer candidates -> context-resolved Place records."""

    def __init__(self, nlp: Language, name: str, scan_names: bool = True) -> None:
        ensure_extension("dl_places", default=None)
        self.gazetteer = load_gazetteer()
        self.scan_names = scan_names

    def __call__(self, doc: Doc) -> Doc:
        mentions = find_mentions(doc, self.gazetteer, scan_names=self.scan_names)
        entries = resolve(self.gazetteer, mentions)
        aid = article_id(doc)
        places = [to_place(self.gazetteer, doc, m, e, aid) for m, e in zip(mentions, entries, strict=True)]
        focus = article_focus(mentions, entries) if any(e is None for e in entries) else None
        if focus is not None:
            for place, entry, mention in zip(places, entries, mentions, strict=True):
                # A named town the gazetteer lacks ("Harwinton") is, in local news, one near the focus.
                if entry is None and (is_local_feature(place.text) or mention.label == "GPE"):
                    place.country = self.gazetteer.iso3.get(focus.country or "")
                    place.admin1 = _admin1_name(self.gazetteer, focus)
                    place.lat, place.lon = focus.lat, focus.lon
        country = main_country(entries)
        if country is not None:
            places += descriptive_places(self.gazetteer, doc, [(p.start, p.end) for p in places], country, aid)
            places.sort(key=lambda p: p.start)
        doc._.dl_places = places
        return doc


@Language.factory("dateline_places_v1", default_config={"scan_names": True})
def make_places(nlp: Language, name: str, scan_names: bool) -> PlacesComponent:
    return PlacesComponent(nlp, name, scan_names=scan_names)
