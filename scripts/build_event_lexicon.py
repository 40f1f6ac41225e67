"""Build the PLOVER event lexicon from the MIT CAMEO verb dictionary and the PLOVER definitions.

Sources (never the gold sentences):
- ../shared/data/events/petrarch/CAMEO.2.0.txt: verb blocks, phrasal verbs and verb patterns with CAMEO codes
- ../shared/data/events/plover/CAMEO2PLOVER-2021.txt: CAMEO code -> PLOVER (type, mode, contexts)
- ../shared/data/events/plover/plover_spec.json: mode definitions (extra keyword triggers)

Decisions (documented in docs/events.md):
- CAMEO 01 (public statements) is dropped, as the PLOVER manual says.
- CAMEO 02 (appeal) is dropped too, as the manual says (APPEAL_AS_REQUEST switches to reading it like the
  parallel 10 code); the verbs the REQUEST definition names (request, demand, order) stay REQUEST.
- A pattern whose code PLOVER drops ("express concern", CAMEO 012) is an explicit non-event for that verb.
- Nouns come from (a) objects of patterns in "light verb" blocks (STAGE an attack, LAUNCH a raid), by vote,
  (b) regular derivations of coded verbs (criticize -> criticism, agree -> agreement, threaten -> threat)
  and zero derivation (attack, protest), and (c) nouns in the PLOVER mode definitions.

Output: src/dateline/resources/events/lexicon.json.gz
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "events"
OUT = ROOT / "src" / "dateline" / "resources" / "events" / "lexicon.json.gz"

CODE_RE = re.compile(r"\[([^\]]*)\]")
HEADER_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
# Words that carry no content in a pattern (articles, PETRARCH markers).
PATTERN_STOP = {"a", "an", "the", "$", "+", "^", "%", "*", "of", "to", "and", "or", "with", "that", "when"}


# The PLOVER manual drops CAMEO 02 (appeal); set True to read appeals as REQUEST instead.
APPEAL_AS_REQUEST = False


# --- CAMEO -> PLOVER ------------------------------------------------------------------------------------
def read_cameo2plover(path: Path) -> dict[str, tuple[str, str | None, list[str]]]:
    table: dict[str, tuple[str, str | None, list[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{3,4}):\s*(.*)$", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        etype = parts[0]
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        contexts = [c.strip() for c in parts[2].split(";") if c.strip()] if len(parts) > 2 else []
        table.setdefault(m.group(1), (etype, mode, contexts))
    return table


# Leading verbs of the table's code descriptions that name no specific act ("Express intent to ...").
GENERIC_DESCRIPTION_VERBS = {"express", "engage", "make", "use", "provide", "give", "accede", "decline", "conduct",
                             "carry", "increase", "reduce", "attempt", "employ", "receive", "declare", "allow",
                             "rally", "yield", "appeal", "accept", "bring", "find", "complain", "demonstrate",
                             "impose", "meet", "ease", "acknowledge", "deny", "disapprove", "consult", "threaten",
                             "demand", "reject", "investigate", "fight", "protest", "coerce", "mobilize"}


def description_verbs(path: Path) -> dict[str, str]:
    """First word of each code's description in CAMEO2PLOVER ("0841: ... # Return, release person(s)")."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):[^#]*#\s*([A-Za-z]+)", line)
        if m:
            word = m.group(2).lower()
            if word not in GENERIC_DESCRIPTION_VERBS and len(word) > 3 and not word.endswith("ly"):
                out.setdefault(word, m.group(1))
    return out


def plover_of(code: str, table: dict, spec_modes: dict[str, set[str]]) -> dict | None:
    """PLOVER coding of a CAMEO code: exact entry, else the nearest coded ancestor; 01 dropped, 02 as 10."""
    appeal = code.startswith("02")
    if code.startswith("01") or not code[:2].isdigit() or (appeal and not APPEAL_AS_REQUEST):
        return None
    key = "10" + code[2:] if appeal else code
    for k in (key, key[:3], key[:2] + "0"):
        if k in table:
            etype, mode, contexts = table[k]
            if mode not in spec_modes.get(etype, set()):
                mode = None  # modes retired since the 2021 table (e.g. "ease") are left out
            entry = {"type": etype, "mode": mode, "contexts": contexts, "cameo": code}
            if appeal:
                entry["appeal"] = True
            return entry
    return None


# --- CAMEO verb dictionary --------------------------------------------------------------------------------
def clean_word(word: str) -> list[str]:
    return [w for w in word.strip("_").lower().split("_") if w]


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    synsets: dict[str, list[str]] = {}
    current = None
    for line in lines:
        if line.startswith("####### VERB PATTERNS"):
            break
        if line.startswith("&"):
            current = line.split()[0]
            synsets[current] = []
        elif line.startswith("+") and current:
            synsets[current].append(" ".join(clean_word(line[1:].split("#")[0].strip())))
    return synsets


def parse_code(raw: str) -> str | None:
    """'042:043' -> '042' (the source-side code); ':173' -> '173'; '---' -> None (explicit non-event)."""
    raw = raw.strip()
    first, _, second = raw.partition(":")
    code = first.strip() or second.strip()
    return code if code and code[0].isdigit() else None


FUNCTION_WORDS = {"in", "on", "at", "for", "from", "by", "into", "against", "over", "up", "out", "off", "down",
                  "about", "as", "after", "before", "under", "through", "between", "toward", "towards",
                  "across", "around", "back", "away", "along", "behind", "near", "upon", "until", "it", "its"}


def pattern_words(body: str, synsets: dict[str, list[str]]) -> tuple[list[list[str]], bool, str | None]:
    """Content words of one side of a pattern (a list of alternatives per slot), whether every token was
    understood (a pattern with an unreadable token is dropped, not loosened), and the object head noun."""
    slots: list[list[str]] = []
    head = None
    depth_paren = 0
    ok = True
    for tok in re.findall(r"\(|\)|\{|\}|[^\s(){}]+", body):
        if tok == "(":
            depth_paren += 1
            continue
        if tok == ")":
            depth_paren = max(0, depth_paren - 1)
            continue
        if tok in "{}":
            continue
        if tok.startswith("&"):
            alts = synsets.get(tok, [])
            if alts:
                # a multi-word member ("cease fire") would match by its last word alone ("fire"): kept
                # only when the synset has no single words
                single = {a for a in alts if " " not in a}
                slots.append(sorted(single or {a.split()[-1] for a in alts}))
            else:
                ok = False
            continue
        for alt_group in [tok.split("/")] if "/" in tok else [[tok]]:
            alts = []
            for alt in alt_group:
                words = [w for w in clean_word(alt) if w not in PATTERN_STOP]
                if not words:
                    continue
                if not all(re.match(r"^[a-z][a-z'-]*$", w) for w in words):
                    ok = False
                    continue
                if len(alt_group) > 1:
                    alts.append(words[-1])
                else:
                    for w in words:
                        slots.append([w])
                        if depth_paren == 0:
                            head = w  # the last bare word: the object noun (or a particle)
            if alts:
                slots.append(sorted(set(alts)))
    return slots, ok, head


OWNER_RE = re.compile(r"^[A-Z][A-Z_]*$")


def pattern_owners(line: str, block_forms: dict[str, str]) -> list[str]:
    """The block verbs a pattern was written for, from its comment ("- * CONCERN [012]  # SPARK"): a block
    shares its patterns among synonyms, but "* (FOR CRISIS)" fits HEAD, not ADDRESS or RULE. Empty when the
    comment names no verb of the block (the pattern then stays shared)."""
    if "#" not in line:
        return []
    owners = []
    for part in line.split("#", 1)[1].split(","):
        name = part.strip().split()[0] if part.strip() else ""
        if not OWNER_RE.match(name):
            continue
        lemma = block_forms.get(clean_word(name)[0])
        if lemma and lemma not in owners:
            owners.append(lemma)
    return owners


def read_verb_dictionary(path: Path) -> dict:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    synsets = read_synsets(lines)
    start = next(i for i, line in enumerate(lines) if line.startswith("####### VERB PATTERNS"))
    verbs: dict[str, str | None] = {}
    phrasal: dict[str, str | None] = {}
    blocks: list[list] = []  # patterns per verb block (shared by the block's verbs)
    verb_block: dict[str, int] = {}
    light_nouns: dict[str, Counter] = defaultdict(Counter)
    block_code: str | None = None
    block_light = False
    block_forms: dict[str, str] = {}  # inflected form of a block verb -> its lemma
    own_sense: set[str] = set()  # verbs CAMEO codes apart from their block
    for line in lines[start + 1:]:
        text = line.split("#", 1)[0].rstrip()
        if not text.strip():
            continue
        header = HEADER_RE.match(text)
        if header:
            block_code = parse_code(header.group(2))
            block_light = block_code is None
            blocks.append([])
            block_forms = {}
            continue
        if text.startswith("- "):
            m = CODE_RE.search(text)
            if not m or "*" not in text:
                continue
            code = parse_code(m.group(1))
            pre, _, post = text[2:m.start()].partition("*")
            pre_slots, pre_ok, _ = pattern_words(pre, synsets)
            post_slots, post_ok, head = pattern_words(post, synsets)
            content = [s for s in pre_slots + post_slots if not set(s) <= FUNCTION_WORDS]
            if not (pre_ok and post_ok) or not content:
                continue  # unreadable, or nothing but prepositions left: too loose to trust
            blocks[-1].append([pre_slots, post_slots, code, pattern_owners(line, block_forms)])
            if block_light and code and head and not pre_slots and len(post_slots) <= 2:
                light_nouns[head][code] += 1
            continue
        # a verb line: WORD {FORMS} [code]  or  +PHRASAL_VERB {FORMS} [code]
        m = CODE_RE.search(text)
        own = parse_code(m.group(1)) if m else None
        word = text.split("{")[0].split("[")[0].strip().split()
        if not word:
            continue
        words = clean_word(word[0].lstrip("+"))
        if not words:
            continue
        code = own or block_code
        forms = re.findall(r"[A-Za-z_]+", text.split("{", 1)[1].split("}", 1)[0]) if "{" in text else []
        for form in [word[0].lstrip("+")] + forms:
            block_forms.setdefault(clean_word(form)[0] if clean_word(form) else "", words[0])
        if len(words) == 1:
            verbs.setdefault(words[0], code)
            verb_block.setdefault(words[0], len(blocks) - 1)
            if m and own != block_code:
                own_sense.add(words[0])  # "ADDRESS [010]" in the OVERSEE block: a sense of its own
            if own is not None:
                block_light = False
        elif len(words) <= 3 and words[1] not in {"and", "or"}:
            phrasal.setdefault(" ".join(words), code)
            verb_block.setdefault(words[0], len(blocks) - 1)
    return {"verbs": verbs, "phrasal": phrasal, "blocks": blocks, "verb_block": verb_block,
            "light_nouns": light_nouns, "own_sense": own_sense}


# --- nouns ------------------------------------------------------------------------------------------------
def derivations(verb: str) -> list[str]:
    """Regular English nominalisations of a verb (candidates only: a wrong one simply never occurs)."""
    out = [verb]
    if verb.endswith("en") and len(verb) > 5:
        out.append(verb[:-2])  # threaten -> threat
    if verb.endswith("ize"):
        out += [verb[:-3] + "ism", verb[:-1] + "ation"]
    if verb.endswith("ate"):
        out.append(verb[:-1] + "ion")
    if verb.endswith("e"):
        out += [verb[:-1] + "al", verb + "ment", verb[:-1] + "ion"]
    if verb.endswith("y"):
        out.append(verb[:-1] + "ial")  # deny -> denial
    if verb.endswith("t") or verb.endswith("ss"):
        out.append(verb + "ion")  # protect -> protection
    if verb.endswith("ce"):
        out.append(verb[:-2] + "tion")  # reduce -> reduction
    out += [verb + "ment", verb + "al"]
    # gerunds used as nouns: warning, bombing, shelling, meeting
    out.append((verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb) + "ing")
    if re.match(r".*[^aeiou][aeiou][bdgmnpt]$", verb) and len(verb) <= 4:
        out.append(verb + verb[-1] + "ing")  # stop -> stopping
    return out


FORCE_TYPES = ("ASSAULT", "PROTEST", "COERCE")


def related_codes(noun: str, verbs: dict[str, str | None]) -> list[str]:
    """Codes of the coded verbs a noun derives from ("accusation" <- accuse, "blame" <- blame), sorted."""
    stems = {noun, noun[:-1] if noun.endswith("s") else noun}
    if noun.endswith("ation"):
        stems |= {noun[:-5] + "e", noun[:-5], noun[:-5] + "ate"}
    out = {verbs[v] for v in stems if verbs.get(v)}
    for verb, code in verbs.items():
        if code and verb[:3] == noun[:3] and noun in derivations(verb):
            out.add(code)
    return sorted(out)


EVENT_SUFFIXES = ("tion", "sion", "ment", "ism", "ance", "ence", "al", "ure", "ing", "cy")


def event_nominal(noun: str, verbs: dict) -> bool:
    """A noun that names an act (an attack, talks, a withdrawal), not a participant (observers, troops)."""
    stem = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return stem in verbs or noun in verbs or (noun.endswith(EVENT_SUFFIXES) and not noun.endswith("ing"))


NOUN_STOP = {
    "actor", "recipient", "group", "entity", "individual", "people", "person", "government", "member",
    "organization", "country", "form", "use", "party", "area", "event", "type", "mode", "part", "system",
    "state", "force", "forces", "action", "activity", "manner", "way", "e.g.", "etc", "means",
    "good", "other", "issue", "context", "change", "policy", "unit", "agency", "personnel", "place",
}


def spec_keywords(spec: dict) -> dict[str, dict]:
    """Mode cues: each PLOVER mode's name and the first word of its definition ('drone', 'Abduct, kidnap').

    They only refine the mode of an event already found (an ASSAULT whose clause mentions a drone)."""
    out: dict[str, dict] = {}
    for etype, info in spec["event_types"].items():
        if etype in {"REQUEST", "REJECT", "THREATEN"}:
            continue  # their modes name the thing requested/rejected/threatened, not the act
        for mode, definition in info["modes"].items():
            words = re.findall(r"[A-Za-z][a-z-]+", definition)[:1]
            for word in [mode] + words:
                w = word.lower()
                if w in NOUN_STOP or len(w) < 4 or w in out:
                    continue
                out[w] = {"type": etype, "mode": mode, "contexts": []}
    return out


# Verbs named in the PLOVER event definitions (PLOVER_MANUAL_2024-02, codebook event_def), e.g. AGREE: "Agree
# to, offer, promise ..."; REJECT: "All rejections and refusals". They override a CAMEO default of another type.
# CAMEO 02 "Appeal" as its code descriptions name it ("call for", "urge", "appeal to"): CAMEO lists these
# phrases in blocks of other codes (CALL -> 041 telephone), so they are named here; PLOVER drops appeals.
APPEAL_PHRASES = {"call on", "call upon", "call for", "urge", "exhort", "appeal to", "appeal for"}
DEFINITION_WORDS = {
    "030": ["agree", "offer", "promise", "pledge", "vow"],  # AGREE
    "040": ["consult", "meet"],  # CONSULT
    "042": ["visit"],  # CONSULT visit
    "043": ["host"],  # CONSULT visit (hosting)
    "051": ["support", "approve", "endorse", "praise"],  # SUPPORT
    "100": ["request", "demand", "order"],  # REQUEST
    "111": ["criticize", "criticise", "condemn", "disapprove", "complain"],  # ACCUSE disapprove ("complain")
    "112": ["accuse"],  # ACCUSE
    "090": ["investigate"],  # ACCUSE investigate
    "120": ["reject", "refuse", "decline", "rebuff"],  # REJECT
    "130": ["threaten", "warn"],  # THREATEN
    "140": ["protest", "demonstrate"],  # PROTEST
    "154": ["mobilize", "deploy"],  # MOBILIZE
    "180": ["assault", "attack"],  # ASSAULT
}


# Where the 2024 manual revises the 2021 table: "International (political or economic) sanctions are coded as
# [SANCTION] 'discontinue'" (table: 163 -> COERCE restrict); "the lifting of a curfew" and easing "of
# administrative or legal restrictions" are CONCEDE (table: 0813/0814 -> RETREAT).
MANUAL_2024 = {"163": ("SANCTION", "discontinue", ["diplomatic"]), "0813": ("CONCEDE", None, ["legal"]),
               "0814": ("CONCEDE", None, ["legal"])}
MODE_NOUNS = {"curfew": "1723"}
# Codes of the manual's own (no CAMEO code): RETREAT "resign: Official resignation".
PLOVER_CODES = {"P-RETREAT-resign": {"type": "RETREAT", "mode": "resign", "contexts": ["political_institutions"],
                                     "cameo": None}}
MANUAL_WORDS = {"P-RETREAT-resign": ["resign"],  # RETREAT: "also covers resignations of government officials"
                "0874": ["surrender"],  # CAMEO2PLOVER 0874 "Retreat or surrender militarily"
                "115": ["sue", "indict"]}  # ACCUSE allege: "sue, indict, or charge; bring to trial"


def main() -> None:
    table = read_cameo2plover(DATA / "plover" / "CAMEO2PLOVER-2021.txt")
    table.update(MANUAL_2024)
    spec = json.loads((DATA / "plover" / "plover_spec.json").read_text(encoding="utf-8"))
    spec_modes = {t: set(info["modes"]) for t, info in spec["event_types"].items()}
    cameo = read_verb_dictionary(DATA / "petrarch" / "CAMEO.2.0.txt")

    codes: dict[str, dict | None] = dict(PLOVER_CODES)

    def coded(code: str | None) -> str | None:
        if code is None:
            return None
        if code not in codes:
            codes[code] = plover_of(code, table, spec_modes)
        return code if codes[code] else None

    verbs = {v: coded(c) for v, c in cameo["verbs"].items()}
    phrasal = {p: coded(c) for p, c in cameo["phrasal"].items()}
    blocks: list[list] = []
    inferred: list[str | None] = []  # a block's majority code, for its verbs that have no default
    statements: set[tuple[int, int]] = set()  # (block, pattern) coded with a code PLOVER drops
    for pats in cameo["blocks"]:
        kept, votes = [], Counter()
        for pre, post, code, owners in pats:
            c = coded(code) if code else None
            # c None: explicit non-event ("killed in an accident"), or a statement PLOVER drops
            # ("expressed concern", CAMEO 012): either way not the verb's default event
            if code and not c:
                statements.add((len(blocks), len(kept)))
            kept.append([pre, post, c, owners])
            if c:
                votes[codes[c]["type"]] += 1
        blocks.append(kept)
        top = votes.most_common(1)
        if top and top[0][1] >= 3 and top[0][1] / sum(votes.values()) >= 0.5:
            best = Counter(p[2] for p in kept if p[2] and codes[p[2]]["type"] == top[0][0]).most_common(1)[0][0]
            inferred.append(best)
        else:
            inferred.append(None)
    verb_block = cameo["verb_block"]
    # The REQUEST definition verbs share CAMEO blocks with URGE/WANT, whose patterns carry appeal (02) and
    # intent (03) codes; for "demand" the same object ("demand talks", "demand elections") is a demand:
    # the parallel 10 code (021 -> 101, 036 -> 106; 038/039 mediation -> 108).
    for word in DEFINITION_WORDS["100"]:
        if word not in verb_block:
            continue
        own = []
        for pre, post, code, _owners in cameo["blocks"][verb_block[word]]:
            if code and code[:2] in ("02", "03"):
                code = "108" if code[:3] in ("038", "039") else "10" + code[2:]
            own.append([pre, post, (coded(code) or coded("100")) if code else None, []])  # all for the word
        blocks.append(own)
        verb_block[word] = len(blocks) - 1
    # A verb of an uncoded block ("REFUSE [---]") only codes through its patterns; the block's majority
    # (`inferred`) proved too loose as a default ("take" -> seize), so it is kept for documentation only.
    del inferred
    # Verbs named by the CAMEO2PLOVER descriptions ("Return, release property" -> return), where CAMEO has none.
    # When a synonym in the verb's CAMEO block carries a code of its own ("VIOLATE" beside "BREACH [128]"),
    # that is the verb's general sense; the description often names one object ("Violate ceasefire" [196]),
    # which CAMEO codes through a pattern ("BREACH * &CEASEFIRE [196]").
    block_code: dict[int, str] = {}
    for verb, code in sorted(cameo["verbs"].items()):
        if code and coded(code) and verb in cameo["verb_block"]:
            block_code.setdefault(cameo["verb_block"][verb], code)
    for word, code in description_verbs(DATA / "plover" / "CAMEO2PLOVER-2021.txt").items():
        if not verbs.get(word) and coded(code):
            sibling = block_code.get(cameo["verb_block"].get(word, -1))
            verbs[word] = sibling if sibling and sibling[:2] != code[:2] else code
            if verbs[word] != code:
                print(f"description verb {word}: {code} -> block sense {sibling}")
    # The ACCUSE definition verbs ("condemn, decry a policy or an action; criticize") always disapprove: CAMEO's
    # statement codes on their patterns ("CONDEMN * {TERRORIST ATTACK} [018]", an empathetic comment) do not
    # silence them.
    for word in DEFINITION_WORDS["111"] + DEFINITION_WORDS["112"]:
        index = verb_block.get(word)
        if index is not None and any(b == index for b, _ in statements):
            blocks.append([pat for n, pat in enumerate(blocks[index]) if (index, n) not in statements])
            verb_block[word] = len(blocks) - 1
    # The manual's own codings replace CAMEO's for these verbs, in their patterns too ("MINISTER * [0831]":
    # a resignation is a RETREAT, not an accession to demands).
    for code, words in MANUAL_WORDS.items():
        for word in words:
            old = codes[verbs[word]]["type"] if verbs.get(word) else None
            if word in verb_block and old:
                blocks.append([[pre, post, code if c and codes[c]["type"] == old else c, owners]
                               for pre, post, c, owners in blocks[verb_block[word]]])
                verb_block[word] = len(blocks) - 1
    # Keywords named by the PLOVER definitions take precedence over CAMEO defaults.
    for code, words in {**DEFINITION_WORDS, **MANUAL_WORDS}.items():
        for word in words:
            verbs[word] = coded(code)

    # Nouns: derivations of coded verbs, and light-verb objects by vote (a clear majority of one PLOVER type).
    derived: dict[str, Counter] = defaultdict(Counter)
    zero_ok = {w for words in DEFINITION_WORDS.values() for w in words}
    for verb, code in verbs.items():
        if code and not codes[code].get("appeal"):
            for noun in derivations(verb):
                # zero derivation ("an attack") only for the definition verbs and violent acts ("a raid")
                if noun == verb and verb not in zero_ok and codes[code]["type"] not in ("ASSAULT", "PROTEST"):
                    continue
                derived[noun][code] += 1
    nouns: dict[str, str] = {}
    for noun, votes in cameo["light_nouns"].items():
        by_type: Counter = Counter()
        for code, n in votes.items():
            if coded(code):
                by_type[codes[code]["type"]] += n
        if not by_type:
            continue
        top, n = by_type.most_common(1)[0]
        if n / sum(by_type.values()) < 0.6 or noun in NOUN_STOP or not event_nominal(noun, cameo["verbs"]):
            continue
        kin = related_codes(noun, verbs)
        force = [c for c in kin if codes[c]["type"] in FORCE_TYPES and codes[c]["type"] != top]
        if force:
            nouns[noun] = force[0]  # "a restriction" is restrict's COERCE, though "ease restrictions" voted CONCEDE
        elif n >= 2 or kin:
            # a single pattern's object is no evidence that the noun names the act ("* TELEVISION [172]")
            nouns[noun] = max((c for c in votes if coded(c) and codes[c]["type"] == top), key=lambda c: votes[c])
    for noun, votes in derived.items():
        if noun not in nouns and noun not in NOUN_STOP and len(votes) == 1:
            nouns[noun] = next(iter(votes))

    # A noun that is also a verb of force or protest names that act ("a riot", "a clash", "a blockade"), not
    # what the light-verb votes of its other senses say ("lift a blockade" voted RETREAT).
    for noun, code in list(nouns.items()):
        own = verbs.get(noun)
        if own and codes[own]["type"] in ("ASSAULT", "PROTEST", "COERCE") and codes[code]["type"] != codes[own]["type"]:
            nouns[noun] = own
    for code, words in DEFINITION_WORDS.items():  # "a request", "an attack": the definition's own sense
        for word in words:
            if word in nouns or word in derived:
                nouns[word] = code
    # Nouns that name a PLOVER mode's act and derive from no coded verb: COERCE "curfew: Impose curfew".
    for noun, code in MODE_NOUNS.items():
        if noun not in nouns and coded(code):
            nouns[noun] = code
    keywords = spec_keywords(spec)
    lexicon = {
        "version": 1,
        "sources": ["CAMEO.2.0.txt (MIT, Open Event Data Alliance)", "CAMEO2PLOVER-2021.txt (CC BY-SA 4.0)",
                    "plover_spec.json (PLOVER manual 2024-02, CC BY-SA 4.0)"],
        "codes": {c: v for c, v in codes.items() if v},
        "verbs": {v: c for v, c in sorted(verbs.items()) if c},
        "phrasal": {p: c for p, c in sorted(phrasal.items()) if c},
        # phrasal verbs CAMEO codes as statements or appeals ("call on"): no event, not the verb's default
        "phrasal_silent": sorted({p for p, c in cameo["phrasal"].items() if c and not coded(c)} | APPEAL_PHRASES),
        # appeal verbs (CAMEO 02, dropped by PLOVER): what they ask for has not happened
        "appeal_verbs": sorted(APPEAL_PHRASES | {w for w, c in {**cameo["verbs"], **cameo["phrasal"]}.items()
                                if c and c.startswith("02")}),
        "blocks": blocks,
        "verb_block": {v: i for v, i in sorted(verb_block.items()) if blocks[i]},
        # verbs with a code of their own in a block of synonyms: only the block's patterns written for them
        # (their comment names them) or for no verb in particular apply ("addressing the concerns" is no
        # "* OPERATION [190] # LEAD")
        "own_sense": sorted(cameo["own_sense"] & set(verb_block)),
        "nouns": dict(sorted(nouns.items())),
        "mode_cues": keywords,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(lexicon, separators=(",", ":"), sort_keys=True).encode("utf-8")
    OUT.write_bytes(gzip.compress(raw, mtime=0))
    print(f"{OUT.relative_to(ROOT)}: {len(lexicon['verbs'])} verbs, {len(lexicon['phrasal'])} phrasal, "
          f"{sum(len(p) for p in blocks)} patterns, {len(nouns)} nouns, {len(keywords)} keywords, "
          f"{len(raw) // 1024} KB raw, {OUT.stat().st_size // 1024} KB gz")


if __name__ == "__main__":
    main()
