"""Queries: every filter on hand-built records, typed rows, pandas and Arrow."""

from __future__ import annotations

import pytest
from store_records import make_record

from dateline.store import EventRow, Store, StoreWriter


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = tmp_path_factory.mktemp("q") / "s.db"
    records = [make_record("jan", date="2024-01-10"), make_record("jun", date="2024-06-30")]
    records[0].events[0].date = "2024-01-09"
    records[1].quotes[0].medium = None
    records[1].actors[0].name = "Someone Else"
    records[1].actors[0].kb_id = None
    records[1].quotes[0].speaker_name = "Someone Else"
    with StoreWriter(db) as writer:
        writer.write(records)
    with Store(db) as s:
        yield s


def ids(rows) -> list[str]:
    return [r.id for r in rows]


def test_event_rows_carry_evidence(store):
    (row,) = store.events(actor="khawaja asif")
    assert isinstance(row, EventRow)
    assert (row.article, row.type, row.mode, row.date) == ("jan", "ACCUSE", "disapprove", "2024-01-09")
    assert row.source == ["Khawaja Asif"] and row.target == ["Afghanistan"]
    assert row.trigger_text == "criticised" and row.trigger == [43, 53]
    assert row.sentence == "On Saturday, Defence Minister Khawaja Asif criticised the Afghan government in Islamabad."
    assert row.evidence == [0, 89]
    assert (row.place, row.place_country, row.contexts) == ("Islamabad", "PAK", ["terrorism"])


@pytest.mark.parametrize("kwargs, expected", [
    ({}, ["e-jan-1", "e-jan-2", "e-jun-1", "e-jun-2"]),
    ({"actor": "Q6403318"}, ["e-jan-1"]),
    ({"actor": "afghanistan"}, ["e-jan-1", "e-jun-1"]),
    ({"type": "assault"}, ["e-jan-2", "e-jun-2"]),
    ({"type": "ACCUSE,ASSAULT", "article": "jun"}, ["e-jun-1", "e-jun-2"]),
    ({"country": "AFG"}, ["e-jan-1", "e-jun-1"]),
    ({"country": "PK"}, ["e-jan-1", "e-jan-2", "e-jun-1", "e-jun-2"]),
    ({"country": "Afghanistan", "type": "ASSAULT"}, []),
    ({"since": "2024-06"}, ["e-jun-1", "e-jun-2"]),  # e-jun-2 has no date: the article date counts
    ({"until": "2024-01-09"}, ["e-jan-1"]),
    ({"since": "2024-01-10", "until": "2024-01"}, ["e-jan-2"]),
    ({"since": "2024", "until": "2024"}, ["e-jan-1", "e-jan-2", "e-jun-1", "e-jun-2"]),
    ({"place": "islamab"}, ["e-jan-1", "e-jun-1"]),
    ({"text": "did not attack"}, ["e-jan-2", "e-jun-2"]),
    ({"negated": True}, ["e-jan-2", "e-jun-2"]),
    ({"negated": False, "since": "2024-06-01"}, ["e-jun-1"]),
    ({"limit": 1}, ["e-jan-1"]),
])
def test_event_filters(store, kwargs, expected):
    assert ids(store.events(**kwargs)) == expected


@pytest.mark.parametrize("kwargs, expected", [
    ({}, ["q-jan-1", "q-jun-1"]),
    ({"speaker": "asif"}, ["q-jan-1"]),
    ({"speaker": "someone"}, ["q-jun-1"]),
    ({"medium": "BBC"}, ["q-jan-1"]),
    ({"medium": "interview"}, ["q-jan-1"]),
    ({"text": "not ready"}, ["q-jan-1", "q-jun-1"]),
    ({"text": "ready not"}, []),  # a phrase, not a bag of words
    ({"text": 'he said "no'}, []),  # quotes in the text are not FTS syntax
])
def test_quote_filters(store, kwargs, expected):
    assert ids(store.quotes(**kwargs)) == expected


def test_quote_rows(store):
    (row,) = store.quotes(speaker="Khawaja Asif")
    assert (row.speaker, row.medium, row.medium_type, row.cue, row.kind) == (
        "Khawaja Asif", "BBC Urdu", "interview", "said", "direct")
    assert row.content == "Kabul is not ready to use force against the militants."
    assert row.date == "2024-06-29"  # the attached time's value


def test_actors_aggregate(store):
    rows = {a.name: a for a in store.actors()}
    assert (rows["Afghanistan"].articles, rows["Afghanistan"].mentions, rows["Afghanistan"].events) == (2, 4, 2)
    assert (rows["Khawaja Asif"].articles, rows["Khawaja Asif"].quotes) == (1, 1)
    assert [a.name for a in store.actors(country="AFG")] == ["Afghanistan"]
    assert [a.name for a in store.actors(name="asif")] == ["Khawaja Asif"]


def test_timeline(store):
    rows = store.timeline("Khawaja Asif")
    assert [(t.date, t.kind, t.role, t.what) for t in rows] == [
        ("2024-01-09", "event", "source", "ACCUSE"), ("2024-06-29", "quote", "speaker", "interview")]
    assert rows[0].others == ["Afghanistan"]
    target = store.timeline("Afghanistan")
    assert [(t.article, t.role) for t in target] == [("jan", "target"), ("jun", "target")]


def test_search(store):
    hits = store.search("militants")
    assert sorted((h.kind, h.article) for h in hits) == [
        ("article", "jan"), ("article", "jun"), ("quote", "jan"), ("quote", "jun")]
    assert "[militants]" in hits[0].snippet
    assert store.search("militants NOT Kabul") == []  # FTS syntax works
    assert {h.article for h in store.search("border-posts", kind="articles")} == {"jan", "jun"}  # not syntax
    assert store.search("zebra") == []


def test_pandas_and_arrow(store):
    frame = store.events(type="ACCUSE").to_pandas()
    assert list(frame["article"]) == ["jan", "jun"]
    assert list(frame.columns[:4]) == ["article", "id", "type", "mode"]
    table = store.quotes().to_arrow()
    assert table.num_rows == 2 and table.column("speaker").to_pylist() == ["Khawaja Asif", "Someone Else"]
    empty = store.events(actor="nobody").to_arrow()
    assert empty.num_rows == 0 and str(empty.schema.field("trigger").type) == "list<item: int64>"
    assert list(store.events(actor="nobody").to_pandas().columns) == list(frame.columns)


def test_articles_listing(store):
    rows = store.articles()
    assert [(a.id, a.events, a.quotes, a.actors) for a in rows] == [("jan", 2, 1, 3), ("jun", 2, 1, 3)]


def test_summary(store):
    s = store.summary(top=2)
    assert s["counts"]["articles"] == 2 and s["dates"] == ["2024-01-10", "2024-06-30"]
    assert s["event_types"] == {"ACCUSE": 2, "ASSAULT": 2}
    assert s["top_actors"] == [("Afghanistan", 4), ("Khawaja Asif", 2)]


def test_timeline_by_kb_id(store):
    rows = store.timeline("Q6403318")
    assert [(t.kind, t.role, t.others) for t in rows] == [("event", "source", ["Afghanistan"])]
