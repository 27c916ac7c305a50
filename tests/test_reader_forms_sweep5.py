"""Forms found by the fifth sweep of real replies on topics the real-reply set does not hold (helper sweep13, session
of 2026-12-07, night): each test quotes a few lines of a real reply (or request) and a made-up variant, each drafted
with `foi survey draft` from its request; each fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from reader import parse_reply
from tests.reading_helpers import drafted_survey, reply_statuses as _statuses


def _survey(request: str):
    return drafted_survey(request, dt.date(2024, 6, 1))


def _values(reply, question: str | None = None) -> list[float]:
    return [f.value for f in reply.facts if question is None or f.question == question]


# An answer that points to another answer by its number, "(above)" after its full stop -----------------------------

TRIBUNALS_REQUEST = """\
1.  How many Employment Tribunals have been brought against the council over the last 5 years?  If it is less than 5, please just confirm under 5.

2.  Please specify the total cost to the council from Employment Tribunals in the past 5 years?

3.  Does the cost and nature of Employment Tribunals get reported to committee?

4.  Please specify the total cost to the council in settlement agreements over the past 5 years?
"""

# Moray's reply on employment tribunals (a topic the set does not hold)
TRIBUNALS_REPLY = """\
Response 24-07-2024

1. Under 5

2. Due to the low number of cases, the release of this may result in the identification of individuals. This information is therefore exempt from release under Section 38(1)(b) of the Freedom of Information (Scotland) Act 2002 - personal information.

3. No

4. as per 2. (above)
"""


def test_an_answer_as_per_another_above_is_no_figure_and_takes_its_status():
    survey = _survey(TRIBUNALS_REQUEST)
    reply = parse_reply(TRIBUNALS_REPLY, survey)
    assert 2.0 not in _values(reply, "4")
    assert _statuses(reply).get("4") == "rejected"


def test_an_answer_see_another_in_brackets_above_is_no_figure():
    # made up: "See 2 (above)."
    survey = _survey(TRIBUNALS_REQUEST)
    reply = parse_reply(TRIBUNALS_REPLY.replace("4. as per 2. (above)", "4. See 2 (above)."), survey)
    assert 2.0 not in _values(reply, "4")
    assert _statuses(reply).get("4") == "rejected"


# The whole answer a pointer to where the response is: "can be found here" ------------------------------------------

BORROWING_REQUEST = """\
For each individual loan taken by the council:
1. The local authority/lender name
2. The amount advanced (the initial amount)
3. The outstanding balance
4. The interest rate ?
"""

# Moray's reply on inter-authority borrowing: the request restated, then one line whose link is the word "here"
BORROWING_REPLY = """\
FOI Request - Inter Authority Borrowing and Lending

For each individual loan taken by the council:
1. The local authority/lender name
2. The amount advanced (the initial amount)
3. The outstanding balance
4. The interest rate ?

Response 28-05-2024

The information requested can be found here.

Rate this Page
"""


def test_the_information_requested_can_be_found_here_answers_every_question():
    survey = _survey(BORROWING_REQUEST)
    reply = parse_reply(BORROWING_REPLY, survey)
    assert reply.outcome == "successful"
    assert set(_statuses(reply).values()) == {"successful"} and len(_statuses(reply)) == 4


def test_the_response_to_this_request_can_be_found_here_answers_every_question():
    # Moray's reply on RAAC surveys says it so; made up on the borrowing request
    survey = _survey(BORROWING_REQUEST)
    reply = parse_reply(BORROWING_REPLY.replace("The information requested can be found here.",
                                                "The response to this request can be found here."), survey)
    assert reply.outcome == "successful"
    assert len(_statuses(reply)) == 4


def test_more_information_can_be_found_here_is_no_answer():
    # made up: a pointer to further reading answers nothing
    survey = _survey(BORROWING_REQUEST)
    reply = parse_reply(BORROWING_REPLY.replace("The information requested can be found here.",
                                                "More information about loans can be found here."), survey)
    assert "1" not in _statuses(reply) and "2" not in _statuses(reply)


# The requester's "please clarify" above the log's dated "Response" heading ------------------------------------------

ASBESTOS_REQUEST = """\
I am seeking information on the total number of currently used and disused buildings that are run or controlled by your authority, which contain asbestos.

And finally, would you please clarify the total number of used and disused buildings which are run or controlled by your authority.
"""

# Moray's reply on buildings with asbestos: the request restated, the answer under "Response <date>"
ASBESTOS_REPLY = """\
FOI Request - Disused Buildings and Asbestos

I am seeking information on the total number of currently used and disused buildings that are run or controlled by your authority, which contain asbestos.

And finally, would you please clarify the total number of used and disused buildings which are run or controlled by your authority.

Response 14-03-2013

Please see response attached here PDF Logo (voids)and here PDF Logo  (occupied buildings where ACMs (Asbestos Containing Materials) are present)

Rate this Page
"""


def test_the_requesters_clarify_above_a_dated_response_heading_is_no_request_for_clarification():
    survey = _survey(ASBESTOS_REQUEST)
    reply = parse_reply(ASBESTOS_REPLY, survey)
    assert reply.kind == "response"
    assert reply.outcome == "successful"


def test_a_council_asking_to_clarify_under_the_heading_still_asks():
    # made up: the council's own question below the heading
    survey = _survey(ASBESTOS_REQUEST)
    reply = parse_reply(ASBESTOS_REPLY.split("Response 14-03-2013")[0]
                        + "Response 14-03-2013\n\nCould you please clarify which buildings you mean?\n", survey)
    assert reply.kind == "clarification_request"


# A log that labels every reply "Information provided" over a reply that refuses all of it -----------------------------

PRINTING_REQUEST = """\
1) The overall cost of printing by the Council for the financial years 2009-10, 2010-11 and 2011-12 broken down by year

2) The cost of printing for each of these years broken down by Council departments

3) The cost of postage for each of these years.
"""

# Charnwood's reply on printing and postage costs (a topic the set does not hold): the log's "Resolution" field
PRINTING_REPLY = """\
Printing and Postage Costs

Requested on
Fri 1st March, 2013
Reference
FOI 2756
Resolution
Information provided

Answer

The costs for external printing come under the same code as all stationary orders on our financial system.  Although we would hold the information requested in the form of individual invoices, it is not held in a manner which would allow for easy collation of the requested data.  The time required to go through each individual invoice to gather data on printing charges would exceed the appropriate limit for dealing with requests set out in section 12 of the Act and the Appropriate Limit and Fees Regulations
"""


def test_a_log_label_information_provided_over_a_whole_refusal_is_a_refusal():
    survey = _survey(PRINTING_REQUEST)
    reply = parse_reply(PRINTING_REPLY, survey)
    assert set(_statuses(reply).values()) == {"rejected"}
    assert reply.outcome == "rejected"


def test_the_label_over_a_refusal_beside_a_figure_given_is_partly_successful():
    # made up: the council gives the postage total all the same
    survey = _survey(PRINTING_REQUEST)
    reply = parse_reply(PRINTING_REPLY + "\n3) The cost of postage in 2011-12 was £83,102.\n", survey)
    assert reply.outcome == "partially_successful"


# "The answer to your request is nil." ---------------------------------------------------------------------------------

TAXI_REQUEST = """\
What was the total cost to your council in the 2016/17 academic year of transporting children registered as living in your council's area by taxi to schools outside your council area and the numbers of children being transported?

Can you break the overall figures (both numbers of children and cost) down into two groups - children with special needs and deaf children?
"""

# Comhairle nan Eilean Siar's reply on taxis to schools outside the area (a topic the set does not hold)
TAXI_REPLY = """\
Taxi Transport For Pupils To Schools Outwith Area

The answer to your request is nil.  This is an islands local authority.
"""


def test_the_answer_to_your_request_is_nil_answers_every_question_with_nought():
    survey = _survey(TAXI_REQUEST)
    reply = parse_reply(TAXI_REPLY, survey)
    assert set(_statuses(reply)) == {q.id for q in survey.questions}
    assert set(_statuses(reply).values()) == {"successful"}
    assert 0.0 in _values(reply, survey.questions[0].id)


def test_the_answer_to_your_questions_is_none_likewise():
    # made up
    survey = _survey(TAXI_REQUEST)
    reply = parse_reply(TAXI_REPLY.replace("The answer to your request is nil.", "The answer to your questions is none."),
                        survey)
    assert 0.0 in _values(reply, survey.questions[0].id)


# The bound of the small numbers withheld, said as why: "the numbers are 5 or less" ---------------------------------

WHISTLE_REQUEST = """\
How many reports did you receive from whistle blowers in 2019 and in 2020?

How many whistle blowers have made an allegation of 'detriment' against your organisation?
"""

# Devon's reply on whistleblowing (a topic the set does not hold)
WHISTLE_REPLY = """\
How many reports did you receive from whistle blowers in 2019 and in 2020?

2019 – Two

2020 – Four

How many whistle blowers have made an allegation of 'detriment' against your organisation?

Devon County Council is unable to provide these figures under Section 40(2) of the Freedom of Information Act 2000 – 'Personal Information'.  This is because the numbers are 5 or less meaning that release could lead to the identification of the individual(s) concerned which would breach the Data Protection Act principles.
"""


def test_the_numbers_are_5_or_less_is_no_figure_and_the_question_is_refused():
    survey = _survey(WHISTLE_REQUEST)
    reply = parse_reply(WHISTLE_REPLY, survey)
    q2 = survey.questions[1].id
    assert 5.0 not in _values(reply)
    assert _statuses(reply).get(q2) == "rejected"
    assert sorted(_values(reply, survey.questions[0].id)) == [2.0, 4.0]


def test_as_the_figures_are_5_or_fewer_likewise():
    # made up
    survey = _survey(WHISTLE_REQUEST)
    reply = parse_reply(WHISTLE_REPLY.replace("This is because the numbers are 5 or less meaning that",
                                              "We cannot give them as the figures are 5 or fewer, and"), survey)
    assert 5.0 not in _values(reply)


# "If none please confirm that fact." restated in the reply ------------------------------------------------------------

SIGNS_REQUEST = """\
Please supply me with details of the approximate number of warning signs to alert the public of the operation of CCTV cameras to enforce loading/unloading regulations on the Red Route network. I will be happy to have a bracket response as follows for my purposes. 0 1-20 20-50 100 or more Please provide one location reference. If none please confirm that fact.
"""

# Transport for London's reply (a vexatious refusal), which restates the request after "You asked:"
SIGNS_REPLY = """\
We answered

Your request has been considered in accordance with the requirements of the Freedom of Information Act Regulations and our information access policy. You asked: Please supply me with details of the approximate number of warning signs to alert the public of the operation of CCTV cameras to enforce loading/unloading regulations on the Red Route network.  I will be happy to have a bracket response as follows for my purposes.
0
1-20
20-50
100 or more
Please provide one location reference.
If none please confirm that fact.
For the avoidance of doubt I do NOT require any details of general camera warning signs on bus lanes etc.

I can confirm that we do hold the information you require. However, your request is being refused under section 14(1) of the Freedom of Information Act, which provides an exemption to the disclosure of information where a request is considered to be 'vexatious'.
"""


def test_if_none_please_confirm_is_no_nought_and_the_vexatious_refusal_covers_all():
    survey = _survey(SIGNS_REQUEST)
    reply = parse_reply(SIGNS_REPLY, survey)
    assert not [f for f in reply.facts if f.quote.startswith("If none")]
    assert reply.outcome == "rejected"


def test_if_there_are_none_likewise():
    # made up
    survey = _survey(SIGNS_REQUEST)
    reply = parse_reply(SIGNS_REPLY.replace("If none please confirm that fact.",
                                            "If there are none, please confirm that fact."), survey)
    assert not [f for f in reply.facts if f.value == 0]


# Lettered answers to a question the survey asks whole: "2a) None" under question 2 ------------------------------------

ASBESTOS_CLAIMS_REQUEST = """\
1. Asbestos Presence Breakdown
Please provide a breakdown of the total number of buildings under your control that contain asbestos-containing materials (ACMs), categorised by building type as follows:
a- Educational Establishments: (e.g., schools, colleges, nurseries)
b- Health/Institutional Buildings: (e.g., hospitals, clinics, residential care homes)

2. Management and Claims
a- The number of reported incidents of potential or confirmed asbestos exposure in all buildings under your control between 2020 and the present date.
b- The number of current and former employees/users who have pursued a claim against your organisation for asbestos exposure in a building under your control.
"""

# Newark and Sherwood's reply (a topic the set does not hold): the answers lettered as the request's lines are
ASBESTOS_CLAIMS_REPLY = """\
Response

1a) 0
1b) 26
2a) None
2b) None
"""


def test_lettered_answers_go_to_the_whole_question_the_survey_asks():
    survey = _survey(ASBESTOS_CLAIMS_REQUEST)
    ids = [q.id for q in survey.questions]
    assert ids == ["1", "2"]        # the draft asks each question whole
    reply = parse_reply(ASBESTOS_CLAIMS_REPLY, survey)
    assert sorted(_values(reply, "2")) == [0.0, 0.0]
    assert sorted(_values(reply, "1")) == [0.0, 26.0]


def test_lettered_answers_with_figures_likewise():
    # made up: figures for the lettered parts
    survey = _survey(ASBESTOS_CLAIMS_REQUEST)
    reply = parse_reply(ASBESTOS_CLAIMS_REPLY.replace("2a) None", "2a) 3").replace("2b) None", "2b) 1"), survey)
    assert sorted(_values(reply, "2")) == [1.0, 3.0]
