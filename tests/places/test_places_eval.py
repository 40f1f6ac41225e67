"""The places scorer on tiny gold files written for the tests (LGL and GeoWebNews formats)."""

from __future__ import annotations

from dateline.eval.places import haversine_km, load_gold, score

LGL = """<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="a1"><text><![CDATA[Fire in Alexandria and Rapides Parish today.]]></text>
<toponyms count="2">
<toponym><start>8</start><end>18</end><phrase>Alexandria</phrase>
<gaztag geonameid="4314550"><name>Alexandria</name><fcode>PPL</fcode><lat>31.3113</lat><lon>-92.4451</lon>
<country geonameid="6252001">United States</country></gaztag></toponym>
<toponym><start>23</start><end>37</end><phrase>Rapides Parish</phrase>
<gaztag geonameid="4338356"><name>Rapides Parish</name><fcode>ADM2</fcode><lat>31.1669</lat><lon>-92.4835</lon>
<country geonameid="6252001">United States</country></gaztag></toponym>
</toponyms></article></articles>
"""

GWN = """<?xml version="1.0" ?>
<articles><article file="0"><title>t</title><text>Irish pubs in Dublin.</text><toponyms>
<toponym><extractedName>Irish</extractedName><type>Non_Literal_Modifier</type><start>0</start><end>5</end>
<geonamesID>2963597</geonamesID><latitude>53.0</latitude><longitude>-8.0</longitude></toponym>
<toponym><extractedName>Dublin</extractedName><type>Literal</type><start>14</start><end>20</end>
<geonamesID>2964574</geonamesID><latitude>53.33306</latitude><longitude>-6.24889</longitude></toponym>
</toponyms></article></articles>
"""


def test_lgl_scores(tmp_path):
    path = tmp_path / "lgl.xml"
    path.write_text(LGL, encoding="utf-8")
    gold = load_gold(str(path))
    assert [t["text"] for t in gold[0]["toponyms"]] == ["Alexandria", "Rapides Parish"]
    # Alexandria found but put in Egypt; Rapides Parish missed; one prediction overlaps no gold.
    preds = {"a1": [
        {"start": 8, "end": 18, "country": "EGY", "geonameid": 361058, "lat": 31.2, "lon": 29.9},
        {"start": 0, "end": 4, "country": "USA", "geonameid": None, "lat": None, "lon": None},
    ]}
    result = score(gold, preds)
    assert result["mention_recall"] == 0.5
    assert result["country_accuracy"] == 0.0
    assert result["within_161km"] == 0.0
    assert result["predicted_overlapping_no_gold"] == 0.5


def test_gwn_literal_types_and_same_id_counts_as_within(tmp_path):
    path = tmp_path / "gwn.xml"
    path.write_text(GWN, encoding="utf-8")
    gold = load_gold(str(path))
    assert [t["text"] for t in gold[0]["toponyms"]] == ["Dublin"]  # "Irish" is not a literal toponym
    far_point = {"start": 14, "end": 20, "country": "IRL", "geonameid": 2964574, "lat": 50.0, "lon": -6.0}
    result = score(gold, {"0": [far_point]})
    assert (result["mention_recall"], result["country_accuracy"], result["exact_id_accuracy"]) == (1.0, 1.0, 1.0)
    assert result["within_161km"] == 1.0 and result["within_161km_distance_only"] == 0.0


def test_haversine():
    assert round(haversine_km(0.0, 0.0, 0.0, 1.0), 1) == 111.2


SEAS = """<?xml version="1.0" ?>
<articles><article file="0"><title>t</title><text>From Lisbon across the Atlantic.</text><toponyms>
<toponym><extractedName>Lisbon</extractedName><type>Literal</type><start>5</start><end>11</end>
<geonamesID>0</geonamesID><latitude>38.71667</latitude><longitude>-9.13333</longitude></toponym>
<toponym><extractedName>Atlantic</extractedName><type>Literal</type><start>23</start><end>31</end>
<geonamesID>0</geonamesID><latitude>10.0</latitude><longitude>-25.0</longitude></toponym>
</toponyms></article></articles>
"""


def test_a_point_at_sea_is_not_scored_for_country(tmp_path):
    # the Atlantic's point lies 400 km from the nearest town (Cape Verde): it is in no country
    path = tmp_path / "gwn.xml"
    path.write_text(SEAS, encoding="utf-8")
    gold = load_gold(str(path))
    preds = {"0": [{"start": 5, "end": 11, "country": "PRT", "geonameid": None, "lat": 38.7, "lon": -9.1},
                   {"start": 23, "end": 31, "country": None, "geonameid": None, "lat": None, "lon": None}]}
    result = score(gold, preds)
    assert (result["mention_recall"], result["country_n"], result["country_accuracy"]) == (1.0, 1, 1.0)


REGIONS = """<?xml version="1.0" ?>
<articles><article file="0"><title>t</title><text>Peace in the Middle East.</text><toponyms>
<toponym><extractedName>Middle East</extractedName><normalisedName>Middle East</normalisedName>
<type>Literal</type><start>13</start><end>24</end>
<geonamesID>0</geonamesID><latitude>33.13906</latitude><longitude>35.85869</longitude></toponym>
</toponyms></article></articles>
"""


def test_a_multinational_region_is_not_scored_for_country_but_reported_every_point(tmp_path):
    # its gold point lies in Syria; the region lies in many countries
    path = tmp_path / "gwn.xml"
    path.write_text(REGIONS, encoding="utf-8")
    gold = load_gold(str(path))
    result = score(gold, {"0": [{"start": 13, "end": 24, "country": None, "geonameid": None, "lat": 29.0,
                                 "lon": 41.0}]})
    assert (result["mention_recall"], result["country_n"]) == (1.0, 0)
    assert (result["country_every_point_n"], result["country_accuracy_every_point"]) == (1, 0.0)
