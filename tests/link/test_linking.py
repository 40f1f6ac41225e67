"""Cross-article linking on hand-built records: same event across outlets, apart on other days, stable ids."""

from __future__ import annotations

from dateline.link import link_records
from dateline.records import Actor, Event, Place, Quote, Record


def report(aid: str, date: str, outlet: str, *, event_date: str, date_from: str = "text",
           etype: str = "ASSAULT", person: str = "Jane Doe", town: int = 4922388) -> Record:
    text = f"{person} was shot in Kokomo. Police said the shooting was random."
    victim = Actor(id=f"{aid}-a1", name=person, kind="PERSON", mentions=[[0, len(person)]])
    place = Place(id=f"{aid}-p1", start=text.index("Kokomo"), end=text.index("Kokomo") + 6, text="Kokomo",
                  geonameid=town, feature="PPL")
    trigger = text.index("shot")
    event = Event(id=f"{aid}-e1", type=etype, target=[victim.id], date=event_date, date_from=date_from,
                  trigger=[trigger, trigger + 4], evidence=[0, text.index(".") + 1])
    quote = Quote(id=f"{aid}-q1", content=[[text.index("the shooting"), len(text) - 1]],
                  speaker_name="Police", kind="indirect")
    return Record(id=aid, text=text, date=date, outlet=outlet, actors=[victim], places=[place], events=[event],
                  quotes=[quote])


def test_same_event_from_two_outlets_is_one_cluster_with_two_reports():
    a = report("a", "2024-06-02", "Daily One", event_date="2024-06-01")
    b = report("b", "2024-06-03", "Other Post", event_date="2024-06-01")
    links = link_records([a, b])
    assert links.event_cluster["a-e1"] == links.event_cluster["b-e1"]
    assert links.story["a"] == links.story["b"] == "a"
    assert links.quote_cluster["a-q1"] == links.quote_cluster["b-q1"]


def test_same_type_and_actors_on_different_days_stay_apart():
    a = report("a", "2024-06-02", "Daily One", event_date="2024-06-01")
    b = report("b", "2024-06-03", "Other Post", event_date="2024-06-03")
    links = link_records([a, b])
    assert links.event_cluster["a-e1"] != links.event_cluster["b-e1"]


def test_unrelated_incidents_stay_apart():
    a = report("a", "2024-06-02", "Daily One", event_date="2024-06-01")
    b = report("b", "2024-06-02", "Other Post", event_date="2024-06-01", person="John Roe", town=4259418)
    links = link_records([a, b])
    assert links.story["a"] != links.story["b"]
    assert links.event_cluster["a-e1"] != links.event_cluster["b-e1"]


def test_reports_weeks_apart_are_different_stories():
    a = report("a", "2024-06-02", "Daily One", event_date="2024-06-01")
    b = report("b", "2024-07-20", "Other Post", event_date="2024-06-01")
    assert link_records([a, b]).story["b"] == "b"


def test_publication_dated_report_joins_a_text_dated_one_within_its_window():
    a = report("a", "2024-06-02", "Daily One", event_date="2024-06-01")
    b = report("b", "2024-06-04", "Other Post", event_date="2024-06-04", date_from="publication")
    links = link_records([a, b])
    assert links.event_cluster["a-e1"] == links.event_cluster["b-e1"]


def test_cluster_ids_are_stable_when_new_articles_arrive():
    a = report("a", "2024-06-02", "Daily One", event_date="2024-06-01")
    b = report("b", "2024-06-03", "Other Post", event_date="2024-06-01")
    c = report("c", "2024-06-03", "Third Wire", event_date="2024-06-01")
    before = link_records([a, b])
    after = link_records([a, b, c])
    assert after.event_cluster["a-e1"] == before.event_cluster["a-e1"] == after.event_cluster["c-e1"]
    assert after.event_cluster["b-e1"] == before.event_cluster["b-e1"]


def test_other_event_types_do_not_join():
    a = report("a", "2024-06-02", "Daily One", event_date="2024-06-01")
    b = report("b", "2024-06-03", "Other Post", event_date="2024-06-01", etype="PROTEST")
    links = link_records([a, b])
    assert links.story["a"] == links.story["b"]
    assert links.event_cluster["a-e1"] != links.event_cluster["b-e1"]
