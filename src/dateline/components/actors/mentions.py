"""Finding actor mentions in a parsed Doc: names, acronym definitions, titles, role nouns, pronouns.

Everything here works on token attributes (POS, dependency, entity labels) and dict lookups in the KB;
nothing is specific to any article. Spans are token index ranges ``[start, end)`` in the Doc.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..base import doc_text
from .kb import KnowledgeBase, norm_key

NAME_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "GPE", "NORP": "NORP", "FAC": "ORG"}

# Words that make a pre-name phrase a title even when the agent dictionaries do not list them.
TITLE_WORDS = frozenset({
    "chief", "founder", "co-founder", "leader", "head", "chairman", "chairwoman", "chairperson", "chair",
    "spokesman", "spokeswoman", "spokesperson", "president", "minister", "secretary", "general", "commander",
    "governor", "mayor", "ambassador", "envoy", "senator", "premier", "king", "queen", "prince", "director",
    "editor", "correspondent", "deputy", "adviser", "advisor", "official", "officer", "lawmaker", "judge",
    "prosecutor", "representative", "member", "coordinator", "emir", "sheikh", "cleric", "imam", "bishop",
    "pope", "negotiator", "mediator", "counsel", "attorney", "colonel", "lieutenant", "major",
    "captain", "sergeant", "admiral", "marshal", "brigadier", "inspector", "superintendent", "commissioner",
})
# Connectors allowed inside a title ('Minister for Defence', 'Secretary of State').
TITLE_LINKS = frozenset({"for", "of", "-", "&"})  # not "and": 'between Syria and Palestinian leader X'
# Connectors allowed inside an acronym's long form ('Voice of America', 'Tehreek-e-Taliban').
LONG_FORM_LINKS = frozenset({"of", "the", "for", "and", "e", "i", "ul", "al", "el", "de", "la", "du", "des",
                             "del", "da", "di", "y", "et", "-", "&", "on", "in", "der", "van", "von"})
GOVERNMENT_HEADS = frozenset({"government", "authorities", "authority", "administration", "regime", "cabinet"})
_NP_MODIFIERS = frozenset({"det", "amod", "compound", "poss", "case", "nummod", "quantmod", "advmod", "cc", "conj",
                           "nmod", "punct", "predet", "npadvmod"})
_PERSON_SUFFIXES = ("er", "or", "ist", "man", "woman", "person", "ian", "ant", "ent", "ee", "ary", "al", "ive")
PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})

_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z]*(?:[-.][A-Za-z]+)*)\s*\)")


@dataclass
class RoleMention:
    """A role-noun phrase ('the defence minister', 'Afghan officials'); token indices [start, end)."""

    start: int
    end: int
    role_words: str  # the agent noun phrase ('defence minister')
    sector: str  # its sector from the agent dictionaries ('UNK' for a bare title word)
    key: str = ""  # normalised text
    countries: list[tuple[str, str]] = field(default_factory=list)  # (ISO3, evidence) from modifiers
    orgs: list[tuple[int, int]] = field(default_factory=list)  # token spans of organisations modifying it
    plural: bool = False
    definite: bool = False


def stance_prefixed(doc: Doc, i: int) -> bool:
    """Token i names a country only as the object of a stance: 'pro-Iranian', 'anti-Syria' (the actor so
    described is not of that country)."""
    tok = doc[i]
    if tok.lower_.startswith(("pro-", "anti-")) or tok.lower_ in ("pro", "anti") and i + 1 < len(doc) and \
            doc[i + 1].text == "-":
        return True
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("pro", "anti")


def nounish(tok: Token) -> bool:
    """A common noun, or one the tagger capitalised into a proper noun ('Rebels seized ...', 'Government')."""
    return tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and (tok.lower_ in GOVERNMENT_HEADS or (
        not tok.ent_type_ and tok.is_sent_start))


def person_like(noun: str) -> bool:
    """Whether a singular role noun names a person ('minister', 'official') rather than a body ('army')."""
    noun = noun.lower()
    return noun in TITLE_WORDS or noun.endswith(_PERSON_SUFFIXES) and noun not in ("government", "parliament")


def initials(tokens: list[Token]) -> str:
    out = []
    for tok in tokens:
        for part in re.split(r"[-–]", tok.text):
            if part[:1].isupper():
                out.append(part[0])
    return "".join(out)


def acronym_definitions(doc: Doc) -> list[tuple[Span, Span]]:
    """'Tehreek-e-Taliban Pakistan (TTP)' -> (long form, acronym), checked by matching initials."""
    out = []
    for m in _ACRONYM.finditer(doc_text(doc)):
        letters = "".join(ch for ch in m.group(1) if ch.isupper())
        if len(letters) < 2:
            continue
        acr = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if acr is None or acr.start == 0:
            continue
        i = acr.start - 1
        while i >= 0 and doc[i].text == "(":
            i -= 1
        end, lo = i + 1, max(0, i - 14)
        best = None
        while i >= lo:
            tok = doc[i]
            if tok.is_sent_start and i < end - 1 and not tok.text[:1].isupper():
                break
            if not (tok.text[:1].isupper() or tok.lower_ in LONG_FORM_LINKS):
                break
            if tok.text[:1].isupper() and initials(list(doc[i:end])) == letters:
                best = i
            i -= 1
        if best is not None:
            out.append((doc[best:end], acr))
    return out


def title_before(doc: Doc, start: int, units: list[tuple[int, int]], kb: KnowledgeBase) -> tuple[int, int] | None:
    """Token span of a title written right before a name: 'Federal Minister for Defence', 'JUI-F chief'."""
    i = start - 1
    left = start
    sent_start = doc[start].sent.start
    while i >= sent_start:
        tok = doc[i]
        unit = next((u for u in units if u[0] <= i < u[1]), None)
        if unit is not None:  # an organisation (and its acronym) inside the title
            i = unit[0] - 1
            left = unit[0]
            continue
        if tok.text == ")" or tok.text == "(":
            unit = next((u for u in units if u[1] in (i, i + 1) or u[1] + 1 == i), None)
            if unit is None:
                break
            i = unit[0] - 1
            left = unit[0]
            continue
        if tok.ent_type_ == "PERSON" or tok.pos_ in ("DET", "PRON", "VERB", "AUX", "NUM", "PART") or (
                tok.is_punct and tok.text not in ("-", "&")):
            break
        if tok.pos_ in ("ADP", "CCONJ") and tok.lower_ not in TITLE_LINKS:
            break
        if tok.pos_ not in ("PROPN", "NOUN", "ADJ", "ADP", "CCONJ", "PUNCT"):
            break
        left = i
        i -= 1
    while left < start and (doc[left].lower_ in TITLE_LINKS or doc[left].is_punct or (
            doc[left].pos_ == "NOUN" and doc[left].lower_ not in TITLE_WORDS and not kb.agent(doc[left].lower_))):
        left += 1  # 'funeral of | Iranian commander General X': the title starts at a title-like word
    if left >= start:
        return None
    words = [t.lower_ for t in doc[left:start]]
    if any(w in TITLE_WORDS for w in words) or kb.agent(" ".join(words)) not in (None, "UNK"):
        return left, start
    return None


def appositive_title(doc: Doc, ent: Span, kb: KnowledgeBase) -> tuple[int, int] | None:
    """'Khawaja Asif, the defence minister,' -> the appositive noun phrase when it names a role."""
    for tok in ent.root.children:
        if tok.dep_ == "appos" and tok.i >= ent.end and tok.pos_ == "NOUN":
            left = tok.left_edge.i
            words = [t.lower_ for t in doc[left:tok.i + 1] if t.pos_ in ("NOUN", "ADJ", "PROPN")]
            if tok.lower_ in TITLE_WORDS or kb.agent(" ".join(words)) not in (None, "UNK"):
                return left, tok.i + 1
    return None


def role_head_words(doc: Doc, head: Token) -> tuple[int, list[str]]:
    """The agent noun phrase ending at ``head``: its compound/adjective modifiers that are not names."""
    i = head.i - 1
    while i >= 0 and doc[i].head.i in range(i + 1, head.i + 1) and doc[i].dep_ in ("compound", "amod") \
            and not doc[i].ent_type_ and doc[i].pos_ in ("NOUN", "ADJ", "PROPN", "VERB"):
        i -= 1
    return i + 1, [t.lower_ for t in doc[i + 1:head.i + 1]]


def entity_at(doc: Doc, i: int, starting: bool = True) -> Span | None:
    """The entity covering token i (starting there, unless ``starting`` is False).

    Indexed once per Doc: ``doc.ents`` builds every Span on each access, which made role mentions
    quadratic on long documents.
    """
    key = ("dateline", "actors", "entity_by_token")
    by_token = doc.user_data.get(key)
    if by_token is None:
        by_token = {t: ent for ent in doc.ents for t in range(ent.start, ent.end)}
        doc.user_data[key] = by_token
    ent = by_token.get(i)
    return ent if ent is not None and (not starting or ent.start == i) else None


def role_mention(doc: Doc, head: Token, kb: KnowledgeBase) -> RoleMention | None:
    """A role-noun mention ('the defence minister', 'Afghan officials', 'Taliban authorities') or None."""
    if not nounish(head) or head.dep_ in ("compound", "amod") or \
            head.ent_type_ == "PERSON" or head.ent_type_ == "ORG" and head.lower_ not in GOVERNMENT_HEADS:
        return None
    first, words = role_head_words(doc, head)
    sector = None
    while words:
        sector = kb.agent(" ".join(words))
        if sector or kb.agent(head.lemma_) is None:
            break
        words = words[1:]
        first += 1
    if sector is None:
        sector = kb.agent(head.lemma_)
        words, first = [head.lower_], head.i
    if sector is None and head.lemma_.lower() in TITLE_WORDS:  # 'the founder': a role without a sector
        sector = "UNK"
    if sector is None:
        return None
    left = first
    while left > 0 and doc[left - 1].dep_ in _NP_MODIFIERS and doc[left - 1].pos_ not in ("VERB", "AUX") and \
            head.left_edge.i <= left - 1:
        left -= 1  # the noun phrase's own modifiers, not a clause the parser attached to it
    start = left
    m = RoleMention(start, head.i + 1, role_words=" ".join(words), sector=sector)
    m.plural = head.tag_ in ("NNS", "NNPS")
    for tok in doc[left:head.i]:  # role words too: 'Ghanaian authorities' may be one agent entry
        if stance_prefixed(doc, tok.i):
            continue
        if tok.dep_ == "poss" or tok.tag_ == "POS":
            start = tok.i + 1  # the mention starts after a possessor ("Pakistan's | defence minister")
        if tok.lower_ in ("the", "this", "that") and tok.head.i == head.i:
            m.definite = True
        if tok.ent_type_ in ("GPE", "NORP", "LOC"):
            if tok.ent_iob_ == "B":
                ent = entity_at(doc, tok.i)
                code = ent is not None and (kb.demonym(ent.text) or kb.country_of_place(ent.text))
                if code:
                    m.countries.append((code, f"modifier '{ent.text}'"))
        elif kb.demonym(tok.text):
            m.countries.append((kb.demonym(tok.text), f"modifier '{tok.text}'"))
        elif tok.ent_type_ == "ORG" and tok.ent_iob_ == "B":
            ent = entity_at(doc, tok.i)
            if ent is not None:
                m.orgs.append((ent.start, ent.end))
    located = []
    for child in head.rights:  # 'the government of Pakistan', 'the president of Armenia', 'rebels in Darfur'
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "from", "at"):
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                ent = entity_at(doc, obj.i, starting=False)
                ent = ent if ent is not None and ent.label_ in ("GPE", "LOC") else None
                name = ent.text if ent is not None else obj.text
                code = kb.country_of_place(name) or (kb.demonym(name) if child.lower_ == "of" else None)
                if code:
                    (m.countries if child.lower_ == "of" else located).append((code, f"'{head.text} {child.text} {name}'"))
    m.countries += located  # where a group is comes after what it is called
    m.start = max(start, left)
    m.key = norm_key(" ".join(t.text for t in doc[m.start:m.end] if t.pos_ != "DET"))
    return m
