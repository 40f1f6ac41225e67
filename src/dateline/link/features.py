"""What linking compares: an article's specific names and places, and each event's type, date and actors."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..records import Record

_NON_WORD = re.compile(r"[^\w]+")
# Weights by what a shared name says about two reports being about one incident: people's full names
# and specific places are strong evidence; a country or a generic organisation is weak.
WEIGHTS = {"person": 3.0, "place": 1.5, "org": 1.0, "region": 0.5}
GENERIC_FEATURES = {"PCLI", "ADM1", "CONT", "RGN", "PCLD"}


def norm(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def parse_day(value: str | None) -> dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass
class ArticleFeatures:
    id: str
    day: dt.date | None
    outlet: str | None
    keys: dict[str, float] = field(default_factory=dict)  # name key -> weight


def article_features(record: Record) -> ArticleFeatures:
    keys: dict[str, float] = {}
    for actor in record.actors:
        name = norm(actor.name)
        if not name or not actor.mentions:
            continue
        if actor.kind == "PERSON" and len(name.split()) >= 2 and actor.name[:1].isupper():
            keys[f"person:{name}"] = WEIGHTS["person"]
            keys[f"surname:{name.split()[-1]}"] = WEIGHTS["org"]
        elif actor.kind in ("ORG", "MEDIA") and actor.name[:1].isupper() and actor.sector != "JRN":
            keys.setdefault(f"org:{name}", WEIGHTS["org"])
    for place in record.places:
        if place.geonameid is None:
            if place.text[:1].isupper():
                keys.setdefault(f"placename:{norm(place.text)}", WEIGHTS["org"])
            continue
        weight = WEIGHTS["region"] if (place.feature or "") in GENERIC_FEATURES else WEIGHTS["place"]
        keys[f"place:{place.geonameid}"] = max(weight, keys.get(f"place:{place.geonameid}", 0.0))
    return ArticleFeatures(id=record.id, day=parse_day(record.date), outlet=record.outlet, keys=keys)
