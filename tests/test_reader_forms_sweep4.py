"""Forms of English councils write on any topic (helper "sweep12", session of 2026-12-07 evening), found by a fourth
sweep of real replies on topics the real-reply set does not hold (council farms, direct payments, youth centres,
wind-farm noise, telecoms masts, public art, children's placements ...), figures first, each drafted with
`foi survey draft` from its request and read with it. Each test quotes a few lines of a real reply (or request) and
a made-up variant; each fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from reader import parse_reply
from reader.draft import draft_survey, to_toml
from reader.survey import parse_survey


def _survey(request: str, asked_on: dt.date = dt.date(2024, 1, 10)):
    return parse_survey(to_toml(draft_survey(request, "sweep4", asked_on=asked_on)), "sweep4.toml")


def _figures(reply) -> list[tuple[str | None, float]]:
    return [(f.question, f.value) for f in reply.facts]


# A "No" that opens the answer under its question's number, in the question's own words, is a count of 0 --------

FARMS_REQUEST = """\
1. How many farms you own and the total number of acres.
2. The net income or net cost to your local authority of these farms for the financial year 2018/19.
3. Have you sold any farms in the last five years? If so how many, what was the total number of acres and what was the total revenue obtained as proceeds from the sales.
"""

FARMS_REPLY = """\
Response:

1. The council own 2 farms and approximate acreage is 125

2. The farms are leased out

3. No farms have been sold
"""


def test_no_thing_done_under_its_number_is_a_zero():
    r = parse_reply(FARMS_REPLY, _survey(FARMS_REQUEST, dt.date(2020, 3, 5)))
    assert ("3", 0.0) in _figures(r)


def test_no_thing_done_under_its_number_with_a_subject_drafted_otherwise():
    # made-up: the draft names the question's subject from other words ("sold allotment"); the "No" still answers it
    request = ("1. Have you sold any allotment sites in the last ten years? If so how many, what was the total area "
               "and what were the proceeds?\n")
    r = parse_reply("1. No allotment sites have been sold\n", _survey(request))
    assert ("1", 0.0) in _figures(r)


def test_a_no_that_names_another_thing_is_no_zero_of_the_question():
    # made-up: the "No" names something the question does not ask about
    request = "1. How many farms have you sold in the last five years?\n"
    reply = "1. No records have been kept of this.\n"
    r = parse_reply(reply, _survey(request))
    assert ("1", 0.0) not in _figures(r)


# Numbers that count the request's questions, or name the questions one answer is for, are no figures ------------

ART_REQUEST = """\
1) How many works of art does your local authority own.
2) How many of said works of art are on public display.
"""

ART_REPLY = """\
FOI Request - Art Ownership and Display

I am writing to you to make a Freedom of Information request. I would like to know:

1) How many works of art does your local authority own.
2) How many of said works of art are on public display.

Response 16-02-2023

1 & 2. This information is exempt under Section 25 – Information Otherwise Accessible and available e.g. published on a website etc.
"""


def test_two_question_numbers_opening_one_answer_are_no_figures():
    r = parse_reply(ART_REPLY, _survey(ART_REQUEST, dt.date(2023, 1, 20)))
    assert _figures(r) == []


def test_two_question_numbers_opening_one_answer_on_another_topic():
    # made-up
    request = "1) How many bridges does the council maintain.\n2) How many of the bridges are listed.\n"
    reply = ("FOI Request - Bridges\n\nI would like to know:\n\n" + request + "\nResponse 10-03-2023\n\n"
             "1 & 2. This information is exempt under Section 25 as it is published on our website.\n")
    r = parse_reply(reply, _survey(request))
    assert _figures(r) == []


YOUTH_REPLY = """\
Could you please answer the following 2 questions:

-    How many children's centres and family hubs operated by your council were closed in the periods 2019/20 - 2022/2023?

-    How many youth centres previously operated by your council were closed in the periods 2019/20 - 2022/2023?

  1. The answer for Q1 is zero.
  2. The answer for Q2 is one.
"""

YOUTH_REQUEST = """\
Could you please answer the following 2 questions:
- How many children's centres and family hubs operated by your council were closed in the periods 2019/20 - 2022/2023?
- How many youth centres previously operated by your council were closed in the periods 2019/20 - 2022/2023?
"""


def test_the_request_counting_its_questions_is_no_figure_and_the_answer_is_a_word():
    r = parse_reply(YOUTH_REPLY, _survey(YOUTH_REQUEST, dt.date(2024, 1, 5)))
    figures = _figures(r)
    assert 2.0 not in [v for _, v in figures]
    assert ("1", 0.0) in figures
    assert ("2", 1.0) in figures


def test_the_answer_to_a_question_is_a_number_word():
    # made-up
    request = "1. How many mobile libraries does the council run?\n2. How many library buildings does it run?\n"
    reply = "1. The answer to question 1 is three.\n2. 12\n"
    r = parse_reply(reply, _survey(request))
    assert ("1", 3.0) in _figures(r)


# A table of periods and one figure, under a header that names nothing the survey asks about ---------------------

PAYMENTS_REQUEST = """\
Please can you tell me the numbers of people within the local authority who have been assessed as needing help from social services and who started to receive direct payments to pay for their care in each of the following years: 2014-2015, 2015-2016 and 2016 to 2017.
"""

PAYMENTS_REPLY = """\
Please see the table below:

 Year   Number of Adult Clients who did not have Direct  Payments in the previous year, i.e. new payments
 2014/15    852
 2015/16    838
2016/17    654
"""


def test_a_table_of_periods_is_the_figures_of_the_one_question_asking_them():
    r = parse_reply(PAYMENTS_REPLY, _survey(PAYMENTS_REQUEST, dt.date(2017, 6, 1)))
    figures = _figures(r)
    assert ("1", 852.0) in figures
    assert ("1", 838.0) in figures


def test_a_table_of_periods_no_question_names_is_not_claimed():
    # made-up: the one question names no period; the table's years are not its figures
    request = "1. How many complaints about the service have you received?\n"
    reply = "Complaints were made about accounts opened in these years:\n\nYear     Accounts\n2018     39\n2019     17\n"
    r = parse_reply(reply, _survey(request))
    assert ("1", 39.0) not in _figures(r)


# A figure that opens the answer under its question's number, or follows the question's own verb ----------------

SUPPORT_REQUEST = """\
1. Total number of Disabled people receiving non-residential social care support
2. Number of Disabled people receiving direct payments
"""

SUPPORT_REPLY = """\
I can confirm that the information requested is held by Lincolnshire County Council.

1. 5235 individuals were in receipt of a non-residential service on 31st December 2023 (Detailed in "Summary Table – Non-Residential")

2. 2274 individuals were in receipt of a Direct Payment on 31st December 2023.
"""


def test_a_figure_opening_the_answer_under_its_number_is_the_questions_count():
    r = parse_reply(SUPPORT_REPLY, _survey(SUPPORT_REQUEST))
    assert ("1", 5235.0) in _figures(r)


def test_a_figure_after_the_questions_verb_with_the_councils_own_noun():
    request = "1.How many farms does the council own?\n2. What is the average age of your council farm tenants?\n"
    reply = ("1. The Council owns 152 agricultural holdings, some of these are very small tenancies of less than "
             "five acres.\n\n2. 62\n")
    r = parse_reply(reply, _survey(request, dt.date(2023, 9, 28)))
    assert ("1", 152.0) in _figures(r)


# A reply with no figure that says the council has had none of what the question counts --------------------------

TURBINES_REPLY = """\
Under the Freedom of Information Act, I would like to know how many official complaints, if any, your council has received in each of the last three financial years (April 2008 - March 2011) about apparent noise pollution caused by wind turbine(s).

The council has not received any complaints regarding noise from Wind Turbines in the last 3 years.
"""

TURBINES_REQUEST = """\
Under the Freedom of Information Act, I would like to know how many official complaints, if any, your council has received in each of the last three financial years (April 2008 - March 2011) about apparent noise pollution caused by wind turbine(s).
"""


def test_none_received_in_a_reply_of_no_figures_is_the_counts_zero():
    r = parse_reply(TURBINES_REPLY, _survey(TURBINES_REQUEST, dt.date(2011, 7, 13)))
    assert r.kind == "response"
    assert r.outcome == "successful"
    assert [v for _, v in _figures(r)] == [0.0]


def test_none_received_said_with_have_received_no():
    # made-up
    request = "1. How many complaints about graffiti on bus shelters did you receive in 2023?\n"
    r = parse_reply("We have received no complaints of this kind.\n", _survey(request))
    assert [v for _, v in _figures(r)] == [0.0]


# The information asked for pointed to on the council's website, no s21 cited, is the answer --------------------

MASTS_REQUEST = """\
1) How many planning applications were received for telecommunication masts and or related equipment during 2017?
2) How many of these applications were approved?
"""

MASTS_REPLY = """\
Response
The information requested can be obtained via our website on public access, please find attached link:
"""


def test_information_obtained_via_the_website_answers_the_request():
    r = parse_reply(MASTS_REPLY, _survey(MASTS_REQUEST, dt.date(2018, 2, 1)))
    assert r.kind == "response"
    assert r.outcome == "successful"


def test_information_found_at_the_following_link_answers_the_request():
    # made-up
    r = parse_reply("Information can be found at the following link: Planning register\n", _survey(MASTS_REQUEST))
    assert r.outcome == "successful"


# FOISA's section 25 named by its own title, in a reply that never names the Scottish Act -----------------------

def test_section_25_titled_information_otherwise_accessible_is_foisa_s25():
    r = parse_reply(ART_REPLY, _survey(ART_REQUEST, dt.date(2023, 1, 20)))
    assert r.exemptions == ["s25"]
    assert r.outcome == "rejected"


def test_section_25_with_its_title_after_a_colon():
    # made-up
    request = "1. How many bridges does the council maintain?\n"
    reply = "1. The information requested is exempt under s.25: Information otherwise accessible. See our website.\n"
    r = parse_reply(reply, _survey(request))
    assert "s25" in r.exemptions


# The requester asking for figures "without triggering a section 40 exemption" names no exemption the body used ---

SUPPORT_REQUEST_LONG = """\
3. Number of Disabled people receiving direct payments via a prepaid card

For each category, please, if possible, and without triggering a section 40 exemption please, provide:

i. Age breakdown
"""

SUPPORT_REPLY_LONG = """\
3. Number of Disabled people receiving direct payments via a prepaid card

For each category, please, if possible, and without triggering a section 40 exemption please, provide:

i. Age breakdown

I can confirm that the information requested is held by Lincolnshire County Council. Tables attached. Response to Qs below.

3. Payment method detail not available.
"""


def test_the_requesters_without_triggering_an_exemption_is_no_exemption():
    r = parse_reply(SUPPORT_REPLY_LONG, _survey(SUPPORT_REQUEST_LONG))
    assert "s40" not in r.exemptions


def test_the_requesters_to_avoid_engaging_an_exemption_is_no_exemption():
    # made-up
    request = "1. How many staff earn over £100,000? To avoid engaging section 40, please give bands only.\n"
    r = parse_reply(request + "\n1. 12\n", _survey(request))
    assert "s40" not in r.exemptions


# "<Thing> detail not available" as the answer: not held ---------------------------------------------------------

def test_detail_not_available_is_not_held():
    request = ("1. Number of Disabled people receiving direct payments\n"
               "2. Number of Disabled people receiving direct payments via a prepaid card\n")
    reply = ("1. 2274 individuals were in receipt of a Direct Payment on 31st December 2023.\n\n"
             "2. Payment method detail not available.\n")
    r = parse_reply(reply, _survey(request))
    assert {q.question: q.outcome for q in r.questions}.get("2") == "not_held"


def test_breakdown_not_available_is_not_held():
    # made-up
    request = "1. How many parking permits were issued in 2023, by zone?\n"
    r = parse_reply("1. Breakdown not available.\n", _survey(request))
    assert r.outcome == "not_held"


# "Refused, please see below." as a question's answer, the refusal notice after ---------------------------------

ARTWORK_REQUEST = """\
1. How many artworks have been purchased by the local authority in 2020-21, 2021-22, and 2022-23?
2. How many artworks are in the possession of the local authority?
3. What is the estimated value of the artworks?
"""

ARTWORK_REPLY = """\
Response
1. How many artworks have been purchased by the local authority in 2020-21, 2021-22, and 2022-23?
2020-21 - Zero
2021-22 - Zero
2022-23 - 1x Artwork purchased. The money was donated by a charity.
2. How many artworks are in the possession of the local authority?
Refused, please see below.
3. What is the estimated value of the artworks?
Refused, please see below.
Notice of Refusal
Please note that I consider the information you have requested in relation to (2) and (3) to be exempt information under S31(1)(a) of the Freedom of Information Act.
"""


def test_refused_please_see_below_is_the_questions_refusal():
    r = parse_reply(ARTWORK_REPLY, _survey(ARTWORK_REQUEST, dt.date(2023, 12, 4)))
    assert {q.question: q.outcome for q in r.questions}.get("2") == "rejected"


def test_declined_as_a_questions_answer():
    # made-up: the same layout, another thing, "Declined"
    request = ("1. How many CCTV cameras have been installed by the council in 2021-22 and 2022-23?\n"
               "2. How many CCTV cameras are in the possession of the council?\n"
               "3. What is the estimated value of the cameras?\n")
    q1, q2, q3 = request.splitlines()
    reply = (f"Response\n{q1}\n2021-22 - 4\n2022-23 - 6\n{q2}\nDeclined, please see below.\n{q3}\n"
             "Declined, please see below.\nNotice of Refusal\nPlease note that I consider the information you have "
             "requested in relation to (2) and (3) to be exempt information under S31(1)(a) of the Freedom of "
             "Information Act.\n")
    r = parse_reply(reply, _survey(request))
    assert {q.question: q.outcome for q in r.questions}.get("2") == "rejected"


# "Of the 30 DOLS cases, 29 were ...": the whole already given, named again before its part, is no new figure ------

DOLS_REQUEST = """\
- The number of Deprivation of Liberty Orders that Thurrock Council applied to the Family Courts for, and
-- The number of approved applications
-- The number of refused applications
"""

DOLS_REPLY = """\
  1. The number of Deprivation of Liberty Orders that Thurrock Council applied to the Family Courts for

From 2021, 30 DOLS cases were applied for.

  1. The number of approved applications

Of the 30 DOLS cases, 29 were approved.
"""


def test_the_whole_named_again_before_its_part_is_no_second_figure():
    r = parse_reply(DOLS_REPLY, _survey(DOLS_REQUEST, dt.date(2024, 7, 20)))
    values = [v for _, v in _figures(r)]
    assert values.count(30.0) == 1
    assert 29.0 in values


def test_a_whole_not_given_before_stays_a_figure():
    # made-up: the whole is new here, so it is the reply's figure
    request = "1. How many appeals were received in 2023?\n2. How many were upheld?\n"
    r = parse_reply("1. Of the 40 appeals received, 12 were upheld.\n", _survey(request))
    assert 40.0 in [v for _, v in _figures(r)]


def test_the_whole_named_again_in_another_reply():
    # made-up
    request = "1. How many licences were applied for in 2023?\n2. How many were granted?\n"
    reply = "1. 56 licences were applied for in 2023.\n2. Of the 56 licences, 50 were granted.\n"
    r = parse_reply(reply, _survey(request))
    assert [v for _, v in _figures(r)].count(56.0) == 1
