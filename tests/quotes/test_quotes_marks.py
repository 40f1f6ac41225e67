"""Quotation marks without a model: curly, straight, unbalanced, nested and multi-paragraph quotations."""

from __future__ import annotations

from dateline.components.quotes.marks import find_quoted


def spans(text):
    return [(text[q.start:q.end], q.group, q.closed) for q in find_quoted(text)]


def test_curly_and_straight_marks():
    text = 'He said “we will win.” She said "we will not."'
    assert [s for s, _, _ in spans(text)] == ["we will win.", "we will not."]


def test_nested_single_marks_stay_inside():
    text = "“They called it ‘a disgrace’ and left,” she said."
    assert [s for s, _, _ in spans(text)] == ["They called it ‘a disgrace’ and left,"]


def test_unbalanced_quote_ends_at_paragraph_end():
    text = "“This has to stop now, he said.\n\nThe talks resumed on Monday."
    assert spans(text) == [("This has to stop now, he said.", 1, False)]


def test_multi_paragraph_quote_shares_a_group():
    text = "He said: “First part of the speech.\n\n“Second part of it.”\n\nNothing quoted here."
    out = spans(text)
    assert [s for s, _, _ in out] == ["First part of the speech.", "Second part of it."]
    assert out[0][1] == out[1][1] and out[0][2] is False and out[1][2] is True


def test_apostrophes_are_not_quotes():
    text = "The minister’s aides didn’t comment on Pakistan’s plans."
    assert spans(text) == []


def test_british_single_marks_at_top_level():
    text = "The envoy said ‘there will be no deal this year’ after the meeting."
    assert [s for s, _, _ in spans(text)] == ["there will be no deal this year"]
