"""A survey's own words for a price each and for a sum ([measures.<name>] cues) decide an amount the reader's
own words leave undecided."""

from reader import parse_reply
from reader.survey import parse_survey

SURVEY = """
name = "cued"
title = "Cued"

[measures.total_cost_gbp]
cues = CUES

[subjects.laptops]
synonyms = ["laptops?"]

[[questions]]
id = "1"
text = "What did the council pay for laptops?"
subject = "laptops"
measures = ["unit_cost_gbp", "total_cost_gbp"]
"""


def measures(survey_text: str, reply: str) -> list[tuple[str, float]]:
    survey = parse_survey(survey_text, "cued.toml")
    return [(f.measure, f.value) for f in parse_reply(reply, survey).facts]


def test_a_survey_cue_makes_an_amount_a_sum_where_nothing_else_says():
    reply = "Laptops: £2,400 outturn for the year.\n"
    assert measures(SURVEY.replace("CUES", '["outturn"]'), reply) == [("total_cost_gbp", 2400.0)]
    # without the survey's word, a small amount with no word beside it is taken for a price each
    assert measures(SURVEY.replace("CUES", '["spend"]'), reply) == [("unit_cost_gbp", 2400.0)]


def test_the_readers_own_words_come_before_the_surveys():
    reply = "Laptops: £600 each (outturn).\n"
    assert measures(SURVEY.replace("CUES", '["outturn"]'), reply) == [("unit_cost_gbp", 600.0)]
