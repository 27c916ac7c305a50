"""`foi survey draft`: money mentioned in passing asks no sum ("free of charge", "the number who have paid", "staff
hours spent"), a two-digit financial year closing an ask ("for 21/22 please"), and requests that number nothing with
a question over lettered or roman parts, or a line leading into unnumbered asks. Quotes are from requests of the
real-reply set (tests/files/real_set/drafted/) and of the sweep of topics outside it; the rest is made up in the way
requests are written. Each test failed before its rule."""

from __future__ import annotations

import datetime as dt

import pytest

from reader.draft import draft_survey, measures_for, split_questions
from reader.periods import find_periods


# --- money in passing -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, measures", [
    # dog-fouling-dog-waste-2022: a yes/no question whose only money word says nothing is paid
    ("Do you provide free dog poo bags to council tax payers (and if you previously did, when did you stop "
     "providing them free of charge)?", ["count"]),
    ("Are the bins replaced at no cost to residents?", ["count"]),
    ("Do you collect bulky waste without any charge?", ["count"]),
    # council-tax-arrears-liability-orders-2024: people counted by what they did
    ("The number who have paid within 7 days", ["count"]),
    ("The number that paid in full", ["count"]),
    # gritting-winter-activity-2026: time spent, counted in hours or days
    ("The total number of staff hours spent on gritting or salting activity.", ["hours"]),
    ("The number of days spent in bed and breakfast accommodation by families", ["days"]),
])
def test_money_said_in_passing_asks_no_sum(question, measures):
    assert measures_for(question)[0] == measures


@pytest.mark.parametrize("question, measure", [
    ("Do you charge for your pest control service?", "total_cost_gbp"),
    ("How much was spent on gritting in each winter?", "total_cost_gbp"),
    ("What is the charge for a bulky waste collection, if it is not free of charge?", "unit_cost_gbp"),
    ("The number of fines paid and the total amount paid", "total_cost_gbp"),
])
def test_money_asked_is_still_money(question, measure):
    assert measure in measures_for(question)[0]


def test_hours_spent_give_the_money_words_to_the_one_sum_asked():
    # gritting-winter-activity-2026 (Lincolnshire's round-robin): 2a/2b ask hours, 3a the one sum
    request = ("1. Time and resource use (where recorded)\n"
               "a) The total number of staff hours spent on gritting or salting activity.\n"
               "b) The total number of vehicle hours spent on gritting or salting activity.\n"
               "2. The total amount spent on gritting and salting operations in each winter period.\n")
    d = draft_survey(request, "x", asked_on=dt.date(2026, 1, 7))
    measures = {q.id: q.measures for q in d.questions}
    assert measures["1a"] == ["hours"] and measures["1b"] == ["hours"]
    spend = [k for k, syns in d.subjects.items() if any("spen[dt]" in s for s in syns)]
    assert spend == [next(q.subject for q in d.questions if q.id == "2")]


# --- a two-digit financial year closing an ask --------------------------------------------------------------------

@pytest.mark.parametrize("text, label", [
    # the sweep's Wokingham adult social care request
    ("For the current financial year and for 21/22 please could you provide:", "21/22"),
    ("How many fines were issued in 21-22?", "21-22"),
    ("The number of claims for 22/23 only", "22/23"),
    ("All complaints received in 19/20 inclusive", "19/20"),
])
def test_a_two_digit_financial_year_before_the_end_of_an_ask(text, label):
    found = [(p.label, p.kind, p.first) for p in find_periods(text)]
    assert (label, "financial_year", dt.date(2000 + int(label[:2]), 4, 1)) in found


def test_a_two_digit_financial_year_in_a_drafted_request():
    request = ("For the current financial year and for 21/22 please could you provide:\n\n"
               "1. The median time (in days) taken to assess a referral made to adult social services.\n\n"
               "2. The single longest wait (in days) taken to assess an individual after a referral.\n")
    d = draft_survey(request, "x", asked_on=dt.date(2023, 3, 1))
    assert [(p.label, p.start, p.end) for p in d.periods] == [("21/22", dt.date(2021, 4, 1), dt.date(2022, 3, 31))]
    assert all(q.periods == ["21/22"] for q in d.questions)


@pytest.mark.parametrize("text", ["How many children aged 18-19?", "the fixture on 18/19 March?",
                                  "see page 21/22 please"])
def test_two_digits_that_are_no_year_stay_none(text):
    assert not [p for p in find_periods(text) if p.kind == "financial_year"]


# --- requests that number nothing --------------------------------------------------------------------------------

def _split(text: str) -> list[tuple[str, str]]:
    return [(qid, q) for qid, q, _ in split_questions(text)]


def test_an_unnumbered_question_over_lettered_parts_that_name_its_periods():
    assert _split("How many PCNs were issued:\na) in 2021\nb) in 2022\nWhat was the income from PCNs?\n") == [
        ("1a", "How many PCNs were issued in 2021"), ("1b", "How many PCNs were issued in 2022"),
        ("2", "What was the income from PCNs?")]


def test_an_unnumbered_question_over_roman_parts_then_an_ask_of_its_own():
    got = _split("Please tell me the number of complaints received about:\ni) noise\nii) odour\niii) light\n"
                 "Please also tell me how many abatement notices you served.\n")
    assert [qid for qid, _ in got] == ["1a", "1b", "1c", "2"]
    assert got[1][1] == "Please tell me the number of complaints received about odour"
    assert got[3][1] == "Please also tell me how many abatement notices you served."


def test_parts_under_a_bulleted_ask():
    got = _split("Please provide:\n- The number of PCNs issued, broken down by:\n  a) on-street\n  b) off-street\n"
                 "- The income from PCNs\n")
    assert got == [("1a", "The number of PCNs issued, broken down by on-street"),
                   ("1b", "The number of PCNs issued, broken down by off-street"), ("2", "The income from PCNs")]


def test_parts_in_brackets_under_an_unnumbered_question():
    got = _split("How many complaints did you receive about:\n(a) noise\n(b) odour\nHow many notices did you serve?\n")
    assert [qid for qid, _ in got] == ["1a", "1b", "2"]


def test_lettered_asks_under_a_lead_in_stay_the_requests_questions():
    # empty-homes-reasons-2020 (Moray): "Could you kindly provide me with:" over a) and b), each asking
    request = ("Could you kindly provide me with:\n"
               "a)       The total number of empty residential properties within your council boundaries currently.\n"
               "b)      The above split by the reasons that they are empty, other councils have provided reasons "
               "such as:\nUnoccupied & furnished\nUnoccupied & unfurnished\nWaiting to be removed from the list\n")
    assert [qid for qid, _ in _split(request)] == ["1", "2"]
    # ...and lettered parts that ask of their own, under a stem, are its questions as before
    assert [qid for qid, _ in _split("Fly-tipping:\na) How many incidents were reported?\n"
                                     "b) How many were cleared?\n")] == ["1", "2"]


def test_a_line_leading_into_unnumbered_asks_is_no_question():
    got = _split("For each of the last three financial years, please provide:\nThe number of PCNs issued\n"
                 "The number of PCNs paid\nThe income received from PCNs\n")
    assert got == [("1", "The number of PCNs issued"), ("2", "The number of PCNs paid"),
                   ("3", "The income received from PCNs")]
    d = draft_survey("For each of the financial years 2021/22 and 2022/23, please provide:\nThe number of PCNs issued\n"
                     "The number of PCNs paid\nThe income received from PCNs\n", "x", asked_on=dt.date(2023, 6, 1))
    assert len(d.questions) == 3 and all(q.periods == ["2021/22", "2022/23"] for q in d.questions)


def test_parts_that_say_how_the_stems_figure_is_given():
    # the sweep's Eden electoral request: "a.)" and "b.)" under an unnumbered question ending ':' (were questions 1
    # and 2, ") As an absolute number?", the stem lost)
    request = ("How many tendered ballot papers in total were issued by the council’s electoral staff at polling "
               "stations on 8 June 2017 for the General Election, in each parliamentary constituency counted in your "
               "local authority:\n\na.) As an absolute number?\n\nb.) As a percentage of the total number of ballots "
               "issued?\n")
    got = split_questions(request)
    assert [(qid, own) for qid, _, own in got] == [
        ("1a", "As an absolute number?"), ("1b", "As a percentage of the total number of ballots issued?")]
    assert got[1][1].startswith("How many tendered ballot papers in total were issued")
    d = draft_survey(request, "x", asked_on=dt.date(2017, 7, 1))
    assert [q.measures for q in d.questions] == [["count"], ["count", "percent"]]
