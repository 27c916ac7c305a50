"""A money part said not held beside its sister's counts: "3. The number of cases ... passed to bailiffs ... and
the overall amount of council tax which was owed" answered "Total number of cases passed to enforcement agent
(amounts not available)" over a count per year: the part that asks for the amounts is not held."""

from __future__ import annotations

import re

from . import classify as C
from .questions import parent_of
from .survey import Survey
from .survey import MONEY_MEASURES as _MONEY


# the money a note says is not given: "(amounts not available)", "the values are not held"
_MONEY_WORD = re.compile(r"\b(?:amounts?|values?|sums?|costs?|monies|money)\b", re.IGNORECASE)
# how far from the note its counts stand
_REACH = 400


def money_part_not_held(questions: list, survey: Survey, text: str, original: str, nh_spans: list,
                        facts: list) -> list:
    """``questions`` with the money part of a question not held where a not-held note naming money stands beside
    the counts of a sister part and the money part has no status and no figure of its own."""
    said = {q.question for q in questions}
    with_figures = {f.question for f in facts if f.question}
    added = []
    for s, e in nh_spans:
        if not _MONEY_WORD.search(text, s, e):
            continue
        near = [f for f in facts if f.question and parent_of(f.question) and f.measure == "count"
                and abs(f.start - s) <= _REACH]
        groups = {parent_of(f.question) for f in near}
        if len(groups) != 1:
            continue
        group = groups.pop()
        for q in survey.questions:
            if parent_of(q.id) == group and q.id not in said and q.id not in with_figures \
                    and set(q.measures) <= _MONEY and q.id not in {r.question for r in added}:
                added.append(C.QuestionResult(q.id, "not_held", [], False, original[s:e], s, e))
    if not added:
        return questions
    return survey.in_order(questions + added)
