"""Opening a store: one writable connection for the writer, read-only (``mode=ro``) ones for readers.

Every failure to open becomes a StoreError naming the file and the reason; opening never modifies a file
that is missing, corrupt, foreign or of a newer schema.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from urllib.parse import quote

from ..errors import StoreError
from .migrations import check_version, migrate

DEFAULT_DB = "dateline.db"
BUSY_TIMEOUT_MS = 10_000


def default_db() -> str:
    """``$DATELINE_DB`` or ./dateline.db."""
    return os.environ.get("DATELINE_DB") or DEFAULT_DB


def _probe(conn: sqlite3.Connection, path: str) -> None:
    """Read the header and schema: a corrupt or non-SQLite file fails here, before anything is written."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        check_version(conn, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path}: not a readable SQLite database ({exc})") from exc
    except StoreError:
        conn.close()
        raise


def _writable(path: Path) -> bool:
    """Whether this process may write ``path`` and create files beside it (WAL needs both)."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        return True  # let sqlite report the missing folder
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _switch_to_wal(conn: sqlite3.Connection) -> str:
    """``PRAGMA journal_mode = WAL``, retried until the busy timeout: SQLite answers "database is locked" at
    once, without calling the busy handler, while another writer creates the store or closes its WAL."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def connect_write(path: str | Path) -> sqlite3.Connection:
    """The writer's connection (autocommit; transactions are explicit), WAL mode, schema migrated."""
    path = str(path)
    if Path(path).is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    if not _writable(Path(path)):
        raise StoreError(f"{path}: read-only location (the file or its folder cannot be written; the writer "
                         "also needs to create the -wal and -shm files beside it): copy the store somewhere "
                         "writable to ingest into it")
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open for writing ({exc})") from exc
    _probe(conn, path)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = _switch_to_wal(conn)
        if mode.lower() != "wal":
            raise StoreError(f"{path}: cannot switch to WAL mode (got {mode})")
        conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: a killed process loses no commit
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, path)
    except sqlite3.Error as exc:
        conn.close()
        raise StoreError(f"{path}: cannot prepare the store ({exc})") from exc
    except StoreError:
        conn.close()
        raise
    return conn


def connect_read(path: str | Path) -> sqlite3.Connection:
    """A read-only connection (``mode=ro``): it cannot modify the file, and sees committed data only."""
    path = str(path)
    p = Path(path)
    if not p.exists():
        raise StoreError(f"{path}: no such database (create it with `dateline ingest INPUT... --db {path}`)")
    if p.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    uri = f"file:{quote(str(p.resolve()))}?mode=ro"
    folder = p.resolve().parent
    if not os.access(folder, os.W_OK) and not any(Path(f"{path}{s}").exists() for s in ("-wal", "-shm")):
        # a folder we cannot write (a read-only mount, say) and no writer at work (it keeps -wal and -shm
        # beside the store): `mode=ro` alone would fail for want of a -shm file, so read the file as immutable
        uri += "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open ({exc})") from exc
    conn.row_factory = sqlite3.Row
    _probe(conn, path)
    if check_version(conn, path) == 0:
        conn.close()
        raise StoreError(f"{path}: empty database, not a dateline store yet (run `dateline ingest`)")
    return conn
