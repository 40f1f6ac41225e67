"""Each pattern of the quotes issue on sentences written for these tests (needs the model)."""

from __future__ import annotations

import pytest
from quotes_helpers import quotes_of, show

from dateline.records import Time


def test_direct_quote_with_pronoun_after(pipeline):
    text = ("Maria Lopez visited the port on Monday.\n\n"
            "“We will rebuild every pier before the winter,” she said.")
    r, qs = quotes_of(pipeline, text)
    (q,) = qs
    assert q.kind == "direct"
    assert show(r, q.content) == ["We will rebuild every pier before the winter,"]
    assert show(r, q.cue) == ["said"] and show(r, q.speaker) == ["she"]
    assert q.speaker_name == "Maria Lopez" and q.speaker_actor is not None


def test_indirect_speech_with_that_clause(pipeline):
    r, qs = quotes_of(pipeline, "Senator Paul Brandt said that the budget would be cut by ten percent.")
    (q,) = qs
    assert q.kind == "indirect"
    assert show(r, q.content) == ["that the budget would be cut by ten percent"]
    assert show(r, q.speaker) == ["Senator Paul Brandt"]


def test_speaker_after_content_with_description_between(pipeline):
    text = "The hospital had run out of oxygen by noon, Hugh Hill, a doctor, said."
    r, qs = quotes_of(pipeline, text)
    (q,) = qs
    assert show(r, q.content) == ["The hospital had run out of oxygen by noon"]
    assert show(r, q.speaker) == ["Hugh Hill"]


@pytest.mark.parametrize("cue", ["warned", "insisted", "added", "clarified"])
def test_cues_other_than_said(pipeline, cue):
    r, qs = quotes_of(pipeline, f"The mayor {cue} that the bridge would stay closed until March.")
    (q,) = qs
    assert show(r, q.cue) == [cue]
    assert show(r, q.content) == ["that the bridge would stay closed until March"]


def test_colon_cue_introduces_direct_quote(pipeline):
    text = "The prime minister told parliament: “Our borders are safe and they will remain safe.”"
    r, qs = quotes_of(pipeline, text)
    (q,) = qs
    assert q.kind == "direct"
    assert show(r, q.content) == ["Our borders are safe and they will remain safe."]
    assert show(r, q.speaker) == ["The prime minister"]


def test_according_to(pipeline):
    text = "According to local police, three people were injured in the blast."
    r, qs = quotes_of(pipeline, text)
    (q,) = qs
    assert show(r, q.cue) == ["According to"] and show(r, q.speaker) == ["local police"]
    assert show(r, q.content) == ["three people were injured in the blast"]


def test_mixed_quote(pipeline):
    text = "Ahmed Khan said the government would \"never negotiate with armed groups\" under any pressure."
    r, qs = quotes_of(pipeline, text)
    (q,) = qs
    assert q.kind == "mixed"
    assert show(r, q.content) == ["the government would \"never negotiate with armed groups\" under any pressure"]


def test_interrupted_quote_is_one_discontinuous_quote(pipeline):
    text = "“The first priority is water,” Ana Ruiz said, “and the second is power for the hospitals.”"
    r, qs = quotes_of(pipeline, text)
    (q,) = qs
    assert show(r, q.content) == ["The first priority is water,", "and the second is power for the hospitals."]
    assert q.speaker_name == "Ana Ruiz"


def test_quote_without_speaker_continues_previous_speaker(pipeline):
    text = ("Joseph Okafor said the election would be held in May.\n\n"
            "“Nobody will be allowed to postpone the vote for any reason at all.”")
    r, qs = quotes_of(pipeline, text)
    assert len(qs) == 2
    assert qs[1].kind == "direct" and qs[1].cue == []
    assert qs[1].speaker_name == qs[0].speaker_name == "Joseph Okafor"


def test_quote_over_several_paragraphs(pipeline):
    text = ("“The river rose three metres overnight,” said Karin Olsen, the regional governor.\n\n"
            "“We moved four hundred families to the school buildings before dawn.\n\n"
            "“More rain is expected on Sunday.”")
    r, qs = quotes_of(pipeline, text)
    (q,) = qs
    assert len(q.content) == 3 and q.speaker_name == "Karin Olsen"


def test_anonymous_and_collective_speakers(pipeline):
    text = "The ceasefire will be extended by a week, diplomatic sources told reporters."
    r, qs = quotes_of(pipeline, text)
    (q,) = qs
    assert show(r, q.speaker) == ["diplomatic sources"] and q.speaker_name == "diplomatic sources"
    assert q.speaker_actor is None or q.speaker_name


def test_role_description_resolves_to_person(pipeline):
    text = ("Defence Minister Rafael Ortiz arrived in Lima on Friday.\n\n"
            "The minister said the army would withdraw from the border.")
    r, qs = quotes_of(pipeline, text)
    (q,) = qs
    assert show(r, q.speaker) == ["The minister"] and q.speaker_name == "Rafael Ortiz"


def test_pronoun_skips_people_inside_quoted_content(pipeline):
    text = ("Laila Noor said Omar Saleh would be released on Monday.\n\n"
            "“The court has no reason to keep him,” she said.")
    r, qs = quotes_of(pipeline, text)
    assert [q.speaker_name for q in qs] == ["Laila Noor", "Laila Noor"]


@pytest.mark.parametrize(("sentence", "medium", "kind"), [
    ("Talking with BBC Urdu, the minister said the talks had failed.", "BBC Urdu", "interview"),
    ("In an interview with the Voice of America (VoA), the minister said the talks had failed.",
     "the Voice of America (VoA)", "interview"),
    ("The talks had failed, officials told Geo News.", "Geo News", "interview"),
    ("In a statement, the ministry said the talks had failed.", "In a statement", "statement"),
    ("The minister said at a press conference that the talks had failed.", "at a press conference",
     "press conference"),
    ("The minister wrote on Twitter that the talks had failed.", "Twitter", "social media"),
])
def test_medium(pipeline, sentence, medium, kind):
    r, qs = quotes_of(pipeline, sentence)
    (q,) = qs
    assert q.medium is not None and (q.medium.text, q.medium.type) == (medium, kind)
    assert r.text[q.medium.start:q.medium.end] == medium


def test_told_a_person_is_not_a_medium(pipeline):
    r, qs = quotes_of(pipeline, "The envoy told Ahmed Karimi that the border would reopen.")
    (q,) = qs
    assert q.medium is None


def test_time_attached_to_the_interview(nlp):
    text = "In an interview with Radio Free Europe Thursday, the minister said the talks had failed."
    doc = nlp.make_doc(text)
    doc._.dl_date = "2024-06-30"
    doc = nlp(doc)
    start = text.index("Thursday")
    doc._.dl_times = [Time(id="t-1", start=start, end=start + 8, text="Thursday", type="DATE",
                           value="2024-06-27")]
    nlp.get_pipe("quotes")(doc)
    (q,) = doc._.dl_quotes
    assert q.time == "t-1" and q.medium.text == "Radio Free Europe"


def test_no_quote_in_plain_narrative(pipeline):
    _, qs = quotes_of(pipeline, "The storm destroyed forty houses in the northern district on Tuesday.")
    assert qs == []


def test_scare_quotes_alone_are_not_quotes(pipeline):
    _, qs = quotes_of(pipeline, "The so-called “peace plan” was published on Monday.")
    assert qs == []


def test_transcript_speaker_labels(pipeline):
    text = ("JANE DOE: The bridge will reopen in the spring, we hope.\n\n"
            "GOVERNOR SMITH: We have the money and the engineers to finish it.")
    r, qs = quotes_of(pipeline, text)
    assert [(show(r, q.speaker), show(r, q.cue), show(r, q.content)) for q in qs] == [
        (["JANE DOE"], [":"], ["The bridge will reopen in the spring, we hope"]),
        (["GOVERNOR SMITH"], [":"], ["We have the money and the engineers to finish it"]),
    ]


def test_embedded_post(pipeline):
    text = "Polls close at eight tonight, go and vote — Jane Roe (@janeroe) June 28, 2016"
    r, qs = quotes_of(pipeline, text)
    (q,) = qs
    assert show(r, q.speaker) == ["Jane Roe (@janeroe)"] and show(r, q.cue) == ["—"]
    assert show(r, q.content) == ["Polls close at eight tonight, go and vote"]


def test_stance_verb_with_object_and_complement(pipeline):
    r, qs = quotes_of(pipeline, "The senator accused the agency of hiding the audit from the public.")
    (q,) = qs
    assert show(r, q.cue) == ["accused"] and show(r, q.speaker) == ["The senator"]
    assert show(r, q.content) == ["the agency of hiding the audit from the public"]


def test_nominal_cue_with_owner(pipeline):
    r, qs = quotes_of(pipeline, "Maria Lopez repeated her call for an independent inquiry into the fire.")
    assert [(show(r, q.cue), show(r, q.content)) for q in qs if q.cue and show(r, q.cue) == ["call"]] == [
        (["call"], ["an independent inquiry into the fire"])]


def test_dateline_is_not_part_of_the_speaker(pipeline):
    text = "WASHINGTON (AP) — Former judge Anna Berg told reporters that the ruling would be appealed."
    r, qs = quotes_of(pipeline, text)
    (q,) = qs
    assert show(r, q.speaker) == ["Former judge Anna Berg"]


@pytest.mark.parametrize(("headline", "speaker"), [
    ("Brandt: The Budget Will Be Cut Next Year.\n\nThe senator spoke on Monday.", "Brandt"),
    ("The Latest: Storm reaches the coast.\n\nThe storm hit at noon.", None),
])
def test_headline_colon_cue(pipeline, headline, speaker):
    r, qs = quotes_of(pipeline, headline)
    found = [show(r, q.speaker)[0] for q in qs if show(r, q.cue) == [":"]]
    assert found == ([speaker] if speaker else [])
