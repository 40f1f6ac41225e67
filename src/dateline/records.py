"""The record contract: plain dataclasses that every component fills and every sink reads.

One `Record` per article. All offsets are ``[start, end)`` Python string indices into ``Record.text``;
``text[start:end]`` always equals the item's text. Records round-trip through JSON losslessly.
Later components may add fields; they never rename these (see docs/record.md).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

SpanList = list[list[int]]


def make_id(kind: str, article_id: str, *parts: object) -> str:
    """A stable id: a hash of the article id, the item kind and its defining spans."""
    raw = "\x1f".join([kind, article_id, *map(str, parts)])
    return f"{kind[0]}-{hashlib.sha1(raw.encode('utf-8')).hexdigest()[:12]}"


@dataclass
class Article:
    """An input article as read: ``text`` is never normalised, so offsets line up with the source."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)
    location: str | None = None  # where it was read from (file[:line]); not part of the record


@dataclass
class Time:
    id: str
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str | None = None
    anchor: str | None = None  # how the value was anchored: absolute | publication | none


@dataclass
class Actor:
    id: str
    name: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    kb_id: str | None = None
    mentions: SpanList = field(default_factory=list)
    kind: str | None = None  # PERSON | ORG | GPE | NORP | GROUP | MEDIA
    metonymy: SpanList = field(default_factory=list)  # mentions that stand for another entity
    evidence: list[str] = field(default_factory=list)  # why country/sector were chosen


@dataclass
class Place:
    id: str
    start: int
    end: int
    text: str
    name: str | None = None
    geonameid: int | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None
    role: str = "mention"  # mention | event | metonym
    qualifier: str | None = None  # the part meant, for descriptive phrases: "western border areas" of `name`


@dataclass
class Medium:
    text: str
    start: int
    end: int
    type: str  # interview | statement | press conference | social media | broadcast | publication | other


@dataclass
class Quote:
    id: str
    content: SpanList
    cue: SpanList = field(default_factory=list)
    speaker: SpanList = field(default_factory=list)
    speaker_name: str | None = None
    speaker_actor: str | None = None
    kind: str = "direct"  # direct | indirect | mixed
    medium: Medium | None = None
    time: str | None = None  # id of an attached Time


@dataclass
class Event:
    id: str
    type: str
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    date: str | None = None
    date_from: str = "publication"  # text | publication
    place: str | None = None  # id of a Place
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False
    trigger: list[int] = field(default_factory=list)
    evidence: list[int] = field(default_factory=list)
    confidence: float = 0.0
    quote: str | None = None  # id of the Quote the event was stated in, if any
    source_spans: SpanList = field(default_factory=list)  # the source argument(s) in the text
    target_spans: SpanList = field(default_factory=list)  # the target argument(s) in the text


@dataclass
class Record:
    id: str
    text: str
    date: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        def build(kind: type, rows: list[dict[str, Any]]) -> list[Any]:
            names = {f.name for f in fields(kind)}
            return [kind(**{k: v for k, v in row.items() if k in names}) for row in rows]

        quotes = []
        for row in data.get("quotes", []):
            row = dict(row)
            if row.get("medium"):
                medium_fields = {f.name for f in fields(Medium)}  # unknown (newer) keys are ignored
                row["medium"] = Medium(**{k: v for k, v in row["medium"].items() if k in medium_fields})
            quotes.append(row)
        base = {f.name for f in fields(cls)} - {"times", "actors", "places", "quotes", "events"}
        rec = cls(**{k: v for k, v in data.items() if k in base})
        rec.times = build(Time, data.get("times", []))
        rec.actors = build(Actor, data.get("actors", []))
        rec.places = build(Place, data.get("places", []))
        rec.quotes = build(Quote, quotes)
        rec.events = build(Event, data.get("events", []))
        return rec

    @classmethod
    def from_json(cls, line: str) -> Record:
        return cls.from_dict(json.loads(line))

    def spans(self) -> list[tuple[str, int, int, str | None]]:
        """Every evidence span as (label, start, end, expected text or None)."""
        out: list[tuple[str, int, int, str | None]] = []
        for t in self.times:
            out.append((f"time {t.id}", t.start, t.end, t.text))
        for p in self.places:
            out.append((f"place {p.id}", p.start, p.end, p.text))
        for a in self.actors:
            out += [(f"actor {a.id}", s, e, None) for s, e in a.mentions + a.metonymy]
        for q in self.quotes:
            for part in ("content", "cue", "speaker"):
                out += [(f"quote {q.id} {part}", s, e, None) for s, e in getattr(q, part)]
            if q.medium:
                out.append((f"quote {q.id} medium", q.medium.start, q.medium.end, q.medium.text))
        for ev in self.events:
            for part in ("trigger", "evidence"):
                span = getattr(ev, part)
                if span:
                    out.append((f"event {ev.id} {part}", span[0], span[1], None))
            for part in ("source_spans", "target_spans"):
                out += [(f"event {ev.id} {part}", s, e, None) for s, e in getattr(ev, part)]
        return out

    def span_errors(self) -> list[str]:
        """Problems with offsets: out of range, empty, or not matching the item's text."""
        errors = []
        n = len(self.text)
        for label, s, e, expected in self.spans():
            if not (0 <= s < e <= n):
                errors.append(f"{label}: span [{s}, {e}) outside text of length {n}")
            elif expected is not None and self.text[s:e] != expected:
                errors.append(f"{label}: text[{s}:{e}] = {self.text[s:e]!r} != {expected!r}")
        return errors
