"""The PLOVER event lexicon: packaged (built by scripts/build_event_lexicon.py) plus optional user files.

User lexicon (JSON or TSV, see docs/events.md) entries override packaged ones:
    TSV line:  ``lemma<TAB>verb|noun<TAB>TYPE[/mode]<TAB>context;context``  (``#`` starts a comment)
    JSON:      ``{"verbs": {"lemma": {"type": ..., "mode": ..., "contexts": [...]}}, "nouns": {...}}``
A multi-word verb entry ("rule out", "call for") is a phrasal verb: lemma + particle/preposition.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...errors import ConfigError

LEXICON_PATH = Path(__file__).resolve().parents[2] / "resources" / "events" / "lexicon.json.gz"
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@dataclass(frozen=True)
class Coding:
    """What a trigger means: PLOVER type, mode and contexts, and the CAMEO code it came from (if any)."""

    type: str
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    cameo: str | None = None
    appeal: bool = False  # CAMEO 02 (appeal), read as REQUEST


@dataclass
class Lexicon:
    verbs: dict[str, Coding] = field(default_factory=dict)
    phrasal: dict[str, Coding] = field(default_factory=dict)  # "rule out" -> Coding
    nouns: dict[str, Coding] = field(default_factory=dict)
    # per verb: patterns [(pre slots, post slots, Coding or None)]; a slot is a set of alternative words
    patterns: dict[str, list[tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...], Coding | None]]] = \
        field(default_factory=dict)
    mode_cues: dict[str, tuple[str, str]] = field(default_factory=dict)  # word -> (type, mode)
    phrasal_silent: frozenset[str] = frozenset()  # "call on": a statement or appeal, no event
    appeal_verbs: frozenset[str] = frozenset()  # "urge", "appeal", "call on": their content is not an event
    # per verb: word of a pattern's first slot -> patterns, so a sentence only tries patterns it can match
    pattern_index: dict[str, dict[str, list[int]]] = field(default_factory=dict)

    def index_patterns(self) -> None:
        self.pattern_index = {}
        for verb, patterns in self.patterns.items():
            index: dict[str, list[int]] = {}
            for position, pattern in enumerate(patterns):
                first = (pattern[1] or pattern[0])[0]
                for word in first:
                    index.setdefault(word, []).append(position)
            self.pattern_index[verb] = index


def _coding(entry: dict[str, Any]) -> Coding:
    return Coding(type=entry["type"], mode=entry.get("mode"), contexts=tuple(entry.get("contexts") or ()),
                  cameo=entry.get("cameo"), appeal=bool(entry.get("appeal")))


def _packaged() -> dict[str, Any]:
    return json.loads(gzip.decompress(LEXICON_PATH.read_bytes()))


def _from_data(data: dict[str, Any]) -> Lexicon:
    codes = {c: _coding(v) for c, v in data["codes"].items()}
    lex = Lexicon(
        verbs={w: codes[c] for w, c in data["verbs"].items() if c in codes},
        phrasal={w: codes[c] for w, c in data["phrasal"].items() if c in codes},
        nouns={w: codes[c] for w, c in data["nouns"].items() if c in codes},
        mode_cues={w: (v["type"], v["mode"]) for w, v in data.get("mode_cues", {}).items()},
        phrasal_silent=frozenset(data.get("phrasal_silent", ())),
        appeal_verbs=frozenset(data.get("appeal_verbs", ())),
    )
    blocks = []
    for block in data["blocks"]:
        # a pattern is [pre, post, code] or [pre, post, code, owners]: owners are the block verbs it was
        # written for (empty: shared by the whole block)
        blocks.append([((tuple(frozenset(s) for s in pat[0]), tuple(frozenset(s) for s in pat[1]),
                         codes.get(pat[2]) if pat[2] else None), frozenset(pat[3] if len(pat) > 3 else ()))
                       for pat in block])
    own_sense = set(data.get("own_sense", ()))
    for verb, index in data["verb_block"].items():
        own = [pattern for pattern, owners in blocks[index]
               if not owners or verb in owners or verb not in own_sense]
        if own:
            lex.patterns[verb] = own
    return lex


def _parse_type(raw: str) -> tuple[str, str | None]:
    etype, _, mode = raw.strip().partition("/")
    etype = etype.upper()
    if etype not in EVENT_TYPES:
        raise ConfigError(f"unknown PLOVER event type {etype!r}; choose from {', '.join(EVENT_TYPES)}")
    return etype, (mode or None)


def read_user_lexicon(path: str | Path) -> tuple[dict[str, Coding], dict[str, Coding]]:
    """(verbs, nouns) from a user file; multi-word verbs are returned under their full phrase."""
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"event lexicon file not found: {path}")
    verbs: dict[str, Coding] = {}
    nouns: dict[str, Coding] = {}
    if path.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        for key, target in (("verbs", verbs), ("nouns", nouns)):
            for lemma, entry in data.get(key, {}).items():
                _parse_type(entry["type"])
                target[lemma.lower()] = _coding({**entry, "type": entry["type"].upper()})
        return verbs, nouns
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 3 or cols[1] not in ("verb", "noun"):
            raise ConfigError(f"{path}:{number}: expected 'lemma<TAB>verb|noun<TAB>TYPE[/mode]'")
        etype, mode = _parse_type(cols[2])
        contexts = tuple(c for c in (cols[3].split(";") if len(cols) > 3 else []) if c)
        (verbs if cols[1] == "verb" else nouns)[cols[0].lower()] = Coding(etype, mode, contexts)
    return verbs, nouns


@lru_cache(maxsize=8)
def load_lexicon(user_files: tuple[str, ...] = ()) -> Lexicon:
    """The packaged lexicon with the user files merged over it (cached per combination of files)."""
    lex = _from_data(_packaged())
    for user_file in user_files:
        verbs, nouns = read_user_lexicon(user_file)
        for lemma, coding in verbs.items():
            if " " in lemma:
                lex.phrasal[lemma] = coding
            else:
                lex.verbs[lemma] = coding
                lex.patterns.pop(lemma, None)  # the user's meaning replaces CAMEO's patterns for that verb
        lex.nouns.update(nouns)
    lex.index_patterns()
    return lex
