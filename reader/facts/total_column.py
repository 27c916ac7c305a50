"""A table whose last column is its "Total" under a question that asks for the total ("4. The total number of
complaints received by tenants ..." over "Complaint | Damp | Mould | Total" / "2022 | Yes | 21 | 14 | 35 |"): the
Total column is the figure asked, the columns beside it (kinds the question does not name) are its parts."""

from __future__ import annotations

import re

from ..survey import Question
from .model import _Column

_ASKS_TOTAL = re.compile(r"\btotal\s+(?:number|amount|count)\b", re.IGNORECASE)


def total_column_asked(question: Question | None, header: list[_Column], row_subject: str | None) -> str | None:
    """The subject of ``question`` where it asks for a total and the table's header has one Total column, two
    or more other columns naming nothing the survey asks about, and none a period, a measure or another thing;
    else None."""
    if question is None or row_subject is not None or not _ASKS_TOTAL.search(question.text):
        return None
    sums = [c for c in header if c.measure == "sum"]
    others = [c for c in header if c.measure != "sum" and c.text.strip()]
    if len(sums) != 1 or len([c for c in others if not c.subject]) < 2 \
            or any(c.period or c.measure or c.subject not in (None, question.subject) for c in others):
        return None
    return question.subject
