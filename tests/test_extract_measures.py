"""Survey measures beyond counts and money (issue 13): a question may ask for a share ("percent"), a length of
time in days ("days") or in hours ("hours"); the reader then reads "71%", "32.2 days", "6 weeks" as figures of
that measure, and a bare number under such a question ("2022 - 1204.") in it. Where no question asks for them,
percentages and durations stay what they were: never figures.

Also here, rules found while reading those replies: a question restated after "Q.5" keeps its example's numbers
out, a question numbered "(ii)" heads its answers, a header "Ethnicity Number of ..." heads the breakdown its
numbered question asks for, and a short answer under a numbered question answers it in the council's own noun.

Every reply is written for this file in councils' English (or quoted from a real reply where the test says so);
each survey is a small one of the test's own.
"""

from __future__ import annotations

import pytest

from reader import SurveyError, parse_reply
from reader.rates import find_rates, only_rate_asked
from reader.survey import DEFAULT_MEASURES, MEASURES, parse_survey

STAYS = parse_survey("""
name = "stays"
title = "Placements and stays"
[periods]
asked = [{ label = "2018-19", start = 2018-04-01, end = 2019-03-31 },
         { label = "2019-20", start = 2019-04-01, end = 2020-03-31 }]
[subjects.placed]
synonyms = ["people placed", "placements?"]
[subjects.stay]
synonyms = ["average length of stay", "length of stay", "days"]
[subjects.cost]
synonyms = ["cost of temporary accommodation", "costs per night"]
[[questions]]
id = "1"
text = "The number of people placed into temporary accommodation, broken down year-by-year"
subject = "placed"
measures = ["count"]
[[questions]]
id = "2"
text = "The average length of stay in temporary accommodation after making a homeless application"
subject = "stay"
measures = ["days"]
[[questions]]
id = "3"
text = "The total cost of temporary accommodation to the council, broken down into costs per night"
subject = "cost"
measures = ["total_cost_gbp", "unit_cost_gbp"]
""")

DISCOUNTS = parse_survey("""
name = "discounts"
title = "Council tax discounts"
[periods]
asked = [{ label = "2012/13", start = 2012-04-01, end = 2013-03-31 },
         { label = "2013/14", start = 2013-04-01, end = 2014-03-31 }]
[subjects.homes]
synonyms = ["second homes"]
[subjects.discount]
synonyms = ["discount"]
[[questions]]
id = "1"
text = "The number of properties classed as second homes in each year"
subject = "homes"
measures = ["count"]
[[questions]]
id = "2"
text = "The level of council tax discount provided for second homes in each year"
subject = "discount"
measures = ["percent"]
""")

FINES = parse_survey("""
name = "fines"
title = "Littering fines"
[subjects.full_price]
synonyms = ["full price"]
[subjects.discounted]
synonyms = ["discounted price", "discounted period", "discount"]
[[questions]]
id = "4"
text = "What is the full price of a Littering Fixed Penalty Notice (FPN)?"
subject = "full_price"
measures = ["unit_cost_gbp"]
[[questions]]
id = "5"
text = "Do you have a discounted price for a littering FPN and if yes, how long is the discounted period?"
subject = "discounted"
measures = ["unit_cost_gbp", "days"]
""")


def facts(text, survey):
    return [(f.question, f.subject, f.measure, f.period, f.value, f.unit) for f in parse_reply(text, survey).facts]


# --- the survey format --------------------------------------------------------------------------------------

def test_survey_accepts_the_new_measures_and_keeps_the_old_default():
    assert {"percent", "days", "hours"} <= set(MEASURES)
    s = parse_survey("""
name = "x"
title = "X"
[subjects.a]
synonyms = ["apples?"]
[[questions]]
id = "1"
text = "How many apples, and what share of them were eaten?"
subject = "a"
measures = ["count", "percent"]
[[questions]]
id = "2"
text = "Apples"
subject = "a"
""")
    assert s.questions[0].measures == ("count", "percent")
    # a question that names no measures asks for what it always did: counts and money, not shares or days
    assert s.questions[1].measures == DEFAULT_MEASURES
    assert s.measures["percent"].unit == "%" and s.measures["days"].unit == "days"


def test_survey_names_the_measures_when_one_is_unknown():
    with pytest.raises(SurveyError, match=r"line \d+: question 1: unknown measure 'fortnights'.*percent, days, hours.*months"):
        parse_survey("""
name = "x"
title = "X"
[subjects.a]
synonyms = ["apples?"]
[[questions]]
id = "1"
text = "How long?"
subject = "a"
measures = ["fortnights"]
""")


# --- finding shares and durations -----------------------------------------------------------------------------

def test_find_rates_reads_only_the_measures_asked():
    text = "71% within 14 days; 50 per cent after 6 weeks; 3 hours"
    assert [(r.measure, r.value) for r in find_rates(text, {"percent"})] == [("percent", 71), ("percent", 50)]
    assert [(r.measure, r.value) for r in find_rates(text, {"days"})] == [("days", 14), ("days", 42)]
    assert [(r.measure, r.value) for r in find_rates(text, {"hours"})] == [("hours", 3)]
    assert find_rates(text, set()) == []


def test_find_rates_leaves_out_statutory_limits():
    assert find_rates("We aim to respond within 20 working days of receipt.", {"days"}) == []
    assert find_rates("This would exceed the appropriate limit of 18 hours.", {"hours"}) == []


def test_only_rate_asked():
    assert only_rate_asked(("days",)) == "days"
    assert only_rate_asked(("count", "days")) is None
    assert only_rate_asked(("percent", "days")) is None


# --- reading them ---------------------------------------------------------------------------------------------

def test_days_are_read_where_the_question_asks_for_them():
    # after Barnet Homes' reply (real set): a list of years with the average stay in days
    text = ("Q2. What was the average length of stay in temporary accommodation?\n"
            "- 2017/2018 – No data available\n"
            "- 2018/2019 – 32 days\n"
            "- 2019/2020 – 32.2 days\n")
    assert facts(text, STAYS) == [("2", "stay", "days", "2018/2019", 32.0, "days"),
                                  ("2", "stay", "days", "2019/2020", 32.2, "days")]


def test_a_bare_number_under_a_question_asking_for_days_is_in_days():
    # after Wandsworth's reply (real set), whose questions are numbered (i), (ii), (iii)
    text = ("(i) The number of people placed into temporary accommodation, broken down year-by-year? - see our "
            "committee reports.\n"
            "(ii) The average length of stay in temporary accommodation after making a homeless application? - "
            "Please refer to the below. Note that this is the average length of stay for those housed in the "
            "respective years.\n"
            "2019 - 1287 days.\n"
            "2018 - 1204.\n"
            "(iii) The total cost of temporary accommodation to the council, broken down into costs per night? - "
            "refer to the table below.\n")
    got = facts(text, STAYS)
    assert [(q, s, m, v) for q, s, m, _, v, _ in got] == [("2", "stay", "days", 1287.0), ("2", "stay", "days", 1204.0)]


def test_roman_numerals_head_only_the_question_they_restate():
    survey = STAYS
    # "(ii) Laptops: 50" restates no question of the survey: not a question number
    text = ("2. The average length of stay in temporary accommodation?\n"
            "(i) Hotels: 40 days\n")
    got = facts(text, survey)
    assert [(q, m, v) for q, _, m, _, v, _ in got] == [("2", "days", 40.0)]


def test_percentages_are_read_where_the_question_asks_for_them():
    text = ("1. 2012/13 - 615, 2013/14 - 636\n"
            "2. 2012/13 - 10% then no discount from 2013/14\n")
    got = facts(text, DISCOUNTS)
    assert ("2", "discount", "percent", "2012/13", 10.0, "%") in got
    assert all(m == "count" for q, _, m, *_ in got if q == "1")


def test_percentages_and_durations_stay_out_where_no_question_asks_for_them():
    text = ("2. The average length of stay in temporary accommodation?\n"
            "Of those placed, 71% stayed under 14 days.\n")
    counts_only = parse_survey("""
name = "y"
title = "Y"
[subjects.stay]
synonyms = ["average length of stay", "stayed"]
[[questions]]
id = "2"
text = "The average length of stay in temporary accommodation"
subject = "stay"
measures = ["count"]
""")
    assert facts(text, counts_only) == []


def test_a_restated_question_after_q_dot_keeps_its_example_out():
    # Northumberland's reply (real set) restates each question after "Q.5" with the request's own example
    text = ("Q.4 What is the full price of a Littering Fixed Penalty Notice (FPN)?\n"
            "A.4 £80\n"
            "Q.5 Do you have a discounted price for a littering FPN and if yes, how long is the discounted period? "
            "e.g. The FPN will be discounted to £50 if paid within 10 days.\n"
            "A.5 £65 if paid within 7 days\n")
    got = {(q, m, v) for q, _, m, _, v, _ in facts(text, FINES)}
    assert got == {("4", "unit_cost_gbp", 80.0), ("5", "unit_cost_gbp", 65.0), ("5", "days", 7.0)}


# --- subjects -------------------------------------------------------------------------------------------------

ETHNICITY = parse_survey("""
name = "pregnant"
title = "Pregnant individuals placed"
[subjects.pregnant]
synonyms = ["pregnant individuals", "pregnant households?"]
[subjects.by_ethnicity]
synonyms = ["ethnicity", "ethnic groups?"]
[[questions]]
id = "1"
text = "How many individuals were pregnant on the date they were placed in temporary accommodation?"
subject = "pregnant"
measures = ["count"]
[[questions]]
id = "2"
text = "Please provide a breakdown by ethnicity of the number of pregnant individuals identified in question one."
subject = "by_ethnicity"
measures = ["count"]
""")


def test_a_subject_before_number_of_is_a_table_header_and_heads_the_breakdown():
    # Barnet Homes' reply (real set)
    text = ("1.     How many individuals were pregnant on the date they were placed in temporary accommodation?\n"
            "68\n"
            "2.     Please provide a breakdown by ethnicity of the number of pregnant individuals identified in "
            "question one.\n"
            "  Ethnicity Number of pregnant households\n"
            "  Asian or Asian British 3\n"
            "  Mixed 7\n"
            "  White 11\n")
    got = [(q, s, v) for q, s, _, _, v, _ in facts(text, ETHNICITY)]
    assert got == [("1", "pregnant", 68.0), ("2", "by_ethnicity", 3.0), ("2", "by_ethnicity", 7.0),
                   ("2", "by_ethnicity", 11.0)]
    # the rule that keeps "[mobile number]" from naming a device still holds
    assert not ETHNICITY.find_subjects("our ethnicity number is 0800")
    assert ETHNICITY.find_subjects("Ethnicity Number of households")


CHARGERS = parse_survey("""
name = "chargers"
title = "Charging points installed and planned"
[subjects.installed]
synonyms = ["charging points?", "charge ?points?", "chargers?"]
[subjects.planned]
synonyms = ["plan(?:s|ned)? to install"]
[[questions]]
id = "2"
text = "How many electric vehicle charging points have the council installed?"
subject = "installed"
measures = ["count"]
[[questions]]
id = "3"
text = "How many do the council plan to install over the next 12 months? Including slow and fast charging points."
subject = "planned"
measures = ["count"]
""")


def test_a_short_answer_in_the_councils_own_noun_answers_its_numbered_question():
    # Devon's reply (real set): "43 chargepoints." alone under question 3
    text = ("2. How many ev charging points have the council installed?\n"
            "22 chargepoints\n"
            "3. How many do the council plan to install over the next 12 months?\n"
            "43 chargepoints.\n")
    got = [(q, s, v) for q, s, _, _, v, _ in facts(text, CHARGERS)]
    assert got == [("2", "installed", 22.0), ("3", "planned", 43.0)]


# --- money and counts -----------------------------------------------------------------------------------------

INCOME = parse_survey("""
name = "income"
title = "Income from motorists"
[periods]
asked = [{ label = "2018/19", start = 2018-04-01, end = 2019-03-31 },
         { label = "2019/20", start = 2019-04-01, end = 2020-03-31 }]
[subjects.all_income]
synonyms = ["income generated from motor expenses", "motoring income"]
[subjects.pcn_income]
synonyms = ["excess charge notices?", "penalty charge notices?"]
[subjects.fees]
synonyms = ["car parking charges", "parking permits"]
[[questions]]
id = "1"
text = "How much income has been accrued from motorists for all types of motoring expenses"
subject = "all_income"
measures = ["total_cost_gbp"]
[[questions]]
id = "2a"
text = "How much you were paid by motorists for Penalty Charge Notices, by offence"
subject = "pcn_income"
measures = ["total_cost_gbp"]
[[questions]]
id = "2b"
text = "How much you were paid by motorists for parking fees"
subject = "fees"
measures = ["total_cost_gbp"]
""")


def test_a_table_that_names_a_thing_without_money_counts_it_in_a_reply_that_writes_money_with_pounds():
    # Moray's reply (real set): question 2a asks for the income from notices; the council gives how many
    # notices of each kind, and its money, elsewhere, with "£"
    text = ("Response\n"
            "2018/19 2019/20\n"
            "1 Income generated from motor expenses: 872,962 875,487\n"
            "2(a) Excess Charge Notices:\n"
            "No Valid Ticket Display 1,505 1,054\n"
            "Outwith Limits of Marked Bay 34 86\n"
            "2 (b) Breakdown of income generated:\n"
            "Car Parking Charges - at parking meters £ 754,470 £ 765,802\n"
            "Monthly Parking Permits £ 28,657 £ 34,553\n")
    got = {(q, v) for q, _, m, _, v, _ in facts(text, INCOME)}
    assert ("2b", 754470.0) in got and ("2b", 28657.0) in got
    assert not any(q == "2a" for q, _ in got)       # 1,505 notices are not £1,505 of income


FPNS = parse_survey("""
name = "fpns"
title = "Fixed penalties"
[periods]
asked = [{ label = "2013/14", start = 2013-04-01, end = 2014-03-31 },
         { label = "2014/15", start = 2014-04-01, end = 2015-03-31 }]
[subjects.litter_fpns]
synonyms = ["fixed penalties for dropping litter"]
[subjects.litter_income]
synonyms = ["income was achieved from successful fines", "income"]
[subjects.dog_fpns]
synonyms = ["fixed penalties for dog fouling"]
[[questions]]
id = "1"
text = "How many fixed penalties for dropping litter were issued"
subject = "litter_fpns"
measures = ["count"]
[[questions]]
id = "2"
text = "what income was achieved from successful fines after costs"
subject = "litter_income"
measures = ["total_cost_gbp"]
[[questions]]
id = "3"
text = "How many fixed penalties for dog fouling were issued"
subject = "dog_fpns"
measures = ["count"]
""")


def test_lettered_questions_run_together_with_their_answers_on_one_line():
    # Merthyr Tydfil's reply (real set): each lettered question restated, its answer after it, on one line
    text = ("Answer\n"
            "a) How many fixed penalties for dropping litter were issued and what income was achieved from "
            "successful fines after costs? 2013/14 - Nil. 2014/15 1 – no income b) How many fixed penalties for "
            "dog fouling were issued? 2013/14 - Nil. 2014/15 3\n")
    got = {(q, s, p, v) for q, s, m, p, v, _ in facts(text, FPNS) if m == "count"}
    assert got == {("1", "litter_fpns", "2013/14", 0.0), ("1", "litter_fpns", "2014/15", 1.0),
                   ("3", "dog_fpns", "2013/14", 0.0), ("3", "dog_fpns", "2014/15", 3.0)}


# --- numbers that are never figures ---------------------------------------------------------------------------

SPEND = parse_survey("""
name = "spend"
title = "Spend and staff"
[subjects.staff]
synonyms = ["agency staff", "agency workers?"]
[subjects.cost]
synonyms = ["cost of fly[- ]tipping", "clearance costs?"]
[[questions]]
id = "1"
text = "How many agency staff do you employ?"
subject = "staff"
measures = ["count"]
[[questions]]
id = "2"
text = "What was the cost of fly-tipping clearance?"
subject = "cost"
measures = ["total_cost_gbp"]
""")


@pytest.mark.parametrize("text", [
    "2. The cost of fly-tipping clearance is in the file below.\n2 Attachments\n",
    # after Social Security Scotland's reply (real set): each request restated under its own heading
    "Agency staff\n\nRequest for information 3:\n\nThe total number of agency staff employed.\n",
    "1. Agency staff: numbers between 1 and 5 have been suppressed to protect individuals.\n",
])
def test_page_artefacts_heading_numbers_and_suppression_bounds_are_not_figures(text):
    assert facts(text, SPEND) == []


def test_a_figure_beside_those_words_is_still_read():
    text = "1. Agency staff: 42 (numbers between 1 and 5 have been suppressed elsewhere).\n"
    assert [(q, v) for q, _, _, _, v, _ in facts(text, SPEND)] == [("1", 42.0)]


PLANNED = parse_survey("""
name = "planned"
title = "Charging points planned"
[subjects.planned]
synonyms = ["plan(?:s|ned)? to install"]
[subjects.funding]
synonyms = ["ORCS", "funding"]
[[questions]]
id = "3"
text = "How many do the council plan to install over the next 12 months?"
subject = "planned"
measures = ["count"]
[[questions]]
id = "5"
text = "Are you receiving grant funding (ORCS)?"
subject = "funding"
measures = ["total_cost_gbp"]
""")


def test_a_multiplier_is_not_a_question_number_and_a_dashed_range_is_its_middle():
    # Wokingham's reply (real set): "20x 22kW" opens the answer's line; "50-60" is a range
    text = ("3. How many do the council plan to install over the next 12 months?\n"
            "20x 22kW + 22x 7kW = 42 for ORCS project and 16 for other sites gives total 50-60\n")
    got = [(q, v, a) for q, _, _, _, v, _ in facts(text, PLANNED)
           for a in [next(f.approx for f in parse_reply(text, PLANNED).facts if f.value == v)]]
    assert got == [("3", 42.0, False), ("3", 16.0, False), ("3", 55.0, True)]


def test_a_number_of_places_after_the_count_is_not_another_count():
    # Herefordshire's and Thurrock's replies (real set)
    text = ("2. How many electric vehicle charging points have the council installed?\n"
            "12 dual socket charge points in 11 council car parks were installed.\n"
            "3. How many do the council plan to install over the next 12 months?\n"
            "Current plans are for up to 78 sockets in 13 locations\n")
    survey = parse_survey("""
name = "points"
title = "Charging points"
[subjects.installed]
synonyms = ["charging points?", "charge ?points?", "sockets?"]
[subjects.planned]
synonyms = ["plan(?:s|ned)? to install"]
[[questions]]
id = "2"
text = "How many electric vehicle charging points have the council installed?"
subject = "installed"
measures = ["count"]
[[questions]]
id = "3"
text = "How many do the council plan to install over the next 12 months? Including fast charging points."
subject = "planned"
measures = ["count"]
""")
    got = [(q, s, v) for q, s, _, _, v, _ in facts(text, survey)]
    assert got == [("2", "installed", 12.0), ("3", "planned", 78.0)]


def test_a_bare_number_beside_a_sum_in_pounds_is_the_count_it_is_for():
    # Transport for London's reply (real set): a table copied one cell a line
    survey = parse_survey("""
name = "bus-lanes"
title = "Bus lane income"
[periods]
asked = [{ label = "18/19", start = 2018-04-01, end = 2019-03-31 },
         { label = "19/20", start = 2019-04-01, end = 2020-03-31 }]
[subjects.fines]
synonyms = ["bus lane penalties", "income"]
[[questions]]
id = "1"
text = "In each of the last financial years please state what the income was from bus lane penalties"
subject = "fines"
measures = ["total_cost_gbp"]
""")
    text = ("1. The table below details income from bus lane penalties.\n"
            "Financial Year\nPCNs Issued\nAmount Paid\n"
            "18/19\n14,620\n£813,800\n"
            "19/20\n27,316\n£1,641,269\n")
    got = sorted(v for _, _, _, _, v, _ in facts(text, survey))
    assert got == [813800.0, 1641269.0]


def test_paid_under_a_question_that_asks_how_many_were_paid_is_a_count():
    # Devon's reply (real set): the answer's own words say "paid", its question asks how many
    survey = parse_survey("""
name = "paid"
title = "Notices paid"
[subjects.paid_in_full]
synonyms = ["paid in full"]
[[questions]]
id = "6"
text = "How many Penalty Charge Notices were paid in full last financial year?"
subject = "paid_in_full"
measures = ["count"]
""")
    text = ("6. How many Penalty Charge Notices that were issued by your organisation, were paid in full last "
            "financial year?\n\n"
            "46,876  cases were fully paid prior to debt recovery stage (within 90 days of PCN being issued)\n")
    assert [(q, m, v) for q, _, m, _, v, _ in facts(text, survey)] == [("6", "count", 46876.0)]


def test_the_middle_of_a_range_of_counts_may_be_a_half():
    # Devon's reply (real set)
    text = ("3. How many do the council plan to install over the next 12 months?\n"
            "Delivery is ongoing with around 10-15 planned to install on-street.\n")
    got = [(f.question, f.value, f.approx) for f in parse_reply(text, PLANNED).facts]
    assert got == [("3", 12.5, True)]
