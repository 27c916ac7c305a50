"""Forms of English that recur across topics, found by a census of the reader's misses over every seen topic
(helper "census12", session of 2026-12-07; the census is in docs/real-replies.md, section session-7dec-l). Each test
quotes real replies (tests/files/real_set/) from more than one topic, and made-up variants; each fails without its
rule.
"""

from __future__ import annotations

import textwrap

from reader.survey import parse_survey

from tests.reading_helpers import figures


def _figures(text: str, survey) -> set[tuple]:
    return figures(text, survey, "question", "period", "value")


APPEALS = parse_survey(textwrap.dedent("""
    name = "appeals"
    title = "Appeals"
    [periods]
    asked = [
      { label = "2021", start = "2021-01-01", end = "2021-12-31" },
      { label = "2022", start = "2022-01-01", end = "2022-12-31" },
      { label = "2023", start = "2023-01-01", end = "2023-12-31" },
    ]
    [subjects.appeals]
    label = "Appeals that ended up at tribunal"
    synonyms = ["appeals?"]
    [[questions]]
    id = "4"
    text = "How many of these appeals ended up at tribunal, broken down by the years 2021, 2022, 2023?"
    subject = "appeals"
    measures = ["count"]
    periods = ["2021", "2022", "2023"]
    [subjects.tribunals_won]
    label = "Tribunals in favour of the council"
    synonyms = ["tribunals? in favour"]
    [[questions]]
    id = "9"
    text = "How many were in favour of the LA?"
    subject = "tribunals_won"
    measures = ["count"]
"""))

OPEN_ASKED = parse_survey(textwrap.dedent("""
    name = "open-appeals"
    title = "Open appeals"
    [subjects.appeals_open]
    label = "Appeals still ongoing"
    synonyms = ["appeals?"]
    [[questions]]
    id = "1"
    text = "How many appeals are still ongoing?"
    subject = "appeals_open"
    measures = ["count"]
"""))

# A count of cases said to be still open, beside an answer, answers no question that does not ask about them ------

def test_cases_still_ongoing_in_brackets_after_a_years_figure_are_not_a_second_figure():
    # Devon, ehcp-assessments/devon-send-appeals-school-places-2024
    text = ("4) How many of these appeals ended up at tribunal, broken down by the years 2021, 2022, 2023?\n"
            "2021 – 42\n2022 – 84 (5 appeals still ongoing)\n")
    got = _figures(text, APPEALS)
    assert ("4", "2022", 84.0) in got
    assert ("4", "2022", 5.0) not in got


def test_none_with_cases_still_ongoing_in_brackets_is_the_none_alone():
    # Thurrock, ehcp-assessments/thurrock-ehcp-requests-mediation-2019
    text = "9. How many were in favour of the LA?\n\n9.    None (3 are still ongoing)\n"
    got = _figures(text, APPEALS)
    assert ("9", None, 0.0) in got
    assert not any(v == 3.0 for _, _, v in got)


def test_one_case_is_ongoing_in_a_sentence_is_not_the_answer():
    # Devon, councillor-complaints/devon-code-complaints-2023: "1 complaint is ongoing and 4 complaints were deemed
    # a breach"; made up here over appeals
    text = ("9. How many were in favour of the LA?\n"
            "1 appeal is ongoing and 4 tribunals in favour of the council.\n")
    got = _figures(text, APPEALS)
    assert not any(v == 1.0 for _, _, v in got)


def test_cases_pending_after_a_figure_in_a_list_are_not_a_second_figure():
    # made up: "pending" and "in progress" said as "ongoing" is, in a year's line
    text = ("4) How many of these appeals ended up at tribunal, broken down by the years 2021, 2022, 2023?\n"
            "2021 - 42, 2 appeals pending\n2023 - 50 (7 currently in progress)\n")
    got = _figures(text, APPEALS)
    assert {("4", "2021", 42.0), ("4", "2023", 50.0)} <= got
    assert not any(v in (2.0, 7.0) for _, _, v in got)


def test_the_open_cases_are_the_answer_where_the_question_asks_for_them():
    text = "1. How many appeals are still ongoing?\n5 appeals still ongoing.\n"
    assert ("1", None, 5.0) in _figures(text, OPEN_ASKED)


CONTRACTORS = parse_survey(textwrap.dedent("""
    name = "contractors"
    title = "Contractors"
    [subjects.contractors]
    label = "Private contractors employed to issue fines"
    synonyms = ["(?:private|external) contractors?", "private compan(?:y|ies)"]
    [[questions]]
    id = "1"
    text = "Does your council employ a private contractor or external company to issue environmental FPNs?"
    subject = "contractors"
    measures = ["count"]
    [subjects.space]
    label = "Office space for union business"
    synonyms = ["(?:office )?space", "valuation"]
    [[questions]]
    id = "2"
    text = "Whether a professional valuation of the market rental value of the space has been sought"
    subject = "space"
    measures = ["count"]
    [subjects.fpns]
    label = "FPNs issued"
    synonyms = ["FPNs?", "fixed penalty notices?"]
    [[questions]]
    id = "3"
    text = "How many FPNs were issued by external contractors?"
    subject = "fpns"
    measures = ["count"]
"""))


# A "no" to a question that asks whether, said as "No <thing> is <done>" or "do not <verb> any": no zero count -----

def test_no_thing_is_done_answering_a_does_question_is_no_figure():
    # Hastings, fly-tipping/hastings-environmental-fpns-2025: "Q1. No external contractor is employed to do this."
    text = "Response\nQ1. No external contractor is employed to do this.\n"
    assert not any(q == "1" for q, _, _ in _figures(text, CONTRACTORS))


def test_no_valuation_has_been_sought_is_no_figure():
    # Devon, trade-unions/devon-trade-unions-2024: "No professional valuation of its rental value has been sought.";
    # Rushcliffe, trade-unions/rushcliffe-trade-unions-3570393: "- No additional space is allocated"
    text = "2. No professional valuation of its rental value has been sought.\n"
    assert not any(q == "2" for q, _, _ in _figures(text, CONTRACTORS))
    text = "2. - No additional space is allocated\n"
    assert not any(q == "2" for q, _, _ in _figures(text, CONTRACTORS))


def test_do_not_use_without_an_article_is_no_figure():
    # Eden, asb-powers/eden-cpns-pspos-06600: "10. Do not use private contractor to enforce PSPOs."
    text = "1. Do not use private contractor to issue FPNs.\n"
    assert not any(q == "1" for q, _, _ in _figures(text, CONTRACTORS))


def test_no_things_done_answering_how_many_is_still_none():
    # made up: the same words answering a question that asks how many are its zero
    text = "3. No FPNs were issued by external contractors.\n"
    assert ("3", None, 0.0) in _figures(text, CONTRACTORS)
