"""From triggers to Event records: composition of embedded events, arguments, modes, date, place, quote."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from ...records import Event, make_id
from ..base import actor_covering, article_date, article_id
from .arguments import (
    argument_heads,
    governing_verb,
    implied_authority,
    noun_arguments,
    np_bounds,
    subject,
    verb_arguments,
)
from .attach import event_place, event_quote, event_time, time_index
from .lexicon import Coding, Lexicon
from .modes import Modes, auxiliary_modes
from .triggers import Trigger, find_triggers, refine_mode

COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
MATERIAL_CONFLICT = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"}
# The mode a REJECT or REQUEST takes from what is rejected or requested (PLOVER manual, REQUEST/REJECT).
OBJECT_MODE = {"CONSULT": "meet", "AGREE": "meet", "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist",
               "CONCEDE": "yield", "RETREAT": "yield"}
THREAT_MODE = {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations", "PROTEST": "relations"}
PLAN_VERBS = {"plan", "prepare", "vow", "swear", "pledge", "threaten", "intend", "decide", "warn", "prepared",
              "ready"}
# Verbs that frame their complement: the complement is what is requested/threatened/offered/refused.
OBLIGATION_AUX = {"must", "should"}
STOP_VERBS = {"halt", "stop", "suspend", "cut", "reduce", "end", "freeze", "cancel", "sever", "terminate",
              "curtail", "discontinue", "break", "slash", "scale", "downgrade", "recall"}
# PLOVER manual, SANCTION withdraw: "withdraw oneself or one's non-military resources (e.g., aid, observers,
# diplomats, peacekeepers) from a group, mediation activity, organization, or country".
WITHDRAW_VERBS = {"withdraw", "recall", "pull"}
PERSONNEL_NOUNS = {"inspector", "observer", "monitor", "diplomat", "ambassador", "envoy", "peacekeeper", "worker",
                   "staff", "mission", "personnel", "mediator", "delegation", "volunteer", "expert"}
RELATION_NOUNS = {"relation", "relations", "tie", "ties", "link", "links", "aid", "assistance", "cooperation",
                  "talks", "negotiations", "mediation", "trade", "exports", "imports", "supplies", "flights",
                  "contacts", "dialogue", "funding", "loans", "ambassador"}
LIGHT_VERBS = {"stage", "hold", "launch", "organize", "organise", "conduct", "mount", "carry", "issue", "lodge",
               "file", "express", "voice", "wage", "unleash", "level", "give", "provide", "deliver", "grant"}
# Verbs of going on with or gathering for an act: the act is the event ("continued their hunger strike",
# "riots are still continuing", "converging for a rally").
ASPECTUAL_VERBS = {"continue", "resume", "begin", "start", "keep", "join", "intensify", "escalate", "step",
                   "extend", "tighten", "prolong", "expand", "reimpose", "enforce", "speed", "accelerate",
                   "hasten"}
ANNOUNCE_VERBS = {"announce", "declare", "unveil"}
GATHER_VERBS = {"converge", "gather", "assemble", "march", "join", "rally", "turn"}
# Travelling for an act: the act is the event ("returned to Geneva for talks", "flew to Cairo for consultations").
TRAVEL_VERBS = {"return", "travel", "fly", "head", "arrive", "come"}
# "went on strike", "stayed on hunger strike", "stopped work": PLOVER PROTEST strike ("abandonment of workplaces")
STRIKE_VERBS = {"go", "be", "stay", "remain", "come", "walk"}
WORK_STOP_VERBS = {"stop", "down", "lay", "halt", "suspend", "abandon"}
WORK_NOUNS = {"work", "tools", "job", "jobs", "duty", "duties"}
# Verbs of intent: an intended use of force is announced, a THREATEN ("wants to attack", "vowed to fight").
PREPARE_VERBS = {"plan", "prepare", "intend", "ready", "poise", "want", "vow", "swear", "aim"}
DELIBERATION_VERBS = {"consider", "explore", "weigh", "mull", "contemplate", "study", "examine", "ponder",
                      "debate", "evaluate", "assess", "hope", "wish"}
DECISION_VERBS = {"decide", "resolve"}
COMMIT_VERBS = {"confirm", "accept", "agree", "decide", "announce", "pledge", "promise", "commit"}
INTENT_TYPES = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
FRAMING = {"REQUEST", "THREATEN", "AGREE", "REJECT"}
REFUSAL_VERBS = {"dismiss", "rule", "deny", "reject", "refuse", "decline", "rebuff", "oppose"}
SAY_VERBS = {"say", "tell", "state", "add", "claim", "announce", "declare", "warn", "insist", "stress",
             "note", "write", "report", "affirm", "assert", "suggest", "indicate", "reiterate", "vow",
             "conclude", "argue", "believe", "think", "maintain", "explain", "confirm"}
COMPLEMENT_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl", "advcl"}
THIRD_PERSON = {"it", "they", "he", "she"}
FIRST_PERSON = {"i", "we", "me", "us", "our", "my"}


# Verb forms the tagger's lemmatizer gets wrong ("staged" -> "stag").
LEMMA_FIXES = {"staged": "stage", "stages": "stage", "staging": "stage", "hoped": "hope", "hoping": "hope"}


def _patient(verb: Token) -> Token | None:
    """What the verb acts on, active or passive: "sent arms", "arms were sent"."""
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _verb_lemma(tok: Token) -> str:
    return LEMMA_FIXES.get(tok.lower_) or tok.lemma_.lower()


@dataclass
class Candidate:
    trigger: Trigger
    coding: Coding
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    suppressed: bool = False
    embedded: Candidate | None = None
    modes: Modes = field(default_factory=Modes)
    decided: bool = False  # the object of a decision ("decided to ease restrictions")

    @property
    def tok(self) -> Token:
        return self.trigger.token


def _depth_below(tok: Token, ancestor: Token, limit: int = 4) -> int | None:
    """Steps from tok up to ancestor through complement links, or None."""
    steps = 0
    while tok.i != ancestor.i:
        if steps >= limit or tok.head.i == tok.i or tok.dep_ not in COMPLEMENT_DEPS | {"nsubj"} and steps > 0:
            return None
        tok = tok.head
        steps += 1
    return steps


def _embedded(cand: Candidate, others: list[Candidate]) -> Candidate | None:
    """The event a framing verb governs ("requested X to stop attacks", "dismissed the possibility of talks")."""
    best, best_steps = None, 99
    for other in others:
        if other is cand or other.tok.i <= cand.tok.i:
            continue
        if other.tok.dep_ in ("nsubj", "nsubjpass"):
            continue
        steps = _depth_below(other.tok, cand.tok)
        if steps is not None and 0 < steps < best_steps:
            best, best_steps = other, steps
    return best


def _in_reported_speech(tok: Token) -> Token | None:
    """The communication verb whose complement contains tok ("Asif said Pakistan could target ...")."""
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return None
        if cur.dep_ in ("ccomp", "xcomp") and cur.head.lemma_.lower() in SAY_VERBS:
            return cur.head
        if cur.dep_ not in ("ccomp", "conj", "xcomp", "advcl", "acomp"):
            return None
        cur = cur.head
    return None


def _compose(cands: list[Candidate]) -> None:
    """Framing verbs absorb the event they govern; refusals of cooperation become REJECT."""
    for cand in sorted(cands, key=lambda c: c.tok.i):
        if cand.suppressed or cand.trigger.is_noun:
            continue
        lemma = cand.tok.lemma_.lower()
        framing = cand.coding.type in FRAMING or lemma in REFUSAL_VERBS or lemma in PREPARE_VERBS | DECISION_VERBS
        if not framing:
            continue
        inner = _embedded(cand, cands)
        if inner is None:
            continue
        if lemma in DECISION_VERBS and inner.coding.type in ("CONCEDE", "RETREAT"):
            # a decided concession is made ("decided to ease restrictions on ...": CONCEDE, not an intent)
            cand.suppressed = True
            inner.decided = True
            inner.sources = inner.sources or cand.sources
            continue
        inner.suppressed = True
        cand.embedded = inner
        etype, mode = cand.coding.type, cand.coding.mode
        if lemma in REFUSAL_VERBS and inner.coding.type in COOPERATIVE:
            etype, mode = "REJECT", OBJECT_MODE.get(inner.coding.type)
        elif etype in ("REJECT", "REQUEST") and not mode:
            mode = OBJECT_MODE.get(inner.coding.type, "change" if etype == "REQUEST" else None)
        elif etype == "THREATEN" and not mode:
            mode = THREAT_MODE.get(inner.coding.type)
        elif lemma in PREPARE_VERBS and inner.coding.type in MATERIAL_CONFLICT and etype not in ("REJECT",):
            # "plans to impose restrictions", "prepared to resume shelling": an announced use of force
            etype, mode = "THREATEN", THREAT_MODE.get(inner.coding.type)
        contexts = cand.coding.contexts or inner.coding.contexts
        cand.coding = Coding(etype, mode, contexts, cand.coding.cameo, cand.coding.appeal)
        frame = cand.targets[0] if cand.targets else None
        if frame is None or (inner.targets and frame.left_edge.i <= inner.tok.i <= frame.right_edge.i):
            cand.targets = inner.targets  # "dismissed the possibility of talks with Peru": Peru
    # A nominal trigger that is the object of a coded verb is already part of that verb's pattern,
    # unless the verb is a light verb: then the noun is the event ("issued a warning", "staged a protest").
    verbs = {c.tok.i: c for c in cands if not c.trigger.is_noun and not c.suppressed}
    for cand in cands:
        if cand.trigger.is_noun and not cand.suppressed:
            head = cand.tok.head
            if cand.tok.dep_ == "pobj" and head.dep_ == "prep" and (_verb_lemma(head.head) in GATHER_VERBS or (
                    head.lower_ == "for" and _verb_lemma(head.head) in TRAVEL_VERBS)):
                head = head.head  # "were converging for a rally": the rally is the act
            head_lemma = _verb_lemma(head)
            light = (cand.tok.dep_ == "dobj" and head_lemma in LIGHT_VERBS | ASPECTUAL_VERBS | ANNOUNCE_VERBS) or (
                cand.tok.dep_ == "nsubj" and head_lemma in ASPECTUAL_VERBS) or (
                cand.tok.dep_ == "pobj" and head_lemma in GATHER_VERBS | TRAVEL_VERBS)
            if light:
                cand.trigger = Trigger(cand.tok, cand.trigger.coding, "light", cand.trigger.end)
                if head.i in verbs:
                    verbs[head.i].suppressed = True
            elif head.i in verbs and cand.tok.dep_ in ("dobj", "attr", "nsubjpass"):
                cand.suppressed = True
            elif head.pos_ == "ADP" and head.head.i in verbs and verbs[head.head.i].coding.type == cand.coding.type:
                cand.suppressed = True


def _conditional(tok: Token) -> bool:
    """The event's clause carries an 'if'/'unless' condition ("will boycott the elections unless ...")."""
    for child in tok.children:
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children):
            return True
    return False


def _announced_plan(tok: Token) -> bool:
    """Governed by a verb of planning or vowing ("plans to impose restrictions", "vowed to fight")."""
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_.lower() in PLAN_VERBS


def _threat_reading(cand: Candidate) -> None:
    """A possible or announced use of force or pressure is a THREATEN: stated in reported speech ("Asif said
    Pakistan could target ..."), made conditional ("will boycott ... unless"), or announced as a plan."""
    if cand.modes.negated or not (cand.modes.hypothetical or cand.modes.future):
        return
    if cand.coding.type not in MATERIAL_CONFLICT | {"PROTEST"}:
        return
    tok = (governing_verb(cand.tok) or cand.tok) if cand.trigger.is_noun else cand.tok  # "would tighten the blockade"
    say = _in_reported_speech(tok)
    if say is None and not _conditional(tok) and not _announced_plan(tok):
        return
    if cand.coding.type == "SANCTION" and say is not None and say.lemma_.lower() in ANNOUNCE_VERBS and not \
            _conditional(tok):
        return  # "announced it would prohibit all aid to X": a sanction decided and made public, no warning
    mode = THREAT_MODE.get(cand.coding.type) or (cand.coding.mode if cand.coding.mode in
                                                 ("arrest", "restrict", "expel") else None)
    cand.coding = Coding("THREATEN", mode, cand.coding.contexts, cand.coding.cameo)


def _pick_target(doc: Doc, candidates: list[Token]) -> Token | None:
    """The first candidate that names an actor (a named one first), else the first candidate."""
    covered = []
    for tok in candidates:
        if tok.pos_ in ("VERB", "AUX"):
            continue
        start, end = np_bounds(tok)
        if actor_covering(doc, start, end) is not None:
            if any(t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t.text[:1].isupper())
                   for t in doc[tok.left_edge.i:tok.i + 1]):
                return tok
            covered.append(tok)
    if covered:
        return covered[0]
    for tok in candidates:
        owner = _owner(doc, tok)
        if owner is not None:
            return owner
    return candidates[0] if candidates else None


def _owner(doc: Doc, noun: Token) -> Token | None:
    """Whose the object is, when the object itself is no actor: "rejected an Australian ultimatum",
    "denounced Serbia's suppression", "rejected an appeal from the UN" -> Australia, Serbia, the UN."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ in ("amod", "compound") and child.text[:1].isupper()):
            if actor_covering(doc, child.idx, child.idx + len(child.text)) is not None:
                return child
        elif child.dep_ == "prep" and child.lower_ in ("from", "by"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and actor_covering(doc, *np_bounds(obj)) is not None:
                return obj
    return None


def _continues(sent: Span, trigger: Token) -> bool:
    """A sentence that goes on telling the previous one's story: a pronoun subject and 'also' or a past
    perfect ("He had also dismissed ..."); its events keep the previous sentence's date."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "PRON" or subj.lower_ not in THIRD_PERSON:
        return False
    return any(c.lower_ == "also" or (c.dep_ == "aux" and c.lower_ == "had") for c in root.children)


def _speaker_antecedent(pron: Token) -> Token | None:
    """The subject of the communication verb whose complement a pronoun subject opens ("Iraq said it ...")."""
    if pron.lower_ not in THIRD_PERSON or pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    say = _in_reported_speech(pron.head)
    subj = subject(say) if say is not None else None
    return subj if subj is not None and subj.pos_ != "PRON" else None


def _obligations(tokens: list[Token], cands: list[Candidate]) -> None:
    """"X said Y must Z" is a demand by X on Y (PLOVER REQUEST: "all requests, demands, and orders")."""
    by_token = {c.tok.i: c for c in cands}
    for tok in tokens:
        if tok.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX
                                                      for c in tok.children):
            continue
        act = tok if tok.pos_ == "VERB" else _readiness(tok)  # "Y must be ready to mediate": the mediation
        say = _in_reported_speech(tok) if act is not None else None
        if act is None or say is None:
            continue
        cand = by_token.get(act.i)
        inner_type = cand.coding.type if cand is not None else None
        mode = OBJECT_MODE.get(inner_type or "", "change")
        coding = Coding("REQUEST", mode, cand.coding.contexts if cand is not None else ())
        penalty = _ultimatum(tok)
        if penalty is not None:  # "must drop barriers or face penalties": a threat (CAMEO 17, ultimatum)
            for other in cands:
                if other.tok.i == penalty.i or other.tok.head.i == penalty.i:
                    other.suppressed = True
            threatened = next((by_token[c.i].coding.type for c in penalty.children
                               if c.dep_ == "dobj" and c.i in by_token), None)
            coding = Coding("THREATEN", THREAT_MODE.get(threatened or ""), coding.contexts)
        if cand is None:  # "must" is the demand's own wording: as firm as a pattern
            cand = Candidate(Trigger(act, coding, "pattern", act.idx + len(act.text)), coding)
            cands.append(cand)
        obligee = subject(tok)
        cand.coding = coding
        cand.suppressed = False  # "must provide support": the demand, not the light verb's object
        for other in cands:
            if other is not cand and other.trigger.is_noun and other.tok.head.i == act.i:
                other.suppressed = True
        cand.sources = argument_heads(subject(say))
        cand.targets = argument_heads(obligee)


READINESS = {"ready", "willing", "prepared", "able"}


def _readiness(be: Token) -> Token | None:
    """The act in "must be ready / willing / prepared to <act>", else None."""
    for c in be.children:
        if c.dep_ == "acomp" and c.lower_ in READINESS:
            return next((g for g in c.children if g.dep_ == "xcomp" and g.pos_ == "VERB"), None)
    return None


def _ultimatum(tok: Token) -> Token | None:
    """'face' in "Y must Z or face W": the announced consequence that makes the demand a threat."""
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ == "conj" and _verb_lemma(c) in ULTIMATUM_VERBS), None)


ULTIMATUM_VERBS = {"face", "risk", "suffer"}
RESPONSE_NOUNS = {"response", "reaction", "reply", "rebuttal", "retort"}
STATEMENT_NOUNS = {"statement", "remark", "remarks", "comment", "comments", "speech", "claim", "claims", "word",
                   "words", "accusation", "accusations", "allegation", "allegations", "criticism", "interview",
                   "announcement", "address", "tweet", "post", "assertion", "suggestion", "message", "letter"}
DISAPPROVING = {"wrong", "irresponsible", "unacceptable", "regrettable", "baseless", "unfortunate", "false",
                "misleading", "deplorable", "shameful", "dangerous", "absurd", "ridiculous", "unfounded",
                "inappropriate", "provocative", "disappointing", "condemnable", "hypocritical", "untrue"}


def _answered_statement(say: Token) -> tuple[Token, Token] | None:
    """("response", owner) of "in response to X's statement" / "responding to X's remarks" on a say verb."""
    for child in say.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "as"):
            noun = next((c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() in RESPONSE_NOUNS), None)
        elif child.dep_ == "advcl" and child.lemma_.lower() in ("respond", "react", "reply"):
            noun = child
        else:
            continue
        if noun is None:
            continue
        for to in noun.children:
            if to.dep_ == "prep" and to.lower_ == "to":
                said = next((c for c in to.children if c.dep_ == "pobj"), None)
                if said is None or said.lemma_.lower() not in STATEMENT_NOUNS:
                    continue
                owner = next((c for c in said.children if c.dep_ == "poss"), None)
                if owner is None:
                    by = next((c for c in said.children if c.dep_ == "prep" and c.lower_ == "by"), None)
                    owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
                if owner is not None and owner.pos_ in ("PROPN", "NOUN"):
                    return noun, owner
    return None


def _rebuttals(tokens: list[Token], cands: list[Candidate]) -> None:
    """A negative reply to someone's statement is a disapproval of its author (PLOVER ACCUSE/disapprove):
    "In response to X's statement, Y said the way he spoke was not a sign of improvement" -> Y accuses X."""
    for say in tokens:
        if say.pos_ != "VERB" or say.lemma_.lower() not in SAY_VERBS:
            continue
        content = next((c for c in say.children if c.dep_ == "ccomp"), None)
        answered = _answered_statement(say) if content is not None else None
        if answered is None:
            continue
        negative = any(c.dep_ == "neg" for c in content.children) or any(
            t.lower_ in DISAPPROVING for t in content.subtree)
        if not negative:
            continue
        noun, owner = answered
        inside = range(content.left_edge.i, content.right_edge.i + 1)
        for cand in cands:  # the reply's own wording ("a sign of improvement") is its judgement, not an event
            if cand.tok.i in inside and cand.trigger.is_noun and cand.coding.type in COOPERATIVE:
                cand.suppressed = True
        coding = Coding("ACCUSE", "disapprove", ())
        reply = Candidate(Trigger(noun, coding, "light", noun.idx + len(noun.text)), coding)
        reply.sources = argument_heads(subject(say))
        reply.targets = [owner]
        cands.append(reply)


# Feelings a statement expresses (CAMEO 01 statements, which PLOVER drops): "expressed concern about the
# escalation", "offered condolences over an attack that killed 40", "claimed responsibility for the attack".
SENTIMENT_NOUNS = {"concern", "concerns", "condolence", "condolences", "hope", "hopes", "optimism", "pessimism",
                   "wish", "regret", "sympathy", "sympathies", "gratitude", "satisfaction", "responsibility",
                   "shock", "sorrow", "grief", "dismay", "alarm", "solidarity", "appreciation", "thanks"}
SENTIMENT_VERBS = {"express", "voice", "convey", "offer", "extend", "share", "claim", "send", "raise", "reiterate"}


STANCE_ADJECTIVES = {"skeptical", "sceptical", "pessimistic", "optimistic", "hopeful", "confident", "concerned",
                     "worried", "doubtful", "wary", "cautious", "upbeat"}
COMMENT_VERBS = {"comment", "speculate", "elaborate"}


def _sentiments(tokens: list[Token], cands: list[Candidate]) -> None:
    """An expressed feeling is a statement, and what it is about is not the sentence's event: "expressed
    concern about ...", "is skeptical of ...", "declined to comment on ..."."""
    for tok in tokens:
        if (tok.lower_ in STANCE_ADJECTIVES and tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "ROOT", "ccomp")) or (
                tok.lemma_.lower() in COMMENT_VERBS and tok.pos_ == "VERB"):
            about = range(tok.i, tok.right_edge.i + 1)
            framing = tok.head if tok.dep_ == "xcomp" else None  # "declined to comment"
            for cand in cands:
                if cand.tok.i in about or (framing is not None and cand.tok.i == framing.i):
                    cand.suppressed = True
            continue
        if tok.lower_ not in SENTIMENT_NOUNS or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in SENTIMENT_VERBS:
            continue
        verb = tok.head
        about = set(range(tok.i, tok.right_edge.i + 1))
        for prep in verb.children:  # "offered his condolences over an attack that killed 40"
            if prep.dep_ == "prep" and prep.i > tok.i:
                about.update(range(prep.i, prep.right_edge.i + 1))
        for cand in cands:
            if cand.tok.i == verb.i or cand.tok.i in about:
                cand.suppressed = True


DEMAND_TYPES = {"REQUEST"}
PROTEST_LIKE = {"PROTEST", "THREATEN"} | MATERIAL_CONFLICT


# Verbs that stop a protest from happening: CAMEO 175 repression, PLOVER COERCE (restrict).
PREVENT_VERBS = {"prevent", "block", "ban", "stop", "halt", "disperse", "thwart", "forbid", "prohibit", "foil",
                 "crush", "suppress", "quell", "outlaw"}


def _protest_acts(verbs: list[Token], cands: list[Candidate]) -> None:
    """An act done to protest is the protest ("stayed off work to protest", "closed their shops to protest
    the tax"); stopping a protest is repression, COERCE/restrict ("police prevented the demonstration")."""
    by_token = {c.tok.i: c for c in cands}
    for cand in cands:
        if cand.suppressed or cand.trigger.is_noun or cand.coding.type != "PROTEST" or cand.tok.dep_ != "advcl":
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cand.tok.children):
            continue
        act = by_token.get(cand.tok.head.i)
        if act is None or act.suppressed or act.coding.type in ("PROTEST", "ASSAULT"):
            continue
        act.coding = Coding("PROTEST", cand.coding.mode, cand.coding.contexts, cand.coding.cameo)
        act.targets = act.targets or cand.targets
        cand.suppressed = True
    for verb in verbs:
        if _verb_lemma(verb) not in PREVENT_VERBS:
            continue
        obj = _patient(verb)
        inner = by_token.get(obj.i) if obj is not None else None
        if inner is None or inner.coding.type != "PROTEST" or not inner.trigger.is_noun:
            continue
        coding = Coding("COERCE", "restrict", inner.coding.contexts)
        cand = by_token.get(verb.i)
        if cand is None:
            cand = _pattern_candidate(verb, coding, cands)
        cand.coding = coding
        cand.suppressed = False
        cand.targets = cand.targets or inner.sources  # the protesters bear the repression
        inner.suppressed = True


# PLOVER RETREAT access: "Allow third party (e.g., observers, peacekeepers, humanitarian workers) access".
PASSAGE_NOUNS = {"border", "borders", "crossing", "crossings", "bridge", "airspace", "port", "ports", "corridor",
                 "frontier", "frontiers", "checkpoint", "checkpoints", "passage", "route", "routes"}
OPEN_VERBS = {"open", "reopen"}
ALLOW_VERBS = {"allow", "permit", "grant", "give"}
ADMIT_VERBS = {"receive", "admit", "accept", "welcome", "allow", "permit"}
ACCESS_NOUNS = {"access", "entry", "admittance", "passage"}
WIDEN_VERBS = {"improve", "increase", "expand", "widen", "resume"}
THIRD_PARTY_NOUNS = {"observer", "monitor", "inspector", "peacekeeper", "relief", "humanitarian"}


def _access(verbs: list[Token], cands: list[Candidate]) -> None:
    """Opening a border or crossing, granting access or entry, admitting observers or inspectors: RETREAT
    access (PLOVER manual: RETREAT covers "allowing the entry of observers, peacekeepers, or humanitarian
    workers")."""
    by_token = {c.tok.i: c for c in cands}
    for verb in verbs:
        lemma = _verb_lemma(verb)
        deps = ("dobj", "nsubjpass")
        if lemma in WIDEN_VERBS:  # "humanitarian access has improved"
            lemma, deps = "allow", ("nsubj",)
        if lemma not in OPEN_VERBS | ALLOW_VERBS | ADMIT_VERBS:
            continue
        obj = next((c for c in verb.children if c.dep_ in deps), None)
        if obj is None:
            continue
        head = obj.lemma_.lower()
        measured = [t.lemma_.lower() for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for t in c.children if t.dep_ == "pobj"]  # "a mission of observers"
        if not ((lemma in OPEN_VERBS and head in PASSAGE_NOUNS) or (lemma in ALLOW_VERBS and head in ACCESS_NOUNS)
                or (lemma in ADMIT_VERBS and (head in THIRD_PARTY_NOUNS or set(measured) & THIRD_PARTY_NOUNS))):
            continue
        coding = Coding("RETREAT", "access", ())
        cand = by_token.get(verb.i)
        if cand is None:
            cand = _pattern_candidate(verb, coding, cands)
            _frame_absorbs(cand, cands)
        elif cand.coding.type in ("REJECT", "REQUEST", "THREATEN", "AGREE"):
            continue  # already a frame over something else
        cand.coding = coding
        for other in cands:
            if other is not cand and obj.left_edge.i <= other.tok.i <= obj.right_edge.i:
                other.suppressed = True


# Giving relief goods or arms to someone is AID (CAMEO 07: 071 economic, 072 military, 073 humanitarian aid).
GIVE_VERBS = {"give", "provide", "deliver", "hand", "send", "donate", "ship", "supply", "airlift", "distribute",
              "dispatch", "sell"}
RELIEF_NOUNS = {"medicine", "medicines", "medication", "food", "foodstuff", "supplies", "blanket", "blankets",
                "tent", "tents", "grain", "flour", "rice", "wheat", "vaccine", "vaccines", "relief"}
ARMS_NOUNS = {"arms", "weapon", "weapons", "ammunition", "munitions", "missile", "missiles", "rifles"}


def _giving(verbs: list[Token], cands: list[Candidate]) -> None:
    """'handed over 700 kg of medicine to the Red Cross', 'sent arms to Pakistan': AID to the recipient."""
    by_token = {c.tok.i: c for c in cands}
    for verb in verbs:
        if _verb_lemma(verb) not in GIVE_VERBS:
            continue
        obj = _patient(verb)
        if obj is None:
            continue
        things = {obj.lower_} | {t.lower_ for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                                 for t in c.children if t.dep_ == "pobj"}  # "700 kg of medicine"
        to = any(c.dep_ in ("dative", "prep") and c.lower_ in ("to", "for") for c in verb.children)
        own = any(c.dep_ == "poss" for c in obj.children)  # "their weapons": given up, not supplied
        if not (things & RELIEF_NOUNS or (things & ARMS_NOUNS and to and not own)):
            continue
        coding = Coding("AID", None, ("military",) if things & ARMS_NOUNS else ("human_security",))
        cand = by_token.get(verb.i)
        if cand is None:
            cand = _pattern_candidate(verb, coding, cands)
            _frame_absorbs(cand, cands)
        elif cand.coding.type in FRAMING or cand.coding.mode == "disarm":
            continue  # "handed over their weapons": disarming (RETREAT), not arms aid
        cand.coding = coding
        for other in cands:
            if other is not cand and obj.left_edge.i <= other.tok.i <= obj.right_edge.i:
                other.suppressed = True


EXERCISE_NOUNS = {"exercise", "exercises", "drill", "drills", "manoeuvre", "manoeuvres", "maneuver", "maneuvers",
                  "games", "wargames", "war-games"}


def _joint_exercises(cands: list[Candidate]) -> None:
    """PLOVER manual, MOBILIZE: "Joint military operations are coded as COOPERATE but single-country exercises
    should be coded as MOBILIZE" ("French and Egyptian warships began joint drills", "held exercises with X")."""
    for cand in cands:
        if cand.suppressed or cand.coding.type != "MOBILIZE":
            continue
        tok = cand.tok
        nouns = [tok] if cand.trigger.is_noun else [
            t for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree]
        exercise = next((n for n in nouns if n.lower_ in EXERCISE_NOUNS), None)
        if exercise is None:
            continue
        verb = governing_verb(tok) if cand.trigger.is_noun else tok
        joint = any(c.lower_ in ("joint", "combined", "bilateral", "multinational") for c in exercise.children)
        joint = joint or any(c.dep_ == "prep" and c.lower_ == "with"
                             for t in (exercise, verb) if t is not None for c in t.children)
        joint = joint or any(t.dep_ == "conj" and t.head.dep_ in ("amod", "nsubj", "compound")
                             for src in cand.sources for t in src.subtree)
        if joint:
            cand.coding = Coding("COOPERATE", None, ("military",), cand.coding.cameo)


def _purposes(cands: list[Candidate]) -> None:
    """The demand a protest or a use of force is made for is part of that act ("staged rallies ..., saying he
    must resign", "continued their hunger strike to demand ..."): the act is the event."""
    acts = {}
    for cand in cands:
        if cand.suppressed or cand.coding.type not in PROTEST_LIKE:
            continue
        acts[cand.tok.i] = cand
        if cand.trigger.is_noun:
            verb = governing_verb(cand.tok)
            if verb is not None:
                acts.setdefault(verb.i, cand)
    if not acts:
        return
    for cand in cands:
        if cand.suppressed or cand.coding.type not in DEMAND_TYPES:
            continue
        cur = cand.tok
        for _ in range(3):
            if cur.dep_ not in ("advcl", "xcomp", "ccomp", "acl") or cur.head.i == cur.i:
                break
            cur = cur.head
            if cur.i in acts:
                cand.suppressed = True
                break


def _reductions(tokens: list[Token], cands: list[Candidate], lex: Lexicon) -> None:
    """Stopping a cooperative exchange is a SANCTION (PLOVER: "all reductions in existing, routine, or
    cooperative relations"): "halted economic aid", "suspended talks", "cut ties"."""
    by_token = {c.tok.i: c for c in cands}
    for tok in tokens:
        if tok.pos_ != "VERB" or (tok.lemma_.lower() not in STOP_VERBS | WITHDRAW_VERBS and not _moved_out(tok)):
            continue
        obj = _patient(tok)
        if obj is None:
            continue
        heads = [obj] + [c for c in obj.children if c.dep_ == "compound"]  # "mediation efforts"
        noun = next((lex.nouns[h.lemma_.lower()] for h in heads if h.lemma_.lower() in lex.nouns
                     and lex.nouns[h.lemma_.lower()].type in COOPERATIVE | {"CONSULT"}), None)
        stopped = noun.type if noun is not None else None
        withdraw = tok.lemma_.lower() in WITHDRAW_VERBS or _moved_out(tok)
        personnel = withdraw and obj.lemma_.lower() in PERSONNEL_NOUNS
        if stopped is None and not personnel and not any(h.lemma_.lower() in RELATION_NOUNS for h in heads):
            continue
        if withdraw and not personnel:
            continue
        mode = "withdraw" if stopped in ("CONSULT", "AGREE", "SUPPORT") or personnel else "discontinue"
        coding = Coding("SANCTION", mode, noun.contexts if noun is not None else ())
        cand = by_token.get(tok.i)
        if cand is None:
            cand = _pattern_candidate(tok, coding, cands)
            _frame_absorbs(cand, cands)
        cand.coding = coding
        for frame in cands:  # "threatened to stop talks": the threat's content is now a reduction
            if frame.embedded is cand and frame.coding.type == "THREATEN" and frame.coding.mode in (None, "violence"):
                frame.coding = Coding("THREATEN", THREAT_MODE["SANCTION"], frame.coding.contexts, frame.coding.cameo)
        inner = by_token.get(obj.i)
        if inner is not None:
            inner.suppressed = True


def _moved_out(verb: Token) -> bool:
    """'were shipped out of the enclave', 'flew its staff out': moving personnel out is withdrawing them."""
    return any(c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod") for c in verb.children)

def _pattern_candidate(tok: Token, coding: Coding, cands: list[Candidate]) -> Candidate:
    """A new event on a verb a sentence rule recognised, with the verb's own arguments."""
    cand = Candidate(Trigger(tok, coding, "pattern", tok.idx + len(tok.text)), coding)
    cand.sources, targets = verb_arguments(tok)
    cand.targets = argument_heads(_pick_target(tok.doc, targets))
    cands.append(cand)
    return cand


def _frame_absorbs(cand: Candidate, cands: list[Candidate]) -> None:
    """A reduction found after composition still belongs to the threat or refusal that governs it
    ("threatened to stop negotiations": THREATEN/relations, not the stop)."""
    for frame in cands:
        if frame is cand or frame.suppressed or frame.trigger.is_noun:
            continue
        if frame.embedded is not None and _depth_below(frame.embedded.tok, cand.tok) is None:
            continue  # the frame already holds an act that is not part of this one
        if frame.coding.type in ("THREATEN", "REJECT") and _embedded(frame, cands) is cand:
            cand.suppressed = True
            frame.embedded = cand
            if frame.coding.type == "THREATEN" and frame.coding.mode in (None, "violence"):
                frame.coding = Coding("THREATEN", THREAT_MODE["SANCTION"], frame.coding.contexts, frame.coding.cameo)
            return


def _statement_content(cands: list[Candidate], silenced: list[Token]) -> None:
    """A verb CAMEO codes as a statement ("denied the accusations that it tortured ...", CAMEO 016) keeps
    what it is about out of the events: the object phrase and the verb's prepositional phrases."""
    for verb in silenced:
        about: set[int] = set()
        for child in verb.children:
            if child.i > verb.i and child.dep_ in ("dobj", "prep", "attr", "oprd"):
                about.update(range(child.i, child.right_edge.i + 1))
        if about:
            for cand in cands:
                if cand.tok.i in about:
                    cand.suppressed = True


OPINION_VERBS = {"agree", "concur", "disagree"}


def _opinions(cands: list[Candidate]) -> None:
    """Agreeing with a person or a view is an opinion, not a commitment to cooperate (PLOVER AGREE):
    "said they agree with the NCAA that ...", "agreed with the recommendation"."""
    for cand in cands:
        tok = cand.tok
        if cand.suppressed or cand.trigger.is_noun or tok.lemma_.lower() not in OPINION_VERBS:
            continue
        deps = {c.dep_: c for c in tok.children}
        preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
        if "xcomp" in deps or preps & {"on", "to", "upon"}:
            continue  # "agreed with Iran to hold talks", "agreed with Kabul on a ceasefire"
        if "with" in preps or ("ccomp" in deps and any(m.lower_ == "that" for m in deps["ccomp"].children)):
            cand.suppressed = True


# PLOVER manual, CONCEDE: "easing of administrative or legal restrictions ..., removing curfews, suspending
# protests"; CAMEO2PLOVER 085/0872: easing economic sanctions or a blockade is a RETREAT.
EASE_VERBS = {"lift", "ease", "relax", "remove", "end", "scrap", "revoke", "rescind", "cancel", "suspend",
              "loosen", "drop", "abolish", "repeal", "overturn", "shorten", "reduce", "halt", "stop", "abandon"}
RESTRICTION_NOUNS = {"curfew", "emergency", "martial", "restriction", "ban", "prohibition", "censorship",
                     "lockdown", "crackdown", "travel", "detention"}
EMBARGO_NOUNS = {"sanction", "sanctions", "embargo"}
SIEGE_NOUNS = {"blockade", "siege"}
CALL_OFF_VERBS = {"call off", "suspend", "end", "cancel", "abandon"}
DISARM_VERBS = {"lay down", "hand over", "surrender", "give up", "turn in", "decommission", "hand in"}
WEAPON_NOUNS = {"arm", "arms", "weapon", "gun", "rifle", "ammunition", "arsenal"}
ACCEDE_VERBS = {"accept", "meet", "grant", "heed", "satisfy", "fulfil", "fulfill", "accede"}
DEMAND_NOUNS = {"demand", "request", "call", "condition", "ultimatum"}


REDUCTION_NOUNS = {"suspension", "halt", "cut", "cutoff", "freeze", "severance", "termination", "reduction",
                   "cancellation", "withdrawal", "end"}


def _nominal_reductions(tokens: list[Token], cands: list[Candidate], lex: Lexicon) -> None:
    """"announced a suspension of air links with Serbia", "the halt of aid to the region": a SANCTION
    named by a noun (PLOVER: "all reductions in existing, routine, or cooperative relations")."""
    verbs = {c.tok.i: c for c in cands if not c.trigger.is_noun}
    for tok in tokens:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in REDUCTION_NOUNS:
            continue
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None:
            continue
        heads = [obj] + [c for c in obj.children if c.dep_ == "compound"]
        noun = next((lex.nouns[h.lemma_.lower()] for h in heads if h.lemma_.lower() in lex.nouns
                     and lex.nouns[h.lemma_.lower()].type in COOPERATIVE | {"CONSULT"}), None)
        if noun is None and not any(h.lemma_.lower() in RELATION_NOUNS for h in heads):
            continue
        mode = "withdraw" if noun is not None and noun.type in ("CONSULT", "AGREE", "SUPPORT") else "discontinue"
        coding = Coding("SANCTION", mode, noun.contexts if noun is not None else ())
        light = tok.dep_ == "dobj" and _verb_lemma(tok.head) in LIGHT_VERBS | ANNOUNCE_VERBS
        cand = Candidate(Trigger(tok, coding, "light" if light else "noun", tok.idx + len(tok.text)), coding)
        cand.sources, targets = noun_arguments(tok)
        cand.targets = argument_heads(_pick_target(tok.doc, targets))
        if light and tok.head.i in verbs:
            verbs[tok.head.i].suppressed = True
        for other in cands:
            if other.tok.i == tok.i or obj.left_edge.i <= other.tok.i <= obj.right_edge.i:
                other.suppressed = True  # "a suspension of talks": the talks are no event
        cands.append(cand)


# PLOVER MOBILIZE: "all military or police moves that fall short of the actual use of force".
BUILDUP_VERBS = {"strengthen", "reinforce", "boost", "mass", "amass", "bolster", "beef", "build", "increase",
                 "double", "triple", "station", "position", "move", "redeploy"}
TROOP_NOUNS = {"force", "troop", "army", "military", "presence", "garrison", "soldier", "unit", "warship",
               "tank", "battalion", "brigade", "division", "contingent", "reinforcement"}


def _buildups(tokens: list[Token], cands: list[Candidate]) -> None:
    """"strengthened its forces in the south", "massed troops on the border": a MOBILIZE."""
    by_token = {c.tok.i: c for c in cands}
    for tok in tokens:
        if _verb_lemma(tok) not in BUILDUP_VERBS:
            continue
        obj = _patient(tok)
        if obj is None or obj.lemma_.lower() not in TROOP_NOUNS:
            continue
        coding = Coding("MOBILIZE", "troops", ("military",))
        cand = by_token.get(tok.i)
        if cand is None:
            cand = _pattern_candidate(tok, coding, cands)
        cand.coding = coding


def _asylum_requests(tokens: list[Token], cands: list[Candidate]) -> None:
    """"sought refuge in Niger", "applied for asylum": a request for protection (REQUEST/assist)."""
    by_token = {c.tok.i: c for c in cands}
    for tok in tokens:
        if _verb_lemma(tok) not in ("seek", "request", "apply", "ask"):
            continue
        objs = [c for c in tok.children if c.dep_ == "dobj"] + [
            o for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
        if not any(o.lower_ in ASYLUM_NOUNS for o in objs):
            continue
        coding = Coding("REQUEST", "assist", ("humanitarian",))
        cand = by_token.get(tok.i)
        if cand is None:
            cand = _pattern_candidate(tok, coding, cands)
        cand.coding = coding


def _easings(tokens: list[Token], cands: list[Candidate], lex: Lexicon) -> None:
    """Lifting a restriction or calling off a protest is a concession (CONCEDE); lifting sanctions or a
    blockade is a RETREAT."""
    by_token = {c.tok.i: c for c in cands}
    for tok in tokens:
        if tok.pos_ != "VERB":
            continue
        lemma = _verb_lemma(tok)
        particle = next((c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod") and c.i > tok.i), None)
        if particle and f"{lemma} {particle}" in CALL_OFF_VERBS | DISARM_VERBS:
            lemma = f"{lemma} {particle}"
        if lemma not in EASE_VERBS | ACCEDE_VERBS | CALL_OFF_VERBS | DISARM_VERBS:
            continue
        obj = _patient(tok)
        if obj is None:
            continue
        words = {t.lemma_.lower() for t in obj.subtree if t.i <= obj.i + 2} | {obj.lower_}  # "state of emergency"
        noun = lex.nouns.get(obj.lemma_.lower())
        if lemma in DISARM_VERBS:
            if obj.lemma_.lower() not in WEAPON_NOUNS:
                continue
            coding = Coding("RETREAT", "disarm", ("military",))  # PLOVER: "disarm ... or give up weapons"
        elif lemma in ACCEDE_VERBS:
            if obj.lemma_.lower() not in DEMAND_NOUNS or tok.dep_ == "advcl" or any(
                    c.dep_ == "neg" for c in tok.children):
                continue  # "will not end the strike till their demands are met": a condition
            coding = Coding("CONCEDE", None, ())  # CAMEO 083 "accede to requests or demands"
        elif words & SIEGE_NOUNS:
            coding = Coding("RETREAT", "withdraw", ("military",))
        elif words & EMBARGO_NOUNS:
            coding = Coding("RETREAT", None, ("economic",))
        elif words & RESTRICTION_NOUNS or (noun is not None and noun.type in ("COERCE", "PROTEST")) or (
                obj.lemma_.lower() == "strike" and lemma in CALL_OFF_VERBS):  # "called off the strike"
            coding = Coding("CONCEDE", None, noun.contexts if noun is not None else ())
        else:
            continue
        cand = by_token.get(tok.i)
        if cand is None:
            cand = _pattern_candidate(tok, coding, cands)
        cand.coding = coding
        cand.suppressed = False
        for other in cands:
            if other is not cand and obj.left_edge.i <= other.tok.i <= obj.right_edge.i:
                other.suppressed = True  # the lifted curfew is no event of its own


# PLOVER manual, ACCUSE: "diplomatic protests ... are coded as ACCUSE disapprove"; "summoning an in-country
# ambassador to present such grievances is just coded ACCUSE, not CONSULT".
DIPLOMAT_NOUNS = {"ambassador", "envoy", "diplomat", "diplomats", "charge", "chargé", "d'affaires", "consul",
                  "attache", "attaché", "emissary", "representative", "counsellor", "counselor"}
ASYLUM_NOUNS = {"refuge", "asylum", "sanctuary"}
SEND_VERBS = {"send", "dispatch", "deploy"}
CYBER_WORDS = {"cyber", "cyber-", "hacking", "website", "online", "computer", "ddos", "ransomware", "malware"}
DIPLOMATIC_PROTEST_VERBS = {"lodge", "file", "register", "deliver", "send", "hand", "submit", "issue", "make"}
# PLOVER manual, PROTEST obstruct: "obstruct passage or access to a particular locale".
OBSTRUCT_VERBS = {"block", "blockade", "barricade", "obstruct", "occupy"}
PASSAGE_NOUNS = {"road", "street", "highway", "motorway", "bridge", "traffic", "railway", "rail", "route",
                 "entrance", "access", "transport", "junction", "intersection", "border", "crossing", "port",
                 "square", "runway", "airport", "track", "line", "lane", "gate", "tunnel"}
SECURITY_NOUNS = {"police", "army", "troops", "soldiers", "forces", "military", "authorities", "government",
                  "officers", "guards", "policemen", "security", "navy", "militants", "rebels", "gunmen"}


def _diplomatic_readings(sent: Span, cands: list[Candidate]) -> None:
    for cand in cands:
        tok = cand.tok
        if cand.suppressed:
            continue
        head = tok.head
        if cand.trigger.is_noun and tok.lemma_.lower() == "strike" and tok.dep_ == "pobj" and head.lower_ == "on" \
                and _verb_lemma(head.head) in STRIKE_VERBS:
            mode = "hunger" if any(c.lower_ == "hunger" for c in tok.children) else "strike"
            cand.coding = Coding("PROTEST", mode, (), cand.coding.cameo)
            cand.trigger = Trigger(tok, cand.coding, "light", cand.trigger.end)
            for other in cands:  # the going is no event of its own
                if other.tok.i == head.head.i and not other.trigger.is_noun:
                    other.suppressed = True
            continue
        if not cand.trigger.is_noun and _verb_lemma(tok) in WORK_STOP_VERBS and any(
                c.dep_ == "dobj" and c.lower_ in WORK_NOUNS for c in tok.children):
            cand.coding = Coding("PROTEST", "strike", (), cand.coding.cameo)
            continue
        if not cand.trigger.is_noun and _verb_lemma(tok) in SEND_VERBS and any(
                o.coding.type == "ACCUSE" and o.coding.mode == "investigate" and o.tok.dep_ in ("advcl", "xcomp")
                and o.tok.head.i == tok.i for o in cands if o is not cand):
            cand.suppressed = True  # "sent experts to investigate the attacks": the investigation is the act
            continue
        if cand.trigger.is_noun and cand.coding.type == "PROTEST" and tok.dep_ == "dobj" and \
                _verb_lemma(head) in DIPLOMATIC_PROTEST_VERBS:
            cand.coding = Coding("ACCUSE", "disapprove", ("diplomatic",), cand.coding.cameo)  # "lodged a protest"
        elif not cand.trigger.is_noun and cand.coding.type == "PROTEST" and any(
                c.dep_ == "ccomp" for c in tok.children):
            # "a rights group protested that the authorities are failing to ...": a protest in words is
            # ACCUSE/disapprove (PLOVER: PROTEST presumes physical activity); what it says is its content
            cand.coding = Coding("ACCUSE", "disapprove", cand.coding.contexts, cand.coding.cameo)
            content = next(c for c in tok.children if c.dep_ == "ccomp")
            for other in cands:
                if other is not cand and content.left_edge.i <= other.tok.i <= content.right_edge.i:
                    other.suppressed = True
        elif not cand.trigger.is_noun and _verb_lemma(tok) == "summon" and any(
                c.dep_ == "dobj" and (c.lower_ in DIPLOMAT_NOUNS or any(
                    t.lower_ in DIPLOMAT_NOUNS for t in c.lefts)) for c in tok.children):
            cand.coding = Coding("ACCUSE", "disapprove", ("diplomatic",), cand.coding.cameo)
        elif not cand.trigger.is_noun and _verb_lemma(tok) in ("expel", "oust", "eject") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in PERSONNEL_NOUNS for c in tok.children):
            # PLOVER SANCTION expel: "the expulsion of ambassadors or similar diplomats" (CAMEO 1661-1663:
            # peacekeepers, inspectors, observers, aid agencies), not the deportation of individuals
            cand.coding = Coding("SANCTION", "expel", ("diplomatic",), cand.coding.cameo)
        elif cand.coding.type == "ASSAULT" and any(c.lower_ in CYBER_WORDS for c in tok.children):
            cand.coding = Coding("COERCE", "cyber", ("cyber",), cand.coding.cameo)  # PLOVER COERCE cyber
        elif not cand.trigger.is_noun and _verb_lemma(tok) in OBSTRUCT_VERBS:
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            subj = subject(tok)
            if obj is None or obj.lemma_.lower() not in PASSAGE_NOUNS:
                continue
            if subj is not None and (subj.lemma_.lower() in SECURITY_NOUNS or subj.lower_ in SECURITY_NOUNS):
                continue  # the police cordoning off a road: COERCE restrict
            cand.coding = Coding("PROTEST", "obstruct", cand.coding.contexts, cand.coding.cameo)


PROPOSAL_NOUNS = {"appeal", "request", "demand", "call", "offer", "proposal", "plan", "invitation", "ultimatum",
                  "bid", "overture", "initiative", "proposition", "suggestion", "plea", "petition"}


def _refusals_and_light_verbs(cands: list[Candidate]) -> None:
    """Turning down a proposal or an appeal is a REJECT ("dismissed an appeal from the president to ...");
    a light verb's own default means nothing next to its object ("issued a declaration", "conducted
    missions"): the object or a pattern decides."""
    for cand in cands:
        if cand.suppressed or cand.trigger.is_noun:
            continue
        lemma = _verb_lemma(cand.tok)
        obj = next((c for c in cand.tok.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        if lemma in REFUSAL_VERBS | {"spurn"} and obj.lemma_.lower() in PROPOSAL_NOUNS and cand.coding.type != "REJECT":
            cand.coding = Coding("REJECT", None, cand.coding.contexts, cand.coding.cameo)
        elif lemma == "defend" and (obj.pos_ != "PROPN" or any(c.dep_ == "poss" for c in obj.children) or any(
                c.dep_ == "prep" and c.lower_ in ("over", "against") for c in cand.tok.children)):
            # "defended Mexico's immigration policy", "defended Russia over claims": CAMEO 052 "defend
            # verbally" (SUPPORT), not military protection (074)
            cand.coding = Coding("SUPPORT", None, ("diplomatic",), "052")
        elif lemma in LIGHT_VERBS and cand.trigger.how == "verb" and cand.coding.type not in MATERIAL_CONFLICT:
            cand.suppressed = True


def _appealed(tok: Token, lex: Lexicon) -> bool:
    """Inside what an appeal asks for ("urged him to exercise caution", "called on leaders to emulate")."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("xcomp", "ccomp", "pcomp", "pobj", "prep") or cur.head.i == cur.i:
            return False
        cur = cur.head
        lemma = cur.lemma_.lower()
        if lemma in lex.appeal_verbs or any(f"{lemma} {c.lower_}" in lex.appeal_verbs
                                            for c in cur.children if c.dep_ in ("prt", "prep")):
            return True
    return False


def _deliberations(tokens: list[Token], cands: list[Candidate]) -> None:
    """Weighing an option is not an event, nor is the option (CAMEO 014 "consider policy option", a
    statement PLOVER drops): "is considering sending aid", "is exploring the possibility of transferring";
    nor is a hope (CAMEO 012/013 comments): "said they hoped to resume flights"."""
    for tok in tokens:
        if _verb_lemma(tok) not in DELIBERATION_VERBS or tok.pos_ != "VERB":
            continue
        options = [t for t in tok.subtree if t.i > tok.i and t.pos_ == "VERB"]
        if not options:
            continue
        for cand in cands:
            if cand.tok.i == tok.i or (tok.left_edge.i <= cand.tok.i <= tok.right_edge.i and cand.tok.i > tok.i
                                       and cand.tok.dep_ not in ("nsubj", "nsubjpass")):
                cand.suppressed = True


def _intent_reading(cand: Candidate) -> None:
    """A promised or offered cooperative act is an AGREE (PLOVER: "indicate willingness or commitment to
    cooperate"): "Finland will give Tanzania a grant", "Syria is willing to withdraw its troops"."""
    tok = (governing_verb(cand.tok) or cand.tok) if cand.trigger.is_noun else cand.tok  # "provide support"
    promised = cand.modes.future or (cand.modes.hypothetical and _in_reported_speech(tok) is not None)
    if cand.coding.type in COOPERATIVE and promised and cand.modes.negated:
        # "Obama said he would not provide support to Israel": a refusal (PLOVER REJECT)
        cand.coding = Coding("REJECT", OBJECT_MODE.get(cand.coding.type), cand.coding.contexts, cand.coding.cameo)
        cand.modes.negated = False
    elif cand.coding.type in INTENT_TYPES and promised and not cand.modes.negated and not (
            cand.decided and cand.coding.type in ("CONCEDE", "RETREAT")):  # a decided concession is made
        # PLOVER manual, AGREE: "Cooperative actions of types CONSULT, SUPPORT, COOPERATE, and AID reported in
        # future tense are also taken to imply intentions and should be coded as AGREE" ("will visit X")
        cand.coding = Coding("AGREE", None, cand.coding.contexts, cand.coding.cameo)
    elif cand.coding.type == "CONSULT" and cand.trigger.is_noun and not cand.modes.negated:
        verb = governing_verb(cand.tok)  # "confirmed their participation in the talks": intent to meet
        if verb is not None and verb.lemma_.lower() in COMMIT_VERBS:
            cand.coding = Coding("AGREE", None, ("diplomatic",), cand.coding.cameo)


def _confidence(cand: Candidate, has_source: bool, has_target: bool) -> float:
    score = {"pattern": 0.6, "phrasal": 0.55, "verb": 0.5, "user": 0.6, "noun": 0.35, "light": 0.55}[cand.trigger.how]
    score += 0.15 * has_source + 0.1 * has_target
    tok = cand.tok.head if cand.trigger.how == "light" else cand.tok
    if cand.trigger.how == "light" and tok.dep_ == "prep":
        tok = tok.head  # "were converging for a rally": the gathering verb
    say = _in_reported_speech(tok)
    if tok.dep_ != "ROOT" and cand.tok.dep_ in ("relcl", "acl", "advcl", "pcomp"):
        score -= 0.05  # background detail ("resigned as the opposition threatened to ...", "rioted, setting fire")
    elif tok.dep_ == "ROOT" or cand.embedded is not None or (say is not None and say.dep_ == "ROOT"):
        score += 0.1  # the sentence's main event, or what its speaker said
    if cand.modes.hypothetical or cand.modes.negated:
        score -= 0.05
    return round(max(0.05, min(0.95, score)), 2)


def _name_actor(doc: Doc, tok: Token) -> str | None:
    """The actor of a proper-noun head's own name, before the longer phrase around it
    ("JUI-F chief Maulana Fazlur Rehman": the chief, not the party)."""
    if tok.pos_ != "PROPN":
        return None
    first = tok
    while first.i > 0 and doc[first.i - 1].head.i == tok.i and doc[first.i - 1].dep_ == "compound" \
            and doc[first.i - 1].pos_ == "PROPN":
        first = doc[first.i - 1]
    return actor_covering(doc, first.idx, tok.idx + len(tok.text))


class EventExtractor:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def sentence_candidates(self, sent: Span) -> list[Candidate]:
        silenced: list[Token] = []
        cands = [Candidate(t, t.coding) for t in find_triggers(sent, self.lexicon, silenced)]
        doc = sent.doc
        for cand in cands:
            args = noun_arguments(cand.tok) if cand.trigger.is_noun else verb_arguments(cand.tok)
            cand.sources = args[0]
            cand.targets = argument_heads(_pick_target(doc, args[1]))
            if not cand.sources:
                authority = implied_authority(cand.tok)
                cand.sources = [authority] if authority is not None else []
        tokens = list(sent)  # one pass of Token objects for the sentence's rules
        verbs = [t for t in tokens if t.pos_ == "VERB"]
        _easings(verbs, cands, self.lexicon)
        _access(verbs, cands)
        _giving(verbs, cands)
        _buildups(verbs, cands)
        _asylum_requests(verbs, cands)
        _refusals_and_light_verbs(cands)
        _compose(cands)
        for cand in cands:
            if _appealed(cand.tok, self.lexicon):
                cand.suppressed = True
        _deliberations(verbs, cands)
        _sentiments(tokens, cands)
        _statement_content(cands, silenced)
        _opinions(cands)
        _reductions(verbs, cands, self.lexicon)
        _nominal_reductions(tokens, cands, self.lexicon)
        _diplomatic_readings(sent, cands)
        _obligations(tokens, cands)
        _rebuttals(verbs, cands)
        _protest_acts(verbs, cands)
        _joint_exercises(cands)
        _purposes(cands)
        lower = sent.text.lower()
        words: dict[str, None] | None = None  # ordered: the first cue in the sentence wins, in every process
        for cand in cands:
            if cand.suppressed:
                continue
            cand.modes = auxiliary_modes(cand.tok, lower, sent.start_char)
            if cand.coding.type == "AGREE" and cand.embedded is not None and not cand.modes.negated:
                cand.modes.future = True  # "decided to participate in the talks": the talks lie ahead
            _threat_reading(cand)
            _intent_reading(cand)
            if not cand.coding.mode:
                words = words if words is not None else dict.fromkeys(t.lower_ for t in sent)
                cand.coding = refine_mode(cand.coding, words, self.lexicon)
            if cand.trigger.is_noun and not cand.sources and not cand.targets:
                cand.suppressed = True  # a bare noun ("the attack") names no one: no event
        return [c for c in cands if not c.suppressed]

    def __call__(self, doc: Doc) -> list[Event]:
        aid = article_id(doc)
        pub = article_date(doc)
        times = time_index(doc, doc._.dl_times or [])
        places = doc._.dl_places or []
        quotes = doc._.dl_quotes or []
        events: list[Event] = []
        previous: Event | None = None
        for sent in doc.sents:
            current: Event | None = None
            for cand in self.sentence_candidates(sent):
                event = self._event(doc, aid, pub, sent, cand, times, places, quotes)
                if event.date_from == "publication" and previous is not None and _continues(sent, cand.tok):
                    event.date, event.date_from = previous.date, "text"  # "He had also dismissed ..."
                events.append(event)
                if event.date_from == "text":
                    current = current or event
            previous = current
        return events

    def _resolve(self, doc: Doc, heads: list[Token], quote: Any | None) -> tuple[list[str], list[list[int]]]:
        ids: list[str] = []
        spans: list[list[int]] = []
        for tok in heads:
            start, end = np_bounds(tok)
            actor = _name_actor(doc, tok) or actor_covering(doc, start, end)
            if actor is None and tok.pos_ == "PRON":
                antecedent = _speaker_antecedent(tok)
                if antecedent is not None:  # "Iraq said it would allow ...": it = Iraq
                    start, end = np_bounds(antecedent)
                    actor = actor_covering(doc, start, end)
            if actor is None and tok.right_edge.i - tok.i <= 8:
                # "Leaders of the opposition coalition", "doctors from two American aid groups"
                actor = actor_covering(doc, start, tok.right_edge.idx + len(tok.right_edge.text))
            if actor is None and quote is not None and tok.lower_ in FIRST_PERSON:
                actor = quote.speaker_actor  # "we" inside a quote is the speaker's side
            spans.append([start, end])
            if actor and actor not in ids:
                ids.append(actor)
        return ids, spans

    def _event(self, doc: Doc, aid: str, pub: str | None, sent: Span, cand: Candidate, times: dict,
               places: list, quotes: list) -> Event:
        tok = cand.tok
        start, end = tok.idx, cand.trigger.end
        quote = event_quote(start, quotes)
        source, source_spans = self._resolve(doc, cand.sources, quote)
        target, target_spans = self._resolve(doc, cand.targets, quote)
        target = [t for t in target if t not in source]
        time = event_time(tok, times)
        date, date_from = (str(time.value), "text") if time is not None else (pub, "publication")
        modes = cand.modes
        if time is not None and pub and str(time.value)[:4].isdigit() and int(str(time.value)[:4]) < int(pub[:4]) - 1:
            modes.historical = True
        place = event_place(doc, tok, sent, places)
        if place is None and cand.embedded is not None:  # "decided to participate in talks in Doha"
            place = event_place(doc, cand.embedded.tok, sent, places)
        if place is not None:
            place.role = "event"
        ev_start = sent.start_char
        ev_end = ev_start + len(sent.text.rstrip())
        return Event(
            id=make_id("event", aid, start, end, cand.coding.type),
            type=cand.coding.type, mode=cand.coding.mode, contexts=list(cand.coding.contexts),
            source=source, target=target, date=date, date_from=date_from,
            place=place.id if place is not None else None,
            negated=modes.negated, hypothetical=modes.hypothetical, future=modes.future,
            historical=modes.historical, trigger=[start, end], evidence=[ev_start, ev_end],
            confidence=_confidence(cand, bool(source_spans), bool(target_spans)),
            quote=quote.id if quote is not None else None,
            source_spans=source_spans, target_spans=target_spans,
        )


def user_lexicon_files(configured: list[str] | None) -> tuple[str, ...]:
    """User lexicon files from the factory config and $DATELINE_EVENT_LEXICON (os.pathsep-separated)."""
    files = list(configured or [])
    env = os.environ.get("DATELINE_EVENT_LEXICON")
    if env:
        files += [f for f in env.split(os.pathsep) if f]
    return tuple(files)
