"""Forms of English councils write on any topic (helper "sweep10", session of 2026-12-07 afternoon), found by a second
sweep of real replies on topics the real-reply set does not hold (gully cleaning, apprentices, coastal flooding,
animal licences, housing repairs, late payments, second homes ...), each drafted with `foi survey draft` from its
request and read with it. Each test quotes a few lines of a real reply (or request) and a made-up variant; each fails
without its rule.
"""

from __future__ import annotations

import datetime as dt

from reader import parse_reply
from reader.classify import reply_kind
from reader.draft import draft_survey, to_toml
from reader.sent_elsewhere import _sent_elsewhere
from reader.survey import parse_survey


def _survey(request: str, asked_on: dt.date = dt.date(2024, 1, 10)):
    return parse_survey(to_toml(draft_survey(request, "sweep2", asked_on=asked_on)), "sweep2.toml")


def _statuses(reply) -> dict[str | None, str]:
    return {q.question: q.outcome for q in reply.questions}


# A response that says what it holds is enclosed, under a heading that names the council ------------------------

NO_MOW_REQUEST = """\
a) Has your council heard of the scheme 'No Mow May'?
b) Has your council implemented this scheme? If so, how?
c) Has the scheme been promoted? If so, how?
d) If you haven't implemented the scheme – did you consider it and what were your reasons for not doing so?
"""

NO_MOW_REPLY = """\
East Herts Council Response

18 March 2022

Thank you for your request for information, this has now been processed and the information that we hold is enclosed.

a) Has your council heard of the scheme 'No Mow May'?

d) If you haven't implemented the scheme – did you consider it and what were your reasons for not doing so?
The Council has been developing its parks and open spaces with biodiversity in mind for many years and has as such modified grass cutting regimes to include conservation cuts (twice per year collected) and meadow cuts (once per year).
"""


def test_the_information_we_hold_is_enclosed_is_a_response():
    r = parse_reply(NO_MOW_REPLY, _survey(NO_MOW_REQUEST))
    assert r.kind == "response"
    assert r.outcome == "successful"


def test_what_the_council_holds_sent_and_its_named_heading_are_each_a_response():
    # made-up: each form alone, with no other cue
    assert reply_kind("The information the Council holds is attached.\n", False, False, False) == "response"
    assert reply_kind("Thank you. The information which we hold has been enclosed.\n", False, False, False) == \
        "response"
    assert reply_kind("Mid Devon District Council Response\n\nThe Council has a policy of cutting twice a year.\n",
                      False, False, False) == "response"
    # not what the requester holds, nor a heading in a sentence
    assert reply_kind("The information you hold is not something we can comment on.\n", False, False, False) == "other"
    assert reply_kind("We wrote to you about the council response times last week.\n", False, False, False) == "other"


# Another body better able to answer, or the council not responsible ---------------------------------------------

FLOOD_REQUEST = """\
1. Do you have a flood risk management policy for coastal towns at risk from rising sea levels? If so, please send a link
2. Do you have a flood defence strategy/plan for any specific places in your area? If so where?
3. What, if any, criteria do you apply when making decisions to invest in sea defences/coastal defences?
4. Do you have a budget for coastal defence, if so, how much per annum? And how is this determined?
"""

FLOOD_REPLY = """\
Decision

1. Lincolnshire County Council (LCC) do not have responsibility for flood risk from the sea and main rivers, these are the responsibility of the Environment Agency (EA); as such this question would be better answered by the EA.

2. LCC's Emergency Planning department work with communities developing flood plans for 'at risk' coastal and inland towns.

3. Lincolnshire County Council (LCC) do not have responsibility for flood risk from Sea and River flooding, these are the responsibility of the Environment Agency (EA); as such this question would be better answered by the EA.

4. LCC do not have a budget or remit for coastal defences.
"""


def test_a_question_better_answered_by_another_body_is_not_held():
    r = parse_reply(FLOOD_REPLY, _survey(FLOOD_REQUEST))
    assert _statuses(r) == {"1": "not_held", "2": "successful", "3": "not_held", "4": "successful"}
    assert r.outcome == "partially_successful"


def test_better_placed_and_not_responsible_send_the_requester_elsewhere():
    # made-up variants of the same forms
    for text in ("The County Council would be better placed to answer this question.",
                 "This would be better directed to the Highways Authority.",
                 "District councils are not responsible for road maintenance in Northern Ireland.",
                 "The Council does not have any responsibility for trunk roads."):
        assert _sent_elsewhere(text) is not None, text
    # not the council's own team, nor a better answer promised
    assert _sent_elsewhere("We will be better able to answer once the data is published.") is None
    assert _sent_elsewhere("Our Highways team is responsible for gully cleaning.") is None
    # a disclaimer about links sends no one anywhere
    assert _sent_elsewhere("The Council is not responsible for the content of external websites.") is None


# One question, part sent and part withheld ----------------------------------------------------------------------

LICENCE_REQUEST = """\
For each operator with a license issued under the Animal Welfare (LIAIA) (England) Regulations 2018 would you please provide: Licence number, Operator name, Type of Licence, Licence expiry date
"""

LICENCE_REPLY = """\
Response

The information you have sought is attached. Please note that the name of the operator and where the licence is for a home address, this information is considered personal data and therefore exempt from disclosure under Section 40(2) of the Freedom of Information Act.
"""


def test_one_question_sent_with_a_part_withheld_is_answered_in_part():
    r = parse_reply(LICENCE_REPLY, _survey(LICENCE_REQUEST))
    assert r.outcome == "partially_successful"
    assert _statuses(r) == {"1": "partially_successful"}


def test_one_question_refused_with_nothing_sent_stays_refused():
    # made-up: the same refusal with nothing attached
    reply = ("Response\n\nThe name of the operator is personal data and therefore exempt from disclosure under "
             "Section 40(2) of the Freedom of Information Act.\n")
    r = parse_reply(reply, _survey(LICENCE_REQUEST))
    assert _statuses(r) == {"1": "rejected"}


# A sentence naming a question and ending in a colon, over the reasons it lists --------------------------------

APPRENTICE_REQUEST = """\
1. How many apprentices are there currently at the council
2. How many apprentices got kept on upon completion of their course in 2017 to 2019 and how many of them didn't get a job?
"""

APPRENTICE_REPLY = """\
1. Current apprentices

As at 29 November we have 85 staff studying an apprenticeship.

We are unable to provide an exact number for question 2 above as:

  • There is a low number involved.
  • The release of this information could identify individuals which would constitute their personal data
  • Personal data of any other person is exempt under section 40 (2) of the Data Protection Act.

However in the interests of transparency we are able to provide this information to you categorised as fewer than 5 to give you an indication of the figures
"""


def test_a_question_named_before_a_colon_takes_the_refusal_listed_below():
    r = parse_reply(APPRENTICE_REPLY, _survey(APPRENTICE_REQUEST))
    assert _statuses(r)["2"] == "partially_successful"


def test_the_listed_refusal_with_nothing_given_instead_refuses_the_question():
    # made-up: the same list with no "However ... we are able to provide" after it
    reply = APPRENTICE_REPLY.split("However")[0]
    r = parse_reply(reply, _survey(APPRENTICE_REQUEST))
    assert _statuses(r)["2"] == "rejected"


# A header row of running numbers --------------------------------------------------------------------------------

GULLY_REQUEST = """\
Number of reports per month of blocked gullies by public in year 2020? And the causes of these blockages?
How often do you clean your gullies each year?
How many gullies are maintained under your authority? And if possible, your yearly budget towards the management of those gullies.
"""

GULLY_REPLY = """\
Response 12-08-21

Number of reports per month of blocked gullies by public in year 2020? And the causes of these blockages?

Month 1 2 3 4 5 6 7 8 9 10 11 12
No of Enquiries (logged as Blocked Gullies) 8 5 8 5 7 21 32 23 8 38 5 43

Information not held on the causes of the blockages. This information is therefore exempt under Section 17 of thr Freedom of Information (Scotland) Act 2002 - Information Not Held.

How many gullies are maintained under your authority? And if possible, your yearly budget towards the management of those gullies.
Total number of gullies = 18,586
"""


def test_a_row_of_running_numbers_heads_the_columns_and_counts_nothing():
    r = parse_reply(GULLY_REPLY, _survey(GULLY_REQUEST, dt.date(2021, 7, 20)))
    values = sorted(f.value for f in r.facts)
    assert values == sorted([8, 5, 8, 5, 7, 21, 32, 23, 8, 38, 5, 43, 18586])


FLY_POSTING_REQUEST = """\
Number of reports per week of fly-posting by the public in January 2024? And the locations of these reports?
How many officers deal with fly-posting?
"""

FLY_POSTING_REPLY = """\
Response 12-02-24

Number of reports per week of fly-posting by the public in January 2024? And the locations of these reports?

Week 1 2 3 4
No of Enquiries (logged as Fly-posting) 3 9 4 7

Information not held on the locations of these reports. This information is therefore exempt under Section 17 of the Freedom of Information (Scotland) Act 2002 - Information Not Held.

How many officers deal with fly-posting?
Total number of officers = 4
"""


def test_running_numbers_across_a_header_row_are_no_figures_but_counts_are():
    # made-up: a week header over weekly counts
    r = parse_reply(FLY_POSTING_REPLY, _survey(FLY_POSTING_REQUEST))
    assert sorted(f.value for f in r.facts) == [3, 4, 4, 7, 9]
    # a row of counts that starts at 1 but does not run on is read
    reply = FLY_POSTING_REPLY.replace("3 9 4 7", "1 2 5 3")
    assert sorted(f.value for f in parse_reply(reply, _survey(FLY_POSTING_REQUEST)).facts) == [1, 2, 3, 4, 5]


# "Not held" naming a question's words ----------------------------------------------------------------------------

def test_not_held_on_a_questions_words_is_that_questions_status():
    r = parse_reply(GULLY_REPLY, _survey(GULLY_REQUEST, dt.date(2021, 7, 20)))
    survey = _survey(GULLY_REQUEST, dt.date(2021, 7, 20))
    causes = next(q.id for q in survey.questions if "causes" in q.text)
    assert _statuses(r)[causes] == "not_held"


def test_not_held_on_a_parts_words_below_its_sisters_figures():
    # made-up: the second ask of a line not held below the first ask's weekly counts
    r = parse_reply(FLY_POSTING_REPLY, _survey(FLY_POSTING_REQUEST))
    assert _statuses(r)["2"] == "not_held" and _statuses(r)["3"] == "successful"


# "Not specifically recorded" ----------------------------------------------------------------------------------------

PROW_REQUEST = """\
1) The total number of reports made to the authority about obstructed/blocked/inaccessible public rights of way in:
i) 2022
ii) 2023, up to and including 31st October.
2) The total number of public rights of way in your area that were recorded as obstructed/blocked/inaccessible on:
i) 31st December 2022
ii) 31st October 2023
"""

PROW_REPLY = """\
1) The total number of reports made to the authority about obstructed/blocked/inaccessible public rights of way in:
i) 2022
239
ii) 2023, up to and including 31st October.
182
2) The total number of public rights of way in your area that were recorded as obstructed/blocked/inaccessible on:
i) 31st December 2022
Not specifically recorded
ii) 31st October 2023
Not specifically recorded
"""


def test_not_specifically_recorded_is_not_held():
    r = parse_reply(PROW_REPLY, _survey(PROW_REQUEST, dt.date(2023, 11, 1)))
    assert r.outcome == "partially_successful"
    assert {q: s for q, s in _statuses(r).items() if q.startswith("2")} == {"2a": "not_held", "2b": "not_held"}


def test_not_recorded_however_qualified_is_not_held():
    from reader.classify import find_not_held
    # made-up variants
    for text in ("Not currently recorded.", "This is not routinely recorded by the service.",
                 "Costs per site are not separately recorded."):
        assert find_not_held(text), text
    assert not find_not_held("The notices are recorded separately for each site.")


# A part's letter run into its sum; a number's own lettered answers --------------------------------------------------

TRANSLATION_REQUEST = """\
1) The total gross expenditure on all translation services and interpretation services for each of the following financial years:
a) 2021/22
b) 2022/23
c) 2023/24
2) For each financial year, a breakdown showing the total amount paid to each supplier (aggregated only). Please name the suppliers used.
"""

TRANSLATION_REPLY = """\
- Decision
-
1a) £145,511 (previously reported on 8322313)
b) £317,801 (previously reported on 8085653)
c)£279,510
2a) We do not have this data available on our current system.
b) We do not have this data available on our current system.
c) We do not have this data available on our current system.
"""


def test_a_letter_run_into_its_sum_is_the_parts_label():
    r = parse_reply(TRANSLATION_REPLY, _survey(TRANSLATION_REQUEST, dt.date(2026, 4, 15)))
    assert sorted((f.question, f.value) for f in r.facts) == [("1a", 145511), ("1b", 317801), ("1c", 279510)]


def test_letters_below_a_numbers_own_lettered_answer_are_that_numbers():
    r = parse_reply(TRANSLATION_REPLY, _survey(TRANSLATION_REQUEST, dt.date(2026, 4, 15)))
    assert _statuses(r) == {"1a": "successful", "1b": "successful", "1c": "successful", "2": "not_held"}


# A heading that names the body before "response" ---------------------------------------------------------------------

DISREPAIR_REQUEST = """\
How much money was paid out for all the claims?

Can you give a breakdown in cost per year?

What was the most paid out in a single claim?
"""

DISREPAIR_REPLY = """\
Thank you for your request dated 21 November 2022, we have treated this as a Freedom of Information request. You have asked for the following information:

How much money was paid out for all the claims?

Can you give a breakdown in cost per year?

What was the most paid out in a single claim?

Barnet Homes' response:

The information requested of us is too specific for the information that we currently hold.

  2017/18 2018/19 2019/20 2020/21 2021/22 2022/to date Total
No of disrepair claims 27 42 55 74 84 90 372
Resident Damages £63,018.00 £62,403.00 £69,094.00 £80,564.64 £122,426.64 £159,470.59 £556,976.87

Refusal Notice

s12 (cost of compliance exceeds appropriate limit)
"""


def test_the_bodys_own_response_heading_answers_nothing():
    r = parse_reply(DISREPAIR_REPLY, _survey(DISREPAIR_REQUEST, dt.date(2022, 11, 21)))
    # the last question restated above the heading is refused by the s12 below, not answered by the heading
    assert _statuses(r)["3"] == "rejected"


def test_a_named_response_heading_is_a_label_but_a_sentence_is_not():
    from reader.numbered_answers import _ANSWER_LABEL
    # made-up variants
    assert _ANSWER_LABEL.match("Devon County Council's reply")
    assert _ANSWER_LABEL.match("Wokingham Borough Council\u2019s response:")
    assert not _ANSWER_LABEL.match("The tenant's response was positive")


# A line keyed by a question's number giving both things that question asks -------------------------------------

PREMIUM_REQUEST = """\
(1) The number of long-term empty homes, and, the number of second homes within your local authority

(2) The number of second homes within your local authority registered to owners in the following countries: England, Wales, Scotland

(3) The number of long-term empty homes within your local authority registered to owners in the following countries: England, Wales, Scotland
"""

PREMIUM_REPLY = """\
We are only able to provide an answer to Q1, the remaining Q2 & Q3 would require a large amount of time spent in identifying which country each owner resided in.

Q1 - Long Term Empty Homes - 1,100 & Second Homes - 1,500.
"""


def test_both_things_a_question_asks_on_its_own_keyed_line_are_its_answer():
    # Conwy's reply (the set's empty-homes topic holds it too)
    r = parse_reply(PREMIUM_REPLY, _survey(PREMIUM_REQUEST, dt.date(2016, 10, 1)))
    assert sorted((f.question, f.value) for f in r.facts) == [("1", 1100), ("1", 1500)]
    assert _statuses(r)["2"] == "rejected"


def test_a_keyed_line_giving_both_things_keeps_them_from_the_question_about_one():
    # made-up: question 2 asks about the offices alone and is not held
    request = ("(1) The number of empty shops, and, the number of vacant offices in your area\n\n"
               "(2) The number of vacant offices in your area owned by the council\n")
    reply = "Q1 - Empty Shops - 240 & Vacant Offices - 95.\n\nQ2 - This information is not held.\n"
    r = parse_reply(reply, _survey(request))
    assert sorted((f.question, f.value) for f in r.facts) == [("1", 95), ("1", 240)]
    assert _statuses(r) == {"1": "successful", "2": "not_held"}


# A financial year begun, "to date" for its second year ----------------------------------------------------------------

def test_a_financial_year_written_to_date_heads_its_column():
    # Barnet Homes' disrepair table: the last year's column "2022/to date"
    from reader.periods import find_periods
    header = "  2017/18 2018/19 2019/20 2020/21 2021/22 2022/to date Total"
    labels = [p.label for p in find_periods(header)]
    assert labels[-1] == "2022/to date"
    last = find_periods(header)[-1]
    assert (last.first.isoformat(), last.partial) == ("2022-04-01", True)
    r = parse_reply(DISREPAIR_REPLY, _survey(DISREPAIR_REQUEST, dt.date(2022, 11, 21)))
    money = {f.value: f.period for f in r.facts}
    assert money[159470.59] == "2022/to date" and money[63018.0] == "2017/18"


def test_a_year_before_a_slash_and_ytd_is_a_year_so_far_but_a_date_is_not():
    from reader.periods import find_periods
    # made-up variants
    assert [p.label for p in find_periods("2019/YTD: 45")] == ["2019/YTD"]
    assert [p.label for p in find_periods("Reports 2023/ to date 12")] == ["2023/ to date"]
    # a month in figures before "to date" stays that month so far, not a financial year
    assert [p.first.isoformat() for p in find_periods("12/2023 to date")] == ["2023-12-01"]


# The cost limit's Regulations named in the plural, in a sentence run on from a bullet ---------------------------------

LATE_PAYMENT_REQUEST = """\
1. A complete list of all suppliers who have received late payments beyond agreed terms. For each entry, where available, please include:
• Business name
• Whether statutory late payment interest and/or fixed compensation was applied
2. The total amount of late payment interest and/or compensation paid for each year within this 6-year period.
"""

LATE_PAYMENT_REPLY = """\
Response
1. A complete list of all suppliers who have received late payments beyond agreed terms. For each entry, where available, please include:
• Business name
• Whether statutory late payment interest and/or fixed compensation was applied
A: The response to Q1 is not held in a form that would enable it to be located, retrieved and extracted within the Appropriate Time Limit which equates to 18 hours as defined by the Freedom of Information and Data Protection (Appropriate Limits and Fees) Regulations 2004.
"""


def test_the_cost_limit_named_below_a_bullet_that_opens_with_whether_applies():
    r = parse_reply(LATE_PAYMENT_REPLY, _survey(LATE_PAYMENT_REQUEST, dt.date(2025, 3, 27)))
    assert r.exemptions == ["s12"]


def test_a_hypothetical_after_a_bullet_stays_hypothetical():
    from reader.classify import find_exemptions
    # made-up: the bullet ends, but the sentence below it is itself conditional
    text = ("• Whether interest was applied\nIf this would exceed the appropriate limit under section 12 we will "
            "tell you.\n")
    assert [m.code for m in find_exemptions(text)[0]] == []
    # a hard-wrapped sentence (no bullet) that opens with "Where" stays hypothetical too
    text = "Where the cost of finding it\nwould exceed the appropriate limit we may refuse under section 12.\n"
    assert [m.code for m in find_exemptions(text)[0]] == []
