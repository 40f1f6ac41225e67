"""Each disambiguation rule of the places resolver, on mentions written for these tests (no model)."""

from __future__ import annotations

import pytest

from dateline.components.places.gazetteer import load_gazetteer
from dateline.components.places.mentions import Mention
from dateline.components.places.resolve import resolve


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def mentions(*items: str | Mention) -> list[Mention]:
    out, pos = [], 0
    for item in items:
        m = item if isinstance(item, Mention) else Mention(pos, pos + len(item), item, item)
        m.start, m.end = pos, pos + len(m.text)
        out.append(m)
        pos += len(m.text) + 2
    return out


def test_population_is_the_last_resort(gaz):
    (paris,) = resolve(gaz, mentions("Paris"))
    assert (paris.country, paris.feature) == ("FR", "PPLC")


def test_city_state_pattern_picks_the_town_in_that_state(gaz):
    (alexandria,) = resolve(gaz, mentions(Mention(0, 10, "Alexandria", "Alexandria", container="La.")))
    assert (alexandria.country, alexandria.admin1, alexandria.geonameid) == ("US", "LA", 4314550)


def test_city_country_pattern(gaz):
    (perth,) = resolve(gaz, mentions(Mention(0, 5, "Perth", "Perth", container="Scotland")))
    assert perth.country == "GB"


def test_co_mentioned_county_pulls_the_town_into_its_state(gaz):
    county, paris, _ = resolve(gaz, mentions("Edgar County", "Paris", "Paris"))
    assert (county.feature, county.admin1) == ("ADM2", "IL")
    assert (paris.country, paris.admin1) == ("US", "IL")


def test_dominant_country_beats_a_bigger_namesake_abroad(gaz):
    _, _, perth = resolve(gaz, mentions("United Kingdom", "Britain", "Perth"))
    assert perth.country == "GB"


def test_country_name_beats_a_town_of_that_name(gaz):
    _, italy = resolve(gaz, mentions("Texas", "Italy"))
    assert (italy.feature, italy.country) == ("PCLI", "IT")


def test_state_name_beats_a_country_in_a_us_context(gaz):
    _, _, georgia = resolve(gaz, mentions("Atlanta", "Alabama", "Georgia"))
    assert (georgia.feature, georgia.country, georgia.admin1) == ("ADM1", "US", "GA")


def test_country_name_stays_a_country_abroad(gaz):
    _, georgia = resolve(gaz, mentions("Russia", "Georgia"))
    assert (georgia.feature, georgia.country) == ("PCLI", "GE")


def test_feature_cue_state_versus_city(gaz):
    (state,) = resolve(gaz, mentions(Mention(0, 10, "Washington", "Washington", cue="state")))
    assert (state.feature, state.admin1) == ("ADM1", "WA")
    (city,) = resolve(gaz, mentions(Mention(0, 10, "Washington", "Washington", cue="city")))
    assert city.feature == "PPLC" and city.country == "US"


def test_county_phrase_resolves_to_the_county(gaz):
    _, county = resolve(gaz, mentions("Ohio", "Licking County"))
    assert (county.feature, county.admin1) == ("ADM2", "OH")


def test_state_abbreviation_alone(gaz):
    (calif,) = resolve(gaz, mentions("Calif."))
    assert (calif.feature, calif.admin1) == ("ADM1", "CA")


def test_direction_prefix_keeps_the_place(gaz):
    (georgia,) = resolve(gaz, mentions("North Georgia"))
    assert georgia.name == "Georgia"


def test_demonym_and_capital_mentions(gaz):
    afghan = Mention(0, 6, "Afghan", "Afghan", kind="demonym", country_hint="AF")
    capital = Mention(8, 22, "Qatari capital", "Qatari capital", kind="capital", country_hint="QA")
    country, doha = resolve(gaz, [afghan, capital])
    assert (country.feature, country.geonameid) == ("PCLI", 1149361)
    assert (doha.name, doha.feature) == ("Doha", "PPLC")


def test_unknown_name_stays_unresolved(gaz):
    assert resolve(gaz, mentions("Zzyzxqq")) == [None]


def test_province_of_a_country_with_few_provinces_beats_a_mid_sized_town(gaz):
    (ontario,) = resolve(gaz, mentions("Ontario"))
    assert (ontario.country, ontario.feature) == ("CA", "ADM1")


def test_big_city_beats_a_foreign_province_of_its_name(gaz):
    (gaza,) = resolve(gaz, mentions("Gaza"))
    assert (gaza.country, gaza.feature) == ("PS", "PPL")


def test_country_name_alone_is_the_country(gaz):
    (lebanon,) = resolve(gaz, mentions("Lebanon"))
    assert (lebanon.country, lebanon.feature) == ("LB", "PCLI")


def test_town_named_like_a_country_inside_local_news_of_its_state(gaz):
    found = resolve(gaz, mentions("Lebanon", "Warren County", "Ohio", "Mason", "Franklin", "Springboro"))
    assert (found[0].country, found[0].admin1) == ("US", "OH")


@pytest.mark.parametrize("text,part", [
    ("Henderson County Jail", "Henderson County"), ("Newark Live Bait", "Newark"), ("Historic Savannah", "Savannah"),
    ("Lake Lanier", "Lake Lanier"), ("Zzyzzx Qwrtp", "Zzyzzx Qwrtp"),
])
def test_known_part_of_an_unknown_place_entity(gaz, text, part):
    import spacy

    from dateline.components.places.mentions import _known_part

    doc = spacy.blank("en")(text)
    assert _known_part(gaz, doc[:]).text == part


def test_town_and_county_named_together_lie_together(gaz):
    walker, huntsville = resolve(gaz, mentions("Walker County", "Huntsville"))
    assert (walker.admin1, huntsville.admin1) == ("TX", "TX")  # alone, Huntsville is the one in Alabama
    (alone,) = resolve(gaz, mentions("Huntsville"))
    assert alone.admin1 == "AL"


def test_county_seat_beats_a_famous_namesake(gaz):
    paris, county = resolve(gaz, mentions("Paris", "Henry County"))
    assert (paris.country, paris.admin1, county.admin1) == ("US", "TN", "TN")


def test_capitals_named_together_do_not_move_to_their_namesakes(gaz):
    # London, Paris and Brussels all lie in Ontario too; without a county there they stay capitals.
    found = resolve(gaz, mentions("London", "Paris", "Brussels"))
    assert [e.country for e in found] == ["GB", "FR", "BE"]


def test_small_towns_named_together(gaz):
    alexandria, county, _ = resolve(gaz, mentions("Alexandria", "Douglas County", "Nelson"))
    assert (alexandria.admin1, county.admin1) == ("MN", "MN")


@pytest.mark.parametrize("name,country,lat,lon", [
    ("Ontario", "CA", 45.5, -82.0), ("Rajasthan", "IN", 27.0, 74.5), ("England", "GB", 52.5, -2.5),
    ("Bavaria", "DE", 49.0, 11.5), ("Dagestan", "RU", 43.0, 47.0),
])
def test_first_level_regions_have_a_point(gaz, name, country, lat, lon):
    (region,) = resolve(gaz, mentions(name))
    assert (region.feature, region.country, region.lat, region.lon) == ("ADM1", country, lat, lon)


def test_regions_outside_the_subdivision_lists(gaz):
    darfur, ossetia = resolve(gaz, mentions("Darfur", "South Ossetia"))
    assert (darfur.country, ossetia.country) == ("SD", "GE")  # "North Darfur" ...; a de facto region


def test_city_region_container(gaz):
    (london,) = resolve(gaz, mentions(Mention(0, 6, "London", "London", container="Ontario")))
    assert (london.country, london.admin1) == ("CA", "08")


def test_acronym_is_no_town(gaz):
    assert resolve(gaz, mentions("EU")) == [None]  # not Eu, a town in Normandy
    (bc,) = resolve(gaz, mentions("B.C."))
    assert (bc.name, bc.feature) == ("British Columbia", "ADM1")


def test_bare_county_name(gaz):
    (henrico,) = resolve(gaz, mentions("Henrico"))
    assert (henrico.name, henrico.admin1) == ("Henrico County", "VA")


def test_region_named_another_way_keeps_its_bare_name(gaz):
    _, washington = resolve(gaz, mentions("Wash.", "Washington"))
    assert (washington.feature, washington.admin1) == ("ADM1", "WA")  # alone it is the capital
    (alone,) = resolve(gaz, mentions("Washington"))
    assert alone.feature == "PPLC"


def test_abbreviated_saint_is_the_same_name(gaz):
    (petersburg,) = resolve(gaz, mentions("St. Petersburg"))
    assert petersburg.country == "RU"  # "Saint Petersburg", not the Florida city spelt "St."


def test_british_county_named_alone_is_the_county_not_a_small_namesake(gaz):
    # the UK's first level is its four nations: its counties are the regions news names, like states
    (fife,) = resolve(gaz, mentions("Fife"))
    assert (fife.country, fife.feature, fife.admin1) == ("GB", "ADM1", "SCT")


def test_big_namesake_city_beats_a_british_county_without_context(gaz):
    (norfolk,) = resolve(gaz, mentions("Norfolk"))
    assert (norfolk.country, norfolk.admin1) == ("US", "VA")


def test_british_context_brings_a_county_back_from_a_bigger_namesake(gaz):
    *_, kent = resolve(gaz, mentions("United Kingdom", "Leicestershire", "Kent"))
    assert (kent.country, kent.feature) == ("GB", "ADM1")


def test_historic_county_named_by_its_parts(gaz):
    # "North Yorkshire" and "Cheshire East" are ISO units; "Yorkshire" and "Cheshire" are read through them
    yorkshire, cheshire, northants = resolve(gaz, mentions("Yorkshire", "Cheshire", "Northamptonshire"))
    assert {e.country for e in (yorkshire, cheshire, northants)} == {"GB"}


def test_direction_before_a_country_alias(gaz):
    (west,) = resolve(gaz, mentions("Western US"))
    assert (west.country, west.feature) == ("US", "PCLI")


def test_county_cue_outside_the_name_finds_the_saint_county(gaz):
    (croix,) = resolve(gaz, mentions(Mention(0, 11, "Saint Croix", "Saint Croix", cue="county")))
    assert (croix.country, croix.feature, croix.admin1) == ("US", "ADM2", "WI")


def test_hyphenless_spelling_of_a_hyphenated_region(gaz):
    *_, north_west = resolve(gaz, mentions("South Africa", "Pretoria", "North West"))
    assert (north_west.country, north_west.feature) == ("ZA", "ADM1")


def test_multinational_region_is_a_region_not_a_namesake_town(gaz):
    # "Middle East" is also a hamlet in Maryland; the region lies in no single country
    region, gulf = resolve(gaz, mentions("Middle East", "Gulf"))
    assert (region.name, region.feature, region.country) == ("Middle East", "RGN", None)
    assert (gulf.name, gulf.feature) == ("Persian Gulf", "GULF")
