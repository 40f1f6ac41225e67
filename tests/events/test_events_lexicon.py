"""The packaged PLOVER lexicon and the user lexicon file format (no model needed)."""

from __future__ import annotations

import pytest

from dateline.components.events.lexicon import EVENT_TYPES, load_lexicon, read_user_lexicon
from dateline.errors import ConfigError


def test_packaged_lexicon_codes_core_verbs():
    lex = load_lexicon()
    assert lex.verbs["criticize"].type == "ACCUSE"
    assert lex.verbs["criticize"].mode == "disapprove"
    assert lex.verbs["threaten"].type == "THREATEN"
    assert lex.verbs["reject"].type == "REJECT"
    assert lex.verbs["arrest"].type == "COERCE"
    assert lex.verbs["arrest"].mode == "arrest"
    assert "say" not in lex.verbs  # CAMEO 01 (statements) is dropped by PLOVER


def test_packaged_lexicon_nouns_and_types():
    lex = load_lexicon()
    assert lex.nouns["criticism"].type == "ACCUSE"
    assert lex.nouns["talks"].type == "CONSULT"
    assert "observers" not in lex.nouns  # participants are not event nominals
    assert {c.type for c in lex.verbs.values()} <= set(EVENT_TYPES)


def test_user_lexicon_tsv(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("# my terms\nsnub\tverb\tREJECT/meet\tdiplomatic\nrule out\tverb\tREJECT\n"
                    "blockade\tnoun\tCOERCE/restrict\n", encoding="utf-8")
    verbs, nouns = read_user_lexicon(path)
    assert verbs["snub"].type == "REJECT" and verbs["snub"].mode == "meet"
    assert verbs["snub"].contexts == ("diplomatic",)
    assert nouns["blockade"].mode == "restrict"
    lex = load_lexicon((str(path),))
    assert lex.verbs["snub"].type == "REJECT"
    assert lex.phrasal["rule out"].type == "REJECT"


def test_user_lexicon_json(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text('{"verbs": {"snub": {"type": "reject", "mode": "meet"}}}', encoding="utf-8")
    verbs, _ = read_user_lexicon(path)
    assert verbs["snub"].type == "REJECT"


def test_user_lexicon_rejects_unknown_type(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("snub\tverb\tSNUB\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown PLOVER event type"):
        read_user_lexicon(path)
