"""The record contract: ids, span checks, lossless JSON round-trip. No model needed."""

from __future__ import annotations

import json

from dateline.records import Actor, Event, Medium, Place, Quote, Record, Time, make_id

TEXT = "Kenya’s minister told Reuters on Saturday: “We will not attack.”"


def full_record() -> Record:
    def at(s: str) -> list[int]:
        start = TEXT.index(s)
        return [start, start + len(s)]

    kenya, minister = at("Kenya"), at("minister")
    content, cue, reuters, saturday = at("We will not attack."), at("told"), at("Reuters"), at("Saturday")
    return Record(
        id="r1", text=TEXT, date="2024-06-29", title="T", outlet="O", url="https://o.example/1",
        warnings=["w"],
        times=[Time(id=make_id("time", "r1", *saturday), start=saturday[0], end=saturday[1], text="Saturday",
                    type="DATE", value="2024-06-29", mod=None, anchor="publication")],
        actors=[Actor(id="a-1", name="Kenya", country="KEN", sector="GOV", mentions=[kenya], kind="GPE"),
                Actor(id="a-2", name="minister", country="KEN", role="minister", mentions=[minister])],
        places=[Place(id="p-1", start=kenya[0], end=kenya[1], text="Kenya", name="Kenya", geonameid=192950,
                      country="KE", lat=1.0, lon=38.0, feature="PCLI", role="metonym")],
        quotes=[Quote(id="q-1", content=[content], cue=[cue], speaker=[minister], speaker_name="minister",
                      speaker_actor="a-2", kind="direct",
                      medium=Medium(text="Reuters", start=reuters[0], end=reuters[1], type="interview"),
                      time="t-1")],
        events=[Event(id="e-1", type="ASSAULT", source=["a-1"], target=[], date="2024-06-29",
                      date_from="text", negated=True, future=True, trigger=at("attack"),
                      evidence=content, confidence=0.75, quote="q-1")],
    )


def test_json_round_trip_is_lossless_including_nested_medium():
    record = full_record()
    line = record.to_json()
    back = Record.from_json(line)
    assert back == record
    assert isinstance(back.quotes[0].medium, Medium) and back.quotes[0].medium.type == "interview"
    assert back.to_json() == line
    assert json.loads(line)["quotes"][0]["medium"] == {"text": "Reuters", "start": 22, "end": 29,
                                                        "type": "interview"}


def test_record_with_empty_lists_and_null_medium_round_trips():
    record = Record(id="x", text="t", quotes=[Quote(id="q", content=[[0, 1]])])
    assert Record.from_dict(json.loads(record.to_json())) == record


def test_every_span_of_the_full_record_is_valid():
    record = full_record()
    assert record.span_errors() == []
    labels = {label.split()[0] for label, *_ in record.spans()}
    assert labels == {"time", "place", "actor", "quote", "event"}


def test_span_errors_are_reported():
    record = full_record()
    record.times[0].end += 1
    record.quotes[0].medium.start = 0
    record.events[0].trigger = [5, 500]
    record.actors[0].mentions.append([3, 3])
    errors = record.span_errors()
    assert len(errors) == 4
    assert any(e.startswith("time ") and "!= 'Saturday'" in e for e in errors)
    assert any(" medium: " in e for e in errors)
    assert any("[5, 500) outside text of length" in e for e in errors)
    assert any("[3, 3)" in e for e in errors)


def test_make_id_is_stable_and_span_dependent():
    assert make_id("time", "a", 1, 5) == make_id("time", "a", 1, 5)
    assert make_id("time", "a", 1, 5).startswith("t-") and len(make_id("time", "a", 1, 5)) == 14
    assert len({make_id("time", "a", 1, 5), make_id("time", "a", 1, 6), make_id("time", "b", 1, 5),
                make_id("actor", "a", 1, 5)}) == 4
