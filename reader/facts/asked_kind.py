"""A year pair a reply writes bare ("2020-21", "2021/22") is the kind of year the survey asks: read as a financial
year by default, it is the academic year of the same label where the survey asks that academic year and no financial
year of the same years (a request "for the following academic years: 2020-21, 2021-22 ..." answered in a table of
"2020-21 ... 2024-25"), unless the reply itself says financial years."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..survey import Survey
from .model import Fact

_FINANCIAL = re.compile(r"\bfinancial\b|\bfiscal\b|\bFY\b|\btax\s+year", re.IGNORECASE)


def as_asked_kind(facts: list[Fact], text: str, survey: Survey) -> list[Fact]:
    """``facts`` with a bare year pair read as a financial year re-dated to the academic year the survey asks."""
    academic = {a.start.year: a for a in survey.periods if (a.start.month, a.start.day, a.end.month, a.end.day)
                == (9, 1, 8, 31) and a.end.year == a.start.year + 1}
    if not academic or _FINANCIAL.search(text):
        return facts
    financial = {a.start.year for a in survey.periods if (a.start.month, a.start.day) == (4, 1)}
    out = []
    for f in facts:
        first = date.fromisoformat(f.period_start) if f.period_start else None
        last = date.fromisoformat(f.period_end) if f.period_end else None
        a = academic.get(first.year) if first else None
        if a is None or first.year in financial or (first.month, first.day) != (4, 1) \
                or last != date(first.year + 1, 3, 31):
            out.append(f)
            continue
        out.append(replace(f, period_start=a.start.isoformat(), period_end=a.end.isoformat()))
    return out
