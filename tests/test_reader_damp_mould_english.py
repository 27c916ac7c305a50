"""How councils write replies the reader first met on the damp-mould topic, each rule tested with real reply text
(the reply named in each test, from tests/files/real_set/<topic>/<slug>.txt, cut to the lines that matter), and
some with the same form from another topic, to show the rule is about the English, not the reply."""

from __future__ import annotations

from reader import load_survey
from tests.reading_helpers import DRAFTED, SET, SURVEYS, facts, statuses


COMPLAINTS = SURVEYS / "damp-mould-complaints-2016-2021.toml"
COMPLAINTS_DRAFT = DRAFTED / "damp-mould-complaints-2016-2021.toml"
REPAIRS = SURVEYS / "damp-mould-repairs-2022-2024.toml"
REPAIRS_DRAFT = DRAFTED / "damp-mould-repairs-2022-2024.edited.toml"


# moray-mould-and-damp-council-homes-101002990437: a table copied one row a line, a year's cell "N/A*" (footnoted)
MORAY_TABLE = (
    "1) Moray Council has no specific job code for dampness and mould therefore the data supplied has been extracted "
    "from a free text entry on the works instruction.\n"
    "2016 2017 2018 2019 2020 2021\n"
    "Complaints N/A* 11 13 21 25 15\n"
    "MP Enquiries N/A* 0 0 3 4 4\n"
    "Works Orders 70 71 82 67 84 90\n"
    "Total 70 82 95 91 113 109\n"
    "*This information is exempt under Section 17 of the Freedom of Information (Scotland) Act 2002 - Information "
    "Not Held, as Data only available from 01/04/2017\n")


def test_a_footnoted_na_cell_keeps_the_years_of_the_figures_after_it():
    # "Complaints N/A* 11 13 21 25 15" under six years: 11 is 2017's, not 2016's nor periodless
    for survey in (load_survey(COMPLAINTS), load_survey(COMPLAINTS_DRAFT)):
        got = {(f.value, f.period) for f in facts(MORAY_TABLE, survey) if "Complaints N/A" in f.quote}
        assert got == {(11, "2017"), (13, "2018"), (21, "2019"), (25, "2020"), (15, "2021")}


# moray-damp-and-mould-repairs-101003819467: one refusal written under a range of answer numbers, the request's
# own lettered years ("a) 2022") quoted above it
MORAY_RANGE = (
    "1. The number of repair requests submitted by tenants of council owned housing that relate specifically to "
    "issues of damp or mould between 1st January 2022 and 1st January 2025. Please provide figures for:\n"
    "a) 2022\nb) 2023\nc) 2024\n"
    "2. The average amount of time taken (in days) between an initial repair request being submitted - relating "
    "specifically to issues of damp or mould - and investigation by the council (or council sub-contractors) between "
    "1st January 2022 and 1st January 2025. Please provide figures for:\n"
    "a) 2022\nb) 2023\nc) 2024\n"
    "3. The average amount of time taken (in days) for the council (or council sub-contractors) to complete a repair "
    "for damp or mould between 1st January 2022 and 1st January 2025. Please provide figures for:\n"
    "a)2022\nb) 2023\nc) 2024.\n"
    "Response 04-08-2025\n"
    "1. -3. To find this information, we would have to look at each property record individually. At over 600 "
    "property records, at an estimated 5 minutes this task would take over 40 hours and this would cost the Council "
    "in excess of £600. In accordance with section 12 of the Freedom of Information (Scotland) Act 2002, excessive "
    "cost, we are therefore unable to comply with this part of your request.\n")


def test_a_refusal_under_a_range_of_answer_numbers_refuses_each_question_in_it():
    for survey in (load_survey(REPAIRS), load_survey(REPAIRS_DRAFT)):
        got = statuses(MORAY_RANGE, survey)
        assert all(got[q] == "rejected" for q in ("1a", "1b", "1c", "2a", "2b", "2c", "3a", "3b", "3c"))


def test_not_held_under_a_range_of_answer_numbers_is_each_questions():
    # allotments/moray-allotments-spreadsheet-2023: "5. - 7. Not held. Section 17 ..."
    from reader.questions import find_passages
    survey = load_survey(SURVEYS / "allotments-sites-plots-fees-2023.toml")
    text = ("4. 38\n\n5. - 7. Not held. Section 17 of the Freedom of Information (Scotland) Act 2002 - "
            "Information not held.\n")
    ranged = [p for p in find_passages(text, survey) if p.ranged]
    assert len(ranged) == 1 and ranged[0].named == ("5", "6", "7") and ranged[0].outcome == "not_held"
    assert {"5", "6", "7"} <= set(ranged[0].questions)
    # a dash between numbers that are no answer numbers is no range: "2022-23.", "1 - 3 days"
    assert not [p for p in find_passages("2022-23. Figures below\n1 - 3 days on average\n", survey) if p.ranged]


def test_rows_of_other_things_and_their_total_are_not_the_counted_things_row():
    # "The number of complaints of mould and damp each year": the "Complaints" row answers; "MP Enquiries", "Works
    # Orders" and the "Total" of the three are other counts
    for survey in (load_survey(COMPLAINTS), load_survey(COMPLAINTS_DRAFT)):
        rows = {f.quote.split(" N/A")[0].split(" 7")[0] for f in facts(MORAY_TABLE, survey)}
        assert rows == {"Complaints"}


def test_rows_that_break_the_counted_things_down_by_kind_all_count_them():
    # temporary-accommodation/moray-temporary-accommodation-spend-2023: no row is the question's own word
    # ("No of HOUSEHOLDS living in all forms of temporary accommodation"): every row, and its total, are households
    text = ("2. No of HOUSEHOLDS living in all forms of temporary accommodation:\n\n"
            "Household Type Group 2018-19 2019-20 2020-21 2021-22 2022-23 Grand Total\n"
            "Couple (with children) 10 7 <5* <5* <5* 28\n"
            "Couple (without children) 11 14 11 <5* <5* 42\n"
            "Lone Parent 114 125 95 107 105 546\n"
            "One Person Household 349 339 294 313 312 1607\n"
            "Other 84 63 50 42 43 282\n"
            "Grand Total 568 548 452 472 465 2505\n")
    got = {f.value for f in facts(text, load_survey(SURVEYS / "temporary-accommodation-spend-2023.toml"))}
    assert {10, 114, 84, 568, 2505} <= got


# moray-damp-and-mould-repairs-101003819467: question 4 asks "The total number of complaints ..."
MORAY_TOTALS = (
    "4. The total number of complaints received by tenants of council owned housing, relating to repairs for damp "
    "and mould i.e. because repairs have not been completed or repairs have not been completed to a suitable "
    "standard.\n"
    "Response 04-08-2025\n"
    "4.\n"
    "Complaint | Damp | Mould | Total | |\n"
    "2022 | Yes | 21 | 14 | 35 |\n"
    "2023 | Yes | 20 | 21 | 41 |\n"
    "2024 | Yes | 20 | 14 | 34 |\n"
    "Total: | 61 | 49 | 100 |\n")


def test_a_total_asked_is_the_total_column_and_the_columns_beside_it_its_parts():
    for survey in (load_survey(REPAIRS), load_survey(REPAIRS_DRAFT)):
        got = {(f.question, f.value, f.period_start, f.period_end) for f in facts(MORAY_TOTALS, survey)}
        assert got == {("4", 35, "2022-01-01", "2022-12-31"), ("4", 41, "2023-01-01", "2023-12-31"),
                       ("4", 34, "2024-01-01", "2024-12-31"), ("4", 100, "2022-01-01", "2024-12-31")}


def test_a_cell_that_is_only_a_year_dates_its_row_whatever_subject_a_draft_names_so():
    # the raw draft names parts "a) 2022" by their year: subject "2022"; the row's "2022" is still its period
    survey = load_survey(DRAFTED / "damp-mould-repairs-2022-2024.toml")
    assert {f.question for f in facts(MORAY_TOTALS, survey)} == {"4"}


# moray-social-housing-damp-and-mould-101004478033: each question's second part asked "i.)" under its number
MORAY_ROMAN = (
    "2.  In the past 12 months how many formal complaints have your council received relating to mould and damp in "
    "your social housing stock?\n"
    "i.)  Please also provide the number of formal complaints over the last three years.\n\n"
    "3.  How many homes have you inspected where there was damp or mould present in the past 12 months\n"
    "i.)  Please also provide the number of houses over the last three years\n\n"
    "Response 07-09-2023\n\n"
    "2. 35 \n\n  i.) 77\n\n"
    "3. 323 (from 1 September  2022 to 31 August 2023)\n\n i.) 296 (only 2 years data available)\n")


def test_a_lone_roman_numeral_under_a_number_is_that_numbers_lettered_part():
    for survey in (load_survey(SURVEYS / "damp-mould-social-housing-2023.toml"),
                   load_survey(DRAFTED / "damp-mould-social-housing-2023.edited.toml")):
        got = {(f.question, f.value) for f in facts(MORAY_ROMAN, survey)}
        assert {("2", 35), ("2a", 77), ("3a", 296)} <= got
        assert ("2", 77) not in got and ("3", 296) not in got


def test_not_tracked_and_fewer_years_kept_are_not_held():
    from reader import classify as C
    # dover-mould-damp-complaints-fi14889; moray-social-housing-damp-and-mould-101004478033
    for said in ("1. 2021/22 – Dover District Council did not track individual reports.",
                 "2. 2021/22 Not tracked. 2022/23 with tracking introduced December 2022 - £49,904.",
                 "The data for the financial year 2021/22 was not tracked individually",
                 "i.) 296 (only 2 years data available)"):
        assert C.find_not_held(said), said
    # a figure's answer with none of these is not
    assert not C.find_not_held("2023/24 £327,020.") and not C.find_not_held("only 2 years ago we opened a site")


def test_figures_beside_not_tracked_years_answer_part_of_the_question():
    text = ("1. In the financial years 21/22, 22/23 and 23/24, how many complaints about mold or damp did your council "
            "receive in relation to properties in your social housing stock? \n"
            "2. In the same financial years, how much was spent by the council on remedial work on social housing "
            "which contained damp or mold?\n"
            "3. How many properties are in your council's social housing stock?  \n\nResponse\n\n"
            "2. 2021/22 Not tracked. 2022/23 with tracking introduced December 2022 - £49,904. 2023/24 £327,020.\n\n"
            "3. 4,428\n")
    survey = load_survey(DRAFTED / "damp-mould-complaints-spend-2024.edited.toml")
    got = statuses(text, survey)
    assert got["2"] == "partially_successful" and got["3"] == "successful"


def test_a_count_multiplied_into_time_below_it_is_the_cost_limits_working():
    # thurrock-mould-and-damp-foi-14222
    text = ("1.    In the financial years 21/22, 22/23 and 23/24, how many complaints about mold or damp did your "
            "council receive in relation to properties in your social housing stock? \n"
            "3.    How many properties are in your council's social housing stock?\n\nResponse: \n\n"
            "1.   A report has identified 730 cases logged to repairs. (This is without any others that are not logged "
            "to that issue nature but still respond as the damp/mould issue is not the main element of that "
            "particular complaint.) Using our calculation of 5 minutes to review each case, as there is not a "
            "specific issue nature for mould, this would be as follows: 730 x 5 = 3650 minutes = 60.8 hours. (S12)\n\n"
            "3.   9823\n")
    survey = load_survey(DRAFTED / "damp-mould-complaints-spend-2024.edited.toml")
    got = {f.value for f in facts(text, survey)}
    assert 730 not in got and 9823 in got
    assert statuses(text, survey)["1"] == "rejected"


def test_a_figure_after_the_colon_of_a_restated_request_is_its_answer():
    # wokingham-social-housing-damp-and-mould: the council answers on the request's own lines, after a colon
    from reader.asking import asking_spans
    line = "1. Please provide the total number of social houses owned by your council: 2526"
    assert asking_spans(line) == [(0, line.index(":"))]
    text = ("I am writing to you under the Freedom of Information Act 2000 to request the following information.\n"
            + line + "\n")
    got = {(f.question, f.value) for f in facts(text, load_survey(SURVEYS / "damp-mould-social-housing-2023.toml"))}
    assert ("1", 2526) in got
    # a request that runs on past its colon in words is still the request's: "Please provide figures for: 2022 and
    # 2023 by month"
    assert asking_spans("Please provide figures for: 2022 and 2023 by month") == [(0, 50)]


def test_no_target_is_none_set_not_a_target_of_nought():
    # dover-damp-mould-awaabs-law-fi16245
    text = ("4. The council’s target number of damp and mould inspections for the entirety of 2025/26 financial year. "
            "If no formal target has been set, please confirm.\n\nResponse\n\n4. There is no formal target.\n")
    survey = load_survey(SURVEYS / "damp-mould-awaabs-law-2025.toml")
    assert not [f for f in facts(text, survey) if f.question == "4"]
    assert statuses(text, survey).get("4") == "successful"


def test_a_not_held_footnote_under_a_table_that_counts_complaints_is_read():
    # moray-mould-and-damp-council-homes-101002990437: the table's "Complaints" row runs, with no stop, into the
    # footnote; the word is a row's label, not the letter's rights paragraph ("If you wish to complain ...")
    from reader import classify as C
    assert C.find_not_held(MORAY_TABLE)
    text = (SET / "damp-mould" / "moray-mould-and-damp-council-homes-101002990437.txt").read_text()
    for survey in (load_survey(COMPLAINTS), load_survey(COMPLAINTS_DRAFT)):
        assert statuses(text, survey)["1"] == "partially_successful"
    # the rights paragraph is still no answer: "If you wish to complain about the handling of your request, the
    # information is not held ..." is boilerplate
    assert not C.find_not_held("You have the right to complain to the Information Commissioner if information is not held.")
    assert not C.find_not_held("Should you wish to make a complaint, note that information not held is ...")


def test_a_month_range_to_the_end_of_a_month_is_one_span():
    # wokingham-social-housing-damp-and-mould: "July 2022 to End of July 2023 = 18 Complaint Cases"
    from datetime import date
    from reader.periods import find_periods
    got = [(p.first, p.last) for p in find_periods("July 2022 to End of July 2023 = 18 Complaint Cases")]
    assert got == [(date(2022, 7, 1), date(2023, 7, 31))]
    got = [(p.first, p.last) for p in find_periods("April 2019 to the end of March 2020")]
    assert got == [(date(2019, 4, 1), date(2020, 3, 31))]


def test_a_count_at_the_end_of_a_financial_year_is_held_on_its_last_day():
    # harrogate-damp-homes-2013
    text = ("1. How many tenants (resident in homes for which you have responsibility for maintenance) did you have in "
            "financial year 2011-2012 (those who were tenants at any time of the year)?\n\n"
            "In response, please find below the information:\n\n1.    3883 tenancies at the end of 2011/12.\n")
    got = [(f.value, f.period_start, f.period_end) for f in facts(text, load_survey(SURVEYS / "damp-mould-damp-homes-2011-12.toml"))]
    assert got == [(3883, "2012-03-31", "2012-03-31")]


def test_the_month_something_began_in_is_no_period_of_the_years_figure():
    # dover-mould-damp-complaints-fi14889
    text = ("2. In the same financial years, how much was spent by the council on remedial work on social housing "
            "which contained damp or mold?\n\nResponse\n\n"
            "2. 2021/22 Not tracked. 2022/23 with tracking introduced December 2022 - £49,904. 2023/24 £327,020.\n")
    got = {(f.value, f.period_start, f.period_end)
           for f in facts(text, load_survey(SURVEYS / "damp-mould-complaints-spend-2024.toml"))}
    assert (49904, "2022-04-01", "2023-03-31") in got and (327020, "2023-04-01", "2024-03-31") in got
