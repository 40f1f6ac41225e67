"""Choosing one gazetteer entry per mention, by context first and population last.

Evidence, strongest first: an explicit container ("Alexandria, La."), a feature cue in the phrase
("X County", "the state of X", "city"), the countries and US states the article names elsewhere and
the places it names nearby, the article's dominant country, the kind of place (a country name beats a
town of the same name), and the town's population as the last resort.

Three passes: the first takes each mention alone; the mentions it resolves with a clear margin form
the article's context for the second; the second's choices form the context of the third.
"""

from __future__ import annotations

import math
from collections import Counter

from .gazetteer import ADM1, ADM2, CAPITAL, CITY, CONTINENT, COUNTRY, Entry, Gazetteer, fold
from .mentions import CUE_WORDS, Mention
from .world_regions import NO_COUNTRY_FEATURES

# Prior by kind of place: a name that is a country or a US state is usually meant as that.
FEATURE_PRIOR = {COUNTRY: 10.0, CONTINENT: 8.0, ADM1: 7.0, ADM2: 1.0, CAPITAL: 3.0, CITY: 0.0,
                 **dict.fromkeys(NO_COUNTRY_FEATURES, 8.0)}  # "the Middle East" is the region, as a continent
CUE_FEATURES = {
    "state": {ADM1}, "province": {ADM1, ADM2}, "county": {ADM2}, "city": {CITY, CAPITAL},
    "country": {COUNTRY},
}
MAX_CANDIDATES = 400
POOL_SIZE = 25
CONFIDENT_MARGIN = 2.0
TOWN_NAMED_LIKE_COUNTRY = 6.0  # "Italy" is the country unless the text says "Italy, Texas"  # a first-pass choice this far ahead of the runner-up counts as context
NEAR_KM = 150.0
NAMED_REGION = 6.0
ADMIN_SUPPORT_CAP = 3.0  # a town in the state the article is about
TOWNS = (CITY, CAPITAL)
DIRECTIONS = frozenset("""north south east west northern southern eastern western central northeast northwest
southeast southwest northeastern northwestern southeastern southwestern upper lower greater""".split())


def candidates(gaz: Gazetteer, mention: Mention) -> list[int]:
    if mention.kind == "capital":
        idx = gaz.capital(mention.country_hint or "")
        return [idx] if idx is not None else []
    if mention.kind == "demonym":
        idx = gaz.country(mention.country_hint)
        return [idx] if idx is not None else []
    key = mention.key
    found = gaz.lookup(key)
    if not found:
        state = gaz.state_code(key)  # "Ind.", "W. Va."
        idx = gaz.admin1("US", state) if state else None
        if idx is not None:
            mention.cue = "state"
            return [idx]
    if not found and key.endswith("."):
        found = gaz.lookup(key.rstrip("."))
    if found and len(key) <= 3 and key.isupper() and key.isalpha():
        # "EU", "ST", "WA": an acronym names a country or a region, not a town called Eu, Sète or Wa.
        found = [i for i in found if gaz.entries[i].feature in (COUNTRY, ADM1)]
    if not found:
        words = key.split()
        if len(words) > 1 and words[0].lower() in DIRECTIONS:  # "Northeast Georgia", "South Los Angeles"
            rest = fold(" ".join(words[1:]))
            found = [i for i in gaz.lookup(rest) if gaz.entries[i].feature in (COUNTRY, ADM1)  # "Western US"
                     or fold(gaz.entries[i].name) == rest and gaz.entries[i].population >= 50000]
            state = gaz.state_code(" ".join(words[1:])) if not found else None  # "Western Mass."
            if state and gaz.admin1("US", state) is not None:
                found = [gaz.admin1("US", state)]  # type: ignore[list-item]
            if found:
                return found[:MAX_CANDIDATES]
        if len(words) > 1 and words[-1].lower() in CUE_WORDS:  # "Kandahar province", "Sindh Province"
            mention.cue = mention.cue or CUE_WORDS[words[-1].lower()]
            rest = " ".join(words[:-1])
            # "North State" (Street) names no region called North: a direction alone is no name
            found = gaz.lookup(rest) if rest.lower() not in DIRECTIONS else []
    if not found and mention.cue is None:
        # A county named without the word ("Henrico", "Geauga"): the gazetteer holds "Henrico County".
        found = [i for suffix in (" County", " Parish") for i in gaz.lookup(key + suffix)
                 if gaz.entries[i].feature == ADM2]
        if found:
            mention.cue = "county"
    elif mention.cue == "county" and not key.lower().endswith(("county", "parish")):
        # "Saint Croix County" with the word outside the entity: the county first, "St." or "Saint"
        counties = [i for name in _spellings(key) for i in gaz.lookup(name + " County")
                    if gaz.entries[i].feature == ADM2]
        found = counties + [i for i in found if i not in counties]
    return found[:MAX_CANDIDATES]


FAMOUS_POPULATION = 250_000
FEW_SUBDIVISIONS = 20  # Canada's provinces, Australia's states: as well known as US states
_SUBDIVISIONS: dict[int, Counter[str]] = {}


def _subdivision_count(gaz: Gazetteer, country: str | None) -> int:
    counts = _SUBDIVISIONS.get(id(gaz))
    if counts is None:
        counts = _SUBDIVISIONS[id(gaz)] = Counter(cc for cc, _ in gaz.admin1_index)
    return counts[country or ""]


COUNTY_REGION_DISCOUNT = 2.0


def _county_region(gaz: Gazetteer, e: Entry) -> bool:
    """A county read as a region (the UK's, Ireland's): its admin1 is the nation or province above it."""
    if e.geonameid is not None or not e.admin1:
        return False
    above = gaz.admin1(e.country or "", e.admin1)
    return above is not None and gaz.entries[above].name != e.name


_ABBREVIATED = (("st. ", "saint "), ("st ", "saint "), ("ste. ", "sainte "), ("mt. ", "mount "), ("ft. ", "fort "))


def _spellings(name: str) -> list[str]:
    """The name and its "St." / "Saint" twin."""
    for short, full in (("St. ", "Saint "), ("Saint ", "St. ")):
        if name.startswith(short):
            return [name, full + name[len(short):]]
    return [name]


def same_name(a: str, b: str) -> bool:
    """Folded names equal, "St." / "Saint", "Mt." / "Mount", "Ft." / "Fort" alike."""
    a, b = fold(a), fold(b)
    if a == b:
        return True
    for short, full in _ABBREVIATED:
        a = full + a[len(short):] if a.startswith(short) else a
        b = full + b[len(short):] if b.startswith(short) else b
    return a == b


def base_score(gaz: Gazetteer, e: Entry, mention: Mention) -> float:
    """Everything that does not depend on the rest of the article."""
    s = FEATURE_PRIOR.get(e.feature, 0.0)
    town = e.feature in TOWNS
    if town:
        s += 0.7 * math.log10(e.population + 1)
    if e.feature == ADM1 and e.country != "US":
        # ISO subdivisions: no GeoNames id and seldom a point; of a country with many, most are obscure.
        s -= 0.0 if _subdivision_count(gaz, e.country) <= FEW_SUBDIVISIONS else 2.0
        if _county_region(gaz, e):
            s -= COUNTY_REGION_DISCOUNT  # Kent, Norfolk: known, but less than Norfolk, Virginia alone
    if e.feature == ADM2 and e.country == "US":
        s += 0.5 * math.log10(e.population + 1)  # of two Walker Counties, the one with more ZIP codes
    if e.feature == ADM2 and mention.cue != "county" and not mention.key.lower().endswith(("county", "parish",
                                                                                          "borough")):
        s -= 2.0  # a bare "Madison" is a town more often than Madison County
    if same_name(e.name, mention.key):
        s += 2.0 if town else 0.5  # towns matched only by an alternate name are often another place
    if mention.cue:
        s += 4.0 if e.feature in CUE_FEATURES.get(mention.cue, ()) else -1.0
    if mention.container:
        state = gaz.state_code(mention.container)
        if state:
            s += 8.0 if (e.country == "US" and e.admin1 == state) else -6.0
        else:
            countries = {gaz.entries[i].country for i in gaz.lookup(mention.container)
                         if gaz.entries[i].feature in (COUNTRY, ADM1)}  # "Perth, Scotland", "London, Ontario"
            s += 7.0 if e.country in countries else -5.0
    return s


class Context:
    """What the rest of the article says: countries by weight, admin areas named, points of places.

    Each distinct name votes once, and a mention never counts its own name's vote: five "Paris" in an
    article about Paris, Illinois must not outvote the Edgar County and Urbana around them.
    """

    def __init__(self, chosen: list[tuple[Mention, Entry | None]],
                 alternates: list[tuple[str, float, float]] = ()) -> None:
        self.votes: dict[str, Entry] = {}
        for mention, e in chosen:
            if e is not None and e.country:
                self.votes.setdefault(fold(mention.key), e)
        self.country_weight: Counter[str] = Counter()
        self.admin_weight: Counter[tuple[str, str]] = Counter()
        self.points: list[tuple[str, float, float]] = []
        for key, e in self.votes.items():
            self.country_weight[e.country or ""] += self._weight(e)
            if e.admin1:
                self.admin_weight[(e.country or "", e.admin1)] += self._admin_weight(e)
            if e.lat is not None and e.lon is not None and e.feature in (CITY, CAPITAL, ADM2):
                self.points.append((key, e.lat, e.lon))
        self.points.extend(alternates)
        self.total = sum(self.country_weight.values())
        # Regions the article names another way ("CAMP MURRAY, Wash.", "the State of Georgia"): its bare
        # name later means the same region ("Washington" is then the state, not the capital).
        self.regions_named: dict[str, Entry] = {}
        for mention, e in chosen:
            if e is not None and e.feature in (ADM1, COUNTRY) and fold(e.name) != fold(mention.key):
                self.regions_named.setdefault(fold(e.name), e)

    @staticmethod
    def _weight(e: Entry) -> float:
        return 2.0 if e.feature in (COUNTRY, ADM1, ADM2) else 1.0

    @staticmethod
    def _admin_weight(e: Entry) -> float:
        return 2.0 if e.feature == ADM1 else 1.0 if e.feature == ADM2 else 0.5

    def country_share(self, country: str, mention: Mention) -> float:
        own = self.votes.get(fold(mention.key))
        own_weight = self._weight(own) if own is not None else 0.0
        weight = self.country_weight[country] - (own_weight if own is not None and own.country == country else 0.0)
        total = self.total - own_weight
        return weight / total if total > 0 else 0.0

    def admin_support(self, e: Entry, mention: Mention) -> float:
        own = self.votes.get(fold(mention.key))
        weight = self.admin_weight[(e.country or "", e.admin1 or "")]
        if own is not None and own.admin1 == e.admin1 and own.country == e.country:
            weight -= self._admin_weight(own)
        return weight

    def near(self, e: Entry, mention: Mention) -> int:
        """How many other names of the article have a reading within NEAR_KM of this candidate."""
        if e.lat is None or e.lon is None:
            return 0
        key = fold(mention.key)
        coslat = math.cos(math.radians(e.lat))
        limit = (NEAR_KM / 111.2) ** 2
        return len({k for k, lat, lon in self.points
                    if k != key and (lat - e.lat) ** 2 + ((lon - e.lon) * coslat) ** 2 < limit})


def context_score(e: Entry, mention: Mention, context: Context) -> float:
    s = NAMED_REGION if context.regions_named.get(fold(mention.key)) == e else 0.0
    if e.country:
        s += 5.0 * context.country_share(e.country, mention)
        if e.feature in (CITY, CAPITAL, ADM2) and e.admin1:
            s += min(ADMIN_SUPPORT_CAP, 1.5 * context.admin_support(e, mention))
        if e.feature in (CITY, CAPITAL, ADM2):
            s += min(3.0, 1.5 * context.near(e, mention))
    return s


def _local_town_bonus(e: Entry, mention: Mention, context: Context, names_country: bool) -> float:
    """A town named like a country ("Lebanon", "Jordan") in an article set in that town's own state,
    among places near it: the town, as local news means it."""
    if not names_country or e.feature not in TOWNS or not e.admin1:
        return 0.0
    if (context.admin_support(e, mention) >= 1.5 and context.near(e, mention) >= 2
            and context.country_share(e.country or "", mention) >= 0.6):
        return TOWN_NAMED_LIKE_COUNTRY + 4.0
    return 0.0


CLOSE_KM = 40.0  # a town and the county or the next town of a local story
COHERENCE_KM = 120.0
CLOSE_WEIGHT, NEAR_WEIGHT, COHERENCE_CAP = 1.0, 0.5, 2.5
PLAUSIBLE_GAP = 3.0  # a reading this far below its name's best does not vouch for others
METROPOLIS = 1_000_000
CLOSE_GAP = 5.0
RECEIVE_GAP = 5.0  # nor does it gain from them: Moscow, Pennsylvania stays behind Moscow
SEAT_BONUS = 6.0  # a town close to a county the article names
_POINT_FEATURES = (CITY, CAPITAL, ADM2)


def coherence(reps: list[Mention], pools: list[list[tuple[float, Entry]]],
              support_from: list[str]) -> list[list[float]]:
    """Per candidate, a bonus for each other name of the article that has some reading close to it.

    Local news names a town with its county and its neighbours ("Walker County ... Huntsville"): among
    all readings of all names, those that lie together are likely the meant ones, whatever their size.
    A town and a county named in the article that lie together ("Lebanon ... Boone County": the county
    seat) are taken together even against a bigger namesake. A grid of 1-degree cells keeps this linear
    in the number of candidates.
    """
    keys = [fold(m.key) for m in reps]
    grid: dict[tuple[int, int], list[tuple[str, float, float, bool, float]]] = {}
    for key, pool, m in zip(keys, pools, reps, strict=True):
        if m.source == "gazetteer" and not (m.cue or m.container):
            continue  # names found only by the gazetteer scan ("Jones", "Delta") are too often not places
        county_name = m.cue == "county"
        for score, e in pool:
            if e.lat is not None and e.lon is not None and e.feature in _POINT_FEATURES:
                grid.setdefault((math.floor(e.lat), math.floor(e.lon)), []).append(
                    (key, e.lat, e.lon, county_name and e.feature == ADM2, pool[0][0] - score))
    out: list[list[float]] = []
    close2, near2 = (CLOSE_KM / 111.2) ** 2, (COHERENCE_KM / 111.2) ** 2
    several = len(set(keys)) > 1
    for key, pool, sources in zip(keys, pools, support_from, strict=True):
        bonuses = []
        many = sources != "none" and several and len(pool) > 1
        counties_only = sources == "counties"
        for score, e in pool:
            if not many or e.lat is None or e.lon is None or e.feature not in _POINT_FEATURES:
                bonuses.append(0.0)
                continue
            gap = pool[0][0] - score
            town = e.feature in TOWNS
            coslat = math.cos(math.radians(e.lat))
            y, x = math.floor(e.lat), math.floor(e.lon)
            span = 1 if coslat > 0.6 else 2
            close: set[str] = set()
            near: set[str] = set()
            seat = False
            for dy in (-1, 0, 1):
                for dx in range(-span, span + 1):
                    for k, lat, lon, county, other_gap in grid.get((y + dy, x + dx), ()):
                        if k == key:
                            continue
                        d2 = (lat - e.lat) ** 2 + ((lon - e.lon) * coslat) ** 2
                        if d2 < close2 and town and county:
                            seat = True
                        elif counties_only and not county:
                            continue
                        elif d2 < close2 and other_gap <= CLOSE_GAP:
                            close.add(k)
                        elif d2 < near2 and other_gap <= PLAUSIBLE_GAP:
                            near.add(k)
            if gap > RECEIVE_GAP:
                close, near = set(), set()  # Moscow, Pennsylvania stays behind Moscow without a county
            near -= close
            bonus = min(COHERENCE_CAP, CLOSE_WEIGHT * len(close) + NEAR_WEIGHT * len(near))
            bonuses.append(bonus + (SEAT_BONUS if seat else 0.0))
        out.append(bonuses)
    return out


def _order(score: float, e: Entry) -> tuple[float, int, int, str, str]:
    """Sort key, best first: score (rounded, so float noise cannot decide), then population, then the
    lower GeoNames id and the name, so ties break the same way in every process."""
    return (-round(score, 6), -e.population, e.geonameid or 1 << 62, e.feature, e.name)


def _signature(m: Mention) -> tuple[object, ...]:
    return (fold(m.key), m.kind, m.cue, m.container, m.country_hint)


def resolve(gaz: Gazetteer, mentions: list[Mention]) -> list[Entry | None]:
    """The chosen entry for each mention (None when the gazetteer has no candidate).

    Mentions with the same name and cues share one decision, so the work grows with distinct names.
    """
    signatures = [_signature(m) for m in mentions]  # before candidates() adds cues
    groups: dict[tuple[object, ...], Mention] = {}
    for sig, m in zip(signatures, mentions, strict=True):
        groups.setdefault(sig, m)
    reps = list(groups.values())
    pools: list[list[tuple[float, Entry]]] = []
    names_country: list[bool] = []
    for m in reps:
        entries = [gaz.entries[i] for i in candidates(gaz, m)]
        named = not (m.container or m.cue) and any(
            e.feature == COUNTRY and fold(e.name) == fold(m.key) for e in entries)
        names_country.append(named)
        # A big city's name is meant as that city more often than as a province abroad ("Gaza").
        big_town = any(e.feature in TOWNS and e.population >= FAMOUS_POPULATION and fold(e.name) == fold(m.key)
                       for e in entries)
        scored = [(base_score(gaz, e, m) - (TOWN_NAMED_LIKE_COUNTRY if named and e.feature in TOWNS else 0.0)
                   - (2.0 if big_town and e.feature == ADM1 and e.country != "US" else 0.0), e)
                  for e in entries]
        scored.sort(key=lambda se: _order(se[0], se[1]))
        pools.append(scored[:POOL_SIZE])  # the context can lift a candidate a few points, not from the bottom
    # Where each name could be: its few best readings, for "places named together lie together".
    alternates = [(fold(m.key), e.lat, e.lon) for m, pool in zip(reps, pools, strict=True)
                  for _, e in pool[:3] if e.lat is not None and e.lon is not None and e.feature in (CITY, CAPITAL, ADM2)]
    # A name that is a country, a US state, a capital or a metropolis is that, not a small namesake town
    # near the article's places: "London", "Paris" and "Brussels" all lie in Ontario too.
    # Only a county close by ("Paris and Henry County") pulls such a name to a small namesake town.
    support_from = ["none" if any((e.feature in (ADM1, CONTINENT) or e.feature in NO_COUNTRY_FEATURES)
                                  and e.country in ("US", None)
                                  and fold(e.name) == fold(m.key) for _, e in pool)
                    else "counties" if named or pool and (pool[0][1].feature == CAPITAL
                                                          or pool[0][1].population >= METROPOLIS)
                    else "all" for m, pool, named in zip(reps, pools, names_country, strict=True)]

    def with_coherence(scored: list[list[tuple[float, Entry]]]) -> list[list[tuple[float, Entry]]]:
        support = coherence(reps, scored, support_from)
        return [sorted(((s + bonus, e) for (s, e), bonus in zip(pool, bonuses, strict=True)),
                       key=lambda se: _order(se[0], se[1])) for pool, bonuses in zip(scored, support, strict=True)]

    first = with_coherence(pools)
    confident: list[Entry | None] = []
    for pool in first:
        sure = bool(pool) and (len(pool) == 1 or pool[0][0] - pool[1][0] >= CONFIDENT_MARGIN)
        confident.append(pool[0][1] if sure else None)

    def pick(context: Context) -> list[Entry | None]:
        # Plausibility for the coherence bonus is judged after the article's context: once the article
        # is about Tennessee, Paris, Tennessee is a fair reading and vouches for Henry County.
        scored = [sorted(((s + context_score(e, m, context) + _local_town_bonus(e, m, context, named), e)
                          for s, e in pool), key=lambda se: _order(se[0], se[1]))
                  for m, pool, named in zip(reps, pools, names_country, strict=True)]
        return [pool[0][1] if pool else None for pool in with_coherence(scored)]

    second = pick(Context(list(zip(reps, confident, strict=True)), alternates))
    final = pick(Context(list(zip(reps, second, strict=True)), alternates))
    chosen = dict(zip(groups, final, strict=True))
    return [chosen[sig] for sig in signatures]
