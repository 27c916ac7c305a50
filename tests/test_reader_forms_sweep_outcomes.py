"""Outcome forms found by the sweep of real replies on topics the real-reply set does not hold (helper "sweep-out",
session of 2026-12-07): each test quotes a few lines of a real reply (or request) and a made-up variant, each drafted
with `foi survey draft` from its request; each fails without its rule.
"""

from __future__ import annotations

from reader import parse_reply
from tests.reading_helpers import drafted_survey as _survey, reply_statuses as _statuses


# A question restated with nothing under it -----------------------------------------------------------------------

PERMITS_REQUEST = """\
1. Does your council apply a diesel surcharge to resident's parking permits? If so, how much is this charge?
2. Does your council make an administration charge when people apply for a resident's parking permit? If so, how much is this charge?
3. Does your council base the cost of resident's parking permits on a vehicle's carbon dioxide (CO2) emissions? If so, please set out the bands and relevant charges for this.
4. What is the highest fee your council charges for a resident's permit?
"""

# Devon's reply on resident parking permits (a topic the set does not hold): question 3 restated, question 4 at once
PERMITS_REPLY = """\
Resident parking permits

1. Does your council apply a diesel surcharge to resident's parking permits? If so, how much is this charge?


2. Does your council make an administration charge when people apply for a resident's parking permit? If so, how much is this charge?

We make a charge of £30 per permit which is an inclusive figure for administrating and issuing a permit, and contribution to the costs for maintenance and enforcement of the parking zones. We do not break that figure down any further than that in fees and charges

3. Does your council base the cost of resident's parking permits on a vehicle's carbon dioxide (CO2) emissions? If so, please set out the bands and relevant charges for this.


4. What is the highest fee your council charges for a resident's permit?
"""


def test_a_question_restated_with_the_next_at_once_is_not_answered_by_a_line_under_another():
    survey = _survey(PERMITS_REQUEST)
    got = _statuses(parse_reply(PERMITS_REPLY, survey))
    assert got.get("2") == "successful"
    assert "3" not in got and "4" not in got        # not addressed: the £30 line is question 2's answer


def test_a_question_restated_last_with_nothing_under_it_is_not_answered():
    # made up: the question left blank is the last, the letter ends under it
    survey = _survey(PERMITS_REQUEST)
    reply = PERMITS_REPLY.rsplit("4. What", 1)[0].rstrip() + "\n"
    got = _statuses(parse_reply(reply, survey))
    assert "3" not in got


def test_a_question_restated_with_its_answer_under_it_is_answered():
    # made up: the same reply, question 3 answered in words under its restated line
    survey = _survey(PERMITS_REQUEST)
    reply = PERMITS_REPLY.replace(
        "this.\n\n\n4. What",
        "this.\n\nNo, the cost of resident's permits is the same for every vehicle.\n\n4. What")
    assert _statuses(parse_reply(reply, survey)).get("3") == "successful"


def test_questions_quoted_together_at_the_top_are_answered_below_them_all():
    # Devon's reply on library openings (libraries, in the set): both questions, then one answer for both
    request = ("1) How many libraries in your jurisdiction have been opened since 2010?\n"
               "2) How many libraries in your jurisdiction have been permanently closed since 2010?\n")
    reply = ("Library openings and closures since 2010\n\n" + request +
             "\nIn response to both questions, we can confirm that Devon County Council have not opened or closed "
             "any libraries since 2010.\n")
    got = _statuses(parse_reply(reply, _survey(request)))
    assert got.get("1") == "successful" and got.get("2") == "successful"


# A whole-request refusal whose sentences name the part they refuse -----------------------------------------------

RATES_REQUEST = """\
Please could you provide me with an excel spreadsheet report showing details of every business ratepayer in your Council area and showing the following information:
1. Name of Ratepayer
2. Address of Property
3. Description of Property
4. Rateable Value
5. Net Rates Payable for 2023/24
6. Account Start Date
"""

# Hastings' reply on business rates (a topic the set does not hold)
RATES_REPLY = """\
Response
Please see attached, our response to your Freedom of Information request.
The information requested is on three spreadsheets, one for all accounts, one for all reliefs, and one for exemptions.
NOTICE OF REFUSAL
The information requested in respect the net rates payable for 2023/24 would require us to manually check each customer's records. This would far exceed the time limit set out by the Information Commissioner. S12 of the Freedom of information Act 2000 provides an exemption from the obligation to comply with a request for information if the estimated costs of complying with that request would exceed the prescribed appropriate limit.
We estimate that the costs of complying with your request would exceed the appropriate limit by a significant amount.
For this reason we feel unable to comply with this part of your request.
"""


def test_a_cost_limit_refusal_in_respect_of_one_part_refuses_that_question_only():
    reply = parse_reply(RATES_REPLY, _survey(RATES_REQUEST))
    got = _statuses(reply)
    assert got["5"] == "rejected"
    assert {got[q] for q in ("1", "2", "3", "4", "6")} == {"successful"}
    assert reply.outcome == "partially_successful" and "s12" in reply.exemptions


def test_a_refusal_regarding_one_part_beside_an_attached_table_refuses_that_question_only():
    # made up: "regarding ...", the rest in the attached spreadsheet
    reply = ("Please see the attached spreadsheet.\n\n"
             "The information regarding the account start dates is not held in one place. To locate it would exceed "
             "the appropriate limit under section 12 of the Freedom of Information Act.\n")
    got = _statuses(parse_reply(reply, _survey(RATES_REQUEST)))
    assert got["6"] == "rejected"
    assert got["1"] == "successful" and got["5"] == "successful"


def test_a_cost_limit_refusal_naming_no_part_refuses_the_whole_request():
    # made up: the same refusal, naming nothing of the request's, refuses every question
    reply = RATES_REPLY.replace("in respect the net rates payable for 2023/24 ", "")
    got = _statuses(parse_reply(reply, _survey(RATES_REQUEST)))
    assert set(got.values()) == {"rejected"}


def test_a_refusal_naming_its_part_with_nothing_given_leaves_the_rest_as_read():
    # made up: no word of anything given: the refusal stands over every question (nothing says the rest was sent)
    reply = RATES_REPLY.split("NOTICE OF REFUSAL\n", 1)[1]
    got = _statuses(parse_reply(reply, _survey(RATES_REQUEST)))
    assert set(got.values()) == {"rejected"}
