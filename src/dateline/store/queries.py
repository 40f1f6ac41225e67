"""Filters to parameterised SQL. User values only ever travel as parameters; a bad value is a QueryError."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import QueryError

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def check_date(value: str | None, option: str) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date; else QueryError."""
    if value is None:
        return None
    m = _PARTIAL_DATE.match(value.strip())
    if not m:
        raise QueryError(f"{option} {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        dt.date(year, month, day)
    except ValueError as exc:
        raise QueryError(f"{option} {value!r}: not a calendar date ({exc})") from exc
    return value.strip()


def check_country(value: str | None) -> list[str] | None:
    """ISO alpha-2, alpha-3 or an English name -> both ISO codes (stores may use either)."""
    if value is None:
        return None
    import pycountry

    raw = value.strip()
    try:
        country = pycountry.countries.lookup(raw)
    except LookupError:
        if re.fullmatch(r"[A-Za-z]{3}", raw):  # non-country actor codes (IGO, UN...) stay usable
            return [raw.upper()]
        raise QueryError(f"--country {value!r}: not an ISO 3166 code or country name") from None
    return [country.alpha_3, country.alpha_2]


def check_limit(value: int | None) -> int | None:
    if value is None or value == 0:
        return None
    if value < 0:
        raise QueryError(f"--limit {value}: must be a positive number (0 = no limit)")
    return int(value)


def like(value: str) -> str:
    """A LIKE pattern matching ``value`` as a case-insensitive substring (wildcards escaped)."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def fts_phrase(value: str) -> str:
    """A user string as one FTS5 phrase (no query syntax)."""
    return '"' + value.replace("\x00", " ").replace('"', '""') + '"'


def fts_terms(value: str) -> str:
    """Every whitespace-separated word as its own phrase: a fallback for input that is not FTS syntax."""
    return " ".join(fts_phrase(word) for word in value.split())


@dataclass
class Where:
    """SQL conditions joined by AND, with their parameters in order."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def date_range(where: Where, expr: str, since: str | None, until: str | None) -> None:
    """``expr`` (an ISO-like date value) within [since, until] at the precision each bound gives."""
    since = check_date(since, "--since")
    until = check_date(until, "--until")
    if since and until and since[:len(until)] > until:
        raise QueryError(f"--since {since} is after --until {until}")
    if since or until:
        where.add(f"{expr} GLOB '[0-9][0-9][0-9][0-9]*'")
    if since:
        where.add(f"substr({expr}, 1, ?) >= ?", len(since), since)
    if until:
        where.add(f"substr({expr}, 1, ?) <= ?", len(until), until)


_DATED = "'[0-9][0-9][0-9][0-9]*'"
EVENT_DATE = f"(CASE WHEN e.date GLOB {_DATED} THEN e.date ELSE a.date END)"
QUOTE_DATE = f"(CASE WHEN t.value GLOB {_DATED} THEN t.value ELSE a.date END)"

EVENT_SELECT = """
SELECT e.*, a.date AS article_date, a.outlet AS outlet, p.name AS place_name, p.text AS place_text,
  p.country AS place_country,
  CASE WHEN e.cluster_id IS NULL THEN 1 ELSE (SELECT COUNT(DISTINCT e2.article) FROM events e2
    WHERE e2.cluster_id = e.cluster_id) END AS reports,
  CASE WHEN e.cluster_id IS NULL THEN (a.outlet IS NOT NULL) ELSE (SELECT COUNT(DISTINCT a2.outlet)
    FROM events e2 JOIN articles a2 ON a2.id = e2.article WHERE e2.cluster_id = e.cluster_id) END AS outlets,
  (SELECT json_group_array(json_array(x.actor, x.role, coalesce(ac.name, x.actor))) FROM
     (SELECT * FROM event_actors ea WHERE ea.article = e.article AND ea.event = e.id
      ORDER BY ea.role, ea.position) x
   LEFT JOIN actors ac ON ac.article = x.article AND ac.id = x.actor) AS sides
FROM events e
JOIN articles a ON a.id = e.article
LEFT JOIN places p ON p.article = e.article AND p.id = e.place
"""

# The first stored report of each cluster stands for it (unlinked events stand for themselves).
FIRST_REPORT = """(e.cluster_id IS NULL OR e.rowid = (SELECT MIN(e2.rowid) FROM events e2
  WHERE e2.cluster_id = e.cluster_id))"""

EVENT_ACTOR_MATCH = """EXISTS (SELECT 1 FROM event_actors ea JOIN actors ac
  ON ac.article = ea.article AND ac.id = ea.actor
  WHERE ea.article = e.article AND ea.event = e.id AND {cond})"""


def event_where(*, actor: str | None = None, type: str | None = None, country: str | None = None,
                since: str | None = None, until: str | None = None, place: str | None = None,
                text: str | None = None, negated: bool | None = None, article: str | None = None,
                cluster: str | None = None) -> Where:
    where = Where()
    if actor:
        where.add(EVENT_ACTOR_MATCH.format(cond="(ac.name LIKE ? ESCAPE '\\' OR ac.kb_id = ?)"),
                  like(actor), actor)
    if type:
        types = [t.strip().upper() for t in type.split(",") if t.strip()]
        if not types:
            raise QueryError(f"--type {type!r}: expected one or more event types, comma-separated")
        where.add(f"e.type IN ({', '.join('?' * len(types))})", *types)
    codes = check_country(country)
    if codes:
        marks = ", ".join("?" * len(codes))
        where.add(f"({EVENT_ACTOR_MATCH.format(cond=f'ac.country IN ({marks})')} OR p.country IN ({marks}))",
                  *codes, *codes)
    date_range(where, EVENT_DATE, since, until)
    if place:
        where.add("(p.name LIKE ? ESCAPE '\\' OR p.text LIKE ? ESCAPE '\\')", like(place), like(place))
    if text:
        where.add("e.evidence_text LIKE ? ESCAPE '\\'", like(text))
    if negated is not None:
        where.add("e.negated = ?", int(bool(negated)))
    if article:
        where.add("e.article = ?", article)
    if cluster:
        where.add("e.cluster_id = ?", cluster)
    return where


QUOTE_SELECT = f"""
SELECT q.*, a.date AS article_date, {QUOTE_DATE} AS quote_date, ac.name AS actor_name
FROM quotes q
JOIN articles a ON a.id = q.article
LEFT JOIN times t ON t.article = q.article AND t.id = q.time
LEFT JOIN actors ac ON ac.article = q.article AND ac.id = q.speaker_actor
"""


def quote_where(*, speaker: str | None = None, medium: str | None = None, text: str | None = None,
                article: str | None = None, since: str | None = None, until: str | None = None) -> Where:
    where = Where()
    if speaker:
        pattern = like(speaker)
        where.add("(q.speaker_name LIKE ? ESCAPE '\\' OR ac.name LIKE ? ESCAPE '\\'"
                  " OR q.speaker LIKE ? ESCAPE '\\')", pattern, pattern, pattern)
    if medium:
        pattern = like(medium)
        where.add("(q.medium_text LIKE ? ESCAPE '\\' OR q.medium_type LIKE ? ESCAPE '\\')", pattern, pattern)
    if text:
        where.add("q.pk IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)",
                  "content : " + fts_phrase(text))
    if article:
        where.add("q.article = ?", article)
    date_range(where, QUOTE_DATE, since, until)
    return where
