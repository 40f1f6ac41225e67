"""dateline's spaCy components, one package per capability.

Each package registers a versioned factory (``dateline_<name>_v1``) and fills ``Doc._.dl_<name>`` with
record dataclasses (see records.py). Components talk only through those Doc extensions.
"""

# Pipeline order: each component may read the extensions of those before it.
COMPONENT_ORDER: tuple[str, ...] = ("times", "actors", "places", "quotes", "events")
