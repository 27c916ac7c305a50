"""Figures people can trust (issue 13, items 3 and 4): the rules of reader/facts.py that keep the request's own
numbers out, give a bare figure the one period its question asks, tell apart two questions asked in the same
words, read the "Total" that closes a breakdown, and flag figures that cannot all be right.

Every reply below is written for this file in councils' English (or quoted from a real reply where the test
says so); each survey is a small one of the test's own, so no rule leans on one questionnaire.
"""

from __future__ import annotations

from reader import parse_reply
from reader.facts import CONFLICT_CONFIDENCE
from reader.survey import parse_survey

POSTAGE = parse_survey("""
name = "notices-posted"
title = "Notices posted last financial year"
[periods]
asked = [{ label = "2021-22", start = 2021-04-01, end = 2022-03-31 }]
[subjects.notices]
synonyms = ["penalty charge notices?", "PCNs?"]
[subjects.certificates]
synonyms = ["charge certificates?"]
[subjects.payment_time]
synonyms = ["average number of days"]
[[questions]]
id = "1"
text = "How many Penalty Charge Notices were issued and posted by your organisation last financial year?"
subject = "notices"
measures = ["count"]
periods = ["2021-22"]
[[questions]]
id = "2"
text = "How many Charge Certificates were issued and posted by your organisation last financial year?"
subject = "certificates"
measures = ["count"]
periods = ["2021-22"]
[[questions]]
id = "3"
text = "What is the average number of days it takes for a notice to be paid?"
subject = "payment_time"
measures = ["count"]
periods = []
""")

CHARGERS = parse_survey("""
name = "chargers"
title = "Charging points installed and planned"
[periods]
asked = [{ label = "2020-21", start = 2020-04-01, end = 2021-03-31 }, { label = "2020", start = 2020-01-01, end = 2020-12-31 }]
[subjects.installed]
synonyms = ["charging points?", "chargers?", "slow", "fast", "rapid", "installed"]
[subjects.planned]
synonyms = ["plan(?:s|ned)? to install", "planned", "next year"]
[subjects.budget]
synonyms = ["budget(?:ed)?"]
[[questions]]
id = "1"
text = "How many electric vehicle charging points have the council installed? (split slow/fast/rapid)"
subject = "installed"
measures = ["count"]
periods = []
[[questions]]
id = "2"
text = "How many do you plan to install over the next year? (split slow/fast/rapid)"
subject = "planned"
measures = ["count"]
[[questions]]
id = "3"
text = "How much has been budgeted for charging infrastructure?"
subject = "budget"
measures = ["total_cost_gbp"]
periods = []
""")


def readings(reply):
    return sorted((f.question, f.subject, f.period, f.measure, f.value) for f in reply.facts)


# --- the period a question asks -------------------------------------------------------------------------------

def test_a_bare_answer_takes_the_one_period_its_question_asks():
    # the answers of Herefordshire's reply (parking-pcns/herefordshire-pcn-postage-2022), keyed by number only
    r = parse_reply("Response\n\nA1. 19,997\n\nA2. 2,482\n\nA3. The average is not recorded.\n", POSTAGE)
    got = {(f.subject, f.value): (f.period, f.period_start, f.period_end) for f in r.facts}
    assert got == {("notices", 19997.0): ("2021-22", "2021-04-01", "2022-03-31"),
                   ("certificates", 2482.0): ("2021-22", "2021-04-01", "2022-03-31")}


def test_a_bare_answer_to_a_question_of_several_periods_gets_none():
    # question 2 asks "over the next year", read as two periods: which one "12" is of cannot be told
    r = parse_reply("2. We plan to install 12 more.\n", CHARGERS)
    assert readings(r) == [("2", "planned", None, "count", 12.0)]


def test_a_period_written_in_the_answer_wins_over_the_asked_one():
    r = parse_reply("A1. 19,997 in 2020/21\n", POSTAGE)
    assert [(f.period, f.period_start) for f in r.facts] == [("2020/21", "2020-04-01")]


# --- two questions asked in the same words ----------------------------------------------------------------------

def test_figures_under_a_questions_number_answer_it_though_their_words_name_another_subject():
    # after Hastings' reply (ev-charging/hastings-ev-charge-points-2020): "fast" is a word of question 1's
    # subject, but question 2 asks for the same split, and "Q2 -" heads the line
    r = parse_reply("Response\nQ1 - 2 Fast Points and 2 Rapid Points\nQ2 - 5 Fast units\nQ3 - Up to £20,000\n",
                    CHARGERS)
    assert readings(r) == [("1", "installed", None, "count", 2.0), ("1", "installed", None, "count", 2.0),
                           ("2", "planned", None, "count", 5.0), ("3", "budget", None, "total_cost_gbp", 20000.0)]


def test_a_subject_word_only_one_question_uses_keeps_its_own_subject():
    # "chargers" is not in question 2's wording: a line under question 2 that counts chargers in place is
    # still a count of chargers installed
    r = parse_reply("2. There are 10 chargers at present; no more are planned.\n", CHARGERS)
    assert [(f.subject, f.value) for f in r.facts] == [("installed", 10.0)]


# --- numbers of the request -------------------------------------------------------------------------------------

def test_a_quoted_request_sentence_gives_no_figures():
    text = ("You asked:\nIn the last financial year which ten roads were responsible for the most PCNs? Please give "
            "the name of all ten roads and the number of PCNs issued on each.\n\nWe answered:\nA1. 3,508\n")
    assert readings(parse_reply(text, POSTAGE)) == [("1", "notices", "2021-22", "count", 3508.0)]


def test_run_on_questions_and_their_examples_give_no_figures():
    text = ("1. How many PCNs were issued last financial year? 2. How many charge certificates were issued? "
            "3. For 2019 which five sites issued the most PCNs? Please give a description of each site. 4. For 2019 "
            "how many PCNs were issued to vehicles of (i) British Gas and (ii) Thames Water.\n"
            "3. What is the average number of days? e.g. 25 PCNs paid in the first week.\n\n"
            "Our answer: 1,200 PCNs were issued.\n")
    assert readings(parse_reply(text, POSTAGE)) == [("1", "notices", "2021-22", "count", 1200.0)]


def test_council_sentences_that_start_with_please_are_still_read():
    r = parse_reply("Please note that 2,482 charge certificates were issued last year.\n", POSTAGE)
    assert [(f.subject, f.value) for f in r.facts] == [("certificates", 2482.0)]


# --- counts held at a date --------------------------------------------------------------------------------------

STOCK = """
name = "phones"
title = "Phones"
[periods]
asked = [{{ label = "2010-11", start = 2010-04-01, end = 2011-03-31 }}]
[subjects.handsets]
synonyms = ["handsets?", "mobile phones?"]
[[questions]]
id = "1"
text = "{text}"
subject = "handsets"
measures = ["count"]
"""


def test_a_count_at_a_date_answers_a_question_of_how_many_there_are():
    survey = parse_survey(STOCK.format(text="The total number of mobile phones"))
    r = parse_reply("Total number of devices -\nMarch 2010 290 mobile phones\nMarch 2011 301 mobile phones\n"
                    "July 2011 296 mobile phones\n", survey)
    assert [(f.period, f.value) for f in r.facts] == [("March 2010", 290.0), ("March 2011", 301.0),
                                                      ("July 2011", 296.0)]


def test_a_count_at_a_date_is_not_an_answer_to_how_many_were_bought():
    survey = parse_survey(STOCK.format(text="How many mobile phones were purchased, and at what cost?"))
    r = parse_reply("Total number of devices -\nMarch 2010 290 mobile phones\nMarch 2011 301 mobile phones\n"
                    "July 2011 296 mobile phones\n", survey)
    assert r.facts == []


# --- totals and table headers -----------------------------------------------------------------------------------

OFFENCES = parse_survey("""
name = "fines"
title = "Fines by offence"
[periods]
asked = [{ label = "2020-21", start = 2020-04-01, end = 2021-03-31 },
         { label = "2021-22", start = 2021-04-01, end = 2022-03-31 }]
[subjects.fines]
synonyms = ["fixed penalty notices?", "FPNs?"]
[subjects.littering]
synonyms = ["littering"]
[subjects.graffiti]
synonyms = ["graffiti"]
[subjects.by_type]
synonyms = ["asbestos", "tyres", "white goods"]
[subjects.income]
synonyms = ["income"]
[[questions]]
id = "1"
text = "The total number of environmental fixed penalty notices issued in 2020-21 and 2021-22"
subject = "fines"
measures = ["count"]
[[questions]]
id = "2"
text = "Fly-tipping incidents in 2020-21 and 2021-22"
subject = "income"
measures = ["count"]
[[questions]]
id = "2a"
text = "per waste type"
subject = "by_type"
measures = ["count"]
""")


def test_the_total_row_of_a_breakdown_is_the_questions_figure():
    # after Moray's table (fly-tipping/moray-environmental-fpns-2025): a header of periods with no cell over the
    # row labels, a second header row, rows by offence, and a "Total" row that is what question 1 asks
    text = ("1.\n| 2020/21 | 2021/22 | Total | |\n| Offence | Number | Number | Number |\n"
            "| Littering | 12 | 9 | 21 |\n| Graffiti | 1 | 0 | 1 |\n| Total | 13 | 9 | 22 |\n")
    got = {(f.subject, f.period): f.value for f in parse_reply(text, OFFENCES).facts}
    assert got == {("littering", "2020/21"): 12, ("littering", "2021/22"): 9, ("littering", "2020/21 to 2021/22"): 21,
                   ("graffiti", "2020/21"): 1, ("graffiti", "2021/22"): 0, ("graffiti", "2020/21 to 2021/22"): 1,
                   ("fines", "2020/21"): 13, ("fines", "2021/22"): 9, ("fines", "2020/21 to 2021/22"): 22}


def test_the_total_line_of_a_lettered_questions_breakdown_is_its_main_questions_figure():
    # after Rushcliffe's list (fly-tipping/rushcliffe-fly-tipping-electricals-2022)
    text = "Response\n\n2021-22\n\n  \u2022 Asbestos - 17\n  \u2022 Tyres - 73\n  \u2022 Other - 244\n  \u2022 Total - 334\n"
    got = sorted((f.question, f.subject, f.period, f.value) for f in parse_reply(text, OFFENCES).facts)
    assert got == [("2", "income", "2021-22", 334.0), ("2a", "by_type", "2021-22", 17.0),
                   ("2a", "by_type", "2021-22", 73.0)]


def test_a_total_under_the_subjects_own_figures_is_still_their_sum():
    text = "1. Fixed penalty notices\n2020/21 - 13\n2021/22 - 9\nTotal 22\n"
    assert [(f.period, f.value) for f in parse_reply(text, OFFENCES).facts] == [("2020/21", 13.0), ("2021/22", 9.0)]


# --- conflicts --------------------------------------------------------------------------------------------------

DEVICES = parse_survey("""
name = "kit"
title = "Kit bought"
[periods]
asked = [{ label = "2019-20", start = 2019-04-01, end = 2020-03-31 }]
[subjects.laptops]
synonyms = ["laptops?"]
[subjects.tablets]
synonyms = ["tablets?"]
[[questions]]
id = "1"
text = "How many laptops were purchased, and what did each cost?"
subject = "laptops"
measures = ["count", "unit_cost_gbp", "total_cost_gbp"]
[[questions]]
id = "2"
text = "How many tablets were purchased, and what did each cost?"
subject = "tablets"
measures = ["count", "unit_cost_gbp", "total_cost_gbp"]
""")


def flagged(reply):
    return {(f.subject, f.measure, f.value): f.conflict for f in reply.facts}


def test_nil_beside_a_price_is_kept_and_flagged():
    r = parse_reply("Device | Number purchased 2019/20 | Unit cost\nLaptops | Nil | £650\nTablets | 40 | £320\n",
                    DEVICES)
    assert flagged(r) == {("laptops", "count", 0.0): "count 'Nil' beside a price of £650",
                          ("laptops", "unit_cost_gbp", 650.0): "price of £650 beside a count 'Nil'",
                          ("tablets", "count", 40.0): None, ("tablets", "unit_cost_gbp", 320.0): None}
    assert all(f.confidence <= CONFLICT_CONFIDENCE for f in r.facts if f.conflict)
    assert all(f.confidence > 0.7 for f in r.facts if not f.conflict)


def test_two_values_in_one_cell_are_both_kept_and_flagged():
    r = parse_reply("Device | 2019/20\nLaptops | 120 (150)\nTablets | 40\n", DEVICES)
    why = "2 figures for one thing in one table cell: 120 and 150"
    assert flagged(r) == {("laptops", "count", 120.0): why, ("laptops", "count", 150.0): why,
                          ("tablets", "count", 40.0): None}


def test_a_total_that_is_not_count_times_price_is_flagged():
    r = parse_reply("In 2019/20 we bought 10 laptops at £650 each, total £9,000.\n"
                    "In 2019/20 we bought 40 tablets at £320 each, total £12,800.\n", DEVICES)
    why = "total £9,000 is not 10 × £650 (= £6,500)"
    assert flagged(r) == {("laptops", "count", 10.0): why, ("laptops", "unit_cost_gbp", 650.0): why,
                          ("laptops", "total_cost_gbp", 9000.0): why, ("tablets", "count", 40.0): None,
                          ("tablets", "unit_cost_gbp", 320.0): None, ("tablets", "total_cost_gbp", 12800.0): None}


def test_an_average_price_rounded_to_the_pound_is_not_a_conflict():
    # 232 × £612.40 = £142,076.80: a price each written to the pound is the average of the total
    r = parse_reply("In 2019/20 we bought 232 laptops at an average of £612 each, total £142,077.\n", DEVICES)
    assert not any(f.conflict for f in r.facts) and len(r.facts) == 3


# --- a conflict reaches the review sheet with its reason -----------------------------------------------------------

def test_foi_review_lists_a_conflicting_figure_with_the_readers_reason(tmp_path):
    """The real parser and the bundled survey, end to end: `foi extract` keeps both readings of the "None mobile
    phones ... mobile phones £280.43 each" sentence, and `foi review` lists them (even with a threshold that no
    confidence is under) with the reason the reader gave."""
    import csv

    from click.testing import CliRunner

    from foi.cli import cli
    from tests.test_normalize import add_authorities, add_reply, add_request, rows
    from warehouse import db

    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    add_authorities(con)
    add_request(con, 1, "BNE", batch=None, title="Remote working devices and software")
    add_reply(con, 1, 11, "2021-10-27T09:00:00",
              "Dear Ms Smith,\n\nDuring 2020-21 the Council bought 617 laptops, 115 tablets and None mobile phones, "
              "at an average cost of laptops £547.62, tablets £999.83, mobile phones £280.43 each.\n\n"
              "Yours sincerely,\nInformation Governance Team")
    con.close()
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", "--db", str(path), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    con = db.connect(path, read_only=True)
    try:
        got = rows(con, "SELECT measure, value, conflict, conflict_reason, confidence FROM answers "
                        "WHERE subject = 'mobile_phones' ORDER BY measure")
    finally:
        con.close()
    assert [(r["measure"], r["value"], r["conflict"], r["conflict_reason"]) for r in got] == [
        ("count", 0.0, True, "count 'None' beside a price of £280.43"),
        ("unit_cost_gbp", 280.43, True, "price of £280.43 beside a count 'None'")]
    assert all(r["confidence"] <= CONFLICT_CONFIDENCE for r in got)

    sheet = tmp_path / "review.csv"
    result = runner.invoke(cli, ["review", "--db", str(path), "--out", str(sheet), "--threshold", "0"],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    with sheet.open(encoding="utf-8") as fh:
        listed = [(r["subject"], r["measure"], r["reason"]) for r in csv.DictReader(fh)]
    assert listed == [("mobile_phones", "count", "count 'None' beside a price of £280.43"),
                      ("mobile_phones", "unit_cost_gbp", "price of £280.43 beside a count 'None'")]


# --- question-and-answer layouts --------------------------------------------------------------------------------

def test_the_figure_after_a_restated_question_on_its_numbered_line_answers_it():
    # Rushcliffe's answers (parking-pcns/rushcliffe-pcn-postage-2022): question 2's words name notices too
    text = ("Response\n\n  1. How many Penalty Charge Notices were issued and posted last financial year? 3,508\n"
            "  2. How many Charge Certificates (related to Penalty Charge Notices) were issued and posted by your "
            "organisation last financial year? 217\n")
    assert readings(parse_reply(text, POSTAGE)) == [("1", "notices", "2021-22", "count", 3508.0),
                                                    ("2", "certificates", "2021-22", "count", 217.0)]


def test_answers_keyed_a_dot_number():
    # "A.16 3" in Northumberland's reply (fly-tipping/northumberland-littering-dog-fouling-fpns-2019)
    assert readings(parse_reply("A.1 19,997\nA.2 2,482\n", POSTAGE)) == [
        ("1", "notices", "2021-22", "count", 19997.0), ("2", "certificates", "2021-22", "count", 2482.0)]


def test_a_numbered_question_spaced_out_with_its_dates_heads_the_bare_answer_below():
    # Barnet Homes' reply (temporary-accommodation/barnet-homes-cots-temporary-accommodation-2024): the number
    # and the question are two cells apart, and the question names two dates; "111" below is its answer
    survey = parse_survey("""
name = "placements"
title = "Placements"
[periods]
asked = [{ label = "2023", start = 2023-01-01, end = 2023-12-31 }]
[subjects.infants]
synonyms = ["0-1 years? old"]
[subjects.toddlers]
synonyms = ["1-2 years? old"]
[[questions]]
id = "3"
text = "How many children were 0-1 years old when they were placed between 1 January 2023 and 31st December 2023?"
subject = "infants"
measures = ["count"]
[[questions]]
id = "4"
text = "How many children were 1-2 years old when they were placed between 1 January 2023 and 31st December 2023?"
subject = "toddlers"
measures = ["count"]
""")
    text = ("3.     How many children were 0-1 years old when they were placed between 1 January 2023 and 31st "
            "December 2023?\n111    \n4.     How many children were 1-2 years old when they were placed between "
            "1 January 2023 and 31st December 2023?\n104    \n")
    assert readings(parse_reply(text, survey)) == [("3", "infants", "2023", "count", 111.0),
                                                   ("4", "toddlers", "2023", "count", 104.0)]


INCOME = parse_survey("""
name = "income"
title = "Income from motorists"
[periods]
asked = [{ label = "2018-19", start = 2018-04-01, end = 2019-03-31 },
         { label = "2019-20", start = 2019-04-01, end = 2020-03-31 }]
[subjects.all_income]
synonyms = ["income generated from motor expenses", "total"]
[subjects.fines]
synonyms = ["excess charge notices?"]
[subjects.fees]
synonyms = ["parking permits?", "car parking charges?"]
[[questions]]
id = "1"
text = "How much income has been accrued from motorists?"
subject = "all_income"
measures = ["total_cost_gbp"]
[[questions]]
id = "2a"
text = "How much were you paid for excess charge notices?"
subject = "fines"
measures = ["total_cost_gbp"]
[[questions]]
id = "2b"
text = "How much were you paid in parking fees?"
subject = "fees"
measures = ["total_cost_gbp"]
""")


def test_a_year_table_in_parts_keeps_its_header_and_a_rows_number_is_not_a_figure():
    # after Moray's reply (parking-pcns/moray-motoring-income-2022): the years head the table once, each part
    # has a numbered label ending in a colon, and the first row starts with its number
    text = ("1. How much income has been accrued from motorists in 2018/19 and 2019/20?\nResponse\n"
            "2018/19 2019/20\n1 Income generated from motor expenses: 872,962 875,487\n"
            "2 (b) Breakdown of income generated:\nMonthly Parking Permits £ 28,657 £ 34,553\n"
            "Excess Charge Notices £ 89,835 £ 75,132\n")
    assert readings(parse_reply(text, INCOME)) == [
        ("1", "all_income", "2018/19", "total_cost_gbp", 872962.0),
        ("1", "all_income", "2019/20", "total_cost_gbp", 875487.0),
        ("2a", "fines", "2018/19", "total_cost_gbp", 89835.0), ("2a", "fines", "2019/20", "total_cost_gbp", 75132.0),
        ("2b", "fees", "2018/19", "total_cost_gbp", 28657.0), ("2b", "fees", "2019/20", "total_cost_gbp", 34553.0)]


# --- money written without a pound sign -------------------------------------------------------------------------

TEAMS = parse_survey("""
name = "teams"
title = "Agency teams"
[periods]
asked = [{ label = "2018", start = 2018-01-01, end = 2018-12-31 }, { label = "2019", start = 2019-01-01, end = 2019-12-31 }]
[subjects.teams]
synonyms = ["teams?"]
[subjects.permanent]
synonyms = ["permanent staff"]
[[questions]]
id = "1"
text = "How many teams have you used?"
subject = "teams"
measures = ["count"]
[[questions]]
id = "2"
text = "What was the cost of employing permanent staff, year on year?"
subject = "permanent"
measures = ["total_cost_gbp"]
[[questions]]
id = "3"
text = "What was the cost of the teams?"
subject = "teams"
measures = ["total_cost_gbp"]
""")


def test_a_number_written_as_an_amount_is_money_though_its_question_counts():
    # Wokingham's answer (agency-staff/wokingham-childrens-agency-social-work-teams-2022)
    r = parse_reply("1. How many teams have you used?\nWe used one team in 2018 at a cost of 205k\n", TEAMS)
    assert readings(r) == [("1", "teams", "2018", "count", 1.0), ("3", "teams", "2018", "total_cost_gbp", 205000.0)]


def test_bare_figures_under_a_question_that_asks_for_money_only_are_money():
    text = ("2. The cost of employing permanent staff, year on year.\n2017: data for 2017 is incomplete.\n"
            "2018: 1,956,180\n2019: 2,458,886\n")
    assert readings(parse_reply(text, TEAMS)) == [("2", "permanent", "2018", "total_cost_gbp", 1956180.0),
                                                  ("2", "permanent", "2019", "total_cost_gbp", 2458886.0)]


def test_a_sentence_under_a_money_question_still_says_what_its_numbers_count():
    text = "2. The cost of employing permanent staff.\nWe employed 42 permanent staff in 2018.\n"
    assert parse_reply(text, TEAMS).facts == []


# --- tables of years copied as single-spaced text -----------------------------------------------------------------

HOUSEHOLDS = parse_survey("""
name = "households"
title = "Households and children in temporary accommodation"
[periods]
asked = [{ label = "2021-22", start = 2021-04-01, end = 2022-03-31 }, { label = "2022-23", start = 2022-04-01, end = 2023-03-31 }]
[subjects.households]
synonyms = ["households"]
[subjects.children_affected]
synonyms = ["number of children", "children"]
[subjects.children_in_ta]
synonyms = ["children housed in temporary accommodation", "children"]
[[questions]]
id = "1"
text = "How many households were in temporary accommodation in each year?"
subject = "households"
measures = ["count"]
[[questions]]
id = "2"
text = "How many children would have been affected by those applications in each of the years?"
subject = "children_affected"
measures = ["count"]
[[questions]]
id = "3"
text = "How many children were housed in temporary accommodation in each year?"
subject = "children_in_ta"
measures = ["count"]
""")


def test_the_grand_total_row_and_column_of_a_year_table_are_figures():
    # after Moray's table (temporary-accommodation/moray-temporary-accommodation-spend-2023)
    text = ("1. Number of HOUSEHOLDS living in all forms of temporary accommodation:\n"
            "Household Type Group 2021-22 2022-23 Grand Total\nCouple (with dependants) 10 <5* 12\n"
            "Lone Parent 107 105 212\nGrand Total 117 107 224\n")
    got = sorted((f.period, f.value) for f in parse_reply(text, HOUSEHOLDS).facts)
    assert got == [("2021-22", 10.0), ("2021-22", 107.0), ("2021-22", 117.0), ("2021-22 to 2022-23", 12.0),
                   ("2021-22 to 2022-23", 212.0), ("2021-22 to 2022-23", 224.0), ("2022-23", 105.0),
                   ("2022-23", 107.0)]
    assert {f.subject for f in parse_reply(text, HOUSEHOLDS).facts} == {"households"}


def test_a_header_under_a_questions_number_names_that_questions_subject():
    # after Moray's reply (temporary-accommodation/moray-homelessness-children-temporary-accommodation-2025):
    # "Number of children" is question 2's phrase, "children housed in Temporary Accommodation" question 3's
    text = ("2. Year     Number of Children\n2022-23     262\n2021-22     229\n\n"
            "3. Year     Number of children housed in Temporary Accommodation\n2022-23     176\n2021-22     196\n")
    assert readings(parse_reply(text, HOUSEHOLDS)) == [
        ("2", "children_affected", "2021-22", "count", 229.0), ("2", "children_affected", "2022-23", "count", 262.0),
        ("3", "children_in_ta", "2021-22", "count", 196.0), ("3", "children_in_ta", "2022-23", "count", 176.0)]


def test_a_request_quoted_as_one_paragraph_gives_no_figures():
    # Barnet's page (fly-tipping/barnet-environmental-fpns-2025): the request run together on one line
    text = ("I am writing to request information under the Freedom of Information Act 2000 regarding Penalty Charge "
            "Notices.Please could you provide the following information:1.How many PCNs were issued? 2.Please "
            "provide the number of charge certificates for each of the years 2020-21 and 2021-22 3. Please state the "
            "average number of days.\nA1. 3,508\n")
    assert readings(parse_reply(text, POSTAGE)) == [("1", "notices", "2021-22", "count", 3508.0)]


# --- things got rid of, kinds of a thing, a period after its sentence, a header of phrases ------------------------

def test_figures_of_things_disposed_of_are_read_when_the_survey_asks_for_them():
    # after the Scottish Government's reply (devices/scottish-government-laptops-s12-2017)
    survey = parse_survey("""
name = "computers"
title = "Computers"
[periods]
asked = [{ label = "2013", start = 2013-01-01, end = 2013-12-31 }, { label = "2014", start = 2014-01-01, end = 2014-12-31 }]
[subjects.laptops]
synonyms = ["laptops?"]
[subjects.laptops_disposed]
synonyms = ["laptops? disposed(?: of)?", "disposed(?: of)? laptops?"]
[[questions]]
id = "1"
text = "How many laptops were purchased?"
subject = "laptops"
measures = ["count"]
[[questions]]
id = "2"
text = "How many laptops were disposed of?"
subject = "laptops_disposed"
measures = ["count"]
""")
    text = ("Year Laptops\n2013 1094\n2014 116\n\nWe have disposed of the following equipment:\n\nYear Laptops\n"
            "2013 92\n2014 707\n")
    assert readings(parse_reply(text, survey)) == [
        ("1", "laptops", "2013", "count", 1094.0), ("1", "laptops", "2014", "count", 116.0),
        ("2", "laptops_disposed", "2013", "count", 92.0), ("2", "laptops_disposed", "2014", "count", 707.0)]


APPEALS = parse_survey("""
name = "appeals"
title = "Appeals"
[periods]
asked = [{ label = "2021-22", start = 2021-04-01, end = 2022-03-31 }, { label = "2022-23", start = 2022-04-01, end = 2023-03-31 }]
[subjects.notices]
synonyms = ["penalty notices?", "PCNs?"]
[subjects.won]
synonyms = ["successful(?:ly)? appealed", "cancelled"]
[subjects.income]
synonyms = ["amount paid"]
[[questions]]
id = "1"
text = "How many PCNs were issued?"
subject = "notices"
measures = ["count"]
[[questions]]
id = "2"
text = "How many appeals were successful?"
subject = "won"
measures = ["count"]
[[questions]]
id = "3"
text = "What was the income from PCNs?"
subject = "income"
measures = ["total_cost_gbp"]
""")


def test_the_words_after_the_thing_counted_say_which_kind_and_a_period_after_the_sentence_is_its():
    # Wokingham's lines (parking-pcns/wokingham-parking-violation-pcns-2024)
    text = ("5,378 Penalty Notices successfully appealed at informal or appeal stages. Financial year 21/22\n"
            "18,758 Penalty Notices issued in 2022/23.\n")
    assert readings(parse_reply(text, APPEALS)) == [("1", "notices", "2022/23", "count", 18758.0),
                                                    ("2", "won", "21/22", "count", 5378.0)]


def test_a_header_word_pair_that_names_a_subject_is_one_column():
    # TfL's table (parking-pcns/tfl-bus-lane-income-2020): "Amount Paid" is one column, not two
    text = "Year Amount Paid\n2021/2022 £ 777,931\n2022/2023 £ 751,098\n"
    assert readings(parse_reply(text, APPEALS)) == [("3", "income", "2021/2022", "total_cost_gbp", 777931.0),
                                                    ("3", "income", "2022/2023", "total_cost_gbp", 751098.0)]


def test_a_number_in_a_sentence_that_counts_a_noun_of_its_own_is_not_the_subjects():
    # after Thurrock's reply (ev-charging/thurrock-ev-charge-points-2020)
    text = ("1. How many charging points have the council installed?\n"
            "There are 4 locations in the borough at present, all of them in car parks.\n8 chargers have been installed.\n")
    assert readings(parse_reply(text, CHARGERS)) == [("1", "installed", None, "count", 8.0)]


def test_none_in_a_count_row_and_a_price_in_the_unit_cost_row_of_the_same_year_are_flagged():
    # the demo's Surrey: the count row says "None" for 2020/21, the unit-cost row gives £795.41 for that year
    from reader import load_survey, parse_reply
    text = ("Device\t2018/19\t2019/20\t2020/21\n"
            "Laptops\t1,279\t1,236\tNone\n"
            "Laptops - average unit cost\t£912.21\t£915.40\t£795.41\n")
    facts = parse_reply(text, load_survey("remote-working-2021")).facts
    flagged = {(f.period, f.measure, f.value): f.conflict for f in facts if f.subject == "laptops" and f.conflict}
    assert set(flagged) == {("2020/21", "count", 0.0), ("2020/21", "unit_cost_gbp", 795.41)}
    assert "'None'" in flagged[("2020/21", "count", 0.0)] and "£795.41" in flagged[("2020/21", "count", 0.0)]
    # the years with a count and a price are not doubted
    assert all(f.conflict is None for f in facts if f.period != "2020/21")


def test_a_conflict_reason_does_not_name_a_zero_word_the_count_may_not_be():
    # the demo's Sheffield: "Laptops 0 985 None £1,101.36" — the flagged count is the 0 of 2018/19, so its reason
    # must not call it 'None' (the quote is the whole row, which holds both)
    from reader import load_survey, parse_reply
    text = ("Device\t2018/19\t2019/20\t2020/21\tUnit cost\n"
            "Laptops\t0\t985\tNone\t£1,101.36\n")
    facts = parse_reply(text, load_survey("remote-working-2021")).facts
    reasons = [f.conflict for f in facts if f.conflict]
    assert reasons and not any("'None'" in r for r in reasons)


def test_a_price_with_no_period_of_its_own_stands_beside_every_zero_of_its_row():
    # the demo's Sheffield: "Laptops 0 985 None £1,101.36" — the price is the row's, so both the 0 of 2018/19 and
    # the None of 2020/21 are counts of nothing beside a price; 2019/20's 985 is not doubted
    from reader import load_survey, parse_reply
    text = ("Device\t2018/19\t2019/20\t2020/21\tUnit cost\n"
            "Laptops\t0\t985\tNone\t£1,101.36\n")
    facts = parse_reply(text, load_survey("remote-working-2021")).facts
    counts = {f.period: f for f in facts if f.subject == "laptops" and f.measure == "count"}
    assert counts["2018/19"].conflict and counts["2020/21"].conflict
    assert counts["2019/20"].conflict is None
    assert all(f.confidence < 0.7 for f in (counts["2018/19"], counts["2020/21"]))


MODELS = parse_survey("""
name = "handsets-spend"
title = "Handsets bought"
[subjects.handsets]
synonyms = ["handsets?", "devices?", "mobile phones?"]
[[questions]]
id = "1"
text = "Total amount spent on mobile phone handsets"
subject = "handsets"
measures = ["total_cost_gbp"]
""")


def test_a_number_that_ends_a_models_name_under_a_heading_of_types_is_no_sum_of_money():
    # quoted from Charnwood's reply (devices, FOI 1356): under "Type of devices -", each line names a model; the "2"
    # of "HTC Touch Diamond 2" is part of its name, not £2 spent, though the question asks for money
    text = ("Total amount spent on handsets -\n\n"
            "2011-12 (Apr-Jul)    £5,000\n\n"
            "Type of devices -\n\n"
            "Mobile Phone used is Nokia 2330\n\n"
            "PDA used is HTC Touch Diamond 2\n")
    facts = parse_reply(text, MODELS).facts
    assert [f.value for f in facts] == [5000.0]


def test_a_heading_of_types_still_lets_a_sum_written_as_money_through():
    text = ("Type of devices -\n\n"
            "Mobile Phone used is Nokia 2330, handsets cost £2,400\n")
    facts = parse_reply(text, MODELS).facts
    assert [f.value for f in facts] == [2400.0]
