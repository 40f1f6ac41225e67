"""Trigger matching: which verbs and nouns of a sentence denote a PLOVER event, and with which coding.

A verb is coded by (most specific first) a CAMEO pattern over its dependents, a phrasal verb, or its default.
A CAMEO pattern coded ``---`` ("killed in an accident") is an explicit non-event and silences the verb.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .lexicon import Coding, Lexicon

PARTICLE_DEPS = {"prt", "prep"}
# How far right of the verb its pattern may look (CAMEO patterns are short phrases).
PATTERN_WINDOW = 15
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent"}
# Clauses below the verb are other events, not its pattern ("said they will release ...").
CLAUSE_DEPS = {"ccomp", "advcl", "conj", "relcl", "parataxis", "csubj", "acl", "cc", "punct", "mark"}


@dataclass
class Trigger:
    token: Token
    coding: Coding
    how: str  # pattern | phrasal | verb | noun | light (a noun after a light verb) | user
    end: int  # char end of the trigger span (a phrasal verb ends at its particle)

    @property
    def is_noun(self) -> bool:
        return self.how in ("noun", "light")


def _forms(tok: Token) -> tuple[str, str]:
    return tok.lower_, tok.lemma_.lower()


def _bags(tok: Token) -> tuple[set[str], set[str]]:
    """Words after the verb within its subtree (its objects, particles, prepositional phrases) and before it."""
    post: set[str] = set()
    pre: set[str] = set()
    limit = tok.i + PATTERN_WINDOW
    for child in tok.children:
        if child.dep_ in CLAUSE_DEPS:
            continue
        if child.dep_ == "nsubjpass":  # "evidence was presented by the US": the logical object
            for t in child.subtree:
                post.update(_forms(t))
            continue
        if child.i < tok.i:
            if child.dep_ in SUBJECT_DEPS:  # a pattern's left side names the actor: the subject phrase
                for t in child.subtree:
                    pre.update(_forms(t))
            continue
        for t in child.subtree:
            if tok.i < t.i <= limit and not _in_clause(t, child) and not _partitive(t):
                post.update(_forms(t))
    return pre, post


PARTITIVES = {"part", "parts", "half", "rest", "most", "much", "some", "portion", "section", "sections"}


def _partitive(t: Token) -> bool:
    """'captured part of the stronghold': a partitive head is no pattern word ('TAKE * PART' is an idiom),
    what it measures is."""
    return t.lower_ in PARTITIVES and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)


def _in_clause(t: Token, top: Token) -> bool:
    """t lies in a clause below top ("a resolution that aims to tighten sanctions": not the verb's object)."""
    while t.i != top.i:
        if t.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "csubj"):
            return True
        t = t.head
    return False


def match_pattern(tok: Token, lex: Lexicon) -> tuple[bool, Coding | None, int]:
    """(matched, coding, number of slots) of the longest CAMEO pattern that fits the verb's dependents."""
    lemma = tok.lemma_.lower()
    index = lex.pattern_index.get(lemma)
    if not index:
        return False, None, 0
    pre, post = _bags(tok)
    positions: set[int] = set()
    for word in (pre | post) & index.keys():
        positions.update(index[word])
    patterns = lex.patterns[lemma]
    best: tuple[bool, Coding | None, int] = (False, None, 0)
    for position in sorted(positions):  # dictionary order breaks ties, as in PETRARCH
        pre_slots, post_slots, coding = patterns[position]
        size = len(pre_slots) + len(post_slots)
        if size <= best[2]:
            continue
        if all(not s.isdisjoint(post) for s in post_slots) and all(not s.isdisjoint(pre) for s in pre_slots):
            best = (True, coding, size)
    return best


def verb_trigger(tok: Token, lex: Lexicon) -> Trigger | None:
    return _verb_reading(tok, lex)[0]


def _verb_reading(tok: Token, lex: Lexicon) -> tuple[Trigger | None, bool]:
    """(trigger, silenced): silenced when a phrasal or pattern entry codes the verb as a statement or an
    explicit non-event ("call on", "express concern", "deny the accusations")."""
    lemma = tok.lemma_.lower()
    end = tok.idx + len(tok.text)
    for child in tok.children:
        if child.dep_ in PARTICLE_DEPS and child.i > tok.i:
            phrase = f"{lemma} {child.lower_}"
            if phrase in lex.phrasal_silent:
                return None, True
            coding = lex.phrasal.get(phrase)
            if coding:
                return Trigger(tok, coding, "phrasal", child.idx + len(child.text) if child.dep_ == "prt" else end), False
    matched, coding, _ = match_pattern(tok, lex)
    if matched:
        return (Trigger(tok, coding, "pattern", end), False) if coding else (None, True)
    coding = lex.verbs.get(lemma)
    return (Trigger(tok, coding, "verb", end) if coding else None), False


# "a general strike", "a hunger strike", "a four-day strike": workers' strikes are protests (PLOVER PROTEST
# modes strike and hunger), not air strikes.
LABOUR_STRIKE = {"hunger", "general", "labour", "labor", "nationwide", "national", "indefinite", "open-ended",
                 "token", "worker", "workers", "teachers", "doctors", "nurses", "drivers", "miners", "union",
                 "student", "students", "transport", "sit-down", "wildcat"}


def _strike_protest(tok: Token) -> Coding | None:
    mods = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    if any(m in LABOUR_STRIKE or m.endswith(("-day", "-hour", "-week")) for m in mods):
        return Coding("PROTEST", "hunger" if "hunger" in mods else "strike", ())
    return None


INQUIRY = Coding("ACCUSE", "investigate", ("legal",), "090")


def noun_trigger(tok: Token, lex: Lexicon) -> Trigger | None:
    coding = lex.nouns.get(tok.lemma_.lower()) or lex.nouns.get(tok.lower_)
    if coding is not None and tok.lemma_.lower() == "strike":
        coding = _strike_protest(tok) or coding
    if coding is not None and coding.type == "CONSULT" and any(
            c.dep_ == "prep" and c.lower_ == "into" and c.i > tok.i
            for c in (tok.children if tok.dep_ != "dobj" else (*tok.children, *tok.head.children))):
        coding = INQUIRY  # "opened a hearing into the killings": an inquiry (PLOVER ACCUSE investigate)
    return Trigger(tok, coding, "noun", tok.idx + len(tok.text)) if coding else None


def find_triggers(sent: Span, lex: Lexicon, silenced: list[Token] | None = None) -> list[Trigger]:
    """The sentence's triggers; verbs a CAMEO pattern or phrasal entry codes as a statement or a non-event
    ("denied the accusations", "expressed concern", "called on") are appended to ``silenced``."""
    out = []
    for tok in sent:
        if tok.dep_ in ("prep", "mark", "amod", "compound"):
            continue  # "according to", "following", "the banned group": not predicates
        if tok.pos_ == "VERB" or (tok.tag_.startswith("VB") and tok.pos_ != "AUX"):
            trig, silent = _verb_reading(tok, lex)
            if silent and silenced is not None:
                silenced.append(tok)
        elif tok.pos_ == "NOUN":
            trig = noun_trigger(tok, lex)
        else:
            continue
        if trig:
            out.append(trig)
    return out


def refine_mode(coding: Coding, sent_words: Iterable[str], lex: Lexicon) -> Coding:
    """Fill a missing mode from the PLOVER mode cues found in the sentence ('drone strike' -> drone)."""
    if coding.mode:
        return coding
    for word in sent_words:
        cue = lex.mode_cues.get(word)
        if cue and cue[0] == coding.type:
            return Coding(coding.type, cue[1], coding.contexts, coding.cameo, coding.appeal)
    return coding
