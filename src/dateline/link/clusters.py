"""Event and quote clusters: reports of one event (or one statement) across articles.

Within a story (articles about one incident, see stories.py), events of the same PLOVER type whose dates
are compatible and whose named actors do not contradict each other are one event. Quotes by the same
canonical speaker with near-identical words are one statement. Cluster ids come from the first report,
so they are stable when later reports arrive.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from ..records import Event, Quote, Record
from .features import norm, parse_day

PUBLICATION_DAY_TOLERANCE = 7  # a report dated only by publication may follow its event by days
QUOTE_SIMILARITY = 0.6


def cluster_id(kind: str, first_report: str) -> str:
    return f"{kind}-{hashlib.sha1(first_report.encode()).hexdigest()[:12]}"


@dataclass
class EventReport:
    article: str
    event: Event
    day: dt.date | None
    granular: str  # the date's own precision: "2024-06-29" day, "2024-06" month ...
    actors: frozenset[str]


@dataclass
class EventCluster:
    id: str
    type: str
    reports: list[EventReport] = field(default_factory=list)


def actor_keys(record: Record, actor_ids: list[str]) -> frozenset[str]:
    by_id = {a.id: a for a in record.actors}
    return frozenset(by_id[i].kb_id or norm(by_id[i].name) for i in actor_ids if i in by_id)


def event_report(record: Record, event: Event) -> EventReport:
    return EventReport(article=record.id, event=event, day=parse_day(event.date), granular=event.date or "",
                       actors=actor_keys(record, event.source + event.target))


def date_interval(report: EventReport) -> tuple[dt.date, dt.date] | None:
    """The days the event may have happened on, from its date's own precision.

    A text-resolved day is that day; a week, month or year is its whole span; a publication date only says
    the event happened on or shortly before it (reports follow events by days).
    """
    value = report.granular
    if report.event.date_from != "text" and report.day:
        return report.day - dt.timedelta(days=PUBLICATION_DAY_TOLERANCE), report.day
    if report.day:
        return report.day, report.day
    try:
        if len(value) >= 8 and value[4:6] == "-W":
            monday = dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            return monday, monday + dt.timedelta(days=6)
        if len(value) >= 7 and value[4] == "-" and value[5:7].isdigit():
            first = dt.date(int(value[:4]), int(value[5:7]), 1)
            return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        if len(value) >= 4 and value[:4].isdigit():
            return dt.date(int(value[:4]), 1, 1), dt.date(int(value[:4]), 12, 31)
    except ValueError:
        return None
    return None


def dates_compatible(a: EventReport, b: EventReport) -> bool:
    ia, ib = date_interval(a), date_interval(b)
    if ia is None or ib is None:
        return True  # an undated report contradicts nothing
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def actors_compatible(a: EventReport, b: EventReport) -> bool:
    return not a.actors or not b.actors or bool(a.actors & b.actors)


def link_events(records: list[Record], story_of: dict[str, str]) -> dict[str, str]:
    """event id -> cluster id, for every event of every record (records in a fixed order)."""
    clusters: dict[tuple[str, str], list[EventCluster]] = {}
    out: dict[str, str] = {}
    for record in records:
        story = story_of.get(record.id, record.id)
        for event in record.events:
            report = event_report(record, event)
            pool = clusters.setdefault((story, event.type), [])
            home = next((c for c in pool if any(dates_compatible(report, r) and actors_compatible(report, r)
                                                for r in c.reports)), None)
            if home is None:
                home = EventCluster(id=cluster_id("ec", f"{record.id}/{event.id}"), type=event.type)
                pool.append(home)
            home.reports.append(report)
            out[event.id] = home.id
    return out


def _words(record: Record, quote: Quote) -> frozenset[str]:
    return frozenset(norm(" ".join(record.text[s:e] for s, e in quote.content)).split())


def link_quotes(records: list[Record]) -> dict[str, str]:
    """quote id -> cluster id: same canonical speaker, near-identical content (word Jaccard)."""
    by_speaker: dict[str, list[tuple[str, frozenset[str]]]] = {}
    out: dict[str, str] = {}
    for record in records:
        for quote in record.quotes:
            words = _words(record, quote)
            speaker = norm(quote.speaker_name or "")
            if not speaker or not words:
                out[quote.id] = cluster_id("qc", f"{record.id}/{quote.id}")
                continue
            pool = by_speaker.setdefault(speaker, [])
            match = next((cid for cid, seen in pool
                          if len(words & seen) / len(words | seen) >= QUOTE_SIMILARITY), None)
            if match is None:
                match = cluster_id("qc", f"{record.id}/{quote.id}")
            pool.append((match, words))
            out[quote.id] = match
    return out
