"""Forms of English found reading the topic labelled blind two sessions ago and seen now (ehcp-assessments), and
the table shapes of traveller-encampments: each test quotes the real reply's words (from tests/files/real_set/) that
the rule reads, with made-up variants, and each is read wrongly without its rule.
"""

from __future__ import annotations

import textwrap

from reader import parse_reply
from reader.survey import parse_survey

QUARTERS = parse_survey(textwrap.dedent("""
    name = "requests-quarterly"
    title = "Requests per quarter"
    [subjects.requests]
    label = "Assessments requested"
    synonyms = ["assessments requested"]
    [subjects.finals]
    label = "Final plans issued"
    synonyms = ["final plans?"]
    [[questions]]
    id = "1"
    text = "The number of assessments requested per quarter from January 1, 2018 to today."
    subject = "requests"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "The number per quarter that continued to a final plan."
    subject = "finals"
    measures = ["count"]
    """), "requests-quarterly.toml")


def _read(text: str, survey=QUARTERS) -> set[tuple[str, str | None, str | None, float]]:
    return {(f.question, f.period_start, f.period_end, f.value) for f in parse_reply(text, survey).facts}


# "2018 2018 ..." over "Qtr. 1 Qtr.2 ...": a header's second row of quarters under its years ----------------------------

def test_a_row_of_quarters_under_a_row_of_years_dates_each_column_to_its_quarter():
    # Devon's reply (ehcp-assessments/devon-ehcp-assessments-quarterly-2020): the quarter's numbers were read as
    # figures ("1 Qtr.2 Qtr." = 1, ...) and "only 3 quarters so far" as a count of 3; the figures had the year only
    text = ("1. The number of EHCP needs assessments requested per quarter from January 1, 2018 to today.\n\n"
            "Calendar years (only 3 quarters so far for 2020)\n"
            "2018 2018 2018 2018 2019 2019 2019 2019 2020 2020 2020\n"
            "Qtr. 1 Qtr.2 Qtr. 3 Qtr.4 Qtr. 1 Qtr. 2 Qtr. 3 Qtr. 4 Qtr. 1 Qtr. 2 Qtr. 3\n"
            "463 362 309 359 422 399 368 487 595 329 321\n")
    got = _read(text)
    assert len(got) == 11
    assert ("1", "2018-01-01", "2018-03-31", 463) in got
    assert ("1", "2018-04-01", "2018-06-30", 362) in got
    assert ("1", "2019-10-01", "2019-12-31", 487) in got
    assert ("1", "2020-07-01", "2020-09-30", 321) in got
    assert not any(v in (1, 2, 3, 4) for *_, v in got)


def test_quarters_under_financial_years_in_a_table_of_cells():
    # made up: a tabbed header of financial years over "Quarter 1" ... the first quarter of 2019/20 is April-June 2019
    text = ("2. Final plans issued\n"
            "\t2019/20\t2019/20\t2020/21\t2020/21\n"
            "\tQuarter 1\tQuarter 2\tQuarter 1\tQuarter 2\n"
            "Final plans\t31\t40\t52\t18\n")
    got = _read(text)
    assert ("2", "2019-04-01", "2019-06-30", 31) in got
    assert ("2", "2019-07-01", "2019-09-30", 40) in got
    assert ("2", "2020-04-01", "2020-06-30", 52) in got
    assert not any(v in (1, 2) for *_, v in got)


def test_a_quarter_named_in_prose_is_no_figure():
    # a sweep's reply (Lincolnshire's complaints): "The quarter 4 and annual reporting will be published to our
    # website soon" (the 4 made a refusal under s22 look answered); "only 3 quarters so far" counts no assessments
    text = ("1. Exempt under Section 22.\nThe quarter 4 and annual reporting of assessments requested will be "
            "published soon.\nAssessments requested (only 3 quarters so far for 2020)\n")
    assert _read(text) == set()

