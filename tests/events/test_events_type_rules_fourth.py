"""Event-type rules of the fourth pass: a description verb's block sense, background clauses, readiness and
purpose chains, reductions inside threats, personnel moved out, travel for talks, protest purposes and
repression, inquiries, joint exercises, partitive objects, announced sanctions. Sentences written for the
tests."""

from __future__ import annotations

import pytest

from dateline.components.events.lexicon import load_lexicon


def _top(pipeline, text):
    rec = pipeline.extract(text, date="2024-05-01", id="t4")
    assert rec.events, f"no event in {text!r}"
    ev = max(rec.events, key=lambda e: e.confidence)
    return ev, rec.text[ev.trigger[0]:ev.trigger[1]]


def test_violate_takes_its_block_sense_and_the_ceasefire_pattern_stays_assault(pipeline):
    lex = load_lexicon()
    assert lex.verbs["violate"].type == "REJECT"  # BREACH [128] "defy norms, law", not "violate ceasefire"
    ev, trigger = _top(pipeline, "The rebels violated the ceasefire on Tuesday.")
    assert (ev.type, trigger) == ("ASSAULT", "violated")
    ev, trigger = _top(pipeline, "The newspaper violated a ban on political advertising.")
    assert (ev.type, trigger) == ("REJECT", "violated")


def test_a_threat_in_an_adverbial_clause_does_not_outrank_the_main_event(pipeline):
    ev, trigger = _top(pipeline, "The mayor resigned on Friday as protesters threatened to storm the city hall.")
    assert (ev.type, ev.mode, trigger) == ("RETREAT", "resign", "resigned")


def test_speeding_up_a_withdrawal_is_the_withdrawal(pipeline):
    ev, trigger = _top(pipeline, "Moscow speeded up the withdrawal of its troops from the region on Monday.")
    assert (ev.type, trigger) == ("RETREAT", "withdrawal")


def test_readiness_behind_a_copula_is_an_offer(pipeline):
    ev, trigger = _top(pipeline, "The king said he would be ready to host a meeting between the two groups.")
    assert (ev.type, trigger) == ("AGREE", "host")


def test_the_purpose_of_a_willing_act_is_promised_too(pipeline):
    ev, _ = _top(pipeline, "Norway is willing to send equipment to help defend Kuwait, its minister said.")
    assert ev.type == "AGREE"


def test_threatening_to_stop_negotiations_is_one_threat(pipeline):
    rec = pipeline.extract("Moscow threatened to stop negotiations on missiles if Washington deploys new rockets.",
                           date="2024-05-01", id="t4")
    stop = [e for e in rec.events if rec.text[e.trigger[0]:e.trigger[1]] == "stop"]
    assert not stop
    ev, trigger = _top(pipeline, "Moscow threatened to stop negotiations on missiles if Washington deploys new rockets.")
    assert (ev.type, ev.mode, trigger) == ("THREATEN", "relations", "threatened")


def test_peacekeepers_shipped_out_are_withdrawn(pipeline):
    ev, trigger = _top(pipeline, "Forty UN peacekeepers were shipped out of the town of Kindu on Friday.")
    assert (ev.type, ev.mode, trigger) == ("SANCTION", "withdraw", "shipped")


def test_returning_for_talks_is_the_talks(pipeline):
    ev, trigger = _top(pipeline, "Iranian negotiators return to Vienna this week for talks on the nuclear programme.")
    assert (ev.type, trigger) == ("CONSULT", "talks")


def test_an_act_done_to_protest_is_the_protest(pipeline):
    ev, trigger = _top(pipeline, "Workers shunned work on Monday to protest at the closure of the mine.")
    assert (ev.type, trigger) == ("PROTEST", "shunned")


def test_preventing_a_rally_is_repression(pipeline):
    ev, trigger = _top(pipeline, "Police prevented a rally organised by students near the parliament.")
    assert (ev.type, ev.mode, trigger) == ("COERCE", "restrict", "prevented")


def test_a_hearing_into_something_is_an_inquiry(pipeline):
    ev, trigger = _top(pipeline, "The supreme court opened a hearing into the legality of the detentions.")
    assert (ev.type, ev.mode, trigger) == ("ACCUSE", "investigate", "hearing")


@pytest.mark.parametrize("text, etype", [
    ("Indian and Japanese warships on Tuesday began a week of naval exercises in the Bay of Bengal.", "COOPERATE"),
    ("Russia held exercises with Belarus.", "COOPERATE"),
])
def test_joint_exercises_are_cooperation(pipeline, text, etype):
    ev, _ = _top(pipeline, text)
    assert ev.type == etype


def test_a_partitive_object_is_not_the_take_part_idiom(pipeline):
    ev, trigger = _top(pipeline, "Government troops have captured part of a rebel stronghold near the border.")
    assert trigger == "captured" and ev.type != "AGREE"


def test_an_announced_sanction_is_the_sanction_and_a_conditional_one_a_threat(pipeline):
    ev, _ = _top(pipeline, "The European Union announced on Monday it would suspend all aid to the junta.")
    assert (ev.type, ev.mode) == ("SANCTION", "discontinue")
    ev, _ = _top(pipeline, "The European Union said it would suspend all aid to the junta if the elections are cancelled.")
    assert ev.type == "THREATEN"


@pytest.mark.parametrize("text, trigger", [
    ("Turkey opened its border to refugees fleeing the fighting on Monday.", "opened"),
    ("The government received a team of inspectors from the IAEA on Tuesday.", "received"),
])
def test_letting_third_parties_in_is_retreat_access(pipeline, text, trigger):
    ev, found = _top(pipeline, text)
    assert (ev.type, ev.mode, found) == ("RETREAT", "access", trigger)


def test_refusing_to_open_a_crossing_is_a_rejection(pipeline):
    ev, _ = _top(pipeline, "Israel refused to open the crossing to aid convoys.")
    assert (ev.type, ev.mode) == ("REJECT", "yield")


def test_widened_access_is_retreat_access(pipeline):
    ev, trigger = _top(pipeline, "Humanitarian access to the region has improved markedly since March.")
    assert (ev.type, ev.mode, trigger) == ("RETREAT", "access", "improved")


@pytest.mark.parametrize("text, trigger", [
    ("Swiss doctors handed over 700 kg of medicine to the Red Cross in Herat.", "handed"),
    ("Russia continued to send arms to Syria last year.", "send"),
])
def test_giving_relief_goods_or_arms_is_aid(pipeline, text, trigger):
    ev, found = _top(pipeline, text)
    assert (ev.type, found) == ("AID", trigger)


def test_a_demand_with_a_stated_penalty_is_an_ultimatum(pipeline):
    # CAMEO 139 "give ultimatum" is PLOVER THREATEN; without the penalty the same words are a REQUEST.
    rec = pipeline.extract("The minister said the rebels must lay down their arms or face a military offensive.",
                           date="2024-05-01", id="t4")
    ev = max(rec.events, key=lambda e: e.confidence)
    names = {a.id: a.name for a in rec.actors}
    assert ev.type == "THREATEN"
    assert [names[i] for i in ev.source] == ["minister"] and [names[i] for i in ev.target] == ["rebels"]
    assert all(rec.text[e.trigger[0]:e.trigger[1]] != "face" for e in rec.events)
    ev, _ = _top(pipeline, "The minister said the rebels must lay down their arms.")
    assert ev.type == "REQUEST"


def test_a_demand_that_someone_be_ready_to_act_is_a_request_by_the_speaker(pipeline):
    # "must be ready to mediate": the obligation sits on the copula, the act under "ready"
    rec = pipeline.extract("The French president said Norway must be ready to mediate between the two parties.",
                           date="2024-05-01", id="t4")
    ev = max(rec.events, key=lambda e: e.confidence)
    names = {a.id: a.name for a in rec.actors}
    assert (ev.type, rec.text[ev.trigger[0]:ev.trigger[1]]) == ("REQUEST", "mediate")
    assert [names[i] for i in ev.target] == ["Norway"] and "FRA" in {a.country for a in rec.actors
                                                                     if a.id in ev.source}
