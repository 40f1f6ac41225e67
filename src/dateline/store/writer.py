"""The single writer: one transaction per batch, idempotent by the content hash of each record's article.

An unchanged article (same hash) is skipped; a changed one has all its rows replaced. A batch either
commits whole or not at all, so a run killed at any point leaves every article complete or absent, and
running the same ingest again finishes the job without duplicates.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..records import Actor, Article, Event, Place, Quote, Record, Time
from .db import connect_write

CHILD_TABLES = ("event_actors", "events", "quotes", "places", "actor_mentions", "actors", "times")

# Record fields that have their own columns; any other field (added to records.py later) goes to `extra`.
MAPPED: dict[type, set[str]] = {
    Record: {"id", "text", "date", "title", "outlet", "url", "warnings", "times", "actors", "places", "quotes",
             "events"},
    Time: {"id", "start", "end", "text", "type", "value", "mod", "anchor"},
    Actor: {"id", "name", "country", "sector", "role", "kb_id", "mentions", "kind", "metonymy", "evidence"},
    Place: {"id", "start", "end", "text", "name", "geonameid", "country", "admin1", "lat", "lon", "feature", "role"},
    Quote: {"id", "content", "cue", "speaker", "speaker_name", "speaker_actor", "kind", "medium", "time"},
    Event: {"id", "type", "mode", "contexts", "source", "target", "date", "date_from", "place", "negated",
            "hypothetical", "future", "historical", "trigger", "evidence", "confidence", "quote", "source_spans",
            "target_spans"},
}


def extra(item: Any) -> str:
    """JSON of the item's fields that have no column of their own."""
    known = next(names for kind, names in MAPPED.items() if isinstance(item, kind))
    rest = {f.name: getattr(item, f.name) for f in fields(item) if f.name not in known}
    return _json(_plain(rest)) if rest else "{}"


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def content_hash(item: Article | Record) -> str:
    """sha256 of what identifies an article's content: id, text and metadata."""
    parts = [item.id, item.text, item.date, item.title, item.outlet, item.url]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()


@dataclass
class WriteStats:
    inserted: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (article id, reason): left as it was

    def add(self, other: WriteStats) -> None:
        self.inserted += other.inserted
        self.replaced += other.replaced
        self.skipped += other.skipped
        self.failed += other.failed


def _version() -> str:
    from .. import __version__

    return __version__


class StoreWriter:
    """The one writer of a store. Use as a context manager; ``write(records)`` commits one batch."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.conn = connect_write(self.path)
        self.stats = WriteStats()
        self._extractor = _version()

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass
            self.conn.close()
            self.conn = None  # type: ignore[assignment]

    def known_hashes(self) -> dict[str, str]:
        """article id -> content hash of what is stored (to skip unchanged articles before extracting)."""
        return dict(self.conn.execute("SELECT id, content_hash FROM articles").fetchall())

    def write(self, records: Iterable[Record], force: bool = False) -> WriteStats:
        """Store a batch in one transaction: new articles inserted, changed ones replaced, unchanged skipped
        (``force``: replace unchanged ones too, e.g. after upgrading the extractor)."""
        stats = WriteStats()
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            for record in records:
                digest = content_hash(record)
                row = conn.execute("SELECT content_hash FROM articles WHERE id = ?", (record.id,)).fetchone()
                if row is not None and row[0] == digest and not force:
                    stats.skipped += 1
                    continue
                # a savepoint per record: one inconsistent record (say, duplicate item ids) fails alone
                conn.execute("SAVEPOINT record")
                try:
                    if row is not None:
                        self._delete(record.id)
                    self._insert(record, digest)
                except (sqlite3.IntegrityError, sqlite3.InterfaceError, ValueError, TypeError) as exc:
                    conn.execute("ROLLBACK TO record")
                    conn.execute("RELEASE record")
                    stats.failed.append((record.id, f"not stored: {type(exc).__name__}: {exc}"))
                    continue
                conn.execute("RELEASE record")
                if row is not None:
                    stats.replaced += 1
                else:
                    stats.inserted += 1
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"{self.path}: write failed, batch rolled back ({exc})") from exc
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        self.stats.add(stats)
        return stats

    def delete(self, article_id: str) -> bool:
        """Remove one article and all its rows; False if it was not there."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            found = self._delete(article_id)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return found

    def set_clusters(self, assignments: Iterable[tuple[str, str, str | None]]) -> None:
        """(article, event id, cluster id): the cross-article event clusters found by linking."""
        self._set_cluster_ids("events", assignments)

    def set_quote_clusters(self, assignments: Iterable[tuple[str, str, str | None]]) -> None:
        """(article, quote id, cluster id): the same statement reported by several articles."""
        self._set_cluster_ids("quotes", assignments)

    def _set_cluster_ids(self, table: str, assignments: Iterable[tuple[str, str, str | None]]) -> None:
        assert table in ("events", "quotes")  # a fixed table name, never user input
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.executemany(f"UPDATE {table} SET cluster_id = ? WHERE article = ? AND id = ?",
                                  [(c, a, i) for a, i, c in assignments])
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    # -- internals --------------------------------------------------------------------------------------
    def _delete(self, article_id: str) -> bool:
        # explicit deletes (children first) keep this correct even where foreign keys are off
        for table in CHILD_TABLES:
            self.conn.execute(f"DELETE FROM {table} WHERE article = ?", (article_id,))
        return self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount > 0

    def _insert(self, r: Record, digest: str) -> None:
        conn, text, aid = self.conn, r.text, r.id
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        conn.execute(
            "INSERT INTO articles (id, content_hash, date, title, outlet, url, text, warnings, extra, extractor,"
            " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (aid, digest, r.date, r.title, r.outlet, r.url, text, _json(r.warnings), extra(r), self._extractor,
             now))
        conn.executemany(
            "INSERT INTO times (article, id, position, start_char, end_char, text, type, value, mod, anchor, extra)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(aid, t.id, i, t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor, extra(t))
             for i, t in enumerate(r.times)])
        conn.executemany(
            "INSERT INTO actors (article, id, position, name, country, sector, role, kb_id, kind, evidence, extra)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(aid, a.id, i, a.name, a.country, a.sector, a.role, a.kb_id, a.kind, _json(a.evidence), extra(a))
             for i, a in enumerate(r.actors)])
        mentions = []
        for a in r.actors:
            spans = [(s, e, 0) for s, e in a.mentions] + [(s, e, 1) for s, e in a.metonymy]
            mentions += [(aid, a.id, i, s, e, text[s:e], m) for i, (s, e, m) in enumerate(spans)]
        conn.executemany(
            "INSERT INTO actor_mentions (article, actor, position, start_char, end_char, text, metonymy)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)", mentions)
        conn.executemany(
            "INSERT INTO places (article, id, position, start_char, end_char, text, name, geonameid, country,"
            " admin1, lat, lon, feature, role, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(aid, p.id, i, p.start, p.end, p.text, p.name, p.geonameid, p.country, p.admin1, p.lat, p.lon,
              p.feature, p.role, extra(p)) for i, p in enumerate(r.places)])
        conn.executemany(
            "INSERT INTO quotes (article, id, position, content, start_char, end_char, content_spans,"
            " cue_spans, speaker_spans, cue, speaker, speaker_name, speaker_actor, kind, medium_text,"
            " medium_start, medium_end, medium_type, time, extra)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_quote_row(aid, i, q, text) for i, q in enumerate(r.quotes)])
        conn.executemany(
            "INSERT INTO events (article, id, position, type, mode, contexts, date, date_from, place, negated,"
            " hypothetical, future, historical, trigger_start, trigger_end, trigger_text, evidence_start,"
            " evidence_end, evidence_text, confidence, quote, source_spans, target_spans, extra)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_event_row(aid, i, ev, text) for i, ev in enumerate(r.events)])
        conn.executemany(
            "INSERT INTO event_actors (article, event, actor, role, position) VALUES (?, ?, ?, ?, ?)",
            [(aid, ev.id, actor, role, i) for ev in r.events
             for role, ids in (("source", ev.source), ("target", ev.target)) for i, actor in enumerate(ids)])


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _span_text(text: str, spans: list[list[int]]) -> str | None:
    return " … ".join(text[s:e] for s, e in spans) if spans else None


def _quote_row(aid: str, i: int, q: Any, text: str) -> tuple[Any, ...]:
    m = q.medium
    starts = [s for s, _ in q.content]
    ends = [e for _, e in q.content]
    return (aid, q.id, i, _span_text(text, q.content) or "", min(starts, default=None), max(ends, default=None),
            _json(q.content), _json(q.cue), _json(q.speaker), _span_text(text, q.cue),
            _span_text(text, q.speaker), q.speaker_name, q.speaker_actor, q.kind,
            m.text if m else None, m.start if m else None, m.end if m else None, m.type if m else None, q.time,
            extra(q))


def _event_row(aid: str, i: int, ev: Any, text: str) -> tuple[Any, ...]:
    trig = ev.trigger if len(ev.trigger) == 2 else [None, None]
    evid = ev.evidence if len(ev.evidence) == 2 else [None, None]
    trig_text = text[trig[0]:trig[1]] if trig[0] is not None else None
    evid_text = text[evid[0]:evid[1]] if evid[0] is not None else None
    return (aid, ev.id, i, ev.type, ev.mode, _json(ev.contexts), ev.date, ev.date_from, ev.place,
            int(ev.negated), int(ev.hypothetical), int(ev.future), int(ev.historical), trig[0], trig[1],
            trig_text, evid[0], evid[1], evid_text, ev.confidence, ev.quote, _json(ev.source_spans),
            _json(ev.target_spans), extra(ev))
