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
