"""Hand-built Records with every field filled, for store tests (no model needed)."""

from __future__ import annotations

from dateline.records import Actor, Event, Medium, Place, Quote, Record, Time

TEXT = ("On Saturday, Defence Minister Khawaja Asif criticised the Afghan government in Islamabad. "
        "Talking with BBC Urdu, he said: \"Kabul is not ready to use force against the militants.\" "
        "Pakistan did not attack the border posts.")


def span(text: str, needle: str, nth: int = 0) -> list[int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return [start, start + len(needle)]


def make_record(article_id: str = "art-1", date: str | None = "2024-06-30", text: str = TEXT,
                title: str | None = "Asif criticises Kabul") -> Record:
    """A record of ``text`` (must contain the TEXT sentences) with times, actors, places, quotes, events."""
    saturday = span(text, "Saturday")
    asif = span(text, "Khawaja Asif")
    he = span(text, "he said")
    afghan = span(text, "Afghan government")
    kabul = span(text, "Kabul")
    pakistan = span(text, "Pakistan")
    islamabad = span(text, "Islamabad")
    bbc = span(text, "BBC Urdu")
    s1 = [text.index("On Saturday"), text.index("Islamabad.") + len("Islamabad.")]
    s3 = [text.index("Pakistan did"), text.index("posts.") + len("posts.")]
    content = span(text, "Kabul is not ready to use force against the militants.")
    aid = article_id
    time = Time(id=f"t-{aid}-1", start=saturday[0], end=saturday[1], text="Saturday", type="DATE",
                value="2024-06-29", anchor="publication")
    actors = [
        Actor(id=f"a-{aid}-asif", name="Khawaja Asif", country="PAK", sector="GOV", role="Defence Minister",
              kb_id="Q6403318", mentions=[asif, [he[0], he[0] + 2]], kind="PERSON", evidence=["role noun"]),
        Actor(id=f"a-{aid}-afg", name="Afghanistan", country="AFG", sector="GOV", kind="GPE",
              mentions=[afghan], metonymy=[kabul], evidence=[]),
        Actor(id=f"a-{aid}-pak", name="Pakistan", country="PAK", kind="GPE", mentions=[pakistan]),
    ]
    place = Place(id=f"p-{aid}-1", start=islamabad[0], end=islamabad[1], text="Islamabad", name="Islamabad",
                  geonameid=1176615, country="PAK", admin1="Islamabad", lat=33.72, lon=73.04, feature="PPLC",
                  role="event")
    quote = Quote(id=f"q-{aid}-1", content=[content], cue=[[he[0] + 3, he[1]]], speaker=[[he[0], he[0] + 2]],
                  speaker_name="Khawaja Asif", speaker_actor=f"a-{aid}-asif", kind="direct",
                  medium=Medium(text="BBC Urdu", start=bbc[0], end=bbc[1], type="interview"), time=time.id)
    events = [
        Event(id=f"e-{aid}-1", type="ACCUSE", mode="disapprove", contexts=["terrorism"],
              source=[f"a-{aid}-asif"], target=[f"a-{aid}-afg"], date="2024-06-29", date_from="text",
              place=place.id, trigger=span(text, "criticised"), evidence=s1, confidence=0.8,
              source_spans=[asif], target_spans=[afghan]),
        Event(id=f"e-{aid}-2", type="ASSAULT", mode=None, source=[f"a-{aid}-pak"], target=[],
              date=None, negated=True, trigger=span(text, "attack"), evidence=s3, confidence=0.5),
    ]
    record = Record(id=aid, text=text, date=date, title=title, outlet="Dawn", url=f"https://example.org/{aid}",
                    warnings=["a test warning"], times=[time], actors=actors, places=[place], quotes=[quote],
                    events=events)
    assert not record.span_errors(), record.span_errors()
    return record


def make_records(n: int, prefix: str = "art") -> list[Record]:
    return [make_record(f"{prefix}-{i:04d}", date=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}") for i in range(n)]
