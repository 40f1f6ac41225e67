"""Country coding from words next to a name or role (sentences written for the tests, shared model)."""

from __future__ import annotations

from test_actors_resolution import run


def country_of(record, mention: str) -> str | None:
    start = record.text.index(mention)
    for actor in record.actors:
        if any(s <= start < e for s, e in actor.mentions + actor.metonymy):
            return actor.country
    raise AssertionError(f"no actor at {mention!r}: {[a.name for a in record.actors]}")


def test_demonym_inside_an_agent_entry(pipeline):
    rec = run(pipeline, "Ghanaian authorities have deported 168 Liberians.")
    assert country_of(rec, "Ghanaian authorities") == "GHA"


def test_stance_prefix_is_no_nationality(pipeline):
    rec = run(pipeline, "A prominent anti-Syria journalist was killed in Beirut.")
    assert all(a.country != "SYR" for a in rec.actors)
    rec = run(pipeline, "The pro-Iranian militia declared a ceasefire.")
    assert all(a.country != "IRN" for a in rec.actors)


def test_country_modifier_of_an_organisation(pipeline):
    rec = run(pipeline, "The US Congress agreed to lift the embargo.")
    assert country_of(rec, "Congress") == "USA"


def test_person_of_a_country(pipeline):
    rec = run(pipeline, "King Hassan of Morocco said he would host the meeting.")
    assert country_of(rec, "Hassan") == "MAR"


def test_capital_names_its_country_in_a_locative(pipeline):
    rec = run(pipeline, "Protesters in Baghdad blocked the road.")
    assert country_of(rec, "Protesters") == "IRQ"


def test_people_coded_by_the_state_they_live_in(pipeline):
    rec = run(pipeline, "The Kurds of northern Iraq demanded autonomy.")
    assert country_of(rec, "Kurds") == "IRQ"
    rec = run(pipeline, "Ethnic Hungarians in Romania held a rally.")
    assert country_of(rec, "Hungarians") == "ROU"
    rec = run(pipeline, "Hungarians in Romania held a rally.")  # not said to be an ethnic minority
    assert country_of(rec, "Hungarians") == "HUN"


def test_mediator_title_gives_the_organisation(pipeline):
    rec = run(pipeline, "The rebels agreed to meet U.N. mediator Diego Cordovez in Geneva.")
    assert country_of(rec, "Diego Cordovez") == "UNO"


def test_ethnic_group_coded_by_where_it_acts(pipeline):
    rec = run(pipeline, "Several hundred ethnic Greeks marched in Albania on Friday.")
    assert country_of(rec, "Greeks") == "ALB"
    rec = run(pipeline, "Several hundred Greeks marched in Albania on Friday.")  # not an ethnic minority
    assert country_of(rec, "Greeks") == "GRC"
