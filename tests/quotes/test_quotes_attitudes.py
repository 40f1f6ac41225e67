"""Attributions beyond speech (PolNeAR's beliefs, intentions, dispositions, documents), on sentences written
for these tests (needs the model)."""

from __future__ import annotations

from quotes_helpers import quotes_of, show

from dateline.components.quotes.marks import find_quoted


def test_nested_attribution_only_outermost(pipeline):
    r, qs = quotes_of(pipeline, "Mayor Ellen Park said the governor believes the bridge is safe.")
    (q,) = qs
    assert show(r, q.cue) == ["said"]
    assert show(r, q.content) == ["the governor believes the bridge is safe"]


def test_raising_verb_has_no_source(pipeline):
    text = "Senator Tom Reed spoke on Monday.\n\nThe new tax seems to be losing support among farmers."
    r, qs = quotes_of(pipeline, text)
    (q,) = [q for q in qs if show(r, q.cue) == ["seems"]]
    assert show(r, q.content) == ["The new tax", "to be losing support among farmers"]
    assert q.speaker == [] and q.speaker_name is None  # not inherited from an earlier speaker


def test_intention_verb_with_infinitive(pipeline):
    r, qs = quotes_of(pipeline, "The company declined to comment on the layoffs.")
    (q,) = qs
    assert show(r, q.cue) == ["declined"] and show(r, q.speaker) == ["The company"]
    assert show(r, q.content) == ["to comment on the layoffs"]


def test_cognition_verb_needs_a_clause(pipeline):
    r, qs = quotes_of(pipeline, "Nurse Anna Weber knew that the clinic would close in March.")
    (q,) = qs
    assert show(r, q.cue) == ["knew"]
    assert show(r, q.content) == ["that the clinic would close in March"]
    _, none = quotes_of(pipeline, "Nurse Anna Weber knew the mayor of the town.")
    assert none == []


def test_see_as(pipeline):
    r, qs = quotes_of(pipeline, "Many farmers see the new dam as a threat to their fields.")
    (q,) = qs
    assert show(r, q.speaker) == ["Many farmers"]
    assert show(r, q.content) == ["the new dam as a threat to their fields"]


def test_attitude_adjective_with_complement(pipeline):
    r, qs = quotes_of(pipeline, "The teachers' union was critical of the new testing rules.")
    (q,) = qs
    assert show(r, q.cue) == ["was critical of"]
    assert show(r, q.content) == ["the new testing rules"]
    assert show(r, q.speaker) == ["The teachers' union"]


def test_noun_cue_owned_by_the_verbs_subject(pipeline):
    r, qs = quotes_of(pipeline, "The railway operator announced plans to close three stations.")
    (q,) = qs
    assert show(r, q.cue) == ["announced plans"]
    assert show(r, q.content) == ["to close three stations"]
    assert show(r, q.speaker) == ["The railway operator"]


def test_topic_of_talk(pipeline):
    r, qs = quotes_of(pipeline, "Governor Lisa Hart talked about the drought at length.")
    (q,) = qs
    assert show(r, q.content) == ["the drought"]
    _, none = quotes_of(pipeline, "Governor Lisa Hart spoke to farmers at length.")
    assert none == []


def test_poll_opening_the_sentence(pipeline):
    r, qs = quotes_of(pipeline, "In the new survey, most voters support the rail plan.")
    (q,) = qs
    assert show(r, q.speaker) == ["the new survey"]
    assert show(r, q.content) == ["most voters support the rail plan"]


def test_doubled_apostrophes_are_quotation_marks():
    text = "''We are ready,'' she said. ''The roads are open.''"
    assert [text[q.start:q.end] for q in find_quoted(text)] == ["We are ready,", "The roads are open."]


def test_speech_verb_reports_its_object_but_not_its_hearer(pipeline):
    r, qs = quotes_of(pipeline, "The finance minister stressed the need for a smaller budget.")
    (q,) = qs
    assert show(r, q.cue) == ["stressed"]
    assert show(r, q.content) == ["the need for a smaller budget"]
    _, none = quotes_of(pipeline, "The finance minister told the assembled reporters nothing.")
    assert none == []
