"""Reading a reply question by question: answers keyed by their number, a council's own numbering told by its
words, two questions about one subject, answers in words under a number, and the outcome that follows.

Real replies come from the real-reply set (tests/files/real_set/); the made-up ones isolate each pattern.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from benchmarks.real_set import read_page
from reader import load_survey, parse_reply
from reader.survey import parse_survey

SET = Path(__file__).parent / "files" / "real_set"
FPNS = load_survey(SET / "surveys" / "fly-tipping-environmental-fpns-2025.toml")


def facts(reply):
    return sorted((f.question, f.subject, f.period_start, f.measure, f.value) for f in reply.facts)


def test_answers_under_bare_question_numbers_are_that_questions_figures():
    # Hastings: "Q2." then "2020/2021 - 40" ...; "Q3." then "2020/2021 - £2100" ... — no subject word anywhere
    _, text = read_page(SET / "fly-tipping" / "hastings-environmental-fpns-2025.txt")
    r = parse_reply(text, FPNS)
    got = facts(r)
    assert ("2", "environmental_fpns", "2020-04-01", "count", 40.0) in got
    assert ("2", "environmental_fpns", "2024-04-01", "count", 31.0) in got
    assert ("3", "environmental_fpn_income", "2020-04-01", "total_cost_gbp", 2100.0) in got
    assert ("3", "environmental_fpn_income", "2024-04-01", "total_cost_gbp", 2090.0) in got
    assert len([f for f in r.facts if f.question in ("2", "3")]) == 10
    q = {x.question: x.outcome for x in r.questions}
    # "Q1. No external contractor is employed to do this.": answered in words under its number
    assert q == {"1": "successful", "2": "successful", "3": "successful"}
    assert r.outcome == "successful"


SURVEY = parse_survey(textwrap.dedent("""
    name = "agency"
    title = "Agency social workers"
    [periods]
    asked = [
      { label = "2020/21", start = "2020-04-01", end = "2021-03-31" },
      { label = "2021/22", start = "2021-04-01", end = "2022-03-31" },
    ]
    [subjects.teams]
    label = "Managed teams"
    synonyms = ["managed teams?"]
    [subjects.agency_workers]
    label = "Agency social workers"
    synonyms = ["agency social workers?"]
    [subjects.fpns]
    label = "FPNs"
    synonyms = ["fpns?", "fixed penalty notices?"]
    [[questions]]
    id = "1"
    text = "How many managed teams has your local authority employed through an agency?"
    subject = "teams"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "Which area of children's social care were agency teams employed to cover?"
    subject = "teams"
    measures = ["count"]
    [[questions]]
    id = "5"
    text = "The number of children's social workers employed individually through an agency, year on year."
    subject = "agency_workers"
    measures = ["count"]
    [[questions]]
    id = "6"
    text = "How many fixed penalty notices were issued?"
    subject = "fpns"
    measures = ["count"]
    [[questions]]
    id = "7"
    text = "What was the income from fixed penalty notices?"
    subject = "fpns"
    measures = ["total_cost_gbp"]
    """), "agency.toml")


def test_a_councils_own_numbering_is_told_by_the_words_after_the_number():
    # the council numbers its answer "2." but its words restate the survey's question 5
    text = ("2. The number of children's social workers employed individually through an agency by the council "
            "over the last five years as a year-on-year breakdown is as shown below:\n\n"
            "2020/21 42\n2021/22 45\n")
    r = parse_reply(text, SURVEY)
    assert facts(r) == [("5", "agency_workers", "2020-04-01", "count", 42.0),
                        ("5", "agency_workers", "2021-04-01", "count", 45.0)]


def test_a_bare_number_keeps_its_own_question():
    r = parse_reply("1.\n2020/21 - 3\n2021/22 - 4\n", SURVEY)
    assert {(f.question, f.subject) for f in r.facts} == {("1", "teams")}


def test_two_questions_about_one_subject_are_told_apart_by_question_and_measure():
    text = "6. 2020/21 - 120\n7. 2020/21 - £9,600\n"
    r = parse_reply(text, SURVEY)
    assert facts(r) == [("6", "fpns", "2020-04-01", "count", 120.0),
                        ("7", "fpns", "2020-04-01", "total_cost_gbp", 9600.0)]


def test_a_question_answered_with_figures_and_another_not_held_is_partly_successful():
    text = ("Q6.\n2020/21 - 120\n2021/22 - 98\n\n"
            "Q7. We do not hold this information, as income is not recorded against fixed penalty notices.\n")
    r = parse_reply(text, SURVEY)
    q = {x.question: x.outcome for x in r.questions}
    assert q["6"] == "successful" and q["7"] == "not_held"
    assert r.outcome == "partially_successful"


def test_a_restated_question_with_no_answer_under_it_is_not_an_answer():
    text = "Q1. How many managed teams has your local authority employed through an agency?\n\nQ6.\n2020/21 - 5\n"
    r = parse_reply(text, SURVEY)
    q = {x.question: x.outcome for x in r.questions}
    assert "1" not in q and q["6"] == "successful"


# Tables a page flattened to one cell per line ----------------------------------------------------------------

def test_a_table_of_one_cell_per_line_between_bars_is_read_by_its_columns():
    # Dover's disclosure log: an HTML table whose cells each stand between lines of "|" (a row ends at "|" "|")
    _, text = read_page(SET / "temporary-accommodation" / "dover-out-of-area-children-2026.txt")
    from reader.cells import rejoin_cells

    rows = rejoin_cells(text)
    assert len(rows) == len(text)
    assert "\nFolkestone & Hythe | 22 | 31 | 10 |" in rows
    assert "\n2. All 28 temporary accommodation" in rows     # the answer after the table stays a line of its own
    survey = load_survey(SET / "surveys" / "temporary-accommodation-out-of-area-children-2026.toml")
    got = {(f.period_start, f.value) for f in parse_reply(text, survey).facts if f.quote.startswith("Folkestone")}
    assert got == {("2023-04-01", 22.0), ("2024-04-01", 31.0), ("2025-04-01", 10.0)}


def test_periods_and_figures_on_lines_of_their_own_are_paired():
    # Dover's FPN answer: "2020/2021", a blank line, "27" ... under "Financial year" / "No. FPNs issued"
    _, text = read_page(SET / "fly-tipping" / "dover-environmental-fpns-2025.txt")
    got = {(f.question, f.period_start, f.value) for f in parse_reply(text, FPNS).facts}
    assert ("2", "2021-04-01", 793.0) in got and ("3", "2021-04-01", 42715.0) in got
    assert len(got) == 10


def test_a_withheld_small_number_holds_its_column():
    text = ("2. Households in temporary accommodation:\n\n"
            "Household Type 2020/21 2021/22 Grand Total\n"
            "Couple (with children) <5* 10 14\n"
            "Lone Parent 114 125 239\n")
    r = parse_reply(text, SURVEY_TA)
    got = sorted((f.period_start, f.period_end, f.value) for f in r.facts)
    # "<5*" is no figure (a small number withheld) but fills the 2020/21 column; the row totals are not a year's
    # but the whole span's (tests/files/real_set/README.md: "a total over several periods is a figure of its own")
    assert got == [("2020-04-01", "2021-03-31", 114.0), ("2020-04-01", "2022-03-31", 14.0),
                   ("2020-04-01", "2022-03-31", 239.0), ("2021-04-01", "2022-03-31", 10.0),
                   ("2021-04-01", "2022-03-31", 125.0)]


SURVEY_TA = parse_survey(textwrap.dedent("""
    name = "ta"
    title = "Temporary accommodation"
    [periods]
    asked = [
      { label = "2020/21", start = "2020-04-01", end = "2021-03-31" },
      { label = "2021/22", start = "2021-04-01", end = "2022-03-31" },
    ]
    [subjects.households]
    label = "Households in temporary accommodation"
    synonyms = ["households? in temporary accommodation"]
    [[questions]]
    id = "2"
    text = "How many households were living in temporary accommodation?"
    subject = "households"
    measures = ["count"]
    """), "ta.toml")


def test_numbers_in_a_restated_question_are_not_figures():
    text = "3. For 2016 which five sites have been responsible for the most PCNs?\n6. 2016 - 4,120\n"
    r = parse_reply(text, SURVEY)
    assert [(f.question, f.value) for f in r.facts] == [("6", 4120.0)]
    # Lincolnshire restates the request's parts up to a colon: "A) Copies of the last 10 tribunal decisions ..."
    _, page = read_page(SET / "parking-pcns" / "lincolnshire-police-pcn-tribunal-decisions-2020.txt")
    survey = load_survey(SET / "surveys" / "parking-pcns-police-tribunal-decisions.toml")
    assert [f.value for f in parse_reply(page, survey).facts if f.value == 10] == []


def test_the_options_a_question_lists_are_not_figures():
    # Brentwood's log: the request's "2.Level of management 1, 2 , 3 or 4*", then its key "1" / "Tier 1 ..."
    _, page = read_page(SET / "agency-staff" / "brentwood-interim-managers-2016.txt")
    survey = load_survey(SET / "surveys" / "agency-staff-temporary-managers-2016.toml")
    r = parse_reply(page, survey)
    assert {3.0, 2.0} <= {f.value for f in r.facts}               # "2014/15: 3", "15/16: 2"
    assert not [f for f in r.facts if "Level of management" in f.quote]
    # the request, from its "Request" label to the "Response" heading, is the requester's
    (start, end), = r.ignored
    assert page[start - 9:start].strip() == "Request" and page[end:end + 8] == "Response"
    # ... but three figures that happen to follow each other are figures
    from reader.scan import never_spans
    assert never_spans("tablets: 4, 5 and 6 bought") == []
