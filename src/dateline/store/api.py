"""``dateline.Store``: the read side of a store, as typed rows (``Rows``) that turn into pandas or Arrow.

    store = Store("dateline.db")
    store.events(actor="Khawaja Asif", since="2024-06")        # Rows[EventRow]
    store.quotes(speaker="Asif").to_pandas()                    # a DataFrame
    store.record("pak-afghan-2024-06-30")                       # the full Record, rebuilt from rows

Connections are read-only (``mode=ro``): a Store can never modify the file, and it reads committed data
while an ingest writes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

from ..errors import QueryError, StoreError
from ..records import Actor, Event, Medium, Place, Quote, Record, Time
from . import queries as q
from .db import connect_read, default_db
from .rows import ActorRow, ArticleRow, EventRow, QuoteRow, Rows, SearchHit, TimelineEntry

TABLES = ("articles", "actors", "actor_mentions", "events", "event_actors", "quotes", "times", "places")


class Store:
    """Read-only access to a dateline store (default ``$DATELINE_DB`` or ./dateline.db)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = str(path or default_db())
        self.conn = connect_read(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r})"

    # -- low level ----------------------------------------------------------------------------------------
    def _rows(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            if any(m in str(exc) for m in ("fts5", "syntax error", "no such column", "unterminated string")):
                raise QueryError(f"bad search query: {exc}") from exc
            raise StoreError(f"{self.path}: query failed ({exc})") from exc
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: query failed ({exc})") from exc

    def sql(self, query: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        """Any read-only SQL with parameters, as dicts (the connection cannot write)."""
        return [dict(row) for row in self._rows(query, params)]

    def table(self, name: str) -> Rows[dict[str, Any]]:
        """Every row of one store table, as dicts in a stable order (for exports)."""
        if name not in TABLES:
            raise QueryError(f"unknown table {name!r}; expected one of {', '.join(TABLES)}")
        order = "pk" if name == "articles" else "rowid"
        return Rows([dict(r) for r in self._rows(f"SELECT * FROM {name} ORDER BY {order}")])

    def counts(self) -> dict[str, int]:
        """Row count of every table, all from one snapshot: one statement, so that a commit landing between
        two counts cannot pair the articles of one moment with the quotes of the next."""
        columns = ", ".join(f"(SELECT count(*) FROM {name})" for name in TABLES)
        row = self._rows(f"SELECT {columns}")[0]
        return dict(zip(TABLES, row, strict=True))

    def summary(self, top: int = 5) -> dict[str, Any]:
        """Row counts, the publication date range, event types and the most mentioned actors."""
        span = self._rows("SELECT min(date), max(date) FROM articles")[0]
        types = self._rows("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type")
        return {
            "path": self.path,
            "counts": self.counts(),
            "dates": [span[0], span[1]],
            "event_types": {r["type"]: r["n"] for r in types},
            "top_actors": [(a.name, a.mentions) for a in self.actors(limit=top)],
        }

    def schema_version(self) -> int:
        return int(self._rows("PRAGMA user_version")[0][0])

    # -- queries --------------------------------------------------------------------------------------------
    def articles(self, limit: int | None = None) -> Rows[ArticleRow]:
        sql = """SELECT a.id, a.date, a.title, a.outlet, a.url, length(a.text) AS chars, a.ingested_at,
          (SELECT count(*) FROM events e WHERE e.article = a.id) AS events,
          (SELECT count(*) FROM quotes q WHERE q.article = a.id) AS quotes,
          (SELECT count(*) FROM actors c WHERE c.article = a.id) AS actors
          FROM articles a ORDER BY a.date, a.id""" + _limit(limit)
        return Rows([ArticleRow(**dict(r)) for r in self._rows(sql)], ArticleRow)

    def events(self, *, actor: str | None = None, type: str | None = None, country: str | None = None,
               since: str | None = None, until: str | None = None, place: str | None = None,
               text: str | None = None, negated: bool | None = None, article: str | None = None,
               cluster: str | None = None, linked: bool = False, limit: int | None = None) -> Rows[EventRow]:
        """Events matching every filter given (actor: name substring or kb id; type: comma-separated).

        ``linked``: one row per cross-article cluster (its first report), with the cluster's report counts.
        """
        where = q.event_where(actor=actor, type=type, country=country, since=since, until=until, place=place,
                              text=text, negated=negated, article=article, cluster=cluster)
        if linked:
            where.add(q.FIRST_REPORT)
        sql = (q.EVENT_SELECT + where.sql() + f" ORDER BY {q.EVENT_DATE}, e.article, e.position"
               + _limit(limit))
        return Rows([_event_row(r) for r in self._rows(sql, where.params)], EventRow)

    def quotes(self, *, speaker: str | None = None, medium: str | None = None, text: str | None = None,
               article: str | None = None, since: str | None = None, until: str | None = None,
               limit: int | None = None) -> Rows[QuoteRow]:
        """Quotes matching every filter (speaker, medium: substrings; text: a phrase in the content)."""
        where = q.quote_where(speaker=speaker, medium=medium, text=text, article=article, since=since,
                              until=until)
        sql = q.QUOTE_SELECT + where.sql() + " ORDER BY quote_date, q.article, q.position" + _limit(limit)
        return Rows([_quote_row(r) for r in self._rows(sql, where.params)], QuoteRow)

    def actors(self, *, name: str | None = None, country: str | None = None, limit: int | None = None
               ) -> Rows[ActorRow]:
        """Actors across articles, grouped by knowledge-base id (else name), most mentioned first."""
        where = q.Where()
        if name:
            where.add("c.name LIKE ? ESCAPE '\\'", q.like(name))
        codes = q.check_country(country)
        if codes:
            where.add(f"c.country IN ({', '.join('?' * len(codes))})", *codes)
        sql = f"""SELECT c.name, c.country, c.sector, c.kind, c.kb_id,
          count(DISTINCT c.article) AS articles,
          sum((SELECT count(*) FROM actor_mentions m WHERE m.article = c.article AND m.actor = c.id)) AS mentions,
          sum((SELECT count(DISTINCT ea.event) FROM event_actors ea
               WHERE ea.article = c.article AND ea.actor = c.id)) AS events,
          sum((SELECT count(*) FROM quotes qq WHERE qq.article = c.article AND qq.speaker_actor = c.id)) AS quotes
          FROM actors c {where.sql()}
          GROUP BY coalesce(c.kb_id, c.name COLLATE NOCASE)
          ORDER BY mentions DESC, c.name""" + _limit(limit)
        return Rows([ActorRow(**dict(r)) for r in self._rows(sql, where.params)], ActorRow)

    def timeline(self, actor: str, *, since: str | None = None, until: str | None = None,
                 limit: int | None = None) -> Rows[TimelineEntry]:
        """What an actor did (events as source or target) and said (quotes), in date order."""
        if not actor or not actor.strip():
            raise QueryError("timeline: give an actor name")
        entries: list[TimelineEntry] = []
        matching = {(r["article"], r["id"]) for r in self._rows(
            "SELECT article, id FROM actors WHERE name LIKE ? ESCAPE '\\' OR kb_id = ?", [q.like(actor), actor])}
        for ev in self.events(actor=actor, since=since, until=until):
            mine = any((ev.article, sid) in matching for sid in ev.source_ids)
            role = "source" if mine else "target"
            entries.append(TimelineEntry(date=ev.date or ev.article_date, kind="event", article=ev.article,
                                         id=ev.id, role=role, what=ev.type, text=ev.sentence,
                                         others=ev.target if mine else ev.source))
        for qu in self.quotes(speaker=actor, since=since, until=until):
            entries.append(TimelineEntry(date=qu.date, kind="quote", article=qu.article, id=qu.id,
                                         role="speaker", what=qu.medium_type or qu.kind, text=qu.content))
        entries.sort(key=lambda e: (e.date or "", e.article, e.kind, e.id))
        return Rows(entries[:q.check_limit(limit)] if limit else entries, TimelineEntry)

    def search(self, text: str, *, limit: int | None = 20, kind: str = "all") -> Rows[SearchHit]:
        """Full-text search (FTS5 syntax; plain words work) over article text and quote content."""
        if not text or not text.strip():
            raise QueryError("search: give some text to search for")
        if kind not in ("all", "articles", "quotes"):
            raise QueryError(f"search kind {kind!r}: expected all, articles or quotes")
        try:
            return self._search(text, limit, kind)
        except QueryError:
            return self._search(q.fts_terms(text), limit, kind)  # not FTS syntax: search the words

    def _search(self, match: str, limit: int | None, kind: str) -> Rows[SearchHit]:
        hits: list[SearchHit] = []
        if kind in ("all", "articles"):
            sql = """SELECT a.id, a.title, a.date, snippet(articles_fts, 1, '[', ']', '…', 12) AS snip,
              bm25(articles_fts) AS score FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid
              WHERE articles_fts MATCH ? ORDER BY score""" + _limit(limit)
            hits += [SearchHit("article", r["id"], r["id"], r["title"], r["date"], r["snip"], r["score"])
                     for r in self._rows(sql, [match])]
        if kind in ("all", "quotes"):
            sql = """SELECT qq.article, qq.id, a.title, a.date, snippet(quotes_fts, 0, '[', ']', '…', 12) AS snip,
              bm25(quotes_fts) AS score FROM quotes_fts JOIN quotes qq ON qq.pk = quotes_fts.rowid
              JOIN articles a ON a.id = qq.article
              WHERE quotes_fts MATCH ? ORDER BY score""" + _limit(limit)
            hits += [SearchHit("quote", r["article"], r["id"], r["title"], r["date"], r["snip"], r["score"])
                     for r in self._rows(sql, [match])]
        hits.sort(key=lambda h: h.score)  # bm25: lower is better
        return Rows(hits[:limit] if limit else hits, SearchHit)

    # -- whole records ------------------------------------------------------------------------------------
    def article_ids(self) -> list[str]:
        return [r[0] for r in self._rows("SELECT id FROM articles ORDER BY pk")]

    def record(self, article_id: str) -> Record:
        """The article's full Record, rebuilt from its rows (equal to the Record that was stored)."""
        rows = self._rows("SELECT * FROM articles WHERE id = ?", [article_id])
        if not rows:
            raise QueryError(f"no article {article_id!r} in {self.path}")
        return self._build_record(rows[0])

    def records(self) -> Iterator[Record]:
        """Every stored Record, in ingest order."""
        for row in self._rows("SELECT * FROM articles ORDER BY pk"):
            yield self._build_record(row)

    def _build_record(self, a: sqlite3.Row) -> Record:
        aid = a["id"]

        def rows(table: str) -> list[sqlite3.Row]:
            return self._rows(f"SELECT * FROM {table} WHERE article = ? ORDER BY position", [aid])

        record = _make(Record, a, id=aid, text=a["text"], date=a["date"], title=a["title"],
                       outlet=a["outlet"], url=a["url"], warnings=json.loads(a["warnings"]))
        record.times = [_make(Time, r, id=r["id"], start=r["start_char"], end=r["end_char"], text=r["text"],
                             type=r["type"], value=r["value"], mod=r["mod"], anchor=r["anchor"])
                        for r in rows("times")]
        mentions: dict[str, tuple[list[list[int]], list[list[int]]]] = {}
        for m in self._rows("SELECT * FROM actor_mentions WHERE article = ? ORDER BY actor, position", [aid]):
            plain, meto = mentions.setdefault(m["actor"], ([], []))
            (meto if m["metonymy"] else plain).append([m["start_char"], m["end_char"]])
        record.actors = [_make(Actor, r, id=r["id"], name=r["name"], country=r["country"], sector=r["sector"],
                               role=r["role"], kb_id=r["kb_id"], kind=r["kind"],
                               mentions=mentions.get(r["id"], ([], []))[0],
                               metonymy=mentions.get(r["id"], ([], []))[1], evidence=json.loads(r["evidence"]))
                         for r in rows("actors")]
        record.places = [_make(Place, r, id=r["id"], start=r["start_char"], end=r["end_char"], text=r["text"],
                               name=r["name"], geonameid=r["geonameid"], country=r["country"], admin1=r["admin1"],
                               lat=r["lat"], lon=r["lon"], feature=r["feature"], role=r["role"])
                         for r in rows("places")]
        record.quotes = [_make(Quote, r, id=r["id"], content=json.loads(r["content_spans"]),
                               cue=json.loads(r["cue_spans"]), speaker=json.loads(r["speaker_spans"]), speaker_name=r["speaker_name"],
                               speaker_actor=r["speaker_actor"], kind=r["kind"], time=r["time"],
                               medium=Medium(text=r["medium_text"], start=r["medium_start"], end=r["medium_end"],
                                             type=r["medium_type"]) if r["medium_text"] is not None else None)
                         for r in rows("quotes")]
        sides: dict[str, dict[str, list[str]]] = {}
        for s in self._rows("SELECT * FROM event_actors WHERE article = ? ORDER BY event, role, position", [aid]):
            sides.setdefault(s["event"], {"source": [], "target": []})[s["role"]].append(s["actor"])
        record.events = [_make(Event, r, id=r["id"], type=r["type"], mode=r["mode"],
                               contexts=json.loads(r["contexts"]),
                               source=sides.get(r["id"], {}).get("source", []),
                               target=sides.get(r["id"], {}).get("target", []), date=r["date"],
                               date_from=r["date_from"], place=r["place"], negated=bool(r["negated"]),
                               hypothetical=bool(r["hypothetical"]), future=bool(r["future"]),
                               historical=bool(r["historical"]), trigger=_span(r, "trigger"),
                               evidence=_span(r, "evidence"), confidence=r["confidence"], quote=r["quote"],
                               source_spans=json.loads(r["source_spans"]),
                               target_spans=json.loads(r["target_spans"]))
                         for r in rows("events")]
        return record


def _make(cls: type, row: sqlite3.Row, /, **values: Any) -> Any:
    """``cls(**values)`` plus the fields kept in the row's `extra` that this version's dataclass knows."""
    names = {f.name for f in fields(cls)}
    values.update({k: v for k, v in json.loads(row["extra"] or "{}").items() if k in names})
    return cls(**values)


def _limit(limit: int | None) -> str:
    n = q.check_limit(limit)
    return f" LIMIT {n}" if n else ""  # an int checked above, never user text


def _span(row: sqlite3.Row, name: str) -> list[int]:
    start, end = row[f"{name}_start"], row[f"{name}_end"]
    return [start, end] if start is not None else []


def _event_row(r: sqlite3.Row) -> EventRow:
    sides = json.loads(r["sides"] or "[]")
    pick = {role: [(aid, name) for aid, rl, name in sides if rl == role] for role in ("source", "target")}
    return EventRow(
        article=r["article"], id=r["id"], type=r["type"], mode=r["mode"], date=r["date"],
        date_from=r["date_from"], source=[n for _, n in pick["source"]], target=[n for _, n in pick["target"]],
        trigger=_span(r, "trigger"), trigger_text=r["trigger_text"], evidence=_span(r, "evidence"),
        sentence=r["evidence_text"], contexts=json.loads(r["contexts"]),
        place=r["place_name"] or r["place_text"], place_country=r["place_country"], negated=bool(r["negated"]),
        hypothetical=bool(r["hypothetical"]), future=bool(r["future"]), historical=bool(r["historical"]),
        confidence=r["confidence"], quote=r["quote"], cluster=r["cluster_id"], reports=r["reports"],
        outlets=r["outlets"], outlet=r["outlet"], article_date=r["article_date"],
        source_ids=[a for a, _ in pick["source"]], target_ids=[a for a, _ in pick["target"]])


def _quote_row(r: sqlite3.Row) -> QuoteRow:
    return QuoteRow(
        article=r["article"], id=r["id"], speaker=r["speaker_name"] or r["actor_name"] or r["speaker"],
        content=r["content"], kind=r["kind"], cue=r["cue"], medium=r["medium_text"], medium_type=r["medium_type"],
        date=r["quote_date"], content_spans=json.loads(r["content_spans"]),
        speaker_spans=json.loads(r["speaker_spans"]), speaker_actor=r["speaker_actor"],
        article_date=r["article_date"])
