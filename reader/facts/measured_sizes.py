"""Sizes, not counts: a number written before a unit of volume, weight or length ("140 litre, 240 litre, 360
litre ...", "a 240-litre bin", "12 tonnes", "3060 tCO2" (tonnes of carbon dioxide), "3.5 kg", "400 metres", "8700
kms", "2 miles") measures one thing; it counts nothing. Spans of such figures are blocked, as reply_lines blocks land
sizes ("5 acres"), unless a question of the request names a unit of that kind ("how many tonnes of waste ...",
"kilometres (or miles)"), where the figure is the answer; amounts of energy ("5.656 MWh") are blocked whatever the
question. Which units are sizes and which energy, and how each is written, is the table of units (reader/units.py)
that also reads them where a question asks the measure. So is a small number
before "weekly", "monthly" or "daily" ("Refuse bins where changed to 3 weekly collections", "a 4-weekly cycle"):
how often, every so many weeks, not how many (an amount, "£20 weekly", is money and stays)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..folding import folds_unseen
from ..survey import Survey
from ..units import UNITS, find_blocked, unit_kinds_named

# "3 weekly", "4-weekly", "12-weekly", "2 monthly": every so many weeks or months (not "£20 weekly", "1,200 weekly",
# nor "12 weekly reports", twelve reports)
_EVERY = re.compile(r"(?<![£$\d,.])(?<![£$\d,.][ \t])\b(?:[2-9](?:[ \t]*-)?|\d{1,2}[ \t]*-)[ \t]*"
                    r"(?:weekly|monthly|daily|yearly|hourly)\b", re.IGNORECASE)


# what every match of _EVERY holds (one of them, in the lowered line; "ı", "İ" and "ſ", which the pattern takes for "i"
# and "s", aside: see folding.py)
_EVERY_WORDS = ("weekly", "monthly", "daily", "yearly", "hourly")


# (the questions' unit kinds once per survey, not once per line)
@lru_cache(maxsize=64)
def _kinds_asked(questions: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(unit_kinds_named(q) for q in questions))


def size_spans(raw: str, survey: Survey) -> list[tuple[int, int]]:
    """Spans in ``raw`` (one line) of figures that are sizes in a unit the survey's questions do not ask in, of
    amounts of energy, and of how often ("3 weekly")."""
    low = raw.lower()
    spans = [m.span() for m in _EVERY.finditer(raw)] \
        if folds_unseen(raw) or any(w in low for w in _EVERY_WORDS) else []
    sizes = find_blocked(raw)
    if not sizes:
        return spans
    asked = _kinds_asked(tuple(q.text or "" for q in survey.questions))
    return spans + [(m.start, m.end) for m in sizes
                    if UNITS[m.measure].blocked == "never" or UNITS[m.measure].kind not in asked]
