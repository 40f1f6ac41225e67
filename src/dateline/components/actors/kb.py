"""The actor knowledge base: names, aliases, date-ranged codes, agent nouns, countries, demonyms, capitals.

Built by ``scripts/build_actors_kb.py`` into ``resources/actors/kb.json.gz`` and loaded once per process.
Every lookup is a dict lookup on a normalised key (see ``norm_key``), so coding an article costs
microseconds per mention. A user file (YAML or CSV, see docs/actors.md) adds actors that take precedence.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ...errors import ConfigError

KB_RESOURCE = "resources/actors/kb.json.gz"

# PLOVER's non-state "country" codes: an actor coded with one of these has no ISO3 country.
NONSTATE = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
PLOVER_SECTORS = frozenset({
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL",
    "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
})

_DOTS = re.compile(r"\.(?=\w|$)")
_NON_WORD = re.compile(r"[^\w&']+")


def norm_key(text: str) -> str:
    """Lookup key shared by the KB builder and the runtime: casefolded, dots/hyphens/underscores dropped."""
    text = text.replace("’", "'").replace("_", " ")
    text = _DOTS.sub("", text)
    text = _NON_WORD.sub(" ", text.casefold()).strip()
    if text.startswith("the "):
        text = text[4:]
    if text.endswith(" 's") or text.endswith("'s"):
        text = text[:-2]
    text = text.strip(" '")
    return text


def ymd(date: str | None) -> str | None:
    """'2024-06-30' -> '20240630' (the KB's date form); None stays None."""
    if not date:
        return None
    digits = date.replace("-", "")[:8]
    return digits if len(digits) == 8 and digits.isdigit() else None


@dataclass(frozen=True)
class Code:
    """One coding of a KB actor: country (ISO3 or non-state code), sector, and when it holds."""

    country: str | None
    sector: str | None
    start: str = ""  # YYYYMMDD, '' = open
    end: str = ""

    @property
    def ranged(self) -> bool:
        return bool(self.start or self.end)

    def valid_on(self, day: str) -> bool:
        return (not self.start or self.start <= day) and (not self.end or day <= self.end)


@dataclass(frozen=True)
class KBEntry:
    kb_id: str
    name: str
    codes: tuple[Code, ...]
    source: str = "kb"

    def code_on(self, date: str | None) -> tuple[Code | None, str]:
        """The code valid on ``date`` and why: a dated role valid that day beats an undated one."""
        day = ymd(date)
        if day:
            valid = [c for c in self.codes if c.ranged and c.valid_on(day)]
            if valid:
                return max(valid, key=lambda c: c.start), "role valid on article date"
        undated = [c for c in self.codes if not c.ranged]
        if undated:
            return undated[0], "undated role"
        if day is None and self.codes:
            return max(self.codes, key=lambda c: c.start), "latest role (no article date)"
        countries = {c.country for c in self.codes}
        if len(countries) == 1:  # roles out of date, but they all agree on the country
            return Code(countries.pop(), None), "country of roles outside article date"
        return None, "no role valid on article date"


class KnowledgeBase:
    """Dict-backed lookups over the packaged KB plus optional user actors (which take precedence)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.entries: list[KBEntry] = [
            KBEntry(f"kb:{i}", name, tuple(Code(*c) for c in codes)) for i, (name, codes) in enumerate(data["actors"])
        ]
        self.aliases: dict[str, int] = data["aliases"]
        self.agents: dict[str, str] = data["agents"]
        self.countries: dict[str, str] = data["countries"]  # ISO3 -> name
        self.places: dict[str, str] = data["places"]  # country names, aliases, cities -> ISO3
        self.demonyms: dict[str, str] = data["demonyms"]  # nationality adjectives/plurals -> ISO3
        self.capitals: dict[str, str] = data["capitals"]  # capital city -> ISO3
        self.country_names: dict[str, str] = data["country_names"]  # names of countries only -> ISO3
        self.org_words: dict[str, str] = data.get("org_words", {})  # words in organisation names -> sector
        self.igo_words: dict[str, list[str]] = data.get("igo_words", {})
        self.user: dict[str, KBEntry] = {}

    # -- lookups -----------------------------------------------------------------------------------------
    def actor(self, text: str) -> KBEntry | None:
        key = norm_key(text)
        if not key:
            return None
        if key in self.user:
            return self.user[key]
        idx = self.aliases.get(key)
        return self.entries[idx] if idx is not None else None

    def country_of_place(self, text: str) -> str | None:
        key = norm_key(text)
        return self.places.get(key) or self.capitals.get(key)  # 'Baghdad' is listed as a capital only

    def demonym(self, text: str) -> str | None:
        return self.demonyms.get(norm_key(text))

    def capital(self, text: str) -> str | None:
        return self.capitals.get(norm_key(text))

    def agent(self, text: str) -> str | None:
        """Sector of an agent noun phrase ('defence minister', 'militants'), longest known suffix first."""
        words = norm_key(text).split()
        for i in range(len(words)):
            sector = self.agents.get(" ".join(words[i:]))
            if sector:
                return sector
        return None

    def igo(self, name: str) -> str | None:
        """'European Community' -> EUR, 'Asia-Pacific Economic Cooperation' -> IGO, from name words."""
        key = f" {norm_key(name)} "
        if any(f" {w} " in key for w in self.igo_words.get("eur", ())):
            return "EUR"
        if any(f" {w} " in key for w in self.igo_words.get("regions", ())) and \
                any(f" {w} " in key for w in self.igo_words.get("bodies", ())):
            return "IGO"
        return None

    def country_name(self, code: str) -> str:
        return self.countries.get(code, code)

    # -- user actors -------------------------------------------------------------------------------------
    def add_user_actors(self, rows: list[dict[str, Any]], origin: str) -> None:
        for n, row in enumerate(rows, 1):
            name = str(row.get("name") or "").strip()
            if not name:
                raise ConfigError(f"{origin}: actor #{n} has no name")
            country = (str(row.get("country") or "").strip().upper()) or None
            sector = (str(row.get("sector") or "").strip().upper()) or None
            if sector and sector not in PLOVER_SECTORS:
                raise ConfigError(f"{origin}: actor {name!r}: unknown PLOVER sector {sector!r}")
            start, end = ymd(str(row.get("start") or "")) or "", ymd(str(row.get("end") or "")) or ""
            kb_id = str(row.get("id") or f"user:{norm_key(name).replace(' ', '_')}")
            aliases = row.get("aliases") or []
            if isinstance(aliases, str):
                aliases = [a for a in re.split(r"[;|]", aliases) if a.strip()]
            for alias in [name, *aliases]:
                key = norm_key(str(alias))
                prev = self.user.get(key)
                codes = (prev.codes if prev and prev.kb_id == kb_id else ()) + (Code(country, sector, start, end),)
                self.user[key] = KBEntry(kb_id, name, codes, source="user")


def read_user_file(path: str | Path) -> list[dict[str, Any]]:
    """Rows of a user actors file: YAML (a list, or {actors: [...]}) or CSV with a header row."""
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read actors file {path}: {exc}") from exc
    if path.suffix.lower() == ".csv":
        return list(csv.DictReader(text.splitlines()))
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"actors file {path} is not valid YAML: {exc}") from exc
    if isinstance(data, dict):
        data = data.get("actors", [])
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise ConfigError(f"actors file {path}: expected a list of actors (mappings with a name)")
    return data


@cache
def _packaged() -> dict[str, Any]:
    raw = resources.files("dateline").joinpath(KB_RESOURCE).read_bytes()
    return json.loads(gzip.decompress(raw))


@cache
def load_kb(user_file: str | None = None) -> KnowledgeBase:
    """The KB, built once per process (per user file)."""
    kb = KnowledgeBase(_packaged())
    if user_file:
        kb.add_user_actors(read_user_file(user_file), str(user_file))
    return kb
