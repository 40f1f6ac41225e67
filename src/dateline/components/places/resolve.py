"""Choosing one gazetteer entry per mention, by context first and population last.

Evidence, strongest first: an explicit container ("Alexandria, La."), a feature cue in the phrase
("X County", "the state of X", "city"), the countries and US states the article names elsewhere, the
article's dominant country, the kind of place (a country name beats a town of the same name), and the
town's population as the last resort. Two passes: the first takes each mention alone, the second
re-scores every mention against what the first found in the rest of the article.
"""

from __future__ import annotations

import math
from collections import Counter

from .gazetteer import ADM1, ADM2, AREA_FEATURES, CAPITAL, CITY, CONTINENT, COUNTRY, Entry, Gazetteer, fold
from .mentions import CUE_WORDS, Mention

# Prior by kind of place: a name that is a country or a US state is usually meant as that.
FEATURE_PRIOR = {COUNTRY: 7.0, CONTINENT: 6.0, ADM1: 3.5, ADM2: 1.0, CAPITAL: 1.5, CITY: 0.0}
CUE_FEATURES = {
    "state": {ADM1}, "province": {ADM1, ADM2}, "county": {ADM2}, "city": {CITY, CAPITAL},
    "country": {COUNTRY},
}
MAX_CANDIDATES = 400


def candidates(gaz: Gazetteer, mention: Mention) -> list[int]:
    if mention.kind == "capital":
        idx = gaz.capital(mention.country_hint or "")
        return [idx] if idx is not None else []
    if mention.kind == "demonym":
        idx = gaz.country(mention.country_hint)
        return [idx] if idx is not None else []
    found = gaz.lookup(mention.key)
    if not found:
        words = mention.key.split()
        if len(words) > 1 and words[-1].lower() in CUE_WORDS:  # "Kandahar province", "Sindh Province"
            mention.cue = mention.cue or CUE_WORDS[words[-1].lower()]
            found = gaz.lookup(" ".join(words[:-1]))
    return found[:MAX_CANDIDATES]


def _population_score(e: Entry) -> float:
    return 0.7 * math.log10(e.population + 1) if e.feature in (CITY, CAPITAL) else 0.0


def score(gaz: Gazetteer, e: Entry, mention: Mention, context: Context | None) -> float:
    s = FEATURE_PRIOR.get(e.feature, 0.0) + _population_score(e)
    if e.feature == ADM1 and e.country != "US":
        s -= 1.5  # ISO subdivisions without a GeoNames id or point: take them only with support
    if e.feature == ADM2 and not mention.key.lower().endswith(("county", "parish", "borough")):
        s -= 2.0  # a bare "Madison" is a town more often than Madison County
    if fold(e.name) == fold(mention.key):
        s += 0.5
    if mention.cue:
        s += 4.0 if e.feature in CUE_FEATURES.get(mention.cue, ()) else -1.0
    if mention.container:
        state = gaz.state_code(mention.container)
        if state:
            s += 8.0 if (e.country == "US" and e.admin1 == state) else -6.0
        else:
            countries = {gaz.entries[i].country for i in gaz.lookup(mention.container)
                         if gaz.entries[i].feature == COUNTRY}
            s += 7.0 if e.country in countries else -5.0
    if context is not None and e.country:
        s += 5.0 * context.country_share(e.country, mention)
        if e.feature not in AREA_FEATURES or e.feature == ADM2:
            if e.admin1 and context.admin1_named(e.country, e.admin1, mention):
                s += 3.0
    return s


class Context:
    """What the rest of the article says: countries by weight, US states and countries named outright."""

    def __init__(self, gaz: Gazetteer, chosen: list[tuple[Mention, Entry | None]]) -> None:
        self.country_weight: Counter[str] = Counter()
        self.admin_mentions: Counter[tuple[str, str]] = Counter()
        self.by_mention: dict[int, tuple[str | None, tuple[str, str] | None, float]] = {}
        for mention, e in chosen:
            if e is None or not e.country:
                continue
            weight = 2.0 if e.feature in (COUNTRY, ADM1, ADM2) else 1.0
            admin = (e.country, e.admin1) if e.admin1 and e.feature in (ADM1, ADM2) else None
            self.country_weight[e.country] += weight
            if admin:
                self.admin_mentions[admin] += 1
            self.by_mention[id(mention)] = (e.country, admin, weight)
        self.total = sum(self.country_weight.values())

    def country_share(self, country: str, mention: Mention) -> float:
        own_country, _, own_weight = self.by_mention.get(id(mention), (None, None, 0.0))
        weight = self.country_weight[country] - (own_weight if own_country == country else 0.0)
        total = self.total - own_weight
        return weight / total if total > 0 else 0.0

    def admin1_named(self, country: str, admin1: str, mention: Mention) -> bool:
        _, own_admin, _ = self.by_mention.get(id(mention), (None, None, 0.0))
        count = self.admin_mentions[(country, admin1)] - (1 if own_admin == (country, admin1) else 0)
        return count > 0


def resolve(gaz: Gazetteer, mentions: list[Mention]) -> list[Entry | None]:
    """The chosen entry for each mention (None when the gazetteer has no candidate)."""
    pools = [[gaz.entries[i] for i in candidates(gaz, m)] for m in mentions]
    cache: dict[tuple[str, str | None, str | None, str], int] = {}

    def pick(context: Context | None) -> list[Entry | None]:
        out: list[Entry | None] = []
        for mention, pool in zip(mentions, pools, strict=True):
            if not pool:
                out.append(None)
                continue
            if context is None:
                key = (mention.key, mention.cue, mention.container, mention.kind)
                if key not in cache:
                    cache[key] = max(range(len(pool)), key=lambda k: score(gaz, pool[k], mention, None))
                out.append(pool[cache[key]])
            else:
                out.append(max(pool, key=lambda e: score(gaz, e, mention, context)))
        return out

    first = pick(None)
    return pick(Context(gaz, list(zip(mentions, first, strict=True))))
