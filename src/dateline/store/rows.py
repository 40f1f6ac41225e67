"""Typed rows the query API returns, and ``Rows``: a list of them that converts to pandas or Arrow."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Rows(list[T], Generic[T]):
    """A list of typed rows; ``to_pandas()`` / ``to_arrow()`` on request (columns = dataclass fields)."""

    def __init__(self, items: list[T] | None = None, row_type: type | None = None) -> None:
        super().__init__(items or [])
        self.row_type = row_type

    def to_dicts(self) -> list[dict[str, Any]]:
        return [asdict(row) for row in self]  # type: ignore[call-overload]

    def columns(self) -> list[str]:
        return [f.name for f in fields(self.row_type)] if self.row_type else []

    def to_pandas(self) -> Any:
        import pandas as pd

        return pd.DataFrame.from_records(self.to_dicts(), columns=self.columns() or None)

    def to_arrow(self) -> Any:
        import pyarrow as pa

        schema = arrow_schema(self.row_type) if self.row_type else None
        return pa.Table.from_pylist(self.to_dicts(), schema=schema)


def arrow_schema(row_type: type) -> Any:
    """Arrow types from the dataclass annotations, so empty or all-null columns keep their type."""
    import pyarrow as pa

    scalar = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    types = {**scalar, "list[str]": pa.list_(pa.string()), "list[int]": pa.list_(pa.int64()),
             "list[list[int]]": pa.list_(pa.list_(pa.int64()))}
    out = []
    for f in fields(row_type):
        name = str(f.type).replace(" | None", "").strip()
        out.append(pa.field(f.name, types.get(name, pa.string())))
    return pa.schema(out)


@dataclass
class ArticleRow:
    id: str
    date: str | None
    title: str | None
    outlet: str | None
    url: str | None
    chars: int
    events: int
    quotes: int
    actors: int
    ingested_at: str


@dataclass
class EventRow:
    article: str  # article id
    id: str
    type: str
    mode: str | None
    date: str | None  # the event's date (TIMEX3 value), else None
    date_from: str
    source: list[str]  # actor names, in record order
    target: list[str]
    trigger: list[int]  # [start, end) into the article text
    trigger_text: str | None
    evidence: list[int]  # [start, end) of the evidence sentence
    sentence: str | None
    contexts: list[str] = field(default_factory=list)
    place: str | None = None  # place name (or its text)
    place_country: str | None = None
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False
    confidence: float = 0.0
    quote: str | None = None
    cluster: str | None = None  # cross-article cluster (see `dateline link`); None until linked
    reports: int = 1  # articles reporting this event's cluster
    outlets: int = 0  # distinct outlets among them
    outlet: str | None = None
    article_date: str | None = None
    source_ids: list[str] = field(default_factory=list)
    target_ids: list[str] = field(default_factory=list)


@dataclass
class QuoteRow:
    article: str
    id: str
    speaker: str | None  # resolved name, else the speaker text as written
    content: str
    kind: str
    cue: str | None
    medium: str | None  # medium text ("BBC Urdu")
    medium_type: str | None  # interview | statement | ...
    date: str | None  # the attached time's value, else the article date
    content_spans: list[list[int]] = field(default_factory=list)
    speaker_spans: list[list[int]] = field(default_factory=list)
    speaker_actor: str | None = None
    article_date: str | None = None


@dataclass
class ActorRow:
    name: str
    country: str | None
    sector: str | None
    kind: str | None
    kb_id: str | None
    articles: int
    mentions: int
    events: int
    quotes: int


@dataclass
class TimelineEntry:
    date: str | None
    kind: str  # event | quote
    article: str
    id: str
    role: str  # source | target | speaker
    what: str  # event type, or the quote's medium type
    text: str | None  # evidence sentence, or the quote content
    others: list[str] = field(default_factory=list)  # the other side of an event


@dataclass
class SearchHit:
    kind: str  # article | quote
    article: str
    id: str
    title: str | None
    date: str | None
    snippet: str
    score: float
