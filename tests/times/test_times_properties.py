"""Properties of the times grammar on generated text: valid spans, no overlaps, well-formed values."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.components.times import find_times

WORDS = ["on", "Friday", "last", "week", "the", "past", "two", "years", "ago", "March", "22", ",", "2013",
         "early", "1990s", "third-quarter", "yesterday", "morning", "every", "Thursday", "8:30", "p.m.", "EST",
         "nearly", "a", "decade", "now", "fiscal", "1989", "June", "3", "to", "5", "6-year-old", "$", "day",
         "next", "summer", "Christmas", "Day", "said", "will", "meet", "\n", "the nineties", "later that year"]
VALUE = re.compile(r"^(PRESENT_REF|PAST_REF|FUTURE_REF|P[\dX].*|PT[\dX].*|[\dX]{2,4}(-.*)?|XXXX.*|T\d.*)$")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25), st.sampled_from(["2024-02-29", "1998-12-31", None]))
def test_spans_are_valid_and_disjoint(words, date):
    text = " ".join(words)
    hits = find_times(text, date)
    last_end = -1
    for h in sorted(hits, key=lambda h: h.start):
        assert 0 <= h.start < h.end <= len(text)
        assert text[h.start:h.end] == text[h.start:h.end].strip()
        assert h.start >= last_end
        last_end = h.end
        assert h.type in ("DATE", "TIME", "DURATION", "SET")
        assert VALUE.match(h.value), h
        assert h.anchor in ("absolute", "publication", "none")
        if date is None:
            assert h.anchor != "publication"
