"""Figures read in general English, layout by layout (issue 13, items 2-3): the layouts councils write that the
held-out topics showed the reader missing. Each test is a short reply written for this file in councils' English
(after a real reply's layout, never its topic's words in the engine) with a small survey of the test's own, and
asserts every figure read, so a figure lost, misplaced or extra fails it.

- lengths of time with a word between number and unit ("4051.5 working days", "7004.60 FTE Days Absent");
- a period labelling the figure right after it on a line of several ("2011/12: £307,708 2012/13: £240,993");
- a table of years whose row labels stand on lines of their own over their bare figures;
- a row's label saying what its figures measure ("Staff cost for mobile cleaners 139583 159587"), a row of bare
  figures whose thing is asked about in money only, and cells in words ("Not available separately") that keep
  the columns;
- money written in thousands ("Cost in £000 17,922");
- a table row's amount with no word of price each or total, where the thing it names is asked about in one.
"""

from __future__ import annotations

from reader import parse_reply
from reader.survey import parse_survey


def figures(text: str, survey) -> dict[tuple[str, str | None, str], float]:
    """{(subject, period, measure): value} of every figure read; two figures for one key fail."""
    out: dict[tuple[str, str | None, str], float] = {}
    for f in parse_reply(text, survey).facts:
        key = (f.subject, f.period, f.measure)
        assert key not in out, f"two figures for {key}"
        out[key] = f.value
    return out


YEARS = """
[periods]
asked = [{ label = "2021/22", start = 2021-04-01, end = 2022-03-31 },
         { label = "2022/23", start = 2022-04-01, end = 2023-03-31 },
         { label = "2023/24", start = 2023-04-01, end = 2024-03-31 }]
"""

ABSENCE = parse_survey('name = "absence"\ntitle = "Staff absence"\n' + YEARS + """
[subjects.days_lost]
synonyms = ["days lost due to sick(?:ness| leave)", "sick leave", "days absent"]
[subjects.stress_days]
synonyms = ["days lost to stress"]
[subjects.stress_staff]
synonyms = ["staff absent with stress"]
[[questions]]
id = "1"
text = "Total number of days lost due to sick leave within the council"
subject = "days_lost"
measures = ["days"]
[[questions]]
id = "2"
text = "Total number of days lost to stress within the council"
subject = "stress_days"
measures = ["days"]
[[questions]]
id = "3"
text = "Total number of staff absent with stress"
subject = "stress_staff"
measures = ["count"]
""")


def test_working_days_and_fte_days_are_lengths_of_time():
    text = ("We aim to reply within 20 working days.\n"
            "1.\n2021/22 - 4051.5 working days\n2022/23 -4223.50 working days\n"
            "2. Total number of days lost to stress within the council\n"
            "• 2021/22: 01/04/2021 to 31/03/2022: 702.60 FTE Days Lost\n")
    assert figures(text, ABSENCE) == {
        ("days_lost", "2021/22", "days"): 4051.5,
        ("days_lost", "2022/23", "days"): 4223.5,      # "-4223.50": a dash after the year, not a minus
        ("stress_days", "01/04/2021 to 31/03/2022", "days"): 702.6,
    }


def test_a_header_of_years_over_row_labels_on_lines_of_their_own():
    text = ("Our response:\n"
            "  2021/22 2022/23 2023/24\n"
            "Total number of days lost due to sick leave within the Authority\n"
            "5841 5406 4824\n"
            "Total number of staff absent with stress\n"
            "66 55 74\n")
    assert figures(text, ABSENCE) == {
        ("days_lost", "2021/22", "days"): 5841, ("days_lost", "2022/23", "days"): 5406,
        ("days_lost", "2023/24", "days"): 4824,
        ("stress_staff", "2021/22", "count"): 66, ("stress_staff", "2022/23", "count"): 55,
        ("stress_staff", "2023/24", "count"): 74,
    }


SPEND = parse_survey('name = "spend"\ntitle = "Facilities spend"\n' + YEARS + """
[subjects.spend]
synonyms = ["money spent"]
[subjects.income]
synonyms = ["income"]
[subjects.cleaning]
synonyms = ["cleaning costs?", "cleaning"]
[subjects.sweeping]
synonyms = ["street sweeping"]
[subjects.highest]
synonyms = ["highest payout"]
[[questions]]
id = "1"
text = "The amount of money spent on public facilities in each year"
subject = "spend"
measures = ["total_cost_gbp"]
[[questions]]
id = "2"
text = "The income from public facilities in each year"
subject = "income"
measures = ["total_cost_gbp"]
[[questions]]
id = "3"
text = "Annual cleaning costs"
subject = "cleaning"
measures = ["total_cost_gbp"]
[[questions]]
id = "4"
text = "Annual budget for street sweeping"
subject = "sweeping"
measures = ["total_cost_gbp"]
[[questions]]
id = "5"
text = "The highest payout made in each year"
subject = "highest"
measures = ["unit_cost_gbp"]
""")


def test_several_periods_on_one_line_each_labels_the_figure_after_it():
    text = "2. Income\n2021/22: £1887 2022/23: £1602 2023/24: £1127\n"
    assert figures(text, SPEND) == {
        ("income", "2021/22", "total_cost_gbp"): 1887, ("income", "2022/23", "total_cost_gbp"): 1602,
        ("income", "2023/24", "total_cost_gbp"): 1127,
    }


def test_a_rows_label_says_its_figures_are_money_and_word_cells_keep_their_columns():
    text = ("1.a)-d)\n\n"
        "  2023/24 2022/23 2021/22\n"
        "Staff cost for mobile cleaning 139583 159587 147859\n"
        "Street sweeping 879662 Not available separately Not available separately\n")
    assert figures(text, SPEND) == {
        # "Staff cost ...": its label says cost, though no "£" is written
        ("cleaning", "2023/24", "total_cost_gbp"): 139583, ("cleaning", "2022/23", "total_cost_gbp"): 159587,
        ("cleaning", "2021/22", "total_cost_gbp"): 147859,
        # "Street sweeping": no word of money, but the question about it asks for money only
        ("sweeping", "2023/24", "total_cost_gbp"): 879662,
    }


def test_money_written_in_thousands():
    text = "Information on the money spent in 2022/23 is:\n\n2022/23\nMoney spent in £000 17,922\n"
    assert figures(text, SPEND) == {("spend", "2022/23", "total_cost_gbp"): 17_922_000}


def test_a_table_rows_amount_is_the_one_kind_its_thing_is_asked_in():
    # "£6,158.80" is more than a price each usually is; the question about the highest payout asks for one
    text = ("| | 2021/22 | 2022/23 | 2023/24 |\n"
            "| Highest Payout | £6,158.80 | £25,283.40 | £403.00 |\n")
    assert figures(text, SPEND) == {
        ("highest", "2021/22", "unit_cost_gbp"): 6158.8, ("highest", "2022/23", "unit_cost_gbp"): 25283.4,
        ("highest", "2023/24", "unit_cost_gbp"): 403,
    }


TOILETS = parse_survey("""
name = "toilets"
title = "Public toilets"
[periods]
asked = [{ label = "2010", start = 2010-01-01, end = 2010-12-31 },
         { label = "2016", start = 2016-01-01, end = 2016-12-31 }]
[subjects.maintained]
synonyms = ["public toilets"]
[subjects.maintained_2010]
synonyms = ["public toilets in 2010"]
[subjects.accessible]
synonyms = ["disabled access"]
[[questions]]
id = "1"
text = "How many public toilets is the local authority responsible for maintaining?"
subject = "maintained"
measures = ["count"]
[[questions]]
id = "2"
text = "How many public toilets was the local authority responsible for maintaining in 2010?"
subject = "maintained_2010"
measures = ["count"]
periods = ["2010"]
[[questions]]
id = "3"
text = "Number of public toilets offering disabled access"
subject = "accessible"
measures = ["count"]
""")


def test_the_answer_after_a_bulleted_question_restated_is_that_questions():
    text = ("Response\n"
            "·      How many public toilets is the local authority responsible for maintaining? 3\n"
            "·      How many public toilets was the local authority responsible for maintaining in 2010? 5\n")
    # a bullet spaced out from its line is not a table's first cell; the words asked tell the two questions apart
    assert figures(text, TOILETS) == {("maintained", None, "count"): 3, ("maintained_2010", "2010", "count"): 5}


def test_a_count_written_with_no_stuck_to_it():
    text = ("1. Number of public toilets currently managed by the council: 13no;\n"
            "3. Number of public toilets offering disabled access: 12no (includes 1no which is a urinal only).\n")
    assert figures(text, TOILETS) == {("maintained", None, "count"): 13, ("accessible", None, "count"): 12}


STAFF = parse_survey("""
name = "staff"
title = "Staff"
[subjects.headcount]
synonyms = ["head ?count", "number of employees"]
[subjects.fte]
synonyms = ["FTE"]
[[questions]]
id = "1"
text = "What is the total number of employees (head count) broken down into departments?"
subject = "headcount"
measures = ["count"]
[[questions]]
id = "2"
text = "What is the average FTE number broken down as in reply 1?"
subject = "fte"
measures = ["count"]
""")


def test_full_time_equivalents_a_total_under_their_breakdown_and_a_count_at_a_months_end():
    text = ("1. Number of employees as at end of March 2013:\n"
            "Education - 1912\nSocial Care - 1398\nTOTAL - 3310\n"
            "2. Number of FTE as at end of March 2013:\n"
            "Education - 1257.9616\nSocial Care - 842.4387\nTOTAL - 2100.4003\n")
    facts = parse_reply(text, STAFF).facts
    assert sorted((f.subject, f.value) for f in facts) == sorted([
        ("headcount", 1912), ("headcount", 1398), ("headcount", 3310),
        ("fte", 1257.9616), ("fte", 842.4387), ("fte", 2100.4003)])
    # "as at end of March 2013": a count on the month's last day
    assert {(f.period_start, f.period_end) for f in facts} == {("2013-03-31", "2013-03-31")}


def test_a_fraction_is_no_count_where_no_count_is_asked():
    text = "1. Total number of days lost due to sick leave\n• 2021/22: 7004.60 FTE Days Absent - 4.45 Average FTE per Employee\n"
    assert figures(text, ABSENCE) == {("days_lost", "2021/22", "days"): 7004.6}


def test_a_header_of_years_over_row_labels_with_blank_lines_between():
    text = ("Our response:\n\n  2021/22 2022/23 2023/24\n\n"
            "Total number of days lost due to sick leave within the Authority\n\n5841 5406 4824\n\n"
            "Total number of staff absent with stress\n\n66 55 74\n")
    assert figures(text, ABSENCE) == {
        ("days_lost", "2021/22", "days"): 5841, ("days_lost", "2022/23", "days"): 5406,
        ("days_lost", "2023/24", "days"): 4824,
        ("stress_staff", "2021/22", "count"): 66, ("stress_staff", "2022/23", "count"): 55,
        ("stress_staff", "2023/24", "count"): 74,
    }


PER_FTE = parse_survey("""
name = "per-fte"
title = "Days lost per FTE"
[periods]
asked = [{ label = "2022", start = 2022-01-01, end = 2022-12-31 },
         { label = "2023", start = 2023-01-01, end = 2023-12-31 }]
[subjects.per_fte]
synonyms = ["days lost per fte", "per fte"]
[[questions]]
id = "4"
text = "The average number of days lost to sickness per FTE in each calendar year"
subject = "per_fte"
measures = ["days"]
""")


def test_a_fraction_answering_a_question_of_days_only_is_days():
    text = "4. Average days lost per FTE\n2022 - 8.52\n2023 - 7.04\n"
    assert figures(text, PER_FTE) == {("per_fte", "2022", "days"): 8.52, ("per_fte", "2023", "days"): 7.04}


PLACED = parse_survey('name = "placed"\ntitle = "Placements"\n' + YEARS + """
[subjects.placed]
synonyms = ["tenants have been placed in temporary accommodation", "placements"]
[subjects.spend]
synonyms = ["spent on temporary accommodation"]
[[questions]]
id = "1"
text = "How many tenants have been placed in temporary accommodation since 2021? Please break down by year."
subject = "placed"
measures = ["count"]
[[questions]]
id = "2"
text = "How much money has the council spent on temporary accommodation since 2021?"
subject = "spend"
measures = ["total_cost_gbp"]
""")


def test_a_question_restated_without_its_number_heads_the_answer_right_under_it():
    text = ("Response:\n"
            "How many tenants have been placed in temporary accommodation since 2021? Please break down by year.\n"
            "2021/22 - 373\n2022/23 - 441\n")
    assert figures(text, PLACED) == {("placed", "2021/22", "count"): 373, ("placed", "2022/23", "count"): 441}


def test_the_request_quoted_above_the_letter_heads_nothing():
    text = ("You asked:\n"
            "How many tenants have been placed in temporary accommodation since 2021? Please break down by year.\n"
            "We answered:\nThe table below is from our annual return.\n"
            "2021/22 - 373\n")
    assert figures(text, PLACED) == {}


INCIDENTS = parse_survey("""
name = "incidents"
title = "Incidents and their cost"
[periods]
asked = [{ label = "2020-21", start = 2020-04-01, end = 2021-03-31 },
         { label = "2021-22", start = 2021-04-01, end = 2022-03-31 }]
[subjects.incidents]
synonyms = ["incidents?"]
[subjects.removal]
synonyms = ["cost of removal"]
[[questions]]
id = "1"
text = "Total number of incidents in 2020/21 and 2021/22, per type if possible"
subject = "incidents"
measures = ["count"]
[[questions]]
id = "2"
text = "Total cost of removal in 2020/21 and 2021/22"
subject = "removal"
measures = ["total_cost_gbp"]
""")


def test_a_list_of_labelled_counts_under_a_year_breaks_down_the_one_count_asked():
    text = "Response\n2021-22\n  • Asbestos - 17\n  • Tree - 8\n  • Total - 25\n2020-21\n  • Tyres - 111\n"
    facts = parse_reply(text, INCIDENTS).facts
    assert sorted((f.subject, f.period, f.measure, f.value) for f in facts) == [
        ("incidents", "2020-21", "count", 111), ("incidents", "2021-22", "count", 8),
        ("incidents", "2021-22", "count", 17), ("incidents", "2021-22", "count", 25)]


CAMERAS = parse_survey("""
name = "cameras"
title = "Cameras"
[subjects.cameras]
synonyms = ["cameras?"]
[subjects.monitoring]
synonyms = ["monitoring"]
[[questions]]
id = "1"
text = "How many cameras does the council operate?"
subject = "cameras"
measures = ["count"]
[[questions]]
id = "5"
text = "At what times is the monitoring done?"
subject = "monitoring"
measures = ["count"]
""")


def test_an_answers_bare_number_before_a_sentence_is_its_number_not_a_figure():
    text = ("1 The council operates 12 cameras in the town centre.\n"
            "5 Operation and monitoring of the equipment is a matter for the police.\n"
            "84 Cameras were replaced last year.\n")
    # "5 Operation and monitoring ...": the thing named further on is not what the 5 counts; "84 Cameras" is
    assert sorted((f.subject, f.value) for f in parse_reply(text, CAMERAS).facts) == [
        ("cameras", 12), ("cameras", 84)]


HOUSEHOLDS = parse_survey("""
name = "households"
title = "Households in temporary accommodation"
[subjects.households]
synonyms = ["households with children", "children"]
[[questions]]
id = "1"
text = "Number of households with children in temporary accommodation"
subject = "households"
measures = ["count"]
""")


def test_ages_that_say_who_is_counted_are_not_figures():
    text = ("1a. Number of households with children aged under 5 in temporary accommodation: 8\n"
            "1b. Number of households with children (under 18) in temporary accommodation: 31\n"
            "In 2025, 11 children between 1-2 were placed.\n")
    assert sorted(f.value for f in parse_reply(text, HOUSEHOLDS).facts) == [8, 11, 31]


CLAIMS = parse_survey("""
name = "claims"
title = "Claims"
[periods]
asked = [{ label = "2023", start = 2023-01-01, end = 2023-12-31 },
         { label = "2024", start = 2024-01-01, end = 2024-12-31 }]
[subjects.claims]
synonyms = ["claims submitted"]
[subjects.paid]
synonyms = ["compensation paid out"]
[[questions]]
id = "1"
text = "The total number of compensation claims submitted"
subject = "claims"
measures = ["count"]
[[questions]]
id = "4"
text = "The total amount of compensation paid out in each year"
subject = "paid"
measures = ["total_cost_gbp"]
""")


def test_a_table_rows_label_numbered_as_its_question_is_no_figure():
    text = ("| | 2023 | 2024 |\n"
            "| 1. Claims submitted | 61 | 36 |\n"
            "| 4. Total compensation paid out | £1269.52 | £506.10 |\n")
    assert figures(text, CLAIMS) == {
        ("claims", "2023", "count"): 61, ("claims", "2024", "count"): 36,
        ("paid", "2023", "total_cost_gbp"): 1269.52, ("paid", "2024", "total_cost_gbp"): 506.10}


OPENING = parse_survey("""
name = "opening"
title = "Opening hours"
[subjects.average_hours]
synonyms = ["average length of time"]
[subjects.shortest_hours]
synonyms = ["shortest length of time"]
[[questions]]
id = "2a"
text = "Average length of time that the toilets are open (in hours)"
subject = "average_hours"
measures = ["hours"]
[[questions]]
id = "2b"
text = "Shortest length of time that any toilet is open (in hours)"
subject = "shortest_hours"
measures = ["hours"]
""")


def test_a_question_numbered_with_its_part_after_a_full_stop():
    # "2.a)" is question 2a; "1.a)-d)" (a range of parts) is no one part's heading
    assert figures("2.a) 7 hours per day\n", OPENING) == {("average_hours", None, "hours"): 7}


HOMELESS = parse_survey("""
name = "homeless"
title = "Temporary accommodation"
[periods]
asked = [{ label = "2018-19", start = 2018-04-01, end = 2019-03-31 },
         { label = "2019-20", start = 2019-04-01, end = 2020-03-31 },
         { label = "2020-21", start = 2020-04-01, end = 2021-03-31 },
         { label = "2021-22", start = 2021-04-01, end = 2022-03-31 },
         { label = "2022-23", start = 2022-04-01, end = 2023-03-31 }]
[subjects.households]
synonyms = ["households?", "one[- ]person(?: households?)?", "lone[- ]parents?"]
[subjects.accommodation_type]
synonyms = ["type of accommodation", "bed and breakfasts?", "emergency"]
[[questions]]
id = "2"
text = "The number of households living in all forms of temporary accommodation, by household type"
subject = "households"
measures = ["count"]
[[questions]]
id = "3"
text = "What type of accommodation they are in (temp, emergency, bed and breakfast etc)?"
subject = "accommodation_type"
measures = ["count"]
""")

# Moray's reply (real set, temporary-accommodation-spend-2023), cut short: question 2's table, a footnote, then
# a second table with a header of its own and no "3." that answers question 3
_TWO_TABLES = ("2. No of HOUSEHOLDS living in all forms of temporary accommodation:\n"
               "\n"
               "Household Type Group 2018-19 2019-20 2020-21 2021-22 2022-23 Grand Total\n"
               "Lone Parent 114 125 95 107 105 546\n"
               "One Person Household 349 339 294 313 312 1607\n"
               "\n"
               "* The low numbers associated with this response may result in the identification of individuals.\n"
               "\n"
               "\n"
               "V HL2 2018-19 2019-20 2020-21 2021-22 2022-23 Grand Total\n"
               "5.1 LA Dwelling - Offered and Accepted 438 495 418 427 393 2171\n"
               "5.3 Hostel LA - Offered and Accepted 32 31 12 6 - 81\n")


def test_a_second_table_without_a_number_answers_the_next_question():
    got = {(f.question, f.subject, f.period, f.value) for f in parse_reply(_TWO_TABLES, HOMELESS).facts}
    assert ("2", "households", "2020-21", 95) in got and ("2", "households", "2018-19 to 2022-23", 1607) in got
    assert {v for q, _, _, v in got if q == "3"} == {438, 495, 418, 427, 393, 2171, 32, 31, 12, 6, 81}
    assert not any(q == "2" and v in (438, 32, 81) for q, _, _, v in got)


def test_a_dash_between_a_rows_figures_keeps_their_columns():
    # "Hostel LA ... 32 31 12 6 - 81" under five years and a total: no figure for 2022-23; 81 is the total
    got = {(f.period, f.value) for f in parse_reply(_TWO_TABLES, HOMELESS).facts if "Hostel" in f.quote}
    assert got == {("2018-19", 32), ("2019-20", 31), ("2020-21", 12), ("2021-22", 6), ("2018-19 to 2022-23", 81)}


def test_a_second_table_stays_with_its_question_when_the_next_one_has_its_own_number():
    text = _TWO_TABLES + "\n3. Bed and breakfast 40\n"
    got = {(f.question, f.value) for f in parse_reply(text, HOMELESS).facts}
    assert ("2", 438) in got and ("3", 438) not in got


def test_a_second_table_whose_rows_name_the_questions_subject_stays_with_it():
    text = _TWO_TABLES.replace("5.1 LA Dwelling", "Lone Parent").replace("5.3 Hostel LA", "One Person Household")
    got = {(f.question, f.value) for f in parse_reply(text, HOMELESS).facts}
    assert ("2", 438) in got and not any(q == "3" for q, _ in got)


TEACHERS = parse_survey("""
name = "teachers"
title = "Teachers off sick with mental health"
[periods]
asked = [{ label = "2020-21", start = 2020-09-01, end = 2021-08-31 },
         { label = "2021-22", start = 2021-09-01, end = 2022-08-31 }]
[subjects.sick_days]
synonyms = ["sick days"]
[[questions]]
id = "1"
text = "How many sick days were recorded from teachers citing mental health, as the total number of days and the number of teachers who were absent"
subject = "sick_days"
measures = ["count", "days"]
""")


def test_a_table_of_periods_each_with_the_same_columns_flattened_onto_one_line():
    # Merthyr's disclosure log (real set, sickness-absence), cut to two years: the periods, the columns'
    # headings once for each period, the row's label, then one figure a column
    text = ("Answer\n"
            "Please find below the information as requested. 2020-21 2021-22 No. of Days No. of Teachers No. of Days "
            "No. of Teachers Mental Health Sickness 312 19 1,141 29\n")
    assert figures(text, TEACHERS) == {
        ("sick_days", "2020-21", "days"): 312, ("sick_days", "2020-21", "count"): 19,
        ("sick_days", "2021-22", "days"): 1141, ("sick_days", "2021-22", "count"): 29}


CLAIMS_OPEN = parse_survey("""
name = "claims-open"
title = "Claims made and open"
[periods]
asked = [{ label = "2014/2015", start = 2014-04-01, end = 2015-03-31 },
         { label = "2015/2016", start = 2015-04-01, end = 2016-03-31 }]
[subjects.claims_made]
synonyms = ["claims made"]
[subjects.claims_open]
synonyms = ["still open", "outstanding"]
[[questions]]
id = "3"
text = "How many claims have been made? How many claims are still open?"
subject = "claims_made"
measures = ["count"]
[[questions]]
id = "3b"
text = "How many claims are still open?"
subject = "claims_open"
measures = ["count"]
""")


def test_two_figures_each_written_before_the_thing_it_counts_in_one_cell():
    # Moray's reply (real set, potholes): a cell (after two spaces) naming two things, each figure before its own
    text = "3.    2014/2015  36 claims made/ 0 outstanding\n"
    assert figures(text, CLAIMS_OPEN) == {
        ("claims_made", "2014/2015", "count"): 36, ("claims_open", "2014/2015", "count"): 0}


FPNS_ONE = parse_survey("""
name = "fpns-one"
title = "Environmental fixed penalty notices"
[periods]
asked = [{ label = "2020/21", start = 2020-04-01, end = 2021-03-31 },
         { label = "2021/22", start = 2021-04-01, end = 2022-03-31 }]
[subjects.fpns]
synonyms = ["penalty notices?", "fly tipping", "dog fouling"]
[[questions]]
id = "2"
text = "Please provide the total number of environmental Fixed Penalty Notices (e.g. for fly tipping, dog fouling) issued"
subject = "fpns"
measures = ["count"]
""")


def test_a_total_row_under_a_breakdown_of_the_questions_own_subject_by_year_is_its_figure():
    # Moray's reply (real set, fly-tipping), cut to two years: every row names the question's own thing, the
    # "Total" row is the question's figure for each year
    text = ("2.\n"
            "| 2020/21 | 2021/22 | Total | |\n"
            "| FPN Type | Number | Number | Number |\n"
            "| FPN - Dog Fouling | 1 | 1 | 2 |\n"
            "| FPN - Fly Tipping | 16 | 10 | 26 |\n"
            "| Total | 17 | 11 | 28 |\n")
    got = [(f.period, f.value) for f in parse_reply(text, FPNS_ONE).facts if f.quote.startswith("| Total")]
    assert ("2020/21", 17) in got and ("2021/22", 11) in got


MOTORING = parse_survey("""
name = "motoring"
title = "Income from motorists"
[periods]
asked = [{ label = "2018/19", start = 2018-04-01, end = 2019-03-31 },
         { label = "2019/20", start = 2019-04-01, end = 2020-03-31 }]
[subjects.income]
synonyms = ["income generated from motor expenses"]
[subjects.pcn_income]
synonyms = ["penalty charge notices?"]
[subjects.fees]
synonyms = ["parking (?:fees|charges)", "permits?"]
[[questions]]
id = "1"
text = "How much income has been accrued from motorists"
subject = "income"
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


def test_figures_under_a_heading_that_only_names_things_count_them_in_a_reply_that_writes_money_with_pounds():
    # Moray's reply (real set, parking-pcns motoring income): "Excess Charge Notices" is no word of the survey's;
    # the heading names things, no word of money stands above the figures, and the reply's money has "£"
    text = ("2018/19 2019/20\n"
            "1 Income generated from motor expenses: 872,962 875,487\n"
            "2(a) Excess Charge Notices:\n"
            "No Valid Ticket Display 1,505 1,054\n"
            "Outwith Limits of Marked Bay 34 86\n"
            "2 (b) Breakdown of income generated:\n"
            "Car Parking Charges - at parking meters £ 754,470 £ 765,802\n"
            "Monthly Parking Permits £ 28,657 £ 34,553\n")
    facts = parse_reply(text, MOTORING).facts
    assert not any(f.value in (1505, 1054, 34, 86) and f.measure != "count" for f in facts)
    got = {(f.question, f.value) for f in facts if f.measure == "total_cost_gbp"}
    assert ("1", 872962) in got and ("2b", 754470) in got and ("2b", 28657) in got


TEAMS = parse_survey("""
name = "teams"
title = "Agency teams"
[subjects.teams]
synonyms = ["teams?"]
[subjects.employed]
synonyms = ["social work team"]
[[questions]]
id = "1"
text = "Has your local authority employed any entire children's social work team through an agency?"
subject = "employed"
measures = ["count"]
[[questions]]
id = "1a"
text = "How many teams have you used?"
subject = "teams"
measures = ["count"]
""")


def test_a_number_the_words_before_make_money_is_no_count_under_a_question_that_asks_how_many():
    # Wokingham's reply (real set, agency-staff): "205k" after "at a cost of" is money, not 205,000 teams
    text = ("1. Has your local authority employed any entire children's social work team through an agency?\n"
            "a) How many teams have you used?\nWe used one team in 2018 at a cost of 205k\n")
    assert not any(f.measure == "count" and f.value == 205000 for f in parse_reply(text, TEAMS).facts)


def test_an_amount_under_a_question_that_asks_one_kind_of_money_is_that_kind_though_small_beside_a_count():
    # Dover's reply (real set, fly-tipping): the income heading names the notices (question 2's thing, counted),
    # and its table's header is copied from the count table; £5,000 beside 27 notices is still the income
    survey = parse_survey("""
name = "fpn-income"
title = "Fixed penalty notices and their income"
[periods]
asked = [{ label = "2020/2021", start = 2020-04-01, end = 2021-03-31 },
         { label = "2021/2022", start = 2021-04-01, end = 2022-03-31 }]
[subjects.fpns]
synonyms = ["penalty notices?"]
[subjects.income]
synonyms = ["environmental fpns?"]
[[questions]]
id = "2"
text = "Please provide the total number of environmental Fixed Penalty Notices issued"
subject = "fpns"
measures = ["count"]
[[questions]]
id = "3"
text = "Please state the total income received by the council from environmental FPNs"
subject = "income"
measures = ["total_cost_gbp"]
""")
    text = ("2. Fixed Penalty Notices issued by officers authorised by the Council for offences of littering\n\n"
            "Financial year\n\nNo.  FPNs issued\n\n2020/2021\n\n27\n\n2021/2022\n\n793\n\n"
            "3. Total Income for Fixed Penalty Notices issued by officers authorised by the Council for offences of "
            "littering\n\nFinancial year\n\nNo. FPNs issued\n\n2020/2021\n\n£5,000\n\n2021/2022\n\n£42,715\n")
    got = {(f.question, f.measure, f.period, f.value) for f in parse_reply(text, survey).facts}
    assert ("3", "total_cost_gbp", "2020/2021", 5000) in got and ("3", "total_cost_gbp", "2021/2022", 42715) in got
    assert ("2", "count", "2020/2021", 27) in got


CHALLENGES = parse_survey("""
name = "challenges"
title = "PCN challenges"
[subjects.challenged]
synonyms = ["challenged"]
[subjects.upheld]
synonyms = ["upheld"]
[subjects.cancelled]
synonyms = ["cancelled", "written off"]
[[questions]]
id = "2"
text = "Number of PCNs which were challenged"
subject = "challenged"
measures = ["count"]
[[questions]]
id = "4"
text = "Number of the challenged PCNs which were upheld, and the number which were cancelled"
subject = "upheld"
measures = ["count"]
[[questions]]
id = "4b"
text = "the number of the challenged PCNs which were not upheld/cancelled"
subject = "cancelled"
measures = ["count"]
""")


def test_figures_each_before_were_and_the_thing_it_counts_and_written_off_as_a_thing_asked_about():
    # Guildford's reply (real set, parking-pcns): "written off" is a kind of outcome the survey asks about, not a
    # section of things got rid of; "3,522 were cancelled" counts the cancelled ones
    text = ("4, Of the Guildford PCNs that were challenged, 3,522 were cancelled as a result of informal or formal "
            "representation, 2,435 were written off for other reasons and 2,934 were upheld.\n")
    got = {(f.subject, f.value) for f in parse_reply(text, CHALLENGES).facts}
    assert got == {("cancelled", 3522), ("cancelled", 2435), ("upheld", 2934)}


def test_the_thing_after_number_of_is_what_a_figure_said_with_is_counts():
    # Hastings's reply (real set, allotments): "plots" is counted, not the "sites" named after it
    survey = parse_survey("""
name = "plots"
title = "Allotment plots and sites"
[subjects.plots]
synonyms = ["plots?"]
[subjects.sites]
synonyms = ["sites?"]
[[questions]]
id = "1"
text = "How many allotment plots are there?"
subject = "plots"
measures = ["count"]
[[questions]]
id = "2"
text = "How many sites have a waiting list?"
subject = "sites"
measures = ["count"]
""")
    text = "The total number of plots of the sites that we manage is 521.\n"
    assert figures(text, survey) == {("plots", None, "count"): 521}


def test_a_figure_before_still_and_the_thing_it_counts():
    # Moray's reply (real set, potholes): "4 still outstanding" is 4 outstanding, not 4 more claims made
    text = "3.    2015/2016 32 claims made/ 4 still outstanding\n"
    assert figures(text, CLAIMS_OPEN) == {
        ("claims_made", "2015/2016", "count"): 32, ("claims_open", "2015/2016", "count"): 4}


def test_a_table_copied_a_column_at_a_time_reads_each_line_of_figures_as_the_next_column():
    # Moray's reply (real set, potholes), cut to two years: a header of columns, the years, then one line of
    # figures for each column after the first, in order
    survey = parse_survey("""
name = "roads"
title = "Road maintenance"
[periods]
asked = [{ label = "2015-2016", start = 2015-04-01, end = 2016-03-31 },
         { label = "2016-2017", start = 2016-04-01, end = 2017-03-31 }]
[subjects.spend]
synonyms = ["road maintenance", "capital expenditure", "revenue expenditure"]
[subjects.budget]
synonyms = ["capital budget", "revenue budget"]
[[questions]]
id = "3a"
text = "Spend on road maintenance (please provide both capital and revenue spend)?"
subject = "spend"
measures = ["total_cost_gbp"]
[[questions]]
id = "3b"
text = "Allocate for your road maintenance budget?"
subject = "budget"
measures = ["total_cost_gbp"]
""")
    text = ("The council spent on Road Maintenance the following:\n"
            "Financial Year | Capital Budget | Capital Expenditure | Revenue Budget | Revenue Expenditure |\n"
            "2015-2016 2016-2017 |\n"
            "£1,996,000 £2,414,000 |\n"
            "£1,974,196.00 £2,047,558.00 |\n"
            "£1,510,000 £1,544,000 |\n"
            "£1,485,460.00 £1,368,848.00 |\n")
    got = {(f.subject, f.period, f.value) for f in parse_reply(text, survey).facts}
    assert got == {("budget", "2015-2016", 1996000), ("budget", "2016-2017", 2414000),
                   ("spend", "2015-2016", 1974196), ("spend", "2016-2017", 2047558),
                   ("budget", "2015-2016", 1510000), ("budget", "2016-2017", 1544000),
                   ("spend", "2015-2016", 1485460), ("spend", "2016-2017", 1368848)}


def test_an_amount_on_a_short_line_naming_a_thing_asked_about_in_one_kind_of_money_is_that_kind():
    # Moray's reply (real set, potholes): "pd" (paid) names the compensation paid, asked as a total; no word on the
    # short line says price each or total, and £936.27 is small beside the 24 claims
    survey = parse_survey("""
name = "paid"
title = "Claims and compensation"
[subjects.claims]
synonyms = ["vehicle damage"]
[subjects.paid]
synonyms = ["pd"]
[[questions]]
id = "1a"
text = "How many claims has your council received for compensation due to damage caused to vehicles by potholes?"
subject = "claims"
measures = ["count"]
[[questions]]
id = "2"
text = "What was the total compensation amount paid by the council to claimants?"
subject = "paid"
measures = ["total_cost_gbp"]
""")
    got = {(f.question, f.measure, f.value) for f in parse_reply("010417 - 310318 24 vehicle damage £936.27 pd\n", survey).facts}
    assert ("2", "total_cost_gbp", 936.27) in got and ("1a", "count", 24) in got


def test_pounds_and_pence_on_a_line_of_their_own_are_money_where_the_thing_is_asked_about_in_money():
    # Cheshire Fire's reply (real set, sickness-absence): a table one cell a line; "70288.21" under "Sickness
    # amount Paid during absence" is money, not a count of 70288.21
    survey = parse_survey("""
name = "long-term-sick"
title = "Long-term sick on full pay"
[subjects.sick]
synonyms = ["staff numbers"]
[[questions]]
id = "1"
text = "People still on full contractual pay but classed as long-term sick: staff numbers and estimated annual cost"
subject = "sick"
measures = ["count", "total_cost_gbp"]
""")
    text = ("Number of Days\n\nActual Staff Numbers\n\nSickness amount Paid during absence up to 31st March\n\n"
            ">60 but less than 120\n\n8\n\n70288.21\n\n>120 but less than 365\n\n2\n\n35635.29\n")
    got = {(f.measure, f.value) for f in parse_reply(text, survey).facts}
    assert got == {("count", 8), ("total_cost_gbp", 70288.21), ("count", 2), ("total_cost_gbp", 35635.29)}


def test_a_length_of_time_that_conditions_a_share_or_count_before_it_is_no_figure():
    # Herefordshire's and Devon's replies (real set, parking-pcns): "71% within 14 days" is a share of PCNs paid, the
    # days are its condition; Northumberland's "£65 if paid within 7 days" gives how long a discount lasts
    from reader.rates import conditions_a_figure

    def condition(text: str) -> bool:
        return conditions_a_figure(text, text.index(" days") - len(text[:text.index(" days")].split()[-1]))
    assert condition("In 2021/22 - 71% within 14 days;")
    assert condition("• 39,269 cases paid within 14 days of issue at discounted amount")
    assert condition("6,605 cases paid after 28 days of issue at full charge")
    assert not condition("A.5 £65 if paid within 7 days")
    assert not condition("The average length of stay was 32 days")
    survey = parse_survey("""
name = "payment-time"
title = "How soon PCNs are paid"
[subjects.paid]
synonyms = ["paid"]
[[questions]]
id = "7"
text = "How many days does it take for a penalty charge notice to be paid (average), or the share paid within each period?"
subject = "paid"
measures = ["days", "percent"]
""")
    got = {(f.measure, f.value) for f in parse_reply("7. In 2021/22 - 71% paid within 14 days; 11% paid within 28 days\n", survey).facts}
    assert ("days", 14) not in got and ("days", 28) not in got
