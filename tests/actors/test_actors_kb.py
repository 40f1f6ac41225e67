"""The knowledge base: lookups, date-ranged roles, user actors (no model needed)."""

from __future__ import annotations

import pytest

from dateline.components.actors.kb import Code, KBEntry, KnowledgeBase, load_kb, norm_key, read_user_file
from dateline.errors import ConfigError


def test_norm_key_drops_dots_hyphens_articles_possessives():
    assert norm_key("the U.N.") == "un"
    assert norm_key("Tehreek-e-Taliban Pakistan") == "tehreek e taliban pakistan"
    assert norm_key("Pakistan's") == "pakistan"


def test_date_ranged_roles_choose_by_article_date():
    entry = KBEntry("kb:x", "Someone", (Code("KOR", "GOV", "20040101", "20061231"), Code("UNO", None, "20070101", "")))
    assert entry.code_on("2005-06-01")[0].country == "KOR"
    assert entry.code_on("2012-06-01")[0].country == "UNO"


def test_roles_outside_the_date_keep_a_shared_country_but_no_sector():
    entry = KBEntry("kb:x", "Someone", (Code("PAK", "GOV", "20080501", "20080731"),))
    code, why = entry.code_on("2024-06-30")
    assert (code.country, code.sector) == ("PAK", None)
    assert "outside" in why


def test_packaged_kb_codes_the_same_name_differently_on_two_dates():
    kb = load_kb()
    entry = kb.actor("Imran Khan")
    assert entry is not None
    assert entry.code_on("2010-01-01")[0].sector == "ELI"
    assert entry.code_on("2015-01-01")[0].sector == "GOV"


def test_packaged_kb_lookups():
    kb = load_kb()
    assert kb.demonym("Afghan") == "AFG"
    assert kb.capital("Kabul") == "AFG"
    assert kb.agent("the defence minister") == "GOV"
    assert kb.agent("militants") == "UAF"
    assert kb.agent("protesters") == "CVL"
    assert kb.actor("BBC").codes[0].sector == "JRN"  # CAMEO's MED (media) is PLOVER's JRN
    assert kb.actor("United Nations").codes[0].country == "UNO"
    assert kb.igo("European Community") == "EUR"


def test_user_actors_take_precedence(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("name,country,sector,aliases,start,end\nImran Khan,PAK,OPP,Khan Sahib,2022-04-10,\n", "utf-8")
    kb = KnowledgeBase.__new__(KnowledgeBase)
    kb.__dict__.update(load_kb().__dict__)
    kb.user = {}
    kb.add_user_actors(read_user_file(path), str(path))
    assert kb.actor("Khan Sahib").source == "user"
    assert kb.actor("Imran Khan").code_on("2024-06-30")[0].sector == "OPP"


def test_user_yaml_file_and_errors(tmp_path):
    good = tmp_path / "a.yaml"
    good.write_text("actors:\n  - name: Acme Relief\n    country: NGO\n    sector: SOC\n", "utf-8")
    assert read_user_file(good)[0]["name"] == "Acme Relief"
    bad = tmp_path / "b.yaml"
    bad.write_text("- name: X\n  sector: NOPE\n", "utf-8")
    kb = KnowledgeBase.__new__(KnowledgeBase)
    kb.user = {}
    with pytest.raises(ConfigError):
        kb.add_user_actors(read_user_file(bad), str(bad))


def test_config_section_reaches_the_component_factory(tmp_path):
    from dateline.components.actors import ActorsComponent
    from dateline.nlp import component_settings

    path = tmp_path / "mine.yaml"
    path.write_text("- name: Ministry of Silly Walks\n  country: GBR\n  sector: GOV\n", "utf-8")
    settings = {"actors": {"user_file": str(path), "unknown_key": 1}, "times": "not a section"}
    assert component_settings("actors", settings) == {"user_file": str(path)}
    assert component_settings("times", settings) == {}
    comp = ActorsComponent(None, "actors", **component_settings("actors", settings))
    assert comp.kb.actor("Ministry of Silly Walks").codes[0].country == "GBR"
