"""dateline: dated news articles to a sourced record of who did and said what to whom, when and where."""

from .errors import DatelineError, Rejected
from .pipeline import Pipeline, extract
from .records import Actor, Article, Event, Medium, Place, Quote, Record, Time
from .store import Store

__all__ = [
    "Actor", "Article", "DatelineError", "Event", "Medium", "Pipeline", "Place", "Quote", "Record",
    "Rejected", "Store", "Time", "extract",
]
__version__ = "0.1.0"
