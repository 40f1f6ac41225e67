"""Source and target of a trigger from the dependency parse (spaCy's ClearNLP labels).

Verbs: subject -> source, direct object / dative / prepositional object -> target; passives: agent "by" ->
source, passive subject -> target. Nouns (nominalisations): possessor or "by"/"from" -> source, "of"/"on"/
"against"/"with"/"to" -> target, else the governing verb's subject; after a verb of receiving ("drew criticism
from X", "faced protests by Y") the roles flip: X is the source and the verb's subject the target.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..base import actor_covering

SUBJECT_DEPS = {"nsubj", "csubj", "expl"}
# Prepositions that introduce the recipient of an action.
TARGET_PREPS = {"to", "against", "with", "on", "at", "into", "toward", "towards", "over", "upon", "for"}
NOUN_TARGET_PREPS = {"of", "against", "on", "with", "to", "toward", "towards", "into", "over", "upon"}
NOUN_SOURCE_PREPS = {"by", "from"}
RECEIVE_VERBS = {"draw", "receive", "face", "attract", "meet", "suffer", "endure", "come", "get", "earn",
                 "invite", "trigger", "provoke", "spark", "prompt"}
# Verbs whose xcomp/ccomp subject is their object ("urged X to ...", "asked X to ...").
OBJECT_CONTROL = {"urge", "ask", "request", "call", "order", "tell", "press", "force", "persuade", "invite",
                  "encourage", "allow", "warn", "advise", "push"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# Nouns of complex prepositions whose object is the one the act is aimed at ("in defiance of X", "in protest
# against X", "in retaliation for X", "in solidarity with X", "in response to X").
STANCE_NOUNS = {"defiance", "protest", "retaliation", "revenge", "solidarity", "support", "response",
                "reaction", "opposition", "reprisal"}
# Dependents that end a noun phrase (what follows is not part of the argument's name).
NP_STOP_DEPS = {"relcl", "acl", "prep", "appos", "punct", "cc", "conj", "advcl", "ccomp", "xcomp"}
# A clausal argument stands for its own subject ("the government's evading its responsibility").
CLAUSAL = {"VERB", "AUX"}


def np_bounds(tok: Token) -> tuple[int, int]:
    """Char span of a noun phrase's core: determiners and modifiers, not its relative clauses or PPs."""
    start = tok.left_edge
    right = tok
    for child in tok.rights:
        if child.dep_ in NP_STOP_DEPS:
            break
        right = child.right_edge
    return start.idx, right.idx + len(right.text)


def conjuncts(tok: Token) -> list[Token]:
    """The token and the heads of its coordinated siblings ("the US and France")."""
    return [tok, *[c for c in tok.conjuncts if c.i > tok.i]]


# Nouns of quantity or part: the participant is what they count ("thousands of Nigerians", "a group of
# refugees", "one third of the guerrillas").
PARTITIVES = {"thousands", "hundreds", "dozens", "millions", "tens", "scores", "group", "groups", "some", "many",
              "most", "all", "part", "one", "third", "half", "majority", "number", "crowd", "crowds", "handful",
              "rest", "each", "both", "several", "batch", "contingent", "band", "few", "minority", "bunch"}


def _counted(tok: Token) -> Token:
    """The noun a quantity or part counts ("hundreds of thousands of people": people), else the token."""
    for _ in range(3):
        if not (tok.lower_ in PARTITIVES or tok.like_num):
            break
        obj = _pobj(tok, {"of"})
        if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
            break
        tok = obj
    return tok


def argument_heads(tok: Token | None) -> list[Token]:
    if tok is None:
        return []
    tok = _counted(tok)
    if tok.pos_ in CLAUSAL:  # a clause as argument: its subject is the participant
        subj = subject(tok)
        return conjuncts(subj) if subj is not None else []
    if tok.pos_ == "ADP":  # a stray preposition: its object
        objs = [c for c in tok.children if c.dep_ == "pobj"]
        return conjuncts(objs[0]) if objs else []
    owner = _pronoun_owner(tok)
    return conjuncts(tok) + ([owner] if owner is not None else [])


def _pronoun_owner(tok: Token) -> Token | None:
    """'Bosnian Serbs said their forces had completed ...': a group named only by a possessive pronoun
    belongs to the subject of the clause that reports or frames it."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "poss" and c.lower_ in ("their", "its") for c in tok.children):
        return None
    if _placed_actor(tok.doc, *np_bounds(tok)):
        return None
    cur = tok.head
    for _ in range(4):
        if cur.pos_ in CLAUSAL and cur.i != tok.head.i:
            subj = _child(cur, {"nsubj"})
            if subj is not None and subj.pos_ != "PRON" and _placed_actor(tok.doc, *np_bounds(subj)):
                return subj
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _child(tok: Token, deps: set[str]) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def _pobj(tok: Token, preps: set[str]) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            obj = _child(c, {"pobj"})
            if obj is not None:
                return obj
    return None


def agent(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            return _child(c, {"pobj"})
    return None


def subject(verb: Token, depth: int = 0) -> Token | None:
    """Grammatical subject of a verb, inherited through control, coordination and relative clauses."""
    subj = _child(verb, SUBJECT_DEPS)
    if subj is None and not passive(verb):  # a stative passive: "Israel is opposed to ..."
        subj = _child(verb, {"nsubjpass"})
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head  # "Sharon, who has vowed ...": the noun the clause describes
    if subj is not None and subj.dep_ != "expl":
        return subj
    if depth > 3:
        return None
    head = verb.head
    if head.i == verb.i:
        return _stranded_subject(verb)
    if verb.dep_ in ("xcomp", "acomp"):  # "Syria is willing to withdraw": willing -> is -> Syria
        if head.lemma_.lower() in OBJECT_CONTROL:
            obj = _child(head, {"dobj"})
            if obj is not None:
                return obj
        return subject(head, depth + 1)
    if verb.dep_ == "conj":
        return subject(head, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
        # "protesters demanding reforms": the protesters; "issued a declaration demanding ...": the issuer
        if actor_covering(verb.doc, *np_bounds(head)) is not None:
            return head
        holder = governing_verb(head)
        return subject(holder, depth + 1) if holder is not None else None
    if verb.dep_ in ("relcl", "acl") and verb.tag_ == "VB" and _child(verb, {"aux"}) is not None:
        # an infinitive on a noun ("a rally to protest ...", "plans to attack ...") is done by whoever
        # holds the noun: the subject of the verb it hangs from
        holder = governing_verb(head)
        return subject(holder, depth + 1) if holder is not None else None
    if verb.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head if verb.dep_ == "relcl" else None
    if verb.dep_ in ("advcl", "pcomp") and verb.tag_ in ("VBG", "VB"):
        return subject(head, depth + 1)
    return None


# Participles whose passive states the subject's own stance or activity ("Israel is opposed to French
# mediation", "Serb forces were engaged in ethnic cleansing"): the passive subject is the actor.
STATIVE_PASSIVES = {"oppose", "commit", "engage", "determine", "prepare", "involve", "dedicate", "resolve",
                    "poise", "set", "divide", "split", "opposed", "committed", "engaged", "determined",
                    "prepared", "involved", "dedicated", "resolved", "poised"}


def _stranded_subject(verb: Token) -> Token | None:
    """The actor right before a main verb that the parser attached elsewhere ("With the signing of a
    memorandum, the Sudanese government and SPLM/A have agreed ...": the subject hangs off 'signing')."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or verb.tag_ == "VBN" and _child(verb, {"aux"}) is None:
        return None
    first = verb
    for c in verb.lefts:
        if c.dep_ in ("aux", "neg", "advmod"):
            first = min(first, c, key=lambda t: t.i)
    prev = verb.doc[first.i - 1] if first.i > 0 else None
    if prev is None or prev.pos_ not in ("NOUN", "PROPN") or prev.dep_ not in ("conj", "pobj", "appos", "dobj"):
        return None
    tok = prev
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN") and \
            actor_covering(verb.doc, *np_bounds(tok.head)) is not None:
        tok = tok.head  # the first of the coordinated names
    return tok if actor_covering(verb.doc, *np_bounds(tok)) is not None else None


def passive(verb: Token) -> bool:
    if verb.lemma_.lower() in STATIVE_PASSIVES and agent(verb) is None:
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _object_candidates(obj: Token) -> list[Token]:
    """Actors inside a thing-object: 'aid to Mozambique', "Lebanon's new President", 'the right of Russia'."""
    out = []
    poss = _child(obj, {"poss"})
    if poss is not None:
        out.append(poss)
    for c in obj.children:  # "an Australian ultimatum", "a U.S. demand"
        if c.i < obj.i and c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper():
            out.append(c)
    for c in obj.children:  # "a travel ban imposed on Chadian citizens"
        if c.dep_ == "acl":
            out += [p for p in (_pobj(c, TARGET_PREPS), agent(c)) if p is not None]
    for c in obj.children:
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS | {"of", "for", "in", "into", "by", "from"}:
            pobj = _child(c, {"pobj"})
            if pobj is not None:
                out.append(pobj)
    return out


# Dependents that open another clause or belong to the subject side: not searched for a buried target.
DEEP_SKIP_DEPS = SUBJECT_DEPS | {"nsubjpass", "agent", "punct", "cc", "relcl", "advcl", "ccomp", "parataxis",
                                 "mark", "aux", "auxpass", "neg", "det", "advmod", "prt", "case"}
NON_ACTOR_ENTS = {"DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "PERCENT", "ORDINAL"}


def _placed_actor(doc: Doc, start: int, end: int) -> bool:
    """An actor covers the span and has a country (a bare 'troops' or 'students' places no one)."""
    actor_id = actor_covering(doc, start, end)
    if actor_id is None:
        return False
    key = ("dateline", "events", "actor_country", id(doc._.dl_actors))
    countries = doc.user_data.get(key)
    if countries is None:
        countries = doc.user_data[key] = {a.id: a.country for a in doc._.dl_actors or ()}
    return countries.get(actor_id) is not None


def _names_actor(tok: Token) -> bool:
    """Whether the argument names an actor with a country (a clausal argument through its subject)."""
    if tok.pos_ in CLAUSAL:
        subj = subject(tok)
        return subj is not None and subj.pos_ != "PRON" and _placed_actor(tok.doc, *np_bounds(subj))
    return _placed_actor(tok.doc, *np_bounds(tok))


def _actor_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens inside an actor mention, computed once per Doc and actor index."""
    index = doc._.dl_actor_index or []
    key = ("dateline", "events", "actor_tokens", id(index), len(index))
    tokens = doc.user_data.get(key)
    if tokens is None:
        found: set[int] = set()
        for start, end, _ in index:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                found.update(range(span.start, span.end))
        tokens = doc.user_data[key] = frozenset(found)
    return tokens


def _purpose(tok: Token) -> bool:
    """An infinitival purpose clause ("opened fire to disperse demonstrators")."""
    return tok.dep_ == "advcl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "across", "within", "throughout", "around", "along"}


def _place_phrase(tok: Token) -> bool:
    """'in Moscow', 'at the White House': a locative phrase naming a place."""
    if tok.dep_ != "prep" or tok.lower_ not in LOCATIVE_PREPS:
        return False
    obj = _child(tok, {"pobj"})
    return obj is not None and obj.ent_type_ in ("GPE", "LOC", "FAC")


def buried_actors(roots: list[Token], depth: int = 6, exclude: frozenset[int] = frozenset(),
                  places: bool = True) -> list[Token]:
    """Heads naming an actor inside the thing-arguments of a trigger, nearest first: "agreed to a six-month
    extension of the force in Lebanon", "imposed martial law in Baghdad", "staged a hunger strike to demand
    the resignation of President X". PLOVER's target is the actor the action bears on, even when the
    grammatical object is a thing. ``places=False`` leaves out the roots' own locative phrases (where the
    action happened is no target when the action names no one it bears on: "met Putin in Moscow")."""
    out: list[Token] = []
    if not roots:
        return out
    actor_tokens = _actor_tokens(roots[0].doc)
    seen = {r.i for r in roots} | set(exclude)
    frontier = list(roots)
    for level in range(depth):
        nxt = [c for tok in frontier for c in tok.children
               if c.i not in seen and (c.dep_ not in DEEP_SKIP_DEPS or _purpose(c))
               and c.ent_type_ not in NON_ACTOR_ENTS
               and (places or level or not _place_phrase(c))]
        for c in nxt:
            seen.add(c.i)
            if (c.pos_ in ("NOUN", "PROPN") or (c.pos_ == "ADJ" and c.text[:1].isupper())) and \
                    c.i in actor_tokens:
                out.append(c)
        frontier = nxt
    return out


def conditional_subjects(verb: Token) -> list[Token]:
    """Who must act for a threat or offer to apply: "threatened to strike unless Israel rescinded ..."."""
    out = []
    for tok in (verb, *[c for c in verb.children if c.dep_ == "xcomp"]):
        for c in tok.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in c.children):
                subj = _child(c, {"nsubj", "nsubjpass"})
                if subj is not None and subj.pos_ != "PRON":
                    out.append(subj)
    return out


def with_buried(verb: Token, cands: list[Token], exclude: frozenset[int] = frozenset(),
                places: bool = True) -> list[Token]:
    """The candidates, followed by the actors buried in them, the subjects of a condition, then the actors
    buried in the verb's other dependents, when none of the candidates itself names an actor."""
    cands = [c for c in cands if c is not None and c.ent_type_ not in NON_ACTOR_ENTS]
    if any(_names_actor(c) for c in cands):
        return cands
    extra = buried_actors(cands, exclude=exclude) + conditional_subjects(verb) + \
        buried_actors([verb], exclude=exclude, places=places)
    if (_purpose(verb) or verb.dep_ == "xcomp") and verb.head.i != verb.i:
        # "visited Mauritania and Senegal to mediate", "dispatched inspectors to Iran to monitor ...":
        # the act a purpose serves bears on what the main clause acts on
        extra += buried_actors([verb.head], exclude=exclude | {verb.i}, places=places)
    return cands + [c for c in extra if all(c.i != k.i for k in cands)]


def verb_arguments(verb: Token) -> tuple[list[Token], list[Token]]:
    """(source heads, target candidates in order of preference) of a verb trigger."""
    if passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        src = agent(verb)
        tgt = _child(verb, {"nsubjpass"})
        if tgt is None and verb.dep_ == "acl":
            tgt = verb.head
        return argument_heads(src), with_buried(verb, [tgt] if tgt is not None else [])
    src = subject(verb)
    cands: list[Token] = []
    dative = _child(verb, {"dative"})
    if dative is not None:
        cands.append(_child(dative, {"pobj"}) if dative.pos_ == "ADP" else dative)
    dobj = _child(verb, {"dobj"})
    if dobj is not None:
        cands.append(dobj)
    for c in verb.children:  # "in defiance of Chinese authorities", "in retaliation for Israeli raids"
        pobj = _child(c, {"pobj"}) if c.dep_ == "prep" and c.lower_ == "in" else None
        if pobj is not None and pobj.lemma_.lower() in STANCE_NOUNS:
            cands += [p for p in (_pobj(pobj, NOUN_TARGET_PREPS | {"for"}),) if p is not None]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS | {"for", "in", "from"}:
            pobj = _child(c, {"pobj"})
            if pobj is not None:
                cands.append(pobj)
    clause = _child(verb, {"ccomp"})
    if clause is not None:  # "demanded that the US cancel ...": the one asked
        clause_subj = _child(clause, {"nsubj", "nsubjpass"})
        if clause_subj is not None:
            cands.append(clause_subj)
    if dobj is not None:
        cands += _object_candidates(dobj)
    comp = _child(verb, {"xcomp"})
    if comp is not None:  # "offered to hand over to Great Britain": the complement's recipient
        for c in comp.children:
            if c.dep_ == "dative":
                cands.append(_child(c, {"pobj"}) if c.pos_ == "ADP" else c)
            elif c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                cands.append(_child(c, {"pobj"}))
            elif c.dep_ == "dobj":
                cands.append(c)
                cands += _object_candidates(c)
    return argument_heads(src), with_buried(verb, cands)


def governing_verb(noun: Token) -> Token | None:
    """The verb a nominal trigger hangs from: 'launched an attack', 'took part in talks'."""
    tok = noun
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def noun_arguments(noun: Token) -> tuple[list[Token], list[Token]]:
    """(source heads, target candidates) of a nominal trigger."""
    src = _child(noun, {"poss"})
    if src is not None and src.pos_ == "PRON" and src.lower_ in ("its", "their", "his", "her", "our"):
        src = None  # resolved below through the governing verb, like a subject
    src = src or _pobj(noun, NOUN_SOURCE_PREPS)
    tgt = _pobj(noun, NOUN_TARGET_PREPS)
    if tgt is None:  # "the United Nations-hosted talks", "Israeli air strikes": a named modifier
        for c in noun.lefts:
            if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" and c.i != getattr(src, "i", -1):
                tgt = c
                break
    verb = governing_verb(noun)
    if verb is not None and (src is None or tgt is None):
        from_verb = _pobj(verb, NOUN_SOURCE_PREPS) if noun.dep_ == "dobj" else None
        if verb.lemma_.lower() in RECEIVE_VERBS and noun.dep_ in ("dobj", "pobj"):
            # "X drew criticism from Y": Y is the source, X the target
            src = src or from_verb
            if tgt is None:
                vsubj = subject(verb)
                tgt = vsubj
        elif src is None:
            src = agent(verb) if passive(verb) else subject(verb)
    tgts = [tgt] if tgt is not None else []
    if src is not None and not any(_names_actor(t) for t in tgts):
        # "staged a hunger strike in protest against violations by the security forces", "held talks in
        # Moscow with Putin": actors the act bears on first, the place it happened last ("a rally in Lagos")
        skip = frozenset(t.i for t in src.subtree) | {noun.i}
        extra = buried_actors([noun, *tgts], exclude=skip, places=False)
        if verb is not None:
            extra += buried_actors([verb], exclude=skip, places=False)
        extra += buried_actors([noun], exclude=skip)
        tgts += [t for t in extra if t.i not in skip and all(t.i != k.i for k in tgts)]
    return argument_heads(src), tgts


# Acts only a state's authorities perform: done to someone "in" a country and by no one named, they are
# that country's ("was arrested in Lebanon", "put under investigation in Italy").
STATE_ACTS = {"arrest", "detain", "jail", "imprison", "sentence", "convict", "indict", "prosecute", "deport",
              "extradite", "expel", "investigate", "interrogate", "detention", "investigation", "prosecution",
              "trial", "deportation", "extradition", "expulsion", "conviction", "indictment", "imprisonment"}


def implied_authority(trigger: Token) -> Token | None:
    """The country whose authorities did an agentless state act, from where it happened, else None.

    Only for a passive verb without an agent ("was detained in Egypt", "has been put under investigation
    in Italy") or a noun whose governing verb has neither subject nor agent ("the arrest in Egypt was ...")."""
    under = _pobj(trigger, {"under"})  # "placed under arrest", "put under investigation"
    if trigger.lemma_.lower() not in STATE_ACTS and (under is None or under.lemma_.lower() not in STATE_ACTS):
        return None
    holders = [trigger] if under is None else [trigger, under]
    if trigger.pos_ in ("VERB", "AUX"):
        if not passive(trigger) or agent(trigger) is not None:
            return None
    else:
        verb = governing_verb(trigger)
        if verb is None or (not passive(verb) and subject(verb) is not None) or agent(verb) is not None:
            return None
        holders.append(verb)
    for holder in holders:
        for c in holder.children:
            if c.dep_ != "prep" or c.lower_ != "in":
                continue
            place = _child(c, {"pobj"})
            if place is not None and place.ent_type_ == "GPE" and _placed_actor(place.doc, *np_bounds(place)):
                return place
    return None
