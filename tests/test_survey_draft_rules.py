"""`foi survey draft` reading what a question asks, in councils' and journalists' English: lengths of time and
shares as measures, one item's money, a total of things as a count, the categories a question names as its
subject's synonyms, a stem finished by its parts, a count held at a day, academic years in a list; and `foi survey
check` naming what the reader cannot use. Each snippet is made up in the way requests are written, or quoted from
a request of the real-reply set (tests/files/real_set/drafted/)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from reader.draft import (check_survey, draft_survey, examples_in, measures_for, periods_in, split_questions,
                          to_toml)
from reader.survey import parse_survey


def loads(d):
    return parse_survey(to_toml(d), f"{d.name}.toml")


def only(text: str) -> list[str]:
    return measures_for(text)[0]


# --- measures -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, measures", [
    ("Total number of days lost due to sick leave within the council", ["days"]),
    ("What was the total number of days lost for your organisation due to sickness absence?", ["days"]),
    ("How many sick days were recorded from teachers in schools run by the local authority?", ["days"]),
    ("How many hours of overtime were worked by refuse crews?", ["hours"]),
    ("The average length of stay in temporary accommodation", ["days"]),
    # a count of people absent for a length of time is still a count of people
    ("The number of staff absent for more than 20 days", ["count"]),
    ("How many sick days were taken, and the number of teachers who were absent?", ["count", "days"]),
])
def test_a_count_of_days_or_hours_is_a_length_of_time(question, measures):
    assert only(question) == measures


@pytest.mark.parametrize("question, measures", [
    ("What percentage of your agency (or bank staff) spending is to cover days where an employee is sick?",
     ["percent"]),
    ("How many claims have been rejected in the last five years? Can this be given in both numbers and a "
     "percentage of the claims rejected?", ["count", "percent"]),
    ("How much will the council spend on installing charging points (as GBP and as a percentage of the overall "
     "budget)?", ["total_cost_gbp", "percent"]),
    ("The proportion of PCNs paid at the discounted rate", ["percent"]),
])
def test_a_share_is_a_percentage_and_a_share_of_a_sum_is_not_the_sum(question, measures):
    assert only(question) == measures


@pytest.mark.parametrize("question, measures", [
    ("Highest single amount paid out in compensation to one claimant.", ["unit_cost_gbp"]),
    ("What is the largest payment made to a motorist?", ["unit_cost_gbp"]),
    ("What has been the average compensation payout in each of the last five financial years?", ["unit_cost_gbp"]),
    ("The individual claim amounts submitted (or, if redacting is required, the range of claim values e.g. "
     "£0–£100, £101–£250, etc.).", ["unit_cost_gbp"]),
    ("Total compensation paid out during the year.", ["total_cost_gbp"]),
])
def test_one_items_money_is_a_unit_cost(question, measures):
    assert only(question) == measures


@pytest.mark.parametrize("question, measures", [
    ("Total claims for compensation received per year", ["count"]),
    ("Total successful claims the council paid out compensation for each year.", ["count"]),
    ("How many payouts were made to cyclists?", ["count"]),
    ("What is the breakdown of claims upheld and declined in the same period and the total paid out compared to "
     "total claimed.", ["count", "total_cost_gbp"]),
    ("A breakdown of the costs by department", ["total_cost_gbp"]),
    ("Total fees paid to agencies", ["total_cost_gbp"]),
])
def test_a_total_of_things_is_a_count_and_a_total_of_fees_a_sum(question, measures):
    assert only(question) == measures


@pytest.mark.parametrize("question, measures", [
    ("The amount of money spent by the Council on each public toilet in each year.", ["total_cost_gbp"]),
    ("The amount of money generated for the Council by each public toilet in each year.", ["total_cost_gbp"]),
    ("Stating the total fees paid to each supplier in each of the last three years", ["total_cost_gbp"]),
    ("Please include the estimated cost for each purchase", ["unit_cost_gbp"]),
    ("What is the fine for each FPN?", ["unit_cost_gbp"]),
])
def test_money_spent_on_each_thing_is_a_sum_for_each_and_a_cost_for_each_a_price(question, measures):
    assert only(question) == measures


@pytest.mark.parametrize("question", [
    "How long each household spent in the hotel, hostel, bed and breakfast or guest house placed in by the council",
    "For the households with children who left a placement in B&B, what was the average time spent in B&B?",
])
def test_time_spent_is_a_length_of_time_not_money(question):
    assert only(question) == ["days"]


@pytest.mark.parametrize("question", [
    "Are any of these toilets chargeable at the point of use? If so, how much are the public charged?",
    "How much does the council charge for a garden waste bin?",
])
def test_how_much_people_are_charged_is_a_price(question):
    assert only(question) == ["unit_cost_gbp"]


def test_how_many_after_any_counts_what_any_named():
    d = draft_survey("• Does the council operate or run any public toilets? If so, how many?\n"
                     "• How many complaints were received?\n", "toilets", asked_on=dt.date(2025, 1, 5))
    assert d.questions[0].subject == "public_toilets"


def test_how_long_adds_a_length_of_time_to_what_else_is_asked():
    assert only("Do you have a discounted price for a littering FPN and if yes, how long is the discounted "
                "period?") == ["unit_cost_gbp", "days"]


# --- the categories a question names -------------------------------------------------------------------------

REASONS = """Could you kindly provide me with:
a)       The total number of empty residential properties within your council boundaries currently.
b)      The above split by the reasons that they are empty, other councils have provided reasons such as:
Unoccupied & furnished
Unoccupied awaiting probate
Mortgagee in possession
Owner detained elsewhere
"""


def test_a_list_one_to_a_line_after_such_as_gives_the_subjects_synonyms():
    d = draft_survey(REASONS, "reasons", asked_on=dt.date(2020, 10, 1))
    q2 = d.questions[1]
    syns = d.subjects[q2.subject]
    for row in ("Unoccupied & furnished", "Unoccupied awaiting probate", "Mortgagee in possession"):
        assert any(re.fullmatch(s, row, re.I) for s in syns), row
    # the first question's subject does not take them
    assert not any(re.fullmatch(s, "Mortgagee in possession", re.I) for s in d.subjects[d.questions[0].subject])
    assert loads(d).question("2").subject == q2.subject


@pytest.mark.parametrize("text, items", [
    ("Property type (e.g. house / flat), if recorded", ["house", "flat"]),
    ("Ownership category (private individual / company / other), if recorded", ["private individual", "company"]),
    ("Can you also provide what type of accommodation they are in (temp, emergency, bed and breakfast etc)?",
     ["temp", "emergency", "bed and breakfast"]),
    ("The length of time each property has been recorded as vacant (banded if necessary, e.g. 6–12 months, "
     "1–2 years, 2–5 years, 5+ years)", ["6–12 months", "1–2 years", "2–5 years", "5+ years"]),
    ("How many devices such as laptops, tablets or phones were bought?", ["laptops", "tablets", "phones"]),
    # one thing in brackets is a note, not a list of categories
    ("How many PCNs did you issue (including those cancelled)?", []),
    ("Of these devices, how many were laptops, how many were tablets and how many were 4G hotspot devices?",
     ["laptops", "tablets", "4G hotspot devices"]),
    ("How many were issued?", []),
])
def test_the_categories_named_in_brackets_or_after_such_as(text, items):
    assert examples_in(text) == items


def test_a_category_ending_in_the_counted_noun_is_matched_without_it():
    d = draft_survey("1. The number of households living in temporary accommodation, by household type "
                     "(one-person households, lone-parent households, couples with children)?", "types",
                     asked_on=dt.date(2023, 9, 4))
    syns = d.subjects[d.questions[0].subject]
    for row in ("Lone Parent", "One Person Household", "lone-parent households", "Couples with children"):
        assert any(re.fullmatch(s, row, re.I) for s in syns), row


def test_a_band_is_matched_as_councils_write_it():
    d = draft_survey("1. How many homes have been vacant for (a) 1–2 years, (b) 2–5 years, (c) 5+ years?", "bands",
                     asked_on=dt.date(2023, 5, 3))
    syns = [s for q in d.questions for s in d.subjects[q.subject]]
    for written in ("1-2 years", "1 – 2 years", "2–5 years", "5+ years"):
        assert any(re.fullmatch(s, written, re.I) for s in syns), written


def test_a_part_that_names_a_band_is_its_own_subject_in_words_or_figures():
    d = draft_survey("1) How many homes have been vacant for the following numbers of years:\n\n"
                     "a. Less than one year\nb. One year\nc. Two years\nd. 20 or more years\n", "vacant",
                     asked_on=dt.date(2023, 5, 3))
    subj = {q.id: q.subject for q in d.questions}
    assert subj == {"1a": "less_than_one_year", "1b": "one_year", "1c": "two_years", "1d": "20_or_more_years"}
    assert re.fullmatch(d.subjects["one_year"][0], "1 year", re.I)
    assert re.fullmatch(d.subjects["two_years"][0], "Two years", re.I)


# --- questions and subjects ----------------------------------------------------------------------------------

CLAIMS = """For each financial year between 2015-16 and 2018/19, please could you answer the following questions:
1. How many claims has your council:
1a. Received for compensation due to damage caused to vehicles by potholes?
1b. Accepted and subsequently, made payments to the claimant?
2. What was the total compensation amount paid by the council to claimants?
"""


def test_a_stem_finished_by_its_parts_is_asked_with_each_part_and_not_alone():
    qs = split_questions(CLAIMS)
    assert [q[0] for q in qs] == ["1a", "1b", "2"]
    assert qs[0][1].startswith("How many claims has your council Received")
    d = draft_survey(CLAIMS, "claims", asked_on=dt.date(2019, 6, 1))
    q = {x.id: x for x in d.questions}
    assert (q["1a"].subject, q["1a"].measures) == ("claims_received", ["count"])
    assert q["1b"].subject == "claims_accepted"
    assert d.subjects["claims_received"] == [r"claims[\s-]*received"]      # no plural 's' after a past tense


def test_a_stem_that_is_a_question_stays_a_question():
    qs = split_questions("1. How many FPNs were issued in 2019?\n1a. Of these, how many were paid?\n"
                         "1b. How many went to court?\n")
    assert [q[0] for q in qs] == ["1", "1a", "1b"]


def test_people_counted_are_named_by_the_clause_that_says_who_they_are():
    d = draft_survey("Please include the following information for 2021/22, 2022/23, 2023/24:\n"
                     "1. Total number of days lost due to sick leave within the council\n"
                     "2. Total number of council staff who required sickness absence on mental health grounds\n",
                     "sickness", asked_on=dt.date(2024, 11, 18))
    q2 = d.questions[1]
    assert q2.subject.startswith("council_staff_who_required_sickness")
    assert not any(s.startswith("total") for s in d.subjects[q2.subject])
    assert d.questions[0].measures == ["days"] and q2.measures == ["count"]


def test_which_ones_are_counted_is_read_from_the_clause_after_a_bare_noun():
    d = draft_survey("1. Number of reports of fly-tipping recorded in each year.\n2. Number of reports that have "
                     "resulted in prosecution/legal action in 2019.\n", "reports", asked_on=dt.date(2019, 6, 1))
    q2 = d.questions[1]
    assert q2.subject.startswith("reports_that_have_resulted_in_prosecutio")
    assert any(re.fullmatch(s, "prosecution/legal action", re.I) for s in d.subjects[q2.subject])


def test_a_part_that_is_a_name_loses_its_participle():
    d = draft_survey("- The total number of residential properties classed as long-term vacant\n"
                     "- Council Tax empty property classification codes applied\n", "codes",
                     asked_on=dt.date(2026, 1, 5))
    assert d.questions[1].subject == "council_tax_empty_property_classificatio"
    assert any(re.fullmatch(s, "classification codes", re.I) for s in d.subjects[d.questions[1].subject])


def test_a_sentence_about_this_figure_belongs_to_the_question_before():
    qs = split_questions("How many sick days were recorded from teachers citing mental health as the reason? "
                         "Please can you show this figure as the total number of days and the number of teachers "
                         "who were absent for the following academic years: 2020-21, 2021-22.")
    assert len(qs) == 1 and "this figure" in qs[0][1]


def test_the_head_noun_before_of_is_a_synonym_where_no_other_subject_shares_it():
    d = draft_survey("1. What was your total spend on interim executives in each of the past three financial "
                     "years?\n2. How many senior interims were employed?\n3. Please can you name the top five "
                     "suppliers of senior interims, stating the total fees paid to each supplier?\n", "interims",
                     asked_on=dt.date(2018, 6, 1))
    syns = d.subjects[d.questions[2].subject]
    assert any(re.fullmatch(s, "suppliers", re.I) for s in syns)
    # "claims for damage" and "claims for compensation": "claims" alone would tell them apart from nothing
    d = draft_survey("1. How many claims for damage were received?\n2. How many claims for compensation were "
                     "paid?\n", "claims", asked_on=dt.date(2018, 6, 1))
    assert not any(re.fullmatch(s, "claims", re.I) for q in d.questions for s in d.subjects[q.subject])


# --- periods -------------------------------------------------------------------------------------------------

def test_every_year_in_a_list_of_academic_years_is_academic():
    found = periods_in("for the following academic years: 2020-21, 2021-22, 2022-23", dt.date(2025, 12, 23))
    assert [(p.label, p.start, p.end) for p in found] == [
        ("2020-21", dt.date(2020, 9, 1), dt.date(2021, 8, 31)),
        ("2021-22", dt.date(2021, 9, 1), dt.date(2022, 8, 31)),
        ("2022-23", dt.date(2022, 9, 1), dt.date(2023, 8, 31))]


@pytest.mark.parametrize("text, days", [
    ("Please provide the data for three (3) time periods: end of Dec 2023, end of Sept 2023, end of Dec 2022.",
     [("end of Dec 2023", dt.date(2023, 12, 31)), ("end of Sept 2023", dt.date(2023, 9, 30)),
      ("end of Dec 2022", dt.date(2022, 12, 31))]),
    ("How many empty homes were there as at 31 March 2023?", [("31 March 2023", dt.date(2023, 3, 31))]),
    ("How many staff were employed as of 30/09/2023?", [("30/09/2023", dt.date(2023, 9, 30))]),
    ("How many litter bins did you have at the end of September 2021?",
     [("end of September 2021", dt.date(2021, 9, 30))]),
])
def test_a_count_held_at_a_day_is_asked_for_that_day(text, days):
    found = periods_in(text, dt.date(2024, 1, 5))
    assert [(p.label, p.start) for p in found] == days and all(p.start == p.end for p in found)


def test_a_day_in_each_of_the_last_years_is_that_day_in_each_year_before_the_request():
    found = periods_in("How many empty homes were there as at 31 March in each of the last three years?",
                       dt.date(2024, 5, 10))
    assert [(p.start, p.end) for p in found] == [(dt.date(y, 3, 31), dt.date(y, 3, 31)) for y in (2022, 2023, 2024)]
    # asked before that day this year: the years before
    found = periods_in("as at 31 March in each of the last two years", dt.date(2024, 2, 1))
    assert [p.start for p in found] == [dt.date(2022, 3, 31), dt.date(2023, 3, 31)]


def test_since_a_month_and_the_last_months_run_to_the_day_it_was_asked():
    asked = dt.date(2024, 5, 10)
    assert [(p.start, p.end) for p in periods_in("How many complaints since April 2020?", asked)] == [
        (dt.date(2020, 4, 1), asked)]
    assert [(p.start, p.end) for p in periods_in("How many complaints in the last 12 months?", asked)] == [
        (dt.date(2023, 5, 10), asked)]
    # undated (today stands in for the day it was asked): not guessed
    assert periods_in("How many complaints in the last 12 months?", asked, dated=False) == []


def test_a_month_without_as_at_stays_a_month():
    found = periods_in("How many PCNs were issued in May 2020?", dt.date(2021, 1, 5))
    assert [(p.start, p.end) for p in found] == [(dt.date(2020, 5, 1), dt.date(2020, 5, 31))]


# --- checking a survey ---------------------------------------------------------------------------------------

SURVEY = """
name = "checked"
title = "Checked"

[measures.total_cost_gbp]
cues = ["total"]

[subjects.stays]
synonyms = ["stays?", "length of stay"]

[subjects.requests]
synonyms = ["requests?"]

[[questions]]
id = "1"
text = "What was the average length of stay in temporary accommodation?"
subject = "stays"
measures = ["count"]

[[questions]]
id = "2"
text = "How many requests for stays were made?"
subject = "requests"
measures = ["count"]
"""


def test_check_names_a_share_or_length_of_time_the_question_asks_but_its_measures_leave_out():
    problems = check_survey(parse_survey(SURVEY, "checked.toml"))
    assert any(p.startswith("question 1: its words ask for days") for p in problems), problems
    assert not any(p.startswith("question 2:") for p in problems)


def test_check_names_a_synonym_that_matches_the_words_of_any_replys_letter():
    problems = check_survey(parse_survey(SURVEY, "checked.toml"))
    assert any("subject 'requests': synonym 'requests?' matches" in p for p in problems), problems
    assert not any("subject 'stays': synonym" in p for p in problems)


def test_check_says_which_measure_cues_are_not_read():
    # a price each's and a sum's cues are read (to tell one from the other); a count's are not
    assert not any("cues" in p for p in check_survey(parse_survey(SURVEY, "checked.toml")))
    counted = SURVEY.replace("[measures.total_cost_gbp]", "[measures.count]")
    problems = check_survey(parse_survey(counted, "checked.toml"))
    assert any(p.startswith("[measures] cues (count) are not read") for p in problems), problems


# --- rules from the hand -> drafted gap (quoted from requests of the real-reply set) ---------------------------

@pytest.mark.parametrize("question, measures", [
    # a total of money is a sum, not a count ("total of" counts things: "a total of 12 staff")
    ("Parking fees, and where possible a further breakdown by type of income e.g. parking permits and "
     "pay-and-display income, etc – This should be the total of any fees you have derived from charging motorists "
     "to park", ["total_cost_gbp"]),
    ("the total of claims received", ["count"]),
    # how large a discount or premium is: a share of the tax
    ("The level of council tax discount your local authority provided for second homes in each of the years "
     "2012/13, 2013/14", ["percent"]),
    ("The rate of additional council tax your local authority charged under the empty homes premium in each of "
     "the years 2012/13, 2013/14", ["percent"]),
])
def test_a_total_of_fees_is_a_sum_and_a_level_of_discount_a_share(question, measures):
    assert only(question) == measures


def test_a_discount_asked_twice_is_named_by_what_the_level_is_of():
    d = draft_survey("1) The level of council tax discount your local authority provided for second homes in "
                     "2016/17.\n2) The level of council tax discount your local authority provided for properties "
                     "which are unoccupied and substantially unfurnished in 2016/17.\n3) The rate of additional "
                     "council tax your local authority charged under the empty homes premium in 2016/17.\n",
                     "discounts", asked_on=dt.date(2017, 7, 28))
    assert [q.subject for q in d.questions] == ["council_tax_discount", "council_tax_discount_q2",
                                                "additional_council_tax"]
    # "the level of management" is no discount or premium: the rule leaves it
    from reader.draft import subject_phrase
    assert not subject_phrase("Please state the level of management 1 and 4").startswith("management")


MOTORING = """1. In each of the last three financial years (18/19) (19/20) and (20/21) please state how much income has been accrued by your local authority from motorists for all types of motoring expenses.
2. If possible please provide a further breakdown of these annual figures by detailing how much you were paid by motorists for:
a) Penalty Charge Notices, and where possible a further breakdown by offence e.g. parking ticket, bus-lane fines, etc – This should be the total you have received from PCNs.
b) Parking fees, and where possible a further breakdown by type of income e.g. parking permits and pay-and-display income, etc – This should be the total of any fees you have derived from charging motorists to park.
"""


def test_a_part_that_names_its_thing_before_its_detail_is_that_thing():
    d = draft_survey(MOTORING, "motoring", asked_on=dt.date(2022, 7, 19))
    parts = {q.id: q for q in d.questions}
    assert parts["2a"].subject == "penalty_charge_notices"
    assert parts["2b"].subject == "parking_fees"
    assert parts["2b"].measures == ["total_cost_gbp"]


POTHOLES = """1. In the last five financial years, how many pothole-related compensation claims have been made to Moray Council?
2. What is the highest amount that has been paid out in each of the last five financial years to a motorist?
3. What has been the average compensation payout in each of the last five financial years?
"""


def test_a_statistic_that_names_one_question_is_its_subjects_synonym():
    d = draft_survey(POTHOLES, "potholes", asked_on=dt.date(2025, 1, 13))
    high, avg = d.questions[1].subject, d.questions[2].subject
    assert any(re.fullmatch(s, "Highest", re.I) for s in d.subjects[high])
    assert any(re.fullmatch(s, "Average", re.I) for s in d.subjects[avg])
    assert not any(re.fullmatch(s, "Average", re.I) for s in d.subjects[high])
    # a name that only ends with one ("contingency staff and the longest") takes no such synonym
    d = draft_survey("1. How many contingency staff were employed?\n2. The cost of employing contingency staff and "
                     "the longest contract given?\n", "c", asked_on=dt.date(2024, 1, 5))
    assert not any(s == "longest" for syns in d.subjects.values() for s in syns)


HOTELS = """Please provide, broken down by month between January 2019 and the latest available month:
- The number of individuals.
- The number of hotel sites used.
- Total amount spent.
"""


def test_the_one_money_question_named_by_its_money_word_takes_the_others():
    d = draft_survey(HOTELS, "hotels", asked_on=dt.date(2025, 8, 26))
    spent = d.subjects[d.questions[2].subject]
    for said in ("costs per financial year", "Expenditure", "spend"):
        assert any(re.search(rf"\b(?:{s})\b", said, re.I) for s in spent), said


def test_a_question_about_they_asks_for_the_periods_of_the_one_before():
    d = draft_survey("1. How much has the council spent on temporary accommodation in each of the last five "
                     "financial years (2019-2023)?\n2. Can you also provide the number of households in temporary "
                     "accommodation over the same period.\n3. Can you also provide what type of accommodation they "
                     "are in (temp, emergency, bed and breakfast etc)?\n", "ta", asked_on=dt.date(2023, 9, 4))
    assert d.questions[2].periods == d.questions[0].periods
    assert len(d.questions[2].periods) == 5


def test_the_one_income_question_takes_the_words_a_reply_heads_income_with():
    d = draft_survey("In each of the last three financial years please state what the income was to TfL from fines "
                     "levied to people who breached bus lane regulations?\nIn the last financial year (19/20) which "
                     "ten roads bus lanes were responsible for the issuing of the most tickets for breaches of bus "
                     "lane regulations?\n", "bus-lanes", asked_on=dt.date(2020, 8, 28))
    income = d.subjects[d.questions[0].subject]
    assert any(re.fullmatch(s, "Amount Paid", re.I) for s in income)
    assert not any(re.fullmatch(s, "Spend", re.I) for s in income)
    # two sums asked: a reply's money words cannot tell them apart, so neither takes them
    d = draft_survey("1. How much did the council spend on hotels in 2023?\n2. How much did the council spend on "
                     "hostels in 2023?\n", "two-sums", asked_on=dt.date(2024, 1, 5))
    assert not any(re.fullmatch(s, "Expenditure", re.I) for syns in d.subjects.values() for s in syns)


POSTAGE = """Q1. How many Penalty Charge Notices were issued and posted by your organisation last financial year?
Q2. How many Penalty Charge Notices issued by your organisation last financial year were related to parking offences?
Q3. How many Penalty Charge Notices that were issued by your organisation, were paid in full last financial year?
"""


def test_a_thing_asked_again_is_told_apart_by_the_words_the_first_question_did_not_use():
    d = draft_survey(POSTAGE, "postage", asked_on=dt.date(2022, 5, 20))
    first, parking, paid = (d.subjects[q.subject] for q in d.questions)
    assert any(re.fullmatch(s, "Penalty Charge Notices", re.I) for s in first)
    assert any(re.fullmatch(s, "parking offences", re.I) for s in parking)
    assert any(re.fullmatch(s, "paid in full", re.I) for s in paid)
    # neither later question shares the first's name, which would leave a reply's line to no question
    assert not any(re.fullmatch(s, "Penalty Charge Notices", re.I) for s in parking + paid)


def test_questions_differing_only_in_their_period_or_one_word_keep_the_shared_name():
    d = draft_survey("Q1. Of the households living with children in temporary accommodation at the end of December "
                     "2021, how many were placed outside of your local authority area?\nQ2. Of the households living "
                     "with children in temporary accommodation in each of the following financial years, how many "
                     "were placed outside of your local authority area?\n", "ooa", asked_on=dt.date(2022, 7, 11))
    assert d.subjects[d.questions[0].subject] == d.subjects[d.questions[1].subject]
    # lettered parts of one question share its thing, as the stem says
    d = draft_survey("1. Details of all noise abatement orders served in the last 5 years, including:\n"
                     "a) the type of property the noise abatement order was served on\n"
                     "b) whether the serving of the noise abatement order was challenged through the court\n",
                     "orders", asked_on=dt.date(2023, 1, 5))
    assert not any("court" in s for syns in d.subjects.values() for s in syns)


def test_the_cost_limit_a_request_mentions_is_no_spending_asked():
    d = draft_survey("1. Does your council employ a private contractor to issue environmental FPNs?\n2. Please state "
                     "the total income received by the council from environmental FPNs in each of the following years: "
                     "2023-24 and 2024-25 *If fulfilling the full request would exceed the cost limit under Section "
                     "12, please prioritise the most recent year.\n", "fpns", asked_on=dt.date(2025, 11, 6))
    income = d.subjects[d.questions[1].subject]
    assert any(re.fullmatch(s, "Income", re.I) for s in income)


def test_how_often_a_thing_is_done_is_asked_in_days_and_named_by_what_is_done():
    assert only("How often each public toilet is cleaned.") == ["days", "count"]
    d = draft_survey("• The total number of complaints received by the council about public toilets for each of the "
                     "past five years (from 2020 to 2024).\n• How often each public toilet is cleaned.\n", "toilets",
                     asked_on=dt.date(2024, 7, 5))
    often = d.subjects[d.questions[1].subject]
    assert any(re.search(rf"\b(?:{s})\b", "Eaton Place, Bingham - cleaned 6 days a week", re.I) for s in often)


def test_how_many_were_done_names_them_by_what_was_done_where_one_question_says_it():
    d = draft_survey("How many statutory noise notices has your local authority served in the last 5 years?\n"
                     "2. Of those mentioned in 1. above, how many have been withdrawn and what were the reasons for "
                     "the withdrawal for each notice?\n", "notices", asked_on=dt.date(2019, 1, 30))
    withdrawn = d.subjects[d.questions[-1].subject]
    assert any(re.search(rf"\b(?:{s})\b", "3 notices withdrawn as a change in the licence holder", re.I)
               for s in withdrawn)


def test_the_year_2020_is_that_calendar_year():
    found = periods_in("Please state the number of FPNs issued for the violation of PSPOs in the year 2020. Please "
                       "give the offences.", dt.date(2021, 1, 5))
    assert [(p.label, p.start, p.end) for p in found] == [("2020", dt.date(2020, 1, 1), dt.date(2020, 12, 31))]
    # a financial year written after "year" stays one
    found = periods_in("How many in the financial year 2019/20?", dt.date(2021, 1, 5))
    assert [(p.start, p.end) for p in found] == [(dt.date(2019, 4, 1), dt.date(2020, 3, 31))]


def test_a_weekend_named_by_its_two_days_is_those_days():
    found = periods_in("How many noise complaints were made to your Noise Enforcement Team on the weekend of "
                       "September 3 and 4, 2016?", dt.date(2016, 9, 21))
    assert [(p.label, p.start, p.end) for p in found] == [
        ("September 3 and 4, 2016", dt.date(2016, 9, 3), dt.date(2016, 9, 4))]
    found = periods_in("complaints made on 10 and 11 September 2016", dt.date(2016, 9, 21))
    assert [(p.start, p.end) for p in found] == [(dt.date(2016, 9, 10), dt.date(2016, 9, 11))]
    # two years are no days
    assert [p.label for p in periods_in("in 2019 and 2020", dt.date(2021, 1, 5))] == ["2019", "2020"]


def test_the_cost_each_weekend_is_a_sum_for_each_period_not_a_price():
    assert only("What was the cost to the council of dealing with these complaints each weekend?") == \
        ["total_cost_gbp"]


def test_who_is_in_charge_asks_no_money():
    assert "total_cost_gbp" not in only("Who is in charge of leading the electric vehicle charging projects, their "
                                        "department and contact information?")
    assert only("What charges are made for parking?") == ["total_cost_gbp"]


def test_a_part_whose_verb_finishes_a_did_stem_is_named_by_what_the_money_was_for():
    d = draft_survey("1. How much money did the council:\n1a. Spend on road maintenance (please provide both capital "
                     "and revenue spend)?\n1b. Allocate for your road maintenance budget?\n", "roads",
                     asked_on=dt.date(2020, 3, 10))
    assert [q.subject for q in d.questions] == ["road_maintenance", "road_maintenance_budget"]


def test_bands_of_time_a_request_names_take_any_band_a_reply_writes():
    d = draft_survey("- The total number of residential properties classed as long-term vacant (6 months or more)\n"
                     "- The length of time each property has been recorded as vacant (banded if necessary, e.g. 6–12 "
                     "months, 1–2 years, 2–5 years, 5+ years)\n- Property type (e.g. house / flat), if recorded\n",
                     "vacant", asked_on=dt.date(2026, 1, 5))
    banded = d.subjects[d.questions[1].subject]
    for row in ("Class C – 6 months to 2 years", "Class L (100% premium): 2-5 years", "10 years or more"):
        assert any(re.search(s, row, re.I) for s in banded), row
    # categories that are no bands of time take no such synonym
    assert not any("months" in s for s in d.subjects[d.questions[2].subject])


def test_the_number_of_things_which_were_done_names_them_by_what_was_done():
    d = draft_survey("1. Number of PCNs issued by your council in 2018\n2. Number of PCNs from the above category which "
                     "were challenged\n3. Number of the above challenged PCNs in each category which were upheld by the "
                     "Council\n", "pcns", asked_on=dt.date(2019, 3, 13))
    upheld = d.subjects[d.questions[2].subject]
    assert any(re.search(rf"\b(?:{s})\b", "2,934 were upheld", re.I) for s in upheld)


# --- the words a reply heads a question's rows with (helper "laggards") ------------------------------------

def _subject_of(d, qid):
    return next(q.subject for q in d.questions if q.id == qid)


def test_a_breakdown_by_two_outcomes_takes_either_outcome_in_a_replys_words():
    # Moray's pothole request: the reply's rows are "Successful claims <5* <5* 6 <5*" and "Claims rejected ..."
    d = draft_survey("1. How many claims have been made against the Council for damage incurred to cars as a result "
                     "of hitting potholes?\n2. What is the breakdown of claims upheld and declined in the same period "
                     "and the total paid out compared to total claimed.\n", "claims")
    survey = loads(d)
    upheld = _subject_of(d, "2")
    for row in ("Successful claims", "Claims rejected", "unsuccessful claims", "claims declined"):
        found = survey.find_subjects(row)
        assert [k for _, _, k in found] == [upheld], row
    # ... and "Claims" alone is still the first question's
    assert [k for _, _, k in survey.find_subjects("Claims")] == [_subject_of(d, "1")]


def test_what_is_done_to_the_things_counted_names_them_as_a_reply_does():
    d = draft_survey("1. How many claims have been made against the Council?\n"
                     "2. What is the total paid out in compensation?\n"
                     "3. The number of potholes reported to the council by drivers in the fiscal year 2021-22.\n",
                     "potholes")
    survey = loads(d)
    # "Financial Year Total reports for year" heads the third question's table; "Payments £2,352.31" the second's
    assert [k for _, _, k in survey.find_subjects("Total reports for year")] == [_subject_of(d, "3")]
    assert [k for _, _, k in survey.find_subjects("Payments")] == [_subject_of(d, "2")]


def test_a_doing_two_questions_say_names_neither():
    # both questions say "reported": "reports" would not tell them apart
    d = draft_survey("1. How many potholes were reported in 2021?\n2. How many defects were reported in 2022?\n",
                     "reports")
    assert not loads(d).find_subjects("Total reports")


@pytest.mark.parametrize("question, phrase", [
    # East Herts' request: "people" alone names no one; where they are says who they are
    ("Please tell me how many people are currently on a waiting list for an allotment site managed by your local "
     "authority", "people on waiting list"),
    ("How many people are on the housing register?", "people on housing register"),
    # a thing of its own keeps its name
    ("How many children are in temporary accommodation?", "children"),
])
def test_people_counted_where_they_are(question, phrase):
    from reader.draft import subject_phrase
    assert subject_phrase(question) == phrase


def test_a_reply_heads_people_on_a_waiting_list_by_the_list():
    d = draft_survey("1) Please tell me how many people are currently on a waiting list for an allotment site "
                     "managed by your local authority\n", "waiting")
    assert loads(d).find_subjects("ALLOTMENT SITE CURRENT NUMBERS ON WAITING LIST")


# --- when in the day (laggards3) -------------------------------------------------------------------------------

@pytest.mark.parametrize("question, measures", [
    # cctv-cameras-forres-2018: "4. Times of recording" / "5. Times of scheduled live monitoring", answered "The
    # equipment is capable of recording on a 24 hour basis"
    ("Times of recording", ["hours"]),
    ("Times of scheduled live monitoring", ["hours"]),
    ("Opening hours", ["hours"]),
    ("Hours of operation", ["hours"]),
    # how many times is a count; a question with count or money words keeps them
    ("Number of times the toilets were cleaned", ["count"]),
    ("Opening hours and the fee charged", ["total_cost_gbp"]),
    ("Location", ["count"]),
])
def test_when_in_the_day_is_asked_in_hours(question, measures):
    assert only(question) == measures


def test_a_part_that_names_its_thing_by_the_noun_alone_has_the_noun_as_a_synonym():
    # allotments-disposals-waiting-list-2014 (Charnwood): answered "b) plots do you have in total currently ? 287
    # full plots"
    # (numbered 1 and 2 here: the request's 3 and 4)
    d = draft_survey("1. How many allotment a) sites and b) plots do you have in total currently?\n"
                     "2. How many allotment a) sites and b) plots did you have in total in May 2010?\n", "plots",
                     asked_on=dt.date(2014, 4, 15))
    by_id = {q.id: q for q in d.questions}
    assert "plots?" in d.subjects[by_id["1b"].subject] and "plots?" in d.subjects[by_id["2b"].subject]
    # a noun another subject, named otherwise, has already ("sites?") is left to it
    assert all("plots?" not in d.subjects[by_id[i].subject] for i in ("1a", "2a"))


def test_what_a_yes_or_no_question_asks_is_so_of_them_is_a_synonym():
    # allotments-sites-tenancies-2023 (Hastings), answered "4. No sites closed."
    d = draft_survey("1. What is the total number of people on waiting lists for the sites you have data for?\n"
                     "2. Are any of these waiting lists closed to further applications? And if so, how long have they "
                     "been closed and what was the total number of people on the list at the point of closure.\n",
                     "closed", asked_on=dt.date(2023, 6, 22))
    assert "closed" in d.subjects[d.questions[1].subject]
    assert "closed" not in d.subjects[d.questions[0].subject]


# --- blue-badges (the held-out topic's requests) ---------------------------------------------------------------

def test_plain_years_listed_before_the_one_to_date_are_asked_too():
    # blue-badges-parking-spaces-2019 (Moray, Devon, Lincolnshire): question 4
    q = ("The number of drivers who have received a fine for misusing a disabled parking bay in your local authority "
         "area (broken down by month for the years 2016, 2017, 2018 and 2019 to date)")
    assert [p.label for p in periods_in(q, dt.date(2019, 7, 25))] == ["2016", "2017", "2018", "2019 to date"]


def test_a_date_something_was_announced_on_is_not_a_period_asked():
    # the same request's question 5
    q = ("The new eligibility criteria for Blue Badge holders in your local authority, following the announcement of "
         "the expansion of the scheme to include invisible medical conditions announced in June 2019.")
    assert periods_in(q, dt.date(2019, 7, 25)) == []


def test_years_in_brackets_are_periods_not_categories():
    # the same question 4; noise-nuisance-road-noise-2023 "(i.e. 2023 so far, 2022 and 2021)" reads the same
    assert examples_in("The number of drivers who have received a fine for misusing a disabled parking bay "
                       "(broken down by month for the years 2016, 2017, 2018 and 2019 to date)") == []
    assert examples_in("Please provide a figure for each year (i.e. 2023 so far, 2022 and 2021).") == []


def test_some_of_the_last_questions_things_in_a_state_are_their_own_subject():
    # blue-badges-2015-2019 (Lincolnshire, Thurrock): "b." counts the applications of "a." that were successful
    d = draft_survey("a. How many blue badge applications were received?\n"
                     "b. How many of these applications were successful?\n", "badges")
    survey = loads(d)
    b = survey.question("b") or survey.questions[1]
    assert b.subject != survey.questions[0].subject
    # a reply's sentence and a table's header both name it, not the applications received
    for said in ("2015 – 13986 blue badge applications were successful", "Successful Applications"):
        assert {k for _, _, k in survey.find_subjects(said)} == {b.subject}
    # kinds, not states, are categories (see examples_in): "how many of these were laptops" is no such subject
    d2 = draft_survey("1. How many devices were bought?\n2. How many of these were laptops?\n", "devices")
    assert "were_laptops" not in loads(d2).questions[1].subject
    # a question that names its own things first asks about those ("How many applications were made under the fast
    # track process ..., and how many of these were approved?", dfg-mnd-2017): not the question before's
    d3 = draft_survey("1. Do you have a fast track process in place?\n2. How many applications were made under the fast "
                      "track process, and how many of these were approved?\n", "dfg")
    assert "approved" not in loads(d3).questions[1].subject

# --- measures from the question's words: a sum of money with no money word of its own, a length of time -------

@pytest.mark.parametrize("question, measures", [
    # disabled-facilities-grants requests (tests/files/real_set/drafted/dfg-*.request.txt)
    ("The total amount the council has awarded on Disabled Facilities Grants in the last five years, split by year.",
     ["total_cost_gbp"]),
    ("What was the average (median) amount of funding requested and awarded?", ["unit_cost_gbp"]),
    ("What was the longest amount of time that an applicant waited for a decision on their application for a DFG?",
     ["days"]),
    ("Among residents whose DFG enquiries or applications remain open, what is the longest amount of time a case has "
     "been ongoing (in days)?", ["days"]),
    ("Please state the average waiting period for an applicant to receive a decision about their application for a "
     "Disabled Facility Grant.", ["days"]),
    # the payment waited for is not a sum asked
    ("Please state the average waiting periods for an applicant to receive their first payment after a decision has "
     "been made to approve their application for a Disabled Facility Grant.", ["days"]),
    # a count still a count; "the length of time each property has been vacant (banded ...)" is left as it was
    ("How many applicants waited longer than the six month limit for a decision on their application for a DFG?",
     ["count"]),
    ("The length of time each property has been recorded as vacant (banded if necessary, e.g. 6-12 months)",
     ["count"]),
    # "amount" of a thing that is not money is no sum: asked in tonnes, a weight (reader/units.py)
    ("The amount of waste removed from fly-tipping sites in tonnes", ["tonnes"]),
])
def test_a_sum_of_money_or_a_length_of_time_in_other_words(question, measures):
    assert only(question) == measures


# --- a request numbered with slashes: "1/", "a/" --------------------------------------------------------------

BATHROOMS = (  # tests/files/real_set/drafted/dfg-bathroom-adaptations-2019.request.txt (Hastings' form)
    "1/ The number of DFG / disabled grant funded major bathroom adaptations* that were carried out by your council "
    "in:-\n"
    "a/ the last or the most recent 12 months you have data for. ANSWER _________________THIS WAS FOR THE TIME "
    "PERIOD ______________________\n"
    "b/ the previous 12 months. ANSWER _________________ THIS WAS FOR THE TIME PERIOD ______________________\n"
    "Finally please also confirm:-\n"
    "c/ the number of DFG / disabled grant funded major bathroom adaptations* that your council has budgeted for, or "
    "plan / expect to make in the next 12 months. ANSWER _________________\n")


def test_a_request_numbered_and_lettered_with_slashes_gives_its_parts():
    assert [qid for qid, _, _ in split_questions(BATHROOMS)] == ["1a", "1b", "1c"]
    # a date or a fraction at a line's start is no number
    assert [qid for qid, _, _ in split_questions("1/2/2020 was the date.\n1. How many? \n2. How much?")] == ["1", "2"]


def test_words_either_side_of_a_slash_are_one_word_of_the_subject():
    from reader.draft import subject_phrase
    assert subject_phrase("The number of DFG / disabled grant funded major bathroom adaptations* that were carried "
                          "out by your council") == "DFG / disabled grant funded major bathroom adaptations"


def test_an_unnumbered_request_s_opening_line_and_a_definition_are_no_questions():
    # drafted/playgrounds-closed-since-2014 (Hackney's copy): five lines, one sentence each; the first names what the
    # asks are about, the second says what "closed" means; the three after them ask
    request = (
        "I am writing to obtain information relating to the number of playgrounds closed over the last 5 calendar "
        "years.\n"
        "By closed I mean closed down, closed due to the land being sold, or land redeveloped leading to the loss of "
        "the play area.\n"
        "Please provide the number playgrounds lost per calendar year since 2014.\n"
        "For each year please also outline your budgeted maintenance spend on children’s play areas.\n"
        "Looking ahead for the next calendar year please provide the number of play areas, if any, that have been "
        "earmarked for closure.\n")
    got = [(qid, text) for qid, text, _ in split_questions(request)]
    assert [qid for qid, _ in got] == ["1", "2", "3"]
    assert got[0][1].startswith("Please provide the number playgrounds lost")
    assert got[2][1].startswith("Looking ahead")
    # (made up) the opening line over two asks only is kept: it may be the first ask
    short = request.split("\n", 2)[0] + "\nPlease provide the number of play areas earmarked for closure.\n" \
        "Please provide the budgeted maintenance spend on play areas.\n"
    assert len(split_questions(short)) == 3
    from reader.draft_questions import _DEFINES
    assert _DEFINES.match("For the purposes of this request, 'agency staff' means workers supplied by an agency.")
    assert not _DEFINES.match("By the end of March please provide the number of play areas.")


def test_two_questions_numbered_alike_on_lines_one_after_the_other_are_lettered_under_their_number():
    # drafted/playgrounds-closures-sell-offs-2019 (Northumberland's copy): the request numbers two questions "Q.5"
    request = (
        "Q.4   How much local authority money has been spent on children’s playgrounds in each year since 2009-10? \n"
        "Q.5   How many children’s playgrounds are proposed for closure within the next year (ie 2019-20)? \n"
        "Q.5   How much do you propose to spend on children's playgrounds in 2019-20?\n"
        "Q.6   How many children's playgrounds have been sold off to private buyers since 2009-10?\n")
    got = [(qid, text[:20]) for qid, text, _ in split_questions("Q.1   How many?\nQ.2   How many?\nQ.3   How?\n"
                                                                   + request)]
    assert [qid for qid, _ in got] == ["1", "2", "3", "4", "5a", "5b", "6"]
    assert got[4][1].startswith("How many children") and got[5][1].startswith("How much do you")
    # a list numbered again under a question, set in deeper, is that question's parts, not a second "1"
    nested = ("1. A list of all residential properties that are currently recorded as:\n"
              "    1. Long-term empty (unoccupied for more than 6 months)\n"
              "    2. Subject to an Empty Homes Premium for Council Tax\n"
              "  2. For each property, please provide the applicable Council Tax class\n")
    assert [qid for qid, _, _ in split_questions(nested)][-1] == "2"
    # a number cited again further down, after other lines, is not a second question of that number
    cited = ("1. The cost of cleaning up fly-tipping in total from 1 November 2020 to 29 November 2021.\n"
             "2. Numbers of recorded cases of fly-tipping across Scotland.\n"
             "3. And any other Scottish Government figures on fly-tipping.\n"
             "In your response to the request for clarification on your third question you stated:\n"
             "3. The cost of cleaning up fly-tipping from 1 November 2019 to 1 November 2020.\n")
    assert [qid for qid, _, _ in split_questions(cited)] == ["1", "2", "3"]


def test_a_page_that_lost_a_request_s_list_markers_but_one_keeps_that_number():
    # quoted from a request whose stored page kept only its "2." (drafted/devices-mobiles-laptops-2011.request.txt)
    request = ("I am writing to obtain information on mobile telephones and computers paid for by your organisation "
               "during financial years 2009-10, 2010-11 and 2011-12 to date. To outline my query as clearly as "
               "possible, I am requesting: Total amount spent on mobile phone handsets and bills: For each "
               "manufacturer the total number of devices The total number of mobile phones and the number of these "
               "that are smart phones (please list more than one if necessary) 2. The total amount reimbursed to "
               "staff for the use of mobile telephone line rental and call charges The quantity and total cost of: "
               "Laptops (and similar devices such as netbooks and notebooks) Other tablet devices A copy of the "
               "council's guidance on the purchase and use of such technology.")
    qs = split_questions(request)
    assert [q[0] for q in qs] == ["1a", "1b", "2", "3", "4"]
    assert qs[2][1].endswith("call charges")
    assert qs[3][1].startswith("The quantity and total cost of: Laptops")
    # a sentence that ends with a number the asks around it do not fit is no surviving marker
    plain = split_questions("How many permits were issued in the last 12 months? How many of these were for the "
                            "zones listed in section 4. How many were appealed?")
    assert [q[0] for q in plain] == ["1", "2", "3"]


@pytest.mark.parametrize("question, subject", [
    ("The quantity and total cost of: Laptops (and similar devices such as netbooks and notebooks)", "laptops"),
    ("The total number of: fixed penalty notices", "fixed_penalty_notices"),
])
def test_a_colon_after_cost_of_or_number_of_introduces_the_subject(question, subject):
    assert draft_survey(question, "x").questions[0].subject == subject
