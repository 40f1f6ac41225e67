"""Link everything in a store and record the clusters (the store keeps its single writer)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from . import link_records


@dataclass
class LinkSummary:
    articles: int
    events: int
    event_clusters: int
    linked_events: int  # events whose cluster is reported by two or more articles
    seconds: float


def link_store(db: str | Path) -> LinkSummary:
    """Re-link the whole store in ingest order; deterministic, so unchanged clusters keep their ids."""
    from ..store.api import Store
    from ..store.writer import StoreWriter

    start = time.perf_counter()
    with Store(db) as store:
        records = list(store.records())
    links = link_records(records)
    assignments = [(r.id, e.id, links.event_cluster[e.id]) for r in records for e in r.events]
    with StoreWriter(db) as writer:
        writer.set_clusters(assignments)
        if hasattr(writer, "set_quote_clusters"):
            writer.set_quote_clusters([(r.id, q.id, links.quote_cluster[q.id]) for r in records for q in r.quotes])
    articles: dict[str, set[str]] = {}
    for article, _, cluster in assignments:
        articles.setdefault(cluster, set()).add(article)
    return LinkSummary(articles=len(records), events=len(assignments), event_clusters=len(articles),
                       linked_events=sum(1 for _, _, c in assignments if len(articles[c]) > 1),
                       seconds=time.perf_counter() - start)
