"""Schema versions: PRAGMA user_version says which migrations a store has; each step runs in one transaction.

Add a step by appending ``(version, sql)`` to MIGRATIONS; never edit a released step.
"""

from __future__ import annotations

import sqlite3
from importlib import resources

from ..errors import StoreError

APPLICATION_ID = 0x444C4E31  # "DLN1" in the file header: marks a file as a dateline store


def _schema_v1() -> str:
    return resources.files("dateline.store").joinpath("schema.sql").read_text("utf-8")


# v2: cross-article linking also clusters quotes (the same statement carried by several outlets).
_V2_QUOTE_CLUSTERS = """
ALTER TABLE quotes ADD COLUMN cluster_id TEXT;
CREATE INDEX quotes_cluster ON quotes(cluster_id);
"""

MIGRATIONS: list[tuple[int, str]] = [
    (1, _schema_v1()),
    (2, _V2_QUOTE_CLUSTERS),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_version(conn: sqlite3.Connection, path: str) -> int:
    """The store's version; StoreError when the file is not a dateline store or is newer than this code."""
    version = schema_version(conn)
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path}: database schema version {version} is newer than this dateline supports "
                         f"({SCHEMA_VERSION}); upgrade dateline to read it (the file was not modified)")
    if app_id not in (0, APPLICATION_ID) or (version == 0 and _has_tables(conn)):
        raise StoreError(f"{path}: not a dateline store (an SQLite database of another application)")
    return version


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


def migrate(conn: sqlite3.Connection, path: str) -> int:
    """Bring the store up to SCHEMA_VERSION; the connection must be in autocommit mode."""
    version = check_version(conn, path)
    for target, sql in MIGRATIONS:
        if target <= version:
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            version = schema_version(conn)  # again under the lock: a writer started alongside may have run it
            if target <= version:
                conn.execute("COMMIT")
                continue
            # executescript would commit first; run statement by statement inside our transaction
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {int(target)}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"{path}: migration to schema version {target} failed: {exc}") from exc
        version = target
    return version


def _statements(sql: str) -> list[str]:
    """Split a script into complete statements (trigger bodies contain semicolons)."""
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buf.strip():
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
