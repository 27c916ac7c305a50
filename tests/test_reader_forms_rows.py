"""Forms of English councils write in any topic (helper "tablefix", session of 2026-12-07): rows of period ×
figures, periods as replies write them, a question's parts that are its periods. Each test quotes a real reply's
words (tests/files/real_set/) that the rule reads, and each is read wrongly without it.
"""

from __future__ import annotations

import textwrap

from reader import parse_reply
from reader.survey import parse_survey


def _figures(text: str, survey) -> set[tuple[str | None, str, float]]:
    return {(f.question, f.measure, f.value) for f in parse_reply(text, survey).facts}


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
