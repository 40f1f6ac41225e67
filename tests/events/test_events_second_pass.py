"""Rules of the second pass: replies that disapprove, demand patterns, plans of force, workers' strikes."""

from __future__ import annotations


def _run(pipeline, text):
    rec = pipeline.extract(text, date="2024-05-01", id="t2")
    return rec, rec.events


def _span_texts(rec, spans):
    return [rec.text[s:e] for s, e in spans]


def test_negative_reply_to_a_statement_is_a_disapproval(pipeline):
    rec, events = _run(pipeline, "In response to Smith's remarks, the mayor said the plan was not acceptable.")
    ev = next(e for e in events if e.type == "ACCUSE")
    assert ev.mode == "disapprove"
    assert rec.text[ev.trigger[0]:ev.trigger[1]] == "response"
    assert _span_texts(rec, ev.source_spans) == ["the mayor"]
    assert _span_texts(rec, ev.target_spans) == ["Smith's"]  # the possessor phrase


def test_positive_reply_is_no_disapproval(pipeline):
    _, events = _run(pipeline, "In response to Smith's remarks, the mayor said the plan was a good start.")
    assert not any(e.type == "ACCUSE" for e in events)


def test_demand_for_talks_is_a_request_to_meet(pipeline):
    rec, events = _run(pipeline, "Ruritania demanded talks with Freedonia on Monday.")
    ev = next(e for e in events if rec.text[e.trigger[0]:e.trigger[1]] == "demanded")
    assert (ev.type, ev.mode) == ("REQUEST", "meet")


def test_plan_of_force_is_a_threat(pipeline):
    rec, events = _run(pipeline, "The army plans to impose a curfew on the northern towns.")
    top = max(events, key=lambda e: e.confidence)
    assert top.type == "THREATEN"
    assert rec.text[top.trigger[0]:top.trigger[1]] == "plans"


def test_general_strike_is_a_protest(pipeline):
    rec, events = _run(pipeline, "The unions organized a general strike against the new tax law.")
    ev = next(e for e in events if rec.text[e.trigger[0]:e.trigger[1]] == "strike")
    assert (ev.type, ev.mode) == ("PROTEST", "strike")


def test_staged_is_a_light_verb(pipeline):
    rec, events = _run(pipeline, "Students staged demonstrations to demand reforms.")
    top = max(events, key=lambda e: e.confidence)
    assert (top.type, top.mode) == ("PROTEST", "demo")


def test_call_on_is_an_appeal_not_a_phone_call(pipeline):
    _, events = _run(pipeline, "The council called on the government to release the prisoners.")
    assert events == []


def test_expressed_concern_is_a_statement(pipeline):
    _, events = _run(pipeline, "The envoy expressed concern about the attack on the convoy.")
    assert events == []


def test_skeptical_and_declined_to_comment_are_statements(pipeline):
    _, events = _run(pipeline, "The agency said it is skeptical of the plan to impose new sanctions.")
    assert events == []
    _, events = _run(pipeline, "The ministry declined to comment on the arrests.")
    assert events == []


def test_demand_of_a_protest_is_part_of_the_protest(pipeline):
    rec, events = _run(pipeline, "Farmers continued their hunger strike to demand the resignation of the minister.")
    top = max(events, key=lambda e: e.confidence)
    assert (top.type, top.mode) == ("PROTEST", "hunger")
    assert not any(e.type == "REQUEST" for e in events)


def test_owner_of_a_rejected_object_is_the_target(pipeline):
    rec, events = _run(pipeline, "Serbia rejected a demand from Australia on Thursday.")
    ev = next(e for e in events if e.type == "REJECT")
    assert _span_texts(rec, ev.target_spans) == ["Australia"]
