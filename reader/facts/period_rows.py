"""Rows of a period and its figures, one row a period, under column names that name no thing the survey asks
about ("Year Number Total" / "2014 30 £487,177.66" / "2015 32 £336,329.80"): each figure is the figure of the one
question that asks for its measure (a count, a sum of money), of the row's period."""

from __future__ import annotations

import re

from ..periods import Period, find_periods
from ..scan import Value, find_values
from ..survey import Survey
from .model import _Line

# what may stand between a row's figures: spaces, tabs, a table's bars, a dash or a colon
_BETWEEN = re.compile(r"[\s|:\-\u2013\u2014]*")
# a question that asks for a count in words, not a count a draft guessed ("Please provide reasons ...")
_COUNT_WORDS = re.compile(r"\bhow\s+many\b|\bnumbers?\s+of\b|\bquantity\b", re.IGNORECASE)
_MONEY = ("total_cost_gbp", "unit_cost_gbp")


def _row_shape(text: str, start: int, end: int) -> bool:
    """Whether a line is a period then figures only ("2015 32 £336,329.80", "2019/20 | 12 | £4,000")."""
    line = text[start:end].strip()
    periods = find_periods(line)
    if len(periods) != 1 or line[:periods[0].start].strip(" \t|"):
        return False
    rest = line[periods[0].end:]
    values = find_values(rest, [])
    if not values or len(values) > 4:
        return False
    bare = rest
    for v in sorted(values, key=lambda v: v.start, reverse=True):
        bare = bare[:v.start] + " " + bare[v.end:]
    return _BETWEEN.fullmatch(bare) is not None


def _neighbour_rows(text: str, line: _Line) -> bool:
    """Whether the line above or below (blank lines apart) is a row of the same shape: a table, not a sentence."""
    above = text.rfind("\n", 0, max(0, line.start - 1))
    while above > 0 and not text[text.rfind("\n", 0, above) + 1:above].strip():
        above = text.rfind("\n", 0, above)
    if above > 0:
        a = text.rfind("\n", 0, above) + 1
        if _row_shape(text, a, above):
            return True
    below = line.end + 1
    while below < len(text) and text.find("\n", below) == below:
        below += 1
    if below < len(text):
        b = text.find("\n", below)
        if _row_shape(text, below, b if b >= 0 else len(text)):
            return True
    return False


def period_row_subject(text: str, line: _Line, v: Value, values: list[Value], periods: list[Period],
                       survey: Survey) -> str | None:
    """The subject of a figure in a row of a period and figures that names nothing, else None: the one question
    asking for the figure's measure (among several asking for a count, the one whose words ask how many). A row of
    two counts or two sums tells neither apart: None."""
    if len(periods) != 1 or v.zero or not _row_shape(text, line.start, line.end):
        return None
    if sum(w.money for w in values) > 1 or sum(not w.money for w in values) > 1:
        return None
    if not _neighbour_rows(text, line):
        return None
    return sole_asker(survey, v.money, periods[0])


def sole_asker(survey: Survey, money: bool, p: Period, named: bool = False) -> str | None:
    """The subject of the one question that asks for a figure of this kind (a sum of money, else a count) in period
    ``p`` (among several asking for a count, the one whose words ask how many), else None: what a row of a period
    and one figure, under column names that name nothing the survey asks about, gives. ``named``: the question must
    name periods, ``p`` among them (a question of no period does not claim a table of years)."""
    asked = {p.label: p for p in survey.periods}

    def asks_period(q) -> bool:
        return not q.periods and not named or any(a.start <= p.first and p.last <= a.end
                                    for a in (asked.get(label) for label in q.periods) if a is not None)

    if money:
        asking = [q for q in survey.questions if set(_MONEY) & set(q.measures)]
    else:
        asking = [q for q in survey.questions if "count" in q.measures]
        if len({q.subject for q in asking}) > 1:
            asking = [q for q in asking if _COUNT_WORDS.search(q.text or "")]
    # (a row of a year no question asks, "2018 26 £311,024.86" under 2014-2017, is given beside the answer)
    subjects = {q.subject for q in asking if asks_period(q)}
    return subjects.pop() if len(subjects) == 1 else None
