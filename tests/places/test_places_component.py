"""The places component in the pipeline: mentions, metonymy, the example article, span integrity."""

from __future__ import annotations

import pytest
from conftest import shared_path


def places(nlp, text: str):
    doc = nlp(text)
    return {p.text: p for p in doc._.dl_places}, doc


def test_capital_as_subject_of_readiness_is_a_metonym(nlp):
    found, _ = places(nlp, "Kabul is not ready to use force against the militants.")
    assert found["Kabul"].role == "metonym"
    assert found["Kabul"].country == "AFG"


def test_capital_as_destination_is_a_plain_mention(nlp):
    found, _ = places(nlp, "The minister flew to Kabul on Monday.")
    assert found["Kabul"].role == "mention"
    assert found["Kabul"].geonameid == 1138958


def test_country_as_speaker_is_a_metonym(nlp):
    found, _ = places(nlp, "Pakistan said it would attend the talks.")
    assert found["Pakistan"].role == "metonym"


def test_demonym_capital_phrase_resolves_to_the_capital(nlp):
    found, doc = places(nlp, "Delegates will meet in the Qatari capital next week.")
    doha = found["Qatari capital"]
    assert (doha.name, doha.country, doha.feature) == ("Doha", "QAT", "PPLC")
    assert doc.text[doha.start:doha.end] == "Qatari capital"


def test_demonym_resolves_to_its_country(nlp):
    found, _ = places(nlp, "Afghan officials rejected the claim.")
    assert (found["Afghan"].country, found["Afghan"].feature) == ("AFG", "PCLI")


def test_city_state_abbreviation_in_text(nlp):
    found, _ = places(nlp, "The fire broke out in Alexandria, La., on Friday night.")
    assert (found["Alexandria"].admin1, found["Alexandria"].country) == ("Louisiana", "USA")


def test_organisation_named_after_its_town(nlp):
    found, _ = places(nlp, "The Shreveport Police Department arrested two men in Caddo Parish.")
    assert found["Shreveport"].admin1 == "Louisiana"


def test_spans_match_the_text(nlp):
    text = "Officials in Paris, Texas, and in Lamar County said the Dallas office would help."
    doc = nlp(text)
    assert doc._.dl_places
    for p in doc._.dl_places:
        assert text[p.start:p.end] == p.text


def test_example_article(example_record):
    by_name = {}
    for p in example_record.places:
        by_name.setdefault(p.name, p)
    for name, iso3 in [("Afghanistan", "AFG"), ("Pakistan", "PAK"), ("Kabul", "AFG"), ("Doha", "QAT"),
                       ("China", "CHN")]:
        place = by_name[name]
        assert place.country == iso3 and place.geonameid and place.lat is not None and place.lon is not None
    doha = [p for p in example_record.places if p.text == "Qatari capital"]
    assert doha and doha[0].name == "Doha"
    kabul = [p for p in example_record.places if p.text == "Kabul"]
    text = example_record.text
    assert any(text[p.start:p.start + 30].startswith("Kabul is not ready") and p.role == "metonym" for p in kabul)


@pytest.mark.slow
@pytest.mark.gold
@pytest.mark.parametrize("name,limit,floors", [
    # Pinned just below the figures measured on these subsets (see docs/places.md).
    # Measured: LGL 0.857 / 0.960 / 0.846; GWN 0.780 / 0.944 / 0.869.
    ("lgl.xml", 40, {"mention_recall": 0.845, "country_accuracy": 0.95, "within_161km": 0.835}),
    ("GWN.xml", 15, {"mention_recall": 0.77, "country_accuracy": 0.93, "within_161km": 0.86}),
])
def test_quality_gate(pipeline, name, limit, floors):
    from dataclasses import asdict

    from dateline.eval.places import load_gold, score
    from dateline.records import Article

    gold = load_gold(str(shared_path(f"data/places/{name}")))[:limit]
    preds = {}
    for record in pipeline.process([Article(id=d["id"], text=d["text"]) for d in gold]):
        preds[record.id] = [asdict(p) for p in record.places]
    result = score(gold, preds)
    print(name, result)
    for metric, floor in floors.items():
        assert result[metric] >= floor, (metric, result[metric], floor)


def test_descriptive_phrase_is_a_part_of_the_main_country(nlp):
    text = "Pakistan moved troops to the western border areas after talks with Pakistan's neighbours failed."
    found, _ = places(nlp, text)
    part = found["western border areas"]
    assert (part.name, part.country, part.qualifier) == ("Pakistan", "PAK", "western border areas")


def test_empty_and_placeless_texts(nlp):
    assert nlp("")._.dl_places == []
    assert nlp("It rained all day and nobody went out.")._.dl_places == []


def test_long_article_is_resolved_after_chunking(pipeline):
    text = ("Officials in Kabul met envoys from Pakistan. " * 1200).strip()
    record = pipeline.extract(text, id="long")
    assert len(record.text) > 50_000
    assert not record.span_errors()
    assert {p.country for p in record.places} == {"AFG", "PAK"}


def test_hyphenated_demonyms_are_split(nlp):
    found, _ = places(nlp, "Shelling continued along the Syrian-Turkish border on Tuesday.")
    assert (found["Syrian"].country, found["Turkish"].country) == ("SYR", "TUR")


def test_demonym_misread_as_a_place_entity_is_its_country(nlp):
    found, _ = places(nlp, "The Sri Lankan army attacked the rebels on Sunday.")
    assert (found["Sri Lankan"].country, found["Sri Lankan"].feature) == ("LKA", "PCLI")


def test_local_features_and_unknown_towns_take_the_focus_town(nlp):
    # Invented names: a lake, a township and a town no gazetteer holds, in an article set in Illinois.
    text = ("Firefighters from Decatur and Springfield, Illinois, helped at the blaze near Lake Quillmore. "
            "Residents of Zembrook Township joined neighbours from Decatur and Champaign on Friday.")
    found, _ = places(nlp, text)
    for name in ("Lake Quillmore", "Zembrook Township"):
        assert (found[name].name, found[name].country, found[name].admin1) == (None, "USA", "Illinois")
        assert found[name].lat is not None


def test_direction_or_cue_word_alone_is_no_place(nlp):
    # Botswana's Central district and Republic, Missouri are not meant by these capitalised words
    found, _ = places(nlp, "He was sent to the Central Mental Hospital, and the Republic paid for it.")
    assert "Central" not in found and "Republic" not in found


def test_landform_name_is_not_read_as_its_town_part(nlp):
    # "the Nile Delta" is no town called Delta
    found, _ = places(nlp, "Farmers in the Nile Delta lost their crops.")
    assert all(p.name != "Delta" for p in found.values())


def test_article_focus_counts_distinct_names(nlp):
    # a name said three times (here a person's, read as a town) does not outvote three places named once
    from dateline.components.places import main_country
    from dateline.components.places.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    town = gaz.entries[gaz.lookup("Noma")[0]]
    cape_town, durban, pretoria = (gaz.entries[gaz.lookup(n)[0]] for n in ("Cape Town", "Durban", "Pretoria"))
    assert main_country([town, town, town, cape_town, durban, pretoria]) == "ZA"


def test_a_name_runs_on_where_the_model_cut_it(nlp):
    # the model tags "U.S." alone; the gazetteer knows the longer name
    found, _ = places(nlp, "Tickets are sold in 44 states and the U.S. Virgin Islands.")
    assert found["U.S. Virgin Islands"].country == "VIR"


def test_a_street_named_after_a_direction_is_no_region(nlp):
    found, _ = places(nlp, "Police closed North State Street in Chicago on Monday.")
    assert all(p.country != "CMR" for p in found.values())
