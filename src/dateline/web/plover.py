"""PLOVER event types and their quad classes (PLOVER manual 2024-02, the section heading of each type)."""

from __future__ import annotations

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}

QUAD_OF_TYPE = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
PLOVER_TYPES = tuple(QUAD_OF_TYPE)


def quad(event_type: str | None) -> int | None:
    """1-4 for a PLOVER type (any case), None for anything else."""
    return QUAD_OF_TYPE.get((event_type or "").upper())


def quad_name(event_type: str | None) -> str:
    return QUAD_NAMES.get(quad(event_type) or 0, "other")
