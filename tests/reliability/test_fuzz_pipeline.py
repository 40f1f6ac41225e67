"""Property-based tests of the whole pipeline: never a crash, every span valid, rejections explained."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.errors import Rejected
from dateline.records import Article, Record

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WORDS = st.sampled_from(["Pakistan", "said", "on", "Saturday", "\"", "“", "”", "the", "minister", "Kabul",
                         "will", "not", "attack", ".", ",", "\n\n", "\u200b", "\u202e", "😀", "中文", "'s",
                         "told", "BBC", "June", "30", "2024", "-", ":", "(", ")", "\t", "next", "week"])
NEWSY = st.lists(WORDS, max_size=80).map(" ".join)


def check(result: Record | Rejected) -> None:
    if isinstance(result, Rejected):
        assert result.reason
        return
    assert not result.span_errors(), result.span_errors()[:3]


@FUZZ
@given(text=st.one_of(st.text(min_size=1, max_size=400), NEWSY), date=st.sampled_from([None, "2024-06-30"]))
def test_random_text_gives_valid_spans(pipeline, text, date):
    if not text.strip():
        text = text + "x"
    for result in pipeline.process([Article(id="fuzz", text=text, date=date)]):
        check(result)


def test_text_without_sentences_enormous_tokens_and_a_million_characters(pipeline):
    cases = {
        "one-enormous-token": "x" * 1_000_000,
        "only-punctuation": "!?.,;:" * 500,  # longer runs: test_limits.py checks their tokenisation time
        "only-newlines-and-a-word": "\n" * 50_000 + "word",
        "emoji-run": "😀" * 5_000,
        "rtl-and-zero-width": ("\u202eشهر\u200b " * 3000),
    }
    articles = [Article(id=name, text=text) for name, text in cases.items()]
    results = list(pipeline.process(articles))
    assert [r.id for r in results] == list(cases)
    for result in results:
        check(result)
