"""The local engine: in-process for one worker, a process pool of workers otherwise.

Workers exchange plain dicts (never Docs) and load the model once each; results keep input order.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import Any

from ..errors import Rejected
from ..pipeline import Pipeline
from ..records import Article, Record

_WORKER: Pipeline | None = None


def _init_worker(components: list[str] | None, config: dict[str, Any] | None) -> None:
    global _WORKER
    _WORKER = Pipeline(components=components, config=config)


def _work(rows: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    assert _WORKER is not None
    out = []
    for item in _WORKER.process(Article(**row) for row in rows):
        if isinstance(item, Rejected):
            out.append(("rejected", item.to_dict()))
        else:
            out.append(("record", item.to_dict()))
    return out


def _batches(items: Iterable[Article | Rejected], size: int) -> Iterator[list[Article | Rejected]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def run_local(articles: Iterable[Article | Rejected], components: list[str] | None = None, workers: int = 1,
              config: dict[str, Any] | None = None, batch_size: int = 8) -> Iterator[Record | Rejected]:
    """Records and rejections in input order. Reader rejections pass straight through."""
    if workers <= 1:
        pipeline = Pipeline(components=components, config=config)
        for batch in _batches(articles, batch_size):
            good = [a for a in batch if isinstance(a, Article)]
            done = iter(pipeline.process(good))
            for item in batch:
                yield item if isinstance(item, Rejected) else next(done)
        return
    ctx = mp.get_context("spawn")  # fresh interpreters: no forked model state, extensions re-registered
    with ctx.Pool(workers, initializer=_init_worker, initargs=(components, config)) as pool:
        def jobs() -> Iterator[list[dict[str, Any]]]:
            for batch in _batches(articles, batch_size):
                yield [asdict(a) if isinstance(a, Article) else {"__rejected__": a.to_dict()} for a in batch]

        for rows in pool.imap(_work_mixed, jobs()):
            for kind, data in rows:
                yield Record.from_dict(data) if kind == "record" else Rejected(**data)


def _work_mixed(rows: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """Process the articles of a batch; pass reader rejections through in place."""
    articles = [r for r in rows if "__rejected__" not in r]
    done = iter(_work(articles))
    return [("rejected", r["__rejected__"]) if "__rejected__" in r else next(done) for r in rows]
