"""Forms of English councils write in any topic (helper "rules10", session of 2026-12-07), found in the street-trees,
pest-control and stray-dogs replies, the first two labelled blind and read here for the first time. Each test quotes
a real reply's words (tests/files/real_set/) that the rule reads, with made-up variants, and each is read wrongly
without its rule.
"""

from __future__ import annotations

import textwrap

from reader import parse_reply
from reader.survey import parse_survey

from tests.reading_helpers import figures


PLANTED_REMOVED = parse_survey(textwrap.dedent("""
    name = "trees"
    title = "Trees planted and removed"
    [periods]
    asked = [
      { label = "2019-20", start = "2019-04-01", end = "2020-03-31" },
      { label = "2020-21", start = "2020-04-01", end = "2021-03-31" },
    ]
    [subjects.trees_planted]
    label = "Trees planted"
    synonyms = ["trees[\\\\s-]*planted"]
    [subjects.trees_removed]
    label = "Trees removed"
    synonyms = ["trees[\\\\s-]*removed"]
    [[questions]]
    id = "1"
    text = "The number of trees planted by the council, its contractors and/or other organisations funded by the council"
    subject = "trees_planted"
    measures = ["count"]
    periods = ["2019-20", "2020-21"]
    [[questions]]
    id = "2"
    text = "The number of trees removed by those listed above"
    subject = "trees_removed"
    measures = ["count"]
    periods = ["2019-20", "2020-21"]
"""))


# A bulleted request restated, each bullet over its own rows of years --------------------------------------------

HEREFORDSHIRE = (
    "Response\n\n"
    "For each financial year, from 2019-20 to 2023-24, please provide: \u2022       The number of trees planted by "
    "the council, its contractors and/or other organisations funded by the council\n\n \n\n"
    "Answer: Please find the total number of trees below:\n\n"
    "-       2019/20        52\n\n-       2020/21        14\n\n"
    "\u2022       The number of trees removed by those listed above\n\n \n\n"
    "Answer: We only remove trees when necessary (For example due to being dead, diseased dangerous or in extreme "
    "cases when damaging private property)\n\n"
    "The following are trees removed by BBLP as a result of surveys, not other departments within the Council:\n\n"
    "2019/20        155\n\n2020/21        142\n\n")


def test_next_bullet_ends_the_table_whose_header_named_the_first():
    # Herefordshire, street-trees/herefordshire-trees-planted-removed-2024: the request's line spaced out into cells
    # ("... please provide: •       The number of trees planted ...") heads the first rows of years; the next bullet,
    # naming trees removed, heads the rows under it, not one more row of the first table (they were read as trees
    # planted)
    got = figures(HEREFORDSHIRE, PLANTED_REMOVED, "question", "period", "value")
    assert {("1", "2019/20", 52.0), ("1", "2020/21", 14.0), ("2", "2019/20", 155.0), ("2", "2020/21", 142.0)} <= got
    assert ("1", "2019/20", 155.0) not in got


def test_next_bullet_ends_the_table_made_up_variant():
    text = ("Please provide:   The number of trees planted by the council\n"
            "2019/20    10\n2020/21    12\n"
            "-   The number of trees removed by those listed above\n"
            "2019/20    7\n2020/21    9\n")
    got = figures(text, PLANTED_REMOVED, "question", "period", "value")
    assert {("2", "2019/20", 7.0), ("2", "2020/21", 9.0)} <= got
    assert not {("1", "2019/20", 7.0), ("1", "2020/21", 9.0)} & got


def test_row_label_on_its_own_line_still_keeps_its_table():
    # what the restoring rule is for: "Tablet computers" / "5 | 40 | £320", a row label a PDF put on its own line
    # under a header of periods
    text = ("Device | 2019-20 | 2020-21\n"
            "Trees planted | 3 | 4\n"
            "Trees removed\n"
            "| 5 | 6\n")
    got = figures(text, PLANTED_REMOVED, "question", "period", "value")
    assert {("2", "2019-20", 5.0), ("2", "2020-21", 6.0)} <= got
