"""Forms of figures councils write in any topic (helper "sweep-figs", session of 2026-12-07), found in a sweep of
real replies on topics outside the real-reply set (Devon, Moray). Each test quotes a real reply's words or a
made-up variant of them, and each is read wrongly without its rule.
"""

from __future__ import annotations

import textwrap

from reader.survey import parse_survey
from tests.reading_helpers import figures


def _figures(text: str, survey) -> set[tuple]:
    return figures(text, survey)


YEARS = """
    [periods]
    asked = [
      { label = "2017/18", start = "2017-04-01", end = "2018-03-31" },
      { label = "2018/19", start = "2018-04-01", end = "2019-03-31" },
      { label = "2019/20", start = "2019-04-01", end = "2020-03-31" },
    ]
"""

STAFF_COST = parse_survey(textwrap.dedent("""
    name = "crossing-support"
    title = "School crossing support officers"
""" + YEARS + """
    [subjects.support_officers]
    label = "School crossing support officers"
    synonyms = ["school crossing support officers?", "support officers?", "(?:spen[dt]|spending|costs?|expenditure)"]
    [[questions]]
    id = "1"
    text = "The total budget spent on school crossing support officers"
    subject = "support_officers"
    measures = ["total_cost_gbp"]
    periods = ["2017/18", "2018/19", "2019/20"]
"""))

ANNUAL_COST = parse_survey(textwrap.dedent("""
    name = "system-cost"
    title = "Cost of a system"
""" + YEARS + """
    [subjects.system_cost]
    label = "Ongoing annual cost of the system"
    synonyms = ["ongoing annual cost", "annual cost"]
    [[questions]]
    id = "8"
    text = "What is the ongoing annual cost of the system for the aforementioned years?"
    subject = "system_cost"
    measures = ["total_cost_gbp"]
    periods = ["2017/18", "2018/19", "2019/20"]
"""))


# A number written before "FTE" counts staff (full-time equivalents): it is never a sum of money ----------------

def test_fte_under_a_money_question_is_no_sum():
    # Devon, school crossing patrols: "we do not hold this information. In the alternative, we do employ a School
    # Crossing Patrol Administrator which is a 0.51 FTE role." answering "The total budget spent on ..."
    text = ("1. The total budget spent on school crossing support officers\n\n"
            "We do not employ school crossing support officers, so we do not hold this information. In the "
            "alternative, we do employ a School Crossing Patrol Administrator which is a 0.51 FTE role.\n")
    assert not any(m == "total_cost_gbp" for _, _, m, _ in _figures(text, STAFF_COST))


def test_ftes_after_a_sum_asked_are_no_sum():
    # made up: the plural, and the costs named in the sentence
    text = ("1. The total budget spent on school crossing support officers\n\n"
            "The costs are met from a wider budget, which pays for 1.6 FTEs.\n")
    assert not any(m == "total_cost_gbp" for _, _, m, _ in _figures(text, STAFF_COST))


def test_a_sum_for_each_fte_is_still_money():
    # made up: "£" before the number keeps it a sum, whatever follows it
    text = ("1. The total budget spent on school crossing support officers\n\n"
            "2017/18: £24,500 FTE salary budget\n")
    assert ("1", "2017/18", "total_cost_gbp", 24500.0) in _figures(text, STAFF_COST)


# One sum said "for each of" several years is that sum in each of them ---------------------------------------

def test_one_sum_for_each_of_the_years_listed_after_it():
    # Moray, webcasting: "8. £16,531 for each of 2017/18, 2018/19, 2019/20. See our contracts register here"
    text = ("7. £19,000\n\n"
            "8. £16,531 for each of 2017/18, 2018/19, 2019/20. See our contracts register here\n")
    got = _figures(text, ANNUAL_COST)
    assert {("8", p, "total_cost_gbp", 16531.0) for p in ("2017/18", "2018/19", "2019/20")} <= got


def test_one_sum_in_each_of_the_financial_years_named():
    # made up: "in each of the financial years" before the list
    text = "8. The annual cost was £12,000 in each of the financial years 2018/19 and 2019/20.\n"
    got = _figures(text, ANNUAL_COST)
    assert {("8", p, "total_cost_gbp", 12000.0) for p in ("2018/19", "2019/20")} <= got


def test_a_price_for_each_thing_is_still_a_price_each():
    # made up: "each" of things, not of years, is still a price each
    text = "8. The licence costs £450 for each of the 12 cameras in 2018/19.\n"
    assert not any(m == "total_cost_gbp" and v == 450.0 for _, _, m, v in _figures(text, ANNUAL_COST))


# Thousands with a "k" and no "£" in a list whose other sums are written "£…k" are a sum too ------------------

RECRUITING = parse_survey(textwrap.dedent("""
    name = "foster-recruiting"
    title = "Foster carers"
    [periods]
    asked = [
      { label = "2018-19", start = "2018-04-01", end = "2019-03-31" },
      { label = "2019-20", start = "2019-04-01", end = "2020-03-31" },
      { label = "2020-21", start = "2020-04-01", end = "2021-03-31" },
      { label = "2021-22", start = "2021-04-01", end = "2022-03-31" },
      { label = "2022-23", start = "2022-04-01", end = "2023-03-31" },
    ]
    [subjects.households]
    label = "Households and number of carers"
    synonyms = ["households?"]
    [subjects.recruiting]
    label = "Spend on recruiting"
    synonyms = ["recruiting"]
    [[questions]]
    id = "2"
    text = "How many in-house foster carers do you need to recruit this year? (Please provide number of households and number of carers as separate figures)."
    subject = "households"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "What is your annual spend on recruiting in-house foster carers?"
    subject = "recruiting"
    measures = ["total_cost_gbp"]
"""))

_ASKED = ("2. How many in-house foster carers do you need to recruit this year? (Please provide number of households "
          "and number of carers as separate figures).\nHousehold - 10\nCarers - N/A\n"
          "3. What is your annual spend on recruiting in-house foster carers? Please provide annual figures for the "
          "financial years 2018-2019, 2019-20, 2020-21, 2021-22, 2022-23.\n")


def test_thousands_without_pounds_among_pounds_in_thousands_are_money():
    # Wokingham, fostering: the last year of a list of sums in thousands lost its "£"
    text = _ASKED + "• 2018-2019: £6k\n• 2019-2020: £9K\n• 2020-2021: £7.7k\n• 2022-2023: 3.5K\n"
    got = _figures(text, RECRUITING)
    assert ("3", "2022-2023", "total_cost_gbp", 3500.0) in got
    assert ("2", "2022-2023", "count", 3500.0) not in got


def test_thousands_mid_list_without_pounds_are_money():
    # made up: a year in the middle of the list lost its "£"
    text = _ASKED + "2018-2019 - £6k\n2021-2022 - 4.2k\n2022-2023 - £3.5k\n"
    got = _figures(text, RECRUITING)
    assert ("3", "2021-2022", "total_cost_gbp", 4200.0) in got


def test_thousands_in_a_list_of_counts_stay_counts():
    # made up: no "£" on the lines beside it: "1.2k" households is a count
    text = _ASKED.split("3.")[0].replace("Household - 10", "Households - 1.2k")
    assert ("2", None, "count", 1200.0) in _figures(text, RECRUITING)


# What a clause after the figure ("which ...") names does not say what the figure is --------------------------

PERMITS = parse_survey(textwrap.dedent("""
    name = "permits"
    title = "Resident parking permits"
    [subjects.admin_charge]
    label = "Administration charge for a permit"
    synonyms = ["administration charges?"]
    [subjects.permit_bands]
    label = "Cost of permits by emissions"
    synonyms = ["emissions", "(?:spen[dt]|spending|costs?|expenditure)"]
    [[questions]]
    id = "2"
    text = "Does your council make an administration charge when people apply for a resident's parking permit? If so, how much is this charge?"
    subject = "admin_charge"
    measures = ["unit_cost_gbp"]
    [[questions]]
    id = "3"
    text = "Does your council base the cost of resident's parking permits on a vehicle's emissions? If so, please set out the bands."
    subject = "permit_bands"
    measures = ["total_cost_gbp"]
"""))


def test_a_sum_under_its_question_with_other_words_in_a_clause_after_it():
    # Devon, resident parking permits: the "costs" after "which" are what the charge pays for, not what it is
    text = ("2. Does your council make an administration charge when people apply for a resident's parking permit? "
            "If so, how much is this charge?\n\n"
            "We make a charge of £30 per permit which is an inclusive figure for administrating and issuing a permit, "
            "and contribution to the costs for maintenance and enforcement of the parking zones.\n")
    assert ("2", None, "unit_cost_gbp", 30.0) in _figures(text, PERMITS)


def test_a_sum_under_its_question_with_a_new_clause_after_a_semicolon():
    # made up: a new clause after ";" names the other thing
    text = ("2. Does your council make an administration charge when people apply for a resident's parking permit? "
            "If so, how much is this charge?\n\n"
            "The charge is £25 per permit; our costs for enforcement are not broken down.\n")
    assert ("2", None, "unit_cost_gbp", 25.0) in _figures(text, PERMITS)
