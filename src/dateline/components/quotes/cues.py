"""Cue lexicon: the verbs and phrases that introduce what someone said, wrote or holds.

Built by hand from linguistic classifications, not from any gold sentence: Levin (1993) English Verb Classes
37.1-37.9 (verbs of communication: transfer of a message, tell, manner of speaking, instrument of
communication, talk, chitchat, say, complain, advise), 29.4-29.5 (declare, conjecture verbs), the reporting
verbs of Quirk et al. (1985, §16.32 and §10.16 "verbs of saying") and the attribution relations of the PDTB
2.0 manual (assertion, belief, fact and eventuality attributions). Lemmas only; the parser's lemmatizer
reduces inflected forms.
"""

from __future__ import annotations

# Verbs that report speech or writing (Levin 37.7 say, 37.2 tell, 37.8 complain, 37.9 advise, 37.3 manner
# of speaking, 37.4 instrument of communication, 29.4 declare; Quirk's reporting verbs).
SPEECH_VERBS: frozenset[str] = frozenset("""
say tell add note state announce declare claim insist argue assert maintain contend explain clarify
confirm deny admit acknowledge concede reveal disclose report write tweet post blog comment remark
reply respond answer retort counter observe mention point stress emphasize emphasise underline
reiterate repeat recall warn caution threaten promise pledge vow vouch predict forecast estimate suggest
propose recommend advise urge ask question wonder inquire enquire demand call complain lament protest
object criticize criticise condemn denounce accuse blame praise hail welcome dismiss reject rebut
dispute allege charge testify swear affirm assure guarantee boast brag joke quip muse concur agree
disagree acknowledge inform notify advise brief suggest signal indicate hint imply conclude contend
continue declare exclaim shout yell scream whisper mutter murmur cry sigh plead beg implore
summarize summarise describe characterize characterise label dub cite quote decry slam blast attack
echo recite interject posit surmise
lash rip fault chide scold mock ridicule deride tout stress specify predict speculate theorize
""".split())

# Verbs of belief and knowledge (Levin 29.4/29.5 conjecture; PDTB belief attributions): news reports them
# like speech ("officials believe ...").
BELIEF_VERBS: frozenset[str] = frozenset("""
believe think feel expect hope fear worry doubt suspect assume reckon consider figure
understand realize realise recognize recognise acknowledge anticipate imagine suppose wish want
guess contemplate presume
""".split())

# Verbs through which documents, polls and studies report findings (PDTB fact attributions).
EVIDENCE_VERBS: frozenset[str] = frozenset("""
show find reveal indicate suggest conclude estimate project predict document demonstrate confirm
""".split())

# Verbs whose reported content is usually a noun phrase or an infinitive rather than a clause
# ("called for new elections", "urged Congress to act", "proposed a safe zone").
DIRECTIVE_VERBS: frozenset[str] = frozenset("""
call urge demand propose recommend ask plead beg implore request pledge promise vow threaten
encourage persuade press pressure prod coax exhort lobby nudge
""".split())

# Verbs of taking sides for or against someone (Levin 31.2 admire verbs, 33 judgement verbs, and the
# political senses of attack verbs): "endorsed Clinton", "blasted Trump" attribute a stance toward a person
# even when the object is a bare name.
STANCE_VERBS: frozenset[str] = frozenset("""
endorse support back oppose praise criticize criticise condemn denounce attack blast slam bash trash knock
accuse blame defend applaud hail laud thank congratulate mock ridicule fault rebuke scold chide
""".split())

# Verbs of judging and stance whose content is their object ("dismissed the possibility of talks",
# "criticized the decision"; Levin 33 judgement verbs, 31.2 admire verbs) or an infinitive ("wants to run").
OBJECT_VERBS: frozenset[str] = frozenset("""
dismiss reject deny criticize criticise condemn denounce praise welcome hail blame announce propose
support oppose endorse want plan hope refuse vow pledge promise threaten describe mock attack
defend applaud question challenge slam blast accuse thank congratulate discuss mention cite highlight tout
acknowledge admit confirm reveal express concede seek prefer voice
deem brand favor favour champion admire respect resent despise
promote publish list
recount detail outline unveil offer recommend request insist demand
""".split()) | STANCE_VERBS

# Verbs that voice an attitude named by their object ("expressed concern about X", "voiced support for
# X", "raised doubts over X"): the topic of the attitude is the content.
EXPRESS_VERBS: frozenset[str] = frozenset({"express", "voice", "raise", "register", "air"})

# Decrees and votes (the guidelines' "decrees": rulings, approvals, appointments rest on a motion or an
# order; Levin 29.1 appoint verbs): the content is the object ("approved a ban on ...", "signed the bill").
DECREE_VERBS: frozenset[str] = frozenset("""
approve sign appoint nominate veto impose enact adopt overturn uphold
order
""".split())

# Particles and prepositions that belong to a cue ("called for", "pointed out", "called on").
CUE_PARTICLES: frozenset[str] = frozenset({"for", "on", "out", "up", "back"})

# Verbs of knowing, perceiving and deciding (Levin 30.1 see verbs, 29.5 conjecture, 29.4 declare; PDTB
# fact attributions): attributions only with a clause ("Smith knows that ...", "the court ruled that ...").
COGNITION_VERBS: frozenset[str] = frozenset("""
know learn see hear notice remember forget discover realize realise decide rule determine
""".split())

# Verbs of intention and commitment (Levin 32.1 want verbs, 29.6 masquerade-free intention readings;
# the guidelines' "intentions and desires"): the content is the infinitive or the object ("declined to
# comment", "intends to run", "decided to stay").
INTENTION_VERBS: frozenset[str] = frozenset("""
decline intend aim decide agree wish prefer dread
""".split())

# Verbs whose content is "X as Y" (Levin 29.2 characterize verbs): "sees him as the stronger candidate".
AS_VERBS: frozenset[str] = frozenset("""
see view regard consider describe portray characterize characterise cast paint perceive
""".split())

# Verbs that only count as cues with a clausal complement: on their own they are too ambiguous
# ("continue", "add" [numbers], "figure", "know" [a person], "call" [someone a name], "show" [a film]).
NEEDS_CLAUSE: frozenset[str] = (COGNITION_VERBS | frozenset("""
continue add figure know understand consider show find want wish feel report post cite quote
describe label dub characterize characterise attack blast slam rip lash mock tout welcome hail praise
question answer signal indicate document project observe recall
""".split())) - DIRECTIVE_VERBS - OBJECT_VERBS - INTENTION_VERBS - AS_VERBS

# Verbs of talking about a topic (Levin 37.5 talk, 37.6 chitchat, 37.8 complain): the topic is what is
# attributed ("talked about immigration", "referred to the attacks", "railed against the deal").
TOPIC_VERBS: frozenset[str] = frozenset("""
talk speak write comment tweet testify complain joke boast brag refer rail speculate reminisce lecture
care worry fret respond reply react point
""".split())
TOPIC_PREPOSITIONS: frozenset[str] = frozenset({"about", "on", "of", "to", "against"})

CUE_VERBS: frozenset[str] = DECREE_VERBS | TOPIC_VERBS | SPEECH_VERBS | COGNITION_VERBS | INTENTION_VERBS | AS_VERBS | BELIEF_VERBS | EVIDENCE_VERBS | DIRECTIVE_VERBS | OBJECT_VERBS

# Nouns of saying and stance whose owner is the source ("his comments on the war", "Smith's call for
# elections", "her claim that ..."): the nominal counterparts of the verbs above.
CUE_NOUNS: frozenset[str] = frozenset("""
comment remark statement claim criticism call support warning promise pledge assertion accusation
suggestion proposal demand plea announcement view opinion position stance argument belief insistence
denial admission threat vow attack praise opposition endorsement complaint
decision plan ruling allegation contention idea advice message assurance conclusion finding prediction
recommendation request order verdict intention desire wish hope fear concern notion charge
""".split())
NOUN_CONTENT_PREPOSITIONS: frozenset[str] = frozenset({"on", "about", "of", "for", "against", "to"})

# Prepositional cues: "according to X", "in the words of X"; the source is the object of the last word.
PREPOSITIONAL_CUES: tuple[tuple[str, ...], ...] = (("according", "to"), ("in", "the", "words", "of"))

PRONOUNS: frozenset[str] = frozenset("""
he she they we i you it him her them us me his hers their our
""".split())
SINGULAR_PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "him", "her", "i", "me"})

# Evidential raising verbs: "X seems to ...", "X appears weak", "X is expected to win". The author reports
# an impression or expectation with no source named (Quirk et al. §16.52 raising verbs; PDTB "arbitrary"
# sources); the content is the subject with its complement.
RAISING_VERBS: frozenset[str] = frozenset({"seem", "appear"})
PASSIVE_EVIDENTIAL_VERBS: frozenset[str] = frozenset("""
expect project predict believe think consider say report rumor rumour allege see view regard know
suppose estimate
""".split())

# Documents that report findings (the guidelines' "documents" and "polls" sources): "in the poll, ...".
DOCUMENT_SOURCES: frozenset[str] = frozenset("""
poll survey study report analysis research audit review memo census data investigation findings
""".split())

# Adjectives of attitude, certainty and emotion toward a proposition (Quirk et al. §16.69-16.72 adjective
# complementation: "sure that", "eager to", "critical of", "worried about"; the guidelines count a source's
# disposition toward a fact): a cue with the copula when they take a complement.
ATTITUDE_ADJECTIVES: frozenset[str] = frozenset("""
eager happy glad pleased proud sure certain confident optimistic pessimistic hopeful skeptical sceptical
wary leery critical supportive aware angry upset furious concerned worried afraid fearful sorry
disappointed surprised shocked convinced adamant willing unwilling reluctant determined opposed divided
split sick tired frustrated satisfied unhappy nervous anxious hesitant keen enthusiastic dismissive
doubtful unsure uncertain insistent fond suspicious ready intent
""".split())
ATTITUDE_PREPOSITIONS: frozenset[str] = frozenset({"of", "about", "on", "over", "with", "that", "to", "toward",
                                                  "towards", "at", "in"})

# Speech verbs whose direct object is the hearer or something other than what was said ("told
# reporters", "warned the president", "maintained a lead", "declared an emergency", "responded to"):
# they never fall back to their object as content.
HEARER_OBJECT_VERBS: frozenset[str] = frozenset("""
say tell inform notify brief assure remind warn advise caution answer reply thank ask question quote cite
maintain declare respond explain point
""".split())

# Page furniture that looks like a speaker label ("UPDATE: ...", "EDITOR'S NOTE: ...", "BYLINE: ...").
EDITORIAL_LABELS: frozenset[str] = frozenset("""
update updated byline correction corrections clarification note editor's editors' watch read related video
videos photo photos disclaimer breaking alert exclusive opinion previously
advertisement sponsored trending live more also see fact check topline bottom line dateline caption credit
warning spoiler quiz
""".split())
