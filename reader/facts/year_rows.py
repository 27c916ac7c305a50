"""A list of years each with a count and what it counts ("2016 - 1 Premises", "2017 - 6 Premises", "2018 - 19
Premises"): "2018 - 19" there is the year 2018 and a count of 19, not the financial year 2018-19, where a line
next to it writes a year, a dash and a count that is no year's end the same way."""

from __future__ import annotations

import re

from ..periods import Period, period_of_cell

_YEAR_COUNT = re.compile(r"[ \t]*(?P<y>(?:19|20)\d\d)[ \t]+[-\u2013][ \t]+(?P<n>\d{1,4})[ \t]+[A-Za-z]")


def _neighbours(text: str, s: int, e: int) -> list[str]:
    """The nearest non-blank lines above and below the line text[s:e]."""
    out = []
    above = text[:max(0, s - 1)].rstrip("\n").rsplit("\n", 3)[-3:]
    out += [t for t in reversed(above) if t.strip()][:1]
    below = text[e + 1:e + 400].split("\n")
    out += [t for t in below if t.strip()][:1]
    return out


def year_not_span(text: str, s: int, e: int, periods: list[Period]) -> list[Period]:
    """``periods`` of the line text[s:e], with a "2018 - 19" read as a financial year made the year 2018 where the
    line is one of a list of years and counts (see the module's note)."""
    m = _YEAR_COUNT.match(text, s, e)
    if m is None or len(m.group("n")) != 2:
        return periods
    y, n = m.group("y"), m.group("n")
    if int(n) != (int(y) + 1) % 100:
        return periods
    span = [p for p in periods if p.start == m.start("y") and p.end == m.end("n")]
    if not span:
        return periods
    for other in _neighbours(text, s, e):
        o = _YEAR_COUNT.match(other)
        if o is not None and int(o.group("n")) != (int(o.group("y")) + 1) % 100:
            year = period_of_cell(y, m.start("y"))
            if year is None:
                return periods
            return sorted([p for p in periods if p not in span] + [year], key=lambda p: p.start)
    return periods
