"""PLOVER JSON records (PLOVER manual 2024-02, "PLOVER JSON" table) from a dateline Record."""

from __future__ import annotations

from typing import Any

from ..records import Actor, Event, Record

QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
        "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4,
        "COERCE": 4, "ASSAULT": 4}


def _entity(actor: Actor | None, actor_id: str) -> dict[str, Any]:
    if actor is None:
        return {"id": actor_id}
    out: dict[str, Any] = {"id": actor.id, "actorText": actor.name}
    if actor.country:
        out["code"] = actor.country
    if actor.sector:
        out["sector"] = actor.sector
    if actor.kb_id:
        out["kb_id"] = actor.kb_id
    return out


def _aux_modes(ev: Event) -> list[str]:
    return [name for name, on in (("negation", ev.negated), ("hypothetical", ev.hypothetical),
                                  ("future", ev.future), ("historical", ev.historical)) if on]


def plover_events(record: Record) -> list[dict[str, Any]]:
    """One PLOVER event record per dateline Event, with the evidence text and offsets."""
    actors = {a.id: a for a in record.actors}
    places = {p.id: p for p in record.places}
    out = []
    for ev in record.events:
        row: dict[str, Any] = {
            "id": f"{record.id}-{ev.id}",
            "date": ev.date if ev.date and len(ev.date) == 10 else (ev.date or record.date),
            "actor": [_entity(actors.get(i), i) for i in ev.source],
            "recipient": [_entity(actors.get(i), i) for i in ev.target],
            "event": [ev.type],
            "mode": [ev.mode] if ev.mode else [],
            "context": list(ev.contexts),
            "quad_code": QUAD.get(ev.type),
            "auxiliary_modes": _aux_modes(ev),
            "date_from": ev.date_from,
            "event_text": [record.text[ev.trigger[0]:ev.trigger[1]]] if ev.trigger else [],
            "text": record.text[ev.evidence[0]:ev.evidence[1]] if ev.evidence else None,
            "text_info": {"article_id": record.id, "trigger": ev.trigger, "evidence": ev.evidence,
                          "quote": ev.quote, "confidence": ev.confidence},
            "cite_info": {"url": record.url, "outlet": record.outlet, "title": record.title,
                          "publication_date": record.date},
            "coder": "dateline",
        }
        place = places.get(ev.place) if ev.place else None
        if place is not None:
            row["event_loc"] = {"placename": place.name or place.text, "geonameid": place.geonameid,
                                "country_code": place.country, "lat": place.lat, "lon": place.lon}
        out.append(row)
    return out
