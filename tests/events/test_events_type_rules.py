"""Event-type rules of the third pass: per-sense CAMEO patterns, PLOVER manual readings (concessions, retreats,
diplomatic protests, obstruction, withdrawals), statements that are no events. Sentences written for the tests."""

from __future__ import annotations

import pytest

from dateline.components.events.lexicon import load_lexicon


def _top(pipeline, text):
    rec = pipeline.extract(text, date="2024-05-01", id="t3")
    assert rec.events, f"no event in {text!r}"
    ev = max(rec.events, key=lambda e: e.confidence)
    return rec, ev, rec.text[ev.trigger[0]:ev.trigger[1]]


def _types(pipeline, text):
    rec = pipeline.extract(text, date="2024-05-01", id="t3")
    return {e.type for e in rec.events}


# -- lexicon ------------------------------------------------------------------------------------------------
def test_a_verb_with_a_sense_of_its_own_keeps_only_its_patterns():
    lex = load_lexicon()
    # ADDRESS [010] sits in the OVERSEE block, whose "* OPERATION [190] # LEAD" is LEAD's pattern
    assert not any(c is not None and c.type == "ASSAULT" for _, _, c in lex.patterns.get("address", []))
    # a plain block member still shares its block's patterns
    assert any(c is not None and c.type == "ASSAULT" for _, _, c in lex.patterns["lead"])


def test_manual_2024_codings():
    lex = load_lexicon()
    assert (lex.verbs["resign"].type, lex.verbs["resign"].mode) == ("RETREAT", "resign")
    assert lex.verbs["surrender"].type == "RETREAT"
    assert lex.nouns["restriction"].type == "COERCE"  # the noun of restrict, not "ease restrictions"
    assert "television" not in lex.nouns  # one pattern's object is no event noun


def test_addressing_concerns_is_no_assault(pipeline):
    assert "ASSAULT" not in _types(pipeline, "Addressing the concerns of the fishermen, the governor opened a new port.")


# -- concessions and retreats -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, etype, trigger", [
    ("The governor lifted the curfew in the northern province on Monday.", "CONCEDE", "lifted"),
    ("The transport union called off its strike after a night of talks.", "CONCEDE", "called off"),
    ("The cabinet accepted the demands of the striking nurses.", "CONCEDE", "accepted"),
    ("Freedonia lifted its sanctions on Ruritania.", "RETREAT", "lifted"),
    ("The rebels handed over their weapons to the peace mission.", "RETREAT", "handed"),
    ("The interior minister resigned on Friday.", "RETREAT", "resigned"),
])
def test_easing_and_giving_up(pipeline, text, etype, trigger):
    _, ev, trig = _top(pipeline, text)
    assert (ev.type, trig) == (etype, trigger)


def test_a_decided_concession_is_a_concession(pipeline):
    _, ev, trig = _top(pipeline, "The military council decided to ease restrictions on political parties.")
    assert (ev.type, trig) == ("CONCEDE", "ease")


# -- sanctions and threats ----------------------------------------------------------------------------------
def test_imposed_sanctions_are_a_sanction(pipeline):
    _, ev, _ = _top(pipeline, "Freedonia imposed sanctions on three Ruritanian banks.")
    assert (ev.type, ev.mode) == ("SANCTION", "discontinue")


def test_withdrawing_observers_is_a_sanction(pipeline):
    _, ev, trig = _top(pipeline, "The league withdrew its observers from Ruritania.")
    assert (ev.type, ev.mode, trig) == ("SANCTION", "withdraw", "withdrew")


def test_announced_tightening_of_a_blockade_is_a_threat(pipeline):
    _, ev, _ = _top(pipeline, "The alliance said it would tighten the naval blockade of Ruritania.")
    assert ev.type == "THREATEN"


def test_readiness_to_impose_martial_law_is_a_threat(pipeline):
    _, ev, _ = _top(pipeline, "The government announced that it is prepared to impose martial law in the capital.")
    assert ev.type == "THREATEN"


def test_wanting_to_attack_is_a_threat(pipeline):
    _, ev, _ = _top(pipeline, "Ruritania wants to attack Freedonia.")
    assert ev.type == "THREATEN"


# -- verbal conflict ------------------------------------------------------------------------------------------
def test_summoning_an_ambassador_is_a_disapproval(pipeline):
    _, ev, trig = _top(pipeline, "Freedonia summoned Ruritania's ambassador on Tuesday.")
    assert (ev.type, ev.mode, trig) == ("ACCUSE", "disapprove", "summoned")


def test_a_lodged_protest_is_a_disapproval(pipeline):
    _, ev, _ = _top(pipeline, "Freedonia lodged a formal protest with Ruritania over the border incident.")
    assert (ev.type, ev.mode) == ("ACCUSE", "disapprove")


def test_dismissing_an_appeal_is_a_rejection(pipeline):
    _, ev, trig = _top(pipeline, "The rebels dismissed an appeal from the president to leave the capital.")
    assert (ev.type, trig) == ("REJECT", "dismissed")


def test_demonstrators_blocking_a_road_obstruct(pipeline):
    _, ev, _ = _top(pipeline, "Thousands of farmers blocked the main highway to the capital.")
    assert (ev.type, ev.mode) == ("PROTEST", "obstruct")


def test_police_blocking_a_road_is_no_protest(pipeline):
    assert "PROTEST" not in _types(pipeline, "Police blocked the main highway to the capital.")


def test_defending_a_policy_is_verbal_support(pipeline):
    _, ev, _ = _top(pipeline, "The minister defended Ruritania's immigration policy.")
    assert ev.type == "SUPPORT"


# -- statements are no events ---------------------------------------------------------------------------------
def test_denied_accusations_carry_no_event(pipeline):
    types = _types(pipeline, "The ministry denied accusations that its troops had attacked the village.")
    assert not types & {"ASSAULT", "ACCUSE"}


def test_condolences_over_an_attack_are_no_attack(pipeline):
    assert "ASSAULT" not in _types(pipeline, "The president offered condolences over the attack that killed ten people.")


def test_a_hope_is_no_event(pipeline):
    assert not _types(pipeline, "The agency said it hoped to resume flights to the island soon.")


def test_agreeing_with_a_view_is_no_agreement(pipeline):
    assert "AGREE" not in _types(pipeline, "The senators said they agree with the governor that taxes are too high.")


def test_agreeing_to_act_is_still_an_agreement(pipeline):
    _, ev, _ = _top(pipeline, "Ruritania agreed with Freedonia to hold talks in May.")
    assert ev.type == "AGREE"


def test_expelling_inspectors_is_a_sanction(pipeline):
    _, ev, _ = _top(pipeline, "Ruritania expelled the inspectors of the nuclear agency on Monday.")
    assert (ev.type, ev.mode) == ("SANCTION", "expel")


def test_a_lawsuit_is_an_allegation(pipeline):
    _, ev, trig = _top(pipeline, "A Ruritanian company is suing the Freedonian government for damages.")
    assert (ev.type, trig) == ("ACCUSE", "suing")


def test_a_cyber_attack_is_coercion(pipeline):
    _, ev, _ = _top(pipeline, "Hackers from Ruritania launched a cyber attack on Freedonian banks.")
    assert (ev.type, ev.mode) == ("COERCE", "cyber")


def test_given_aid_is_aid(pipeline):
    _, ev, trig = _top(pipeline, "Freedonia gave Ruritania two million dollars of aid for its farms.")
    assert (ev.type, trig) == ("AID", "aid")


def test_offered_and_scheduled_meetings_are_agreements(pipeline):
    # PLOVER manual, AGREE: "Cooperative actions of types CONSULT, ... reported in future tense ... should be
    # coded as AGREE"; a meeting that took place stays CONSULT
    _, offered, _ = _top(pipeline, "The rebel leaders said they would meet the mediator if he came to the capital.")
    assert offered.type == "AGREE"
    _, scheduled, _ = _top(pipeline, "The two presidents will meet in Geneva on Friday.")
    assert scheduled.type == "AGREE" and scheduled.future
    _, held, _ = _top(pipeline, "The two presidents met in Geneva on Friday.")
    assert held.type == "CONSULT"


def test_an_announced_suspension_of_links_is_a_sanction(pipeline):
    rec, ev, trig = _top(pipeline, "Freedonia announced a suspension of air links with Ruritania on Monday.")
    assert (ev.type, trig) == ("SANCTION", "suspension")
    assert [rec.text[s:e] for s, e in ev.source_spans] == ["Freedonia"]


def test_strengthening_forces_is_a_mobilization(pipeline):
    _, ev, trig = _top(pipeline, "Ruritania has strengthened its forces along the northern border.")
    assert (ev.type, ev.mode, trig) == ("MOBILIZE", "troops", "strengthened")


def test_a_protest_in_words_is_a_disapproval(pipeline):
    _, said, _ = _top(pipeline, "The opposition party protested that the police had beaten its supporters.")
    assert (said.type, said.mode) == ("ACCUSE", "disapprove")
    _, marched, _ = _top(pipeline, "Farmers protested in the capital on Monday.")
    assert marched.type == "PROTEST"


@pytest.mark.parametrize("text, mode", [
    ("The teachers went on strike for better pay.", "strike"),
    ("Hundreds of miners stopped work on Tuesday.", "strike"),
])
def test_workers_strikes(pipeline, text, mode):
    _, ev, _ = _top(pipeline, text)
    assert (ev.type, ev.mode) == ("PROTEST", mode)


def test_sending_experts_to_investigate_is_an_investigation(pipeline):
    _, ev, trig = _top(pipeline, "Freedonia sent five experts to investigate the explosions at the port.")
    assert (ev.type, ev.mode, trig) == ("ACCUSE", "investigate", "investigate")


def test_an_announced_extension_of_a_curfew_is_a_threat(pipeline):
    _, ev, trig = _top(pipeline, "The governor announced that he will extend the curfew in the capital.")
    assert (ev.type, trig) == ("THREATEN", "curfew")


def test_a_reported_obligation_to_give_support_is_a_request(pipeline):
    _, ev, trig = _top(pipeline, "The minister said that the rebels must provide support to the mediators.")
    assert (ev.type, ev.mode, trig) == ("REQUEST", "assist", "provide")


def test_seeking_asylum_is_a_request(pipeline):
    _, ev, trig = _top(pipeline, "The journalist applied for asylum in Sweden.")
    assert (ev.type, ev.mode, trig) == ("REQUEST", "assist", "applied")


def test_condemning_a_terrorist_attack_is_a_disapproval(pipeline):
    # CAMEO codes "CONDEMN * {TERRORIST ATTACK}" as an empathetic comment (018); PLOVER's ACCUSE names condemn
    _, ev, trig = _top(pipeline, "The foreign minister condemned the terrorist attack on the embassy.")
    assert (ev.type, ev.mode, trig) == ("ACCUSE", "disapprove", "condemned")
