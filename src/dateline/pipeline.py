"""Article -> Doc -> Record, batched through ``nlp.pipe``; one bad article never stops a batch."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .components.base import TEXT_KEY, ensure_extension
from .config import load_config, merge_config
from .errors import Rejected
from .nlp import build_nlp, dateline_components
from .records import Article, Record

# Longer texts are parsed in paragraph-aligned chunks of about this size and joined back into one Doc
# (Doc.from_docs), so the model's memory stays bounded and offsets stay exact; the analysis components
# then run once over the whole joined Doc. Measured on Wikinews text (150k characters): chunked parsing
# peaks at about half the memory of one whole-text parse, with identical entity mentions.
CHUNK_CHARS = 50_000
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"\s"))

# spaCy's tokenizer peels prefixes and suffixes off a whitespace-free run one at a time, rescanning the run
# each time: quadratic in the run's length (12,000 punctuation marks or 20,000 emoji took minutes). Runs
# longer than RUN_CHARS are tokenised in pieces of RUN_CHARS (a cut inside such a run is a token boundary).
RUN_CHARS = 250
_LONG_RUN = re.compile(rf"\S{{{2 * RUN_CHARS},}}")

RECORD_FIELDS = ("times", "actors", "places", "quotes", "events")
for _name in RECORD_FIELDS:
    ensure_extension(f"dl_{_name}", default=None)


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Split points at paragraph breaks (else line breaks, else spaces, else hard) every ~size chars.

    The bounds tile the text exactly: ``"".join(text[s:e] for s, e in bounds) == text``.
    """
    bounds, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = None
        for pattern in _BREAKS:
            hits = [m.end() for m in pattern.finditer(window, size // 2)]
            if hits:
                cut = start + hits[-1]
                break
        cut = cut or start + size
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def run_cuts(text: str, size: int = RUN_CHARS) -> list[int]:
    """Cut points every ``size`` characters inside whitespace-free runs of at least twice that length."""
    return [cut for m in _LONG_RUN.finditer(text) for cut in range(m.start() + size, m.end(), size)]


class Pipeline:
    """Loads the model once; turns Articles into Records."""

    def __init__(self, components: Iterable[str] | None = None, config: dict[str, Any] | None = None,
                 nlp: Language | None = None) -> None:
        # A partial config (say only [limits]) is completed from the packaged defaults.
        self.config = merge_config(load_config(), config) if config else load_config()
        if components is None:
            components = self.config["pipeline"]["components"]
        self.nlp = nlp or build_nlp(components, model=self.config["pipeline"]["model"], settings=self.config)
        self.batch_size = int(self.config["limits"]["batch_size"])
        self.chunk_chars = int(self.config["limits"].get("chunk_chars", CHUNK_CHARS))
        self.analysis = dateline_components(self.nlp)

    # -- public API -------------------------------------------------------------------------------------
    def extract(self, text: str, date: str | None = None, id: str = "doc", **meta: Any) -> Record:
        """One text to one Record (convenience for the Python API)."""
        result = next(self.process([Article(id=id, text=text, date=date, **meta)]))
        if isinstance(result, Rejected):
            raise ValueError(result.message())
        return result

    def process(self, articles: Iterable[Article]) -> Iterator[Record | Rejected]:
        """Records in input order; an article that fails becomes a Rejected with the reason."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield from self._process_batch(batch)
                batch = []
        if batch:
            yield from self._process_batch(batch)

    # -- internals --------------------------------------------------------------------------------------
    def _process_batch(self, batch: list[Article]) -> list[Record | Rejected]:
        # memory_zone frees the strings and lexemes a batch adds to the vocabulary, so long runs stay
        # flat; Records are plain Python data, built inside the zone.
        with self.nlp.memory_zone():
            try:
                return [self._to_record(a, d) for a, d in zip(batch, self._docs(batch), strict=True)]
            except Exception as exc:  # isolate the article that failed; the others still get processed
                if len(batch) == 1:
                    return [self._reject(batch[0], exc)]
        out: list[Record | Rejected] = []
        for article in batch:
            out.extend(self._process_batch([article]))
        return out

    def _docs(self, batch: list[Article]) -> list[Doc]:
        """Docs in batch order: short texts through one ``nlp.pipe`` call, long ones chunked."""
        short = [a for a in batch if len(a.text) <= self.chunk_chars]
        piped = iter(self.nlp.pipe((self._make_doc(a) for a in short), batch_size=self.batch_size))
        done = {id(a): doc for a, doc in zip(short, piped, strict=True)}
        return [done[id(a)] if id(a) in done else self._long_doc(a) for a in batch]

    def _make_doc(self, article: Article) -> Doc:
        doc = self._tokenize(article.text)
        self._set_context(doc, article)
        return doc

    def _tokenize(self, text: str) -> Doc:
        cuts = run_cuts(text)
        if not cuts:
            return self.nlp.make_doc(text)
        edges = [0, *cuts, len(text)]
        pieces = [text[s:e] for s, e in zip(edges, edges[1:], strict=False)]
        return Doc.from_docs([self.nlp.make_doc(piece) for piece in pieces], ensure_whitespace=False)

    @staticmethod
    def _set_context(doc: Doc, article: Article) -> None:
        doc._.dl_article_id = article.id
        doc._.dl_date = article.date
        doc.user_data[TEXT_KEY] = article.text  # see components.base.doc_text

    def _long_doc(self, article: Article) -> Doc:
        parts = [self._tokenize(article.text[s:e]) for s, e in chunk_bounds(article.text, self.chunk_chars)]
        with self.nlp.select_pipes(disable=self.analysis):
            parsed = list(self.nlp.pipe(parts, batch_size=1))
        doc = Doc.from_docs(parsed, ensure_whitespace=False)
        if doc.text != article.text:  # cannot happen with ensure_whitespace=False; offsets depend on it
            raise RuntimeError("joined chunks do not reproduce the article text")
        self._set_context(doc, article)
        for name in self.analysis:
            doc = self.nlp.get_pipe(name)(doc)
        return doc

    @staticmethod
    def _reject(article: Article, exc: BaseException | None) -> Rejected:
        reason = f"processing failed: {type(exc).__name__}: {exc}"
        return Rejected(location=article.location or article.id, id=article.id, reason=reason)

    @staticmethod
    def _to_record(article: Article, doc: Doc) -> Record:
        warnings = list(article.warnings) + list(doc._.dl_warnings or [])
        record = Record(id=article.id, text=article.text, date=article.date, title=article.title,
                        outlet=article.outlet, url=article.url, warnings=warnings)
        for name in RECORD_FIELDS:
            setattr(record, name, list(getattr(doc._, f"dl_{name}") or []))
        return record


def extract(text: str, date: str | None = None, id: str = "doc") -> Record:
    """Extract one text with a default pipeline (built once and cached)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT.extract(text, date=date, id=id)


_DEFAULT: Pipeline | None = None
