"""A count said to hold at the end of a month, in prose or brackets beside it ("146 (as of end July 2021).", "as at
the end of March 2023"): a stock on the month's last day, which the line reader (reading no month in prose) would
otherwise leave without a date."""

from __future__ import annotations

import re
from dataclasses import replace

from ..periods import Period, find_periods

_AS_OF_END = re.compile(r"\bas[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?end[ \t]+(?:of[ \t]+)?(?=[A-Za-z]{3,9}\.?[ \t]+\d{4}\b)",
                        re.IGNORECASE)


def as_of_month_end(raw: str, s: int, periods: list[Period]) -> list[Period]:
    """``periods`` of the line ``raw`` (at ``s`` in the text) with each month said "as of end <month>" added as a
    count held on its last day."""
    if "end" not in raw.lower():
        return periods
    out = list(periods)
    for m in _AS_OF_END.finditer(raw):
        found = [p for p in find_periods(raw[m.end():m.end() + 20]) if p.kind == "month" and p.start == 0]
        if found and not any(q.start <= s + m.end() < q.end for q in periods):
            p = found[0].shifted(s + m.end())
            out.append(replace(p, first=p.last, kind="month_at"))
    return sorted(out, key=lambda p: p.start) if len(out) > len(periods) else periods
