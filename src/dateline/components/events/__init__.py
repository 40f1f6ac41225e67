"""events component: PLOVER-coded "who did what to whom", with dates, places and auxiliary modes.

Fills ``doc._.dl_events`` with ``records.Event``. Reads ``dl_times``, ``dl_actor_index`` (through
``actor_covering``), ``dl_places`` and ``dl_quotes`` when the other components have set them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..base import ensure_extension
from .extract import EventExtractor, user_lexicon_files
from .lexicon import load_lexicon


class EventsComponent:
    def __init__(self, user_lexicon: list[str] | None = None) -> None:
        self.extract = EventExtractor(load_lexicon(user_lexicon_files(user_lexicon)))

    def __call__(self, doc: Doc) -> Doc:
        doc._.dl_events = self.extract(doc)
        return doc


@Language.factory("dateline_events_v1", assigns=["doc._.dl_events"], default_config={"user_lexicon": []})
def make_events(nlp: Language, name: str, user_lexicon: list[str]) -> EventsComponent:
    for ext in ("dl_events", "dl_times", "dl_places", "dl_quotes", "dl_actors"):
        ensure_extension(ext, default=None)
    return EventsComponent(user_lexicon)
