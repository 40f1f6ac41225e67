"""Quotes: who said what, through which medium and when.

Direct quotations come from quotation marks (``marks``), reported speech from cue verbs in the parse
(``reported``, lexicon in ``cues``); ``extractor`` links cues to quotations, ``speakers`` resolves the speaker
through the actors component, ``medium`` finds the channel and the attached time. Fills ``doc._.dl_quotes``
with ``records.Quote``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..base import ensure_extension
from .extractor import extract_quotes


class QuotesComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        ensure_extension("dl_quotes", default=None)
        ensure_extension("dl_actors", default=None)
        ensure_extension("dl_times", default=None)

    def __call__(self, doc: Doc) -> Doc:
        doc._.dl_quotes = extract_quotes(doc)
        return doc


@Language.factory("dateline_quotes_v1", assigns=["doc._.dl_quotes"], requires=["token.dep", "token.lemma"])
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent(nlp, name)
