"""A table whose columns name nothing the survey asks about ("Year | Total (£)", "Financial year | Amount"), under
a sentence in one question's words that points at it ("Please see the table below the total expenditure by year
...", "... is set out below:", "... as follows:"): the table's figures are that question's (helper "table-intro",
session of 2026-12-07; seen in TfL's gritting spend reply, tests/files/real_set/gritting/tfl-gritting-spend-2024).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from reader import parse_reply

from tests.reading_helpers import figures
from reader.survey import parse_survey


SET = Path(__file__).parent / "files" / "real_set"


def _figures(text: str, survey) -> set[tuple]:
    return figures(text, survey)


# as `foi survey draft` wrote TfL's request, edited: its subjects are named in the request's words, which the
# reply's table and its sentence do not use ("winter maintenance")
GRITTING = parse_survey(textwrap.dedent("""
    name = "gritting-spend"
    title = "Gritting spend"
    [periods]
    asked = [
      { label = "2016", start = "2016-01-01", end = "2016-12-31" },
      { label = "2017", start = "2017-01-01", end = "2017-12-31" },
      { label = "2018", start = "2018-01-01", end = "2018-12-31" },
    ]
    [subjects.salting_and_gritting_roads]
    label = "Salting and gritting roads"
    synonyms = ["salting[\\\\s-]*and[\\\\s-]*gritting[\\\\s-]*roads?", "gritting[\\\\s-]*roads?"]
    [subjects.expenditure_specifying]
    label = "Breakdown of the expenditure"
    synonyms = ["expenditure[\\\\s-]*specifying"]
    [[questions]]
    id = "1"
    text = "The total expenditure by TFL on salting and gritting roads for each year from 2016 to the present."
    subject = "salting_and_gritting_roads"
    measures = ["total_cost_gbp"]
    periods = ["2016", "2017", "2018"]
    [[questions]]
    id = "2"
    text = "A breakdown of the expenditure, if available, specifying the allocation for materials, personnel, equipment, or any other relevant categories."
    subject = "expenditure_specifying"
    measures = ["total_cost_gbp"]
    """))

TFL = """\
Our budget for salting and gritting roads is included in our winter maintenance service, which includes but is \
not limited to the cost of gritting our roads but also the teams providing emergency services to ensure that the \
highway remains safe. We are unable to provide a breakdown of those costs on equipment, materials etc.
Please see the table below the total expenditure by year for winter maintenance:
Year
Total (£)
16/17
2,043,955.44
17/18
3,031,016.61
18/19
1,941,509.56
If this is not the information you are looking for please do not hesitate to contact me.
"""


def test_tfl_table_under_a_sentence_in_question_ones_words():
    found = _figures(TFL, GRITTING)
    assert {("1", "16/17", "total_cost_gbp", 2043955.44), ("1", "17/18", "total_cost_gbp", 3031016.61),
            ("1", "18/19", "total_cost_gbp", 1941509.56)} <= found
    assert not any(q == "2" for q, _, _, _ in found)


def test_tfl_question_one_answered_in_the_whole_reply_with_its_drafted_survey():
    survey = parse_survey((SET / "drafted" / "gritting-salting-spend-2024.edited.toml").read_text())
    reply = parse_reply((SET / "gritting" / "tfl-gritting-spend-2024.txt").read_text(), survey)
    assert {q.question: q.outcome for q in reply.questions}.get("1") == "successful"
    assert len([f for f in reply.facts if f.question == "1" and f.measure == "total_cost_gbp"]) == 7


# made up: the same form in another service's words, the table written as rows
REPAIRS = parse_survey(textwrap.dedent("""
    name = "pothole-repairs"
    title = "Pothole repairs"
    [periods]
    asked = [
      { label = "2019/20", start = "2019-04-01", end = "2020-03-31" },
      { label = "2020/21", start = "2020-04-01", end = "2021-03-31" },
    ]
    [subjects.pothole_repairs]
    label = "Pothole repairs"
    synonyms = ["pothole repairs?"]
    [subjects.claims]
    label = "Compensation claims"
    synonyms = ["compensation claims?"]
    [[questions]]
    id = "1"
    text = "How much did the council spend on pothole repairs in each financial year since 2019/20?"
    subject = "pothole_repairs"
    measures = ["total_cost_gbp"]
    periods = ["2019/20", "2020/21"]
    [[questions]]
    id = "2"
    text = "How many compensation claims did the council receive in each financial year?"
    subject = "claims"
    measures = ["count"]
    periods = ["2019/20", "2020/21"]
    [subjects.potholes]
    label = "Potholes reported"
    synonyms = ["potholes? reported"]
    [[questions]]
    id = "3"
    text = "How many potholes were reported to the council in each financial year?"
    subject = "potholes"
    measures = ["count"]
    periods = ["2019/20", "2020/21"]
    """))


def test_spend_set_out_below_in_a_table_of_rows():
    text = ("Thank you for your request.\n"
            "The amount spent on highway repairs for each financial year is set out below:\n"
            "Financial year | Amount\n"
            "2019/20 | £412,000\n"
            "2020/21 | £388,500\n")
    found = _figures(text, REPAIRS)
    assert ("1", "2019/20", "total_cost_gbp", 412000) in found
    assert ("1", "2020/21", "total_cost_gbp", 388500) in found


def test_counts_as_follows_under_one_of_two_count_questions_words():
    text = ("Thank you for your request.\n"
            "The claims we received in each financial year were as follows:\n"
            "Year\n"
            "Received\n"
            "2019/20\n"
            "57\n"
            "2020/21\n"
            "41\n")
    found = _figures(text, REPAIRS)
    assert ("2", "2019/20", "count", 57) in found
    assert ("2", "2020/21", "count", 41) in found


def test_a_note_on_the_figures_below_binds_nothing():
    text = ("Please note the figures below are for financial years and the amount spent on repairs:\n"
            "Year\n"
            "Total (£)\n"
            "2019/20\n"
            "412,000\n")
    assert not any(q == "1" for q, _, _, _ in _figures(text, REPAIRS))


def test_a_sentence_over_numbered_items_is_no_table_intro():
    # the request quoted: its numbered questions under "please provide:" are not a table's rows
    text = ("For each financial year, please provide the amount spent on repairs:\n"
            "1. The total cost for 2019/20\n"
            "2. The total cost for 2020/21\n")
    assert not _figures(text, REPAIRS)
