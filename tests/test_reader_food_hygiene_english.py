"""How councils write replies the reader first met on the food-hygiene topic, each rule tested with real reply text
(the reply named in each test, from tests/files/real_set/food-hygiene/<slug>.txt, cut to the lines that matter), and
some with the same form from another topic or made up, to show the rule is about the English, not the reply."""

from __future__ import annotations

from pathlib import Path

from reader import load_survey, parse_reply
from reader.rates import find_rates
from reader.scan import find_values, never_spans

SET = Path(__file__).resolve().parent / "files" / "real_set"
SURVEYS = SET / "surveys"
DRAFTED = SET / "drafted"

OVERDUE = SURVEYS / "food-hygiene-overdue-three-years-2019.toml"
OVERDUE_EDITED = DRAFTED / "food-hygiene-overdue-three-years-2019.edited.toml"
OVERDUE_RAW = DRAFTED / "food-hygiene-overdue-three-years-2019.toml"


def facts(text: str, survey) -> list:
    return parse_reply(text, survey).facts


# moray-food-hygiene-inspections-101002163519: premises still overdue by the year they fell due, and how long
MORAY_OVERDUE = (
    "3. & 4. Our records indicate the following are still overdue as of today's date:\n\n"
    "2016 - 1 Premises  1149 days overdue\n"
    "2017 - 6 Premises  517-797 days overdue\n")


def test_a_range_of_days_is_one_length_its_middle_never_a_count():
    line = "2017 - 6 Premises  517-797 days overdue"
    # neither end is a count ("517" was read as premises where no question asks for days)
    assert [v.value for v in find_values(line, never_spans(line))] == [2017, 6]
    # where days are asked, the range is one length of time, approximate (the README: a range is its middle)
    (rate,) = find_rates(line, {"days"})
    assert (rate.value, rate.approx, rate.text) == (657, True, "517-797 days")
    assert [r.value for r in find_rates("average 2-3 weeks", {"days"})] == [17.5]
    # one value alone is still read as before
    assert [r.value for r in find_rates("1149 days overdue", {"days"})] == [1149]
    for survey in (load_survey(OVERDUE), load_survey(OVERDUE_EDITED), load_survey(OVERDUE_RAW)):
        assert 517 not in {f.value for f in facts(MORAY_OVERDUE, survey)}


def test_a_length_of_time_whose_unit_starts_the_subject_that_ends_the_line_is_its_length():
    # "1149 days overdue": "days overdue" is the thing question 4 asks in days, named by the figure's unit
    found = {(f.subject, f.measure, f.value) for f in facts(MORAY_OVERDUE, load_survey(OVERDUE))}
    assert {("overdue_premises", "count", 1), ("time_overdue", "days", 1149), ("overdue_premises", "count", 6),
            ("time_overdue", "days", 657)} <= found
