"""``dateline eval places GOLD.xml``: geoparsing scores on LGL / TR-News (``<gaztag>``) or GeoWebNews XML.

Gold toponyms: every LGL toponym; GeoWebNews toponyms of the literal types (Literal, Literal_Modifier,
Mixed, Embedded_Literal; ``--types`` changes the set). A gold toponym is *found* when a predicted place
overlaps its span (the most-overlapping prediction answers for it). On found toponyms:

- country accuracy: predicted ISO3 equals the gold country. LGL names the country's GeoNames id; for
  GeoWebNews, which gives only an id and a point, the gold country is the gazetteer entry's with that id,
  else the country of the nearest gazetteer town to the gold point when one lies within 100 km. Toponyms
  that lie in no country are not scored here: continents, and points with no town within 100 km (oceans
  and seas, whose nearest town names no country: the Atlantic's point is 400 km from Cape Verde), and,
  where the gold names no country, toponyms whose gold name is one of the gazetteer's oceans, seas and
  multinational regions ("Middle East", "Persian Gulf", "Korean Peninsula");
- exact id: predicted GeoNames id equals the gold id (toponyms with a gold id);
- within 161 km: great-circle distance between predicted and gold points <= 161 km (100 miles). A
  prediction with the gold GeoNames id counts as within (same feature; gazetteers put the point of an
  area in different places); ``within_161km_distance_only`` reports the pure distance figure too.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from typing import Any

GWN_LITERAL = ("Literal", "Literal_Modifier", "Mixed", "Embedded_Literal")
WITHIN_KM = 161.0
OFFSHORE_KM = 100.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def load_gold(path: str, types: Iterable[str] = GWN_LITERAL) -> list[dict[str, Any]]:
    """[{id, text, toponyms: [{start, end, text, type, geonameid, lat, lon, country_gid}]}]."""
    root = ET.parse(path).getroot()
    wanted = set(types)
    docs = []
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        tops = []
        for tp in art.iter("toponym"):
            start, end = int(tp.findtext("start") or -1), int(tp.findtext("end") or -1)
            gaz = tp.find("gaztag")
            if tp.find("extractedName") is not None:  # GeoWebNews
                kind = tp.findtext("type") or ""
                phrase = tp.findtext("extractedName") or ""
                if kind not in wanted or text[start:end] != phrase:
                    continue
                gid = _float(tp.findtext("geonamesID"))
                tops.append({"start": start, "end": end, "text": phrase, "type": kind,
                             "geonameid": int(gid) if gid else None, "lat": _float(tp.findtext("latitude")),
                             "lon": _float(tp.findtext("longitude")), "country_gid": None,
                             "names": [phrase, tp.findtext("normalisedName") or ""]})
            else:  # LGL / TR-News
                phrase = tp.findtext("phrase") or ""
                top = {"start": start, "end": end, "text": phrase, "type": "toponym", "geonameid": None,
                       "lat": None, "lon": None, "country_gid": None}
                if gaz is not None:
                    country = gaz.find("country")
                    top.update(geonameid=int(gaz.get("geonameid") or 0) or None, lat=_float(gaz.findtext("lat")),
                               lon=_float(gaz.findtext("lon")),
                               country_gid=int(country.get("geonameid") or 0) if country is not None else None)
                if text[start:end] == phrase:
                    tops.append(top)
        docs.append({"id": art.get("docid") or art.get("file") or str(n), "text": text, "toponyms": tops})
    return docs


class GoldCountries:
    """Gold toponym -> ISO3, from a country id (LGL) or the gazetteer by id, else by nearest town."""

    def __init__(self) -> None:
        from ..components.places.gazetteer import CAPITAL, CITY, CONTINENT, fold, load_gazetteer
        from ..components.places.world_regions import WORLD_REGIONS

        self.gaz = load_gazetteer()
        self.continents = {e.geonameid for e in self.gaz.entries if e.feature == CONTINENT}
        self.fold = fold
        self.no_country = {fold(name) for name, (*_, other) in WORLD_REGIONS.items() for name in (name, *other)}
        self.by_id: dict[int, str] = {}
        self.cells: dict[tuple[int, int], list[int]] = {}
        for i, e in enumerate(self.gaz.entries):
            if e.geonameid and e.country:
                self.by_id.setdefault(e.geonameid, e.country)
            if e.feature in (CITY, CAPITAL) and e.lat is not None:
                self.cells.setdefault((math.floor(e.lat), math.floor(e.lon)), []).append(i)

    def iso3(self, top: dict[str, Any], every_point: bool = False) -> str | None:
        """None (country not scored) for continents, oceans, seas and multinational regions.

        ``every_point``: the older, stricter reading, which gives every point the country of its nearest
        town however far (the Atlantic is Cape Verde's, the Middle East Syria's); reported alongside."""
        if top["geonameid"] in self.continents:
            return None
        iso2 = None
        if top["country_gid"]:
            iso2 = self.by_id.get(top["country_gid"])
        elif not every_point and any(self.fold(name) in self.no_country for name in top.get("names", ())):
            return None  # "Middle East", "Persian Gulf": the gold names a place that lies in several countries
        elif top["geonameid"] and top["geonameid"] in self.by_id:
            iso2 = self.by_id[top["geonameid"]]
        elif top["lat"] is not None and top["lon"] is not None:
            iso2 = self.nearest_country(top["lat"], top["lon"], None if every_point else OFFSHORE_KM)
        return self.gaz.iso3.get(iso2 or "")

    def nearest_country(self, lat: float, lon: float, within_km: float | None = OFFSHORE_KM) -> str | None:
        """The country of the nearest town, if one lies within ``within_km`` (else the point is at sea)."""
        y, x = math.floor(lat), math.floor(lon)
        for radius in (1, 2, 4):
            pool = [i for dy in range(-radius, radius + 1) for dx in range(-radius, radius + 1)
                    for i in self.cells.get((y + dy, x + dx), ())]
            if pool:
                km, i = min((haversine_km(lat, lon, self.gaz.entries[i].lat, self.gaz.entries[i].lon), i)
                            for i in pool)
                return self.gaz.entries[i].country if within_km is None or km <= within_km else None
        return None


def score(gold: list[dict[str, Any]], preds: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    countries = GoldCountries()
    c: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    found_by_type: Counter[str] = Counter()
    for doc in gold:
        places = preds.get(doc["id"], [])
        all_spans = [(t["start"], t["end"]) for t in doc["toponyms"]]
        for p in places:
            c["predicted"] += 1
            if not any(s < p["end"] and p["start"] < e for s, e in all_spans):
                c["predicted_unmatched"] += 1
        for top in doc["toponyms"]:
            c["gold"] += 1
            by_type[top["type"]] += 1
            overlaps = [(min(p["end"], top["end"]) - max(p["start"], top["start"]), p) for p in places]
            overlaps = [(o, p) for o, p in overlaps if o > 0]
            if not overlaps:
                continue
            c["found"] += 1
            found_by_type[top["type"]] += 1
            pred = max(overlaps, key=lambda op: op[0])[1]
            if pred["start"] == top["start"] and pred["end"] == top["end"]:
                c["found_exact_span"] += 1
            gold_country = countries.iso3(top)
            if gold_country:
                c["country_n"] += 1
                c["country_ok"] += pred.get("country") == gold_country
            nearest_town = countries.iso3(top, every_point=True)
            if nearest_town:
                c["country_every_point_n"] += 1
                c["country_every_point_ok"] += pred.get("country") == nearest_town
            same_id = bool(top["geonameid"]) and pred.get("geonameid") == top["geonameid"]
            if top["geonameid"]:
                c["id_n"] += 1
                c["id_ok"] += same_id
            if top["lat"] is not None and top["lon"] is not None:
                c["dist_n"] += 1
                near = (pred.get("lat") is not None and pred.get("lon") is not None
                        and haversine_km(top["lat"], top["lon"], pred["lat"], pred["lon"]) <= WITHIN_KM)
                c["dist_only_ok"] += near
                c["dist_ok"] += near or same_id

    def ratio(a: str, b: str) -> float:
        return round(c[a] / c[b], 4) if c[b] else 0.0

    return {
        "gold_toponyms": c["gold"], "found": c["found"], "mention_recall": ratio("found", "gold"),
        "mention_recall_exact_span": ratio("found_exact_span", "gold"),
        "country_accuracy": ratio("country_ok", "country_n"), "country_n": c["country_n"],
        "country_accuracy_every_point": ratio("country_every_point_ok", "country_every_point_n"),
        "country_every_point_n": c["country_every_point_n"],
        "exact_id_accuracy": ratio("id_ok", "id_n"), "exact_id_n": c["id_n"],
        "within_161km": ratio("dist_ok", "dist_n"), "within_161km_distance_only": ratio("dist_only_ok", "dist_n"),
        "within_n": c["dist_n"], "predicted": c["predicted"],
        "predicted_overlapping_no_gold": ratio("predicted_unmatched", "predicted"),
        "recall_by_type": {t: round(found_by_type[t] / n, 4) for t, n in sorted(by_type.items())},
    }


def predict(docs: list[dict[str, Any]], components: list[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    from dataclasses import asdict

    from ..pipeline import Pipeline
    from ..records import Article

    pipeline = Pipeline(components=components or ["places"])
    out: dict[str, list[dict[str, Any]]] = {}
    articles = [Article(id=d["id"], text=d["text"]) for d in docs]
    for record in pipeline.process(articles):
        out[record.id] = [asdict(p) for p in getattr(record, "places", [])]
    return out


def evaluate(path: str, limit: int | None = None, types: Iterable[str] = GWN_LITERAL) -> dict[str, Any]:
    docs = load_gold(path, types)[:limit] if limit else load_gold(path, types)
    started = time.perf_counter()
    preds = predict(docs)
    elapsed = time.perf_counter() - started
    result = score(docs, preds)
    result.update(file=path, articles=len(docs), seconds=round(elapsed, 2))
    return result


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("places", help="geoparsing: mention recall, country, exact id, within 161 km")
    p.add_argument("gold", metavar="FILE.xml", help="LGL / TR-News or GeoWebNews XML")
    p.add_argument("--limit", type=int, help="only the first N articles")
    p.add_argument("--types", default=",".join(GWN_LITERAL),
                   help="GeoWebNews toponym types to score (comma-separated; default: the literal ones)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    result = evaluate(args.gold, limit=args.limit, types=args.types.split(","))
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        print()
        return 0
    for key, value in result.items():
        print(f"{key:32} {value}")
    return 0
