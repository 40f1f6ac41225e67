"""Which way a relative expression points: the tense of the verb that governs it, from the parse.

"drew criticism ... on Saturday" (past) picks the previous Saturday; "will meet Friday", "scheduled to
start on June 30" pick the next. Without a parse (hand-built Docs) a few lexical cues in the sentence
decide, else "none".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

FUTURE_AUX = {"will", "'ll", "ll", "shall", "wo", "wil"}
FUTURE_MODALS = {"would", "'d", "might", "may", "can", "should"}  # not "could": mostly past ability ("could not be located Wednesday")
HAVE = {"has", "have", "had", "'ve", "'s"}
PROGRESSIVE_BE = {"is", "are", "am", "'s", "'re", "'m"}
# Heads whose "to"-infinitive complement lies ahead: "scheduled to start", "due to meet", "plans to vote".
FUTURE_HEADS = {"schedule", "due", "expect", "set", "plan", "go", "intend", "aim", "slate", "poise",
                "prepare", "hope", "want", "seek", "try", "propose", "vow", "promise", "threaten", "agree",
                "decide", "pledge", "likely", "ready", "about"}
# Verbs whose object is a planned event: "has scheduled a news conference Thursday".
PLANNING_VERBS = {"schedule", "plan", "slate", "set", "expect", "postpone", "reschedule", "delay", "due"}
# "extended the deadline until Tuesday", "postponed until Monday": a past act that points ahead.
MOVING_VERBS = {"extend", "postpone", "delay", "defer", "push", "adjourn", "suspend", "reschedule", "move"}
FUTURE_CUES = {"will", "'ll", "shall", "next", "upcoming", "scheduled", "due", "coming", "tomorrow"}
PAST_CUES = {"was", "were", "had", "did", "said", "ago", "last", "yesterday"}


def verb_tense(verb: Token, depth: int = 0) -> str:
    """past | future | present | none for a verb token and its auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX:
        return "future"
    if verb.lemma_.lower() in PLANNING_VERBS:
        # "has scheduled a conference Thursday", "is set for Friday" point ahead; a plan told in the past
        # ("the government planned to pay on Friday", "a service planned for Saturday was canceled") does not
        past_plan = (verb.tag_ == "VBD" and not auxes) or (verb.tag_ == "VBN" and (
            verb.dep_ in ("acl", "amod") or {"was", "were"} & words))
        if not past_plan:
            return "future"
    if "to" in words or (verb.tag_ == "VB" and verb.dep_ == "xcomp"):
        head = verb.head
        if head is not verb and (head.lemma_.lower() in FUTURE_HEADS or head.lower_ in FUTURE_HEADS
                                 or head.lemma_ == "be"):  # "is to resume trading Tuesday"
            return "future"
        if head is not verb and depth < 2:
            return verb_tense(head, depth + 1)
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and words & HAVE:
        return "past"
    if verb.tag_ == "VBG" and words & PROGRESSIVE_BE:
        return "future"  # "is meeting Friday": a planned event
    if words & FUTURE_MODALS:
        return "future"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and depth < 1:
        return "past"
    return "none"


def governing_verb(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            return tok
        if tok.head is tok:
            break
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def lexical_tense(doc: Doc, start: int) -> str:
    """Fallback without a parse: the nearest tense cue among the 8 words before the expression."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return "none"
    i = span.start
    for tok in reversed(doc[max(0, i - 8):i]):
        low = tok.lower_
        if low in FUTURE_CUES:
            return "future"
        if low in PAST_CUES or (low.endswith("ed") and len(low) > 4):
            return "past"
    return "none"


# "as soon as Tuesday", "by February", "until Friday", "effective Feb. 1": a deadline, an earliest time or
# a start lies ahead, unless the clause itself is in the past ("had filed reports by Wednesday").
SOON_AS = re.compile(r"\b(?:as (?:soon|early) as|by|until|till|through)\s+$", re.I)
EFFECTIVE = re.compile(r"\beffective\s+(?:on\s+)?$", re.I)  # "a pact effective June 1": takes effect ahead


@dataclass
class Context:
    """What normalising needs besides the matched words: the article date, the Doc, the reference time."""

    dct: date | None
    doc: Doc | None = None
    text: str = ""  # doc.text, kept once: Doc.text rebuilds the string on every access
    last_quarter: tuple[int, int] | None = None  # (year, quarter) last mentioned: "the quarter", "a year ago"
    last_year: int | None = None  # the last year named in full: "that year"
    # The narrative reference time: the last date the text named in full ("May 22, 1995", "June 1998"),
    # as (value, granularity D/M/Y, anchor). "The following year", "that day", "the next morning" refer to it.
    last_date: tuple[str, str, str] | None = None
    selecting: bool = False  # True while matches are only being accepted or rejected (no reference yet)
    _tense_cache: dict[int, str] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> str:
        if start not in self._tense_cache:
            result = "none"
            parsed = self.doc is not None and self.doc.has_annotation("DEP")
            verb = governing_verb(self.doc, start, end) if parsed else None  # type: ignore[arg-type]
            if verb is not None:
                result = verb_tense(verb)
            if SOON_AS.search(self.text, max(0, start - 20), start) and (
                    result != "past" or verb is None or verb.lemma_.lower() in MOVING_VERBS):
                result = "future"
            if EFFECTIVE.search(self.text, max(0, start - 14), start):
                result = "future"
            if result == "none" and self.doc is not None:
                result = lexical_tense(self.doc, start)
            self._tense_cache[start] = result
        return self._tense_cache[start]
