"""Which words name the speaker: repairs of the subject the parse rules pick for a cue, and speakers for
quotations that a colon introduces.

Parse slips around quotation marks and participles are common in news ('"A. B," said X' with a subject
inside the quotation, "a statement calling for", "responded by saying", "WASHINGTON (AP) — X said");
``refine_speakers`` repairs them on the candidates before quotations are linked. ``colon_speakers``
gives a cue-less quotation after a colon ("... - Jane Doe: “...”") the name before the colon.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from .cues import CUE_VERBS
from .reported import Candidate, doc_text, find_subject, sentence_of, speaker_tokens, token_span


def refine_speakers(doc: Doc, candidates: list[Candidate], inside_quote: bytearray) -> None:
    """Repairs the subject the parse rule picked for a cue, in place (see ``_better_subject``)."""
    datelines = _datelines(doc_text(doc))
    for cand in candidates:
        if cand.cue_token < 0 or not cand.cue:
            continue
        _refine(doc, cand, inside_quote)
        if datelines and cand.speaker and _inside(datelines, *cand.speaker[0]):
            after = _after_dateline(doc, datelines, cand.speaker[0][0])
            if after is not None:
                cand.speaker, cand.antecedent = [list(after)], list(after)


def _refine(doc: Doc, cand: Candidate, inside_quote: bytearray) -> None:
    cue = doc[cand.cue_token]
    if cand.cue[0][0] > cue.idx or cand.cue[0][1] < cue.idx + len(cue.text) or inside_quote[cue.idx]:
        return
    subject: Token | tuple[int, int] | object | None = False
    if cand.sourceless:
        subject = _sourceless_subject(cue)
        if isinstance(subject, Token):  # the subject speaks: it is no longer part of what is reported
            cand.content = [c for c in cand.content if not c[0] <= subject.idx < c[1]] or cand.content
    elif cue.pos_ in ("VERB", "AUX"):
        subject = _better_subject(cue, cand, inside_quote)
    elif cue.pos_ == "NOUN":
        subject = _noun_cue_subject(cue, cand)
    if subject is False:
        return
    cand.sourceless = subject is _NO_SOURCE
    if subject is None or subject is _NO_SOURCE:
        cand.speaker, cand.antecedent = [], None
    elif isinstance(subject, tuple):
        cand.speaker, cand.antecedent = [list(subject)], list(subject)
    else:
        cand.speaker = [token_span(speaker_tokens(subject))]
        cand.antecedent = [subject.idx, subject.idx + len(subject.text)]
    cand.speaker = [_cut_at_dash(doc_text(doc), *cand.speaker[0], cand.antecedent)] if cand.speaker else []


def _sourceless_subject(cue: Token) -> Token | bool:
    """'X appeared to suggest that ...', 'X claims that ...' (a verb the parser tagged as a noun): the
    subject is the speaker after all."""
    if cue.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "xcomp" and c.lemma_.lower() in CUE_VERBS for c in cue.children):
            subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.lower_ not in ("it", "there")]
            return subjects[0] if subjects else False
    if cue.pos_ == "NOUN":
        subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.lower_ not in ("it", "there")]
        if not subjects and cue.dep_ == "ROOT":  # "Trump claims that ...": the name hangs on as a compound
            subjects = [c for c in cue.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not subjects:
            subjects = _noun_agent(cue)
        return subjects[0] if subjects else False
    return False


_DASHES = ("―", "—", "–", "--")

# A wire dateline opening a paragraph: "WASHINGTON (AP) — ", "PHILADELPHIA, July 25 (UPI) — ",
# "New York (AFP) – ", "WASHINGTON -- ".
_DATELINE = re.compile(r"^[ \t]*(?:[A-Z][^\n()—–]{0,40}\([A-Za-z .&-]{1,25}\)|[A-Z][A-Z .'’-]{2,30}(?:,[^\n()—–]{1,20})?)"
                       r"[ \t]*(?:—|–|--|-)[ \t]*", re.MULTILINE)


def _datelines(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _DATELINE.finditer(text)]


_NOUN_PHRASE_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PART", "CCONJ"})


def _after_dateline(doc: Doc, datelines: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence after the dateline holding ``at``."""
    end = next(e for s, e in datelines if s <= at < e)
    span = doc.char_span(end, end + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    i = span[0].i
    j = i
    while j < len(doc) and doc[j].pos_ in _NOUN_PHRASE_POS and doc[j].text not in ("'s", "’s"):
        j += 1
    while j > i and doc[j - 1].pos_ in ("CCONJ", "DET", "ADJ", "PART"):
        j -= 1
    return (doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)) if j > i else None


def _cut_at_dash(text: str, start: int, end: int, head: list[int] | None) -> list[int]:
    """A speaker span never runs over a dash: keep the side holding the head word."""
    at = head[0] if head else start
    for dash in _DASHES:
        i = text.find(dash, start, end)
        while i >= 0:
            if i < at:
                start = i + len(dash)
            else:
                end = i
                break
            i = text.find(dash, start, end)
    while start < end and text[start] in " ,":
        start += 1
    while end > start and text[end - 1] in " ,":
        end -= 1
    return [start, end]


_NO_SOURCE = object()  # the cue names no source, and none is to be inherited
def _better_subject(verb: Token, cand: Candidate, inside_quote: bytearray) -> Token | tuple[int, int] | object | None:
    """A replacement subject for a verb cue, None to drop the speaker, False to keep the candidate's:
    - a subject inside quoted words is the quoted speaker's own ("'We will win,' Smith said" may parse
      "We" as a subject of "said"): another subject outside the quotation, else none (so the quote
      continues the previous speaker);
    - a dateline the parser took for the subject ("WASHINGTON -- President Obama ... said") gives way to
      the name set beside it;
    - a participle that modifies a person speaks for that person ("footage of Clinton asking ..."); one
      that modifies a thing speaks for whoever made it ("issued a statement calling for ...");
    - a participle under a preposition borrows the subject of the verb it qualifies ("responded by saying");
    - a cue the parse left without a subject takes the nearest subject up its chain of heads ("In addition
      to stating ..., Clinton has vowed"), else, when finite, the noun right before it ("..., former
      president Bill Clinton said his wife ...", with the name parsed as an apposition)."""
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in verb.children):
        return _NO_SOURCE  # "Asked about the delay, the minister said ...": the asker is not named
    if not cand.speaker or inside_quote[cand.speaker[0][0]]:
        adjacent = _beside_quotation(verb, inside_quote)
        if adjacent is not None:
            return adjacent
    if cand.speaker and inside_quote[cand.speaker[0][0]]:
        outside = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not inside_quote[c.idx]]
        return outside[0] if outside else None
    if cand.speaker:
        subject = find_subject(verb)
        if subject is not None and _is_dateline(subject):
            named = [c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]
            return named[0] if named else False
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        noun = verb.head
        if _names_someone(noun):
            return noun
        issuer = _governing_subject(noun)
        return issuer if issuer is not None else noun
    if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP" and verb.head.head.pos_ in ("VERB", "AUX"):
        subject = find_subject(verb.head.head)
        return subject if subject is not None else False
    subject = _clause_subject(verb, inside_quote)  # "In addition to stating ...", "ready to riff, telling ..."
    if subject is not None:
        return subject
    if verb.tag_ in ("VBD", "VBZ", "VBP") and verb.i > 0:
        left = verb.doc[verb.i - 1]  # "..., former president Bill Clinton said his wife ...": an apposition
        if left.pos_ in ("PROPN", "NOUN") and not inside_quote[left.idx]:
            return left
    return False


_CLOSING_MARKS = frozenset({'"', "”", "’", "''", "»"})
_NAME_END = frozenset({",", ".", ";", ":", "(", "—", "–", "―", "--", "!", "?"})
MAX_SPEAKER_TOKENS = 12


def _clause_subject(verb: Token, inside_quote: bytearray) -> Token | None:
    """The nearest subject up the participle's chain of heads, within its sentence and outside quotations."""
    current = verb
    for _ in range(MAX_CLIMB):
        if current.head is current:
            return None
        current = current.head
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i
                    and not inside_quote[c.idx] and c.lower_ not in ("it", "there", "that", "which")]
        if subjects:
            return subjects[0]
    return None


MAX_CLIMB = 5


def _beside_quotation(verb: Token, inside_quote: bytearray) -> tuple[int, int] | None:
    """The words between a closing quotation mark and the cue ('..." Tulsa police Chief Jordan said') or
    right after a cue that follows the mark ('...," said James Acton, a physicist'), whatever the parse
    made of them."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and verb.i - i <= MAX_SPEAKER_TOKENS and not inside_quote[doc[i].idx] \
            and doc[i].text not in _CLOSING_MARKS and (doc[i].pos_ not in ("VERB", "AUX", "PUNCT")
                                                       or doc[i].text[:1].isupper() or doc[i].text == ","):
        i -= 1
    if i >= 0 and i < verb.i - 1 and doc[i].text in _CLOSING_MARKS:
        return _named(doc[i + 1:verb.i])
    before = verb.i - 1
    if before >= 0 and doc[before].text == "," and before > 0:
        before -= 1
    if before < 0 or doc[before].text not in _CLOSING_MARKS:
        return None
    j = verb.i + 1
    while j < len(doc) and j - verb.i <= MAX_SPEAKER_TOKENS and doc[j].text not in _NAME_END \
            and not inside_quote[doc[j].idx] and (doc[j].pos_ not in ("VERB", "AUX") or doc[j].text[:1].isupper()):
        j += 1
    return _named(doc[verb.i + 1:j])


def _named(tokens: Span) -> tuple[int, int] | None:
    """The span of a noun phrase, if ``tokens`` is one (ends in a noun, name or pronoun); an aside after a
    comma may follow it ("Ramos, 58,")."""
    nouns = [t for t in tokens if t.pos_ in ("NOUN", "PROPN", "PRON")]
    if not nouns or tokens[0].text == ",":
        return None
    return tokens.start_char, nouns[-1].idx + len(nouns[-1].text)



def _noun_cue_subject(noun: Token, cand: Candidate) -> Token | None | bool:
    """A noun cue used as a verb by the parser ("Trump claims that ...": the noun has a subject), and an
    owned noun cue that is the object of its owner's own act ("Clinton laid out her proposals for ..."):
    the acting subject speaks, as for the verb."""
    subjects = [c for c in noun.children if c.dep_ == "nsubj"]
    if subjects and not cand.speaker:
        return subjects[0]
    agents = _noun_agent(noun) if not cand.speaker else []
    if agents:
        return agents[0]
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners and owners[0].lower_ in _POSSESSIVE_PRONOUNS:
        subject = _governing_subject(noun)
        if subject is not None and subject.lower_ not in ("it", "there", "that", "which", "who"):
            return subject
    return False


def _noun_agent(noun: Token) -> list[Token]:
    """'warnings from his attorney that ...', 'the decision by the FBI to ...': the agent of a noun cue."""
    return [o for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("from", "by")
            for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "my", "our", "your"})


def _governing_subject(noun: Token) -> Token | None:
    """The subject of the verb whose object (or prepositional object) ``noun`` is."""
    head = noun
    for _ in range(3):
        if head.dep_ not in ("dobj", "pobj", "prep", "dative", "attr", "oprd"):
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return find_subject(head)
    return None


def _names_someone(noun: Token) -> bool:
    return noun.pos_ == "PROPN" or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def _is_dateline(token: Token) -> bool:
    return len(token.text) > 2 and token.text.isupper() and token.i == token.sent.start


_OPENING_MARKS = "\"“‘'«„ \t\n"
_NAMED_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def colon_speakers(doc: Doc, drafts: list[Any]) -> None:
    """A quotation with no cue that a colon introduces ("... - Jeffrey M. Jones: “...”", "She then turned
    to the crowd:\\n\\n“...”") belongs to the name right before the colon, else to the subject of the
    sentence the colon ends (else the sentence itself when it is a bare noun phrase, "From the report:").
    The colon becomes the cue. Drafts are the extractor's: ``content``, ``cue``, ``speaker``,
    ``antecedent``, ``kind``."""
    text = doc_text(doc)
    for d in drafts:
        if d.cue or d.speaker or d.kind != "direct":
            continue
        i = d.content[0][0]
        while i > 0 and text[i - 1] in _OPENING_MARKS:
            i -= 1
        if i == 0 or text[i - 1] != ":" or text.count("\n", i, d.content[0][0]) > 2:
            continue
        colon = doc.char_span(i - 1, i, alignment_mode="expand")
        if colon is None or len(colon) != 1:
            continue
        found = _colon_source(colon[0])
        if found is not None:
            d.speaker, d.antecedent, d.cue = [list(found)], list(found), [[i - 1, i]]


def _colon_source(colon: Token) -> tuple[int, int] | None:
    doc = colon.doc
    if colon.i == 0:
        return None
    last = doc[colon.i - 1]
    if last.ent_type_ in _NAMED_ENTITIES or last.pos_ == "PROPN":
        start = colon.i - 1
        while start > 0 and (doc[start - 1].ent_iob_ == "I" and last.ent_type_ or doc[start - 1].pos_ == "PROPN"
                             and not last.ent_type_) and doc[start - 1].sent == last.sent:
            start -= 1
        if last.ent_type_:
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
        span = doc[start:colon.i]
        if span[0].ent_type_ not in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"):
            return span.start_char, span.end_char
    sent = sentence_of(doc, colon.i)
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < colon.i]
    if subjects:
        start, end = token_span(speaker_tokens(subjects[0]))
        return start, end
    if root.pos_ in ("NOUN", "PROPN") and root.i < colon.i:
        start, end = token_span(speaker_tokens(root))
        return start, end
    return None


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]
