"""What the web layer asks the store that the CLI does not: pages (offset + total), sorting, aggregates.

Built on the store's query module: its filters (``event_where``, ``quote_where``), SELECTs and row builders,
so a filter means the same on the command line, in Python and over HTTP. New SQL here is only paging,
ordering and the network/map aggregates; every user value travels as a parameter.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

from ..errors import QueryError, StoreError
from ..store import Store
from ..store import api as store_api
from ..store import queries as q
from .plover import quad

MAX_PAGE = 500  # the largest page any list endpoint returns
MAX_OFFSET = 1_000_000_000  # beyond any store; larger values would overflow SQLite's integers
MAX_FILTER_CHARS = 1000  # a filter value longer than this is refused (SQLite's LIKE stops at 50,000 bytes)
DEFAULT_PAGE = 50
TIMELINE_DEPTH = 2000  # how far the merged events+quotes timeline pages


@dataclass
class Filters:
    """The list filters every endpoint shares (the CLI's names; ``q`` is the free-text filter)."""

    actor: str | None = None
    type: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None
    place: str | None = None  # events only: place name substring

    def __post_init__(self) -> None:
        for name, value in asdict(self).items():
            setattr(self, name, value.strip() or None if isinstance(value, str) else value)

    def params(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}

    def key(self) -> tuple[tuple[str, str], ...]:
        return tuple(sorted(self.params().items()))


def check_page(limit: int, offset: int) -> tuple[int, int]:
    if not 1 <= limit <= MAX_PAGE:
        raise QueryError(f"limit {limit}: must be between 1 and {MAX_PAGE}")
    if offset < 0:
        raise QueryError(f"offset {offset}: must be 0 or more")
    return limit, offset


# rowids of the events whose source or target is named exactly ? (any case) or has the kb id ?; each branch
# starts from an index on actors, so the whole set is found without scanning the events
_EXACT_ACTOR_EVENTS = """e.rowid IN (
  SELECT ev.rowid FROM actors ac JOIN event_actors ea ON ea.article = ac.article AND ea.actor = ac.id
    JOIN events ev ON ev.article = ea.article AND ev.id = ea.event WHERE ac.name = ? COLLATE NOCASE
  UNION SELECT ev.rowid FROM actors ac JOIN event_actors ea ON ea.article = ac.article AND ea.actor = ac.id
    JOIN events ev ON ev.article = ea.article AND ev.id = ea.event WHERE ac.kb_id = ?)"""
_EXACT_SPEAKER_QUOTES = """q.pk IN (SELECT pk FROM quotes WHERE speaker_name = ? COLLATE NOCASE
  UNION SELECT qq.pk FROM actors ac JOIN quotes qq ON qq.article = ac.article AND qq.speaker_actor = ac.id
    WHERE ac.name = ? COLLATE NOCASE
  UNION SELECT qq.pk FROM actors ac JOIN quotes qq ON qq.article = ac.article AND qq.speaker_actor = ac.id
    WHERE ac.kb_id = ?)"""


def _exact_actor(where: q.Where, name: str) -> None:
    """Events where an actor named exactly ``name`` (any case) or with that kb id is source or target."""
    where.add(_EXACT_ACTOR_EVENTS, name, name)


def event_filter(f: Filters, *, exact_actor: bool = False) -> q.Where:
    where = q.event_where(actor=None if exact_actor else f.actor, type=f.type, country=f.country,
                          since=f.since, until=f.until, text=f.q, place=f.place)
    if exact_actor and f.actor:
        _exact_actor(where, f.actor)
    return where


# the tables and aliases (e, a, p) that the store's event_where conditions are written against
EVENTS_FROM = """FROM events e JOIN articles a ON a.id = e.article
LEFT JOIN places p ON p.article = e.article AND p.id = e.place"""

# sort key -> SQL over EVENT_SELECT's columns (fixed strings: the user picks a key, never SQL)
# sorting by source or target joins each event's first-named actor on that side, aggregated once
_SIDE_NAME = """LEFT JOIN (SELECT ea.article, ea.event, min(ac.name) AS name FROM event_actors ea
  JOIN actors ac ON ac.article = ea.article AND ac.id = ea.actor WHERE ea.role = '{role}'
  GROUP BY ea.article, ea.event) side ON side.article = e.article AND side.event = e.id"""
SORT_JOINS = {"source": _SIDE_NAME.format(role="source"), "target": _SIDE_NAME.format(role="target")}
EVENT_SORTS = {
    "date": q.EVENT_DATE,
    "type": "e.type",
    "source": "side.name",
    "target": "side.name",
    "place": "coalesce(p.name, p.text)",
    "outlet": "a.outlet",
}


def _order(sort: str, table: dict[str, str], tiebreak: str) -> str:
    key = sort.lstrip("-")
    if key not in table:
        raise QueryError(f"sort {sort!r}: expected one of {', '.join(table)} (prefix - for descending)")
    direction = "DESC" if sort.startswith("-") else "ASC"
    return f" ORDER BY {table[key]} IS NULL, {table[key]} {direction}, {tiebreak}"


def _articles_meta(store: Store, ids: set[str]) -> dict[str, sqlite3.Row]:
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    rows = store._rows(f"SELECT id, title, outlet, url, date FROM articles WHERE id IN ({marks})", list(ids))
    return {r["id"]: r for r in rows}


def event_item(row: sqlite3.Row, meta: dict[str, sqlite3.Row]) -> dict[str, Any]:
    item = dict(vars(store_api._event_row(row)))  # shallow: asdict deep-copies
    art = meta.get(item["article"])
    item["quad"] = quad(item["type"])
    item["outlet"] = art["outlet"] if art else None
    item["article_title"] = art["title"] if art else None
    item["spans"] = {"trigger": [item["trigger"]] if item["trigger"] else [],
                     "evidence": [item["evidence"]] if item["evidence"] else []}
    return item


def events_page(store: Store, f: Filters, *, sort: str = "date", limit: int = DEFAULT_PAGE, offset: int = 0,
                exact_actor: bool = False) -> tuple[list[dict[str, Any]], int]:
    limit, offset = check_page(limit, offset)
    return _events(store, f, sort, limit, offset, exact_actor)


def _events(store: Store, f: Filters, sort: str, limit: int, offset: int, exact_actor: bool
            ) -> tuple[list[dict[str, Any]], int]:
    # two steps: order and page over the bare tables, then build full rows for that page only
    where = event_filter(f, exact_actor=exact_actor)
    order = _order(sort, EVENT_SORTS, "e.article, e.position")
    join = SORT_JOINS.get(sort.lstrip("-"), "")
    keys = store._rows(f"SELECT e.article, e.id {EVENTS_FROM} {join}{where.sql()}{order} LIMIT ? OFFSET ?",
                       [*where.params, limit, offset])
    total = int(store._rows(f"SELECT count(*) {EVENTS_FROM}{where.sql()}", where.params)[0][0]) \
        if keys or offset else 0
    if not keys:
        return [], total
    rank = {(k["article"], k["id"]): i for i, k in enumerate(keys)}
    rows = store._rows(q.EVENT_SELECT + f" WHERE (e.article, e.id) IN (VALUES {', '.join(['(?, ?)'] * len(keys))})",
                       [v for k in keys for v in (k["article"], k["id"])])
    rows.sort(key=lambda r: rank[(r["article"], r["id"])])
    meta = _articles_meta(store, {r["article"] for r in rows})
    return [event_item(r, meta) for r in rows], total


def quote_filter(f: Filters, *, exact_actor: bool = False) -> q.Where:
    where = q.quote_where(speaker=None if exact_actor else f.actor, text=f.q, since=f.since, until=f.until)
    if exact_actor and f.actor:
        where.add(_EXACT_SPEAKER_QUOTES, f.actor, f.actor, f.actor)
    return where


def quote_item(row: sqlite3.Row, meta: dict[str, sqlite3.Row]) -> dict[str, Any]:
    item = dict(vars(store_api._quote_row(row)))
    art = meta.get(item["article"])
    item["article_title"] = art["title"] if art else None
    item["outlet"] = art["outlet"] if art else None
    medium = [[row["medium_start"], row["medium_end"]]] if row["medium_start"] is not None else []
    item["spans"] = {"content": item["content_spans"], "speaker": item["speaker_spans"],
                     "cue": json.loads(row["cue_spans"]), "medium": medium}
    return item


def quotes_page(store: Store, f: Filters, *, limit: int = DEFAULT_PAGE, offset: int = 0,
                exact_actor: bool = False) -> tuple[list[dict[str, Any]], int]:
    limit, offset = check_page(limit, offset)
    return _quotes(store, f, limit, offset, exact_actor)


def _quotes(store: Store, f: Filters, limit: int, offset: int, exact_actor: bool
            ) -> tuple[list[dict[str, Any]], int]:
    where = quote_filter(f, exact_actor=exact_actor)
    order = " ORDER BY quote_date, q.article, q.position"
    rows = store._rows(q.QUOTE_SELECT + where.sql() + order + " LIMIT ? OFFSET ?", [*where.params, limit, offset])
    total = int(store._rows(f"SELECT count(*) FROM ({q.QUOTE_SELECT}{where.sql()})", where.params)[0][0]) \
        if rows or offset else 0
    meta = _articles_meta(store, {r["article"] for r in rows})
    return [quote_item(r, meta) for r in rows], total


def actors_page(store: Store, f: Filters, *, limit: int = DEFAULT_PAGE, offset: int = 0
                ) -> tuple[list[dict[str, Any]], int]:
    """Actors (grouped across articles as the store groups them), most mentioned first."""
    limit, offset = check_page(limit, offset)
    rows = store.actors(name=f.q or f.actor, country=f.country)
    return [dict(vars(r)) for r in rows[offset:offset + limit]], len(rows)


def actor_profile(store: Store, name: str) -> dict[str, Any] | None:
    """The actor's stored attributes (most frequent across articles), or None if no actor has that name."""
    rows = store._rows(
        """SELECT c.name, c.country, c.sector, c.kind, c.kb_id, count(*) AS n FROM actors c
           WHERE c.name = ? COLLATE NOCASE OR c.kb_id = ?
           GROUP BY c.name, c.country, c.sector, c.kind, c.kb_id ORDER BY n DESC LIMIT 1""", [name, name])
    return dict(rows[0]) if rows else None


# -- aggregates ---------------------------------------------------------------------------------------------
# source -> target pairs of the selected events, counted per event type (one row per pair and type)
_PAIRS_SQL = """WITH ev AS (SELECT e.article, e.id, e.type {events_from} {where})
SELECT sa.name AS source, sa.country AS source_country, ta.name AS target, ta.country AS target_country,
  ev.type AS type, count(DISTINCT ev.article || char(31) || ev.id) AS n
FROM ev
JOIN event_actors es ON es.article = ev.article AND es.event = ev.id AND es.role = 'source'
JOIN actors sa ON sa.article = es.article AND sa.id = es.actor
JOIN event_actors et ON et.article = ev.article AND et.event = ev.id AND et.role = 'target'
JOIN actors ta ON ta.article = et.article AND ta.id = et.actor
WHERE sa.name <> ta.name
GROUP BY sa.name, ta.name, ev.type"""


def network(store: Store, f: Filters, *, max_nodes: int = 60, exact_actor: bool = False) -> dict[str, Any]:
    """Actors as nodes, events as directed source -> target edges weighted by count and split by quad class.

    Nodes are the ``max_nodes`` actors with the most edges' events; edges between them are kept.
    """
    where = event_filter(f, exact_actor=exact_actor)
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    degree: dict[str, int] = {}
    countries: dict[str, str | None] = {}
    for r in store._rows(_PAIRS_SQL.format(events_from=EVENTS_FROM, where=where.sql()), where.params):
        src, tgt, n = r["source"], r["target"], r["n"]
        edge = edges.setdefault((src, tgt), {"source": src, "target": tgt, "weight": 0, "cooperation": 0,
                                             "conflict": 0, "types": {}})
        edge["weight"] += n
        edge["cooperation" if quad(r["type"]) in (1, 2) else "conflict"] += n
        edge["types"][r["type"]] = edge["types"].get(r["type"], 0) + n
        for name, country in ((src, r["source_country"]), (tgt, r["target_country"])):
            degree[name] = degree.get(name, 0) + n
            countries.setdefault(name, country)
    keep = set(sorted(degree, key=lambda n: (-degree[n], n))[:max_nodes])
    kept_edges = sorted((e for e in edges.values() if e["source"] in keep and e["target"] in keep),
                        key=lambda e: (-e["weight"], e["source"], e["target"]))
    nodes = [{"id": n, "name": n, "country": countries.get(n), "events": degree[n]}
             for n in sorted(keep, key=lambda n: (-degree[n], n))]
    return {"nodes": nodes, "edges": kept_edges, "total_nodes": len(degree), "total_edges": len(edges)}


def places(store: Store, f: Filters, *, limit: int = DEFAULT_PAGE, offset: int = 0
           ) -> tuple[list[dict[str, Any]], int]:
    """Geocoded places with how many events happened there and how many times they were mentioned.

    An event filter (actor, type, since, until, q) counts only the events it selects; country keeps places
    in that country.
    """
    limit, offset = check_page(limit, offset)
    event_where = q.event_where(actor=f.actor, type=f.type, since=f.since, until=f.until, text=f.q)
    place_where = q.Where()
    place_where.add("pl.lat IS NOT NULL AND pl.lon IS NOT NULL")
    codes = q.check_country(f.country)
    if codes:
        place_where.add(f"pl.country IN ({', '.join('?' * len(codes))})", *codes)
    events_only = any((f.actor, f.type, f.since, f.until, f.q))
    sql = f"""WITH ev AS (SELECT e.article, e.place {EVENTS_FROM} {event_where.sql()}),
      per_place AS (SELECT article, place, count(*) AS n FROM ev WHERE place IS NOT NULL GROUP BY article, place)
      SELECT coalesce(pl.name, pl.text) AS name, pl.geonameid, pl.country, round(pl.lat, 3) AS lat,
        round(pl.lon, 3) AS lon, count(*) AS mentions, count(DISTINCT pl.article) AS articles,
        coalesce(sum(pp.n), 0) AS events, min(pl.article) AS article
      FROM places pl LEFT JOIN per_place pp ON pp.article = pl.article AND pp.place = pl.id
      {place_where.sql()}
      GROUP BY coalesce(pl.geonameid, coalesce(pl.name, pl.text) || '@' || round(pl.lat, 2) || ',' || round(pl.lon, 2))
      {"HAVING events > 0" if events_only else ""}
      ORDER BY events DESC, mentions DESC, name"""
    rows = store._rows(f"{sql} LIMIT ? OFFSET ?", [*event_where.params, *place_where.params, limit, offset])
    total = int(store._rows(f"SELECT count(*) FROM ({sql})", [*event_where.params, *place_where.params])[0][0])
    return [dict(r) for r in rows], total


def timeline_series(store: Store, f: Filters, *, exact_actor: bool = False) -> list[dict[str, Any]]:
    """Event counts per month and PLOVER type (events without a month fall under their article's month)."""
    where = event_filter(f, exact_actor=exact_actor)
    month = f"""(CASE WHEN {q.EVENT_DATE} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN substr({q.EVENT_DATE}, 1, 7)
      ELSE substr(a.date, 1, 7) END)"""  # a year-only or week value counts in its article's month
    sql = f"""SELECT {month} AS period, e.type AS type, count(*) AS n
      {EVENTS_FROM} {where.sql()} GROUP BY period, e.type ORDER BY period, e.type"""
    return [{"period": r["period"], "type": r["type"], "quad": quad(r["type"]), "count": r["n"]}
            for r in store._rows(sql, where.params)]


def timeline_entries(store: Store, f: Filters, *, limit: int = DEFAULT_PAGE, offset: int = 0,
                     exact_actor: bool = False) -> tuple[list[dict[str, Any]], int]:
    """What the actor did (events) and said (quotes), merged in date order, one page of it."""
    limit, offset = check_page(limit, offset)
    if not f.actor:
        raise QueryError("timeline: give an actor")
    if offset + limit > TIMELINE_DEPTH:
        raise QueryError(f"timeline: offset + limit must stay within {TIMELINE_DEPTH} (use /api/events to go deeper)")
    need = offset + limit  # the first `need` of the merged list are among the first `need` of each part
    events, n_events = _events(store, f, "date", need, 0, exact_actor)
    said = Filters(actor=f.actor, since=f.since, until=f.until, q=f.q)
    quotes, n_quotes = _quotes(store, said, need, 0, exact_actor) if not f.type else ([], 0)
    entries = [{"entry": "event", **e, "date": e["date"] or e["article_date"]} for e in events]
    entries += [{"entry": "quote", **qu} for qu in quotes]
    entries.sort(key=lambda e: (e["date"] or "", e["article"], e["entry"], e["id"]))
    return entries[offset:offset + limit], n_events + n_quotes


def search(store: Store, text: str, *, limit: int = 20, kind: str = "all") -> list[Any]:
    """The store's full-text search; input FTS5 rejects outright (an unterminated quote) is searched as words."""
    try:
        return store.search(text, limit=limit, kind=kind)
    except StoreError:
        return store.search(q.fts_terms(text), limit=limit, kind=kind)
