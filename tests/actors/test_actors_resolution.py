"""Resolution and coding rules on sentences written for the tests (shared model fixture)."""

from __future__ import annotations

import pytest

from dateline.components.base import actor_covering


def run(pipeline, text, date="2024-06-30"):
    """The shared model with only the actors component after NER (isolated from later components)."""
    from dateline.records import Record

    nlp = pipeline.nlp
    others = [p for p in ("times", "places", "quotes", "events") if p in nlp.pipe_names]
    doc = nlp.make_doc(text)
    doc._.dl_date = date
    with nlp.select_pipes(disable=others):
        doc = nlp(doc)
    record = Record(id="doc", text=text, date=date, actors=doc._.dl_actors)
    record.index = doc._.dl_actor_index
    assert not record.span_errors()
    return record


def actor_at(record, phrase, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = record.text.index(phrase, start + 1)
    end = start + len(phrase)
    best = None
    for a in record.actors:
        for s, e in a.mentions + a.metonymy:
            if s < end and start < e:
                best = a
    return best


def test_title_before_name_codes_person_and_links_role_nouns_and_pronouns(pipeline):
    r = run(pipeline, "Interior Minister Rana Sanaullah said on Monday that talks would continue. "
                      "The interior minister added that he was hopeful. Sanaullah left later.")
    a = actor_at(r, "Rana Sanaullah")
    assert a.kind == "PERSON" and a.sector == "GOV" and a.role == "Interior Minister"
    assert actor_at(r, "interior minister") is a
    assert actor_at(r, "he") is a
    assert actor_at(r, "Sanaullah", nth=1) is a


def test_acronym_definition_joins_long_form_and_later_uses(pipeline):
    r = run(pipeline, "The Baloch Liberation Army (BLA) claimed the attack. Officials blamed the BLA again.")
    a = actor_at(r, "Baloch Liberation Army")
    assert actor_at(r, "BLA", nth=1) is a
    assert a.sector == "REB"


def test_capital_as_agent_is_government_metonymy(pipeline):
    r = run(pipeline, "Tehran is not willing to resume the talks, the envoy said.")
    a = actor_at(r, "Tehran")
    assert a.country == "IRN" and a.sector == "GOV"
    assert [r.text[s:e] for s, e in a.metonymy] == ["Tehran"]


def test_nationality_adjective_gives_a_role_group_its_country(pipeline):
    r = run(pipeline, "Kenyan officials met protesters in the capital.")
    a = actor_at(r, "Kenyan officials")
    assert (a.country, a.sector, a.kind) == ("KEN", "GOV", "GROUP")
    assert actor_at(r, "protesters").sector == "CVL"


def test_government_nouns_merge_into_the_country_government(pipeline):
    r = run(pipeline, "The Nigerian government denied it. Nigerian authorities later confirmed the arrests.")
    a = actor_at(r, "The Nigerian government")
    assert actor_at(r, "Nigerian authorities") is a
    assert (a.country, a.sector) == ("NGA", "GOV")


def test_told_an_organisation_makes_it_media(pipeline):
    r = run(pipeline, "A senior commander told Khyber Herald that the offensive would resume.")
    a = actor_at(r, "Khyber Herald")
    assert a.sector == "JRN" and a.kind == "MEDIA"


@pytest.mark.parametrize("date,sector", [("2010-01-01", "ELI"), ("2015-01-01", "GOV")])
def test_same_name_coded_differently_on_two_dates(pipeline, date, sector):
    r = run(pipeline, "Imran Khan spoke to reporters in Lahore.", date=date)
    a = actor_at(r, "Imran Khan")
    assert (a.country, a.sector) == ("PAK", sector)


def test_actor_index_covers_every_mention(pipeline):
    r = run(pipeline, "Interior Minister Rana Sanaullah said he would visit Kabul.")

    class FakeDoc:  # actor_covering reads only doc._.dl_actor_index (and caches in user_data)
        user_data: dict = {}

        class _:
            dl_actor_index = r.index

    assert r.index == sorted(r.index)
    assert {(s, e) for s, e, _ in r.index} == {tuple(m) for a in r.actors for m in a.mentions + a.metonymy}
    start, rana = r.text.index("he would"), r.text.index("Rana")
    assert actor_covering(FakeDoc, start, start + 2) == actor_covering(FakeDoc, rana, rana + 4) is not None


def test_a_person_inside_another_title_does_not_break_resolution(pipeline):
    r = run(pipeline, "New Jersey Governor Chris Christie met Senator Cory Booker. Christie said he agreed.")
    christie = actor_at(r, "Chris Christie")
    assert christie is not None and christie.kind == "PERSON"
    assert actor_at(r, "Christie", nth=1) is christie


def test_a_group_takes_the_country_where_it_is(pipeline):
    r = run(pipeline, "Rebels in Yemen seized the port on Friday.")
    assert actor_at(r, "Rebels").country == "YEM"


def test_a_title_does_not_swallow_a_coordinated_country(pipeline):
    r = run(pipeline, "The envoy mediated between Syria and Palestinian leader Mahmoud Abbas.")
    assert actor_at(r, "Syria").country == "SYR"
    assert actor_at(r, "Mahmoud Abbas").country == "PSE"


def test_appositive_role_before_a_name_joins_the_person(pipeline):
    r = run(pipeline, "The governor, Wanda Vazquez, declared an emergency.")
    a = actor_at(r, "Wanda Vazquez")
    assert actor_at(r, "The governor") is a
    assert a.sector == "GOV" and a.role == "The governor"


def test_possessive_country_codes_a_role(pipeline):
    r = run(pipeline, "Nigeria's defence minister visited the troops.")
    a = actor_at(r, "defence minister")
    assert (a.country, a.sector) == ("NGA", "GOV")


def test_an_organisation_named_as_government_is_coded_gov(pipeline):
    r = run(pipeline, "The Hamas government rejected the offer on Monday. Hamas said it would not negotiate.")
    gov = actor_at(r, "The Hamas government")
    assert (gov.country, gov.sector) == ("PSE", "GOV")
    hamas = actor_at(r, "Hamas", nth=1)
    assert hamas.sector == "GOV"  # the KB says REB; the article says it governs


def test_civilians_take_the_country_where_they_act(pipeline):
    # two countries named once each: no main country; the clause places the students
    r = run(pipeline, "Thousands of students marched through the streets in Seoul to protest against Japan.")
    students = actor_at(r, "students")
    assert students.country == "KOR" and any("where they act" in e for e in students.evidence)


def test_troops_are_not_coded_by_where_they_are(pipeline):
    # soldiers abroad are not the host country's: the rule is for civilians only
    r = run(pipeline, "Hundreds of soldiers patrolled the border in Seoul after warnings from Japan.")
    assert actor_at(r, "soldiers").country is None
