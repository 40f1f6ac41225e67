"""Speaker resolution at document level, through the actors component.

The mention is looked up with ``actor_covering``. A singular personal pronoun ("he", "she") goes to the
nearest earlier person first: a resolved speaker or a PERSON mention that is not inside quoted content (so
"Imran Khan" inside what Asif said does not become the next "he"); a role description ("the minister") that
no actor covers falls back the same way.
Anonymous and collective speakers ("diplomatic sources", "officials") keep their own words as the name.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from ..base import actor_covering
from .cues import PRONOUNS, SINGULAR_PERSON_PRONOUNS
from .reported import Candidate, doc_text, find_subject, speaker_tokens, token_span

# Singular nouns for a person's office or role (common dictionary vocabulary), for "the minister said".
ROLE_NOUNS = frozenset("""
minister president premier secretary spokesman spokeswoman spokesperson senator governor candidate chief
leader official mayor chairman chairwoman chair director ambassador envoy general commander lawyer attorney
judge nominee congressman congresswoman representative lawmaker legislator king queen prince emperor
chancellor diplomat adviser advisor aide founder ceo executive manager coach captain mother father wife
husband son daughter brother sister author writer professor doctor officer sheriff prosecutor detective
speaker commissioner administrator head deputy vice-president activist analyst economist expert witness
pastor bishop pope cleric imam rabbi priest physician scientist researcher owner pilot driver victim suspect
""".split())
_DEFINITE = re.compile(r"^(?:the|this|that)\s+(?:[\w'’-]+\s+){0,3}?([a-z][\w-]*)$", re.IGNORECASE)


def is_pronoun(mention: str) -> bool:
    return mention.strip().lower() in PRONOUNS


def is_role_description(mention: str) -> bool:
    match = _DEFINITE.match(mention.strip())
    return bool(match) and match.group(1).lower() in ROLE_NOUNS and not any(c.isupper() for c in mention[1:])


class SpeakerResolver:
    """Resolves speaker mentions in document order; remembers resolved persons for later pronouns."""

    def __init__(self, doc: Doc, quoted_content: list[tuple[int, int]]) -> None:
        self.doc = doc
        actors = doc._.dl_actors or []
        self.actors = {a.id: a for a in actors}
        content = sorted(quoted_content)
        persons = []
        for s, e, actor_id in doc._.dl_actor_index or ():
            actor = self.actors.get(actor_id)
            if actor is not None and actor.kind == "PERSON" and not _inside(content, s, e):
                persons.append((s, actor_id))
        self.persons = sorted(persons)
        self.person_starts = [p[0] for p in self.persons]
        self.speakers: list[tuple[int, str]] = []  # (mention start, actor id) of resolved person speakers

    def resolve(self, start: int, end: int, head: tuple[int, int] | None = None) -> tuple[str | None, str | None]:
        """(speaker_name, speaker_actor) for the mention [start, end) whose head word is ``head``."""
        mention = doc_text(self.doc)[start:end]
        actor_id = None
        if self._pronoun_fallback(mention):  # who is speaking: quoted content does not count
            actor_id = self._nearest_person(start)
        if actor_id is None and head:
            actor_id = actor_covering(self.doc, *head)
        actor_id = actor_id or actor_covering(self.doc, start, end)
        if actor_id is None and is_role_description(mention):
            actor_id = self._nearest_person(start)
        if actor_id is None:
            return (None if is_pronoun(mention) else " ".join(mention.split())), None
        actor = self.actors.get(actor_id)
        if actor is not None and (actor.kind == "PERSON" or _looks_like_person(actor.name, actor.kind)):
            self.speakers.append((start, actor_id))
        return (actor.name if actor is not None else " ".join(mention.split())), actor_id

    @staticmethod
    def _pronoun_fallback(mention: str) -> bool:
        return mention.strip().lower() in SINGULAR_PERSON_PRONOUNS

    def _nearest_person(self, before: int) -> str | None:
        best: tuple[int, str] | None = None
        i = bisect.bisect_left(self.person_starts, before)
        if i > 0:
            best = self.persons[i - 1]
        for pos, actor_id in self.speakers:
            if pos < before and (best is None or pos > best[0]):
                best = (pos, actor_id)
        return best[1] if best else None


_ORG_WORDS = re.compile(r"\b(?:Ministry|Party|Government|Council|Committee|News|Inc|Corp|Company|Group|"
                        r"Association|Union|Agency|Department|Office|Court|Police|Army|Bank|University|"
                        r"Institute|Times|Post|Press|Radio|TV|League|Front|Movement|Campaign)\b")
_PERSON_NAME = re.compile(r"^[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){1,2}$")


def _looks_like_person(name: str, kind: str | None) -> bool:
    """An ORG speaker with a two- or three-word personal-looking name ("Laila Noor") is an NER slip."""
    return kind == "ORG" and bool(_PERSON_NAME.match(name)) and not _ORG_WORDS.search(name)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


# Prepositions that turn a participle into a circumstance of the main verb ("responded by saying ...").
_CIRCUMSTANCE_PREPOSITIONS = frozenset({"by", "before", "after", "while", "in", "without", "when", "since"})


def refine_speakers(doc: Doc, candidates: list[Candidate], inside_quote: bytearray) -> None:
    """Repairs the subject the parse rule picked for a cue, in place (see ``_better_subject``)."""
    for cand in candidates:
        if cand.cue_token < 0 or cand.sourceless or not cand.cue:
            continue
        cue = doc[cand.cue_token]
        if cand.cue[0][0] > cue.idx or cand.cue[0][1] < cue.idx + len(cue.text) or inside_quote[cue.idx]:
            continue
        if cue.pos_ in ("VERB", "AUX"):
            subject = _better_subject(cue, cand, inside_quote)
        elif cue.pos_ == "NOUN":
            subject = _noun_cue_subject(cue, cand)
        else:
            continue
        if subject is False:
            continue
        if subject is None:
            cand.speaker, cand.antecedent = [], None
            continue
        cand.speaker = [token_span(speaker_tokens(subject))]
        cand.antecedent = [subject.idx, subject.idx + len(subject.text)]


FLAGS = {"acl_issuer": True, "poss_verb": True, "noun_nsubj": True, "dateline": True}


def _better_subject(verb: Token, cand: Candidate, inside_quote: bytearray) -> Token | None | bool:
    """A replacement subject for a verb cue, None to drop the speaker, False to keep the candidate's:
    - a subject inside quoted words is the quoted speaker's own ("'We will win,' Smith said" may parse
      "We" as a subject of "said"): another subject outside the quotation, else none (so the quote
      continues the previous speaker);
    - a dateline the parser took for the subject ("WASHINGTON -- President Obama ... said") gives way to
      the name set beside it;
    - a participle that modifies a person speaks for that person ("footage of Clinton asking ..."); one
      that modifies a thing speaks for whoever made it ("issued a statement calling for ...");
    - a participle under a preposition borrows the subject of the verb it qualifies ("responded by saying")."""
    if cand.speaker and inside_quote[cand.speaker[0][0]]:
        outside = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not inside_quote[c.idx]]
        return outside[0] if outside else None
    if cand.speaker:
        subject = find_subject(verb)
        if FLAGS["dateline"] and subject is not None and _is_dateline(subject):
            named = [c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]
            return named[0] if named else False
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        noun = verb.head
        if not FLAGS["acl_issuer"] or _names_someone(noun):
            return noun
        issuer = _governing_subject(noun)
        return issuer if issuer is not None else noun
    if verb.dep_ == "pcomp" and verb.head.lower_ in _CIRCUMSTANCE_PREPOSITIONS and verb.head.head.pos_ in ("VERB", "AUX"):
        subject = find_subject(verb.head.head)
        return subject if subject is not None else False
    return False


def _noun_cue_subject(noun: Token, cand: Candidate) -> Token | None | bool:
    """A noun cue used as a verb by the parser ("Trump claims that ...": the noun has a subject), and an
    owned noun cue that is the object of its owner's own act ("Clinton laid out her proposals for ..."):
    the acting subject speaks, as for the verb."""
    subjects = [c for c in noun.children if c.dep_ == "nsubj"]
    if FLAGS["noun_nsubj"] and subjects and not cand.speaker:
        return subjects[0]
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if FLAGS["poss_verb"] and owners and owners[0].lower_ in _POSSESSIVE_PRONOUNS:
        subject = _governing_subject(noun)
        if subject is not None and subject.lower_ not in ("it", "there", "that", "which", "who"):
            return subject
    return False


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
