"""`foi survey draft` on forms of request read on councils' disclosure logs, of a round-robin (engine idling) that
is not in the real-reply set: numbers that run on from one list to the next, "since and including" a year, the
cost of each thing, a penalty's amount, money "from these fines", two kinds of one thing ("verbal or written
warnings"). Each test failed before its rule."""

from __future__ import annotations

import datetime as dt
import re

from reader.draft import draft_survey, measures_for, split_questions, subject_phrase, synonyms_for
from reader.survey import parse_survey
from reader.draft import to_toml

# Moray Council's disclosure log, "FOI Request - Engine Idling FPNs" (answered 3 December 2021)
MORAY = """Since and including 2017, and broken down by each calendar year (for 2021, please provide data up to the
point of the date of receipt of this email), please tell me:

1) How many fixed penalty notices have been issued to motorists for idling their engine unnecessarily?
2) What is the financial cost of each fixed penalty notice? As far as I can tell the standard is £20.

If your council has staff who issue fixed penalty notices, please tell me:
3) Their job titles
4) How many members of staff administer fixed penalty notices to motorists for idling their engine unnecessarily?
5) If your council does not issue fixed penalty notices, can you please tell me who does in your local council area?
"""


def test_numbers_that_run_on_from_one_list_to_the_next_are_the_requests_own():
    qs = split_questions(MORAY)
    assert [q[0] for q in qs] == ["1", "2", "3", "4", "5"]
    # the lead-in to questions 3 to 5 is not question 2's text
    assert qs[1][1] == "What is the financial cost of each fixed penalty notice? As far as I can tell the standard is £20."
    assert qs[2][1] == "Their job titles"


def test_lists_under_two_asking_lines_that_each_start_at_1_are_still_their_parts():
    request = ("Please provide the number of noise complaints received for the following categories:\n"
               "1. Amplified music\n2. Barking dogs\n"
               "For each of the above categories, please provide a breakdown for:\n"
               "1. No statutory nuisance found\n2. Abatement notice served\n")
    assert [q[0] for q in split_questions(request)] == ["1a", "1b", "2a", "2b"]


def test_since_and_including_a_year_asks_every_year_to_the_one_it_was_asked_in():
    d = draft_survey(MORAY, "idling", asked_on=dt.date(2021, 11, 20))
    assert [p.label for p in d.periods] == ["2017", "2018", "2019", "2020", "2021"]
    assert d.questions[0].periods == ["2017", "2018", "2019", "2020", "2021"]
    parse_survey(to_toml(d), "idling.toml")
    # another year named than the one it was asked in is no run of years: "in 2018 (or ... since 2015)"
    d = draft_survey("1. Number of PCNs issued by your council in 2018 (or in the last twelve-month period for which "
                     "data exists, since 2015)\n2. Number of PCNs challenged in 2018\n", "pcns",
                     asked_on=dt.date(2019, 3, 1))
    assert [p.label for p in d.periods] == ["2018"]


def test_the_cost_of_each_thing_names_the_thing_and_asks_its_price():
    q = "What is the financial cost of each fixed penalty notice? As far as I can tell the standard is £20."
    assert subject_phrase(q) == "fixed penalty notice"
    assert measures_for(q)[0] == ["unit_cost_gbp"]


def test_a_penalty_or_fine_amount_is_money_for_one():
    # Royal Borough of Windsor and Maidenhead, FOI001777 (engine idling), question 7
    assert measures_for("The current fixed penalty amount for engine idling offences.")[0] == ["unit_cost_gbp"]
    assert measures_for("What is the fine amount for dog fouling?")[0] == ["unit_cost_gbp"]


def test_money_from_these_fines_is_money_from_the_fines():
    # RBWM FOI001777, question 4, after "3 - The number of fines issued for engine idling offences ..."
    q = "The total revenue generated from these fines, also provided as a monthly breakdown for the same period."
    assert subject_phrase(q) == "fines"
    assert measures_for(q)[0] == ["total_cost_gbp"]


def test_two_kinds_of_one_thing_are_named_with_the_thing():
    # RBWM FOI001777, question 5
    q = "The number of verbal or written warnings issued for engine idling, broken down monthly"
    assert subject_phrase(q) == "verbal or written warnings"
    syns = synonyms_for("verbal or written warnings")
    assert any(re.fullmatch(s, "written warnings") for s in syns) and any(re.fullmatch(s, "verbal warning") for s in syns)
    # two things of their own joined by "or" keep the first: what a reply counts is in the question
    assert subject_phrase("How many reports or complaints were made?") == "reports"


def test_parts_numbered_with_a_letter_and_no_stop_are_parts():
    # Moray Council, a glyphosate request (EIR, 2022): "1a.If ...", then "3a What ..." and "3b What ..." with no stop
    request = ("1.  Do you manage your open spaces yourself or are they are outsourced?\n\n"
               "1a.If they are outsourced, what is the name of the company/companies that manage them?\n\n"
               "2.  What is your policy for weed control in the open spaces - parks, sports fields, grass verges etc?\n\n"
               "3.  Do you use herbicides containing glyphosate eg Roundup, Weedol etc?\n\n"
               "3a What is your policy on the use of glyphosate?\n3b What precautions were taken ahead of its use?\n\n"
               "4.  For the calendar years 2018, 2019, 2020, 2021 and 2022, please can you tell me:\n\n"
               "The volume of these herbicides you have you used The cost\n\nKind regards\n")
    qs = split_questions(request)
    assert [q[0] for q in qs] == ["1", "1a", "2", "3", "3a", "3b", "4"]
    # the last question's "please can you tell me:" is asked by the paragraph under it
    assert qs[-1][1].endswith("The volume of these herbicides you have you used The cost")
    # a number and a lower-case word is no part: "2a lot" is not part 2a
    assert [q[0] for q in split_questions("1. How many parks do you run?\n2. How many were sold?\n2a lot of "
                                          "questions here\n")] == ["1", "2"]


def test_a_line_that_asks_and_says_what_it_means_is_one_ask():
    # Devon County Council, care leavers (2019): seven unnumbered lines, one ask each
    request = ("How many looked after or fostered children reached care-leaving age in 2018/19?\n"
               "Of those, how many requested a personal advisor or further support from the council?\n"
               "Did any of those cease the arrangement for further support or a personal advisor in the same year?\n"
               "How is further support/personal advisors for care leavers resourced? Ie how many members of staff are "
               "there for how many care leavers\n"
               "Is there currently a waiting list or backlog for personal advisors? If so, how long is it?\n"
               "How many former (including the 2018/19 intake) care leavers in total are currently receiving further "
               "support from the council?\n"
               "Is there a drop-out or disengagement rate recorded? If so, what is it?\n")
    qs = split_questions(request)
    assert [q[0] for q in qs] == [str(i) for i in range(1, 8)]
    assert qs[3][1].startswith("How is further support") and qs[3][1].endswith("for how many care leavers")


def test_bullets_under_a_stem_that_names_what_is_counted_ask_for_that_thing():
    # Thurrock's request (real-reply set, stray-dogs): "the number of dogs put to sleep ... in the following format:"
    # over bullets that only say how to break it down
    request = ("Please may we have information on the number of dogs put to sleep in your area by your local "
               "authority in the following format:\n"
               "•    Monthly figures for the past three years to the most recent date available.\n"
               "•    If dog breed/type is recorded, monthly figures for the past three years for American Bullies, "
               "including XLs, put to sleep by your local authority.\n")
    qs = split_questions(request)
    assert [q[0] for q in qs] == ["1", "2"]
    assert qs[0][1].startswith("Please may we have information on the number of dogs put to sleep")
    assert qs[0][2] == "Monthly figures for the past three years to the most recent date available."
    d = draft_survey(request, "pts", asked_on=dt.date(2024, 1, 2))
    assert d.questions[0].subject == "dogs_put_to_sleep"
    # a stem that names nothing counted ("the following information") is no part of the bullets' questions
    qs = split_questions("Please provide the following information for the most recent period available:\n"
                         "• A list of residential properties subject to the premium\n"
                         "• The date each property became empty\n")
    assert qs[0][1] == "A list of residential properties subject to the premium"
