"""Finding place mentions in a parsed Doc: entities, demonyms, "the X capital", gazetteer-matched names.

Each mention carries what the resolver needs from the text around it: a feature cue ("state",
"county", "city" ...) and, for "City, ST" / "City, Country" patterns, the span of its container.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..base import doc_text
from .gazetteer import Gazetteer, fold
from .world_regions import NO_COUNTRY_FEATURES

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words that say what kind of place a name is, before ("the city of X") or after ("X County").
CUE_WORDS: dict[str, str] = {
    "state": "state", "province": "province", "region": "province", "county": "county", "parish": "county",
    "district": "province", "governorate": "province", "prefecture": "province", "city": "city",
    "town": "city", "village": "city", "township": "city", "borough": "city", "capital": "city",
    "country": "country", "nation": "country", "republic": "country", "kingdom": "country",
}
# Titles and words that make a capitalised sequence a person or an organisation, not a place.
_STOP_FIRST = frozenset({"mr", "mrs", "ms", "dr", "st", "gov", "sen", "rep", "president", "judge", "coach"})
# Calendar words are capitalised proper nouns that are also town names (March, Cambridgeshire).
_CALENDAR = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday christmas easter""".split())
_CAPITAL_WORDS = frozenset({"capital"})
# Regions named by a direction alone (Cameroon's North, Botswana's Central) are too rarely meant by a
# capitalised direction word outside a place entity to be read so; nor is a cue word alone ("Republic").
_DIRECTION_NAMES = frozenset("""north south east west central northern southern eastern western northeast
northwest southeast southwest""".split())
CONTINENT_ADJECTIVES = {"African": "Africa", "European": "Europe", "Asian": "Asia", "Antarctic": "Antarctica",
                        "Oceanian": "Oceania", "North American": "North America",
                        "South American": "South America"}
TOWN_POPULATION = 5000  # a capitalised name outside a place entity is taken as a town from this size


@dataclass
class Mention:
    start: int  # character offsets into doc.text
    end: int
    text: str
    key: str  # the name to look up (the text without "the", possessive, cue words)
    kind: str = "name"  # name | demonym | capital
    cue: str | None = None  # state | province | county | city | country
    container: str | None = None  # "La." in "Alexandria, La."
    country_hint: str | None = None  # ISO2, for demonyms and "the Qatari capital"
    root: int = -1  # token index of the mention's head, for metonymy
    source: str = "ner"  # ner | gazetteer | dateline
    label: str = ""  # the NER label of the entity it came from


def find_mentions(doc: Doc, gaz: Gazetteer, scan_names: bool = True) -> list[Mention]:
    mentions: list[Mention] = []
    taken = bytearray(len(doc))
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    for ent in doc.ents:
        if (ent.label_ in ("GPE", "LOC", "PERSON", "ORG") and _trim(ent).text in gaz.demonyms
                and not gaz.lookup(_trim(ent).text)):
            made = _from_demonym(doc, ent, gaz)  # "Sri Lankan" misread as a place or a person
        elif ent.label_ in PLACE_LABELS:
            if len(ent) == 1 and ent.text in surnames and not gaz.lookup(ent.text):
                continue  # "Saakashvili" after "Mikheil Saakashvili": a person the model misread
            made = _from_place_entity(doc, ent, gaz)
        elif ent.label_ == "NORP":
            made = _from_demonym(doc, ent, gaz)
        elif ent.label_ in ("PERSON", "ORG") and len(ent) == 1 and ent.text not in surnames:
            made = _from_misread_entity(ent, gaz, towns=True)  # the small model tags many towns PERSON
        else:
            made = _from_misread_entity(ent, gaz) or _place_prefix(doc, ent, gaz)
        if made:
            mentions.extend(made)
        if made or ent.label_ in ("PERSON", "ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"):
            taken[ent.start:ent.end] = b"\x01" * (ent.end - ent.start)
    if scan_names:
        mentions.extend(_scan_proper_names(doc, gaz, taken))
    mentions.sort(key=lambda m: m.start)
    return _joined(doc, gaz, mentions)


_NEXT_WORDS = re.compile(r"(?: [A-Z][\w.'-]*){1,3}")


def _joined(doc: Doc, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """Two names side by side that together name one place the gazetteer knows ("Baja" "California",
    "Boa" "Vista"), or a name that runs on in capitalised words the model left out ("U.S." "Virgin
    Islands"): the model split the name."""
    out: list[Mention] = []
    text = doc_text(doc)
    for m in mentions:
        run = _NEXT_WORDS.match(text, m.end) if m.kind == "name" and not m.container else None
        if run is not None and not any(o.start < run.end() and m.end < o.end for o in mentions if o is not m):
            words = run.group(0).split(" ")[1:]
            cue = next((n for n, w in enumerate(words) if w.lower().rstrip(".") in CUE_WORDS), len(words))
            words = words[:cue]  # "Mayo County", "Texas State University": the cue stays a cue
            for n in range(len(words), 0, -1):
                end = m.end + sum(len(w) + 1 for w in words[:n])
                end -= text[end - 1] == "."  # "the U.S. Virgin Islands."
                if gaz.ids(fold(text[m.start:end])):
                    m = Mention(m.start, end, text[m.start:end], text[m.start:end], root=m.root, source=m.source,
                                label=m.label)
                    break
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == m.kind == "name" and not prev.container and m.start == prev.end + 1
                and text[prev.end] == " " and gaz.ids(fold(text[prev.start:m.end]))):
            joined = text[prev.start:m.end]
            out[-1] = Mention(prev.start, m.end, joined, joined, cue=m.cue, container=m.container, root=m.root,
                              source=prev.source, label=prev.label or m.label)
            continue
        out.append(m)
    return out


def _trim(span: Span) -> Span:
    """Drop a leading "the" and a trailing possessive or punctuation from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].text in ("'s", "\u2019s", "'", "\u2019") or doc[end - 1].is_punct
                           and doc[end - 1].text != "."):
        end -= 1
    return doc[start:end]


def _cue_near(doc: Doc, span: Span) -> str | None:
    """'X County' / 'X state' after the span or 'city of X' / 'state of X' before it."""
    if span.end < len(doc):
        nxt = doc[span.end].lower_
        if nxt in CUE_WORDS and nxt not in _CAPITAL_WORDS:
            return CUE_WORDS[nxt]
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in CUE_WORDS:
        return CUE_WORDS[doc[span.start - 2].lower_]
    last = doc[span.end - 1].lower_ if len(span) > 1 else ""
    return CUE_WORDS.get(last) if last not in _CAPITAL_WORDS else None


def _container_after(doc: Doc, span: Span, gaz: Gazetteer) -> tuple[str, Span] | None:
    """'Alexandria, La.' -> ('La.', span of 'La.'): a state or country right after a comma."""
    i = span.end
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    for width in (3, 2, 1):
        part = doc[i + 1:i + 1 + width]
        if len(part) < width or not part[0].text[:1].isupper():
            continue
        text = part.text
        if gaz.state_code(text) or _is_country(gaz, text):
            return text, part
    return None


def _is_country(gaz: Gazetteer, text: str) -> bool:
    """A country or a first-level region ("Scotland", "Ontario"): a container in "City, Region"."""
    return any(gaz.entries[i].feature in ("PCLI", "ADM1") for i in gaz.lookup(text))


def _from_place_entity(doc: Doc, ent: Span, gaz: Gazetteer) -> list[Mention]:
    span = _trim(ent)
    if not span.text:
        return []
    out: list[Mention] = []
    # One entity holding "City, ST" or "City, Country": split it into the place and its container.
    commas = [t.i for t in span if t.text == ","]
    if commas:
        head, tail = doc[span.start:commas[0]], doc[commas[-1] + 1:span.end]
        if head.text and tail.text and (gaz.state_code(tail.text) or _is_country(gaz, tail.text)):
            out.append(Mention(head.start_char, head.end_char, head.text, head.text, container=tail.text,
                               cue=_cue_near(doc, head), root=head.root.i))
            out.append(Mention(tail.start_char, tail.end_char, tail.text, tail.text, root=tail.root.i,
                               cue="state" if gaz.state_code(tail.text) else "country"))
            return out
    if len(span) > 1 and not gaz.lookup(span.text):
        span = _known_part(gaz, span)  # "Henderson County Jail" -> "Henderson County"
    container = _container_after(doc, span, gaz)
    out.append(Mention(span.start_char, span.end_char, span.text, _key(span), cue=_cue_near(doc, span),
                       container=container[0] if container else None, root=span.root.i, label=ent.label_))
    return out


def _known_part(gaz: Gazetteer, span: Span) -> Span:
    """The longest leading, else trailing, run of capitalised words of an unknown place entity that the
    gazetteer knows ("Newark Live Bait" -> "Newark", "Metro Nashville" -> "Nashville"); else the span.
    Local features ("Lake Lanier", "Chestatee River") keep their whole name."""
    if span[-1].lower_ in LOCAL_FEATURE_WORDS or span[0].lower_ in LOCAL_FEATURE_WORDS:
        return span
    for width in range(len(span) - 1, 0, -1):
        for part in (span[:width], span[len(span) - width:]):
            if all(t.text[:1].isupper() for t in part) and _known_place(gaz, part, strict=False):
                return part
    return span


# Words that end (or open) the name of a local feature the town gazetteer lacks.
LOCAL_FEATURE_WORDS = frozenset("""street st. st road rd. rd avenue ave. ave drive dr. boulevard blvd. lane
parkway highway route interstate freeway expressway bridge square plaza park river creek lake pond island
islands airport hospital school center centre hall church cemetery mall stadium valley mount port delta coast
basin plateau peninsula desert mountains hills""".split())


def _key(span: Span) -> str:
    return span.text


def _adjective_mention(tok, gaz: Gazetteer) -> Mention | None:
    """A demonym or continental adjective outside any entity."""
    end = tok.idx + len(tok)
    if tok.text in gaz.demonyms:
        return Mention(tok.idx, end, tok.text, tok.text, kind="demonym", country_hint=gaz.demonyms[tok.text],
                       root=tok.i, source="gazetteer")
    if tok.text in CONTINENT_ADJECTIVES:
        return Mention(tok.idx, end, tok.text, CONTINENT_ADJECTIVES[tok.text], root=tok.i, source="gazetteer")
    return None


def _from_demonym(doc: Doc, ent: Span, gaz: Gazetteer) -> list[Mention]:
    """'Afghan' -> Afghanistan; 'the Qatari capital' -> the capital city of Qatar."""
    span = _trim(ent)
    if span.text in CONTINENT_ADJECTIVES:
        return [Mention(span.start_char, span.end_char, span.text, CONTINENT_ADJECTIVES[span.text],
                        root=span.root.i)]
    country = gaz.demonyms.get(span.text) or gaz.demonyms.get(span.text.title())
    if country is None and len(span) > 1:  # "Syrian-Turkish border", "Israeli-Egyptian peace"
        parts = [t for t in span if t.text in gaz.demonyms]
        if parts:
            return [Mention(t.idx, t.idx + len(t), t.text, t.text, kind="demonym",
                            country_hint=gaz.demonyms[t.text], root=t.i) for t in parts]
    if country is None:
        # Some NORP entities are country names the model misread ("Pakistan's").
        return _from_misread_entity(span, gaz)
    if span.end < len(doc) and doc[span.end].lower_ in _CAPITAL_WORDS and gaz.capital(country) is not None:
        end_tok = doc[span.end]
        text = doc_text(doc)[span.start_char:end_tok.idx + len(end_tok)]
        return [Mention(span.start_char, end_tok.idx + len(end_tok), text, text, kind="capital",
                        country_hint=country, root=end_tok.i)]
    return [Mention(span.start_char, span.end_char, span.text, span.text, kind="demonym",
                    country_hint=country, root=span.root.i)]


def _from_misread_entity(ent: Span, gaz: Gazetteer, towns: bool = False) -> list[Mention]:
    """An entity of another label whose whole text is a country or US state (with ``towns``: or a town
    of some size) is a place after all."""
    span = _trim(ent)
    if not span.text or (towns and not span.text[:1].isupper()):
        return []
    for i in gaz.lookup(span.text):
        e = gaz.entries[i]
        if (e.feature == "PCLI" or (e.feature == "ADM1" and e.country == "US")
                or (towns and e.population >= TOWN_POPULATION and fold(e.name) == fold(span.text))):
            return [Mention(span.start_char, span.end_char, span.text, span.text, root=span.root.i,
                            cue=_cue_near(span.doc, span), source="gazetteer")]
    return []


def _place_prefix(doc: Doc, ent: Span, gaz: Gazetteer) -> list[Mention]:
    """'the Mansfield Police Department' -> 'Mansfield': an organisation named after its place."""
    span = _trim(ent)
    if len(span) < 2 or ent.label_ not in ("ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"):
        return []
    for width in range(min(len(span) - 1, 4), 0, -1):
        head = span[:width]
        if all(t.text[:1].isupper() for t in head) and _known_place(gaz, head, strict=False):
            return [Mention(head.start_char, head.end_char, head.text, head.text, root=head.root.i,
                            cue=_cue_near(doc, head), source="gazetteer")]
    return []


def _scan_proper_names(doc: Doc, gaz: Gazetteer, taken: bytearray) -> list[Mention]:
    """Runs of capitalised proper nouns the NER missed, kept when the gazetteer knows them as a place."""
    out: list[Mention] = []
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        if not taken[i] and tok.pos_ in ("ADJ", "PROPN") and tok.text[:1].isupper():
            adjective = _adjective_mention(tok, gaz)  # "Turkish" in "the Syrian-Turkish border"
            if adjective is not None:
                out.append(adjective)
                i += 1
                continue
        if taken[i] or not (tok.pos_ == "PROPN" or tok.is_upper) or not tok.text[:1].isupper():
            i += 1
            continue
        j = i
        while j < n and not taken[j] and (doc[j].pos_ == "PROPN" or doc[j].is_upper) and doc[j].text[:1].isupper():
            j += 1
        span = doc[i:j]
        if _is_dateline(doc, span):  # "MANSFIELD -- The city council ..."
            if gaz.ids(fold(span.text)):
                out.append(Mention(span.start_char, span.end_char, span.text, span.text, root=span.root.i,
                                   source="dateline"))
            i = j
            continue
        first = span[0].lower_.rstrip(".")
        if first not in _STOP_FIRST and first not in _CALENDAR and _known_place(gaz, span):
            out.append(Mention(span.start_char, span.end_char, span.text, span.text, root=span.root.i,
                               cue=_cue_near(doc, span), source="gazetteer"))
        i = j
    return out


_DATELINE_MARKS = frozenset({"—", "--", "-", "–", ":", "(", ","})


def _is_dateline(doc: Doc, span: Span) -> bool:
    """An upper-case place name opening a paragraph or sentence, followed by a dash or colon."""
    if not span.text.isupper() or len(span.text) < 3 or span.end >= len(doc):
        return False
    first = span[0]
    opens = first.is_sent_start or first.i == 0 or "\n" in doc[first.i - 1].text
    return opens and doc[span.end].text in _DATELINE_MARKS


def _known_place(gaz: Gazetteer, span: Span, strict: bool = True) -> bool:
    """Countries, US states and counties, and towns big enough that a capitalised match is a fair bet."""
    if len(span) == 1 and ((strict and span[0].is_sent_start) or len(span.text) < 3
                           or span[0].lower_ in _DIRECTION_NAMES or span[0].lower_ in CUE_WORDS):
        return False  # "Central" Mental Hospital, "the Republic": a word, not Botswana's or Missouri's
    for i in gaz.ids(fold(span.text)):
        e = gaz.entries[i]
        if e.feature in ("PCLI", "CONT") or e.feature in NO_COUNTRY_FEATURES or (
                e.country == "US" and e.feature in ("ADM1", "ADM2")):
            return True
        if e.population >= TOWN_POPULATION and fold(e.name) == fold(span.text):
            return True
    return False
