"""Sentence starts at paragraph breaks, set before the parser so a caption never swallows a sentence."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("dateline_paragraphs_v1")
def mark_paragraphs(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
        elif token.whitespace_ == "" and token.text.endswith("\n"):
            doc[token.i + 1].is_sent_start = True
    return doc
