"""Cross-article linking: the same event (or statement) reported by several articles and outlets."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Record
from .clusters import link_events, link_quotes
from .features import article_features
from .stories import link_stories

__all__ = ["Links", "link_records"]


@dataclass
class Links:
    story: dict[str, str]  # article id -> story id
    event_cluster: dict[str, str]  # event id -> cluster id
    quote_cluster: dict[str, str]  # quote id -> cluster id


def link_records(records: list[Record]) -> Links:
    """Link records given in a fixed order (ingest order): earlier reports name the clusters."""
    story = link_stories([article_features(r) for r in records])
    return Links(story=story, event_cluster=link_events(records, story), quote_cluster=link_quotes(records))
