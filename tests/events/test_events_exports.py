"""PLOVER JSON and GDELT-style rows from a hand-built Record."""

from __future__ import annotations

from dateline.exports.gdelt import cameo_root, gdelt_rows
from dateline.exports.plover import plover_events
from dateline.records import Actor, Event, Place, Record

TEXT = "Germany criticized Poland in Berlin on Monday."


def _record() -> Record:
    rec = Record(id="a1", text=TEXT, date="2024-05-01", url="http://x")
    rec.actors = [Actor(id="a-de", name="Germany", country="DEU", mentions=[[0, 7]]),
                  Actor(id="a-pl", name="Poland", country="POL", mentions=[[19, 25]])]
    rec.places = [Place(id="p-b", start=29, end=35, text="Berlin", name="Berlin", country="DE", role="event")]
    rec.events = [Event(id="e-1", type="ACCUSE", mode="disapprove", source=["a-de"], target=["a-pl"],
                        date="2024-04-29", date_from="text", place="p-b", negated=True, trigger=[8, 18],
                        evidence=[0, 46], confidence=0.8)]
    return rec


def test_plover_record_shape():
    (row,) = plover_events(_record())
    assert row["id"] == "a1-e-1"
    assert row["date"] == "2024-04-29"
    assert row["event"] == ["ACCUSE"] and row["mode"] == ["disapprove"]
    assert row["actor"] == [{"id": "a-de", "actorText": "Germany", "code": "DEU"}]
    assert row["recipient"][0]["code"] == "POL"
    assert row["auxiliary_modes"] == ["negation"]
    assert row["event_text"] == ["criticized"]
    assert row["quad_code"] == 3
    assert row["event_loc"]["placename"] == "Berlin"


def test_gdelt_row():
    (row,) = gdelt_rows(_record())
    assert row["SQLDATE"] == "20240429"
    assert row["EventRootCode"] == "11" and row["QuadClass"] == 3
    assert row["Actor1CountryCode"] == "DEU" and row["Actor2Name"] == "Poland"
    assert row["Negated"] == 1
    assert row["ActionGeo_FullName"] == "Berlin"


def test_cameo_root_mapping():
    assert cameo_root("ACCUSE", "investigate") == "09"
    assert cameo_root("ASSAULT", None, ["military"]) == "19"
    assert cameo_root("REQUEST") == "10"
