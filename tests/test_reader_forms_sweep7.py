"""Figure and outcome forms found by the seventh sweep of real replies on topics the real-reply set does not hold
(helper "sweep15", session of 2026-12-07 late night; files and catalogue in docs/real-replies.md, session-7dec-n):
each test quotes a few lines of a real reply (or request) and a made-up variant, each drafted with `foi survey draft`
from its request; each fails without its rule.
"""

from __future__ import annotations

from reader import parse_reply
from tests.reading_helpers import drafted_survey as _survey, reply_statuses as _statuses, reply_figures as _figures


# A question named by its number in brackets -----------------------------------------------------------------------

ADS_REQUEST = """\
1. The costs incurred by the Scottish Government in paid advertising on social media, including: Facebook, Twitter, YouTube and LinkedIn over the last two years, broken down by quarter and social media platform.

2. A copy of the digital file or a link to each social media asset used in paid campaigns by the Scottish Government, along with details of each platform it was published on, and the specific audience that the Scottish Government opted to target the advert at.

3. A copy of any meeting minutes, reports, emails, presentations or other internal documents held that discusses the strategy, performance and evaluation of paid, social media marketing undertaken by the department.
"""

# the Scottish Government's reply on paid social media advertising (a topic the set does not hold) under the request
# as its page has it (numbered "1." here: the drafter leaves a survey without a title under "(1)." numbering)
ADS_REPLY = ADS_REQUEST + """
I enclose some of the information you requested. The answer to question (1) is as follows:

Facebook Instagram You Tube Twitter Linked In
July-Sep 2015 £51,011.52 £2,100.00 £943.93
Oct-Dec 2015 £72,913.76 £10,098.66 £16,670.62

The answer to question (2) is attached in two separate files.
"""


def test_a_question_named_by_its_number_in_brackets_is_no_figure():
    got = _figures(parse_reply(ADS_REPLY, _survey(ADS_REQUEST)))
    assert not any(v in (1.0, 2.0) for _, v in got)


def test_a_point_named_by_its_number_in_brackets_is_no_figure_made_up():
    request = "1. How many visitors did the museum have in 2023?\n2. How many staff does the museum employ?\n"
    reply = "1. 12,400 visitors.\n2. Please see point (1) above for the museum's figures; it has 14 staff.\n"
    got = _figures(parse_reply(reply, _survey(request)))
    assert ("2", 1.0) not in got and ("2", 14.0) in got


# A reply that says it sends only some of what was asked ------------------------------------------------------------

def test_a_reply_that_encloses_some_of_the_information_is_partly_successful():
    assert parse_reply(ADS_REPLY, _survey(ADS_REQUEST)).outcome == "partially_successful"


def test_a_reply_that_provides_some_of_the_information_is_partly_successful_made_up():
    request = "1. How many beach huts does the council own?\n2. How much income did they bring in during 2023?\n"
    reply = ("We have provided some of the information you requested below.\n\n1. The council owns 154 beach huts.\n"
             "2. The income in 2023 was £180,000.\n")
    assert parse_reply(reply, _survey(request)).outcome == "partially_successful"


# The request restated as statements above one refusal of it all ---------------------------------------------------

SEVERANCE_REQUEST = """\
1. The total amount of severance pay or loss-of-office compensation paid to all staff in financial year 2009-2010.
2. The total amount of severance pay or loss-of-office compensation paid to staff earning more than £50,000 per annum in financial year 2009-2010.
3. The range of the above payments (i.e. smallest and largest).
"""

# Cheshire Constabulary's refusal (a topic the set does not hold), the request restated on its page above it
SEVERANCE_REPLY = """\
Request

""" + SEVERANCE_REQUEST + """
Response

I have now considered you request and I am not obliged to provide the information you are seeking.

The information is exempt information in accordance with section 40 (2) Personal data.

The information relates to payments under redundancy arrangements with a very small number of individuals.
"""


def test_a_request_restated_as_statements_leaves_a_refusal_of_it_all():
    reply = parse_reply(SEVERANCE_REPLY, _survey(SEVERANCE_REQUEST))
    assert reply.outcome == "rejected"
    assert set(_statuses(reply).values()) == {"rejected"} and len(reply.questions) == 3


def test_a_number_typed_after_a_question_restated_is_still_its_answer_made_up():
    request = ("1. The number of disabled parking bays in council car parks.\n"
               "2. The current number of Blue Badge holders registered in the council area in 2024.\n")
    reply = request.replace("area in 2024.", "area in 2024 - 3,989") + "\n"
    assert ("2", 3989.0) in _figures(parse_reply(reply, _survey(request)))


def test_a_request_restated_with_a_figure_of_its_own_above_a_refusal_made_up():
    request = ("1. The number of senior officers whose annual salary exceeded £100,000 during financial year 2022-23.\n"
               "2. The job titles of senior officers whose annual salary exceeded £100,000 during financial year "
               "2022-23.\n")
    reply = ("Your request\n\n" + request + "\nOur response\n\nThe information requested is exempt under section "
             "40(2) of the Freedom of Information Act as it is personal data.\n")
    got = parse_reply(reply, _survey(request))
    assert got.outcome == "rejected" and not _figures(got)


def test_an_answer_that_restates_its_question_keeps_its_figure_and_its_nought_made_up():
    request = ("1. The total number of footpaths in your area that were recorded as blocked on 31st December 2022.\n"
               "2. The total number of Section 56 Notices under the Highways Act 1980 served on the authority in "
               "2022.\n")
    reply = ("1. The total number of footpaths in our area that were recorded as blocked on 31st December 2022 were "
             "3.\n2. There have been no Section 56 Notices under the Highways Act 1980 served on the authority in "
             "2022.\n")
    got = _figures(parse_reply(reply, _survey(request)))
    assert ("1", 3.0) in got and ("2", 0.0) in got


# A cost limit named by the hours its own law prescribes ------------------------------------------------------------

PLANS_REQUEST = """\
How many children were on the child protection register in each year 2015 to 2020
Out of the total number of children each year how many lived in the following: Andium Homes, Trust, Private, Foster / Care Home
"""

# the Government of Jersey's reply (Freedom of Information (Jersey) Law 2011), its refusal's words
PLANS_REPLY = """\
Year | Number of children on Child Protection Plans as at 31 December |
2019 | 67 |
2020 | 56 |

The type of housing accommodation for each child is not currently recorded in categorised form. To provide this information, we would need to search each individual address record and then categorise the type of accommodation. This would take more than the prescribed 12.5 hours to complete and therefore Article 16 of the Freedom of Information (Jersey) Law 2011 has been applied.
"""


def test_a_limit_in_the_hours_its_law_prescribes_is_the_cost_limit():
    assert "s12" in parse_reply(PLANS_REPLY, _survey(PLANS_REQUEST)).exemptions


def test_a_limit_in_permitted_hours_is_the_cost_limit_made_up():
    request = "1. How many complaints about noisy neighbours did you receive in each year since 2015?\n"
    reply = ("Finding this would mean reading every case file, which would take us well in excess of the permitted "
             "40 hours.\n")
    assert "s12" in parse_reply(reply, _survey(request)).exemptions


# Information sent as a favour beside a cost refusal ----------------------------------------------------------------

RTC_REQUEST = """\
* Numbers of road traffic accidents reported to police in the month of March 2020, 2019, 2018, 2017 and 2016 (ideally split into each policing area again).
* Any information about injuries sustained for each accident, if held.
"""

# West Midlands Police's reply (a topic the set does not hold), its own words
RTC_REPLY = """\
Our data are not organised in such a way as to allow us to provide this information within the appropriate (cost) limit within the Freedom of Information (FOI) Act (see 'Reason for Decision' below).
Although excess cost removes the force's obligations under the Freedom of Information Act, as a gesture of goodwill I have supplied information, relative to your request, retrieved before it was realised that the fees limit would be exceeded (see attached).
REASON FOR DECISION
Please note that researching each individual case would exceed the appropriate limit (FOIA, s.12).
"""


def test_information_supplied_as_a_gesture_of_goodwill_beside_a_cost_refusal_is_partly_given():
    assert parse_reply(RTC_REPLY, _survey(RTC_REQUEST)).outcome == "partially_successful"


def test_figures_provided_as_a_gesture_of_goodwill_made_up():
    request = "1. How many complaints about parking did the council receive in each year from 2015 to 2024?\n"
    reply = ("To answer in full would exceed the appropriate limit under section 12. However, as a gesture of goodwill "
             "we have provided the figures we could retrieve in the attached spreadsheet.\n")
    assert parse_reply(reply, _survey(request)).outcome == "partially_successful"
