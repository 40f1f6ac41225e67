"""Within-document resolution: one draft actor per entity, with all its mentions.

Rules, in order: acronym definitions join a long form and its acronym; named entities group by normalised
name, surnames join the full name; titles and appositives attach to the person they describe; role nouns
('the defence minister', 'the minister') join the person whose title contains them, government nouns
('the Taliban government', 'Afghan authorities', 'the Government of Pakistan') join the country's
government; capitals used as agents ('Kabul is not ready') join that government as metonymy; 'he'/'she'
join the person who is the subject of the nearest sentence before. No coreference model.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..base import doc_text
from .kb import NONSTATE, KnowledgeBase, norm_key
from .mentions import (
    GOVERNMENT_HEADS,
    NAME_LABELS,
    PRONOUNS,
    TITLE_WORDS,
    RoleMention,
    acronym_definitions,
    appositive_title,
    entity_at,
    nounish,
    person_like,
    role_mention,
    stance_prefixed,
    title_before,
)

GOVERNMENT_NOUNS = GOVERNMENT_HEADS
# Verbs whose subject is a place, not an agent: a capital as their subject is not metonymy.
LOCATIVE_VERBS = frozenset({"lie", "sit", "locate", "situate", "border", "host", "experience", "see", "suffer",
                            "receive", "record", "face", "become", "remain", "have", "get", "stand"})
# Sectors of unnamed groups that belong to the place where they act (not troops, officials or refugees).
CIVILIAN = frozenset({"CVL", "LAB", "EDU", "AGR"})
QUANTITY_NOUNS = frozenset({"hundreds", "thousands", "dozens", "millions", "tens", "scores", "crowd", "crowds",
                            "group", "groups", "number", "majority"})
MEDIA_NOUNS = frozenset({"interview", "talk", "conversation"})
MEDIA_VERBS = frozenset({"tell", "talk", "speak"})


def display(text: str) -> str:
    """A name as shown: whitespace collapsed, no leading article."""
    text = " ".join(text.split())
    text = re.sub(r"\s*['’]s?$", "", text)  # "Republican Party's" -> "Republican Party"
    return text[4:] if text[:4].lower() == "the " else text


@dataclass
class Draft:
    key: str
    kind: str  # PERSON | ORG | GPE | NORP | GROUP | MEDIA
    name: str = ""
    mentions: list[tuple[int, int]] = field(default_factory=list)  # char spans
    metonymy: list[tuple[int, int]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    title_at: list[int] = field(default_factory=list)  # token index of each title
    title_words: set[str] = field(default_factory=set)
    sector_hints: list[tuple[str, str]] = field(default_factory=list)  # (sector, evidence) from the text
    country_hints: list[tuple[str, str]] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)  # keys of organisations the actor belongs to
    names: list[str] = field(default_factory=list)  # name strings to look up in the KB
    role_words: str = ""
    first: int = 10**9  # first token index, for pronoun recency
    token_mentions: list[tuple[int, int]] = field(default_factory=list)


class Resolver:
    def __init__(self, doc: Doc, kb: KnowledgeBase) -> None:
        self.doc, self.kb = doc, kb
        self.drafts: dict[str, Draft] = {}
        self.token_owner: dict[int, str] = {}  # token index -> draft key (for pronouns and titles)
        self.taken: set[int] = set()  # tokens already inside a mention or title

    # -- helpers ---------------------------------------------------------------------------------------
    def draft(self, key: str, kind: str, name: str) -> Draft:
        d = self.drafts.get(key)
        if d is None:
            d = self.drafts[key] = Draft(key=key, kind=kind, name=name)
        return d

    def add(self, d: Draft, start: int, end: int, metonymy: bool = False) -> None:
        doc = self.doc
        while end - 1 > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
            end -= 1
        span = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        target = d.metonymy if metonymy else d.mentions
        if span not in target:
            target.append(span)
            d.token_mentions.append((start, end))
        d.first = min(d.first, start)
        for i in range(start, end):
            self.token_owner[i] = d.key
            self.taken.add(i)

    def text(self, start: int, end: int) -> str:
        return self.doc[start:end].text

    # -- passes ----------------------------------------------------------------------------------------
    def run(self) -> dict[str, Draft]:
        self.dominant = self.dominant_country()
        units = self.acronyms()
        names = self.names(units)
        self.titles(names, units)
        self.roles()
        self.capitals()
        self.media_contexts()
        self.pronouns()
        return self.drafts

    def acronyms(self) -> list[tuple[int, int]]:
        """Long form + acronym -> one ORG draft; returns token spans covering 'Long Form (ACR)'."""
        units = []
        self.acronym_keys: dict[str, str] = {}
        for long, acr in acronym_definitions(self.doc):
            key = self.name_key(long)
            d = self.draft(key, "ORG", display(long.text))
            d.names += [long.text, acr.text]
            self.add(d, long.start, long.end)
            self.add(d, acr.start, acr.end)
            self.acronym_keys[norm_key(acr.text)] = key
            end = acr.end + 1 if acr.end < len(self.doc) and self.doc[acr.end].text == ")" else acr.end
            units.append((long.start, end))
        return units

    def name_key(self, span: Span) -> str:
        key = norm_key(span.text)
        if span.label_ in ("GPE", "LOC") and key in self.kb.country_names:
            return f"country:{self.kb.country_names[key]}"
        return f"name:{key}"

    def remove_mention(self, key: str, start: int, end: int) -> None:
        d = self.drafts.get(key)
        if d is None:
            return
        keep = [(i, (s, e)) for i, (s, e) in enumerate(d.token_mentions) if not (s >= start and e <= end)]
        d.token_mentions = [t for _, t in keep]
        d.mentions = [d.mentions[i] for i, _ in keep]
        for i in range(start, end):
            if self.token_owner.get(i) == key:
                del self.token_owner[i]
        if not d.mentions and not d.metonymy:
            del self.drafts[key]

    def names(self, units: list[tuple[int, int]]) -> list[tuple[Span, str]]:
        """Named entities (NER) not inside acronym definitions; returns (entity, draft key)."""
        out = []
        persons: dict[str, str] = {}  # surname/first-name token -> person draft key
        for ent in self.doc.ents:
            if ent.label_ == "PERSON":
                ent = self.expand_person(ent)
            label = NAME_LABELS.get(ent.label_)
            if label is None or any(s <= ent.start and ent.end <= e for s, e in units):
                continue
            if any(i in self.taken for i in range(ent.start, ent.end)):
                continue
            key = norm_key(ent.text)
            if not key:
                continue
            if key in self.acronym_keys:  # a later use of a defined acronym
                d = self.drafts[self.acronym_keys[key]]
                self.add(d, ent.start, ent.end)
                out.append((ent, d.key))
                continue
            if label in ("PERSON", "ORG") and key in self.kb.country_names:
                label = "GPE"  # NER mislabels: 'Sri Lanka' as PERSON
            elif label == "PERSON" and any(self.kb.org_words.get(w) == "JRN" for w in key.split()):
                label = "ORG"  # 'Khyber Herald' read as a person: outlet words say otherwise
            elif label in ("PERSON", "ORG") and (self.kb.demonym(ent.text) or all(
                    self.kb.demonym(t.text) for t in ent if not t.is_punct)):
                label = "NORP"  # 'Bangladeshi', 'Bosnian Serbs' read as a PERSON
            if label == "NORP":
                self.nationality(ent)
                continue
            if label == "FAC" and self.kb.actor(ent.text) is None:
                continue
            if label in ("PERSON", "ORG", "GPE") and " " not in key and key in persons and key not in self.kb.places:
                d = self.drafts[persons[key]]  # 'Asif' after 'Khawaja Asif' (even when NER says ORG)
                self.add(d, ent.start, ent.end)
                out.append((ent, d.key))
                continue
            if label == "ORG" and ent.root.lower_ in GOVERNMENT_NOUNS:  # 'the Government of Pakistan'
                m = role_mention(self.doc, ent.root, self.kb)
                if m is not None:
                    self.add(self.government(m, []), ent.start, ent.end)
                    continue
            if label == "GPE" and not self.kb.country_of_place(ent.text) and ent.root.dep_ in ("compound", "amod"):
                continue  # an unknown place used as an adjective ('Pak-Afghan relations')
            if label == "GPE" and ent.root.dep_ in ("compound", "amod", "poss") and \
                    self.kb.agent(ent.root.head.lemma_) and ent.root.head.pos_ == "NOUN":
                continue  # 'the Pakistan government', "Pakistan's defence minister": a modifier
            dkey = self.name_key(ent) if label != "GPE" or ent.label_ in ("GPE", "LOC") else \
                f"country:{self.kb.country_names[key]}"
            kind = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE"}[label]
            d = self.draft(dkey, kind, display(ent.text))
            if ent.text not in d.names:
                d.names.append(ent.text)
            if label == "PERSON":
                parts = key.split()
                if len(parts) > 1:
                    persons.setdefault(parts[-1], dkey)
                    if len(d.name) < len(display(ent.text)):
                        d.name = display(ent.text)
            self.add(d, ent.start, ent.end)
            self.name_modifiers(ent, d, label)
            out.append((ent, dkey))
        out += self.rematch_persons(persons)
        self.country_words()
        return out

    def name_modifiers(self, ent: Span, d: Draft, label: str) -> None:
        """Country hints next to a name: "Ivory Coast's Supreme Court", "the US Congress" (a modifier the
        NER left out), "King Hassan of Morocco"."""
        doc = self.doc
        for child in ent.root.children:
            if child.i >= ent.start and not (label == "PERSON" and child.dep_ == "prep" and child.lower_ == "of"):
                continue
            if child.dep_ == "poss" or (child.dep_ in ("compound", "amod", "nmod") and label == "ORG"
                                        and child.i == ent.start - 1):
                if stance_prefixed(doc, child.i):
                    continue
                code = self.kb.country_of_place(child.text) or self.kb.demonym(child.text)
                if code:
                    d.country_hints.append((code, f"{'possessive' if child.dep_ == 'poss' else 'modifier'} "
                                                  f"'{child.text}'"))
            elif child.dep_ == "prep" and child.i == ent.end:  # 'King Hassan of Morocco'
                obj = next((c for c in child.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"), None)
                place = entity_at(doc, obj.i, starting=False) if obj is not None else None
                code = self.kb.country_names.get(norm_key(place.text)) if place is not None else None
                if code:
                    d.country_hints.append((code, f"'{ent.text} of {place.text}'"))

    def expand_person(self, ent: Span) -> Span:
        """'Imran [Khan]' -> 'Imran Khan': capitalised name tokens the NER left out, before the entity."""
        start = ent.start
        while start > 0:
            tok = self.doc[start - 1]
            if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.text[:1].isupper() or tok.is_sent_start and \
                    tok.lower_ in TITLE_WORDS or tok.lower_ in TITLE_WORDS or tok.head.i not in range(ent.start, ent.end) \
                    or tok.dep_ != "compound":
                break
            start -= 1
        return ent if start == ent.start else Span(self.doc, start, ent.end, label="PERSON")

    def nationality(self, ent: Span) -> None:
        """A nationality word that is not part of a role phrase: 'the Palestinians', 'French warships'."""
        root = ent.root
        if any(stance_prefixed(self.doc, t.i) for t in ent):
            return  # 'pro-Iranian': a stance, not a nationality
        if root.dep_ in ("amod", "compound") and root.head.pos_ == "NOUN" and role_mention(self.doc, root.head, self.kb):
            return  # 'Afghan officials': the role noun carries the country
        code = self.kb.demonym(ent.text) or self.kb.country_of_place(ent.text) or next(
            (c for t in ent if (c := self.kb.demonym(t.text))), None)
        home = self.homeland(root, code) if code not in NONSTATE else None  # 'the Kurds of Iraq'
        if code is None and home is None:
            return  # NER's NORP on words that name no nationality ('Seismologists')
        kind = "ORG" if code in NONSTATE else "NORP"  # 'U.N.' tagged as a nationality
        key = f"norp:{code or ''}" if kind == "NORP" else self.name_key(ent)
        d = self.draft(f"{key}@{home[0]}" if home else key, kind, display(ent.text))
        d.names.append(ent.text)
        if home:
            d.country_hints.append(home)
        if code:
            d.country_hints.append((code, f"nationality '{ent.text}'"))
        self.add(d, ent.start, ent.end)

    def homeland(self, root, code: str | None) -> tuple[str, str] | None:
        """The country a people lives in, when the text says so: 'the Albanians of southern Serbia', 'ethnic
        Albanians in south Serbia' (event coders code such groups by the state they live in)."""
        ethnic = any(c.lower_ == "ethnic" for c in root.children)
        for child in root.rights:
            if child.dep_ != "prep" or child.lower_ not in ("of", "in") or (child.lower_ == "in" and not ethnic):
                continue
            obj = next((c for c in child.children if c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC")), None)
            place = entity_at(self.doc, obj.i, starting=False) if obj is not None else None
            where = self.kb.country_of_place(place.text) if place is not None else None
            if where and where != code:
                return where, f"'{root.text} {child.text} {place.text}'"
        if ethnic and root.dep_ == "nsubj":  # 'ethnic Albanians demonstrated in Serbia'
            for child in root.head.rights:
                if child.dep_ != "prep" or child.lower_ != "in":
                    continue
                obj = next((c for c in child.children if c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC")), None)
                place = entity_at(self.doc, obj.i, starting=False) if obj is not None else None
                where = self.kb.country_of_place(place.text) if place is not None else None
                if where and where != code:
                    return where, f"'{root.text} ... {child.text} {place.text}'"
        return None

    def where_civilians_act(self, root) -> tuple[str, str] | None:
        """The country where an unnamed civilian group acts, when its clause says: 'thousands of people
        blocked streets in Hong Kong' (event coders code protesters and residents by where they are)."""
        head = root
        while head.dep_ == "pobj" and head.head.lower_ == "of" and (
                head.head.head.like_num or head.head.head.lower_ in QUANTITY_NOUNS):
            head = head.head.head  # 'hundreds of thousands of people': the quantity is the subject
        if head.dep_ != "nsubj":
            return None
        verb = head.head
        # where the group is, the verb happens, or its object or path lies ('through the streets in Seoul')
        holders = [root, verb] + [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for holder in holders:
            for child in holder.children:
                if child.dep_ != "prep" or child.lower_ != "in":
                    continue
                obj = next((c for c in child.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"), None)
                place = entity_at(self.doc, obj.i, starting=False) if obj is not None else None
                where = self.kb.country_of_place(place.text) if place is not None else None
                if where:
                    return where, f"'{root.text} ... {child.text} {place.text}': where they act"
        return None

    def country_words(self) -> None:
        """Country names and nationality words the NER missed ('US', 'Syria')."""
        doc = self.doc
        for tok in doc:
            if tok.i in self.taken or not tok.text[:1].isupper() or tok.ent_type_ in ("PERSON", "ORG", "DATE") \
                    or stance_prefixed(doc, tok.i):
                continue
            code = self.kb.country_names.get(norm_key(tok.text))
            if code and tok.pos_ == "PROPN":
                if tok.dep_ in ("compound", "amod") and role_mention(doc, tok.head, self.kb):
                    continue
                d = self.draft(f"country:{code}", "GPE", tok.text)
                d.names.append(tok.text)
                self.add(d, tok.i, tok.i + 1)
            elif tok.pos_ in ("ADJ", "PROPN") and self.kb.demonym(tok.text) and not tok.ent_type_:
                if tok.dep_ in ("compound", "amod") and role_mention(doc, tok.head, self.kb):
                    continue
                self.nationality(doc[tok.i:tok.i + 1])

    def rematch_persons(self, surnames: dict[str, str]) -> list[tuple[Span, str]]:
        """Occurrences of a known person's full name or surname that the NER missed."""
        doc, out = self.doc, []
        full = {norm_key(d.name): d.key for d in self.drafts.values() if d.kind == "PERSON" and " " in d.name}
        for _key, dkey in full.items():
            for m in re.finditer(r"\b" + re.escape(self.drafts[dkey].name) + r"\b", doc_text(doc)):
                span = doc.char_span(m.start(), m.end(), label="PERSON")
                if span is not None and not any(i in self.taken for i in range(span.start, span.end)):
                    self.add(self.drafts[dkey], span.start, span.end)
                    out.append((span, dkey))
        for tok in doc:
            dkey = surnames.get(tok.lower_)
            if dkey and tok.pos_ == "PROPN" and tok.i not in self.taken and not tok.ent_type_ and tok.text[0].isupper():
                self.add(self.drafts[dkey], tok.i, tok.i + 1)
                out.append((doc[tok.i:tok.i + 1], dkey))
        return out

    def titles(self, names: list[tuple[Span, str]], units: list[tuple[int, int]]) -> None:
        for ent, key in names:
            d = self.drafts.get(key)  # None when an earlier title absorbed it ('Governor Chris Christie')
            if d is None or d.kind != "PERSON":
                continue
            for span in (title_before(self.doc, ent.start, units, self.kb), appositive_title(self.doc, ent, self.kb)):
                if span is None:
                    continue
                s, e = span
                title = self.text(s, e)
                if title not in d.titles:
                    d.titles.append(title)
                    d.title_at.append(s)
                for tok in self.doc[s:e]:
                    d.title_words.add(tok.lemma_.lower())
                    owner = self.token_owner.get(tok.i)
                    od = self.drafts.get(owner) if owner else None
                    code = self.kb.demonym(tok.text) or (
                        self.kb.country_of_place(tok.text) if tok.ent_type_ in ("GPE", "LOC") else None)
                    if od is not None and od.kind in ("ORG", "MEDIA") and not od.key.startswith("gov:") and \
                            self.doc[od.token_mentions[0][0] - 1].lower_ not in ("for", "of") and (
                            od.key in self.acronym_keys.values() or self.kb.actor(od.name) or len(od.mentions) > 1):
                        if owner not in d.orgs:  # 'JUI-F chief X', 'Hamas leader X': the person's organisation
                            d.orgs.append(owner)
                        continue
                    if od is not None:  # a portfolio ('Minister for Defence') or a place inside the title
                        self.remove_mention(owner, s, e)
                    if code:
                        d.country_hints.append((code, f"title '{title}'"))
                if self.doc[s].i > 0 and self.doc[s - 1].tag_ == "POS" and s >= 2:  # "Pakistan's defence minister X"
                    code = self.kb.country_of_place(self.doc[s - 2].text)
                    if code:
                        d.country_hints.append((code, f"possessive '{self.doc[s - 2].text}'"))
                self.taken.update(range(s, e))
                sector = self.kb.agent(" ".join(t.lower_ for t in self.doc[s:e] if t.i not in self.token_owner))
                if sector is None:
                    words = [t.lower_ for t in self.doc[s:e]]
                    sector = next((x for w in reversed(words) if (x := self.kb.agent(w))), None)
                if sector and sector != "UNK":
                    d.sector_hints.append((sector, f"title '{title}'"))

    def roles(self) -> None:
        doc, kb = self.doc, self.kb
        for tok in doc:
            if tok.i in self.taken or not nounish(tok):
                continue
            m = role_mention(doc, tok, kb)
            if m is None:
                continue
            if any(i in self.taken for i in range(m.start, m.end) if doc[i].ent_type_ not in ("GPE", "NORP", "ORG", "LOC")):
                continue
            org_keys = []
            for s, e in m.orgs:
                od = self.drafts.get(self.token_owner.get(s, "")) if s in self.token_owner else None
                if od is None:
                    ent = doc[s:e]
                    od = self.draft(self.acronym_keys.get(norm_key(ent.text)) or self.name_key(ent), "ORG", ent.text)
                    od.names.append(ent.text)
                org_keys.append(od.key)
            head_lemma = tok.lemma_.lower()
            countries = list(dict.fromkeys(c for c, _ in m.countries))
            named = next((self.drafts[k] for c in tok.children if c.dep_ == "appos"
                          and (k := self.token_owner.get(c.i)) and self.drafts[k].kind == "PERSON"), None)
            if named is not None and not m.plural:  # 'the governor, Wanda Vázquez,': the role is the person
                title = self.text(m.start, m.end)
                named.titles.append(title)
                named.title_at.append(m.start)
                named.title_words.update(t.lemma_.lower() for t in doc[m.start:m.end])
                if m.sector != "UNK":
                    named.sector_hints.append((m.sector, f"appositive '{title}'"))
                named.country_hints += m.countries
                self.add(named, m.start, m.end)
                continue
            if len(countries) > 1:  # 'Hungarian and Romanian officials': one group per country
                self.split_by_country(m, tok)
                continue
            n_words = len(m.role_words.split())
            bare = all(t.pos_ == "ADJ" for t in doc[tok.i - n_words + 1:tok.i])
            if bare and (head_lemma in GOVERNMENT_NOUNS or tok.lower_ in GOVERNMENT_NOUNS):
                d = self.government(m, org_keys)
            elif not m.plural and (d := self.person_with_role(m, tok, org_keys, countries)):
                pass
            else:
                located = self.where_civilians_act(tok) if m.plural and not countries and m.sector in CIVILIAN \
                    else None
                if located is not None:
                    countries = [located[0]]
                    m.countries.append(located)
                key = f"group:{countries[0] if countries else ''}:{'+'.join(org_keys)}:{norm_key(m.role_words)}"
                if not m.plural:
                    key = key.replace("group:", "role:")
                kind = "GROUP" if m.plural else "PERSON" if person_like(tok.lemma_) else "ORG"
                d = self.draft(key, kind, self.role_name(m.start, m.end))
                d.role_words = m.role_words
                if d.kind == "PERSON" and not d.titles:
                    d.titles.append(self.text(m.start, m.end))
                    d.title_at.append(m.start)
                d.sector_hints.append((m.sector, f"role noun '{m.role_words}'"))
                d.country_hints += m.countries
                d.orgs += [k for k in org_keys if k not in d.orgs]
            self.add(d, m.start, m.end)

    def role_name(self, start: int, end: int) -> str:
        """'at least 1,991 delegates' -> 'delegates': the role phrase without articles and quantities."""
        toks = list(self.doc[start:end])
        while len(toks) > 1 and (toks[0].pos_ in ("DET", "NUM", "ADV", "ADP", "PRON") or toks[0].like_num
                                 or toks[0].lower_ in ("least", "most", "some", "several", "many", "few")):
            toks = toks[1:]
        return " ".join(t.text for t in toks)

    def split_by_country(self, m: RoleMention, head) -> None:
        doc, kb = self.doc, self.kb
        mods = [t for t in doc[m.start:head.i] if kb.demonym(t.text) or kb.country_of_place(t.text)]
        for n, tok in enumerate(mods):
            code = kb.demonym(tok.text) or kb.country_of_place(tok.text)
            key = f"group:{code}::{norm_key(m.role_words)}"
            d = self.draft(key, "GROUP", f"{tok.text} {m.role_words}")
            d.sector_hints.append((m.sector, f"role noun '{m.role_words}'"))
            d.country_hints.append((code, f"modifier '{tok.text}'"))
            end = head.i + 1 if n == len(mods) - 1 else tok.i + 1
            self.add(d, tok.i, end)

    def government(self, m: RoleMention, org_keys: list[str]) -> Draft:
        countries = [c for c, _ in m.countries]
        org_keys = [k for k in org_keys if k in self.drafts]
        for ok in org_keys:  # 'the Taliban government': the organisation governs in this article
            od = self.drafts[ok]
            od.sector_hints.append(("GOV", f"'{m.role_words}' of {od.name}"))
            entry = self.kb.actor(od.names[0] if od.names else od.name)
            code = entry.code_on(self.doc._.dl_date)[0] if entry else None
            if code and code.country and not countries:
                countries.append(code.country)
        if countries:
            code = countries[0]
            d = self.draft(f"gov:{code}", "ORG", f"Government of {self.kb.country_name(code)}")
            d.country_hints.append((code, m.countries[0][1] if m.countries else f"governing {self.drafts[org_keys[0]].name}"))
        elif self.dominant:  # 'the government' alone: the article's main country
            code = self.dominant
            d = self.draft(f"gov:{code}", "ORG", f"Government of {self.kb.country_name(code)}")
            d.country_hints.append((code, "unqualified government noun: the article's main country"))
        else:
            d = self.draft("gov:?", "ORG", "the government")
        d.sector_hints.append(("GOV", f"'{m.role_words}'"))
        return d

    def person_with_role(self, m: RoleMention, head, org_keys: list[str], countries: list[str]) -> Draft | None:
        """'the defence minister' -> the person titled '... Minister for Defence' (latest before it)."""
        words = {w for w in m.role_words.split()} | {head.lemma_.lower()}
        best = None
        for d in self.drafts.values():
            if d.kind != "PERSON" or not d.title_words or d.key.startswith("role:"):
                continue
            if head.lemma_.lower() not in d.title_words and head.lower_ not in d.title_words:
                continue
            if not words <= d.title_words | {head.lemma_.lower(), head.lower_}:
                continue
            if org_keys and not set(org_keys) & set(d.orgs):
                continue
            if countries and d.country_hints and not {c for c, _ in d.country_hints} & set(countries):
                continue
            if best is None or (d.first < m.start and (best.first > m.start or d.first > best.first)):
                best = d
        return best

    def capitals(self) -> None:
        """A capital as the agent of a verb ('Kabul is not ready to ...') stands for the government."""
        for ent in self.doc.ents:
            if ent.label_ != "GPE":
                continue
            code = self.kb.capital(ent.text)
            root = ent.root
            if not code or root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX"):
                continue
            verb = root.head
            if verb.lemma_ in LOCATIVE_VERBS:
                continue
            if verb.lemma_ == "be" and not any(c.dep_ == "acomp" for c in verb.children):
                continue
            d = self.draft(f"gov:{code}", "ORG", f"Government of {self.kb.country_name(code)}")
            d.sector_hints.append(("GOV", f"capital '{ent.text}' as agent (metonymy)"))
            d.country_hints.append((code, f"capital '{ent.text}'"))
            old = self.drafts.get(self.token_owner.get(ent.start, ""))
            if old is not None:  # move the mention from the city to the government
                span = (ent.start_char, ent.end_char)
                if span in old.mentions:
                    old.mentions.remove(span)
                    old.token_mentions = [t for t in old.token_mentions if t != (ent.start, ent.end)]
                if not old.mentions:
                    del self.drafts[old.key]
            self.add(d, ent.start, ent.end, metonymy=True)

    def media_contexts(self) -> None:
        """Organisations that are told things or interviewed are media ('told Geo News')."""
        for d in self.drafts.values():
            if d.kind != "ORG":
                continue
            for s, e in d.token_mentions:
                root = self.doc[s:e].root
                head = root.head
                if root.dep_ == "dobj" and head.lemma_ in MEDIA_VERBS or root.dep_ == "pobj" and \
                        head.lower_ in ("with", "to") and (head.head.lemma_ in MEDIA_VERBS or
                                                           head.head.lemma_ in MEDIA_NOUNS):
                    d.sector_hints.append(("JRN", f"'{head.text} {self.text(s, e)}' (told/interviewed)"))
                    d.kind = "MEDIA"
                    break

    def pronouns(self) -> None:
        doc = self.doc
        sents = list(doc.sents)
        sent_of = {}
        for n, s in enumerate(sents):
            for i in range(s.start, s.end):
                sent_of[i] = n

        def person_at(i: int) -> str | None:
            key = self.token_owner.get(i)
            return key if key and self.drafts[key].kind == "PERSON" else None

        for tok in doc:
            if tok.lower_ not in PRONOUNS or tok.pos_ != "PRON" or tok.i in self.taken:
                continue
            n = sent_of[tok.i]
            found = None
            root_subject = tok.dep_ == "nsubj" and tok.head.i == sents[n].root.i
            same = [] if root_subject else [i for i in range(sents[n].start, tok.i) if person_at(i)]
            subj = [i for i in same if doc[i].dep_ in ("nsubj", "nsubjpass")]
            if tok.dep_ == "poss" or tok.lower_ in ("him", "himself", "herself"):
                subj = subj or same  # 'X ... his': the nearest person before in the sentence
            if subj:
                found = person_at(subj[-1])
            for k in range(n - 1, max(-1, n - 6), -1):
                if found:
                    break
                s = sents[k]
                root_subj = [c.i for c in s.root.children if c.dep_ in ("nsubj", "nsubjpass") and person_at(c.i)]
                subj = [i for i in range(s.start, s.end) if doc[i].dep_ in ("nsubj", "nsubjpass") and person_at(i)]
                if root_subj or subj:
                    found = person_at((root_subj or subj)[0])
            if found:
                self.add(self.drafts[found], tok.i, tok.i + 1)

    def dominant_country(self) -> str | None:
        """The article's main country: the most mentioned one, if clearly ahead."""
        counts: Counter[str] = Counter()
        for ent in self.doc.ents:
            if ent.label_ in ("GPE", "NORP", "LOC"):
                code = self.kb.country_of_place(ent.text) or self.kb.demonym(ent.text)
                if code:
                    counts[code] += 1
        top = counts.most_common(2)
        if not top or len(top) > 1 and (top[0][1] < 2 or top[1][1] * 1.5 > top[0][1]):
            return None  # the only country named, or clearly the most named
        return top[0][0]
