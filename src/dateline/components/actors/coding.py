"""Coding a resolved actor: country (ISO3 or PLOVER non-state code), sector, role, with the evidence.

Precedence: the user's actors file, then what the article says (titles, appositives, modifiers, possessives,
the organisation a person leads, contexts such as 'told X'), then the knowledge base by name (the role valid
on the article date), then words inside the name ('... Party', '... Pakistan'), then the article's main
country for people and organisations nothing else places.
"""

from __future__ import annotations

from .kb import NONSTATE, KBEntry, KnowledgeBase, norm_key
from .resolution import Draft

# Sectors read off organisation-name words, strongest first.
ORG_WORD_ORDER = ("JRN", "PTY", "REB", "REL", "GOV", "MIL", "COP", "JUD", "LEG", "EDU", "LAB", "BUS")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "president", "prime", "minister", "general", "gen",
                         "king", "queen", "prince", "sheikh", "maulana", "senator", "sen", "rep", "gov"})


class Coded:
    def __init__(self) -> None:
        self.country: str | None = None
        self.sector: str | None = None
        self.kb_id: str | None = None
        self.evidence: list[str] = []

    def set_country(self, code: str | None, why: str) -> None:
        if code and self.country is None:
            self.country = code
            self.evidence.append(f"country {code}: {why}")

    def set_sector(self, sector: str | None, why: str) -> None:
        if sector and sector != "UNK" and self.sector is None:
            self.sector = sector
            self.evidence.append(f"sector {sector}: {why}")


def kb_entry(draft: Draft, kb: KnowledgeBase) -> KBEntry | None:
    names = draft.names or [draft.name]
    for name in sorted(names, key=len, reverse=True):
        entry = kb.actor(name)
        if entry is None and draft.kind == "PERSON":
            for title in draft.titles:  # 'President Mugabe' is a KB alias
                entry = entry or kb.actor(f"{title} {name}")
            words = norm_key(name).split()
            while words and words[0] in _HONORIFICS:  # 'President Mugabe' -> 'Mugabe'
                words = words[1:]
            if entry is None and words:
                entry = kb.actor(" ".join(words))
        if entry is not None:
            return entry
    return None


def name_words(draft: Draft, kb: KnowledgeBase) -> tuple[str | None, str | None, str]:
    """Country and sector from the words of an organisation's names ('Tehreek-e-Taliban Pakistan')."""
    country = sector = None
    why = ""
    sectors = set()
    for name in draft.names or [draft.name]:
        words = norm_key(name).split()
        for n in range(len(words)):
            for size in (3, 2, 1):
                phrase = " ".join(words[n:n + size])
                if len(phrase.split()) < size:
                    continue
                code = kb.country_names.get(phrase) or kb.demonyms.get(phrase)
                if n and words[n - 1] in ("pro", "anti"):
                    code = None  # 'pro-Iranian militia': a stance, not a nationality
                if code and country is None:
                    country, why = code, phrase
                if phrase in kb.org_words:
                    sectors.add(kb.org_words[phrase])
    sector = next((s for s in ORG_WORD_ORDER if s in sectors), None)
    return country, sector, why


def code_draft(draft: Draft, drafts: dict[str, Draft], kb: KnowledgeBase, date: str | None,
               dominant: str | None, coded: dict[str, Coded]) -> Coded:
    if draft.key in coded:
        return coded[draft.key]
    out = coded[draft.key] = Coded()
    entry = kb_entry(draft, kb) if draft.kind in ("PERSON", "ORG", "MEDIA", "GPE") else None
    if entry is not None and entry.source == "user":
        code, why = entry.code_on(date)
        out.kb_id = entry.kb_id
        if code:
            out.set_country(code.country, f"user actors file ({why})")
            out.set_sector(code.sector, f"user actors file ({why})")
    # 1. the text
    for code, why in draft.country_hints:
        out.set_country(code, why)
    for sector, why in draft.sector_hints:
        out.set_sector(sector, why)
    for org_key in draft.orgs:  # a person takes the country and sector of the organisation named in the title
        org = drafts.get(org_key)
        if org is not None and org is not draft:
            oc = code_draft(org, drafts, kb, date, dominant, coded)
            out.set_country(oc.country, f"organisation '{org.name}'")
            out.set_sector(oc.sector, f"organisation '{org.name}'")
    if draft.kind == "GPE":
        key = draft.key
        code = key.split(":", 1)[1] if key.startswith("country:") else None
        for name in draft.names or [draft.name]:
            code = code or kb.country_of_place(name)
        out.set_country(code, "place name")
    # 2. the knowledge base, by name, for the article's date
    if entry is not None and entry.source != "user":
        code, why = entry.code_on(date)
        out.kb_id = out.kb_id or entry.kb_id
        if code:
            out.set_country(code.country, f"KB '{entry.name}' ({why})")
            if draft.kind != "GPE":
                out.set_sector(code.sector, f"KB '{entry.name}' ({why})")
    # 3. words of the name
    if draft.kind in ("ORG", "MEDIA"):
        for name in draft.names or [draft.name]:
            out.set_country(kb.igo(name), f"intergovernmental name '{name}'")
    if draft.kind in ("ORG", "MEDIA", "GPE", "NORP", "GROUP"):
        country, sector, phrase = name_words(draft, kb)
        out.set_country(country, f"'{phrase}' in the name")
        if draft.kind in ("ORG", "MEDIA"):
            out.set_sector(sector, "a word of the name")
    if draft.kind == "GPE" and out.country in NONSTATE:  # 'the United Nations' tagged as a place
        draft.kind = "ORG"
    if out.sector == "JRN" and draft.kind == "ORG":
        draft.kind = "MEDIA"
    # 4. the article's main country, for domestic people and organisations
    if out.country is None and dominant and draft.kind in ("PERSON", "ORG", "GROUP") and out.sector not in (
            "REB", "UAF"):
        out.set_country(dominant, "the article's main country (fallback)")
    return out
