"""Counts a question asks for at the end of each period ("At the end of each period, how many blue badge holders
were registered?"): a count held on each period's last day, not a count over the period (the set README's rule for
a count held at a date)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..survey import Survey
from .model import Fact

# (or "the": "How many accounts were in arrears at the end of the financial year?" asked for each of several years)
_AT_END_OF_EACH = re.compile(r"\bat\s+the\s+end\s+of\s+(?:each|every|the)\s+(?:(?:financial|calendar|academic)\s+)?"
                             r"(?:period|year|month|quarter)s?\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def _asked_at_end(survey: Survey) -> frozenset[str]:
    """The counting questions asked at the end of each period: once per survey (hashed by identity)."""
    return frozenset(q.id for q in survey.questions if "count" in q.measures and _AT_END_OF_EACH.search(q.text))


def at_period_end(facts: list[Fact], survey: Survey) -> list[Fact]:
    """``facts`` with the counts of questions asked at the end of each period held on that period's last day."""
    asked = _asked_at_end(survey)
    if not asked:
        return facts
    return [replace(f, period_start=f.period_end) if f.question in asked and f.measure == "count"
            and f.period_start and f.period_end and f.period_start != f.period_end and not f.partial else f
            for f in facts]
