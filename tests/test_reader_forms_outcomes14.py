"""Outcome and question-status forms, round 14 (helper "outcome14", session of 2026-12-08, night): the set README's
rule for a question whose premise the reply denies (answered when it asks whether / how many / how much or asks
the thing only "if so"; not held when it asks for the thing itself), and the forms A, B, D of the outcome13
catalogue. Each test quotes a few lines of a real reply (a sweep's, on a topic the real-reply set does not hold, or
the set's) and a made-up variant, each drafted with `foi survey draft` from its request; each fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from reader import parse_reply
from tests.reading_helpers import drafted_survey, reply_statuses as _statuses


def _survey(request: str):
    return drafted_survey(request, dt.date(2024, 6, 1))


# A copy asked of a thing the reply says does not exist: not held -------------------------------------------------

COMPENSATION_REQUEST = """\
Please provide copies of any internal documents or policies used by the council when deciding how much compensation / redress should be made to members of the public following complaints they have made.
"""

# Thurrock's reply (sweep 6): the request restated on a log page, then its answer
COMPENSATION_REPLY = """\
Freedom of information response
Request:
Please provide copies of any internal documents or policies used by the council when deciding how much compensation / redress should be made to members of the public following complaints they have made.
Response:
There is not an internal policy in place detailing compensation/redress for complaints. Complaints are assessed on a case-by-case basis and we use Ombudsman Guidance on remedies and/or previous findings, when considering offering compensation as a remedy.
Request reference:
FOI 13355
"""


def test_a_copy_of_a_policy_the_reply_says_is_not_in_place_is_not_held():
    survey = _survey(COMPENSATION_REQUEST)
    reply = parse_reply(COMPENSATION_REPLY, survey)
    assert set(_statuses(reply).values()) == {"not_held"}, _statuses(reply)
    assert reply.outcome == "not_held"


def test_a_copy_of_guidance_there_is_none_of_is_not_held_made_up():
    request = "1. Please provide a copy of your guidance to officers on the removal of abandoned trolleys.\n"
    reply = request + "We do not have any guidance on the removal of abandoned trolleys; each case is judged on " \
                      "its own facts.\n"
    survey = _survey(request)
    got = parse_reply(reply, survey)
    assert set(_statuses(got).values()) == {"not_held"}, _statuses(got)


WOODBURNING_REQUEST = """\
1. Please state how many complaints your local authority has received about smoke from domestic fires in each of the following years: 2019, 2020, 2021.
2. Please provide a copy of any guidance issued internally to council officers regarding the enforcement of alleged breaches of smoke control area rules.
3. Please provide a copy of any reports or guidance produced by your council relating to the local implementation of the Air Quality (Domestic Solid Fuels Standards) (England) Regulations 2020 from 1 May 2021.
"""

# Wokingham's reply (the set: air-quality/wokingham-woodburning-2021), the counts shortened
WOODBURNING_REPLY = """\
1. Please state how many complaints your local authority has received about smoke from domestic fires in each of the following years: 2019, 2020, 2021.
2019: 41
2020: 73
2021: 66
2. Please provide a copy of any guidance issued internally to council officers regarding the enforcement of alleged breaches of smoke control area rules.
None of our procedures relate to the enforcement of smoke control areas as we do not have any, we will investigate issues of smoke under the Environmental Protection Act 1990.
3. Please provide a copy of any reports or guidance produced by your council relating to the local implementation of the Air Quality (Domestic Solid Fuels Standards) (England) Regulations 2020 from 1 May 2021.
There are currently no reports concerning local implementation of the Air Quality (Domestic Solid Fuels Standards) (England) Regulations 2020.
"""


def test_copies_of_guidance_and_reports_there_are_none_of_are_not_held_beside_counts():
    survey = _survey(WOODBURNING_REQUEST)
    reply = parse_reply(WOODBURNING_REPLY, survey)
    got = _statuses(reply)
    assert got["1"] == "successful" and got["2"] == "not_held" and got["3"] == "not_held", got
    assert reply.outcome == "partially_successful"


# ... but answered where the copy is asked only if there is one, or the question asks whether there is one first

def test_a_copy_asked_if_so_is_answered_by_the_denial():
    request = "1. Do you have a policy on the removal of abandoned trolleys? If so, please provide a copy of it.\n"
    reply = request + "We do not have a policy on the removal of abandoned trolleys.\n"
    survey = _survey(request)
    assert set(_statuses(parse_reply(reply, survey)).values()) == {"successful"}


def test_a_copy_asked_after_whether_is_answered_by_no():
    # Moray's reply (sweep 4, moray-uasc): "7. Does the Local Authority have a written policy ...? Please provide a
    # copy of this policy." answered "7. No"
    request = """\
6. In each of the following years (2011, 2012, 2013), how many times did the local authority share information with the Home Office on the individual case of a UASC child?
7. Does the Local Authority have a written policy for sharing case information about asylum seeking children with the Home Office.  Please provide a copy of this policy.
"""
    reply = request + "Response 24-01-2014\n6. None\n7. No\n"
    survey = _survey(request)
    assert set(_statuses(parse_reply(reply, survey)).values()) == {"successful"}


def test_a_copy_sent_all_the_same_is_answered():
    # made up: no formal policy, but a procedure note attached
    request = "1. Please provide a copy of your policy on the removal of abandoned trolleys.\n"
    reply = request + "There is no formal policy in place. Please find attached the procedure note officers use.\n"
    survey = _survey(request)
    assert _statuses(parse_reply(reply, survey)).get("1") != "not_held"


# A cost-limit refusal right below the request quoted whole refuses every question the reply does not answer --------

ASBESTOS_REQUEST = """\
(1) How many council-owned buildings contain asbestos? Please provide a breakdown in the format of a table with the following information:
(2) Type of building, eg school, leisure centre, library etc.
(3) Name / address of the building
(4) Type of asbestos – eg crocidolite
(5) How many units of council-owned housing stock contain asbestos?
(6) i) How many buildings have undergone work to remove asbestos in the last five years? ii) What is the total cost of that work?
(7) What would be the total estimated cost for removing all asbestos from all council-owned buildings?
"""

# Moray's reply (sweep 5, a topic the set does not hold): the request quoted whole, the refusal below it, and an
# answer to (5) added a week later
ASBESTOS_REPLY = ASBESTOS_REQUEST + """\

Response 22-04-2013
I can confirm that the department holds information which would answer your request. However, we estimate that the cost of complying with your request would exceed the cost of £600.00 which is the limit specified by the Scottish Ministers in Scottish Statutory Instruments, 2004 numbers 376 and 467. If the cost of complying with a request is higher than £600.00 we do not have to supply the information under Section 12 of the Freedom of Information (Scotland) Act 2002.
Additional Information 29-04-2013
(5) 1256 Properties with asbestos externally (soffits, bargeboards etc)
"""


def test_a_cost_limit_refusal_below_the_request_quoted_whole_refuses_the_questions_it_leaves():
    survey = _survey(ASBESTOS_REQUEST)
    reply = parse_reply(ASBESTOS_REPLY, survey)
    got = _statuses(reply)
    five = [q.id for q in survey.questions if q.id.startswith("5")]
    assert all(got.get(q) == "successful" for q in five), got
    others = [q.id for q in survey.questions if not q.id.startswith("5")]
    assert all(got.get(q) == "rejected" for q in others), got
    assert reply.outcome == "partially_successful"


def test_a_cost_limit_refusal_below_a_request_of_numbered_questions_made_up():
    # made up: "1." numbering, a "Our response" heading, the added answer to question 2 only
    request = """\
1. How many bridges does the council maintain?
2. How many bridges were inspected in 2023?
3. What was the total cost of bridge repairs in 2023?
"""
    reply = request + """\

Our response
The cost of locating, retrieving and extracting this information would exceed the appropriate limit of £450 under Section 12 of the Freedom of Information Act 2000.
Further information
2. 41 bridges were inspected in 2023.
"""
    survey = _survey(request)
    got = _statuses(parse_reply(reply, survey))
    assert got.get("1") == "rejected" and got.get("3") == "rejected" and got.get("2") == "successful", got
