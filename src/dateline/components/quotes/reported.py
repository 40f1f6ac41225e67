"""Reported speech from the dependency parse: a cue verb, its content clause and its subject.

Patterns: "X said (that) Y" and "Y, X said" (content is the cue's ccomp, or the clause the cue is appended
to); "X said: Y" (colon cue); "X called for Y" / "X urged Z to Y" (directive verbs take an object);
"according to X, Y" and "Y, according to X" (prepositional cues); "..., adding that Y" (a participle cue
borrows the subject of the verb it hangs on).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..base import doc_text
from .cues import (
    AS_VERBS,
    ATTITUDE_ADJECTIVES,
    ATTITUDE_PREPOSITIONS,
    BELIEF_VERBS,
    CUE_NOUNS,
    CUE_PARTICLES,
    CUE_VERBS,
    DECREE_VERBS,
    DIRECTIVE_VERBS,
    DOCUMENT_SOURCES,
    EDITORIAL_LABELS,
    EVIDENCE_VERBS,
    EXPRESS_VERBS,
    HEARER_OBJECT_VERBS,
    INTENTION_VERBS,
    NEEDS_CLAUSE,
    NOUN_CONTENT_PREPOSITIONS,
    OBJECT_VERBS,
    PASSIVE_EVIDENTIAL_VERBS,
    PREPOSITIONAL_CUES,
    RAISING_VERBS,
    SPEECH_VERBS,
    STANCE_VERBS,
    TOPIC_PREPOSITIONS,
    TOPIC_VERBS,
)

SUBJECT_DEPS = {"nsubj", "csubj"}
QUESTION_VERBS = {"ask", "question", "query"}
# Topic verbs whose "to" phrase is the topic, not the hearer: "referred to the attacks", "did not respond to
# a request for comment", "reacted to the verdict".
TO_TOPIC_VERBS = {"refer", "respond", "reply", "react", "point"}
# Answering verbs attribute only when what they answer is itself something said or asked.
ANSWER_VERBS = {"respond", "reply", "react"}
ANSWERED_NOUNS = CUE_NOUNS | {"question", "request", "inquiry", "query", "letter", "email", "tweet", "report",
                              "speech", "critic", "accusation"}
CLAUSE_DEPS = {"ccomp"}
DIRECTIVE_OBJECT_DEPS = {"dobj", "xcomp", "ccomp", "oprd"}
BORROW_SUBJECT_DEPS = {"advcl", "xcomp", "conj", "pcomp", "acl"}
SPEAKER_RIGHT_DEPS = {"compound", "prep", "pobj", "nummod", "amod", "flat", "case", "nmod", "poss"}
RELATIVE = {"who", "that", "which", "whom"}
EDGE_PUNCT = set(",;:—–-()[] \n\t")
# A clause appended after a comma is the reporter's, not the speaker's: ", calling it ...", ", though ..."
QUOTE_MARKS = {'"', "“", "”", "’", "‘", "'"}
CONTRAST_OPENERS = {"while", "whereas"}
ELABORATING_PREPOSITIONS = {"along", "despite", "amid", "including"}
TRAILING_OPENERS = {"though", "although", "while", "whereas", "as", "but"}
MIN_OBJECT_WORDS = 2
# A one-word object is content only for verbs of taking sides with a named target ("endorsed Clinton").
NAMED_TARGETS = {"PERSON", "ORG", "NORP", "GPE"}
PERSON_OBJECT_PRONOUNS = {"him", "her", "them", "me", "us", "you"}
SPEAKER_BREAKS = {",", "—", "–", "--", ":", ")"}
OBJECT_PREPOSITIONS = {"of", "for", "about", "over", "as", "with"}
APPENDED_DEPS = {"advcl", "conj", "parataxis", "npadvmod", "appos", "relcl"}
RELATIVE_OPENERS = {"who", "which", "where", "whose", "whom"}
CUT_RELATIVES = True


@dataclass
class Candidate:
    """One attribution found in the parse; offsets are characters of ``doc.text``."""

    cue: list[list[int]]
    content: list[list[int]]
    speaker: list[list[int]] = field(default_factory=list)
    cue_token: int = -1
    sentence: int = 0  # char offset where the cue's sentence starts
    kind: str = "indirect"
    colon: bool = False
    # the span that names the speaker: the subject's head word, or what a relative "who" stands for
    antecedent: list[int] | None = None
    sourceless: bool = False  # the author's impression ("X seems to ..."): no speaker, none inherited
    verbatim: bool = False  # a layout gave the exact quotation: its marks are not linked again


_SENTS_KEY = "dl_quotes_sentence_starts"


def sentence_of(doc: Doc, i: int) -> Span:
    """``doc[i].sent`` without rescanning the Doc each time (spaCy walks every token per call)."""
    starts = doc.user_data.get(_SENTS_KEY)
    if starts is None:
        starts = [s.start for s in doc.sents]
        doc.user_data[_SENTS_KEY] = starts
    n = bisect.bisect_right(starts, i) - 1
    end = starts[n + 1] if n + 1 < len(starts) else len(doc)
    return doc[starts[n]:end]


def forget_sentences(doc: Doc) -> None:
    """Drop the per-call caches so the Doc carries nothing extra afterwards."""
    doc.user_data.pop(_SENTS_KEY, None)


def token_span(tokens: list[Token]) -> list[int]:
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return [first.idx, last.idx + len(last.text)]


def trim_chars(text: str, start: int, end: int) -> list[int] | None:
    while start < end and text[start] in EDGE_PUNCT:
        start += 1
    while end > start and (text[end - 1] in EDGE_PUNCT or text[end - 1] == "."):
        end -= 1
    return [start, end] if end > start else None


def subtree_chars(token: Token) -> tuple[int, int]:
    left, right = token.left_edge, token.right_edge
    return left.idx, right.idx + len(right.text)


def speaker_tokens(subject: Token) -> list[Token]:
    """The subject noun phrase without appositions, relative clauses or anything after a comma."""
    tokens = [t for t in subject.lefts if t.dep_ != "punct" or t.i > subject.left_edge.i]
    tokens = [t2 for t in tokens for t2 in t.subtree]
    tokens.append(subject)
    for child in subject.rights:
        if child.dep_ not in SPEAKER_RIGHT_DEPS:
            break
        tokens.extend(child.subtree)
    start = min(t.i for t in tokens)
    # cut anything before a comma inside the left part ("Smith, a doctor," keeps "Smith") and a dateline
    # the parser hung on the subject ("WASHINGTON (AP) — Former Attorney General ...")
    for t in sorted(tokens, key=lambda t: t.i):
        if t.text in SPEAKER_BREAKS and t.i < subject.i:
            start = t.i + 1
    return [t for t in tokens if t.i >= start and t.text not in (",", "—")]


def find_subject(verb: Token) -> Token | None:
    """The cue's subject, climbing through participles and coordinated verbs ("..., adding that")."""
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS and child.lower_ != "there":
                return child
            if child.dep_ == "agent":  # "was told by X" / "was quoted by X"
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if current.dep_ == "relcl" and current.head.pos_ in ("NOUN", "PROPN"):
            return current.head
        if current.dep_ not in BORROW_SUBJECT_DEPS or current.head is current:
            return None
        current = current.head
    return None


def cue_tokens(verb: Token) -> list[Token]:
    out = [verb]
    for child in verb.rights:
        if child.i == verb.i + 1 and (child.dep_ == "prt" or (child.dep_ == "prep" and child.lower_ in CUE_PARTICLES)):
            out.append(child)
    return out


def _content_of(verb: Token, lemma: str) -> tuple[list[list[int]] | None, bool]:
    """(content char spans, is_colon) for a cue verb, or (None, False) when it has none."""
    span, colon = _content_span(verb, lemma)
    if span is None:
        return None, colon
    if isinstance(span[0], int):
        return [span], colon  # type: ignore[list-item]
    return span, colon  # type: ignore[return-value]


def _content_span(verb: Token, lemma: str) -> tuple[list[int] | list[list[int]] | None, bool]:
    """The content of ``_content_of``: one span, or a list of spans around a parenthetical cue."""
    doc = verb.doc
    text = doc_text(doc)
    cue_end = max(t.i for t in cue_tokens(verb))
    # colon cue: "X said:" or "X said Friday:"
    nxt = cue_end + 1
    while nxt < len(doc) and doc[nxt].head.i == verb.i and doc[nxt].dep_ in ("npadvmod", "advmod", "dative"):
        nxt += 1
    if nxt < len(doc) and doc[nxt].text == ":":
        sent = sentence_of(doc, nxt)
        end_tok = sent[-1] if sent.end > nxt + 1 else sentence_of(doc, min(nxt + 1, len(doc) - 1))[-1]
        return trim_chars(text, doc[nxt].idx + 1, end_tok.idx + len(end_tok.text)), True
    framed = _as_frame(verb)
    if framed is not None:
        return framed, False
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS]
    as_only = lemma in AS_VERBS and lemma not in OBJECT_VERBS and not clauses
    if as_only and not any(c.dep_ == "prep" and c.lower_ == "as" for o in (verb, *verb.rights) for c in o.children
                           if o is verb or o.dep_ == "dobj"):  # "as" hangs on the verb or on its object
        return None, False
    if lemma in DIRECTIVE_VERBS or (not clauses and (lemma in OBJECT_VERBS or lemma in INTENTION_VERBS or lemma in DECREE_VERBS
                                                    or as_only or _speech_object(lemma) or document_finding(verb, lemma))):
        objects = [c for c in verb.rights if c.dep_ in DIRECTIVE_OBJECT_DEPS
                   or (c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ in CUE_PARTICLES)]
        if not objects and lemma in QUESTION_VERBS:  # "asked if he was bullied", "asked about the war"
            objects = [c for c in verb.rights if (c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children))
                or (c.dep_ == "prep" and c.lower_ == "about")]
        if objects and _noun_cue_with_content(objects[0]):
            return None, False  # "announced plans to ...", "repeated her call for ...": the noun cue carries it
        if objects and lemma in EXPRESS_VERBS and objects[0].dep_ == "dobj":
            # "expressed concern about the policy": the attitude noun belongs to the cue, its topic is content
            topics = [c for c in objects[0].rights if c.dep_ == "prep" and c.lower_ in ATTITUDE_PREPOSITIONS]
            pobjs = [c for t in topics[:1] for c in t.children if c.dep_ in ("pobj", "pcomp")]
            if pobjs:
                return trim_chars(text, pobjs[0].left_edge.idx,
                                  min(subtree_chars(pobjs[0])[1], _trailing_clause_start(pobjs[0]))), False
        if objects:
            # "accused China of hacking", "thanked voters for their support": the object's complement
            objects += [c for c in verb.rights if c.dep_ == "prep" and c.lower_ in OBJECT_PREPOSITIONS
                        and c.i > objects[0].i and c not in objects]
            # "called Silicon Valley to roll back ...", "supports a larger role to deprive ISIL of ...": the
            # parser hangs the infinitive on the verb; it is what the object is asked or meant to do
            objects += [c for c in verb.rights if c.dep_ == "advcl" and c.i > objects[0].i and _infinitive(c)
                        and doc[c.left_edge.i - 1].text not in EDGE_PUNCT]
            if objects[0].dep_ == "prep":
                start = objects[0].idx + len(objects[0].text)
            else:
                start = objects[0].left_edge.idx
            end = max(min(subtree_chars(o)[1], _trailing_clause_start(o)) for o in objects)
            span = trim_chars(text, start, end)
            if span and (len(text[span[0]:span[1]].split()) >= MIN_OBJECT_WORDS or (
                    lemma in STANCE_VERBS and _named_target(objects[0]))):
                return span, False
            return None, False
    if clauses:
        clause = clauses[0]
        start, end = subtree_chars(clause)
        end = min(end, _trailing_clause_start(clause))
        tails = [c for c in verb.rights if c.dep_ == "advcl" and c.i > clause.i and _infinitive(c)
                 and verb.doc[c.left_edge.i - 1].text not in EDGE_PUNCT]
        if tails and clause.i > verb.i and end == subtree_chars(clause)[1]:
            end = min(subtree_chars(tails[0])[1], _trailing_clause_start(tails[0]))  # "found it hard to ..."
        if start <= verb.idx < end:  # non-projective parse: keep the side of the clause head
            if clause.i < verb.i:
                end = verb.left_edge.idx
            else:
                start = verb.idx + len(verb.text)
        words = _cue_words_start(verb)
        doc = verb.doc
        if clause.i > verb.i and words.i > verb.left_edge.i and doc[words.i - 1].text in _DASHES \
                and (clause.left_edge.text in _DASHES or doc[clause.left_edge.i - 1].text in _DASHES):
            # "If the talks fail, officials warned, the ceasefire ...": the condition belongs to the content
            return [trim_chars(text, verb.left_edge.idx, words.idx), trim_chars(text, start, end)], False
        return trim_chars(text, start, end), False
    answer = next((c for c in verb.rights if c.lower_ in ("yes", "no") and c.dep_ in ("intj", "dobj", "advmod",
                                                                                     "npadvmod", "ccomp")), None)
    if answer is not None and lemma in SPEECH_VERBS:  # "the candidate said no"
        return [answer.idx, answer.idx + len(answer.text)], False
    if lemma in TOPIC_VERBS:  # "talked about the economy"
        for child in verb.rights:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            # "spoke to reporters" names the hearer; only "referred to" takes its topic with "to"
            if child.dep_ == "prep" and child.lower_ in TOPIC_PREPOSITIONS and objects and (
                    child.lower_ != "to" or lemma in TO_TOPIC_VERBS):
                if lemma in ANSWER_VERBS and objects[0].lemma_.lower() not in ANSWERED_NOUNS:
                    return None, False  # "responded to the fire" is an act; "responded to the criticism" is not
                return trim_chars(text, objects[0].left_edge.idx, subtree_chars(objects[0])[1]), False
    # "Y, he said." parsed with the cue hanging on Y's verb; "Y, he said, Z" keeps what follows the cue too
    head = verb.head
    if verb.dep_ in ("parataxis", "ccomp", "advcl", "conj") and head.i < verb.i and head is not verb:
        left = verb.left_edge
        if left.is_punct and left.i < verb.i:  # the parser hangs the opening comma on the cue
            left = doc[left.i + 1]
        if left.i > 0 and doc[left.i - 1].text in (",", "—", "–") or (left.i > 0 and doc[left.i - 1].text in "\"”'’"):
            return [trim_chars(text, head.left_edge.idx, left.idx), _after_parenthetical(verb, head)], False
    # "Many of the closures, he said, have involved ...": a parenthetical cue inside the clause it reports
    if verb.dep_ == "parataxis" and head.i > verb.i and head.pos_ in ("VERB", "AUX") and _parenthetical(verb):
        return [trim_chars(text, head.left_edge.idx, _cue_words_start(verb).idx), _after_parenthetical(verb, head)], False
    return None, False


def _cue_words_start(verb: Token) -> Token:
    """Where the cue's own words begin: its subject, not a clause the parser hung before it ("If the talks
    fail, officials warned, ...": the condition is part of what was said)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    return subjects[0].left_edge if subjects else verb.left_edge


_DASHES = (",", "—", "–", "--")


def _as_frame(verb: Token) -> list[list[int]] | None:
    """'As Smith put it, the deal is dead', 'The economy, as the report noted, is slowing': a cue clause
    opened by "as" frames the clause it hangs on, which is the content (less the frame)."""
    head = verb.head
    if verb.dep_ != "advcl" or head is verb or head.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children):
        return None
    if any(c.dep_ in CLAUSE_DEPS or (c.dep_ == "dobj" and c.lower_ != "it") for c in verb.children):
        return None  # "as he said he would": the "as" clause has content of its own
    text = doc_text(verb.doc)
    first, last = verb.left_edge, verb.right_edge
    end = min(subtree_chars(head)[1], _trailing_clause_start(head))
    pieces = [trim_chars(text, head.left_edge.idx, first.idx) if head.left_edge.i < first.i else None,
              trim_chars(text, last.idx + len(last.text), end) if last.idx + len(last.text) < end else None]
    return [p for p in pieces if p] or None


def _parenthetical(verb: Token) -> bool:
    """The cue's own words are set off by commas or dashes on both sides ("..., he said, ...")."""
    doc = verb.doc
    left, right = _cue_words_start(verb), verb.right_edge
    before = left.text if left.text in _DASHES else (doc[left.i - 1].text if left.i > 0 else "")
    after = right.text if right.text in _DASHES else (doc[right.i + 1].text if right.i + 1 < len(doc) else "")
    return before in _DASHES and after in _DASHES


def _after_parenthetical(verb: Token, head: Token) -> list[int] | None:
    """What of the reported clause follows a parenthetical cue, up to where the reporter resumes."""
    if not _parenthetical(verb):
        return None
    doc = verb.doc
    start = verb.right_edge.i + 1
    end = min(subtree_chars(head)[1], _trailing_clause_start(head))
    if start >= len(doc) or doc[start].idx >= end:
        return None
    return trim_chars(doc_text(doc), doc[start].idx, end)


def _named_target(token: Token) -> bool:
    """A person or group named or referred to by a personal pronoun ("endorsed Clinton", "praised him")."""
    if token.pos_ == "PROPN":
        return token.ent_type_ in NAMED_TARGETS
    return token.pos_ == "PRON" and token.lower_ in PERSON_OBJECT_PRONOUNS


def _infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children)


def document_finding(verb: Token, lemma: str) -> bool:
    """'A new poll shows Smith with 47 percent', 'the study found higher rates': a poll, survey, study or
    report reports its finding through its object (the guidelines' poll and document sources)."""
    if lemma not in EVIDENCE_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in DOCUMENT_SOURCES


def _noun_cue_with_content(noun: Token) -> bool:
    """A noun cue that the nominal rule turns into its own attribution ("plans to ...", "her call for ...")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CUE_NOUNS:
        return False
    deps = {c.dep_ for c in noun.children}
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children):
        return False  # "defended Trump's remarks on ...": someone else's words are what the verb is about
    return bool(deps & {"acl", "ccomp"}) or ("poss" in deps and any(
        c.dep_ == "prep" and c.lower_ in NOUN_CONTENT_PREPOSITIONS for c in noun.children))


def _speech_object(lemma: str) -> bool:
    """A speech verb with no clause reports its object ("stressed the need for talks", "noted the delay")."""
    return lemma in SPEECH_VERBS and lemma not in NEEDS_CLAUSE and lemma not in HEARER_OBJECT_VERBS


def _trailing_clause_start(head: Token) -> int:
    """Where the reporter's own words resume inside the content clause headed by ``head``: a clause
    appended after a comma or dash (", calling it ...", ", though ...", ", who has ...", "— a play on
    words"), or a coordinated verb with no subject of its own ("... and said that", "... but did not")."""
    doc = head.doc
    last = head.right_edge.i
    while last > head.i and doc[last].is_punct:
        last -= 1
    for token in head.subtree:
        if token.i <= head.i:
            continue
        if token.right_edge.i >= last and _trailing_elaboration(token):
            return doc[token.left_edge.i - 1].idx
        if token.dep_ not in APPENDED_DEPS:
            continue
        first = token.left_edge
        prev = doc[first.i - 1] if first.i > 0 else first
        if prev.text in QUOTE_MARKS and prev.i > 0:
            prev = doc[prev.i - 1]
        if (prev.text in ("—", "–") or _spaced_hyphen(prev)) and token.dep_ != "relcl":
            return prev.idx
        if token.dep_ == "advcl" and first.lower_ in CONTRAST_OPENERS and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return (prev if prev.text == "," else first).idx  # "... while Sanders suggests ...": the reporter's
        if prev.text == "," and ((first.tag_ == "VBG" and first is token and token.dep_ != "relcl")
                                 or first.lower_ in TRAILING_OPENERS
                                 or (CUT_RELATIVES and token.dep_ == "relcl" and first.lower_ in RELATIVE_OPENERS)):
            return prev.idx
        if token.head is head and token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and (
                not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)
                or any(t.lemma_ in SPEECH_VERBS and t.pos_ == "VERB" for t in token.subtree)):
            joints = [t for t in doc[head.i + 1:first.i] if t.dep_ == "cc" and t.head is head]
            return (joints[-1] if joints else first).idx
        if token.dep_ == "conj" and token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children) and (
                doc[first.i - 1].dep_ == "cc" or doc[first.i - 1].text == ","):
            # "... that he will try and insisted that ...": a second cue verb of the same speaker that the
            # parser buried in the first one's content starts an attribution of its own
            joint = doc[first.i - 1]
            if joint.dep_ == "cc" and joint.i > 0 and doc[joint.i - 1].text == ",":
                joint = doc[joint.i - 1]
            return joint.idx
    return len(doc_text(doc))


def _spaced_hyphen(token: Token) -> bool:
    """' - ' between spaces stands for a dash in much wire copy."""
    return token.text in ("-", "--") and token.i > 0 and bool(token.doc[token.i - 1].whitespace_) \
        and bool(token.whitespace_)


def _trailing_elaboration(token: Token) -> bool:
    """A phrase after a comma that closes the clause and adds the reporter's context: an additive "along
    with"/"despite"/"amid" phrase, a participle, an apposition to a name, a "when" clause or an "even as"
    clause."""
    doc = token.doc
    first = token.left_edge
    if first.i < 1 or doc[first.i - 1].text != "," or first.i <= token.head.i:
        return False
    if token.dep_ == "prep" and first is token and token.lower_ in ELABORATING_PREPOSITIONS:
        return True
    if token.tag_ == "VBG" and token.dep_ != "relcl" and all(t.pos_ == "ADV" for t in doc[first.i:token.i]):
        return True  # ", implicitly putting his name on the line": the reporter's comment
    if token.dep_ == "appos" and token.head.pos_ == "PROPN" and token.head.ent_type_:
        return True  # "Rep. Don Beyer, a former lieutenant governor": the reporter's description of a name
    return token.dep_ in ("advcl", "relcl") and (first.lower_ == "when" or (
        first.lower_ == "even" and first.i + 1 < len(doc) and doc[first.i + 1].lower_ in ("as", "though", "if")))


def _inside_compound(token: Token) -> bool:
    """'so-called', 'self-described': a hyphenated modifier, not a verb of saying."""
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].text in ("-", "‐") and not doc[token.i - 2].whitespace_ \
        if token.i > 1 else False


def _passive_without_agent(verb: Token) -> bool:
    """'It should be noted that ...', 'X is expected to ...': no one is said to say anything."""
    deps = {c.dep_ for c in verb.children}
    return bool(deps & {"nsubjpass", "auxpass"}) and "agent" not in deps


def _put_it(verb: Token) -> bool:
    """'as X put it': the idiom frames what follows as X's words."""
    return verb.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _passive_cue(verb: Token, text: str) -> Candidate | None:
    """'His comments were derided by X', 'the plan was approved last year', 'It was said that ...',
    'X is accused of plotting ...': what the passive subject names is the content (with the complement the
    verb takes), the agent, when there is one, the source."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects or subjects[0].lower_ == "there":
        return None
    subject = subjects[0]
    pieces = []
    clauses = [c for c in verb.rights if c.dep_ in ("ccomp", "xcomp", "oprd")]
    hearer = verb.lemma_.lower() in HEARER_OBJECT_VERBS  # "he was warned that ...": the subject was told
    if (subject.lower_ != "it" or not clauses) and not hearer:
        pieces.append(trim_chars(text, *subtree_chars(subject)))
    for c in verb.rights:
        if c.dep_ in ("ccomp", "xcomp", "oprd"):
            start, end = subtree_chars(c)
        elif c.dep_ == "prep" and c.lower_ in PASSIVE_COMPLEMENT_PREPOSITIONS:
            objects = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
            if not objects:
                continue
            start, end = (c.idx if c.lower_ == "as" else objects[0].left_edge.idx), subtree_chars(objects[0])[1]
        else:
            continue
        pieces.append(trim_chars(text, start, min(end, _trailing_clause_start(c))))
        break
    content = [p for p in pieces if p]
    if not content or (hearer and not clauses):
        return None
    agent = next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    if agent is None and verb.lemma_.lower() not in AGENTLESS_PASSIVE_VERBS:
        return None  # "the report was published": an act, unless someone is named as doing it
    cue_start = min([verb.idx] + [c.idx for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i])
    speaker = [token_span(speaker_tokens(agent))] if agent is not None else []
    antecedent = [agent.idx, agent.idx + len(agent.text)] if agent is not None else None
    return Candidate(cue=[[cue_start, verb.idx + len(verb.text)]], content=content, speaker=speaker,
                     cue_token=verb.i, sentence=_sentence_start(verb), antecedent=antecedent,
                     sourceless=agent is None)


def _sentence_start(token: Token) -> int:
    return sentence_of(token.doc, token.i).start_char


def find_candidates(doc: Doc, inside_quote: list[bool]) -> list[Candidate]:
    """Cue-verb and prepositional-cue attributions whose cue lies outside direct quotations."""
    text = doc_text(doc)
    headline = headline_candidate(doc)
    out: list[Candidate] = [headline] if headline else []
    for token in doc:
        if inside_quote[token.idx]:
            continue
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") and (lemma in RAISING_VERBS or lemma in PASSIVE_EVIDENTIAL_VERBS):
            cand = _raising(token, lemma, text)
            if cand is not None:
                out.append(cand)
                continue
        if token.pos_ == "VERB" and (lemma in CUE_VERBS or _put_it(token)):
            if _inside_compound(token):
                continue
            if _passive(token):
                cand = _passive_cue(token, text)
                if cand is not None:
                    out.append(cand)
                continue
            content, colon = _content_of(token, lemma)
            if (content is not None and lemma in NEEDS_CLAUSE and not colon and not _has_clause(token)
                    and not document_finding(token, lemma)):
                continue
            content = [c for c in content or [] if c]
            # "Asked if he was bullied, the candidate said no": the asker is not named
            unnamed_asker = lemma in QUESTION_VERBS and token.tag_ == "VBN" and token.dep_ == "advcl"
            subject = None if unnamed_asker else find_subject(token)
            speaker = [token_span(speaker_tokens(subject))] if subject is not None else []
            antecedent = [subject.idx, subject.idx + len(subject.text)] if subject is not None else None
            if subject is not None and subject.lower_ in RELATIVE and subject.head.dep_ == "relcl":
                antecedent = token_span(speaker_tokens(subject.head.head))  # "Smith, who said ..."
            out.append(Candidate(cue=[token_span(cue_tokens(token))], content=content,
                                 speaker=speaker, cue_token=token.i, sentence=_sentence_start(token),
                                 colon=colon, antecedent=antecedent, sourceless=unnamed_asker))
        elif token.pos_ == "ADJ" and lemma in ATTITUDE_ADJECTIVES and token.dep_ == "acomp":
            cand = _attitude(token, text)
            if cand is not None:
                out.append(cand)
        elif token.pos_ == "NOUN" and lemma in CUE_NOUNS:
            cand = _nominal(token, text)
            if cand is not None:
                out.append(cand)
        elif token.lower_ in ("according", "in"):
            cand = _prepositional(doc, token, text)
            if cand is not None:
                out.append(cand)
    if not headline:
        first_line = text.find("\n") if "\n" in text else len(text)
        if text[first_line:].strip() and not any(c.content and c.cue and c.cue[0][0] < first_line for c in out):
            title = headline_verb_candidate(doc, first_line)
            if title is not None:
                out.append(title)
    return out


_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""))  # headlines report in the present tense
HEADLINE_MAX_WORDS = 20
_CLAUSE_BREAK = {";", ":", "—", "–"}


def _headline_lemma(token: Token) -> str | None:
    """The cue lemma of a headline word: the parser's when it tags a verb, else the word de-inflected
    (capitalised headlines defeat the tagger: 'Donald Trump Praises ...')."""
    lemma = token.lemma_.lower()
    if token.tag_ in ("VBZ", "VBP") and lemma in CUE_VERBS and lemma not in NEEDS_CLAUSE:
        return lemma
    word = token.lower_
    capitalised = token.text[:1].isupper()  # the tagger reads every capitalised word as a name
    for suffix, repl in _INFLECTIONS:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[:-len(suffix)] + repl
            if base in CUE_VERBS and base not in NEEDS_CLAUSE and (capitalised or base not in CUE_NOUNS):
                return base
    return None


def headline_verb_candidate(doc: Doc, first_line: int) -> Candidate | None:
    """A headline 'Source Verbs what' ('Donald Trump Praises Breitbart Editor', 'Senate panel rejects
    the bill'): the first cue verb after a capitalised source, the rest of the clause its content."""
    text = doc_text(doc)
    tokens = [t for t in doc if t.idx < first_line and not t.is_space]
    if not 3 <= len(tokens) <= HEADLINE_MAX_WORDS:
        return None
    for n, token in enumerate(tokens[1:-1], start=1):
        if token.text in _CLAUSE_BREAK or (token.is_punct and token.text != ","):
            return None
        lemma = _headline_lemma(token) if token.text[:1].isalpha() else None
        if lemma is None:
            continue
        source = tokens[:n]
        comma = next((i for i, t in enumerate(source) if t.text == ","), None)
        if comma is not None:  # "Biden, stumping for Clinton, trashes Trump": the name before the comma
            source = source[:comma]
        if not source:
            return None
        if not (source[0].text[:1].isupper() or source[0].text[:1].isdigit()) or source[0].lower_ in ("the", "a", "an"):
            return None
        rest = tokens[n + 1:]
        cut = next((i for i, t in enumerate(rest) if t.text in _CLAUSE_BREAK), len(rest))
        rest = rest[:cut]
        content = trim_chars(text, rest[0].idx, rest[-1].idx + len(rest[-1].text)) if rest else None
        if content is None or len(rest) < MIN_OBJECT_WORDS:
            return None
        return Candidate(cue=[token_span([token])], content=[content], speaker=[token_span(source)],
                         cue_token=token.i, sentence=0, antecedent=token_span([source[-1]]))
    return None


_HEADLINE = re.compile(r"\A[ \t]*([A-Z][^:\n]{1,60}?)[ \t]*:[ \t]+(\S[^\n]*)")
HEADLINE_SOURCE_NOUNS = {"poll", "report", "study", "survey", "sources", "source", "official", "officials",
                         "experts", "analysts", "police", "witnesses"}


def headline_candidate(doc: Doc) -> Candidate | None:
    """A headline 'Source: what they said' ("McCain: Populist Anger Appeals to ...") on the first line."""
    match = _HEADLINE.match(doc_text(doc))
    if match is None or len(match.group(1).split()) > 6:
        return None
    s, e = match.span(1)
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return None
    words = match.group(1).split()
    if words[0].lower() in ("the", "a", "an") or (len(words) > 1 and match.group(1).isupper()) or any(
            w.lower().replace("’", "'") in EDITORIAL_LABELS for w in words):
        return None  # a kicker ("The Latest: ...", "FIX IS IN: ...") rather than a source
    named = any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in span)
    if not named and span[-1].lower_ not in HEADLINE_SOURCE_NOUNS and not all(w[0].isupper() for w in words):
        return None
    colon = match.end(1) + doc_text(doc)[match.end(1):match.start(2)].index(":")
    content = trim_chars(doc_text(doc), match.start(2), match.end(2))
    if content is None:
        return None
    return Candidate(cue=[[colon, colon + 1]], content=[content], speaker=[[s, e]], cue_token=span[-1].i,
                     sentence=0, colon=True)


RAISING_COMPLEMENTS = {"xcomp", "acomp", "oprd"}
RAISING_PREPOSITIONS = {"as", "like"}
PASSIVE_COMPLEMENT_PREPOSITIONS = {"as", "for", "of", "with"}
# Without an agent, a passive attributes only through verbs of saying, judging, believing or deciding.
AGENTLESS_PASSIVE_VERBS = SPEECH_VERBS | BELIEF_VERBS | STANCE_VERBS | DECREE_VERBS | DIRECTIVE_VERBS


def _attitude(adjective: Token, text: str) -> Candidate | None:
    """'X is critical of Y', 'X was sure that Y', 'X is eager to Y': the copula and adjective are the cue."""
    verb = adjective.head
    if verb.pos_ not in ("AUX", "VERB"):
        return None
    complement = None
    end = adjective.idx + len(adjective.text)  # the cue ends at the adjective or its preposition
    for child in adjective.rights:
        if child.dep_ in ("ccomp", "xcomp"):
            complement = (child.left_edge.idx, subtree_chars(child)[1])
            break
        if child.dep_ == "prep" and child.lower_ in ATTITUDE_PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                complement = (objects[0].left_edge.idx,
                              min(subtree_chars(objects[0])[1], _trailing_clause_start(objects[0])))
                end = child.idx + len(child.text)
            break
    if complement is None:
        return None
    content = trim_chars(text, *complement)
    subject = find_subject(verb)
    if content is None or subject is None or subject.lower_ in ("it", "there"):
        return None
    speaker = token_span(speaker_tokens(subject))
    antecedent = [subject.idx, subject.idx + len(subject.text)]
    if subject.lower_ in RELATIVE and subject.head.dep_ == "relcl":
        antecedent = token_span(speaker_tokens(subject.head.head))
    return Candidate(cue=[[min(verb.idx, adjective.idx), end]], content=[content], speaker=[speaker],
                     cue_token=verb.i, sentence=_sentence_start(verb), antecedent=antecedent)


def _raising(verb: Token, lemma: str, text: str) -> Candidate | None:
    """'X seems to ...', 'X appeared uneasy', 'X is expected to win': subject + complement, no source."""
    deps = {c.dep_ for c in verb.children}
    if lemma in RAISING_VERBS:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    elif "auxpass" in deps and "agent" not in deps:
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        return None
    complements = [c for c in verb.rights if c.dep_ in RAISING_COMPLEMENTS]
    if not complements:  # "was known as the Orange Revolution", "seems like a fair idea"
        complements = [o for c in verb.rights if c.dep_ == "prep" and c.lower_ in RAISING_PREPOSITIONS
                       for o in c.children if o.dep_ in ("pobj", "pcomp")][:1]
    if not subjects or not complements or subjects[0].lower_ in ("it", "there", "what"):
        return None
    subject = subjects[0]
    pieces = [trim_chars(text, *subtree_chars(subject))]
    start, end = subtree_chars(complements[0])
    if complements[0].dep_ in ("pobj", "pcomp"):
        start = complements[0].head.idx  # the preposition stays with what it introduces
    pieces.append(trim_chars(text, start, min(end, _trailing_clause_start(complements[0]))))
    content = [p for p in pieces if p]
    if len(content) < 2:
        return None
    cue_end = verb.idx + len(verb.text)
    cue_start = min([verb.idx] + [c.idx for c in verb.children if c.dep_ in ("auxpass",) and c.i < verb.i])
    return Candidate(cue=[[cue_start, cue_end]], content=content, cue_token=verb.i,
                     sentence=_sentence_start(verb), sourceless=True)


def _has_clause(verb: Token) -> bool:
    if any(c.dep_ in CLAUSE_DEPS for c in verb.children):
        return True
    return verb.dep_ in ("parataxis", "ccomp", "advcl", "conj") and verb.head.i < verb.i


def _nominal(noun: Token, text: str) -> Candidate | None:
    """'his comments on the war', "Smith's call for elections", 'her claim that ...': owner + content.
    Without a possessive the owner is the subject of the verb the noun is the object of ("she issued a plan
    to ...", "renews accusations that ..."); with neither, a clausal complement still makes it an
    attribution with no source ("the idea that ...", "allegations that ...")."""
    content = None
    clausal = False
    for child in noun.rights:
        if child.dep_ in ("acl", "ccomp") or (child.dep_ == "prep" and child.lower_ in NOUN_CONTENT_PREPOSITIONS):
            start = child.idx + len(child.text) if child.dep_ == "prep" else child.left_edge.idx
            content = trim_chars(text, start, min(subtree_chars(child)[1], _trailing_clause_start(child)))
            clausal = child.dep_ == "ccomp" or (child.dep_ == "acl" and any(
                c.dep_ in ("mark", "aux") and c.lower_ in ("that", "to") and c.i < child.i for c in child.children))
            break
    if content is None or len(text[content[0]:content[1]].split()) < MIN_OBJECT_WORDS:
        return None
    cue = [noun.idx, noun.idx + len(noun.text)]
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        owner = owners[0]
    elif not clausal:
        return None
    elif noun.dep_ == "dobj" and (subject := find_subject(noun.head)) is not None and subject.lower_ not in ("it", "there"):
        owner = subject
        cue = [min(noun.head.idx, noun.left_edge.idx), cue[1]]
    else:
        return Candidate(cue=[cue], content=[content], cue_token=noun.i, sentence=_sentence_start(noun),
                         sourceless=True)
    antecedent = [owner.idx, owner.idx + len(owner.text)]
    if owner.lower_ in RELATIVE and owner.head.dep_ == "relcl":
        antecedent = token_span(speaker_tokens(owner.head.head))
    return Candidate(cue=[cue], content=[content], speaker=[token_span(speaker_tokens(owner))],
                     cue_token=noun.i, sentence=_sentence_start(noun), antecedent=antecedent)


def _attached_clause(prep: Token, sent: Span) -> tuple[int, int]:
    """The clause a prepositional cue hangs on ("..., which stood at 263, according to X" covers the
    relative clause only); the sentence when it hangs on the main verb or outside the sentence."""
    head = prep.head
    if head is prep or head.dep_ == "ROOT" or not (sent.start <= head.i < sent.end) or head.pos_ not in ("VERB", "AUX"):
        return sent.start_char, sent.end_char
    return subtree_chars(head)


VIEW_NOUNS = {"view", "opinion", "judgment", "judgement", "estimation", "mind", "eyes"}


def _in_view_of(doc: Doc, token: Token, text: str) -> Candidate | None:
    """'in my view, ...', "in Smith's opinion, ...": the owner of the view is the source of the clause."""
    objects = [c for c in token.children if c.dep_ == "pobj" and c.lemma_.lower() in VIEW_NOUNS]
    owners = [c for o in objects for c in o.children if c.dep_ == "poss"]
    if not owners or token.head.pos_ not in ("VERB", "AUX"):
        return None
    sent = sentence_of(doc, token.i)
    phrase_end = objects[0].idx + len(objects[0].text)
    left, right = _attached_clause(token, sent)
    pieces = [trim_chars(text, left, token.idx), trim_chars(text, phrase_end, right)]
    content = [p for p in pieces if p and len(text[p[0]:p[1]].split()) >= 3]
    if not content:
        return None
    owner = owners[0]
    return Candidate(cue=[[token.idx, phrase_end]], content=content, speaker=[token_span(speaker_tokens(owner))],
                     cue_token=token.i, sentence=sent.start_char, antecedent=[owner.idx, owner.idx + len(owner.text)])


def _document_in(doc: Doc, token: Token, text: str) -> Candidate | None:
    """'In the poll, Clinton leads ...': a poll, survey or study opening the sentence is its source."""
    if token.dep_ != "prep" or token.head.pos_ not in ("VERB", "AUX"):
        return None
    objects = [c for c in token.children if c.dep_ == "pobj"]
    if not objects or objects[0].lemma_.lower() not in DOCUMENT_SOURCES:
        return None
    source = objects[0]
    sent = sentence_of(doc, token.i)
    if token.i != sent.start:  # only the framing "In the poll, ..."; mid-sentence ones name a setting
        return None
    phrase_end = max(t.idx + len(t.text) for t in source.subtree)
    left, right = _attached_clause(token, sent)
    pieces = [trim_chars(text, left, token.idx), trim_chars(text, phrase_end, right)]
    content = [p for p in pieces if p and len(text[p[0]:p[1]].split()) >= 3]
    if not content:
        return None
    return Candidate(cue=[[token.idx, token.idx + len(token.text)]], content=content,
                     speaker=[token_span(speaker_tokens(source))], cue_token=token.i, sentence=sent.start_char)


def _prepositional(doc: Doc, token: Token, text: str) -> Candidate | None:
    if token.lower_ == "in":
        found = _document_in(doc, token, text) or _in_view_of(doc, token, text)
        if found is not None:
            return found
    for phrase in PREPOSITIONAL_CUES:
        end = token.i + len(phrase)
        if end > len(doc) or tuple(t.lower_ for t in doc[token.i:end]) != phrase:
            continue
        last = doc[end - 1]
        objects = [c for c in last.children if c.dep_ == "pobj"] or ([doc[end]] if end < len(doc) else [])
        if not objects:
            return None
        source = objects[0]
        source_tokens = speaker_tokens(source)
        sent: Span = sentence_of(doc, token.i)
        phrase_start = token.idx
        phrase_end = max(t.idx + len(t.text) for t in source.subtree)
        left, right = _attached_clause(token, sent)
        pieces = [trim_chars(text, left, phrase_start), trim_chars(text, phrase_end, right)]
        content = [p for p in pieces if p and len(text[p[0]:p[1]].split()) >= 3]
        if not content:
            return None
        return Candidate(cue=[[token.idx, last.idx + len(last.text)]], content=content,
                         speaker=[token_span(source_tokens)], cue_token=token.i, sentence=sent.start_char)
    return None
