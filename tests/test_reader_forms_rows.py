"""Forms of English councils write in any topic (helper "tablefix", session of 2026-12-07): rows of period ×
figures, periods as replies write them, a question's parts that are its periods. Each test quotes a real reply's
words (tests/files/real_set/) that the rule reads, and each is read wrongly without it.
"""

from __future__ import annotations

import textwrap

from reader import parse_reply

from tests.reading_helpers import figures
from reader.survey import parse_survey


def _figures(text: str, survey) -> set[tuple]:
    return figures(text, survey, "question", "measure", "value")


# A numbered answer whose lead-in names an earlier question's thing: the number decides ------------------------

LICENCES = parse_survey(textwrap.dedent("""
    name = "licence-numbers"
    title = "Licence numbers"
    [periods]
    asked = [
      { label = "2012-13", start = "2012-04-01", end = "2013-03-31" },
      { label = "2013-14", start = "2013-04-01", end = "2014-03-31" },
    ]
    [subjects.driver_licences]
    label = "Private hire driver licences"
    synonyms = ["private[\\\\s-]*hire[\\\\s-]*driver[\\\\s-]*licences?", "driver[\\\\s-]*licences?"]
    [subjects.vehicle_licences]
    label = "Private hire vehicle licences"
    synonyms = ["private[\\\\s-]*hire[\\\\s-]*vehicle[\\\\s-]*licences?", "vehicle[\\\\s-]*licences?"]
    [subjects.persons_granted]
    label = "Persons GRANTED a private hire driver's"
    synonyms = ["persons[\\\\s-]*granted[\\\\s-]*a[\\\\s-]*private[\\\\s-]*hire[\\\\s-]*driver's"]
    [[questions]]
    id = "1"
    text = "Total number of private hire driver licences for EACH fiscal year from April 2012 until April 2014."
    subject = "driver_licences"
    measures = ["count"]
    periods = ["2012-13", "2013-14"]
    [[questions]]
    id = "2"
    text = "Total number of private hire vehicle licences for EACH fiscal year from April 2012 until April 2014."
    subject = "vehicle_licences"
    measures = ["count"]
    periods = ["2012-13", "2013-14"]
    [[questions]]
    id = "3"
    text = "Number of persons GRANTED a private hire driver's licence for EACH fiscal year from April 2012 until April 2014."
    subject = "persons_granted"
    measures = ["count"]
    periods = ["2012-13", "2013-14"]
    """), "licence-numbers.toml")

NORTH_LANARKSHIRE = """\
(1) The number of private hire driver licences in force during the period 2012/2013 to 2013/2014 is as follows:-

2012/2013 – 925
2013/2014 – 1,068

(2) The number of private hire car licences in force during the period 2012/2013 to 2013/2014 is as follows:-

2012/2013 – 863
2013/2014 – 979

(3) The number of private hire driver licence applications granted during the period 2012/2013 to 2013/2014 is as follows:-

2012/2013 – 369
2013/2014 – 398
"""


def test_a_numbered_lead_in_naming_an_answered_questions_thing_heads_its_own_numbers_figures():
    # North Lanarkshire: "(3) The number of private hire driver licence applications granted ..." names question 1's
    # "private hire driver licences", answered above under (1): the figures under (3) are question 3's
    found = _figures(NORTH_LANARKSHIRE, LICENCES)
    assert ("3", "count", 369) in found and ("3", "count", 398) in found
    assert ("1", "count", 369) not in found and ("2", "count", 369) not in found
    assert ("1", "count", 925) in found and ("2", "count", 863) in found


def test_a_restated_question_under_a_repeated_number_is_still_read_by_its_words():
    # a question restated with "?" names what it asks in its own words: the number alone does not decide
    text = NORTH_LANARKSHIRE.replace(
        "(3) The number of private hire driver licence applications granted during the period 2012/2013 to "
        "2013/2014 is as follows:-",
        "(3) How many private hire driver licences were in force?")
    found = _figures(text, LICENCES)
    assert ("3", "count", 369) not in found


# A year named before its kind: "2023 Calendar Year: 376" ------------------------------------------------------

def test_a_year_named_before_the_words_calendar_year_is_that_calendar_year():
    from reader.periods import find_periods
    # Moray: "1. / 2023 Calendar Year: 376 / 2024 Calendar Year: 249"; Greenwich's request: "during the 2023
    # calendar year"
    found = [(p.label, p.first.isoformat(), p.last.isoformat()) for p in find_periods("2023 Calendar Year: 376")]
    assert found == [("2023 Calendar Year", "2023-01-01", "2023-12-31")]
    found = [(p.label, p.first.isoformat()) for p in find_periods("at any point during the 2023 calendar year.")]
    assert found == [("2023 calendar year", "2023-01-01")]
    assert find_periods("in the 2023 calendar years") == []


def test_a_figure_after_a_calendar_year_label_has_that_year():
    survey = parse_survey(textwrap.dedent("""
        name = "enquiries"
        title = "Enquiries"
        [periods]
        asked = [
          { label = "2023-24", start = "2023-04-01", end = "2024-03-31" },
          { label = "2024-25", start = "2024-04-01", end = "2025-03-31" },
        ]
        [subjects.enquiries]
        label = "Planning enforcement enquiries"
        synonyms = ["planning enforcement enquiries", "enquiries"]
        [[questions]]
        id = "1"
        text = "In the 2023-24 and 2024-25 financial years how many planning enforcement enquiries did Moray Council receive?"
        subject = "enquiries"
        measures = ["count"]
        periods = ["2023-24", "2024-25"]
        """), "enquiries.toml")
    text = "Response 26-05-2025\n\n1.\n\n2023 Calendar Year: 376\n\n2024 Calendar Year: 249\n"
    found = {(f.value, f.period_start, f.period_end) for f in parse_reply(text, survey).facts}
    assert (376, "2023-01-01", "2023-12-31") in found and (249, "2024-01-01", "2024-12-31") in found


# A question whose lettered parts are its periods --------------------------------------------------------------

MORAY_FTE_REQUEST = """\
3. How many full time equivalent staff did Moray Council employ whose role was primarily focused on planning enforcement, at the end of each of the financial years:
a) 2022-23,
b) 2023-24
c) 2024-25 financial years
"""


def test_parts_that_name_only_periods_share_the_stems_subject_each_with_its_own_period():
    import datetime as dt
    from reader.draft import draft_survey
    d = draft_survey(MORAY_FTE_REQUEST.replace("3. How", "1. How"), "fte", asked_on=dt.date(2025, 7, 28))
    by_id = {q.id[1]: q for q in d.questions}
    assert set(by_id) == {"a", "b", "c"}
    assert len({q.subject for q in d.questions}) == 1
    assert "staff" in by_id["a"].subject
    assert [by_id[i].periods for i in "abc"] == [["2022-23"], ["2023-24"], ["2024-25"]]


def test_a_part_naming_its_year_takes_that_year_not_the_stems_span():
    import datetime as dt
    from reader.draft import draft_survey
    # Moray's damp and mould request: the stem spans "between 1st January 2022 and 1st January 2025", each part
    # asks one year
    request = ("1. The number of repair requests submitted by tenants of council owned housing that relate specifically "
               "to issues of damp or mould between 1st January 2022 and 1st January 2025. Please provide figures for:\n"
               "a) 2022\nb) 2023\nc) 2024\n")
    d = draft_survey(request, "damp", asked_on=dt.date(2025, 7, 7))
    assert [q.periods for q in d.questions] == [["2022"], ["2023"], ["2024"]]
    assert len({q.subject for q in d.questions}) == 1 and d.questions[0].subject.startswith("repair_requests")


def test_a_part_that_names_a_thing_keeps_its_own_subject():
    import datetime as dt
    from reader.draft import draft_survey
    request = "1. How many devices did you buy in 2020:\na) Laptops\nb) Tablets\n"
    d = draft_survey(request, "devices", asked_on=dt.date(2021, 1, 1))
    assert len({q.subject for q in d.questions}) == 2


def test_the_first_parts_answer_on_its_questions_numbered_line_is_that_parts():
    # Moray: "3. a) 2" / "b) 1.5" / "c) 1.5", under the request quoted back, whose last line named 2024-25
    survey = parse_survey(textwrap.dedent("""
        name = "fte"
        title = "FTE"
        [periods]
        asked = [
          { label = "2022-23", start = "2022-04-01", end = "2023-03-31" },
          { label = "2023-24", start = "2023-04-01", end = "2024-03-31" },
          { label = "2024-25", start = "2024-04-01", end = "2025-03-31" },
        ]
        [subjects.fte_staff]
        label = "Full time equivalent staff"
        synonyms = ["full[\\\\s-]*time[\\\\s-]*equivalent[\\\\s-]*staff", "fte"]
        [[questions]]
        id = "3a"
        text = "How many full time equivalent staff ... at the end of each of the financial years: 2022-23,"
        subject = "fte_staff"
        measures = ["count"]
        periods = ["2022-23"]
        [[questions]]
        id = "3b"
        text = "How many full time equivalent staff ... at the end of each of the financial years: 2023-24"
        subject = "fte_staff"
        measures = ["count"]
        periods = ["2023-24"]
        [[questions]]
        id = "3c"
        text = "How many full time equivalent staff ... at the end of each of the financial years: 2024-25 financial years"
        subject = "fte_staff"
        measures = ["count"]
        periods = ["2024-25"]
        """), "fte.toml")
    text = MORAY_FTE_REQUEST + "\nResponse 25-08-2025\n\n3. a) 2\n\nb) 1.5\n\nc) 1.5\n\nRate this Page\n"
    found = {(f.question, f.value, f.period) for f in parse_reply(text, survey).facts}
    assert found == {("3a", 2, "2022-23"), ("3b", 1.5, "2023-24"), ("3c", 1.5, "2024-25")}


# Rows of a year, a count and a sum under column names that name nothing asked ---------------------------------

NDAS = parse_survey(textwrap.dedent("""
    name = "ndas"
    title = "NDAs"
    [periods]
    asked = [
      { label = "2014", start = "2014-01-01", end = "2014-12-31" },
      { label = "2015", start = "2015-01-01", end = "2015-12-31" },
      { label = "2016", start = "2016-01-01", end = "2016-12-31" },
      { label = "2017", start = "2017-01-01", end = "2017-12-31" },
    ]
    [subjects.non_disclosure_agreements]
    label = "Non-disclosure agreements"
    synonyms = ["non[- ]?disclosure[\\\\s-]*agreements?"]
    [subjects.reasons_for_the_agreements]
    label = "Reasons for the agreements"
    synonyms = ["reasons[\\\\s-]*for[\\\\s-]*the[\\\\s-]*agreements?"]
    [subjects.compensation_awarded]
    label = "Compensation awarded"
    synonyms = ["compensation[\\\\s-]*awarded"]
    [[questions]]
    id = "1"
    text = "How many non-disclosure agreements has the authority agreed in each of the calendar years of 2014, 2015, 2016 and 2017. Please provide individual figures per year."
    subject = "non_disclosure_agreements"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "Please provide reasons for the agreements being agreed where possible (e.g."
    subject = "reasons_for_the_agreements"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "Please provide the total amount of financial compensation awarded as part of these agreements for the entirety of this period in £."
    subject = "compensation_awarded"
    measures = ["total_cost_gbp"]
    """), "ndas.toml")

DEVON = """\
The figures below relate to Settlement and COT 3 agreements. None of these prevent employees from whistleblowing.

Year Number Total
2014 30 £487,177.66
2015 32 £336,329.80
2016 28 £308,721.82
2017 31 £406,056.71
2018 26 £311,024.86
"""


def test_a_row_of_a_year_a_count_and_a_sum_answers_the_count_question_and_the_money_question():
    # Devon: "Year Number Total" names nothing the survey asks about; the count is question 1's (the one that asks
    # how many), the sum question 3's (the one that asks for money), each of the row's year
    found = {(f.question, f.measure, f.value, f.period) for f in parse_reply(DEVON, NDAS).facts}
    for year, n, total in (("2014", 30, 487177.66), ("2015", 32, 336329.80), ("2017", 31, 406056.71)):
        assert ("1", "count", n, year) in found
        assert ("3", "total_cost_gbp", total, year) in found
    assert not any(q == "2" for q, *_ in found)


def test_a_row_of_two_counts_tells_neither_apart():
    text = "Year Number Total\n2014 30 45\n2015 32 50\n"
    two = parse_survey(textwrap.dedent("""
        name = "two"
        title = "Two"
        [subjects.a]
        label = "Agreements signed"
        synonyms = ["agreements signed"]
        [subjects.b]
        label = "Agreements ended"
        synonyms = ["agreements ended"]
        [[questions]]
        id = "1"
        text = "How many agreements were signed?"
        subject = "a"
        measures = ["count"]
        [[questions]]
        id = "2"
        text = "How many agreements were ended?"
        subject = "b"
        measures = ["count"]
        """), "two.toml")
    assert not parse_reply(text, two).facts


def test_a_sentence_asking_for_figures_per_year_is_part_of_the_question_before():
    import datetime as dt
    from reader.draft import draft_survey
    # Devon's request: "Please provide individual figures per year." says how question 1's figures are to be given
    request = ("How many non-disclosure agreements has the authority agreed in each of the calendar years of 2014, 2015, "
               "2016 and 2017. Please provide individual figures per year. Please provide reasons for the agreements "
               "being agreed where possible.\n\n\nPlease provide the total amount of financial compensation awarded as "
               "part of these agreements for the entirety of this period in £.")
    d = draft_survey(request, "ndas", asked_on=dt.date(2018, 6, 1))
    assert [q.id for q in d.questions] == ["1", "2", "3"]
    assert d.questions[0].text.endswith("Please provide individual figures per year.")
    assert d.questions[2].measures == ["total_cost_gbp"]


# Bullets answering, in order, the parts a request asked as bullets --------------------------------------------

DOVER_REQUEST = """\
1. Please provide a copy of the most recent Quarterly Planning Enforcement Report prepared for Members of the Planning Committee.
2. In the event that the entire report is considered exempt, please provide at minimum:
  • The total number of live enforcement cases at quarter end
  • The number of new cases opened during the quarter
  • The number of cases closed during the quarter
  • The number and type of formal enforcement notices issued
  • Any high-level performance data or statistical summaries
  • Any policy or procedural updates included within the report
  • Any reports/organograms concerning any restructuring of the DDC Planning Enforcement Team or Teams.
"""

DOVER_REPLY = """\
Response

1. The Council considers that the Quarterly Planning Enforcement report is exempt from disclosure under Regulation 12(5(b) of the Environmental Information Regulations.

2. As follows:

  • 117.
  • 58.
  • 81.
  • 1 Listed Building Enforcement Notice, 1 Temporary Stop Notice and 1 Breach Of Condition Enforcement Notice
  • The Council does not hold this information.
  • The Council does not hold this information.
  • The Council does not hold this information.
"""


def test_bullets_that_ask_for_a_number_or_for_any_data_are_a_questions_parts():
    import datetime as dt
    from reader.draft import draft_survey
    d = draft_survey(DOVER_REQUEST, "dover", asked_on=dt.date(2026, 2, 1))
    assert [q.id for q in d.questions] == ["1", "2a", "2b", "2c", "2d", "2e", "2f", "2g"]
    assert d.questions[4].subject == "formal_enforcement_notices"


def test_a_bulleted_list_of_answers_as_long_as_the_parts_answers_them_in_order():
    import datetime as dt
    from reader.draft import draft_survey, to_toml
    survey = parse_survey(to_toml(draft_survey(DOVER_REQUEST, "dover", asked_on=dt.date(2026, 2, 1))), "dover.toml")
    found = {(f.question, f.value) for f in parse_reply(DOVER_REPLY, survey).facts}
    assert {("2a", 117), ("2b", 58), ("2c", 81), ("2d", 1)} <= found


def test_a_bulleted_list_of_another_length_is_not_read_by_place():
    from reader.point_parts import name_point_parts
    survey = parse_survey(textwrap.dedent("""
        name = "two-parts"
        title = "Two parts"
        [subjects.a]
        label = "Cases opened"
        synonyms = ["cases opened"]
        [subjects.b]
        label = "Cases closed"
        synonyms = ["cases closed"]
        [[questions]]
        id = "2a"
        text = "The number of new cases opened during the quarter"
        subject = "a"
        measures = ["count"]
        [[questions]]
        id = "2b"
        text = "The number of cases closed during the quarter"
        subject = "b"
        measures = ["count"]
        """), "two.toml")
    text = "2. As follows:\n\n  • 117.\n  • 58.\n  • 81.\n"
    assert name_point_parts(text, survey) == text
    assert name_point_parts(text.replace("  • 81.\n", ""), survey) == "2. As follows:\n\n a) 117.\n b) 58.\n"


# A span its own sentence says beats a period from its question or from further off in the sentence -------------

HASTINGS_SURVEY = parse_survey(textwrap.dedent("""
    name = "taxi"
    title = "Taxi licences"
    [periods]
    asked = [ { label = "Since 1 August 2015", start = "2015-08-01", end = "2017-09-08" } ]
    [subjects.hackney]
    label = "Hackney licences"
    synonyms = ["hackney licen[cs]es?"]
    [subjects.phv]
    label = "PHV licences"
    synonyms = ["phv licen[cs]es?"]
    [[questions]]
    id = "1"
    text = "The number of new and renewed taxi (Hackney Carriage) licenses you have granted."
    subject = "hackney"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "The number of new and renewed Private Hire Vehicle (PHV) licenses you have granted."
    subject = "phv"
    measures = ["count"]
    """), "taxi.toml")

HASTINGS = """\
Response
This information is held
Q1 - During 2015 and 2016 we renewed 48 Hackney Licences each year (we were restricted in Hackney numbers) That restriction was lifted in late 2016 and since January this year we have issued a further 3 new licences.
Q2 - Since 2015 we have issued 198 new PHV licences and 539 renewals.
"""


def test_since_a_year_in_the_figures_sentence_is_their_period_not_the_questions():
    import datetime as dt
    facts = parse_reply(HASTINGS, HASTINGS_SURVEY, replied_on=dt.date(2017, 9, 8)).facts
    found = {(f.value, f.period, f.period_start, f.period_end) for f in facts if f.question == "2"}
    assert found == {(198, "Since 2015", "2015-01-01", "2017-09-08"), (539, "Since 2015", "2015-01-01", "2017-09-08")}


def test_since_a_month_this_year_nearer_the_figure_than_a_year_named_before_it_is_its_period():
    import datetime as dt
    facts = parse_reply(HASTINGS, HASTINGS_SURVEY, replied_on=dt.date(2017, 9, 8)).facts
    three = next(f for f in facts if f.value == 3)
    assert (three.period_start, three.period_end) == ("2017-01-01", "2017-09-08")
    assert next(f for f in facts if f.value == 48).period_start.startswith("201")   # (its own year, not January's)
    assert next(f for f in facts if f.value == 48).period_start != "2017-01-01"


def test_without_the_replys_date_the_period_is_kept():
    facts = parse_reply(HASTINGS, HASTINGS_SURVEY).facts
    assert {f.period for f in facts if f.question == "2"} == {"Since 1 August 2015"}


# A number said again after another number's roman parts ------------------------------------------------------

def test_a_repeated_number_after_an_earlier_questions_parts_is_numbered_on():
    from reader.draft_questions import split_questions
    # Hastings' request (taxi licences, 2017), as asked
    request = """\
Since 1 August 2015:
1. The number of new and renewed taxi (Hackney Carriage) licenses you have granted.
2. The number of new and renewed Private Hire Vehicle (PHV) licenses you have granted.
3. The number of taxi licenses granted to drivers with criminal convictions.
4. The number of PHV licenses granted to drivers with criminal convictions.
In the cases of those convicted:
3.i. The nature and date of conviction.
ii. Whether said drivers conviction was know at the time of the licence being approved.
iii. In each case, the current licence status of driver.
4. The criteria/policy that is applied when deciding on an application from a driver with a current/spent conviction.
"""
    got = [(qid, own[:20]) for qid, _, own in split_questions(request)]
    assert [qid for qid, _ in got] == ["1", "2", "3", "4", "3a", "3b", "3c", "5"]
    assert got[4][1].startswith("The nature and date") and got[7][1].startswith("The criteria/policy")


# Money said of the thing a count question counts, asked by another question that names that thing --------------

def test_money_of_the_counted_thing_answers_the_question_that_asks_its_cost():
    survey = parse_survey(textwrap.dedent("""
        name = "settlements"
        title = "Settlement agreements"
        [periods]
        asked = [
          { label = "2016-17", start = "2016-04-01", end = "2017-03-31" },
          { label = "2017-18", start = "2017-04-01", end = "2018-03-31" },
          { label = "2018-19", start = "2018-04-01", end = "2019-03-31" },
        ]
        [subjects.settlement_agreements]
        label = "Settlement agreements"
        synonyms = ["settlement[\\\\s-]*agreements?"]
        [subjects.costs_associated]
        label = "Costs associated"
        synonyms = ["costs[\\\\s-]*associated", "(?:spen[dt]|spending|costs?|expenditure)"]
        [[questions]]
        id = "1"
        text = "The total number of settlement agreements for each financial year."
        subject = "settlement_agreements"
        measures = ["count"]
        [[questions]]
        id = "2"
        text = "The total costs associated for each settlement agreement in each financial year."
        subject = "costs_associated"
        measures = ["unit_cost_gbp", "total_cost_gbp"]
        """), "settlements.toml")
    # Eden's reply
    text = "Response\n\n2016/17 – 1 settlement agreement totalling £12,841.38\n\n2017/18 – 0 agreements\n"
    found = {(f.question, f.measure, f.value) for f in parse_reply(text, survey).facts}
    assert ("1", "count", 1) in found and ("2", "total_cost_gbp", 12841.38) in found


def test_since_a_day_and_month_is_the_span_to_the_replys_day():
    import datetime as dt
    survey = parse_survey(textwrap.dedent("""
        name = "badges"
        title = "Blue badges"
        [periods]
        asked = [ { label = "2018-19", start = "2018-04-01", end = "2019-03-31" } ]
        [subjects.fraud]
        label = "Blue Badge fraud allegations"
        synonyms = ["allegations of blue badge fraud", "allegations"]
        [[questions]]
        id = "1"
        text = "How many allegations of Blue Badge fraud have you received?"
        subject = "fraud"
        measures = ["count"]
        """), "badges.toml")
    # Thurrock's reply
    text = "Thurrock Council have received 7 allegations of Blue Badge Fraud since 1st April 2019.\n"
    f = next(f for f in parse_reply(text, survey, replied_on=dt.date(2019, 10, 24)).facts if f.value == 7)
    assert (f.period, f.period_start, f.period_end) == ("since 1st April 2019", "2019-04-01", "2019-10-24")


def test_a_total_after_periods_figures_on_one_line_is_over_their_span():
    survey = parse_survey(textwrap.dedent("""
        name = "agency"
        title = "Agency spend"
        [periods]
        asked = [ { label = "April 2023 to June 2024", start = "2023-04-01", end = "2024-06-30" } ]
        [subjects.agency_spend]
        label = "Spend on temporary staff from recruitment agencies"
        synonyms = ["temporary staff", "spend"]
        [[questions]]
        id = "1"
        text = "What was the value of spend on temporary staff from recruitment agencies from April 2023 to June 2024?"
        subject = "agency_spend"
        measures = ["total_cost_gbp"]
        [[questions]]
        id = "1a"
        text = "Please break the spend on temporary staff down by financial year."
        subject = "agency_spend"
        measures = ["total_cost_gbp"]
        """), "agency.toml")
    # Food Standards Scotland's reply
    text = ("A1a. April 2023 to March 2024 - £672,492 April 2024 to June 2024 - £318,213 Total - £990,705\n")
    total = next(f for f in parse_reply(text, survey).facts if f.value == 990705 and f.question == "1a")
    assert (total.period_start, total.period_end) == ("2023-04-01", "2024-06-30")


# A table of several columns flattened one cell to a line ------------------------------------------------------

def test_a_flattened_table_of_a_period_and_two_figures_a_row_is_put_back_in_rows():
    from reader.cells import rejoin_cells
    # TfL's reply (bus lane PCNs): "Financial Year / PCNs Issued / Amount Paid" over one cell a line
    text = ("Financial Year\nPCNs Issued\nAmount Paid\n18/19\n14,620\n£813,800\n19/20\n27,316\n£1,641,269\n"
            "20/21\n15,451\n£915,439\n")
    # (each cell a tab apart, and the header of as many lines above the rows one line of cells: rules13pa)
    assert rejoin_cells(text).split("\n")[:4] == ["Financial Year\tPCNs Issued\tAmount Paid", "18/19\t14,620\t£813,800",
                                                  "19/20\t27,316\t£1,641,269", "20/21\t15,451\t£915,439"]
    # rows of unlike lengths keep one figure each, as before
    ragged = "2019/20\n5\n6\n2020/21\n7\n"
    assert rejoin_cells(ragged) == "2019/20 5\n6\n2020/21 7\n"


def test_a_rows_figures_run_into_one_cell_under_a_header_of_periods_take_the_periods_in_order():
    survey = parse_survey(textwrap.dedent("""
        name = "prosecutions"
        title = "Fly-tipping prosecutions"
        [subjects.prosecutions]
        label = "Fly-tipping prosecutions"
        synonyms = ["prosecutions?"]
        [[questions]]
        id = "3"
        text = "The number of reports that have resulted in prosecution/legal action"
        subject = "prosecutions"
        measures = ["count"]
        """), "prosecutions.toml")
    # the Scottish Government's reply
    text = ("Prosecutions for fly tipping offences under Section 33 of Environmental Protection Act 1990 are detailed "
            "below:\n\n  2014-15   2015-16   2016-17   2017-18  \nProsecutions   18 10 11 6\n")
    found = {(f.value, f.period) for f in parse_reply(text, survey).facts}
    assert found == {(18, "2014-15"), (10, "2015-16"), (11, "2016-17"), (6, "2017-18")}


def test_a_year_then_a_dash_run_into_its_figure_labels_the_figure():
    from reader.periods import find_periods
    # Devon's reply: "2020 – 296" / "2021 -185" / "2022 – 125"
    assert [p.label for p in find_periods("2021 -185")] == ["2021"]
    assert find_periods("2015 -2019") == []     # (a span of years, not a year and its figure)


def test_a_figure_said_each_year_after_a_list_of_years_is_a_figure_of_each():
    import datetime as dt
    facts = parse_reply(HASTINGS, HASTINGS_SURVEY, replied_on=dt.date(2017, 9, 8)).facts
    assert {f.period for f in facts if f.value == 48} == {"2015", "2016"}


def test_a_figure_without_each_year_keeps_its_one_year():
    text = "Q1 - During 2015 and 2016 we renewed 48 Hackney Licences in total.\n"
    facts = parse_reply(text, HASTINGS_SURVEY).facts
    assert len([f for f in facts if f.value == 48]) == 1


# A bare year pair is the kind of year the survey asks ---------------------------------------------------------

def test_a_bare_year_pair_is_the_academic_year_the_survey_asks():
    import datetime as dt
    from reader.draft import draft_survey, to_toml
    # Merthyr Tydfil's request and the row of its reply
    request = ("How many sick days were recorded from teachers in schools run by the local authority citing mental "
               "health as the reason for illness? Please can you show this figure as the total number of days and the "
               "number of teachers who were absent from school because of a mental health related sick day for the "
               "following academic years: 2020-21, 2021-22, 2022-23, 2023-24 and 2024-25.")
    survey = parse_survey(to_toml(draft_survey(request, "teachers", asked_on=dt.date(2025, 12, 23))), "t.toml")
    text = "Sick days\n2020-21: 312\n2021-22: 1,141\n"
    got = {(f.value, f.period_start, f.period_end) for f in parse_reply(text, survey).facts}
    assert (312, "2020-09-01", "2021-08-31") in got and (1141, "2021-09-01", "2022-08-31") in got
    # a reply that says financial years keeps them
    said = "Sick days by financial year\n2020-21: 312\n"
    assert {f.period_start for f in parse_reply(said, survey).facts} == {"2020-04-01"}


def test_a_year_over_a_sum_whose_pound_sign_stands_apart_labels_it():
    from reader.periods import find_periods
    # Moray's reply (blue badges): "2024 £   940"
    assert [p.label for p in find_periods("2024 £   940")] == ["2024"]


# A figure's noun after a word that qualifies it, in the other spelling ----------------------------------------

def test_a_figure_naming_the_asked_thing_after_a_qualifying_word_and_in_british_spelling_answers():
    survey = parse_survey(textwrap.dedent("""
        name = "taxi-granted"
        title = "Taxi licences granted"
        [subjects.and_renewed_taxi]
        label = "And renewed taxi"
        synonyms = ["and[\\\\s-]*renewed[\\\\s-]*taxi"]
        [[questions]]
        id = "1"
        text = "The number of new and renewed taxi (Hackney Carriage) driver licenses you have granted."
        subject = "and_renewed_taxi"
        measures = ["count"]
        """), "taxi.toml")
    # Rushcliffe's reply, under the question restated
    text = ("  1. The number of new and renewed taxi (Hackney Carriage) driver licenses you have granted.\n\n"
            "    We issue a Combine Hackney/Private Hire Driver Licence. From 01/08/2022 and 07/08/2024 RBC has issues "
            "297 Combined Licences.\n")
    assert ("1", "count", 297) in _figures(text, survey)
    # a noun of its own after the qualifying word is still another thing's count
    other = text.replace("297 Combined Licences", "297 Combined Inspections")
    assert ("1", "count", 297) not in _figures(other, survey)
