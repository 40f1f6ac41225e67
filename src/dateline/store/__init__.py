"""The SQLite store: schema + migrations, the single writer, read-only queries, exports."""

from .api import Store
from .db import default_db
from .rows import ActorRow, ArticleRow, EventRow, QuoteRow, Rows, SearchHit, TimelineEntry
from .writer import StoreWriter, WriteStats, content_hash

__all__ = ["ActorRow", "ArticleRow", "EventRow", "QuoteRow", "Rows", "SearchHit", "Store", "StoreWriter",
           "TimelineEntry", "WriteStats", "content_hash", "default_db"]
