"""Question by question (issue 13, item 2): which of the request's questions a part of a reply answers, and the
status it gives each; the reply's outcome from its questions by the README's rule.

The snippets are made up in councils' English or quoted from the real-reply set (tests/files/real_set/); every
one of them is read wrongly without the rule its test names.
"""

from __future__ import annotations

import textwrap

from reader import parse_reply
from reader import classify as C
from reader.survey import parse_survey

SURVEY = parse_survey(textwrap.dedent("""
    name = "claims"
    title = "Road damage claims"
    [subjects.claims]
    label = "Claims received"
    synonyms = ["claims received", "claims made"]
    [subjects.payouts]
    label = "Compensation paid"
    synonyms = ["compensation paid", "paid out"]
    [[questions]]
    id = "1"
    text = "How many claims for damage to vehicles has the council received in each of the last three years?"
    subject = "claims"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "What is the total amount of compensation the council has paid out in each of those years?"
    subject = "payouts"
    measures = ["total_cost_gbp"]
    [[questions]]
    id = "3"
    text = "Please could you describe how the council decides whether a claim is paid?"
    subject = "payouts"
    measures = ["count"]
    """), "claims.toml")


def statuses(text: str) -> dict[str, str]:
    return {q.question: q.outcome for q in parse_reply(text, SURVEY).questions}


# A disclosure log's outcome field stands for every question when nothing is said question by question ----------

def test_an_outcome_field_below_a_blank_line_is_read():
    # Barnet's log: "Outcome / Documents", a blank line, then the document's label
    text = "Pothole data\nOutcome / Documents\n\n  \u2022 Response (all information to be supplied) - application/pdf"
    assert C.page_status(text) == "successful"
    assert C.page_status("Outcome / Documents\n\n- Response (information not held) - application/pdf") == "not_held"


def test_all_information_supplied_answers_every_question_the_request_asked():
    text = ("I am writing to request the following information:\n"
            "1. How many claims for damage to vehicles has the council received in each of the last three years?\n"
            "2. What is the total amount of compensation the council has paid out in each of those years?\n\n"
            "Outcome / Documents\n\n  \u2022 Response (all information to be supplied) - application/pdf - Download\n")
    r = parse_reply(text, SURVEY)
    assert r.outcome == "successful"
    assert {q.question: q.outcome for q in r.questions} == {"1": "successful", "2": "successful", "3": "successful"}
    assert all("all information to be supplied" in q.quote for q in r.questions)


def test_some_not_held_in_a_field_says_nothing_of_any_one_question():
    text = ("I am writing to request the following information:\n"
            "1. How many claims for damage to vehicles has the council received in each of the last three years?\n\n"
            "Outcome / Documents\n\n- Response (some not held) - application/pdf - Download\n")
    r = parse_reply(text, SURVEY)
    assert r.outcome == "partially_successful" and r.questions == []


# The request's own numbered questions are not a request for clarification -----------------------------------

def test_a_numbered_please_could_you_confirm_left_above_the_answers_is_the_request():
    # Lincolnshire: the request on the page ("2. Please could you confirm whether or not ..."), then the answers
    text = ("- Request\n"
            "3. Please could you describe how the council decides whether a claim is paid?\n"
            "4. Please could you confirm whether or not any claims are settled by your insurer?\n"
            "- Decision\n"
            "I can confirm that the information requested is held by the Council.\n"
            "3. Each claim is assessed against the inspection records for the road.\n")
    r = parse_reply(text, SURVEY)
    assert r.kind == "response"
    assert statuses(text)["3"] == "successful"


def test_a_council_asking_back_under_a_number_still_asks_for_clarification():
    text = "Thank you for your request.\n1. Could you please clarify which years you would like figures for?\n"
    assert parse_reply(text, SURVEY).kind == "clarification_request"
    text = "Before we can proceed, could you please confirm which years you would like figures for?\n"
    assert parse_reply(text, SURVEY).kind == "clarification_request"


# The question's words repeated as a heading above its figures ---------------------------------------------------

def test_a_question_repeated_as_a_heading_with_the_councils_name_answers_it_on_the_next_line():
    # the GLA: each question's words as a heading, "the council" put as the body's own name, its figures below
    text = ("Our response:\nI can confirm that we hold information within the scope of your request:\n\n"
            "  2021/22 2022/23 2023/24\n\n"
            "How many claims for damage to vehicles has Northshire County Council received in each year\n\n"
            "412 388 405\n\n"
            "What is the total amount of compensation Northshire County Council has paid out in each of those years\n\n"
            "Not held\n")
    got = statuses(text)
    assert got["1"] == "successful" and got["2"] == "not_held"


def test_a_sentence_that_shares_the_questions_words_is_an_answer_not_a_heading():
    text = ("Our response:\n"
            "The council received claims for damage to vehicles in each of the last three years.\n"
            "Please contact the insurance team for advice.\n")
    from reader.reply import _answer_below_restated
    assert _answer_below_restated(text, SURVEY.question("1"), SURVEY) is None
