"""Speaker rules on sentences written for these tests: parse slips around quotation marks, participles,
owned noun cues, wire datelines, colon-introduced quotations, and gender-aware pronoun resolution."""

from __future__ import annotations

from quotes_helpers import quotes_of, show

from dateline.components.quotes.coref import person_genders, pronoun_gender


def test_quotation_of_several_sentences_before_inverted_cue(pipeline):
    text = ('"Farmers cannot wait another season. They need the money now. No review will change that," '
            "said Rep. Ellen Marsh of Iowa, the committee's ranking member.")
    r, qs = quotes_of(pipeline, text)
    (q,) = qs
    assert show(r, q.content) == ["Farmers cannot wait another season. They need the money now. "
                                  "No review will change that,"]
    assert show(r, q.speaker) == ["Rep. Ellen Marsh of Iowa"] and show(r, q.cue) == ["said"]


def test_subject_inside_the_quotation_is_not_the_speaker(pipeline):
    text = "“I will make this promise to you: We will find the people who did this,” police Chief Sam Ortiz said Monday."
    r, qs = quotes_of(pipeline, text)
    (q,) = qs
    assert show(r, q.speaker) == ["police Chief Sam Ortiz"] and q.speaker_name == "Sam Ortiz"


def test_quotation_split_by_cue_with_hearer(pipeline):
    text = "“Now that the vote is over,” he told the host, “we can finally talk about the budget.”"
    r, qs = quotes_of(pipeline, text)
    (q,) = qs
    assert show(r, q.content) == ["Now that the vote is over,", "we can finally talk about the budget."]
    assert show(r, q.speaker) == ["he"]


def test_participle_on_a_document_speaks_for_its_issuer(pipeline):
    r, qs = quotes_of(pipeline, "The council issued a statement calling for an immediate ceasefire in the region.")
    (q,) = qs
    assert show(r, q.speaker) == ["The council"]


def test_participle_under_preposition_borrows_the_subject(pipeline):
    r, qs = quotes_of(pipeline, "The mayor responded by saying that the budget was already balanced.")
    (q,) = qs
    assert show(r, q.cue) == ["saying"] and show(r, q.speaker) == ["The mayor"]


def test_owned_noun_cue_speaks_for_the_acting_subject(pipeline):
    r, qs = quotes_of(pipeline, "Governor Ann Reyes laid out her plans to cut taxes for small businesses.")
    (q,) = qs
    assert show(r, q.speaker) == ["Governor Ann Reyes"] and q.speaker_name == "Ann Reyes"


def test_wire_dateline_is_not_the_speaker(pipeline):
    r, qs = quotes_of(pipeline, "BERLIN (AP) — Chancellor Hans Weber said the talks would resume next week.")
    (q,) = qs
    assert show(r, q.speaker) == ["Chancellor Hans Weber"]


def test_raising_verb_with_a_speech_complement_has_a_speaker(pipeline):
    r, qs = quotes_of(pipeline, "The senator appeared to suggest that the vote would be delayed until spring.")
    (q,) = qs
    assert show(r, q.speaker) == ["The senator"]
    assert show(r, q.content) == ["to suggest that the vote would be delayed until spring"]


def test_passive_participle_names_no_asker(pipeline):
    r, qs = quotes_of(pipeline, "Asked about the delay, the minister said the report would come out in May.")
    asked = [q for q in qs if show(r, q.cue) == ["Asked"]]
    said = [q for q in qs if show(r, q.cue) == ["said"]]
    assert all(q.speaker == [] for q in asked)
    assert [show(r, q.speaker) for q in said] == [["the minister"]]


def test_colon_introduced_quotation_takes_the_name_before_the_colon(pipeline):
    text = ("RATES TO STAY HIGH - Dana Holt: “Rates will stay high for another year at least, whatever the "
            "central bank says.”")
    r, qs = quotes_of(pipeline, text)
    (q,) = qs
    assert show(r, q.speaker) == ["Dana Holt"] and show(r, q.cue) == [":"]


def test_pronoun_skips_a_person_of_the_other_gender(pipeline):
    text = ("Senator Maria Lopez met Mr. Tom Briggs on Friday.\n\n"
            "“The deal is done and we will sign it next week,” she said.")
    r, qs = quotes_of(pipeline, text)
    (q,) = [q for q in qs if show(r, q.speaker) == ["she"]]
    assert q.speaker_name == "Maria Lopez"


def test_person_genders_from_titles_and_pronouns(nlp):
    from dateline.components.base import TEXT_KEY

    text = ("Mr. Alan Park arrived late. Jordan Vale said her office would reply. "
            "The board met Casey Moore. She declined to comment.")
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text
    for name, proc in nlp.pipeline:
        if not name.startswith("dateline_"):
            doc = proc(doc)
    names = [("Alan Park", "a1"), ("Jordan Vale", "a2"), ("Casey Moore", "a3")]
    mentions = sorted((text.index(n), text.index(n) + len(n), a) for n, a in names)
    assert person_genders(doc, mentions) == {"a1": "m", "a2": "f", "a3": "f"}
    assert pronoun_gender("She") == "f" and pronoun_gender("his") == "m" and pronoun_gender("they") is None


def test_noun_cue_with_an_agent(pipeline):
    r, qs = quotes_of(pipeline, "The decision by the council to close the library angered residents.")
    (q,) = qs
    assert show(r, q.cue) == ["decision"] and show(r, q.speaker) == ["the council"]


def test_subjectless_cue_does_not_inherit_a_speaker_from_another_paragraph(pipeline):
    text = ("Minister Omar Tariq said the border would reopen on Monday.\n\n"
            "Another round of talks, scheduled for Friday, was called off without explanation.")
    r, qs = quotes_of(pipeline, text)
    assert all(show(r, q.speaker) != ["Minister Omar Tariq"] for q in qs if q.content[0][0] > text.index("\n"))


def test_finite_cue_without_parsed_subject_takes_the_name_before_it(nlp):
    """A parse that hangs the name on an apposition and leaves "said" without a subject."""
    from spacy.tokens import Doc

    from dateline.components.base import TEXT_KEY
    from dateline.components.quotes.reported import Candidate
    from dateline.components.quotes.subjects import refine_speakers

    words = ["For", "his", "wife", "Ada", "Obi", ",", "former", "president", "Chike", "Obi", "said", "she",
             "was", "ready", "."]
    heads = [10, 2, 0, 4, 2, 10, 7, 9, 9, 4, 10, 12, 10, 12, 10]
    deps = ["prep", "poss", "pobj", "compound", "appos", "punct", "amod", "compound", "compound", "appos",
            "ROOT", "nsubj", "ccomp", "acomp", "punct"]
    pos = ["ADP", "PRON", "NOUN", "PROPN", "PROPN", "PUNCT", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PRON",
           "AUX", "ADJ", "PUNCT"]
    tags = ["IN", "PRP$", "NN", "NNP", "NNP", ",", "JJ", "NN", "NNP", "NNP", "VBD", "PRP", "VBD", "JJ", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
              spaces=[True] * 4 + [False] + [True] * 8 + [False, False])
    doc.user_data[TEXT_KEY] = doc.text
    said = doc[10]
    cand = Candidate(cue=[[said.idx, said.idx + 4]], content=[[doc[11].idx, doc[13].idx + 5]], cue_token=10)
    refine_speakers(doc, [cand], bytearray(len(doc.text) + 1))
    assert [doc.text[s:e] for s, e in cand.speaker] == ["former president Chike Obi"]


def test_participle_borrows_the_nearest_subject_up_its_clause(pipeline):
    text = "The governor seemed ready to move on from the dispute, telling the crowd that the budget was safe."
    r, qs = quotes_of(pipeline, text)
    (q,) = [q for q in qs if show(r, q.cue) == ["telling"]]
    assert show(r, q.speaker) == ["The governor"]
