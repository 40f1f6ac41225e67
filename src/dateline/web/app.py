"""The FastAPI application: JSON API under /api, HTML pages, and static assets served by the app itself.

Read-only over the store (each worker thread opens its own ``mode=ro`` connection). No CORS headers are sent,
so other origins cannot read the API from a browser; a Content-Security-Policy allows only this server's
own scripts, styles and data, so nothing loads from elsewhere and no inline script can run.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..errors import QueryError, StoreError
from ..store import Store

STATIC_DIR = Path(str(resources.files("dateline.web").joinpath("static")))
WORLD_MAP = resources.files("dateline").joinpath("resources/web/world-110m.json")

MMAP_BYTES = 1 << 30

SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
                                "frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
}


class StoreHandle:
    """One read-only Store per thread (sqlite3 connections are not shared between the server's threads), and
    a small cache of aggregate answers that is dropped whenever the store's files change (an ingest commits)."""

    CACHE_SIZE = 128

    def __init__(self, path: str) -> None:
        self.path = path
        self._local = threading.local()
        self._lock = threading.Lock()
        self._cache: OrderedDict[Hashable, Any] = OrderedDict()
        self._cache_state: tuple[Any, ...] | None = None
        Store(path).close()  # fail at start-up, with the store's clear message, if the file is unusable

    def _state(self) -> tuple[Any, ...]:
        """What changes when a writer commits: size and mtime of the database and its write-ahead log."""
        out: list[Any] = []
        for suffix in ("", "-wal"):
            try:
                st = os.stat(self.path + suffix)
                out += [st.st_size, st.st_mtime_ns]
            except FileNotFoundError:
                out += [None, None]
        return tuple(out)

    def memo(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """``compute()``, or its answer from an earlier call with the same key on the same store contents."""
        state = self._state()
        with self._lock:
            if state != self._cache_state:
                self._cache.clear()
                self._cache_state = state
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        value = compute()
        with self._lock:
            if state == self._cache_state:
                self._cache[key] = value
                while len(self._cache) > self.CACHE_SIZE:
                    self._cache.popitem(last=False)
        return value

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = Store(self.path)
            # reads through a memory map share the OS page cache, so a new thread's connection starts warm
            store.conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        return store


def create_app(db_path: str | Path) -> FastAPI:
    """The web app over the store at ``db_path`` (which must exist; it is never written)."""
    from . import api, pages

    app = FastAPI(title="dateline", version=__version__,
                  description="Read-only API over a dateline store: events, quotes, actors, places and the "
                              "articles they were extracted from, with character offsets as evidence.",
                  docs_url=None, redoc_url=None)  # FastAPI's docs pages load scripts from a CDN
    app.state.stores = StoreHandle(str(db_path))
    app.state.world_map = WORLD_MAP.read_bytes()

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=400)
        return pages.error_page(request, 400, str(exc))

    @app.exception_handler(StoreError)
    async def store_failed(request: Request, exc: StoreError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=503)
        return pages.error_page(request, 503, str(exc))

    pages.compile_templates()
    app.include_router(api.router)
    app.include_router(pages.router)
    # StaticFiles resolves paths inside its directory only (no ../ escapes) and serves files, not listings
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
