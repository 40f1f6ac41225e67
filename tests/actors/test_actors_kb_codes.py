"""The KB builder's CAMEO code reading: COW/CAMEO-style country codes become ISO3, regions stay countryless."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def builder():
    spec = importlib.util.spec_from_file_location("build_actors_kb", ROOT / "scripts" / "build_actors_kb.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_cow(tmp_path: Path) -> Path:
    path = tmp_path / "cow2iso.txt"
    path.write_text("cow_id,cow3,iso_id,iso2,iso3\n540,ANG,24,AO,AGO\n220,FRN,250,FR,FRA\n850,INS,360,ID,IDN\n"
                    "560,SAF,710,ZA,ZAF\n900,AUL,36,AU,AUS\n305,AUS,40,AT,AUT\n", encoding="utf-8")
    return path


def test_cow_codes_map_to_iso3_but_cameo_codes_and_iso3_codes_do_not(builder, tmp_path):
    iso3 = {"AGO", "FRA", "IDN", "ZAF", "AUS", "AUT"}
    assert builder.cow_to_iso(write_cow(tmp_path), iso3) == {"ANG": "AGO", "AUL": "AUS", "FRN": "FRA"}


def test_code_parser_converts_country_heads(builder, tmp_path):
    iso3 = {"AGO", "FRA", "IDN", "ZAF", "AUS", "AUT", "PAK", "TLS"}
    parser = builder.CodeParser(iso3, builder.cow_to_iso(write_cow(tmp_path), iso3))
    assert parser.parse("ANGREB") == ["AGO", "REB", "", ""]  # UNITA
    assert parser.parse("~ANGREB") == ["AGO", "REB", "", ""]
    assert parser.parse("TMPGOV 030101-030228") == ["TLS", "GOV", "20030101", "20030228"]
    assert parser.parse("PAKINS") == ["PAK", "REB", "", ""]  # INS after a country: insurgents
    assert parser.parse("AUSGOV") == ["AUS", "GOV", "", ""]  # an ISO3 code is never read as COW (Austria)
    assert parser.parse("SAFREB") == [None, "REB", "", ""]  # Southern Africa, a CAMEO region
    assert parser.parse("INTREB") == [None, "REB", "", ""]  # international
    assert parser.parse("IGOUNO") == ["UNO", None, "", ""]
    assert parser.parse("MEA") is None


def test_parenthesised_acronym_of_a_country_entry(builder):
    assert builder._ACRONYM.findall("CHINA_(PRC)") == ["PRC"]
    assert builder._ACRONYM.findall("VIRGIN_ISLANDS_(UK)_") == []  # two letters: too ambiguous
    assert builder._ACRONYM.findall("KOREA_(SOUTH)_") == []


def test_packaged_kb_codes_unita_and_prc():
    from dateline.components.actors.kb import load_kb

    kb = load_kb()
    assert kb.actor("UNITA").codes[0].country == "AGO"
    assert kb.country_of_place("PRC") == "CHN"
    assert kb.country_names["prc"] == "CHN"
