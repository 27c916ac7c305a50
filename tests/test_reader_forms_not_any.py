"""A zero said as the body not having done anything to what a question counts ("has not employed any", "We have
not applied for any injunctions", "have not opened or closed any libraries", "We do not fund anyone to be TU
officials"): that question's 0 (helper "zeroread", session of 2026-12-07 evening; facts/zeros_said.none_done_any,
the form nought.FORMS["not_any"]). The set's README counts such a zero ("no FPNs were issued" -> 0). Each test quotes
a few lines of a real reply of the set (or is a made-up variant); each fails without the rule. Guards: a not-held
("we do not hold any information on ...") is no zero, nor a "not ... any" of a thing no question counts, nor of a
yes/no question."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader import parse_reply
from reader.draft import draft_survey, to_toml
from reader.survey import parse_survey


def _survey(request: str, asked_on: dt.date = dt.date(2024, 1, 10)):
    return parse_survey(to_toml(draft_survey(request, "notany", asked_on=asked_on)), "notany.toml")


def _figures(reply) -> list[tuple[str | None, float]]:
    return [(f.question, f.value) for f in reply.facts]


# agency-staff/lincolnshire-childrens-agency-social-work-teams-2022 ----------------------------------------------

TEAMS_REQUEST = """\
1. Has your local authority employed any entire children's social work team, sometimes referred to as a managed team, through an agency over the last five years?

a. How many teams have you used?

b. Please provide details as a year-on-year breakdown.

c. If so, which area of children's social care were agency teams employed to cover?

2. Details regarding the number of children's social workers employed individually through an agency by your local authority over the last five years as a year-on-year breakdown.
"""

TEAMS_REPLY = """\
1. The local authority has not employed any entire children's social work team, sometimes referred to as a managed team, through an agency over the last five years.

2. The number of children's social workers employed individually through an agency by Lincolnshire County Council over the last five years as a year-on-year breakdown is as shown below:

2017/2018 42
2018/2019 45
"""


def test_not_employed_any_team_is_the_count_of_teams_zero():
    r = parse_reply(TEAMS_REPLY, _survey(TEAMS_REQUEST, dt.date(2022, 6, 1)))
    zeros = [q for q, v in _figures(r) if v == 0.0]
    # the count "How many teams", not the yes/no question above it
    assert zeros == ["1a"]


# agency-staff/moray-temporary-managers-2016 ----------------------------------------------------------------------

MANAGERS_REQUEST = """\
For each of the following years, please provide the following information: 2011/12 2012/13 2013/14 2014/15 2015/16
1. No. of interim managers / executives in the Council for the 12 month period
2. Level of management 1, 2 , 3 or 4
3. £ spent in the 12 month period on interim managers
"""


def test_havent_employed_any_manager_is_the_count_zero():
    reply = ("Response 13-07-2016\n\nWe haven\u2019t employed any Manager on an interim basis on the type of contracts "
             "described above.  We have only had internal acting up arrangements.\n")
    r = parse_reply(reply, _survey(MANAGERS_REQUEST, dt.date(2016, 6, 1)))
    # the count only: "employed" is no sum, and "Level of management" asks no count in its words
    assert _figures(r) == [("1", 0.0)]


# stray-dogs/copfs-dangerous-dogs-kennels-2014 ---------------------------------------------------------------------

def test_not_requested_any_such_reports_under_its_number():
    request = ("5. How much does it cost to have an animal behaviourist provide a report on whether a dog is "
               "considered dangerous?\n6. How many times has an animal behaviourist report been requested and "
               "provided in each of the above areas, since April, 2013.\n")
    reply = ("5. Under s17 of FOISA, I can confirm that we do not hold this information.\n\n"
             "6. The Procurator Fiscal in Tayside has not requested any such reports since April 2013\n")
    r = parse_reply(reply, _survey(request, dt.date(2014, 4, 4)))
    assert _figures(r) == [("2", 0.0)]      # (the draft numbers the request's 5 and 6 as 1 and 2)


# traveller-encampments/hastings-encampment-injunctions-2020 -------------------------------------------------------

def test_not_applied_for_any_injunctions_under_its_number():
    request = ("1. How many sites have been identified by your authority for its up to date 5 year 'supply of specific "
               "deliverable sites'?\n2. A yearly breakdown from 1st January 2015 to 31st December 2019 of many times "
               "you have obtained injunctions preventing unauthorised camping.\n")
    reply = "Q1 - One site, site FB10, has been identified.\nQ2 - We have not applied for any injunctions for this period.\n"
    r = parse_reply(reply, _survey(request, dt.date(2020, 1, 21)))
    assert ("2", 0.0) in _figures(r)


# trade-unions/wokingham-trade-unions-2024 -------------------------------------------------------------------------

def test_do_not_fund_anyone_to_be_officials():
    request = ("1. Please advise the current number of employees that you fund to be union officials, measured as "
               "full time equivalents?\n")
    reply = ("1. Please advise the current number of employees that you fund to be union officials, measured as full "
             "time equivalents?\nWe do not fund anyone to be TU officials here we just have workplace reps.\n")
    r = parse_reply(reply, _survey(request))
    assert _figures(r) == [("1", 0.0)]


# libraries/devon-library-openings-closures-since-2010: one sentence, two verbs, two questions ----------------------

def test_not_opened_or_closed_any_answers_both_questions():
    request = ("1) How many libraries in your jurisdiction have been opened since 2010?\n"
               "2) How many libraries in your jurisdiction have been permanently closed since 2010?\n")
    reply = ("In response to both questions, we can confirm that Devon County Council have not opened or closed any "
             "libraries since 2010.\n")
    r = parse_reply(reply, _survey(request, dt.date(2019, 6, 1)))
    assert sorted(_figures(r)) == [("1", 0.0), ("2", 0.0)]


# playgrounds/welsh-books-council-play-areas ----------------------------------------------------------------------

PLAY_REQUEST = """\
1) How many council owned public children's play areas do you currently operate (latest figures available)
2) How many council owned public children's play areas did you own or operate in the financial year 2009/2010
3) How many council owned public children's play areas were sold, or closed, from the financial year 2009/2010 to the present date?
"""

PLAY_REPLY = """\
1) We do not operate or own any pubilc children\u2019s play areas (by which I mean parks, playgrounds, adventure playgrounds, assault courses and any other play areas)

2) We have not owned or operated any public children\u2019s play areas in the financial year 2009/2010

3) We do not own any public children\u2019s play areas to sell
"""


def test_not_operated_any_play_areas_now_and_in_a_year():
    r = parse_reply(PLAY_REPLY, _survey(PLAY_REQUEST, dt.date(2011, 2, 1)))
    figures = _figures(r)
    assert ("1", 0.0) in figures and ("2", 0.0) in figures
    # "any <thing> to <do>": why none were sold, not the count asked
    assert all(q != "3" for q, _ in figures)


# made-up variants -----------------------------------------------------------------------------------------------

def test_have_never_served_any_is_a_zero():
    request = "1. How many Community Protection Notices has the council served since 2020?\n"
    r = parse_reply("1. The council has never served any Community Protection Notices.\n", _survey(request))
    assert _figures(r) == [("1", 0.0)]


def test_not_spent_any_money_on_a_thing_is_a_sum_of_nought():
    request = "1. How much has the council spent on Christmas lights in 2023/24?\n"
    r = parse_reply("1. We have not spent any money on Christmas lights.\n", _survey(request))
    assert [(q, v) for q, v in _figures(r)] == [("1", 0.0)]
    assert r.facts[0].measure != "count"


def test_not_any_of_a_thing_asked_in_a_paragraph_of_its_own():
    request = ("1. How many public toilets does the council operate?\n"
               "2. How many public toilets has the council closed since 2015?\n")
    reply = "Thank you for your request.\n\nThe council does not operate any public toilets.\n"
    r = parse_reply(reply, _survey(request))
    assert ("1", 0.0) in _figures(r)
    assert all(q != "2" for q, _ in _figures(r))


# guards ---------------------------------------------------------------------------------------------------------

def test_not_holding_any_information_is_no_zero():
    request = "1. How many injunctions against unauthorised encampments have you obtained since 2015?\n"
    reply = "1. We do not hold any information on injunctions obtained since 2015.\n"
    r = parse_reply(reply, _survey(request))
    assert all(v != 0.0 for _, v in _figures(r))


def test_not_recording_any_injunctions_is_no_zero():
    request = "1. How many injunctions against unauthorised encampments have you obtained since 2015?\n"
    reply = "1. We do not record any injunctions centrally.\n"
    r = parse_reply(reply, _survey(request))
    assert all(v != 0.0 for _, v in _figures(r))


def test_not_any_of_a_thing_no_question_counts_is_no_zero():
    request = "1. How many library buildings does the council run?\n"
    reply = "1. The council has not closed any mobile services in this time.\n"
    r = parse_reply(reply, _survey(request))
    assert all(v != 0.0 for _, v in _figures(r))


def test_not_any_under_a_yes_no_question_is_no_zero():
    request = "1. Has the council employed any agency social work teams in the last five years?\n"
    reply = "1. The council has not employed any agency social work teams in the last five years.\n"
    r = parse_reply(reply, _survey(request))
    assert all(v != 0.0 for _, v in _figures(r))


# trade-unions/wokingham-trade-unions-2024, read with the set's hand-written survey (parts 3a-3c unmarked in the
# reply): the 0 is 3c's, and the answer under the restated question stays the officials' part, not the cost's

_SET_SURVEYS = Path(__file__).parent / "files" / "real_set" / "surveys"

WOKINGHAM_REPLY = """\
3. With regard to trade union facility time, please provide the total cost of facility time from your pay bill for the financial year 2023/24 and the budget for the current financial year. Please also advise the current number of employees that you fund to be union officials, measured as full time equivalents? (For guidance on definitions please refer to the Government's Transparency Code for local government)
We do not fund anyone to be TU officials here we just have workplace reps.
4. Please advise any estimates for other costs met for those staff on trade union facility time apart from salaries - including travel expenses, office supplies, telephone expenses and energy bills.
N/A
"""


def test_not_fund_anyone_under_a_restated_question_of_unmarked_parts():
    path = _SET_SURVEYS / "trade-unions-facility-time-2024.toml"
    survey = parse_survey(path.read_text(encoding="utf-8"), path.name)
    r = parse_reply(WOKINGHAM_REPLY, survey)
    assert ("3c", 0.0) in _figures(r)
    said = {q.question: q.outcome for q in r.questions}
    assert said.get("3c") == "successful"
    assert "3a" not in said and "3b" not in said        # no cost and no budget given
