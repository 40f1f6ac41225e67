"""The local engine: in-process for one worker, a process pool of workers otherwise.

Workers exchange plain dicts (never Docs) and load the model once each; results keep input order. At
most ``2 * workers`` batches are in flight, so a large corpus is read as it is processed, not up front.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict
from typing import Any

from ..config import load_config, merge_config
from ..errors import ConfigError, Rejected
from ..nlp import check_components
from ..pipeline import Pipeline
from ..records import Article, Record
from .batch import BatchProcessor, decode_row

_WORKER: BatchProcessor | None = None
Item = Article | Rejected
Rows = list[dict[str, Any]]


def _init_worker(components: list[str] | None, config: dict[str, Any] | None) -> None:
    global _WORKER
    _WORKER = BatchProcessor(components=components, config=config)


def _work(rows: Rows) -> Rows:
    """In a worker: articles as dicts in, the engine-agnostic output rows out, in order."""
    assert _WORKER is not None
    return _WORKER.process_articles([Article(**row) for row in rows])


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def run_local(articles: Iterable[Item], components: list[str] | None = None, workers: int = 1,
              config: dict[str, Any] | None = None, batch_size: int | None = None) -> Iterator[Record | Rejected]:
    """Records and rejections in input order. Reader rejections pass straight through.

    Raises ConfigError for unknown components or ``workers < 1`` before any work starts.
    """
    if workers < 1:
        raise ConfigError(f"--workers must be at least 1, not {workers}")
    config = merge_config(load_config(), config) if config else load_config()
    if components is not None:
        check_components(components)
    size = batch_size or int(config["limits"]["batch_size"])
    if workers == 1:
        yield from _run_inline(articles, components, config, size)
    else:
        yield from _run_pool(articles, components, config, size, workers)


def _run_inline(articles: Iterable[Item], components: list[str] | None, config: dict[str, Any],
                size: int) -> Iterator[Record | Rejected]:
    pipeline = Pipeline(components=components, config=config)
    for batch in _batches(articles, size):
        done = iter(pipeline.process([a for a in batch if isinstance(a, Article)]))
        for item in batch:
            yield item if isinstance(item, Rejected) else next(done)


def _run_pool(articles: Iterable[Item], components: list[str] | None, config: dict[str, Any], size: int,
              workers: int) -> Iterator[Record | Rejected]:
    ctx = mp.get_context("spawn")  # fresh interpreters: no forked model state, extensions re-registered
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker, initargs=(components, config))
    pending: deque[tuple[list[Item], Future[Rows]]] = deque()
    try:
        for batch in _batches(articles, size):
            rows = [asdict(a) for a in batch if isinstance(a, Article)]
            pending.append((batch, pool.submit(_work, rows)))
            while len(pending) > 2 * workers:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _collect(batch: list[Item], future: Future[Rows]) -> Iterator[Record | Rejected]:
    """A finished batch in input order; a crashed worker turns its batch into rejections, not a crash."""
    try:
        done = iter(future.result())
    except Exception as exc:  # BrokenProcessPool (a worker died, e.g. killed for memory) or pickling
        reason = f"worker process failed: {type(exc).__name__}: {exc}"
        for item in batch:
            yield item if isinstance(item, Rejected) else Rejected(
                location=item.location or item.id, id=item.id, reason=reason)
        return
    for item in batch:
        if isinstance(item, Rejected):
            yield item
            continue
        yield decode_row(next(done), item.location or item.id)
