"""Outcome and question-status forms from the sweeps of real replies on topics the real-reply set does not hold
(helper "outcome13", session of 2026-12-07, late night): each test quotes a few lines of a real reply (or request)
and a made-up variant, each drafted with `foi survey draft` from its request; each fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from reader import parse_reply
from tests.reading_helpers import drafted_survey, reply_statuses as _statuses


def _survey(request: str):
    return drafted_survey(request, dt.date(2024, 6, 1))


# A passage that names its questions ("For questions 1-3, ...") on a page with no blank lines ------------------------

S106_REQUEST = """\
1. How much money received via Section 106 agreements is currently held, unspent, by the local planning authority?
2. How much of this figure (Q1) is allocated for:
a) affordable housing provision,
b) highways/roads,
c) unallocated?
3. How much of this figure (Q1) was received:
a) in the 2023/24 or 2024/25 financial years,
b) in the 2018/19 financial year or earlier?
4. How much money received via Section 106 agreements has been returned to the developer within the last ten years (2013/14 financial year onwards), due to it not being spent in the required time frame?
"""

# Devon's reply (a topic the set does not hold): the request restated, the pointer for 1-3 between question 3 and
# question 4, the cost-limit refusal under question 4, and no blank line anywhere
S106_REPLY = S106_REQUEST.replace(
    "4. How much",
    "For questions 1-3, information can be found at the following link Section 106 agreements.\n4. How much") + """\
Compliance with this request would exceed the appropriate cost limit under Section 12 of the Freedom of Information Act 2000 which is £450 or 18 hours of officer time. As we do not have information recorded for developer contributions we would have to check 667 records at 20 minutes a time.
"""


def test_a_passage_named_for_questions_1_to_3_stops_at_question_4s_number():
    survey = _survey(S106_REQUEST)
    got = _statuses(parse_reply(S106_REPLY, survey))
    assert all(got[q.id] == "successful" for q in survey.questions if not q.id.startswith("4")), got
    assert got["4"] in ("rejected", "partially_successful")


def test_a_passage_named_in_words_stops_at_the_next_questions_number():
    # made up: "In answer to questions 1 to 3" and a "Q4." label over the refusal
    survey = _survey(S106_REQUEST)
    reply = S106_REPLY.replace("For questions 1-3, information can be found at the following link Section 106 "
                               "agreements.",
                               "In answer to questions 1 to 3, the figures are published in our Infrastructure "
                               "Funding Statement, available on our website.").replace("4. How much", "Q4. How much")
    got = _statuses(parse_reply(reply, survey))
    assert all(got[q.id] == "successful" for q in survey.questions if not q.id.startswith("4")), got
    assert got["4"] in ("rejected", "partially_successful")


REPAIRS_REQUEST = """\
Questions 2-4 do not include scheduled routine/cyclical maintenance work, unless that work has been delayed beyond its original schedule.
1. What is the total number of council housing tenant households in the local authority area (excluding voids)?
2. How many council housing tenant households are currently awaiting repair work on their council homes?
3. Of the figure in question 2, how many are logged as emergency repairs?
4. Of the figure in question 2, how many households have been waiting more than a year?
"""


def test_the_requests_own_range_above_a_lower_number_does_not_stop_before_the_refusal():
    # Wokingham's housing repairs (sweep 2), cut down: "Questions 2-8 do not include ..." is the request's, above its
    # "1."; the refusal below every question refuses them all
    survey = _survey(REPAIRS_REQUEST)
    reply = REPAIRS_REQUEST + ("We do not hold this information in a reportable manner, this would exceed the cost of "
                               "compliance (section 12) to manually interrogate the database and trawl through tens "
                               "of thousands of emails, invoices, work orders etc.\n")
    got = _statuses(parse_reply(reply, survey))
    assert got and all(v == "rejected" for v in got.values()), got


# The cost limit named only as its sum ("would exceed the cost of £600.00") -------------------------------------------

ASBESTOS_REQUEST = """\
(1) How many council-owned buildings contain asbestos?
(2) How many units of council-owned housing stock contain asbestos?
(3) What would be the total estimated cost for removing all asbestos from all council-owned buildings?
"""

# Moray's reply on asbestos in its buildings (sweep 5, a topic the set does not hold): the refusal names the sum, not
# the section, before the section is said only of what the law allows ("If the cost ... is higher than £600.00 we do
# not have to supply the information under Section 12 ...", hypothetical)
ASBESTOS_REPLY = ASBESTOS_REQUEST + """\
Response 22-04-2013
We have 53 schools and 192 other corporate buildings.
I can confirm that the department holds information which would answer your request. However, we estimate that the cost of complying with your request would exceed the cost of £600.00 which is the limit specified by the Scottish Ministers in Scottish Statutory Instruments, 2004 numbers 376 and 467.
"""


def test_a_cost_limit_named_as_its_sum_is_a_cost_limit_refusal():
    reply = parse_reply(ASBESTOS_REPLY, _survey(ASBESTOS_REQUEST))
    assert "s12" in reply.exemptions
    assert reply.outcome in ("rejected", "partially_successful")


def test_a_cost_limit_of_450_pounds_named_as_what_the_work_would_cost():
    # made up: a council's £450, "in excess of", nothing given
    reply = parse_reply(ASBESTOS_REQUEST + "Locating and extracting this information would cost the Council in excess "
                        "of £450 in staff time, and we are therefore unable to provide it.\n", _survey(ASBESTOS_REQUEST))
    assert "s12" in reply.exemptions
    assert reply.outcome == "rejected"


def test_a_sum_of_600_pounds_that_is_no_limit_refuses_nothing():
    # made up: a price above £600 asked and given
    reply = parse_reply(ASBESTOS_REQUEST + "(3) Removal would cost well in excess of £600,000.\n",
                        _survey(ASBESTOS_REQUEST))
    assert "s12" not in reply.exemptions
