"""One test per rule family of the times grammar, on sentences written for the tests (no model needed)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dateline.components.times import find_times
from dateline.components.times.normalise import duration, easter, weekday_occurrence
from dateline.components.times.rules import Hit

SUNDAY = "2024-06-30"  # a Sunday


def only(text: str, date: str | None = SUNDAY, doc: Doc | None = None) -> Hit:
    hits = find_times(text, date, doc)
    assert len(hits) == 1, hits
    return hits[0]


def values(text: str, date: str | None = SUNDAY) -> list[tuple[str, str, str]]:
    return [(text[h.start:h.end], h.type, h.value) for h in find_times(text, date)]


@pytest.mark.parametrize("text, extent, value", [
    ("The treaty was signed on March 22, 2013 in Vienna.", "March 22, 2013", "2013-03-22"),
    ("The vote is set for Sept. 5 in the capital.", "Sept. 5", "2024-09-05"),
    ("Talks opened on 3 July 2019 in Doha.", "3 July 2019", "2019-07-03"),
    ("Results were published on 2019-11-05.", "2019-11-05", "2019-11-05"),
    ("He arrived on Friday, May 17, 2024.", "Friday, May 17, 2024", "2024-05-17"),
])
def test_calendar_dates(text, extent, value):
    h = only(text)
    assert (text[h.start:h.end], h.type, h.value, h.anchor) == (extent, "DATE", value,
                                                               "absolute" if "20" in extent[-4:] else h.anchor)


def test_day_range_gives_two_expressions():
    assert values("The festival runs from June 3 to 5 in the old town.") == [
        ("June 3", "DATE", "2024-06-03"), ("5", "DATE", "2024-06-05")]


def test_month_and_year():
    assert values("Prices rose in January 2019 and in early March.") == [
        ("January 2019", "DATE", "2019-01"), ("early March", "DATE", "2024-03")]
    assert only("Prices peaked in early March.").mod == "START"


def test_weekday_same_as_publication_day_is_that_day():
    assert only("Officials met on Sunday to discuss the plan.").value == "2024-06-30"


def test_weekday_without_tense_is_previous_occurrence():
    h = only("The minister spoke on Saturday about the border.")
    assert (h.value, h.anchor) == ("2024-06-29", "publication")


def test_weekday_with_last_and_next():
    assert values("He left last Friday and returns next Tuesday.") == [
        ("last Friday", "DATE", "2024-06-28"), ("next Tuesday", "DATE", "2024-07-02")]


def test_weekday_with_part_of_day_is_a_time():
    h = only("The blast happened on Thursday night near the port.")
    assert (h.type, h.value) == ("TIME", "2024-06-27TNI")


def test_deictic_days():
    assert values("Yesterday the market fell; today it recovered and tomorrow it may rise.") == [
        ("Yesterday", "DATE", "2024-06-29"), ("today", "DATE", "2024-06-30"), ("tomorrow", "DATE", "2024-07-01")]
    assert values("The rally ended tonight after a march this morning.") == [
        ("tonight", "TIME", "2024-06-30TNI"), ("this morning", "TIME", "2024-06-30TMO")]


def test_relative_periods():
    assert values("Sales fell last week, rose this month and will grow next year.") == [
        ("last week", "DATE", "2024-W25"), ("this month", "DATE", "2024-06"), ("next year", "DATE", "2025")]


def test_earlier_this_month_has_mod_start():
    h = only("Earlier this month, the council met.")
    assert (h.value, h.mod) == ("2024-06", "START")


def test_durations_keep_the_article_after_past():
    assert values("Prices doubled over the past two weeks.") == [("the past two weeks", "DURATION", "P2W")]
    assert values("He served 2 1/2 years and a five-year ban.") == [
        ("2 1/2 years", "DURATION", "P2Y6M"), ("five-year", "DURATION", "P5Y")]
    assert values("Talks lasted several hours.") == [("several hours", "DURATION", "PTXH")]


def test_duration_modifiers():
    h = only("The siege lasted more than four hours.")
    assert (h.value, h.mod) == ("PT4H", "MORE_THAN")
    h = only("Repairs take at least 30 days.")
    assert (h.value, h.mod) == ("P30D", "EQUAL_OR_MORE")


def test_ages_are_not_times():
    assert values("A 6-year-old boy and a two-year-old girl were rescued.") == []


def test_ago():
    assert values("The plant closed a decade ago and reopened three months ago.") == [
        ("a decade ago", "DATE", "2014"), ("three months ago", "DATE", "2024-03")]


def test_years_decades_centuries():
    assert values("Built in 2019, it recalls the 1990s and the 20th century.") == [
        ("2019", "DATE", "2019"), ("the 1990s", "DATE", "199"), ("the 20th century", "DATE", "19")]
    assert values("The late 1970s were different.") == [("The late 1970s", "DATE", "197")]
    assert values("It cost $2019 and 2019 percent.") == []


def test_quarters_halves_fiscal_years():
    assert values("Profit rose in the third quarter and in the first half of 2023.") == [
        ("the third quarter", "DATE", "2024-Q3"), ("the first half of 2023", "DATE", "2023-H1")]
    assert values("Fiscal 2022 sales and third-quarter profit.") == [
        ("Fiscal 2022", "DATE", "2022"), ("third-quarter", "DATE", "2024-Q3")]


def test_a_year_earlier_follows_the_last_quarter_mentioned():
    assert values("Net rose in the second quarter from a year earlier.")[1] == ("a year earlier", "DATE", "2023-Q2")


def test_seasons():
    assert values("The dam was finished last fall and opens this summer.") == [
        ("last fall", "DATE", "2023-FA"), ("this summer", "DATE", "2024-SU")]
    assert values("Prices fall when demand drops.") == []


def test_holidays():
    assert only("Shops close on Christmas Day.").value == "2024-12-25"
    assert only("Sales rose on Thanksgiving 2023.").value == "2023-11-23"
    assert easter(2024).isoformat() == "2024-03-31"


def test_present_past_future_references():
    assert values("Now the group is recently formed and looks to the future.") == [
        ("Now", "DATE", "PRESENT_REF"), ("recently", "DATE", "PAST_REF"), ("the future", "DATE", "FUTURE_REF")]


def test_sets():
    assert values("Flights run daily and meetings are held every Thursday.") == [
        ("daily", "SET", "P1D"), ("every Thursday", "SET", "XXXX-WXX-4")]


def test_clock_times_with_zones():
    text = "The polls closed at 8:30 p.m. EDT Tuesday in the east."
    h = only(text)
    assert (text[h.start:h.end], h.type, h.value) == ("8:30 p.m. EDT Tuesday", "TIME", "2024-06-25T20:30")
    assert only("Fighting stopped at noon yesterday.").value == "2024-06-29T12:00"


def test_spelled_years_and_month_with_relative_year():
    assert values("In nineteen ninety-six and in June last year.") == [
        ("nineteen ninety-six", "DATE", "1996"), ("June last year", "DATE", "2023-06")]


def test_undated_article_keeps_relative_values_unresolved():
    assert values("He spoke on Saturday and will return next week.", date=None) == [
        ("Saturday", "DATE", "XXXX-WXX-6"), ("next week", "DATE", "XXXX-WXX")]
    assert only("It opened on March 22, 2013.", date=None).value == "2013-03-22"


def test_duration_and_weekday_helpers():
    from datetime import date
    assert duration(None, "DE") == "PXY" and duration(3, "W") == "P3W" and duration(90, "MIN") == "PT90M"
    sunday = date(2024, 6, 30)
    assert weekday_occurrence(sunday, 7, "past") == sunday
    assert weekday_occurrence(sunday, 4, "future").isoformat() == "2024-07-04"


VOCAB = spacy.blank("en").vocab


def _parsed(words, tags, pos, heads, deps, lemmas=None) -> Doc:
    return Doc(VOCAB, words=words, tags=tags, pos=pos, heads=heads, deps=deps, lemmas=lemmas or words)


def test_tense_of_the_governing_verb_picks_the_direction():
    # "They will meet Friday ." : future -> the next Friday
    future = _parsed(["They", "will", "meet", "Friday", "."], ["PRP", "MD", "VB", "NNP", "."],
                     ["PRON", "AUX", "VERB", "PROPN", "PUNCT"], [2, 2, 2, 2, 2], ["nsubj", "aux", "ROOT", "npadvmod", "punct"])
    assert only(future.text, doc=future).value == "2024-07-05"
    # "They met Friday ." : past -> the previous Friday
    past = _parsed(["They", "met", "Friday", "."], ["PRP", "VBD", "NNP", "."], ["PRON", "VERB", "PROPN", "PUNCT"],
                   [1, 1, 1, 1], ["nsubj", "ROOT", "npadvmod", "punct"])
    assert only(past.text, doc=past).value == "2024-06-28"
    # "talks scheduled to start on July 2 ." : planned -> the next July 2, though the verb is a participle
    plan = _parsed(["talks", "scheduled", "to", "start", "on", "July", "2", "."],
                   ["NNS", "VBN", "TO", "VB", "IN", "NNP", "CD", "."],
                   ["NOUN", "VERB", "PART", "VERB", "ADP", "PROPN", "NUM", "PUNCT"],
                   [0, 0, 3, 1, 3, 4, 5, 0], ["ROOT", "acl", "aux", "xcomp", "prep", "pobj", "nummod", "punct"],
                   ["talk", "schedule", "to", "start", "on", "July", "2", "."])
    assert only(plan.text, doc=plan).value == "2024-07-02"


def test_narrative_reference_and_vague_periods():
    assert values("He moved there in 1998 and left later that year.") == [
        ("1998", "DATE", "1998"), ("later that year", "DATE", "1998")]
    assert values("Growth slowed through the nineties but may recover in the near term.") == [
        ("the nineties", "DATE", "199"), ("the near term", "DATE", "FUTURE_REF")]
    assert values("Cars drove at 100 kilometres per hour.") == []


def test_narrative_reference_time_follows_the_last_date_named():
    # TimeML anchors "the following year", "the next day", "that day" on the narrative's reference time
    assert values("On May 22, 1995, he was promoted, and the following year he left.") == [
        ("May 22, 1995", "DATE", "1995-05-22"), ("the following year", "DATE", "1996")]
    assert values("Police held him on March 3, 2010. The next day he was freed. Earlier that day, they met.") == [
        ("March 3, 2010", "DATE", "2010-03-03"), ("The next day", "DATE", "2010-03-04"),
        ("Earlier that day", "DATE", "2010-03-04")]
    assert values("The shop opened in June 1998 and closed later that year.")[1] == ("later that year", "DATE", "1998")
    assert values("That day was hard.") == []  # no day named before it
    assert values("Rights can be used until Nov. 30. Until then, the stock stays convertible.")[1] == (
        "then", "DATE", "2024-11-30")
    assert values("He flew in on March 3, 2010 and spoke at 10 p.m.")[1] == ("10 p.m.", "TIME", "2010-03-03T22:00")


def test_deadlines_and_effective_dates_point_ahead():
    assert only("The pact takes effect, effective Feb. 1, after the vote.").value == "2025-02-01"
    assert values("Sales rose this year through August.")[-1] == ("August", "DATE", "2024-08")


def test_vague_plurals_and_recent_periods():
    assert values("Troops will arrive within weeks.") == [("weeks", "DURATION", "PXW")]
    assert values("Prices have fallen over the years.") == [("the years", "DURATION", "PXY")]
    assert values("Funds may sell bonds in the weeks ahead.") == [("the weeks ahead", "DURATION", "PXW")]
    assert values("Lenders grew wary in recent weeks.") == [("recent weeks", "DURATION", "PXW")]
    assert values("Growth returned in recent years.") == [("recent years", "DATE", "PAST_REF")]
    assert values("The talks lasted an hour and a half.") == [("an hour and a half", "DURATION", "PT1H30M")]


def test_reported_year_and_year_end():
    assert values("Sales for the full year were $6 billion.") == [("the full year", "DATE", "2024")]
    assert values("Net for the year ended March 31 rose.")[0] == ("the year", "DURATION", "P1Y")
    assert values("The deal should close by year-end.") == [("year-end", "DATE", "2024-12-31")]
    assert values("The index has fallen 3% since year-end.") == [("year-end", "DATE", "2023-12-31")]


def test_weeks_named_by_a_day_or_holiday():
    assert values("A hearing is set for the week of July 8.") == [("the week of July 8", "DATE", "2024-W28")]
    assert values("Voters go to the polls on Election Day.") == [("Election Day", "DATE", "2024-11-05")]
    assert values("It was cold in the winter of nineteen ninety-four.") == [
        ("the winter of nineteen ninety-four", "DATE", "1994-WI")]


def test_names_and_generic_uses_are_not_times():
    assert values("Protesters joined the March for Life in the capital.") == []
    assert values("Baker spoke on ABC's This Week about the war.") == []
    assert values("It felt like high noon for the party.") == []
    assert values("Now, he says, the plan has failed.") == []
    assert values("Phones are everywhere in today's world.") == []
    assert values("He is now the leader.") == [("now", "DATE", "PRESENT_REF")]


def test_previous_weekday_counts_from_the_narrative_day():
    text = "Stocks fell on Friday, March 8, 2024, down 4.5% from the previous Friday."
    assert values(text)[-1] == ("the previous Friday", "DATE", "2024-03-01")


def test_parts_of_the_narrated_day():
    assert values("Shares rose at mid-afternoon yesterday.") == [("mid-afternoon yesterday", "TIME", "2024-06-29TAF")]
    assert values("Markets closed on March 8, 2024. Traders sold in the morning.")[1] == (
        "the morning", "TIME", "2024-03-08TMO")
    assert values("He will leave at 4 in the morning.") == [("4 in the morning", "TIME", "2024-06-30T04:00")]


def test_one_day_after_a_modal_is_someday():
    assert values("Islam will one day be the second largest religion.") == [("one day", "DATE", "FUTURE_REF")]
    assert values("The strike lasted one day.") == [("one day", "DURATION", "P1D")]
