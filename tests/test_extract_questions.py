"""Reading a reply question by question: answers keyed by their number, a council's own numbering told by its
words, two questions about one subject, answers in words under a number, and the outcome that follows.

Real replies come from the real-reply set (tests/files/real_set/); the made-up ones isolate each pattern.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from benchmarks.real_set import read_page
from warehouse.extract import load_survey, parse_reply
from warehouse.extract.survey import parse_survey

SET = Path(__file__).parent / "files" / "real_set"
FPNS = load_survey(SET / "surveys" / "fly-tipping-environmental-fpns-2025.toml")


def facts(reply):
    return sorted((f.question, f.subject, f.period_start, f.measure, f.value) for f in reply.facts)


def test_answers_under_bare_question_numbers_are_that_questions_figures():
    # Hastings: "Q2." then "2020/2021 - 40" ...; "Q3." then "2020/2021 - £2100" ... — no subject word anywhere
    _, text = read_page(SET / "fly-tipping" / "hastings-environmental-fpns-2025.txt")
    r = parse_reply(text, FPNS)
    got = facts(r)
    assert ("2", "environmental_fpns", "2020-04-01", "count", 40.0) in got
    assert ("2", "environmental_fpns", "2024-04-01", "count", 31.0) in got
    assert ("3", "environmental_fpn_income", "2020-04-01", "total_cost_gbp", 2100.0) in got
    assert ("3", "environmental_fpn_income", "2024-04-01", "total_cost_gbp", 2090.0) in got
    assert len([f for f in r.facts if f.question in ("2", "3")]) == 10
    q = {x.question: x.outcome for x in r.questions}
    # "Q1. No external contractor is employed to do this.": answered in words under its number
    assert q == {"1": "successful", "2": "successful", "3": "successful"}
    assert r.outcome == "successful"


SURVEY = parse_survey(textwrap.dedent("""
    name = "agency"
    title = "Agency social workers"
    [periods]
    asked = [
      { label = "2020/21", start = "2020-04-01", end = "2021-03-31" },
      { label = "2021/22", start = "2021-04-01", end = "2022-03-31" },
    ]
    [subjects.teams]
    label = "Managed teams"
    synonyms = ["managed teams?"]
    [subjects.agency_workers]
    label = "Agency social workers"
    synonyms = ["agency social workers?"]
    [subjects.fpns]
    label = "FPNs"
    synonyms = ["fpns?", "fixed penalty notices?"]
    [[questions]]
    id = "1"
    text = "How many managed teams has your local authority employed through an agency?"
    subject = "teams"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "Which area of children's social care were agency teams employed to cover?"
    subject = "teams"
    measures = ["count"]
    [[questions]]
    id = "5"
    text = "The number of children's social workers employed individually through an agency, year on year."
    subject = "agency_workers"
    measures = ["count"]
    [[questions]]
    id = "6"
    text = "How many fixed penalty notices were issued?"
    subject = "fpns"
    measures = ["count"]
    [[questions]]
    id = "7"
    text = "What was the income from fixed penalty notices?"
    subject = "fpns"
    measures = ["total_cost_gbp"]
    """), "agency.toml")


def test_a_councils_own_numbering_is_told_by_the_words_after_the_number():
    # the council numbers its answer "2." but its words restate the survey's question 5
    text = ("2. The number of children's social workers employed individually through an agency by the council "
            "over the last five years as a year-on-year breakdown is as shown below:\n\n"
            "2020/21 42\n2021/22 45\n")
    r = parse_reply(text, SURVEY)
    assert facts(r) == [("5", "agency_workers", "2020-04-01", "count", 42.0),
                        ("5", "agency_workers", "2021-04-01", "count", 45.0)]


def test_a_bare_number_keeps_its_own_question():
    r = parse_reply("1.\n2020/21 - 3\n2021/22 - 4\n", SURVEY)
    assert {(f.question, f.subject) for f in r.facts} == {("1", "teams")}


def test_two_questions_about_one_subject_are_told_apart_by_question_and_measure():
    text = "6. 2020/21 - 120\n7. 2020/21 - £9,600\n"
    r = parse_reply(text, SURVEY)
    assert facts(r) == [("6", "fpns", "2020-04-01", "count", 120.0),
                        ("7", "fpns", "2020-04-01", "total_cost_gbp", 9600.0)]


def test_a_question_answered_with_figures_and_another_not_held_is_partly_successful():
    text = ("Q6.\n2020/21 - 120\n2021/22 - 98\n\n"
            "Q7. We do not hold this information, as income is not recorded against fixed penalty notices.\n")
    r = parse_reply(text, SURVEY)
    q = {x.question: x.outcome for x in r.questions}
    assert q["6"] == "successful" and q["7"] == "not_held"
    assert r.outcome == "partially_successful"


def test_a_restated_question_with_no_answer_under_it_is_not_an_answer():
    text = "Q1. How many managed teams has your local authority employed through an agency?\n\nQ6.\n2020/21 - 5\n"
    r = parse_reply(text, SURVEY)
    q = {x.question: x.outcome for x in r.questions}
    assert "1" not in q and q["6"] == "successful"
