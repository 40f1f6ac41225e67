"""Synthetic Records for the web tests and benchmark: made-up sentences, exact offsets, no model needed."""

from __future__ import annotations

import random
from pathlib import Path

from dateline.records import Actor, Event, Medium, Place, Quote, Record, Time, make_id

ACTORS = [  # name, country, sector, kind
    ("Alma Varga", "HUN", "GOV", "PERSON"), ("Tomas Reyes", "MEX", "GOV", "PERSON"),
    ("Northland", "NOR", "GOV", "GPE"), ("Kestrel Front", "COL", "REB", "GROUP"),
    ("Ministry of Water", "EGY", "GOV", "ORG"), ("Port Authority", "KEN", "BUS", "ORG"),
    ("Lena Okafor", "NGA", "LEG", "PERSON"), ("Hiro Tanaka", "JPN", "GOV", "PERSON"),
    ("Red Cross", "IGO", "NGO", "ORG"), ("Sahel Union", "MLI", "IGO", "ORG"),
    ("Omar Haddad", "JOR", "GOV", "PERSON"), ("Bay Police", "AUS", "COP", "ORG"),
]
VERBS = [  # verb as written, PLOVER type
    ("accused", "ACCUSE"), ("met", "CONSULT"), ("attacked", "ASSAULT"), ("aided", "AID"),
    ("threatened", "THREATEN"), ("praised", "SUPPORT"), ("sanctioned", "SANCTION"), ("rejected", "REJECT"),
    ("cooperated with", "COOPERATE"), ("protested against", "PROTEST"),
]
PLACES = [  # name, country, lat, lon, geonameid
    ("Cairo", "EGY", 30.06, 31.25, 360630), ("Nairobi", "KEN", -1.28, 36.82, 184745),
    ("Oslo", "NOR", 59.91, 10.75, 3143244), ("Bogota", "COL", 4.61, -74.08, 3688689),
    ("Tokyo", "JPN", 35.69, 139.69, 1850147), ("Lagos", "NGA", 6.45, 3.39, 2332459),
    ("Amman", "JOR", 31.96, 35.95, 250441), ("Sydney", "AUS", -33.87, 151.21, 2147714),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


class Builder:
    """Appends text and returns each piece's [start, end)."""

    def __init__(self) -> None:
        self.text = ""

    def add(self, piece: str) -> list[int]:
        start = len(self.text)
        self.text += piece
        return [start, len(self.text)]


def synthetic_record(i: int, n_events: int = 4, seed: int = 0) -> Record:
    """Article ``i``: ``n_events`` sentences 'X <verb> Y in <place> on <day>.' and one quote by X."""
    rng = random.Random(seed * 1_000_003 + i)
    aid = f"syn-{i:05d}"
    date = f"20{20 + i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}"
    b = Builder()
    actors: dict[str, Actor] = {}
    places: list[Place] = []
    times: list[Time] = []
    events: list[Event] = []

    def actor(name: str, span: list[int]) -> str:
        if name not in actors:
            _, country, sector, kind = next(a for a in ACTORS if a[0] == name)
            actors[name] = Actor(id=make_id("actor", aid, name), name=name, country=country, sector=sector,
                                 kind=kind)
        actors[name].mentions.append(span)
        return actors[name].id

    b.add(f"Report {i}.\n\n")
    for k in range(n_events):
        (src, *_), (tgt, *_) = rng.sample(ACTORS, 2)
        verb, etype = rng.choice(VERBS)
        pname, pcountry, lat, lon, gid = rng.choice(PLACES)
        day = rng.choice(DAYS)
        s_start = len(b.text)
        src_id = actor(src, b.add(src))
        b.add(" ")
        trigger = b.add(verb)
        b.add(" ")
        tgt_id = actor(tgt, b.add(tgt))
        b.add(" in ")
        pspan = b.add(pname)
        b.add(" on ")
        tspan = b.add(day)
        b.add(". ")
        evidence = [s_start, tspan[1] + 1]
        place = Place(id=make_id("place", aid, *pspan), start=pspan[0], end=pspan[1], text=pname, name=pname,
                      geonameid=gid, country=pcountry, lat=lat, lon=lon, feature="PPLC", role="event")
        time = Time(id=make_id("time", aid, *tspan), start=tspan[0], end=tspan[1], text=day, type="DATE",
                    value=date, anchor="publication")
        places.append(place)
        times.append(time)
        events.append(Event(id=make_id("event", aid, *trigger), type=etype, source=[src_id], target=[tgt_id],
                            date=date, date_from="text", place=place.id, trigger=trigger, evidence=evidence,
                            confidence=0.7, negated=(k == 3)))
    speaker = ACTORS[i % len(ACTORS)][0]
    b.add("\n")
    sp = b.add(speaker)
    actor(speaker, sp)
    b.add(" ")
    cue = b.add("told")
    b.add(" ")
    medium = b.add("Radio Nine")
    b.add(": “")
    content = b.add(f"We will keep talking about case {i}.")
    b.add("”\n")
    quote = Quote(id=make_id("quote", aid, *content), content=[content], cue=[cue], speaker=[sp],
                  speaker_name=speaker, speaker_actor=actors[speaker].id, kind="direct",
                  medium=Medium(text="Radio Nine", start=medium[0], end=medium[1], type="interview"))
    record = Record(id=aid, text=b.text, date=date, title=f"Report {i}", outlet=f"Outlet {i % 7}",
                    url=f"https://news.example/{aid}", times=times, actors=list(actors.values()), places=places,
                    quotes=[quote], events=events)
    assert not record.span_errors(), record.span_errors()
    return record


HOSTILE_TEXT = ('Alma Varga wrote <script>document.title="pwned"</script> and '
                '<img src=x onerror="document.title=\'pwned\'"> in a <b>bold</b> note & left.')


def hostile_record() -> Record:
    """An article whose text, title and metadata carry markup that must render as text."""
    text = HOSTILE_TEXT
    aid = "evil/<script>1"
    start = text.index("Alma Varga")
    a = Actor(id=make_id("actor", aid, "Alma Varga"), name="Alma Varga", country="HUN", kind="PERSON",
              mentions=[[start, start + len("Alma Varga")]])
    trig = [text.index("wrote"), text.index("wrote") + 5]
    ev = Event(id=make_id("event", aid, *trig), type="ACCUSE", source=[a.id], trigger=trig, evidence=[0, len(text)])
    return Record(id=aid, text=text, date="2024-05-05", title='<script>alert("t")</script>Title',
                  outlet="<i>Outlet</i>", url="javascript:alert(1)", actors=[a], events=[ev])


def build_store(path: Path, n_articles: int, n_events: int = 4, extra: list[Record] | None = None,
                batch: int = 500) -> Path:
    from dateline.store import StoreWriter

    with StoreWriter(path) as writer:
        for first in range(0, n_articles, batch):
            writer.write([synthetic_record(i, n_events) for i in range(first, min(first + batch, n_articles))])
        if extra:
            writer.write(extra)
    return path
