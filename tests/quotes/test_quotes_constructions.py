"""Cue constructions beyond 'X said (that) Y', on sentences written for these tests (needs the model)."""

from __future__ import annotations

from quotes_helpers import quotes_of, show


def only(pipeline, text):
    record, quotes = quotes_of(pipeline, text)
    assert len(quotes) == 1, [show(record, q.content) for q in quotes]
    return record, quotes[0]


def test_parenthetical_cue_splits_the_reported_clause(pipeline):
    r, q = only(pipeline, "Most of the new jobs, the minister said, will go to young workers.")
    assert show(r, q.content) == ["Most of the new jobs", "will go to young workers"]
    assert show(r, q.speaker) == ["the minister"] and show(r, q.cue) == ["said"]


def test_parenthetical_cue_keeps_the_coordinated_rest(pipeline):
    r, q = only(pipeline, "The harbour will reopen in May, the mayor said, and the ferries will run again in June.")
    assert show(r, q.content) == ["The harbour will reopen in May", "and the ferries will run again in June"]


def test_condition_before_a_parenthetical_cue_is_content(pipeline):
    r, q = only(pipeline, "If the talks fail, officials warned, the ceasefire could collapse within days.")
    assert show(r, q.content) == ["If the talks fail", "the ceasefire could collapse within days"]
    assert show(r, q.speaker) == ["officials"]


def test_as_x_put_it(pipeline):
    r, q = only(pipeline, "As the governor put it, the budget is a moral document.")
    assert show(r, q.content) == ["the budget is a moral document"]
    assert show(r, q.speaker) == ["the governor"]


def test_as_x_noted_inside_the_clause(pipeline):
    r, q = only(pipeline, "The economy, as the central bank noted, is slowing sharply.")
    assert show(r, q.content) == ["The economy", "is slowing sharply"]
    assert show(r, q.speaker) == ["the central bank"]


def test_passive_cue_with_agent(pipeline):
    r, q = only(pipeline, "His proposal was quickly criticized by the opposition leader.")
    assert show(r, q.content) == ["His proposal"]
    assert show(r, q.speaker) == ["the opposition leader"]


def test_passive_it_was_reported_has_no_source(pipeline):
    r, q = only(pipeline, "It was reported that the factory would close.")
    assert show(r, q.content) == ["that the factory would close"]
    assert q.speaker == []


def test_passive_hearer_is_not_the_content(pipeline):
    r, q = only(pipeline, "The council member was warned that the vote could be delayed.")
    assert show(r, q.content) == ["that the vote could be delayed"]


def test_passive_act_without_agent_is_not_an_attribution(pipeline):
    _, qs = quotes_of(pipeline, "The old report was published in a local paper.")
    assert qs == []


def test_asked_whether_has_no_named_asker(pipeline):
    r, qs = quotes_of(pipeline, "Asked whether she would run again, the senator declined to comment.")
    asked = [q for q in qs if show(r, q.cue) == ["Asked"]]
    assert [show(r, q.content) for q in asked] == [["whether she would run again"]]
    assert asked[0].speaker == []


def test_in_my_view(pipeline):
    r, q = only(pipeline, "In my view, the treaty will not survive the winter.")
    assert show(r, q.content) == ["the treaty will not survive the winter"]
    assert show(r, q.cue) == ["In my view"] and show(r, q.speaker) == ["my"]


def test_stance_verb_with_a_named_target(pipeline):
    r, q = only(pipeline, "The teachers union endorsed Lopez.")
    assert show(r, q.content) == ["Lopez"] and show(r, q.speaker) == ["The teachers union"]


def test_second_speech_verb_of_the_same_speaker(pipeline):
    r, qs = quotes_of(pipeline, "The coalition pledged to cut taxes and insisted that the budget would balance.")
    assert [show(r, q.content) for q in qs] == [["to cut taxes"], ["that the budget would balance"]]
    assert [show(r, q.cue) for q in qs] == [["pledged"], ["insisted"]]


def test_poll_reports_its_finding_through_its_object(pipeline):
    r, q = only(pipeline, "A new survey shows the mayor with a twelve-point lead.")
    assert show(r, q.content) == ["the mayor with a twelve-point lead"]
    assert show(r, q.speaker) == ["A new survey"]


def test_expressed_concern_about_a_topic(pipeline):
    r, q = only(pipeline, "The city council expressed concern about the cost of the stadium.")
    assert show(r, q.content) == ["the cost of the stadium"]


def test_urge_verbs_take_object_and_infinitive(pipeline):
    r, q = only(pipeline, "The party encouraged voters to turn out early.")
    assert show(r, q.content) == ["voters to turn out early"]


def test_contrastive_while_clause_is_a_separate_attribution(pipeline):
    r, qs = quotes_of(pipeline, "Lopez told reporters the plan was sound, while critics argued that it would fail.")
    assert [show(r, q.content) for q in qs] == [["the plan was sound"], ["that it would fail"]]
    assert [show(r, q.speaker) for q in qs] == [["Lopez"], ["critics"]]


def test_trailing_when_clause_is_the_reporters(pipeline):
    r, q = only(pipeline, "Most voters said they would decide before April 26, when the state holds its primary.")
    assert show(r, q.content) == ["they would decide before April 26"]


def test_capitalised_headline_cue(pipeline):
    text = ("Mayor Lopez Praises New Harbour Plan\n\n"
            "The harbour will be rebuilt over three years.")
    r, qs = quotes_of(pipeline, text)
    head = [q for q in qs if q.cue and q.cue[0][0] < text.index("\n")]
    assert [show(r, q.cue) for q in head] == [["Praises"]]
    assert show(r, head[0].content) == ["New Harbour Plan"] and show(r, head[0].speaker) == ["Mayor Lopez"]


def test_headline_rule_needs_a_body_below(pipeline):
    _, qs = quotes_of(pipeline, "Governor Lisa Hart spoke to farmers at length.")
    assert qs == []


def test_editorial_label_is_not_a_transcript_speaker(pipeline):
    text = "UPDATE: The bridge has reopened to traffic after repairs.\n\nThe work took six weeks."
    _, qs = quotes_of(pipeline, text)
    assert qs == []


def test_quotation_after_a_finished_sentence_is_not_claimed_by_its_cue(pipeline):
    text = ('The senator rejected the idea that the plan was dead. "We will pass it next week," '
            'her spokesman said.')
    r, qs = quotes_of(pipeline, text)
    direct = [q for q in qs if q.kind == "direct"]
    assert [show(r, q.cue) for q in direct] == [["said"]]
    assert show(r, direct[0].speaker) == ["her spokesman"]


def test_said_no_reports_the_answer(pipeline):
    r, qs = quotes_of(pipeline, "Asked if he would resign, the chairman said no.")
    said = [q for q in qs if show(r, q.cue) == ["said"]]
    assert [show(r, q.content) for q in said] == [["no"]]
    assert show(r, said[0].speaker) == ["the chairman"]


def test_infinitive_on_the_cue_continues_its_clause(pipeline):
    r, q = only(pipeline, "The governor found it difficult in March to overcome the deficit.")
    assert show(r, q.content) == ["it difficult in March to overcome the deficit"]


def test_signed_quotations_credit_the_name_after_the_dash(pipeline):
    text = ("Readers shared their views.\n\n"
            "“We will not be silenced. Our votes matter.” ― Ana Ruiz\n"
            "”He does not speak for us.”― Jorge Mendez.\n")
    r, qs = quotes_of(pipeline, text)
    assert [show(r, q.content) for q in qs] == [["We will not be silenced. Our votes matter"],
                                                 ["He does not speak for us"]]
    assert [show(r, q.speaker) for q in qs] == [["Ana Ruiz"], ["Jorge Mendez"]]
    assert [q.kind for q in qs] == ["direct", "direct"]
