"""Extract and store: unchanged articles are skipped before extraction, results are written in batches.

Resumable by construction: every committed batch is complete, and a re-run skips what is already stored
(same content hash), so after a crash or kill the same command finishes the job.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from ..errors import Rejected
from ..records import Article, Record
from .writer import StoreWriter, content_hash

Items = Iterable[Article | Rejected]
Process = Callable[[Items], Iterator[Record | Rejected]]


@dataclass
class IngestReport:
    read: int = 0  # articles read (not counting reader rejections)
    unchanged: int = 0  # skipped before extraction: already stored with the same content
    inserted: int = 0
    replaced: int = 0
    rejected: list[Rejected] = field(default_factory=list)  # by a reader, the pipeline or the store
    extract_s: float = 0.0  # time spent waiting for records (reading + extraction)
    store_s: float = 0.0  # time spent writing them

    def summary(self) -> str:
        return (f"{self.read} article(s) read: {self.inserted} stored, {self.replaced} replaced, "
                f"{self.unchanged} unchanged, {len(self.rejected)} rejected")


def with_pipeline(pipeline: object) -> Process:
    """A Process from an already loaded ``Pipeline`` (reader rejections pass through)."""

    size = int(getattr(pipeline, "batch_size", 16))

    def process(items: Items) -> Iterator[Record | Rejected]:
        batch: list[Article] = []
        for item in items:
            if isinstance(item, Rejected):
                yield item
                continue
            batch.append(item)
            if len(batch) >= size:
                yield from pipeline.process(batch)  # type: ignore[attr-defined]
                batch = []
        if batch:
            yield from pipeline.process(batch)  # type: ignore[attr-defined]

    return process


def ingest(articles: Items, writer: StoreWriter, process: Process, *, batch_size: int = 32,
           force: bool = False, on_rejected: Callable[[Rejected], None] | None = None) -> IngestReport:
    """Extract what is new or changed and store it, one transaction per ``batch_size`` records."""
    report = IngestReport()
    known = {} if force else writer.known_hashes()

    def reject(item: Rejected) -> None:
        report.rejected.append(item)
        if on_rejected:
            on_rejected(item)

    def pending() -> Iterator[Article | Rejected]:
        for item in articles:
            if isinstance(item, Article):
                report.read += 1
                if known.get(item.id) == content_hash(item):
                    report.unchanged += 1
                    continue
            yield item

    def flush(batch: list[Record]) -> None:
        start = time.perf_counter()
        stats = writer.write(batch, force=force)
        report.store_s += time.perf_counter() - start
        report.inserted += stats.inserted
        report.replaced += stats.replaced
        report.unchanged += stats.skipped
        for article_id, reason in stats.failed:
            reject(Rejected(location=writer.path, id=article_id, reason=reason))

    batch: list[Record] = []
    results = process(pending())
    while True:
        start = time.perf_counter()
        item = next(results, None)
        report.extract_s += time.perf_counter() - start
        if item is None:
            break
        if isinstance(item, Rejected):
            reject(item)
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            flush(batch)
            batch = []
    if batch:
        flush(batch)
    return report
