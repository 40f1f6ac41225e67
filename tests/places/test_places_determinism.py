"""The same text resolves to the same places in every process, whatever the string hash seed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from dateline.components.places.gazetteer import load_gazetteer

# Ambiguous names on purpose: several Springfields, Columbus, Paris, Mars, Georgia, towns named like
# countries, a county without a GeoNames id, a demonym and a capital phrase.
TEXT = """SPRINGFIELD -- Officials in Springfield and Columbus met on Tuesday with delegates from Paris,
Georgia and Jordan. The Mars town council and Butler County commissioners said Lebanon and Peru
would host the next round. Afghan and Pakistani envoys flew on to the Qatari capital, then to
Alexandria, Va., and to Washington. Kabul is not ready to use force, the ministry in Moscow said."""

PROBE = """
import json, sys
from dateline import Pipeline
from dateline.records import Article
record = next(iter(Pipeline(components=["places"]).process([Article(id="probe", text=sys.stdin.read())])))
print(json.dumps([[p.start, p.end, p.text, p.name, p.geonameid, p.country, p.admin1, p.lat, p.lon, p.feature,
                   p.role] for p in record.places]))
"""


def _places_in_fresh_process(seed: str) -> list:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", PROBE], input=TEXT, env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_places_are_identical_across_hash_seeds():
    load_gazetteer()  # build the cache here once, so both processes load the same file
    first, second = _places_in_fresh_process("1"), _places_in_fresh_process("2")
    assert first == second
    assert len(first) >= 15
    assert all(p[4] is not None or p[7] is not None for p in first if p[2] != "Mars")
