"""Putting the pieces together: quotation marks + parse cues -> Quote records with speakers and media."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ...records import Quote, make_id
from ..base import article_id
from .layouts import layout_candidates
from .marks import Quoted, find_quoted
from .medium import find_medium, find_time
from .reported import Candidate, doc_text, find_candidates, forget_sentences, sentence_of
from .speakers import SpeakerResolver, continue_speakers
from .subjects import colon_speakers, refine_speakers

MIN_QUOTE_WORDS = 4  # shorter quoted spans are titles or scare quotes
MIN_STANDALONE_WORDS = 8  # a quotation with no cue and no quote before it must look like a statement
DIRECT_SHARE = 0.8  # content this much inside quotation marks is a direct quote
_GLUE = re.compile(r"^[\s,.;:!?\"“”‘’'—–-]*$")
_LETTERS = re.compile(r"\w")
_SENTENCE_END = re.compile(r"[.!?\n]")
_NEW_SENTENCE = re.compile(r"[.!?][\"”’']?\s+[\"“‘]?[A-Z]")


@dataclass
class Draft:
    content: list[list[int]]
    cue: list[list[int]] = field(default_factory=list)
    speaker: list[list[int]] = field(default_factory=list)
    kind: str = "direct"
    frame: tuple[int, int] = (0, 0)
    cue_pos: int = 0
    groups: set[int] = field(default_factory=set)
    inherited: bool = False
    antecedent: list[int] | None = None
    sourceless: bool = False


def extract_quotes(doc: Doc) -> list[Quote]:
    """Every quote in the Doc, in text order (reads ``dl_actors``/``dl_actor_index`` and ``dl_times``)."""
    try:
        text = doc_text(doc)
        quoted = find_quoted(text)
        inside = bytearray(len(text) + 1)
        for q in quoted:
            inside[q.start:q.end] = b"\x01" * (q.end - q.start)
        layout = layout_candidates(doc, text)
        for cand in layout:  # speech inside a transcript turn or a post is not attributed again
            for s, e in cand.content:
                inside[s:e] = b"\x01" * (e - s)
        candidates = _outermost(find_candidates(doc, inside))
        refine_speakers(doc, candidates, inside)
        drafts = _link(doc, quoted, layout + candidates)
        drafts.sort(key=lambda d: d.content[0][0])
        colon_speakers(doc, drafts)
        continue_speakers(doc_text(doc), drafts)
        return _records(doc, drafts)
    finally:
        forget_sentences(doc)


def _outermost(candidates: list[Candidate]) -> list[Candidate]:
    """Only the outermost attribution counts (PolNeAR): a cue inside another cue's content is part of what
    that source said ("X criticized Y for saying that ..."), not a quote of its own."""
    if not NESTED_OUT:
        return candidates
    spans = [(s, e, c) for c in candidates if not c.colon for s, e in c.content]
    out = []
    for cand in candidates:
        pos = cand.cue[0][0] if cand.cue else -1
        if any(s <= pos < e and other is not cand and not any(s2 <= other.cue[0][0] < e2 for s2, e2 in cand.content)
               for s, e, other in spans):
            continue
        out.append(cand)
    return out


NESTED_OUT = True


def _letters(text: str, start: int, end: int) -> int:
    return len(_LETTERS.findall(text, start, end))


def _link(doc: Doc, quoted: list[Quoted], candidates: list[Candidate]) -> list[Draft]:
    """Attach cues to quotations; what is left becomes indirect or mixed, or cue-less direct quotes."""
    text = doc_text(doc)
    by_group: dict[int, list[Quoted]] = {}
    for q in quoted:
        by_group.setdefault(q.group, []).append(q)
    used: set[int] = set()
    drafts: list[Draft] = []
    seen_content: set[tuple[int, int]] = set()
    # cues whose clause holds a quotation claim it before cues that merely stand next to one
    ordered = [c for c in candidates if c.content] + [c for c in candidates if not c.content]
    for cand in ordered:
        frame = _sentence_bounds(doc, cand.cue_token)
        if cand.verbatim:  # a signed quotation: the layout already bounds it, whatever the marks pair with
            used |= {q.group for q in quoted if _overlaps(q, cand.content)}
            drafts.append(Draft(cand.content, cand.cue, cand.speaker, "direct", frame, cand.cue[0][0],
                                antecedent=cand.antecedent))
            continue
        groups = _quoted_groups(text, cand, quoted, doc) - used
        if groups:
            pieces = sorted(([q.start, q.end] for g in groups for q in by_group[g]), key=lambda p: p[0])
            drafts.append(Draft(pieces, cand.cue, cand.speaker, "direct", frame, cand.cue[0][0], groups,
                                antecedent=cand.antecedent))
            used |= groups
            continue
        if not cand.content:
            continue
        key = tuple(cand.content[0])
        if key in seen_content:
            continue
        seen_content.add(key)
        kind = "mixed" if any(_overlaps(q, cand.content) and q.words(text) >= 2 for q in quoted) else "indirect"
        if kind == "mixed":
            used |= {q.group for q in quoted if _within(q, cand.content)}
        drafts.append(Draft(cand.content, cand.cue, cand.speaker, kind, frame, cand.cue[0][0],
                            antecedent=cand.antecedent, sourceless=cand.sourceless))
    drafts.sort(key=lambda d: d.content[0][0])
    # quotations no cue claimed: continue the quote before them in the same paragraph, else stand alone
    for group, pieces in sorted(by_group.items(), key=lambda kv: kv[1][0].start):
        if group in used or sum(q.words(text) for q in pieces) < MIN_QUOTE_WORDS:
            continue
        previous = _previous_in_paragraph(text, drafts, pieces[0].start)
        if previous is not None and previous.kind in ("direct", "mixed"):
            previous.content.extend([q.start, q.end] for q in pieces)
            previous.content.sort(key=lambda p: p[0])
            previous.groups.add(group)
            continue
        if not _standalone(text, pieces):
            continue
        drafts.append(Draft([[q.start, q.end] for q in pieces], frame=(pieces[0].start, pieces[-1].end),
                            cue_pos=pieces[0].start, groups={group}))
        drafts.sort(key=lambda d: d.content[0][0])
    return drafts


def _standalone(text: str, pieces: list[Quoted]) -> bool:
    """A cue-less quotation counts when it is long and reads as a whole sentence, not a phrase."""
    first = pieces[0]
    if sum(q.words(text) for q in pieces) < MIN_STANDALONE_WORDS or not text[first.start].isupper():
        return False
    before = text[max(0, first.start - 3):first.start - 1].strip()
    return not before or before[-1] in ".!?:\n"


def _sentence_bounds(doc: Doc, token_i: int) -> tuple[int, int]:
    sent = sentence_of(doc, token_i)
    return sent.start_char, sent.end_char


def _overlaps(q: Quoted, spans: list[list[int]]) -> bool:
    return any(q.start < e and s < q.end for s, e in spans)


def _within(q: Quoted, spans: list[list[int]]) -> bool:
    return any(s <= q.start and q.end <= e for s, e in spans)


def _quoted_groups(text: str, cand: Candidate, quoted: list[Quoted], doc: Doc) -> set[int]:
    """Groups of the quotations this cue introduces: its content is (nearly) all quoted, or it has no
    content and a quotation touches the cue's clause ('"...," he said' / 'He said: "..."')."""
    if cand.content:
        total = sum(_letters(text, s, e) for s, e in cand.content)
        hits = [q for q in quoted if _overlaps(q, cand.content)]
        covered = sum(_letters(text, max(s, q.start), min(e, q.end)) for q in hits for s, e in cand.content
                      if q.start < e and s < q.end)
        if hits and total and covered >= DIRECT_SHARE * total:
            groups = {q.group for q in hits}
            after = _next_touching(text, quoted, max(e for _, e in cand.cue + cand.speaker), groups)
            before = _previous_touching(text, quoted, min(s for s, _ in cand.cue + cand.speaker), groups)
            return groups | after | before
        return set()
    verb = doc[cand.cue_token]
    left, right = _outside_quotations(quoted, verb.idx, verb.left_edge.idx,
                                      verb.right_edge.idx + len(verb.right_edge.text))
    for s, e in cand.speaker + cand.cue:
        left, right = min(left, s), max(right, e)
    groups = set()
    for q in quoted:
        if q.end <= left and _GLUE.match(text[q.end:left]) and "\n" not in text[q.end:left]:
            groups.add(q.group)
        elif q.start >= right and _GLUE.match(text[right:q.start]) and not _SENTENCE_END.search(text, right - 1, q.start):
            groups.add(q.group)  # not across a full stop: 'X rejected the idea. "..." he said' is not X's
    if groups:
        groups |= _next_touching(text, quoted, right, groups)
    return groups


def _outside_quotations(quoted: list[Quoted], at: int, left: int, right: int) -> tuple[int, int]:
    """The cue clause's edges without quoted words the parse hung on the cue: '"A. B. C," said X' often
    parses C as the cue's clause, which would hide the quotation from the cue."""
    for q in quoted:
        if q.start - 1 <= left < q.end <= at:
            left = q.end
        if at < q.start < right <= q.end + 1:
            right = q.start
    return left, right


def _previous_touching(text: str, quoted: list[Quoted], before: int, groups: set[int]) -> set[int]:
    """'"A," he told the host, "B."': the quotation that ends right before the cue's speaker goes with it."""
    last = None
    for q in quoted:
        if q.end > before:
            break
        last = q
    if last is not None and last.group not in groups:
        gap = text[last.end:before]
        if _GLUE.match(gap) and "\n" not in gap and len(gap) <= 6:
            return {last.group}
    return set()


def _next_touching(text: str, quoted: list[Quoted], after: int, groups: set[int]) -> set[int]:
    """'"A," he said, "B."': the quotation that resumes right after the cue belongs to the same quote."""
    for q in quoted:
        if q.start >= after:
            gap = text[after:q.start]
            if q.group not in groups and _GLUE.match(gap) and "\n" not in gap and len(gap) <= 6:
                return {q.group}
            break
    return set()


def _previous_in_paragraph(text: str, drafts: list[Draft], start: int) -> Draft | None:
    """The quote this quotation continues: the one just before it in the same paragraph with no other cue
    between, or one whose sentence ends right where this quotation's paragraph begins."""
    before = [d for d in drafts if d.content[-1][1] <= start]
    if not before:
        return None
    last = max(before, key=lambda d: d.content[-1][1])
    aside = None
    if last.kind == "indirect":  # '"A," she said, referring to X. "B."': B continues A, not the aside
        hosts = [d for d in before if d.kind != "indirect" and d.frame == last.frame]
        if hosts:
            aside, last = last, max(hosts, key=lambda d: d.content[-1][1])
    end = last.content[-1][1]
    if any(end < c[0] < start for d in drafts if d is not last and d is not aside for c in d.cue):
        return None
    gap = text[end:start]
    if "\n" not in gap:
        return last
    rest_of_paragraph = gap[:gap.index("\n")]
    between = gap[gap.index("\n"):]
    if _NEW_SENTENCE.search(rest_of_paragraph) or between.strip(" \t\n\"“”‘’'«„"):
        return None
    return last


def _records(doc: Doc, drafts: list[Draft]) -> list[Quote]:
    aid = article_id(doc)
    text = doc_text(doc)
    content_spans = [(s, e) for d in drafts for s, e in d.content]
    resolver = SpeakerResolver(doc, content_spans)
    times = doc._.dl_times or [] if doc.has_extension("dl_times") else []
    out: list[Quote] = []
    resolved: dict[tuple[int, int, tuple[int, int] | None], tuple[str | None, str | None]] = {}
    for d in drafts:
        name = actor = None
        if d.speaker:
            head = (d.antecedent[0], d.antecedent[1]) if d.antecedent else None
            key = (d.speaker[0][0], d.speaker[0][1], head)
            if key not in resolved:
                resolved[key] = resolver.resolve(d.speaker[0][0], d.speaker[0][1], head)
            name, actor = resolved[key]
        frame_start, frame_end = d.frame
        frame_start = min([frame_start] + [s for s, _ in d.cue])
        frame_end = max([frame_end] + [e for _, e in d.cue])
        frame = _blank(text, frame_start, frame_end, d.content)
        medium = find_medium(doc, frame, frame_start) if d.cue else None
        near = medium.start if medium else d.cue_pos
        time = find_time(times, frame_start, frame_end, d.content, near) if d.cue else None
        out.append(Quote(id=make_id("quote", aid, d.content, d.cue), content=d.content, cue=d.cue,
                         speaker=d.speaker, speaker_name=name, speaker_actor=actor, kind=d.kind,
                         medium=medium, time=time.id if time else None))
    return out


def _blank(text: str, start: int, end: int, spans: list[list[int]]) -> str:
    chars = list(text[start:end])
    for s, e in spans:
        for i in range(max(s, start), min(e, end)):
            chars[i - start] = " "
    return "".join(chars)
