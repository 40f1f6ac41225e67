"""Acceptance on the canonical example article: every statement with its canonical speaker and medium."""

from __future__ import annotations

from collections import Counter


def test_example_speakers(example_record):
    r = example_record
    by_speaker = Counter(q.speaker_name for q in r.quotes)
    assert by_speaker["Khawaja Asif"] == 8  # seven statements + "He had also dismissed ..."
    assert by_speaker["Maulana Fazlur Rehman"] == 2
    assert by_speaker["diplomatic sources"] == 1
    asif = next(a for a in r.actors if a.name == "Khawaja Asif")
    assert all(q.speaker_actor == asif.id for q in r.quotes if q.speaker_name == "Khawaja Asif")


def test_example_media_and_time(example_record):
    r = example_record
    media = {q.medium.text: q for q in r.quotes if q.medium}
    assert set(media) == {"BBC Urdu", "the Voice of America (VoA)", "Geo News"}
    assert media["BBC Urdu"].speaker_name == "Khawaja Asif"
    assert media["Geo News"].speaker_name == "diplomatic sources"
    voa = media["the Voice of America (VoA)"]
    times = {t.id: t for t in r.times}
    assert voa.time in times and times[voa.time].text == "Thursday"


def test_example_direct_quotes(example_record):
    r = example_record
    direct = [q for q in r.quotes if q.kind == "direct"]
    assert [(r.text[q.content[0][0]:q.content[0][0] + 20], q.speaker_name) for q in direct] == [
        ("Where decisions will", "Maulana Fazlur Rehman"),
        ("The government is re", "Khawaja Asif"),
    ]
    mixed = [q for q in r.quotes if q.kind == "mixed"]
    assert len(mixed) == 1 and mixed[0].medium.text == "BBC Urdu"
