"""A figure written alone on its line with a full stop ("190." under "1. How many new food businesses have
registered ...?"), which the number reader's second opinion takes for a list's number: it is one only where the
survey asks a question of that number ("3." alone over a question restated); otherwise it is the answer. And a
year cut short where a stored page ends ("2018: 392" / "20", "by month from March 202"): no figure."""

from __future__ import annotations

import re

from ..scan import Value
from .words import _group
from ..sentences import line_bounds

_ALONE = re.compile(r"[ \t]*(\d{1,3})\.[ \t]*$")
_YEAR_ROW = re.compile(r"[ \t]*(?:19|20)\d\d\b")


def answer_alone(text: str, v: Value, survey) -> bool:
    """Whether ``v`` is a number alone on its line with a stop after it that numbers no question of ``survey``."""
    ls, le = line_bounds(text, v.start, v.end)
    m = _ALONE.fullmatch(text, ls, le)
    return m is not None and m.start(1) == v.start and not any(_group(q.id) == str(int(m.group(1)))
                                                                for q in survey.questions)


# a month's name right before a number the page ends on: "by month from March 202" (a year cut short)
_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+$", re.IGNORECASE)


# the start of a month's name the page ends on
_MONTH_CUT = re.compile(r"[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[ \t]*\s*", re.IGNORECASE)


def cut_year(text: str, v: Value) -> bool:
    """Whether ``v`` is "19" or "20" alone on the last line of ``text`` under a line that opens with a year: the
    start of the next year's row where the page was cut; or the start of a year after a month's name where the page
    ends ("... by month from March 202"), or a day before its month cut there ("As at 31 Dece")."""
    if not text[v.end:].strip() and re.fullmatch(r"(?:1|19\d?|2|20\d?)", v.text) \
            and _MONTH_BEFORE.search(text, max(0, v.start - 12), v.start):
        return True
    if v.value.is_integer() and 1 <= v.value <= 31 and _MONTH_CUT.fullmatch(text, v.end):
        return True     # "As at 31 Dece": a day, then its month cut where the page ends
    ls, le = line_bounds(text, v.start, v.end)
    if text[le:].strip() or text[ls:le].strip() not in ("19", "20"):
        return False
    above = text[:ls].rstrip().rsplit("\n", 1)[-1]
    return _YEAR_ROW.match(above) is not None
