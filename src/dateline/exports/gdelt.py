"""GDELT-style event rows (a subset of the GDELT 1.0/2.0 event table columns) from a dateline Record.

PLOVER types map back to CAMEO root codes by the PLOVER manual's cue-category table; CONCEDE and RETREAT
both come from CAMEO 08 and ACCUSE from 11 (09 when the mode is ``investigate``); ASSAULT is 18 (19 when the
context is military). GoldsteinScale is left empty: it is defined per CAMEO code, not per root.
"""

from __future__ import annotations

from typing import Any

from ..records import Record

CAMEO_ROOT = {"AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
              "CONCEDE": "08", "RETREAT": "08", "ACCUSE": "11", "REQUEST": "10", "REJECT": "12",
              "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17",
              "ASSAULT": "18"}
QUAD_CLASS = {"03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2, "09": 3, "10": 3, "11": 3, "12": 3,
              "13": 3, "14": 4, "15": 4, "16": 4, "17": 4, "18": 4, "19": 4, "20": 4}
COLUMNS = ("GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code",
           "Actor2Name", "Actor2CountryCode", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
           "QuadClass", "GoldsteinScale", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat",
           "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL", "PLOVER_Event", "PLOVER_Mode",
           "Negated", "Hypothetical", "Future", "Historical", "Evidence")


def cameo_root(event_type: str, mode: str | None = None, contexts: list[str] | None = None) -> str | None:
    if event_type == "ACCUSE" and mode == "investigate":
        return "09"
    if event_type == "ASSAULT" and "military" in (contexts or []):
        return "19"
    return CAMEO_ROOT.get(event_type)


def _sqldate(value: str | None) -> str:
    digits = (value or "").replace("-", "")
    return digits[:8] if len(digits) >= 8 and digits[:8].isdigit() else ""


def gdelt_rows(record: Record) -> list[dict[str, Any]]:
    """One row per event and source/target pair is not GDELT's way here: compound actors stay one row,
    with the first source and target in the actor columns (all ids remain in the PLOVER export)."""
    actors = {a.id: a for a in record.actors}
    places = {p.id: p for p in record.places}
    rows = []
    for ev in record.events:
        a1 = actors.get(ev.source[0]) if ev.source else None
        a2 = actors.get(ev.target[0]) if ev.target else None
        root = cameo_root(ev.type, ev.mode, ev.contexts)
        place = places.get(ev.place) if ev.place else None
        rows.append({
            "GLOBALEVENTID": f"{record.id}-{ev.id}",
            "SQLDATE": _sqldate(ev.date) or _sqldate(record.date),
            "Actor1Code": a1.kb_id if a1 else "", "Actor1Name": a1.name if a1 else "",
            "Actor1CountryCode": (a1.country or "") if a1 else "",
            "Actor2Code": a2.kb_id if a2 else "", "Actor2Name": a2.name if a2 else "",
            "Actor2CountryCode": (a2.country or "") if a2 else "",
            "IsRootEvent": 1 if ev.evidence and ev.evidence[0] == min(e.evidence[0] for e in record.events
                                                                      if e.evidence) else 0,
            "EventCode": (root + "0") if root else "", "EventBaseCode": (root + "0") if root else "",
            "EventRootCode": root or "", "QuadClass": QUAD_CLASS.get(root or "", ""), "GoldsteinScale": "",
            "ActionGeo_FullName": (place.name or place.text) if place else "",
            "ActionGeo_CountryCode": (place.country or "") if place else "",
            "ActionGeo_Lat": place.lat if place and place.lat is not None else "",
            "ActionGeo_Long": place.lon if place and place.lon is not None else "",
            "ActionGeo_FeatureID": place.geonameid if place and place.geonameid else "",
            "DATEADDED": _sqldate(record.date), "SOURCEURL": record.url or "",
            "PLOVER_Event": ev.type, "PLOVER_Mode": ev.mode or "",
            "Negated": int(ev.negated), "Hypothetical": int(ev.hypothetical), "Future": int(ev.future),
            "Historical": int(ev.historical),
            "Evidence": record.text[ev.evidence[0]:ev.evidence[1]] if ev.evidence else "",
        })
    return rows
