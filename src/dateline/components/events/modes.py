"""PLOVER auxiliary modes of an event: negated, hypothetical, future, historical.

Read from the trigger's verb chain: the trigger, the verb a nominal trigger hangs from, and the verbs that
embed it through control ("decided to participate", "dismissed the possibility of negotiations").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

HYPOTHETICAL_AUX = {"could", "might", "may", "would", "should", "can"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# Verbs whose complement has not happened yet.
FUTURE_GOVERNORS = {"decide", "plan", "schedule", "intend", "prepare", "expect", "aim", "set", "agree", "vow",
                    "pledge", "promise", "hope", "seek", "want", "wish", "propose", "offer", "consider",
                    "willing", "ready", "prepared", "committed", "determined", "eager", "able"}
# Verbs that deny their complement ("ruled out talks", "dismissed the possibility of negotiations").
NEGATING_GOVERNORS = {"dismiss", "rule", "deny", "reject", "refuse", "decline", "rebuff", "fail", "avoid",
                      "exclude", "oppose"}
NEGATORS = {"not", "n't", "never", "no"}
HISTORICAL_ADVERBS = {"repeatedly", "previously", "formerly", "once", "long", "often", "frequently",
                      "already", "always", "consistently"}
HISTORICAL_PHRASES = ("times and again", "time and again", "again and again", "in the past", "for years",
                      "over the years", "for decades", "in recent years", "on several occasions",
                      "many times", "several times")


HISTORICAL_WINDOW = 40  # characters before the trigger searched for a historical phrase


@dataclass
class Modes:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False


def verb_chain(trigger: Token) -> list[Token]:
    """The trigger and the verbs above it up to its clause (through control, light verbs and nominal PPs)."""
    chain = [trigger]
    tok = trigger
    for _ in range(5):
        head = tok.head
        if head.i == tok.i:
            break
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr"):
            pass  # a nominal trigger: keep climbing to its verb
        elif tok.dep_ == "prep" or tok.dep_ == "pcomp":
            pass
        elif tok.dep_ in ("xcomp", "acl", "pobj") or (tok.dep_ == "advcl" and tok.head.pos_ == "ADJ"):
            pass
        elif tok.dep_ == "acomp" and tok.pos_ == "ADJ":
            pass  # "would be ready to host": the copula carries the auxiliaries
        elif tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            pass  # a purpose ("willing to send troops to help"): no more real than the act it is for
        else:
            break
        chain.append(head)
        tok = head
    return chain


def _aux(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def _has_if(verb: Token) -> bool:
    tok = verb
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
            return True
        if tok.dep_ not in ("conj", "xcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def auxiliary_modes(trigger: Token, sent_text_lower: str, sent_start: int) -> Modes:
    modes = Modes()
    chain = verb_chain(trigger)
    for i, tok in enumerate(chain):
        aux = _aux(tok) if tok.pos_ in ("VERB", "AUX") else set()
        children = list(tok.children)
        if any(c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in ("advmod", "det")) for c in children):
            if tok.pos_ in ("VERB", "AUX") or i == 0:
                modes.negated = True
        if i > 0 and tok.lemma_.lower() in NEGATING_GOVERNORS:
            modes.negated = not modes.negated
        if aux & HYPOTHETICAL_AUX or _has_if(tok):
            modes.hypothetical = True
        if aux & FUTURE_AUX or any(c.dep_ == "aux" and c.lower_ == "going" for c in children):
            modes.future = True
        if i > 0 and tok.lemma_.lower() in FUTURE_GOVERNORS:
            modes.future = True
        if tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "acl" and c.lemma_.lower() in FUTURE_GOVERNORS
                                                 for c in children):
            modes.future = True  # "talks scheduled to start on June 30"
        if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in HISTORICAL_ADVERBS for c in children):
            modes.historical = True
    if not modes.historical:
        end = trigger.idx - sent_start
        start = min(chain[-1].left_edge.idx - sent_start, end - HISTORICAL_WINDOW)
        window = sent_text_lower[max(0, start):end]
        modes.historical = any(p in window for p in HISTORICAL_PHRASES)
    return modes
