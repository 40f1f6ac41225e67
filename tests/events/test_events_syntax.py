"""Each syntactic pattern and each auxiliary mode, on sentences written for these tests (model needed)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events_of(pipeline):
    def run(text: str, date: str = "2024-05-01"):
        rec = pipeline.extract(text, date=date, id="t")
        assert not rec.span_errors()
        return rec, rec.events

    return run


def _one(events, etype):
    found = [e for e in events if e.type == etype]
    assert found, f"no {etype} in {[e.type for e in events]}"
    return found[0]


def _spans(rec, spans):
    return [rec.text[s:e] for s, e in spans]


def test_subject_object(events_of):
    rec, events = events_of("Germany criticized Poland on Monday.")
    ev = _one(events, "ACCUSE")
    assert ev.mode == "disapprove"
    assert _spans(rec, ev.source_spans) == ["Germany"]
    assert _spans(rec, ev.target_spans) == ["Poland"]
    assert rec.text[ev.trigger[0]:ev.trigger[1]] == "criticized"
    assert ev.evidence == [0, len(rec.text)]


def test_passive_agent_is_source(events_of):
    rec, events = events_of("The embassy was attacked by rebels on Tuesday.")
    ev = _one(events, "ASSAULT")
    assert _spans(rec, ev.source_spans) == ["rebels"]
    assert _spans(rec, ev.target_spans) == ["The embassy"]


def test_nominalisation_after_receiving_verb(events_of):
    rec, events = events_of("The new border plan drew criticism from France.")
    ev = _one(events, "ACCUSE")
    assert _spans(rec, ev.source_spans) == ["France"]
    assert _spans(rec, ev.target_spans) == ["The new border plan"]


def test_reported_possible_force_is_a_threat(events_of):
    rec, events = events_of("The minister said Norway could attack the rebels.")
    ev = _one(events, "THREATEN")
    assert ev.mode == "violence" and ev.hypothetical
    assert _spans(rec, ev.source_spans) == ["Norway"]


def test_negated(events_of):
    _, events = events_of("Spain did not criticize Italy.")
    assert _one(events, "ACCUSE").negated


def test_refusing_talks_is_reject_meet(events_of):
    rec, events = events_of("Chile dismissed the possibility of negotiations with Peru.")
    ev = _one(events, "REJECT")
    assert ev.mode == "meet"
    assert _spans(rec, ev.target_spans) == ["Peru"]
    assert not [e for e in events if e.type == "CONSULT"]  # the refused talks are not an event


def test_future(events_of):
    _, events = events_of("Brazil will meet Argentina in Geneva.")
    ev = _one(events, "AGREE")  # PLOVER manual: a CONSULT reported in future tense is an AGREE
    assert ev.future and not ev.hypothetical


def test_historical(events_of):
    _, events = events_of("Egypt has repeatedly criticized Israel.")
    assert _one(events, "ACCUSE").historical


def test_hypothetical_if(events_of):
    _, events = events_of("Mexico would condemn Cuba if the trial went ahead.")
    ev = _one(events, "ACCUSE")
    assert ev.hypothetical


def test_promise_of_aid_is_agree(events_of):
    rec, events = events_of("Finland will give Kenya humanitarian aid.")
    ev = _one(events, "AGREE")
    assert ev.future
    assert _spans(rec, ev.target_spans) == ["Kenya"]


def test_request_absorbs_requested_act(events_of):
    rec, events = events_of("Japan demanded China release the fishermen.")
    ev = _one(events, "REQUEST")
    assert ev.mode == "yield"
    assert _spans(rec, ev.target_spans) == ["China"]
    assert not [e for e in events if e.type == "RETREAT"]


def test_date_from_attached_time_else_publication(events_of):
    _, events = events_of("Germany criticized Poland on Monday.", date="2024-05-01")
    ev = _one(events, "ACCUSE")
    assert ev.date_from == "text" and ev.date == "2024-04-29"
    _, events = events_of("Germany criticized Poland.", date="2024-05-01")
    ev = _one(events, "ACCUSE")
    assert ev.date_from == "publication" and ev.date == "2024-05-01"


def test_statement_only_sentence_has_no_event(events_of):
    _, events = events_of("The spokesman said the weather was fine.")
    assert events == []


def test_stopping_aid_is_sanction(events_of):
    _, events = events_of("Norway halted economic aid to Chad.")
    ev = _one(events, "SANCTION")
    assert ev.mode == "discontinue"
    assert not [e for e in events if e.type == "AID"]


def test_obligation_in_reported_speech_is_request(events_of):
    rec, events = events_of("The minister said Chad must release the prisoners.")
    ev = _one(events, "REQUEST")
    assert _spans(rec, ev.source_spans) == ["The minister"]
    assert _spans(rec, ev.target_spans) == ["Chad"]


def test_conditional_boycott_is_threat(events_of):
    _, events = events_of("The party will boycott the elections unless the president resigns.")
    ev = _one(events, "THREATEN")
    assert ev.future


def test_pronoun_subject_of_reported_speech(events_of):
    rec, events = events_of("Iraq said it would criticize Iran.")
    ev = _one(events, "ACCUSE")
    assert ev.hypothetical
    assert _spans(rec, ev.source_spans) == ["Iraq"]


def test_refusing_future_cooperation_is_reject(events_of):
    _, events = events_of("The president said he would not provide aid to Chad.")
    ev = _one(events, "REJECT")
    assert not ev.negated


def test_light_verb_nominal_is_the_event(events_of):
    rec, events = events_of("The rebels staged a protest against Spain.")
    ev = _one(events, "PROTEST")
    assert rec.text[ev.trigger[0]:ev.trigger[1]] == "protest"
    assert _spans(rec, ev.source_spans) == ["The rebels"]
    assert _spans(rec, ev.target_spans) == ["Spain"]


def test_weighing_an_option_is_no_event(events_of):
    _, events = events_of("Norway is considering sending aid to Chad.")
    assert events == []
